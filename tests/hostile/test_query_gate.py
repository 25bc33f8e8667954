"""One reading of a query: the read-only check and the engine are given the same text, so a
comment ended by a carriage return can hide neither a SERVICE call, nor a FILTER, nor deep
nesting; and every user-supplied query — `kg query`, and the CONSTRUCT of `kg view --query` and
`kg export --query` — runs in a child process limited in time and memory."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import query as kq

from .helpers import kg, listener

DATA = "<http://ex.org/a> <https://schema.org/name> \"Anna\" .\n<http://ex.org/b> <https://schema.org/name> \"Ben\" .\n"
# Each hides its second line behind a comment that a carriage return ends for pyoxigraph only.
SERVICE_TRICKS = [
    "SELECT * WHERE { ?s ?p ?o # x\rSERVICE <http://127.0.0.1:{port}/s> { ?a ?b ?c }\n}",
    "SELECT * WHERE { ?x ?y ?z { SELECT * WHERE { ?s ?p ?o # x\rSERVICE <http://127.0.0.1:{port}/s> { ?a ?b ?c }\n} } }",
    "SELECT * WHERE { ?s ?p ?o # x\\u000DSERVICE <http://127.0.0.1:{port}/s> { ?a ?b ?c }\n}",
    "SELECT * WHERE { ?s ?p ?o # x\r\rSERVICE SILENT <http://127.0.0.1:{port}/s> { ?a ?b ?c }\n}",
]
FILTER_TRICK = "SELECT ?s WHERE { ?s ?p ?o # x\rFILTER(false)\n}"
FALSE_TRICK = "SELECT ?s WHERE { ?s ?p ?o # x\rFILTER(1 = 2)\n}"  # rdflib evaluates FILTER(false) as true
DEEP = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o # x\rFILTER(" + "(" * 20000 + "1" + ")" * 20000 + ")\n}"
SLOW_CONSTRUCT = ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . "
                  + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(7)) + " }")


@pytest.fixture()
def graph(tmp_path):
    p = tmp_path / "g.nt"
    p.write_text(DATA, encoding="utf-8")
    return p


@pytest.fixture()
def big(tmp_path):
    p = tmp_path / "big.nt"
    p.write_text("".join(f"<http://ex.org/s{i}> <http://ex.org/p> \"{i}\" .\n" for i in range(60)), encoding="utf-8")
    return p


@pytest.mark.parametrize("trick", SERVICE_TRICKS)
def test_a_carriage_return_in_a_comment_hides_no_service(graph, tmp_path, trick):
    with listener() as (port, hits):
        text = trick.replace("{port}", str(port))
        rq = tmp_path / "trick.rq"
        rq.write_bytes(text.encode("utf-8"))
        for q in (text, str(rq)) if trick is SERVICE_TRICKS[0] else (text,):
            res = kg("query", q, "--graph", str(graph), "--timeout", "5")
            assert res.returncode == 2 and "SERVICE" in res.stderr, res.stderr
    assert hits == []


def test_the_service_trick_in_view_and_export_queries(graph, tmp_path):
    with listener() as (port, hits):
        text = SERVICE_TRICKS[0].replace("SELECT *", "CONSTRUCT { ?s ?p ?o }").replace("{port}", str(port))
        for cmd, out in (("view", "v.html"), ("export", "v.graphml")):
            res = kg(cmd, "--graph", str(graph), "--query", text, "-o", str(tmp_path / out), "--timeout", "5")
            assert res.returncode == 2 and "SERVICE" in res.stderr, res.stderr
            assert not (tmp_path / out).exists()
    assert hits == []


def test_naive_rdflib_and_pyoxigraph_read_the_comment_differently(graph):
    import rdflib

    g = rdflib.Graph().parse(str(graph), format="nt")
    st = ox.Store()
    st.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    assert len(list(g.query(FALSE_TRICK))) == 2  # to rdflib the FILTER is part of the comment
    assert len(list(st.query(FALSE_TRICK))) == 0  # to pyoxigraph it is part of the query


def test_the_checked_text_is_the_text_that_runs(graph):
    import rdflib
    from rdflib.plugins.sparql import parser

    text = kq.gate(FILTER_TRICK)  # what the check parsed, and what the engine is given
    assert "\r" not in text and "#" not in text
    assert "Filter" in repr(parser.parseQuery(text))  # the check saw the FILTER
    text = kq.gate(FALSE_TRICK)
    g = rdflib.Graph().parse(str(graph), format="nt")
    st = ox.Store()
    st.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    assert len(list(g.query(text))) == len(list(st.query(text))) == 0  # both engines apply it
    res = kg("query", FILTER_TRICK, "--graph", str(graph), "--format", "csv")
    assert res.returncode == 0 and res.stdout.strip().splitlines() == ["s"]


@pytest.mark.parametrize("cmd", ["query", "view", "export"])
def test_deep_nesting_behind_a_comment_is_refused_not_a_crash(graph, tmp_path, cmd):
    if cmd == "query":
        res = kg("query", DEEP, "--graph", str(graph))
    else:
        out = tmp_path / ("o.html" if cmd == "view" else "o.gexf")
        res = kg(cmd, "--graph", str(graph), "--query", DEEP, "-o", str(out))
    assert res.returncode == 2 and "nested more than 64" in res.stderr, (res.returncode, res.stderr)
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("cmd", ["view", "export"])
def test_view_and_export_queries_are_stopped_after_the_timeout(big, tmp_path, cmd):
    out = tmp_path / ("o.html" if cmd == "view" else "o.graphml")
    res = kg(cmd, "--graph", str(big), "--query", SLOW_CONSTRUCT, "-o", str(out), "--timeout", "2")
    assert res.returncode == 2 and "longer than 2 s" in res.stderr, res.stderr
    assert not out.exists()


def test_a_query_that_needs_too_much_memory_is_stopped(big):
    from kg.rdfio import load_store

    q = kq.QueryText("x", "CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                          "BIND(CONCAT(?o, ?c, ?f, ?i) AS ?x) }")
    with pytest.raises(kq.QueryError, match="more than 150 MiB of memory"):
        kq.run_limited(lambda: load_store(big), q, timeout=120, memory=150)


def test_timeouts_are_validated(graph):
    for value in ("inf", "nan", "1e308", "-1", "0"):
        with pytest.raises(kq.QueryError, match="--timeout must be a number of seconds"):
            kq.check_timeout(float(value))
    res = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(graph), "--timeout", "inf")
    assert res.returncode == 2 and "--timeout must be a number of seconds" in res.stderr, res.stderr
    assert "internal error" not in res.stderr


BIND_TRICKS = [
    # a slot written inside a string literal of the query: filled, the value would end the literal
    ("SELECT ?s WHERE { ?s ?p ?o FILTER(?s != 'VALUES ?x { UNDEF }') }",
     {"x": "') SERVICE <http://127.0.0.1:{port}/s> { ?a ?b ?c } FILTER(?s != '"}),
    # one value plants a slot that the next value would then fill from inside the first literal
    ("SELECT * WHERE { VALUES ?a { UNDEF } VALUES ?b { UNDEF } ?s ?p ?o }",
     {"a": "VALUES ?b { UNDEF }", "b": "} SERVICE <http://127.0.0.1:{port}/s> { ?x ?y ?z } VALUES ?c {"}),
]


@pytest.mark.parametrize("query, params", BIND_TRICKS)
def test_a_parameter_value_never_becomes_query_text(query, params):
    """Binding happens after the check: each value must stay one term of its own slot."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/p"), ox.Literal("o")))
    with listener() as (port, hits):
        values = {k: v.replace("{port}", str(port)) for k, v in params.items()}
        bound = kq.bind(kq.gate(query), {k: kq.term(v) for k, v in values.items()})
        kq.gate(bound)  # the bound text is still a read-only query without SERVICE
        try:
            list(store.query(bound))
        except (OSError, RuntimeError, SyntaxError, ValueError):
            pass
    assert hits == []


def test_a_parameter_fills_only_the_slot_of_its_own_name():
    text = kq.gate("SELECT ?X ?x WHERE { VALUES ?X { UNDEF } VALUES ?x { UNDEF } ?s ?p ?o }")
    bound = kq.bind(text, {"x": kq.term("one")})
    assert 'VALUES ?x { "one" }' in bound and "VALUES ?X { UNDEF }" in bound
