"""Affiliations stated without an office: "X, an analyst at Y", "X of Y", "X is a scientist with Y",
"Y economist X", "Y's X", "X works for Y", "X (Y)", "X (R-Texas)", and a second affiliation after
"and" ("X, director of A and a fellow of B"). The occupation words come from
``kg/lexicons/occupations.tsv``; the helpers that find an organisation after a description are
shared with the title rules in :mod:`roles`. A description states an affiliation only when its
head noun is an occupation or a title ("a critic of X" states none).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicons
from ..records import Membership
from .entities import IndexView, kind_word_tokens, starts_title
from .spans import Intervals

# the word sets of words.tsv this module reads: articles, possessive_clitics,
# affiliation_prepositions, generic_org_words, description_place_prepositions, seat_words;
# rules.tsv's affiliation confidence
Mention = tuple[int, int, int]  # start token, end token, entity


def seat_of(index: IndexView, m: Mention) -> bool:
    """The mention is the place in "the Oslo-based X": where X sits, not X's body."""
    doc = index.doc
    return m[1] + 1 < len(doc) and doc[m[1]].text == "-" \
        and doc[m[1] + 1].lower_ in lexicons.load().words["seat_words"]


AFFIL_GAP = 6  # words between the comma and the preposition ("a senior analyst at …")


def skip_modifiers(index: IndexView, i: int, limit: int = 5) -> int:
    """Past articles and a few lower-case modifiers before a name ("the local daily X", "the
    extra-parliamentary X group", "the Rostock-based X", "Tokyo's X", "the English-language daily X",
    "the Oslo newspaper X")."""
    doc = index.doc
    w = lexicons.load().words
    skip, possessive = w["articles"], w["possessive_clitics"]
    start = i
    while i < len(doc) and i - start < limit + 2:
        t = doc[i]
        if t.lower_ in skip or t.is_space or (t.is_lower and (t.pos_ in {"ADJ", "NOUN", "ADV"} or t.tag_ == "VBN")) \
                or (t.text == "-" and i > start) or t.text in lexicons.load().quote_marks.openers \
                or (i - start >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
                    and not doc[i - 1].whitespace_ and index.at(i) is None):  # "pro-European"
            i += 1
            continue
        m = index.mention_starting_at(i)
        if m is not None and seat_of(index, m):
            i = m[1] + 2
            continue
        if i + 2 < len(doc) and t.is_title and doc[i + 1].text == "-" and not t.whitespace_ \
                and not doc[i + 1].whitespace_ and doc[i + 2].is_lower and (m is None or m[1] == i + 1):
            i += 3  # a capitalised word hyphened to a lower-case one: "the English-language daily X"
            continue
        if m is not None and index.entities[m[2]].kind == "PLACE" and m[1] + 1 < len(doc) \
                and doc[m[1]].is_lower and doc[m[1]].pos_ == "NOUN":
            i = m[1]  # a place modifying a noun: "the Oslo newspaper X", "the Bergen daily X"
            continue
        if m is not None and index.entities[m[2]].kind == "PLACE" and m[1] < len(doc) \
                and doc[m[1]].text in possessive:
            i = m[1] + 1
            continue
        break
    return i


def institution_after(index: IndexView, m: Mention) -> Mention:
    """"International Relations at X University": a field named like an organisation, then the
    institution; the institution is the one meant."""
    doc = index.doc
    lex = lexicons.load()
    heads, generic = lex.org_heads, lex.words["generic_org_words"]
    if any(w.lower() in generic or w.lower() in heads for w in index.entities[m[2]].name.split()):
        return m  # "the X Institute at Y University": an institution itself
    if m[1] < len(doc) and doc[m[1]].lower_ in lex.words["institution_prepositions"]:
        m2 = org_at(index, m[1] + 1)
        if m2 is not None:
            return m2
    return m


