"""The ``kg`` command: build, query, queries, export, validate, demo.

Errors are one line naming the file or query; ``--debug`` (anywhere on the line) shows the
traceback instead.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .query import DEFAULT_TIMEOUT

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a linked-data graph of officials, roles, quotations and events from news "
                       "articles, query it with SPARQL and export it.")
out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out.width = 200
err = Console(stderr=True, highlight=False, soft_wrap=True)
DEBUG = False
STORE_HELP = "Embedded store folder (pyoxigraph)."


class Failure(Exception):
    """A one-line error for the user; ``code`` is the exit status."""

    def __init__(self, msg: str, code: int = 1):
        super().__init__(msg)
        self.code = code


@contextmanager
def errors():
    from .analyse import ModelError
    from .query import QueryError, SourceError
    from .rdfio import FormatError
    from .store import StoreError

    try:
        yield
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except Failure as e:
        if DEBUG:
            raise
        err.print(f"kg: error: {e}", markup=False)
        raise typer.Exit(e.code)
    except (ModelError, QueryError, FormatError, StoreError, SourceError) as e:
        if DEBUG:
            raise
        err.print(f"kg: error: {e}", markup=False)
        raise typer.Exit(1 if not isinstance(e, QueryError) else 2)
    except KeyboardInterrupt:
        err.print("kg: interrupted", markup=False)
        raise typer.Exit(130)
    except Exception as e:  # anything else: one line unless --debug
        if DEBUG:
            raise
        first = str(e).splitlines()[0] if str(e) else ""
        err.print(f"kg: internal error: {e.__class__.__name__}: {first} (run again with --debug for details)",
                  markup=False)
        raise typer.Exit(1)


def _progress():
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


PIPED_EVERY = 25  # articles between progress lines when stderr is not a terminal


def _piped_progress():
    """A progress line every PIPED_EVERY articles, for logs and pipes (no bar to redraw)."""
    import time

    start = time.monotonic()

    def progress(done: int, total: int | None) -> None:
        if done % PIPED_EVERY and done != total:
            return
        spent = time.monotonic() - start
        left = f", about {_duration(spent / done * (total - done))} left" if total and done < total else ""
        err.print(f"kg: {done}/{total or '?'} articles, {_duration(spent)} spent{left}", markup=False)

    return progress


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def why(skipped) -> str:
    """Skip reasons counted: "binary file (NUL bytes), not text: 2, empty file: 1"."""
    from collections import Counter

    counts = Counter(s.reason.split(" (")[0] if not s.reason.startswith("replaced") else "replaced" for s in skipped)
    return ", ".join(f"{r}: {n}" for r, n in counts.most_common())


def run_build(inputs: list[str], store: Optional[Path], output: Optional[Path], model: Optional[str],
              keep: bool = False, force: bool = False):
    from .build import build

    with _progress() as prog:
        task = prog.add_task("analysing", total=None)
        piped = None if err.is_terminal else _piped_progress()

        def progress(done, total):
            prog.update(task, completed=done, total=total)
            if piped:
                piped(done, total)

        report = build(inputs, store_path=store, output=output, model=model, keep=keep, force=force,
                       on_skip=lambda s: err.print(f"kg: skipped {s}", markup=False), progress=progress,
                       on_note=lambda s: err.print(f"kg: {s}", markup=False))
    c = report.counts
    err.print(f"built {len(report.built)} article(s): {c['entities']} entities, {c['memberships']} roles, "
              f"{c['quotations']} quotations, {c['events']} events ({report.quads} triples)"
              + (f"; {len(report.unchanged)} unchanged, not analysed again (--force rebuilds them)"
                 if report.unchanged else "")
              + (f"; {len(report.replaced)} replaced with other content" if report.replaced else "")
              + (f"; skipped {len(report.skipped)} ({why(report.skipped)})" if report.skipped else ""), markup=False)
    if store is not None and (report.built or report.unchanged):
        err.print(f"store: {store}", markup=False)
    if output is not None and (report.built or report.unchanged):
        err.print(f"wrote {output}", markup=False)
    return report


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., help="Files, folders or globs: .txt (first line = headline), "
                                                 ".html, .csv/.jsonl tables with a 'text' column."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Also write this build's articles to a "
                                          "file: .ttl .trig .nq .nt .jsonld .rdf"),
    store: Path = typer.Option(Path("kg-store"), "--store", help=STORE_HELP),
    no_store: bool = typer.Option(False, "--no-store", help="Do not write to the store (with -o)."),
    model: Optional[str] = typer.Option(None, "--model", help="An installed spaCy pipeline to use."),
    force: bool = typer.Option(False, "--force", help="Analyse again articles the store already has with the "
                               "same text, model and rules."),
):
    """Extract people, roles, quotations and events from articles into the store (and -o FILE)."""
    with errors():
        if no_store and output is None:
            raise Failure("--no-store needs -o FILE, or nothing would be kept", 2)
        report = run_build(inputs, None if no_store else store, output, model, force=force)
        if not report.built and not report.unchanged:
            raise Failure("nothing was built" + (f" ({len(report.skipped)} input(s) skipped)" if report.skipped else ""))


def _open(store: Optional[Path], graph: Optional[Path], probe: bool = False):
    """The store (read-only) or an RDF file loaded in memory; ``probe`` only checks they open."""
    from . import rdfio
    from .store import DEFAULT_STORE, open_store

    if store is not None and graph is not None:
        raise Failure("give --store or --graph, not both", 2)
    if graph is not None:
        if probe:
            rdfio.format_of(graph)
            if not graph.is_file():
                raise Failure(f"{graph}: no such file")
            return None
        return rdfio.load_store(graph)
    st = open_store(store or Path(DEFAULT_STORE), read_only=True)
    if probe:
        del st
        return None
    return st


def print_table(names: list[str], rows: list[list[str]], limit: int | None = None, cell: int = 300) -> None:
    t = Table(show_lines=False, header_style="bold")
    for n in names:
        t.add_column(n, overflow="fold")
    for r in rows[:limit] if limit else rows:
        t.add_row(*[v if len(v) <= cell else v[:cell - 1] + "…" for v in r])
    out.print(t, markup=False)
    out.print(f"{len(rows)} row(s)", markup=False)


@app.command()
def query(
    query: str = typer.Argument(..., help="A shipped query's name (see `kg queries`), a .rq file or SPARQL text."),
    store: Optional[Path] = typer.Option(None, "--store", help=STORE_HELP + " [default: kg-store]"),
    graph: Optional[Path] = typer.Option(None, "--graph", help="Query an RDF file instead of the store."),
    param: List[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound as an RDF term (<…> for an IRI)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (W3C SPARQL results)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Permit SERVICE calls and FROM graphs."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", help="Stop the query after this many seconds."),
):
    """Run a SPARQL query (read-only) on the store or an RDF file."""
    from . import query as q

    with errors():
        if fmt not in {"table", "csv", "tsv", "json"}:
            raise Failure(f"unknown format {fmt!r}: use table, csv, tsv or json", 2)
        params = {}
        for p in param:
            name, sep, value = p.partition("=")
            if not sep or not name.strip():
                raise Failure(f"--param needs NAME=VALUE, got {p!r}", 2)
            params[name.strip().lstrip("?$")] = value
        qt = q.resolve(query)
        q.check(q.unescape(qt.text), allow_service)  # before opening anything
        _open(store, graph, probe=True)  # a missing store or a bad file: one line, here
        result = q.run_limited(lambda: _open(store, graph), qt, params, allow_service, timeout)
        if fmt == "table":
            names, rows = q.rows(result, compact=True)
            print_table(names, rows)
        else:
            sys.stdout.write(q.serialize(result, fmt))


@app.command("queries")
def list_queries():
    """List the shipped queries with their descriptions and parameters."""
    from . import query as q

    with errors():
        for name, qt in q.shipped().items():
            out.print(f"{name}", style="bold", markup=False)
            out.print(f"  {qt.description or qt.title}", markup=False)
            for p in qt.params:
                out.print(f"  --param {p.name}=…  {p.doc}", markup=False)


GRAPH_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}


def _graph(store: Optional[Path], graph: Optional[Path], query: Optional[str], focus: Optional[str], depth: int):
    """The NetworkX view of the store or file, restricted by --query and --focus."""
    from . import query as q
    from .network import to_networkx

    source = _open(store, graph)
    construct = q.resolve(query).text if query else None
    try:
        return to_networkx(source, construct=construct, focus=focus, depth=depth)
    except KeyError as e:
        raise Failure(str(e.args[0]) if e.args else str(e)) from None


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output", help="File to write: .ttl .trig .nq .nt .jsonld .rdf, "
                                "or .graphml .gexf for the relationship graph"),
    store: Optional[Path] = typer.Option(None, "--store", help=STORE_HELP + " [default: kg-store]"),
    graph: Optional[Path] = typer.Option(None, "--graph", help="Export from an RDF file instead of the store."),
    fmt: Optional[str] = typer.Option(None, "--format", help="graphml or gexf (else from the extension)."),
    query: Optional[str] = typer.Option(None, "--query", help="GraphML/GEXF: a CONSTRUCT query choosing the triples."),
    focus: Optional[str] = typer.Option(None, "--focus", help="GraphML/GEXF: only the neighbourhood of this name."),
    depth: int = typer.Option(1, "--depth", help="Steps around --focus."),
):
    """Write the store (or a file) as RDF, or the relationship graph as GraphML/GEXF for Gephi."""
    from . import rdfio
    from .network import write

    with errors():
        kind = fmt or GRAPH_FORMATS.get(output.suffix.lower())
        if kind is not None:
            if kind not in {"graphml", "gexf"}:
                raise Failure(f"unknown --format {kind!r}: use graphml or gexf (RDF formats follow the extension)", 2)
            g = _graph(store, graph, query, focus, depth)
            write(g, output, kind)
            err.print(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)", markup=False)
            return
        rdfio.format_of(output)
        st = _open(store, graph)
        quads = list(st.quads_for_pattern(None, None, None, None))
        rdfio.write_quads(quads, output)
        err.print(f"wrote {output} ({len(quads)} quads)", markup=False)


@app.command()
def view(
    output: Path = typer.Option(Path("graph.html"), "-o", "--output", help="The HTML page to write."),
    store: Optional[Path] = typer.Option(None, "--store", help=STORE_HELP + " [default: kg-store]"),
    graph: Optional[Path] = typer.Option(None, "--graph", help="View an RDF file instead of the store."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Only the neighbourhood of the entity with this name."),
    depth: int = typer.Option(1, "--depth", help="Steps around --focus."),
    query: Optional[str] = typer.Option(None, "--query", help="A CONSTRUCT query (shipped name, .rq file or text) "
                                        "choosing the triples to show."),
    title: str = typer.Option("News knowledge graph", "--title", help="The page title."),
):
    """Write the relationship graph as one offline interactive HTML page (nothing loads from the web)."""
    from .view import write_html

    with errors():
        g = _graph(store, graph, query, focus, depth)
        write_html(g, output, title=title)
        err.print(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges); "
                  "open it in any browser, no network needed", markup=False)


@app.command()
def validate(file: Path = typer.Argument(..., help="An RDF file to check against the SHACL shapes.")):
    """Check a graph against the project's SHACL shapes; print the report and exit 1 on failure."""
    from .validate import validate_file

    with errors():
        conforms, text = validate_file(file)
        if conforms:
            out.print(f"{file}: conforms to the shapes", markup=False)
        else:
            out.print(text, markup=False)
            raise Failure(f"{file}: does not conform to the shapes")


