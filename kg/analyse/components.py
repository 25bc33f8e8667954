"""The project's own spaCy pipeline components, registered like spaCy's built-ins.

* ``kg_phrases`` marks title phrases (``doc.spans["kg_titles"]``) and multi-word event triggers
  (``doc.spans["kg_event_phrases"]``) from the lexicons.
* ``kg_entity_repair`` mends known NER errors: determiners and possessives inside names, titles
  and honorifics swallowed into a PERSON ("Mayor Laura Jensen"), institutions tagged as
  facilities ("the White House"), "City, D.C."-style names split in two, nicknames in quotes,
  organisations cut before their complement ("Tribunal for the former X"), and people a title
  names that the recogniser missed or mistyped ("Secretary of State Ann Wu", "Ann Wu, chief
  minister of X").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lexicons
from ..lexicons import Lexicons
from .names import gendered_first_name, is_first_name

# the word sets of words.tsv this module reads: determiners, possessive_marks,
# trailing_function_words, kept_final_punctuation, percent_words, title_prefix_words,
# title_prefixes, complement_prepositions, title_followers, handle_marks, generic_org_words;
# the quote marks of quote_marks.tsv (a nickname in quotes)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # a noun phrase's modifiers before its head
GLUED = re.compile(r"[a-z][A-Z]")  # a lower-case letter then a capital: "McDonald" has one, scraped runs many


def strip_span(span: Span, lex: Lexicons | None = None) -> Span | None:
    """The span without leading determiners and trailing possessives or punctuation (the words
    of ``lex``, by default the lexicons in use)."""
    start, end = span.start, span.end
    doc = span.doc
    w = (lex or lexicons.load()).words
    determiners, possessive, trailing = w["determiners"], w["possessive_marks"], w["trailing_function_words"]
    # a prefix of negation written apart is dropped only before a name that modifies a noun after the
    # span ("Non European Union citizens", as "non-EU citizens"): before a name that heads its own
    # phrase it is part of the name ("the Non Aligned Movement met", "the minister Non Varek said")
    negated = doc[end - 1].dep_ in MODIFIER_DEPS and doc[end - 1].head.i >= end
    while start < end and (doc[start].lower_ in determiners or doc[start].is_punct
                           or negated and doc[start].lower_ in w["negating_prefixes"] and doc[start].whitespace_):
        start += 1
    # a trailing "." or ")" is kept: it belongs to an abbreviation ("D.C.", "Calif.");
    # a name never ends in a lower-case function word: "Ann Wu of" (the NER ran on)
    while end > start and (doc[end - 1].text in possessive or doc[end - 1].is_punct
                           and doc[end - 1].text not in w["kept_final_punctuation"]
                           or span.label_ in {"PERSON", "ORG", "GPE"} and end - 1 > start
                           and doc[end - 1].is_lower and doc[end - 1].lower_ in trailing):
        end -= 1
    if span.label_ == "ORG":
        # lower-case words around a name are not part of it: "pro-European X Left party" → "X Left"
        while start < end - 1 and (doc[start].is_lower or doc[start].text == "-"
                                   or (start > span.start and doc[start - 1].text == "-"
                                       and not doc[start - 2].whitespace_)):
            start += 1
        if end - start > 1 and doc[end - 1].lower_ in w["party_words"] and doc[end - 1].is_lower:
            end -= 1
    if span.label_ in {"PERSON", "ORG"}:
        # a figure or a possessive inside ends the name: "Acme 12.5 percent", "Acme’s 2004"
        for t in doc[start + 1:end - 1]:
            nxt = doc[t.i + 1]
            if (t.like_num and nxt.lower_ in w["percent_words"]) or (t.text in possessive and nxt.like_num):
                end = t.i
                break
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label)


@dataclass(frozen=True)
class TitleWords:
    """The words of title phrases, from one lexicon: titles, their plurals, honorifics, status
    words and the words that start a title phrase; ``first``: the first word of each (a token
    that is none of them starts no title, checked before any phrase is joined)."""
    titles: Mapping[str, tuple[str, str]]
    plurals: Mapping[str, str]
    honorifics: Mapping[str, str]
    status: Mapping[str, str]
    prefix_words: frozenset[str]
    first: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicons) -> TitleWords:
        prefix_words = lex.words["title_prefix_words"]
        words = [*lex.titles, *lex.title_plurals, *lex.honorifics, *lex.status, *prefix_words]
        return cls(lex.titles, lex.title_plurals, lex.honorifics, lex.status, prefix_words,
                   frozenset(w.split(" ")[0] for w in words))


def title_length(doc: Doc, start: int, end: int, tw: TitleWords) -> int:
    """How many tokens from ``start`` are a title, honorific or status word (longest match)."""
    first, titles, plurals, honorifics = tw.first, tw.titles, tw.plurals, tw.honorifics
    n = 0
    i = start
    while i < end:
        if doc[i].lower_ not in first and doc[i].lower_.rstrip(".") not in first:
            break  # the common case: no title starts here
        best = 0
        for k in range(min(5, end - i), 0, -1):
            words = " ".join(t.lower_ for t in doc[i:i + k])
            if words in titles or words in plurals or words.rstrip(".") in honorifics or (
                    k == 1 and (words in tw.status or words in tw.prefix_words)):
                best = k
                break
        if not best:
            break
        i += best
        n = i - start
    return n


def with_nickname(span: Span, marks: frozenset[str] | None = None) -> Span:
    """A nickname in quotes inside a name is part of it: 'Ann "Annie" Wu', which the NER cuts at
    the quote marks (``marks``: the quote-mark characters, by default those of the lexicons in use)."""
    doc = span.doc
    marks = marks if marks is not None else lexicons.load().quote_marks.characters

    def name_word(i: int) -> bool:
        return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title

    end = span.end
    if len(span) >= 3 and span[-2].text in marks and end + 1 < len(doc) \
            and doc[end].text in marks and name_word(end + 1):
        end += 2  # 'Ann "Annie' + '" Wu'
    elif end + 3 < len(doc) and doc[end].text in marks and name_word(end + 1) \
            and doc[end + 2].text in marks and name_word(end + 3):
        end += 4  # 'Ann' + ' "Annie" Wu'
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def merge_adjacent(spans: list[Span], prefixes: frozenset[str]) -> list[Span]:
    """A title after a prefix title is one title ("deputy" + "leader" → "deputy leader"); other
    titles side by side stay two ("Chairman" + "Rep.")."""
    out: list[Span] = []
    for sp in spans:
        between = sp.doc[out[-1].end:sp.start] if out else None
        if out and out[-1][-1].lower_ in prefixes and len(between) <= 1 \
                and all(t.is_lower and t.pos_ == "ADJ" for t in between):  # "deputy parliamentary leader"
            out[-1] = sp.doc[out[-1].start:sp.end]
        else:
            out.append(sp)
    return out


PLURAL_TITLES = "TITLES"  # the label of a plural title's span ("Presidents A and B")


def prefixed_titles(spans: list[Span], prefixes: frozenset[str]) -> list[Span]:
    """A title after a word that makes a second holder of it is one title with that word ("vice
    chairman", "co-founder", "co chairman"; ``prefixes``, words.tsv title_join_prefixes), written apart
    or with a hyphen."""
    out = []
    for sp in spans:
        doc, i = sp.doc, sp.start
        if sp.label_ == PLURAL_TITLES:
            pass  # "co-founders A and B": the plural titles' own reading
        elif i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes:
            sp = Span(doc, i - 2, sp.end, label=sp.label)
        elif i >= 1 and doc[i - 1].lower_ in prefixes:
            sp = Span(doc, i - 1, sp.end, label=sp.label)
        out.append(sp)
    return out


def joined_complements(spans: list[Span], heads: frozenset[str], preps: frozenset[str] | None = None) -> list[Span]:
    """An organisation named with its complement is one name: "Tribunal for the former Acmeland",
    "Commission of Acmeland", which the NER cuts before the place. Only after a head noun of an
    organisation ("tribunal", "commission"), over "of|for [the] [lower-case words]" (``preps``,
    by default the lexicons' complement_prepositions)."""
    preps = preps if preps is not None else lexicons.load().words["complement_prepositions"]
    out: list[Span] = []
    i = 0
    while i < len(spans):
        sp = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if sp.label_ == "ORG" and sp[-1].lower_ in heads and nxt is not None and nxt.label_ in {"GPE", "LOC", "ORG"}:
            doc = sp.doc
            between = doc[sp.end:nxt.start]
            if 1 <= len(between) <= 4 and between[0].lower_ in preps \
                    and all(t.is_lower and t.is_alpha for t in between):
                out.append(Span(doc, sp.start, nxt.end, label="ORG"))
                i += 2
                continue
        out.append(sp)
        i += 1
    return out


def joined_conjuncts(spans: list[Span], heads: frozenset[str], coordinators: frozenset[str],
                     names: frozenset[str] | set[str] = frozenset()) -> list[Span]:
    """An organisation whose name joins two words by "and" is one name ("Public and Commercial Services
    Union", "Social, Cultural, and Public Council" with a serial comma), which the NER may cut at the
    conjunction, keeping the second part or reading two bodies: an
    organisation ending in an organisation's head noun, right after a coordinator, takes in the one or two
    capitalised words before the coordinator (a body's name the NER read, or words no name covers) when
    they hang on a word of the organisation (the parse makes them a modifier of its head, not an item of a
    list), end in no head noun of their own ("the Hansard Society or Electoral Commission": two) and are
    none of ``names`` (a party or a people: "Labour and Conservative Party members")."""
    out: list[Span] = []
    covered = {t for sp in spans for t in range(sp.start, sp.end)}
    for sp in spans:
        doc = sp.doc
        c = sp.start - 1
        # the body's name before the coordinator, also before a serial comma ("Social, Cultural, and X Council")
        prev = out[-1] if out and (out[-1].end == c or (out[-1].end == c - 1 and doc[c - 1].text == ",")) else None
        if sp.label_ == "ORG" and sp[-1].lower_ in heads and c >= 1 and doc[c].lower_ in coordinators:
            if prev is not None and prev.label_ == "ORG" and sum(1 for t in prev if not t.is_punct) <= 2:
                first = prev
            else:
                k = c
                while k > 0 and c - k < 2 and doc[k - 1].is_title and doc[k - 1].pos_ in {"PROPN", "ADJ", "NOUN"} \
                        and not doc[k - 1].is_sent_start and k - 1 not in covered:
                    k -= 1
                first = doc[k:c] if k < c and prev is None else None
            if first is not None and first[-1].lower_ not in heads and first.text not in names \
                    and first.root.head.i in range(sp.start, sp.end):
                if first is prev:
                    out.pop()
                out.append(Span(doc, first.start, sp.end, label="ORG"))
                continue
        out.append(sp)
    return out


def component_lexicons(nlp: Language, root: str | None) -> Lexicons:
    """The lexicons a component is built with: those of ``root`` (a lexicon folder, the
    component's ``lexicons`` setting) for the pipeline's language, else the shipped ones."""
    return lexicons.read(nlp.lang, root) if root else lexicons.shipped(nlp.lang)


@Language.factory("kg_phrases", default_config={"lexicons": None})
class PhraseMarker:
    """Title phrases and multi-word event triggers. Its patterns are the lexicons' titles, plural
    titles and event phrases, given when it is built (``lexicons``: a lexicon folder, by default
    the shipped one) or again by :meth:`initialize`, as spaCy's ``span_ruler`` takes its patterns."""

    def __init__(self, nlp: Language, name: str, lexicons: str | None = None):
        self.nlp = nlp
        self.initialize(lex=component_lexicons(nlp, lexicons))

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lex: Lexicons | None = None) -> None:
        nlp = nlp or self.nlp
        lex = lex or component_lexicons(nlp, None)
        self.prefixes = lex.words["title_prefixes"]
        self.join_prefixes = lex.words["title_join_prefixes"]
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # an abbreviation the tokenizer keeps whole in running text ("Sen.", "Gov.") is one token
        whole = [Doc(nlp.vocab, words=[t]) for t in sorted(lex.titles) if "." in t and " " not in t]
        self.titles.add("TITLE", list(nlp.tokenizer.pipe(sorted(lex.titles))) + whole)
        self.titles.add(PLURAL_TITLES, list(nlp.tokenizer.pipe(sorted(lex.title_plurals))))  # "Presidents A and B"
        self.events = PhraseMatcher(nlp.vocab, attr="LOWER")
        for (phrase, pos), senses in lex.event_senses.items():  # multi-word event nouns ("air strike")
            if pos == "PHRASE":
                self.events.add(senses[0].type, [nlp.tokenizer(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["kg_titles"] = prefixed_titles(
            merge_adjacent(filter_spans(self.titles(doc, as_spans=True)), self.prefixes), self.join_prefixes)
        doc.spans["kg_event_phrases"] = filter_spans(self.events(doc, as_spans=True))
        return doc


@Language.factory("kg_entity_repair", default_config={"lexicons": None})
class EntityRepair:
    """Mends known NER errors with the lexicons it is built with (``lexicons``: a lexicon folder,
    by default the shipped one; :meth:`initialize` gives others)."""

    def __init__(self, nlp: Language, name: str, lexicons: str | None = None):
        self.nlp = nlp
        self.initialize(lex=component_lexicons(nlp, lexicons))

    def initialize(self, get_examples=None, *, nlp: Language | None = None, lex: Lexicons | None = None) -> None:
        lex = lex or component_lexicons(nlp or self.nlp, None)
        self.lex = lex
        self.title_words = TitleWords.of(lex)
        self.titles = lex.titles
        self.quote_marks = lex.quote_marks.characters
        self.handle_marks = lex.words["handle_marks"]
        self.institutions = {k.lower(): v for k, v in lex.institutions.items()}
        self.speech_verbs = lex.speech_verbs
        self.demonyms = {k for k in lex.demonyms if not k.isupper() and "." not in k}  # "Azerbaijani", not "US"
        self.unjoined = frozenset(lex.parties) | frozenset(self.demonyms)  # "Labour and Conservative Party members"
        self.abbrev = lex.place_abbrev
        self.status = set(lex.status)
        self.place_words = lex.place_words
        self.org_heads = lex.org_heads
        self.definite = lex.words["definite_articles"]
        self.third_person = lex.words["third_person_suffixes"]
        # the names of parties, countries and bodies a person's name may follow ("Tory", "Lib Dem",
        # "French", "UK"), and the office nouns of WordNet and the peers' titles ("Cardinal", "Earl")
        self.affiliations = frozenset(lex.parties) | frozenset(lex.demonyms) | frozenset(
            a for a, (_name, kind) in lex.aliases.items() if kind != "PERSON")
        self.role_nouns = frozenset(lex.occupations) | lex.words["peerage_titles"]

    def __call__(self, doc: Doc) -> Doc:
        out: list[Span] = []
        for ent in doc.ents:
            span = strip_span(ent, self.lex)
            if span is None:
                continue
            if not any(ch.isupper() for ch in span.text):
                continue  # a name has a capital letter: "state" in "secretary of state" is none
            if span.label_ == "PERSON":
                n = title_length(doc, span.start, span.end, self.title_words)
                if n >= len(span):
                    continue  # only a title: "the Mayor"
                if n:
                    span = Span(doc, span.start + n, span.end, label="PERSON")
                last = span[-1].lower_
                if len(span) > 1 and any(last.endswith(s) and last[:-len(s)] in self.speech_verbs for s in self.third_person):
                    span = Span(doc, span.start, span.end - 1, label="PERSON")  # a headline's "X Says"
                # a first name the NER left out: "Mayor Laura Jensen" tagged as "Jensen"
                start = span.start
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                        and not doc[start - 1].ent_type_ and start - 1 >= (out[-1].end if out else 0) \
                        and title_length(doc, start - 1, start, self.title_words) == 0 \
                        and start - span.start > -2:
                    start -= 1
                if start != span.start:
                    # the words taken in may end a title ("GM Chief Executive Ann Wu"): never the name's
                    n = max((k for k in range(1, span.start - start + 1)
                             if title_length(doc, start, start + k, self.title_words) == k),
                            default=0)
                    # … or end a title begun before them ("Chief" + "Executive Ann Wu")
                    n = max([n] + [k for k in range(1, span.start - start + 1) for j in (1, 2)
                                   if start - j >= 0 and title_length(doc, start - j, start + k,
                                                                      self.title_words) == j + k])
                    span = Span(doc, start + n, span.end, label="PERSON")
                n = leading_affiliation(doc, span, self.title_words, self.affiliations, self.role_nouns)
                if n:
                    span = Span(doc, span.start + n, span.end, label="PERSON")  # "Acme Party MP Ann Wu"
                if not any(t.is_alpha and t.text[0].isupper() for t in span):
                    continue
                span = with_nickname(span, self.quote_marks)
            elif span.label_ in {"ORG", "GPE", "FAC", "NORP"} and any(t.lower_ in self.definite for t in span[1:]):
                # "Berg the Green Party": a name run into the next one; keep the last
                cut = max(t.i for t in span[1:] if t.lower_ in self.definite) + 1
                if cut >= span.end or not doc[cut].is_title:
                    continue
                span = Span(doc, cut, span.end, label=span.label)
            if span.label_ != "PERSON" and (span.text.lower() in self.titles or span.text.lower() in self.status
                                            or span.text.lower() in self.place_words):
                continue  # a title or a common word taken for a name: "National Security Advisor", "City"
            if span.label_ != "PERSON" and any(
                    " ".join(t.lower_ for t in doc[span.start - k:span.end]) in self.titles
                    for k in (1, 2, 3) if span.start - k >= 0):
                continue  # the end of a title: "State" in "Secretary of State"
            if span.label_ != "PERSON":
                # a title's end run into the name after it: "Secretary of [State Ann Wu]"
                cut = max((n for n in range(1, len(span)) for k in (1, 2, 3) if span.start - k >= 0
                           and " ".join(t.lower_ for t in doc[span.start - k:span.start + n]) in self.titles),
                          default=0)
                if cut:
                    span = Span(doc, span.start + cut, span.end, label=span.label)
            if span.label_ != "PERSON" and any(
                    doc[span.start:span.end + k].text.lower() in self.titles
                    for k in (1, 2) if span.end + k <= len(doc)):
                continue  # the start of a title: "Defense" in "Defense Minister"
            if span.start > 0 and doc[span.start - 1].text in self.handle_marks \
                    or span.text.startswith(tuple(self.handle_marks)):
                continue  # hashtags and handles
            if any(len(GLUED.findall(t.text)) >= 3 for t in span):
                continue  # words run together by a page scrape ("NameFlagShareLikeReply")
            if span.label_ in {"PERSON", "ORG"} and span.text in self.demonyms:
                span = Span(doc, span.start, span.end, label="NORP")  # "Azerbaijani President X"
            if span.text.lower() in self.institutions:
                span = Span(doc, span.start, span.end, label=self.institutions[span.text.lower()])
            # "Washington, D.C.": the abbreviation completes the name before it
            if out and span.label_ == "GPE" and out[-1].label_ == "GPE":
                prev = out[-1]
                full = self.abbrev.get(span.text)
                between = doc[prev.end:span.start]
                if full and full.startswith(prev.text) and all(t.text == "," for t in between):
                    out[-1] = Span(doc, prev.start, span.end, label="GPE")
                    continue
            out.append(span)
        out = joined_complements(filter_spans(out), self.org_heads, self.lex.words["complement_prepositions"])
        out = joined_conjuncts(out, self.org_heads, self.lex.words["coordinators"], self.unjoined)
        doc.ents = filter_spans(cued_orgs(doc, titled_names(doc, out, self.title_words, self.lex), self.lex))
        return doc


def cued_orgs(doc: Doc, ents: list[Span], lex: Lexicons) -> list[Span]:
    """Organisations the recogniser missed that a class noun names: a lower-case class noun of
    ``org_cues.tsv`` (``before``) right before one to three proper nouns no entity covers ("the
    carmaker Acmeco", "lender Zbank"), none a day, a month, a title or a people's name. A noun that
    can name a person ("publisher", "maker") only before a name whose first word is no first name
    (session 15)."""
    taken = {t for e in ents for t in range(e.start, e.end)}
    personal = lex.org_cues_before - lex.org_cues_impersonal
    days = set(lex.weekdays)
    found: list[Span] = []

    def name_word(j: int) -> bool:
        return j not in taken and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].lower_ not in days \
            and doc[j].lower_ not in lex.titles and doc[j].text not in lex.demonyms and not doc[j].ent_type_

    for t in doc[:-1]:
        head = t.is_lower and t.lower_ in lex.org_heads and t.pos_ == "NOUN"
        if not (t.is_lower and (t.lower_ in lex.org_cues_before or head) and t.pos_ == "NOUN"):
            continue
        i, n = t.i + 1, 0
        while i + n < len(doc) and n < NAME_WORDS and name_word(i + n):
            n += 1
        if not n or (i + n < len(doc) and doc[i + n].pos_ == "PROPN" and doc[i + n].text[:1].isupper()):
            continue  # no name, or a longer run than a name (a headline's words)
        if (t.lower_ in personal or t.lower_ not in lex.org_cues_before) and is_first_name(doc[i].text):
            continue
        found.append(Span(doc, i, i + n, label="ORG"))
    # a body's head noun in lower case after the name ("the ruling Acme party", "his Zed institute"): the
    # name after a definite determiner, a possessive or an adjective, never at a sentence's start
    for t in doc[1:]:
        if not (t.is_lower and t.lower_ in lex.org_heads and t.pos_ == "NOUN"):
            continue
        j, n = t.i - 1, 0
        while j - n >= 1 and n < NAME_WORDS and name_word(j - n) and not doc[j - n].is_sent_start:
            n += 1
        if not n or doc[j - n + 1].is_sent_start:
            continue
        before = doc[j - n]
        if before.tag_ not in {"DT", "PRP$", "JJ", "POS"} or before.pos_ == "PROPN" \
                or before.lower_ in lex.words["indefinite_articles"] or is_first_name(doc[j - n + 1].text):
            continue  # "a X society": a kind of society, no body's name
        span = Span(doc, j - n + 1, j + 1, label="ORG")
        if not any(f.start == span.start for f in found):
            found.append(span)
    return ents + found if found else ents


AFFILIATION_WORDS = 3  # the longest party, country or body name before a person's first name


def leading_affiliation(doc: Doc, span: Span, tw: TitleWords, affiliations: frozenset[str],
                        role_nouns: frozenset[str]) -> int:
    """How many leading words of a person's name are titles, offices, or the names of parties,
    countries or bodies (the lexicons' parties, demonyms and aliases) before a first name that
    gender-guesser knows and a surname: "Acme Party MP Ann Wu", "Tory leader Ann Wu", "Cardinal Ann
    Wu" → 3, 2, 1; 0 when any leading word is none of them. A first name that is also only an
    office noun ("Hunter", "Porter") starts a name of its own."""
    i, end = span.start, span.end
    first = doc[i]
    if gendered_first_name(first.text) and first.lower_ in role_nouns and title_length(doc, i, i + 1, tw) == 0 \
            and first.text not in affiliations:
        return 0
    while i < end - 2:
        n = title_length(doc, i, end - 2, tw)
        if not n:
            n = next((k for k in range(min(AFFILIATION_WORDS, end - 2 - i), 0, -1)
                      if doc[i:i + k].text in affiliations), 0)
        if not n and doc[i].is_title and doc[i].lower_ in role_nouns:
            n = 1
        if not n:
            return 0
        i += n
        if doc[i].is_title and doc[i].is_alpha and is_first_name(doc[i].text):
            return i - span.start
    return 0


NAME_WORDS = 3  # a name read from its title has two or three words


def _bare_name(doc: Doc, i: int, taken: set[int], lex: Lexicons) -> int:
    """How many capitalised proper nouns (two or three, then no more) start at token ``i``
    that no PERSON covers: a name the recogniser missed, or 0."""
    generic = lex.words["generic_org_words"]
    n = 0
    while i + n < len(doc) and n <= NAME_WORDS and doc[i + n].pos_ == "PROPN" and doc[i + n].is_title \
            and doc[i + n].is_alpha and i + n not in taken and doc[i + n].lower_ not in generic \
            and doc[i + n].lower_ not in lex.titles and doc[i + n].text not in lex.demonyms:
        n += 1
    return n if 2 <= n <= NAME_WORDS else 0


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """A first name gender-guesser knows, or a last word the article uses again on its own."""
    if is_first_name(doc[start].text):
        return True
    last = doc[end - 1].text
    return sum(1 for t in doc if t.text == last) >= 2


def titled_names(doc: Doc, ents: list[Span], tw: TitleWords, lex: Lexicons) -> list[Span]:
    """People the recogniser missed or mistyped that a title names: ``TITLE First Last``
    ("Prime Minister Ana Vale", "Secretary of State Ana Vale" read as an organisation) and
    ``First Last, [the] … TITLE|OCCUPATION of|for|at|who …`` ("Ana Vale, chief minister of X",
    "Ana Vale, an Acme spokeswoman, said", "Ana Vale, a security expert who …"). Entities
    overlapping the name are dropped."""
    people = {t for e in ents if e.label_ == "PERSON" for t in range(e.start, e.end)}
    occupations, determiners, followers = lex.occupations, lex.words["determiners"], lex.words["title_followers"]
    be = lex.words["be_verbs"]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        n = title_length(doc, i, min(len(doc), i + 6), tw)
        if n and doc[i].text[:1].isupper():
            k = _bare_name(doc, i + n, people, lex)
            tagged = any(e.end == i + n + k and e.start in {i, i + n} and e.label_ != "PERSON" for e in ents)
            if k and (tagged or _name_like(doc, i + n, i + n + k)):  # tagged: "Presidents A B" as a title
                found.append(Span(doc, i + n, i + n + k, label="PERSON"))
                i += n + k
                continue
        if (doc[i].text == "," or doc[i].lemma_ in be and doc[i].pos_ == "AUX") and i >= 2:
            j = i + 1
            # "a", "the", modifiers and an organisation's name: "a senior Acme spokeswoman"
            while j < len(doc) and j - i < 6 and doc[j].lower_ not in occupations \
                    and title_length(doc, j, j + 1, tw) == 0 \
                    and (doc[j].lower_ in determiners or doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}
                         or doc[j].pos_ == "PROPN" and doc[j].is_title):
                j += 1
            n = title_length(doc, j, min(len(doc), j + 6), tw) if j < len(doc) else 0
            if not n and j < len(doc) and doc[j].lower_ in occupations:
                n = 1  # "a network safety expert who …"
            if n and j + n < len(doc) and doc[j + n].lower_ in followers:
                start = i
                while start > 0 and i - start < NAME_WORDS and doc[start - 1].pos_ == "PROPN" \
                        and doc[start - 1].is_title and start - 1 not in people:
                    start -= 1
                if (start == 0 or not doc[start - 1].is_title or doc[start - 1].is_sent_start) \
                        and _bare_name(doc, start, people, lex) == i - start and _name_like(doc, start, i):
                    found.append(Span(doc, start, i, label="PERSON"))
        i += 1
    if not found:
        return ents
    covered = {t for sp in found for t in range(sp.start, sp.end)}
    return [e for e in ents if not any(t in covered for t in range(e.start, e.end))] + found
