"""Surname links across a build: a person an article names only as "Mr X" (a node of its own,
local to that article: a surname never merges across articles) linked to the one person of the
store whose full name ends in X.

Each article states what it knows in its own graph, as a description of its nodes (so it is in
the entity graph and leaves with the article): a full name whose first word is a known first
name carries ``kg:surnameKey`` (the key of its last word: "Jane Roe" → "roe"); a one-word person
the article calls "Mr"/"Mrs"/"Ms"/"Miss" (``words.tsv`` ``surname_link_honorifics``) carries its key as
``kg:bareSurname`` and ``kg:honorific``. The links are derived from the entity graph alone, into their own graph
:data:`LINKS_GRAPH`: ``S skos:closeMatch F`` and ``S kg:surnameRule "…"`` when

* ``unique-surname``: F is the one full-named person of the store with that surname whose first
  name's gender (gender-guesser) does not contradict the honorific's; or
* ``dominant-surname``: several are, and F is mentioned in at least :data:`DOMINANT_RATIO` times
  as many articles as any other (the rule GeoNames links use for a city dwarfing its namesakes).

A link is ``skos:closeMatch``, not ``owl:sameAs``: a heuristic, with its rule beside it; the nodes
stay apart. Nothing is accumulated: a write decides again, from the entity graph, each surname the
written or deleted articles state (before and after the change; a decision reads the surname's full
names only), relinks the "Mr X" nodes it wrote, and all the "Mr X" of a surname only when its
decision changed (:func:`refresh`); so a rebuilt or deleted article leaves the same links as a fresh
build, and a batch costs its own surnames, not a pass over the store.
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
    """The surname keys some of these triples state (of a full name or of a "Mr X")."""
    return {t.object for t in triples if t.predicate in (KG.surnameKey, KG.bareSurname)}


_ARTICLES = f"SELECT ?node (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ ?node {KG.mentionedIn} ?a }} }} GROUP BY ?node"


def _articles(store: ox.Store, node: ox.NamedNode) -> int:
    """In how many articles a node is mentioned (counted in the store, the node bound, not pasted)."""
    row = next(iter(store.query(_ARTICLES, substitutions={ox.Variable("node"): node})), None)
    return int(row["n"].value) if row is not None else 0


Decision = tuple[ox.NamedNode, str] | None  # (the full-named person, the rule), or no link


def decide(store: ox.Store, k: ox.Literal) -> dict[str, Decision]:
    """Whom a "Mr X" / "Mrs X" / "Dr X"-like person of surname key ``k`` links to, by the gender of
    the honorific ("m", "f", "-"): read from the full-named people of that surname only (a few),
    never from the "Mr X" nodes (a common surname has many)."""
    full = []
    for n in sorted({q.subject for q in store.quads_for_pattern(None, KG.surnameKey, k, ENTITY_GRAPH)},
                    key=lambda n: n.value):
        label = next((q.object.value for q in store.quads_for_pattern(n, RDFS.label, None, ENTITY_GRAPH)), "")
        full.append((n, first_name_gender(label.split()[0]) if label.split() else None))
    out: dict[str, Decision] = {}
    counts: dict[ox.NamedNode, int] = {}
    for g in ("m", "f", "-"):
        cands = [f for f, fg in full if g == "-" or fg in ("-", g)]
        out[g] = None
        if len(cands) == 1:
            out[g] = (cands[0], UNIQUE)
        elif cands:
            for f in cands:
                if f not in counts:
                    counts[f] = _articles(store, f)
            ranked = sorted(cands, key=lambda f: (-counts[f], f.value))
            if counts[ranked[0]] >= DOMINANT_RATIO * max(1, counts[ranked[1]]):
                out[g] = (ranked[0], DOMINANT)
    return out


def link_of(store: ox.Store, node: ox.NamedNode, decision: dict[str, Decision]) -> list[ox.Quad]:
    """The link of one "Mr X" node under its surname's decision (none when the article writes it
    with honorifics of both genders, "Mr X" and "Mrs X": which of them?)."""
    genders = lexicons.load().honorifics
    gs = {genders.get(q.object.value.lower(), "-") for q in store.quads_for_pattern(node, KG.honorific, None, ENTITY_GRAPH)}
    if len(gs) != 1:
        return []
    d = decision.get(next(iter(gs)))
    if d is None:
        return []
    return [ox.Quad(node, SKOS.closeMatch, d[0], LINKS_GRAPH), ox.Quad(node, KG.surnameRule, ox.Literal(d[1]), LINKS_GRAPH)]


def _titled(store: ox.Store, k: ox.Literal) -> set[ox.NamedNode]:
    return {q.subject for q in store.quads_for_pattern(None, KG.bareSurname, k, ENTITY_GRAPH)}


def all_links(store: ox.Store) -> list[ox.Quad]:
    """Every link of a store (a file's, or a store's computed again)."""
    out: list[ox.Quad] = []
    keys = {q.object for q in store.quads_for_pattern(None, KG.bareSurname, None, ENTITY_GRAPH)}
    for k in sorted(keys, key=lambda lit: lit.value):
        d = decide(store, k)
        for n in sorted(_titled(store, k), key=lambda n: n.value):
            out += link_of(store, n, d)
    return out


def links_of_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The links of a set of quads that hold their entity graph (a file being written)."""
    store = ox.Store()
    store.extend(q for q in quads if q.graph_name == ENTITY_GRAPH or q.predicate == KG.mentionedIn)
    return all_links(store)


