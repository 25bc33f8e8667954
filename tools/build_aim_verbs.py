"""Print the ``event_aim_verbs`` rows of kg/lexicons/en/words.tsv: verbs of trying and of beginning, whose
complement (an infinitive or a gerund) tells the act tried or begun ("tried to sell the house", "began
dismantling the camp"; events: ``TriggerFinder.aim_head``, rule 190). From Princeton WordNet 3.0 (the Debian
``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``: the one-word
members of try.v.01 ("make an effort or attempt") and begin.v.01 ("take the first step or steps in carrying out an
action") and of their direct troponyms whose synset has WordNet's frame 28 "Somebody ----s to INFINITIVE" and
whose most frequent sense is that synset (so not "get", whose first sense is another; not "risk", framed only with a
gerund of what is risked):

    python tools/build_aim_verbs.py /usr/share/wordnet
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

HEADS = ("try.v.01", "begin.v.01")
INFINITIVE_FRAME = 28  # wninput(5WN): "Somebody ----s to INFINITIVE"


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    words = set()
    for spec in HEADS:
        for key in wn.below(wn.sense(spec), 1):
            synset = wn.synsets[key]
            if INFINITIVE_FRAME not in synset["frames"]:
                continue
            for w in synset["words"]:
                if w.isalpha() and wn.index.get((w, "v"), [None])[0] == key[1]:
                    words.add(w)
    print("# event_aim_verbs: verbs of trying and beginning (WordNet 3.0 try.v.01, begin.v.01 and their direct troponyms")
    print("# with frame 28 \"Somebody ----s to INFINITIVE\", each word's first sense; tools/build_aim_verbs.py): the act")
    print("# their infinitive or gerund complement tells is the event (\"tried to sell the house\"; events; EVENTS.md rule 190)")
    for w in sorted(words):
        print(f"event_aim_verbs\t{w}")


if __name__ == "__main__":
    main(sys.argv[1])
