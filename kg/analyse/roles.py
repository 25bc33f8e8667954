"""Roles: who holds which office, read from titles around a person's name.

Each title phrase (``doc.spans["kg_titles"]``) is tried against small patterns:

* pre-nominal — ``[ORG|PLACE|DEMONYM]['s] TITLE PERSON`` ("Springfield Mayor Laura Jensen")
* apposition after — ``PERSON, a|the TITLE of|for|at ORG`` ("X, a spokeswoman for the FAA")
* apposition before — ``the TITLE of ORG[, ST], PERSON`` ("the mayor of Salem, Oregon, X")
* clause — ``PERSON, who serves as the TITLE of ORG`` / ``PERSON is the TITLE of ORG``

A title the article gives without its organisation implies one where that is safe
(:mod:`implied`), and affiliations without a title word are read in :mod:`affiliations`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from typing import Mapping

from spacy.tokens import Doc, Span

from .. import lexicons
from ..records import Membership, Quotation
from .affiliations import (Mention, affiliations, coordinated_affiliations, institution_after, org_at,
                           party_appositions, past_description, seat_of, skip_modifiers, unnamed_org_at)
from .entities import FIELD_SPANS, IndexView, kind_word_tokens, starts_title
from .event_factuality import HYPOTHETICAL, factuality, governing_verb
from .implied import held_office, host_bodies, implied_organisations, known_offices, leading_country, title_bodies
from .names import is_first_name
from .names import key as key_of
from .places import gazetteer
from .resolve import Resolver, subject_of
from .spans import Intervals, doc_text, sentence_starts, text_count

# read from the lexicons: words.tsv's org_prepositions, copulas, regional_words, articles,
# possessive_clitics, possessive_marks, seat_words; concepts.tsv's org_modified, nationality,
# named_once, state, regional; the confidences of rules.tsv


def _possessive(tok) -> bool:
    return tok.text in lexicons.load().words["possessive_clitics"]


def title_label(span: Span) -> str:
    written_out = lexicons.load().title_labels.get(span.text.lower())
    if written_out:
        return written_out  # "Sen." → "Senator"
    words = []
    small = lexicons.load().words["title_small_words"]
    text = span.text
    lex = lexicons.load()
    joined = [i for i, t in enumerate(span[:-1]) if t.lower_ in lex.words["title_join_prefixes"]
              and span[i:].text.lower() not in lex.titles]  # "vice president" is a title of its own
    if joined:  # "co chairman", "co-chairman": one spelling, "Co-chairman"
        i = joined[0]
        rest = i + 2 if span[i + 1].text == "-" and i + 2 < len(span) else i + 1
        text = " ".join(p for p in (span[:i].text, span[i].text + "-" + span[rest:].text) if p)
    for k, w in enumerate(text.split()):
        if k and w.lower() in small:
            words.append(w.lower())  # "Secretary of State"
        else:
            words.append(w if any(c.isupper() for c in w[1:]) else (w[:1].upper() + w[1:]))
    return " ".join(words)


def title_concept(span: Span) -> str:
    """The role concept of a title; a merged title ("deputy leader") takes its head's."""
    titles = lexicons.load().titles
    for i in range(len(span)):
        text = span[i:].text.lower()
        if text in titles:
            return titles[text][0]
    return "official"


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
        if t.lower_ in lex.title_modifiers:
            i -= 1
            continue
        break
    return status, i + 1


# what the recogniser tags as a name, a people or a number is no field; an "ORG" it tags on a common word
# the entities left alone ("Defence Secretary X") may be one
NOT_FIELD_TYPES = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC", "ORDINAL", "CARDINAL", "DATE", "TIME"})


def _portfolio_start(index: IndexView, span: Span) -> int:
    """Where a title's field starts: the common words written right before a minister's, secretary's
    or spokesperson's title that modify it ("education secretary", "international development
    secretary", "immigration minister"; ``concepts.tsv`` portfolio): no name, status or title
    modifier, no word the recogniser tags as a name or number (``NOT_FIELD_TYPES``) or the lexicons
    know as a party, a demonym or an alias ("former Labour minister"), at most three words; an
    adjective only of a field's noun ("international development secretary", "local government
    minister"; not "the earlier foreign secretary", "the first black Cabinet minister"); with a title
    prefix before the field ("deputy treasury secretary"); ``span.start`` when there are none."""
    doc, lex = index.doc, lexicons.load()
    if title_concept(span) not in lex.concepts["portfolio"]:
        return span.start
    skip = set(lex.status) | lex.title_modifiers | lex.words["determiners"]
    fields = {i for sp in doc.spans.get(FIELD_SPANS, ()) for i in range(sp.start, sp.end)}
    i = span.start
    while i > 0 and span.start - i < 3:
        t = doc[i - 1]
        if t.i in fields:  # words the entities read as the field, not a name ("and Transport Secretary X")
            i -= 1
            continue
        if not (t.is_alpha and t.lower_ in lex.common_words and t.lower_ not in skip and not t.like_num
                and t.ent_type_ not in NOT_FIELD_TYPES
                and t.text not in lex.parties and t.text not in lex.demonyms and t.text not in lex.aliases
                and i <= t.head.i < span.end and index.at(t.i) is None
                and (t.dep_ == "compound" and t.pos_ in {"NOUN", "PROPN"}
                     or t.dep_ == "amod" and t.pos_ in {"ADJ", "PROPN"} and i < span.start
                     and (t.head.i < span.start or (doc[i].pos_ == "NOUN" and doc[i].is_lower)))):
            break
        i -= 1
    if span.start > i > 0 and doc[i - 1].lower_ in lex.words["title_prefixes"]:
        i -= 1  # "deputy treasury secretary": the deputy's office
    return i


def _part_named(index: IndexView, body: int, words: Span) -> int | None:
    """The organisation the article names for a part of ``body`` written in lower case between
    the body and a title ("EU parliament president X" when the article names the European
    Parliament): the part's noun (``org_parts.tsv``) after the body's name or after an adjective
    of it (``demonyms.tsv``: "European" for the European Union, "Norwegian" for Norway)."""
    lex = lexicons.load()
    if not len(words) or words[-1].lemma_.lower() not in lex.org_parts and words[-1].lower_ not in lex.org_parts:
        return None
    ent = index.entities[body]
    forms = {ent.name, *ent.aliases} | {a for a, name in lex.demonyms.items() if name == ent.name}
    for form in sorted(forms):
        e = index.body_named(key_of(f"{form} {words.text}"))
        if e is not None and e != body:
            return e
    return None


