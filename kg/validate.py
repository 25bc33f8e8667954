"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import rdfio
from .resources import ontology_path


def to_rdflib(quads: list[ox.Quad]):
    """The union of all graphs as an rdflib Graph (parsed from N-Triples: nothing is fetched)."""
    from rdflib import Graph

    g = Graph()
    data = ox.serialize(rdfio.triples_of(quads), format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validate_quads(quads: list[ox.Quad]) -> tuple[bool, str]:
    from pyshacl import validate
    from rdflib import Graph

    shapes = Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")
    conforms, _graph, text = validate(to_rdflib(quads), shacl_graph=shapes, inference="none",
                                      advanced=True, allow_warnings=True)
    return bool(conforms), text


def validate_file(path: str | Path) -> tuple[bool, str]:
    return validate_quads(rdfio.parse_file(path))
