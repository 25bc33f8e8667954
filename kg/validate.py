"""SHACL validation of a graph against ``ontology/shapes.ttl`` and the event-scheme shapes
``ontology/event-shapes.ttl``: pyshacl, after a fast check (:mod:`kg.shapecheck`) that lets a
conforming graph through without a pyshacl run (a graph it finds a violation in is validated by
pyshacl, whose verdict and messages are the ones reported)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import rdfio
from .resources import ontology_path
from .vocab import A, KG, PROV, RDFS, SCHEMA

SHAPE_FILES = ("shapes.ttl", "event-shapes.ttl")

DERIVED = PROV.wasDerivedFrom
LINKS = {KG.inArticle, KG.mentionedIn}
TYPE = A
ARTICLE = SCHEMA.NewsArticle


def evidence_problems(quads: list[ox.Quad], limit: int = 20) -> list[str]:
    """Evidence IRIs that are not a non-empty span of an article the node is linked to."""
    articles = {q.subject for q in quads if q.predicate == TYPE and q.object == ARTICLE}
    links: dict[object, set] = {}
    for q in quads:
        if q.predicate in LINKS:
            links.setdefault(q.subject, set()).add(q.object)
    out = []
    for q in quads:
        if q.predicate != DERIVED or not isinstance(q.object, ox.NamedNode) or "#char=" not in q.object.value:
            continue
        doc, _, span = q.object.value.partition("#char=")
        start, _, end = span.partition(",")
        problem = None
        if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
            problem = "is not a non-empty START,END span"
        elif ox.NamedNode(doc) not in articles:
            problem = "points into no article of the graph"
        elif ox.NamedNode(doc) not in links.get(q.subject, set()):
            problem = "points into an article the node is not linked to (kg:inArticle / kg:mentionedIn)"
        if problem:
            out.append(f"{q.subject}: evidence {q.object} {problem}")
            if len(out) >= limit:
                break
    return out


def to_rdflib(quads: list[ox.Quad]):
    """The union of all graphs as an rdflib Graph, term by term (nothing is parsed or fetched)."""
    from rdflib import BNode, Graph, Literal, URIRef  # once per graph, not once per term

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == XSD_STRING:  # RDF 1.1: a simple literal is an xsd:string (rdflib tells them apart)
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))

    g = Graph()
    for q in quads:
        g.add((term(q.subject), term(q.predicate), term(q.object)))
    return g


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def entity_graph_problems(quads: list[ox.Quad], limit: int = 20) -> list[str]:
    """Where the entity graph is not the merge of what the article graphs state (a file without
    an entity graph has none to check)."""
    from .layout import ENTITY_GRAPH, entity_quads

    have = {q.triple for q in quads if q.graph_name == ENTITY_GRAPH}
    if not have:
        return []
    want = {q.triple for q in entity_quads(quads)}
    out = [f"{t.subject} {t.predicate} {t.object}: in the entity graph, stated by no article" for t in have - want]
    out += [f"{t.subject} {t.predicate} {t.object}: stated by an article, missing from the entity graph"
            for t in want - have]
    return sorted(out)[:limit]


def validate_quads(quads: list[ox.Quad]) -> tuple[bool, str]:
    """Validate each article's named graph on its own (each states the entities it uses, so
    this checks everything while keeping the cost linear in the number of articles); triples
    outside named graphs are validated together. The entity graph is checked to be the merge
    of the article graphs' descriptions."""
    from .layout import ENTITY_GRAPH

    from pyshacl import validate

    shapes = shapes_graph()
    groups: dict[object, list[ox.Quad]] = {}
    for q in quads:
        if q.graph_name != ENTITY_GRAPH:
            groups.setdefault(q.graph_name, []).append(q)
    ok, reports = True, []
    for name, part in groups.items():
        if fast_conforms(part):
            continue
        conforms, _graph, text = validate(to_rdflib(part), shacl_graph=shapes, inference="none",
                                          advanced=True, allow_warnings=True)
        if not conforms:
            ok = False
            where = name.value if isinstance(name, ox.NamedNode) else "the default graph"
            reports.append(f"In {where}:\n{text}")
    problems = evidence_problems(quads)
    if problems:
        ok = False
        reports.append("Evidence problems:\n" + "\n".join(problems))
    problems = entity_graph_problems(quads)
    if problems:
        ok = False
        reports.append("Entity graph problems:\n" + "\n".join(problems))
    return ok, "\n".join(reports) if reports else "Conforms: True"


