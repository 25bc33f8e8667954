"""Build kg/lexicons/en/governing_bodies.tsv, the nouns that name a body governing, judging,
policing or defending a country or a region (a government, parliament, cabinet, ministry, court,
police, army), from one documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader
of ``tools/build_event_lexicon.py``. Each seed sense below gives its words and the words of its
hyponyms down to its depth.

The event rules read the file in "the Norwegian government closed the schools": an unnamed body of
this kind, modified by a demonym ("Norwegian") or a place ("the government of Norway"), acts for
that place, which takes part in the event (kg/lexicons/en/EVENTS.md, participants).

Filter (stated here and in kg/lexicons/en/EVENTS.md): one-word nouns only, written in lower case in
WordNet (no proper names), letters only (the parser splits a hyphenated word, so "law-makers" or
"government-in-exile" could never match one token),
and only a word whose most frequent noun sense is one of the synsets taken ("court", "police",
"parliament"; not "house", "law", "state" or "palace", which news mostly uses for other things).

    python tools/build_governing_body_lexicon.py /usr/share/wordnet > kg/lexicons/en/governing_bodies.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)
from build_org_part_lexicon import original_words, word_list_main  # noqa: E402

# seed sense -> depth of hyponyms taken
SEEDS = {
    "government.n.01": 1,  # government, authorities, regime, administration's kinds
    "cabinet.n.01": 0,  # the ministers of a head of state
    "legislature.n.01": 2,  # parliament, senate, congress, diet, house
    "court.n.01": 1,  # court, tribunal, judicature
    "police.n.01": 1,  # police, constabulary, gendarmerie
    "military.n.01": 1,  # the military, the armed forces
    "army.n.01": 0,  # an army
    "ministry.n.01": 0,  # a government department
    "intelligence.n.03": 0,  # a secret service
}


def governing_bodies(wn: WordNet, folder: Path) -> set[str]:
    out: set[str] = set()
    taken = {key for spec, depth in SEEDS.items() for key in wn.below(wn.sense(spec), depth)}
    for key in taken:
        for w in original_words(folder, key[1]):
            w = w.split("(")[0]
            first = wn.index.get((w.lower(), "n"), [None])[0]
            if w.islower() and w.isalpha() and ("n", first) in taken:
                out.add(w)
    return out


def main(argv: list[str]) -> int:
    return word_list_main(argv, __doc__, governing_bodies,
                          "# nouns naming a body that governs, judges, polices or defends a place, from WordNet 3.0 "
                          "(tools/build_governing_body_lexicon.py; see kg/lexicons/en/EVENTS.md): such a body named "
                          "by a demonym or a place acts for that place")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
