"""The typed event scheme (ontology/events.ttl) and its SHACL shapes (ontology/event-shapes.ttl),
issue #16: every class is an event, labelled, commented and mapped to the scheme it comes from;
the existing kg: event classes are aligned to it; the roles refine SEM; `kg validate` applies the
shapes. Runs on the invented fixture tests/fixtures/sample.trig, offline."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
SAMPLE = ROOT / "tests" / "fixtures" / "sample.trig"
KG = rdflib.Namespace("https://w3id.org/newskg/ns#")
EV = rdflib.Namespace("https://w3id.org/newskg/events#")
ID = rdflib.Namespace("https://w3id.org/newskg/id/")
SCHEMA = rdflib.Namespace("https://schema.org/")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
SOURCES = ("https://w3id.org/newskg/schemes/ace2005#", "https://w3id.org/newskg/schemes/cameo#",
           "https://w3id.org/newskg/schemes/plover#", "https://schema.org/", "http://www.wikidata.org/entity/")


@pytest.fixture(scope="module")
def scheme() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "events.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    g = rdflib.Graph()
    from kg.validate import SHAPE_FILES
    for name in SHAPE_FILES:
        g.parse(ONTOLOGY / name, format="turtle")
    return g


def _classes(scheme):
    return sorted(s for s in scheme.subjects(RDF.type, OWL.Class)
                  if str(s).startswith(str(EV)) and s != EV.Factuality)


def _is_mapping(scheme, target) -> bool:
    """A mapping target is a concept of a documented source scheme, or a schema.org term."""
    if str(target).startswith("https://schema.org/"):
        return True
    if (target, RDF.type, SKOS.ConceptScheme) in scheme:
        return (target, DCTERMS.source, None) in scheme
    scheme_of = scheme.value(target, SKOS.inScheme)
    return (scheme_of is not None and (target, SKOS.notation, None) in scheme
            and (target, SKOS.prefLabel, None) in scheme and (scheme_of, DCTERMS.source, None) in scheme)


def test_scheme_covers_the_issue_types(scheme):
    # the ACE families and the CAMEO/PLOVER interactions the issue names
    wanted = {"Die", "Injure", "BeBorn", "Marry", "Attack", "Demonstrate", "Meet", "Correspond", "ArrestJail",
              "ChargeIndict", "Sue", "TrialHearing", "Sentence", "Appeal", "Acquit", "Pardon", "Elect",
              "StartPosition", "EndPosition", "Nominate", "TransferOwnership", "TransferMoney", "Transport",
              "Threaten", "Demand", "Accuse", "Request", "Reject", "Agree", "Sanction", "Boycott", "Investigate",
              "Declare", "Legislate", "Vote", "Suspend", "Publish"}
    assert not wanted - {c.rsplit("#", 1)[1] for c in _classes(scheme)}


def test_every_class_is_an_event_labelled_commented_and_mapped(scheme):
    classes = _classes(scheme)
    assert len(classes) >= 40
    for c in classes:
        assert (c, RDFS.subClassOf, KG.Event) in scheme, c
        assert (c, RDFS.subClassOf, SCHEMA.Event) in scheme, c
        assert scheme.value(c, RDFS.label), c
        assert len(str(scheme.value(c, RDFS.comment) or "")) > 20, c
        targets = [o for p in MAPPINGS for o in scheme.objects(c, p)]
        assert targets and all(str(t).startswith(SOURCES) or _is_mapping(scheme, t) for t in targets), c
        assert any(_is_mapping(scheme, t) for t in targets), c


def test_a_type_no_political_scheme_codes_is_no_political_interaction(scheme):
    """A class of the political-interaction family maps to CAMEO or PLOVER, or to schema.org's kind of
    act of a legislature, a vote or a publication; a contest won or lost (closeMatch schema:SportsEvent)
    is none of those and sits directly under the scheme's event class."""
    assert (EV.Compete, RDFS.subClassOf, EV.PoliticalInteraction) not in scheme
    families = {o for o in scheme.objects(EV.Compete, RDFS.subClassOf) if str(o).startswith(str(EV))}
    assert not families
    assert (EV.Compete, SKOS.closeMatch, SCHEMA.SportsEvent) in scheme
    for c in scheme.subjects(RDFS.subClassOf, EV.PoliticalInteraction):
        targets = {str(o) for p in MAPPINGS for o in scheme.objects(c, p)}
        assert not any(t.startswith("https://schema.org/Sports") for t in targets), c


