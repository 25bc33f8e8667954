"""Roles: who holds which office, read from titles around a person's name.

Each title phrase (``doc.spans["kg_titles"]``) is tried against small patterns:

* pre-nominal — ``[ORG|PLACE|DEMONYM]['s] TITLE PERSON`` ("Springfield Mayor Laura Jensen")
* apposition after — ``PERSON, a|the TITLE of|for|at ORG`` ("X, a spokeswoman for the FAA")
* apposition before — ``the TITLE of ORG[, ST], PERSON`` ("the mayor of Salem, Oregon, X")
* clause — ``PERSON, who serves as the TITLE of ORG`` / ``PERSON is the TITLE of ORG``

A title the article gives without its organisation implies one where that is safe
(:func:`implied_organisations`), and affiliations without a title word are read from
appositions, possessives and parentheses (:func:`affiliations`).
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
    written_out = lexicons.load().title_labels.get(span.text.lower())
    if written_out:
        return written_out  # "Sen." → "Senator"
    words = []
    for w in span.text.split():
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
        if t.lower_ in {"presumptive", "incumbent", "current", "sitting", "newly", "elected", "new", "top",
                        "longtime", "veteran", "senior", "chief"}:
            i -= 1
            continue
        break
    return status, i + 1


# titles whose bare proper-noun modifier names an organisation ("Gazprom CEO", "Dortmund coach");
# before other titles it is a portfolio or a district ("Energy Secretary", "Health Minister")
ORG_MODIFIED = {"chief_executive", "chair", "director", "coach", "player", "spokesperson"}


def _org_before(index: EntityIndex, start: int, unnamed: bool = False) -> tuple[int | None, int]:
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
    two = f"{doc[i - 1].text} {t.text}" if i > 0 else ""
    if two in lex.demonyms and t.ent_type_ in {"NORP", "GPE", ""}:  # "South African"
        return index.add("PLACE", lex.demonyms[two], i - 1, i + 1), i - 1
    country = lex.demonyms.get(t.text)
    if country and t.ent_type_ in {"NORP", "GPE", ""}:
        return index.add("PLACE", country, i, i + 1), i
    if t.lower_ == "government" or (t.lower_ in {"country", "nation"} and i > 0 and doc[i - 1].lower_ == "the"):
        # "government spokesman X", "the country's president": the country the article is about
        country_i = leading_country(index)
        if country_i is not None:
            return country_i, i - 1 if t.lower_ != "government" else i
    party = lex.parties.get(t.text)
    if party and t.is_title:
        return index.add("ORG", party, i, i + 1), i
    if t.lower_ == "party" and i > 0 and doc[i - 1].text in lex.parties:  # "Green party whip X"
        return index.add("ORG", lex.parties[doc[i - 1].text], i - 1, i + 1), i - 1
    return _unnamed_org_before(index, i + 1) if unnamed else (None, start)


def _unnamed_org_before(index: EntityIndex, end: int) -> tuple[int | None, int]:
    """Proper nouns right before a title that the entity recogniser left alone ("Gazprom CEO",
    "Dortmund coach"): the organisation (a place when the gazetteer knows the name)."""
    from .places import gazetteer

    doc = index.doc
    lex = lexicons.load()
    i = end
    while i > 0 and end - i < 3 and doc[i - 1].is_alpha \
            and (doc[i - 1].pos_ == "PROPN" or (doc[i - 1].pos_ == "ADJ" and not doc[i - 1].is_sent_start)) \
            and not doc[i - 1].is_lower and index.at(i - 1) is None and doc[i - 1].ent_type_ not in {"DATE", "TIME"} \
            and doc[i - 1].lower_ not in lex.titles and doc[i - 1].lower_ not in lex.status \
            and doc[i - 1].text.rstrip(".") not in lex.honorifics and doc[i - 1].text not in lex.demonyms:
        i -= 1
    if i == end:
        return None, end
    name = doc[i:end].text
    gz = gazetteer()
    low = name.lower()
    kind = "PLACE" if low in gz.countries or low in gz.states or low in gz.cities else "ORG"
    return index.add(kind, name, i, end), i


def _skip_modifiers(index: EntityIndex, i: int, limit: int = 5) -> int:
    """Past articles and a few lower-case modifiers before a name ("the local daily X", "the
    extra-parliamentary X group", "the Rostock-based X", "Tokyo's X")."""
    doc = index.doc
    start = i
    while i < len(doc) and i - start < limit + 2:
        t = doc[i]
        if t.lower_ in SKIP or t.is_space or (t.is_lower and (t.pos_ in {"ADJ", "NOUN", "ADV"} or t.tag_ == "VBN")) \
                or (t.text == "-" and i > start) or t.text in {'"', "“", "'"}:
            i += 1
            continue
        m = index.mention_starting_at(i)
        if m is not None and m[1] + 1 < len(doc) and doc[m[1]].text == "-" and doc[m[1] + 1].lower_ == "based":
            i = m[1] + 2
            continue
        if m is not None and index.entities[m[2]].kind == "PLACE" and m[1] < len(doc) \
                and doc[m[1]].text in {"'s", "’s"}:
            i = m[1] + 1
            continue
        break
    return i


def _institution_after(index: EntityIndex, m: Mention) -> Mention:
    """"International Relations at X University": a field named like an organisation, then the
    institution; the institution is the one meant."""
    doc = index.doc
    if m[1] < len(doc) and doc[m[1]].lower_ == "at":
        m2 = _org_at(index, m[1] + 1)
        if m2 is not None:
            return m2
    return m


def _org_after(index: EntityIndex, resolver: Resolver, end: int) -> tuple[int | None, int]:
    """``of|for|at … ORG`` right after a title: the organisation and where the phrase ends.
    "of Pakistan's Punjab province" is Punjab's; "professor of physics at X University" is X's."""
    doc = index.doc
    if end >= len(doc) or doc[end].lower_ not in ORG_PREPS | {"on"}:
        return None, end
    i = end + 1
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in SKIP | {"city", "state", "county"}):
        i += 1
    if i < len(doc) and doc[i].lower_ == "of" and doc[i - 1].lower_ in {"city", "state", "county"}:
        i += 1
    m = index.mention_starting_at(i) if i < len(doc) else None
    if m is None:  # "of the internationally recognized organization X"
        j = _skip_modifiers(index, i)
        m2 = index.mention_starting_at(j) if j < len(doc) else None
        if m2 is None and j > i and doc[j - 1].is_lower:
            m2 = _unnamed_org_at(index, j)
        if m2 is not None and index.entities[m2[2]].kind == "ORG":
            m = m2
    if m is not None and (index.entities[m[2]].kind == "ORG"
                          or (index.entities[m[2]].kind == "PLACE" and doc[end].lower_ != "on")):
        j = m[1]
        # "Salem, Oregon": the state completes the place
        if j + 1 < len(doc) and doc[j].text == ",":
            m2 = index.mention_starting_at(j + 1)
            if m2 is not None and index.entities[m2[2]].kind == "PLACE" and m2[2] != m[2] \
                    and not (m2[1] < len(doc) and doc[m2[1]].lower_ in {"and", "or"}):
                j = m2[1]
        # "of Pakistan's Punjab province": the possessed name
        if index.entities[m[2]].kind == "PLACE" and j < len(doc) and doc[j].text in {"'s", "’s"}:
            m2 = index.mention_starting_at(j + 1) if j + 1 < len(doc) else None
            if m2 is not None and index.entities[m2[2]].kind in {"ORG", "PLACE"}:
                return m2[2], m2[1]
        if index.entities[m[2]].kind == "ORG":
            m = _institution_after(index, (m[0], j, m[2]))
            return m[2], m[1]
        return m[2], j
    if i < len(doc) and any(t.lower_ == "the" for t in doc[end + 1:i]):
        e = resolver.description(doc[i])
        if e is not None and index.entities[e].kind == "ORG":
            return e, i + 1
    # "professor of ship-building at X": the institution after the field
    k = i
    while k < len(doc) and k - i < 4 and doc[k].lower_ != "at" and not doc[k].is_punct and index.at(k) is None:
        k += 1
    if k < len(doc) and doc[k].lower_ == "at" and doc[end].lower_ == "of":
        m2 = _org_at(index, k + 1)
        if m2 is not None:
            return m2[2], m2[1]
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
    if v.lemma_ not in COPULAS or v.tag_ == "VBG":
        return None  # "X being a co-founder": a clause about X, not the article's statement
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
        if span.text.lower() in lex.title_plurals:
            out.extend(_plural_title(index, resolver, span, phrase_start, status))
            continue
        concept = title_concept(span)
        org, org_start = _org_before(index, phrase_start, unnamed=concept in ORG_MODIFIED)
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
        if org is None and after_org is None and rule == "prenominal":
            # "Prime Minister X of India": the organisation follows the name
            after_org, after_end = _org_after(index, resolver, found[1])
            if after_org is not None and doc[found[1]].lower_ not in {"of", "from"}:
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
        lo = min(span.start, org_start if org is not None and org_start < span.start else span.start)
        hi = max(span.end, after_end if org is not None and org == after_org else span.end)
        before = phrase_start - 2 if phrase_start > 1 and doc[phrase_start - 1].text in {"'s", "’s"} \
            else phrase_start - 1
        owner = org is None and before >= 0 and index.at(before) is not None \
            and index.entities[index.at(before)].kind == "PERSON"  # "X's lawyer Y", "X spokesman Y"
        qualified = span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].pos_ == "NOUN" \
            and doc[span.start - 1].lower_ not in lex.status  # "parliament president", "club president"
        if rule != "clause":
            lo, hi = min(lo, found[0]), max(hi, found[1])
        ev = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        resolver.note_title(span.start, span.text, person)
        out.append(Membership(person=person, role=title_label(span), concept=concept, span=ev,
                              organization=org, status=status, confidence=conf,
                              rule=rule + ("+owned" if owner or qualified else "")))
    implied_organisations(index, out)
    out.extend(affiliations(index, quotes))
    out.extend(coordinated_affiliations(index, out))
    return dedupe(out)


