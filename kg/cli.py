"""The ``kg`` command: build, query, queries, export, validate, demo.

Errors are one line naming the file or query; ``--debug`` (anywhere on the line) shows the
traceback instead.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup
from rich.console import Console

from . import __version__
from .query import DEFAULT_TIMEOUT
from .output import HELP as OUTPUT_HELP
from .vocab import PREFIXES

def _untyped(ctx) -> None:
    return None


def _plain_help(params) -> None:
    """Help without Python type names: an argument is named by its metavar, a flag needs no value,
    every other option names its value with a metavar (``--store DIR``)."""
    for p in params:
        if isinstance(p, TyperArgument) or getattr(p, "is_flag", False):
            p.display_type_rich = _untyped


class _PlainHelp:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_help(self.params)

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        _plain_help([opt] if opt is not None else [])
        return opt


class Command(_PlainHelp, TyperCommand):
    """A command whose help names values (``--store DIR``), not Python types (``<path>``)."""


class Group(_PlainHelp, TyperGroup):
    """The ``kg`` group, with the same help style."""


app = typer.Typer(cls=Group, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a linked-data graph of officials, roles, quotations and events from news "
                       "articles, query it with SPARQL and export it.")
# Control characters (tab and LF apart: ESC, CSI, BEL, CR, …) and bidirectional overrides, which a
# terminal would act on (clear the screen, retitle the window, reorder a file name).
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with what a terminal would act on shown as escapes (ESC as ``\\x1b``)."""
    return TERMINAL_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                               else f"\\u{ord(m.group()):04x}", text)


class SafeConsole(Console):
    """A console whose text (messages, file names, article text) reaches the terminal as text."""

    def print(self, *objects, **kwargs) -> None:
        super().print(*(printable(o) if isinstance(o, str) else o for o in objects), **kwargs)


out = SafeConsole(highlight=False, soft_wrap=True)
if not out.is_terminal and not os.environ.get("COLUMNS", "").isdigit():
    out.width = 200
err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)
DEBUG = False
DEBUG_IN_ARGV = False  # --debug anywhere on the command line (taken out by main())
STORE_HELP = "Embedded store folder (pyoxigraph)."
REMOTE_HELP = (" Or a SPARQL server's query endpoint, http://HOST:PORT/… (SPARQL 1.1 Protocol and Update; "
               "Oxigraph server: http://HOST:PORT/query).")
USER_HELP = "User name for the SPARQL server; the password is read from $KG_STORE_PASSWORD."
DEBUG_HELP = "Show the full traceback of an error instead of one line (may go anywhere on the line)."


def _set_debug(value: bool) -> bool:
    global DEBUG
    if value:
        DEBUG = True
    return value


def debug_option():
    """``--debug`` in every command's help (main() also accepts it anywhere on the line)."""
    return typer.Option(False, "--debug", help=DEBUG_HELP, callback=_set_debug, is_eager=True)


@app.callback()
def _root(debug: bool = debug_option()):
    global DEBUG
    DEBUG = debug or DEBUG_IN_ARGV  # each invocation starts afresh (tests run many in one process)


class Failure(Exception):
    """A one-line error for the user; ``code`` is the exit status."""

    def __init__(self, msg: str, code: int = 1):
        super().__init__(msg)
        self.code = code


@contextmanager
def errors():
    from .errors import ModelError
    from .output import OutputError
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
    except (ModelError, QueryError, FormatError, StoreError, SourceError, OutputError) as e:
        if DEBUG:
            raise
        err.print(f"kg: error: {e}", markup=False)
        raise typer.Exit(2 if isinstance(e, (QueryError, OutputError)) else 1)
    except KeyboardInterrupt:
        err.print("kg: interrupted", markup=False)
        raise typer.Exit(130)
    except OSError as e:  # disk full, permissions, …: the file and the reason, no traceback
        if DEBUG:
            raise
        where = f"{e.filename}: " if e.filename else ""
        what = e.strerror or (str(e).splitlines()[0] if str(e) else e.__class__.__name__)
        err.print(f"kg: error: {where}{what}", markup=False)
        raise typer.Exit(1)
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


def _drop_if_new_and_empty(store: Optional[Path], existed: bool) -> None:
    """A store folder this build created and left empty (nothing built, or a failure) is removed,
    so a failed first build leaves nothing behind. A store holding anything is never touched."""
    if store is None or existed or not store.is_dir():
        return
    import pyoxigraph as ox

    try:
        empty = len(ox.Store.read_only(str(store))) == 0
    except (OSError, RuntimeError, ValueError):
        return
    if empty:
        shutil.rmtree(store, ignore_errors=True)


