"""The nouns WordNet 3.0 reads first as acts or happenings (issue #16, nominal events).

WordNet lists a noun's senses most frequent first; a noun whose first sense is in the lexicographer
file ``noun.act`` ("funeral", "ceremony", "referendum") or ``noun.event`` ("reunion", "explosion")
usually names something done or something that happens. The event extractor reads such a noun as an
event of the scheme's most general class when the report says it was held or took place ("a funeral
was held", "the ceremony took place"), where the typed lexicon has no row for it. Single words only
(a token is one word). Column: noun (lower case).

    python tools/wordnet_act_nouns.py /usr/share/wordnet > kg/lexicons/en/event_act_nouns.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

ACT_FILES = {4, 11}  # lexicographer file numbers of noun.act and noun.event (WordNet's lexnames)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    lexfile: dict[str, int] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            f = line.split()
            lexfile[f[0]] = int(f[1])
    print("# WordNet 3.0: nouns whose first sense is an act or a happening (noun.act, noun.event),")
    print("# by tools/wordnet_act_nouns.py (see kg/lexicons/en/EVENTS.md)")
    print("noun")
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, pointers = f[0], int(f[3])
        if "_" in lemma or not lemma.isascii():
            continue
        if lexfile[f[4 + pointers + 2]] in ACT_FILES:
            print(lemma)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
