"""Pass 5: the pieces of one quotation joined.

A speaker's words split by their attribution ('"A," she said, "b."') or going on in the next
paragraph become one quotation: the first piece with the others as further spans
(:attr:`kg.records.Quotation.parts`). :func:`split_kind` names how one piece goes on in the next.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicons
from ...records import Quotation
from .scene import Candidate, How, Scene, who

# which pieces of a speaker's split quote become one quotation (split_kind)
JOIN_KINDS: frozenset[str] = frozenset({"paragraph-open", "paragraph-after", "comma", "sentence"})
SPEAKER_LABEL = re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z.]:\s")  # "MODERATOR: …", a transcript's turn


def join_pieces(sc: Scene, cands: list[Candidate], kinds: frozenset[str] | None = None) -> list[Candidate]:
    """One quotation of the pieces a speaker's words are split into: each piece whose
    :func:`split_kind` is one of ``kinds`` becomes a further span of the quote before it.
    Only quotes in double marks, next to each other (no quote between them), of one speaker
    (or one unnamed source)."""
    kinds = JOIN_KINDS if kinds is None else kinds
    if not kinds:
        return cands
    order = {(m.start, m.end): i for i, m in enumerate(m for m in sc.marked if m.level == 0)}

    def pos(c: Candidate) -> int:
        return order.get((c.mark.start, c.mark.end), -9) if c.mark is not None else -9

    groups: list[tuple[Candidate, list[Candidate]]] = []  # a head and the pieces joined to it
    head: tuple[Candidate, list[Candidate]] | None = None
    last: Candidate | None = None
    for c in cands:
        # a piece: a quote in double marks, or (as the first piece only) a reported clause
        # ending in quoted words ('Still, sales are "up a bit," she said. "We hope …"')
        piece = c.mark is not None and c.mark.level == 0
        if piece and c.quote.direct and head is not None and last is not None and who(c.quote) is not None \
                and who(c.quote) == who(head[0].quote) and pos(c) == pos(last) + 1 \
                and split_kind(sc, last, c) in kinds:
            head[1].append(c)
            last = c
            continue
        groups.append((c, []))
        if piece:
            head, last = groups[-1], c
    return [_joined(h, pieces) if pieces else h for h, pieces in groups]


def _joined(head: Candidate, pieces: list[Candidate]) -> Candidate:
    about = list(head.quote.about)
    for p in pieces:
        about += [e for e in p.quote.about if e not in about]
    q = replace(head.quote, parts=head.quote.parts + [p.quote.span for p in pieces], about=about)
    return replace(head, quote=q)


def split_kind(sc: Scene, c1: Candidate, c2: Candidate) -> str | None:
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
    text = sc.text
    q1, q2 = c1.quote, c2.quote
    marks = "".join(sc.marks.characters) + " \t\u00a0\x00"
    gap = text[q1.span[1]:q2.span[0]]
    if q2.cue_span is not None and q2.cue_span != q1.cue_span and c2.how is not How.FOLLOW_ON:
        return None
    after_cue = q1.cue_span is not None and q1.span[1] <= q1.cue_span[0] and q1.cue_span[1] <= q2.span[0]
    if "\n" in gap:
        if len(re.findall(r"\n\s*", gap)) != 1 or c2.how is not How.FOLLOW_ON:
            return None
        para_start = text.rfind("\n", 0, q2.span[0]) + 1
        para_end = text.find("\n", q2.span[1])
        para_end = len(text) if para_end < 0 else para_end
        if re.search(r"\w", text[para_start:q2.span[0]]) or re.search(r"\w", text[q2.span[1]:para_end]):
            return None  # the next paragraph says more than the quote
        if SPEAKER_LABEL.match(text[q2.span[0]:q2.span[1]]):
            return None  # a transcript: the next paragraph is another speaker's turn
        if not re.search(r"\w", gap):
            return "paragraph-open" if c1.mark is not None and not c1.mark.closed else "paragraph"
        return "paragraph-after" if after_cue and bare_attribution(sc, q1, gap.split("\n")[0]) else None
    if not after_cue or not re.search(r"\w", gap):
        return None
    if not (text[q1.span[0]:q1.span[1]].rstrip().endswith(tuple(lexicons.load().words["split_piece_ends"])) or gap.lstrip(marks).startswith(",")):
        return None
    if not bare_attribution(sc, q1, gap, strict=False):
        return None
    inner = gap.rstrip(marks)
    words = lexicons.load().words
    if inner.endswith(tuple(words["clause_break_marks"])):
        return "comma"
    if inner.endswith(tuple(words["sentence_end_marks"])):
        return "sentence"
    return None


def bare_attribution(sc: Scene, q1: Quotation, gap: str, strict: bool = True) -> bool:
    """Whether the words after a quote only attribute it: one sentence at most, and, when
    ``strict``, nothing but its cue, the speaker and where or when ('," X, an aide to Y, said
    on Monday.'), no other verb and no conjunction. Within a paragraph a quote goes on after
    any one-sentence attribution ('"A," said X, who runs Y. "B."' is one quote, as news
    annotation counts it); across paragraphs only after a bare one."""
    start = q1.span[1]
    span = sc.span(start, start + len(gap.rstrip()))
    if span is None:
        return False
    quote_tokens = sc.marks.double_tokens
    toks = [t for t in span if t.idx >= start and t.text not in quote_tokens]
    ends = [t for t in toks if t.text in lexicons.load().words["sentence_end_marks"]]
    if len(ends) > 1 or (ends and ends[0] != toks[-1]):
        return False
    if not strict:
        return True
    return not any((t.pos_ in {"VERB", "AUX"} and t.idx != q1.cue_span[0]) or t.dep_ == "cc"
                   or t.pos_ in {"CCONJ", "SCONJ"} for t in toks)
