"""How often each verb is used in a sense that names an occurrence (issue #16, the generic-event fallback).

The fallback (kg/analyse/event_triggers.py, ``TriggerFinder.occurrence``) reads a verb the typed
lexicon lacks by the lexicographer file of its first WordNet sense. For a broad verb (more than ten
senses, read only with a named participant: EVENTS.md set 28) the first sense may hold a small part of
the verb's uses: "lead" is first "take somebody somewhere" (verb.motion), 40 of its 203 SemCor uses,
while its states ("tend to or result in", "be ahead of others", "stretch out over a distance":
verb.stative) and its talk hold 111. This table gives, for every verb whose first sense is in one of
the occurrence files (words.tsv ``event_occurrence_files``) and that SemCor tags at all, its SemCor uses
in all senses (``tagged``) and in the senses whose lexicographer file is an occurrence file
(``occurring``). Columns: lemma (spaces for WordNet's underscores), tagged, occurring.

Source: Princeton WordNet 3.0 (data.verb, index.verb, cntlist.rev; the Debian ``wordnet-base``
files, WordNet licence).

    python tools/verb_occurrence_uses.py /usr/share/wordnet > kg/lexicons/en/event_verb_uses.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rank_event_senses import LEXNAMES  # noqa: E402
from verb_supersenses import read_verbs  # noqa: E402  (the same WordNet verb reader)

WORDS = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "en" / "words.tsv"


def words_list(key: str) -> set[str]:
    """The values of one list of words.tsv (``key<TAB>value`` lines)."""
    out = set()
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) == 2 and f[0] == key:
            out.add(f[1])
    return out


def occurrence_files() -> set[str]:
    """words.tsv's ``event_occurrence_files``: the files the fallback reads a first sense in."""
    return words_list("event_occurrence_files")


def index_verbs(folder: Path):
    """(lemma, its synset offsets in WordNet's sense order) for each line of ``index.verb``."""
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        yield f[0], [int(o) for o in f[6 + int(f[3]):]]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    files = occurrence_files()
    lexfile, tagged = read_verbs(folder)
    print("# WordNet 3.0: SemCor uses of each verb whose first sense is in an occurrence file, in all its senses")
    print("# and in the senses of those files, by tools/verb_occurrence_uses.py (see kg/lexicons/en/EVENTS.md).")
    print("lemma\ttagged\toccurring")
    for lemma, offsets in index_verbs(folder):
        if not offsets or LEXNAMES[lexfile[offsets[0]]] not in files:
            continue
        counts = [tagged.get((lemma, i), 0) for i in range(1, len(offsets) + 1)]
        if not sum(counts):
            continue
        occurring = sum(c for c, off in zip(counts, offsets) if LEXNAMES[lexfile[off]] in files)
        print(f"{lemma.replace('_', ' ')}\t{sum(counts)}\t{occurring}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
