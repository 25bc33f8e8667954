"""Build kg/lexicons/en/person_kinds.tsv, the capitalised nouns of kinds of people ("Sikh", "Hutu",
"Tory"), from one documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence). A word is kept when it is
one word of letters that WordNet writes capitalised in a noun synset filed under ``noun.person``
(lexicographer file 18) that is no instance (no ``@i`` pointer: a kind of person, not a person), and
every noun sense of the word (whatever its case) is such a synset: a member of a people, a faith or a
party, never a name that is also a person's or a place's ("Baptist" is also John the Baptist, an
instance, so it stays out).

    python tools/build_person_kinds.py /usr/share/wordnet > kg/lexicons/en/person_kinds.tsv

The rule ``entities.group_words`` reads it: a one-word "person" of such a word that only ever
describes a noun ("a Hutu politician", "the Sikh family") names a group, no person.
"""
from __future__ import annotations

import sys
from pathlib import Path

NOUN_PERSON = 18  # WordNet's lexicographer file noun.person


def person_kinds(folder: Path) -> list[str]:
    kinds: set[str] = set()
    other: set[str] = set()  # words with a sense that is an instance or no person
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        f = line.partition(" | ")[0].split()
        lexfile, n = int(f[1]), int(f[3], 16)
        words = [f[4 + 2 * i].split("(")[0] for i in range(n)]
        k = 4 + 2 * n
        instance = any(f[k + 1 + 4 * j] == "@i" for j in range(int(f[k])))
        for w in words:
            if not (w.isalpha() and w.isascii()):
                continue
            if lexfile == NOUN_PERSON and not instance:
                if w[0].isupper() and w[1:].islower():
                    kinds.add(w)
            else:
                other.add(w.lower())
    return sorted(w for w in kinds if w.lower() not in other)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print("# kinds of people WordNet 3.0 writes capitalised (members of peoples, faiths, parties): one-word")
    print("# lemmas every noun sense of which is a noun.person synset that is no instance (tools/build_person_kinds.py)")
    print("word")
    for w in person_kinds(Path(argv[0])):
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