def org_at(index: IndexView, i: int) -> Mention | None:
    """An organisation named at token ``i``, after an article and a few modifiers."""
    doc = index.doc
    i = skip_modifiers(index, i)
    m = index.mention_starting_at(i) if i < len(doc) else None
    if m is None and i < len(doc) and i > 0 and doc[i - 1].lower_ not in lexicons.load().words["affiliation_prepositions"]:
        m = unnamed_org_at(index, i)  # "the non-governmental organization X", not "of X"
    return m if m is not None and index.entities[m[2]].kind == "ORG" else None


def unnamed_org_at(index: IndexView, i: int) -> Mention | None:
    """Capitalised words after a description of an organisation that the entity recogniser left
    alone ("the watchdog group X Y"): the organisation they name."""
    doc = index.doc
    lex = lexicons.load()
    kind_words = kind_word_tokens(doc)  # no names (entities.retype_people)
    j = i
    while j < len(doc) and j - i < 6 and doc[j].pos_ == "PROPN" and doc[j].is_title and index.at(j) is None \
            and j not in kind_words and doc[j].text not in lex.demonyms and doc[j].lower_ not in lex.titles and not doc[j].is_sent_start \
            and not starts_title(doc, j):
        j += 1
    if j == i:
        return None
    e = index.propose("ORG", doc[i:j].text, i, j)
    return i, j, e


def _described_org(index: IndexView, i: int) -> tuple[str | None, Mention | None]:
    """Walk a short description ("a senior analyst", "an Africa expert", "professor of physics")
    to the organisation after one of its prepositions: the description's first head noun and the
    organisation, or (None, None)."""
    doc = index.doc
    preps = lexicons.load().words["affiliation_prepositions"]
    noun, start, frozen = None, i, False
    while i < len(doc) and i - start <= AFFIL_GAP + 2:
        t = doc[i]
        if t.lower_ in preps:
            if noun is None:
                return None, None
            m = org_at(index, i + 1)
            if m is not None:
                return noun, institution_after(index, m)
            frozen = True
        elif t.is_punct and t.text != "-" or (t.pos_ in {"VERB", "AUX", "PRON"} and t.dep_ != "amod") \
                or t.is_sent_start:  # "a founding member of X": a participle modifying the noun goes on
            break
        elif index.at(i) is not None and index.entities[index.at(i)].party and noun is None:
            pass  # "a Republican member of X": the party is read by :func:`party_in_description`
        elif index.at(i) is not None and index.entities[index.at(i)].kind != "PLACE":
            break
        elif t.pos_ == "NOUN" and not frozen:
            noun = t.text  # the head of the first noun group ("political scientist", not "relations")
        elif noun is not None and t.pos_ not in {"NOUN", "ADJ"} and t.text != "-":
            frozen = True
        i += 1
    return None, None


def past_description(index: IndexView, i: int) -> int:
    """Past a few lower-case words describing an organisation and its place, up to the comma
    before the person: "the director of the X [research institute in Oslo], Y"."""
    doc = index.doc
    j = i
    while j < len(doc) and j - i < 4 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in lexicons.load().words["description_place_prepositions"]:
        k = j + 1
        while k < len(doc) and doc[k].lower_ in lexicons.load().words["articles"]:
            k += 1
        m = index.mention_starting_at(k) if k < len(doc) else None
        if m is not None and (index.entities[m[2]].kind == "PLACE" or j > i):
            j = m[1]  # "… research institute in Oslo", "… Labour group in the Nordic Council"
    return j if j < len(doc) and doc[j].text == "," else i


def named_after(index: IndexView, end: int) -> bool:
    """A person named in apposition right after a description that ends at ``end``:
    "…, the head of the X group in Y, Z"."""
    j = past_description(index, end)
    if j >= len(index.doc) or index.doc[j].text != ",":
        return False
    m = index.mention_starting_at(j + 1) if j + 1 < len(index.doc) else None
    return m is not None and index.entities[m[2]].kind == "PERSON"


