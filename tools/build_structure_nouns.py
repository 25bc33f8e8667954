"""Print the ``structure_nouns`` rows of kg/lexicons/en/words.tsv: nouns whose most frequent sense is a built
structure or a facility (WordNet 3.0 structure.n.01 "a thing constructed", facility.n.01 "a building or place that
provides a particular service", and every hyponym below them), one word, lower case, letters only. A place name
followed by such a word ("X Bridge", "X Airport", "X District Hospital") names a thing built in the place, not the
place itself (entities: a place's name alone does not join such a name). From Princeton WordNet 3.0 (the Debian
``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``:

    python tools/build_structure_nouns.py /usr/share/wordnet
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

ROOTS = ["structure.n.01", "facility.n.01"]


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    taken = {k for spec in ROOTS for k in wn.below(wn.sense(spec), depth=12)}
    words = set()
    for key in taken:
        for w in wn.synsets[key]["words"]:
            w = w.split("(")[0]
            first = wn.index.get((w, "n"), [None])[0]
            if w.isalpha() and w.islower() and ("n", first) in taken:
                words.add(w)
    print("# structure_nouns: nouns whose most frequent sense is a built structure or a facility (WordNet 3.0")
    print("# structure.n.01, facility.n.01 and their hyponyms; tools/build_structure_nouns.py): \"X Bridge\", \"X Airport\"")
    print("# name a thing built in X, so X alone joins no such name (entities)")
    for w in sorted(words):
        print(f"structure_nouns\t{w}")


if __name__ == "__main__":
    main(sys.argv[1])