def run_build(inputs: list[str], store: Optional[Path], output: Optional[Path], model: Optional[str],
              keep: bool = False, table=None, force: bool = False, workers: int = 1, cluster: Optional[str] = None,
              remote=None):
    from . import rdfio
    from .build import build

    existed = remote is not None or (store is not None and os.path.lexists(store))
    try:
        with _progress() as prog:
            task = prog.add_task("analysing", total=None)
            piped = None if err.is_terminal else _piped_progress()

            def progress(done, total):
                prog.update(task, completed=done, total=total)
                if piped:
                    piped(done, total)

            try:
                report = build(inputs, store_path=None if remote is not None else store, output=output,
                               model=model, keep=keep, table=table, force=force, workers=workers, cluster=cluster,
                               store=remote, on_skip=lambda s: err.print(f"kg: skipped {s}", markup=False),
                               progress=progress, on_note=lambda s: err.print(f"kg: {s}", markup=False))
            except OSError as e:  # disk full while committing: the store and what it still holds
                from .store import StoreError

                if store is None or isinstance(e, rdfio.WriteError):
                    raise
                first = str(e).splitlines()[0] if str(e) else e.__class__.__name__
                raise StoreError(f"{store}: writing to the store failed ({first}); the articles committed before "
                                 "are kept, the chunk being written was not") from None
    finally:
        _drop_if_new_and_empty(store, existed)
    c = report.counts
    err.print(f"built {len(report.built)} article(s): {c['entities']} entities, {c['memberships']} roles, "
              f"{c['quotations']} quotations, {c['events']} events ({report.quads} quads, one named graph "
              "per article)"
              + (f"; {len(report.unchanged)} unchanged, not analysed again (--force rebuilds them)"
                 if report.unchanged else "")
              + (f"; {len(report.replaced)} replaced with other content" if report.replaced else "")
              + (f"; skipped {len(report.skipped)} ({why(report.skipped)})" if report.skipped else ""), markup=False)
    if store is not None and (report.built or report.unchanged):
        err.print(f"store: {store}", markup=False)
    if output is not None and report.written is not None:
        n, kind = report.written
        err.print(f"wrote {output} ({n} {kind})", markup=False)
    return report


def _column(key: str, what: str):
    return typer.Option(None, f"--{key}-column", metavar="NAME",
                        help=f"Tables (.csv/.tsv/.jsonl): the column holding {what} (default: {key}).")


@app.command(cls=Command)
def build(
    inputs: Optional[List[str]] = typer.Argument(None, metavar="[INPUT]...",
                                                 help="Files, folders or globs: .txt (first line = headline), .html, "
                                                      ".csv/.tsv/.jsonl tables with a 'text' column (CSV delimiter read "
                                                      "from the header line: comma, semicolon, tab or bar). None: only "
                                                      "bring the --store up to date (what an earlier newskg left out "
                                                      "is added; nothing is analysed)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="Also write this build's articles to a file: "
                                               ".ttl .trig .nq .nt .jsonld .rdf"),
    store: str = typer.Option("kg-store", "--store", metavar="DIR|URL", help=STORE_HELP + REMOTE_HELP),
    store_user: Optional[str] = typer.Option(None, "--store-user", metavar="NAME", help=USER_HELP),
    no_store: bool = typer.Option(False, "--no-store", help="Do not write to the store (with -o)."),
    model: Optional[str] = typer.Option(None, "--model", metavar="NAME", help="An installed spaCy pipeline to use."),
    force: bool = typer.Option(False, "--force", help="Analyse again articles the store already has with the "
                               "same text, model and rules."),
    text_column: Optional[str] = _column("text", "the article text"),
    title_column: Optional[str] = _column("title", "the headline"),
    date_column: Optional[str] = _column("date", "the publication date"),
    id_column: Optional[str] = _column("id", "the article's identifier"),
    url_column: Optional[str] = _column("url", "the article's URL"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", metavar="N",
                                          help="Worker processes analysing articles (default: the cores "
                                               "available); the output is the same for any number."),
    cluster: Optional[str] = typer.Option(None, "--cluster", metavar="ADDRESS",
                                          help="Analyse on a Dask cluster (tcp://HOST:8786; needs the "
                                               "'cluster' extra: dask and distributed)."),
    debug: bool = debug_option(),
):
    """Extract people, roles, quotations and events from articles into the store (and -o FILE)."""
    from .parallel import default_workers
    from .read import TableColumns

    with errors():
        if no_store and output is None:
            raise Failure("--no-store needs -o FILE, or nothing would be kept", 2)
        if workers is not None and workers < 1:
            raise Failure(f"--workers must be 1 or more, not {workers}", 2)
        if not inputs:
            if no_store:
                raise Failure("give the INPUT files to build", 2)
            upgrade_store(store, store_user)
            return
        table = TableColumns(text=text_column, title=title_column, date=date_column, id=id_column, url=url_column)
        remote = None
        if not no_store and _is_url(store):
            from .remote import RemoteStore

            remote = RemoteStore(store, user=store_user)
        from .cluster import ClusterError

        try:
            report = run_build(inputs, None if no_store or remote is not None else Path(store), output, model,
                               table=table, force=force, workers=workers or default_workers(), cluster=cluster,
                               remote=remote)
        except ClusterError as e:
            raise Failure(str(e)) from None
        if remote is not None:
            err.print(f"store: {remote.shown} ({remote.requests} requests)", markup=False)
        if not report.built and not report.unchanged:
            raise Failure("nothing was built" + (f" ({len(report.skipped)} input(s) skipped)" if report.skipped else ""))


