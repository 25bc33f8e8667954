"""Linear-time helpers for the rules: sentence bounds per token and interval look-ups.

spaCy's ``Token.sent`` walks to both ends of the sentence on every call, and a list of spans
searched for every token or quote grows with the article: on an article of many quote marks
or one very long sentence those searches made the rules quadratic. These are computed once per
article and answer each question in O(1) or O(log n).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Span, Token


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence (computed once per ``Doc``)."""
    cached = doc.user_data.get("kg_sent_starts")
    if cached is not None and len(cached) == len(doc):
        return cached
    starts = [0] * len(doc)
    for s in doc.sents:
        for i in range(s.start, s.end):
            starts[i] = s.start
    doc.user_data["kg_sent_starts"] = starts
    return starts


def sentence_lengths(doc: Doc) -> list[int]:
    """The number of tokens in each token's sentence (computed once per ``Doc``)."""
    cached = doc.user_data.get("kg_sent_lengths")
    if cached is not None and len(cached) == len(doc):
        return cached
    lengths = [0] * len(doc)
    for a, b in sentences(doc):
        for i in range(a, b):
            lengths[i] = b - a
    doc.user_data["kg_sent_lengths"] = lengths
    return lengths


def children(t: Token) -> list[Token]:
    """A token's children, left to right. spaCy's ``Token.children`` walks the token's whole
    subtree extent on every call (a verb heading a long run of conjuncts: the whole sentence);
    this reads a table of every token's children built once per ``Doc``."""
    doc = t.doc
    return [doc[j] for j in _children(doc)[t.i]]


def _children(doc: Doc) -> list[list[int]]:
    table = doc.user_data.get("kg_children")
    if table is None or len(table) != len(doc):
        table = [[] for _ in range(len(doc))]
        for tok in doc:
            if tok.head.i != tok.i:
                table[tok.head.i].append(tok.i)
        doc.user_data["kg_children"] = table
    return table


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per ``Doc`` (spaCy joins every token's text on each call)."""
    cached = doc.user_data.get("kg_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["kg_text"] = cached
    return cached[1]


def noun_lemmas(doc: Doc) -> tuple[list[int], list[str | None]]:
    """Every token's character offset and, for a common noun, its lower-case lemma (None for any
    other token), read once per ``Doc``: a scan over a long stretch of the text then makes no
    ``Token`` per word (spaCy builds one on every access)."""
    cached = doc.user_data.get("kg_noun_lemmas")
    if cached is None or len(cached[0]) != len(doc):
        cached = ([t.idx for t in doc], [t.lemma_.lower() if t.pos_ == "NOUN" else None for t in doc])
        doc.user_data["kg_noun_lemmas"] = cached
    return cached


def text_count(doc: Doc, phrase: str) -> int:
    """How often ``phrase`` occurs in the text (counted once per ``Doc`` and phrase)."""
    counts = doc.user_data.setdefault("kg_text_counts", {})
    if phrase not in counts:
        counts[phrase] = doc_text(doc).count(phrase)
    return counts[phrase]


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token offsets of the sentence of token ``i`` (what ``Span.sent`` gives a span
    beginning at ``i``, without walking to both ends of the sentence)."""
    sents = sentences(doc)
    a = sentence_starts(doc)[i]
    return sents[bisect_right(_sentence_firsts(doc), a) - 1]


def _sentence_firsts(doc: Doc) -> list[int]:
    cached = doc.user_data.get("kg_sent_firsts")
    if cached is None:
        cached = [a for a, _b in sentences(doc)]
        doc.user_data["kg_sent_firsts"] = cached
    return cached


class Ents:
    """The named entities of some labels, in text order, as token offsets (built once per ``Doc``
    and label set: spaCy's ``Doc.ents`` and ``Span.ents`` rebuild every entity of the ``Doc`` on
    each call)."""

    def __init__(self, doc: Doc, labels: frozenset[str]):
        self.doc = doc
        self.spans = [(e.start, e.end, e.label) for e in doc.ents if e.label_ in labels]
        self.starts = [a for a, _b, _l in self.spans]
        self.ends = [b for _a, b, _l in self.spans]

    @classmethod
    def of(cls, doc: Doc, labels: frozenset[str]) -> "Ents":
        k = "kg_ents:" + ",".join(sorted(labels))
        cached = doc.user_data.get(k)
        if cached is None or cached[0] != len(doc):
            cached = (len(doc), cls(doc, labels))
            doc.user_data[k] = cached
        return cached[1]

    def within(self, start: int, end: int) -> range:
        """The positions of the entities that lie wholly within tokens ``[start, end)`` (what
        ``Span.ents`` gives for that span, of these labels): a range, found in O(log n)."""
        return range(bisect_left(self.starts, start), bisect_right(self.ends, end))

    def __getitem__(self, k: int) -> Span:
        a, b, label = self.spans[k]
        return Span(self.doc, a, b, label=label)


def in_subtree(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is ``head`` or one of its descendants (``tok in head.subtree``) in O(1):
    each token's place in a depth-first walk of its tree, numbered once per ``Doc``."""
    doc = head.doc
    cached = doc.user_data.get("kg_preorder")
    if cached is None or len(cached[0]) != len(doc):
        _children(doc)
        table = doc.user_data["kg_children"]
        enter, leave = [0] * len(doc), [0] * len(doc)
        clock = 0
        for root in (t.i for t in doc if t.head.i == t.i):
            stack = [(root, False)]
            while stack:
                i, done = stack.pop()
                if done:
                    leave[i] = clock
                    continue
                enter[i] = clock
                clock += 1
                stack.append((i, True))
                stack.extend((j, False) for j in reversed(table[i]))
        cached = (enter, leave)
        doc.user_data["kg_preorder"] = cached
    enter, leave = cached
    return enter[head.i] <= enter[tok.i] < leave[head.i]


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of every sentence, in order (computed once per ``Doc``)."""
    cached = doc.user_data.get("kg_sents")
    if cached is None:
        cached = [(s.start, s.end) for s in doc.sents]
        doc.user_data["kg_sents"] = cached
    return cached


class Intervals:
    """Half-open intervals ``[a, b)``, possibly overlapping, asked about in O(log n)."""

    def __init__(self, spans):
        spans = sorted((int(a), int(b)) for a, b in spans)
        self.starts = [a for a, _b in spans]
        self.max_end = list(accumulate((b for _a, b in spans), max))  # over the starts so far
        ends = sorted(b for _a, b in spans)
        self.ends = ends
        self.sum_starts = [0, *accumulate(self.starts)]
        self.sum_ends = [0, *accumulate(ends)]

    def __len__(self) -> int:
        return len(self.starts)

    def covers(self, pos: int) -> bool:
        """Whether some interval holds ``pos`` (``a <= pos < b``)."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.max_end[k - 1] > pos

    def contains(self, s: int, e: int) -> bool:
        """Whether some interval holds all of ``[s, e)`` (``a <= s and e <= b``)."""
        k = bisect_right(self.starts, s)
        return k > 0 and self.max_end[k - 1] >= e

    def _covered_before(self, x: int) -> int:
        """Σ over intervals of their length before ``x``."""
        na = bisect_left(self.starts, x)
        nb = bisect_left(self.ends, x)
        return (na * x - self.sum_starts[na]) - (nb * x - self.sum_ends[nb])

    def overlap(self, s: int, e: int) -> int:
        """Σ over intervals of ``max(0, min(e, b) - max(s, a))``."""
        return self._covered_before(e) - self._covered_before(s) if e > s else 0