def _org_before(index: IndexView, start: int, unnamed: bool = False,
                nationality: bool = False, once: bool = False, place: bool = False) -> tuple[int | None, int]:
    """An organisation, place or demonym right before position ``start`` (possibly with 's).
    With ``nationality`` a demonym is the person's nationality, not an organisation ("Peruvian
    midfielder X", "French director X"); ``unnamed`` and ``once``: see :func:`_unnamed_org_before`."""
    doc = index.doc
    lex = lexicons.load()
    i = start - 1
    k = i
    while k >= 0 and i - k < 3 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}:
        if doc[k].tag_ == "JJS" or doc[k].lower_ in lex.words["superlative_words"]:
            return None, start  # "Europe's youngest minister": a comparison, not whose minister
        k -= 1  # "Italy's military intelligence chief": the owner before the portfolio
    if k < i and k >= 1 and _possessive(doc[k]):
        m = index.mention_ending_at(k - 1)
        if m is not None and index.entities[m[2]].kind in {"ORG", "PLACE"}:
            return m[2], m[0]
    if k < i and k >= 0 and doc[k].is_title and not any(t.lower_ in lex.titles for t in doc[k + 1:i + 1]):
        # "Liberal Democrat parliamentary chairman X": the party before the portfolio, named or not (not
        # before another title: "Democratic presidential candidate Senator X" is no senator of the party)
        m = index.mention_ending_at(k)
        if m is not None and index.entities[m[2]].party:
            return m[2], m[0]
        for a in (k - 1, k) if m is None else ():
            party = lex.parties.get(doc[a:k + 1].text) if a >= 0 else None
            if party:
                return index.propose("ORG", party, a, k + 1), a
    if k < i and k >= 0 and all(t.dep_ == "compound" for t in doc[k + 1:i + 1]):
        # "X station chief", "X health department spokesman": the body the portfolio belongs to,
        # when the words between are compounds of the title (within the title's phrase)
        m = index.mention_ending_at(k)
        if m is not None and index.entities[m[2]].kind == "ORG":
            part = _part_named(index, m[2], doc[k + 1:i + 1])
            return (m[2] if part is None else part), m[0]
    if i >= 0 and doc[i].text in lexicons.load().words["possessive_marks"]:
        i -= 1
    if i < 0:
        return None, start
    m = index.mention_ending_at(i)
    if m is not None:
        ent = index.entities[m[2]]  # a person read as a club or company was retyped by propose_kinds
        if ent.name.lower().rstrip(".") in lex.honorifics:
            return None, start  # "Mr Justice X": how the person is addressed, never a body
        if ent.kind in {"ORG", "PLACE"}:
            return m[2], m[0]
        return None, start
    t = doc[i]
    two = f"{doc[i - 1].text} {t.text}" if i > 0 else ""
    if (two in lex.demonyms or t.text in lex.demonyms) and nationality and not t.is_upper:
        return None, start
    if two in lex.demonyms and t.ent_type_ in {"NORP", "GPE", ""}:  # "South African"
        return index.propose("PLACE", lex.demonyms[two], i - 1, i + 1), i - 1
    country = lex.demonyms.get(t.text)
    if country and t.ent_type_ in {"NORP", "GPE", ""}:
        return index.propose("PLACE", country, i, i + 1), i
    government = lex.words["government_words"]
    if t.lower_ in government or (t.lower_ in lex.words["country_nouns"] and i > 0
                                  and doc[i - 1].lower_ in lex.words["definite_articles"]):
        # "government spokesman X", "the country's president": the country the article is about
        country_i = leading_country(index)
        if country_i is not None:
            return country_i, i - 1 if t.lower_ not in government else i
    party = lex.parties.get(t.text)
    if party and t.is_title:
        return index.propose("ORG", party, i, i + 1), i
    if t.lower_ in lex.words["party_words"] and i > 0 and doc[i - 1].text in lex.parties:  # "Green party whip X"
        return index.propose("ORG", lex.parties[doc[i - 1].text], i - 1, i), i - 1  # its short name: "Green"
    if place:  # "Harlow Mayor X": a proper noun before a town's title is the town
        return _unnamed_org_before(index, i + 1, once=True, place=True)
    return _unnamed_org_before(index, i + 1, once=once) if unnamed else (None, start)


def _unnamed_org_before(index: IndexView, end: int, once: bool = False,
                        place: bool = False) -> tuple[int | None, int]:
    """Proper nouns right before a title that the entity recogniser left alone ("Gazprom CEO",
    "Dortmund coach"): the organisation (a place when the gazetteer knows the name). Before most
    titles the name must recur in the article ("Artistic Director" is a portfolio); before a
    player's or a chief executive's title (``once``) a single use names the club or company."""
    doc = index.doc
    lex = lexicons.load()
    kind_words = kind_word_tokens(doc)  # no names (entities.retype_people)
    i = end
    while i > 0 and end - i < 3 and doc[i - 1].is_alpha \
            and (doc[i - 1].pos_ == "PROPN" or (doc[i - 1].pos_ == "ADJ" and not doc[i - 1].is_sent_start)
                 or (once and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_title)) \
            and not doc[i - 1].is_lower and index.at(i - 1) is None and doc[i - 1].ent_type_ not in {"DATE", "TIME"} \
            and doc[i - 1].lower_ not in lex.titles and doc[i - 1].lower_ not in lex.status \
            and doc[i - 1].lower_.rstrip(".") not in lex.honorifics and doc[i - 1].text not in lex.demonyms \
            and i - 1 not in kind_words and not starts_title(doc, i - 1):
        i -= 1
    if i == end:  # no proper noun before the title (read every entity only when there is one)
        return None, end
    for s in range(i, end):  # the longest name the article also uses elsewhere ("New VW CEO" → VW)
        e = index.body_named(key_of(doc[s:end].text))
        if e is not None:
            return index.propose(index.entities[e].kind, index.entities[e].name, s, end), s
        if once or text_count(doc, doc[s:end].text) >= 2:
            i = s
            break
    else:
        return None, end  # a name the article uses once before a title may be a portfolio ("Artistic Director")
    name = doc[i:end].text
    gz = gazetteer()
    low = name.lower()
    kind = "PLACE" if place or low in gz.countries or low in gz.states or low in gz.cities else "ORG"
    return index.propose(kind, name, i, end), i


def _region_before(index: IndexView, i: int) -> int | None:
    """The region a title at token ``i + 1`` belongs to: after "state"/"regional"/"provincial",
    the nearest region (a place that is neither a country nor a city) named before; after a
    region's adjective ("Bavarian"), the region of that name the article names."""
    doc = index.doc
    gz = gazetteer()
    lex = lexicons.load()
    countries = set(gz.countries) | {c.lower() for c in lex.demonyms.values()}

    def region(e: int) -> bool:
        ent = index.entities[e]
        return ent.kind == "PLACE" and ent.name.lower() not in countries and ent.name.lower() not in gz.cities

    t = doc[i]
    if t.lower_ in lex.words["regional_words"]:
        for a, _b, e in reversed(index.mentions):
            if a < i and region(e):
                return e
        return None
    if t.is_title and index.at(i) is None and t.text not in lex.demonyms:
        for e, ent in enumerate(index.entities):
            if region(e) and t.text in {ent.name + s for s in lex.words["demonym_suffixes"]} \
                    | {ent.name[:-1] + s for s in lex.words["demonym_replacing_suffixes"]}:
                return e
    return None


def _described_acronym(index: IndexView, i: int) -> Mention | None:
    """"the Socialist opposition party (XYZ)": a description of an organisation, then its name."""
    doc = index.doc
    j = i
    while j < len(doc) and j - i < 5 and index.at(j) is None \
            and (doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} or doc[j].ent_type_ == "NORP"):
        j += 1
    if j == i or j + 2 >= len(doc) or doc[j].text != "(" or not doc[j - 1].is_lower:
        return None
    m = index.mention_starting_at(j + 1)
    if m is not None and index.entities[m[2]].kind == "ORG" and m[1] < len(doc) and doc[m[1]].text == ")":
        return m
    return None


def _coordinated_org(index: IndexView, org_start: int) -> int | None:
    """"A and B midfielder X": the organisation joined to the one right before a title."""
    doc = index.doc
    if org_start < 2 or doc[org_start - 1].lower_ not in lexicons.load().words["additive_coordinators"]:
        return None
    m = index.mention_ending_at(org_start - 2)
    if m is None or index.entities[m[2]].kind not in {"ORG", "PLACE"} \
            or (m[0] > 0 and (doc[m[0] - 1].pos_ == "PROPN" or index.at(m[0] - 1) is not None)):
        return None  # "… A van der B and C Director X": B ends a person's name
    return m[2]