def upgrade_store(store: str, user: Optional[str]) -> None:
    """``kg build --store X`` without inputs: what an earlier newskg left out of the store (the
    entity graph, the articles' page keys) is added, as any build adds it; nothing is analysed."""
    if _is_url(store):
        from .remote import RemoteStore

        remote = RemoteStore(store, user=user)
        n = remote.add_page_keys()
        err.print(f"store: {remote.shown} is up to date ({n:,} article(s) given their page key; "
                  f"{remote.requests} requests)", markup=False)
        return
    from .store import StoreError, open_store, writer

    p = Path(store)
    if not p.is_dir() or not any(p.iterdir()):
        raise StoreError(f"{store}: no such store (give INPUT files to build one)")
    probe = open_store(p, read_only=True)  # a folder that is not a store: one line, and it is left alone
    del probe
    with writer(p):  # opening it for writing adds what an earlier newskg left out
        pass
    err.print(f"store: {store} is up to date", markup=False)


def _is_url(store) -> bool:
    from .remote import is_url

    return is_url(store)


STORE_USER: Optional[str] = None  # --store-user of the running command


def _open(store, graph: Optional[Path], probe: bool = False, keyed: bool = False):
    """The store (read-only), a SPARQL server or an RDF file loaded in memory; ``probe`` only
    checks they open; ``keyed``: for a query that pages by kg:pageKey, which a store written by
    an earlier newskg lacks for some articles (one line then, rather than listings without them)."""
    from . import rdfio
    from .store import DEFAULT_STORE, needs_entity_graph, needs_page_keys, open_store

    if store is not None and graph is not None:
        raise Failure("give --store or --graph, not both", 2)
    if _is_url(store):
        from .remote import RemoteStore

        st = RemoteStore(str(store), user=STORE_USER)
        if keyed and st.needs_page_keys():
            raise Failure(f"{st.shown}: articles loaded by an earlier newskg, without the page keys (kg:pageKey) "
                          f"this query pages by; `kg build --store {st.shown}` adds them (nothing is analysed)")
        return None if probe else st
    store = Path(store) if store is not None else None
    if graph is not None:
        if probe:
            rdfio.format_of(graph)
            if not graph.is_file():
                raise Failure(f"{graph}: no such file")
            return None
        return rdfio.load_store(graph)
    path = store or Path(DEFAULT_STORE)
    st = open_store(path, read_only=True)
    if needs_entity_graph(st):
        raise Failure(f"{path}: written by an earlier newskg, without the entity graph the queries read; "
                      f"`kg build --store {path}` adds it, from the stored articles (nothing is analysed)")
    if keyed and needs_page_keys(st):
        raise Failure(f"{path}: articles written by an earlier newskg, without the page keys (kg:pageKey) this "
                      f"query pages by; `kg build --store {path}` adds them (nothing is analysed)")
    if probe:
        del st
        return None
    return st


def print_table(names: list[str], rows: list[list[str]], limit: int | None = None, cell: int = 300) -> None:
    from .output import print_table as show

    show(out, [printable(n) for n in names], [[printable(v) for v in r] for r in rows], limit=limit, cell=cell)


