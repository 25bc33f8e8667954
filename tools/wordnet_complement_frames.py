"""Which WordNet 3.0 verb senses take an object complement (issue #16).

WordNet gives each verb sense its sentence frames (data.verb, the frames of the whole synset or of
one word of it). Frame 5, "Something ----s something Adjective/Noun", is a verb with an object and a
complement that says what the object is or becomes ("call it a disgrace", "left two people dead",
"declared the area a disaster zone", "elected her chair"). A verb the parse gives such a complement
is in one of those senses, not in a sense that has no such frame ("call" by telephone, "leave" as
going away). For every verb lemma of kg/lexicons/en/event_types.tsv this table lists the positions
(most frequent first, as in event_sense_ranks.tsv) of its senses with the frame. Columns: lemma
(spaces for WordNet's underscores), ranks (comma-separated; empty when no sense has the frame).

    python tools/wordnet_complement_frames.py /usr/share/wordnet kg/lexicons/en/event_types.tsv \
        > kg/lexicons/en/event_complement_senses.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

COMPLEMENT_FRAMES = {5}  # WordNet's verb frame 5: "Something ----s something Adjective/Noun"


def frames(folder: Path) -> dict[tuple[int, str], set[int]]:
    """(synset offset, word) -> the frame numbers WordNet gives that word in that synset."""
    out: dict[tuple[int, str], set[int]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        offset, w_cnt = int(f[0]), int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(f[i])
        i += 1 + 4 * p_cnt
        for w in words:
            out[(offset, w)] = set()
        if i < len(f):
            for k in range(int(f[i])):
                num, wnum = int(f[i + 2 + 3 * k]), int(f[i + 3 + 3 * k], 16)
                for j, w in enumerate(words):
                    if wnum == 0 or wnum == j + 1:
                        out[(offset, w)].add(num)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder, lexicon = Path(argv[0]), Path(argv[1])
    lemmas = sorted({line.split("\t")[0] for line in lexicon.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") and line.split("\t")[1:2] == ["VERB"]})
    fr = frames(folder)
    senses: dict[str, list[int]] = {}
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        senses[f[0]] = [int(o) for o in f[6 + int(f[3]):]]
    print("# WordNet 3.0 verb senses with frame 5 (an object and its complement), by")
    print("# tools/wordnet_complement_frames.py (see kg/lexicons/en/EVENTS.md): the positions of the lemma's senses.")
    print("lemma\tranks")
    for lemma in lemmas:
        key = lemma.replace(" ", "_")
        if key not in senses:
            continue
        ranks = [str(n) for n, o in enumerate(senses[key], 1) if fr.get((o, key), set()) & COMPLEMENT_FRAMES]
        print(f"{lemma}\t{','.join(ranks)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
