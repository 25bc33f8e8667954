"""Roles: who holds which office, read from titles around a person's name.

Each title phrase (``doc.spans["kg_titles"]``) is tried against small patterns:

* pre-nominal — ``[ORG|PLACE|DEMONYM]['s] TITLE PERSON`` ("Springfield Mayor Laura Jensen")
* apposition after — ``PERSON, a|the TITLE of|for|at ORG`` ("X, a spokeswoman for the FAA")
* apposition before — ``the TITLE of ORG[, ST], PERSON`` ("the mayor of Salem, Oregon, X")
* clause — ``PERSON, who serves as the TITLE of ORG`` / ``PERSON is the TITLE of ORG``
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import lexicons
from ..records import Membership
from .entities import EntityIndex
from .resolve import Resolver

ORG_PREPS = {"of", "for", "at", "to", "from", "with", "in"}
SKIP = {"the", "a", "an"}
COPULAS = {"be", "serve", "become", "remain", "work", "act"}


def title_label(span: Span) -> str:
    words = []
    for t in span:
        w = t.text
        words.append(w if any(c.isupper() for c in w[1:]) else (w[:1].upper() + w[1:]))
    return " ".join(words).replace(" - ", "-")


def _status(doc: Doc, start: int) -> tuple[str | None, int]:
    """A status word right before a title ("former", "then-") and where the phrase starts."""
    lex = lexicons.load()
    i = start - 1
    status = None
    while i >= 0:
        t = doc[i]
        if t.text == "-" and i > 0 and doc[i - 1].lower_ in lex.status:
            i -= 1
            continue
        if t.lower_ in lex.status:
            status = lex.status[t.lower_]
            i -= 1
            continue
        if t.lower_ in {"presumptive", "incumbent", "current", "sitting", "newly", "elected"}:
            i -= 1
            continue
        break
    return status, i + 1


def _org_before(index: EntityIndex, start: int) -> tuple[int | None, int]:
    """An organisation, place or demonym right before position ``start`` (possibly with 's)."""
    doc = index.doc
    lex = lexicons.load()
    i = start - 1
    if i >= 0 and doc[i].text in {"'s", "’s", "'"}:
        i -= 1
    if i < 0:
        return None, start
    m = index.mention_ending_at(i)
    if m is not None:
        ent = index.entities[m[2]]
        if ent.kind in {"ORG", "PLACE"}:
            return m[2], m[0]
        return None, start
    t = doc[i]
    country = lex.demonyms.get(t.text)
    if country and t.ent_type_ in {"NORP", "GPE", ""}:
        j = i
        if i > 0 and f"{doc[i - 1].text} {t.text}" in lex.demonyms:
            j = i - 1
            country = lex.demonyms[f"{doc[i - 1].text} {t.text}"]
        return index.add("PLACE", country, j, i + 1), j
    party = lex.parties.get(t.text)
    if party and t.is_title:
        return index.add("ORG", party, i, i + 1), i
    return None, start


def _org_after(index: EntityIndex, resolver: Resolver, end: int) -> tuple[int | None, int]:
    """``of|for|at … ORG`` right after a title: the organisation and where the phrase ends."""
    doc = index.doc
    if end >= len(doc) or doc[end].lower_ not in ORG_PREPS:
        return None, end
    i = end + 1
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in SKIP | {"city", "state", "county"}):
        i += 1
    if i < len(doc) and doc[i].lower_ == "of" and doc[i - 1].lower_ in {"city", "state", "county"}:
        i += 1
    m = index.mention_starting_at(i) if i < len(doc) else None
    if m is not None and index.entities[m[2]].kind in {"ORG", "PLACE"}:
        j = m[1]
        # "Salem, Oregon": the state completes the place
        if j + 1 < len(doc) and doc[j].text == ",":
            m2 = index.mention_starting_at(j + 1)
            if m2 is not None and index.entities[m2[2]].kind == "PLACE" and m2[2] != m[2] \
                    and not (m2[1] < len(doc) and doc[m2[1]].lower_ in {"and", "or"}):
                j = m2[1]
        return m[2], j
    if i < len(doc) and any(t.lower_ == "the" for t in doc[end + 1:i]):
        e = resolver.description(doc[i])
        if e is not None and index.entities[e].kind == "ORG":
            return e, i + 1
    return None, end


Mention = tuple[int, int, int]  # start token, end token, entity


