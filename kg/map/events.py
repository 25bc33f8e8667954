"""Events: the event node with its type (a class of the event scheme, ``ontology/events.ttl``), its
factuality, its participants by role (``ev:agent``, ``ev:patient``, ``ev:participant``,
``ev:place``, each beside the schema.org / kg: property the exchange conventions and the shipped
queries read), place and time, and one evidence span per mention."""
from __future__ import annotations

import re

from pyoxigraph import Literal

from .. import iris
from ..records import Event
from ..vocab import A, EV, EVENT_CLASSES, KG, PROV, RDFS, SCHEMA, SEM, XSD
from .graph import ArticleGraph

# participants by field of the record: the property events had before the event scheme, and the
# scheme's role (ontology/events.ttl), both written
ROLES = (("agents", SCHEMA.organizer, EV.agent), ("targets", KG.target, EV.patient),
         ("attendees", SCHEMA.attendee, EV.participant), ("places", SCHEMA.location, EV.place))


def kind_name(kind: str) -> str:
    """kg:eventKind of a scheme type, lower case with underscores: "ArrestJail" -> "arrest_jail"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", kind).lower()


def write_events(g: ArticleGraph, events: list[Event]) -> None:
    ents = g.entities
    for e in events:
        first = e.spans[0]
        node = iris.iri("event", g.key, f"{e.kind}-{first[0]}")
        g.add(node, A, KG.Event)
        g.add(node, A, SCHEMA.Event)
        g.add(node, A, SEM.Event)
        if e.kind in EVENT_CLASSES:  # a kind of the first lexicon (event_triggers.tsv)
            g.add(node, A, KG[EVENT_CLASSES[e.kind]])
        else:  # a type of the event scheme
            g.add(node, A, EV[e.kind])
            g.add(node, EV.factuality, EV[e.factuality.capitalize()])
        g.add(node, RDFS.label, Literal(e.label))
        g.add(node, KG.eventKind, Literal(kind_name(e.kind)))
        for field, earlier, role in ROLES:
            for x in sorted(getattr(e, field)):
                g.add(node, earlier, ents[x])
                g.add(node, role, ents[x])
        if e.time_text:
            g.add(node, KG.timeText, Literal(e.time_text))
        if e.date:
            g.add(node, SCHEMA.startDate, Literal(e.date, datatype=XSD.date))
        for span in e.spans[1:]:
            g.add(node, PROV.wasDerivedFrom, g.evidence(span))
        g.assertion(node, first, e.confidence)
