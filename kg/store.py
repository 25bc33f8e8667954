"""Store stage: the embedded pyoxigraph on-disk store.

Articles are replaced whole: one SPARQL update drops each article's named graph and inserts
its new quads, so a batch is written all-or-nothing and rebuilding an article never leaves
duplicates. The update text is made only of terms serialised by pyoxigraph itself.
"""
from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

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
        try:
            yield st
        finally:
            st.flush()
            del st
    finally:
        lock.close()


def _statement(q: ox.Quad) -> str:
    return f"{q.subject} {q.predicate} {q.object} ."


def replace_articles(store: ox.Store, articles: Iterable[tuple[ox.NamedNode, list[ox.Quad]]]) -> int:
    """Replace the named graph of each article by its new quads, in one transaction."""
    parts: list[str] = []
    inserts: list[str] = []
    n = 0
    for graph, quads in articles:
        parts.append(f"DROP SILENT GRAPH {graph} ;")
        inserts.append(f"GRAPH {graph} {{\n" + "\n".join(_statement(q) for q in quads) + "\n}")
        n += len(quads)
    if not parts:
        return 0
    update = "\n".join(parts) + "\nINSERT DATA {\n" + "\n".join(inserts) + "\n}"
    try:
        store.update(update)
    except (OSError, SyntaxError) as e:
        raise StoreError(f"the store was not changed: {str(e).splitlines()[0]}") from None
    return n