def _plural_title(index: EntityIndex, resolver: Resolver, span: Span, phrase_start: int,
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
        own, end = _org_after(index, resolver, m[1]) if doc[m[1]].lower_ in {"of", "from"} else (None, m[1])
        this_org = own if own is not None else org
        this_concept = "head_of_state" if concept == "president" and this_org is not None \
            and index.entities[this_org].kind == "PLACE" else concept
        lo = min(span.start, org_start) if this_org is not None and this_org == org else m[0]
        out.append(Membership(person=m[2], role=label, concept=this_concept,
                              span=(doc[lo].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                              organization=this_org, status=status, confidence=0.8, rule="plural-title"))
        i = end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ in {"and", "und"}:
            i += 1
    return out if len(out) > 1 else []


def coordinated_affiliations(index: EntityIndex, ms: list[Membership]) -> list[Membership]:
    """"X, director of A and a fellow of B": the second affiliation after "and"."""
    doc = index.doc
    lex = lexicons.load()
    out = []
    for m in ms:
        if m.organization is None:
            continue
        span = doc.char_span(*m.span, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "and":
            continue
        last = index.mention_ending_at(span.end - 1)
        if last is None or last[2] != m.organization:
            continue
        noun, org = _described_org(index, span.end + 1)
        if org is None or org[2] == m.organization:
            continue
        low = noun.lower()
        concept = lex.titles.get(low, (lex.occupations.get(low, "member"), "-"))[0]
        out.append(Membership(person=m.person, role=noun[:1].upper() + noun[1:], concept=concept,
                              span=(doc[span.end + 1].idx, doc[org[1] - 1].idx + len(doc[org[1] - 1].text)),
                              organization=org[2], confidence=0.6, rule="affiliation-coordinated"))
    return out


# titles of a country's government: with no organisation stated, the country the article is about
STATE_CONCEPTS = {"head_of_state", "head_of_government", "minister", "president"}
# titles that belong to the country's government only when no organisation is near
# (a spokesman, a director …): the nearest organisation named close by
NEAR_WINDOW = 250  # characters


def _sentence_of(doc: Doc, i: int) -> Span:
    return doc[i].sent


def country_weights(index: EntityIndex) -> dict[int, int]:
    """Countries an article is about: mentions of places that are countries, demonyms included."""
    from .places import gazetteer

    lex = lexicons.load()
    countries = set(gazetteer().countries) | {c.lower() for c in lex.demonyms.values()}
    weights: dict[int, int] = {}
    for i, ent in enumerate(index.entities):
        if ent.kind == "PLACE" and ent.name.lower() in countries:
            weights[i] = len(ent.mentions)
    by_name = {index.entities[i].name.lower(): i for i in weights}
    for t in index.doc:
        country = lex.demonyms.get(t.text)
        if country and index.at(t.i) is None and country.lower() in by_name:
            weights[by_name[country.lower()]] += 1
    return weights


# titles that belong to an organisation named near them when the phrase names none
NEAREST_CONCEPTS = ORG_MODIFIED | {"official", "adviser", "party_leader", "candidate"}
PARTY_CONCEPTS = {"party_leader", "candidate"}


def _venue(doc: Doc, a: int) -> bool:
    """A name after "at", "in", "outside" … ("speaking to students at X University"): a place where
    something happened, not the body a title belongs to."""
    i = a - 1
    while i >= 0 and doc[i].lower_ in SKIP:
        i -= 1
    return i >= 0 and doc[i].lower_ in {"at", "in", "outside", "inside", "near", "into", "across"}


def _names_event(span: Span) -> bool:
    """An organisation-like name of an event ("National Convention", "Summit"): nobody's employer."""
    return (span[-1].lemma_.lower(), "NOUN") in lexicons.load().event_words


def leading_country(index: EntityIndex) -> int | None:
    """The country an article is about, when one clearly leads (twice the mentions of the next)."""
    weights = sorted(country_weights(index).items(), key=lambda kv: -kv[1])
    if weights and (len(weights) == 1 or weights[0][1] >= 2 * weights[1][1]):
        return weights[0][0]
    return None


def implied_organisations(index: EntityIndex, ms: list[Membership]) -> None:
    """Fill the organisation of a title stated without one, when the implication is safe:

    * a head of state or government or a minister: the country the article is mostly about,
      when one clearly leads (twice the mentions of the next);
    * an organisation's title (a spokesperson, a chief executive, a coach …): the nearest
      organisation (a party only for party titles) named in its sentence, or within
      ``NEAR_WINDOW`` characters, when there is exactly one nearest.
    """
    doc = index.doc
    country: int | None = -1
    for m in ms:
        if m.organization is not None or m.rule.endswith("+owned"):
            continue  # "X's lawyer Y", "parliament president Y": the owner is not a country or organisation
        if m.concept in STATE_CONCEPTS:
            if country == -1:
                country = leading_country(index)
            if country is not None and country != m.person:
                m.organization = country
                m.concept = "head_of_state" if m.concept == "president" else m.concept
                m.rule, m.confidence = m.rule + "+implied-country", min(m.confidence, 0.6)
            continue
        if m.concept not in NEAREST_CONCEPTS:
            continue  # an attorney general or a senator serves a jurisdiction, not a nearby name
        s, e = m.span
        sent = doc.char_span(s, e, alignment_mode="expand")
        sent_range = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (s, e)
        best: list[tuple[int, int]] = []
        for a, b, ent in index.mentions:
            if index.entities[ent].kind != "ORG" or ent == m.person or _names_event(doc[a:b]) or _venue(doc, a) \
                    or index.entities[ent].party != (m.concept in PARTY_CONCEPTS):
                # a candidate's party, never a candidate's office; an official's body, never a party
                continue
            sa, sb = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            dist = s - sb if sb <= s else (sa - e if sa >= e else 0)
            inside = sent_range[0] <= sa < sent_range[1]
            if inside or (dist <= NEAR_WINDOW and not m.rule.startswith("clause")):
                best.append((0 if inside else 1, dist, ent))
        best.sort()
        tier = {ent for near, _d, ent in best if near == best[0][0]} if best else set()
        if len(tier) == 1:  # one organisation in the nearest tier: else the choice is a guess
            m.organization = best[0][2]
            m.rule, m.confidence = m.rule + "+nearest-org", min(m.confidence, 0.5)


AFFIL_PREPS = {"of", "at", "from", "with", "for"}
AFFIL_GAP = 6  # words between the comma and the preposition ("a senior analyst at …")


def _org_at(index: EntityIndex, i: int) -> Mention | None:
    """An organisation named at token ``i``, after an article and a few modifiers."""
    doc = index.doc
    i = _skip_modifiers(index, i)
    m = index.mention_starting_at(i) if i < len(doc) else None
    if m is None and i < len(doc) and i > 0 and doc[i - 1].lower_ not in AFFIL_PREPS:
        m = _unnamed_org_at(index, i)  # "the non-governmental organization X", not "of X"
    return m if m is not None and index.entities[m[2]].kind == "ORG" else None


def _unnamed_org_at(index: EntityIndex, i: int) -> Mention | None:
    """Capitalised words after a description of an organisation that the entity recogniser left
    alone ("the watchdog group X Y"): the organisation they name."""
    doc = index.doc
    lex = lexicons.load()
    j = i
    while j < len(doc) and j - i < 6 and doc[j].pos_ == "PROPN" and doc[j].is_title and index.at(j) is None \
            and doc[j].text not in lex.demonyms and doc[j].lower_ not in lex.titles and not doc[j].is_sent_start:
        j += 1
    if j == i:
        return None
    e = index.add("ORG", doc[i:j].text, i, j)
    return i, j, e


def _described_org(index: EntityIndex, i: int) -> tuple[str | None, Mention | None]:
    """Walk a short description ("a senior analyst", "an Africa expert", "professor of physics")
    to the organisation after one of its prepositions: the description's first head noun and the
    organisation, or (None, None)."""
    doc = index.doc
    noun, start, frozen = None, i, False
    while i < len(doc) and i - start <= AFFIL_GAP + 2:
        t = doc[i]
        if t.lower_ in AFFIL_PREPS:
            if noun is None:
                return None, None
            m = _org_at(index, i + 1)
            if m is not None:
                return noun, _institution_after(index, m)
            frozen = True
        elif t.is_punct and t.text != "-" or t.pos_ in {"VERB", "AUX", "PRON"} or t.is_sent_start:
            break
        elif index.at(i) is not None and index.entities[index.at(i)].kind != "PLACE":
            break
        elif t.pos_ == "NOUN" and not frozen:
            noun = t.text  # the head of the first noun group ("political scientist", not "relations")
        elif noun is not None and t.pos_ not in {"NOUN", "ADJ"}:
            frozen = True
        i += 1
    return None, None


def _occupation_before(doc: Doc, end: int, max_words: int = 3) -> tuple[str | None, int]:
    """Lower-case words ending in an occupation or title right before token ``end``
    ("energy policy expert"): the occupation and where the words start."""
    lex = lexicons.load()
    i = end
    while i > 0 and end - i < max_words and doc[i - 1].is_lower and doc[i - 1].pos_ in {"NOUN", "ADJ", "PROPN"}:
        i -= 1
    for j in range(i, end):  # the longest occupation ending the run
        words = doc[j:end].text.lower()
        if words in lex.occupations or words in lex.titles:
            return doc[j:end].text, i
    return None, end


def affiliations(index: EntityIndex, quotes: list[tuple[int, int]]) -> list[Membership]:
    """Affiliations stated without a title phrase of the lexicon:

    * ``PERSON, [a|the] … NOUN of|at|from|with|for ORG`` ("X, an expert at the Y Institute")
    * ``PERSON is a … NOUN with ORG`` ("X is a political scientist with the Y Center")
    * ``PERSON[,] of|from ORG`` ("X of the Y Institute said")
    * ``ORG['s] … OCCUPATION[,] PERSON`` ("Y economist X", "Y's energy expert, X")
    * ``PERSON, ORG's … NOUN`` ("X, Y's business editor")
    * ``PERSON ([of the] ORG)`` ("X (Social Democrats)")
    """
    doc = index.doc
    lex = lexicons.load()
    out: list[Membership] = []

    def add(person: int, org: int, lo: int, hi: int, noun: str | None, rule: str) -> None:
        if person == org or any(s <= doc[lo].idx < e for s, e in quotes):
            return
        ent = index.entities[org]
        low = noun.lower() if noun else ""
        concept = lex.titles.get(low, (lex.occupations.get(low, "member"), "-"))[0] if noun else \
            ("party_member" if ent.party else "member")
        if noun:
            label = noun[:1].upper() + noun[1:]
        else:
            label = "Party member" if ent.party else "Member"
        out.append(Membership(person=person, role=label, concept=concept,
                              span=(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)),
                              organization=org, confidence=0.6, rule=rule))

    for a, b, ent in index.mentions:
        kind = index.entities[ent].kind
        if kind == "PERSON" and b < len(doc):
            nxt = doc[b]
            # PERSON (R-Texas), PERSON, D-Calif.: the party of a US legislator
            if nxt.text in {"(", ","} and b + 3 < len(doc) and doc[b + 1].text in lex.party_letters \
                    and doc[b + 2].text in {"-", "–"} and doc[b + 3].text[:1].isupper():
                party = index.add("ORG", lex.party_letters[doc[b + 1].text], b + 1, b + 2)
                index.entities[party].party = True
                add(ent, party, a, b + 4, None, "party-label")
                continue
            if nxt.text == ",":
                i = b + 1
                if i < len(doc) and doc[i].lower_ in {"of", "from"}:  # PERSON, of ORG
                    m = _org_at(index, i + 1)
                    if m is not None:
                        add(ent, m[2], a, m[1], None, "affiliation-of")
                        continue
                m = _org_at(index, i)  # PERSON, ORG's … NOUN
                if m is not None and m[1] < len(doc) and doc[m[1]].text in {"'s", "’s"}:
                    k = m[1] + 1
                    while k < len(doc) and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} and k - m[1] <= 3:
                        k += 1
                    if k > m[1] + 1 and doc[k - 1].pos_ == "NOUN":
                        add(ent, m[2], a, k, doc[k - 1].text, "affiliation-possessive")
                    continue
                noun, m = _described_org(index, i)  # PERSON, a … NOUN of ORG
                if m is not None:
                    add(ent, m[2], a, m[1], noun, "affiliation-apposition")
            elif nxt.lower_ in {"of", "from"}:  # PERSON of ORG
                m = _org_at(index, b + 1)
                if m is not None:
                    add(ent, m[2], a, m[1], None, "affiliation-of")
            elif nxt.lemma_ == "be" and nxt.pos_ == "AUX" and nxt.tag_ != "VBG":  # PERSON is a … NOUN with ORG
                noun, m = _described_org(index, b + 1)
                if m is not None:
                    add(ent, m[2], a, m[1], noun, "affiliation-clause")
            elif nxt.lemma_ in lex.affiliation_verbs and b + 1 < len(doc) \
                    and doc[b + 1].lower_ in {"at", "for", "with", "in"}:  # PERSON works for ORG
                m = _org_at(index, b + 2)
                if m is not None:
                    add(ent, m[2], a, m[1], None, "affiliation-verb")
            elif nxt.text == "(":  # PERSON (ORG), PERSON (of the ORG)
                i = b + 1
                if i < len(doc) and doc[i].lower_ == "of":
                    i += 1
                m = _org_at(index, i)
                if m is not None and m[1] < len(doc) and doc[m[1]].text == ")":
                    add(ent, m[2], a, m[1] + 1, None, "affiliation-parenthesis")
        if kind == "PERSON" and b + 1 < len(doc) and doc[b].text in {"'s", "’s"}:
            # PERSON's PARTY ("X's Christian Democrats"): the person's party
            m = index.mention_starting_at(b + 1)
            if m is not None and index.entities[m[2]].party:
                add(ent, m[2], a, m[1], None, "affiliation-possessive")
        elif kind == "PLACE" and b + 1 < len(doc) and doc[b].text in {"'s", "’s"}:
            # PLACE's PERSON ("Hungary's Orban", "Barcelona's X"): acts for the place
            m = index.mention_starting_at(b + 1)
            if m is not None and index.entities[m[2]].kind == "PERSON":
                add(m[2], ent, a, m[1], None, "affiliation-possessive")
        elif kind == "ORG":
            # ORG['s] … OCCUPATION[,] PERSON
            i = b
            possessive = i < len(doc) and doc[i].text in {"'s", "’s", "'", "’"}
            if possessive:
                i += 1
            j = i
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "PROPN"} and j - i < 4:
                j += 1
            noun, _ = _occupation_before(doc, j, 4)
            if noun is None and not (possessive and j == i):
                continue  # without an occupation word only "ORG's PERSON" says it
            k = j + 1 if j < len(doc) and doc[j].text == "," and noun is not None else j
            m = index.mention_starting_at(k) if k < len(doc) else None
            if m is not None and index.entities[m[2]].kind == "PERSON":
                add(m[2], ent, a, m[1], noun, "affiliation-possessive" if possessive else "affiliation-prenominal")
    return out


def dedupe(ms: list[Membership]) -> list[Membership]:
    """One membership per person, role and organisation; an organisation-less duplicate of a
    membership that names one is dropped, and so is an affiliation read without a title when a
    title names the same person and organisation."""
    seen: dict[tuple, Membership] = {}
    for m in ms:
        k = (m.person, m.role.lower(), m.organization)
        if k not in seen:
            seen[k] = m
    with_org = {(m.person, m.role.lower()) for m in seen.values() if m.organization is not None}
    titled = {(m.person, m.organization) for m in seen.values() if not m.rule.startswith("affiliation")}
    return [m for k, m in seen.items()
            if (m.organization is not None or (k[0], k[1]) not in with_org)
            and not (m.rule.startswith("affiliation") and (m.person, m.organization) in titled)]
