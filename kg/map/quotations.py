"""Quotations: direct quotations and reported statements, with speaker, cue, addressee and medium."""
from __future__ import annotations

from pyoxigraph import Literal

from .. import iris
from ..records import Quotation
from ..vocab import A, KG, PROV, SCHEMA, XSD
from .graph import ArticleGraph


def write_quotations(g: ArticleGraph, quotations: list[Quotation]) -> None:
    text = g.doc.text
    for q in quotations:
        node = iris.iri("quote", g.key, f"{q.span[0]}-{q.span[1]}")
        g.add(node, A, KG.Quotation)
        g.add(node, A, SCHEMA.Quotation)
        g.add(node, A, KG.DirectQuotation if q.direct else KG.ReportedStatement)
        # a quotation in several pieces: its words joined by an ellipsis, one evidence span each
        g.add(node, SCHEMA.text, Literal(" … ".join(text[s:e] for s, e in q.spans)))
        g.add(node, KG.isDirect, Literal("true" if q.direct else "false", datatype=XSD.boolean))
        if q.speaker is not None:
            g.add(node, SCHEMA.creator, g.entities[q.speaker])
        if q.cue:
            g.add(node, KG.cueVerb, Literal(q.cue))
        if q.membership is not None:
            g.add(node, KG.speakerMembership, g.memberships[q.membership])
        if q.addressee is not None:
            g.add(node, KG.addressee, g.entities[q.addressee])
        if q.addressee_text:
            g.add(node, KG.addresseeText, Literal(q.addressee_text))
        if q.medium:
            g.add(node, KG.medium, Literal(q.medium))
        if q.medium_entity is not None:
            g.add(node, KG.mediumEntity, g.entities[q.medium_entity])
        for e in q.about:
            g.add(node, SCHEMA.about, g.entities[e])
        for span in q.parts:
            g.add(node, PROV.wasDerivedFrom, g.evidence(span))
        g.assertion(node, q.span, q.confidence)
