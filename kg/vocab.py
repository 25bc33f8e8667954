"""Namespaces and the terms of the project's ontology (``ontology/kg.ttl``).

Every term the mapper, the network export and the queries' helpers use is named here once, so
the code, the ontology file, the SHACL shapes and the shipped queries agree. The namespaces are
closed (as rdflib's ``DefinedNamespace`` with ``_fail = True``): each lists its terms, and a term
it does not list is an error (``AttributeError`` / ``KeyError``), so a misspelt term fails at
import time or at the first article rather than writing a wrong IRI into every graph.
``tests/test_vocab.py`` checks that every ``kg:`` term listed here is declared in ``kg.ttl``.

The instance namespaces (the project's IRIs ``id/…``, the role concepts of ``ontology/roles.ttl``
and GeoNames features) name data, not vocabulary: :func:`role_concept` and :func:`geonames`
build them.
"""
from __future__ import annotations

from pyoxigraph import NamedNode

KG_NS = "https://w3id.org/newskg/ns#"
ID_NS = "https://w3id.org/newskg/id/"
ROLES_NS = "https://w3id.org/newskg/roles#"
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


class ClosedNamespace:
    """A namespace with a fixed list of terms: ``NS.term`` and ``NS["term"]`` give the term's
    ``NamedNode``; any other name is an error."""

    def __init__(self, base: str, terms: str):
        self._base = base
        self._terms = {t: NamedNode(base + t) for t in terms.split()}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._terms[name]
        except KeyError:
            raise AttributeError(f"{name!r} is no term of <{self._base}> (kg/vocab.py lists its terms)") from None

    def __getitem__(self, name: str) -> NamedNode:
        try:
            return self._terms[name]
        except KeyError:
            raise KeyError(f"{name!r} is no term of <{self._base}> (kg/vocab.py lists its terms)") from None

    def __contains__(self, name: str) -> bool:
        return name in self._terms

    def __iter__(self):
        return iter(self._terms.values())

    def __repr__(self) -> str:
        return f"ClosedNamespace({self._base!r}, {len(self._terms)} terms)"


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

KG = ClosedNamespace(KG_NS, """
    Article Person Official Organization UnnamedSource PoliticalParty Place Role Membership Position Quotation
    DirectQuotation ReportedStatement Event ExtractionActivity
    contentHash pageKey sourceFormat mentionedIn confidence inArticle status reportedOn isDirect cueVerb holder role
    speakerMembership addressee addresseeText medium mediumEntity eventKind target timeText rulesVersion model
    """ + " ".join(EVENT_CLASSES.values()))
SCHEMA = ClosedNamespace(SCHEMA_NS, """
    Person Organization Place NewsArticle Article CreativeWork Quotation Event SoftwareApplication
    name alternateName headline identifier articleBody datePublished url softwareVersion text creator
    about containedInPlace organizer attendee location startDate recipient
    """)
ORG = ClosedNamespace(ORG_NS, "Organization Membership Role member organization role")
PROV = ClosedNamespace(PROV_NS, """
    Activity Agent SoftwareAgent used wasAssociatedWith wasDerivedFrom wasGeneratedBy hadPrimarySource
    """)
RDF = ClosedNamespace(RDF_NS, "type nil")
RDFS = ClosedNamespace(RDFS_NS, "label comment")
SKOS = ClosedNamespace(SKOS_NS, "Concept broader")
XSD = ClosedNamespace(XSD_NS, "boolean date decimal integer string")
OWL = ClosedNamespace(OWL_NS, "sameAs")
SEM = ClosedNamespace(SEM_NS, "Event")
# the event scheme: its types (the classes of ontology/events.ttl the extractor assigns, the rows of
# kg/lexicons/en/event_type_rules.tsv), participant roles and factuality values
EV_TYPES = """
    Die Injure BeBorn Marry Divorce Attack Demonstrate Meet Correspond ArrestJail ReleaseParole TrialHearing
    ChargeIndict Sue Judgment Convict Acquit Sentence Fine Execute Extradite Appeal Pardon StartPosition
    EndPosition Nominate Elect TransferOwnership TransferMoney Transport Statement Request Demand Agree Accuse
    Reject Threaten Sanction Boycott Investigate Declare Legislate Vote Suspend Publish Aid Yield Compete Occurrence
    Crash FireExplosion NaturalDisaster DiseaseOutbreak Damage Illness Diagnosis MedicalTreatment
    """
EV = ClosedNamespace(EV_NS, EV_TYPES + """
    participant agent patient beneficiary instrument place time factuality
    Asserted Planned Hypothetical Negated Disputed
    """)

A = RDF.type

# entity kind (analysis label) -> (project class, schema.org base class, extra classes)
ENTITY_CLASSES = {
    "PERSON": (KG.Person, SCHEMA.Person, ()),
    "ORG": (KG.Organization, SCHEMA.Organization, (ORG.Organization,)),
    "PLACE": (KG.Place, SCHEMA.Place, ()),
}


def role_concept(concept: str) -> NamedNode:
    """A role concept of ``ontology/roles.ttl`` ("mayor" → ``roles:mayor``)."""
    return NamedNode(ROLES_NS + concept)


def geonames(feature: int) -> NamedNode:
    """A GeoNames feature by its id."""
    return NamedNode(GEONAMES.format(feature))
