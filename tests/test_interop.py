"""Exports other tools read: every format parsed back by independent parsers (raptor's rapper,
pyoxigraph, pyld for JSON-LD) with equal counts, and the shipped queries giving the same answers
in rdflib and in pyoxigraph (and parsed by rasqal's roqet where its SPARQL suffices)."""
from __future__ import annotations

import json
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
    """The dataset as any SPARQL 1.1 engine reads it: named graphs, a default graph of its own
    (no union), parameters left unbound by their VALUES ?name { UNDEF } blocks."""
    qt = kq.shipped()[name]
    trig = exports["paths"][".trig"]
    ds = rdflib.Dataset()
    ds.parse(str(trig), format="trig")
    res = ds.query(qt.text)
    names = [str(v) for v in res.vars]
    r1 = _rows(names, [[row[v] for v in res.vars] for row in res])
    st = ox.Store()
    st.load(path=str(trig), format=ox.RdfFormat.TRIG)
    sols = st.query(qt.text)
    r2 = _rows(names, [[(None if s[n] is None else s[n].value) for n in names] for s in sols])
    assert r1 == r2
    if name in {"people-roles", "quotes-by-speaker", "events", "articles"}:
        assert r1, name


@pytest.mark.parametrize("name", sorted(kq.shipped()))
def test_roqet_parses_the_shipped_queries(name):
    """rasqal reads every shipped query as SPARQL 1.1 (it lacks EXISTS, which two queries use).
    It cannot run them on a dataset: it names each graph after the file it was read from, so the
    article graphs' own names are lost."""
    qt = kq.shipped()[name]
    if "EXISTS" in qt.text:
        pytest.skip("rasqal 0.9 has no EXISTS")
    res = subprocess.run([tool("roqet"), "-n", "-q", "-i", "sparql", "-e", qt.text],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "rror" not in res.stderr, res.stderr
