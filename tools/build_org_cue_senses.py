"""Fill the ``person`` column of kg/lexicons/en/org_cues.tsv: whether a class noun written before
a name ("the magazine X", "broadcaster X") can also name a person, from one documented general
source — Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the
reader of ``tools/build_event_lexicon.py``.

A cue word is ``yes`` when any of its noun senses is filed under ``noun.person`` (lexicographer
file 18: "broadcaster", "publisher", "maker", "giant"), ``no`` otherwise ("magazine", "daily",
"conglomerate", "club"); the words written after a name ("X shares", "X Inc") get ``-``.
The entity rules read it in ``entities.retype_people``: a name after a cue that never names a
person is a body even when its first word is a first name ("the magazine Ann Lee Weekly").

    python tools/build_org_cue_senses.py /usr/share/wordnet kg/lexicons/en/org_cues.tsv

The file is rewritten in place (its words and comments kept); the source is not shipped.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

NOUN_PERSON = 18  # WordNet's lexicographer file noun.person


def person_sense(wn: WordNet, word: str) -> bool:
    return any(wn.synsets[("n", off)]["lexfile"] == NOUN_PERSON for off in wn.index.get((word, "n"), []))


def fill_column(table: str, header: str, value) -> None:
    """Rewrite a two-column lexicon table in place with a third column ``header``, each row's cell
    ``value(first, second)``; comments and rows kept (shared with ``tools/wordnet_seats.py``)."""
    path = Path(table)
    out, seen_header = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            out.append(line)
            continue
        cells = line.split("\t")[:2]
        if not seen_header:
            out.append("\t".join(cells + [header]))
            seen_header = True
            continue
        out.append("\t".join(cells + [value(*cells)]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(folder: str, table: str) -> None:
    wn = WordNet(Path(folder))
    fill_column(table, "person", lambda word, position: (
        ("yes" if person_sense(wn, word) else "no") if position == "before" else "-"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
