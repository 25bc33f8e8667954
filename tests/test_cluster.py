"""`kg build --cluster`: the analysis on a real local Dask cluster (a scheduler and two worker
processes started by the fixture). The output is the local build's; a killed worker loses no
article; a driver that stops half-way is run again without duplicates."""
from __future__ import annotations

import json
import os
import shutil
import signal

import pyoxigraph as ox
import pytest

from kg.build import build

from .conftest import run, shared_path
from .servers import by_value

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (the 'cluster' extra)")

N = 12


@pytest.fixture(scope="module", autouse=True)
def small_tasks():
    """Tasks of 2 articles and commits of 4, so 12 articles are six tasks and three commits."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.build.TASK", 2)
        mp.setattr("kg.build.CHUNK", 4)
        yield


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_port=0, silence_logs=50) as lc:
        yield lc.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = sorted(shared_path("corpus", "bbc", "politics").glob("*.txt"))[:N]
    d = tmp_path_factory.mktemp("dask")
    folder = d / "articles"
    folder.mkdir()
    for p in src:
        shutil.copy(p, folder / p.name)
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    # a table whose rows repeat identifiers: the later row wins, by input order, not by arrival
    table = d / "rows.jsonl"
    table.write_text("\n".join(json.dumps({"id": f"row-{i % 2}", "text": p.read_text(encoding="utf-8")})
                               for i, p in enumerate(src[:5])) + "\n", encoding="utf-8")
    build([str(folder)], store_path=None, output=d / "local.nq")
    build([str(table)], store_path=None, output=d / "rows-local.nq")
    return {"dir": d, "folder": folder, "table": table, "src": src, "local": lines(d / "local.nq"),
            "rows": lines(d / "rows-local.nq")}


def lines(path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_cluster_build_equals_the_local_build(cluster, corpus, runner):
    out = corpus["dir"] / "rows.nq"
    report = build([str(corpus["table"])], store_path=None, output=out, cluster=cluster)
    assert lines(out) == corpus["rows"]
    assert sorted(report.built) == ["row-0", "row-1"]
    bodies = {q.graph_name.value.rsplit("/", 1)[-1]: q.object.value
              for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
              if q.predicate.value == "https://schema.org/articleBody"}
    assert bodies["row-0"] == corpus["src"][4].read_text(encoding="utf-8")  # rows 0, 2, 4: the last wins
    assert bodies["row-1"] == corpus["src"][3].read_text(encoding="utf-8")

    out = corpus["dir"] / "cluster.nq"
    code, _o, err = run(runner, "build", str(corpus["folder"]), "--cluster", cluster, "--no-store", "-o", str(out))
    assert code == 0, err
    assert f"built {N} article(s)" in err and "zz-empty.txt" in err
    assert lines(out) == corpus["local"]


def test_a_killed_worker_loses_no_article(cluster, corpus):
    from distributed import Client

    with Client(cluster, set_as_default=False) as c:
        pids = c.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed = []

    def progress(done, total):
        if not killed:  # the first article is in: tasks are running on both workers
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    out = corpus["dir"] / "killed.nq"
    report = build([str(corpus["folder"])], store_path=None, output=out, cluster=cluster, progress=progress)
    assert killed and len(report.built) == N
    assert lines(out) == corpus["local"]


def test_a_crashed_driver_resumes_without_duplicates(cluster, corpus):
    store = corpus["dir"] / "store"

    class Crash(Exception):
        pass

    def progress(done, total):
        if done == 7:  # a commit of 4 is in, the next is not
            raise Crash

    with pytest.raises(Crash):
        build([str(corpus["folder"])], store_path=store, cluster=cluster, progress=progress)
    report = build([str(corpus["folder"])], store_path=store, cluster=cluster, output=corpus["dir"] / "resumed.nq")
    assert len(report.unchanged) >= 4 and len(report.built) + len(report.unchanged) == N
    assert len(set(report.built) | set(report.unchanged)) == N
    st = ox.Store.read_only(str(store))
    articles = list(st.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                         ox.NamedNode("https://w3id.org/newskg/ns#Article"), None))
    assert len(articles) == N
    # the same quads (compared by value: articles read back from the store have "0.7", not "0.70")
    resumed = ox.parse(path=str(corpus["dir"] / "resumed.nq"), format=ox.RdfFormat.N_QUADS)
    assert by_value(resumed) == by_value(ox.parse("\n".join(corpus["local"]).encode(), format=ox.RdfFormat.N_QUADS))


def test_the_time_limit_works_on_cluster_threads(cluster, corpus):
    skipped = []
    report = build([str(corpus["folder"])], store_path=None, output=corpus["dir"] / "slow.nq", cluster=cluster,
                   time_limit=1e-4, on_skip=skipped.append)
    # the limit is one exception raised in the worker's thread; Python drops an exception that
    # lands in a gc callback (distributed registers one), and an article whose limit was lost
    # that way is analysed to the end and kept. Most are stopped; none is lost either way.
    stopped = {s.source.rsplit("/", 1)[-1] for s in skipped if "took longer than" in s.reason}
    assert len(stopped) >= N // 2, [s.reason for s in skipped]
    assert stopped | {b.rsplit("/", 1)[-1] for b in report.built} >= {p.name for p in corpus["src"]}


def test_no_scheduler_is_one_line(runner, tmp_path, monkeypatch):
    from .servers import free_port

    import kg.cluster

    monkeypatch.setattr(kg.cluster.connect, "__defaults__", (2.0,))  # it retries a refused connection until then
    (tmp_path / "a.txt").write_text("Headline\n\nThe council met on Monday.", encoding="utf-8")  # an article:
    # with none the cluster is never contacted (the test passed on 'nothing was built')
    address = f"tcp://127.0.0.1:{free_port()}"
    code, _o, err = run(runner, "build", str(tmp_path / "a.txt"), "--cluster", address,
                        "--no-store", "-o", str(tmp_path / "x.nq"))
    assert code == 1 and f"cannot reach the Dask scheduler at {address}" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_the_later_input_wins_when_it_arrives_first(cluster, corpus, tmp_path):
    """A slow first task (a long article) and a fast second one naming the same article: the
    second finishes first on the other worker, and still wins, being later in the input."""
    texts = [p.read_text(encoding="utf-8") for p in corpus["src"]]
    rows = [{"id": "same", "text": "\n\n".join(texts[:8])}, {"id": "other", "text": texts[8]},
            {"id": "same", "text": texts[9]}, {"id": "else", "text": texts[10]}]
    table = tmp_path / "rows.jsonl"
    table.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.nq"
    report = build([str(table)], store_path=None, output=out, cluster=cluster)
    bodies = {q.graph_name.value.rsplit("/", 1)[-1]: q.object.value
              for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
              if q.predicate.value == "https://schema.org/articleBody"}
    assert bodies["same"] == texts[9]
    assert sorted(report.built) == ["else", "other", "same"]
