"""Capitalised WordNet 3.0 nouns that name a kind of person, not one person (session 15, issue #15):
one-word lemmas WordNet writes with a capital ("Sikh", "Hutu", "Anglican", "Bolshevik") in a
``noun.person`` synset that is a class (a hyponym, no instance), none of whose noun senses is an
instance (a named individual: "Newton", "Marx"). The entity rules read it in
``entities.retype_people``: a one-word "person" of this kind that no title, first name or full name
makes one person names a people or a faith's members, no named person. A first name
(gender-guesser's list: "Christian") is left out by the rule, not here.

    python tools/build_person_class_names.py /usr/share/wordnet > kg/lexicons/en/person_class_names.tsv

Source: Princeton WordNet 3.0 (the Debian ``wordnet-base`` files, WordNet licence); the source is
not shipped, the output is committed as data.
"""
from __future__ import annotations

import sys
from pathlib import Path

NOUN_PERSON = 18


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    senses: dict[str, list[tuple[int, bool]]] = {}  # written lemma -> (lexfile, is an instance) per synset
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        data = line.partition(" | ")[0].split()
        lexfile, n = int(data[1]), int(data[3], 16)
        words = [data[4 + 2 * i] for i in range(n)]
        k = 4 + 2 * n
        ptrs = [data[k + 1 + 4 * j] for j in range(int(data[k]))]
        instance = "@i" in ptrs
        for w in words:
            senses.setdefault(w, []).append((lexfile, instance))
    out = sorted(w for w, ss in senses.items()
                 if w[:1].isupper() and w.isalpha() and not w.isupper() and w[1:].islower()
                 and not any(inst for _, inst in ss) and any(lf == NOUN_PERSON for lf, _ in ss)
                 and w.lower() not in senses)
    print("# one-word capitalised WordNet 3.0 nouns naming a kind of person (tools/build_person_class_names.py)")
    print("name")
    for w in out:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
