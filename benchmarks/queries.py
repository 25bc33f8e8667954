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
store. Then `kg view` and `kg export -o all.graphml` of the whole graph, with their
peak memory and CPU time, and the growth 100 → 1,000 → 10,000: per query and for the view and the
export, the ratio of the times between consecutive sizes beside the ratio of the graph's quads, that
ratio divided by the graph's (and by the ratio of the rows, or of the statements a lookup reads,
where those grow faster than the graph), and a one-line verdict per query, so whether time grows
faster than the graph is read off one run. Beside the queries, what the store itself costs at each
size: a scan of every quad (the engine's linear floor), one index lookup per article, reading
every article identifier's string back, and the same lookup 5,000 times over 100 articles (a
working set that stays small). The load average is recorded at the start and end of each
size (the machine may be shared: compare CPU times then). ``--from-json FILE`` prints the tables
of an earlier run's ``--json`` file.

Targeted lookups take their values from the store through one SPARQL query with the property
bound (``RANK``): the subjects of ``schema:creator`` (speakers) and ``org:organization``
(organisations) by how many quotations or memberships name them. Each lookup is timed with the
median-ranked value (a typical lookup, the issue's target) and with the top one (the most
quoted speaker, the organisation with most memberships: the heaviest lookup).

    python benchmarks/queries.py                    # 100, 1,000 and 10,000 articles
    python benchmarks/queries.py --sizes 100 1000 --runs 5
    python benchmarks/queries.py --cache /tmp/newskg-bench3 --keep-stores --sizes 100 1000 10000 \
        --runs 3 --cli-runs 1 --rdflib-max 0 --ui-timeout 300   # the kept stores, growth in one run
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
from kg.layout import ENTITY_GRAPH, page_key_quads  # noqa: E402
from kg.store import replace_articles  # noqa: E402
from kg.vocab import ID_NS, KG, ORG, SCHEMA  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
INPUTS = [SHARED / "bbc" / "politics", SHARED / "polnear" / "dev" / "text",
          *sorted((SHARED / "wikinews").glob("*.csv"))]
LOCAL = tuple(ID_NS + k + "/" for k in ("membership", "quote", "event", "activity"))
# the lookups of the targets: the parameter, and the property whose subjects are its values
TARGETED = {"quotes-by-speaker": ("speaker_name", SCHEMA.creator),
            "organization-members": ("org_name", ORG.organization)}
# the labels of the nodes a property points to, most statements first (the property is bound)
RANK = f"""SELECT ?value (COUNT(DISTINCT ?statement) AS ?statements) WHERE {{
  VALUES ?property {{ UNDEF }}
  GRAPH ?article {{ ?statement ?property ?node }}
  GRAPH {ENTITY_GRAPH} {{ ?node rdfs:label ?value }}
}}
GROUP BY ?value
ORDER BY DESC(?statements) ?value"""


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
    """Article ``graph`` again under a new identity (copy ``k``; 0 is the article itself), with
    the page key the build gives an article of that IRI and date (kg.layout.page_key)."""
    if k == 0:
        return graph, quads + page_key_quads(quads)
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
        if q.predicate == KG.pageKey:  # the copy's own key, from its IRI (below)
            continue
        o = q.object
        if q.predicate == SCHEMA.identifier and q.subject == graph:
            o = ox.Literal(f"copy-{k}/{o.value}")
        out.append(ox.Quad(term(q.subject), q.predicate, term(o), g))
    return g, out + page_key_quads(out)


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


def lookup_values(st: ox.Store, prop: ox.NamedNode) -> dict[str, tuple[str, int]]:
    """The median-ranked and the top value of a lookup parameter, with the number of statements
    naming each: the labels of the nodes ``prop`` points to, ranked by :data:`RANK` (bound)."""
    ranked = [(s["value"].value, int(s["statements"].value))
              for s in st.query(kq.bind(RANK, {"property": prop}), prefixes=kq.PREFIXES)]
    if not ranked:
        return {}
    return {"typical": ranked[len(ranked) // 2], "heaviest": ranked[0]}


def consume(result) -> int:
    return sum(1 for _ in result)


def stats(times: list[float]) -> dict:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"median": statistics.median(times), "p95": p95, "runs": len(times)}


def timed_runs(st: ox.Store, qt: kq.QueryText, params: dict, runs: int) -> dict:
    """``runs`` runs of one query (page 1), read to the end: wall and CPU time, rows."""
    times, cpu, rows = [], [], 0
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        rows = consume(kq.run(st, qt, params, checked=True))
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)  # the engine runs in this thread: CPU time, apart from waiting
    return {**stats(times), "cpu": statistics.median(cpu), "rows": rows}


