"""Build kg/lexicons/en/role_nouns.tsv, the occupational nouns that head a description of a
person's tie to an organisation ("X, a senior associate at Y", "Y's chief medical officer X"),
from one documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader
of ``tools/build_event_lexicon.py``. Each seed sense below gives its words and the words of its
hyponyms down to ``DEPTH`` levels, with the seed's role concept (``ontology/roles.ttl``).

Noise filter (stated here and in kg/lexicons/en/README.md): a word is kept only when its first,
most frequent WordNet noun sense is itself one of the seed senses or their hyponyms (the word
mainly names an occupation or office, not a bond: "friend", "partner" and "ally" name a tie only
in a later sense), it is written in lower case (no proper names such as a pope's or a saint's),
it has at most three words, and it is not one of the few ``STANCE`` words whose occupational
first sense is rare in news ("critic": "a critic of X" states no tie). So "head" (first sense:
the body part) stays out, "owner", "counsel", "parliamentarian", "clergyman", "colleague" come in. Titles already in
``titles.tsv`` keep their own concept there; the hand-made ``occupations.tsv`` wins over this file.

    python tools/build_role_lexicon.py /usr/share/wordnet > kg/lexicons/en/role_nouns.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

PERSON_FILE = 18  # noun.person
DEPTH = 3
# seed sense -> role concept; the first seed that reaches a word gives its concept
SEEDS = {
    "head.n.04": "director",  # a person who is in charge
    "executive.n.01": "director",
    "owner.n.01": "director",
    "coach.n.01": "coach",
    "leader.n.01": "official",
    "official.n.01": "official",
    "representative.n.01": "official",
    "politician.n.01": "official",
    "clergyman.n.01": "official",
    "adviser.n.01": "adviser",
    "lawyer.n.01": "member",
    "player.n.01": "player",
    "athlete.n.01": "player",
    "journalist.n.01": "member",
    "scientist.n.01": "member",
    "professional.n.01": "member",
    "expert.n.01": "member",
    "employee.n.01": "member",
    "skilled_worker.n.01": "member",
    "worker.n.01": "member",
    "associate.n.01": "member",
    "member.n.01": "member",
}


STANCE = {"critic"}


def role_nouns(wn: WordNet) -> dict[str, str]:
    trees: dict[tuple[str, int], str] = {}
    for spec, concept in SEEDS.items():
        for key in wn.below(wn.sense(spec), DEPTH):
            trees.setdefault(key, concept)
    out: dict[str, str] = {}
    for key in trees:
        for w in wn.synsets[key]["words"]:
            w = w.split("(")[0]
            word = w.replace("_", " ")
            if word in out or word in STANCE or not word.islower() or len(word.split()) > 3:
                continue
            first = wn.index.get((w, "n"))
            if first and wn.synsets[("n", first[0])]["lexfile"] == PERSON_FILE and ("n", first[0]) in trees:
                out[word] = trees[("n", first[0])]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[-2].strip(), file=sys.stderr)
        return 2
    wn = WordNet(Path(argv[0]))
    nouns = role_nouns(wn)
    print("# occupational nouns from WordNet 3.0 (tools/build_role_lexicon.py; see kg/lexicons/en/README.md): "
          "heads of a description of a person's tie to an organisation\trole concept (ontology/roles.ttl)")
    print("noun\tconcept")
    for word in sorted(nouns):
        print(f"{word}\t{nouns[word]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
