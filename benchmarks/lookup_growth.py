"""Where the per-lookup growth of issue #12 comes from: the same queries on the kept on-disk stores
(RocksDB, opened read-only as ``kg query`` opens them) and on an in-memory ``pyoxigraph.Store()``
holding the same quads, at each size, in one run.

For each size and each engine: a scan of every quad, one index lookup per article (SPARQL), the
same 100 articles looked up 5,000 times (Python API), 1,000 articles looked up by SPARQL (the same
1,000 every run, and another 1,000 each run where the store has them), ``officials``, the heaviest lookups of
``quotes-by-speaker`` and ``organization-members`` (the most quoted speaker, the organisation with
most memberships) and ``speakers-and-outlets``: the median CPU time of ``--runs`` runs after one
warm-up run, and the load average. For the in-memory store also the CPU time of loading it and the
growth of the process's resident memory. CPU time (``time.process_time``) since the machine is
shared: the engine runs in this thread.

    nice -n 5 python benchmarks/lookup_growth.py --cache /tmp/newskg-bench4 --sizes 1000 10000 --runs 5
    nice -n 5 python benchmarks/lookup_growth.py --cache /tmp/newskg-bench4 --sizes 1000 10000 --engines disk
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import queries as bm  # noqa: E402
from kg import query as kq  # noqa: E402
from kg.store import open_store  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_runs(fn, runs: int) -> dict:
    fn()  # warm-up
    cpu, wall = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {"cpu": statistics.median(cpu), "cpu_min": min(cpu), "wall": statistics.median(wall)}


SUBSET = ("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { %s } "
          "GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id } }")


def articles_all(st: ox.Store) -> list:
    return [s["a"] for s in st.query("SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }",
                                     prefixes=kq.PREFIXES)]


def cases(st: ox.Store, queries: dict) -> dict:
    """label -> a function running one case on ``st``."""
    shipped = kq.shipped()
    out = {}
    for label in ("scan of every quad", "one lookup per article"):
        text = bm.REFERENCE[label]
        out["store: " + label] = lambda text=text: bm.consume(st.query(text, prefixes=kq.PREFIXES))
    articles = [s["a"] for s in st.query(bm.REFERENCE[bm.HOT], prefixes=kq.PREFIXES)]
    reps = 5000 // max(1, len(articles))

    def hot():
        for _ in range(reps):
            for a in articles:
                bm.consume(st.quads_for_pattern(a, bm.SCHEMA.identifier, None, a))
    out["store: " + bm.HOT] = hot
    # 1,000 articles by SPARQL (VALUES): the same 1,000 each run (data just read) and, where the store
    # has more, another 1,000 each run (data not read recently): the store's size alone vs the cache
    rng = random.Random(12)
    shuffled = sorted(articles_all(st), key=str)
    rng.shuffle(shuffled)
    groups = [shuffled[i:i + 1000] for i in range(0, len(shuffled), 1000)]
    texts = [SUBSET % " ".join(str(a) for a in g) for g in groups]
    out["store: the same 1,000 articles again (VALUES)"] = \
        lambda: bm.consume(st.query(texts[0], prefixes=kq.PREFIXES))
    if len(texts) > 2:
        turn = iter(range(10 ** 9))
        out["store: another 1,000 articles each run (VALUES)"] = \
            lambda: bm.consume(st.query(texts[1 + next(turn) % (len(texts) - 1)], prefixes=kq.PREFIXES))
    for name, qt in queries.items():
        qt = qt if qt is not None else shipped[name]
        if name.split("@")[0] in bm.TARGETED:
            param, prop = bm.TARGETED[name.split("@")[0]]
            value, _ = bm.lookup_values(st, prop)["heaviest"]
            out[name + " (heaviest)"] = lambda qt=qt, p={param: value}: bm.consume(kq.run(st, qt, p, checked=True))
        else:
            out[name] = lambda qt=qt: bm.consume(kq.run(st, qt, {}, checked=True))
    return out


def measure(st: ox.Store, runs: int, queries: dict, only: list[str] | None) -> dict:
    res = {}
    for label, fn in cases(st, queries).items():
        if only and not any(o in label for o in only):
            continue
        res[label] = cpu_runs(fn, runs)
        print(f"    {label}: CPU {res[label]['cpu'] * 1000:.1f} ms (min {res[label]['cpu_min'] * 1000:.1f})",
              flush=True)
    return res


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newskg-bench4"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--engines", nargs="+", default=["disk", "memory"], choices=["disk", "memory"])
    ap.add_argument("--only", nargs="*", help="only the cases whose label contains one of these")
    ap.add_argument("--query-file", nargs="*", default=[], metavar="NAME=FILE",
                    help="time FILE in place of the shipped query NAME (alternatives side by side)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    queries = {"officials": None, "quotes-by-speaker": None, "organization-members": None,
               "speakers-and-outlets": None}
    for spec in args.query_file:
        name, path = spec.split("=", 1)
        qt = kq.resolve(path)
        queries[f"{name}@{Path(path).name}"] = qt
    report = {"sizes": {}}
    for n in args.sizes:
        path = args.cache / f"store-{n}-seed{args.seed}"
        for engine in args.engines:
            load0 = os.getloadavg()[0]
            print(f"{n} articles, {engine} (load {load0:.1f})", flush=True)
            disk = open_store(path, read_only=True)
            entry = {"load_start": load0}
            if engine == "memory":
                r0, c = rss_mb(), time.process_time()
                st = ox.Store()
                st.bulk_extend(disk.quads_for_pattern(None, None, None, None))
                entry["load_cpu"] = time.process_time() - c
                del disk
                entry["rss_mb"] = rss_mb() - r0
                entry["quads"] = len(st)
                print(f"    loaded {entry['quads']:,} quads: CPU {entry['load_cpu']:.1f} s, "
                      f"+{entry['rss_mb']:.0f} MB resident", flush=True)
            else:
                st = disk
            entry["cases"] = measure(st, args.runs, queries, args.only)
            entry["load_end"] = os.getloadavg()[0]
            report["sizes"].setdefault(str(n), {})[engine] = entry
            del st
    sizes = [str(n) for n in args.sizes]
    print("\nCPU growth (median CPU, larger / smaller size):")
    for engine in args.engines:
        labels = dict.fromkeys(k for s in sizes for k in report["sizes"][s][engine]["cases"])
        for label in labels:
            cells = [report["sizes"][s][engine]["cases"].get(label, {}).get("cpu") for s in sizes]
            if None in cells:
                print(f"  {engine:6} {label}: " + " / ".join("-" if c is None else f"{c * 1000:.1f} ms" for c in cells))
                continue
            ratios = " ".join(f"x{b / a:.1f}" if a else "-" for a, b in zip(cells, cells[1:]))
            print(f"  {engine:6} {label}: " + " / ".join(f"{c * 1000:.1f} ms" for c in cells) + f"  {ratios}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
