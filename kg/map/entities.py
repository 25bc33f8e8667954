"""People, organisations and places: their types, names and mentions.

The types an entity gains from what the article says of it (``kg:Official`` for a holder of a
stated office, an organisation's types for a place that speaks as its government) are decided
by the analysis (:attr:`kg.records.Entity.official`, :attr:`kg.records.Entity.acts_as_org`);
this mapper only writes them.
"""
from __future__ import annotations

from pyoxigraph import Literal

from ..records import Entity
from ..vocab import A, ENTITY_CLASSES, KG, ORG, OWL, PROV, RDFS, SCHEMA, geonames
from .graph import ArticleGraph


def write_entities(g: ArticleGraph, entities: list[Entity]) -> None:
    for e, node in zip(entities, g.entities):
        if e.unnamed:  # "critics", "a senior official": a speaker, no named person or organisation
            g.add(node, A, KG.UnnamedSource)
            g.add(node, A, PROV.Agent)
        else:
            own, base, extra = ENTITY_CLASSES[e.kind]
            g.add(node, A, own)
            g.add(node, A, base)
            for c in extra:
                g.add(node, A, c)
        if e.party:
            g.add(node, A, KG.PoliticalParty)
        if e.name.strip():
            g.add(node, SCHEMA.name, Literal(e.name))
        # rdfs:label keeps the one canonical name for display: a peer's or judge's with the style they
        # are known by ("Lord Quill"), which names (the exchange conventions) never carry
        g.add(node, RDFS.label, Literal(e.display_name))
        # every form the article names it by is one of its names (schema:name is not functional)
        for alias in sorted({" ".join(a.split()) for a in e.aliases}):  # a mention across a line break
            if alias != e.name and alias:
                g.add(node, SCHEMA.name, Literal(alias))
                g.add(node, SCHEMA.alternateName, Literal(alias))
        if e.title:  # "Lord Quill": the name by which the peer is known, with the title names never carry
            g.add(node, SCHEMA.alternateName, Literal(e.display_name))
        for span in e.mentions:
            g.add(node, PROV.wasDerivedFrom, g.evidence(span))
        g.add(node, KG.mentionedIn, g.article)
    for e, node in zip(entities, g.entities):
        if e.geonames is not None:
            g.add(node, OWL.sameAs, geonames(e.geonames))
        if e.contained_in is not None:
            g.add(node, SCHEMA.containedInPlace, g.entities[e.contained_in])
        if e.official:
            g.add(node, A, KG.Official)
        if e.acts_as_org:
            g.add(node, A, SCHEMA.Organization)
            g.add(node, A, ORG.Organization)
        if e.seat:
            g.add(node, A, SCHEMA.Place)
