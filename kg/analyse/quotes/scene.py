"""What every quote pass reads: one article's parse, entities, marks and lexicons, built once.

:class:`Scene` is complete when it is built and never changed by a pass (its one mutable part is
``speakers``, a memo of :func:`.attribution.speaker_of`, a pure function of the scene). The
helpers here read it: where a mark is, which tokens are quoted, who a span is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from typing import Mapping

from spacy.tokens import Doc, Span, Token

from ...lexicons import Lexicons, QuoteMarks
from ...records import Quotation
from ..entities import EntityIndex
from ..resolve import Resolver
from ..spans import doc_text, sentence_starts, sentences
from .marks import Marked

SPEECH_CLASSES = frozenset({"speech", "writing", "reporting"})  # speech_verbs.tsv classes that cue a quote
TITLE_MAX_WORDS = 12


class How(Enum):
    """How a candidate was found: what the passes after it decide by (the record's ``rule`` is
    provenance only, never read back)."""
    AFTER = "after"  # a speech verb right after the quote
    GOVERNING = "governing"  # a speech verb the quote depends on
    BEFORE = "before"  # a speech verb before it in the sentence
    GOVERNING_VERB = "governing-verb"  # any verb it depends on, whose subject is a person or body
    UNNAMED = "unnamed"  # a speech verb whose speaker no entity names
    FOLLOW_ON = "follow-on"  # the previous quote's speaker goes on
    DISCOURSE = "discourse"  # the subject of the sentences before
    NONE = ""  # no attribution
    REPORTED = "reported"  # reported speech (its rule names the kind)
    HEADLINE = "headline"  # a headline's "Source: words"


@dataclass
class Candidate:
    """A quotation as a pass found it, with what the later passes read: how it was attributed
    and the marks it was read from (a reported clause ending in quoted words has their marks)."""
    quote: Quotation
    how: How
    mark: Marked | None = None


@dataclass(frozen=True)
class Scene:
    doc: Doc
    text: str  # doc.text, read once (Doc.text joins every token)
    index: EntityIndex
    resolver: Resolver
    lex: Lexicons
    words: Mapping[str, frozenset[str]]  # lex.words
    confidence: Mapping[str, float]  # lex.confidence: what each rule gives (rules.tsv)
    marks: QuoteMarks
    headline_end: int
    marked: tuple[Marked, ...]  # the marks after the headline, in text order
    by_level: Mapping[int, tuple[Marked, ...]]  # sorted by start (marks of one level never overlap)
    level_starts: Mapping[int, list[int]]
    quoted: tuple[bool, ...]  # per token: inside a double-quoted span
    sents: list[tuple[int, int]]
    sent_first: list[int]
    sent_start: list[int]  # per token: the first token of its sentence
    speech: frozenset[str]  # cue lemmas of speech, writing and reporting
    all_cues: frozenset[str]  # every lemma of speech_verbs.tsv (cognition, intention … too)
    speakers: dict[int, tuple[int | None, float]] = field(default_factory=dict, compare=False)  # memo

    @classmethod
    def build(cls, index: EntityIndex, resolver: Resolver, lex: Lexicons, headline_end: int,
              marked: list[Marked]) -> Scene:
        doc = index.doc
        after = tuple(m for m in marked if m.start >= headline_end)
        by_level = {lv: tuple(sorted((m for m in after if m.level == lv), key=lambda m: m.start)) for lv in (0, 1)}
        quoted = [False] * len(doc)
        for m in after:
            if m.level == 0:
                for t in char_span(doc, m.start, m.end) or []:
                    quoted[t.i] = True
        sents = sentences(doc)
        return cls(doc=doc, text=doc_text(doc), index=index, resolver=resolver, lex=lex, words=lex.words,
                   confidence=lex.confidence,
                   marks=lex.quote_marks, headline_end=headline_end, marked=after, by_level=by_level,
                   level_starts={lv: [m.start for m in ms] for lv, ms in by_level.items()},
                   quoted=tuple(quoted), sents=sents, sent_first=[a for a, _b in sents],
                   sent_start=sentence_starts(doc),
                   speech=frozenset(k for k, v in lex.speech_verbs.items() if v in SPEECH_CLASSES),
                   all_cues=frozenset(lex.speech_verbs))

    def span(self, start: int, end: int) -> Span | None:
        return char_span(self.doc, start, end)

    def mark_at(self, level: int, pos: int) -> Marked | None:
        """The mark of ``level`` that starts last at or before ``pos``."""
        k = bisect_right(self.level_starts[level], pos)
        return self.by_level[level][k - 1] if k else None

    def inside_quote(self, i: int, outer: Marked | None = None) -> bool:
        """Whether token ``i`` is inside a quotation (other than ``outer``, the one whose words
        are being attributed)."""
        if outer is not None and outer.start <= self.doc[i].idx < outer.end:
            return False
        return self.quoted[i]

    def is_cue(self, t: Token, cognition: bool = False) -> bool:
        if t.pos_ not in {"VERB", "AUX"} and not (t.lemma_ == "say" or t.tag_.startswith("VB")):
            return False
        return t.lemma_.lower() in (self.all_cues if cognition else self.speech)

    def entity_kind(self, e: int | None) -> str | None:
        return self.index.entities[e].kind if e is not None else None

    def about(self, start: int, end: int, speaker: int | None) -> list[int]:
        """The entities named inside a span, the speaker aside, in text order."""
        seen: dict[int, None] = {}
        for t in self.span(start, end) or []:
            e = self.index.at(t.i)
            if e is not None and e != speaker:
                seen[e] = None
        return list(seen)

    def phrase(self, tok: Token, stop_at_prep: bool = False) -> str:
        """A noun phrase up to its head ("the city council", not what follows it); for a
        preposition, the preposition and its object's phrase ("on Fox News")."""
        if stop_at_prep:
            obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
            if obj is None:
                return tok.text
            return self.doc[tok.i:obj.i + 1].text
        return self.doc[tok.left_edge.i:tok.i + 1].text

    def is_title(self, words: str, more: int = 0) -> bool:
        """Whether quoted words read as a name (of a show, book, slogan or nickname) or a heading
        rather than as someone's words: a few words, each capitalised but for small function
        words, of which more than ``more`` are capitalised words of content (a quote that stands
        alone as a sentence needs two: "Tales of the Deep," but not "Go.")."""
        small = self.words["title_case_small_words"]
        tokens = re.findall(r"[^\W\d_][\w'’.-]*", words)
        if not tokens or len(tokens) > TITLE_MAX_WORDS:
            return False
        return all(t[0].isupper() or t.lower() in small for t in tokens) and sum(
            1 for t in tokens if t[0].isupper() and t.lower() not in small) > more


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def who(q: Quotation) -> int | str | None:
    """Who a quotation is by: its speaker, else the words for its unnamed source."""
    return q.speaker if q.speaker is not None else q.source.name if q.source is not None else None


def near_start(doc: Doc, cue: Token) -> int:
    """Where the words right before a cue begin: past a comma and adverbs, the first token of
    the phrase that ends there."""
    i = cue.i - 1
    while i > 0 and (doc[i].dep_ in {"advmod", "aux", "neg"} or doc[i].text == ","):
        i -= 1
    return doc[i].left_edge.i if i >= 0 else 0
