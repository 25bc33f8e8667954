"""Memberships (W3C ORG): a person, a role, an organisation, and the role node with its concept.

A role the analysis marks as a position (no organisation and no formal title: "the film
director X", "coach X"; ``Membership.position``) is no
``org:Membership`` (W3C ORG relates an agent to an organisation, and the exchange conventions read a
role as ``org:member``, ``org:organization`` and ``org:role``): it is a ``kg:Position`` with
``kg:holder`` and ``kg:role``, the same status, date, evidence and role node."""
from __future__ import annotations

from pyoxigraph import Literal

from .. import iris
from ..records import Membership
from ..vocab import A, KG, ORG, RDFS, SKOS, XSD, role_concept
from .graph import ArticleGraph


def write_memberships(g: ArticleGraph, memberships: list[Membership]) -> None:
    published = g.doc.published
    for m, node in zip(memberships, g.memberships):
        role = iris.iri("role", m.concept, iris.slug(m.role))
        if not m.position:
            g.add(node, A, KG.Membership)
            g.add(node, A, ORG.Membership)
            g.add(node, ORG.member, g.entities[m.person])
            g.add(node, ORG.role, role)
            if m.organization is not None:
                g.add(node, ORG.organization, g.entities[m.organization])
        else:
            g.add(node, A, KG.Position)
            g.add(node, KG.holder, g.entities[m.person])
            g.add(node, KG.role, role)
        if m.status:
            g.add(node, KG.status, Literal(m.status))
        if published:
            g.add(node, KG.reportedOn, Literal(published.isoformat(), datatype=XSD.date))
        g.assertion(node, m.span, m.confidence)
        g.add(role, A, KG.Role)
        g.add(role, A, ORG.Role)
        g.add(role, A, SKOS.Concept)
        g.add(role, RDFS.label, Literal(m.role))
        g.add(role, SKOS.broader, role_concept(m.concept))
