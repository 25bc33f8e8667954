"""Print the ``stance_verbs`` rows of kg/lexicons/en/words.tsv: verbs whose most frequent WordNet 3.0 sense is in the
lexicographer file of communication (verb.communication), states (verb.stative), thought (verb.cognition),
perception (verb.perception) or feeling (verb.emotion) — "criticise", "praise", "require", "include", "expect",
"see", "fear" — one word, lower case, letters only. The passive of such a verb said of an event noun tells what
someone says, holds or thinks of the event, not who does it: "a vote criticised by X", "a vote required by the
constitution" make X no doer of the vote, while "a study conducted by X", "a rally organised by X", "the strikes were
carried out by X" (verb.social, verb.creation, verb.change, verb.motion …) name the doer (events:
``EventFinder.participants``). From Princeton WordNet 3.0 (the Debian
``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``:

    python tools/build_stance_verbs.py /usr/share/wordnet
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

# lexnames(5WN): 31 verb.cognition, 32 verb.communication, 37 verb.emotion, 39 verb.perception, 42 verb.stative
STANCE_FILES = {31, 32, 37, 39, 42}


def main(folder: str) -> None:
    wn = WordNet(Path(folder))
    words = set()
    for (w, pos), keys in wn.index.items():
        if pos != "v" or not keys or not w.isalpha() or not w.islower():
            continue
        if wn.synsets[("v", keys[0])]["lexfile"] in STANCE_FILES:
            words.add(w)
    print("# stance_verbs: verbs whose most frequent sense is saying, a state, a thought, a perception or a feeling")
    print("# (WordNet 3.0 verb.communication, verb.stative, verb.cognition, verb.perception, verb.emotion;")
    print("# tools/build_stance_verbs.py): their by-phrase said of an event noun names no doer (\"a vote criticised by X\")")
    for w in sorted(words):
        print(f"stance_verbs\t{w}")


if __name__ == "__main__":
    main(sys.argv[1])
