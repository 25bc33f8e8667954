"""How many of a store's people are named by one word only (issue #15): the figure the README
reports for the BBC politics store.

    python tools/surname_share.py STORE [--list N]

Counted in the entity graph (``id:entities``): people are the ``schema:Person`` nodes (unnamed
sources are no ``schema:Person``); a node is one-word when every ``rdfs:label`` it has is one
word. One-word nodes fall in three groups:

* surnames of a full name in the build: the word is the last word of another person's label whose
  first word is a first name ("Blair" beside "Tony Blair"), whatever gender-guesser says of the
  word ("Blair", "Howard" are first names too); a first word WordNet reads first as a noun for a
  person is a title, no first name ("Prince X" makes "X" no surname);
* other words that are no first name gender-guesser knows: surnames the build does not confirm and
  names of things read as people;
* first names ("Sandra").

The surname-only share the issue asks for is the first two groups over the people (an upper bound:
the second group holds things too); ``--list`` shows the words of each group.
"""
from __future__ import annotations

import argparse
from collections import Counter

import pyoxigraph as ox

from kg import lexicons
from kg.analyse.names import first_name_gender
from kg.layout import ENTITY_GRAPH
from kg.store import open_store
from kg.vocab import A, RDFS, SCHEMA


def count(store: ox.Store) -> dict:
    people = {q.subject for q in store.quads_for_pattern(None, A, SCHEMA.Person, ENTITY_GRAPH)}
    labels: dict = {}
    for q in store.quads_for_pattern(None, RDFS.label, None, ENTITY_GRAPH):
        if q.subject in people:
            labels.setdefault(q.subject, []).append(q.object.value)
    one = {p for p in people if all(len(n.split()) == 1 for n in labels.get(p, [""]))}
    nouns = lexicons.load().happening_arguments  # WordNet's first reading of a noun: "prince" a person

    def forename(word: str) -> bool:
        return first_name_gender(word) is not None and "person" not in nouns.get(word.lower(), ())

    surnames = {n.split()[-1] for p in people - one for n in labels[p] if len(n.split()) > 1 and forename(n.split()[0])}
    confirmed = {p for p in one if labels[p][0] in surnames}
    first = {p for p in one - confirmed if first_name_gender(labels[p][0]) is not None}
    other = one - confirmed - first
    return {"people": len(people), "one_word": len(one), "surnames": len(confirmed), "first_names": len(first),
            "other": len(other), "names": {g: Counter(labels[p][0] for p in nodes)
                                           for g, nodes in (("surnames", confirmed), ("other", other), ("first names", first))}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--list", type=int, default=0, help="show the N most frequent words of each group")
    a = ap.parse_args(argv)
    c = count(open_store(a.store, read_only=True))
    left = c["people"] or 1
    share = c["surnames"] + c["other"]
    print(f"{c['people']} people; one-word {c['one_word']} ({100 * c['one_word'] / left:.1f} %); "
          f"surname-only {share} ({100 * share / left:.1f} %): {c['surnames']} surnames of a full name in the build, "
          f"{c['other']} other words; {c['first_names']} first names")
    if a.list:
        for group, names in c["names"].items():
            print(f"{group}: " + ", ".join(f"{n} ({k})" for n, k in names.most_common(a.list)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