def _org_after(index: IndexView, resolver: Resolver, end: int) -> tuple[int | None, int]:
    """``of|for|at … ORG`` right after a title: the organisation and where the phrase ends.
    "of Ruritania's Norland province" is Norland's; "professor of physics at X University" is X's."""
    doc = index.doc
    words = lexicons.load().words
    topic, genitive, at = words["topic_prepositions"], words["genitive_prepositions"], words["institution_prepositions"]
    if end >= len(doc) or (doc[end].lower_ not in words["org_prepositions"] and doc[end].lower_ not in topic):
        return None, end
    i = end + 1
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in words["articles"]
                            or doc[i].lower_ in words["jurisdiction_words"]):
        i += 1
    if i < len(doc) and doc[i].lower_ in genitive and doc[i - 1].lower_ in words["jurisdiction_words"]:
        i += 1
    m = index.mention_starting_at(i) if i < len(doc) else None
    if m is not None and seat_of(index, m):
        m = None  # "of the X-based Y": Y's, not the city's
    if m is None:  # "of the internationally recognized organization X"
        j = skip_modifiers(index, i)
        m2 = index.mention_starting_at(j) if j < len(doc) else None
        if m2 is None and j > i and doc[j - 1].is_lower:
            m2 = unnamed_org_at(index, j)
        if m2 is not None and index.entities[m2[2]].kind == "ORG":
            m = m2
    if m is None:
        m = _described_acronym(index, i)
    if m is not None and (index.entities[m[2]].kind == "ORG"
                          or (index.entities[m[2]].kind == "PLACE" and doc[end].lower_ not in topic)):
        j = m[1]
        # "Salem, Oregon": the state completes the place
        if j + 1 < len(doc) and doc[j].text == ",":
            m2 = index.mention_starting_at(j + 1)
            if m2 is not None and index.entities[m2[2]].kind == "PLACE" and m2[2] != m[2] \
                    and not (m2[1] < len(doc) and doc[m2[1]].lower_ in words["coordinators"]):
                j = m2[1]
        # "of Ruritania's Norland province": the possessed name
        if index.entities[m[2]].kind == "PLACE" and j < len(doc) and _possessive(doc[j]):
            m2 = index.mention_starting_at(j + 1) if j + 1 < len(doc) else None
            if m2 is not None and index.entities[m2[2]].kind in {"ORG", "PLACE"}:
                return m2[2], m2[1]
            k = j + 1  # "of X's Y province" with Y left alone by the recogniser: the region
            while k < len(doc) and k - j <= 3 and doc[k].pos_ == "PROPN" and doc[k].is_title and index.at(k) is None:
                k += 1
            if m2 is None and k > j + 1 and k < len(doc) and doc[k].lower_ in lexicons.load().place_words:
                return index.propose("PLACE", doc[j + 1:k].text, j + 1, k), k + 1
        if index.entities[m[2]].kind == "ORG":
            m = institution_after(index, (m[0], j, m[2]))
            return m[2], _past_possessed(doc, m[1])
        return m[2], j
    if i < len(doc) and any(t.lower_ in words["definite_articles"] for t in doc[end + 1:i]):
        e = resolver.description(doc[i])
        if e is not None and index.entities[e].kind == "ORG":
            return e, _past_possessed(doc, i + 1)
    # "professor of ship-building at X": the institution after the field
    k = i
    while k < len(doc) and k - i < 4 and doc[k].lower_ not in at and not doc[k].is_punct and index.at(k) is None:
        k += 1
    if k < len(doc) and doc[k].lower_ in at and doc[end].lower_ in genitive:
        m2 = org_at(index, k + 1)
        if m2 is not None:
            return m2[2], m2[1]
    return None, end


def _past_possessed(doc: Doc, j: int) -> int:
    """Past the unnamed part of a body that an organisation's possessive names after a title's
    preposition: "the deputy head of the Norvale Assembly's [budget committee], X" is a title of
    the Assembly (the phrase ends after the part); else ``j``. Only a noun naming a part of a body
    (``org_parts.tsv``: committee, board, wing, office …) counts: "the head of X's main
    competitor, Y" or "… X's parent company, Y" names another organisation, not X's officer."""
    lex = lexicons.load()
    if j + 1 >= len(doc) or doc[j].text not in lex.words["possessive_clitics"]:
        return j
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}:
        k += 1
    head = doc[k - 1]
    if k > j + 1 and head.pos_ == "NOUN" and (head.lower_ in lex.org_parts or head.lemma_.lower() in lex.org_parts):
        return k
    return j


def _past_time(index: IndexView, i: int) -> int:
    """Past a short time phrase before the comma that leads to a name: "X's prime minister [at
    the time], Y", "the mayor [since 2009], Y"; else ``i``."""
    doc = index.doc
    if i >= len(doc) or doc[i].lower_ not in lexicons.load().words["time_prepositions"]:
        return i
    j = i + 1
    while j < len(doc) and j - i <= 4 and index.at(j) is None \
            and (doc[j].is_lower or doc[j].like_num or doc[j].ent_type_ in {"DATE", "TIME"}):
        j += 1
    return j if j > i + 1 and j < len(doc) and doc[j].text == "," and any(
        t.ent_type_ in {"DATE", "TIME"} or t.lower_ in lexicons.load().words["time_nouns"] for t in doc[i + 1:j]) else i


def _coordinated_title(doc: Doc, span: Span) -> str | None:
    """The concept of a title joined to this one by "and" ("president and chief executive")."""
    spans = {s.start: s for s in doc.spans.get("kg_titles", [])}
    ends = {s.end: s for s in doc.spans.get("kg_titles", [])}
    and_ = lexicons.load().words["coordinators"]
    if span.end + 1 < len(doc) and doc[span.end].lower_ in and_ and span.end + 1 in spans:
        return title_concept(spans[span.end + 1])
    if span.start >= 2 and doc[span.start - 1].lower_ in and_ and span.start - 1 in ends:
        return title_concept(ends[span.start - 1])
    return None


def _serves_person(index: IndexView, head) -> bool:
    """A title whose phrase names the person it serves: "an adviser on energy to President X", "a
    spokesman for X" (``principal_prepositions`` before a person's name)."""
    preps = lexicons.load().words["principal_prepositions"]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((t for t in c.children if t.dep_ == "pobj"), None)
            e = index.at(obj.i) if obj is not None else None
            if e is not None and index.entities[e].kind == "PERSON":
                return True
    return False


def _person_after(index: IndexView, i: int) -> Mention | None:
    if i < len(index.doc) and index.doc[i].text == ",":
        i += 1
    m = index.mention_starting_at(i) if i < len(index.doc) else None
    if m is not None and index.entities[m[2]].kind == "PERSON":
        return m
    return None


def _person_before(index: IndexView, start: int) -> Mention | None:
    """``PERSON, a|the TITLE``: the person right before a comma and an optional article."""
    doc = index.doc
    i = start - 1
    skip = lexicons.load().words["articles"]
    while i >= 0 and doc[i].lower_ in skip:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    m = index.mention_ending_at(i - 1)
    if m is None and i > 1 and doc[i - 1].is_upper and doc[i - 1].lower_ in lexicons.load().titles:
        m = index.mention_ending_at(i - 2)  # "Ann Wu MP, the party's chief whip"
    if m is not None and index.entities[m[2]].kind == "PERSON":
        return m
    return None


# dependencies that open a clause of their own under a verb
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis"})


