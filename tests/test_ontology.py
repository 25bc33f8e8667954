"""Checks of the ontology files, the SHACL shapes, the JSON-LD context and the shipped queries.

Everything runs on the hand-written fixture ``tests/fixtures/sample.trig`` (invented articles)
and never touches the network.
"""
from __future__ import annotations

import importlib.util
import json
import re
import socket
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib import RDF, RDFS, OWL, SKOS, XSD, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
# queries whose rows need what the two-article sample does not hold (one event reported by two
# articles): their rows and parameters are tested on a build of their own (tests/test_event_queries.py)
NOT_ON_SAMPLE = {"events-across-articles.rq"}
SAMPLE = ROOT / "tests" / "fixtures" / "sample.trig"
GRAPH_SHAPE = ROOT / "docs" / "graph-shape.md"

KG = rdflib.Namespace("https://w3id.org/newskg/ns#")
ROLES = rdflib.Namespace("https://w3id.org/newskg/roles#")
ID = rdflib.Namespace("https://w3id.org/newskg/id/")
SCHEMA = rdflib.Namespace("https://schema.org/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ROLE_SCHEME = URIRef("https://w3id.org/newskg/roles")

# Terms with no faithful sub-class/sub-property target in a standard vocabulary. Each one says
# why in a skos:editorialNote (and names the nearest standard term with rdfs:seeAlso).
UNALIGNED = {
    "contentHash", "confidence", "status", "isDirect", "cueVerb", "speakerMembership",
    "addresseeText", "medium", "mediumEntity", "eventKind", "timeText", "model", "holder", "role", "pageKey",
}
ALIGNING = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
            OWL.inverseOf)


