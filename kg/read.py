"""Read stage: files, folders and globs → :class:`Document` objects with metadata.

Plain text (first line = headline), HTML (main text through trafilatura) and tables
(``.csv``/``.jsonl`` with a ``text`` column and optional ``title``, ``date``, ``url``, ``id``).
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

    identifier: str  # path relative to the input folder (see expand), or a table row's id / url
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


def _has_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


# ----------------------------------------------------------------- readers

def read_text_file(path: Path, data: bytes, ident: str | None = None) -> Document:
    text = decode(data)
    headline = text.split("\n", 1)[0].strip()
    return Document(identifier=ident or path.name, text=text, headline=headline, published=dateline(text),
                    source=str(path), fmt="txt")


def read_html_file(path: Path, data: bytes, ident: str | None = None) -> Document:
    import trafilatura

    charset = declared_charset(data)
    if charset and charset not in {"utf-8", "utf-16", "utf-32"} and not data.startswith(b"\xef\xbb\xbf"):
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


def _row_document(row: dict, path: Path, n: int, fmt: str, ident: str | None = None) -> Document | Skipped:
    where = f"{path}:{n}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, "row has no text")
    if any(_has_surrogate(str(row.get(k) or "")) for k in ("text", "title", "id", "url", "date")):
        return Skipped(where, "row has lone surrogates (not valid Unicode)")
    ident = str(row.get("id") or row.get("url") or f"{ident or path.name}#{n}")
    title = str(row.get("title") or "").strip()
    return Document(identifier=ident, text=text, headline=title or text.strip().split("\n", 1)[0],
                    published=parse_date(str(row.get("date") or "")), url=row.get("url") or None,
                    source=where, fmt=fmt)


MAX_JSON_DEPTH = 64  # an article row is flat: deeper nesting is refused before json.loads recurses into it


def _json_too_deep(line: str) -> bool:
    from .guard import Refused, check_json_nesting

    try:
        check_json_nesting(line.encode("utf-8", "surrogatepass"), "line", MAX_JSON_DEPTH)
    except Refused:
        return True
    return False


def read_table_file(path: Path, data: bytes, ident: str | None = None) -> Iterator[Document | Skipped]:
    text = decode(data)
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _json_too_deep(line):
                yield Skipped(f"{path}:{n}", f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                yield Skipped(f"{path}:{n}", f"invalid JSON ({e.msg})")
                continue
            if not isinstance(row, dict):
                yield Skipped(f"{path}:{n}", "line is not a JSON object")
                continue
            yield _row_document(row, path, n, "jsonl", ident)
        return
    csv.field_size_limit(1 << 30)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError("table has no 'text' column")
    try:
        for n, row in enumerate(reader, 2):
            yield _row_document(row, path, n, "csv", ident)
    except csv.Error as e:
        yield Skipped(str(path), f"malformed CSV ({e})")


def read_path(path: Path, ident: str | None = None) -> Iterator[Document | Skipped]:
    """Every document in one file (named ``ident``, by default its file name); a problem
    becomes one :class:`Skipped`."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(str(path), f"cannot read ({e.strerror or e})")
        return
    suffix = path.suffix.lower()
    try:
        check_not_binary(data)
        if suffix in HTML_SUFFIXES:
            yield read_html_file(path, data, ident)
        elif suffix in TABLE_SUFFIXES:
            yield from read_table_file(path, data, ident)
        else:
            yield read_text_file(path, data, ident)
    except InputError as e:
        yield Skipped(str(path), str(e))


def expand(inputs: Iterable[str]) -> Iterator[Path | Skipped]:
    """Files named, files inside folders (recursively, known suffixes) and glob matches, in order."""
    for item in located(inputs):
        yield item if isinstance(item, Skipped) else item[0]


def located(inputs: Iterable[str]) -> list[tuple[Path, str] | Skipped]:
    """Every input file with its identifier: its path relative to the folder named on the command
    line (``politics/001.txt`` inside ``bbc/``), or its file name when named directly or by a glob.
    Two different files that would get the same identifier in one build each keep the name of
    their input folder in front (``politics/001.txt`` and ``business/001.txt`` from
    ``kg build bbc/politics bbc/business``): the same name in two folders is two articles."""
    seen: set[Path] = set()
    out: list[tuple[Path, Path, str] | Skipped] = []
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
            if key not in seen:
                seen.add(key)
                base = root if root is not None else f.parent
                out.append((f, base, f.relative_to(base).as_posix()))
    files: dict[str, set[Path]] = {}
    for x in out:
        if not isinstance(x, Skipped):
            files.setdefault(x[2], set()).add(x[0].resolve())
    result: list[tuple[Path, str] | Skipped] = []
    for x in out:
        if isinstance(x, Skipped):
            result.append(x)
            continue
        f, base, rel = x
        if len(files[rel]) > 1:
            rel = f"{base.resolve().name}/{rel}"
        result.append((f, rel))
    return result


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | Skipped]:
    for item in located(inputs):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_path(*item)
