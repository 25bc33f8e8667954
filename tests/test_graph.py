"""The whole path through the CLI on the bundled example: graph shape, determinism,
replacement, exports, validation, queries and errors."""
from __future__ import annotations

import json
import re
import shutil

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg import rdfio
from kg.resources import example_article

from .conftest import run

SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
CHAR = re.compile(r"^(?P<doc>[^#]+)#char=(?P<s>\d+),(?P<e>\d+)$")


def store_quads(path):
    st = ox.Store.read_only(str(path))
    return list(st.quads_for_pattern(None, None, None, None))


def select(quads, q):
    st = ox.Store()
    st.extend(quads)
    return list(st.query(q, use_default_graph_as_union=True, prefixes={"schema": SCHEMA, "prov": PROV, "org": ORG,
                                                                       "kg": "https://w3id.org/newskg/ns#"}))


def test_one_named_graph_per_article_with_article_metadata(seed_build):
    from kg.layout import ENTITY_GRAPH

    quads = rdfio.parse_file(seed_build["trig"])
    graphs = {q.graph_name for q in quads}
    assert len(graphs) == 2 and ENTITY_GRAPH in graphs  # the article's graph and the entity graph
    (g,) = graphs - {ENTITY_GRAPH}
    assert g.value.endswith("/article/examples%2Fsanctuary-mayors.txt")
    rows = select(quads, "SELECT ?id ?h ?hash WHERE { ?a a schema:NewsArticle ; schema:identifier ?id ; "
                         "schema:headline ?h ; kg:contentHash ?hash }")
    assert [(r["id"].value, r["h"].value) for r in rows] == [
        ("examples/sanctuary-mayors.txt", seed_build["text"].split("\n", 1)[0])]
    assert rows[0]["hash"].value.startswith("sha256:")


def test_every_evidence_span_points_at_the_words(seed_build):
    text = seed_build["text"]
    quads = rdfio.parse_file(seed_build["trig"])
    names = {}
    for q in quads:
        if q.predicate.value in (SCHEMA + "name", SCHEMA + "alternateName"):
            names.setdefault(q.subject, set()).add(q.object.value)
    texts = {q.subject: q.object.value for q in quads if q.predicate.value == SCHEMA + "text"}
    checked = 0
    for q in quads:
        if q.predicate.value != PROV + "wasDerivedFrom":
            continue
        m = CHAR.match(q.object.value)
        assert m, q.object
        s, e = int(m["s"]), int(m["e"])
        assert 0 <= s < e <= len(text)
        if q.subject in texts and "/quote/" in q.subject.value:
            assert text[s:e] in texts[q.subject].split(" … ")  # a quote in pieces: one span each
        if q.subject in names:
            said = text[s:e]
            assert said in names[q.subject] or any(said in n or n in said for n in names[q.subject]), said
        checked += 1
    assert checked > 80


def test_exchange_conventions_and_provenance(seed_build):
    quads = rdfio.parse_file(seed_build["trig"])
    for cls in ("Quotation", "Event"):
        rows = select(quads, f"SELECT ?x WHERE {{ ?x a schema:{cls} }}")
        assert rows, cls
    missing = select(quads, """SELECT ?x WHERE {
        { ?x a schema:Quotation } UNION { ?x a org:Membership } UNION { ?x a schema:Event }
        FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?ev ; kg:confidence ?c ;
                              prov:wasGeneratedBy [ a prov:Activity ; kg:model ?m ;
                                                    prov:wasAssociatedWith [ schema:softwareVersion ?v ] ] } }""")
    assert missing == []
    speakers = select(quads, "SELECT ?n WHERE { ?q a schema:Quotation ; schema:creator [ schema:name ?n ] }")
    assert {"Jeff Sessions", "Sarah Isgur Flores"} <= {r["n"].value for r in speakers}


