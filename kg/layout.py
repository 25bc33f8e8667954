"""The graph layout shared by the writers and readers: article graphs and the entity graph.

Each article's named graph (named by the article IRI) holds everything the article says,
including its own statement of the names and types of the people, organisations, places and
roles it mentions. The entity graph (:data:`ENTITY_GRAPH`) holds each shared node's description
once: the set union of those statements over all articles. Queries join inside one article's
graph and look names and types up in the entity graph, so nothing is repeated per article.
See ``docs/graph-shape.md``.
"""
from __future__ import annotations

from typing import Iterable

from pyoxigraph import NamedNode, Quad

from .vocab import ID_NS, KG, PROV

# The entity graph: one description per shared node, merged over the articles. Its triples are
# those of the article graphs whose subject is a shared node (entity, role, agent) and whose
# predicate describes the node rather than one article's mention of it.
ENTITY_GRAPH = NamedNode(ID_NS + "entities")
SHARED = tuple(ID_NS + kind + "/" for kind in ("person", "org", "place", "role", "agent"))
MENTION_ONLY = frozenset({PROV.wasDerivedFrom, KG.mentionedIn})


def is_description(q) -> bool:
    """A triple that belongs in the entity graph (whatever graph it is stated in)."""
    return (isinstance(q.subject, NamedNode) and q.subject.value.startswith(SHARED)
            and q.predicate not in MENTION_ONLY)


def entity_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The entity graph for these article quads: every description triple once, in
    :data:`ENTITY_GRAPH` (the set union of what the articles state: names and types that several
    articles give are kept once, each article's own names all kept)."""
    seen: dict = {}
    for q in quads:
        if q.graph_name != ENTITY_GRAPH and is_description(q):
            seen.setdefault(q.triple, None)
    return [Quad(t.subject, t.predicate, t.object, ENTITY_GRAPH) for t in seen]
