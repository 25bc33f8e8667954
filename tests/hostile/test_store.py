"""The store under faults: one writer at a time, all-or-nothing batches that survive SIGKILL,
a corrupted store reported in one line, and exports that never leave a half-written file."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg import rdfio
from kg.store import StoreError, open_store, replace_articles, writer

from .helpers import kg

WRITER = r"""
import sys, pyoxigraph as ox
from kg.store import writer, replace_articles
store, data = sys.argv[1], sys.argv[2]
quads = list(ox.parse(open(data, "rb").read(), ox.RdfFormat.N_QUADS))
graphs = {}
for q in quads:
    graphs.setdefault(q.graph_name, []).append(q)
names = sorted(graphs, key=lambda g: g.value)
with writer(store) as st:
    for round_ in range(1000):
        for i in range(0, len(names), 3):   # batches of three articles, each one transaction
            batch = [(g, graphs[g]) for g in names[i:i + 3]]
            replace_articles(st, batch)
            st.flush()
            print("ACK", " ".join(g.value for g, _ in batch), flush=True)
"""


def article_quads(n: int = 9, per: int = 400) -> list[ox.Quad]:
    out = []
    for a in range(n):
        g = ox.NamedNode(f"https://w3id.org/newskg/id/article/a{a}.txt")
        for i in range(per):
            out.append(ox.Quad(ox.NamedNode(f"https://w3id.org/newskg/id/x/{a}/{i}"),
                               ox.NamedNode("https://schema.org/name"), ox.Literal(f"value {i} of {a}" * 3), g))
    return out


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_article_nor_leaves_a_partial_one(tmp_path):
    quads = article_quads()
    data = tmp_path / "articles.nq"
    data.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    expected = {}
    for q in quads:
        expected[q.graph_name] = expected.get(q.graph_name, 0) + 1
    store = tmp_path / "store"
    rng = random.Random(7)
    acknowledged: set[str] = set()
    for attempt in range(50):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(data)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate()
        for line in out.splitlines():
            if line.startswith("ACK "):
                acknowledged |= set(line.split()[1:])
        st = open_store(store, read_only=True)  # it reopens
        counts: dict = {}
        for q in st.quads_for_pattern(None, None, None, None):
            counts[q.graph_name] = counts.get(q.graph_name, 0) + 1
        del st
        for g, n in counts.items():
            assert n == expected[g], f"attempt {attempt}: partial article {g.value} ({n}/{expected[g]})"
        assert acknowledged <= {g.value for g in counts}, f"attempt {attempt}: an acknowledged article was lost"
    assert acknowledged  # the loop did write


def test_a_second_writer_is_told_and_readers_keep_working(tmp_path, seed_build):
    store = tmp_path / "store"
    with writer(store) as st:
        replace_articles(st, [(ox.NamedNode("http://ex.org/g"), article_quads(1, 5))])
        st.flush()
        with pytest.raises(StoreError, match="another kg process is writing"):
            with writer(store):
                pass
        res = kg("build", str(ROOT_EXAMPLE), "--store", str(store))
        assert res.returncode == 1 and "another kg process is writing" in res.stderr
        assert len(res.stderr.strip().splitlines()) <= 2
        res = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store), "-f", "csv")
        assert res.returncode == 0 and res.stdout.splitlines()[1] == "5"


def test_a_corrupted_store_is_reported_in_one_line(tmp_path):
    store = tmp_path / "store"
    with writer(store) as st:
        replace_articles(st, [(ox.NamedNode("http://ex.org/g"), article_quads(1, 5))])
    for f in store.iterdir():
        if f.name.startswith(("CURRENT", "MANIFEST")):
            f.write_bytes(b"\x00garbage\x00" * 10)
    res = kg("query", "ASK { ?s ?p ?o }", "--store", str(store))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and str(store) in res.stderr


def test_naive_rdflib_serialize_truncates_the_previous_file_on_failure(tmp_path):
    import rdflib

    target = tmp_path / "out.ttl"
    target.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    g = rdflib.Graph()
    g.add((rdflib.URIRef("http://a"), rdflib.URIRef("http://b"), rdflib.URIRef("http://x y")))
    with pytest.raises(Exception):
        g.serialize(destination=str(target), format="turtle")
    assert target.read_text(encoding="utf-8") != "<http://a> <http://b> <http://c> .\n"


def test_a_failed_export_leaves_the_previous_file_byte_identical(tmp_path, monkeypatch):
    target = tmp_path / "out.trig"
    rdfio.write_quads(article_quads(1, 3), target)
    before = target.read_bytes()

    def broken(*args, **kwargs):
        out = args[1] if len(args) > 1 else kwargs.get("output")
        out.write(b"half a file")
        raise OSError("disk full")

    monkeypatch.setattr(ox, "serialize", broken)
    with pytest.raises(OSError):
        rdfio.write_quads(article_quads(2, 3), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.trig"]  # no temporary file left behind


from kg.resources import example_article as _example  # noqa: E402

ROOT_EXAMPLE = _example()
