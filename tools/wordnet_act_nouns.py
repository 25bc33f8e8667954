"""The nouns WordNet 3.0 reads as social events, gatherings, ceremonies, contests or elections
(issue #16, nominal events held or taking place).

WordNet lists a noun's senses most frequent first. A noun one of whose first ``MAX_RANK`` senses is a
hyponym (by ``@``/``@i`` hypernym pointers, at any depth) of one of the synsets of ``ROOTS`` names
something that is held or takes place: "funeral", "ceremony", "meeting", "election", "rally",
"concert", "match" (its second sense, a contest), "summit" (its third, a meeting of heads of
government), unless its first sense is a group or a person ("party"). Nouns of acts or happenings in general ("role", "grip", "breath", "job", "charge",
"course", "fire") are not: "held the role", "held their breath" keep something, they hold no event.
The event extractor reads such a noun as an event of the scheme's most general class when the
report says it was held or took place ("a concert was staged", "the ceremony took place"), where
the typed lexicon has no row for it. Single words only (a token is one word). Column: noun (lower case).

    python tools/wordnet_act_nouns.py /usr/share/wordnet > kg/lexicons/en/event_act_nouns.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOTS = {
    "07288639": "social_event.n.01 (shows, contests, celebrations, ceremonies, parties)",
    "07975026": "gathering.n.01 (a group of persons together in one place: meetings, rallies, summits)",
    "01230965": "meeting.n.01 (the act of coming together)",
    "01027379": "ceremony.n.01 (a formal event performed on a special occasion: rites, funerals)",
    "00182213": "vote.n.02 (the opinion of a group as determined by voting: elections, referendums)",
    "00183505": "vote.n.01 (a choice made by counting opinions: ballots, polls)",
}
MAX_RANK = 3  # senses read per noun, most frequent first ("summit": its third sense is the meeting)
AGENT_FILES = {14, 18}  # noun.group, noun.person: a noun that names first a group or a person ("party": a
# political organisation; "the party was held responsible") is listed only when that first sense is an event


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    hyponyms: dict[str, list[str]] = {}
    lexfile: dict[str, int] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        lexfile[f[0]] = int(f[1])
        k = 4 + 2 * int(f[3], 16)
        for j in range(int(f[k])):
            sym, target = f[k + 1 + 4 * j], f[k + 2 + 4 * j]
            if sym in {"@", "@i"}:
                hyponyms.setdefault(target, []).append(f[0])
    below: set[str] = set()
    todo = list(ROOTS)
    while todo:
        s = todo.pop()
        if s not in below:
            below.add(s)
            todo += hyponyms.get(s, ())
    print("# WordNet 3.0: nouns one of whose first senses is a social event, a gathering, a ceremony,")
    print("# a contest or an election, by tools/wordnet_act_nouns.py (see kg/lexicons/en/EVENTS.md)")
    print("noun")
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, senses, pointers = f[0], int(f[2]), int(f[3])
        if "_" in lemma or not lemma.isascii():
            continue
        offsets = f[4 + pointers + 2:4 + pointers + 2 + senses]
        if offsets[0] in below or lexfile[offsets[0]] not in AGENT_FILES and any(o in below for o in offsets[:MAX_RANK]):
            print(lemma)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
