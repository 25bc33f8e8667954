"""The words WordNet 3.0 begins closed compound nouns with (issue #16, event coreference by head word).

A closed compound ("airstrike", "gunfight") is one word made of two; the event extractor lets a
definite noun ("the strike", "the fight") take up the event told beside an earlier word that ends in
it only when what comes before is itself a word of this list, so that "order" (after "border"),
"deal" ("ordeal"), "fire" ("ceasefire": "cease" begins no compound of WordNet's) are no heads. A word
is listed when it is a single-word WordNet noun of at least ``MIN_LENGTH`` letters that begins at
least ``MIN_COMPOUNDS`` single-word WordNet nouns whose rest is also a WordNet noun of at least
``MIN_LENGTH`` letters ("air": aircraft, airfield, airstrip …; "gun": gunfire, gunboat …).
Column: word (lower case).

    python tools/wordnet_compound_words.py /usr/share/wordnet > kg/lexicons/en/compound_first_words.tsv
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

MIN_LENGTH = 3  # letters of each part ("or" + "deal" is no compound)
MIN_COMPOUNDS = 2  # compounds a first part begins (one alone may be chance: "pro" + "test")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    nouns = {line.split()[0] for line in (Path(argv[0]) / "index.noun").read_text(encoding="latin-1").splitlines()
             if not line.startswith("  ")}
    single = {n for n in nouns if n.isascii() and n.isalpha()}
    first: Counter[str] = Counter()
    for w in single:
        for k in range(MIN_LENGTH, len(w) - MIN_LENGTH + 1):
            if w[:k] in single and w[k:] in single:
                first[w[:k]] += 1
    print("# WordNet 3.0: nouns that begin closed compound nouns, by tools/wordnet_compound_words.py")
    print("# (see kg/lexicons/en/EVENTS.md)")
    print("word")
    for w in sorted(w for w, n in first.items() if n >= MIN_COMPOUNDS):
        print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