# what the store itself costs at each size, beside the queries: a scan of every quad (the linear
# floor), one index lookup per article (its identifier, bound subject and graph), reading every
# article identifier's string back (STRLEN), and the same lookup 5,000 times over the same 100
# articles (a working set that stays small: what one lookup costs when the store's size is all
# that changes; through the Python API, since an engine may look each article up once)
HOT = "5,000 lookups of the same 100 articles"
REFERENCE = {
    "scan of every quad": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "one lookup per article": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id } }",
    "every identifier's string read": "SELECT (SUM(STRLEN(?id)) AS ?n) WHERE { GRAPH ?a { ?a schema:identifier ?id } }",
    HOT: "SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } } LIMIT 100",
}


def reference(st: ox.Store, runs: int) -> dict:
    out = {}
    for label, text in REFERENCE.items():
        times, cpu = [], []
        if label == HOT:
            articles = [s["a"] for s in st.query(text, prefixes=kq.PREFIXES)]
            reps = 5000 // max(1, len(articles))
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            if label == HOT:
                for _ in range(reps):
                    for a in articles:
                        consume(st.quads_for_pattern(a, SCHEMA.identifier, None, a))
            else:
                consume(st.query(text, prefixes=kq.PREFIXES))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        out[label] = {**stats(times), "cpu": statistics.median(cpu)}
    return out


def in_process(st: ox.Store, runs: int) -> dict:
    out = {}
    for name, qt in kq.shipped().items():
        values = lookup_values(st, TARGETED[name][1]) if name in TARGETED else {}
        if values:  # the typical lookup is the query's figure; the heaviest and the first page beside it
            param = TARGETED[name][0]
            value, statements = values["typical"]
            out[name] = {**timed_runs(st, qt, {param: value}, runs), "targeted": True, "statements": statements}
            value, statements = values["heaviest"]
            out[name]["heaviest"] = {**timed_runs(st, qt, {param: value}, runs), "statements": statements}
            out[name]["first_page"] = timed_runs(st, qt, {}, runs)
        else:
            out[name] = {**timed_runs(st, qt, {}, runs), "targeted": False}
        if kq.page_size(qt):  # how many subjects (pages) the whole answer has
            t = time.perf_counter()
            out[name]["subjects"] = kq.count(st, qt, checked=True)
            out[name]["count_s"] = time.perf_counter() - t
            out[name]["page_size"] = kq.page_size(qt)
    return out


def timed(cmd: list[str], timeout: float) -> tuple[float, int, int, float]:
    """Seconds, peak RSS (MB), exit code and CPU seconds (user + system) of a command."""
    t = time.perf_counter()
    r, w = os.pipe()  # /usr/bin/time's report (peak RSS in KB, CPU s) through a pipe of our own
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", f"/dev/fd/{w}", *cmd], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, pass_fds=(w,), env={**os.environ, "PYTHONPATH": str(ROOT)},
                            start_new_session=True)
    os.close(w)
    try:
        _o, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # /usr/bin/time and the command under it
        proc.communicate()
        os.close(r)
        return float("inf"), 0, -9, float("inf")
    elapsed = time.perf_counter() - t
    with os.fdopen(r) as f:
        lines = f.read().strip().splitlines()
    fields = lines[-1].split() if lines else []
    try:
        mb, cpu = int(fields[0]) // 1024, float(fields[1]) + float(fields[2])
    except (IndexError, ValueError):
        mb, cpu = 0, float("nan")
    if proc.returncode:
        print(err.decode(errors="replace")[-500:], file=sys.stderr)
    return elapsed, mb, proc.returncode, cpu


