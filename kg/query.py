"""Use stage: SPARQL queries — shipped ones (``queries/*.rq``), ``.rq`` files or inline text.

Queries run read-only on pyoxigraph. Before running, the query is parsed (rdflib's SPARQL
parser) and refused if it is an update or, unless allowed, if it calls ``SERVICE`` or names
``FROM`` graphs. Parameters are bound in standard SPARQL 1.1: a query declares
``VALUES ?name { UNDEF }`` where the value should join (unbound, the query runs unrestricted in
any engine), and the value fills it as one RDF term serialised by pyoxigraph (a query without
that block gets a trailing ``VALUES`` clause). A value is never parsed as query text.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import guard
from .guard import QUERY_TOKEN
from .resources import queries_dir
from .vocab import ID_NS, PREFIXES, ROLES_NS

HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")


class QueryError(Exception):
    """A query that cannot run: one line saying why (and where, for syntax errors)."""


class SourceError(Exception):
    """The store or file to query could not be opened: one line saying why."""


@dataclass
class Param:
    name: str
    doc: str


@dataclass
class QueryText:
    name: str
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)


def parse_header(name: str, text: str) -> QueryText:
    q = QueryText(name=name, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = HEADER.match(line)
        if not m:
            continue
        k, v = m.group(1), m.group(2).strip()
        if k == "param":
            pname, doc = _split_param(v)
            q.params.append(Param(pname, doc))
        else:
            setattr(q, k, v)
    return q


def _split_param(v: str) -> tuple[str, str]:
    """ "name — what it is" → ("name", "what it is")."""
    m = re.match(r"\??(\w+)\s*(?:[—–:-]+\s*)?(.*)$", v)
    return (m.group(1), m.group(2)) if m else (v, "")


def shipped() -> dict[str, QueryText]:
    out = {}
    for p in sorted(queries_dir().glob("*.rq")):
        out[p.stem] = parse_header(p.stem, p.read_text(encoding="utf-8"))
    return out


def resolve(query: str) -> QueryText:
    """A shipped query's name, a path to a ``.rq`` file, or the query text itself."""
    ship = shipped()
    if query in ship:
        return ship[query]
    p = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and p.suffix and p.exists()):
        try:
            return parse_header(p.stem, p.read_text(encoding="utf-8"))
        except OSError as e:
            raise QueryError(f"{query}: cannot read ({e.strerror or e})") from None
        except UnicodeDecodeError:
            raise QueryError(f"{query}: not UTF-8 text") from None
    if re.fullmatch(r"[\w-]+", query.strip()):
        raise QueryError(f"no shipped query named {query!r} (see `kg queries`)")
    return parse_header("inline", query)


# ------------------------------------------------------------------ safety

def _walk(node, seen=None):
    """Every node of a parsed query (pyparsing ParseResults / rdflib CompValue trees)."""
    if seen is None:
        seen = set()
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from _walk(v, seen)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _walk(v, seen)
    elif hasattr(node, "asList") and not isinstance(node, str):
        for v in node:
            yield from _walk(v, seen)


ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape(text: str) -> str:
    """SPARQL's codepoint escapes (\\u0049, \\U00000049) expanded, as the standard does before
    parsing. The checker and the engine then read exactly the same text: an escape can neither
    hide a keyword from the check nor mean something else to the engine."""
    def one(m: re.Match) -> str:
        cp = int(m.group(1) or m.group(2), 16)
        if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
            raise QueryError(f"invalid codepoint escape {m.group(0)} in the query")
        return chr(cp)

    out = ESCAPE.sub(one, text)
    if ESCAPE.search(out):  # "\\u005Cu0028": an engine might expand it once more
        raise QueryError("nested codepoint escapes (an escape that spells another escape) are refused")
    return out


_PARSER_LOCK = threading.Lock()  # rdflib's SPARQL parser is not safe to use from several threads


def gate(text: str, allow_service: bool = False) -> str:
    """The text to run: codepoint escapes expanded, then :func:`guard.one_reading`, then
    :func:`check` — the engine must be given exactly this text, the one that was checked."""
    return check(unescape(text), allow_service)


