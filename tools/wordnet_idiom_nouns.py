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
    words: dict[int, list[str]] = {}
    hypernyms: dict[int, list[int]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        offset, w_cnt = int(f[0]), int(f[3], 16)
        words[offset] = [f[4 + 2 * i].lower().replace("_", " ") for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(f[i])
        ptrs = [f[i + 1 + 4 * k:i + 5 + 4 * k] for k in range(p_cnt)]
        hypernyms[offset] = [int(p[1]) for p in ptrs if p[0] == "@" and p[2] == "v"]
    print("# WordNet 3.0 verb idioms of a verb and an event noun, and the event types their meaning has, by")
    print("# tools/wordnet_idiom_nouns.py (see kg/lexicons/en/EVENTS.md).")
    print("idiom\tnoun\ttypes")
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        parts = f[0].split("_")
        if len(parts) != 2 or parts[1] not in nouns:
            continue
        types: set[str] = set()
        for o in (int(x) for x in f[6 + int(f[3]):]):
            for s in [o, *hypernyms.get(o, [])]:
                for w in words.get(s, []):
                    types |= verb_types.get(w, set())
                    if w == parts[1]:  # the noun's own verb ("give birth": bear, birth): its act
                        types.add("*")
        print(f"{parts[0]} {parts[1]}\t{parts[1]}\t{','.join(sorted(types))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