def validate_file(path: str | Path) -> tuple[bool, str]:
    return validate_quads(rdfio.parse_file(path))


# ------------------------------------------------------------------ repairs made by every build

NAME_PATTERNS = """PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX schema: <https://schema.org/>
SELECT ?pattern WHERE {
  ?shape sh:targetClass schema:Person ; sh:property ?p .
  ?p sh:path schema:name ; sh:not ?n . ?n sh:pattern ?pattern .
}"""
NAME = SCHEMA.name
ALTERNATE = SCHEMA.alternateName
LABEL = RDFS.label
PERSON = SCHEMA.Person


@lru_cache(maxsize=1)
def forbidden_person_names() -> list[re.Pattern]:
    """The patterns a person's schema:name must not match, as ontology/shapes.ttl states them."""
    st = ox.Store()
    st.load(path=str(ontology_path("shapes.ttl")), format=ox.RdfFormat.TURTLE)
    return [re.compile(row["pattern"].value) for row in st.query(NAME_PATTERNS)]


def repair_article(quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[str]]:
    """One article's quads made to conform to the shapes, with a line for each change: titled
    names are repaired (:func:`repair_titled_names`), then the article is validated and any node
    the shapes still reject is left out (:func:`leave_out_rejected`)."""
    quads, notes = repair_titled_names(quads)
    quads, more = leave_out_rejected(quads)
    return quads, notes + more


def repair_titled_names(quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[str]]:
    """What the shapes check name by name, repaired, with a line for each repair: a person's name
    that begins with a title ("Gen X", "Mr X's aides") is written without it; a name that is
    nothing without it is left out (the node keeps its other names)."""
    patterns = forbidden_person_names()
    people = {q.subject for q in quads if q.predicate == TYPE and q.object == PERSON}
    bad: dict[tuple, str | None] = {}
    for q in quads:
        if q.subject in people and q.predicate in (NAME, ALTERNATE, LABEL) and isinstance(q.object, ox.Literal):
            name = q.object.value
            for pat in patterns:
                m = pat.search(name)
                if m and m.start() == 0:
                    fixed = name[m.end():].strip()
                    bad[(q.subject, name)] = fixed if fixed and not any(p.search(fixed) for p in patterns) else None
                    break
    if not bad:
        return quads, []
    out: list[ox.Quad] = []
    notes = []
    for (node, name), fixed in sorted(bad.items(), key=lambda kv: kv[0][1]):
        notes.append(f"a person's name {name!r} began with a title: written as {fixed!r}" if fixed else
                     f"a person's name {name!r} began with a title and was left out")
    seen = set()
    for q in quads:
        key = (q.subject, q.object.value) if isinstance(q.object, ox.Literal) else None
        if q.predicate in (NAME, ALTERNATE, LABEL) and key in bad:
            fixed = bad[key]
            if fixed is None:
                continue
            q = ox.Quad(q.subject, q.predicate, ox.Literal(fixed), q.graph_name)
        if q not in seen:
            seen.add(q)
            out.append(q)
    # every person keeps a schema:name and an rdfs:label (the shapes ask for them)
    has = {(q.subject, q.predicate) for q in out}
    for node in {n for n, _ in bad}:
        for pred in (NAME, LABEL):
            if (node, pred) not in has:
                g = next(q.graph_name for q in quads if q.subject == node)
                other = next((q.object for q in out if q.subject == node and q.predicate in (NAME, LABEL, ALTERNATE)),
                             None)
                local = node.value.rsplit("/", 1)[-1]
                out.append(ox.Quad(node, pred, other if other is not None else ox.Literal(local), g))
    return out, notes


