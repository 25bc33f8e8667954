"""Read stage: files, folders and globs → :class:`Document` objects with metadata.

Plain text (first line = headline), HTML (main text through trafilatura) and tables
(``.csv``/``.tsv``/``.jsonl`` with a ``text`` column and optional ``title``, ``date``, ``url``, ``id``,
or the columns named by :class:`TableColumns`; the delimiter of a CSV is read from its header line).
A file that cannot be read becomes a :class:`Skipped` with a one-line reason; the rest goes on.
"""
from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES


@dataclass
class Document:
    """One article as read: the exact text that evidence offsets point into, and its metadata."""

    identifier: str  # input folder's name and path below it (see located), or a table row's id / url
    text: str
    headline: str = ""
    published: date | None = None
    url: str | None = None
    source: str = ""  # path it was read from
    fmt: str = "txt"
    meta: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Skipped:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class InputError(Exception):
    """An input that cannot be read; the message is one line naming the problem."""


# ----------------------------------------------------------------- dates

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})\b"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<mon>[A-Z][a-z]{2,8}),? (?P<y>\d{4})\b"),
]


def parse_date(value: str | None) -> date | None:
    """A calendar date from ISO or "Month D, YYYY" / "D Month YYYY" text, else None."""
    if not value:
        return None
    for pat in _DATE_PATTERNS:
        m = pat.search(value)
        if not m:
            continue
        try:
            month = int(m["m"]) if "m" in m.groupdict() and m["m"] else _MONTHS[m["mon"].lower()]
            return date(int(m["y"]), month, int(m["d"]))
        except (KeyError, ValueError):
            continue
    return None


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def dateline(text: str) -> date | None:
    """A publication date standing alone on one of the first lines after the headline
    ("Thursday, September 12, 2019"); a date inside a sentence is not one."""
    lines = [ln.strip() for ln in text.splitlines()[1:6] if ln.strip()]
    for ln in lines[:2]:
        d = parse_date(ln)
        if d is None:
            continue
        rest = ln
        for pat in _DATE_PATTERNS:
            rest = pat.sub("", rest)
        if not re.sub(r"[\W_]+", "", _WEEKDAY.sub("", rest)):
            return d
    return None


# ----------------------------------------------------------------- decoding

def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte {e.start})") from None
    if not text.strip():
        raise InputError("no text")
    return text


