"""Map stage: a document and its extraction record → RDF quads under the ontology.

One named graph per article (named by the article IRI), holding everything the article says,
and one entity graph (:data:`ENTITY_GRAPH`) holding each shared node's description once: the
merge of what the article graphs state about the people, organisations, places, roles and the
software agent (see :func:`entity_quads`; :mod:`kg.store` keeps it up to date). Every export carries the exchange
conventions of ``shared/eval/README.md``: base schema.org types stated explicitly, W3C ORG
memberships, ``schema:Quotation`` with ``schema:creator``, ``schema:Event``, and
``prov:wasDerivedFrom <ARTICLE#char=START,END>`` on every entity mention, quotation, membership
and event. See ``docs/graph-shape.md``.
"""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from . import __version__, iris
from .read import Document
from .records import ArticleRecord
from .vocab import GEONAMES
from .layout import ENTITY_GRAPH, entity_quads, is_description  # noqa: F401  (the layout, re-exported)
from .vocab import (A, ENTITY_CLASSES, EV, EVENT_CLASSES, KG, ORG, OWL, PROV, RDFS, SCHEMA, SKOS, XSD, NamedNode as _NN,
                    SEM_NS)

ROLES_NS = "https://w3id.org/newskg/roles#"
KIND_PATH = {"PERSON": "person", "ORG": "org", "PLACE": "place"}
SEM_EVENT = _NN(SEM_NS + "Event")

def decimal(x: float) -> Literal:
    return Literal(f"{x:.2f}", datatype=XSD.decimal)


def software_agent() -> NamedNode:
    return iris.iri("agent", f"newskg-{__version__}")


def entity_iri(kind: str, name: str, local_to: str | None = None) -> NamedNode:
    seg = iris.slug(name)
    if local_to:
        seg = f"{seg}--{iris.short_hash(local_to, 8)}"
    return iris.iri(KIND_PATH[kind], seg)


