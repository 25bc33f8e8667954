"""Scale-out figures: local workers, a local Dask cluster, scaling with the corpus, and loading
into SPARQL servers against the embedded store. One run; ratios are from that run.

    python benchmarks/scale_out.py                      # the issue's sizes (on an idle machine: ~1-2 h)
    python benchmarks/scale_out.py --articles 24 --counts 20,40 --load 40   # a smoke test

1. `kg build --workers 2` against `--workers 1` on ``--articles`` articles (target >= 1.7x on 2
   cores), each a `kg build` process into a fresh store; the two stores' quads must be equal.
2. A local Dask cluster (LocalCluster, worker processes with one thread) of 2 workers against 1,
   `kg build --cluster` (target >= 1.6x); its quads must equal the local build's. The workers are
   warmed up (pipeline loaded) by a one-article build first.
3. Time per article and the driver's peak resident memory (the `kg build` process alone, not its
   workers; sampled with psutil) at ``--counts`` articles (default 100, 1,000, 10,000), with the
   default workers (the cores).
4. Loading the same articles (analysed once, N-Quads) into the embedded store, Oxigraph server
   and Virtuoso (started here in temporary folders, as the tests start them), 64 articles per
   request or transaction as the build writes them: articles per second.

The articles are the shared corpora (PolNeAR train texts, BBC politics, Wikinews rows) cycled
under new names (`benchmarks/load.py`'s corpus), read from ``../shared`` and never copied into
the repository.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.load import corpus, replicate  # noqa: E402


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def kg_build(folder: Path, *args: str) -> tuple[float, int]:
    """Wall time of one `kg build` process and its own peak RSS in MiB (children excluded)."""
    import psutil

    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), *args], env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    ps = psutil.Process(proc.pid)
    errs: list[str] = []
    reader = threading.Thread(target=lambda: errs.append(proc.stderr.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        try:
            peak = max(peak, ps.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    wall = time.perf_counter() - t
    reader.join()
    if proc.returncode:
        raise SystemExit(f"kg build {' '.join(args)} failed:\n{''.join(errs)[-2000:]}")
    return wall, peak // (1 << 20)


def quads_of(store: Path) -> set[str]:
    import pyoxigraph as ox

    return {str(q) for q in ox.Store.read_only(str(store))}


def workers_ratio(texts: list[str], n: int, tmp: Path) -> None:
    folder = tmp / f"w{n}"
    replicate(texts, n, folder)
    times = {}
    for w in (1, 2):
        times[w], _ = kg_build(folder, "--store", str(tmp / f"w{n}-s{w}"), "--workers", str(w))
        print(f"  --workers {w}: {times[w]:7.1f} s  ({n / times[w]:5.2f} articles/s)", flush=True)
    same = quads_of(tmp / f"w{n}-s1") == quads_of(tmp / f"w{n}-s2")
    print(f"  speed-up {times[1] / times[2]:.2f}x (target >= 1.7x); same quads: {same}", flush=True)


def dask_ratio(texts: list[str], n: int, tmp: Path) -> None:
    try:
        from distributed import LocalCluster
    except ImportError:
        print("  skipped: Dask distributed is not installed (pip install 'newskg[cluster]')")
        return
    folder = tmp / f"w{n}"
    if not folder.exists():
        replicate(texts, n, folder)
    warm = tmp / "warm"
    replicate(texts, 1, warm)
    times = {}
    for k in (1, 2):
        with LocalCluster(n_workers=k, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=50) as lc:
            kg_build(warm, "--cluster", lc.scheduler_address, "--no-store", "-o", str(tmp / "warm.nq"))
            times[k], _ = kg_build(folder, "--cluster", lc.scheduler_address, "--store", str(tmp / f"d{k}"))
        print(f"  Dask, {k} worker(s): {times[k]:7.1f} s  ({n / times[k]:5.2f} articles/s)", flush=True)
    same = quads_of(tmp / "d2") == quads_of(tmp / "d1")
    local = tmp / f"w{n}-s1"
    same_local = quads_of(local) == quads_of(tmp / "d2") if local.exists() else None
    print(f"  speed-up {times[1] / times[2]:.2f}x (target >= 1.6x); 1 and 2 workers same quads: {same}; "
          f"same as the local build: {same_local}", flush=True)


def scaling(texts: list[str], counts: list[int], tmp: Path) -> None:
    print(f"  {'articles':>9} {'wall s':>8} {'ms/article':>11} {'driver peak MiB':>16}")
    for n in counts:
        folder = tmp / f"c{n}"
        replicate(texts, n, folder)
        wall, peak = kg_build(folder, "--store", str(tmp / f"c{n}-s"))
        print(f"  {n:9d} {wall:8.1f} {1000 * wall / n:11.0f} {peak:16d}", flush=True)


def load_rates(texts: list[str], n: int, tmp: Path) -> None:
    import pyoxigraph as ox

    from kg import store as kgstore
    from kg.build import CHUNK
    from kg.remote import RemoteStore

    folder = tmp / f"l{n}"
    replicate(texts, n, folder)
    nq = tmp / "load.nq"
    kg_build(folder, "--no-store", "-o", str(nq))
    graphs: dict = {}
    for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        if not q.graph_name.value.endswith("/entities"):
            graphs.setdefault(q.graph_name, []).append(q)
    articles = list(graphs.items())
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    quads = sum(len(v) for v in graphs.values())
    print(f"  {len(articles)} articles, {quads} quads, {len(chunks)} chunks of {CHUNK}")

    def embedded() -> float:
        with kgstore.writer(tmp / "load-store") as st:
            t = time.perf_counter()
            for c in chunks:
                kgstore.replace_articles(st, c)
                st.flush()
            return time.perf_counter() - t

    def server(start) -> float:
        sys.path.insert(0, str(ROOT / "tests"))
        from servers import oxigraph_server, virtuoso_server  # noqa: F401

        folder = Path(tempfile.mkdtemp(prefix="kg-server-", dir=tmp))
        with {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}[start](folder) as s:
            st = RemoteStore(s["url"], user=s["user"], password=s["password"])
            t = time.perf_counter()
            for c in chunks:
                st.replace_articles(c)
            return time.perf_counter() - t

    for name, fn in [("embedded store", embedded), ("Oxigraph server", lambda: server("oxigraph")),
                     ("Virtuoso", lambda: server("virtuoso"))]:
        try:
            secs = fn()
        except BaseException as e:  # noqa: BLE001 - pytest's Skipped: the server is not installed
            if isinstance(e, KeyboardInterrupt):
                raise
            print(f"  {name:16s} skipped ({e})")
            continue
        print(f"  {name:16s} {secs:7.2f} s  {len(articles) / secs:8.1f} articles/s  {quads / secs:9.0f} quads/s",
              flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400, help="articles for the worker and Dask ratios")
    ap.add_argument("--counts", default="100,1000,10000", help="articles for the scaling runs")
    ap.add_argument("--load", type=int, default=1000, help="articles loaded into each store")
    ap.add_argument("--only", default="workers,dask,scaling,load", help="parts to run")
    a = ap.parse_args()
    parts = set(a.only.split(","))
    texts = corpus()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        tmp = Path(tmp)
        if "workers" in parts:
            print(f"1. local workers, {a.articles} articles", flush=True)
            workers_ratio(texts, a.articles, tmp)
        if "dask" in parts:
            print(f"2. local Dask cluster, {a.articles} articles", flush=True)
            dask_ratio(texts, a.articles, tmp)
        if "scaling" in parts:
            print("3. scaling (default workers)", flush=True)
            scaling(texts, [int(x) for x in a.counts.split(",")], tmp)
        if "load" in parts:
            print(f"4. loading {a.load} articles", flush=True)
            load_rates(texts, a.load, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
