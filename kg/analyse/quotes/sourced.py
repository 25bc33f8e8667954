"""Reported content with a source other than a clause of speech: an aim stated ("X plans to …"),
what a poll or study shows, a finding "in" a survey, and "according to" a source."""
from __future__ import annotations

from spacy.tokens import Token

from ...records import Quotation
from ..resolve import subject_of
from .attribution import speaker_of
from .scene import Scene

Spans = list[tuple[int, int]]


def reported_inside(sc: Scene, v: Token) -> bool:
    """Whether a verb stands in the clause another cue reports ("X said he plans to …",
    "aides say they believe …")."""
    h = v
    while h.dep_ in {"ccomp", "conj", "xcomp"} and h.head != h:
        h = h.head
        if sc.is_cue(h, cognition=True):
            return True
    return False


def _overlaps(s: int, e: int, quoted: Spans) -> bool:
    return any(a < e and s < b for a, b in quoted)


def intention(sc: Scene, v: Token, quoted: Spans, rule: str = "reported-intention") -> Quotation | None:
    """An aim stated of someone: "X plans to …", "X refused to …", "X declined to comment".
    Only an infinitive of a named or resolvable subject, never a hypothetical, negated or
    conditional one ("if X wants to …", "X would not want to …"), never words in quotes."""
    hypothetical = sc.words["hypothetical_markers"]
    kids = list(v.children)
    if v.dep_ in {"relcl", "acl"} or (v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in kids)):
        return None  # "the reason he refused to …": a description, not an aim stated
    if any(c.dep_ in {"auxpass", "neg"} or (c.dep_ in {"aux", "mark"} and c.lower_ in hypothetical)
           for c in kids):
        return None
    if any(a.lower_ in hypothetical for h in [v, *v.ancestors][:3] for a in h.children
           if a.dep_ == "mark"):
        return None
    comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i and c.pos_ in {"VERB", "AUX"}
                 and any(g.dep_ == "aux" and g.lower_ in sc.words["infinitive_markers"] and g.i == c.left_edge.i
                         for g in c.children)), None)
    if comp is None:
        return None
    if reported_inside(sc, v):
        return None  # "X said he plans to …": the report around it says it all
    subj = subject_of(v)
    if subj is None or subj.i > v.i or sc.inside_quote(subj.i):
        return None
    toks = list(comp.subtree)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if len(toks) < 2 or any(sc.quoted[x.i] for x in toks):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if _overlaps(s, e, quoted):
        return None
    speaker, conf = speaker_of(sc, v)
    if speaker is None:
        return None
    return Quotation(span=(s, e), direct=False, speaker=speaker, cue=v.lemma_.lower(),
                     cue_span=(v.idx, v.idx + len(v.text)),
                     confidence=round(conf * sc.confidence["intention-factor"], 2), rule=rule,
                     about=sc.about(s, e, speaker))


def source_noun(sc: Scene, tok: Token | None, nouns: frozenset[str] | None = None) -> bool:
    """Whether a noun names a document or study of findings ("poll", "the exit polls", "a
    Census report"), or a group whose findings they are ("historians")."""
    nouns = sc.lex.source_nouns if nouns is None else nouns
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = tok.lemma_.lower()
    if lemma in nouns:
        return True
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and f"{prev.lemma_.lower()} {lemma}" in nouns


def evidence_object(sc: Scene, v: Token, quoted: Spans) -> Quotation | None:
    """What a poll or study shows, as a noun phrase: "a new survey shows the mayor with a
    wide lead", "the records showed payments to the firm". The subject must be a source
    noun (a person who "found his keys" reports nothing); the content is what follows the
    verb in its clause."""
    if v.dep_ == "relcl" or v.tag_ == "VBN" or reported_inside(sc, v):
        return None
    if any(c.dep_ == "ccomp" for c in v.children) or not any(c.dep_ == "dobj" and c.i > v.i for c in v.children):
        return None  # a that-clause is the general rule's
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > v.i or not source_noun(sc, subj):
        return None
    if any(c.dep_ in {"neg", "aux"} and c.lower_ in sc.words["hypothetical_markers"] | sc.words["negations"]
           for c in v.children):
        return None
    toks = [x for x in v.doc[v.i + 1:v.right_edge.i + 1]]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if sum(1 for x in toks if x.is_alpha or x.like_num) < 2:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if _overlaps(s, e, quoted):
        return None
    speaker = sc.resolver.speaker(subj)
    return Quotation(span=(s, e), direct=False, speaker=speaker, cue=v.lemma_.lower(),
                     cue_span=(v.idx, v.idx + len(v.text)),
                     confidence=sc.confidence["reported-evidence" if speaker is not None else "unsourced"],
                     rule="reported-evidence", about=sc.about(s, e, speaker))


def in_source(sc: Scene, t: Token, quoted: Spans) -> Quotation | None:
    """A finding stated "in" a poll or study: "In the latest survey, the mayor leads by ten
    points" - the clause the phrase modifies, less the phrase."""
    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
    head = t.head
    if obj is None or not source_noun(sc, obj, sc.lex.finding_nouns) or head.pos_ not in {"VERB", "AUX"} \
            or head.dep_ not in {"ROOT", "ccomp"}:
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
    return _sourced(sc, toks, obj, quoted, "in", (t.idx, t.idx + len(t.text)), "in-source")


def according(sc: Scene, t: Token, quoted: Spans) -> Quotation | None:
    """What a sentence says "according to" a source: the longer side of the sentence."""
    doc = sc.doc
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
    return _sourced(sc, toks, obj, quoted, "according to", (t.idx, to.idx + len(to.text)), "according-to")


def _sourced(sc: Scene, toks: list[Token], source: Token, quoted: Spans, cue: str,
             cue_span: tuple[int, int], rule: str) -> Quotation | None:
    """Reported content ``toks`` attributed to the source phrase headed by ``source``, unless
    it overlaps quoted words, with the confidence of ``rule`` (rules.tsv), or the lower one of a
    source that is no entity."""
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if _overlaps(s, e, quoted):
        return None
    speaker = sc.resolver.speaker(source)
    return Quotation(span=(s, e), direct=False, speaker=speaker, cue=cue, cue_span=cue_span,
                     confidence=sc.confidence[rule if speaker is not None else "unsourced"], rule=rule,
                     about=sc.about(s, e, speaker))
