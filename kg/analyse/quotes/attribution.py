"""Pass 2: who said a quote, by which verb, to whom and where.

:func:`attribute` tries, in order: a speech verb right after the quote (``"…," said X`` /
``"…," X said``), a speech verb governing the quote, a speech verb before it (``X said: "…"``),
any verb governing it, and last notes a speech verb whose speaker no entity names. It returns an
:class:`Attribution`, or None; the direct pass (:mod:`.direct`) builds the quotation from it.
:func:`speaker_of` finds the speaker of one cue verb; :func:`addressing` the addressee and the
medium of a cue.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ... import lexicons
from ..resolve import subject_of
from ..spans import children
from .marks import Marked
from .scene import How, Scene, near_start

LOOK_BACK = 200  # tokens before a quote searched for its attribution (the rules stay linear)
MAX_ANCESTORS = 64  # heads followed up from a quote's words


@dataclass(frozen=True)
class Addressing:
    """To whom and where a cue's words were said ("told the council", "in a statement")."""
    addressee: int | None = None
    addressee_text: str | None = None
    medium: str | None = None
    medium_entity: int | None = None


NOBODY = Addressing()


@dataclass(frozen=True)
class Attribution:
    how: How
    cue: str | None  # the cue's lemma ("say"), or the phrase ("according to")
    cue_span: tuple[int, int]
    speaker: int | None = None
    confidence: float | None = None  # at most this (None: the quote's own)
    addressing: Addressing = NOBODY


def adjacent_speaker(sc: Scene, cue: Token, outer: Marked | None) -> int | None:
    """A name standing right before the verb ("…, Anna Berg, called"): the parser often
    attaches it elsewhere in long appositive sentences."""
    doc = sc.doc
    i = cue.i - 1
    while i >= 0 and doc[i].dep_ in {"advmod", "aux", "neg"} and doc[i].i > cue.i - 3:
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or sc.index.at(i) is None or sc.inside_quote(i, outer):
        return None
    # the whole noun phrase that ends there: "X, a spokesman for Y, told" is X; a name
    # inside an object ("rescinded his support for Y, saying") is nobody's subject
    top = doc[i]
    while top.dep_ in {"pobj", "prep", "compound", "flat"} or (top.dep_ == "appos" and top.pos_ == "NOUN"):
        if top.head == top or top.head.i >= cue.i:
            break
        top = top.head
    if top.pos_ not in {"PROPN", "NOUN"} or top.dep_ in {"pobj", "dobj", "dative", "attr", "poss", "oprd"}:
        return None
    e = sc.resolver.speaker(top)
    if e is not None and sc.entity_kind(e) in {"PERSON", "ORG"}:
        return e
    return None


def speaker_of(sc: Scene, cue: Token, window: Span | None = None, depth: int = 0,
               outer: Marked | None = None) -> tuple[int | None, float]:
    """The speaker of a cue verb and the confidence of the reading."""
    if window is not None or depth or outer is not None:
        return _speaker_of(sc, cue, window, depth, outer)
    # the same cue is asked about by every quote near it: once each
    if cue.i not in sc.speakers:
        sc.speakers[cue.i] = _speaker_of(sc, cue, None, 0, None)
    return sc.speakers[cue.i]


def _speaker_of(sc: Scene, cue: Token, window: Span | None, depth: int,
                outer: Marked | None) -> tuple[int | None, float]:
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and cue.head.dep_ == "dobj" \
            and cue.head.head.pos_ == "VERB" and depth < 4:
        # "X issued a statement saying …": who issued it
        e, conf = speaker_of(sc, cue.head.head, None, depth + 1, outer)
        if e is not None:
            return e, conf
    near = adjacent_speaker(sc, cue, outer)
    if cue.dep_ == "conj" and depth < 4 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(cue)):
        if near is not None and near_start(sc.doc, cue) > cue.head.i:
            return near, sc.confidence["speaker-adjacent"]  # "It was no accident — X, an aide, told …": X, not "it"
        e, conf = speaker_of(sc, cue.head, None, depth + 1, outer)
        if e is not None:
            return e, conf
    subj = subject_of(cue)
    if near is not None and (subj is None or abs(subj.i - cue.i) > 8) \
            and not named_subject_with_apposition(sc, subj, cue):
        return near, sc.confidence["speaker-adjacent"]
    if subj is not None and not sc.inside_quote(subj.i, outer):
        e = sc.resolver.speaker(subj)
        if e is not None:
            pron = subj.pos_ == "PRON"
            return e, sc.confidence["speaker-pronoun" if pron else "speaker-named"]
    if window is not None and (subj is None or subj.i > cue.i):
        # inverted "said Attorney General X": first name after the cue (not when the
        # subject before it is someone unnamed: "the candidate told CBS")
        for t in window:
            if cue.i < t.i <= cue.i + 4:
                e = sc.index.at(t.i)
                if e is not None and sc.entity_kind(e) in {"PERSON", "ORG"}:
                    return e, sc.confidence["speaker-inverted"]
    return None, 0.0


def named_subject_with_apposition(sc: Scene, subj: Token | None, cue: Token) -> bool:
    """A named person as the subject, with a long apposition that ends right before the cue
    ("X, the editor of the Y daily, Z, said"): the subject speaks, not the name nearest the cue."""
    if subj is None or subj.i > cue.i:
        return False
    e = sc.index.at(subj.i)
    if e is None or sc.entity_kind(e) != "PERSON":
        return False
    k = cue.i - 1
    while k > subj.i and sc.doc[k].is_punct:
        k -= 1
    return subj.right_edge.i >= k and any(c.dep_ == "appos" for c in subj.children)