def party_in_description(index: IndexView, lo: int, hi: int) -> int | None:
    """The party named as an adjective in a description ("a Republican member of X")."""
    for t in index.doc[lo:hi]:
        e = index.at(t.i)
        if e is not None and index.entities[e].party:
            return e
    return None


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


def affiliation(index: IndexView, person: int, org: int, lo: int, hi: int, noun: str | None,
                rule: str) -> Membership | None:
    """The membership an affiliation states, with tokens ``lo:hi`` as evidence: the occupation or
    title noun as its role ("Analyst"), else "Member" ("Party member" of a party). A noun that is
    no occupation or title states no membership ("a critic of X", "a customer of X"); a status
    word ("former") in the phrase is kept."""
    doc = index.doc
    lex = lexicons.load()
    party = index.entities[org].party
    if noun:
        low = noun.lower()
        if low not in lex.occupations and low not in lex.titles:
            return None
        concept = lex.titles[low][0] if low in lex.titles else lex.occupations[low]
        label = noun[:1].upper() + noun[1:]
    else:
        concept, label = ("party_member", "Party member") if party else ("member", "Member")
    status = next((lex.status[t.lower_] for t in doc[max(lo - 1, 0):hi]
                   if t.lower_ in lex.status and index.at(t.i) is None), None)
    return Membership(person=person, role=label, concept=concept,
                      span=(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)),
                      organization=org, status=status, confidence=lex.confidence["affiliation"], rule=rule,
                      titled=False)


def _modifies_noun(doc: Doc, end: int) -> bool:
    """A name right before a noun names a thing, not a person's tie: "X's Y Organ Project",
    "X's historic Y organ"."""
    return end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and not doc[end].is_sent_start


