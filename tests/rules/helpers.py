"""What the rule tests share: analyse an invented text, and read names, roles and quotations back."""
from __future__ import annotations

from datetime import date

from kg.read import Document


def analyse(analyser, text: str, published: date | None = None, headline: str = "Test headline"):
    doc = Document(identifier="t.txt", text=f"{headline}\n\n{text}", headline=headline, published=published)
    ((_d, rec),) = list(analyser.analyse([doc]))
    if isinstance(rec, Exception):
        raise rec
    return doc, rec


def names(rec, kind=None):
    return {e.name for e in rec.entities if kind is None or e.kind == kind}


def roles(rec):
    out = set()
    for m in rec.memberships:
        org = rec.entities[m.organization].name if m.organization is not None else None
        out.add((rec.entities[m.person].name, m.role, org))
    return out


def said(analyser, text: str) -> set[tuple[str, str | None]]:
    """(words, speaker) of every quotation read from ``text``."""
    doc, rec = analyse(analyser, text)
    return {(q[0], q[1]) for q in quotes(doc, rec)}


def quotes(doc, rec):
    return [(doc.text[q.span[0]:q.span[1]], rec.entities[q.speaker].name if q.speaker is not None else None,
             q.direct, q.cue) for q in rec.quotations]


def direct_pieces(analyser, text: str) -> list[tuple[list[str], str | None]]:
    """(the pieces, speaker) of every direct quotation read from ``text``."""
    doc, rec = analyse(analyser, text)
    return [([doc.text[s:e] for s, e in q.spans], rec.entities[q.speaker].name if q.speaker is not None else None)
            for q in rec.quotations if q.direct]


def unnamed(rec):
    return {(e.name, e.kind) for e in rec.entities if e.unnamed}
