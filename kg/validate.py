"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import rdfio
from .resources import ontology_path
from .vocab import KG_NS, PROV_NS, RDF_NS, SCHEMA_NS

DERIVED = ox.NamedNode(PROV_NS + "wasDerivedFrom")
LINKS = {ox.NamedNode(KG_NS + "inArticle"), ox.NamedNode(KG_NS + "mentionedIn")}
TYPE = ox.NamedNode(RDF_NS + "type")
ARTICLE = ox.NamedNode(SCHEMA_NS + "NewsArticle")


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
    """The union of all graphs as an rdflib Graph (parsed from N-Triples: nothing is fetched)."""
    from rdflib import Graph

    g = Graph()
    data = ox.serialize(rdfio.triples_of(quads), format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


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
    from rdflib import Graph

    shapes = Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")
    groups: dict[object, list[ox.Quad]] = {}
    for q in quads:
        if q.graph_name != ENTITY_GRAPH:
            groups.setdefault(q.graph_name, []).append(q)
    ok, reports = True, []
    for name, part in groups.items():
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