def check(text: str, allow_service: bool = False) -> str:
    """Refuse updates, ``SERVICE`` and ``FROM`` unless allowed, by parsing the query; the nesting
    limit and the parse are applied to :func:`guard.one_reading` of ``text``, which is returned
    (run that text, never ``text`` itself)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser
    from rdflib.plugins.sparql.parserutils import CompValue


    text = guard.one_reading(text)
    try:
        guard.check_nesting(text, "the query", limit=64)
    except guard.Refused as e:
        raise QueryError(str(e)) from None
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    try:
        with _PARSER_LOCK:
            parsed = parser.parseQuery(prologue + text)
    except ParseException as e:
        try:
            with _PARSER_LOCK:
                parser.parseUpdate(prologue + text)
        except Exception:
            line = max(1, e.lineno - len(PREFIXES))
            raise QueryError(f"SPARQL syntax error at line {line}, column {e.col}: {e.msg}") from None
        raise QueryError("updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are refused: `kg query` is read-only") from None
    except RecursionError:
        raise QueryError("the query is nested too deeply") from None
    for node in _walk(parsed):
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern" and not allow_service:
                raise QueryError("SERVICE (a federated call to another endpoint) is refused; "
                                 "pass --allow-service to permit it")
            if node.name in {"DatasetClause"} and not allow_service:
                raise QueryError("FROM / FROM NAMED is refused: the query runs on the store or file given "
                                 "(--allow-service permits it)")
    return text


# ------------------------------------------------------------------ running

def term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: ``<iri>`` is an IRI, anything else a plain string."""
    if len(value) > 2 and value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError:
            raise QueryError(f"not a valid IRI: {value}") from None
    return ox.Literal(value)


VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


SLOT = re.compile(r"\bVALUES\s+[?$](?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\{\s*UNDEF\s*\}", re.I)