def test_rebuild_replaces_and_iris_are_deterministic(seed_build, runner, tmp_path):
    before = store_quads(seed_build["store"])
    store = tmp_path / "store"
    shutil.copytree(seed_build["store"], store)
    code, _o, err = run(runner, "build", str(example_article()), "--store", str(store), "-o", str(tmp_path / "again.trig"),
                        "--force")  # analysed again, not taken from the store as unchanged
    assert code == 0, err
    after = store_quads(store)
    assert len(after) == len(before) and set(after) == set(before)
    assert (tmp_path / "again.trig").read_bytes() == seed_build["trig"].read_bytes()


def test_rebuilding_a_changed_article_leaves_no_stale_triples(runner, tmp_path):
    art = tmp_path / "story.txt"
    art.write_text("Budget Row\n\nMayor Laura Jensen of Springfield criticised the budget.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run(runner, "build", str(art), "--store", str(store))[0] == 0
    art.write_text("Budget Row\n\nGovernor Maria Lopez of Nevada defended the budget.\n", encoding="utf-8")
    assert run(runner, "build", str(art), "--store", str(store))[0] == 0
    names = {q.object.value for q in store_quads(store) if q.predicate.value == SCHEMA + "name"}
    assert "Maria Lopez" in names and "Laura Jensen" not in names


@pytest.mark.parametrize("ext", [".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf"])
def test_exports_parse_back_with_equal_triple_counts(seed_build, runner, tmp_path, ext):
    out = tmp_path / f"all{ext}"
    code, _o, err = run(runner, "export", "--store", str(seed_build["store"]), "-o", str(out))
    assert code == 0, err
    expected = {q.triple for q in store_quads(seed_build["store"])}
    if ext == ".jsonld":
        ds = Dataset()
        ds.parse(str(out), format="json-ld")
        assert len(set(ds.quads())) and sum(1 for _ in ds.quads()) >= len(expected)
        assert "@context" in json.loads(out.read_text(encoding="utf-8"))
    got = {q.triple for q in rdfio.parse_file(out)}
    assert got == expected


def test_validate_passes_on_the_build_and_fails_on_a_broken_graph(seed_build, runner, tmp_path):
    code, out, _e = run(runner, "validate", str(seed_build["trig"]))
    assert code == 0 and "conforms" in out
    broken = tmp_path / "broken.nq"
    quads = [q for q in rdfio.parse_file(seed_build["trig"]) if q.predicate.value != ORG + "member"]
    rdfio.write_quads(quads, broken)
    code, out, err = run(runner, "validate", str(broken))
    assert code == 1 and "member" in out and "does not conform" in err


def test_shipped_queries_run_and_parameters_bind(seed_build, runner):
    code, out, _ = run(runner, "queries")
    assert code == 0
    names = re.findall(r"^(\S+)$", out, re.M)
    assert {"people-roles", "quotes-by-speaker", "quotes-about", "organization-members", "events",
            "entities-across-articles"} <= set(names)
    for name in names:
        code, _o, err = run(runner, "query", name, "--store", str(seed_build["store"]), "--format", "json")
        assert code == 0, (name, err)
    code, out, _ = run(runner, "query", "quotes-by-speaker", "--store", str(seed_build["store"]), "-f", "json",
                       "--param", "speaker_name=Ted Wheeler")
    data = json.loads(out)
    assert set(data["head"]["vars"]) >= {"speaker_name", "text"}
    texts = [b["text"]["value"] for b in data["results"]["bindings"]]
    assert texts and all(b["speaker_name"]["value"] == "Ted Wheeler" for b in data["results"]["bindings"])
    assert any("moral compass" in t for t in texts)


@pytest.mark.parametrize("value", ['x" } ; DROP ALL ; #', "Ted Wheeler' || true", "a\nb", "<http://x> ", "'''"])
def test_parameter_values_never_change_the_query(seed_build, runner, value):
    code, out, err = run(runner, "query", "quotes-by-speaker", "--store", str(seed_build["store"]), "-f", "csv",
                         "--param", f"speaker_name={value}")
    assert code == 0, err
    assert out.strip().count("\n") == 0  # the header only: no speaker has that name


def test_the_w3c_results_formats_under_their_own_names(seed_build, runner):
    code, out, _ = run(runner, "query", "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
                       "--store", str(seed_build["store"]), "-f", "srcsv")
    assert code == 0 and out.splitlines()[0] == "n" and "Jeff Sessions" in out
    code, out, _ = run(runner, "query", "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
                       "--store", str(seed_build["store"]), "-f", "srtsv")
    assert out.splitlines()[0] == "?n" and '"Jeff Sessions"' in out


def test_escapes_cannot_smuggle_a_service_call(seed_build, runner):
    import socket
    import threading

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)
    srv.settimeout(0.2)
    port, hits, stop = srv.getsockname()[1], [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                hits.append(1)
                conn.close()
            except OSError:
                pass

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        for q in ('SELECT * WHERE { BIND("\\u0022" AS ?x) SERVICE <http://127.0.0.1:%d/sparql> { ?a ?b ?c } '
                  'BIND("\\u0022" AS ?y) }' % port,
                  "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:%d/sparql> { ?a ?b ?c } }" % port,
                  "SELECT * WHERE { service silent <http://127.0.0.1:%d/> { ?a ?b ?c } }" % port):
            code, _out, err = run(runner, "query", q, "--store", str(seed_build["store"]))
            assert "Traceback" not in err
            assert code in (0, 2)
    finally:
        stop.set()
        t.join()
        srv.close()
    assert hits == []


@pytest.mark.parametrize("query,message", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("DROP ALL", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
    ("SELECT * WHERE { SERV\\u0049CE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("\\u0049NSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("SELECT ?s WHERE { ?s ?p }", "syntax error at line 1"),
])
def test_unsafe_or_broken_queries_get_one_line_errors(seed_build, runner, query, message):
    code, out, err = run(runner, "query", query, "--store", str(seed_build["store"]))
    assert code == 2
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_query_on_a_graph_file(seed_build, runner):
    code, out, _ = run(runner, "query", "people-roles", "--graph", str(seed_build["trig"]), "-f", "csv")
    assert code == 0 and "Mitch Landrieu" in out and "New Orleans" in out


def test_a_bad_file_in_a_batch_is_named_and_skipped(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Vote Today\n\nSenator Paul Harlan said the vote would pass.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage")
    code, _o, err = run(runner, "build", str(good), str(bad), "--store", str(tmp_path / "s"))
    assert code == 0
    assert f"skipped {bad}: binary file" in err and "built 1 article(s)" in err and "skipped 1" in err
    code, _o, err = run(runner, "build", str(bad), "--store", str(tmp_path / "s2"))
    assert code == 1 and "nothing was built" in err and "Traceback" not in err


def test_unknown_output_format_is_refused_before_any_work(runner, tmp_path):
    code, _o, err = run(runner, "build", str(example_article()), "-o", str(tmp_path / "x.docx"), "--no-store")
    assert code == 1 and "unknown RDF format" in err


def test_missing_store_is_one_line(runner, tmp_path):
    code, _o, err = run(runner, "query", "people-roles", "--store", str(tmp_path / "nowhere"))
    assert code == 1 and "no store here" in err and len(err.strip().splitlines()) == 1


def test_demo_builds_queries_and_exports(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "demo")
    assert code == 0, err
    assert "people-roles" in out and "Mitch Landrieu" in out and "conforms" in out
    for ext in (".trig", ".ttl", ".jsonld", ".nq", ".rdf"):
        assert (tmp_path / "kg-demo" / f"example{ext}").stat().st_size > 1000
    assert (tmp_path / "kg-store").is_dir()


def test_a_failing_article_does_not_take_its_batch_down(analyser, tmp_path, monkeypatch):
    from kg.analyse.components import EntityRepair
    from kg.build import build

    real = EntityRepair.__call__

    def fragile(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("component failure")
        return real(self, doc)

    monkeypatch.setattr(EntityRepair, "__call__", fragile)
    for name, body in (("a.txt", "Mayor Laura Jensen spoke."), ("b.txt", "EXPLODE here."),
                       ("c.txt", "Governor Maria Lopez spoke.")):
        (tmp_path / name).write_text(f"Headline\n\n{body}\n", encoding="utf-8")
    report = build([str(tmp_path)], store_path=tmp_path / "store", analyser=analyser)
    assert report.built == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/c.txt"]
    (skip,) = report.skipped
    assert skip.source.endswith("b.txt") and "component failure" in skip.reason


def test_output_is_the_same_in_another_process(tmp_path):
    """Deterministic across processes (hash seeds differ), not only within one."""
    import os
    import subprocess

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.trig"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(["kg", "build", str(example_article()), "--no-store", "-o", str(out)], check=True,
                       env=env, capture_output=True, timeout=300)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_a_failing_mapping_loses_only_its_article(analyser, tmp_path, monkeypatch):
    import kg.map as mapper
    from kg.build import build

    real = mapper.map_article

    def fragile(doc, rec):
        if doc.identifier.endswith("/b.txt"):
            raise ValueError("cannot map")
        return real(doc, rec)

    monkeypatch.setattr(mapper, "map_article", fragile)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Headline\n\nMayor Laura Jensen spoke.\n", encoding="utf-8")
    report = build([str(tmp_path)], store_path=tmp_path / "store", analyser=analyser)
    assert report.built == [f"{tmp_path.name}/a.txt"] and "mapping failed" in report.skipped[0].reason


def test_the_same_identifier_twice_keeps_the_later_article_and_counts_it_once(analyser, tmp_path):
    from kg.build import build

    # two folders holding the same file name are two articles (east/…, west/…); two rows of
    # tables with the same id are one identifier: the later row wins
    rows = [{"id": "story", "text": "Headline\n\nMayor Laura Jensen of Springfield spoke.\n"},
            {"id": "story", "text": "Headline\n\nGovernor Maria Lopez of Nevada spoke to Senator Paul Harlan.\n"}]
    (tmp_path / "a.jsonl").write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(rows[1]) + "\n", encoding="utf-8")
    both = build([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")], store_path=tmp_path / "s", analyser=analyser)
    only_b = build([str(tmp_path / "b.jsonl")], store_path=tmp_path / "s2", analyser=analyser)
    assert both.built == ["story"] and both.quads == only_b.quads and both.counts == only_b.counts
    assert "replaced by" in both.skipped[0].reason and both.skipped[0].source.endswith("a.jsonl:1")
    stored = ox.Store.read_only(str(tmp_path / "s"))
    names = {q.object.value for q in stored.quads_for_pattern(None, ox.NamedNode(SCHEMA + "name"), None, None)}
    assert "Maria Lopez" in names and "Laura Jensen" not in names


def test_who_spoke_to_which_outlet(seed_build, runner):
    code, out, err = run(runner, "query", "speakers-and-outlets", "--store", str(seed_build["store"]), "-f", "json")
    assert code == 0, err
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]
    assert any(r["speaker_name"] == "Sarah Isgur Flores" and "Fox News" in (r.get("outlet", "") + r.get("medium", ""))
               for r in rows), rows
    assert all(int(r["quotes"]) >= 1 and r["articles"] == "examples/sanctuary-mayors.txt" for r in rows)


def test_quotes_of_unnamed_sources_are_flagged(tmp_path, runner):
    text = tmp_path / "council.txt"
    text.write_text("Council delays vote\n\nThe council met on Monday. Aides said the mayor would not run again. "
                    "Mayor Laura Jensen said the budget was sound.\n", encoding="utf-8")
    store = tmp_path / "store"
    code, _o, err = run(runner, "build", str(text), "--store", str(store))
    assert code == 0, err
    code, out, err = run(runner, "query", "quotes-by-speaker", "--store", str(store), "-f", "json")
    assert code == 0, err
    got = {(b["speaker_name"]["value"], b["unnamed_source"]["value"])
           for b in json.loads(out)["results"]["bindings"]}
    assert got == {("aides", "true"), ("Laura Jensen", "false")}, got
