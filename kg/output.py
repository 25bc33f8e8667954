"""Use stage: how ``kg query`` writes its answer.

Formats are named case-insensitively. SELECT and ASK answers come as

- ``table`` — a terminal table (one block per row when the columns do not fit the width);
- ``csv``, ``tsv`` — plain tables for spreadsheets and pandas: bare column names, bare values
  (IRIs in full, literals without quotes, language tags or datatypes);
- the W3C SPARQL 1.1 results formats under their own names: ``srj`` (also ``json``,
  ``sparql-json``), ``srx`` (``sparql-xml``), ``srcsv`` (``sparql-csv``), ``srtsv`` (``sparql-tsv``).

CONSTRUCT and DESCRIBE answers (triples) come as an RDF document — ``turtle``, ``ntriples``,
``jsonld`` (compacted with the shipped context), ``rdfxml`` — or as a subject/predicate/object
table (``table``, ``csv``, ``tsv``); ``json`` means JSON-LD for them.
"""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from .query import rows as result_rows
from .vocab import PREFIXES


class OutputError(Exception):
    """A format or column choice that cannot be honoured: one line saying why."""


PLAIN = {"csv": ",", "tsv": "\t"}
RESULTS = {"srj": ox.QueryResultsFormat.JSON, "srx": ox.QueryResultsFormat.XML,
           "srcsv": ox.QueryResultsFormat.CSV, "srtsv": ox.QueryResultsFormat.TSV}
RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
       "rdfxml": ox.RdfFormat.RDF_XML}
ALIASES = {"json": "srj", "sparql-json": "srj", "sparql-xml": "srx", "sparql-csv": "srcsv",
           "sparql-tsv": "srtsv", "ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples",
           "json-ld": "jsonld", "rdf": "rdfxml", "rdf-xml": "rdfxml", "xml": "rdfxml"}
FORMATS = ["table", *PLAIN, *RESULTS, *RDF]
HELP = ("SELECT/ASK: table, csv, tsv (plain, for spreadsheets), json or srj, srx, srcsv, srtsv (W3C SPARQL "
        "results); CONSTRUCT/DESCRIBE: turtle, ntriples, jsonld, rdfxml, or table/csv/tsv. Any case.")


def format_name(fmt: str) -> str:
    """The canonical name of a format given in any case or by an alias ("CSV" → "csv",
    "sparql-json" → "srj", "ttl" → "turtle"); ``json`` stays ``json`` (its meaning depends on the
    kind of answer)."""
    f = fmt.strip().lower()
    if f == "json" or f in FORMATS:
        return f
    if f in ALIASES:
        return ALIASES[f]
    raise OutputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)} (json = srj, or JSON-LD "
                      "for CONSTRUCT/DESCRIBE)")


def is_graph(result) -> bool:
    return not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean, bool))


def column_names(spec: list[str]) -> list[str]:
    """``--columns a,b --columns c`` → ["a", "b", "c"] (a leading ? or $ is dropped)."""
    return [c.strip().lstrip("?$") for s in spec for c in s.split(",") if c.strip()]


def pick(names: list[str], table: list[list[str]], wanted: list[str]) -> tuple[list[str], list[list[str]]]:
    """The chosen columns, in the order given."""
    if not wanted:
        return names, table
    index = []
    for w in wanted:
        if w not in names:
            raise OutputError(f"no column {w!r} in the answer (columns: {', '.join(names)})")
        index.append(names.index(w))
    return [names[i] for i in index], [[r[i] for i in index] for r in table]


def _project(result: ox.QuerySolutions, wanted: list[str]) -> ox.QuerySolutions:
    """A SELECT answer with only the chosen variables, for the W3C formats."""
    data = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
    names = data["head"]["vars"]
    pick(names, [], wanted)  # unknown names: the same message as for tables
    data["head"]["vars"] = wanted
    data["results"]["bindings"] = [{k: b[k] for k in wanted if k in b} for b in data["results"]["bindings"]]
    return ox.parse_query_results(json.dumps(data).encode("utf-8"), ox.QueryResultsFormat.JSON)


