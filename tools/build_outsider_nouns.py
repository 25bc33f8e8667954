"""Print the ``outsider_nouns`` rows of kg/lexicons/en/words.tsv: person nouns whose ``of`` phrase names the
side a person faces, backs or buys from, not the body the person belongs to ("critics of X", "rivals of X",
"victims of X", "fans of X", "customers of X"), from one documented general source — Princeton WordNet 3.0
(the Debian ``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``.

The words are those of the synsets below and their hyponyms two levels down, single words only:

    python tools/build_outsider_nouns.py /usr/share/wordnet
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

ROOTS = [
    "adversary.n.01",  # someone who offers opposition (opponent, antagonist)
    "opponent.n.01",  # a contestant that you are matched against
    "rival.n.01",  # the contestant you hope to defeat (competitor)
    "enemy.n.02",  # an armed adversary
    "critic.n.02", "critic.n.03", "detractor.n.01",  # who judges or finds fault with something
    "victim.n.01", "victim.n.02",  # who suffers from it, or is swindled
    "supporter.n.01", "fan.n.02", "fan.n.03",  # who backs a politician or a team, devotees
    "customer.n.01", "client.n.01",  # who pays for goods or services, or seeks a lawyer's advice
]


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    words = set()
    for spec in ROOTS:
        for key in wn.below(wn.sense(spec), depth=2):
            words |= {w for w in wn.synsets[key]["words"] if w.isalpha()}
    print("# outsider_nouns: person nouns whose 'of' phrase names the side they face, back or buy from, not the body")
    print("# they belong to ('critics of X', 'rivals of X', 'victims of X', 'fans of X', 'customers of X'): no holder")
    print("# of such a doer acts with it (events); WordNet 3.0, tools/build_outsider_nouns.py")
    for w in sorted(words):
        print(f"outsider_nouns\t{w}")


if __name__ == "__main__":
    main(sys.argv[1])