def test_existing_event_classes_are_aligned(scheme):
    """Each kg: event class the mapper writes (kg/vocab.py) keeps its name and gains a scheme class."""
    from kg.vocab import EVENT_CLASSES
    for local in EVENT_CLASSES.values():
        targets = set(scheme.objects(KG[local], RDFS.subClassOf)) | set(scheme.objects(KG[local], SKOS.closeMatch))
        assert any(str(t).startswith(str(EV)) for t in targets), local
    assert (KG.target, RDFS.subPropertyOf, EV.patient) in scheme


@pytest.mark.parametrize("prop, sem", [("agent", "hasActor"), ("patient", "hasActor"), ("beneficiary", "hasActor"),
                                       ("place", "hasPlace"), ("time", "hasTime")])
def test_roles_refine_sem(scheme, prop, sem):
    assert (EV[prop], RDFS.subPropertyOf, SEM[sem]) in scheme
    assert scheme.value(EV[prop], RDFS.label) and scheme.value(EV[prop], RDFS.comment)


def test_factuality_values(scheme):
    values = set(scheme.objects(EV.factualityScheme, SKOS.hasTopConcept))
    assert {str(v).rsplit("#", 1)[1] for v in values} == {"Asserted", "Planned", "Hypothetical", "Negated", "Disputed"}
    for v in values:
        assert (v, RDF.type, EV.Factuality) in scheme and scheme.value(v, SKOS.definition), v


# ------------------------------------------------------------------------------- shapes

EVENT = ID["event/halden-transit/warning-74"]
PERSON = ID["person/marta-quillon"]
PLACE = ID["place/norveland"]


@pytest.fixture
def sample():
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    # a fully typed event with roles, as the phase-2 extractor is to write it
    when = BNode()
    g.add((EVENT, RDF.type, EV.Threaten))
    g.add((EVENT, EV.agent, PERSON))
    g.add((EVENT, EV.place, PLACE))
    g.add((EVENT, EV.time, when))
    g.add((when, SEM.hasTimeStamp, Literal("2021-03-10", datatype=XSD.date)))
    g.add((EVENT, EV.factuality, EV.Planned))
    return g


def _conforms(g, shapes):
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, inference="none", advanced=True)
    return conforms, text


def test_typed_event_conforms(sample, shapes):
    conforms, text = _conforms(sample, shapes)
    assert conforms, text


BROKEN = {
    "typed event without kg:Event": ([], [(EVENT, RDF.type, KG.Event)]),
    "agent is a literal": ([(EVENT, EV.agent, Literal("the mayor"))], []),
    "agent is an article": ([(EVENT, EV.patient, ID["article/halden-transit"])], []),
    "place is a person": ([(EVENT, EV.place, PERSON)], []),
    "unknown factuality": ([(EVENT, EV.factuality, EV.Certain)], [(EVENT, EV.factuality, None)]),
    "two factualities": ([(EVENT, EV.factuality, EV.Negated)], []),
    "role on a non-event": ([(PERSON, EV.agent, PERSON)], []),
    "time stamp not a date": ([(BNode("t"), SEM.hasTimeStamp, Literal("last week")), (EVENT, EV.time, BNode("t"))], []),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_event_does_not_conform(sample, shapes, case):
    add, remove = BROKEN[case]
    for triple in remove:
        assert next(iter(sample.triples(triple)), None) is not None, triple
        sample.remove(triple)
    for triple in add:
        sample.add(triple)
    conforms, _text = _conforms(sample, shapes)
    assert not conforms, f"{case}: not caught"


def test_kg_validate_applies_the_event_shapes(sample):
    from kg.validate import validate_quads
    sample.add((EVENT, EV.factuality, EV.Negated))  # two values: only event-shapes.ttl forbids it
    nt = sample.serialize(format="nt").encode("utf-8")
    ok, report = validate_quads(list(pyoxigraph.parse(nt, pyoxigraph.RdfFormat.N_TRIPLES)))
    assert not ok and "factuality" in report
