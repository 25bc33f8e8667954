"""Print kg/lexicons/en/title_bodies.tsv: the body a title's holder sits in, from Princeton WordNet 3.0 (the
Debian ``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``.

A row pairs a title word of ``titles.tsv`` whose concept is a seat or a public post (``legislator``,
``official``; one word, lower case) with a body noun of ``org_parts.tsv`` when a sense of the title that is a
kind of legislator.n.01 or of member.n.01 ("one of the persons who compose a social group"; hyponyms to depth
3; so not "mp", WordNet's military policeman) is either
derivationally related to a group sense of the body noun (noun.group: "commissioner" and "commission")
or glossed "a member of a|the … BODY" ("councillor": "a member of a council"; "parliamentarian": "an elected
member of the British Parliament"). An "EU commissioner" whose article names one commission is a member
of that commission as well (roles.title_bodies).

    python tools/build_title_bodies.py /usr/share/wordnet > kg/lexicons/en/title_bodies.tsv
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

LEX = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "en"
PERSON_FILE, GROUP_FILE = 18, 14  # noun.person, noun.group
SEEDS = ("legislator.n.01", "member.n.01")
CONCEPTS = {"legislator", "official"}
GLOSS = re.compile(r"\bmember of (?:an?|the) ((?:[A-Za-z]+ ){0,2}[A-Za-z]+)")


def _first_column(name: str) -> set[str]:
    rows = (line.split("\t")[0] for line in (LEX / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {w for w in rows if w.isalpha() and w.islower()}


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    parts = _first_column("org_parts.tsv")
    titles = {r.split("\t")[0] for r in (LEX / "titles.tsv").read_text(encoding="utf-8").splitlines()
              if not r.startswith("#") and r.count("\t") >= 1 and r.split("\t")[1] in CONCEPTS}
    titles = {w for w in titles if w.isalpha() and w.islower()}
    members = {k for seed in SEEDS for k in wn.below(wn.sense(seed), depth=3)}
    rows: set[tuple[str, str]] = set()
    for key in sorted(members):
        s = wn.synsets[key]
        if s["lexfile"] != PERSON_FILE:
            continue
        bodies = set()
        for sym, off, ppos, src, tgt in s["ptrs"]:
            if sym == "+" and ppos == "n":
                t = wn.synsets[("n", off)]
                w = t["words"][tgt - 1] if tgt else None
                if t["lexfile"] == GROUP_FILE and w in parts:
                    bodies.add(w)
        m = GLOSS.search(s["gloss"])
        if m:
            bodies |= {w.lower() for w in m.group(1).split()[:3] if w.lower() in parts}
        for w in s["words"]:
            if w in titles:
                rows |= {(w, b) for b in bodies}
    print("# title\tbody: the body a title's holder is a member of, WordNet 3.0 (a person sense of the title derived from")
    print("# a group sense of the body noun, or glossed 'a member of a … BODY'; tools/build_title_bodies.py, ROLES.md)")
    print("title\tbody")
    for w, b in sorted(rows):
        print(f"{w}\t{b}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
