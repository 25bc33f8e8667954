"""Words that tell a one-word "person" is no one (issue #15): characters of fiction, class nouns of things.

A news article names characters of fiction and things by one capitalised word, and the recogniser reads
many of them as people ("depicted the leader as X", "the ship X", "the game X"). WordNet says what such a
word is. Columns: word, kind:

- ``character``: a one-word capitalised name of an instance (``@i``) of fictional_character.n.01 or of a
  hyponym of it (at any depth: "Fagin", "Shylock", "Dracula"), that no other noun.person synset bears (a
  real person of that name — "Macbeth" the king, "Holmes" the judge — keeps it out): a character of a
  novel or a play, no real-world person of the news;
- ``thing``: a lower-case noun of ``common_words.tsv`` whose first sense (of those that spell it in lower
  case) WordNet files as an artifact, an act, a communication, an object, an event, an animal, a plant, a
  food or a substance, and none of whose senses is in noun.person (a "star", a "dog" may be someone's
  class) nor its first in noun.group or noun.location: written right before a name as its class ("the
  ship X", "the game X", "the album X"), it says the name is a thing's.

    python tools/wordnet_name_kinds.py /usr/share/wordnet kg/lexicons/en/common_words.tsv \
        > kg/lexicons/en/name_kinds.tsv
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_happening_arguments import PERSON_FILE, read  # noqa: E402  (the same WordNet reader)

FICTIONAL_CHARACTER = "09587565"  # fictional_character.n.01
# noun.act, animal, artifact, communication, event, food, object, plant, substance
THING_FILES = {4, 5, 6, 10, 11, 13, 17, 20, 27}


def instances(data_noun: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Each synset's instance-of synsets (``@i`` pointers) and its lemmas in WordNet's order, from data.noun."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        i = 4 + 2 * n
        p = int(f[i])
        out[f[0]] = ([f[i + 1 + 4 * k + 1] for k in range(p) if f[i + 1 + 4 * k] == "@i"],
                     [f[4 + 2 * k].replace("_", " ") for k in range(n)])
    return out


def main(argv: list[str]) -> int:
    folder, common = Path(argv[1]), Path(argv[2])
    synsets, index = read(folder)
    instance_of = instances(folder / "data.noun")
    words = {ln.strip() for ln in common.read_text().splitlines() if ln.strip() and not ln.startswith("#")}

    def under(off: str, root: str, seen=None) -> bool:
        seen = seen if seen is not None else set()
        if off == root:
            return True
        seen.add(off)
        return any(under(h, root, seen) for h in synsets[off][1] if h not in seen)

    fictional: set[str] = set()
    real: set[str] = set()
    for off, (lexfile, _hyper, _gloss, lemmas) in synsets.items():
        if lexfile != PERSON_FILE:
            continue
        names = {w for w in lemmas if " " not in w and w[:1].isupper()}
        if any(under(c, FICTIONAL_CHARACTER) for c in instance_of[off][0]):
            fictional |= names
        else:
            real |= names
    print("# " + __doc__.strip().split("\n")[0])
    print("# built by tools/wordnet_name_kinds.py from WordNet 3.0 (WordNet licence); see ENTITIES.md, session 24")
    print("word\tkind")
    for w in sorted(fictional - real):
        print(f"{w}\tcharacter")
    for w in sorted(w for w in words & set(index) if len(w) > 2 and w.isalpha()):
        senses = [o for o in index[w] if w in synsets[o][3]] or index[w]
        if synsets[senses[0]][0] in THING_FILES and not any(synsets[o][0] == PERSON_FILE for o in index[w]):
            print(f"{w}\tthing")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
