"""Build kg/lexicons/en/title_bodies.tsv: titles that name the part of a body their holder sits in
("commissioner" -> commission, "parliamentarian" -> parliament, "senator" -> senate, "councillor" ->
council), from one documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader of
``tools/build_event_lexicon.py``, and the part nouns of ``kg/lexicons/en/org_parts.tsv`` (built from
the same WordNet by ``tools/build_org_part_lexicon.py``).

A pair (title, part) is taken when the title is a one-word lower-case noun of ``noun.person`` that
WordNet files under a member, official or legislator (a hypernym within four steps:
``member.n.01``, ``official.n.01``, ``legislator.n.01``, ``administrator.n.01``), and either WordNet
links a sense of it to a sense of the part noun (a derivational pointer: commissioner / commission),
or it is the part noun (or the part noun without a final "e") followed by an agent suffix of
English word formation (-er, -or, -lor with the British doubled l, -ian, -arian, -man, -woman, -member: senate / senator,
parliament / parliamentarian, congress / congressman). The role rules read it in "an EU
commissioner X" when the article names the European Commission: the title's body is that part.

    python tools/build_title_body_lexicon.py /usr/share/wordnet > kg/lexicons/en/title_bodies.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

PERSON_FILE = 18  # noun.person
CLASSES = ("member.n.01", "official.n.01", "legislator.n.01", "administrator.n.01")
DEPTH = 4
SUFFIXES = ("er", "or", "lor", "ian", "arian", "man", "woman", "member")
PARTS = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "en" / "org_parts.tsv"


def parts() -> list[str]:
    rows = [line.rstrip("\n") for line in PARTS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return rows[1:]  # the header "noun"


def hypernyms(wn: WordNet, key, depth: int) -> set:
    out, frontier = set(), {key}
    for _ in range(depth):
        frontier = {(key[0], off) for k in frontier for sym, off, pos, _s, _t in wn.synsets[k]["ptrs"]
                    if sym in {"@", "@i"} and pos == "n"}
        out |= frontier
    return out


def title_bodies(wn: WordNet) -> set[tuple[str, str]]:
    classes = {wn.sense(c) for c in CLASSES}
    part_senses = parts()
    out: set[tuple[str, str]] = set()
    for (pos, off), s in wn.synsets.items():
        if pos != "n" or s["lexfile"] != PERSON_FILE or not (hypernyms(wn, (pos, off), DEPTH) & classes):
            continue
        for i, w in enumerate(s["words"], 1):
            if not w.isalpha():
                continue
            # the words this word is derivationally linked to (the pointer names both words)
            linked = {wn.synsets[("n", o)]["words"][b - 1] for sym, o, p, a, b in s["ptrs"]
                      if sym == "+" and p == "n" and a == i and b}
            for part in part_senses:
                stems = {part, part[:-1] if part.endswith("e") else part}
                formed = any(w == stem + suf for stem in stems for suf in SUFFIXES)
                if formed or part in linked and w != part:
                    out.add((w, part))
    return out


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    print("# titles naming the part of a body their holder sits in, from WordNet 3.0 "
          "(tools/build_title_body_lexicon.py; see kg/lexicons/en/ROLES.md)")
    print("title\tpart")
    for title, part in sorted(title_bodies(wn)):
        print(f"{title}\t{part}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