def _slots(text: str):
    """The ``VALUES ?name { UNDEF }`` clauses of the query itself: found in its code only, never
    inside a string literal or an IRI (the tokens :data:`guard.QUERY_TOKEN` knows)."""
    pos = 0
    for m in [*QUERY_TOKEN.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        yield from SLOT.finditer(text, pos, end)
        if m is not None:
            pos = m.end()


def bind(text: str, params: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with each parameter bound by a standard ``VALUES`` block: its declared
    ``VALUES ?name { UNDEF }`` filled with the term, or a trailing ``VALUES ?name { term }``.

    The slots are found once, in the checked text and outside its strings, and filled by
    position in one pass: a value is never read again as query text, and a term as pyoxigraph
    writes it (N-Triples escapes) cannot end its own literal, so binding adds nothing the read-only
    check did not see but the terms themselves. Variable names are case-sensitive, as in SPARQL."""
    for name, value in params.items():
        if not VARNAME.fullmatch(name):
            raise QueryError(f"not a parameter name: {name!r} (letters, digits and _)")
        if not isinstance(value, (ox.NamedNode, ox.Literal)):
            raise QueryError(f"parameter {name!r}: not an IRI or a literal")
    out, pos, filled = [], 0, set()
    for m in _slots(text):
        name = m.group("name")
        if name in params:
            out += [text[pos:m.start()], f"VALUES ?{name} {{ {params[name]} }}"]
            pos = m.end()
            filled.add(name)
    out.append(text[pos:])
    text = "".join(out)
    for name, value in params.items():
        if name not in filled:
            text = text.rstrip() + f"\nVALUES ?{name} {{ {value} }}\n"
    return text


# ------------------------------------------------------------------ pages

# A listing query chooses its page of subjects first, in a sub-select ending in
# ``ORDER BY … LIMIT <size> OFFSET 0``, then joins the details of those subjects only (docs/graph-shape.md,
# "Pages"). As written, a file answers its first page in any SPARQL 1.1 engine; page ``n`` is the same
# text with ``OFFSET (n-1)*size``, every page the text without the ``LIMIT``/``OFFSET``. The numbers
# are integers formatted here, never text from the caller.
PAGE_SLOT = re.compile(r"\bLIMIT\s+(?P<size>\d+)\s+OFFSET\s+0\b", re.I)
QUERY_FORM = re.compile(r"(?<![\w:?$.-])(?:SELECT|CONSTRUCT|ASK|DESCRIBE)(?![\w:.-])", re.I)


def _code_spans(text: str):
    """(start, end) of the stretches of ``text`` outside strings, IRIs and comments."""
    pos = 0
    for m in QUERY_TOKEN.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def page_slot(text: str) -> re.Match | None:
    """The query's page slot (``LIMIT n OFFSET 0`` in its code), or None for a query without pages.
    A query with more than one is refused: which one pages would be a guess."""
    found = [m for a, b in _code_spans(text) for m in PAGE_SLOT.finditer(text, a, b)]
    if len(found) > 1:
        raise QueryError("the query has more than one 'LIMIT n OFFSET 0' page slot")
    return found[0] if found else None


def page_size(q: QueryText) -> int | None:
    """Subjects per page of a paged query, or None."""
    m = page_slot(q.text)
    return int(m.group("size")) if m else None


def paged(text: str, page: int | None, size: int | None = None) -> str:
    """``text`` at page ``page`` (1 = the first, as written), ``size`` subjects a page (default: as
    written); ``page=None``: every page, the slot removed (the whole answer in one query)."""
    if type(page) is int and page == 1 and size is None:
        return text  # as written: a listing's first page, any other query unchanged (no slot is looked for)
    m = page_slot(text)
    if m is None:
        if page not in (None, 1):
            raise QueryError("this query has no pages (no 'LIMIT n OFFSET 0' sub-select): --page applies to "
                             "the shipped listing queries")
        return text
    if page is None:
        return text[:m.start()] + text[m.end():]
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise QueryError(f"--page must be a whole number from 1, not {page!r}")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 1_000_000):
        raise QueryError(f"--page-size must be a whole number from 1 to 1,000,000, not {size!r}")
    n = int(m.group("size")) if size is None else size
    if n < 1:
        raise QueryError(f"the query's page slot 'LIMIT {n} OFFSET 0' has no rows to page")
    return text[:m.start()] + f"LIMIT {n:d} OFFSET {(page - 1) * n:d}" + text[m.end():]


def count_text(text: str) -> str | None:
    """A query counting the subjects of every page of ``text`` (its page sub-select with the slot
    removed, under ``COUNT(*)``), or None for a query without pages."""
    m = page_slot(text)
    if m is None:
        return None
    depth, i, opened = 0, m.start(), None
    spans = [s for s in _code_spans(text) if s[0] < m.start()]
    for a, b in reversed(spans):  # the '{' that opens the sub-select holding the slot
        for i in range(min(b, m.start()) - 1, a - 1, -1):
            c = text[i]
            if c == "}":
                depth += 1
            elif c == "{":
                if depth == 0:
                    opened = i
                    break
                depth -= 1
        if opened is not None:
            break
    if opened is None:
        raise QueryError("the page slot is not inside a sub-select")
    # the prologue (BASE and PREFIX declarations, in their order) is all the code before the query form
    form = next((m for a, b in _code_spans(text) for m in QUERY_FORM.finditer(text, a, b)), None)
    prologue = text[:form.start()] if form is not None and form.start() < opened else ""
    return f"{prologue}\nSELECT (COUNT(*) AS ?subjects) WHERE {{ {{ {text[opened + 1:m.start()]} }} }}"


def count(store: ox.Store, q: QueryText, params: dict[str, str] | None = None, allow_service: bool = False,
          checked: bool = False) -> int | None:
    """How many subjects (rows of the page sub-select) the whole answer has, or None."""
    text = q.text if checked else gate(q.text, allow_service)
    text = _bound(q, text, params)
    ctext = count_text(text)
    if ctext is None:
        return None
    res = _query(store, ctext)
    return int(next(iter(res))["subjects"].value)


def _bound(q: QueryText, text: str, params: dict[str, str] | None) -> str:
    known = {p.name for p in q.params}
    unknown = [k for k in (params or {}) if known and k not in known]
    if unknown:
        raise QueryError(f"query {q.name!r} has no parameter {unknown[0]!r} (it takes: {', '.join(sorted(known))})")
    return bind(text, {k: term(v) for k, v in (params or {}).items()})


def _query(store: ox.Store, text: str):
    try:
        return store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(syntax_message(text, str(e))) from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {str(e).splitlines()[0] if str(e) else e.__class__.__name__}") from None


def run(store: ox.Store, q: QueryText, params: dict[str, str] | None = None, allow_service: bool = False,
        checked: bool = False, page: int | None = 1, size: int | None = None):
    """Run a query read-only (``checked``: ``q.text`` is what :func:`gate` returned). Parameters
    are bound by standard ``VALUES`` blocks holding terms serialised by pyoxigraph. A paged query
    answers ``page`` (the first by default; None: every page at once), ``size`` subjects a page."""
    text = q.text if checked else gate(q.text, allow_service)
    text = paged(_bound(q, text, params), page, size)
    return _query(store, text)


PNAME = re.compile(r"(?<![\w.:<?$-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|[\s;,.)\]}])")
LITERALS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                      r"|<[^<>\s]*>|#[^\n]*")
DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def syntax_message(text: str, message: str) -> str:
    """One line for the engine's syntax error. A prefix used but declared nowhere is named, with the
    prefixes every query has (the engine says "Prefix not found" and lists characters, or
    expects some other keyword)."""
    first = message.splitlines()[0] if message else "syntax error"
    # prefixed names inside strings, IRIs and comments are not names (blanked, lines kept)
    bare = LITERALS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    declared = set(PREFIXES) | set(DECLARED.findall(bare))
    unknown = [m for m in PNAME.finditer(bare) if (m.group(1) or "") not in declared]
    if not unknown:
        return f"SPARQL syntax error: {first}"
    name, line = unknown[0].group(1) or "", bare[:unknown[0].start()].count("\n") + 1
    return (f"unknown prefix '{name}:' at line {line}: declare it (PREFIX {name}: <…>) or use one of the "
            f"predeclared prefixes: {', '.join(p + ':' for p in PREFIXES)}")


SHORT = [("id", ID_NS), ("roles", ROLES_NS),
         *PREFIXES.items()]


DEFAULT_TIMEOUT = 60.0
MAX_TIMEOUT = 86_400.0
MEMORY_LIMIT = 2048  # MiB of address space the query process may add to what it started with


def check_timeout(timeout: float) -> float:
    """A usable time limit in seconds, or a one-line refusal (not ``inf``, ``nan`` or ``-1``)."""
    import math

    if not isinstance(timeout, (int, float)) or not math.isfinite(timeout) or not 0 < timeout <= MAX_TIMEOUT:
        raise QueryError(f"--timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT:,.0f}, "
                         f"not {timeout!r}")
    return float(timeout)


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux), or 0 when unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _limit_memory(mib: int) -> None:
    import resource

    base = _address_space()
    if base:
        cap = base + mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def run_limited(open_store, q: QueryText, params: dict[str, str] | None = None, allow_service: bool = False,
                timeout: float = DEFAULT_TIMEOUT, memory: int = MEMORY_LIMIT, page: int | None = 1,
                size: int | None = None, counting: bool = False):
    """:func:`run` in a child process stopped after ``timeout`` seconds and limited to ``memory``
    MiB of address space beyond its start (RLIMIT_AS). ``open_store`` is called in the child (a
    store handle is never shared across a fork). SELECT and ASK results come back as W3C SPARQL
    JSON, CONSTRUCT as N-Triples, parsed again here. The result travels through a temporary
    file that has no name (unlinked before the child starts), so nothing is left behind
    whatever ends either process. ``page``/``size`` as in :func:`run`; ``counting``: the answer is
    the count of the subjects of every page (one row, ``?subjects``), see :func:`count`."""
    import dataclasses
    import multiprocessing as mp
    import os
    import signal
    import tempfile

    timeout = check_timeout(timeout)
    text = gate(q.text, allow_service)  # refuse in the parent, before any process is started
    paged(text, page, size)  # a bad page or size: refused here too
    if counting and count_text(text) is None:
        raise QueryError("this query has no pages to count (no 'LIMIT n OFFSET 0' sub-select)")
    q = dataclasses.replace(q, text=text)
    out = tempfile.TemporaryFile(prefix="kg-query-")
    fd = out.fileno()

    def report(kind: bytes, e: BaseException | None = None, data: bytes = b"") -> None:
        if e is not None:
            data = (str(e).splitlines()[0] if str(e) else e.__class__.__name__).encode("utf-8", "replace")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        view = memoryview(kind + data)
        while view:
            view = view[os.write(fd, view):]

    def child() -> None:
        try:
            store = open_store()
        except BaseException as e:  # noqa: BLE001 - the data could not be opened: not the query's fault
            report(b"O", e)
            os._exit(4)
        try:
            import faulthandler

            faulthandler.disable()
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 2)  # Rust's abort message on a failed allocation: the parent says it in one line
            _limit_memory(memory)
            if counting:
                result = _query(store, count_text(_bound(q, q.text, params)))
            else:
                result = run(store, q, params, allow_service, checked=True, page=page, size=size)
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                data, kind = result.serialize(format=ox.QueryResultsFormat.JSON), b"R"
            else:
                data, kind = ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES), b"T"
            report(kind, data=data)
            os._exit(0)
        except MemoryError:
            report(b"M")
            os._exit(3)
        except BaseException as e:  # noqa: BLE001 - reported to the parent as one line
            report(b"E", e)
            os._exit(3)

    proc = mp.get_context("fork").Process(target=child, daemon=True)
    try:
        proc.start()
        proc.join(timeout)
        if proc.is_alive():
            proc.kill()
            proc.join()
            raise QueryError(f"the query ran longer than {timeout:g} s and was stopped (raise it with --timeout)")
        out.seek(0)
        payload = out.read()
    finally:
        if proc.is_alive():  # interrupted while waiting: the child goes too
            proc.kill()
            proc.join()
        out.close()
    kind, data = payload[:1], payload[1:]
    if kind == b"M" or (not payload and proc.exitcode == -signal.SIGABRT):  # Rust aborts when allocation fails
        raise QueryError(f"the query needed more than {memory:,} MiB of memory and was stopped")
    if not payload:
        code = proc.exitcode
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit code {code}"
        raise QueryError(f"the query process ended abnormally ({how}); nothing was returned")
    if kind == b"O":
        raise SourceError(data.decode("utf-8", "replace"))
    if kind == b"E":
        raise QueryError(data.decode("utf-8", "replace"))
    if kind == b"R":
        return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
    return [q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)]


def show_term(t, compact: bool = False) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.Literal):
        return t.value
    if isinstance(t, ox.NamedNode):
        if compact:
            for prefix, ns in SHORT:
                if t.value.startswith(ns):
                    return f"{prefix}:{t.value[len(ns):]}"
        return t.value
    return str(t)


def rows(result, compact: bool = False) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of text; ``compact`` writes IRIs as prefixed names."""
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [[show_term(sol[n], compact) for n in names] for sol in result]
    if isinstance(result, (ox.QueryBoolean, bool)):
        return ["result"], [[str(bool(result)).lower()]]
    return ["subject", "predicate", "object"], [[show_term(x, compact) for x in (t.subject, t.predicate, t.object)]
                                                 for t in result]


def dataframe(result):
    """A SELECT result as a pandas DataFrame (IRIs and literals as text)."""
    import pandas as pd

    names, table = rows(result)
    return pd.DataFrame(table, columns=names)


def serialize(result, fmt: str) -> str:
    """W3C SPARQL 1.1 results (JSON, CSV, TSV) for SELECT/ASK; N-Triples for CONSTRUCT."""
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        f = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
             "tsv": ox.QueryResultsFormat.TSV}[fmt]
        return result.serialize(format=f).decode("utf-8")
    return ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