PREFIX_HELP = "\n".join(f"  {k}: <{v}>" for k, v in PREFIXES.items())
QUERY_HELP = f"""Run a SPARQL query (read-only) on the store or an RDF file.

These prefixes are declared for every query (no PREFIX line needed; declare others with PREFIX):

\b
{PREFIX_HELP}
"""


@app.command(cls=Command, help=QUERY_HELP)
def query(
    query: str = typer.Argument(..., metavar="QUERY",
                                help="A shipped query's name (see `kg queries`), a .rq file or SPARQL text."),
    store: Optional[str] = typer.Option(None, "--store", metavar="DIR|URL",
                                        help=STORE_HELP + " (default: kg-store)" + REMOTE_HELP),
    store_user: Optional[str] = typer.Option(None, "--store-user", metavar="NAME", help=USER_HELP),
    graph: Optional[Path] = typer.Option(None, "--graph", metavar="FILE", help="Query an RDF file instead of the store."),
    param: List[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                                    help="Bound as an RDF term (<…> for an IRI); repeat for more."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help=OUTPUT_HELP),
    columns: List[str] = typer.Option([], "--columns", "-c", metavar="NAME,…",
                                      help="Only these columns, in this order (table, csv, tsv and the W3C formats)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Permit SERVICE calls and FROM graphs."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", metavar="SECONDS",
                                  help="Stop the query after this many seconds."),
    page: int = typer.Option(1, "--page", metavar="N",
                             help="A listing query's page N (its subjects — people, speakers, articles — "
                                  "in order, a page at a time)."),
    page_size: Optional[int] = typer.Option(None, "--page-size", metavar="N",
                                            help="Subjects per page (default: as the query says)."),
    every: bool = typer.Option(False, "--all", help="Every page at once: the whole answer in one query."),
    count_only: bool = typer.Option(False, "--count",
                                    help="Only count the subjects of every page (and the pages)."),
    debug: bool = debug_option(),
):
    from . import output
    from . import query as q
    from .layout import uses_page_key

    global STORE_USER
    STORE_USER = store_user
    with errors():
        fmt = output.format_name(fmt)
        wanted = output.column_names(columns)
        params = {}
        for p in param:
            name, sep, value = p.partition("=")
            if not sep or not name.strip():
                raise Failure(f"--param needs NAME=VALUE, got {p!r}", 2)
            params[name.strip().lstrip("?$")] = value
        qt = q.resolve(query)
        q.check_timeout(timeout)
        q.gate(qt.text, allow_service)  # before opening anything
        keyed = uses_page_key(qt.text)
        _open(store, graph, probe=True, keyed=keyed)  # a missing store, a bad file, missing keys: one line, here
        checked = q.gate(qt.text, allow_service)
        listing = query in q.shipped()  # a shipped listing query pages by design
        size = q.page_size(q.QueryText(qt.name, checked, params=qt.params)) if listing or page != 1 or page_size \
            or every or count_only else None
        if count_only:
            res = q.run_limited(lambda: _open(store, graph), qt, params, allow_service, timeout, counting=True)
            n = int(next(iter(res))["subjects"].value)
            per = page_size or size
            out.print(f"{n:,} subjects in {-(-n // per):,} page(s) of {per:,}", markup=False)
            return
        result = q.run_limited(lambda: _open(store, graph), qt, params, allow_service, timeout,
                               page=None if every else page, size=page_size)
        if fmt == "table":
            names, rows = output.pick(*q.rows(result, compact=True), wanted)
            print_table(names, rows)
        else:
            text = output.render(result, fmt, wanted)
            sys.stdout.write(printable(text) if sys.stdout.isatty() else text)
        if listing and size and not every:  # a paged listing: which page this is and how to get the others
            per = page_size or size
            err.print(f"kg: page {page} ({per:,} subjects a page); next: --page {page + 1}; every page: --all; "
                      f"how many: --count", markup=False, highlight=False)


@app.command("queries", cls=Command)
def list_queries(debug: bool = debug_option()):
    """List the shipped queries with their descriptions and parameters."""
    from . import query as q

    with errors():
        for name, qt in q.shipped().items():
            out.print(f"{name}", style="bold", markup=False)
            out.print(f"  {qt.description or qt.title}", markup=False)
            for p in qt.params:
                out.print(f"  --param {p.name}=…  {p.doc}", markup=False)


GRAPH_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}


