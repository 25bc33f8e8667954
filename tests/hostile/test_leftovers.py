"""No leftovers and plain messages: a killed export leaves no hidden temporary file once the next
write to the same path has run, SIGTERM removes it at once, and a full disk (here: a file-size
limit, which fails a write the same way) is one line naming the file and saying what was kept."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from .helpers import kg

DATA = "".join(f"<http://ex.org/s{i}> <http://ex.org/p> \"value {i}\" .\n" for i in range(2000))


@pytest.fixture()
def graph(tmp_path):
    p = tmp_path / "g.nt"
    p.write_text(DATA, encoding="utf-8")
    return p


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def stalled_writer(code: str, *args: str) -> subprocess.Popen:
    """A child that starts writing an export and then stalls, ready to be killed."""
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


STALL = """
import sys, time
import pyoxigraph as ox
from kg import rdfio
def slow(*a, **k):
    out = a[1] if len(a) > 1 else k.get("output")
    out.write(b"x" * 1_000_000); out.flush(); print("ready", flush=True); time.sleep(60)
ox.serialize = slow
"""


def test_a_killed_export_leaves_nothing_after_the_next_export(tmp_path, graph):
    out = tmp_path / "out" / "x.nt"
    out.parent.mkdir()
    proc = stalled_writer(STALL + "rdfio.write_quads(rdfio.parse_file(sys.argv[1]), sys.argv[2])",
                          str(graph), str(out))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert leftovers(out.parent)  # SIGKILL cannot be caught: the full-size temporary file is there ...
    res = kg("export", "--graph", str(graph), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert leftovers(out.parent) == []  # ... until the next write to the same path removes it
    assert out.read_text(encoding="utf-8").count("\n") == 2000


def test_sigterm_during_an_export_removes_the_temporary_file(tmp_path, graph):
    out = tmp_path / "out" / "x.graphml"
    out.parent.mkdir()
    code = ("import networkx as nx, time\n"
            "def slow(g, f, *a, **k):\n"
            "    f.write(b'x' * 1_000_000); f.flush(); print('ready', flush=True); time.sleep(60)\n"
            "nx.write_graphml = slow\n"
            "from kg.cli import main\nmain(sys.argv[1:])\n")
    proc = stalled_writer("import sys\n" + code, "export", "--graph", str(graph), "-o", str(out))
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    assert list(out.parent.iterdir()) == []


FULL = ("import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))\n"
        "from kg.cli import main\nmain(sys.argv[1:])\n")


@pytest.mark.parametrize("ext", [".nt", ".rdf", ".jsonld", ".html"])
def test_a_full_disk_is_one_line_naming_the_file(tmp_path, graph, ext):
    out = tmp_path / "out" / f"x{ext}"
    out.parent.mkdir()
    cmd = ["view"] if ext == ".html" else ["export"]
    res = subprocess.run([sys.executable, "-c", FULL, *cmd, "--graph", str(graph), "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 1
    assert res.stderr.strip() == f"kg: error: {out}: cannot write (File too large); nothing was written"
    assert list(out.parent.iterdir()) == []
    out.write_text("previous\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", FULL, *cmd, "--graph", str(graph), "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert res.stderr.strip().endswith("the previous file is kept")
    assert out.read_text(encoding="utf-8") == "previous\n" and leftovers(out.parent) == []


def test_a_full_disk_during_a_build_names_the_store_and_keeps_what_was_committed(tmp_path, analyser):
    from kg.build import build
    from kg.store import open_store

    store = tmp_path / "store"
    arts = []
    for i in range(12):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"Budget Row {i}\n\nGovernor Maria Lopez of Nevada said the budget was too small on day {i}. "
                     "Mayor Ann Lee agreed with Senator Paul Harlan about the plan.\n", encoding="utf-8")
        arts.append(str(p))
    assert build(arts[:1], store_path=store, analyser=analyser).built == [f"{tmp_path.name}/a0.txt"]
    res = subprocess.run([sys.executable, "-c", FULL.replace("20000", "100000"), "build", *arts[1:],
                          "--store", str(store)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 1
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith(f"kg: error: {store}: writing to the store failed ("), res.stderr
    assert "File too large" in last
    assert "internal error" not in res.stderr and "Traceback" not in res.stderr
    st = open_store(store, read_only=True)
    q = "SELECT ?id WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id }"
    ids = [r["id"].value for r in st.query(q, use_default_graph_as_union=True)]
    assert ids == [f"{tmp_path.name}/a0.txt"]  # what was committed before is kept; the failed chunk left nothing
