"""Quotations: direct quotes between marks and reported speech, with speaker, cue verb,
addressee and medium.

A recipe of pure passes over one :class:`~.scene.Scene` (the article's parse, entities, marks and
lexicons, built once), followed by one de-duplication:

1. :mod:`.marks` pairs the quote marks (done once per article, for the article context);
2. :mod:`.direct` reads each quoted span, attributed by :mod:`.attribution`;
3. :mod:`.reported` reads reported speech and the sourced forms of :mod:`.sourced`, and says which
   direct quotes a reported clause around them replaces;
4. the speakers no entity names are looked for by :mod:`kg.analyse.sources`;
5. :mod:`.pieces` joins the pieces of one quotation;
6. :mod:`.headlines` reads a headline's "Source: words";
7. :func:`one_each` keeps one quotation for words two passes both found.

Each pass returns new candidates (:class:`~.scene.Candidate`: the quotation, how it was found,
the marks it was read from) and changes none it is given.
"""
from __future__ import annotations

from dataclasses import replace

from ...lexicons import Lexicons
from ...records import Quotation
from ..entities import EntityIndex
from ..resolve import Resolver
from ..sources import unnamed_source
from ..spans import Intervals
from .direct import direct
from .headlines import headline_colon
from .marks import Marked, find_marked
from .pieces import join_pieces
from .reported import reported
from .scene import Candidate, Scene, who

__all__ = ["Marked", "extract", "find_marked", "one_each"]

SAME_WORDS = 0.55  # two quotations of one speaker sharing this much of their words are one (one_each)
BLOCK = 512  # characters per block of one_each's index


def extract(index: EntityIndex, resolver: Resolver, lex: Lexicons, headline_end: int,
            marked: list[Marked]) -> list[Quotation]:
    sc = Scene.build(index, resolver, lex, headline_end, marked)
    found = direct(sc)
    said, absorbed = reported(sc, found)
    found = [c for k, c in enumerate(found) if k not in absorbed]
    cands = with_sources(sc, found + said)
    out = [c.quote for c in join_pieces(sc, sorted(cands, key=lambda c: c.quote.span))]
    if headline_end:
        q = headline_colon(sc)
        if q is not None:
            out.insert(0, q)
    return one_each(out)


def with_sources(sc: Scene, cands: list[Candidate]) -> list[Candidate]:
    """The speakers no entity names (:func:`kg.analyse.sources.unnamed_source`): the author of a
    report, poll or study as the speaker, else the words that describe the source."""
    quoted = Intervals((m.start, m.end) for m in sc.marked)
    out = []
    for c in cands:
        source = unnamed_source(sc.doc, sc.index, quoted, c.quote)
        if isinstance(source, int):
            c = replace(c, quote=replace(c.quote, speaker=source))
        elif source is not None:
            c = replace(c, quote=replace(c.quote, source=source))
        out.append(c)
    return out


def one_each(quotes: list[Quotation]) -> list[Quotation]:
    """One quotation for words two rules both found ('X leads in polls …, according to the
    average of polls': 'in polls' and 'according to'), when the speaker is the same or only one
    has one: the more confident one, else the longer."""
    pieces = [_merged(q.spans) for q in quotes]  # the characters of each, as disjoint ranges
    size = [sum(e - s for s, e in p) for p in pieces]
    ranges = [(min(s for s, _e in q.spans), max(e for _s, e in q.spans)) for q in quotes]
    order = sorted(range(len(quotes)), key=lambda i: (-quotes[i].confidence, -size[i], i))
    kept: list[int] = []
    buckets: dict[int, list[int]] = {}  # the kept quotes by the blocks of text they reach into
    for i in order:
        q = quotes[i]
        lo, hi = ranges[i]
        near = {k for b in range(lo // BLOCK, (hi - 1) // BLOCK + 1) for k in buckets.get(b, ())}
        if not any(lo < ranges[k][1] and ranges[k][0] < hi
                   and (who(q) is None or who(quotes[k]) is None or who(q) == who(quotes[k]))
                   and (common := _common(pieces[i], pieces[k])) >= SAME_WORDS * (size[i] + size[k] - common)
                   for k in sorted(near)):
            kept.append(i)
            for b in range(lo // BLOCK, (hi - 1) // BLOCK + 1):
                buckets.setdefault(b, []).append(i)
    return [quotes[i] for i in sorted(kept)]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _common(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Characters two sets of disjoint sorted ranges share (one merge pass)."""
    i = j = n = 0
    while i < len(a) and j < len(b):
        n += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return n