def _graph(store, graph: Optional[Path], query: Optional[str], focus: Optional[str], depth: int,
           timeout: float = DEFAULT_TIMEOUT):
    """The NetworkX view of the store or file, restricted by --query (run in a limited child
    process, like every user-supplied query) and --focus."""
    from . import query as q
    from .network import to_networkx

    if query:
        qt = q.resolve(query)
        q.check_timeout(timeout)
        q.gate(qt.text)
        _open(store, graph, probe=True)
        source = q.run_limited(lambda: _open(store, graph), qt, timeout=timeout)
        if not isinstance(source, list):
            raise q.QueryError("--query must be a CONSTRUCT query (it chooses the triples to show)")
    else:
        source = _open(store, graph)
    try:
        return to_networkx(source, focus=focus, depth=depth)
    except KeyError as e:
        raise Failure(str(e.args[0]) if e.args else str(e)) from None


@app.command(cls=Command)
def export(
    output: Path = typer.Option(..., "-o", "--output", metavar="FILE", help="File to write: .ttl .trig .nq .nt .jsonld .rdf, "
                                "or .graphml .gexf for the relationship graph"),
    store: Optional[str] = typer.Option(None, "--store", metavar="DIR|URL",
                                        help=STORE_HELP + " (default: kg-store)" + REMOTE_HELP),
    store_user: Optional[str] = typer.Option(None, "--store-user", metavar="NAME", help=USER_HELP),
    graph: Optional[Path] = typer.Option(None, "--graph", metavar="FILE", help="Export from an RDF file instead of the store."),
    fmt: Optional[str] = typer.Option(None, "--format", metavar="FORMAT",
                                      help="graphml or gexf, any case (else from the extension)."),
    query: Optional[str] = typer.Option(None, "--query", metavar="QUERY", help="GraphML/GEXF: a CONSTRUCT query choosing the triples."),
    focus: Optional[str] = typer.Option(None, "--focus", metavar="NAME", help="GraphML/GEXF: only the neighbourhood of this name."),
    depth: int = typer.Option(1, "--depth", metavar="N", help="Steps around --focus."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", metavar="SECONDS",
                                  help="Stop the --query after this many seconds."),
    debug: bool = debug_option(),
):
    """Write the store (or a file) as RDF, or the relationship graph as GraphML/GEXF for Gephi."""
    from . import rdfio
    from .network import write

    global STORE_USER
    STORE_USER = store_user
    with errors():
        kind = fmt.strip().lower() if fmt else GRAPH_FORMATS.get(output.suffix.lower())
        if kind is not None:
            if kind not in {"graphml", "gexf"}:
                raise Failure(f"unknown --format {kind!r}: use graphml or gexf (RDF formats follow the extension)", 2)
            g = _graph(store, graph, query, focus, depth, timeout)
            write(g, output, kind)
            err.print(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)", markup=False)
            return
        rdfio.format_of(output)
        st = _open(store, graph)
        quads = list(st.quads_for_pattern(None, None, None, None))
        n, kind = rdfio.write_quads(quads, output)
        err.print(f"wrote {output} ({n} {kind})", markup=False)


@app.command(cls=Command)
def view(
    output: Path = typer.Option(Path("graph.html"), "-o", "--output", metavar="FILE", help="The HTML page to write."),
    store: Optional[str] = typer.Option(None, "--store", metavar="DIR|URL",
                                        help=STORE_HELP + " (default: kg-store)" + REMOTE_HELP),
    store_user: Optional[str] = typer.Option(None, "--store-user", metavar="NAME", help=USER_HELP),
    graph: Optional[Path] = typer.Option(None, "--graph", metavar="FILE", help="View an RDF file instead of the store."),
    focus: Optional[str] = typer.Option(None, "--focus", metavar="NAME", help="Only the neighbourhood of the entity with this name."),
    depth: int = typer.Option(1, "--depth", metavar="N", help="Steps around --focus."),
    query: Optional[str] = typer.Option(None, "--query", metavar="QUERY", help="A CONSTRUCT query (shipped name, .rq file or text) "
                                        "choosing the triples to show."),
    title: str = typer.Option("News knowledge graph", "--title", metavar="TEXT", help="The page title."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", metavar="SECONDS",
                                  help="Stop the --query after this many seconds."),
    debug: bool = debug_option(),
):
    """Write the relationship graph as one offline interactive HTML page (nothing loads from the web)."""
    from .view import write_html

    global STORE_USER
    STORE_USER = store_user
    with errors():
        g = _graph(store, graph, query, focus, depth, timeout)
        write_html(g, output, title=title, focus=focus)
        err.print(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges); "
                  "open it in any browser, no network needed", markup=False)


