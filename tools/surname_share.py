"""How many of a store's people are named by one word only (issue #15): the figure the README
reports for the BBC politics store.

    python tools/surname_share.py STORE [--list N]

Counted in the entity graph (``id:entities``): people are the ``schema:Person`` nodes (unnamed
sources are no ``schema:Person``); a node is one-word when every ``rdfs:label`` it has is one
word. The share is the one-word nodes over the people; those whose word is a first name
gender-guesser knows ("Sandra") are shown apart from the rest (surnames, and names of things read
as people).
"""
from __future__ import annotations

import argparse
from collections import Counter

import pyoxigraph as ox

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
    first = {p for p in one if first_name_gender(labels[p][0]) is not None}
    return {"people": len(people), "one_word": len(one), "first_names": len(first), "other": len(one - first),
            "names": Counter(labels[p][0] for p in one - first)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--list", type=int, default=0, help="show the N most frequent one-word names that are no first name")
    a = ap.parse_args(argv)
    c = count(open_store(a.store, read_only=True))
    left = c["people"] or 1
    print(f"{c['people']} people; one-word {c['one_word']} ({100 * c['one_word'] / left:.1f} %): "
          f"{c['first_names']} first names, {c['other']} others ({100 * c['other'] / left:.1f} %)")
    if a.list:
        print(", ".join(f"{n} ({k})" for n, k in c["names"].most_common(a.list)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