def affiliations(index: IndexView, quotes: list[tuple[int, int]]) -> list[Membership]:
    """Affiliations stated without a title phrase of the lexicon:

    * ``PERSON, [a|the] … NOUN of|at|from|with|for ORG`` ("X, an expert at the Y Institute")
    * ``PERSON is a … NOUN with ORG`` ("X is a political scientist with the Y Center")
    * ``PERSON[,] of|from ORG`` ("X of the Y Institute said")
    * ``ORG['s] … OCCUPATION[,] PERSON`` ("Y economist X", "Y's energy expert, X")
    * ``PERSON, ORG's … NOUN`` ("X, Y's business editor")
    * ``PERSON ([of the] ORG)`` ("X (Social Democrats)")

    It walks ``index.walk``: every mention the first time, then (a repeated pass, see
    :data:`kg.analyse.extractors.Pass`) the mentions the last run proposed, once applied.
    """
    doc = index.doc
    lex = lexicons.load()
    clitics = lex.words["possessive_clitics"]
    out: list[Membership] = []
    quoted = Intervals(quotes)

    def add(person: int, org: int, lo: int, hi: int, noun: str | None, rule: str) -> None:
        if person != org and not quoted.covers(doc[lo].idx):
            m = affiliation(index, person, org, lo, hi, noun, rule)
            if m is not None:
                out.append(m)
                party = party_in_description(index, lo, hi) if noun else None
                if party is not None and party != org:  # "a Republican member of X": and of the party
                    out.append(affiliation(index, person, party, lo, hi, None, rule + "+party"))

    for a, b, ent in index.walk:
        kind = index.entities[ent].kind
        if kind == "PERSON" and b + 3 < len(doc) and doc[b].text == "(" and doc[b + 2].text == ")" \
                and doc[b + 1].is_lower:
            b += 3  # "X (photo) of Y", "X (left) of Y": a picture's note between the name and what follows
        if kind == "PERSON" and b < len(doc):
            nxt = doc[b]
            # PERSON (R-Texas), PERSON, D-Calif.: the party of a US legislator
            if nxt.text in {"(", ","} and b + 3 < len(doc) and doc[b + 1].text in lex.party_letters \
                    and doc[b + 2].text in {"-", "–"} and doc[b + 3].text[:1].isupper():
                party = index.propose("ORG", lex.party_letters[doc[b + 1].text], b + 1, b + 2, party=True)
                add(ent, party, a, b + 4, None, "affiliation-party-label")
                continue
            if nxt.text == ",":
                i = b + 1
                if i < len(doc) and doc[i].lower_ in lex.words["membership_prepositions"]:  # PERSON, of ORG
                    m = org_at(index, i + 1)
                    if m is not None:
                        add(ent, m[2], a, m[1], None, "affiliation-of")
                        continue
                m = org_at(index, i)  # PERSON, ORG's … NOUN
                if m is not None and m[1] < len(doc) and doc[m[1]].text in clitics:
                    k = m[1] + 1
                    while k < len(doc) and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} and k - m[1] <= 3:
                        k += 1
                    if k > m[1] + 1 and doc[k - 1].pos_ == "NOUN":
                        add(ent, m[2], a, k, doc[k - 1].text, "affiliation-possessive")
                    continue
                noun, m = _described_org(index, i)  # PERSON, a … NOUN of ORG
                if m is not None and named_after(index, m[1]):
                    continue  # "X, the head of Y, Z": the title is Z's, named after it
                if m is not None:
                    add(ent, m[2], a, m[1], noun, "affiliation-apposition")
            elif nxt.lower_ in lex.words["membership_prepositions"]:  # PERSON of ORG
                m = org_at(index, b + 1)
                if m is not None:
                    add(ent, m[2], a, m[1], None, "affiliation-of")
            elif nxt.lemma_ in lex.words["be_verbs"] and nxt.pos_ == "AUX" and nxt.tag_ != "VBG":  # PERSON is a … NOUN with ORG
                noun, m = _described_org(index, b + 1)
                if m is not None:
                    add(ent, m[2], a, m[1], noun, "affiliation-clause")
            elif nxt.lemma_ in lex.affiliation_verbs and b + 1 < len(doc) \
                    and doc[b + 1].lower_ in lex.words["affiliation_verb_prepositions"]:  # PERSON works for ORG ("works with" is no tie)
                m = org_at(index, b + 2)
                if m is not None:
                    add(ent, m[2], a, m[1], None, "affiliation-verb")
            elif nxt.text == "(":  # PERSON (ORG), PERSON (of the ORG)
                i = b + 1
                if i < len(doc) and doc[i].lower_ in lex.words["genitive_prepositions"]:
                    i += 1
                m = org_at(index, i)
                if m is not None and m[1] < len(doc) and doc[m[1]].text == ")" \
                        and doc[m[1] - 1].lower_ not in lex.words["photo_credit_words"]:  # a credit
                    add(ent, m[2], a, m[1] + 1, None, "affiliation-parenthesis")
        if kind == "PERSON" and b + 1 < len(doc) and doc[b].text in clitics:
            # PERSON's PARTY ("X's Christian Democrats"): the person's party; not the party's name used as a
            # word of what the person did ("X's Tory 'lies'", "X's Labour plans")
            m = index.mention_starting_at(b + 1)
            after = m[1] if m is not None else b
            while after < len(doc) and doc[after].text in lex.quote_marks.openers:
                after += 1
            if m is not None and index.entities[m[2]].party and not _modifies_noun(doc, after):
                add(ent, m[2], a, m[1], None, "affiliation-possessive")
        elif kind == "PLACE" and b + 1 < len(doc) and doc[b].text in clitics:
            # PLACE's [ADJ] PERSON ("Hungary's Orban", "Barcelona's veteran X"): acts for the place
            k = b + 1
            while k < len(doc) and k - b <= 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                k += 1
            m = index.mention_starting_at(k) if k < len(doc) else None
            if m is not None and index.entities[m[2]].kind == "PERSON" and not _modifies_noun(doc, m[1]):
                add(m[2], ent, a, m[1], None, "affiliation-possessive")
        elif kind == "ORG":
            # ORG['s] … OCCUPATION[,] PERSON
            i = b
            possessive = i < len(doc) and doc[i].text in lex.words["possessive_marks"]
            if possessive:
                i += 1
            j = i
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "PROPN"} and j - i < 4:
                j += 1
            noun, _ = _occupation_before(doc, j, 4)
            if noun is None and not (possessive and all(t.pos_ == "ADJ" for t in doc[i:j])):
                continue  # without an occupation word only "ORG's [ADJ] PERSON" says it ("X's homegrown Y")
            k = j + 1 if j < len(doc) and doc[j].text == "," and noun is not None else j
            m = index.mention_starting_at(k) if k < len(doc) else None
            if m is not None and index.entities[m[2]].kind == "PERSON" and not _modifies_noun(doc, m[1]):
                add(m[2], ent, a, m[1], noun, "affiliation-possessive" if possessive else "affiliation-prenominal")
    return out


