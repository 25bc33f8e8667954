"""The one-word nouns WordNet 3.0 writes capitalised in every sense, none an instance, one sense filed
under noun.cognition or noun.time (issue #15, session 18).

A faith or a doctrine ("Islam", "Marxism"), a style ("Gothic"), a feast or a season ("Ramadan",
"Christmas"): a capitalised common noun, no person, body or place. The recogniser tags such a word as
an organisation, a place or a person now and then; ``entities.capitalised_kinds`` drops it. A word is
listed when it is a single alphabetic word, every noun synset that holds it writes it capitalised (no
lower-case "communism"), no synset holding it is an instance (no "Holocaust", "Koran": WordNet's
instance pointer ``@i``) nor a kind of imaginary_place.n.01 ("Ruritania", "Atlantis"), at least one lies in lexicographer file 9 (noun.cognition) or 28
(noun.time), and none in noun.person, noun.location or noun.artifact (a people's name, a region, a
building). Column: word (lower case).

    python tools/wordnet_capitalised_kinds.py /usr/share/wordnet > kg/lexicons/en/capitalised_kinds.tsv
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

COGNITION, TIME = 9, 28  # lexicographer file numbers (WordNet's lexnames)
PERSON, LOCATION, ARTIFACT = 18, 15, 6
IMAGINARY_PLACE = "imaginary_place"  # its hyponyms ("Ruritania", "Atlantis") name a place, if a made-up one


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    synsets = []  # (offset, lexfile, words, pointers as (symbol, offset))
    for line in (Path(argv[0]) / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split()
        n = int(p[3], 16)
        rest = p[4 + 2 * n:]
        synsets.append((p[0], int(p[1]), [p[4 + 2 * i].split("(")[0] for i in range(n)],
                        [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]))
    parents = {off: {o for sym, o in ptrs if sym in {"@", "@i"}} for off, _, _, ptrs in synsets}
    imaginary = {off for off, _, words, _ in synsets if IMAGINARY_PLACE in words}

    def made_up_place(off: str) -> bool:
        seen, todo = set(), [off]
        while todo:
            o = todo.pop()
            if o in imaginary:
                return True
            if o not in seen:
                seen.add(o)
                todo.extend(parents.get(o, ()))
        return False

    senses: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)  # lower case -> (written, file, excluded)
    for off, lexfile, words, ptrs in synsets:
        excluded = any(sym == "@i" for sym, _ in ptrs) or made_up_place(off)
        for w in words:
            if w.isascii() and w.isalpha():
                senses[w.lower()].append((w, lexfile, excluded))
    out = sorted(low for low, ss in senses.items()
                 if all(w[0].isupper() for w, _, _ in ss) and not any(i for _, _, i in ss)
                 and any(f in {COGNITION, TIME} for _, f, _ in ss)
                 and not any(f in {PERSON, LOCATION, ARTIFACT} for _, f, _ in ss))
    print("# WordNet 3.0: one-word nouns capitalised in every sense, no instance, a sense in noun.cognition or")
    print("# noun.time, none in noun.person, noun.location, noun.artifact; by tools/wordnet_capitalised_kinds.py")
    print("# (see kg/lexicons/en/ENTITIES.md, session 18)")
    print("word")
    for w in out:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
