"""`kg build --workers N`: worker processes analyse, the single writer writes, and the output is
the same as with one worker (sorted N-Quads), with the same errors, progress and input order."""
from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.parallel import BatchTimeout, analyse_limited, thread_limit

from .conftest import run, shared_path

N = 14  # articles: with tasks of 4, more than two tasks, so the worker pool starts


@pytest.fixture(autouse=True, scope="module")
def small_tasks():
    """Tasks of 4 articles (16 in use), so a few articles make several tasks across the workers."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.build.TASK", 4)
        yield


def sorted_nquads(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """14 BBC articles from ../shared (copied to a temporary folder for the test only), a binary
    file among them, and a table whose rows repeat identifiers with other texts."""
    src = sorted(shared_path("corpus", "bbc", "politics").glob("*.txt"))[:N]
    d = tmp_path_factory.mktemp("par")
    folder = d / "articles"
    folder.mkdir()
    for p in src:
        shutil.copy(p, folder / p.name)
    (folder / "zz-broken.txt").write_bytes(b"\x00\x01 not text")
    texts = [p.read_text(encoding="utf-8") for p in src[:10]]
    rows = [{"id": f"row-{i % 4}", "text": t} for i, t in enumerate(texts)]  # ids repeat: the later row wins
    table = d / "table.jsonl"
    table.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return {"dir": d, "folder": folder, "table": table, "texts": texts}


def test_two_workers_give_the_same_quads_errors_and_progress(corpus, analyser):
    d = corpus["dir"]
    out = {}
    for w in (1, 2):
        skipped, ticks = [], []
        report = build([str(corpus["folder"]), str(corpus["table"])], store_path=d / f"store{w}",
                       output=d / f"w{w}.nq", workers=w, analyser=analyser if w == 1 else None,
                       on_skip=skipped.append, progress=lambda done, total: ticks.append(done))
        out[w] = (report, skipped, ticks)
    one, two = out[1], out[2]
    assert sorted_nquads(d / "w1.nq") == sorted_nquads(d / "w2.nq")
    assert len(sorted_nquads(d / "w2.nq")) > 500
    # the stores hold the same quads too
    q1 = sorted(str(q) for q in ox.Store.read_only(str(d / "store1")))
    q2 = sorted(str(q) for q in ox.Store.read_only(str(d / "store2")))
    assert q1 == q2
    assert one[0].built == two[0].built and one[0].counts == two[0].counts and one[0].quads == two[0].quads
    # the same lines: the binary file named, the repeated identifiers replaced by the later rows
    assert [str(s) for s in one[1]] == [str(s) for s in two[1]]
    assert any("zz-broken.txt" in str(s) for s in two[1])
    assert sum("replaced by" in s.reason for s in two[1]) == 10 - 4
    # the later row wins, by input order: row-1 is rows 1, 5 and 9; the store holds row 9's text
    body = next(iter(ox.Store.read_only(str(d / "store2")).query(
        'SELECT ?b WHERE { ?a <https://schema.org/identifier> "row-1" ; <https://schema.org/articleBody> ?b }',
        use_default_graph_as_union=True)))["b"].value
    assert body == corpus["texts"][9]
    # progress: one tick per article, in order, to the end
    assert two[2] == list(range(1, len(two[2]) + 1)) and two[2] == one[2]


def test_workers_from_the_command_line(corpus, runner, tmp_path):
    code, _o, err = run(runner, "build", str(corpus["folder"]), "--workers", "2", "--no-store",
                        "-o", str(tmp_path / "cli.nq"))
    assert code == 0, err
    assert f"built {N} article(s)" in err and "zz-broken.txt" in err and "Traceback" not in err
    # the folder's articles as the one-worker build of folder and table wrote them
    mine = set(sorted_nquads(tmp_path / "cli.nq"))
    assert mine and mine <= set(sorted_nquads(corpus["dir"] / "w1.nq")) | {
        line for line in mine if "/entities>" in line}
    code, _o, err = run(runner, "build", "x", "--workers", "0", "--no-store", "-o", str(tmp_path / "n.nq"))
    assert code == 2 and "--workers must be 1 or more" in err


def test_the_time_limit_works_in_worker_processes(corpus):
    skipped = []
    report = build([str(corpus["folder"])], store_path=None, output=corpus["dir"] / "slow.nq", workers=2,
                   time_limit=1e-4, on_skip=skipped.append)
    assert not report.built
    assert sum("took longer than" in s.reason for s in skipped) == N


def test_thread_limit_stops_work_off_the_main_thread():
    result = {}

    def slow():
        try:
            with thread_limit(0.2):
                while True:
                    sum(range(1000))
        except BatchTimeout:
            result["stopped"] = True
        time.sleep(0.4)  # nothing pending once the block is left
        result["after"] = True

    t = threading.Thread(target=slow)
    t.start()
    t.join(5)
    assert result == {"stopped": True, "after": True}


def test_analyse_limited_loses_only_the_overrunning_article(analyser, tmp_path):
    from kg.read import Document

    class Slow:
        """The analyser, with one article that never finishes (its rules loop)."""
        time_limit = 1.0
        model = analyser.model

        def limit(self, d):
            return 1.0  # a short article takes ~50 ms warm; 0.5 s failed on a loaded machine

        def analyse(self, docs):
            for d in docs:
                if d.identifier == "slow":
                    while True:
                        sum(range(100))
                yield from analyser.analyse([d])

    docs = [Document("a", "Headline\n\nA short text about a committee meeting on Monday."),
            Document("slow", "Headline\n\nAnother text."),
            Document("b", "Headline\n\nThe council met on Tuesday.")]
    list(analyser.analyse([docs[0]]))  # warm: the first analysis in a process loads what it needs
    out = {}
    t = threading.Thread(target=lambda: out.update(r=analyse_limited(Slow(), docs)))
    t.start()
    t.join(60)
    r = out["r"]
    assert [o.identifier for o in r] == ["a", "slow", "b"]
    assert r[0].error is None and r[2].error is None and r[0].quads
    assert "took longer than" in r[1].error


def test_a_limit_firing_as_the_work_ends_gives_one_outcome_per_article(monkeypatch):
    """The timer may fire just as the block ends: the worker thread then gets BatchTimeout in
    thread_limit's own exit, after the outcomes exist. They must be kept, once each (not the
    article both built and lost, nor the batch analysed a second time)."""
    from contextlib import contextmanager

    import kg.parallel as par
    from kg.parallel import Outcome

    @contextmanager
    def late(seconds):
        yield
        raise BatchTimeout  # the race: delivered after the body finished

    calls = []

    def fake_batch(analyser, docs):
        calls.append([d.identifier for d in docs])
        return [Outcome(d.identifier, d.source, d.content_hash) for d in docs]

    class A:
        time_limit = 1.0

        def limit(self, d):
            return 1.0

    monkeypatch.setattr(par, "thread_limit", late)
    monkeypatch.setattr(par, "analyse_batch", fake_batch)
    from kg.read import Document

    docs = [Document("a", "Headline\n\nText a."), Document("b", "Headline\n\nText b.")]
    out = {}
    t = threading.Thread(target=lambda: out.update(r=analyse_limited(A(), docs)))
    t.start()
    t.join(10)
    assert [(o.identifier, o.error) for o in out["r"]] == [("a", None), ("b", None)]
    assert calls == [["a", "b"]]


def test_a_missing_model_with_workers_is_one_line(runner, tmp_path, monkeypatch, capfd):
    """The pipeline fails to load in the worker processes: the user gets the model's one-line
    error, as with one worker, not a child's traceback and 'internal error: BrokenProcessPool'."""
    monkeypatch.setattr("kg.build.TASK", 1)  # three tasks: the worker pool starts
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\nThe council met on Monday.", encoding="utf-8")
    code, _o, err = run(runner, "build", str(folder), "--workers", "2", "--model", "no_such_model_r18",
                        "--no-store", "-o", str(tmp_path / "x.nq"))
    child = capfd.readouterr().err
    assert code == 1 and "'no_such_model_r18' is not installed" in err, err
    assert "BrokenProcessPool" not in err and "Traceback" not in child, child[-500:]


