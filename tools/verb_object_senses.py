"""What a verb names when its object is a thing: WordNet's senses that take one (issue #16, the generic-event fallback).

The fallback (kg/analyse/event_triggers.py, ``TriggerFinder.occurrence``) reads a verb by the lexicographer
file of its first WordNet sense. That sense may not fit the clause: the first sense of "introduce" is making
people known to each other (verb.communication, frames "Somebody ----s somebody …"), while "introduced a
limit" is the second, bringing something new into an environment (verb.creation); the first sense of "end" is
a state ("the road ends here", verb.stative, no object), while "ended the state of emergency" is bringing
something to an end (verb.change). WordNet's verb frames say which senses take a thing as their object
("Somebody ----s something", "Something ----s something", …: words.tsv ``verb_thing_object_frames``, a frame
counted for a sense when it is the synset's or given for that word). This table gives, for every verb with
such a sense, the lexicographer file of the first of them in WordNet's order (its most frequent, by SemCor),
the SemCor uses of those senses (``tagged``) and the uses of those in the occurrence files (``occurring``,
words.tsv ``event_occurrence_files``). Columns: lemma (spaces for WordNet's underscores), first, tagged,
occurring.

Source: Princeton WordNet 3.0 (data.verb's frames, index.verb, cntlist.rev; the Debian ``wordnet-base``
files, WordNet licence).

    python tools/verb_object_senses.py /usr/share/wordnet > kg/lexicons/en/event_verb_objects.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rank_event_senses import LEXNAMES  # noqa: E402
from verb_occurrence_uses import index_verbs, occurrence_files, words_list  # noqa: E402
from verb_supersenses import read_verbs  # noqa: E402  (the same WordNet verb reader)


def thing_frames() -> set[int]:
    """words.tsv's ``verb_thing_object_frames``: WordNet's generic frames whose object is "something"."""
    return {int(x) for x in words_list("verb_thing_object_frames")}


def read_frames(folder: Path) -> dict[int, list[tuple[str, ...]]]:
    """Each verb synset's words and, per word, its frame numbers: {offset: [(word, frame, …), …]} in
    data.verb's order ("f_cnt + f_num w_num …": w_num 0 gives the frame to every word of the synset)."""
    out: dict[int, list[tuple[str, ...]]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split("|", 1)[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(n)]
        p = 4 + 2 * n
        p += 1 + 4 * int(f[p])
        frames: list[set[str]] = [set() for _ in words]
        if p < len(f):
            for i in range(int(f[p])):
                num, w = f[p + 2 + 3 * i], int(f[p + 3 + 3 * i], 16)
                for j in (range(n) if w == 0 else [w - 1]):
                    frames[j].add(num)
        out[int(f[0])] = [(w, *sorted(fr)) for w, fr in zip(words, frames)]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    files = occurrence_files()
    wanted = {f"{n:02d}" for n in thing_frames()}
    lexfile, tagged = read_verbs(folder)
    frames = read_frames(folder)
    print("# WordNet 3.0: each verb's senses that take a thing as object (words.tsv verb_thing_object_frames): the")
    print("# lexicographer file of the first, their SemCor uses and those in the occurrence files, by")
    print("# tools/verb_object_senses.py (see kg/lexicons/en/EVENTS.md).")
    print("lemma\tfirst\ttagged\toccurring")
    for lemma, offsets in index_verbs(folder):
        fitting = []
        for i, off in enumerate(offsets, 1):
            got = next((fr for fr in frames[off] if fr[0] == lemma), None)
            if got is not None and wanted & set(got[1:]):
                fitting.append((i, LEXNAMES[lexfile[off]]))
        if not fitting:
            continue
        counts = [(tagged.get((lemma, i), 0), lex) for i, lex in fitting]
        print(f"{lemma.replace('_', ' ')}\t{fitting[0][1]}\t{sum(c for c, _ in counts)}\t"
              f"{sum(c for c, lex in counts if lex in files)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
