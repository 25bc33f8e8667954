"""Organisations a title implies when the article names none.

* a head of state or government or a minister: the country the article is about, when one clearly
  leads (:func:`leading_country`);
* an organisation's title (a spokesperson, a chief executive, a coach …): the one organisation
  named nearest to it, never a venue ("at X University") or an event;
* before both: the organisation the article states for the same person elsewhere (document-level
  voting: "Norvale Bank's chair X" … "Chair X" is the bank's), of the kind the title serves.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from typing import Mapping

from spacy.tokens import Doc, Span

from .. import lexicons
from ..records import Membership
from .entities import IndexView, match_report
from .names import key as key_of
from .places import country_forms, fold, gazetteer, subdivisions
from .spans import doc_text, sentence_of

# the properties of role concepts this module reads (concepts.tsv): state (a country's government:
# with no organisation stated, the country the article is about), nearest_org, party; and the
# caps of rules.tsv: implied-country, nearest-org


# how far from a title its nearest organisation may be named when not in its sentence
NEAR_WINDOW = 250  # characters


def _countries() -> set[str]:
    """The names (lower case) of countries: the gazetteer's, and those the demonyms name."""
    return set(gazetteer().countries) | {c.lower() for c in lexicons.load().demonyms.values()}


def is_country(index: IndexView, e: int, countries: set[str] | None = None) -> bool:
    """Whether the entity is a place that is a country (by its name or the alias it is known by)."""
    ent = index.entities[e]
    if ent.kind != "PLACE":
        return False
    names = countries if countries is not None else _countries()
    return ent.name.lower() in names or lexicons.load().aliases.get(ent.name, ("",))[0].lower() in names


def country_weights(index: IndexView) -> dict[str, tuple[int, int]]:
    """Countries an article is about: mentions of places that are countries, and demonyms
    ("French") whether or not the country itself is named. Country name → (weight, first token)."""
    lex = lexicons.load()
    countries = _countries()
    weights: dict[str, list[int]] = {}
    for a, _b, e in index.mentions:
        ent = index.entities[e]
        if ent.kind == "PLACE" and ent.name.lower() in countries:
            w = weights.setdefault(ent.name, [0, a])
            w[0] += 1
    for t in index.doc:
        country = lex.demonyms.get(t.text)
        if country and index.at(t.i) is None and not t.is_lower:
            w = weights.setdefault(country, [0, t.i])
            w[0] += 1
    return {name: (w[0], w[1]) for name, w in weights.items()}


def _venue(doc: Doc, a: int) -> bool:
    """A name after "at", "in", "outside" … ("speaking to students at X University"): a place where
    something happened, not the body a title belongs to."""
    i = a - 1
    skip = lexicons.load().words["articles"]
    while i >= 0 and doc[i].lower_ in skip:
        i -= 1
    return i >= 0 and doc[i].lower_ in lexicons.load().words["venue_prepositions"]


def _names_event(span: Span) -> bool:
    """An organisation-like name of an event ("National Convention", "Summit"): nobody's employer."""
    return (span[-1].lemma_.lower(), "NOUN") in lexicons.load().event_words


def _predicate_of(index: IndexView, person: int, s: int, e: int):
    """The verb whose subject is the person named in the evidence span ``s:e``, if any."""
    span = index.doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if index.at(t.i) == person and t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}:
            return t.head
    return None