# binary formats by their first bytes: refused with one line instead of read as text
SIGNATURES = [(b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP (or DOCX, ODT, EPUB)"), (b"\xd0\xcf\x11\xe0", "Microsoft Office"),
              (b"{\\rtf", "RTF"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"), (b"\xff\xd8\xff", "JPEG"),
              (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf", "7-Zip")]


def check_not_binary(data: bytes) -> None:
    head = data.lstrip()[:8]
    for magic, kind in SIGNATURES:
        if head.startswith(magic):
            raise InputError(f"{kind} files are not supported (text, HTML, CSV/TSV and JSONL are)")


CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
                     re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB: ``<meta charset=…>``, the HTTP-style
    ``<meta http-equiv="Content-Type" content="text/html; charset=…">`` or an XML declaration;
    None when it declares none or one Python does not know."""
    import codecs

    m = CHARSET.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# What browsers make of these labels (the WHATWG Encoding Standard): pages labelled latin-1 or
# ASCII are read as windows-1252, whose curly quotes and dashes latin-1 would turn into controls.
WEB_LABELS = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def _utf8_beyond_ascii(data: bytes) -> bool:
    """Bytes that are valid UTF-8 and not plain ASCII: UTF-8 whatever a page's label says (a
    single-byte text is practically never valid UTF-8 by chance; a UTF-16 page re-encoded from its
    byte-order mark is UTF-8 by now)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _has_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


# ----------------------------------------------------------------- text XML and terminals can carry

# C0 and C1 control characters (tab, LF and CR apart), DEL and the non-characters U+FFFE/U+FFFF:
# XML 1.0 cannot carry them (RDF/XML, GraphML, GEXF) and a terminal acts on them (ESC).
UNCARRIABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
LONE_CR = re.compile("\r(?!\n)")


def carriable(text: str) -> str:
    """``text`` with every uncarriable character made a space and every CR that ends a line on its
    own (old Mac line endings) made an LF: one character for one, so evidence offsets into the
    text still point at the same characters."""
    return UNCARRIABLE.sub(" ", LONE_CR.sub("\n", text))


def carriable_document(item: Document | Skipped) -> Document | Skipped:
    """A document whose text and metadata are :func:`carriable` (a JSON ``\\u001b`` or an HTML
    ``&#27;`` decodes to a control character after reading)."""
    if isinstance(item, Document):
        for name in ("identifier", "text", "headline", "url"):
            value = getattr(item, name)
            if isinstance(value, str):
                setattr(item, name, carriable(value))
    return item


BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def unicode_bytes(data: bytes) -> bytes:
    """UTF-16 or UTF-32 with a byte-order mark re-encoded as UTF-8; the same without a mark is
    named (instead of "binary"); anything else is returned as it is."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec).encode("utf-8", "surrogatepass")
            except UnicodeDecodeError:  # not that encoding after all: read (and refused) as before
                break
    head = data[:4096]
    if len(head) >= 8 and b"\x00" in head:
        for width, name in ((4, "UTF-32"), (2, "UTF-16")):
            lanes = [head[i::width] for i in range(width)]
            if sum(lane.count(0) for lane in lanes) >= len(head) * (width - 1) / width * 0.9:
                raise InputError(f"{name} text without a byte-order mark; save it as UTF-8 (or with a BOM)")
    return data


def text_fields(row: dict) -> str | None:
    """Why a table row cannot be read: a field that must be text (``text``, ``title``, ``id``,
    ``url``, ``date``) given as something else, such as a JSON object or number; else None."""
    for key in ("text", "title", "id", "url", "date"):
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            kind = {dict: "an object", list: "a list", bool: "true/false"}.get(type(value), "a number")
            return f"row field {key!r} is {kind}, not a string"
    return None


# ----------------------------------------------------------------- readers

def read_text_file(path: Path, data: bytes, ident: str | None = None) -> Document:
    text = carriable(decode(data))  # before the headline is cut at the first line end
    headline = text.split("\n", 1)[0].strip()
    return Document(identifier=ident or path.name, text=text, headline=headline, published=dateline(text),
                    source=str(path), fmt="txt")


def read_html_file(path: Path, data: bytes, ident: str | None = None) -> Document:
    import trafilatura

    charset = declared_charset(data)
    charset = WEB_LABELS.get(charset, charset)
    if charset and charset not in {"utf-8", "utf-16", "utf-32"} and not data.startswith(b"\xef\xbb\xbf") \
            and not _utf8_beyond_ascii(data):
        if not data.strip():
            raise InputError("empty file")
        try:
            html = data.decode(charset)
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {charset} as the page declares (byte {e.start})") from None
    else:
        html = decode(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "").strip()
    published = parse_date(meta.date) if meta and meta.date else None
    url = meta.url if meta and meta.url else None
    in_text = bool(title)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(identifier=ident or path.name, text=text + "\n", headline=title, published=published, url=url,
                    source=str(path), fmt="html", meta={"headline_in_text": in_text})


@dataclass(frozen=True)
class TableColumns:
    """Which columns (CSV/TSV) or fields (JSONL) of a table hold what (``kg build --text-column …``).
    A name given here must exist in the table; the defaults are used when present. Names match
    exactly, else ignoring case and surrounding spaces."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    id: str | None = None
    url: str | None = None

    def given(self, key: str) -> bool:
        return getattr(self, key) is not None

    def name(self, key: str) -> str:
        return getattr(self, key) or key


TABLE_KEYS = ("text", "title", "date", "id", "url")
DELIMITERS = (",", ";", "\t", "|")


def resolve_columns(fields: Iterable[str], cols: TableColumns) -> dict[str, str | None]:
    """The table's own name for each of text/title/date/id/url (None when it has none)."""
    fields = [f for f in fields if isinstance(f, str)]
    folded: dict[str, str] = {}
    for f in fields:
        folded.setdefault(f.strip().casefold(), f)
    return {key: cols.name(key) if cols.name(key) in fields else folded.get(cols.name(key).strip().casefold())
            for key in TABLE_KEYS}


def _missing_columns(fields: list[str], found: dict[str, str | None], cols: TableColumns, kind: str) -> str | None:
    """Why the table cannot be read with these column names, or None."""
    shown = ", ".join(repr(f) for f in fields[:12]) + (", …" if len(fields) > 12 else "")
    for key in TABLE_KEYS:
        if found[key] is None and (key == "text" or cols.given(key)):
            return (f"table has no {cols.name(key)!r} {kind} ({kind}s: {shown or 'none'}); "
                    f"name the {key} {kind} with --{key}-column")
    return None


def sniff_delimiter(header: str, suffix: str, cols: TableColumns) -> str:
    """The delimiter of a CSV/TSV file from its header line: the one under which the header has the
    text column, else the one giving most columns; ties go to the suffix's (tab for .tsv)."""
    default = "\t" if suffix == ".tsv" else ","
    best, best_key = default, (-1, -1, -1)
    for d in DELIMITERS:
        try:
            fields = next(csv.reader([header], delimiter=d), [])
        except csv.Error:
            continue
        key = (resolve_columns(fields, cols)["text"] is not None, len(fields), d == default)
        if key > best_key:
            best, best_key = d, key
    return best


def _row_document(row: dict, path: Path, n: int, fmt: str, names: dict[str, str | None],
                  table_ident: str | None = None) -> Document | str:
    """A table row as a document, or the reason it cannot be one."""
    def get(key: str):
        return row.get(names[key]) if names[key] is not None else None

    bad = text_fields({key: get(key) for key in TABLE_KEYS})
    if bad:
        return bad
    text = get("text")
    if not isinstance(text, str) or not text.strip():
        return "row has no text"
    if any(_has_surrogate(str(get(k) or "")) for k in TABLE_KEYS):
        return "row has lone surrogates (not valid Unicode)"
    ident = str(get("id") or get("url") or f"{table_ident or path.name}#{n}")
    title = str(get("title") or "").strip()
    url = get("url")
    return Document(identifier=ident, text=text, headline=title or text.strip().split("\n", 1)[0],
                    published=parse_date(str(get("date") or "")), url=str(url) if url else None,
                    source=f"{path}:{n}", fmt=fmt)


def _row_problems(path: Path, problems: dict[str, list[int]]) -> Iterator[Skipped]:
    """One line per kind of problem in a file, however many rows have it."""
    for reason, where in problems.items():
        if len(where) == 1:
            yield Skipped(f"{path}:{where[0]}", reason)
        else:
            lines = ", ".join(map(str, where[:5])) + (", …" if len(where) > 5 else "")
            yield Skipped(str(path), f"{reason} ({len(where)} rows: lines {lines})")


MAX_JSON_DEPTH = 64  # an article row is flat: deeper nesting is refused before json.loads recurses into it


def _json_too_deep(line: str) -> bool:
    from .guard import Refused, check_json_nesting

    try:
        check_json_nesting(line.encode("utf-8", "surrogatepass"), "line", MAX_JSON_DEPTH)
    except Refused:
        return True
    return False


def read_table_file(path: Path, data: bytes, cols: TableColumns | None = None,
                    ident: str | None = None) -> Iterator[Document | Skipped]:
    """The rows of a CSV/TSV (delimiter from the header line) or JSONL table. Rows that cannot be
    read give one line per kind of problem for the file, after its good rows."""
    cols = cols or TableColumns()
    text = decode(data)
    problems: dict[str, list[int]] = {}
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        seen: dict[str, None] = {}  # every field name met, in order
        rows = []
        # JSON Lines ends a line at LF (CR LF) only: U+2028, NEL or a form feed may stand in a string
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _json_too_deep(line):
                problems.setdefault(f"JSON nested more than {MAX_JSON_DEPTH} levels deep", []).append(n)
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.setdefault(f"invalid JSON ({e.msg})", []).append(n)
                continue
            except RecursionError:
                problems.setdefault("JSON nested too deeply", []).append(n)
                continue
            if not isinstance(row, dict):
                problems.setdefault("line is not a JSON object", []).append(n)
                continue
            seen.update(dict.fromkeys(k for k in row if isinstance(k, str)))
            rows.append((n, row))
        fields = list(seen)
        names = resolve_columns(fields, cols)
        missing = _missing_columns(fields, names, cols, "field") if rows else None
        if missing:
            yield Skipped(str(path), missing)
            rows = []
        for n, row in rows:
            doc = _row_document(row, path, n, "jsonl", names, ident)
            if isinstance(doc, str):
                problems.setdefault(doc, []).append(n)
            else:
                yield doc
        yield from _row_problems(path, problems)
        return
    csv.field_size_limit(1 << 30)
    header = text.lstrip("\r\n").split("\n", 1)[0].rstrip("\r")
    delimiter = sniff_delimiter(header, path.suffix.lower(), cols)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = list(reader.fieldnames or [])
    names = resolve_columns(fields, cols)
    missing = _missing_columns(fields, names, cols, "column")
    if missing:
        raise InputError(missing)
    try:
        for n, row in enumerate(reader, 2):
            doc = _row_document(row, path, n, "csv", names, ident)
            if isinstance(doc, str):
                problems.setdefault(doc, []).append(n)
            else:
                yield doc
    except csv.Error as e:
        problems.setdefault(f"malformed CSV ({e})", []).append(reader.line_num)
    yield from _row_problems(path, problems)


def read_path(path: Path, ident: str | None = None, table: TableColumns | None = None) -> Iterator[Document | Skipped]:
    """Every document in one file (named ``ident``, by default its file name); a problem
    becomes one :class:`Skipped`."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(str(path), f"cannot read ({e.strerror or e})")
        return
    suffix = path.suffix.lower()
    try:
        data = unicode_bytes(data)
        check_not_binary(data)
        if suffix in HTML_SUFFIXES:
            yield read_html_file(path, data, ident)
        elif suffix in TABLE_SUFFIXES:
            yield from read_table_file(path, data, table, ident)
        else:
            yield read_text_file(path, data, ident)
    except InputError as e:
        yield Skipped(str(path), str(e))


def expand(inputs: Iterable[str]) -> Iterator[Path | Skipped]:
    """Files named, files inside folders (recursively, known suffixes) and glob matches, in order."""
    for item in located(inputs):
        yield item if isinstance(item, Skipped) else item[0]


def located(inputs: Iterable[str]) -> list[tuple[Path, str] | Skipped]:
    """Every input file with its identifier: the name of the folder it was found in as named on
    the command line, then its path below that folder (``bbc/politics/001.txt`` from ``kg build
    bbc/``, ``politics/001.txt`` from ``kg build bbc/politics``); a file named directly or by a
    glob is found in its own folder (``politics/001.txt`` from ``kg build bbc/politics/001.txt``
    or ``'bbc/politics/*.txt'``). The identifier depends on the file and the folder it is named
    from, never on the other inputs of the build: the same name in two folders is two articles,
    and building a folder, or one file of it, names each file alike. Two files of one build with
    the same identifier (two folders of one name) are one line naming both; the first is kept."""
    seen: set[Path] = set()
    out: list[tuple[Path, str] | Skipped] = []
    names: dict[str, Path] = {}
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            root = p
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            root, found = p.parent, [p]
        elif any(ch in item for ch in "*?["):
            root = None
            found = sorted(Path(f) for f in glob.glob(item, recursive=True) if Path(f).is_file())
        else:
            out.append(Skipped(item, "no such file or folder"))
            continue
        if not found:
            out.append(Skipped(item, "no readable articles there"))
        for f in found:
            key = f.resolve()
            if key in seen:
                continue
            seen.add(key)
            base = root if root is not None else f.parent
            ident = _identifier(f, base)
            if ident in names:
                out.append(Skipped(str(f), f"has the identifier {ident} of {names[ident]} in this build; "
                                           "name a folder that holds both to tell them apart"))
                continue
            names[ident] = f
            out.append((f, ident))
    return out


def _identifier(f: Path, base: Path) -> str:
    """``base``'s own name, then ``f``'s path below it (just the path when ``base`` has no name, as
    ``/``)."""
    rel = f.relative_to(base).as_posix()
    name = base.resolve().name
    return f"{name}/{rel}" if name else rel


def read_inputs(inputs: Iterable[str], table: TableColumns | None = None) -> Iterator[Document | Skipped]:
    """Every document of the inputs; ``table`` names the columns of CSV/TSV/JSONL tables."""
    for item in located(inputs):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from map(carriable_document, read_path(*item, table=table))
