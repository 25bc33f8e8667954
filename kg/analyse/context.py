"""What every extractor of one article reads: built once, before any rule runs, and never changed.

:class:`ArticleContext` holds the parsed ``Doc``, its language and lexicons, where the headline
ends, the quote marks (all levels) with the spans inside double quotes and a mask of the tokens
inside them, and the publication date. The entity index and the coreference resolver are built
after it (:func:`kg.analyse.analyse_doc`) and handed to the extractors beside it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from .. import lexicons
from ..lexicons import Lexicons
from ..read import Document
from .quotes import Marked, find_marked
from .spans import doc_text

Span = tuple[int, int]


def headline_end(doc: Document, text: str | None = None) -> int:
    """Where the headline line ends in the (analysed) text; 0 when the headline is not part of it."""
    text = doc.text if text is None else text
    if doc.fmt == "txt" or (doc.fmt == "html" and doc.meta.get("headline_in_text")):
        i = text.find("\n")
        return i if i >= 0 else len(text)
    return 0


@dataclass(frozen=True)
class ArticleContext:
    doc: Doc
    lang: str
    lex: Lexicons
    headline_end: int  # character offset: the headline is text[:headline_end]
    marks: tuple[Marked, ...]  # every quoted span, nested single quotes (level 1) included
    quoted: tuple[Span, ...]  # the spans inside double quotes (level 0), in text order
    quoted_tokens: frozenset[int]  # the tokens that start inside one of ``quoted``
    published: date | None

    @classmethod
    def build(cls, doc: Doc, document: Document, lex: Lexicons | None = None) -> ArticleContext:
        lex = lex if lex is not None else lexicons.load()
        marks = tuple(find_marked(doc_text(doc), lex.quote_marks))
        quoted = tuple((m.start, m.end) for m in marks if m.level == 0)
        return cls(doc=doc, lang=lex.lang, lex=lex, headline_end=headline_end(document, doc_text(doc)),
                   marks=marks, quoted=quoted, quoted_tokens=_tokens_inside(doc, quoted),
                   published=document.published)

    def in_quote(self, char: int) -> bool:
        """Whether a character offset lies inside a double-quoted span."""
        return any(s <= char < e for s, e in self.quoted)


def _tokens_inside(doc: Doc, spans: tuple[Span, ...]) -> frozenset[int]:
    """The tokens starting inside any of ``spans``: the spans merged into disjoint runs, then one
    pass over the tokens (linear however many quote marks an article has)."""
    runs: list[list[int]] = []
    for s, e in sorted(spans):
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    out, k = [], 0
    for t in doc:
        while k < len(runs) and runs[k][1] <= t.idx:
            k += 1
        if k == len(runs):
            break
        if runs[k][0] <= t.idx:
            out.append(t.i)
    return frozenset(out)
