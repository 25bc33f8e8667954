"""Speakers no name gives: a source the article describes ("aides said", "according to a
senior official", "police said"), and the author a report or poll names ("according to a poll by
X"). The quote rules (:mod:`kg.analyse.quotes`) call :func:`unnamed_source` for each quotation
they could not give a speaker; :func:`unnamed_speakers` then makes one article-local entity for
each description.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .. import lexicons
from ..records import Entity, Quotation, UnnamedSource
from .entities import EntityIndex
from .resolve import subject_of
from .spans import Intervals

# the word sets of words.tsv this module reads: source_quantifiers (words before a source's noun
# that describe no one: "some aides"), part_nouns ("a majority of voters", "26 percent of X")
SOURCE_WORDS = 10  # an unnamed source's words beyond this keep only the noun and its modifiers


def unnamed_source(doc: Doc, index: EntityIndex, quoted: Intervals,
                   q: Quotation) -> UnnamedSource | int | None:
    """The words for a speaker that is no entity: the subject of the cue ("Aides said", "said
    a senior official"), or the object of "according to", when its noun is one of
    speaker_nouns.tsv and no entity stands there. Relative clauses, appositions and
    conjuncts are left out ("analysts, who …" is "analysts"), and so are determiners and
    quantifiers ("some of the", "many"). A report, poll or study that names its author gives
    the author (an entity index) instead. ``quoted``: the spans between quote marks, where no
    source stands."""
    if q.speaker is not None or q.cue_span is None:
        return None
    span = doc.char_span(*q.cue_span, alignment_mode="expand")
    if span is None:
        return None
    cue = span[0]
    if cue.lower_ in lexicons.load().words["according_words"] and cue.i + 1 < len(doc):
        src = next((c for c in doc[cue.i + 1].children if c.dep_ == "pobj"), None)
    else:
        src = subject_of(cue)
    if src is None or src.pos_ != "NOUN" or index.at(src.i) is not None \
            or quoted.covers(src.idx):
        return None
    author = author_of(index, src)
    if author is not None:
        return author
    words = lexicons.load().words
    kind = speaker_kind(src)
    if kind is None and src.lemma_.lower() in words["part_nouns"]:  # "a majority of voters", "26 percent of X"
        of = next((c for c in src.children if c.dep_ == "prep" and c.lower_ in words["part_prepositions"]), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.tag_ in {"NNS", "NNPS"} and (obj.tag_ == "NNPS" or speaker_kind(obj)):
            kind = "person"
    if kind is None:
        return None
    left, right = src.i, src.i
    for c in src.children:
        if c.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"}:
            continue
        left, right = min(left, c.left_edge.i), max(right, c.right_edge.i)
    whole = right
    for c in src.children:  # "officials in the city", "the head of X's delegation"
        if c.dep_ == "prep" and c.i == whole + 1:
            whole = c.right_edge.i
    if whole - left < SOURCE_WORDS and not any(t.is_punct for t in doc[right + 1:whole + 1]):
        right = whole
    toks = list(doc[left:right + 1])
    breaks = [k for k, t in enumerate(toks) if "\n" in t.text and t.i < src.i]
    if breaks:  # a headline or paragraph the parser ran into the sentence
        toks = toks[breaks[-1] + 1:]
    while toks and toks[0] != src and (toks[0].dep_ in {"det", "predet", "cc", "preconj", "punct"}
                                           or toks[0].lower_ in words["source_quantifiers"]):
        toks = toks[1:]
    if not toks:
        return None
    name = doc[toks[0].i:toks[-1].i + 1].text
    if toks[0].is_sent_start and toks[0].pos_ != "PROPN":
        name = name[:1].lower() + name[1:]  # "Aides said": the capital is the sentence's
    return UnnamedSource((toks[0].idx, toks[-1].idx + len(toks[-1].text)), name,
                         "PERSON" if kind == "person" else "ORG")


def speaker_kind(tok: Token) -> str | None:
    """"person" or "group" for a noun that can name a speaker it does not identify."""
    low = tok.lemma_.lower()
    lex = lexicons.load()
    kind = lex.speaker_nouns.get(low)
    if kind is None and (low in lex.titles or low in lex.person_nouns):
        kind = "person"  # "a Democratic senator said"
    return kind

def author_of(index: EntityIndex, src: Token, depth: int = 0) -> int | None:
    """Who a document that states something is by: the person or organisation that a
    report, poll or study names as its author ("the F.A.A.'s records", "a poll by X", "a
    study released by X", "X's polling average")."""
    if src.lemma_.lower() not in lexicons.load().source_nouns or depth > 2:
        return None
    for c in src.children:
        if c.dep_ in {"poss", "compound", "nmod"}:
            e = index.at(c.i)
            if e is not None and index.entities[e].kind in {"PERSON", "ORG"}:
                return e
    genitive = lexicons.load().words["genitive_prepositions"]
    for c in src.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in lexicons.load().words["author_prepositions"] else \
            [g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" else []
        for p in preps:
            for obj in p.children:
                e = index.at(obj.i) if obj.dep_ == "pobj" else None
                if e is not None and index.entities[e].kind in {"PERSON", "ORG"}:
                    return e
                if obj.dep_ == "pobj" and p.lower_ in genitive:  # "an average of polls by X"
                    e = author_of(index, obj, depth + 1)
                    if e is not None:
                        return e
    return None


def unnamed_speakers(entities: list[Entity], quotations: list[Quotation]) -> tuple[list[Entity], list[Quotation]]:
    """Speakers for quotations that have an unnamed source: one entity, local to the article,
    for each description (by its words) the article gives. New lists: the entities with those
    added, the quotations with their speakers; the records given are not changed."""
    ents = list(entities)
    made: dict[tuple[str, str], int] = {}
    out = []
    for q in quotations:
        if q.speaker is not None or q.source is None:
            out.append(q)
            continue
        k = (q.source.kind, q.source.name.lower())
        if k not in made:
            made[k] = len(ents)
            ents.append(Entity(q.source.kind, q.source.name, local=True, unnamed=True))
        ent = ents[made[k]]
        if q.source.span not in ent.mentions:
            ent.mentions.append(q.source.span)
        out.append(replace(q, speaker=made[k]))
    return ents, out
