"""The WordNet 3.0 supersense (lexicographer file) of every verb's first sense (issue #16).

WordNet lists a verb's senses most frequent first (SemCor tag counts), so the lexicographer file of
its first sense says what the verb usually names: an occurrence (``verb.contact`` "strike",
``verb.motion`` "flee", ``verb.change`` "collapse", ``verb.social`` "join", ``verb.possession``
"acquire", ``verb.competition`` "defeat", ``verb.creation`` "build"), or a state, a thought, a feeling,
a perception or talk. The event extractor's generic-event fallback (kg/analyse/event_triggers.py)
reads this table for verbs the typed trigger lexicon (event_types.tsv) has no row for. Columns:
lemma (lower case, spaces for WordNet's underscores), senses (how many verb senses WordNet gives
it), first (the lexicographer file of its first sense), tagged (SemCor tag count of that first sense,
from cntlist.rev; 0 when untagged).

    python tools/verb_supersenses.py /usr/share/wordnet > kg/lexicons/en/event_verb_senses.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import semcor_counts  # noqa: E402
from rank_event_senses import LEXNAMES  # noqa: E402


def read_verbs(folder: Path) -> tuple[dict[int, int], dict[tuple[str, int], int]]:
    """Each verb synset's lexicographer file (data.verb) and the SemCor tag count of each (lemma, sense
    number) (cntlist.rev: "sense_key sense_number tag_cnt", verb keys lemma%2:…)."""
    lexfile: dict[int, int] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            f = line.split()
            lexfile[int(f[0])] = int(f[1])
    tagged = {(lemma, num): cnt for (lemma, pos, num), cnt in semcor_counts(folder).items() if pos == "v"}
    return lexfile, tagged


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    lexfile, tagged = read_verbs(folder)
    print("# WordNet 3.0: each verb's number of senses and the lexicographer file of its first (most frequent)")
    print("# sense, by tools/verb_supersenses.py (see kg/lexicons/en/EVENTS.md); tagged: SemCor count of that sense.")
    print("lemma\tsenses\tfirst\ttagged")
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        n_ptr = int(f[3])
        offsets = [int(o) for o in f[6 + n_ptr:]]
        if not offsets:
            continue
        print(f"{f[0].replace('_', ' ')}\t{len(offsets)}\t{LEXNAMES[lexfile[offsets[0]]]}\t{tagged.get((f[0], 1), 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