def _clauses_apart(doc: Doc, span: Span, found: Mention) -> bool:
    """A title and a name a comma joins that the parse puts in different clauses: one is the subject of
    a verb and the other sits inside a clause that verb governs ("… as he begins his second term as
    President, X has said"; "Echoing Minister X, the prime minister said"), so neither describes the
    other. A name or title in apposition, or inside the other's phrase, is no such case."""
    name, title = doc[found[1] - 1], span.root
    lo, hi = sorted((span.end, found[0]))
    if not any(t.text == "," for t in doc[lo - 1:hi + 1]):
        return False
    for subj, other in ((name, title), (title, name)):
        if subj.dep_ not in {"nsubj", "nsubjpass"} or other in subj.subtree or subj in other.subtree:
            continue
        verb, t, clausal = subj.head, other, False
        while t.i != verb.i and t.head.i != t.i:
            clausal = clausal or t.dep_ in CLAUSE_DEPS
            t = t.head
        if t.i == verb.i and clausal:
            return True
    return False


def _person_by_clause(resolver: Resolver, span: Span) -> Mention | None:
    """``PERSON (, who) is|serves as the TITLE`` and appositions found by the parser."""
    head = span.root
    index = resolver.index
    body = _org_after(index, resolver, span.end)[0] if head.dep_ == "conj" and head.head.dep_ == "appos" else None
    if body is not None and index.entities[body].kind == "ORG":
        head = head.head  # "X, an activist and head of Y": the second noun of the apposition, with its body
    if head.dep_ == "appos":
        e = index.at(head.head.i)
        if e is not None and index.entities[e].kind == "PERSON":
            return head.head.i, head.head.i + 1, e
    for c in span.root.children:  # "X's prime minister at the time, Y": the name in apposition to the title
        if c.dep_ == "appos" and c.i > span.root.i:
            e = index.at(c.i)
            if e is not None and index.entities[e].kind == "PERSON" \
                    and all(t.text != "," for t in index.doc[span.end:c.i][:-1] if t.dep_ != "punct" or t.head.i != c.i):
                return c.i, c.i + 1, e
    v = head.head
    if head.dep_ == "pobj" and v.lower_ in resolver.lex.words["role_prepositions"]:
        v = v.head
    elif head.dep_ not in {"attr", "oprd"}:
        return None
    words = lexicons.load().words
    if head.dep_ == "pobj" and v.dep_ == "dobj" and office_verb(v.head) is not None:
        v = v.head  # "X succeeded Y as chancellor": the parser hangs "as" on the object
    office = head.dep_ == "pobj" and office_verb(v) is not None  # "X stepped down as chairman of Y"
    if (v.lemma_ not in words["copulas"] and not office) or v.tag_ == "VBG":
        return None  # "X being a co-founder": a clause about X, not the article's statement
    subj = subject_of(v)
    if subj is None and office:  # "X was sworn in as president"
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    e = resolver.entity(subj) if subj is not None else None
    if e is not None and resolver.index.entities[e].kind == "PERSON":
        return subj.i, subj.i + 1, e
    return None


def clause_holder(resolver: Resolver, span: Span) -> Mention | None:
    """The person a title phrase is said of in a clause ("X became mayor", "X, who serves as the
    chair", "X was sworn in as president"): :func:`_person_by_clause`, for the events' rule 177."""
    return _person_by_clause(resolver, span)


OFFICE_VERB_SETS = ("office_leave_verbs", "office_verbs")  # the words.tsv sets, leaving first


def office_verb(v) -> str | None:
    """The ``words.tsv`` set, office_verbs or office_leave_verbs (verbs of taking or leaving an office,
    from WordNet), of a verb read with its particle or its object ("step_down", "swear_in",
    "take_office"), else None."""
    words = lexicons.load().words
    lemma = v.lemma_.lower()
    keys = [lemma + "_" + c.lower_ for c in v.children
            if c.dep_ in {"prt", "dobj"} or (c.dep_ == "advmod" and c.i == v.i + 1)]
    for k in keys + [lemma]:
        for name in OFFICE_VERB_SETS:
            if k in words[name]:
                return name
    return None


def title_genders(index: IndexView, quotes: list[tuple[int, int]]) -> dict[int, str]:
    """The gender a gendered title gives the person it names ("Spokeswoman Ann Wu", "Ann Wu, the
    chairman"), read before coreference so that pronouns after it can use it. Titles inside quotes
    and titles that are part of a name are left out, as :func:`extract` leaves them out."""
    doc = index.doc
    titles = lexicons.load().titles
    out: dict[int, str] = {}
    quoted = Intervals(quotes)
    for span in doc.spans.get("kg_titles", []):
        g = titles.get(span.text.lower(), ("", "-"))[1]
        if g == "-" or any(index.at(t.i) is not None for t in span) or quoted.covers(span.start_char):
            continue
        found = _person_after(index, span.end) if doc[span.end - 1].text != "," else None
        if found is None:
            found = _person_before(index, _status(doc, span.start)[1])
        if found is not None:
            out.setdefault(found[2], g)
    return out


def _named_in_quote(index: IndexView, span: Span, heard: list[tuple[int, int]]) -> bool:
    """A title written right before a person's name inside words a speaker is quoted as saying
    (``heard``: the direct quotations the quote rules attribute with a cue, "'… we met Prime
    Minister Jo Sen,' said X"): the speaker names the person by their office, a reference the
    article repeats. Not an apposition or a predicate ("X, the real leader": the speaker's claim),
    not quoted words that are only the title and the name (a work's title, a nickname, a chant:
    "the film 'President X'"), not a name given (:func:`_name_given`: "calls himself 'Emperor X'",
    "be Mayor X"), and not under a modal, a condition or an order ("would rather be", "Vote for
    President X!": :func:`_unasserted`)."""
    doc = index.doc
    if span.end >= len(doc) or doc[span.end].text == ",":
        return False
    k = bisect_right(heard, (span.start_char, len(doc_text(doc)))) - 1  # ``heard`` is sorted
    quote = heard[k] if k >= 0 and heard[k][0] <= span.start_char < heard[k][1] else None
    found = _person_after(index, span.end) if quote is not None else None
    if found is None:
        return False
    start, end = doc[_status(doc, span.start)[1]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
    text, marks = doc_text(doc), lexicons.load().quote_marks.characters
    if text[:start].rstrip()[-1:] in marks and text[end:].lstrip(" ,.!?;:")[:1] in marks:
        return False  # quote marks around only the title and the name (at any level): a name cited
    name = doc[found[0]:found[1]].root
    return not (_name_given(name) or _unasserted(name, quote))


def _name_given(name) -> bool:
    """A name that is a predicate ("I would be Mayor X", "crowned King X") or the object of a verb
    that gives or utters a name (``naming_verbs``: "calls himself Emperor X", "we will say Prime
    Minister X"): the words are a name given, not a person the speaker refers to."""
    verbs = lexicons.load().words["naming_verbs"]
    return name.dep_ in {"attr", "oprd", "acomp"} or (
        name.dep_ in {"dobj", "ccomp", "xcomp", "npadvmod", "appos"} and name.head.lemma_.lower() in verbs)


def _unasserted(name, quote: tuple[int, int]) -> bool:
    """A name under a modal or a condition (the events' factuality reading,
    :func:`kg.analyse.event_factuality.factuality`: "we could meet President X"; not a possessor,
    "it would hurt President X's chances", whose holder the clause takes as given) or in an order: a
    base-form verb with no subject or auxiliary heading the quoted clause ("Vote for President X!",
    "Go and thank President X")."""
    if name.dep_ == "poss":
        return False  # a possessor is taken as given, whatever the clause says of its thing ("could hurt X's chances")
    words = lexicons.load().words
    if factuality(name.doc[name.i:name.i + 1], words) == HYPOTHETICAL:
        return True
    verb = governing_verb(name)
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.tag_ == "VB" and not (quote[0] <= verb.head.idx < quote[1] and verb.head != verb) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in verb.children)


