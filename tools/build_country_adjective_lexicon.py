"""Build kg/lexicons/en/country_adjectives.tsv, the adjectives that name a country ("Samoan" →
Samoa, "Norwegian" → Norway), from one documented general source — never from the development
articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence): every capitalised
adjective with a pertainym pointer (``\\``) to a noun synset that is an instance of a country
(country.n.02 "a politically organized body of people under a single government" or state.n.04
"a politically organized body of people", and their hyponyms down to three levels: "European
country", "African nation", "sultanate" …). The country column lists that noun synset's words
("Myanmar|Burma"). The hand-made ``demonyms.tsv`` keeps its precedence; this file fills its gaps for
the governing-body rule (kg/lexicons/en/EVENTS.md, participants).

    python tools/build_country_adjective_lexicon.py /usr/share/wordnet > kg/lexicons/en/country_adjectives.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

COUNTRY_SENSES = (8544813, 8168978)  # country.n.02, state.n.04 in WordNet 3.0 data.noun
DEPTH = 3


def read(path: Path) -> dict[int, tuple[list[str], list[tuple[str, int, str]]]]:
    """offset -> (words as written, pointers (symbol, offset, pos))."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.partition(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        ptrs = []
        for _ in range(int(f[k])):
            ptrs.append((f[k + 1], int(f[k + 2]), f[k + 3]))
            k += 4
        out[int(f[0])] = (words, ptrs)
    return out


def country_adjectives(folder: Path) -> dict[str, list[str]]:
    nouns = read(folder / "data.noun")
    adjs = read(folder / "data.adj")
    kinds, frontier = set(COUNTRY_SENSES), set(COUNTRY_SENSES)
    for _ in range(DEPTH):
        frontier = {o for k in frontier for s, o, p in nouns[k][1] if s == "~" and p == "n"}
        kinds |= frontier
    countries = {off for off, (_w, ptrs) in nouns.items() if any(s == "@i" and o in kinds for s, o, _p in ptrs)}
    out: dict[str, list[str]] = {}
    for words, ptrs in adjs.values():
        targets = [o for s, o, p in ptrs if s == "\\" and p == "n" and o in countries]
        for w in words:
            w = w.split("(")[0]
            if not w[:1].isupper() or not targets or not w.replace("_", "").replace("-", "").isalpha():
                continue
            names = [n.replace("_", " ") for n in nouns[targets[0]][0]]
            out.setdefault(w.replace("_", " "), names)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[-1].strip(), file=sys.stderr)
        return 2
    print("# adjectives naming a country, from WordNet 3.0 pertainyms (tools/build_country_adjective_lexicon.py; "
          "see kg/lexicons/en/EVENTS.md); country: the noun synset's words, | between")
    print("adjective\tcountry")
    for adj, names in sorted(country_adjectives(Path(argv[0])).items()):
        print(f"{adj}\t{'|'.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
