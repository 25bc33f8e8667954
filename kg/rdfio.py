"""Reading and writing RDF files: formats by extension, atomic writes, compact JSON-LD.

Files are written to a temporary file beside the target and renamed, so a failed export
leaves the previous file as it was. RDF is parsed by pyoxigraph, which never fetches anything;
JSON-LD is compacted with the shipped ``ontology/context.jsonld`` (a local file).
"""
from __future__ import annotations

import json
import os
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


def atomic_write(path: str | Path, write) -> None:
    """Call ``write(binary_file)`` on a temporary file, then move it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide exports from other users
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
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


def write_quads(quads: list[ox.Quad], path: str | Path) -> None:
    """Write quads to ``path`` in the format its extension names."""
    ext = format_of(path)
    if ext in QUAD_FORMATS:
        fmt = QUAD_FORMATS[ext]
        prefixes = PREFIXES if fmt == ox.RdfFormat.TRIG else None
        atomic_write(path, lambda f: ox.serialize(quads, f, fmt, prefixes=prefixes) if prefixes
                     else ox.serialize(quads, f, fmt))
    elif ext in TRIPLE_FORMATS:
        fmt = TRIPLE_FORMATS[ext]
        triples = triples_of(quads)
        if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
            atomic_write(path, lambda f: ox.serialize(triples, f, fmt, prefixes=PREFIXES))
        else:
            atomic_write(path, lambda f: ox.serialize(triples, f, fmt))
    else:
        data = to_jsonld(quads)
        atomic_write(path, lambda f: f.write(data))


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
    without the entity graph (written before it existed) gets it computed here."""
    from .layout import ENTITY_GRAPH, entity_quads

    quads = parse_file(path)
    store = ox.Store()
    store.extend(quads)
    if not any(q.graph_name == ENTITY_GRAPH for q in quads):
        store.extend(entity_quads(quads))
    return store
