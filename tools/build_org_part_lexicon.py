"""Build kg/lexicons/en/org_parts.tsv, the nouns that name a PART of a body (a committee, board,
assembly, office, department, branch, wing, secretariat, delegation, staff …), from one
documented general source — never from the development articles:

Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence), read with the reader
of ``tools/build_event_lexicon.py``. Each seed sense below gives its words and the words of its
hyponyms down to its depth.

The role rules read the file in "the deputy head of the X Council's budget committee, Y": after an
organisation's possessive, an unnamed part of it keeps the title the organisation's; any other
noun there names another party (a rival, a parent company, a customer, critics) and ends the
title's organisation.

Filter (stated here and in kg/lexicons/en/ROLES.md): one-word nouns only (the rule compares the
head noun of the possessed phrase), written in lower case in WordNet (no proper names such as
"UNICEF" or "Knesset"), letters and hyphens only.

    python tools/build_org_part_lexicon.py /usr/share/wordnet > kg/lexicons/en/org_parts.tsv

The source is read once here and not shipped; the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import WordNet  # noqa: E402  (the same WordNet reader)

# seed sense -> depth of hyponyms taken
SEEDS = {
    "administrative_unit.n.01": 4,  # committee, board, council, agency, office, department, branch, secretariat
    "assembly.n.04": 1,  # the assembly itself and its kinds: legislature, chamber, chapter, court
    "legislature.n.01": 2,  # parliament, senate, house, congress, diet
    "delegation.n.01": 2,  # deputation, commission, mission, embassy, legation
    "wing.n.08": 1,  # a group within a political party or legislature
    "staff.n.01": 1,  # staff, newsroom, office staff
    "unit.n.03": 0,  # "unit" (its hyponyms are military units and the like: no "company")
}


def original_words(folder: Path, offset: int) -> list[str]:
    """The words of a noun synset as WordNet writes them (the shared reader lowercases them):
    the data file is addressed by byte offset."""
    with open(folder / "data.noun", "rb") as f:
        f.seek(offset)
        fields = f.readline().decode("latin-1").split()
    return [fields[4 + 2 * i] for i in range(int(fields[3], 16))]


def org_parts(wn: WordNet, folder: Path) -> set[str]:
    out: set[str] = set()
    for spec, depth in SEEDS.items():
        for key in wn.below(wn.sense(spec), depth):
            for w in original_words(folder, key[1]):
                w = w.split("(")[0]
                if w.islower() and w.replace("-", "").isalpha():
                    out.add(w)
    return out


def word_list_main(argv: list[str], doc: str, build, comment: str) -> int:
    """The main of a builder that prints one column of nouns: ``build(WordNet, folder)`` gives the
    words, ``comment`` the file's first line; with no WordNet folder, the usage in ``doc``."""
    if len(argv) != 1:
        print(doc.split("\n\n")[-2].strip(), file=sys.stderr)
        return 2
    folder = Path(argv[0])
    words = build(WordNet(folder), folder)
    print(comment)
    print("noun")
    for word in sorted(words):
        print(word)
    return 0


def main(argv: list[str]) -> int:
    return word_list_main(argv, __doc__, org_parts,
                          "# nouns naming a part of a body, from WordNet 3.0 (tools/build_org_part_lexicon.py; see "
                          "kg/lexicons/en/ROLES.md): after an organisation's possessive the part keeps a title the "
                          "organisation's")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
