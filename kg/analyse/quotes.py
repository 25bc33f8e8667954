"""Quotations: direct quotes between marks and reported speech, with speaker, cue verb,
addressee and medium.

Quote marks are paired per paragraph (straight and curly, nested single quotes inside double
ones); a quote left open at a paragraph's end stops there, so an unbalanced mark never
swallows the rest of the article. Attribution tries, in order: a speech verb right after the
quote (``"…," said X`` / ``"…," X said``), a speech verb governing the quote, a speech verb
before it (``X said: "…"``), any verb governing it, the previous quote's speaker, and last the
subject of the sentences before. The pieces of one quote that its attribution splits, or that
goes on in the next paragraph, become one quotation (:meth:`QuoteFinder.join_pieces`); a speaker
that no entity names is looked for by :mod:`kg.analyse.sources`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..records import Quotation
from .entities import EntityIndex
from .entities import key as entity_key
from .sources import unnamed_source
from .resolve import Resolver, subject_of
from .spans import Intervals, sentence_lengths, sentence_starts, sentences

OPEN_CTX = set(" \t\n([{—–-/\u00a0\x00")
PAD = "\x00"  # stands in for the second character of a two-character quote mark
QUOTE_TOKENS = {'"', "“", "”", "''", "``"}
MEDIUM_NOUNS = {
    "statement", "interview", "conference", "briefing", "tweet", "post", "letter", "email",
    "release", "speech", "rally", "television", "radio", "show", "program", "programme",
    "broadcast", "appearance", "podcast", "video", "op-ed", "column", "memo", "message", "address",
    "hearing", "debate", "event", "call", "remarks", "twitter", "facebook", "instagram", "blog",
}
MEDIUM_PREPS = {"in", "on", "at", "via", "during", "through", "over"}
SCARE_WORDS = 3  # quoted phrases this short count only when a speech verb attributes them
TITLE_WORDS = 6  # a quote inside a sentence needs more words than this to be taken as someone's words
MIXED_WORDS = 2  # a reported clause with this many words outside its quoted part replaces it


OBJECT_PARTS = {"dobj", "oprd", "xcomp", "dative", "ccomp"}
QUOTE_MARKS = "\"“”‘’'«»„ \t\u00a0\x00"
# which pieces of a speaker's split quote become one quotation (QuoteFinder.split_kind)
JOIN_KINDS: frozenset[str] = frozenset({"paragraph-open", "paragraph-after", "comma", "sentence"})
SAME_WORDS = 0.55  # two quotations of one speaker sharing this much of their words are one (one_each)
LOOK_BACK = 200  # tokens before a quote searched for its attribution (the rules stay linear)
MAX_ANCESTORS = 64  # heads followed up from a quote's words
# a "sentence" longer than this (a list, a table, a run of quote marks the parser never ends) is
# not read for reported speech: each cue's clause is part of its sentence, so this bounds the work
MAX_SENTENCE = 300
SPEAKER_LABEL = re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z.]:\s")  # "MODERATOR: …", a transcript's turn


@dataclass
class Marked:
    start: int  # content, without the marks
    end: int
    closed: bool
    level: int = 0  # 0 = double quote, 1 = single quote inside one


def _pair(text: str, base: int, opens: set[str], closes: set[str], straight: str, level: int) -> list[Marked]:
    out: list[Marked] = []
    open_at: int | None = None
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == straight:
            if level and prev.isalpha() and nxt.isalpha():
                continue  # an apostrophe: "Let's"
            can_open = prev in OPEN_CTX or prev in "\"“‘" or i == 0
            can_close = not prev.isspace() or i == 0
            if open_at is None and can_open and not nxt.isspace():
                open_at = i + 1
            elif open_at is not None and can_close and (not nxt.isalnum() or level == 0):
                out.append(Marked(base + open_at, base + i, True, level))
                open_at = None
        elif ch in opens:
            if level and prev.isalpha():
                continue
            open_at = i + 1  # an earlier unclosed mark is abandoned
        elif ch in closes:
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


TWO_APOSTROPHES = re.compile(r"'{2,3}")


def _double_apostrophes(para: str) -> str:
    """Some archives write a double quote mark as two apostrophes (''like this,'' she said).
    Each such mark becomes one straight double quote, padded so that every offset stays; a
    run of three is a double and a single mark, nested in the order its side requires."""
    if "''" not in para:
        return para
    out = list(para)
    for m in TWO_APOSTROPHES.finditer(para):
        s, e = m.span()
        prev = para[s - 1] if s else " "
        nxt = para[e] if e < len(para) else " "
        single = "'" if e - s == 3 else ""
        if (prev in OPEN_CTX or prev in "\"“") and not nxt.isspace():
            out[s:e] = PAD + '"' + single  # opens a double quote, then a single one
        elif not prev.isspace():
            out[s:e] = single + '"' + PAD  # closes a single quote, then the double one
        elif s >= 2 and para[s - 2] == "'" and nxt.isspace() and e - s == 2:
            out[s:e] = PAD + '"'  # "'not yet,' ''": closes after a space
    return "".join(out)


def find_marked(text: str) -> list[Marked]:
    """Quoted spans of a text, paragraph by paragraph, with nested single quotes."""
    out: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            for q in _pair(_double_apostrophes(para), pos, {"“", "«", "„"}, {"”", "»"}, '"', 0):
                out.append(q)
                inner = text[q.start:q.end]
                out.extend(_pair(inner, q.start, {"‘"}, {"’"}, "'", 1))
        pos += len(para) + 1
    # drop empty and one-character spans
    return [q for q in out if len(text[q.start:q.end].strip()) > 1]


TITLE_MAX_WORDS = 12
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"}


def who(q: Quotation) -> int | str | None:
    """Who a quotation is by: its speaker, else the words for its unnamed source."""
    return q.speaker if q.speaker is not None else q.source.name if q.source is not None else None


def is_title(words: str, more: int = 0) -> bool:
    """Whether quoted words read as a name (of a show, book, slogan or nickname) or a heading
    rather than as someone's words: a few words, each capitalised but for small function words,
    of which more than ``more`` are capitalised words of content (a quote that stands alone
    as a sentence needs two: "Tales of the Deep," but not "Go.")."""
    tokens = re.findall(r"[^\W\d_][\w'’.-]*", words)
    if not tokens or len(tokens) > TITLE_MAX_WORDS:
        return False
    return all(t[0].isupper() or t.lower() in SMALL_WORDS for t in tokens) and sum(
        1 for t in tokens if t[0].isupper() and t.lower() not in SMALL_WORDS) > more


def near_start(doc: Doc, cue: Token) -> int:
    """Where the words right before a cue begin: past a comma and adverbs, the first token of
    the phrase that ends there."""
    i = cue.i - 1
    while i > 0 and (doc[i].dep_ in {"advmod", "aux", "neg"} or doc[i].text == ","):
        i -= 1
    return doc[i].left_edge.i if i >= 0 else 0


def _char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


class QuoteFinder:
    def __init__(self, index: EntityIndex, resolver: Resolver, headline_end: int, marked: list[Marked]):
        self.index = index
        self.doc = index.doc
        self.text = index.doc.text  # Doc.text joins every token: read it once
        self.resolver = resolver
        self.lex = lexicons.load()
        self.headline_end = headline_end
        self.all_marked = marked
        self.speech = {k for k, v in self.lex.speech_verbs.items() if v in {"speech", "writing", "reporting"}}
        self.all_cues = set(self.lex.speech_verbs)
        self.object_verbs = self.lex.object_verbs
        self.absorbed: set[int] = set()  # direct quotes that a reported clause around them replaces
        self.mark_of: dict[int, Marked] = {}  # the marks each direct quote was read from
        self.sent_start = sentence_starts(self.doc)
        self.speakers: dict[int, tuple[int | None, float]] = {}  # speaker_of each cue, once
        self.sents = sentences(self.doc)
        self.sent_first = [a for a, _b in self.sents]

    # ------------------------------------------------------------ helpers
    def is_cue(self, t: Token, cognition: bool = False) -> bool:
        if t.pos_ not in {"VERB", "AUX"} and not (t.lemma_ == "say" or t.tag_.startswith("VB")):
            return False
        return t.lemma_.lower() in (self.all_cues if cognition else self.speech)

    def adjacent_speaker(self, cue: Token) -> int | None:
        """A name standing right before the verb ("…, Anna Berg, called"): the parser often
        attaches it elsewhere in long appositive sentences."""
        i = cue.i - 1
        while i >= 0 and self.doc[i].dep_ in {"advmod", "aux", "neg"} and self.doc[i].i > cue.i - 3:
            i -= 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        if i < 0 or self.index.at(i) is None or self._inside_quote(i):
            return None
        # the whole noun phrase that ends there: "X, a spokesman for Y, told" is X; a name
        # inside an object ("rescinded his support for Y, saying") is nobody's subject
        top = self.doc[i]
        while top.dep_ in {"pobj", "prep", "compound", "flat"} or (top.dep_ == "appos" and top.pos_ == "NOUN"):
            if top.head is top or top.head.i >= cue.i:
                break
            top = top.head
        if top.pos_ not in {"PROPN", "NOUN"} or top.dep_ in {"pobj", "dobj", "dative", "attr", "poss", "oprd"}:
            return None
        e = self.resolver.speaker(top)
        if e is not None and self.index.entities[e].kind in {"PERSON", "ORG"}:
            return e
        return None

    def speaker_of(self, cue: Token, window: Span | None = None, depth: int = 0) -> tuple[int | None, float]:
        if window is not None or depth or self.outer is not None:
            return self._speaker_of(cue, window, depth)
        # the same cue is asked about by every quote near it: once each
        if cue.i not in self.speakers:
            self.speakers[cue.i] = self._speaker_of(cue)
        return self.speakers[cue.i]

    def _speaker_of(self, cue: Token, window: Span | None = None, depth: int = 0) -> tuple[int | None, float]:
        if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and cue.head.dep_ == "dobj" \
                and cue.head.head.pos_ == "VERB" and depth < 4:
            # "X issued a statement saying …": who issued it
            e, conf = self.speaker_of(cue.head.head, None, depth + 1)
            if e is not None:
                return e, conf
        near = self.adjacent_speaker(cue)
        if cue.dep_ == "conj" and depth < 4 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
            if near is not None and near_start(self.doc, cue) > cue.head.i:
                return near, 0.7  # "It was no accident — X, an aide, told …": X, not "it"
            e, conf = self.speaker_of(cue.head, None, depth + 1)
            if e is not None:
                return e, conf
        subj = subject_of(cue)
        if near is not None and (subj is None or abs(subj.i - cue.i) > 8) \
                and not self._named_subject_with_apposition(subj, cue):
            return near, 0.7
        if subj is not None and not self._inside_quote(subj.i):
            e = self.resolver.speaker(subj)
            if e is not None:
                pron = subj.pos_ == "PRON"
                return e, 0.75 if pron else 0.9
        if window is not None and (subj is None or subj.i > cue.i):
            # inverted "said Attorney General X": first name after the cue (not when the
            # subject before it is someone unnamed: "the candidate told CBS")
            for t in window:
                if cue.i < t.i <= cue.i + 4:
                    e = self.index.at(t.i)
                    if e is not None and self.index.entities[e].kind in {"PERSON", "ORG"}:
                        return e, 0.8
        return None, 0.0

    def _named_subject_with_apposition(self, subj: Token | None, cue: Token) -> bool:
        """A named person as the subject, with a long apposition that ends right before the cue
        ("X, the editor of the Y daily, Z, said"): the subject speaks, not the name nearest the cue."""
        if subj is None or subj.i > cue.i:
            return False
        e = self.index.at(subj.i)
        if e is None or self.index.entities[e].kind != "PERSON":
            return False
        k = cue.i - 1
        while k > subj.i and self.doc[k].is_punct:
            k -= 1
        return subj.right_edge.i >= k and any(c.dep_ == "appos" for c in subj.children)

    outer: Marked | None = None  # the quote whose words are being attributed inside

    def _inside_quote(self, i: int) -> bool:
        """Whether token ``i`` is inside a quotation (other than the one being attributed)."""
        if self.outer is not None and self.outer.start <= self.doc[i].idx < self.outer.end:
            return False
        return self.quoted[i]

    def addressee_medium(self, cue: Token, q: Quotation) -> None:
        # "said X said in a statement": the repeated verb carries the phrases too
        kids = list(cue.children) + [g for c in cue.children if c.lemma_ == cue.lemma_ and c.dep_ in {"ccomp", "conj"}
                                     for g in c.children]
        for c in kids:
            if cue.lemma_ in {"tell", "inform", "assure", "warn", "remind"} and c.dep_ in {"dobj", "dative", "iobj"}:
                q.addressee = self.resolver.entity(c)
                q.addressee_text = self._phrase(c)
            elif c.dep_ == "prep" and c.lower_ == "to" and cue.lemma_ in {"say", "speak", "write", "explain"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    q.addressee = self.resolver.entity(obj)
                    q.addressee_text = self._phrase(obj)
            elif c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is None:
                    continue
                ent = self.index.at(obj.i)
                if obj.lemma_.lower() in MEDIUM_NOUNS or (ent is not None and self.index.entities[ent].kind == "ORG"):
                    q.medium = self._phrase(c, stop_at_prep=True)
                    q.medium_entity = ent
                    for g in obj.children:  # "in a statement to the council"
                        if g.dep_ == "prep" and g.lower_ == "to" and q.addressee_text is None:
                            o2 = next((x for x in g.children if x.dep_ == "pobj"), None)
                            if o2 is not None:
                                q.addressee = self.resolver.entity(o2)
                                q.addressee_text = self._phrase(o2)

    def _phrase(self, tok: Token, stop_at_prep: bool = False) -> str:
        """A noun phrase up to its head ("the city council", not what follows it); for a
        preposition, the preposition and its object's phrase ("on Fox News")."""
        if stop_at_prep:
            obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
            if obj is None:
                return tok.text
            return self.doc[tok.i:obj.i + 1].text
        return self.doc[tok.left_edge.i:tok.i + 1].text

    # ------------------------------------------------------------ direct quotes
    def direct(self) -> list[Quotation]:
        doc = self.doc
        text = self.text
        self.marked = [m for m in self.all_marked if m.start >= self.headline_end]
        # marks of one level never overlap: sorted by start, found by bisection
        self.by_level = {lv: sorted((m for m in self.marked if m.level == lv), key=lambda m: m.start) for lv in (0, 1)}
        self.level_starts = {lv: [m.start for m in ms] for lv, ms in self.by_level.items()}
        # which tokens lie inside a quotation: computed once, looked up per token
        self.quoted = [False] * len(doc)
        for m in self.marked:
            if m.level == 0:
                span = _char_span(doc, m.start, m.end)
                for t in span or []:
                    self.quoted[t.i] = True
        out: list[Quotation] = []
        kept: dict[tuple[int, int], Quotation] = {}  # the quotes kept, by their marks
        last: Quotation | None = None
        for m in self.marked:
            span = _char_span(doc, m.start, m.end)
            if span is None or not span.text.strip():
                continue
            q = Quotation(span=(m.start, m.end), direct=True, confidence=0.9 if m.closed else 0.5)
            self.mark_of[id(q)] = m
            outer = None
            if m.level:
                o = self._mark_at(0, m.start)
                outer = o if o is not None and m.end <= o.end else None
            self.outer = outer
            self.attribute(q, span, m, outer)
            self.outer = None
            alone = self.stands_alone(m) or len(span) > TITLE_WORDS
            alone = alone and q.rule != "unnamed"  # "…," said an aide: not the last speaker
            follows = False
            if q.speaker is None and last is not None and m.level == 0 and alone and m.start - last.span[1] < 600:
                # a follow-on quote: same or next paragraph, no other name in between
                gap = _char_span(doc, last.span[1], m.start)
                # names in the previous quote's own attribution ("…," said X, an aide to Y.
                # "…") do not interrupt: only a name in a sentence of its own does
                cue_sent = None
                if last.cue_span and last.span[1] <= last.cue_span[0] < m.start:
                    cue_tok = _char_span(doc, *last.cue_span)
                    cue_sent = cue_tok[0].sent if cue_tok is not None and len(cue_tok) else None
                names = [self.index.at(t.i) for t in gap or [] if cue_sent is None
                         or not (cue_sent.start <= t.i < cue_sent.end)]
                breaks = len(re.findall(r"\n\s*", text[last.span[1]:m.start]))
                if not any(n is not None and n != last.speaker and self.index.entities[n].kind == "PERSON"
                           for n in names) and breaks <= 1 and m.start - last.span[1] < 600:
                    q.speaker, q.cue, q.rule, q.confidence = last.speaker, last.cue, "follow-on", 0.6
                    follows = True  # the same speaker, named or not: never someone guessed
            if q.speaker is None and m.level == 0 and alone and not follows:
                e = self.salient_subject(span)
                if e is not None:
                    q.speaker, q.rule, q.confidence = e, "discourse", 0.4
            if q.speaker is None:
                if m.level == 0 and q.cue is not None:
                    last = q  # "…," an aide said: the quotes after it are the aide's, not a guess
                continue  # nobody said it: a title, a name, a phrase the paper puts in quotes
            if q.cue is None and len(text[m.start:m.end].split()) <= SCARE_WORDS:
                continue  # a word or two in quotes with no speech verb: a scare quote or a title
            if q.rule in {"governing", "before"} and len(text[m.start:m.end].split()) <= SCARE_WORDS \
                    and not self.stands_alone(m) and not self.said_as_such(q, span):
                continue  # 'warned that sales had "cratered" in May': the report has the words
            if is_title(text[m.start:m.end], 1 if self.stands_alone(m) else 0):
                continue  # "on the show 'Meet the Voters'", "a book titled 'The Long Road'": a name
            if outer is not None and getattr(kept.get((outer.start, outer.end)), "speaker", -1) == q.speaker:
                continue  # words the speaker quotes inside their own quote are part of it
            q.about = self.about(m.start, m.end, q.speaker)
            out.append(q)
            if m.level == 0:
                last = q
                kept[(m.start, m.end)] = q
        return out

    def _mark_at(self, level: int, pos: int) -> Marked | None:
        """The mark of ``level`` that starts last at or before ``pos`` (marks of a level do not overlap)."""
        k = bisect_right(self.level_starts[level], pos)
        return self.by_level[level][k - 1] if k else None

    def said_as_such(self, q: Quotation, span: Span) -> bool:
        """Whether a few quoted words are themselves what the cue says: its object or its
        complement ('shouted "Go home"', 'called the plan "reckless"'), not a word or two quoted
        inside a clause it reports ('warned that sales had "cratered"')."""
        cue = _char_span(self.doc, *q.cue_span) if q.cue_span else None
        if cue is None or not len(cue):
            return False
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
        return any(r.head.i == cue[0].i or (q.cue in self.object_verbs and r.head.head.i == cue[0].i)
                   for r in roots)

    def attribute(self, q: Quotation, span: Span, m: Marked, outer: Marked | None) -> None:
        doc = self.doc
        lo, hi = (outer.start, outer.end) if outer else (0, len(self.text))
        in_q = set(range(span.start, span.end))
        # 1. a speech verb right after the close mark
        after = []
        i = span.end
        while i < len(doc) and len(after) < 10:
            t = doc[i]
            if t.idx >= hi or (t.text in QUOTE_TOKENS and after and t.i != span.end) or "\n" in t.text:
                break
            o = self._mark_at(m.level, t.idx)
            if o is not None and o is not m and o.start > m.end and t.idx < o.end:
                break
            if t.dep_ == "cc" and after:
                break
            after.append(t)
            if t.text in {".", "!", "?"} and len(after) > 1 and t.i > span.end + 1:
                break
            i += 1
        window = doc[span.end:span.end + len(after)] if after else None
        unnamed: Token | None = None  # a speech verb whose speaker is no entity ("the aide said")
        for t in after:
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and t.i not in in_q:
                obj = next((g for g in doc[t.i + 1].children if g.dep_ == "pobj"), None)
                e = self.resolver.speaker(obj)
                if e is not None:
                    self._set(q, t, e, 0.8, "after")
                    q.cue = "according to"
                    return
            if self.is_cue(t) and t.i not in in_q:
                if t.i + 1 < len(doc) and doc[t.i + 1].text == ":":
                    break  # '"A." X said: "B."': the colon gives the cue to the quote after it
                e, conf = self.speaker_of(t, window)
                if e is not None:
                    self._set(q, t, e, conf, "after")
                    return
                unnamed = unnamed or t
        # 2. a speech verb that governs the quote, or 3. one before it in the sentence
        roots = [t for t in span if t.head.i not in in_q or t.head is t]
        ancestors: list[Token] = []
        seen: set[int] = set()
        for r in roots[:3]:
            for n, a in enumerate(r.ancestors):
                if n >= MAX_ANCESTORS:
                    break
                if a.i not in in_q and a.i not in seen and lo <= a.idx < hi:
                    seen.add(a.i)
                    ancestors.append(a)
        for a in ancestors:
            if self.is_cue(a):
                e, conf = self.speaker_of(a)
                if e is not None:
                    self._set(q, a, e, conf - 0.05, "governing")
                    return
        start = self.sent_start[span.start]
        j = span.start - 1
        while j >= 0 and j > span.start - 4 and (doc[j].is_punct or doc[j].text in QUOTE_TOKENS) and "\n" not in doc[j].text:
            j -= 1
        if j >= 0 and j < start and j < span.start - 1 and self.is_cue(doc[j]):
            start = self.sent_start[j]  # 'X said,"…': the parser began a sentence at the mark
        for k in range(span.start - 1, max(start, span.start - LOOK_BACK, 0) - 1, -1):
            t = doc[k]
            if t.idx < lo:
                break
            if self.is_cue(t):
                e, conf = self.speaker_of(t)
                if e is not None:
                    self._set(q, t, e, conf - 0.05, "before")
                    return
        for a in ancestors:
            if a.pos_ in {"VERB", "AUX"}:
                e, conf = self.speaker_of(a)
                if e is not None and self.index.entities[e].kind in {"PERSON", "ORG"}:
                    self._set(q, a, e, 0.6, "governing-verb")
                    q.cue = None
                    return
        if unnamed is not None:  # said by someone the article does not name
            q.cue, q.cue_span, q.rule = unnamed.lemma_.lower(), (unnamed.idx, unnamed.idx + len(unnamed.text)), "unnamed"

    def stands_alone(self, m: Marked) -> bool:
        """Whether a quote opens its sentence (or paragraph): only such a quote can be a
        speaker's further words without a verb of its own; one inside a sentence of the
        paper's ("a show called 'X'") is a title, a name or a phrase held at a distance."""
        text = self.text
        i = m.start - 1
        while i >= 0 and text[i] in "\"“‘'«„ \t\u00a0":
            i -= 1
        return i < 0 or text[i] in ".!?:;\n”\"'»—–-…)]" or i < self.headline_end

    def _set(self, q: Quotation, cue: Token, e: int, conf: float, rule: str) -> None:
        q.speaker, q.cue, q.confidence, q.rule = e, cue.lemma_.lower(), min(q.confidence, conf), rule
        q.cue_span = (cue.idx, cue.idx + len(cue.text))
        self.addressee_medium(cue, q)

    def salient_subject(self, span: Span) -> int | None:
        """The subject entity of the nearest sentence before (at most two back) that has one."""
        doc = self.doc
        line_start = self.text.rfind("\n", 0, span.start_char) + 1
        opens_paragraph = not self.text[line_start:span.start_char].strip(" \t\u00a0\"“‘'«„")
        k = bisect_right(self.sent_first, span.start)
        # the sentences that end before the quote, the last three of those after the headline
        while k and self.sents[k - 1][1] > span.start:
            k -= 1
        sents = []
        while k and len(sents) < 3:
            a, b = self.sents[k - 1]
            if doc[a].idx < self.headline_end:
                break
            sents.append(doc[a:b])
            k -= 1
        for s in sents:
            for t in s:
                if t.dep_ in {"nsubj"} and t.head.pos_ in {"VERB", "AUX"}:
                    e = self.resolver.entity(t)
                    kind = self.index.entities[e].kind if e is not None else None
                    if kind == "PERSON" or (kind == "ORG" and not opens_paragraph):
                        # a body's words: quoted from its letter inside a sentence about it,
                        # never a paragraph of speech with no verb
                        return e
        return None

    def about(self, start: int, end: int, speaker: int | None) -> list[int]:
        span = _char_span(self.doc, start, end)
        seen: dict[int, None] = {}
        for t in span or []:
            e = self.index.at(t.i)
            if e is not None and e != speaker:
                seen[e] = None
        return list(seen)

    # ------------------------------------------------------------ one quote in pieces
    def join_pieces(self, quotes: list[Quotation], kinds: frozenset[str] | None = None) -> list[Quotation]:
        """One quotation of the pieces a speaker's words are split into: each piece whose
        :meth:`split_kind` is one of ``kinds`` becomes a further span of the quote before it.
        Only quotes in double marks, next to each other (no quote between them), of one speaker
        (or one unnamed source)."""
        kinds = JOIN_KINDS if kinds is None else kinds
        if not kinds:
            return quotes
        level0 = [(m.start, m.end) for m in self.marked if m.level == 0]
        order = {span: i for i, span in enumerate(level0)}
        out: list[Quotation] = []
        head: Quotation | None = None
        last: Quotation | None = None

        def pos(q: Quotation) -> int:
            m = self.mark_of.get(id(q))
            return order.get((m.start, m.end), -9) if m is not None else -9

        for q in quotes:
            m = self.mark_of.get(id(q))
            # a piece: a quote in double marks, or (as the first piece only) a reported clause
            # ending in quoted words ('Still, sales are "up a bit," she said. "We hope …"')
            piece = m is not None and m.level == 0
            if piece and q.direct and head is not None and last is not None and who(q) is not None \
                    and who(q) == who(head) and pos(q) == pos(last) + 1 \
                    and self.split_kind(last, q) in kinds:
                head.parts.append(q.span)
                head.about += [e for e in q.about if e not in head.about]
                last = q
                continue
            out.append(q)
            if piece:
                head = last = q
        return out

    def split_kind(self, q1: Quotation, q2: Quotation) -> str | None:
        """How a quote goes on in the next one, when the second has no attribution of its own
        (its cue, if any, is the first one's):

        - ``comma``: the first one's attribution splits a sentence ('"A," she said, "b."');
        - ``sentence``: the second is the next sentence ('"A," she said. "B."');
        - ``paragraph-after``: the second is the whole next paragraph, after the first one's
          attribution ('"A," she said. / "B."');
        - ``paragraph-open``: the second is the whole next paragraph, and the first one's marks
          are left open at the end of its paragraph, as a quote of several paragraphs is
          written ('"A. / "B."');
        - ``paragraph``: the same with the first one's marks closed ('"A." / "B."').

        A second quote with a cue of its own ('"A," she said, adding "B."'), or an attribution
        of more than one sentence, splits nothing: ``None``."""
        text = self.text
        gap = text[q1.span[1]:q2.span[0]]
        if q2.cue_span is not None and q2.cue_span != q1.cue_span and q2.rule != "follow-on":
            return None
        after_cue = q1.cue_span is not None and q1.span[1] <= q1.cue_span[0] and q1.cue_span[1] <= q2.span[0]
        if "\n" in gap:
            if len(re.findall(r"\n\s*", gap)) != 1 or q2.rule != "follow-on":
                return None
            para_start = text.rfind("\n", 0, q2.span[0]) + 1
            para_end = text.find("\n", q2.span[1])
            para_end = len(text) if para_end < 0 else para_end
            if re.search(r"\w", text[para_start:q2.span[0]]) or re.search(r"\w", text[q2.span[1]:para_end]):
                return None  # the next paragraph says more than the quote
            if SPEAKER_LABEL.match(text[q2.span[0]:q2.span[1]]):
                return None  # a transcript: the next paragraph is another speaker's turn
            if not re.search(r"\w", gap):
                m1 = self.mark_of.get(id(q1))
                return "paragraph-open" if m1 is not None and not m1.closed else "paragraph"
            return "paragraph-after" if after_cue and self.bare_attribution(q1, gap.split("\n")[0]) else None
        if not after_cue or not re.search(r"\w", gap):
            return None
        if not (text[q1.span[0]:q1.span[1]].rstrip().endswith(tuple(",?!—–…-")) or gap.lstrip(QUOTE_MARKS).startswith(",")):
            return None
        if not self.bare_attribution(q1, gap, strict=False):
            return None
        inner = gap.rstrip(QUOTE_MARKS)
        if inner.endswith((",", ":", "—", "–")):
            return "comma"
        if inner.endswith((".", "!", "?")):
            return "sentence"
        return None

    def bare_attribution(self, q1: Quotation, gap: str, strict: bool = True) -> bool:
        """Whether the words after a quote only attribute it: one sentence at most, and, when
        ``strict``, nothing but its cue, the speaker and where or when ('," X, an aide to Y, said
        on Monday.'), no other verb and no conjunction. Within a paragraph a quote goes on after
        any one-sentence attribution ('"A," said X, who runs Y. "B."' is one quote, as news
        annotation counts it); across paragraphs only after a bare one."""
        start = q1.span[1]
        span = _char_span(self.doc, start, start + len(gap.rstrip()))
        if span is None:
            return False
        toks = [t for t in span if t.idx >= start and t.text not in QUOTE_TOKENS]
        ends = [t for t in toks if t.text in {".", "!", "?"}]
        if len(ends) > 1 or (ends and ends[0] is not toks[-1]):
            return False
        if not strict:
            return True
        return not any((t.pos_ in {"VERB", "AUX"} and t.idx != q1.cue_span[0]) or t.dep_ == "cc"
                       or t.pos_ in {"CCONJ", "SCONJ"} for t in toks)

    # ------------------------------------------------------------ reported speech
    def reported(self, direct: list[Quotation]) -> list[Quotation]:
        doc = self.doc
        out: list[Quotation] = []
        quoted = [(q.span[0], q.span[1]) for q in direct]
        spans = Intervals(quoted)
        by_start = sorted(range(len(direct)), key=lambda k: direct[k].span[0])
        starts = [direct[k].span[0] for k in by_start]
        sent_len = sentence_lengths(doc)
        for t in doc:
            if t.idx < self.headline_end or self._inside_quote(t.i) or sent_len[t.i] > MAX_SENTENCE:
                continue
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                q = self.according(t, quoted)
                if q is not None:
                    out.append(q)
                continue
            if t.lower_ == "in" and t.dep_ == "prep":
                q = self.in_source(t, quoted)
                if q is not None:
                    out.append(q)
                continue
            if not self.is_cue(t, cognition=True):
                continue
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                continue  # "to assert …": a purpose, not a report
            if t.lemma_.lower() in self.lex.intention_verbs:
                q = self.intention(t, quoted)
                if q is not None:
                    out.append(q)
                continue
            if t.lemma_.lower() in self.lex.evidence_verbs:
                q = self.evidence_object(t, quoted)
                if q is not None:
                    out.append(q)
                    continue
            if t.lemma_.lower() in self.lex.evidence_verbs and not (
                    t.dep_ != "relcl" and not self.reported_inside(t)
                    and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in t.children)
                    and any(c.dep_ == "ccomp" and c.i > t.i and not any(
                        g.dep_ == "mark" and g.lower_ in self.HYPOTHETICAL for g in c.children) for c in t.children)):
                continue  # "a survey shows that …", never "he showed up", "it shows …", "show whether"
            if self.lex.speech_verbs.get(t.lemma_.lower()) == "cognition" and self.reported_inside(t):
                continue  # "X said he believes …": the report around it is the attribution
            toks = self.complement(t)
            if not toks and self.lex.speech_verbs.get(t.lemma_.lower()) == "speech":
                q = self.intention(t, quoted)  # "X vowed to fight on", "X threatened to sue"
                if q is not None:
                    q.rule = "reported-speech"
                    out.append(q)
                continue
            if not toks or self.not_a_report(t, toks):
                continue
            toks = self.cut_embedded(t, toks)
            while toks and (toks[0].lower_ in {"that", ","} or toks[0].is_punct or toks[0].is_space):
                toks = toks[1:]
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks = toks[:-1]
            nominal = t.lemma_.lower() in self.object_verbs and not any(c.dep_ == "ccomp" for c in t.children)
            if len(toks) < (2 if nominal else 3) or not (nominal or any(x.pos_ in {"VERB", "AUX"} for x in toks)):
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            # quoted words inside the reported clause ("said the plan was 'a disaster' for
            # workers"): the clause is what was said, the marks only flag some of its words
            inner = [direct[k] for k in sorted(by_start[bisect_left(starts, s - 2):bisect_right(starts, e + 2)])
                     if direct[k].span[1] <= e + 2 and id(direct[k]) not in self.absorbed]
            mixed = inner and sum(1 for x in toks if x.is_alpha and not any(
                a <= x.idx < b for a, b in (q.span for q in inner))) >= MIXED_WORDS
            covered = spans.overlap(s, e)
            if not mixed and (covered > 0.3 * (e - s) or spans.contains(s, e)):
                continue
            speaker, conf = self.speaker_of(t)
            if mixed:
                self.absorbed |= {id(q) for q in inner}
                if speaker is None:
                    speaker, conf = inner[0].speaker, inner[0].confidence
            cls = self.lex.speech_verbs.get(t.lemma_.lower(), "speech")
            q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=t.lemma_.lower(),
                          cue_span=(t.idx, t.idx + len(t.text)),
                          confidence=round((conf or 0.4) * (0.8 if cls == "cognition" else 0.9), 2),
                          rule=f"reported-{cls}")
            self.addressee_medium(t, q)
            q.about = self.about(s, e, speaker)
            if mixed and id(inner[-1]) in self.mark_of:  # a quote may go on after it (join_pieces)
                self.mark_of[id(q)] = self.mark_of[id(inner[-1])]
            out.append(q)
        return out

    def cut_embedded(self, v: Token, toks: list[Token]) -> list[Token]:
        """A reported clause ends where a second attribution begins inside it: "X suggested
        that A, while Y said B", "voters said A, and officials said B". The second one is found
        on its own; a clause that is itself the complement of the inner cue ("X said Y told him
        A") stays whole, and so does one inside "according to" or "…, the paper reported",
        whose content is everything it frames."""
        if not toks:
            return toks
        first = toks[0].i
        own = {x.i for x in toks}
        cut = None
        for x in toks:
            if x.i <= first + 2 or x is v or not self.is_cue(x):
                continue
            marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
            if (x.dep_ == "conj" or (x.dep_ == "advcl" and marks & {"while", "whereas"})) and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"} for c in x.children):
                inner = x.left_edge
                if inner.i in own and inner.i > first + 2:
                    cut = inner.i
                    break
        if cut is None:
            return toks
        kept = [x for x in toks if x.i < cut]
        while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "mark"} or kept[-1].lower_ in {"while", "as", "whereas"}):
            kept = kept[:-1]
        return kept if sum(1 for x in kept if x.is_alpha) >= 3 else toks

    def reported_inside(self, v: Token) -> bool:
        """Whether a verb stands in the clause another cue reports ("X said he plans to …",
        "aides say they believe …")."""
        h = v
        while h.dep_ in {"ccomp", "conj", "xcomp"} and h.head is not h:
            h = h.head
            if self.is_cue(h, cognition=True):
                return True
        return False

    HYPOTHETICAL = {"would", "could", "might", "may", "should", "if", "unless", "whether"}

    def intention(self, v: Token, quoted: list[tuple[int, int]]) -> Quotation | None:
        """An aim stated of someone: "X plans to …", "X refused to …", "X declined to comment".
        Only an infinitive of a named or resolvable subject, never a hypothetical, negated or
        conditional one ("if X wants to …", "X would not want to …"), never words in quotes."""
        kids = list(v.children)
        if v.dep_ in {"relcl", "acl"} or (v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in kids)):
            return None  # "the reason he refused to …": a description, not an aim stated
        if any(c.dep_ in {"auxpass", "neg"} or (c.dep_ in {"aux", "mark"} and c.lower_ in self.HYPOTHETICAL)
               for c in kids):
            return None
        if any(a.lower_ in self.HYPOTHETICAL for h in [v, *v.ancestors][:3] for a in h.children
               if a.dep_ == "mark"):
            return None
        comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i and c.pos_ in {"VERB", "AUX"}
                     and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)), None)
        if comp is None:
            return None
        if self.reported_inside(v):
            return None  # "X said he plans to …": the report around it says it all
        subj = subject_of(v)
        if subj is None or subj.i > v.i or self._inside_quote(subj.i):
            return None
        toks = list(comp.subtree)
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if len(toks) < 2 or any(self.quoted[x.i] for x in toks):
            return None
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(a < e and s < b for a, b in quoted):
            return None
        speaker, conf = self.speaker_of(v)
        if speaker is None:
            return None
        q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=v.lemma_.lower(),
                      cue_span=(v.idx, v.idx + len(v.text)), confidence=round(conf * 0.7, 2),
                      rule="reported-intention")
        q.about = self.about(s, e, speaker)
        return q

    @staticmethod
    def not_a_report(v: Token, toks: list[Token]) -> bool:
        """Parses that look like a cue and its clause but are none: a question put to someone
        ("when asked whether …": the asker is not named), "That said, …", a clause after the
        inverted speaker ("said X, who co-wrote …"), and a clause before a verb that has an
        object of its own ("…: 42% call themselves …")."""
        kids = list(v.children)
        if v.lemma_ == "ask" and v.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids):
            return True
        nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
        if any(c.dep_ == "nsubj" and c.lower_ == "that" and c.i == v.i - 1 for c in kids) \
                and nxt is not None and nxt.text == ",":
            return True
        subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and v.i < subj.i < toks[0].i:
            return True
        if toks[-1].i < v.i and any(c.dep_ == "dobj" for c in kids):
            return True
        return False

    def complement(self, v: Token) -> list[Token]:
        """The reported clause of a cue verb: its clausal complement, or the parser's misreading
        "said [the letter] (dobj) [was released] (conj)" of a that-less complement; for a verb
        whose object is what was said, the object with its complement ("called him [a liar]")."""
        comps = [c for c in v.children if c.dep_ == "ccomp"]
        # "It was no accident — X told Y that …": the clause after the verb, if there is one
        comp = comps[0] if comps else None
        if comp is not None and comp.i < v.i and not any(self.quoted[x.i] for x in comp.subtree):
            comp = next((c for c in comps if c.i > v.i), comp)
        if comp is not None:
            return list(comp.subtree)
        if v.head is not v and v.head.pos_ in {"VERB", "AUX"} and (v.dep_ == "parataxis" or (
                v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children))):
            # a cue set off inside what was said: "The trouble, she writes, began early",
            # "As he noted, voters will look again": the clause around it, less the cue
            own = {x.i for x in v.subtree}
            return [x for x in v.head.subtree if x.i not in own]
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        conj = next((c for c in v.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None)
        if obj is not None and conj is not None and obj.i < conj.i \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children) \
                and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in conj.children):
            return list(v.doc[obj.left_edge.i:conj.right_edge.i + 1])
        if v.lemma_.lower() in self.object_verbs and v.tag_ != "VBN":
            parts = [c for c in v.children if c.i > v.i and (c.dep_ in OBJECT_PARTS or (
                c.dep_ == "prep" and c.lower_ in {"as", "for", "of"}))]
            if any(c.dep_ in {"dobj", "prep"} for c in parts) and not (
                    len(parts) == 1 and parts[0].pos_ == "PRON" and not list(parts[0].children)):
                toks = list(v.doc[min(c.left_edge.i for c in parts):max(c.right_edge.i for c in parts) + 1])
                # "called his city a 'zone' and the mayor of X, Y, termed …": an object with
                # quoted words ends with them
                last = max((x.i for x in toks if self.quoted[x.i]), default=None)
                if last is not None:
                    toks = [x for x in toks if x.i <= last + 1]
                return toks
        return []

    def source_noun(self, tok: Token | None, nouns: frozenset[str] | None = None) -> bool:
        """Whether a noun names a document or study of findings ("poll", "the exit polls", "a
        Census report"), or a group whose findings they are ("historians")."""
        nouns = self.lex.source_nouns if nouns is None else nouns
        if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        lemma = tok.lemma_.lower()
        if lemma in nouns:
            return True
        prev = tok.doc[tok.i - 1] if tok.i else None
        return prev is not None and f"{prev.lemma_.lower()} {lemma}" in nouns

    def evidence_object(self, v: Token, quoted: list[tuple[int, int]]) -> Quotation | None:
        """What a poll or study shows, as a noun phrase: "a new survey shows the mayor with a
        wide lead", "the records showed payments to the firm". The subject must be a source
        noun (a person who "found his keys" reports nothing); the content is what follows the
        verb in its clause."""
        if v.dep_ == "relcl" or v.tag_ == "VBN" or self.reported_inside(v):
            return None
        if any(c.dep_ == "ccomp" for c in v.children) or not any(c.dep_ == "dobj" and c.i > v.i for c in v.children):
            return None  # a that-clause is the general rule's
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > v.i or not self.source_noun(subj):
            return None
        if any(c.dep_ in {"neg", "aux"} and c.lower_ in self.HYPOTHETICAL | {"not", "n't", "never"}
               for c in v.children):
            return None
        toks = [x for x in v.doc[v.i + 1:v.right_edge.i + 1]]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if sum(1 for x in toks if x.is_alpha or x.like_num) < 2:
            return None
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(a < e and s < b for a, b in quoted):
            return None
        speaker = self.resolver.speaker(subj)
        q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=v.lemma_.lower(),
                      cue_span=(v.idx, v.idx + len(v.text)), confidence=0.6 if speaker is not None else 0.4,
                      rule="reported-evidence")
        q.about = self.about(s, e, speaker)
        return q

    def in_source(self, t: Token, quoted: list[tuple[int, int]]) -> Quotation | None:
        """A finding stated "in" a poll or study: "In the latest survey, the mayor leads by ten
        points" - the clause the phrase modifies, less the phrase."""
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        head = t.head
        if obj is None or not self.source_noun(obj, self.lex.finding_nouns) or head.pos_ not in {"VERB", "AUX"} or head.dep_ not in {"ROOT", "ccomp"}:
            return None
        phrase = {x.i for x in t.subtree}
        toks = [x for x in head.subtree if x.i not in phrase]
        toks = [x for x in toks if not (x.dep_ == "mark" and x.i < head.i)]
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if len(toks) < 3 or not any(x.dep_ in {"nsubj", "nsubjpass"} for x in toks):
            return None
        return self._sourced(toks, obj, quoted, "in", (t.idx, t.idx + len(t.text)), 0.6, "in-source")

    def _sourced(self, toks: list[Token], source: Token, quoted: list[tuple[int, int]], cue: str,
                 cue_span: tuple[int, int], confidence: float, rule: str) -> Quotation | None:
        """Reported content ``toks`` attributed to the source phrase headed by ``source``, unless
        it overlaps quoted words; a source that is no entity lowers the confidence to 0.4."""
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(a < e and s < b for a, b in quoted):
            return None
        speaker = self.resolver.speaker(source)
        q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=cue, cue_span=cue_span,
                      confidence=confidence if speaker is not None else 0.4, rule=rule)
        q.about = self.about(s, e, speaker)
        return q

    def according(self, t: Token, quoted: list[tuple[int, int]]) -> Quotation | None:
        doc = self.doc
        to = doc[t.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        phrase = sorted({t.i, to.i, *(x.i for x in obj.subtree)})
        sent = t.sent
        left = doc[sent.start:phrase[0]]
        right = doc[phrase[-1] + 1:sent.end]
        part = max((left, right), key=len)
        toks = [x for x in part if not (x.is_punct and x.text not in {"%"})]
        if len(toks) < 3:
            return None
        return self._sourced(toks, obj, quoted, "according to", (t.idx, to.idx + len(to.text)), 0.75,
                             "according-to")

    HEADLINE_SOURCE_WORDS = 6  # "Former Governor Ann Wu: …": a source before a headline's colon is short

    def headline_colon(self) -> Quotation | None:
        """A headline that gives someone's words after their name and a colon ("Wu: Taxes
        will fall", "Poll: Voters sour on the plan"). The part before the colon must begin with
        a person or organisation the parser names (a title may stand before it: "Senator Wu
        on trade: …") or end in a source noun ("Poll", "Historians"); the part after it must
        say something (a verb or quoted words) and be no question. A generic label ("The
        Latest: …") names nobody and is skipped; the speaker is the entity only when the body
        names it too."""
        doc, hl = self.doc, self.headline_end
        text = doc.text[:hl]
        colon = text.find(":")
        if colon <= 0 or not text[colon + 1:].strip():
            return None
        left = _char_span(doc, 0, colon)
        s = colon + 1 + (len(text[colon + 1:]) - len(text[colon + 1:].lstrip()))
        e = len(text.rstrip(" \t.;,\u00a0"))
        right = _char_span(doc, s, e)
        if left is None or right is None or e - s < 8 or text.rstrip().endswith("?"):
            return None
        words = [t for t in left if not t.is_punct]
        # the source's own phrase ends at its first preposition ("Wu on trade", "Wu to voters")
        head_words = []
        for t in words:
            if t.pos_ == "ADP" or t.lower_ in {"on", "to", "at"}:
                break
            head_words.append(t)
        if not head_words or len(head_words) > self.HEADLINE_SOURCE_WORDS:
            return None
        head_end = head_words[-1].i + 1
        named = [ent for ent in doc.ents if ent.label_ in {"PERSON", "ORG"} and ent.start >= left.start
                 and ent.end <= head_end and ent.start - left.start <= 3]
        named = named or [t for t in head_words if self.index.at(t.i) is not None
                          and self.index.entities[self.index.at(t.i)].kind in {"PERSON", "ORG"}]
        body = self.named_in_body(head_words)
        noun = head_words[-1].lemma_.lower() in self.lex.source_nouns
        if not named and not noun and body is None:
            return None
        # a headline capitalises every word, so its verbs are often read as names: three words
        # after the colon will do
        if sum(1 for t in right if t.is_alpha) < 3:
            return None
        speaker = None
        for t in head_words:
            ent = self.index.at(t.i)
            if ent is not None and self.index.entities[ent].kind in {"PERSON", "ORG"}:
                speaker = ent
                break
        if speaker is None:
            speaker = body
        q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=":", cue_span=(colon, colon + 1),
                      confidence=0.6 if speaker is not None else 0.4, rule="headline-colon")
        q.about = self.about(s, e, speaker)
        return q


    def named_in_body(self, words: list[Token]) -> int | None:
        """The person or organisation that the last words of a phrase name, by one of the names
        the article gives it ("Senator Ann Wu", "Wu"), when just one entity has that name; the
        parser often misreads the capitalised words of a headline."""
        for n in range(min(len(words), 4), 0, -1):
            k = entity_key(self.doc[words[-n].i:words[-1].i + 1].text)
            if not k:
                continue
            found = {i for i, ent in enumerate(self.index.entities) if ent.kind in {"PERSON", "ORG"} and (
                k in {entity_key(a) for a in {ent.name, *ent.aliases}}
                or (ent.kind == "PERSON" and n == 1 and entity_key(ent.name).split()[-1:] == [k]))}
            if len(found) == 1:
                return found.pop()
        return None


def extract(index: EntityIndex, resolver: Resolver, headline_end: int, marked: list[Marked]) -> list[Quotation]:
    finder = QuoteFinder(index, resolver, headline_end, marked)
    direct = finder.direct()
    reported = finder.reported(direct)
    direct = [q for q in direct if id(q) not in finder.absorbed]
    quoted = Intervals((m.start, m.end) for m in finder.marked)
    for q in direct + reported:
        source = unnamed_source(finder.doc, index, quoted, q)
        if isinstance(source, int):
            q.speaker = source  # the author of a report, poll or study
        else:
            q.source = source
    out = finder.join_pieces(sorted(direct + reported, key=lambda q: q.span))
    if headline_end:
        q = finder.headline_colon()
        if q is not None:
            out.insert(0, q)
    return one_each(out)


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


BLOCK = 512  # characters per block of one_each's index


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