def leading_country(index: IndexView) -> int | None:
    """The country an article is about, when one clearly leads (twice the mentions of the next):
    its entity, added at its first demonym when the article never names the country itself."""
    weights = sorted(country_weights(index).items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    if not weights or (len(weights) > 1 and weights[0][1][0] < 2 * weights[1][1][0]):
        return None
    name, (_n, first) = weights[0]
    e = index.at(first)
    if e is None:  # a rule of this pass proposed a mention of the country already: no second one
        e = index.proposed_entity("PLACE", name)
    return e if e is not None else index.propose("PLACE", name, first, first + 1)


_KEYED: dict[int, tuple[Mapping, dict]] = {}


def _keyed(rows: Mapping[str, tuple]) -> dict[str, tuple]:
    """The office holders by the key the entity index compares names by (:func:`names.key`), once
    per table (the first row of a key wins)."""
    cached = _KEYED.get(id(rows))
    if cached is None or cached[0] is not rows:
        out: dict[str, tuple] = {}
        for name, row in rows.items():
            out.setdefault(key_of(name), row)
        cached = _KEYED[id(rows)] = (rows, out)
    return cached[1]


def held_office(index: IndexView, person: int) -> tuple[str, str, str, str] | None:
    """The row of ``office_holders.tsv`` (the heads of state and government WordNet 3.0 names,
    tools/wordnet_office_holders.py) for a person, whether or not the article names the country:
    (country, concept, label, status). The person's full name must be a name of the list ("George W.
    Bush", "Saddam Hussein"); a one-word name only when the article never gives more of it and the
    word names no one else in WordNet ("Nixon", not "Bush": a name the article gives in full that the
    list lacks is someone else's, "Jeb Bush")."""
    lex = lexicons.load()
    ent = index.entities[person]
    if ent.kind != "PERSON" or not lex.office_holders:
        return None
    holders = _keyed(lex.office_holders)
    n = len(key_of(ent.name).split())
    return next((holders[k] for k in (key_of(a) for a in sorted({ent.name, *ent.aliases}))
                 if k in holders and len(k.split()) >= n), None)


def known_office(index: IndexView, person: int) -> tuple[int, str, str, str] | None:
    """The country a person headed, by what a reader knows (:func:`held_office`), when the article
    names that country: (its entity, concept, label, status)."""
    found = held_office(index, person)
    if found is None:
        return None
    country, concept, label, status = found
    for form in sorted(country_forms(country)):
        e = index.body_named(key_of(form))
        if e is not None and index.entities[e].kind == "PLACE":
            return e, concept, label, status
    return None


def known_offices(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """Memberships for the people the article names who headed a country it names
    (:func:`known_office`) when no rule read one of that person in that country: "… Nixon's fate
    after Watergate …" in an article about the United States, not of a person the article calls a
    player or a coach. The evidence is the person's first mention; a person WordNet gives a death
    year for held the office before (status "former")."""
    doc = index.doc
    lex = lexicons.load()
    caps = lex.confidence
    have = {(m.person, m.organization) for m in ms}
    # what the article states of a person wins over a namesake's office: a player or a coach ("George
    # Bush, the Leeds striker", "Schmidt, the club's goalkeeper") is no head of state
    stated = {m.person for m in ms if m.concept in lex.concepts["occupational"]}
    out = []
    firsts: dict[int, tuple[int, int]] = {}
    for a, b, e in index.mentions:
        firsts.setdefault(e, (a, b))
    for e, (a, b) in sorted(firsts.items(), key=lambda kv: kv[1]):
        known = known_office(index, e) if e not in stated else None
        if known is None or (e, known[0]) in have or known[0] == e:
            continue
        country, concept, label, status = known
        out.append(Membership(person=e, role=label, concept=concept,
                              span=(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)), organization=country,
                              status=status or None, confidence=caps["known-office"], rule="known-office",
                              titled=False))
    return ms + out


def title_bodies(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """The body a title's holder sits in, when the article names one ("EU Enlargement Commissioner X" …
    "the European Commission": X is a member of the commission too; "X, an EU parliamentarian" … "the European
    Parliament"): a title whose last word ``title_bodies.tsv`` pairs with a body noun (WordNet 3.0: a member
    of a commission, a council, a senate, a parliament), and exactly one organisation of the article whose
    name ends in that noun, none named after its building ("White House", ``institutions.tsv`` seats). An
    organisation-less title takes the body; a title with another organisation (the union, a country) keeps
    it and the body is added; a former office stays former."""
    lex = lexicons.load()
    if not lex.title_bodies:
        return ms
    bodies: dict[str, set[int]] = {}
    for _a, _b, e in index.mentions:
        ent = index.entities[e]
        words = ent.name.split()
        if ent.kind == "ORG" and words and not ent.party and ent.name not in lex.seats:
            bodies.setdefault(words[-1].lower(), set()).add(e)
    have = {(m.person, m.organization) for m in ms}
    out = []
    for m in ms:
        words = m.role.lower().split()
        # the title's last word ("Enlargement Commissioner"), unless the whole is a title of its own the table
        # does not pair ("State Senator": a state's senate, not the one the article names)
        own = " ".join(words) in lex.titles and " ".join(words) not in lex.title_bodies
        nouns = lex.title_bodies.get(words[-1], frozenset()) if words and not own else frozenset()
        found = {e for n in nouns for e in bodies.get(n, ())}
        if len(found) != 1 or m.owned:
            out.append(m)
            continue
        body = found.pop()
        if m.organization is None and any(_regional(n) for n in (index.entities[body].name, *index.entities[body].aliases)):
            out.append(m)  # "the Missouri Senate": a state's body, not every senator's the article names
            continue
        if body == m.organization or body == m.person or (m.person, body) in have:
            out.append(m)
            continue
        new = replace(m, organization=body, rule=m.rule + "+title-body",
                      confidence=min(m.confidence, lex.confidence["title-body"]))
        out += [new] if m.organization is None else [m, new]
        have.add((m.person, body))
    return out


def _regional(name: str) -> bool:
    """A body's name led by a place that is no country ("Missouri Senate", "Texas House"): a region's body."""
    words = name.split()[:-1]
    countries = _countries()
    gz = gazetteer()
    for n in range(len(words), 0, -1):
        lead = " ".join(words[:n]).lower()
        if lead in countries or lead in lexicons.load().demonyms or lead.title() in lexicons.load().demonyms:
            return False
        if lead in gz.states or fold(lead) in subdivisions():
            return True
    return False


def host_bodies(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """The body a member's organisation is part of, named right after it: "X, director of the Y Center at
    Z University" is a member of Z University too (a body named "at" another, ``institution_prepositions``,
    whose name ends in an organisation's head word, ``org_heads.tsv``); added beside the membership, as a
    member (the title is the part's)."""
    doc = index.doc
    lex = lexicons.load()
    hosts: dict[int, set[int]] = {}
    for _a, b, e in index.mentions:
        if index.entities[e].kind != "ORG" or b + 1 >= len(doc) or doc[b].lower_ not in lex.words["institution_prepositions"]:
            continue
        k = b + 1
        while k < len(doc) and doc[k].lower_ in lex.words["articles"]:
            k += 1
        h = index.mention_starting_at(k) if k < len(doc) else None
        if h is None or h[2] == e or index.entities[h[2]].kind != "ORG" or _names_event(doc[h[0]:h[1]]) \
                or index.entities[h[2]].name.split()[-1].lower() not in lex.org_heads:
            continue
        hosts.setdefault(e, set()).add(h[2])
    if not hosts:
        return ms
    have = {(m.person, m.organization) for m in ms}
    out = list(ms)
    for m in ms:
        found = hosts.get(m.organization, set()) if m.organization is not None else set()
        if len(found) != 1:
            continue
        host = next(iter(found))
        if (m.person, host) in have or host == m.person:
            continue
        out.append(replace(m, organization=host, role="Member", concept="member", rule=m.rule + "+host-body",
                           confidence=min(m.confidence, lex.confidence["host-body"])))
        have.add((m.person, host))
    return out


def _person_votes(index: IndexView, ms: list[Membership]) -> dict[tuple[int, str], Counter]:
    """The organisations the article states for each person's current offices, counted by the kind
    of organisation: a country (a head of state, government or minister serves only a country, not
    a town: "the former Ashford mayor X" … "President X" is no president of Ashford), a party, or
    another organisation (a company, a club). An office held before ("former", "ex-") says nothing
    about the one held now."""
    votes: dict[tuple[int, str], Counter] = {}
    countries = _countries()
    for m in ms:
        if m.organization is None or m.organization == m.person or m.status == "former":
            continue
        org = index.entities[m.organization]
        if org.kind == "PLACE" and not is_country(index, m.organization, countries):
            continue
        kind = "PARTY" if org.party else org.kind
        votes.setdefault((m.person, kind), Counter())[m.organization] += 1
    return votes


def _voted(votes: dict[tuple[int, str], Counter], person: int, kind: str) -> int | None:
    """The organisation of this kind the article states most often for the person, when one leads."""
    counts = votes.get((person, kind))
    if not counts:
        return None
    top = counts.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None


def implied_organisations(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """The memberships with the organisation of a title stated without one filled in (new
    records; the ones given are not changed), when the implication is safe:

    * a head of state or government or a minister: the country the article is mostly about,
      when one clearly leads (twice the mentions of the next);
    * an organisation's title (a spokesperson, a chief executive, a coach …): the nearest
      organisation (a party only for party titles) named in its sentence, or within
      ``NEAR_WINDOW`` characters, when there is exactly one nearest.
    """
    doc = index.doc
    lex = lexicons.load()
    concepts, caps = lex.concepts, lex.confidence
    country: int | None = -1
    def same(concept: str) -> str:  # "President X of Y" was read as the head of state Y
        return "head_of_state" if concept == "president" else concept

    stated = {(m.person, same(m.concept)) for m in ms if m.organization is not None}
    votes = _person_votes(index, ms)
    text = doc_text(doc)
    near: tuple[list[int], int] | None = None
    out = []
    for m in ms:
        out.append(m)
        if m.organization is not None or m.owned:
            continue  # "X's lawyer Y", "parliament president Y": the owner is not a country or organisation
        if (m.person, same(m.concept)) in stated:
            continue  # "U.S. President X" … "President X": the article said whose
        # the vote fills only titles that serve a country, a party, or an organisation named near
        # them: a judge, a mayor or a senator serves no company the person also works for
        kind = "PLACE" if m.concept in concepts["state"] else "PARTY" if m.concept in concepts["party"] \
            else "ORG" if m.concept in concepts["nearest_org"] else None
        shadow = m.status == "shadow"  # an opposition's post ("shadow chancellor X"): the party's, no office of a state
        if shadow:
            kind = "PARTY"
        own = _voted(votes, m.person, kind) if kind is not None else None
        if own is not None:
            concept = same(m.concept) if index.entities[own].kind == "PLACE" else m.concept
            out[-1] = replace(m, organization=own, concept=concept, rule=m.rule + "+person-org",
                              confidence=min(m.confidence, caps["person-org"]))
            continue
        if shadow:
            continue
        known = known_office(index, m.person) if m.concept in concepts["state"] else None
        if known is not None:  # "President X" of the country WordNet knows X headed, named in the article
            out[-1] = replace(m, organization=known[0], concept=same(m.concept), rule=m.rule + "+known-office",
                              confidence=min(m.confidence, caps["known-office"]))
            continue
        if m.concept in concepts["state"]:
            if country == -1:
                country = leading_country(index)
            held = held_office(index, m.person) if country is not None else None
            if held is not None \
                    and key_of(index.entities[country].name) not in {key_of(f) for f in country_forms(held[0])}:
                continue  # "Prime Minister X" in a story about a region of X's country: not its premier
            if country is not None and country != m.person:
                out[-1] = replace(m, organization=country, concept=same(m.concept), rule=m.rule + "+implied-country",
                                  confidence=min(m.confidence, caps["implied-country"]))
            continue
        if m.concept not in concepts["nearest_org"]:
            continue  # an attorney general or a senator serves a jurisdiction, not a nearby name
        s, e = m.span
        sent = doc.char_span(s, e, alignment_mode="expand")
        if sent is not None:
            a, b = sentence_of(doc, sent.start)
            sent_range = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
        else:
            sent_range = (s, e)
        said = _predicate_of(index, m.person, s, e)
        best: list[tuple[int, int, int, bool]] = []
        if near is None:  # the mentions' first characters, and the longest mention
            near = ([doc[a].idx for a, _b, _e in index.mentions],
                    max((doc[b - 1].idx + len(doc[b - 1]) - doc[a].idx for a, b, _e in index.mentions), default=0))
        # only the mentions that can be in the sentence or within NEAR_WINDOW of the title: a
        # look-up per title, not a scan of every mention of a long article
        starts, longest = near
        lo = bisect_left(starts, min(sent_range[0], s - NEAR_WINDOW - longest))
        hi = bisect_right(starts, max(sent_range[1], e + NEAR_WINDOW))
        for a, b, ent in index.mentions[lo:hi]:
            if said is not None and doc[a].idx >= e and said.left_edge.i <= a < said.right_edge.i:
                continue  # what the person did or said ("X toured a Ford plant"), not X's employer
            if index.entities[ent].kind != "ORG" or ent == m.person or _names_event(doc[a:b]) or _venue(doc, a) \
                    or index.entities[ent].party != (m.concept in concepts["party"]):
                # a candidate's party, never a candidate's office; an official's body, never a party
                continue
            sa, sb = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            dist = s - sb if sb <= s else (sa - e if sa >= e else 0)
            inside = sent_range[0] <= sa < sent_range[1]
            if inside or (dist <= NEAR_WINDOW and not m.in_clause):
                subject = doc[b - 1].dep_ in {"nsubj", "nsubjpass"} and doc[b - 1].head.dep_ == "ROOT"
                best.append((0 if inside else 1, dist, ent, "\n" in text[min(sb, s):max(sa, e)], subject))
        best.sort()
        tier = {c[2] for c in best if c[0] == best[0][0]} if best else set()
        # one organisation in the nearest tier, or one in the title's paragraph named nearer than
        # any other by half the distance: else the choice is a guess
        runner = next((c[1] for c in best if c[2] != best[0][2]), None) if best else None
        # a player's or a coach's club in a match report, outside the title's sentence: the one organisation
        # that is the subject of its sentence, what the sentences before are about ("X beat Y 4-1. Coach Z's
        # side …": X's coach)
        subjects = {c[2] for c in best if c[0] == 1 and c[4]} \
            if best and best[0][0] == 1 and m.concept in concepts["team"] and match_report(doc) else set()
        if len(tier) == 1 or (runner is not None and best[0][1] * 2 < runner and not best[0][3]):
            out[-1] = replace(m, organization=best[0][2], rule=m.rule + "+nearest-org",
                              confidence=min(m.confidence, caps["nearest-org"]))
        elif len(subjects) == 1:
            out[-1] = replace(m, organization=subjects.pop(), rule=m.rule + "+nearest-org",
                              confidence=min(m.confidence, caps["nearest-org"]))
    return _deputies_of_state(index, out)


def _deputies_of_state(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """"Vice President X" before a name with no organisation found: a deputy of a state's office serves the
    state of the office's holder named in its sentence ("President Y" of one country), unless the person holds
    an office of that country already (or WordNet knows the person headed it); never the article's leading
    country alone (a vice president of a company is named so too)."""
    lex = lexicons.load()
    caps = lex.confidence
    todo = [k for k, m in enumerate(ms) if m.organization is None and not m.owned and _deputy_of_state(index, m)]
    if not todo:
        return ms
    have = {(m.person, m.organization) for m in ms}
    doc = index.doc
    out = list(ms)
    for k in todo:
        m = ms[k]
        base = lex.titles[" ".join(m.role.lower().split()[1:])][0]
        span = doc.char_span(*m.span, alignment_mode="expand")
        if span is None:
            continue
        a, b = sentence_of(doc, span.start)
        named = {index.at(i) for i in range(a, b)}  # the holder of the office named in the deputy's sentence
        held = {x.organization for x in ms if x.organization is not None and x.status != "former"
                and x.concept in {base, "head_of_state" if base == "president" else base}
                and x.person in named and is_country(index, x.organization)}
        found = held.pop() if len(held) == 1 else None
        known = known_office(index, m.person)
        if found is not None and found != m.person and (m.person, found) not in have \
                and (known is None or known[0] != found):
            # not over the person's own office of that country ("President X" … "Vice President X": the one
            # office of the pair a reader knows stays)
            out[k] = replace(m, organization=found, rule=m.rule + "+implied-country",
                             confidence=min(m.confidence, caps["implied-country"]))
    return out


def _deputy_of_state(index: IndexView, m: Membership) -> bool:
    """A title written before a name that is a deputy's prefix ("vice", "deputy") and a title of a state's
    office ("Vice President X"): the lexicon files it as an organisation's official, since a company has vice
    presidents too."""
    lex = lexicons.load()
    words = m.role.lower().split()
    rest = lex.titles.get(" ".join(words[1:])) if len(words) > 1 else None
    if not (words[0] in lex.words["title_prefix_words"] and rest is not None and rest[0] in lex.concepts["state"]):
        return False
    span = index.doc.char_span(*m.span, alignment_mode="expand")  # the title before the name: the span ends with it
    return span is not None and len(span) > 1 and index.at(span[-1].i) == m.person and index.at(span[0].i) != m.person
