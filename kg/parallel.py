"""Analysis off the writer: the per-article work (document in, quads out) and where it runs.

:func:`analyse_batch` is the pure per-article function: documents in, one :class:`Outcome` per
document out (its named graph and quads, what it added, the repairs made, or the one-line reason
it failed). It runs in the building process (one worker), in local worker processes
(:class:`LocalPool`, ``kg build --workers N``) or on a Dask cluster (:mod:`kg.cluster`); the
single store writer in the building process consumes the outcomes **in input order**, whatever
order they finish in, so "the later input wins" and the output is the same as with one worker.

Each worker process loads the spaCy pipeline once. Local workers run their tasks on their main
thread, so the analyser's per-article time limit (SIGALRM) works there as in one process; where
tasks run on another thread (Dask), :func:`thread_limit` stops an overrunning batch instead.
"""
from __future__ import annotations

import ctypes
import gc
import os
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

import pyoxigraph as ox

from . import DEFAULT_MODEL
from . import map as mapper
from .read import Document
from .validate import RejectedArticle, repair_article

TASK = 16  # articles per task sent to a worker (one nlp.pipe batch)


def get_analyser(model: str, time_limit: float | None = 60.0):
    """One loaded pipeline per model and process."""
    return _analyser(model, time_limit)


@lru_cache(maxsize=2)
def _analyser(model: str, time_limit: float | None):
    from .analyse import Analyser

    return Analyser(model, time_limit=time_limit)


def model_identity(model: str | None) -> str:
    """The model's id as the analyser states it (``lang_name-version``), read from the installed
    pipeline's meta.json without loading it (so the driver needs no pipeline in memory)."""
    import spacy
    from pathlib import Path

    name = model or DEFAULT_MODEL
    try:
        path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
        meta = spacy.util.get_model_meta(path)
    except Exception:  # noqa: BLE001 - not a plain package: load it (gives the error the build would)
        return get_analyser(name).model
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"


@dataclass
class Outcome:
    """What one article gave: its graph and quads (or N-Quads bytes, from another process) and
    counts, or ``error``, the reason it was lost."""
    identifier: str
    source: str
    content_hash: str
    error: str | None = None
    graph: str = ""
    quads: list[ox.Quad] | bytes = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)

    def packed(self) -> "Outcome":
        """The same outcome with its quads as N-Quads bytes, to cross a process boundary."""
        if not isinstance(self.quads, bytes):
            self.quads = ox.serialize(self.quads, format=ox.RdfFormat.N_QUADS) if self.quads else b""
        return self

    def unpacked(self) -> list[ox.Quad]:
        if isinstance(self.quads, bytes):
            self.quads = list(ox.parse(self.quads, format=ox.RdfFormat.N_QUADS)) if self.quads else []
        return self.quads


_BATCHES = {"run": 0}  # batches analysed in this process


def settle() -> None:
    """Once per process, when a second batch begins: what is alive then (the pipeline, the lexicons
    and gazetteers the first batch loaded) is moved out of the garbage collector's sight
    (``gc.freeze``), so its full collections, which free each batch's parsed documents (a spaCy
    Doc and its tokens refer to each other), no longer walk those long-lived objects again and
    again. Cyclic garbage is collected first; nothing an article gives changes."""
    _BATCHES["run"] += 1
    if _BATCHES["run"] == 2:
        gc.collect()
        gc.freeze()


def analyse_batch(analyser, docs: list[Document]) -> list[Outcome]:
    """Analyse, map and repair each document: one outcome per document, in order. A failure loses
    that article only."""
    settle()
    out = []
    for doc, rec in analyser.analyse(docs):
        o = Outcome(doc.identifier, doc.source, doc.content_hash)
        out.append(o)
        if isinstance(rec, Exception):
            o.error = f"analysis failed ({rec.__class__.__name__}: {str(rec)[:120]})"
            continue
        try:
            graph, quads = mapper.map_article(doc, rec)
            quads, repairs = repair_article(quads)  # what the shapes reject: repaired or left out
        except RejectedArticle as e:
            o.error = str(e)
            continue
        except Exception as e:  # one article's failure loses that article only
            o.error = f"mapping failed ({e.__class__.__name__}: {str(e)[:120]})"
            continue
        o.graph, o.quads, o.repairs = graph.value, quads, [str(r) for r in repairs]
        o.added = {"entities": len(rec.entities), "memberships": len(rec.memberships),
                   "quotations": len(rec.quotations), "events": len(rec.events), "quads": len(quads)}
    return out


# ------------------------------------------------------------------ a time limit on any thread

