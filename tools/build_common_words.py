"""Build kg/lexicons/en/common_words.tsv, the common English nouns and adjectives, from one
documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence). A word is kept when
it is one word of letters that WordNet writes in lower case in a noun or adjective synset that is
no instance (no ``@i`` pointer: not a proper name). WordNet's data files keep a lemma's case
("Adventist", "Draconian" are capitalised there; "carnival", "international" are not), so the list
holds common words only and never a coined name ("Acmeflex") or a proper noun.

    python tools/build_common_words.py /usr/share/wordnet > kg/lexicons/en/common_words.tsv

The rule ``entities.unproper_orgs`` reads it: a one-word "organisation" the tagger never reads as a
proper noun names nothing only when its word is one of these.
"""
from __future__ import annotations

import sys
from pathlib import Path


def common_words(folder: Path) -> list[str]:
    out: set[str] = set()
    for pos in ("noun", "adj"):
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue  # the licence header
            f = line.partition(" | ")[0].split()
            n = int(f[3], 16)
            words = [f[4 + 2 * i].split("(")[0] for i in range(n)]  # "big(a)": an adjective's marker
            k = 4 + 2 * n
            if any(f[k + 1 + 4 * j] == "@i" for j in range(int(f[k]))):
                continue  # an instance: a proper name
            out |= {w for w in words if w.isalpha() and w.isascii() and w.islower()}
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print("# common English nouns and adjectives: one-word lemmas WordNet 3.0 writes in lower case in a")
    print("# noun or adjective synset that is no instance (tools/build_common_words.py)")
    print("word")
    for w in common_words(Path(argv[0])):
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