@lru_cache(maxsize=1)
def shape_checker():
    """The shapes of :data:`SHAPE_FILES` compiled for :mod:`kg.shapecheck` (None if they use a
    feature it does not implement: then every graph goes to pyshacl)."""
    from .shapecheck import Checker, Unsupported

    triples = [t for name in SHAPE_FILES
               for t in ox.parse(path=str(ontology_path(name)), format=ox.RdfFormat.TURTLE)]
    try:
        return Checker(triples)
    except Unsupported:
        return None


def fast_conforms(quads: list[ox.Quad]) -> bool:
    """True when the fast check finds the graph conforms to the shapes (as pyshacl would); False
    when it finds a violation or cannot tell — then ask pyshacl."""
    from .shapecheck import Unsupported

    checker = shape_checker()
    if checker is None:
        return False
    try:
        return checker.conforms(quads)
    except Unsupported:
        return False


@lru_cache(maxsize=1)
def shapes_graph():
    """The shapes of :data:`SHAPE_FILES` as one rdflib graph, parsed once per process."""
    from rdflib import Graph

    shapes = Graph()
    for name in SHAPE_FILES:
        shapes.parse(str(ontology_path(name)), format="turtle")
    return shapes


REJECTED = """PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?focus (SAMPLE(?m) AS ?message) WHERE {
  ?r a sh:ValidationResult ; sh:resultSeverity sh:Violation ; sh:focusNode ?focus .
  OPTIONAL { ?r sh:resultMessage ?m }
} GROUP BY ?focus"""


def rejected_nodes(quads: list[ox.Quad]) -> dict[str, str]:
    """The nodes of one article's quads that the shapes reject, each with one reason (pyshacl on
    the article's own graph: each article states everything it uses; a graph the fast check
    finds conforming is not given to pyshacl)."""
    if fast_conforms(quads):
        return {}
    from pyshacl import validate

    conforms, results, _text = validate(to_rdflib(quads), shacl_graph=shapes_graph(), inference="none",
                                        advanced=True, allow_warnings=True)
    if conforms:
        return {}
    return {str(row.focus): str(row.message or "rejected by the shapes") for row in results.query(REJECTED)}


class RejectedArticle(ValueError):
    """The article node itself fails the shapes: nothing of the article can be written."""


def leave_out_rejected(quads: list[ox.Quad], rounds: int = 5) -> tuple[list[ox.Quad], list[str]]:
    """Leave out each node the shapes reject — every quad it is the subject or object of — and
    validate again, at most ``rounds`` times. A node rejected only for pointing at another rejected
    node (a quotation at a broken membership) is kept if leaving the other out mends it. A line per
    node left out. If the article node itself is rejected, :class:`RejectedArticle`."""
    notes: list[str] = []
    articles = {q.subject.value for q in quads if q.predicate == TYPE and q.object == ARTICLE}
    for attempt in range(rounds + 1):
        bad = rejected_nodes(quads)
        if not bad:
            return quads, notes
        if attempt == rounds:
            break
        if articles & bad.keys():
            raise RejectedArticle("the article's own description fails the shapes: "
                                  + "; ".join(bad[a] for a in sorted(articles & bad.keys())))
        pointing = {q.subject.value for q in quads if q.subject.value in bad and isinstance(q.object, ox.NamedNode)
                    and q.object.value in bad and q.object.value != q.subject.value}
        drop = (bad.keys() - pointing) or bad.keys()
        labels = {q.subject.value: q.object.value for q in quads if q.predicate == LABEL}
        for node in sorted(drop):
            notes.append(f"left out {labels.get(node, node.rsplit('/', 1)[-1])!r} ({node}), which the shapes "
                         f"reject: {bad[node]}")
        quads = [q for q in quads if q.subject.value not in drop
                 and not (isinstance(q.object, ox.NamedNode) and q.object.value in drop)]
    raise RejectedArticle(f"still fails the shapes after leaving out {len(notes)} node(s)")