def _person_after(index: EntityIndex, i: int) -> Mention | None:
    if i < len(index.doc) and index.doc[i].text == ",":
        i += 1
    m = index.mention_starting_at(i) if i < len(index.doc) else None
    if m is not None and index.entities[m[2]].kind == "PERSON":
        return m
    return None


def _person_before(index: EntityIndex, start: int) -> Mention | None:
    """``PERSON, a|the TITLE``: the person right before a comma and an optional article."""
    doc = index.doc
    i = start - 1
    while i >= 0 and doc[i].lower_ in SKIP:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    m = index.mention_ending_at(i - 1)
    if m is not None and index.entities[m[2]].kind == "PERSON":
        return m
    return None


def _person_by_clause(resolver: Resolver, span: Span) -> Mention | None:
    """``PERSON (, who) is|serves as the TITLE`` and appositions found by the parser."""
    head = span.root
    if head.dep_ == "appos":
        e = resolver.index.at(head.head.i)
        if e is not None and resolver.index.entities[e].kind == "PERSON":
            return head.head.i, head.head.i + 1, e
    v = head.head
    if head.dep_ == "pobj" and v.lower_ == "as":
        v = v.head
    elif head.dep_ not in {"attr", "oprd"}:
        return None
    if v.lemma_ not in COPULAS:
        return None
    from .resolve import subject_of

    subj = subject_of(v)
    e = resolver.entity(subj) if subj is not None else None
    if e is not None and resolver.index.entities[e].kind == "PERSON":
        return subj.i, subj.i + 1, e
    return None


def extract(index: EntityIndex, resolver: Resolver, quotes: list[tuple[int, int]]) -> list[Membership]:
    doc = index.doc
    lex = lexicons.load()
    out: list[Membership] = []
    for span in doc.spans.get("kg_titles", []):
        if any(index.at(t.i) is not None for t in span):
            continue  # part of a name ("Council of Mayors")
        if not all(t.pos_ in {"NOUN", "PROPN", "ADJ"} or t.lower_ in {"of", "."} for t in span):
            continue
        if any(s <= span.start_char < e for s, e in quotes):
            continue  # titles inside a speaker's words are not the article's statements
        status, phrase_start = _status(doc, span.start)
        org, org_start = _org_before(index, phrase_start)
        if org is not None and status is None:  # "former German Chancellor X"
            status, _ = _status(doc, org_start)
        found = _person_after(index, span.end) if doc[span.end - 1].text != "," else None
        rule, conf = "prenominal", 0.9
        after_org, after_end = _org_after(index, resolver, span.end)
        if found is None and after_org is not None:
            found = _person_after(index, after_end)
            rule, conf = "title-of-org-person", 0.85
        if found is None:
            found = _person_before(index, phrase_start if org is None else org_start)
            rule, conf = "apposition", 0.85
        if found is None:
            found = _person_by_clause(resolver, span)
            rule, conf = "clause", 0.75
        if found is None:
            continue
        person = found[2]
        if org is None or (after_org is not None and index.entities[org].kind == "PLACE"
                           and index.entities[after_org].kind == "ORG"):
            # an organisation named after the title ("ambassador to the United Nations") is
            # the body the role belongs to; a country before it only qualifies it
            org = after_org
        if org == person:
            org = None
        concept = lex.titles.get(span.text.lower(), ("official", "-"))[0]
        if concept == "president" and org is not None and index.entities[org].kind == "PLACE":
            concept = "head_of_state"
        # evidence: the title phrase with its organisation and the name it was read with
        lo = min(span.start, org_start if org is not None and org_start < span.start else span.start)
        hi = max(span.end, after_end if org is not None and org == after_org else span.end)
        if rule != "clause":
            lo, hi = min(lo, found[0]), max(hi, found[1])
        ev = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        resolver.note_title(span.start, span.text, person)
        out.append(Membership(person=person, role=title_label(span), concept=concept, span=ev,
                              organization=org, status=status, confidence=conf, rule=rule))
    return dedupe(out)


def dedupe(ms: list[Membership]) -> list[Membership]:
    """One membership per person, role and organisation; an organisation-less duplicate of a
    membership that names one is dropped."""
    seen: dict[tuple, Membership] = {}
    for m in ms:
        k = (m.person, m.role.lower(), m.organization)
        if k not in seen:
            seen[k] = m
    with_org = {(m.person, m.role.lower()) for m in seen.values() if m.organization is not None}
    return [m for k, m in seen.items() if m.organization is not None or (k[0], k[1]) not in with_org]
