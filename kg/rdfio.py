"""Reading and writing RDF files: formats by extension, atomic writes, compact JSON-LD.

Files are written to a temporary file beside the target and renamed, so a failed export
leaves the previous file as it was. RDF is parsed by pyoxigraph, which never fetches anything;
JSON-LD is compacted with the shipped ``ontology/context.jsonld`` (a local file).
"""
from __future__ import annotations

import glob
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .resources import ontology_path
from .vocab import PREFIXES

QUAD_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}
TRIPLE_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML,
                  ".xml": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}
JSONLD = {".jsonld", ".json"}
EXTENSIONS = sorted(set(QUAD_FORMATS) | set(TRIPLE_FORMATS) | JSONLD)


class FormatError(Exception):
    pass


def format_of(path: str | Path) -> str:
    ext = Path(path).suffix.lower()
    if ext not in QUAD_FORMATS and ext not in TRIPLE_FORMATS and ext not in JSONLD:
        raise FormatError(f"{path}: unknown RDF format {ext or '(no extension)'}; use one of {', '.join(EXTENSIONS)}")
    return ext


class WriteError(FormatError, OSError):
    """A file could not be written (disk full, no permission, …): one line naming it."""


def _remove_leftovers(path: Path) -> None:
    """Temporary files of earlier writes to ``path`` whose process is gone (killed with SIGKILL,
    or the machine stopped): ``.NAME.PID.RANDOM.tmp`` beside the target."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            try:
                tmp.unlink()
            except OSError:
                pass
        except OSError:  # alive, under another user
            pass


def atomic_write(path: str | Path, write) -> None:
    """Call ``write(binary_file)`` on a temporary file, then move it over ``path``. The temporary
    file is removed on every exit this process sees (errors, Ctrl-C, SIGTERM through the CLI);
    after a SIGKILL the next write to the same path removes it. An OS error (disk full, …)
    becomes a :class:`WriteError` naming the path and saying what was kept."""
    path = Path(path)
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise WriteError(f"{path}: cannot write ({e.strerror or e}); nothing was written") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide exports from other users
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            kept = "the previous file is kept" if existed else "nothing was written"
            raise WriteError(f"{path}: cannot write ({e.strerror or e}); {kept}") from None
        raise


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of all graphs, each triple once."""
    seen: dict[ox.Triple, None] = {}
    for q in quads:
        seen.setdefault(q.triple, None)
    return list(seen)


def context() -> dict:
    return json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))


def to_jsonld(quads: list[ox.Quad]) -> bytes:
    """Compact JSON-LD with the shipped context (rdflib's serializer, no network)."""
    from rdflib import Dataset

    ds = Dataset()
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    ds.parse(data=data.decode("utf-8"), format="nquads")
    ctx = context()
    out = ds.serialize(format="json-ld", context=ctx.get("@context", ctx), auto_compact=True)
    return out.encode("utf-8") if isinstance(out, str) else out


# What XML 1.0 cannot carry at all, not even as a character reference (tab, LF and CR can).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_xml_text(triples: list[ox.Triple], path: str | Path) -> None:
    """Refuse, in one line, an RDF/XML export that would not be well-formed XML: pyoxigraph writes
    such characters raw (and reads its own output back), so only an independent parser notices."""
    for t in triples:
        for term in (t.subject, t.object):
            if isinstance(term, ox.Literal) and NOT_XML.search(term.value):
                ch = NOT_XML.search(term.value).group()
                raise FormatError(f"{path}: a literal of {t.subject} holds the character U+{ord(ch):04X}, which "
                                  "RDF/XML (XML 1.0) cannot carry; nothing was written (.ttl, .nt, .trig, .nq "
                                  "and .jsonld escape it)")


def statements(quads: list[ox.Quad], path: str | Path) -> tuple[int, str]:
    """How many statements a file of this format holds for these quads, and what they are:
    quads for TriG, N-Quads and JSON-LD (named graphs kept), triples (each once, graphs merged)
    for Turtle, N-Triples and RDF/XML."""
    if format_of(path) in TRIPLE_FORMATS:
        return len(triples_of(quads)), "triples"
    return len(quads), "quads"


def write_quads(quads: list[ox.Quad], path: str | Path) -> tuple[int, str]:
    """Write quads to ``path`` in the format its extension names; return how many statements
    were written and whether they are "triples" or "quads" (see :func:`statements`)."""
    ext = format_of(path)
    if ext in QUAD_FORMATS:
        fmt = QUAD_FORMATS[ext]
        prefixes = PREFIXES if fmt == ox.RdfFormat.TRIG else None
        atomic_write(path, lambda f: ox.serialize(quads, f, fmt, prefixes=prefixes) if prefixes
                     else ox.serialize(quads, f, fmt))
    elif ext in TRIPLE_FORMATS:
        fmt = TRIPLE_FORMATS[ext]
        triples = triples_of(quads)
        if fmt == ox.RdfFormat.RDF_XML:
            check_xml_text(triples, path)
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
            atomic_write(path, lambda f: ox.serialize(triples, f, fmt, prefixes=PREFIXES))
        else:
            atomic_write(path, lambda f: ox.serialize(triples, f, fmt))
        return len(triples), "triples"
    else:
        data = to_jsonld(quads)
        atomic_write(path, lambda f: f.write(data))
    return len(quads), "quads"


def parse_file(path: str | Path) -> list[ox.Quad]:
    """Quads of an RDF file (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD) via pyoxigraph,
    after the guards of :mod:`kg.guard` (nothing is fetched: pyoxigraph has no document loader)."""
    from . import guard

    p = Path(path)
    ext = format_of(p)
    fmt = QUAD_FORMATS.get(ext) or TRIPLE_FORMATS.get(ext) or ox.RdfFormat.JSON_LD
    try:
        data = p.read_bytes()
        if fmt == ox.RdfFormat.RDF_XML:
            guard.check_xml(data, str(p))
            guard.check_xml_nesting(data, str(p))
        elif fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            guard.check_nesting(data.decode("utf-8", "replace"), str(p), limit=guard.TURTLE_DEPTH)
        elif fmt == ox.RdfFormat.JSON_LD:
            guard.check_json_nesting(data, str(p))
            try:
                doc = json.loads(data)
            except ValueError as e:
                raise FormatError(f"{p}: not valid JSON ({e})") from None
            data = json.dumps(guard.local_contexts(doc, str(p))).encode("utf-8")
        return list(ox.parse(data, fmt, base_iri=p.resolve().as_uri()))
    except guard.Refused as e:
        raise FormatError(str(e)) from None
    except OSError as e:
        raise FormatError(f"{p}: cannot read ({e.strerror or e})") from None
    except SyntaxError as e:
        raise FormatError(f"{p}: not valid {ext[1:]} ({str(e).splitlines()[0]})") from None
    except ValueError as e:
        raise FormatError(f"{p}: {str(e).splitlines()[0]}") from None


def load_store(path: str | Path) -> ox.Store:
    """An in-memory store holding an RDF file (for ``--graph FILE``); a file of article graphs
    without the entity graph or the articles' page keys (written before they existed) gets them
    computed here."""
    from .layout import ENTITY_GRAPH, entity_quads, page_key_quads

    quads = parse_file(path)
    store = ox.Store()
    store.extend(quads)
    if not any(q.graph_name == ENTITY_GRAPH for q in quads):
        store.extend(entity_quads(quads))
    store.extend(page_key_quads(quads))
    return store
