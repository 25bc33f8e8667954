"""Build kg/lexicons/en/org_class_nouns.tsv, the common nouns whose most frequent sense is a kind of
organisation ("institute", "agency", "utility", "carmaker", "party"), from one documented general
source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader
of ``tools/build_event_lexicon.py``: every synset below organization.n.01 (all depths), and of their
words the one-word ones WordNet writes in lower case, letters only, whose first noun sense is one of
those synsets ("institute", "firm"; not "bank", "house" or "service", whose first senses are no
organisation).

The entity rules read it in ``entities.cued_names``: a run of proper nouns the recogniser left
untagged that such a noun introduces ("the research institute Xyla", "the agency, Quorb,") is an
organisation's name.

    python tools/build_org_class_nouns.py /usr/share/wordnet > kg/lexicons/en/org_class_nouns.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)
from build_org_part_lexicon import original_words  # noqa: E402

SEED = "organization.n.01"
DEPTH = 20  # every hyponym


def org_class_nouns(wn: WordNet, folder: Path) -> set[str]:
    taken = set(wn.below(wn.sense(SEED), DEPTH))
    out: set[str] = set()
    for k in taken:
        for w in original_words(folder, k[1]):
            w = w.split("(")[0]
            first = wn.index.get((w.lower(), "n"), [None])[0]
            if w.islower() and w.isalpha() and ("n", first) in taken:
                out.add(w)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[-2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    words = org_class_nouns(WordNet(folder), folder)
    print("# nouns whose first WordNet 3.0 sense is a kind of organization.n.01 (tools/build_org_class_nouns.py; "
          "see kg/lexicons/en/ENTITIES.md): such a noun before an untagged proper name introduces an organisation")
    print("noun")
    for word in sorted(words):
        print(word)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
