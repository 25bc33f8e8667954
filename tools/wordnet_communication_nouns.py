"""The one-word nouns whose first WordNet 3.0 sense is filed under noun.communication (issue #15).

A report, a programme, a petition, a speech: a work or a message. A person's name written before one
("the X report", "the Breakfast with X programme") names its author, its host or its subject, so the
entity rule that drops a one-word "person" the article writes only before a common noun
(``entities.retype_people``, session 15) leaves such a name alone. A noun is listed when it is a
single-word lower-case WordNet noun and the first synset of its index entry (WordNet's most frequent
sense) lies in lexicographer file 10, noun.communication. Column: word (lower case).

    python tools/wordnet_communication_nouns.py /usr/share/wordnet > kg/lexicons/en/communication_nouns.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

COMMUNICATION = 10  # lexicographer file number of noun.communication (WordNet's lexnames)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[0])
    out = []
    with open(root / "data.noun", "rb") as data:
        for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            p = line.split()
            word, pointers = p[0], int(p[3])
            if not (word.isascii() and word.isalpha() and word.islower()):
                continue
            first = p[4 + pointers + 2]
            data.seek(int(first))
            if int(data.readline().split()[1]) == COMMUNICATION:
                out.append(word)
    print("# WordNet 3.0: one-word nouns whose first sense is noun.communication, by")
    print("# tools/wordnet_communication_nouns.py (see kg/lexicons/en/ENTITIES.md, session 15)")
    print("word")
    for w in sorted(out):
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