def map_article(doc: Document, rec: ArticleRecord) -> tuple[NamedNode, list[Quad]]:
    art = iris.article(doc.identifier)
    g = art
    quads: list[Quad] = []

    def add(s, p, o):
        quads.append(Quad(s, p, o, g))

    def ev(span):
        return iris.evidence(art, span[0], span[1])

    doc_key = iris.short_hash(doc.identifier, 8)

    # the article
    add(art, A, KG.Article)
    add(art, A, SCHEMA.NewsArticle)
    add(art, SCHEMA.headline, Literal(doc.headline or doc.identifier))
    add(art, SCHEMA.identifier, Literal(doc.identifier))
    add(art, KG.contentHash, Literal(doc.content_hash))
    # the text as read, which every #char=START,END of this article counts into (code points)
    add(art, SCHEMA.articleBody, Literal(doc.text))
    add(art, KG.sourceFormat, Literal(doc.fmt))
    if doc.published:
        add(art, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date))
    if doc.url:
        add(art, SCHEMA.url, Literal(str(doc.url)))

    # provenance: one activity per article, tool version and model
    agent = software_agent()
    act = iris.iri("activity", iris.short_hash(f"{doc.identifier}|{doc.content_hash}|{__version__}|{rec.model}", 16))
    add(act, A, PROV.Activity)
    add(act, A, KG.ExtractionActivity)
    add(act, PROV.used, art)
    add(act, PROV.wasAssociatedWith, agent)
    add(act, KG.model, Literal(rec.model))
    if rec.rules:
        add(act, KG.rulesVersion, Literal(rec.rules))
    add(agent, A, PROV.SoftwareAgent)
    add(agent, A, SCHEMA.SoftwareApplication)
    add(agent, RDFS.label, Literal("newskg"))
    add(agent, SCHEMA.softwareVersion, Literal(__version__))

    def assertion(node, span, confidence):
        add(node, PROV.wasDerivedFrom, ev(span))
        add(node, KG.confidence, decimal(confidence))
        add(node, PROV.wasGeneratedBy, act)
        add(node, KG.inArticle, art)

    # entities
    ents: list[NamedNode] = []
    for e in rec.entities:
        node = entity_iri(e.kind, e.name, doc.identifier if e.local else None)
        ents.append(node)
        own, base, extra = ENTITY_CLASSES[e.kind]
        add(node, A, own)
        add(node, A, base)
        for c in extra:
            add(node, A, c)
        if e.party:
            add(node, A, KG.PoliticalParty)
        if e.unnamed:
            add(node, A, KG.UnnamedSource)
        if e.name.strip():
            add(node, SCHEMA.name, Literal(e.name))
        add(node, RDFS.label, Literal(e.name))
        # every form the article names it by is one of its names (schema:name is not functional);
        # rdfs:label keeps the one canonical name for display
        for alias in sorted(e.aliases):
            if alias != e.name and alias.strip():
                add(node, SCHEMA.name, Literal(alias))
                add(node, SCHEMA.alternateName, Literal(alias))
        for span in e.mentions:
            add(node, PROV.wasDerivedFrom, ev(span))
        add(node, KG.mentionedIn, art)
    for e, node in zip(rec.entities, ents):
        if e.geonames is not None:
            add(node, OWL.sameAs, NamedNode(GEONAMES.format(e.geonames)))
        if e.contained_in is not None:
            add(node, SCHEMA.containedInPlace, ents[e.contained_in])
    for i in sorted({m.person for m in rec.memberships}):
        add(ents[i], A, KG.Official)
    # a place that speaks ("Russia said") acts as its government: an organisation too
    for i in sorted({q.speaker for q in rec.quotations if q.speaker is not None}):
        if rec.entities[i].kind == "PLACE":
            add(ents[i], A, SCHEMA.Organization)
            add(ents[i], A, ORG.Organization)

    # memberships
    mem_nodes: list[NamedNode] = []
    for m in rec.memberships:
        org = rec.entities[m.organization].name if m.organization is not None else ""
        node = iris.iri("membership", doc_key, iris.short_hash(
            f"{rec.entities[m.person].name}|{m.role}|{org}|{m.span[0]}", 12))
        mem_nodes.append(node)
        role = iris.iri("role", m.concept, iris.slug(m.role))
        add(node, A, KG.Membership)
        add(node, A, ORG.Membership)
        add(node, ORG.member, ents[m.person])
        add(node, ORG.role, role)
        if m.organization is not None:
            add(node, ORG.organization, ents[m.organization])
        if m.status:
            add(node, KG.status, Literal(m.status))
        if doc.published:
            add(node, KG.reportedOn, Literal(doc.published.isoformat(), datatype=XSD.date))
        assertion(node, m.span, m.confidence)
        add(role, A, KG.Role)
        add(role, A, ORG.Role)
        add(role, A, SKOS.Concept)
        add(role, RDFS.label, Literal(m.role))
        add(role, SKOS.broader, NamedNode(ROLES_NS + m.concept))

    # quotations
    for q in rec.quotations:
        node = iris.iri("quote", doc_key, f"{q.span[0]}-{q.span[1]}")
        add(node, A, KG.Quotation)
        add(node, A, SCHEMA.Quotation)
        add(node, A, KG.DirectQuotation if q.direct else KG.ReportedStatement)
        # a quotation in several pieces: its words joined by an ellipsis, one evidence span each
        add(node, SCHEMA.text, Literal(" … ".join(doc.text[s:e] for s, e in q.spans)))
        add(node, KG.isDirect, Literal("true" if q.direct else "false", datatype=XSD.boolean))
        if q.speaker is not None:
            add(node, SCHEMA.creator, ents[q.speaker])
        if q.cue:
            add(node, KG.cueVerb, Literal(q.cue))
        if q.membership is not None:
            add(node, KG.speakerMembership, mem_nodes[q.membership])
        if q.addressee is not None:
            add(node, KG.addressee, ents[q.addressee])
        if q.addressee_text:
            add(node, KG.addresseeText, Literal(q.addressee_text))
        if q.medium:
            add(node, KG.medium, Literal(q.medium))
        if q.medium_entity is not None:
            add(node, KG.mediumEntity, ents[q.medium_entity])
        for e in q.about:
            add(node, SCHEMA.about, ents[e])
        for span in q.parts:
            add(node, PROV.wasDerivedFrom, ev(span))
        assertion(node, q.span, q.confidence)

    # events
    for e in rec.events:
        first = e.spans[0]
        node = iris.iri("event", doc_key, f"{e.kind}-{first[0]}")
        add(node, A, KG.Event)
        add(node, A, SCHEMA.Event)
        add(node, A, SEM_EVENT)
        if e.kind in EVENT_CLASSES:  # a kind of the first lexicon (event_triggers.tsv)
            add(node, A, KG[EVENT_CLASSES[e.kind]])
        else:  # a type of the event scheme (ontology/events.ttl), with its SEM roles
            add(node, A, EV[e.kind])
            add(node, EV.factuality, EV[e.factuality.capitalize()])
        add(node, RDFS.label, Literal(e.label))
        add(node, KG.eventKind, Literal(e.kind))
        for x in sorted(e.agents):
            add(node, SCHEMA.organizer, ents[x])
            add(node, EV.agent, ents[x])
        for x in sorted(e.targets):
            add(node, KG.target, ents[x])
            add(node, EV.patient, ents[x])
        for x in sorted(e.attendees):
            add(node, SCHEMA.attendee, ents[x])
            add(node, EV.participant, ents[x])
        for x in sorted(e.places):
            add(node, SCHEMA.location, ents[x])
            add(node, EV.place, ents[x])
        if e.time_text:
            add(node, KG.timeText, Literal(e.time_text))
        if e.date:
            add(node, SCHEMA.startDate, Literal(e.date, datatype=XSD.date))
        for span in e.spans[1:]:
            add(node, PROV.wasDerivedFrom, ev(span))
        assertion(node, first, e.confidence)
    return art, dedupe(quads)


def dedupe(quads: list[Quad]) -> list[Quad]:
    seen = set()
    out = []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out
