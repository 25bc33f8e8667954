"""Pass 4: reported speech, one candidate per cue verb with a reported clause ("X said that …"),
and the sourced forms of :mod:`.sourced`.

A reported clause that holds quoted words with enough words of its own around them
("said the plan was 'a disaster' for workers") replaces those direct quotes: :func:`reported`
returns which ones (by their place in the list of direct candidates) beside the candidates.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Mapping

from spacy.tokens import Token

from ...records import Quotation
from ..spans import Intervals, sentence_lengths
from .attribution import addressing, speaker_of
from .scene import Candidate, How, Scene
from .sourced import according, evidence_object, in_source, intention, reported_inside

MIXED_WORDS = 2  # a reported clause with this many words outside its quoted part replaces it
# a "sentence" longer than this (a list, a table, a run of quote marks the parser never ends) is
# not read for reported speech: each cue's clause is part of its sentence, so this bounds the work
MAX_SENTENCE = 300
OBJECT_PARTS = frozenset({"dobj", "oprd", "xcomp", "dative", "ccomp"})


def reported(sc: Scene, direct: list[Candidate]) -> tuple[list[Candidate], frozenset[int]]:
    """The reported candidates, and the direct ones (by position in ``direct``) that a reported
    clause around them replaces."""
    doc, lex, w = sc.doc, sc.lex, sc.words
    out: list[Candidate] = []
    absorbed: set[int] = set()
    quoted = [(c.quote.span[0], c.quote.span[1]) for c in direct]
    spans = Intervals(quoted)
    by_start = sorted(range(len(direct)), key=lambda k: direct[k].quote.span[0])
    starts = [direct[k].quote.span[0] for k in by_start]
    sent_len = sentence_lengths(doc)
    according_words, according_to = w["according_words"], w["according_prepositions"]
    in_source_words, infinitive = w["source_prepositions"], w["infinitive_markers"]

    def add(q: Quotation | None) -> bool:
        if q is not None:
            out.append(Candidate(q, How.REPORTED))
        return q is not None

    for t in doc:
        if t.idx < sc.headline_end or sc.inside_quote(t.i) or sent_len[t.i] > MAX_SENTENCE:
            continue
        if t.lower_ in according_words and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in according_to:
            add(according(sc, t, quoted))
            continue
        if t.lower_ in in_source_words and t.dep_ == "prep":
            add(in_source(sc, t, quoted))
            continue
        if not sc.is_cue(t, cognition=True):
            continue
        if any(c.dep_ == "aux" and c.lower_ in infinitive for c in t.children):
            continue  # "to assert …": a purpose, not a report
        lemma = t.lemma_.lower()
        if lemma in lex.intention_verbs:
            add(intention(sc, t, quoted))
            continue
        if lemma in lex.evidence_verbs and add(evidence_object(sc, t, quoted)):
            continue
        if lemma in lex.evidence_verbs and not (
                t.dep_ != "relcl" and not reported_inside(sc, t)
                and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in t.children)
                and any(c.dep_ == "ccomp" and c.i > t.i and not any(
                    g.dep_ == "mark" and g.lower_ in w["hypothetical_markers"] for g in c.children)
                    for c in t.children)):
            continue  # "a survey shows that …", never "he showed up", "it shows …", "show whether"
        if lex.speech_verbs.get(lemma) == "cognition" and reported_inside(sc, t):
            continue  # "X said he believes …": the report around it is the attribution
        toks = complement(sc, t)
        if not toks and lex.speech_verbs.get(lemma) == "speech":
            add(intention(sc, t, quoted, rule="reported-speech"))  # "X vowed to fight on", "X threatened to sue"
            continue
        if not toks or not_a_report(t, toks, w):
            continue
        toks = cut_embedded(sc, t, toks)
        while toks and (toks[0].lower_ in w["report_openers"] or toks[0].is_punct or toks[0].is_space):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        nominal = lemma in lex.object_verbs and not any(c.dep_ == "ccomp" for c in t.children)
        if len(toks) < (2 if nominal else 3) or not (nominal or any(x.pos_ in {"VERB", "AUX"} for x in toks)):
            continue
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # quoted words inside the reported clause ("said the plan was 'a disaster' for
        # workers"): the clause is what was said, the marks only flag some of its words
        inner = [k for k in sorted(by_start[bisect_left(starts, s - 2):bisect_right(starts, e + 2)])
                 if direct[k].quote.span[1] <= e + 2 and k not in absorbed]
        mixed = inner and sum(1 for x in toks if x.is_alpha and not any(
            a <= x.idx < b for a, b in (direct[k].quote.span for k in inner))) >= MIXED_WORDS
        covered = spans.overlap(s, e)
        if not mixed and (covered > 0.3 * (e - s) or spans.contains(s, e)):
            continue
        speaker, conf = speaker_of(sc, t)
        if mixed:
            absorbed.update(inner)
            if speaker is None:
                speaker, conf = direct[inner[0]].quote.speaker, direct[inner[0]].quote.confidence
        cls = lex.speech_verbs.get(lemma, "speech")
        ad = addressing(sc, t)
        q = Quotation(span=(s, e), direct=False, speaker=speaker, cue=lemma, cue_span=(t.idx, t.idx + len(t.text)),
                      addressee=ad.addressee, addressee_text=ad.addressee_text, medium=ad.medium,
                      medium_entity=ad.medium_entity,
                      confidence=round((conf or sc.confidence["unsourced"]) * sc.confidence[
                          "reported-cognition-factor" if cls == "cognition" else "reported-factor"], 2),
                      rule=f"reported-{cls}", about=sc.about(s, e, speaker))
        # a quote may go on after it (join_pieces): it has the marks of its last quoted words
        out.append(Candidate(q, How.REPORTED, direct[inner[-1]].mark if mixed else None))
    return out, frozenset(absorbed)


def cut_embedded(sc: Scene, v: Token, toks: list[Token]) -> list[Token]:
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
        if x.i <= first + 2 or x is v or not sc.is_cue(x):
            continue
        marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
        if (x.dep_ == "conj" or (x.dep_ == "advcl" and marks & sc.words["contrast_markers"])) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"} for c in x.children):
            inner = x.left_edge
            if inner.i in own and inner.i > first + 2:
                cut = inner.i
                break
    if cut is None:
        return toks
    kept = [x for x in toks if x.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in {"cc", "mark"}
                    or kept[-1].lower_ in sc.words["clause_link_words"]):
        kept = kept[:-1]
    return kept if sum(1 for x in kept if x.is_alpha) >= 3 else toks


def not_a_report(v: Token, toks: list[Token], words: Mapping[str, frozenset[str]]) -> bool:
    """Parses that look like a cue and its clause but are none: a question put to someone
    ("when asked whether …": the asker is not named), "That said, …", a clause after the
    inverted speaker ("said X, who co-wrote …"), and a clause before a verb that has an
    object of its own ("…: 42% call themselves …")."""
    kids = list(v.children)
    if v.lemma_ in words["ask_verbs"] and v.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids):
        return True
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if any(c.dep_ == "nsubj" and c.lower_ in words["clause_demonstratives"] and c.i == v.i - 1 for c in kids) \
            and nxt is not None and nxt.text == ",":
        return True
    subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and v.i < subj.i < toks[0].i:
        return True
    if toks[-1].i < v.i and any(c.dep_ == "dobj" for c in kids):
        return True
    return False


def complement(sc: Scene, v: Token) -> list[Token]:
    """The reported clause of a cue verb: its clausal complement, or the parser's misreading
    "said [the letter] (dobj) [was released] (conj)" of a that-less complement; for a verb
    whose object is what was said, the object with its complement ("called him [a liar]")."""
    comps = [c for c in v.children if c.dep_ == "ccomp"]
    # "It was no accident — X told Y that …": the clause after the verb, if there is one
    comp = comps[0] if comps else None
    if comp is not None and comp.i < v.i and not any(sc.quoted[x.i] for x in comp.subtree):
        comp = next((c for c in comps if c.i > v.i), comp)
    if comp is not None:
        return list(comp.subtree)
    if v.head != v and v.head.pos_ in {"VERB", "AUX"} and (v.dep_ == "parataxis" or (
            v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sc.words["comment_clause_marks"]
                                      for c in v.children))):
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
    if v.lemma_.lower() in sc.lex.object_verbs and v.tag_ != "VBN":
        parts = [c for c in v.children if c.i > v.i and (c.dep_ in OBJECT_PARTS or (
            c.dep_ == "prep" and c.lower_ in sc.words["object_prepositions"]))]
        if any(c.dep_ in {"dobj", "prep"} for c in parts) and not (
                len(parts) == 1 and parts[0].pos_ == "PRON" and not list(parts[0].children)):
            toks = list(v.doc[min(c.left_edge.i for c in parts):max(c.right_edge.i for c in parts) + 1])
            # "called his city a 'zone' and the mayor of X, Y, termed …": an object with
            # quoted words ends with them
            last = max((x.i for x in toks if sc.quoted[x.i]), default=None)
            if last is not None:
                toks = [x for x in toks if x.i <= last + 1]
            return toks
    return []