def plain(names: list[str], table: list[list[str]], fmt: str) -> str:
    """CSV or TSV as spreadsheets and ``pandas.read_csv`` read them: a header of bare names, then
    bare values (quoted only where the delimiter, a quote or a line break needs it)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=PLAIN[fmt], lineterminator="\n")
    w.writerow(names)
    w.writerows(table)
    return buf.getvalue()


def render(result, fmt: str, columns: list[str] | None = None) -> str:
    """The answer as text in format ``fmt`` (already a canonical name). ``table`` is not handled
    here: see :func:`print_table`."""
    wanted = columns or []
    if fmt in PLAIN:  # a SELECT answer's rows, or a graph's subject/predicate/object
        names, table = result_rows(result)
        return plain(*pick(names, table, wanted), fmt)
    if is_graph(result):
        if fmt in RESULTS:
            raise OutputError(f"{fmt} is a format for SELECT/ASK answers; a CONSTRUCT/DESCRIBE answer is RDF: "
                              f"use {', '.join(RDF)}, or table, csv, tsv")
        if wanted:
            raise OutputError("--columns chooses columns of a table; RDF output (turtle, ntriples, jsonld, rdfxml) "
                              "has none: use -f table, csv or tsv")
        triples = list(result)
        if fmt in ("json", "jsonld"):
            from .rdfio import to_jsonld

            return to_jsonld([ox.Quad(t.subject, t.predicate, t.object) for t in triples]).decode("utf-8")
        prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
        data = (ox.serialize(triples, format=RDF[fmt], prefixes=prefixes) if prefixes
                else ox.serialize(triples, format=RDF[fmt]))
        return data.decode("utf-8")
    if fmt in RDF:
        raise OutputError(f"{fmt} is an RDF format for CONSTRUCT/DESCRIBE answers; a SELECT/ASK answer is a table: "
                          f"use table, csv, tsv, or {', '.join(RESULTS)}")
    if fmt == "json":
        fmt = "srj"
    if wanted and isinstance(result, ox.QuerySolutions):
        result = _project(result, wanted)
    elif wanted:
        raise OutputError("--columns chooses columns of a SELECT answer; an ASK answer has none")
    text = result.serialize(format=RESULTS[fmt]).decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


# ------------------------------------------------------------------ the terminal table

MIN_COLUMN = 10  # a column narrower than this (when its values are wider) is no longer readable
CELL = 300  # longer values are cut with "…" in the terminal table


def _cut(v: str, cell: int) -> str:
    return v if len(v) <= cell else v[:cell - 1] + "…"


def _least(names: list[str], table: list[list[str]], cell: int) -> list[int]:
    """The narrowest readable width of each column: its widest value, but no less than its name
    or :data:`MIN_COLUMN` characters."""
    return [min(max([len(n)] + [len(_cut(r[i], cell)) for r in table]), max(MIN_COLUMN, len(n)))
            for i, n in enumerate(names)]


def widths(names: list[str], table: list[list[str]], width: int, cell: int = CELL) -> list[int]:
    """Column widths for a table that :func:`fits`: each column its :func:`_least` width, and the
    room left shared out in proportion to how much wider its values are."""
    least = _least(names, table, cell)
    natural = [max([len(n)] + [len(_cut(r[i], cell)) for r in table]) for i, n in enumerate(names)]
    room = width - (3 * len(names) + 1) - sum(least)
    want = [nat - lo for nat, lo in zip(natural, least)]
    total = sum(want)
    if total <= room:
        return natural
    given = [lo + (room * w) // total for lo, w in zip(least, want)]
    for i in sorted(range(len(given)), key=lambda i: want[i], reverse=True)[:room - (sum(given) - sum(least))]:
        given[i] += 1  # the rounding remainder, to the widest wants
    return given


def fits(names: list[str], table: list[list[str]], width: int, cell: int = CELL) -> bool:
    """Whether a table with these columns stays readable in ``width`` characters: each column at
    least its :func:`_least` width, plus rich's borders and padding."""
    return sum(_least(names, table, cell)) + 3 * len(names) + 1 <= width


def print_table(console: Console, names: list[str], table: list[list[str]], limit: int | None = None,
                cell: int = CELL) -> None:
    """A table when the columns fit the console's width; otherwise one block per row (name: value),
    so wide answers stay readable. A count of rows follows."""
    shown = table[:limit] if limit else table
    if fits(names, shown, console.width, cell):
        t = Table(show_lines=False, header_style="bold")
        for n, w in zip(names, widths(names, shown, console.width, cell)):
            t.add_column(n, overflow="fold", width=w)
        for r in shown:
            t.add_row(*[_cut(v, cell) for v in r])
        console.print(t, markup=False)
        console.print(f"{len(table)} row(s)", markup=False)
        return
    label = max((len(n) for n in names), default=0)
    for k, r in enumerate(shown, 1):
        console.rule(f"row {k}", align="left", style="dim")
        g = Table.grid(padding=(0, 2))
        g.add_column(style="bold", no_wrap=True, min_width=label)
        g.add_column(overflow="fold")
        for n, v in zip(names, r):
            g.add_row(n, _cut(v, cell))
        console.print(g, markup=False)
    console.print(f"{len(table)} row(s) ({len(names)} columns do not fit in {console.width} characters, so each "
                  "row is a block; choose columns with --columns)", markup=False, soft_wrap=False)