def _load_vocab():
    """Import kg/vocab.py by path (kg/__init__.py may import heavier modules)."""
    spec = importlib.util.spec_from_file_location("_kg_vocab", ROOT / "kg" / "vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kg_onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def roles() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "roles.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def sample_dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    return ds


def _union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


@pytest.fixture()
def sample_union(sample_dataset) -> rdflib.Graph:
    return _union(sample_dataset)


@pytest.fixture(scope="module")
def store() -> pyoxigraph.Store:
    """The sample's article graphs, with the entity graph computed from them as a build writes it."""
    from kg.layout import entity_quads

    st = pyoxigraph.Store()
    st.load(path=str(SAMPLE), format=pyoxigraph.RdfFormat.TRIG)
    st.extend(entity_quads(list(st)))
    return st


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access is not allowed in this test")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# ---------------------------------------------------------------------------------------------
# kg.ttl
# ---------------------------------------------------------------------------------------------

def _graph_shape_terms() -> set[str]:
    """Local names of every kg: term written in docs/graph-shape.md, plus the event classes."""
    text = GRAPH_SHAPE.read_text(encoding="utf-8")
    terms = set(re.findall(r"(?<![\w-])kg:([A-Za-z][A-Za-z0-9]*)", text))
    terms |= set(_load_vocab().EVENT_CLASSES.values())
    terms.add("Official")
    return terms


def test_graph_shape_terms_found():
    terms = _graph_shape_terms()
    # sanity: the doc's table was read
    assert {"Article", "Membership", "speakerMembership", "eventKind", "Attack"} <= terms


def test_ontology_header(kg_onto):
    onto = URIRef("https://w3id.org/newskg/ns")
    assert (onto, RDF.type, OWL.Ontology) in kg_onto
    assert kg_onto.value(onto, RDFS.label) is not None
    assert kg_onto.value(onto, RDFS.comment) is not None
    assert kg_onto.value(onto, OWL.versionInfo) == Literal("0.1.0")


def _is_kg(node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(str(KG))


def _aligned(g: rdflib.Graph, term: URIRef, seen=frozenset()) -> bool:
    """True if term aligns to a non-kg IRI directly or through a kg super-term."""
    for pred in ALIGNING:
        for target in g.objects(term, pred):
            if isinstance(target, URIRef) and not _is_kg(target):
                return True
            if _is_kg(target) and target not in seen and _aligned(g, target, seen | {term}):
                return True
    return False


@pytest.mark.parametrize("name", sorted(_graph_shape_terms()))
def test_term_declared_and_aligned(kg_onto, name):
    term = KG[name]
    kinds = set(kg_onto.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} not declared"
    assert kg_onto.value(term, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert kg_onto.value(term, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"
    if name in UNALIGNED:
        assert kg_onto.value(term, SKOS.editorialNote) is not None, f"kg:{name}: say why unaligned"
    else:
        assert _aligned(kg_onto, term), f"kg:{name} is not aligned to a standard vocabulary"


def test_unaligned_list_is_current(kg_onto):
    """A term listed as unaligned that gained an alignment should leave the list."""
    assert not [n for n in UNALIGNED if _aligned(kg_onto, KG[n])]


def test_key_alignments(kg_onto):
    expected = [
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Official, RDFS.subClassOf, KG.Person),
        (KG.Membership, RDFS.subClassOf, ORG.Membership),
        (KG.Quotation, RDFS.subClassOf, SCHEMA.Quotation),
        (KG.Event, RDFS.subClassOf, SCHEMA.Event),
        (KG.Event, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
        (KG.ExtractionActivity, RDFS.subClassOf, PROV.Activity),
        (KG.addressee, RDFS.subPropertyOf, SCHEMA.recipient),
        (KG.target, RDFS.subPropertyOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")),
        (KG.inArticle, RDFS.subPropertyOf, PROV.hadPrimarySource),
        (KG.confidence, RDF.type, OWL.DatatypeProperty),
        (KG.confidence, RDFS.range, XSD.decimal),
    ]
    missing = [t for t in expected if t not in kg_onto]
    assert not missing


def test_event_classes_are_events(kg_onto):
    for local in _load_vocab().EVENT_CLASSES.values():
        assert (KG[local], RDFS.subClassOf, KG.Event) in kg_onto, local


def test_every_kg_term_in_use_is_declared(kg_onto):
    """kg: terms used by the shapes, the queries and the sample all exist in kg.ttl."""
    declared = {s for s in kg_onto.subjects(RDF.type, None) if _is_kg(s)}
    used: set[URIRef] = set()
    for path in [ONTOLOGY / "shapes.ttl", SAMPLE]:
        g = _union(rdflib.Dataset().parse(path, format="trig"))
        used |= {n for t in g for n in t if _is_kg(n)}
    for path in QUERIES:
        used |= {KG[m] for m in re.findall(r"\bkg:([A-Za-z]\w*)", path.read_text(encoding="utf-8"))}
    assert not sorted(used - declared)


# ---------------------------------------------------------------------------------------------
# roles.ttl
# ---------------------------------------------------------------------------------------------

def _graph_shape_role_concepts() -> list[str]:
    text = GRAPH_SHAPE.read_text(encoding="utf-8")
    paragraph = text.split("Role concepts", 1)[1]
    listed = paragraph.split(":", 2)[2]  # after "(`ontology/roles.ttl`, namespace `https:...`):"
    return re.findall(r"\b([a-z]+(?:_[a-z]+)*)\b(?: \(of an organisation\))?[,.]", listed)


def test_role_scheme(roles):
    assert (ROLE_SCHEME, RDF.type, SKOS.ConceptScheme) in roles
    concepts = _graph_shape_role_concepts()
    assert "head_of_state" in concepts and "president" in concepts and len(concepts) >= 20
    for name in concepts:
        c = ROLES[name]
        assert (c, RDF.type, SKOS.Concept) in roles, name
        assert (c, SKOS.inScheme, ROLE_SCHEME) in roles, name
        assert len(list(roles.objects(c, SKOS.prefLabel))) == 1, name
        assert roles.value(c, SKOS.definition) is not None, name


@pytest.mark.parametrize("concept, labels", [
    ("mayor", {"Mayor", "Lord Mayor"}),
    ("head_of_state", {"President", "King", "Queen"}),
    ("attorney_general", {"Attorney General"}),
    ("spokesperson", {"Spokesman", "Spokeswoman", "Spokesperson", "Press Secretary"}),
])
def test_role_alt_labels(roles, concept, labels):
    alt = {str(label) for label in roles.objects(ROLES[concept], SKOS.altLabel)}
    assert labels <= alt


def test_role_concepts_used_exist(roles, sample_union):
    """Concepts named by the sample graph, by the title and occupation lexicons and by the properties
    of role concepts (kg/lexicons/concepts.tsv) are in the scheme."""
    from kg import lexicons

    known = set(roles.subjects(RDF.type, SKOS.Concept))
    used = set(sample_union.objects(None, SKOS.broader))
    lex = lexicons.shipped()
    named = {c for c, _g in lex.titles.values()} | set(lex.occupations.values()) \
        | {c for cs in lex.concepts.values() for c in cs}
    assert len(named) > 20
    used |= {ROLES[c] for c in named}
    assert not sorted(used - known)


# ---------------------------------------------------------------------------------------------
# shapes.ttl
# ---------------------------------------------------------------------------------------------

def _validate(data: rdflib.Graph, shapes: rdflib.Graph):
    """The shapes through pyshacl, plus the evidence checks `kg validate` makes in code."""
    from kg.validate import evidence_problems

    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    nt = data.serialize(format="nt").encode("utf-8")
    problems = evidence_problems(list(pyoxigraph.parse(nt, pyoxigraph.RdfFormat.N_TRIPLES)))
    return conforms and not problems, text + "\n".join(problems)


def test_sample_conforms(sample_union, shapes):
    conforms, text = _validate(sample_union, shapes)
    assert conforms, text


M_MAYOR = ID["membership/halden-transit/3f9a1c2e"]
Q_DIRECT = ID["quote/halden-transit/174-196"]
Q_REPORTED = ID["quote/halden-transit/280-325"]
ARTICLE_1 = ID["article/halden-transit"]
EVENT_1 = ID["event/halden-transit/warning-74"]
QUILLON = ID["person/marta-quillon"]
ELSEWHERE = URIRef("https://w3id.org/newskg/id/article/council-vote#char=1,5")

# name -> (triples to add, (subject, predicate) pairs to remove)
BROKEN = {
    "membership without org:member": ([], [(M_MAYOR, ORG.member)]),
    "quotation with two schema:text": ([(Q_DIRECT, SCHEMA.text, Literal("more words"))], []),
    "membership role without label": ([], [(ID["role/mayor"], RDFS.label)]),
    "organization is a literal": ([(M_MAYOR, ORG.organization, Literal("Port Halden"))],
                                  [(M_MAYOR, ORG.organization)]),
    "creator is a place": ([(Q_DIRECT, SCHEMA.creator, ID["place/norveland"])],
                           [(Q_DIRECT, SCHEMA.creator)]),
    "confidence as xsd:double": ([(M_MAYOR, KG.confidence, Literal(0.9))], [(M_MAYOR, KG.confidence)]),
    "confidence above 1": ([(M_MAYOR, KG.confidence, Literal("1.5", datatype=XSD.decimal))],
                           [(M_MAYOR, KG.confidence)]),
    "bad content hash": ([(ARTICLE_1, KG.contentHash, Literal("sha256:XYZ"))],
                         [(ARTICLE_1, KG.contentHash)]),
    "two identifiers": ([(ARTICLE_1, SCHEMA.identifier, Literal("other.txt"))], []),
    "datePublished not a date": ([(ARTICLE_1, SCHEMA.datePublished, Literal("2021-03-10"))],
                                 [(ARTICLE_1, SCHEMA.datePublished)]),
    "entity without evidence": ([], [(QUILLON, PROV.wasDerivedFrom)]),
    "evidence without span": ([(QUILLON, PROV.wasDerivedFrom, ARTICLE_1)], []),
    "evidence in another article": ([(EVENT_1, PROV.wasDerivedFrom, ELSEWHERE)], []),
    "title in a person's name": ([(QUILLON, SCHEMA.name, Literal("Mayor Marta Quillon"))], []),
    "isDirect contradicts class": ([(Q_DIRECT, KG.isDirect, Literal(False))], [(Q_DIRECT, KG.isDirect)]),
    "direct and reported": ([(Q_DIRECT, RDF.type, KG.ReportedStatement)], []),
    "speaker membership of someone else": ([(Q_REPORTED, KG.speakerMembership, M_MAYOR)],
                                           [(Q_REPORTED, KG.speakerMembership)]),
    "event without kind": ([], [(EVENT_1, KG.eventKind)]),
    "statement without activity": ([], [(EVENT_1, PROV.wasGeneratedBy)]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_copy_does_not_conform(sample_union, shapes, case):
    add, remove = BROKEN[case]
    for s, p in remove:
        assert (s, p, None) in sample_union, f"fixture lacks {s} {p}"
        sample_union.remove((s, p, None))
    for triple in add:
        sample_union.add(triple)
    conforms, text = _validate(sample_union, shapes)
    assert not conforms, f"{case}: not caught"


# ---------------------------------------------------------------------------------------------
# queries/*.rq
# ---------------------------------------------------------------------------------------------

HEADER_LINE = re.compile(r"^# (title|description|param): (.+)$")
PARAM = re.compile(r"^(\w+) — (.+)$")


def parse_header(text: str) -> dict:
    """The leading comment block: one title, one description, zero or more params."""
    header = {"title": None, "description": None, "params": {}}
    for line in text.splitlines():
        m = HEADER_LINE.match(line)
        if not m:
            break
        key, value = m.groups()
        if key == "param":
            pm = PARAM.match(value)
            assert pm, f"bad param line: {line!r}"
            header["params"][pm.group(1)] = pm.group(2)
        else:
            assert header[key] is None, f"two {key} lines"
            header[key] = value
    return header


def _run(store, text, **params):
    """A query run as a standard SPARQL engine would: no union default graph, parameters bound
    by the standard VALUES block that kg.query fills."""
    from kg.query import bind

    result = store.query(bind(text, params))
    names = [v.value for v in result.variables]
    return names, [dict(zip(names, row)) for row in result]


def test_required_queries_exist():
    names = {p.name for p in QUERIES}
    assert {"people-roles.rq", "quotes-by-speaker.rq", "quotes-about.rq",
            "organization-members.rq", "events.rq", "entities-across-articles.rq",
            "articles.rq"} <= names


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_header_and_rows(store, path):
    text = path.read_text(encoding="utf-8")
    header = parse_header(text)
    assert text.startswith("# title: ")
    assert header["title"] and header["description"]
    if re.search(r"^\s*CONSTRUCT\b", text, re.M | re.I):  # a graph for the views
        triples = list(store.query(text))
        assert triples, f"{path.name} constructed nothing from the sample"
        return
    assert re.search(r"^\s*SELECT\b", text, re.M | re.I)
    assert re.search(r"^ORDER BY\b", text, re.M)
    names, rows = _run(store, text)
    assert rows or path.name in NOT_ON_SAMPLE, f"{path.name} returned no rows on the sample"
    for param in header["params"]:
        # a parameter is a projected variable, bound by a standard VALUES ?name { UNDEF } block
        assert param in names, f"param {param} is not a projected variable"
        assert re.search(rf"VALUES \?{param} {{ UNDEF }}", text), f"param {param} has no VALUES block"


def _param_cases():
    for path in QUERIES:
        if path.name in NOT_ON_SAMPLE:
            continue
        for param in parse_header(path.read_text(encoding="utf-8"))["params"]:
            yield pytest.param(path, param, id=f"{path.name}:{param}")


@pytest.mark.parametrize("path, param", list(_param_cases()))
def test_query_param_restricts(store, path, param):
    text = path.read_text(encoding="utf-8")
    _, all_rows = _run(store, text)
    values = sorted({row[param].value for row in all_rows if row[param] is not None})
    assert values, f"no value of {param} in the sample"
    for value in values:
        _, rows = _run(store, text, **{param: pyoxigraph.Literal(value)})
        expected = [r for r in all_rows if r[param] is not None and r[param].value == value]
        assert rows, f"{param}={value!r} gave no rows"
        assert all(r[param] == pyoxigraph.Literal(value) for r in rows)
        assert len(rows) == len(expected)
    _, rows = _run(store, text, **{param: pyoxigraph.Literal("No Such Name")})
    assert rows == []


def test_quotes_by_speaker(store):
    text = (ROOT / "queries" / "quotes-by-speaker.rq").read_text(encoding="utf-8")
    _, rows = _run(store, text, speaker_name=pyoxigraph.Literal("Marta Quillon"))
    assert [(r["text"].value, r["role"].value, r["is_direct"].value, r["medium"].value)
            for r in rows] == [("We will not be bullied", "Mayor", "true", "in a statement")]
    _, rows = _run(store, text)
    assert {r["speaker_name"].value for r in rows} == {"Marta Quillon", "Tobias Fenwick", "Ines Varga"}


def test_entities_across_articles(store):
    text = (ROOT / "queries" / "entities-across-articles.rq").read_text(encoding="utf-8")
    _, rows = _run(store, text)
    assert [(r["name"].value, int(r["articles"].value)) for r in rows] == [
        ("Marta Quillon", 2), ("Port Halden", 2)]


def test_articles_counts(store):
    text = (ROOT / "queries" / "articles.rq").read_text(encoding="utf-8")
    _, rows = _run(store, text)
    got = {r["article_id"].value: (int(r["quotes"].value), int(r["memberships"].value),
                                   int(r["events"].value)) for r in rows}
    assert got == {"halden-transit.txt": (2, 2, 1), "council-vote.txt": (1, 4, 1)}


# ---------------------------------------------------------------------------------------------
# context.jsonld
# ---------------------------------------------------------------------------------------------

def test_context_is_local():
    doc = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))
    ctx = doc["@context"]
    assert isinstance(ctx, dict) and ctx.get("@version") == 1.1
    assert "@import" not in ctx
    for prefix in ["kg", "schema", "org", "prov", "rdfs", "skos", "xsd", "sem", "owl", "id"]:
        assert prefix in ctx, prefix
    assert ctx["id"] == "https://w3id.org/newskg/id/"
    assert ctx["creator"]["@type"] == "@id"
    assert ctx["wasDerivedFrom"] == {"@id": "prov:wasDerivedFrom", "@type": "@id",
                                     "@container": "@set"}
    assert ctx["confidence"]["@type"] == "xsd:decimal"
    assert ctx["datePublished"]["@type"] == "xsd:date"


def test_context_compacts_and_round_trips(sample_dataset, no_network):
    ctx = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    out = sample_dataset.serialize(format="json-ld", context=ctx)
    compact = json.loads(out)
    body = json.dumps({k: v for k, v in compact.items() if k != "@context"})
    for term in ['"name"', '"wasDerivedFrom"', '"creator"', '"member"', '"confidence"',
                 '"datePublished"', '"text"']:
        assert term in body, f"term {term} not used in the compacted output"
    assert "https://schema.org/name" not in body

    back = rdflib.Dataset()
    back.parse(data=out, format="json-ld")
    before = {(s, p, o, g) for s, p, o, g in sample_dataset.quads()}
    after = {(s, p, o, g) for s, p, o, g in back.quads()}
    assert len(after) == len(before)
    assert after == before
