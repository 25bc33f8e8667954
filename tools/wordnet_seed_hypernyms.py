"""Which WordNet 3.0 noun seeds of event_types.tsv lie under which others (issue #16): a later mention of a
happening joins an earlier one only when their nouns come from the same seed or one's seed is a hypernym
of the other's ("the hurricane … the storm": cyclone.n.02 under storm.n.01; "the quake … the floods":
earthquake.n.01 and flood.n.01, two hazards). Columns: seed, ancestor (a seed above it, at any depth).

    python tools/wordnet_seed_hypernyms.py /usr/share/wordnet kg/lexicons/en/event_types.tsv \
        > kg/lexicons/en/event_seed_hypernyms.tsv
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_happening_arguments import read  # noqa: E402


def main(argv: list[str]) -> int:
    synsets, index = read(Path(argv[1]))
    seeds = set()
    for line in Path(argv[2]).read_text(encoding="utf-8").splitlines():
        seeds |= set(re.findall(r"wordnet:([a-z_'-]+\.n\.\d\d)(?![+\w])", line))
    offset = {}
    for s in seeds:
        lemma, _, n = s.rsplit(".", 2)
        offs = index.get(lemma.replace("_", " "), [])
        if int(n) <= len(offs):
            offset[s] = offs[int(n) - 1]
    by_offset = {}
    for s, o in offset.items():
        by_offset.setdefault(o, set()).add(s)

    def ancestors(o: str, seen: set[str]) -> set[str]:
        out = set()
        for h in synsets[o][1]:
            if h not in seen:
                seen.add(h)
                out |= by_offset.get(h, set()) | ancestors(h, seen)
        return out

    print("# " + __doc__.strip().split("\n")[0])
    print("# built by tools/wordnet_seed_hypernyms.py from WordNet 3.0 (WordNet licence); see EVENTS.md")
    print("seed\tancestor")
    for s in sorted(offset):
        for a in sorted(ancestors(offset[s], set()) - {s}):
            print(f"{s}\t{a}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
