"""`kg query` is read-only: refusals decided on the parsed query, opt-in SERVICE with a time
limit, a wall-clock limit, parameters that never change a query's meaning, and thread safety."""
from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

from kg import query as kq

from .helpers import kg, listener, python

DATA = "<http://ex.org/a> <https://schema.org/name> \"Anna\" .\n<http://ex.org/b> <https://schema.org/name> \"Ben\" .\n"


@pytest.fixture()
def graph(tmp_path):
    p = tmp_path / "g.nt"
    p.write_text(DATA, encoding="utf-8")
    return p


@pytest.mark.parametrize("q", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/hostname>",
    "CLEAR ALL", "DROP ALL", "CREATE GRAPH <http://g>",
    "insert data { <http://a> <http://b> <http://c> }",
    "\\u0049NSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX x: <http://x/> # comment\nINSERT DATA { x:a x:b x:c }",
])
def test_updates_are_refused(graph, q):
    res = kg("query", q, "--graph", str(graph))
    assert res.returncode == 2 and "read-only" in res.stderr


@pytest.mark.parametrize("q", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/s> { ?s ?p ?o } }",
    "select * where { service <http://127.0.0.1:{port}/s> { ?s ?p ?o } }",
    "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:{port}/s> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/s> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z { SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/s> { ?s ?p ?o } } } }",
    "ASK { FILTER EXISTS { SERVICE <http://127.0.0.1:{port}/s> { ?s ?p ?o } } }",
    "SELECT * FROM <file:///etc/hostname> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <file:///etc/hostname> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * FROM <http://127.0.0.1:{port}/g> WHERE { ?s ?p ?o }",
])
def test_service_and_from_are_refused_and_nothing_connects(graph, q):
    with listener() as (port, hits):
        res = kg("query", q.replace("{port}", str(port)), "--graph", str(graph))
        assert res.returncode == 2 and ("SERVICE" in res.stderr or "FROM" in res.stderr)
    assert hits == []


def test_naive_pyoxigraph_service_reaches_the_network():
    import subprocess

    with listener() as (port, hits):
        try:  # it then waits on the silent listener, with no timeout of its own
            python("import pyoxigraph as ox\n"
                   f"list(ox.Store().query('SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/s> {{ ?s ?p ?o }} }}'))",
                   timeout=8)
        except subprocess.TimeoutExpired:
            pass
        assert hits


def test_allow_service_is_an_opt_in_with_a_time_limit(graph):
    with listener() as (port, hits):  # a server that accepts and never answers
        res = kg("query", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/s> {{ ?s ?p ?o }} }}",
                 "--graph", str(graph), "--allow-service", "--timeout", "3")
        assert hits  # the user asked for it
    assert res.returncode == 2 and "longer than 3 s" in res.stderr


def test_runaway_queries_are_stopped(tmp_path):
    big = tmp_path / "big.nt"
    big.write_text("".join(f"<http://ex.org/s{i}> <http://ex.org/p> \"{i}\" .\n" for i in range(60)), encoding="utf-8")
    q = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(7)) + " }"
    res = kg("query", q, "--graph", str(big), "--timeout", "2")
    assert res.returncode == 2 and "longer than 2 s" in res.stderr


INJECTIONS = ['Anna" } UNION { ?s ?p ?o } #', "Anna' . ?x ?y ?z", "Anna\\u0022", "Anna\n} INSERT",
              "'''", '"""', "<http://ex.org/a> ", "http://ex.org/a> } #", "Anna\\", "\u0000"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameter_values_round_trip_exactly(graph, value):
    st = ox.Store()
    st.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    st.add(ox.Quad(ox.NamedNode("http://ex.org/c"), ox.NamedNode("https://schema.org/name"), ox.Literal(value)))
    q = kq.QueryText("t", "SELECT ?s ?name WHERE { ?s <https://schema.org/name> ?name }",
                     params=[kq.Param("name", "")])
    rows = list(kq.run(st, q, {"name": value}))
    assert [r["s"].value for r in rows] == ["http://ex.org/c"]  # only the exact value, never more
    assert rows[0]["name"].value == value


def test_queries_from_several_threads(graph):
    st = ox.Store()
    st.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    q = kq.QueryText("t", "SELECT ?n WHERE { ?s <https://schema.org/name> ?n } ORDER BY ?n")
    errors, results = [], []

    def work():
        try:
            for _ in range(25):
                kq.check("SELECT ?x WHERE { ?x ?y ?z FILTER(?x != <http://a>) }")
                results.append([r["n"].value for r in kq.run(st, q)])
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(results) == 200 and all(r == ["Anna", "Ben"] for r in results)
    with pytest.raises(kq.QueryError):  # and the parser still works afterwards
        kq.check("SELECT ?x WHERE { ?x ?y }")


def test_naive_rdflib_reads_local_files_through_from_and_load(tmp_path):
    import rdflib

    secret = tmp_path / "secret.ttl"
    secret.write_text('<http://ex.org/s> <http://ex.org/p> "private" .\n', encoding="utf-8")
    rows = list(rdflib.Dataset().query(f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"))
    assert [str(r[0]) for r in rows] == ["private"]
    g = rdflib.Graph()
    g.update(f"LOAD <{secret.as_uri()}>")
    assert len(g) == 1
    for q in (f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}", f"LOAD <{secret.as_uri()}>"):
        with pytest.raises(kq.QueryError):
            kq.check(q)