def through_cli(path: Path, runs: int) -> dict:
    out = {}
    for name in kq.shipped():
        times, cpu, mem = [], [], 0
        for _ in range(runs):
            s, mb, code, c = timed([sys.executable, "-m", "kg.cli", "query", name, "--store", str(path), "-f", "csv",
                                    "--timeout", "600"], 900)
            times.append(s if code == 0 else float("inf"))
            cpu.append(c)
            mem = max(mem, mb)
        out[name] = {**stats(times), "cpu": statistics.median(cpu), "peak_mb": mem}
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
    ap.add_argument("--from-json", type=Path, help="print the tables of an earlier run's --json file and stop")
    args = ap.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text())
        report["sizes"] = {int(k): v for k, v in report["sizes"].items()}
        print_table(report)
        return

    print("command: " + " ".join(["python", "benchmarks/queries.py", *(sys.argv[1:] if argv is None else argv)]))
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
            info["load_start"] = os.getloadavg()
            st = ox.Store.read_only(str(path))
            info["in_process"] = in_process(st, args.runs)
            info["reference"] = reference(st, args.runs)
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
            s, mb, code, c = timed([sys.executable, "-m", "kg.cli", "view", "--store", str(path), "-o", str(html)],
                                   args.ui_timeout)
            info["view"] = {"s": s if code == 0 else float("inf"), "peak_mb": mb, "cpu": c}
            s, mb, code, c = timed([sys.executable, "-m", "kg.cli", "export", "--store", str(path), "-o", str(gml)],
                                   args.ui_timeout)
            info["graphml"] = {"s": s if code == 0 else float("inf"), "peak_mb": mb, "cpu": c}
            info["load_end"] = os.getloadavg()
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
            lookup = f" (lookup, {ip['statements']:,} statements)" if ip.get("targeted") else ""
            cells += [f"{fmt(ip['median'])} / {fmt(ip['p95'])} (CPU {fmt(ip.get('cpu'))}){lookup}", fmt(cli["median"]),
                      "not run" if rd is None else (f"over {rd['capped']:g} s" if rd.get("capped")
                                                    else fmt(rd["median"]))]
        print(f"| {name} | " + " | ".join(cells) + " |")
        for extra, what in (("heaviest", "heaviest lookup"), ("first_page", "first page, no parameter")):
            if any(extra in report["sizes"][n]["in_process"][name] for n in sizes):
                cells = []
                for n in sizes:
                    x = report["sizes"][n]["in_process"][name].get(extra)
                    note = f", {x['statements']:,} statements" if x and "statements" in x else ""
                    cells += [f"{fmt(x['median'])} / {fmt(x['p95'])} (CPU {fmt(x['cpu'])}){note}" if x else "—", "", ""]
                print(f"| {name}: {what} | " + " | ".join(cells) + " |")
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
            cells += [f"{fmt(i['s'])} (CPU {fmt(i.get('cpu'))}, {i['peak_mb']:,} MB)", "", ""]
        print(f"| `kg {'view' if what == 'view' else 'export -o all.graphml'}` | " + " | ".join(cells) + " |")
    for label in REFERENCE:
        if all(label in report["sizes"][n].get("reference", {}) for n in sizes):
            cells = []
            for n in sizes:
                x = report["sizes"][n]["reference"][label]
                cells += [f"{fmt(x['median'])} / {fmt(x['p95'])} (CPU {fmt(x['cpu'])})", "", ""]
            print(f"| store: {label} | " + " | ".join(cells) + " |")
    for n in sizes:
        i = report["sizes"][n]
        load = (f"; load average {i['load_start'][0]:.1f} at the start, {i['load_end'][0]:.1f} at the end"
                if "load_start" in i and "load_end" in i else "")
        print(f"\n{int(n):,} articles: {i['quads']:,} quads ({i['entity_quads']:,} in the entity graph), "
              f"store written in {i['write_s']:.1f} s; peak memory in process {i['peak_mb_in_process']:,} MB, "
              f"largest `kg query` {max(c['peak_mb'] for c in i['cli'].values()):,} MB{load}")
    if len(sizes) > 1:
        print_growth(report, sizes)


def _ratio(a, b) -> str:
    r = _r(a, b)
    return "—" if r is None else f"×{r:.1f}"


def _r(a, b) -> float | None:
    """b / a, or None when either is missing, zero or infinite."""
    if a is None or b is None or a != a or b != b or a <= 0 or b <= 0 or b == float("inf"):
        return None
    return b / a


# a query's time grows with its answer where the answer grows this much more than the graph
ROWS_GROW = 1.5
# how a query's answer is measured, each read where the report has it: the rows of page 1, the
# statements a lookup reads, the subjects of the whole answer (what a page is chosen from)
ANSWER = ("rows", "statements", "subjects")


def verdict(cpu: list, graph: list, answer: list, floor: list | None = None, what: str = "rows") -> str:
    """One line on a query's growth over the steps (CPU ratios, the graph's quads' ratios, the
    answer's ratios, None where not known): no faster than the graph when every CPU ratio is at most
    the graph's; else, where the answer (``what``) grows faster than the graph, no faster than the
    graph per unit of answer; else no faster than the store's own scan of every quad (``floor``: its
    CPU ratios, the engine's linear floor on this machine) when at most that."""
    if any(c is None for c in cpu):
        return "not measured at every size"
    if all(c <= g for c, g in zip(cpu, graph)):
        return "no faster than the graph"
    slow = [i for i in range(len(cpu)) if cpu[i] > graph[i]]
    if all(answer[i] and answer[i] > ROWS_GROW * graph[i] and cpu[i] / answer[i] <= graph[i] for i in slow):
        return ("faster than the graph where its answer is (" + ", ".join(
            f"{what} ×{answer[i]:.1f}: time per one ×{cpu[i] / answer[i]:.2f}" for i in slow)
            + "), no faster than the graph per unit of answer")
    if floor and all(f is not None for f in floor) and all(c <= max(g, f) for c, g, f in zip(cpu, graph, floor)):
        return ("no faster than a scan of every quad of the store (" + ", ".join(f"×{f:.1f}" for f in floor)
                + "), a little faster than the graph")
    worst = max(slow, key=lambda i: cpu[i] / graph[i])
    per = f"; time per one of its {what} ×{cpu[worst] / answer[worst]:.2f}" if answer[worst] else ""
    return f"FASTER than the graph: ×{cpu[worst] / graph[worst]:.2f} the graph's growth{per}"


