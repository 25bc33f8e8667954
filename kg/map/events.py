"""Events: the event node with its kind's class, its participants, place and time."""
from __future__ import annotations

from pyoxigraph import Literal

from .. import iris
from ..records import Event
from ..vocab import A, EVENT_CLASSES, KG, PROV, RDFS, SCHEMA, SEM, XSD
from .graph import ArticleGraph


def write_events(g: ArticleGraph, events: list[Event]) -> None:
    ents = g.entities
    for e in events:
        first = e.spans[0]
        node = iris.iri("event", g.key, f"{e.kind}-{first[0]}")
        g.add(node, A, KG.Event)
        g.add(node, A, SCHEMA.Event)
        g.add(node, A, SEM.Event)
        g.add(node, A, KG[EVENT_CLASSES.get(e.kind, "Event")])
        g.add(node, RDFS.label, Literal(e.label))
        g.add(node, KG.eventKind, Literal(e.kind))
        for x in sorted(e.agents):
            g.add(node, SCHEMA.organizer, ents[x])
        for x in sorted(e.targets):
            g.add(node, KG.target, ents[x])
        for x in sorted(e.attendees):
            g.add(node, SCHEMA.attendee, ents[x])
        for x in sorted(e.places):
            g.add(node, SCHEMA.location, ents[x])
        if e.time_text:
            g.add(node, KG.timeText, Literal(e.time_text))
        if e.date:
            g.add(node, SCHEMA.startDate, Literal(e.date, datatype=XSD.date))
        for span in e.spans[1:]:
            g.add(node, PROV.wasDerivedFrom, g.evidence(span))
        g.assertion(node, first, e.confidence)