@app.command(cls=Command)
def validate(file: Optional[Path] = typer.Argument(None, metavar="[FILE]",
                                                  help="An RDF file to check against the SHACL shapes."),
             store: Optional[str] = typer.Option(None, "--store", metavar="DIR|URL",
                                                 help="Check a store instead of a file." + REMOTE_HELP),
             store_user: Optional[str] = typer.Option(None, "--store-user", metavar="NAME", help=USER_HELP),
             debug: bool = debug_option()):
    """Check a graph against the project's SHACL shapes; print the report and exit 1 on failure."""
    from . import rdfio
    from .layout import page_key_quads
    from .validate import validate_quads

    global STORE_USER
    STORE_USER = store_user
    with errors():
        if (file is None) == (store is None):
            raise Failure("give FILE or --store, one of them", 2)
        if store is not None:
            st = _open(store, None)
            quads = list(st.quads_for_pattern(None, None, None, None))
            file = getattr(st, "shown", store)  # a server's URL without a password written into it
            upgrade = f"`kg build --store {file}` adds them (nothing is analysed)"
        else:
            quads = rdfio.parse_file(file)
            upgrade = (f"`kg query/view/export --graph` add them when they load it; `kg export --graph {file} "
                       f"-o NEW.trig` writes it with them")
        conforms, text = validate_quads(quads)
        # the data as it is: articles written before kg:pageKey (the shapes require it) are named as such
        unkeyed = len(page_key_quads(quads))
        if conforms:
            out.print(f"{file}: conforms to the shapes", markup=False)
        else:
            out.print(text, markup=False)
        if unkeyed:
            err.print(f"{file}: {unkeyed:,} article(s) without kg:pageKey, written by a newskg from before the "
                      f"page key; {upgrade}", markup=False, highlight=False)
        if not conforms:
            raise Failure(f"{file}: does not conform to the shapes")


DEMO_QUERIES = ["people-roles", "quotes-by-speaker", "events"]


@app.command(cls=Command)
def demo(
    store: Path = typer.Option(Path("kg-store"), "--store", metavar="DIR", help=STORE_HELP),
    outdir: Path = typer.Option(Path("kg-demo"), "--out", metavar="DIR", help="Folder for the exports."),
    debug: bool = debug_option(),
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
            # the demo shows the readable columns that have values; `kg query NAME` shows them all
            keep = [i for i, n in enumerate(names)
                    if not all(r[i].startswith("id:") or not r[i] for r in rows)]
            print_table([names[i] for i in keep], [[r[i] for i in keep] for r in rows], limit=12, cell=60)
        out.print("\nSHACL validation: " + ("conforms" if conforms else "FAILED"), markup=False)
        out.print(f"store: {store}  (try: kg query quotes-by-speaker --store {store})", markup=False)
        out.print("exports: " + ", ".join(str(p) for p in written), markup=False)


@app.command(cls=Command)
def serve(
    store: Path = typer.Option(Path("kg-store"), "--store", metavar="DIR", help=STORE_HELP),
    port: int = typer.Option(7878, "--port", metavar="PORT", help="Port on 127.0.0.1 (0: any free port)."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", metavar="SECONDS",
                                  help="Stop a query after this many seconds."),
    verbose: bool = typer.Option(False, "--verbose", help="One line per request."),
    debug: bool = debug_option(),
):
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint on localhost (http://127.0.0.1:PORT/sparql)."""
    from .serve import PATH, make_server

    with errors():
        if not 0 <= port <= 65535:
            raise Failure(f"--port must be 0 to 65535, not {port}", 2)
        server = make_server(store, port, timeout, verbose)
        host, real = server.server_address[:2]
        err.print(f"serving {store} read-only at http://{host}:{real}{PATH} (Ctrl-C stops)", markup=False)
        sys.stderr.flush()
        try:
            server.serve_forever()
        finally:
            server.server_close()


@app.command(cls=Command)
def version(debug: bool = debug_option()):
    """Print the version."""
    out.print(f"kg {__version__}", markup=False)


def _terminated(signum, _frame):
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: temporary files are removed on the way


def main(argv: list[str] | None = None) -> None:
    import signal

    global DEBUG, DEBUG_IN_ARGV
    signal.signal(signal.SIGTERM, _terminated)
    args = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in args:
        DEBUG = DEBUG_IN_ARGV = True
        args.remove("--debug")
    app(args=args, prog_name="kg")


if __name__ == "__main__":
    main()
