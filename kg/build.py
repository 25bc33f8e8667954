"""The whole path for a batch: read → analyse → map → store (and optionally a file)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from . import map as mapper
from . import rdfio, store as kgstore
from . import DEFAULT_MODEL
from .analyse import Analyser
from .read import Document, Skipped, read_inputs


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


def build(inputs: Iterable[str], store_path: str | Path | None = kgstore.DEFAULT_STORE,
          output: str | Path | None = None, model: str | None = None, analyser: Analyser | None = None,
          on_skip: Callable[[Skipped], None] | None = None,
          progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build the articles named by ``inputs`` into the store and/or an RDF file."""
    if output is not None:
        rdfio.format_of(output)  # refuse an unknown format before any work
    report = BuildReport()
    docs: list[Document] = []
    by_id: dict[str, int] = {}
    for item in read_inputs(inputs):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            if on_skip:
                on_skip(item)
            continue
        if item.identifier in by_id:  # the same identifier twice: the later one wins
            s = Skipped(docs[by_id[item.identifier]].source,
                        f"replaced by {item.source} (same identifier {item.identifier!r})")
            report.skipped.append(s)
            if on_skip:
                on_skip(s)
            docs[by_id[item.identifier]] = item
            continue
        by_id[item.identifier] = len(docs)
        docs.append(item)
    if not docs:
        return report
    if analyser is None:
        analyser = get_analyser(model or DEFAULT_MODEL)
    done = 0
    for doc, rec in analyser.analyse(docs):
        done += 1
        if progress:
            progress(done, len(docs))
        if isinstance(rec, Exception):
            s = Skipped(doc.source, f"analysis failed ({rec.__class__.__name__}: {str(rec)[:120]})")
            report.skipped.append(s)
            if on_skip:
                on_skip(s)
            continue
        try:
            graph, quads = mapper.map_article(doc, rec)
        except Exception as e:  # one article's failure loses that article only
            s = Skipped(doc.source, f"mapping failed ({e.__class__.__name__}: {str(e)[:120]})")
            report.skipped.append(s)
            if on_skip:
                on_skip(s)
            continue
        report.graphs.append((graph, quads))
        report.built.append(doc.identifier)
        report.quads += len(quads)
        report.counts["entities"] += len(rec.entities)
        report.counts["memberships"] += len(rec.memberships)
        report.counts["quotations"] += len(rec.quotations)
        report.counts["events"] += len(rec.events)
    if report.graphs and store_path is not None:
        st = kgstore.open_store(store_path)
        kgstore.replace_articles(st, report.graphs)
        st.flush()
        del st
    if report.graphs and output is not None:
        rdfio.write_quads([q for _g, qs in report.graphs for q in qs], output)
    return report