def _title_spans(index: IndexView, quotes: list[tuple[int, int]], heard: list[tuple[int, int]] | None = None):
    """The title phrases the role rules read: not part of a name, not a verb, not quoted; with
    ``heard`` (quoted words a speaker is quoted as saying), only the quoted titles before a name
    there (:func:`_named_in_quote`)."""
    doc = index.doc
    lex = lexicons.load()
    genitive = lex.words["genitive_prepositions"]
    quoted = Intervals(quotes)
    for span in doc.spans.get("kg_titles", []):
        if any(index.at(t.i) is not None for t in span):
            continue  # part of a name ("Council of Mayors")
        if not all(t.pos_ in {"NOUN", "PROPN", "ADJ"} or t.lower_ in genitive or t.text == "." for t in span) \
                and not ((span.text.lower() in lex.title_plurals
                          or not span[-1].lower_.endswith(tuple(lex.words["plural_suffixes"])))
                         and _person_after(index, span.end)):
            continue  # a title before a name may be tagged as a verb: "Acme heads A and B"
        if heard is None and quoted.covers(span.start_char):
            continue  # titles inside a speaker's words are not the article's statements
        if heard is not None and not (quoted.covers(span.start_char) and _named_in_quote(index, span, heard)):
            continue
        yield span


def propose_kinds(index: IndexView, quotes: list[tuple[int, int]], genders: Mapping[int, str]) -> dict[int, str]:
    """Entities the title phrases show to be of another kind, as proposals (entity -> kind) that
    the analysis applies in one step before the extractors run (:func:`kg.analyse.analyse_doc`);
    the rules never retype an entity in place. "X Rovers midfielder Y", "X CEO Y" (a one-word title
    of a club or company, then a person) with X read as a person who has no first name and no
    gender the resolver learnt (``genders``, :attr:`kg.analyse.resolve.Resolver.genders`): X is the
    club or company."""
    doc = index.doc
    lex = lexicons.load()
    out: dict[int, str] = {}
    for span in _title_spans(index, quotes):
        if span.text.lower() in lex.title_plurals or title_concept(span) not in lex.concepts["named_once"]:
            continue
        start = _status(doc, span.start)[1]
        i = start - 1
        if i >= 0 and doc[i].is_lower and doc[i].pos_ in {"ADJ", "NOUN"}:
            continue  # "X's military intelligence chief": a portfolio's owner, read by _org_before
        if i >= 0 and doc[i].text in lex.words["possessive_marks"]:
            i -= 1
        m = index.mention_ending_at(i) if i >= 0 else None
        if m is None:
            continue
        ent = index.entities[m[2]]
        if ent.kind == "PERSON" and genders.get(m[2], "-") == "-" and _person_after(index, start + 1) is not None \
                and not is_first_name(ent.name.split()[0]):
            out[m[2]] = "ORG"
    return out


def titles(index: IndexView, resolver: Resolver, quotes: list[tuple[int, int]],
           heard: list[tuple[int, int]] | None = None) -> list[Membership]:
    """The offices title phrases state (outside quotes; with ``heard``, the titles before a name
    in words a speaker is quoted as saying, :func:`heard_titles`). The organisations and places it
    finds that the recogniser left alone are proposed (:meth:`IndexView.propose`), not added."""
    doc = index.doc
    lex = lexicons.load()
    concepts, confidence = lex.concepts, lex.confidence
    out: list[Membership] = []
    holderless: list[tuple] = []  # definite public offices named with no holder: "the chancellor said"
    spans = list(_title_spans(index, quotes, heard))
    fields = {span.start: _portfolio_start(index, span) for span in spans}
    in_field = {i for span in spans for i in range(fields[span.start], span.start)}
    for span in spans:
        if span.start in in_field:
            continue  # "deputy" of "deputy treasury secretary": the field's prefix, no title of its own
        field = fields[span.start]
        status, phrase_start = _status(doc, field)
        if span.text.lower() in lex.title_plurals:
            out.extend(_plural_title(index, resolver, span, phrase_start, status))
            continue
        concept = title_concept(span)
        if concept in concepts["state"]:  # "president and chief executive": a company's president
            partner = _coordinated_title(doc, span)
            if partner is not None and partner in concepts["org_modified"]:
                concept = partner
        org, org_start = None, phrase_start
        for start in (phrase_start, _status(doc, span.start)[1]) if field < span.start else (phrase_start,):
            # before the field and its status ("Tory shadow health secretary X"), else the field's own
            # words ("government spokesman X", "X health department spokesman")
            org, org_start = _org_before(index, start, unnamed=concept in concepts["org_modified"],
                                         nationality=concept in concepts["nationality"],
                                         once=concept in concepts["named_once"],
                                         place=concept in concepts["place_modified"])
            if org is not None:
                break
        if org is None and concept in concepts["org_modified"] and phrase_start > 0 \
                and doc[phrase_start - 1].lower_ in lex.words["body_possessives"]:  # "their top striker X": the club
            org = resolver.pronoun(doc[phrase_start - 1])
            org = org if org is not None and index.entities[org].kind == "ORG" else None
            org_start = phrase_start - 1 if org is not None else phrase_start
        if org is None and (concept in concepts["state"] or concept in concepts["regional"]) and phrase_start > 0:
            # "state premier X", "Bavarian Premier X": a region's government, not the country's
            org = _region_before(index, phrase_start - 1)
            org_start = phrase_start - 1 if org is not None else phrase_start
        also = _coordinated_org(index, org_start) if org is not None else None
        if also is not None and index.entities[also].party != index.entities[org].party:
            also = None  # "both X and Democratic presidential candidate Y": a party joins only a party
        if org is not None and status is None:  # "former German Chancellor X"
            status, _ = _status(doc, org_start)
        found = _person_after(index, span.end) if doc[span.end - 1].text != "," else None
        rule, prenominal, in_clause = "prenominal", found is not None, False
        adjacent = prenominal  # a name right after the title (or its comma), or right before it below
        after_org, after_end = _org_after(index, resolver, span.end)
        if found is None and after_org is not None:
            found = _person_after(index, past_description(index, after_end))
            rule = "title-of-org-person"
        if found is None and doc[span.end - 1].text != ",":
            k = _past_time(index, after_end if after_org is not None else span.end)
            if k > span.end:
                found = _person_after(index, k)
                rule = "title-of-org-person"
        if found is None:
            found = _person_before(index, phrase_start if org is None else org_start)
            rule, adjacent = "apposition", found is not None
        if found is None:
            found = _person_by_clause(resolver, span)
            rule, in_clause = "clause", True
            verb = span.root.head.head
            verb = verb.head if verb.dep_ == "dobj" else verb
            if found is not None and status is None and span.root.dep_ == "pobj" and office_verb(verb) == OFFICE_VERB_SETS[0]:
                status = lex.status.get("former")  # "X stepped down as chairman": a former office
        if found is not None and adjacent and _clauses_apart(doc, span, found):
            found = None  # "… his second term as US President, X has said": no apposition
        if found is None:
            if after_org is None and (org is None or index.entities[org].kind == "PLACE") \
                    and (concept in concepts["state"] or concept in concepts["regional"]):
                holderless.append((span, field, status, phrase_start if org is None else org_start, concept, org))
            continue
        person = found[2]
        if org is None and after_org is None and prenominal:
            # "Prime Minister X of India": the organisation follows the name
            after_org, after_end = _org_after(index, resolver, found[1])
            if after_org is not None and doc[found[1]].lower_ not in lex.words["membership_prepositions"]:
                after_org, after_end = None, span.end
        if org is None or (after_org is not None and index.entities[org].kind == "PLACE"
                           and index.entities[after_org].kind == "ORG"):
            # an organisation named after the title ("ambassador to the United Nations") is
            # the body the role belongs to; a country before it only qualifies it
            org = after_org
        if org == person:
            org = None
        if concept == "president" and org is not None and index.entities[org].kind == "PLACE":
            concept = "head_of_state"
        # evidence: the title phrase with its organisation and the name it was read with
        lo = min(field, org_start if org is not None and org_start < span.start else span.start)
        hi = max(span.end, after_end if org is not None and org == after_org else span.end)
        before = phrase_start - 2 if phrase_start > 1 and _possessive(doc[phrase_start - 1]) \
            else phrase_start - 1
        owner = org is None and before >= 0 and index.at(before) is not None \
            and index.entities[index.at(before)].kind == "PERSON"  # "X's lawyer Y", "X spokesman Y"
        opening = before >= 0 and doc[before].is_sent_start and doc[before].lower_ in lex.common_words
        qualified = org is None and before >= 0 and doc[before].pos_ == "NOUN" \
            and (doc[before].is_lower or opening) \
            and doc[before].lower_ not in lex.status  # "parliament president", "the company's president"
        if qualified and opening and doc[before].is_title:
            # "Committee chairman X" opening a sentence: the one body of the article with that word, if any
            described = resolver.description(doc[before], bare=True)
            if described is not None and index.entities[described].kind == "ORG" and described != person:
                org, qualified = described, False
        # "an adviser to President X", "spokesman for X": the person served, not a body named near
        owner = owner or (org is None and _serves_person(index, doc[span.end - 1]))
        if qualified and before == phrase_start - 2:  # "the party's leader": the party named before
            described = resolver.description(doc[before])
            if described is not None and index.entities[described].kind == "ORG" and described != person:
                org, qualified = described, False
        if not in_clause:
            lo, hi = min(lo, found[0]), max(hi, found[1])
        ev = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        resolver.note_title(span.start, span.text, person)
        out.append(Membership(person=person, role=title_label(doc[field:span.end]), concept=concept, span=ev,
                              organization=org, status=status, confidence=confidence[rule],
                              rule=rule + ("+owned" if owner or qualified else ""),
                              in_clause=in_clause, owned=owner or qualified))
        if also is not None and also != person and org is not None and org != after_org:
            out.append(replace(out[-1], organization=also, rule=out[-1].rule + "+coordinated"))
    if heard is None:
        out.extend(_described_holders(index, resolver, holderless, out))
    return out


