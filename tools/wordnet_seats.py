"""Fill the ``seat`` column of kg/lexicons/en/institutions.tsv: whether an institution's name is
also the name of the building, street or hill it sits in ("the White House", "the Kremlin",
"Downing Street"), from one documented general source — Princeton WordNet 3.0 (the Debian
``wordnet-base`` files, WordNet licence), read with the reader of ``tools/build_event_lexicon.py``.

A name is ``yes`` when one of its WordNet noun senses is filed under ``noun.artifact`` (lexicographer
file 6: a building, "the government building that serves as the residence of the President") or
``noun.location`` (file 15: a street, a hill, a borough), ``no`` otherwise (a legislature, a social
network). The entity rules read it in ``kg.analyse.entity_types``: an organisation named by its seat
is that place too (a node typed both ways, as news uses the name for both).

    python tools/wordnet_seats.py /usr/share/wordnet kg/lexicons/en/institutions.tsv

The file is rewritten in place (its names, kinds and comments kept); the source is not shipped.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)
from build_org_cue_senses import fill_column  # noqa: E402  (the same table rewrite)

SEAT_FILES = {6, 15}  # noun.artifact, noun.location


def seat(wn: WordNet, name: str) -> bool:
    w = name.lower().replace(" ", "_")
    return any(wn.synsets[("n", off)]["lexfile"] in SEAT_FILES for off in wn.index.get((w, "n"), []))


def main(folder: str, table: str) -> None:
    wn = WordNet(Path(folder))
    fill_column(table, "seat", lambda name, _kind: "yes" if seat(wn, name) else "no")


if __name__ == "__main__":
    main(*sys.argv[1:3])
