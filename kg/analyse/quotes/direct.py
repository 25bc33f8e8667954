"""Pass 3: direct quotes, one candidate per quoted span after the headline.

Each quoted span is attributed (:func:`.attribution.attribute`); a quote with no verb of its own
that opens its sentence goes on the previous quote's speaker (a follow-on) or, failing that, is
given to the subject of the sentences before. Scare quotes, titles and names in quotes, a few
words quoted inside a report, and a speaker's quote inside their own quote are left out.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

from ...records import Quotation
from .attribution import NOBODY, attribute
from .marks import Marked
from .scene import Candidate, How, Scene

SCARE_WORDS = 3  # quoted phrases this short count only when a speech verb attributes them
TITLE_WORDS = 6  # a quote inside a sentence needs more words than this to be taken as someone's words
FOLLOW_ON_CHARS = 600  # a follow-on quote starts within this many characters of the one before
# what ends the text before a quote that stands alone (besides the closing marks)
STANDS_AFTER = frozenset(".!?:;\n—–-…)]")


def direct(sc: Scene) -> list[Candidate]:
    text = sc.text
    out: list[Candidate] = []
    kept: dict[tuple[int, int], Quotation] = {}  # the quotes kept, by their marks
    last: Candidate | None = None
    for m in sc.marked:
        span = sc.span(m.start, m.end)
        if span is None or not span.text.strip():
            continue
        outer = None
        if m.level:
            o = sc.mark_at(0, m.start)
            outer = o if o is not None and m.end <= o.end else None
        confidence = sc.confidence["quote-closed" if m.closed else "quote-open"]
        att = attribute(sc, span, m, outer)
        how, speaker, cue, cue_span, addressing = How.NONE, None, None, None, NOBODY
        if att is not None:
            how, speaker, cue, cue_span, addressing = att.how, att.speaker, att.cue, att.cue_span, att.addressing
            if att.confidence is not None:
                confidence = min(confidence, att.confidence)
        alone = stands_alone(sc, m) or len(span) > TITLE_WORDS
        alone = alone and how is not How.UNNAMED  # "…," said an aide: not the last speaker
        follows = False
        if speaker is None and last is not None and m.level == 0 and alone \
                and m.start - last.quote.span[1] < FOLLOW_ON_CHARS and _goes_on(sc, last.quote, m):
            # the same speaker, named or not: never someone guessed
            speaker, cue, how = last.quote.speaker, last.quote.cue, How.FOLLOW_ON
            confidence = sc.confidence["follow-on"]
            follows = True
        if speaker is None and m.level == 0 and alone and not follows:
            e = salient_subject(sc, span)
            if e is not None:
                speaker, how, confidence = e, How.DISCOURSE, sc.confidence["discourse"]
        q = Quotation(span=(m.start, m.end), direct=True, speaker=speaker, cue=cue, cue_span=cue_span,
                      addressee=addressing.addressee, addressee_text=addressing.addressee_text,
                      medium=addressing.medium, medium_entity=addressing.medium_entity,
                      confidence=confidence, rule=how.value)
        if speaker is None:
            if m.level == 0 and cue is not None:
                last = Candidate(q, how, m)  # "…," an aide said: the quotes after it are the aide's, not a guess
            continue  # nobody said it: a title, a name, a phrase the paper puts in quotes
        words = len(text[m.start:m.end].split())
        if cue is None and words <= SCARE_WORDS:
            continue  # a word or two in quotes with no speech verb: a scare quote or a title
        if how in {How.GOVERNING, How.BEFORE} and words <= SCARE_WORDS \
                and not stands_alone(sc, m) and not said_as_such(sc, q, span):
            continue  # 'warned that sales had "cratered" in May': the report has the words
        if sc.is_title(text[m.start:m.end], 1 if stands_alone(sc, m) else 0):
            continue  # "on the show 'Meet the Voters'", "a book titled 'The Long Road'": a name
        if outer is not None and getattr(kept.get((outer.start, outer.end)), "speaker", -1) == speaker:
            continue  # words the speaker quotes inside their own quote are part of it
        q.about = sc.about(m.start, m.end, speaker)
        c = Candidate(q, how, m)
        out.append(c)
        if m.level == 0:
            last = c
            kept[(m.start, m.end)] = q
    return out


def _goes_on(sc: Scene, last: Quotation, m: Marked) -> bool:
    """Whether a quote without attribution goes on the previous one: the same or the next
    paragraph, and no other person named in between (names in the previous quote's own
    attribution, '"…," said X, an aide to Y. "…"', do not interrupt: only a name in a sentence
    of its own does)."""
    text = sc.text
    gap = sc.span(last.span[1], m.start)
    cue_sent = None
    if last.cue_span and last.span[1] <= last.cue_span[0] < m.start:
        cue_tok = sc.span(*last.cue_span)
        cue_sent = cue_tok[0].sent if cue_tok is not None and len(cue_tok) else None
    names = [sc.index.at(t.i) for t in gap or [] if cue_sent is None
             or not (cue_sent.start <= t.i < cue_sent.end)]
    breaks = len(re.findall(r"\n\s*", text[last.span[1]:m.start]))
    return not any(n is not None and n != last.speaker and sc.entity_kind(n) == "PERSON" for n in names) \
        and breaks <= 1 and m.start - last.span[1] < FOLLOW_ON_CHARS


def said_as_such(sc: Scene, q: Quotation, span: Span) -> bool:
    """Whether a few quoted words are themselves what the cue says: its object or its
    complement ('shouted "Go home"', 'called the plan "reckless"'), not a word or two quoted
    inside a clause it reports ('warned that sales had "cratered"')."""
    cue = sc.span(*q.cue_span) if q.cue_span else None
    if cue is None or not len(cue):
        return False
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    return any(r.head.i == cue[0].i or (q.cue in sc.lex.object_verbs and r.head.head.i == cue[0].i)
               for r in roots)


def stands_alone(sc: Scene, m: Marked) -> bool:
    """Whether a quote opens its sentence (or paragraph): only such a quote can be a
    speaker's further words without a verb of its own; one inside a sentence of the
    paper's ("a show called 'X'") is a title, a name or a phrase held at a distance."""
    text, marks = sc.text, sc.marks
    skip = marks.openers | {" ", "\t", "\u00a0"}
    # the closing marks, but the curly single one (an apostrophe far more often: "the mayors’")
    ends = STANDS_AFTER | (marks.characters - marks.openers - marks.single_close) \
        | {marks.double_straight, marks.single_straight}
    i = m.start - 1
    while i >= 0 and text[i] in skip:
        i -= 1
    return i < 0 or text[i] in ends or i < sc.headline_end


def salient_subject(sc: Scene, span: Span) -> int | None:
    """The subject entity of the nearest sentence before (at most two back) that has one."""
    doc, text = sc.doc, sc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    opens_paragraph = not text[line_start:span.start_char].strip("".join(sc.marks.openers | {" ", "\t", "\u00a0"}))
    k = bisect_right(sc.sent_first, span.start)
    # the sentences that end before the quote, the last three of those after the headline
    while k and sc.sents[k - 1][1] > span.start:
        k -= 1
    sents = []
    while k and len(sents) < 3:
        a, b = sc.sents[k - 1]
        if doc[a].idx < sc.headline_end:
            break
        sents.append(doc[a:b])
        k -= 1
    for s in sents:
        for t in s:
            if t.dep_ in {"nsubj"} and t.head.pos_ in {"VERB", "AUX"}:
                e = sc.resolver.entity(t)
                kind = sc.entity_kind(e)
                if kind == "PERSON" or (kind == "ORG" and not opens_paragraph):
                    # a body's words: quoted from its letter inside a sentence about it,
                    # never a paragraph of speech with no verb
                    return e
    return None