def _described_holders(index: IndexView, resolver: Resolver, holderless: list[tuple],
                       ms: list[Membership]) -> list[Membership]:
    """"X visited the plant. The chancellor said …": a public office (``concepts.tsv`` state, regional)
    named as a definite description, the subject of its sentence's main verb, with no name, body or
    place in its phrase, is held by the person the sentence before is about (the subject of its main
    verb) — when that person holds no title in the article and nobody holds an office of that concept
    (then the description is theirs: :meth:`Resolver.description`). The organisation is left to the
    implied-organisation rules (the country the article is about)."""
    doc = index.doc
    lex = lexicons.load()
    titled = {m.person for m in ms}
    held = {m.concept for m in ms}
    out: list[Membership] = []
    for span, field, status, phrase_start, concept, org in holderless:
        k = phrase_start - 1  # "the 54-year-old premier": lower-case modifiers after the article
        while k > 0 and phrase_start - k <= 4 and (doc[k].is_lower or doc[k].like_num or doc[k].text == "-") \
                and doc[k].pos_ in {"ADJ", "NUM", "PUNCT", "NOUN"} and doc[k].lower_ not in lex.words["definite_articles"]:
            k -= 1
        if concept in held or k < 0 or doc[k].lower_ not in lex.words["definite_articles"]:
            continue
        head = span.root
        if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.i < span.end:
            continue  # "the chancellor, Y": a name follows
        sent_start = head.sent.start
        own = [(i, e) for i, e in ((i, index.at(i)) for i in range(sent_start, k))
               if e is not None and index.entities[e].kind == "PERSON"]
        ancestors = {t.i for t in head.ancestors}
        if own and len({e for _i, e in own}) == 1 and not any(doc[i].head.i in ancestors and doc[i].dep_ in {"nsubj", "nsubjpass"} for i, _e in own):
            person, before = own[0][1], sent_start  # "the X affair, in which the former premier …": its one person
        else:
            person = resolver.main_subject_before(sent_start, lambda e: index.entities[e].kind == "PERSON")
            before = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        if person is None or person in titled:
            continue
        if any(e is not None and e != person and index.entities[e].kind == "PERSON"
               for e in (index.at(i) for i in range(before, k))):
            continue  # another person named in its sentence or the one before: "X met Y. The premier said"
        label = title_label(doc[field:span.end]).lower()
        if any(held_office(index, e) is not None and (e == person or held_office(index, e)[2].lower() == label)
               for e in range(len(index.entities))):
            continue  # a head of state or government the reader knows holds that office, or the person another
        out.append(Membership(person=person, role=title_label(doc[field:span.end]), concept=concept,
                              span=(doc[k].idx, doc[span.end - 1].idx + len(doc[span.end - 1].text)),
                              organization=org, status=status, confidence=lex.confidence["described-holder"],
                              rule="described-holder"))
        titled.add(person)
    return out


def titled_verb_roles(index: IndexView, resolver: Resolver, quotes: list[tuple[int, int]],
                      ms: list[Membership]) -> list[Membership]:
    """The memberships so far and the offices role verbs state of a person and organisation that
    no title joined (:func:`verb_roles`)."""
    titled = {(m.person, m.organization) for m in ms}
    return ms + [m for m in verb_roles(index, resolver, quotes) if (m.person, m.organization) not in titled]


def heard_titles(index: IndexView, resolver: Resolver, quotes: list[tuple[int, int]], quotations: list[Quotation],
                 ms: list[Membership]) -> list[Membership]:
    """The memberships with the offices named by a title before a name in the words of a direct
    quotation the quote rules attribute with a cue verb ("'… we met Foreign Minister X,' said Y":
    :func:`_named_in_quote`); run once the quotations are read (:func:`kg.analyse.analyse_doc`),
    with the title's implied organisation (:func:`implied_organisations`), read after the
    article's own statements (:func:`dedupe` keeps the first). Titles in other quoted words (a
    work's name, a chant, a nickname) state nothing."""
    heard = sorted(s for q in quotations if q.direct and q.cue and (q.speaker is not None or q.source is not None)
                   for s in q.spans)
    new = titles(index, resolver, quotes, heard) if heard else []
    return dedupe(ms + implied_organisations(index, new)) if new else ms


# The memberships extractor is these passes, in this order (kg.analyse.extractors): each one sees
# the entity index read-only, proposes new mentions, and the recipe (kg.analyse.analyse_doc) applies
# them before the next pass: a verb's title reads the country a title proposed ("appointed X,
# U.S. attorney for Y": the "U.S." a title rule proposed is the attorney's), the implied
# organisations the country a title pass proposed; the affiliation pass repeats over the mentions
# its last run proposed ("X (R-Texas)": the party is an organisation whose own affiliations are read next).
PASSES = (
    ("titles", lambda index, resolver, quotes, ms: titles(index, resolver, quotes), False),
    ("verb roles", titled_verb_roles, False),
    ("implied organisations", lambda index, resolver, quotes, ms: implied_organisations(index, ms), False),
    ("known offices", lambda index, resolver, quotes, ms: known_offices(index, ms), False),
    ("affiliations", lambda index, resolver, quotes, ms: ms + affiliations(index, quotes), True),
    ("party appositions", lambda index, resolver, quotes, ms: ms + party_appositions(index, resolver, quotes), False),
    ("coordinated affiliations", lambda index, resolver, quotes, ms: ms + coordinated_affiliations(index, ms), False),
    ("title bodies", lambda index, resolver, quotes, ms: title_bodies(index, ms), False),
    ("host bodies", lambda index, resolver, quotes, ms: host_bodies(index, ms), False),
    ("dedupe", lambda index, resolver, quotes, ms: dedupe(ms), False),
)


