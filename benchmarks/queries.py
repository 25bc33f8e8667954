"""Query scale: every shipped query, `kg view` and GraphML export on stores of 100, 1,000 and
10,000 articles.

Real articles are built once (BBC politics, PolNeAR dev and the Wikinews CSVs from ../shared,
cached as N-Quads under --cache); the larger stores repeat them under new article identities
(a fixed seed chooses the order): each copy gets its own article IRI, identifier, evidence IRIs
and article-local nodes (memberships, quotations, events, unnamed sources), while the people,
organisations, places and roles stay shared, so the entity graph merges over the copies as it
would over a real collection. Stores are written through ``kg.store.replace_articles`` in
chunks of 64, as ``kg build`` writes them, so the merge path is part of what is measured.

For each size and each shipped query: median and p95 seconds in process (``kg.query.run``,
results read to the end; a listing query's first page, docs/graph-shape.md "Pages"), with the
median CPU time of the same runs (the machine may be shared), the time of ``kg.query.count`` (how
many subjects the whole answer has), through ``kg query`` (a fresh process each time, CSV out), and in
rdflib's in-memory engine on the same dataset (sizes up to --rdflib-max, each query capped at
--cap seconds); targeted lookups (a speaker, an organisation, …) take a different value from the
store on each run. Then `kg view` and `kg export -o all.graphml` of the whole graph, with their
peak memory, and the growth 100 → 1,000 → 10,000.

    python benchmarks/queries.py                    # 100, 1,000 and 10,000 articles
    python benchmarks/queries.py --sizes 100 1000 --runs 5
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import query as kq  # noqa: E402
from kg.layout import ENTITY_GRAPH  # noqa: E402
from kg.store import replace_articles  # noqa: E402
from kg.vocab import ID_NS, SCHEMA  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
INPUTS = [SHARED / "bbc" / "politics", SHARED / "polnear" / "dev" / "text",
          *sorted((SHARED / "wikinews").glob("*.csv"))]
LOCAL = tuple(ID_NS + k + "/" for k in ("membership", "quote", "event", "activity"))
TARGETED = {"quotes-by-speaker": "speaker_name", "organization-members": "org_name"}


def base_articles(cache: Path) -> dict[ox.NamedNode, list[ox.Quad]]:
    """The real articles, built once with `kg build --no-store -o` and cached."""
    path = cache / "base.nq"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / "base.tmp.nq"
        print(f"building the base corpus into {path} (once)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, INPUTS), "--no-store", "-o", str(tmp)],
                       check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        tmp.rename(path)
    graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        if q.graph_name != ENTITY_GRAPH:
            graphs.setdefault(q.graph_name, []).append(q)
    return graphs


def copy_article(graph: ox.NamedNode, quads: list[ox.Quad], k: int) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """Article ``graph`` again under a new identity (copy ``k``; 0 is the article itself)."""
    if k == 0:
        return graph, quads
    old, new = graph.value, f"{graph.value}--copy-{k}"
    tag = f"--copy-{k}"

    def term(t):
        if isinstance(t, ox.NamedNode):
            v = t.value
            if v == old or v.startswith(old + "#"):
                return ox.NamedNode(new + v[len(old):])
            if v.startswith(LOCAL) or "--" in v.rsplit("/", 1)[-1]:  # article-local nodes
                return ox.NamedNode(v + tag)
        return t

    out = []
    g = ox.NamedNode(new)
    for q in quads:
        o = q.object
        if q.predicate == SCHEMA.identifier and q.subject == graph:
            o = ox.Literal(f"copy-{k}/{o.value}")
        out.append(ox.Quad(term(q.subject), q.predicate, term(o), g))
    return g, out


def make_store(path: Path, base: dict, n: int, seed: int = 12) -> dict:
    order = list(base)
    random.Random(seed).shuffle(order)
    st = ox.Store(str(path))
    t0 = time.perf_counter()
    batch, quads = [], 0
    for i in range(n):
        g = order[i % len(order)]
        batch.append(copy_article(g, base[g], i // len(order)))
        if len(batch) == 64:
            quads += sum(len(b[1]) for b in batch)
            replace_articles(st, batch)
            batch = []
    if batch:
        quads += sum(len(b[1]) for b in batch)
        replace_articles(st, batch)
    st.flush()
    write = time.perf_counter() - t0
    total = len(st)
    entity = sum(1 for _ in st.quads_for_pattern(None, None, None, ENTITY_GRAPH))
    del st
    return {"articles": n, "quads": total, "entity_quads": entity, "article_quads": quads, "write_s": write}


def lookup_values(st: ox.Store, name: str, param: str, runs: int, seed: int) -> list[str]:
    """Values of a parameter that occur in the store, chosen at random (fixed seed)."""
    # every value that gives rows, not only those of the first page (which are the first by name)
    prop = {"quotes-by-speaker": "schema:creator", "organization-members": "org:organization"}[name]
    res = st.query(f"SELECT DISTINCT ?v WHERE {{ GRAPH ?g {{ ?x {prop} ?s }} GRAPH {ENTITY_GRAPH} {{ ?s rdfs:label ?v }} }}",
                   prefixes=kq.PREFIXES)
    vals = sorted({s["v"].value for s in res})
    return random.Random(seed).sample(vals, min(runs, len(vals))) if vals else []


def consume(result) -> int:
    return sum(1 for _ in result)


def stats(times: list[float]) -> dict:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"median": statistics.median(times), "p95": p95, "runs": len(times)}


def in_process(st: ox.Store, runs: int, seed: int) -> dict:
    out = {}
    for name, qt in kq.shipped().items():
        params_list: list[dict] = [{}] * runs
        if name in TARGETED:
            vals = lookup_values(st, name, TARGETED[name], runs, seed)
            if vals:
                params_list = [{TARGETED[name]: v} for v in vals]
        times, cpu, rows = [], [], 0
        for p in params_list:
            t, c = time.perf_counter(), time.process_time()
            rows = consume(kq.run(st, qt, p, checked=True))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)  # the engine runs in this thread: CPU time, apart from waiting
        out[name] = {**stats(times), "cpu": statistics.median(cpu), "rows": rows, "targeted": bool(params_list[0])}
        if params_list[0]:  # the first page without a parameter too
            t = time.perf_counter()
            out[name]["page_rows"] = consume(kq.run(st, qt, checked=True))
            out[name]["all_s"] = time.perf_counter() - t
        if kq.page_size(qt):  # how many subjects (pages) the whole answer has
            t = time.perf_counter()
            out[name]["subjects"] = kq.count(st, qt, checked=True)
            out[name]["count_s"] = time.perf_counter() - t
            out[name]["page_size"] = kq.page_size(qt)
    return out


def timed(cmd: list[str], timeout: float) -> tuple[float, int, int]:
    """Seconds, peak RSS (MB) and exit code of a command."""
    t = time.perf_counter()
    r, w = os.pipe()  # /usr/bin/time's report (peak RSS in KB) through a pipe of our own
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", f"/dev/fd/{w}", *cmd], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, pass_fds=(w,), env={**os.environ, "PYTHONPATH": str(ROOT)},
                            start_new_session=True)
    os.close(w)
    try:
        _o, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # /usr/bin/time and the command under it
        proc.communicate()
        os.close(r)
        return float("inf"), 0, -9
    elapsed = time.perf_counter() - t
    with os.fdopen(r) as f:
        rss = f.read().strip().splitlines()
    mb = int(rss[-1]) // 1024 if rss and rss[-1].isdigit() else 0
    if proc.returncode:
        print(err.decode(errors="replace")[-500:], file=sys.stderr)
    return elapsed, mb, proc.returncode


def through_cli(path: Path, runs: int) -> dict:
    out = {}
    for name in kq.shipped():
        times, mem = [], 0
        for _ in range(runs):
            s, mb, code = timed([sys.executable, "-m", "kg.cli", "query", name, "--store", str(path), "-f", "csv",
                                 "--timeout", "600"], 900)
            times.append(s if code == 0 else float("inf"))
            mem = max(mem, mb)
        out[name] = {**stats(times), "peak_mb": mem}
    return out


def rdflib_child(path: Path, cap: float, runs: int, out_file: str) -> None:
    """In a child process: the store's dataset in rdflib, every shipped query (capped)."""
    import multiprocessing as mp

    import rdflib

    st = ox.Store.read_only(str(path))
    data = ox.serialize(st.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
    ds = rdflib.Dataset()
    t = time.perf_counter()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    res = {"_load_s": time.perf_counter() - t}
    for name, qt in kq.shipped().items():
        def one(conn, text=qt.text):
            t = time.perf_counter()
            n = sum(1 for _ in ds.query(text))
            conn.send((time.perf_counter() - t, n))

        times = []
        for _ in range(runs):
            a, b = mp.get_context("fork").Pipe()
            p = mp.get_context("fork").Process(target=one, args=(b,))
            p.start()
            p.join(cap)
            if p.is_alive():
                p.kill()
                p.join()
                times = None
                break
            times.append(a.recv()[0])
        res[name] = stats(times) if times else {"median": None, "p95": None, "capped": cap}
        print(f"  rdflib {name}: {res[name]}", file=sys.stderr, flush=True)
    Path(out_file).write_text(json.dumps(res))


def in_rdflib(path: Path, cap: float, runs: int) -> dict:
    import multiprocessing as mp

    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    p = mp.get_context("fork").Process(target=rdflib_child, args=(path, cap, runs, out))
    p.start()
    p.join()
    try:
        return json.loads(Path(out).read_text() or "{}")
    finally:
        os.unlink(out)


def fmt(x) -> str:
    if x is None:
        return "—"
    if x == float("inf"):
        return "stopped"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.1f} s"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--runs", type=int, default=5, help="runs per query in process (and rdflib)")
    ap.add_argument("--cli-runs", type=int, default=3, help="runs per query through `kg query`")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest size run in rdflib")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds allowed per rdflib query")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newskg-bench")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--json", type=Path, help="write all figures here too")
    ap.add_argument("--ui-timeout", type=float, default=900, help="seconds allowed for `kg view` and the export")
    ap.add_argument("--keep-stores", action="store_true", help="keep the stores in --cache and reuse them")
    ap.add_argument("--only-store", action="store_true", help="write the stores (with --keep-stores) and stop")
    args = ap.parse_args(argv)

    base = base_articles(args.cache)
    print(f"base corpus: {len(base)} articles, {sum(map(len, base.values())):,} quads", file=sys.stderr)
    report = {"base_articles": len(base), "sizes": {}}
    for n in args.sizes:
        with tempfile.TemporaryDirectory(dir=args.cache) as d:
            path = Path(d) / "store"
            kept = args.cache / f"store-{n}-seed{args.seed}"
            if args.keep_stores and (kept / "done.json").exists():
                path = kept  # written by an earlier run with --keep-stores
                info = json.loads((kept / "done.json").read_text())
            else:
                if args.keep_stores:
                    path = kept
                    shutil.rmtree(kept, ignore_errors=True)
                info = make_store(path, base, n, args.seed)
                if args.keep_stores:
                    (kept / "done.json").write_text(json.dumps(info))
            print(f"{n} articles: {info['quads']:,} quads ({info['entity_quads']:,} in the entity graph), "
                  f"written in {info['write_s']:.1f} s", file=sys.stderr)
            if args.only_store:
                continue
            st = ox.Store.read_only(str(path))
            info["in_process"] = in_process(st, args.runs, args.seed)
            del st
            print(f"  in process: " + ", ".join(f"{k} {v['median']:.2f}s" for k, v in info["in_process"].items()),
                  file=sys.stderr, flush=True)
            info["peak_mb_in_process"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            info["cli"] = through_cli(path, args.cli_runs)
            print(f"  kg query: " + ", ".join(f"{k} {v['median']:.2f}s" for k, v in info["cli"].items()),
                  file=sys.stderr, flush=True)
            if n <= args.rdflib_max:
                info["rdflib"] = in_rdflib(path, args.cap, 1)
            html, gml = Path(d) / "all.html", Path(d) / "all.graphml"
            s, mb, code = timed([sys.executable, "-m", "kg.cli", "view", "--store", str(path), "-o", str(html)],
                                args.ui_timeout)
            info["view"] = {"s": s if code == 0 else float("inf"), "peak_mb": mb}
            s, mb, code = timed([sys.executable, "-m", "kg.cli", "export", "--store", str(path), "-o", str(gml)],
                                args.ui_timeout)
            info["graphml"] = {"s": s if code == 0 else float("inf"), "peak_mb": mb}
            report["sizes"][n] = info
            if args.json:  # what is measured so far
                args.json.write_text(json.dumps(report, indent=1, default=str))
            print(json.dumps({k: v for k, v in info.items() if k not in {"in_process", "cli", "rdflib"}}),
                  file=sys.stderr)
    if args.only_store:
        return
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str))
    print_table(report)


