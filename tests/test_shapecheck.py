"""The fast shape check (kg/shapecheck.py) against pyshacl, the reference: the same verdict and the
same violations (focus node, result path, source shape) on the fixture graphs, the example
article's build, and on graphs made to violate each shape of ontology/*shapes*.ttl in turn (every
property shape and every node shape with constraints of its own must be violated by some graph,
so a shape the fast check skipped would show)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.shapecheck import Checker, Unsupported
from kg.validate import fast_conforms, rejected_nodes, shape_checker, shapes_graph, to_rdflib

from .conftest import ROOT

SHN = Namespace("http://www.w3.org/ns/shacl#")
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = ox.NamedNode(str(RDF.type))
TARGETS = (SHN.targetClass, SHN.targetSubjectsOf, SHN.targetObjectsOf, SHN.targetNode)
NODE_LEVEL = (SHN["class"], SHN.nodeKind, SHN["not"], SHN["or"], SHN.xone, SHN["and"], SHN.node, SHN.equals,
              SHN.hasValue, SHN["in"], SHN.pattern, SHN.datatype)


def _ox(t):
    return ox.NamedNode(str(t)) if isinstance(t, URIRef) else ox.BlankNode(str(t))


def _path(g: Graph, node):
    """A result's sh:resultPath written as kg.shapecheck writes paths."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if (node, RDF.first, None) in g:
        return ("seq", tuple(_path(g, x) for x in Collection(g, node)))
    if (alt := g.value(node, SHN.alternativePath)) is not None:
        return ("alt", tuple(_path(g, x) for x in Collection(g, alt)))
    return ("inv", _path(g, g.value(node, SHN.inversePath)))


def _shape_name(node) -> str | None:
    return str(node.value if isinstance(node, ox.NamedNode) else node) if isinstance(node, (ox.NamedNode, URIRef)) \
        else None


def reference(quads):
    """pyshacl's verdict, its violations as (focus, path, named source shape), and the source shapes."""
    from pyshacl import validate

    conforms, rg, _text = validate(to_rdflib(quads), shacl_graph=shapes_graph(), inference="none",
                                   advanced=True, allow_warnings=True)
    results, sources = set(), set()
    for r in rg.objects(None, SHN.result):  # the report's results (not the nested sh:detail ones)
        p = rg.value(r, SHN.resultPath)
        source = rg.value(r, SHN.sourceShape)
        sources.add(source)
        results.add((_ox(rg.value(r, SHN.focusNode)), None if p is None else _path(rg, p), _shape_name(source)))
    return conforms, results, sources


def fast(quads):
    checker = shape_checker()
    results = {(f, p, _shape_name(s)) for f, p, s in checker.results(quads)}
    return checker.conforms(quads), results


def assert_same(quads, what: str):
    conforms, ref, sources = reference(quads)
    ok, mine = fast(quads)
    assert ok == conforms and (not mine) == conforms, f"{what}: pyshacl conforms={conforms}, fast {ok}"
    assert mine == ref, f"{what}: only pyshacl {ref - mine}; only the fast check {mine - ref}"
    return sources


def _graphs(path: str) -> dict:
    st = ox.Store()
    st.load(path=str(path), format=ox.RdfFormat.TRIG)
    out: dict = {}
    for q in st:
        out.setdefault(q.graph_name, []).append(q)
    return out


def test_the_shipped_shapes_are_all_checked_by_the_fast_path():
    assert shape_checker() is not None  # no feature of the shapes sends every article to pyshacl


def test_same_verdict_and_violations_on_the_fixtures_and_the_example_build(seed_build):
    graphs = {**_graphs(ROOT / "tests/fixtures/sample.trig"), **_graphs(ROOT / "tests/fixtures/hostile.trig")}
    graphs.update({("seed", g): qs for g, qs in _graphs(seed_build["trig"]).items()})
    verdicts = set()
    for name, quads in graphs.items():
        assert_same(quads, str(name))
        verdicts.add(fast_conforms(quads))
    assert verdicts == {True, False}  # valid graphs and the invalid hostile one


# ------------------------------------------------------------------ a violation of each shape

def _owned(sg: Graph, shape) -> list:
    """The property shapes a node shape applies through sh:property (recursively)."""
    out = []
    for p in sg.objects(shape, SHN.property):
        out += [p] + _owned(sg, p)
    return out


def _classes(sg: Graph, node, seen=None) -> set:
    """Every class named by sh:class in ``node``'s node-level constraints, nested ones included."""
    seen = seen if seen is not None else set()
    if node in seen:
        return set()
    seen.add(node)
    out = set(sg.objects(node, SHN["class"]))
    for pred in (SHN["or"], SHN.xone, SHN["and"]):
        for lst in sg.objects(node, pred):
            for member in Collection(sg, lst):
                out |= _classes(sg, member, seen)
    for pred in (SHN["not"], SHN.node):
        for inner in sg.objects(node, pred):
            out |= _classes(sg, inner, seen)
    return out


