"""The whole path for a batch: read → analyse → map → store (and optionally a file)."""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from . import map as mapper
from . import rdfio, store as kgstore
from . import DEFAULT_MODEL
from .analyse import Analyser
from .read import Skipped, read_inputs


@lru_cache(maxsize=2)
def get_analyser(model: str) -> Analyser:
    """One loaded pipeline per model and process."""
    return Analyser(model)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    quads: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"entities": 0, "memberships": 0,
                                                             "quotations": 0, "events": 0})
    graphs: list[tuple[ox.NamedNode, list[ox.Quad]]] = field(default_factory=list)

    def tally(self, added: dict[str, int], sign: int = 1) -> None:
        self.quads += sign * added["quads"]
        for key in self.counts:
            self.counts[key] += sign * added[key]


MAX_CHARS = 1_000_000  # longer articles are skipped with a reason (split them, or raise the limit)
CHUNK = 64  # articles analysed, mapped and committed together


def build(inputs: Iterable[str], store_path: str | Path | None = kgstore.DEFAULT_STORE,
          output: str | Path | None = None, model: str | None = None, analyser: Analyser | None = None,
          on_skip: Callable[[Skipped], None] | None = None,
          progress: Callable[[int, int | None], None] | None = None, keep: bool = False,
          max_chars: int = MAX_CHARS) -> BuildReport:
    """Build the articles named by ``inputs`` into the store and/or an RDF file.

    Articles stream through in chunks of :data:`CHUNK`: each chunk is analysed, mapped and
    written to the store in one transaction (all of it or none), so memory stays flat however
    many articles there are. Rebuilding an article replaces it; an identifier seen twice in one
    build keeps the later article. ``keep`` (implied by ``output``) keeps the quads in the report.
    """
    if output is not None:
        rdfio.format_of(output)  # refuse an unknown format before any work
    keep = keep or output is not None
    report = BuildReport()
    kept: dict[ox.NamedNode, list[ox.Quad]] = {}
    seen: dict[str, tuple[str, dict[str, int]]] = {}  # identifier -> (source, what it added)

    def skip(s: Skipped) -> None:
        report.skipped.append(s)
        if on_skip:
            on_skip(s)

    def documents():
        for item in read_inputs(inputs):
            if isinstance(item, Skipped):
                skip(item)
            elif len(item.text) > max_chars:
                skip(Skipped(item.source, f"longer than the per-article limit of {max_chars:,} characters "
                                          f"({len(item.text):,})"))
            else:
                yield item

    with ExitStack() as stack:
        st = stack.enter_context(kgstore.writer(store_path)) if store_path is not None else None
        done = 0
        for chunk in _chunks(documents(), CHUNK):
            if analyser is None:
                analyser = get_analyser(model or DEFAULT_MODEL)
            graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
            for doc, rec in analyser.analyse(chunk):
                done += 1
                if progress:
                    progress(done, None)
                if isinstance(rec, Exception):
                    skip(Skipped(doc.source, f"analysis failed ({rec.__class__.__name__}: {str(rec)[:120]})"))
                    continue
                try:
                    graph, quads = mapper.map_article(doc, rec)
                except Exception as e:  # one article's failure loses that article only
                    skip(Skipped(doc.source, f"mapping failed ({e.__class__.__name__}: {str(e)[:120]})"))
                    continue
                added = {"entities": len(rec.entities), "memberships": len(rec.memberships),
                         "quotations": len(rec.quotations), "events": len(rec.events), "quads": len(quads)}
                if doc.identifier in seen:  # the same identifier again: the later article wins
                    source, old = seen[doc.identifier]
                    skip(Skipped(source, f"replaced by {doc.source} (same identifier {doc.identifier!r})"))
                    report.built.remove(doc.identifier)
                    report.tally(old, -1)
                seen[doc.identifier] = (doc.source, added)
                graphs[graph] = quads
                report.built.append(doc.identifier)
                report.tally(added)
            if st is not None and graphs:
                kgstore.replace_articles(st, graphs.items())
                st.flush()
            if keep:
                kept.update(graphs)
    report.graphs = list(kept.items())
    if report.graphs and output is not None:
        quads = [q for _g, qs in report.graphs for q in qs]
        rdfio.write_quads(quads + mapper.entity_quads(quads), output)  # the file carries its entity graph
    return report


def _chunks(items, n: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