def print_table(report: dict) -> None:
    sizes = sorted(report["sizes"], key=int)
    print("| query | " + " | ".join(f"{int(n):,}: in process (median / p95) | {int(n):,}: `kg query` | "
                                     f"{int(n):,}: rdflib" for n in sizes) + " |")
    print("| --- |" + " --- | --- | --- |" * len(sizes))
    for name in kq.shipped():
        cells = []
        for n in sizes:
            i = report["sizes"][n]
            ip, cli = i["in_process"][name], i["cli"][name]
            rd = i.get("rdflib", {}).get(name)
            lookup = " (lookup)" if ip.get("targeted") else ""
            cells += [f"{fmt(ip['median'])} / {fmt(ip['p95'])} (CPU {fmt(ip.get('cpu'))}){lookup}", fmt(cli["median"]),
                      "not run" if rd is None else (f"over {rd['capped']:g} s" if rd.get("capped")
                                                    else fmt(rd["median"]))]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| whole answer: subjects (pages), `--count` time | " + " | ".join(
        "" for _ in sizes for _x in range(3)) + " |")
    for name in kq.shipped():
        cells = []
        for n in sizes:
            ip = report["sizes"][n]["in_process"][name]
            cells += [f"{ip['subjects']:,} ({-(-ip['subjects'] // ip['page_size']):,} of {ip['page_size']}), "
                      f"{fmt(ip['count_s'])}" if "subjects" in ip else "not paged", "", ""]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for what in ("view", "graphml"):
        cells = []
        for n in sizes:
            i = report["sizes"][n][what]
            cells += [f"{fmt(i['s'])} ({i['peak_mb']:,} MB)", "", ""]
        print(f"| `kg {'view' if what == 'view' else 'export -o all.graphml'}` | " + " | ".join(cells) + " |")
    for n in sizes:
        i = report["sizes"][n]
        print(f"\n{int(n):,} articles: {i['quads']:,} quads ({i['entity_quads']:,} in the entity graph), "
              f"store written in {i['write_s']:.1f} s; peak memory in process {i['peak_mb_in_process']:,} MB, "
              f"largest `kg query` {max(c['peak_mb'] for c in i['cli'].values()):,} MB")
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        ratio = int(b) / int(a)
        print(f"\ngrowth {int(a):,} → {int(b):,} articles (×{ratio:g}), in-process median time ratio per query:")
        for name in kq.shipped():
            x, y = report["sizes"][a]["in_process"][name], report["sizes"][b]["in_process"][name]
            print(f"  {name}: ×{y['median'] / max(x['median'], 1e-6):.1f}")


if __name__ == "__main__":
    main()
