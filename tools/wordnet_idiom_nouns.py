"""Event nouns that are part of a WordNet verb idiom (issue #16).

WordNet 3.0 lists verbs of two words, a verb and its bare object noun: *follow suit* ("do what someone
else is doing"), *take charge*, *take place*, *give birth*, *open fire*. When the noun is an event noun of
kg/lexicons/en/event_types.tsv ("suit" a lawsuit, "charge" an accusation), the idiom says whether the
noun still names its event: *open fire* is a kind of *fire* (shoot), *give birth* is *bear* (its synset
has *birth*), *commit suicide* is a kind of *kill*; *follow suit* (a kind of *imitate*) and *take charge*
(*take control*) name none of the noun's types. For every such idiom this table lists the event types its
meaning has: the types of event_types.tsv's WordNet VERB rows (CAMEO's are too general: "take") of the words
of the idiom's synsets and of their direct hypernyms (all senses), and ``*`` (every type) when one of those
words is the noun itself, as a verb. Columns: idiom (words with spaces), noun, types (comma-separated;
empty when the idiom means none). The extractor (TriggerFinder.idiom) reads a noun as part of the idiom, no event of
a type the idiom lacks, when it is its verb's bare direct object.

    python tools/wordnet_idiom_nouns.py /usr/share/wordnet kg/lexicons/en/event_types.tsv \
        > kg/lexicons/en/event_idiom_nouns.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder, lexicon = Path(argv[0]), Path(argv[1])
    nouns: set[str] = set()
    verb_types: dict[str, set[str]] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 3:
            continue
        if f[1] == "NOUN":
            nouns.add(f[0])
        elif f[1] == "VERB" and len(f) > 5 and f[5].startswith("wordnet:"):
            verb_types.setdefault(f[0], set()).add(f[2])
    wn = WordNet(folder)
    print("# WordNet 3.0 verb idioms of a verb and an event noun, and the event types their meaning has, by")
    print("# tools/wordnet_idiom_nouns.py (see kg/lexicons/en/EVENTS.md).")
    print("idiom\tnoun\ttypes")
    for (lemma, pos), offsets in wn.index.items():
        parts = lemma.split("_")
        if pos != "v" or len(parts) != 2 or parts[1] not in nouns:
            continue
        types: set[str] = set()
        for o in offsets:
            hypernyms = [off for sym, off, ppos, _s, _t in wn.synsets[("v", o)]["ptrs"] if sym == "@" and ppos == "v"]
            for s in [o, *hypernyms]:
                for w in (w.replace("_", " ") for w in wn.synsets[("v", s)]["words"]):
                    types |= verb_types.get(w, set())
                    if w == parts[1]:  # the noun's own verb ("give birth": bear, birth): its act
                        types.add("*")
        print(f"{parts[0]} {parts[1]}\t{parts[1]}\t{','.join(sorted(types))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