class BatchTimeout(BaseException):
    """Not an Exception: the analyser's own ``except Exception`` (which isolates a failing
    article) must not swallow it and go on without a limit."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def thread_limit(seconds: float | None):
    """Stop the calling thread's work after ``seconds`` with :class:`BatchTimeout`, on any thread
    (SIGALRM reaches the main thread only). The exception is raised at the next Python bytecode
    the thread runs (spaCy's pipeline and the rules return to Python constantly)."""
    if not seconds:
        yield
        return
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(tid, BatchTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:
                _raise_in(tid, None)  # an exception still pending is withdrawn


def analyse_limited(analyser, docs: list[Document]) -> list[Outcome]:
    """:func:`analyse_batch` with the analyser's time limits enforced off the main thread: the
    batch gets the sum of its articles' limits; when it overruns, each article is run again
    alone within its own limit, so one slow article loses itself only."""
    if threading.current_thread() is threading.main_thread() or not analyser.time_limit:
        return analyse_batch(analyser, docs)
    # the timer can fire just as the work ends, and BatchTimeout then arrives in thread_limit's
    # exit: outcomes that exist by then are kept (once), whatever is raised after them
    done: list[Outcome] | None = None
    try:
        with thread_limit(sum(analyser.limit(d) for d in docs)):
            done = analyse_batch(analyser, docs)
    except BatchTimeout:
        pass
    if done is not None:
        return done
    out = []
    for d in docs:
        seconds = analyser.limit(d)
        one: list[Outcome] | None = None
        try:
            with thread_limit(seconds):
                one = analyse_batch(analyser, [d])
        except BatchTimeout:
            pass
        out.extend(one if one is not None else
                   [Outcome(d.identifier, d.source, d.content_hash,
                            error=f"analysis failed (ArticleTimeout: the analysis took longer than {seconds:g} s)")])
    return out


# ------------------------------------------------------------------ local worker processes

_WORKER: dict = {}


def _init_worker(model: str, time_limit: float | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the building process's to handle
    _die_with_parent()
    try:
        _WORKER["analyser"] = get_analyser(model, time_limit)
    except Exception as e:  # noqa: BLE001 - raised by each task instead: the building process says it
        # in one line (an initializer that raises breaks the pool: a child's traceback on stderr
        # and 'BrokenProcessPool' instead of the reason)
        _WORKER["error"] = e


def _die_with_parent() -> None:
    """Linux: this worker is killed when the process that started it dies (a killed build leaves
    no worker behind)."""
    import signal

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _work(docs: list[Document]) -> list[Outcome]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return [o.packed() for o in analyse_batch(_WORKER["analyser"], docs)]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Inline:
    """Analysis in the building process (one worker)."""

    def __init__(self, model: str, analyser=None, time_limit: float | None = 60.0):
        self.model, self.analyser, self.time_limit = model, analyser, time_limit

    def run(self, batches: Iterable[list[Document]]) -> Iterator[Outcome]:
        for batch in batches:
            if self.analyser is None:
                self.analyser = get_analyser(self.model, self.time_limit)
            yield from analyse_batch(self.analyser, batch)

    def close(self) -> None:
        pass


class LocalPool:
    """``workers`` processes (started with ``spawn``: nothing of the building process, such as
    its open store, is inherited), each loading the pipeline once; at most ``2 × workers`` tasks
    in flight, so memory stays flat; outcomes yielded in input order. A worker that dies (killed,
    out of memory, a crash in the pipeline) takes the pool and the tasks in flight with it: they
    run again, and a task that kills its worker when it runs alone is run article by article, so
    only an article that kills its worker by itself is lost (one line, naming its file)."""

    def __init__(self, model: str, workers: int, time_limit: float | None = 60.0):
        self.model, self.workers, self.time_limit = model, workers, time_limit
        self.pool = None

    def _pool(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                            initializer=_init_worker, initargs=(self.model, self.time_limit))
        return self.pool

    def _broken(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _alone(self, batch: list[Document]) -> list[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool().submit(_work, batch).result()
        except BrokenProcessPool:
            self._broken()
        if len(batch) > 1:
            return [o for d in batch for o in self._alone([d])]
        d = batch[0]
        return [Outcome(d.identifier, d.source, d.content_hash,
                        error="analysis failed (its worker process died: killed, out of memory or crashed)")]

    def run(self, batches: Iterable[list[Document]]) -> Iterator[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        pending: deque = deque()  # (batch, future), in input order

        def take() -> list[Outcome]:
            batch, fut = pending.popleft()
            try:
                return fut.result()
            except BrokenProcessPool:  # every task in flight is lost with the pool
                lost = [b for b, _f in pending]
                pending.clear()
                self._broken()
                out = self._alone(batch)  # the oldest alone: is it the one that kills?
                for b in lost:
                    pending.append((b, self._pool().submit(_work, b)))
                return out

        for batch in batches:
            pending.append((batch, self._pool().submit(_work, batch)))
            while len(pending) >= 2 * self.workers:
                yield from take()
        while pending:
            yield from take()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def batches(docs: Iterable[Document], n: int = TASK) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def engine_for(model: str, workers: int = 1, analyser=None, time_limit: float | None = 60.0):
    """Where the analysis runs: local worker processes or this process (a Dask cluster:
    :class:`kg.cluster.DaskEngine`)."""
    if workers > 1:
        return Adaptive(model, workers, analyser, time_limit)
    return Inline(model, analyser, time_limit)


class Adaptive:
    """Local workers only when there is more than one task's worth of articles: a small build
    (one article, a test) runs in this process and starts no pipeline anywhere else."""

    def __init__(self, model: str, workers: int, analyser=None, time_limit: float | None = 60.0):
        self.inline = Inline(model, analyser, time_limit)
        self.pool = LocalPool(model, workers, time_limit)

    def run(self, stream: Iterable[list[Document]]) -> Iterator[Outcome]:
        it = iter(stream)
        first = next(it, None)
        if first is None:
            return
        second = next(it, None)
        if second is None:
            yield from self.inline.run([first])
            return

        def again():
            yield first
            yield second
            yield from it

        yield from self.pool.run(again())

    def close(self) -> None:
        self.pool.close()