def _name_start(index: IndexView, tok) -> int:
    """The first token of the name a token ends (or the token itself)."""
    e = index.at(tok.i)
    i = tok.i
    while e is not None and i > 0 and index.at(i - 1) == e:
        i -= 1
    return i


def _title_of(doc: Doc, tok, titles: dict[int, Span]) -> tuple[str, str] | None:
    """The role label and concept of a predicate noun ("as chief executive", "named minister"):
    a title phrase of the lexicon, else an occupation noun."""
    lex = lexicons.load()
    span = titles.get(tok.i)
    if span is not None:
        return title_label(span), title_concept(span)
    low = tok.lower_
    if tok.pos_ == "NOUN" and (low in lex.titles or low in lex.occupations):
        concept = lex.titles[low][0] if low in lex.titles else lex.occupations[low]
        return tok.text[:1].upper() + tok.text[1:], concept
    return None


def _org_of_title(index: IndexView, resolver: Resolver, tok) -> int | None:
    """The organisation inside a predicate title's phrase: "chief executive of|at|for Y",
    "Y's chief executive", "Y chief executive"."""
    preps = lexicons.load().words["org_prepositions"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    e = resolver.entity(g)
                    if e is not None and index.entities[e].kind in {"ORG", "PLACE"}:
                        return e
        elif c.dep_ in {"poss", "compound"} and c.i < tok.i:
            e = index.at(c.i)
            if e is not None and index.entities[e].kind in {"ORG", "PLACE"}:
                return e
    return None


def verb_roles(index: IndexView, resolver: Resolver, quotes: list[tuple[int, int]]) -> list[Membership]:
    """Offices stated by a verb of ``role_verbs.tsv``, read from the parse:

    * lead: ``PERSON heads|leads|chairs ORG``, ``ORG, (which is) led by PERSON``, ``PERSON, who
      coaches ORG`` — the subject (or the passive's agent) holds the verb's role in the object;
    * appoint: ``ORG appointed PERSON (as) TITLE [of ORG]``, ``PERSON was named TITLE of ORG``
      — the object (or the passive subject) holds the title; its organisation is the one in the
      title's phrase, else the one that appointed.
    A negated verb states no office; words inside quotes are not the article's statements."""
    doc = index.doc
    lex = lexicons.load()
    quoted = Intervals(quotes)
    titles = {t.i: span for span in doc.spans.get("kg_titles", []) for t in span}
    out: list[Membership] = []

    def kind(e: int | None) -> str | None:
        return index.entities[e].kind if e is not None else None

    def add(person_tok, org_tok, v, person: int, org: int | None, label: str, concept: str, rule: str, last=None):
        toks = [t for t in (person_tok, org_tok, v, last) if t is not None]
        lo = min(_name_start(index, t) for t in toks)
        hi = max(t.i for t in toks) + 1
        out.append(Membership(person=person, role=label, concept=concept,
                              span=(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)), organization=org,
                              confidence=lex.confidence["verb-role"], rule=rule))

    for v in doc:
        entry = lex.role_verbs.get(v.lemma_.lower())
        if entry is None or v.pos_ != "VERB" or quoted.covers(v.idx) or any(c.dep_ == "neg" for c in v.children):
            continue
        how, concept, label = entry
        agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if how == "lead":
            if agent is not None:  # "Y, led by X", "Y is headed by X", "the government of Y that is run by X"
                person_tok = agent
                org_tok = v.head if v.dep_ in {"acl", "relcl"} else next((c for c in v.children if c.dep_ == "nsubjpass"), None)
                if org_tok is not None and resolver.entity(org_tok) is None:
                    org_tok = next((g for c in org_tok.children if c.dep_ == "prep" and c.lower_ in lex.words["genitive_prepositions"]
                                    for g in c.children if g.dep_ == "pobj"), org_tok)
            elif v.tag_ in {"VBN"} or (v.tag_ == "VBG" and v.dep_ != "relcl" and not any(c.dep_ == "aux" for c in v.children)):
                continue  # "the X-led coalition", "leading figures": no holder named
            else:
                person_tok = subject_of(v)
                org_tok = next((c for c in v.children if c.dep_ == "dobj"), None)
            person, org = resolver.entity(person_tok), resolver.entity(org_tok)
            named = None if agent is None else titles.get(person_tok.i) or next(
                (titles[c.i] for c in person_tok.children if c.i in titles and c.dep_ in {"compound", "appos"}), None)
            if named is not None and title_concept(named) in lex.concepts["leads"]:
                label, concept = title_label(named), title_concept(named)  # "run by Labour leader X": the title says which role
            if kind(person) == "PERSON" and kind(org) in {"ORG", "PLACE"} and person != org:
                # a place led is its government, or a club named after its city ("he led X to promotion")
                add(person_tok, org_tok, v, person, org, label, concept, "verb-lead")
            continue
        if how in {"join", "recruit"}:  # "X joined Y", "Y signed X", "X was recruited by Y"
            passive = any(c.dep_ == "nsubjpass" for c in v.children)
            obj = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            subj = agent if passive else subject_of(v)
            person_tok, org_tok = (subj, obj) if how == "join" else (obj, subj)
            if (how == "join" and passive) or v.dep_ == "xcomp":
                continue  # "refused to join Y", "wants to sign X": not done
            person = resolver.entity(person_tok)
            org = index.at(org_tok.i) if org_tok is not None else None  # named, never a pronoun: "let him join them"
            if kind(person) == "PERSON" and kind(org) == "ORG" and person != org and v.tag_ != "VBG":
                add(person_tok, org_tok, v, person, org, label, concept, "verb-" + how)
            continue
        # appoint
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        person_tok = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        person = resolver.entity(person_tok)
        if kind(person) != "PERSON":
            continue
        title_tok = None
        for c in v.children:
            if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"} and c.pos_ in {"NOUN", "PROPN"}:
                title_tok = c
            elif c.dep_ == "prep" and c.lower_ in lex.words["role_prepositions"]:
                title_tok = next((g for g in c.children if g.dep_ == "pobj"), title_tok)
        if title_tok is None and person_tok is not None:  # "named X chief executive": a predicate after the object
            title_tok = next((c for c in person_tok.children if c.dep_ in {"appos", "oprd"} and c.i > person_tok.i
                              and c.pos_ == "NOUN"), None)
        read = _title_of(doc, title_tok, titles) if title_tok is not None else None
        if read is None:
            continue
        org = _org_of_title(index, resolver, title_tok)
        if org is None and not passive:
            by = resolver.entity(subject_of(v))
            org = by if kind(by) == "ORG" else None
        if org is not None and org != person:  # "named player of the month": an award, no office
            add(person_tok, None, v, person, org, read[0], read[1], "verb-appoint", last=title_tok)
    return out


