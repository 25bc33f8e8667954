"""Store stage: the embedded pyoxigraph on-disk store.

Articles are replaced whole: one SPARQL update drops each article's named graph, inserts its
new quads and brings the entity graph (:data:`kg.map.ENTITY_GRAPH`, one description per shared
node) up to date for the nodes it touched: descriptions the new articles state are added, and
those the old versions stated are removed unless another article still states them. So a batch
is written all-or-nothing, rebuilding an article never leaves duplicates, and deleting one
leaves no trace of it (not even a name only it gave). The update text is made only of terms
serialised by pyoxigraph itself.
"""
from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .layout import ENTITY_GRAPH, entity_quads, is_description, missing_page_keys, page_key_quads
from .vocab import A, KG, PROV, SCHEMA

DEFAULT_STORE = "kg-store"
LOCK_NAME = "kg-writer.lock"


class StoreError(Exception):
    pass


def open_store(path: str | Path, read_only: bool = False) -> ox.Store:
    p = Path(path)
    try:
        if read_only:
            if not p.exists():
                raise StoreError(f"{p}: no store here (build one with `kg build … --store {p}`)")
            return ox.Store.read_only(str(p))
        p.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(p))
    except (OSError, RuntimeError, ValueError) as e:
        msg = str(e).splitlines()[0] if str(e) else e.__class__.__name__
        if "lock" in msg.lower():
            raise StoreError(f"{p}: the store is in use by another writer; try again when it has finished") from None
        if "corrupt" in msg.lower():
            raise StoreError(f"{p}: the store is damaged ({msg}); rebuild it or restore a backup") from None
        raise StoreError(f"{p}: cannot open the store ({msg})") from None


@contextmanager
def writer(path: str | Path):
    """The store opened for writing by this process alone: a second writer is told so at once
    (readers, which open it read-only, keep working)."""
    p = Path(path)
    try:
        p.mkdir(parents=True, exist_ok=True)
        lock = open(p / LOCK_NAME, "a+b")
    except OSError as e:
        raise StoreError(f"{p}: cannot open the store ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(f"{p}: another kg process is writing to this store; try again when it has finished") \
                from None
        st = open_store(p)
        if needs_entity_graph(st):  # written by a release before the entity graph: add it once
            rebuild_entity_graph(st)
        if needs_page_keys(st):  # articles written before they had a page key: add theirs
            add_page_keys(st)
        try:
            yield st
        finally:
            st.flush()
            del st
    finally:
        lock.close()


def _statement(q: ox.Quad) -> str:
    return f"{q.subject} {q.predicate} {q.object} ."


def _term_row(t: ox.Triple) -> str:
    return f"({t.subject} {t.predicate} {t.object})"


def replace_articles(store: ox.Store, articles: Iterable[tuple[ox.NamedNode, list[ox.Quad]]]) -> int:
    """Replace the named graph of each article by its new quads (an empty list deletes the
    article), and merge the entity graph for the nodes touched, in one transaction."""
    articles = list(articles)
    if not articles:
        return 0
    parts: list[str] = []
    inserts: list[str] = []
    old: set[ox.Triple] = set()
    new: list[ox.Quad] = []
    n = 0
    if all(quads and graph != ENTITY_GRAPH and not store.contains_named_graph(graph)
           and all(q.graph_name == graph for q in quads) for graph, quads in articles):
        # only new articles (a first build), each quad in its article's graph: nothing to drop or
        # to take out of the entity graph, so the update is the insertion alone, done by extend
        # (also one transaction) without writing and parsing the quads as SPARQL text
        new = [q for _graph, quads in articles for q in quads]
        try:
            store.extend(new + entity_quads(new))
        except OSError as e:
            raise StoreError(f"the store was not changed: {str(e).splitlines()[0]}") from None
        return len(new)
    for graph, quads in articles:
        if graph == ENTITY_GRAPH:
            raise StoreError(f"{graph} is the entity graph, not an article")
        old.update(q.triple for q in store.quads_for_pattern(None, None, None, graph) if is_description(q))
        parts.append(f"DROP SILENT GRAPH {graph} ;")
        if quads:
            inserts.append(f"GRAPH {graph} {{\n" + "\n".join(_statement(q) for q in quads) + "\n}")
        new.extend(quads)
        n += len(quads)
    merged = entity_quads(new)
    if merged:
        inserts.append(f"GRAPH {ENTITY_GRAPH} {{\n" + "\n".join(_statement(q) for q in merged) + "\n}")
    update = "\n".join(parts)
    if inserts:
        update += "\nINSERT DATA {\n" + "\n".join(inserts) + "\n} ;"
    # descriptions the old versions stated and the new ones do not: gone from the entity graph
    # unless another article still states them
    gone = old - {q.triple for q in merged}
    if gone:
        update += (f"\nDELETE {{ GRAPH {ENTITY_GRAPH} {{ ?s ?p ?o }} }}\nWHERE {{\n  VALUES (?s ?p ?o) {{\n"
                   + "\n".join(_term_row(t) for t in gone)
                   + f"\n  }}\n  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {ENTITY_GRAPH}) }}\n}}")
    try:
        store.update(update.rstrip(" ;"))
    except (OSError, SyntaxError) as e:
        raise StoreError(f"the store was not changed: {str(e).splitlines()[0]}") from None
    return n


def delete_articles(store: ox.Store, graphs: Iterable[ox.NamedNode]) -> None:
    """Remove articles and whatever only they stated about the shared nodes, in one transaction."""
    replace_articles(store, [(g, []) for g in graphs])


def rebuild_entity_graph(store: ox.Store) -> int:
    """Recompute the entity graph from the article graphs (for stores and files written before it
    existed); returns the number of descriptions."""
    merged = entity_quads(store.quads_for_pattern(None, None, None, None))
    update = f"DROP SILENT GRAPH {ENTITY_GRAPH}"
    if merged:
        update += (f" ;\nINSERT DATA {{ GRAPH {ENTITY_GRAPH} {{\n"
                   + "\n".join(_statement(q) for q in merged) + "\n} }")
    store.update(update)
    return len(merged)


def has_entity_graph(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ENTITY_GRAPH)), None) is not None


def needs_entity_graph(store: ox.Store) -> bool:
    """A store of articles built by newskg (each names the software agent that built it, a shared
    node) with no entity graph: written before the layout had one, so the shipped queries, which
    read names and types there, would find none."""
    built = store.quads_for_pattern(None, A, PROV.SoftwareAgent, None)
    return next(iter(built), None) is not None and not has_entity_graph(store)


def needs_page_keys(store: ox.Store) -> bool:
    """An article of the store without its kg:pageKey (written by an earlier newskg, perhaps
    beside articles a later one wrote): the listing queries, which choose their pages by it,
    would leave it out."""
    return missing_page_keys(store.query)


def add_page_keys(store: ox.Store) -> int:
    """Give every article of the store that has none its kg:pageKey (kg.layout.page_key, from its
    IRI and date); returns how many were added."""
    quads = []
    for q in store.quads_for_pattern(None, A, SCHEMA.NewsArticle, None):
        if q.subject == q.graph_name:
            quads.append(q)
            quads.extend(store.quads_for_pattern(q.subject, SCHEMA.datePublished, None, q.graph_name))
            quads.extend(store.quads_for_pattern(q.subject, KG.pageKey, None, q.graph_name))
    missing = page_key_quads(quads)
    if missing:
        store.extend(missing)
    return len(missing)
