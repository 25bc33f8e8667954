"""RDF and JSON-LD from elsewhere: nothing fetched, no entity expansion, no crash on nesting.
Where a library misbehaves on naive use, the naive use is shown too (in a child process when it
crashes the interpreter), next to the project's behaviour."""
from __future__ import annotations

import json
import time

import pytest

from kg import rdfio

from .helpers import kg, listener, python

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
<rdf:Description rdf:about="http://example.org/x"><ex:p>&g;</ex:p></rdf:Description></rdf:RDF>"""
XXE = """<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/hostname">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
<rdf:Description rdf:about="http://example.org/x"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>"""


def test_naive_rdfxml_expands_entities(tmp_path):
    import pyoxigraph as ox

    (q,) = list(ox.parse(BOMB.encode(), ox.RdfFormat.RDF_XML))
    assert len(q.object.value) == 50_000_000  # 700 bytes became 50 MB; one more level is 500 MB


@pytest.mark.parametrize("payload", [BOMB, XXE], ids=["entity-expansion", "xxe"])
def test_entities_and_doctypes_are_refused_fast(tmp_path, payload):
    p = tmp_path / "evil.rdf"
    p.write_text(payload, encoding="utf-8")
    t = time.monotonic()
    with pytest.raises(rdfio.FormatError, match="DOCTYPE"):
        rdfio.parse_file(p)
    assert time.monotonic() - t < 1.0
    res = kg("validate", str(p))
    assert res.returncode == 1 and "DOCTYPE" in res.stderr and "Traceback" not in res.stderr


def test_trix_is_not_a_format_the_tool_reads(tmp_path):
    p = tmp_path / "x.trix"
    p.write_text(BOMB, encoding="utf-8")
    res = kg("validate", str(p))
    assert res.returncode == 1 and "unknown RDF format" in res.stderr


def test_naive_rdflib_fetches_a_remote_jsonld_context():
    with listener() as (port, hits):
        doc = json.dumps({"@context": f"http://127.0.0.1:{port}/ctx.jsonld", "@id": "http://ex.org/a", "name": "x"})
        import subprocess

        try:  # it waits on the silent listener with no timeout of its own
            python(f"import rdflib\nrdflib.Graph().parse(data={doc!r}, format='json-ld')", timeout=8)
        except subprocess.TimeoutExpired:
            pass
        assert hits  # rdflib went to the network for the context


def test_a_page_naming_the_schema_org_context_parses_offline(tmp_path):
    p = tmp_path / "page.jsonld"
    p.write_text(json.dumps({"@context": "https://schema.org/", "@type": "NewsArticle", "@id": "http://ex.org/a",
                             "headline": "Council votes"}), encoding="utf-8")
    quads = rdfio.parse_file(p)
    assert {(q.predicate.value, q.object.value) for q in quads} >= {
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://schema.org/NewsArticle"),
        ("https://schema.org/headline", "Council votes")}


@pytest.mark.parametrize("ctx", ["http://127.0.0.1:{port}/ctx.jsonld", "file:///etc/hostname",
                                 ["https://schema.org/", "http://127.0.0.1:{port}/more.jsonld"]])
def test_the_tool_never_fetches_a_jsonld_context(tmp_path, ctx):
    with listener() as (port, hits):
        p = tmp_path / "remote.jsonld"
        ctx = [c.format(port=port) for c in ctx] if isinstance(ctx, list) else ctx.format(port=port)
        p.write_text(json.dumps({"@context": ctx, "@id": "http://ex.org/a", "name": "x"}), encoding="utf-8")
        for args in (("validate", str(p)), ("query", "ASK { ?s ?p ?o }", "--graph", str(p))):
            res = kg(*args)
            assert res.returncode in (1, 2) and "Traceback" not in res.stderr
            assert len(res.stderr.strip().splitlines()) == 1 and "never fetched" in res.stderr
        assert hits == []


def _jsonld(depth: int) -> str:
    return '{"@id": "http://ex.org/a", "http://ex.org/p": ' + '{"http://ex.org/p": ' * depth + '"x"' \
        + "}" * depth + "}"


def test_naive_pyoxigraph_crashes_on_deep_jsonld():
    res = python("import pyoxigraph as ox\n"
                 f"list(ox.parse({_jsonld(4000)!r}.encode(), ox.RdfFormat.JSON_LD))")
    assert res.returncode < 0  # killed by a signal: the whole interpreter is gone


@pytest.mark.parametrize("depth", [100, 4000, 20000])
def test_deep_jsonld_is_a_clean_error(tmp_path, depth):
    p = tmp_path / "deep.jsonld"
    p.write_text(_jsonld(depth), encoding="utf-8")
    res = kg("query", "ASK { ?s ?p ?o }", "--graph", str(p))
    if depth <= 200:
        assert res.returncode == 0 and "true" in res.stdout
    else:
        assert res.returncode == 1 and "nested more than" in res.stderr


@pytest.mark.parametrize("depth", [100, 1024, 1025, 200_000])
def test_deep_turtle_is_answered_up_to_the_documented_limit(tmp_path, depth):
    """pyoxigraph's Turtle parser copes with deep nesting, but past 1,024 levels the file is
    refused in one line, as documented (200,000 levels cost `kg validate` minutes and gigabytes)."""
    p = tmp_path / "deep.ttl"
    p.write_text("<http://ex.org/a> <http://ex.org/p> " + "[ <http://ex.org/p> " * depth + "1" + " ]" * depth + " .",
                 encoding="utf-8")
    res = kg("query", "ASK { ?s ?p ?o }", "--graph", str(p))
    if depth <= 1024:
        assert res.returncode == 0 and "true" in res.stdout
    else:
        assert res.returncode == 1 and "nested more than 1024 levels" in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1


def test_deep_lists_in_turtle_and_trig_are_refused_for_validate(tmp_path):
    for ext, wrap in ((".ttl", "{}"), (".trig", "<http://ex.org/g> {{ {} }}")):
        p = tmp_path / f"lists{ext}"
        p.write_text(wrap.format("<http://ex.org/a> <http://ex.org/p> " + "(" * 200_000 + ")" * 200_000 + " ."),
                     encoding="utf-8")
        res = kg("validate", str(p), timeout=60)
        assert res.returncode == 1 and "nested more than 1024 levels" in res.stderr, res.stderr


@pytest.mark.parametrize("depth", [100, 20_000])
def test_deep_rdfxml_is_refused_quickly(tmp_path, depth):
    p = tmp_path / "deep.rdf"
    p.write_text('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                 'xmlns:e="http://ex.org/">' + "<rdf:Description><e:p>" * depth + "<rdf:Description/>"
                 + "</e:p></rdf:Description>" * depth + "</rdf:RDF>", encoding="utf-8")
    res = kg("query", "ASK { ?s ?p ?o }", "--graph", str(p), "--timeout", "10", timeout=60)
    if depth == 100:
        assert res.returncode == 0 and "true" in res.stdout
    else:
        assert res.returncode == 1 and "nested more than 256 levels" in res.stderr, res.stderr


def test_naive_pyoxigraph_crashes_on_deep_sparql():
    q = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    res = python(f"import pyoxigraph as ox\nox.Store().query({q!r})")
    assert res.returncode < 0


@pytest.mark.parametrize("depth", [100, 4000, 20000])
def test_deep_sparql_is_a_clean_error(tmp_path, depth):
    g = tmp_path / "g.nt"
    g.write_text("<http://ex.org/a> <http://ex.org/p> 1 .\n", encoding="utf-8")
    q = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * depth + "1" + ")" * depth + ") }"
    res = kg("query", q, "--graph", str(g))
    assert res.returncode == 2 and "nested more than" in res.stderr and "Traceback" not in res.stderr