def party_appositions(index: IndexView, resolver, quotes: list[tuple[int, int]]) -> list[Membership]:
    """"X's party, the Y", "her party, the Y": the person's party named in apposition; and "his [ruling]
    Y [party]", the party a personal possessive owns, as "X's Y" (the person's party; not "his Y plans")."""
    doc = index.doc
    words = lexicons.load().words
    out = []
    for a, b, ent in index.mentions:
        if not index.entities[ent].party or any(s <= doc[a].idx < e for s, e in quotes):
            continue
        possessed = _possessed_party(index, resolver, a, b, ent)
        if possessed is not None:
            out.append(possessed)
            continue
        k = a - 1
        if k >= 0 and doc[k].lower_ in words["definite_articles"]:
            k -= 1
        if k < 2 or doc[k].text != "," or doc[k - 1].lower_ not in words["party_words"]:
            continue
        owner = doc[k - 2]
        if owner.text in words["possessive_clitics"] and k >= 3:
            person = index.at(k - 3)
        elif owner.lower_ in words["personal_possessives"]:
            person = resolver.pronoun(owner)
        else:
            continue
        if person is not None and index.entities[person].kind == "PERSON":
            m = affiliation(index, person, ent, k - 2, b, None, "affiliation-party-apposition")
            if m is not None:
                out.append(m)
    return out


def _possessed_party(index: IndexView, resolver, a: int, b: int, ent: int) -> Membership | None:
    """"his ruling Y party", "her Y": the party mention ``a:b`` after a personal possessive and at most two
    lower-case adjectives, itself followed by nothing or by a party word; the possessive resolved to a person."""
    doc = index.doc
    words = lexicons.load().words
    k = a - 1
    while k >= 0 and a - k <= 2 and doc[k].is_lower and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "amod"):
        k -= 1  # "his ruling Y", "her own Y"
    if k < 0 or doc[k].lower_ not in words["personal_possessives"]:
        return None
    end = b + 1 if b < len(doc) and doc[b].lower_ in words["party_words"] else b
    if _modifies_noun(doc, end) or doc[end - 1].dep_ in {"compound", "amod", "nmod"} \
            or (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ"):
        return None  # "his Y plans", "his Y opposite number": the party names what the noun is about
    person = resolver.pronoun(doc[k])
    if person is None or index.entities[person].kind != "PERSON":
        return None
    return affiliation(index, person, ent, k, end, None, "affiliation-possessive")


def coordinated_affiliations(index: IndexView, ms: list[Membership]) -> list[Membership]:
    """"X, director of A and a fellow of B": the second affiliation after "and"."""
    doc = index.doc
    additive = lexicons.load().words["additive_coordinators"]
    out = []
    for m in ms:
        if m.organization is None:
            continue
        span = doc.char_span(*m.span, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in additive:
            continue
        last = index.mention_ending_at(span.end - 1)
        if last is None or last[2] != m.organization:
            continue
        noun, org = _described_org(index, span.end + 1)
        if org is None or org[2] == m.organization:
            continue
        second = affiliation(index, m.person, org[2], span.end + 1, org[1], noun, "affiliation-coordinated")
        if second is not None:
            out.append(second)
    return out
