"""Pass 6: a headline that gives someone's words after their name and a colon."""
from __future__ import annotations

from spacy.tokens import Token

from ...records import Quotation
from ..entities import key as entity_key
from ..spans import doc_text
from .scene import Scene

HEADLINE_SOURCE_WORDS = 6  # "Former Governor Ann Wu: …": a source before a headline's colon is short


def headline_colon(sc: Scene) -> Quotation | None:
    """A headline that gives someone's words after their name and a colon ("Wu: Taxes
    will fall", "Poll: Voters sour on the plan"). The part before the colon must begin with
    a person or organisation the parser names (a title may stand before it: "Senator Wu
    on trade: …") or end in a source noun ("Poll", "Historians"); the part after it must
    say something (a verb or quoted words) and be no question. A generic label ("The
    Latest: …") names nobody and is skipped; the speaker is the entity only when the body
    names it too."""
    doc, hl, index = sc.doc, sc.headline_end, sc.index
    text = doc_text(doc)[:hl]
    colon = text.find(":")
    if colon <= 0 or not text[colon + 1:].strip():
        return None
    left = sc.span(0, colon)
    s = colon + 1 + (len(text[colon + 1:]) - len(text[colon + 1:].lstrip()))
    e = len(text.rstrip(" \t.;,\u00a0"))
    right = sc.span(s, e)
    if left is None or right is None or e - s < 8 or text.rstrip().endswith("?"):
        return None
    words = [t for t in left if not t.is_punct]
    # the source's own phrase ends at its first preposition ("Wu on trade", "Wu to voters")
    head_words = []
    for t in words:
        if t.pos_ == "ADP" or t.lower_ in sc.words["headline_source_prepositions"]:
            break
        head_words.append(t)
    if not head_words or len(head_words) > HEADLINE_SOURCE_WORDS:
        return None
    head_end = head_words[-1].i + 1
    named = [ent for ent in doc.ents if ent.label_ in {"PERSON", "ORG"} and ent.start >= left.start
             and ent.end <= head_end and ent.start - left.start <= 3]
    named = named or [t for t in head_words if index.at(t.i) is not None
                      and sc.entity_kind(index.at(t.i)) in {"PERSON", "ORG"}]
    body = named_in_body(sc, head_words)
    noun = head_words[-1].lemma_.lower() in sc.lex.source_nouns
    if not named and not noun and body is None:
        return None
    # a headline capitalises every word, so its verbs are often read as names: three words
    # after the colon will do
    if sum(1 for t in right if t.is_alpha) < 3:
        return None
    speaker = None
    for t in head_words:
        ent = index.at(t.i)
        if ent is not None and sc.entity_kind(ent) in {"PERSON", "ORG"}:
            speaker = ent
            break
    if speaker is None:
        speaker = body
    return Quotation(span=(s, e), direct=False, speaker=speaker, cue=":", cue_span=(colon, colon + 1),
                     confidence=sc.confidence["headline-colon" if speaker is not None else "unsourced"],
                     rule="headline-colon",
                     about=sc.about(s, e, speaker))


def named_in_body(sc: Scene, words: list[Token]) -> int | None:
    """The person or organisation that the last words of a phrase name, by one of the names
    the article gives it ("Senator Ann Wu", "Wu"), when just one entity has that name; the
    parser often misreads the capitalised words of a headline."""
    for n in range(min(len(words), 4), 0, -1):
        k = entity_key(sc.doc[words[-n].i:words[-1].i + 1].text)
        if not k:
            continue
        found = {i for i, ent in enumerate(sc.index.entities) if ent.kind in {"PERSON", "ORG"} and (
            k in {entity_key(a) for a in {ent.name, *ent.aliases}}
            or (ent.kind == "PERSON" and n == 1 and entity_key(ent.name).split()[-1:] == [k]))}
        if len(found) == 1:
            return found.pop()
    return None