def test_a_killed_worker_process_loses_no_article(corpus, tmp_path):
    """A worker killed mid-build (the OOM killer, a crash in the pipeline) breaks the process pool:
    the tasks lost with it run again, and the build ends with every article, as with Dask."""
    import multiprocessing
    import os
    import signal

    killed = []

    def progress(done, total):
        if not killed:  # the first article is in: the other tasks are running in the workers
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    skipped = []
    report = build([str(corpus["folder"])], store_path=None, output=tmp_path / "k.nq", workers=2,
                   progress=progress, on_skip=skipped.append)
    assert killed and len(report.built) == N, [str(s) for s in skipped]
    assert len(skipped) == 1 and "zz-broken.txt" in str(skipped[0])  # the binary file only


def test_long_lived_objects_leave_the_collectors_sight_once_a_second_batch_begins(monkeypatch):
    from kg import parallel

    class NoArticles:
        def analyse(self, docs):
            return iter([])

    frozen = []
    monkeypatch.setattr(parallel, "_BATCHES", {"run": 0})
    monkeypatch.setattr(parallel.gc, "freeze", lambda: frozen.append(parallel._BATCHES["run"]))
    for _ in range(4):
        assert parallel.analyse_batch(NoArticles(), []) == []
    assert frozen == [2]  # once, when the second batch begins
