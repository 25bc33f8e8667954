"""The topic domains of WordNet 3.0's senses, for a noun's sense told by its article (issue #16, rule 164).

WordNet files some synsets under a topic domain (the pointer ``;c``, "domain of synset - TOPIC"): the
legal sense of a noun that also names a rush or an electric quantity points to criminal law, a
court's ruling to law, a shot in a game to sport. A domain may itself lie in a broader one (criminal
law in law): a sense's domains are its own and theirs, up to the top. Columns:

- ``lemma`` (lower case, spaces for WordNet's underscores), ``pos`` (NOUN, VERB);
- ``rank``: the sense's position among the lemma's senses in WordNet's index (most frequent first), as
  ``event_sense_ranks.tsv`` counts it;
- ``domains``: the domains' first lemmas, the sense's own first, comma-separated.

Only the senses that have a domain are written; of nouns only the words of common_words.tsv (the
nouns news uses), of verbs every lemma.

    python tools/wordnet_topic_domains.py /usr/share/wordnet kg/lexicons/en/common_words.tsv \
        > kg/lexicons/en/topic_domains.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

POS = {"noun": "NOUN", "verb": "VERB"}


def read_data(folder: Path, pos: str) -> dict[str, tuple[str, list[str]]]:
    out = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.partition(" | ")[0].split()
        off, n = f[0], int(f[3], 16)
        i = 4 + 2 * n
        p = int(f[i])
        ptrs = [f[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(p)]
        out[off] = (f[4].replace("_", " "), [q[1] for q in ptrs if q[0] == ";c" and q[2] == "n"])
    return out


def read_index(folder: Path, pos: str) -> dict[str, list[str]]:
    index = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n, p = int(f[2]), int(f[3])
        index[f[0].replace("_", " ")] = f[4 + p + 2:4 + p + 2 + n]
    return index


def main(argv: list[str]) -> int:
    folder, common = Path(argv[1]), Path(argv[2])
    words = {ln.strip() for ln in common.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    nouns = read_data(folder, "noun")

    def chain(offs: list[str]) -> list[str]:
        out, todo, seen = [], list(offs), set()
        while todo:
            d = todo.pop(0)
            if d in seen or d not in nouns:
                continue
            seen.add(d)
            out.append(nouns[d][0].lower())
            todo.extend(nouns[d][1])
        return out

    print("# " + __doc__.strip().split("\n")[0])
    print("# built by tools/wordnet_topic_domains.py from WordNet 3.0 (WordNet licence); see EVENTS.md")
    print("lemma\tpos\trank\tdomains")
    for pos in ("noun", "verb"):
        data = nouns if pos == "noun" else read_data(folder, pos)
        index = read_index(folder, pos)
        for w in sorted(index):
            if pos == "noun" and w not in words:
                continue
            for rank, off in enumerate(index[w], 1):
                doms = chain(data[off][1])
                if doms:
                    print(f"{w}\t{POS[pos]}\t{rank}\t{','.join(doms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
