"""The nouns WordNet 3.0 reads first as an act or a measure: what someone begins, ends, extends or
strengthens (issue #16, rule 181).

A verb of change acting on such a noun tells an act done to a state of affairs ("the ministry extended the
lockdown", "the council ended the search", "the police strengthened the security measures"), where the
same verb on a thing, a state or a happening tells a change no one does as an act ("raised her
prospects", "the pandemic affected lives", "a virus that caused fever"). A noun is listed when its first
(most frequent) WordNet sense that spells it in lower case is in the lexicographer file of acts
(``noun.act``, ``ACT_FILE``) or is a hyponym, at any depth, of one of ``MEASURES``: measure.n.01 (a step
taken toward a goal), policy.n.01, policy.n.02 (a plan or line of action adopted), regulation.n.01,
regulation.n.02 (an authoritative rule) — "restriction", "embargo", "rule". Only one-word lemmas of
common_words.tsv (the nouns news uses). Column: noun (lower case).

    python tools/wordnet_measure_nouns.py /usr/share/wordnet kg/lexicons/en/common_words.tsv \
        > kg/lexicons/en/event_measure_nouns.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the project's shared WordNet reader)
from rank_event_senses import LEXNAMES  # noqa: E402

ACT_FILE = "noun.act"
MEASURES = ("measure.n.01", "policy.n.01", "policy.n.02", "regulation.n.01", "regulation.n.02")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    wn = WordNet(Path(argv[0]))
    common = {ln.strip() for ln in Path(argv[1]).read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    anchors = {wn.sense(s) for s in MEASURES}
    print("# WordNet 3.0: nouns whose first sense is an act (noun.act) or a measure, policy or regulation")
    print("# (hyponyms), by tools/wordnet_measure_nouns.py (see kg/lexicons/en/EVENTS.md, set 80)")
    print("noun")
    for w in sorted(common):
        offsets = wn.index.get((w, "n"))
        if not offsets or not w.isascii() or not w.isalpha():
            continue
        keys = [("n", o) for o in offsets]
        first = next((k for k in keys if w in wn.synsets[k]["words"]), keys[0])
        if LEXNAMES.get(wn.synsets[first]["lexfile"]) == ACT_FILE or wn.hypernyms(first) & anchors:
            print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
