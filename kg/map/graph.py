"""The graph of one article being written, and the names (IRIs) of its nodes.

:class:`ArticleGraph` is what every mapper writes into: the article's IRI, the quads of its named
graph, and the IRIs of the records' nodes, named once before any mapper runs (a quotation names
its speaker's node and its speaker's membership without the entity or membership mapper having
run). The helpers :meth:`ArticleGraph.evidence` and :meth:`ArticleGraph.assertion` write the
provenance every assertion carries.
"""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from .. import __version__, iris
from ..read import Document
from ..records import ArticleRecord, Membership
from ..vocab import KG, PROV, XSD

KIND_PATH = {"PERSON": "person", "ORG": "org", "PLACE": "place"}
Span = tuple[int, int]


def decimal(x: float) -> Literal:
    return Literal(f"{x:.2f}", datatype=XSD.decimal)


def software_agent() -> NamedNode:
    return iris.iri("agent", f"newskg-{__version__}")


def entity_iri(kind: str, name: str, local_to: str | None = None) -> NamedNode:
    seg = iris.slug(name)
    if local_to:
        seg = f"{seg}--{iris.short_hash(local_to, 8)}"
    return iris.iri(KIND_PATH[kind], seg)


def activity_iri(doc: Document, rec: ArticleRecord) -> NamedNode:
    """One extraction activity per article text, tool version and model."""
    return iris.iri("activity", iris.short_hash(f"{doc.identifier}|{doc.content_hash}|{__version__}|{rec.model}", 16))


def membership_iri(doc_key: str, rec: ArticleRecord, m: Membership) -> NamedNode:
    org = rec.entities[m.organization].name if m.organization is not None else ""
    return iris.iri("membership", doc_key, iris.short_hash(
        f"{rec.entities[m.person].name}|{m.role}|{org}|{m.span[0]}", 12))


class ArticleGraph:
    """One article's named graph while the mappers write it."""

    def __init__(self, doc: Document, rec: ArticleRecord):
        self.doc = doc
        self.article = iris.article(doc.identifier)
        self.key = iris.short_hash(doc.identifier, 8)  # the article's segment in its records' IRIs
        self.activity = activity_iri(doc, rec)
        self.agent = software_agent()
        local = doc.identifier
        self.entities: list[NamedNode] = [entity_iri(
            e.kind, e.display_name, local if e.local else None)
                                          for e in rec.entities]
        self.memberships: list[NamedNode] = [membership_iri(self.key, rec, m) for m in rec.memberships]
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.article))

    def evidence(self, span: Span) -> NamedNode:
        return iris.evidence(self.article, span[0], span[1])

    def assertion(self, node: NamedNode, span: Span, confidence: float) -> None:
        """What every assertion of the article carries: its evidence span, its confidence, the
        activity that generated it and the article it is in."""
        self.add(node, PROV.wasDerivedFrom, self.evidence(span))
        self.add(node, KG.confidence, decimal(confidence))
        self.add(node, PROV.wasGeneratedBy, self.activity)
        self.add(node, KG.inArticle, self.article)

    def result(self) -> list[Quad]:
        """The quads written, each once, in the order first written."""
        return list(dict.fromkeys(self.quads))
