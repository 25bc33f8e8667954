"""``kg build --cluster tcp://HOST:8786``: the analysis on a Dask distributed cluster.

The driver (the ``kg build`` process) reads the articles and sends them in tasks of
:data:`kg.parallel.TASK` to the cluster; a worker plugin loads the spaCy pipeline once per
worker process (never per task), and each task returns its outcomes as N-Quads. Results stream
back through ``as_completed`` with a bounded window (at most two tasks per worker thread in
flight, finished or not), are put back in input order, and go to the single store writer, so
the driver never holds the corpus and the output is the one a local build gives. A task whose
worker dies is run again elsewhere (Dask reschedules it; ``retries`` covers failures), so a
killed worker loses no article; a driver that crashes is simply run again: the store knows
which articles (by content hash, model and rules) are in and skips them.

Tasks run on a worker thread, where SIGALRM cannot reach: the per-article time limit is kept by
:func:`kg.parallel.analyse_limited`. A worker process runs one task at a time (a lock around
its pipeline); start workers with ``--nthreads 1`` and as many processes as cores.
The workers need newskg and the model installed (the same versions as the driver).
"""
from __future__ import annotations

import threading
import uuid
from typing import Iterable, Iterator

from .parallel import Outcome, analyse_limited, get_analyser, model_identity

PLUGIN = "newskg-pipeline"

try:  # the 'cluster' extra; without it, --cluster says what to install
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - depends on the installation
    _PluginBase = object


class ClusterError(Exception):
    """The cluster cannot be used: one line saying why."""


def _need_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError("--cluster needs Dask distributed: pip install 'newskg[cluster]' "
                           "(dask and distributed)") from None
    return distributed


class PipelinePlugin(_PluginBase):
    """Loads the pipeline once when a worker starts (and after it is restarted)."""

    name = PLUGIN

    def __init__(self, model: str, time_limit: float | None):
        self.model, self.time_limit = model, time_limit

    def setup(self, worker) -> None:
        if not hasattr(worker, "_newskg"):
            worker._newskg = ({}, threading.Lock())  # pipelines by (model, time limit); one task at a time
        worker._newskg[0][(self.model, self.time_limit)] = get_analyser(self.model, self.time_limit)


def _worker_pipeline(model: str, time_limit: float | None):
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # not on a worker (a synchronous client): a per-process cache
        return get_analyser(model, time_limit), _LOCK
    if (model, time_limit) not in getattr(worker, "_newskg", ({}, None))[0]:
        PipelinePlugin(model, time_limit).setup(worker)
    pipelines, lock = worker._newskg
    return pipelines[(model, time_limit)], lock


_LOCK = threading.Lock()


def analyse_task(docs, model: str, time_limit: float | None) -> list[Outcome]:
    """One task: the documents' outcomes, quads as N-Quads bytes."""
    analyser, lock = _worker_pipeline(model, time_limit)
    with lock:
        return [o.packed() for o in analyse_limited(analyser, docs)]


def connect(address: str, timeout: float = 20.0):
    distributed = _need_distributed()
    try:
        return distributed.Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({str(e).splitlines()[0][:200]})") from None


def model_identity_on(address: str, model: str) -> str:
    """The model's id as the workers have it (the driver may have no pipeline installed)."""
    client = connect(address)
    try:
        return client.submit(model_identity, model, pure=False).result()
    finally:
        client.close()


class DaskEngine:
    """Analysis on the cluster at ``address``; outcomes yielded in input order."""

    def __init__(self, address: str, model: str, time_limit: float | None = 60.0, window: int | None = None,
                 retries: int = 3):
        self.address, self.model, self.time_limit = address, model, time_limit
        self.window, self.retries = window, retries
        self.client = None

    def _start(self):
        self.client = connect(self.address)
        self.client.register_plugin(PipelinePlugin(self.model, self.time_limit), name=PLUGIN)
        if self.window is None:
            threads = sum(self.client.nthreads().values()) or 1
            self.window = 2 * threads + 1

    def run(self, batches: Iterable[list]) -> Iterator[Outcome]:
        from distributed import as_completed

        run_id = uuid.uuid4().hex[:8]
        seq = 0  # tasks submitted
        nxt = 0  # the next task to hand to the writer, in input order
        ready: dict[int, list[Outcome]] = {}
        order: dict[str, int] = {}
        ac = None

        def collect_one():
            fut = next(ac)
            try:
                ready[order.pop(fut.key)] = fut.result()
            except Exception as e:  # noqa: BLE001 - the cluster's own failure (after retries): one line
                raise ClusterError(f"a task failed on the cluster after {self.retries} retries "
                                   f"({e.__class__.__name__}: {str(e).splitlines()[0][:200] if str(e) else ''})") \
                    from None

        for batch in batches:
            if self.client is None:
                self._start()
                ac = as_completed(loop=self.client.loop)
            fut = self.client.submit(analyse_task, batch, self.model, self.time_limit, pure=False,
                                     key=f"newskg-{run_id}-{seq}", retries=self.retries)
            order[fut.key] = seq
            ac.add(fut)
            seq += 1
            while seq - nxt >= self.window:  # the window is full: wait for the oldest to be in
                while nxt not in ready:
                    collect_one()
                while nxt in ready:
                    yield from ready.pop(nxt)
                    nxt += 1
        while nxt < seq:
            while nxt not in ready:
                collect_one()
            yield from ready.pop(nxt)
            nxt += 1

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
