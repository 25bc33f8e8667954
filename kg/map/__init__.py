"""Map stage: a document and its extraction record → RDF quads under the ontology.

One named graph per article (named by the article IRI), holding everything the article says,
and one entity graph (:data:`ENTITY_GRAPH`) holding each shared node's description once: the
merge of what the article graphs state about the people, organisations, places, roles and the
software agent (see :func:`entity_quads`; :mod:`kg.store` keeps it up to date). Every export carries the exchange
conventions of ``shared/eval/README.md``: base schema.org types stated explicitly, W3C ORG
memberships, ``schema:Quotation`` with ``schema:creator``, ``schema:Event``, and
``prov:wasDerivedFrom <ARTICLE#char=START,END>`` on every entity mention, quotation, membership
and event. See ``docs/graph-shape.md``.

One mapper per record type, each a small function ``(ArticleGraph, records) -> None`` that writes
quads and decides nothing (the analysis decides; the records carry it): the article and its
provenance (:mod:`.article`), entities and their mentions (:mod:`.entities`), memberships and
roles (:mod:`.memberships`), quotations (:mod:`.quotations`), events (:mod:`.events`).
:func:`map_article` names the nodes once (:class:`~.graph.ArticleGraph`) and runs the mappers of
:data:`MAPPERS` in order. Every term comes from :mod:`kg.vocab`, whose namespaces are closed.
"""
from __future__ import annotations

from typing import Callable

from pyoxigraph import NamedNode, Quad

from ..layout import ENTITY_GRAPH, entity_quads, is_description  # noqa: F401  (the layout, re-exported)
from ..read import Document
from ..records import ArticleRecord
from .article import write_article, write_provenance
from .entities import write_entities
from .events import write_events
from .graph import ArticleGraph, decimal, entity_iri, software_agent  # noqa: F401  (re-exported)
from .memberships import write_memberships
from .quotations import write_quotations

Mapper = Callable[[ArticleGraph, list], None]

# record kind (a field of ArticleRecord, or a key of ArticleRecord.extra) -> its mapper, in order
MAPPERS: dict[str, Mapper] = {
    "entities": write_entities,
    "memberships": write_memberships,
    "quotations": write_quotations,
    "events": write_events,
}


def register(kind: str, mapper: Mapper) -> None:
    """A mapper for the records of a further kind (read from ``ArticleRecord.extra[kind]`` until
    the record has a field of its own; see ``docs/extending.md``)."""
    if kind in MAPPERS:
        raise ValueError(f"a mapper of {kind!r} is registered already")
    MAPPERS[kind] = mapper


def unregister(kind: str) -> None:
    MAPPERS.pop(kind, None)


def records_of(rec: ArticleRecord, kind: str) -> list:
    return getattr(rec, kind) if kind in ArticleRecord.__dataclass_fields__ else rec.extra.get(kind, [])


def map_article(doc: Document, rec: ArticleRecord) -> tuple[NamedNode, list[Quad]]:
    g = ArticleGraph(doc, rec)
    write_article(g, doc)
    write_provenance(g, rec)
    for kind, mapper in MAPPERS.items():
        mapper(g, records_of(rec, kind))
    return g.article, g.result()
