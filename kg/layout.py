"""The graph layout shared by the writers and readers: article graphs and the entity graph.

Each article's named graph (named by the article IRI) holds everything the article says,
including its own statement of the names and types of the people, organisations, places and
roles it mentions. The entity graph (:data:`ENTITY_GRAPH`) holds each shared node's description
once: the set union of those statements over all articles. Queries join inside one article's
graph and look names and types up in the entity graph, so nothing is repeated per article.
See ``docs/graph-shape.md``.
"""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from .vocab import A, ID_NS, KG, PROV, SCHEMA, XSD

# The entity graph: one description per shared node, merged over the articles. Its triples are
# those of the article graphs whose subject is a shared node (entity, role, agent) and whose
# predicate describes the node rather than one article's mention of it.
ENTITY_GRAPH = NamedNode(ID_NS + "entities")
SHARED = tuple(ID_NS + kind + "/" for kind in ("person", "org", "place", "role", "agent"))
MENTION_ONLY = frozenset({PROV.wasDerivedFrom, KG.mentionedIn})


def is_description(q) -> bool:
    """A triple that belongs in the entity graph (whatever graph it is stated in)."""
    return (isinstance(q.subject, NamedNode) and q.subject.value.startswith(SHARED)
            and q.predicate not in MENTION_ONLY)


def entity_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The entity graph for these article quads: every description triple once, in
    :data:`ENTITY_GRAPH` (the set union of what the articles state: names and types that several
    articles give are kept once, each article's own names all kept)."""
    seen: dict = {}
    for q in quads:
        if q.graph_name != ENTITY_GRAPH and is_description(q):
            seen.setdefault(q.triple, None)
    return [Quad(t.subject, t.predicate, t.object, ENTITY_GRAPH) for t in seen]


# An article's page key (kg:pageKey): the order in which listings page through articles. A dated
# article's key is its day of publication (counted from 1800-01-01, the first day being 1) times
# 10^4, plus four digits of the SHA-256 of the article IRI; an undated article's key is negative,
# -1 minus 31 bits of that digest, so undated articles come first, and (many collections date no
# article) rarely share a key. So articles come by date and, within a day, in an order that
# depends on the article alone: the same article gets the same key in any build. An integer
# because Oxigraph stores numbers inside its term encoding: sorting a page's candidates compares
# them without reading strings back from the store (identifiers and IRIs are read back). Within
# the 32-bit range, because Virtuoso loads a larger xsd:integer as an xsd:decimal; days before
# 1800 count as day 1 and days after 2387-12-16 as that day.
PAGE_KEY_EPOCH = date(1800, 1, 1)
PAGE_KEY_DIGITS = 4
PAGE_KEY_DAYS = (2 ** 31 - 1) // 10 ** PAGE_KEY_DIGITS - 1  # the last day whose keys stay below 2^31


def page_key(article: str, published: str | None = None) -> int:
    """The page key of the article with this IRI and publication date (``YYYY-MM-DD`` or None)."""
    digest = int.from_bytes(hashlib.sha256(article.encode("utf-8")).digest()[:8], "big")
    day = 0
    if published:
        try:
            day = min(max((date.fromisoformat(published[:10]) - PAGE_KEY_EPOCH).days + 1, 1), PAGE_KEY_DAYS)
        except ValueError:  # not a date: as if unknown
            day = 0
    if day == 0:
        return -1 - digest % 2 ** 31
    return day * 10 ** PAGE_KEY_DIGITS + digest % 10 ** PAGE_KEY_DIGITS


# Articles of a store without their page key (kg:pageKey): written by an earlier newskg, or by one
# before it for some articles and a later one for others. First the two counts, articles and keys
# in their own graphs (two index range scans: 2 / 5 ms CPU for 1,000 / 10,000 articles on the
# embedded store); where they differ, one ASK that looks at every article (3 / 73 ms: a lookup per
# article), so no article goes unchecked. Equal counts with an article unkeyed need one article
# keyed twice, which no build writes and the shapes reject (sh:maxCount 1).
PAGE_KEY_COUNTS = (f"SELECT ?articles ?keys WHERE {{ "
                   f"{{ SELECT (COUNT(*) AS ?articles) WHERE {{ GRAPH ?a {{ ?a a {SCHEMA.NewsArticle} }} }} }} "
                   f"{{ SELECT (COUNT(*) AS ?keys) WHERE {{ GRAPH ?b {{ ?b {KG.pageKey} ?k }} }} }} }}")
MISSING_PAGE_KEY = (f"ASK {{ GRAPH ?a {{ ?a a {SCHEMA.NewsArticle} "
                    f"FILTER NOT EXISTS {{ ?a {KG.pageKey} ?k }} }} }}")


def missing_page_keys(query) -> bool:
    """Whether some article lacks its kg:pageKey, asked through ``query`` (a store's or a SPARQL
    server's ``query``): the counts first, the per-article ASK only where they differ."""
    row = next(iter(query(PAGE_KEY_COUNTS)), None)
    if row is not None and int(row["articles"].value) == int(row["keys"].value):
        return False
    return bool(query(MISSING_PAGE_KEY))


def uses_page_key(text: str) -> bool:
    """A query that pages by kg:pageKey (the listings articles, evidence and events)."""
    return "kg:pageKey" in text or KG.pageKey.value in text


def page_key_literal(article: str, published: str | None = None) -> Literal:
    return Literal(str(page_key(article, published)), datatype=XSD.integer)


ARTICLE_TYPES = frozenset({KG.Article, SCHEMA.Article, SCHEMA.NewsArticle, SCHEMA.CreativeWork})


def page_key_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The kg:pageKey quads missing from these article quads (graphs written before the key
    existed, or by another tool): one for each graph whose name is an article of its own graph
    (it has a schema:identifier there, or is typed kg:Article, schema:Article,
    schema:NewsArticle or schema:CreativeWork there) and states no key."""
    articles: dict = {}
    dates: dict = {}
    keyed: set = set()
    for q in quads:
        if q.subject != q.graph_name:
            continue
        if (q.predicate == A and q.object in ARTICLE_TYPES) or q.predicate == SCHEMA.identifier:
            articles[q.subject] = None
        elif q.predicate == SCHEMA.datePublished:
            dates[q.subject] = q.object.value
        elif q.predicate == KG.pageKey:
            keyed.add(q.subject)
    return [Quad(a, KG.pageKey, page_key_literal(a.value, dates.get(a)), a) for a in articles if a not in keyed]
