"""Surname links across a build: a person an article names only as "Mr X" (a node of its own,
local to that article: a surname never merges across articles) linked to the one person of the
store whose full name ends in X.

Each article states what it knows in its own graph, as a description of its nodes (so it is in
the entity graph and leaves with the article): a full name whose first word is a known first
name carries ``kg:surnameKey`` (the key of its last word: "Jane Roe" → "roe"); a one-word person
the article calls "Mr"/"Mrs"/"Ms"/"Miss" (``words.tsv`` ``surname_link_honorifics``) carries the same
key and ``kg:honorific``. The links are derived from the entity graph alone, into their own graph
:data:`LINKS_GRAPH`: ``S skos:closeMatch F`` and ``S kg:surnameRule "…"`` when

* ``unique-surname``: F is the one full-named person of the store with that surname whose first
  name's gender (gender-guesser) does not contradict the honorific's; or
* ``dominant-surname``: several are, and F is mentioned in at least :data:`DOMINANT_RATIO` times
  as many articles as any other (the rule GeoNames links use for a city dwarfing its namesakes).

A link is ``skos:closeMatch``, not ``owl:sameAs``: a heuristic, with its rule beside it; the nodes
stay apart. Nothing is accumulated: after any change the links of the surnames the changed
articles state (before and after the change) are computed again from the entity graph
(:func:`refresh`), so a rebuilt or deleted article leaves the same links as a fresh build, and a
batch costs a look-up per surname it touches, not a pass over the store.
"""
from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from . import lexicons
from .layout import ENTITY_GRAPH, LINKS_GRAPH
from .personnames import first_name_gender
from .vocab import KG, RDFS, SKOS

DOMINANT_RATIO = 20
UNIQUE, DOMINANT = "unique-surname", "dominant-surname"


def touched_keys(triples: Iterable) -> set[ox.Literal]:
    """The surname keys some of these triples state."""
    return {t.object for t in triples if t.predicate == KG.surnameKey}


def _articles(store: ox.Store, node: ox.NamedNode) -> int:
    return len({q.object for q in store.quads_for_pattern(node, KG.mentionedIn, None, None)})


def links(store: ox.Store, keys: Iterable[ox.Literal]) -> tuple[set[ox.NamedNode], list[ox.Quad]]:
    """The nodes that state these surname keys, and the links among them."""
    genders = lexicons.load().honorifics
    nodes: set[ox.NamedNode] = set()
    out: list[ox.Quad] = []
    for k in sorted(keys, key=lambda lit: lit.value):
        named = sorted({q.subject for q in store.quads_for_pattern(None, KG.surnameKey, k, ENTITY_GRAPH)},
                       key=lambda n: n.value)
        nodes.update(named)
        short, full = [], []
        for n in named:
            hons = {q.object.value.lower() for q in store.quads_for_pattern(n, KG.honorific, None, ENTITY_GRAPH)}
            if hons:
                short.append((n, {genders.get(h, "-") for h in hons}))
            else:
                label = next((q.object.value for q in store.quads_for_pattern(n, RDFS.label, None, ENTITY_GRAPH)), "")
                full.append((n, first_name_gender(label.split()[0]) if label.split() else None))
        if not short or not full:
            continue
        counts: dict[ox.NamedNode, int] = {}
        for s, gs in short:
            if len(gs) != 1:
                continue  # "Mr X" and "Mrs X" in one article: which of them?
            g = next(iter(gs))
            cands = [f for f, fg in full if g == "-" or fg in ("-", g)]
            rule = None
            if len(cands) == 1:
                rule = UNIQUE
            elif cands:
                for f in cands:
                    if f not in counts:
                        counts[f] = _articles(store, f)
                ranked = sorted(cands, key=lambda f: (-counts[f], f.value))
                if counts[ranked[0]] >= DOMINANT_RATIO * max(1, counts[ranked[1]]):
                    cands, rule = ranked[:1], DOMINANT
            if rule:
                out.append(ox.Quad(s, SKOS.closeMatch, cands[0], LINKS_GRAPH))
                out.append(ox.Quad(s, KG.surnameRule, ox.Literal(rule), LINKS_GRAPH))
    return nodes, out


def all_links(store: ox.Store) -> list[ox.Quad]:
    """Every link of a store (a file's, or a store's computed again)."""
    keys = {q.object for q in store.quads_for_pattern(None, KG.surnameKey, None, ENTITY_GRAPH)}
    return links(store, keys)[1]


def links_of_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The links of a set of quads that hold their entity graph (a file being written)."""
    store = ox.Store()
    store.extend(q for q in quads if q.graph_name == ENTITY_GRAPH or q.predicate == KG.mentionedIn)
    return all_links(store)


def refresh(store: ox.Store, keys: set[ox.Literal], gone: Iterable[ox.NamedNode] = ()) -> None:
    """Compute the links of these surname keys again (after the articles stating them changed);
    ``gone``: nodes that stated one of them before the change."""
    if not keys:
        return
    nodes, new = links(store, keys)
    clear = sorted(nodes | set(gone), key=lambda n: n.value)
    update = ""
    if clear:
        update += (f"DELETE {{ GRAPH {LINKS_GRAPH} {{ ?s ?p ?o }} }}\nWHERE {{\n  VALUES ?s {{ "
                   + " ".join(str(n) for n in clear) + f" }}\n  GRAPH {LINKS_GRAPH} {{ ?s ?p ?o }}\n}}")
    if new:
        update += (" ;\n" if update else "") + f"INSERT DATA {{ GRAPH {LINKS_GRAPH} {{\n" \
            + "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in new) + "\n} }"
    store.update(update)


def rebuild(store: ox.Store) -> int:
    """All the links of a store computed again (for stores written before they existed)."""
    store.update(f"DROP SILENT GRAPH {LINKS_GRAPH}")
    new = all_links(store)
    store.extend(new)
    return len(new) // 2