DEMO_QUERIES = ["people-roles", "quotes-by-speaker", "events"]


@app.command()
def demo(
    store: Path = typer.Option(Path("kg-store"), "--store", help=STORE_HELP),
    outdir: Path = typer.Option(Path("kg-demo"), "--out", help="Folder for the exports."),
):
    """Build the bundled example article, show a few shipped queries, and write exports."""
    from . import query as q
    from . import rdfio
    from .resources import example_article
    from .store import open_store
    from .validate import validate_quads

    with errors():
        article = example_article()
        err.print(f"example article: {article.name}", markup=False)
        report = run_build([str(article)], store, None, None, keep=True)
        if not report.built and not report.unchanged:
            raise Failure("the example article was not built")
        quads = [x for _g, qs in report.graphs for x in qs]
        outdir.mkdir(parents=True, exist_ok=True)
        written = []
        for ext in (".trig", ".ttl", ".jsonld", ".nq", ".rdf"):
            path = outdir / f"example{ext}"
            rdfio.write_quads(quads, path)
            written.append(path)
        conforms, _ = validate_quads(quads)
        st = open_store(store, read_only=True)
        ship = q.shipped()
        for name in DEMO_QUERIES:
            if name not in ship:
                continue
            out.print(f"\n[{name}] {ship[name].description}", markup=False)
            names, rows = q.rows(q.run(st, ship[name]), compact=True)
            # the demo shows the readable columns; `kg query NAME` shows them all
            keep = [i for i, n in enumerate(names) if not all(r[i].startswith("id:") for r in rows)]
            print_table([names[i] for i in keep], [[r[i] for i in keep] for r in rows], limit=12, cell=60)
        out.print("\nSHACL validation: " + ("conforms" if conforms else "FAILED"), markup=False)
        out.print(f"store: {store}  (try: kg query quotes-by-speaker --store {store})", markup=False)
        out.print("exports: " + ", ".join(str(p) for p in written), markup=False)


@app.command()
def version():
    """Print the version."""
    out.print(f"kg {__version__}", markup=False)


def main(argv: list[str] | None = None) -> None:
    global DEBUG
    args = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in args:
        DEBUG = True
        args.remove("--debug")
    app(args=args, prog_name="kg")


if __name__ == "__main__":
    main()