def _plural_title(index: IndexView, resolver: Resolver, span: Span, phrase_start: int,
                  status: str | None) -> list[Membership]:
    """"Democratic mayors A and B", "Presidents A of X, B of Y and C": the title for each person
    listed right after it; a person's own "of X" names their organisation, else the shared one."""
    doc = index.doc
    lex = lexicons.load()
    singular = lex.title_plurals[span.text.lower()]
    concept = lex.titles[singular][0]
    org, org_start = _org_before(index, phrase_start)
    label = " ".join(w[:1].upper() + w[1:] for w in singular.split())
    out = []
    i = span.end
    while i < len(doc):
        m = index.mention_starting_at(i)
        if m is None or index.entities[m[2]].kind != "PERSON":
            break
        own, end = _org_after(index, resolver, m[1]) if m[1] < len(doc) and doc[m[1]].lower_ in lex.words["membership_prepositions"] \
            else (None, m[1])
        this_org = own if own is not None else org
        this_concept = "head_of_state" if concept == "president" and this_org is not None \
            and index.entities[this_org].kind == "PLACE" else concept
        lo = min(span.start, org_start) if this_org is not None and this_org == org else m[0]
        out.append(Membership(person=m[2], role=label, concept=this_concept,
                              span=(doc[lo].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                              organization=this_org, status=status, confidence=lex.confidence["plural-title"],
                              rule="plural-title"))
        i = end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ in lex.words["list_coordinators"]:
            i += 1
    return out if len(out) > 1 else []


def dedupe(ms: list[Membership]) -> list[Membership]:
    """One membership per person, role and organisation; an organisation-less duplicate of a
    membership that names one is dropped, and so is an affiliation read without a title when a
    title names the same person and organisation. Two titles of one role concept are one role when
    one title's words hold the other's ("Acme chief executive X" … "the Acme chief executive") or one
    is a bare word for whoever is in charge ("Acme director X" … "the Acme chief"); not "Defence
    Minister" and "Foreign Minister" (the first title's label and evidence are kept)."""
    seen: dict[tuple, Membership] = {}
    concepts: defaultdict[tuple, set[frozenset[str]]] = defaultdict(set)  # the title words of each post
    heads = lexicons.load().words["generic_head_titles"]
    leads = lexicons.load().concepts["leads"]

    def generic(words: frozenset[str]) -> bool:
        return len(words) == 1 and next(iter(words)) in heads

    for m in ms:
        k = (m.person, m.role.lower(), m.organization)
        same = (m.person, m.concept, m.organization, m.status)
        words = frozenset(m.role.lower().split())
        # one role only when one title's words hold the other's ("chief" ... "chief executive") or one
        # is a bare word for whoever is in charge (``generic_head_titles``: "director" ... "the Acme
        # chief"), not two posts of one concept ("Founder" and "Chief Executive", "Defence" and
        # "Foreign Minister", "Director" and "Head of Research")
        if k not in seen and not (m.concept and any(w <= words or words <= w or generic(w) or generic(words)
                                                    for w in concepts[same])):
            seen[k] = m
            concepts[same].add(words)
    # a bare "head"/"chief" of a body whose leading title ("chief executive", "chairman", "director" …)
    # the same person holds names that post: "Acme heads X and Y" … "co-CEO X" is one membership
    leading = {(m.person, m.organization, m.status) for m in seen.values()
               if m.organization is not None and m.concept in leads and not generic(frozenset(m.role.lower().split()))}
    seen = {k: m for k, m in seen.items()
            if not (generic(frozenset(m.role.lower().split())) and (m.person, m.organization, m.status) in leading)}
    # an organisation-less title whose words another of the person's titles with an organisation holds
    # ("Minister" beside "Disability Minister" of the country) is that title again
    with_org: defaultdict[int, list[frozenset[str]]] = defaultdict(list)
    for m in seen.values():
        if m.organization is not None:
            with_org[m.person].append(frozenset(m.role.lower().split()))
    titled = {(m.person, m.organization) for m in seen.values() if m.titled}
    # the words a title rule read are read once: an affiliation of the same phrase ("EU parliament
    # president X": the parliament's president, not the union's) gives way to the title's reading
    phrases = {(m.person, m.span) for m in seen.values() if m.titled and m.organization is not None}
    # an organisation-less seat of a legislature the person holds with an organisation ("MEP X" beside "X,
    # a parliamentarian of the EU"; concepts.tsv ``seat``) is that seat again (one seat at a time, unlike a
    # director's or an official's posts)
    seats = lexicons.load().concepts["seat"]
    posts = {(m.person, m.concept, m.status) for m in seen.values() if m.organization is not None and m.concept in seats}
    return [m for k, m in seen.items()
            if (m.organization is not None or not any(frozenset(k[1].split()) <= w for w in with_org[k[0]]))
            and not (m.organization is None and (m.person, m.concept, m.status) in posts)
            and not (not m.titled and ((m.person, m.organization) in titled or (m.person, m.span) in phrases))]


def _formal_title(doc: Doc, m: Membership) -> bool:
    """Whether the title of an organisation-less role is written as a formal title: capitalised
    where it is not a sentence's first word ("said President X", "Judge X ruled"; a sentence's first
    word is read as the article writes it elsewhere, formal if nowhere else). Style guides
    (AP, Chicago) capitalise a formal title before a name and lower-case an occupational
    description ("goalkeeper X", "the film director X", "X, a coach")."""
    words = m.role.split()
    if not words:
        return False
    full = doc_text(doc)
    text = full[m.span[0]:m.span[1]]
    at = re.search(rf"(?<![\w-]){re.escape(words[0])}(?!\w)", text, re.IGNORECASE)
    if at is None:
        return False
    start = m.span[0] + at.start()
    if not full[start].isupper():
        return False
    span = doc.char_span(start, start + len(words[0]), alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    firsts, cased = _casing(doc)
    if not firsts[tok.i]:
        return True
    # a sentence's first word: as the article writes the word elsewhere, formal when it never does
    return cased.get(tok.lower_, set()) != {False}


def _casing(doc: Doc) -> tuple[list[bool], dict[str, set[bool]]]:
    """Once per ``Doc``: whether each token is its sentence's first word (only punctuation or
    space before it in the sentence), and for each lower-cased word the capitalisations it is
    written with where it is not a sentence's first word."""
    cached = doc.user_data.get("kg_casing")
    if cached is not None and len(cached[0]) == len(doc):
        return cached
    starts = sentence_starts(doc)
    firsts = [False] * len(doc)
    cased: dict[str, set[bool]] = {}
    word_seen_from = -1  # the sentence start after which a word (not punctuation/space) was seen
    for t in doc:
        a = starts[t.i]
        firsts[t.i] = word_seen_from != a
        if not (t.is_punct or t.is_space):
            word_seen_from = a
        if not firsts[t.i]:
            cased.setdefault(t.lower_, set()).add(t.text[0].isupper())
    doc.user_data["kg_casing"] = (firsts, cased)
    return firsts, cased


def positions(doc: Doc, ms: list[Membership]) -> list[Membership]:
    """The roles with the ones that name no organisation, are no public office (concepts.tsv
    ``public_office``) and carry no formal title marked as positions (new records): W3C ORG relates
    an agent to an organisation, so an occupation the article describes without one ("the film
    director X", "coach X") is no org:Membership. A public office ("served as vice president") or a
    formal title ("President X" in an article that does not say of what) stays a membership: its
    body exists, the article takes it as known. A military rank ("General X") or a sportsperson's
    title ("Captain X", "Coach X": ``occupational``, an occupational description in the style
    guides however it is written) names no such body."""
    concepts = lexicons.load().concepts
    offices, no_body = concepts["public_office"], concepts["rank"] | concepts["occupational"]
    return [replace(m, position=True)
            if m.organization is None and m.concept not in offices
            and (m.concept in no_body or not _formal_title(doc, m)) else m
            for m in ms]