def addressing(sc: Scene, cue: Token) -> Addressing:
    """The addressee ("told the council", "said to reporters") and the medium ("in a
    statement", "on Fox News") of a cue's words."""
    w = sc.words
    addressee = addressee_text = medium = medium_entity = None
    # "said X said in a statement": the repeated verb carries the phrases too
    kids = children(cue) + [g for c in children(cue) if c.lemma_ == cue.lemma_ and c.dep_ in {"ccomp", "conj"}
                                 for g in children(c)]
    for c in kids:
        if cue.lemma_ in w["addressee_object_verbs"] and c.dep_ in {"dobj", "dative", "iobj"}:
            addressee, addressee_text = sc.resolver.entity(c), sc.phrase(c)
        elif c.dep_ == "prep" and c.lower_ in w["addressee_prepositions"] and cue.lemma_ in w["addressee_to_verbs"]:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                addressee, addressee_text = sc.resolver.entity(obj), sc.phrase(obj)
        elif c.dep_ == "prep" and c.lower_ in w["medium_prepositions"]:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            ent = sc.index.at(obj.i)
            if obj.lemma_.lower() in w["medium_nouns"] or sc.entity_kind(ent) == "ORG":
                medium, medium_entity = sc.phrase(c, stop_at_prep=True), ent
                for g in obj.children:  # "in a statement to the council"
                    if g.dep_ == "prep" and g.lower_ in w["addressee_prepositions"] and addressee_text is None:
                        o2 = next((x for x in g.children if x.dep_ == "pobj"), None)
                        if o2 is not None:
                            addressee, addressee_text = sc.resolver.entity(o2), sc.phrase(o2)
    return Addressing(addressee, addressee_text, medium, medium_entity)


def _said(sc: Scene, cue: Token, speaker: int, confidence: float, how: How) -> Attribution:
    return Attribution(how, cue.lemma_.lower(), (cue.idx, cue.idx + len(cue.text)), speaker, confidence,
                       addressing(sc, cue))


def attribute(sc: Scene, span: Span, m: Marked, outer: Marked | None) -> Attribution | None:
    """Who said the words of ``span`` (read from the mark ``m``, inside ``outer`` when it is a
    quote inside a quote)."""
    doc = sc.doc
    quote_tokens = sc.marks.double_tokens
    lo, hi = (outer.start, outer.end) if outer else (0, len(sc.text))
    in_q = set(range(span.start, span.end))
    # 1. a speech verb right after the close mark
    after = []
    i = span.end
    while i < len(doc) and len(after) < 10:
        t = doc[i]
        if t.idx >= hi or (t.text in quote_tokens and after and t.i != span.end) or "\n" in t.text:
            break
        o = sc.mark_at(m.level, t.idx)
        if o is not None and o is not m and o.start > m.end and t.idx < o.end:
            break
        if t.dep_ == "cc" and after:
            break
        after.append(t)
        if t.text in lexicons.load().words["sentence_end_marks"] and len(after) > 1 and t.i > span.end + 1:
            break
        i += 1
    window = doc[span.end:span.end + len(after)] if after else None
    unnamed: Token | None = None  # a speech verb whose speaker is no entity ("the aide said")
    according, according_to = sc.words["according_words"], sc.words["according_prepositions"]
    for t in after:
        if t.lower_ in according and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in according_to and t.i not in in_q:
            obj = next((g for g in doc[t.i + 1].children if g.dep_ == "pobj"), None)
            e = sc.resolver.speaker(obj)
            if e is not None:
                return Attribution(How.AFTER, "according to", (t.idx, t.idx + len(t.text)), e,
                                   sc.confidence["according-after"], addressing(sc, t))
        if sc.is_cue(t) and t.i not in in_q:
            if t.i + 1 < len(doc) and doc[t.i + 1].text == ":":
                break  # '"A." X said: "B."': the colon gives the cue to the quote after it
            e, conf = speaker_of(sc, t, window, outer=outer)
            if e is not None:
                return _said(sc, t, e, conf, How.AFTER)
            unnamed = unnamed or t
    # 2. a speech verb that governs the quote, or 3. one before it in the sentence
    roots = [t for t in span if t.head.i not in in_q or t.head == t]
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
        if sc.is_cue(a):
            e, conf = speaker_of(sc, a, outer=outer)
            if e is not None:
                return _said(sc, a, e, conf - sc.confidence["cue-distance-step"], How.GOVERNING)
    start = sc.sent_start[span.start]
    j = span.start - 1
    while j >= 0 and j > span.start - 4 and (doc[j].is_punct or doc[j].text in quote_tokens) \
            and "\n" not in doc[j].text:
        j -= 1
    if j >= 0 and j < start and j < span.start - 1 and sc.is_cue(doc[j]):
        start = sc.sent_start[j]  # 'X said,"…': the parser began a sentence at the mark
    for k in range(span.start - 1, max(start, span.start - LOOK_BACK, 0) - 1, -1):
        t = doc[k]
        if t.idx < lo:
            break
        if sc.is_cue(t):
            e, conf = speaker_of(sc, t, outer=outer)
            if e is not None:
                return _said(sc, t, e, conf - sc.confidence["cue-distance-step"], How.BEFORE)
    for a in ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            e, conf = speaker_of(sc, a, outer=outer)
            if e is not None and sc.entity_kind(e) in {"PERSON", "ORG"}:
                att = _said(sc, a, e, sc.confidence["governing-verb"], How.GOVERNING_VERB)
                return Attribution(att.how, None, att.cue_span, e, att.confidence, att.addressing)  # a verb, no cue
    if unnamed is not None:  # said by someone the article does not name
        return Attribution(How.UNNAMED, unnamed.lemma_.lower(), (unnamed.idx, unnamed.idx + len(unnamed.text)))
    return None