def print_growth(report: dict, sizes: list) -> None:
    """Time ratios between consecutive sizes beside the graph's: a query grows no faster than the
    graph when its ratios stay at or under the quads'. Each step shows the wall and CPU ratio, the
    CPU ratio divided by the graph's (at most 1: no faster than the graph) and, where the page's rows
    grow faster than the graph, divided by the rows' ratio (the time per row); then a verdict."""
    steps = list(zip(sizes, sizes[1:]))
    quads = {n: report["sizes"][n]["quads"] for n in sizes}
    graph = [_r(quads[a], quads[b]) for a, b in steps]
    print("\ngrowth: time(larger) / time(smaller), median wall and CPU in process (`kg view` and GraphML: "
          "one run each), beside the ratio of the graph's quads; ÷ graph = the CPU ratio over the graph's "
          "(at most 1.0: no faster than the graph); ÷ answer = the CPU ratio over the answer's (the time "
          "per unit of answer: the rows of page 1, the statements a lookup reads or the subjects of the "
          "whole answer, whichever grows most)")
    print("| query | " + " | ".join(f"{int(a):,} → {int(b):,}: wall | CPU | ÷ graph | ÷ answer" for a, b in steps)
          + " | rows (" + " / ".join(f"{int(n):,}" for n in sizes) + ") | verdict |")
    print("| --- |" + " --- | --- | --- | --- |" * len(steps) + " --- | --- |")
    print("| **graph (quads)** | " + " | ".join(f"**{_ratio(quads[a], quads[b])}** | | | " for a, b in steps)
          + " | " + " / ".join(f"{quads[n]:,}" for n in sizes) + " | |")

    floor = None
    if all("reference" in report["sizes"][n] for n in sizes):
        scan = {n: report["sizes"][n]["reference"]["scan of every quad"]["cpu"] for n in sizes}
        floor = [_r(scan[a], scan[b]) for a, b in steps]

    def line(label, get):
        cells, cpu, answer = [], [], []
        have = [k for k in ANSWER if all(k in (get(n) or {}) for n in sizes)]
        if "statements" in have:  # a lookup: the whole answer's subjects are not what it reads
            have = [k for k in have if k != "subjects"]
        # the answer measure that grows most over the run (a lookup's statements, a page's rows or
        # the whole answer's subjects)
        what = max(have, key=lambda k: _r(get(sizes[0])[k], get(sizes[-1])[k]) or 0) if have else None
        for (a, b), g in zip(steps, graph):
            x, y = get(a), get(b)
            c = _r(x and x.get("cpu"), y and y.get("cpu"))
            r = _r(x.get(what), y.get(what)) if what else None
            cpu.append(c)
            answer.append(r)
            cells += [_ratio(x and x.get("median"), y and y.get("median")), _ratio(x and x.get("cpu"), y and y.get("cpu")),
                      f"{c / g:.2f}" if c and g else "—", f"{c / r:.2f} ({what} ×{r:.1f})" if c and r else ""]
        shown = " / ".join(f"{get(n)['rows']:,}" for n in sizes) if all("rows" in get(n) for n in sizes) else ""
        for k in ("statements", "subjects"):
            if shown and k in have:
                shown += f" ({k} " + " / ".join(f"{get(n)[k]:,}" for n in sizes) + ")"
        print(f"| {label} | " + " | ".join(cells) + f" | {shown} | {verdict(cpu, graph, answer, floor, what or 'rows')} |")

    for name in kq.shipped():
        line(name + (" (typical lookup)" if report["sizes"][sizes[0]]["in_process"][name].get("targeted") else ""),
             lambda n, name=name: report["sizes"][n]["in_process"][name])
        for extra, what in (("heaviest", "heaviest lookup"), ("first_page", "first page")):
            if all(extra in report["sizes"][n]["in_process"][name] for n in sizes):
                line(f"{name} ({what})", lambda n, name=name, extra=extra: report["sizes"][n]["in_process"][name][extra])
    for what, label in (("view", "`kg view`"), ("graphml", "GraphML export")):
        line(label, lambda n, what=what: {"median": report["sizes"][n][what]["s"],
                                           "cpu": report["sizes"][n][what].get("cpu")})
    if all("reference" in report["sizes"][n] for n in sizes):
        for label in REFERENCE:
            line(f"store: {label}", lambda n, label=label: report["sizes"][n]["reference"][label])


if __name__ == "__main__":
    main()
