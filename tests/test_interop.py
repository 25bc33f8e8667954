"""Exports other tools read: every format parsed back by independent parsers (raptor's rapper,
pyoxigraph, pyld for JSON-LD) with equal counts, and the shipped queries giving the same answers
in rdflib and in pyoxigraph (and in rasqal's roqet where its SPARQL suffices)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pyoxigraph as ox
import pytest
import rdflib

from kg import query as kq
from kg import rdfio

from .conftest import run

RAPPER_INPUT = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".rdf": "rdfxml"}


def tool(name: str) -> str:
    p = shutil.which(name)
    if not p:
        pytest.skip(f"{name} is not installed (.ci/run installs it with apt-get)")
    return p


@pytest.fixture(scope="module")
def exports(seed_build, tmp_path_factory):
    from .conftest import CliRunner

    d = tmp_path_factory.mktemp("exports")
    runner = CliRunner()
    out = {}
    for ext in (*RAPPER_INPUT, ".jsonld"):
        path = d / f"all{ext}"
        code, _o, err = run(runner, "export", "--store", str(seed_build["store"]), "-o", str(path))
        assert code == 0, err
        out[ext] = path
    st = ox.Store.read_only(str(seed_build["store"]))
    quads = list(st.quads_for_pattern(None, None, None, None))
    return {"paths": out, "quads": len(quads), "triples": len({q.triple for q in quads})}


@pytest.mark.parametrize("ext", sorted(RAPPER_INPUT))
def test_rapper_parses_every_export_with_equal_counts(exports, ext):
    path = exports["paths"][ext]
    res = subprocess.run([tool("rapper"), "-q", "-i", RAPPER_INPUT[ext], "-o", "ntriples", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    lines = [ln for ln in res.stdout.splitlines() if ln.strip()]
    expected = exports["quads"] if ext in {".trig", ".nq"} else exports["triples"]
    assert len(lines) == expected
    assert len(rdfio.parse_file(path)) == expected  # and pyoxigraph agrees


def test_jsonld_expands_in_pyld_without_fetching(exports, monkeypatch):
    from pyld import jsonld

    def no_fetch(url, options=None):
        raise AssertionError(f"pyld tried to fetch {url}")

    jsonld.set_document_loader(no_fetch)
    doc = json.loads(exports["paths"][".jsonld"].read_text(encoding="utf-8"))
    assert isinstance(doc["@context"], dict)  # the shipped context travels inline
    nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
    assert len({ln for ln in nquads.splitlines() if ln.strip()}) == exports["quads"]


def _rows(names, rows):
    """Rows as comparable tuples; GROUP_CONCAT lists compared as sets."""
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = "" if v is None else str(v)
            cells.append(" | ".join(sorted(v.split("; "))) if "; " in v else v)
        out.append(tuple(cells))
    return sorted(out)


@pytest.mark.parametrize("name", sorted(n for n, q in kq.shipped().items() if "SELECT" in q.text.upper()
                                        and "CONSTRUCT" not in q.text.upper()))
def test_shipped_queries_agree_between_rdflib_and_pyoxigraph(exports, name):
    qt = kq.shipped()[name]
    ttl = exports["paths"][".ttl"]
    g = rdflib.Graph().parse(str(ttl), format="turtle")
    res = g.query(qt.text)
    names = [str(v) for v in res.vars]
    r1 = _rows(names, [[row[v] for v in res.vars] for row in res])
    st = ox.Store()
    st.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    sols = st.query(qt.text)
    r2 = _rows(names, [[(None if s[n] is None else s[n].value) for n in names] for s in sols])
    assert r1 == r2
    if name in {"people-roles", "quotes-by-speaker", "events", "articles"}:
        assert r1, name


def test_roqet_agrees_where_its_sparql_suffices(exports):
    """rasqal has no property paths; the article summary needs none."""
    ttl = exports["paths"][".ttl"]
    qt = kq.shipped()["articles"]
    res = subprocess.run([tool("roqet"), "-q", "-i", "sparql", "-D", str(ttl), "-r", "csv", "-e", qt.text],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode in (0, 2) and "Error" not in res.stderr, res.stderr  # 2: rasqal's "warnings"
    st = ox.Store()
    st.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    mine = kq.serialize(st.query(qt.text), "csv")
    norm = lambda s: [re.sub(r"\s+", " ", ln.strip()) for ln in s.strip().splitlines()]
    assert norm(res.stdout) == norm(mine)
