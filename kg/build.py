"""The whole path for a batch: read → analyse → map → store (and optionally a file)."""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from . import map as mapper
from . import rdfio, store as kgstore
from . import DEFAULT_MODEL, iris
from .analyse import Analyser, rules_version
from .parallel import (Inline, TASK, batches, engine_for, get_analyser,  # noqa: F401  (get_analyser re-exported)
                       model_identity)
from .read import Skipped, TableColumns, carriable_document, located, read_path


STORED = """PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/newskg/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?id ?hash ?model ?rules ?headline ?date ?url WHERE {
  ?a schema:identifier ?id ; kg:contentHash ?hash .
  OPTIONAL { ?act prov:used ?a ; kg:model ?model . OPTIONAL { ?act kg:rulesVersion ?rules } }
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
}"""


def stored_articles(st: ox.Store) -> dict[str, tuple[str | None, ...]]:
    """Each article in the store by identifier: its content hash, model, rules version and the
    metadata it was built with (headline, date, URL), as :func:`state` gives them."""
    out = {}
    for row in st.query(STORED, use_default_graph_as_union=True):
        out[row["id"].value] = tuple(row[k].value if row[k] else None
                                     for k in ("hash", "model", "rules", "headline", "date", "url"))
    return out


def state(doc, model: str) -> tuple[str | None, ...]:
    """What decides whether a stored article is unchanged: its text, the model, the rules, and
    the metadata the graph states (a new headline or date in a table changes the article)."""
    return (doc.content_hash, model, rules_version(), doc.headline or doc.identifier,
            doc.published.isoformat() if doc.published else None, str(doc.url) if doc.url else None)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # in the store already, same text, model and rules
    replaced: list[str] = field(default_factory=list)  # in the store already with other content
    repairs: int = 0  # names and values the shapes would reject, repaired or left out (each said)
    skipped: list[Skipped] = field(default_factory=list)
    quads: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"entities": 0, "memberships": 0,
                                                             "quotations": 0, "events": 0})
    graphs: list[tuple[ox.NamedNode, list[ox.Quad]]] = field(default_factory=list)
    written: tuple[int, str] | None = None  # what the output file holds: (count, "quads"/"triples")

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
          max_chars: int = MAX_CHARS, table: TableColumns | None = None, force: bool = False,
          on_note: Callable[[str], None] | None = None, workers: int = 1, cluster: str | None = None,
          time_limit: float | None = 60.0, store=None) -> BuildReport:
    """Build the articles named by ``inputs`` into the store and/or an RDF file.

    Articles stream through: each is analysed and mapped (in this process, in ``workers`` local
    processes, or on the Dask cluster at ``cluster``), and the single writer here commits them in
    chunks of :data:`CHUNK`, each in one transaction (all of it or none), in input order, so memory
    stays flat however many articles there are and the output does not depend on where or in
    which order they were analysed. Rebuilding an article replaces it; an identifier seen twice in
    one build keeps the later article. ``keep`` (implied by ``output``) keeps the quads in the report.

    An article already in the store with the same text, model and rules version is not analysed
    again (``report.unchanged``; its stored graph goes to ``output``) unless ``force``; one whose
    text differs is replaced and said so through ``on_note``. ``store`` is an opened store
    (such as a :class:`kg.remote.RemoteStore`) used instead of ``store_path``.
    """
    if output is not None:
        rdfio.format_of(output)  # refuse an unknown format before any work
    keep = keep or output is not None
    report = BuildReport()
    kept: dict[ox.NamedNode, list[ox.Quad]] = {}
    seen: dict[str, tuple[str, dict[str, int]]] = {}  # identifier -> (source, what it added)
    model_name = model or DEFAULT_MODEL
    model_key: str | None = analyser.model if analyser is not None else None

    def skip(s: Skipped) -> None:
        report.skipped.append(s)
        if on_skip:
            on_skip(s)

    items = located(inputs)
    total = sum(1 for x in items if not isinstance(x, Skipped))  # files: a table may hold more articles
    done = 0
    existing: dict[str, tuple[str | None, ...]] = {}

    def tick() -> None:
        nonlocal done, total
        done += 1
        total = max(total, done)
        if progress:
            progress(done, total)

    def documents():
        for item in items:
            docs = [item] if isinstance(item, Skipped) else map(carriable_document, read_path(*item, table=table))
            for doc in docs:
                if isinstance(doc, Skipped):
                    skip(doc)
                elif len(doc.text) > max_chars:
                    skip(Skipped(doc.source, f"longer than the per-article limit of {max_chars:,} characters "
                                             f"({len(doc.text):,})"))
                elif not force and doc.identifier in existing and \
                        existing[doc.identifier] == state(doc, model_key):
                    report.unchanged.append(doc.identifier)
                    if keep:
                        g = iris.article(doc.identifier)
                        kept[g] = list(st.quads_for_pattern(None, None, None, g))
                    tick()
                else:
                    yield doc

    def commit(graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None:
        if st is not None and graphs:
            replace = getattr(st, "replace_articles", None)
            if replace is not None:  # a SPARQL server: its own protocol
                replace(graphs.items())
            else:
                kgstore.replace_articles(st, graphs.items())
                st.flush()
        if keep:
            kept.update(graphs)

    with ExitStack() as stack:
        if store is not None:
            st = store
            if hasattr(st, "add_page_keys") and not st.fresh and st.needs_page_keys():
                st.add_page_keys()  # a server's articles loaded without their key get it
        else:
            st = stack.enter_context(kgstore.writer(store_path)) if store_path is not None else None
        if st is not None:
            existing = stored_articles(st)
            if existing and model_key is None:  # the model's id decides what is unchanged
                model_key = (cluster_model_identity(cluster, model_name) if cluster
                             else model_identity(model_name))
        if cluster:
            from .cluster import DaskEngine

            engine = DaskEngine(cluster, model_name, time_limit=time_limit)
        else:
            engine = engine_for(model_name, workers, analyser, time_limit)
        stack.callback(engine.close)
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        for o in engine.run(batches(documents(), CHUNK if isinstance(engine, Inline) else TASK)):
            tick()
            if o.error is not None:
                skip(Skipped(o.source, o.error))
                continue
            quads = o.unpacked()
            report.repairs += len(o.repairs)
            for r in o.repairs:
                if on_note:
                    on_note(f"{o.source}: {r}")
            if o.identifier in seen:  # the same identifier again: the later article wins
                source, old = seen[o.identifier]
                skip(Skipped(source, f"replaced by {o.source} (same identifier {o.identifier!r})"))
                report.built.remove(o.identifier)
                report.tally(old, -1)
            seen[o.identifier] = (o.source, o.added)
            old = existing.get(o.identifier)
            if old is not None and old[0] != o.content_hash:
                report.replaced.append(o.identifier)
                if on_note:
                    on_note(f"replaced {o.identifier!r} in the store: {o.source} has other content than "
                            "the article built before under that identifier")
            graphs[ox.NamedNode(o.graph)] = quads
            report.built.append(o.identifier)
            report.tally(o.added)
            if len(graphs) >= CHUNK:
                commit(graphs)
                graphs = {}
        commit(graphs)
    report.graphs = list(kept.items())
    if report.graphs and output is not None:
        quads = [q for _g, qs in report.graphs for q in qs]
        # the file carries its entity graph
        report.written = rdfio.write_quads(quads + mapper.entity_quads(quads), output)
    return report


def cluster_model_identity(cluster: str, model: str) -> str:
    from .cluster import model_identity_on

    return model_identity_on(cluster, model)