def _focus(quads, kind, value) -> list:
    v = ox.NamedNode(str(value))
    if kind == SHN.targetClass:
        return sorted({q.subject for q in quads if q.predicate == TYPE and q.object == v}, key=str)
    if kind == SHN.targetSubjectsOf:
        return sorted({q.subject for q in quads if q.predicate == v}, key=str)
    if kind == SHN.targetObjectsOf:
        return sorted({q.object for q in quads if q.predicate == v}, key=str)
    return [v]


def _with_focus(quads, kind, value):
    """The graph and one focus node of the target; a new node if the graph has none."""
    found = _focus(quads, kind, value)
    if found:
        return quads, found[0]
    g, node = quads[0].graph_name, ox.NamedNode("https://example.org/new-node")
    article = next(q.subject for q in quads if q.object == ox.NamedNode("https://schema.org/NewsArticle"))
    v = ox.NamedNode(str(value))
    add = {SHN.targetClass: [ox.Quad(node, TYPE, v, g)],
           SHN.targetSubjectsOf: [ox.Quad(node, v, article, g)],
           SHN.targetObjectsOf: [ox.Quad(article, v, node, g)]}.get(kind, [])
    return quads + add, node


def _odd_values(article, other):
    lit = ox.Literal
    return [ox.BlankNode("odd"), lit(""), lit("x"), lit("Mr Odd Example"), lit("x", language="en"),
            lit("1.5", datatype=ox.NamedNode(XSD + "decimal")), lit("-0.5", datatype=ox.NamedNode(XSD + "decimal")),
            lit("0.5", datatype=ox.NamedNode(XSD + "double")), lit("2020-13-45", datatype=ox.NamedNode(XSD + "date")),
            lit("false", datatype=ox.NamedNode(XSD + "boolean")), lit("true", datatype=ox.NamedNode(XSD + "boolean")),
            article, other]


def _around(quads, focus):
    """The triples about ``focus``, the nodes it links and links from, and the article node."""
    article = next(q.subject for q in quads if q.object == ox.NamedNode("https://schema.org/NewsArticle"))
    near = {focus, article} | {q.object for q in quads if q.subject == focus} | \
        {q.subject for q in quads if q.object == focus}
    return [q for q in quads if q.subject in near]


def _mutations(sg: Graph, shape, quads, focus):
    """Graphs in which ``focus`` breaks what ``shape`` asks of it: the values of its direct
    properties dropped, doubled, or replaced by an odd value; its types taken away or added; a
    blank node in its place."""
    quads = _around(quads, focus)
    article = next(q.subject for q in quads if q.object == ox.NamedNode("https://schema.org/NewsArticle"))
    other = next((q.subject for q in quads if q.predicate == TYPE and q.subject not in (focus, article)), article)
    g = quads[0].graph_name
    preds = set()
    for prop in sg.objects(shape, SHN.property):
        path = sg.value(prop, SHN.path)
        preds.add(path if isinstance(path, URIRef) else next(iter(Collection(sg, path)), None)
                  if (path, RDF.first, None) in sg else None)
    preds = {ox.NamedNode(str(p)) for p in preds if p is not None}
    rest = [q for q in quads if not (q.subject == focus and q.predicate in preds)]
    yield "its properties dropped", rest
    yield "its properties doubled", quads + [ox.Quad(focus, p, ox.BlankNode(f"extra{i}"), g)
                                             for p in preds for i in (1, 2)]
    for v in _odd_values(article, other):
        yield f"its properties = {v}", rest + [ox.Quad(focus, p, v, g) for p in preds]
    types = [q for q in quads if q.subject == focus and q.predicate == TYPE]
    for t in types:
        yield f"type {t.object} taken away", [q for q in quads if q != t]
    for cls in sorted(_classes(sg, shape)):
        yield f"typed {cls}", quads + [ox.Quad(focus, TYPE, ox.NamedNode(str(cls)), g)]
    blank = ox.BlankNode("node")
    yield "a blank node in its place", [ox.Quad(blank if q.subject == focus else q.subject, q.predicate,
                                                blank if q.object == focus else q.object, q.graph_name) for q in quads]


