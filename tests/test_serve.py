"""`kg serve`: the embedded store as a read-only SPARQL 1.1 Protocol endpoint, used over real HTTP
by a plain client, SPARQLWrapper and rdflib's SPARQLStore."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
from xml.etree import ElementTree

import pytest
import requests

from kg.serve import GRAPHS, RESULTS, negotiate

from .conftest import ROOT

PEOPLE = "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n"


@pytest.fixture(scope="module")
def endpoint(seed_build):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(seed_build["store"]),
                             "--port", "0", "--timeout", "20"], stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stderr.readline()
    m = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
    # whatever the server writes later (warnings, --verbose request lines): drained, so a full pipe never blocks it
    threading.Thread(target=proc.stderr.read, daemon=True).start()
    try:
        assert m, line
        yield m.group(1)
    finally:
        proc.terminate()
        proc.wait(10)


def people_in_store(seed_build) -> list[str]:
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    st = ox.Store.read_only(str(seed_build["store"]))
    return [r["n"].value for r in st.query(PEOPLE, prefixes=PREFIXES, use_default_graph_as_union=True)]


def test_get_and_post_with_content_negotiation(endpoint, seed_build):
    names = people_in_store(seed_build)
    assert len(names) > 3
    r = requests.get(endpoint, params={"query": PEOPLE}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert [b["n"]["value"] for b in r.json()["results"]["bindings"]] == names
    r = requests.post(endpoint, data={"query": PEOPLE}, headers={"Accept": "application/sparql-results+xml"},
                      timeout=30)
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ElementTree.fromstring(r.content).findall(".//s:literal", ns)] == names
    r = requests.post(endpoint, data=PEOPLE.encode(), timeout=30,
                      headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert r.headers["Content-Type"].startswith("text/csv")
    assert [row[0] for row in csv.reader(io.StringIO(r.text))][1:] == names
    r = requests.get(endpoint, params={"query": PEOPLE}, headers={"Accept": "text/tab-separated-values"}, timeout=30)
    assert r.text.splitlines()[0] == "?n" and len(r.text.splitlines()) == len(names) + 1
    r = requests.get(endpoint, params={"query": "ASK { ?p a schema:Person }"}, timeout=30)
    assert r.json()["boolean"] is True
    construct = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }"
    r = requests.get(endpoint, params={"query": construct}, timeout=30)
    assert r.headers["Content-Type"].startswith("text/turtle")
    import pyoxigraph as ox

    assert sorted(t.object.value for t in ox.parse(r.content, format=ox.RdfFormat.TURTLE)) == sorted(set(names))
    r = requests.get(endpoint, params={"query": construct}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert len(r.text.strip().splitlines()) == len(set(names))
    r = requests.get(endpoint, params={"query": PEOPLE}, headers={"Accept": "image/png"}, timeout=30)
    assert r.status_code == 406


def test_the_query_gate_applies(endpoint):
    for text in ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL",
                 "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                 "SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p"]:
        r = requests.get(endpoint, params={"query": text}, timeout=30)
        assert r.status_code == 400, (text, r.text)
    r = requests.post(endpoint, data={"update": "DROP ALL"}, timeout=30)
    assert r.status_code == 403
    r = requests.post(endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=30)
    assert r.status_code == 403
    assert "refused" in requests.get(endpoint, params={"query": "DROP ALL"}, timeout=30).text
    # still there, unchanged
    r = requests.get(endpoint, params={"query": "ASK { ?p a schema:Person }"}, timeout=30)
    assert r.json()["boolean"] is True
    assert requests.get(endpoint.replace("/sparql", "/other"), timeout=30).status_code == 404


def test_sparqlwrapper_and_rdflib_sparqlstore(endpoint, seed_build):
    names = people_in_store(seed_build)
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is not installed (the test extra)")
    sw = SPARQLWrapper.SPARQLWrapper(endpoint)
    sw.setQuery("PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + PEOPLE)
    sw.setReturnFormat(SPARQLWrapper.JSON)
    got = sw.query().convert()
    assert [b["n"]["value"] for b in got["results"]["bindings"]] == names
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    rows = g.query("PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                   + PEOPLE)
    assert [str(r.n) for r in rows] == names


def test_negotiation():
    assert negotiate(None, RESULTS) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS) == "application/sparql-results+xml"
    assert negotiate("text/*", RESULTS) == "text/csv"
    assert negotiate("*/*;q=0.1, text/tab-separated-values", RESULTS) == "text/tab-separated-values"
    assert negotiate("application/n-triples, */*;q=0.1", GRAPHS) == "application/n-triples"
    assert negotiate("image/png", GRAPHS) is None
    assert negotiate("text/turtle;q=0", GRAPHS) is None
    json.dumps(RESULTS, default=str)  # the tables are plain data