def before(store: ox.Store, keys: set[ox.Literal]) -> dict[ox.Literal, dict[str, Decision]]:
    """The decisions of these keys before a write (see :func:`refresh`)."""
    return {k: decide(store, k) for k in keys}


def refresh(store: ox.Store, keys: set[ox.Literal], written: Iterable[tuple[ox.NamedNode, ox.Literal]],
            decided: dict[ox.Literal, dict[str, Decision]]) -> None:
    """Bring the links up to date after a write: ``keys`` the surname keys the written or deleted
    articles state (before and after), ``written`` the "Mr X" nodes they state with their keys, ``decided`` the
    decisions of the keys before the write (:func:`before`). The nodes written are linked again;
    the other "Mr X" nodes of a surname only when its decision changed (a full name of it came or
    went, or changed the balance) — so a batch costs its own nodes and the full names of its
    surnames, not every "Mr X" of the store. Only the links that change are written."""
    if not keys:
        return
    by_key: dict[ox.Literal, set[ox.NamedNode]] = {}
    for n, k in written:
        by_key.setdefault(k, set()).add(n)
    nodes: set[ox.NamedNode] = set()
    want: set = set()
    for k in sorted(keys, key=lambda lit: lit.value):
        d = decide(store, k)
        if d != decided.get(k):
            mine = _titled(store, k)
        else:
            mine = {n for n in by_key.get(k, ()) if next(store.quads_for_pattern(n, KG.bareSurname, k, ENTITY_GRAPH), None)}
        nodes |= mine
        for n in mine:
            want |= {q.triple for q in link_of(store, n, d)}
    nodes |= {n for n, _k in written}  # written nodes now gone (or no longer "Mr X") lose their links
    have = {q.triple for n in nodes for q in store.quads_for_pattern(n, None, None, LINKS_GRAPH)}
    parts = []
    if have - want:
        parts.append(f"DELETE DATA {{ GRAPH {LINKS_GRAPH} {{\n" + "\n".join(
            f"{t.subject} {t.predicate} {t.object} ." for t in sorted(have - want, key=str)) + "\n} }")
    if want - have:
        parts.append(f"INSERT DATA {{ GRAPH {LINKS_GRAPH} {{\n" + "\n".join(
            f"{t.subject} {t.predicate} {t.object} ." for t in sorted(want - have, key=str)) + "\n} }")
    if parts:
        store.update(" ;\n".join(parts))


def rebuild(store: ox.Store) -> int:
    """All the links of a store computed again (for stores written before they existed)."""
    store.update(f"DROP SILENT GRAPH {LINKS_GRAPH}")
    new = all_links(store)
    store.extend(new)
    return len(new) // 2