def test_same_violations_as_pyshacl_for_a_violation_of_each_shape():
    sg = shapes_graph()
    article = _graphs(ROOT / "tests/fixtures/sample.trig")[ox.NamedNode("https://w3id.org/newskg/id/article/council-vote")]
    assert fast_conforms(article)
    violated, shapes = set(), set()
    for shape in sorted({s for t in TARGETS for s in sg.subjects(t, None)}, key=str):
        shapes.add(shape)
        shapes.update(_owned(sg, shape))
        for kind in TARGETS:
            for i, value in enumerate(sorted(sg.objects(shape, kind))):
                if i == 0:  # the shape's constraints broken one way after another
                    quads, focus = _with_focus(article, kind, value)
                    for what, graph in _mutations(sg, shape, quads, focus):
                        violated |= assert_same(graph, f"{shape} on {focus}: {what}")
                else:  # each further target: a node of it with nothing else stated
                    quads, focus = _with_focus([q for q in article if q.predicate != TYPE or
                                                q.object == ox.NamedNode("https://schema.org/NewsArticle")],
                                               kind, value)
                    sources = assert_same(quads, f"{shape}: a bare node of {value}")
                    assert sources & ({shape} | set(_owned(sg, shape))), f"{shape} not applied to {value}"
    # every shape that constrains on its own was broken by some graph (and pyshacl said so)
    constraining = {s for s in shapes if any((s, p, None) in sg for p in NODE_LEVEL + (SHN.minCount, SHN.maxCount,
                                                                                      SHN.minInclusive, SHN.minLength))}
    missing = constraining - violated
    assert not missing, [sg.value(s, SHN.path) or s for s in missing]


# ------------------------------------------------------------------ what the fast path refuses

def test_shapes_with_a_feature_it_does_not_implement_go_to_pyshacl():
    ttl = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
             ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true ."""
    with pytest.raises(Unsupported):
        Checker(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
    ttl = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
             ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:zeroOrMorePath ex:p ] ;
             sh:minCount 1 ] ."""
    with pytest.raises(Unsupported):
        Checker(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))


def test_a_rejected_node_is_named_with_pyshacl_s_message():
    quads = _graphs(ROOT / "tests/fixtures/sample.trig")[ox.NamedNode("https://w3id.org/newskg/id/article/council-vote")]
    quote = next(q.subject for q in quads if q.object == ox.NamedNode("https://schema.org/Quotation"))
    broken = [q for q in quads if not (q.subject == quote and q.predicate.value.endswith("isDirect"))]
    assert not fast_conforms(broken)
    assert rejected_nodes(quads) == {}
    bad = rejected_nodes(broken)
    assert quote.value in bad and bad[quote.value]


def _own_shapes(shapes_ttl: str, data_ttl: str):
    """pyshacl's verdict and the fast check's on a shapes graph of the test's own."""
    from pyshacl import validate

    pre = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .\n" \
          "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    data = list(ox.parse((pre + data_ttl).encode(), format=ox.RdfFormat.TURTLE))
    shapes = Graph().parse(data=pre + shapes_ttl, format="turtle")
    conforms, _rg, _t = validate(to_rdflib(data), shacl_graph=shapes, inference="none", advanced=True,
                                 allow_warnings=True)
    return conforms, Checker(ox.parse((pre + shapes_ttl).encode(), format=ox.RdfFormat.TURTLE)).conforms(data)


def test_targets_and_sh_class_follow_subclasses_of_the_data_graph_as_pyshacl_does():
    shapes = """ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
                ex:T a sh:NodeShape ; sh:targetClass ex:Holder ; sh:property [ sh:path ex:q ; sh:class ex:C ] ."""
    sub = "ex:D rdfs:subClassOf ex:C . "
    # an instance of a subclass is a target: missing ex:p is a violation for both
    assert _own_shapes(shapes, sub + "ex:x a ex:D .") == (False, False)
    assert _own_shapes(shapes, sub + "ex:x a ex:D ; ex:p 1 .") == (True, True)
    # sh:class is met by an instance of a subclass, not by an unrelated class
    assert _own_shapes(shapes, sub + "ex:h a ex:Holder ; ex:q ex:x . ex:x a ex:D ; ex:p 1 .") == (True, True)
    assert _own_shapes(shapes, "ex:h a ex:Holder ; ex:q ex:x . ex:x a ex:E .") == (False, False)


def test_a_custom_constraint_component_sends_every_graph_to_pyshacl():
    component = """ex:Forbid a sh:ConstraintComponent ; sh:parameter [ sh:path ex:forbid ] ;
                   sh:validator [ a sh:SPARQLAskValidator ; sh:ask "ASK { FILTER (false) }" ] .
                   ex:S a sh:NodeShape ; sh:targetClass ex:C ; ex:forbid 1 ."""
    with pytest.raises(Unsupported):
        Checker(ox.parse(("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .\n"
                          + component).encode(), format=ox.RdfFormat.TURTLE))
