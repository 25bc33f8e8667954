"""Namespaces and the terms of the project's ontology (``ontology/kg.ttl``).

Every term used by the mapper is named here once, so the code, the ontology file, the SHACL
shapes and the shipped queries agree.
"""
from __future__ import annotations

from pyoxigraph import NamedNode

KG_NS = "https://w3id.org/newskg/ns#"
ID_NS = "https://w3id.org/newskg/id/"
SCHEMA_NS = "https://schema.org/"
ORG_NS = "http://www.w3.org/ns/org#"
PROV_NS = "http://www.w3.org/ns/prov#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SEM_NS = "http://semanticweb.cs.vu.nl/2009/11/sem/"
OWL_NS = "http://www.w3.org/2002/07/owl#"
EV_NS = "https://w3id.org/newskg/events#"  # the typed event scheme (ontology/events.ttl)
GEONAMES = "https://sws.geonames.org/{}/"  # a GeoNames feature by its id (owl:sameAs of a linked place)

PREFIXES = {
    "kg": KG_NS, "schema": SCHEMA_NS, "org": ORG_NS, "prov": PROV_NS, "rdf": RDF_NS,
    "rdfs": RDFS_NS, "skos": SKOS_NS, "xsd": XSD_NS, "sem": SEM_NS, "owl": OWL_NS,
    "ev": EV_NS,
}


class _NS:
    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)


KG = _NS(KG_NS)
SCHEMA = _NS(SCHEMA_NS)
ORG = _NS(ORG_NS)
PROV = _NS(PROV_NS)
RDF = _NS(RDF_NS)
RDFS = _NS(RDFS_NS)
SKOS = _NS(SKOS_NS)
XSD = _NS(XSD_NS)
OWL = _NS(OWL_NS)
EV = _NS(EV_NS)

A = RDF.type

# entity kind (analysis label) -> (project class, schema.org base class, extra classes)
ENTITY_CLASSES = {
    "PERSON": (KG.Person, SCHEMA.Person, ()),
    "ORG": (KG.Organization, SCHEMA.Organization, (ORG.Organization,)),
    "PLACE": (KG.Place, SCHEMA.Place, ()),
}
# event kind (lexicon value) -> project class local name; all are kg:Event and schema:Event
EVENT_CLASSES = {
    "statement": "Statement", "announcement": "Announcement", "meeting": "Meeting",
    "conference": "Conference", "press_conference": "PressConference", "boycott": "Boycott",
    "warning": "Warning", "letter": "Letter", "lawsuit": "Lawsuit", "ruling": "CourtRuling",
    "election": "Election", "vote": "Vote", "resignation": "Resignation",
    "dismissal": "Dismissal", "appointment": "Appointment", "protest": "Protest",
    "visit": "Visit", "interview": "Interview", "arrest": "Arrest", "subpoena": "Subpoena",
    "investigation": "Investigation", "sanction": "Sanction", "attack": "Attack",
}
