"""Pass 1: the quote marks of a text, paired per paragraph.

Straight and curly marks, nested single quotes inside double ones; a quote left open at a
paragraph's end stops there, so an unbalanced mark never swallows the rest of the article. The
mark characters come from the lexicons (``quote_marks.tsv``, :class:`kg.lexicons.QuoteMarks`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicons
from ...lexicons import QuoteMarks

# the characters before an opening straight mark (besides the opening marks): a space, a bracket, a
# dash, a slash; PAD stands in for the second character of a two-character quote mark
PAD = "\x00"
OPEN_CONTEXT = frozenset(" \t\n([{—–-/\u00a0" + PAD)
TWO_APOSTROPHES = re.compile(r"'{2,3}")


@dataclass(frozen=True)
class Marked:
    start: int  # content, without the marks
    end: int
    closed: bool
    level: int = 0  # 0 = double quote, 1 = single quote inside one


@dataclass(frozen=True)
class _Level:
    """The marks of one level as ``_pair`` reads them."""
    opens: frozenset[str]
    closes: frozenset[str]
    straight: str
    before_open: frozenset[str]  # marks that may stand right before an opening straight mark
    level: int


def _levels(marks: QuoteMarks) -> tuple[_Level, _Level]:
    # an opening straight mark may follow an opening mark of either level, never the apostrophe
    before_open = marks.openers - {marks.single_straight}
    return (_Level(marks.double_open, marks.double_close, marks.double_straight, before_open, 0),
            _Level(marks.single_open, marks.single_close, marks.single_straight, before_open, 1))


def _pair(text: str, base: int, lv: _Level) -> list[Marked]:
    out: list[Marked] = []
    open_at: int | None = None
    n = len(text)
    level = lv.level
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == lv.straight:
            if level and prev.isalpha() and nxt.isalpha():
                continue  # an apostrophe: "Let's"
            can_open = prev in OPEN_CONTEXT or prev in lv.before_open or i == 0
            can_close = not prev.isspace() or i == 0
            if open_at is None and can_open and not nxt.isspace():
                open_at = i + 1
            elif open_at is not None and can_close and (not nxt.isalnum() or level == 0):
                out.append(Marked(base + open_at, base + i, True, level))
                open_at = None
        elif ch in lv.opens:
            if level and prev.isalpha():
                continue
            open_at = i + 1  # an earlier unclosed mark is abandoned
        elif ch in lv.closes:
            if level and nxt.isalpha():
                continue  # an apostrophe: "We’ve"
            if open_at is not None:
                out.append(Marked(base + open_at, base + i, True, level))
                open_at = None
    if open_at is not None:
        end = len(text.rstrip())
        if end > open_at:
            out.append(Marked(base + open_at, base + end, False, level))
    return out


def _double_apostrophes(para: str, marks: QuoteMarks) -> str:
    """Some archives write a double quote mark as two apostrophes (''like this,'' she said).
    Each such mark becomes one straight double quote, padded so that every offset stays; a
    run of three is a double and a single mark, nested in the order its side requires."""
    apostrophe, double = marks.single_straight, marks.double_straight
    if apostrophe * 2 not in para:
        return para
    out = list(para)
    for m in TWO_APOSTROPHES.finditer(para):
        s, e = m.span()
        prev = para[s - 1] if s else " "
        nxt = para[e] if e < len(para) else " "
        single = apostrophe if e - s == 3 else ""
        if (prev in OPEN_CONTEXT or prev in marks.double_openers) and not nxt.isspace():
            out[s:e] = PAD + double + single  # opens a double quote, then a single one
        elif not prev.isspace():
            out[s:e] = single + double + PAD  # closes a single quote, then the double one
        elif s >= 2 and para[s - 2] == apostrophe and nxt.isspace() and e - s == 2:
            out[s:e] = PAD + double  # "'not yet,' ''": closes after a space
    return "".join(out)


def find_marked(text: str, marks: QuoteMarks | None = None) -> list[Marked]:
    """Quoted spans of a text, paragraph by paragraph, with nested single quotes (the marks of
    ``marks``, by default those of the lexicons in use)."""
    marks = marks if marks is not None else lexicons.load().quote_marks
    double, single = _levels(marks)
    out: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            for q in _pair(_double_apostrophes(para, marks), pos, double):
                out.append(q)
                out.extend(_pair(text[q.start:q.end], q.start, single))
        pos += len(para) + 1
    # drop empty and one-character spans
    return [q for q in out if len(text[q.start:q.end].strip()) > 1]
