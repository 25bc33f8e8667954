"""Events: typed triggers (:mod:`.event_triggers`) with participants from the parse, a time, a
factuality (:mod:`.event_factuality`), and one record per real event of the article.

Participants: the subject of a verb trigger (or of the verb governing a noun trigger, "Iran
launched an attack") and a passive's ``by`` phrase are agents (a passive with a subject of its own
inherits no doer from the clause above: "X said 40 people were arrested"); a direct object, a passive
subject, the subject of a clausal complement of a verb with no object ("ruled that X lacked the
power") and the ``of`` phrase of a noun ("the killing of X") are patients; a name compounded with
a noun trigger ("the Senate's vote") is its agent, and a possessor takes the role the type table
gives it (``event_type_rules.tsv``: "her arrest" is she arrested, "her resignation" she resigning); ``to``/``against``/``on``
phrases are targets, ``with``/``between`` phrases attendees, ``in``/``at`` places the place; an event
that names no place of its own takes the nearest place phrase of a sentence it is told in that hangs on
the trigger or a verb above it ("In Paris, police said they had arrested X"; not "X, who was born in
Lyon, resigned").
A noun that refers back takes only its own phrases, and the subject of a verb of holding it (its organiser) or
of winning, losing or attending it (a participant: "X won the vote"), unless the verb is negated.
An unnamed doer acts for the named organisation that possesses it or follows it in an ``of`` phrase
("Halden Air's pilots", "members of the Dorland Party"), and a named place there is where it acted ("the
shops of Varna"); these are read apart from what the mention names itself, after the joins.
Coordinated arguments all take part; every argument is resolved through the coreference of
:class:`~kg.analyse.resolve.Resolver` to an entity node. The time is the date or time expression
of the trigger's clause (else of its sentence), resolved against the publication date.

Mentions: the headline counts. A mention joins the latest event of its type in the article unless
their named agents, named patients or dates differ, or their named places are apart (neither is, holds or
lies in the other: a noun that refers back as well; a verb heading a relative clause of place, "X, where …",
is at X), or it is a verb of another lemma than every
earlier mention of that event (two different acts); a definite noun ("the vote", "the decision")
or the headline's mention always refers to an event already told. A definite noun also takes up the
event told beside an earlier closed compound ending in it ("fought in a gunbattle … the battle") when
a sense of the noun names that event's type, or, when no event of its type was told, the latest event
of a type another of its senses names, told nearby with the same factuality; not when it names a
participant that event lacks. An Occurrence mention joins only an Occurrence told with its word. A verb in
the clausal complement of a verb of asking ("urged her to resign") tells what is asked: its words join the
request, what it names does not. Each mention is one evidence span of the event.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from datetime import date

from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..records import Event, Membership, Quotation
from . import dates, places, roles
from .entities import EntityIndex
from .event_factuality import ASSERTED, NEGATED, factuality, governing_verb
from .event_triggers import OCCURRENCE, OCCURRENCE_LABEL, OWNER_KINDS, Trigger, TriggerFinder, patient_of
from .names import key
from .resolve import Resolver, subject_of
from .spans import Ents, Intervals, doc_text, in_subtree, noun_lemmas, sentence_of

# read from the lexicons: event_types.tsv and event_type_rules.tsv (triggers and their types);
# words.tsv's event_* prepositions, the factuality word sets, refusal_verbs and the verb sets the
# type table's refused column names;
# person_nouns, group_nouns, titles, speaker_nouns (what kind of thing an argument is); the
# confidences of rules.tsv (event, event-mention, event-participant, event-max)


TIMES_SEARCHED = 50  # date and time expressions tried for an event's time, nearest first
TIME_LABELS = frozenset({"DATE", "TIME"})
HEAD_MATCH_WINDOW = 1000  # tokens before a definite noun searched for a word it takes up ("gunbattle")
CLAUSE_BELOW = frozenset({"xcomp", "pcomp", "advcl", "relcl", "acl"})  # clauses a trigger governs (its place)
CLAUSE_BOUNDARY = frozenset({"relcl", "advcl", "acl", "ccomp", "csubj", "pcomp", "parataxis"})  # clauses of their own
NAME_CHAIN_DEPS = frozenset({"compound", "nmod"})  # words before a name that its parse hangs on it (rule 187)
SENTENCE_PLACE_WINDOW = 8  # tokens between a trigger and a place phrase of its sentence that hangs off its path
# (places_of_sentences' second reading: "struck power lines and crashed near X", "saw them in X, decided to
# question them"; a phrase farther off is another clause's more often than not)
OTHER_SENSE_SENTENCES = 2  # sentences before a definite noun's own in which an event of another of its
# senses may be told for the noun to take it up ("shelled the city … the strike" two sentences on)


def indefinite(tok: Token) -> bool:
    """ "a meeting", "meetings": a noun that introduces an event rather than refers to one told."""
    return any(c.dep_ == "det" and c.lower_ in lexicons.load().words["indefinite_determiners"] for c in tok.children) or \
        (tok.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss"} for c in tok.children))


def anaphoric(tok: Token) -> bool:
    """ "the vote", "its decision": a noun that refers to an event told before."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in {"det", "poss"} and not c.lower_ in lexicons.load().words["indefinite_determiners"]
                                                 for c in tok.children)


def dative_object(tok: Token) -> Token | None:
    """Who a dative names: the word itself, or the object of its preposition when the parse makes the
    preposition the dative ("sent a letter to X", "gave a warning to X": the preposition names no one)."""
    if tok.pos_ != "ADP":
        return tok
    return next((g for g in tok.children if g.dep_ == "pobj"), None)


def type_label(typ: str) -> str:
    """ "ArrestJail" -> "Arrest jail"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", typ).capitalize()


def take_parts(into: Event, other: Event) -> None:
    """Every participant of ``other`` (agents, targets, attendees, places) joins ``into``."""
    into.agents |= other.agents
    into.targets |= other.targets
    into.attendees |= other.attendees
    into.places |= other.places


# a person by the entity kinds (kind_of) or by WordNet's first sense (happening_arguments.tsv)
PERSON_KINDS = frozenset({"PERSON", "person"})


class EventFinder:
    def __init__(self, index: EntityIndex, resolver: Resolver, quotes: list[tuple[int, int]],
                 headline_end: int, published: date | None, quotations: list[Quotation] | None = None,
                 memberships: list[Membership] | None = None):
        self.index = index
        # the offices the title rules read in a clause ("X became mayor of Y": roles._person_by_clause), by
        # where their title phrase stands (rule 177)
        self.clause_posts: dict[int, list[Membership]] = {}
        for m in memberships or ():
            if m.in_clause:
                self.clause_posts.setdefault(m.person, []).append(m)
        self._titles: dict[int, Span] | None = None  # the title phrases (kg_titles) by their head word
        # the pieces of the quote records that have a speaker, by start: (start, end, speaker) (rule 123)
        self.spoken = sorted((a, b, q.speaker) for q in quotations or () if q.speaker is not None for a, b in q.spans)
        self.spoken_starts = [a for a, _b, _s in self.spoken]
        self.doc: Doc = index.doc
        self.resolver = resolver
        self.verb_heads: dict[int, list[int]] = {}  # event id -> its verb mentions' tokens
        self.trigger_starts: set[int] = set()  # the head words of every trigger found (extract)
        self.roots: dict[int, list[Token]] = {}  # event id -> its mentions' head words
        self._patients: dict[int, list] = {}  # event id -> what one_patient has read of its verb mentions
        self._named: dict[int, tuple] = {}  # event id -> named_parts (compatible)
        self._held: dict[int, tuple[Event, Event]] = {}  # event id -> (it, the holders of its unnamed
        # doers: merged after the joins, which read only what each mention names itself)
        self._relative: dict[int, set[int]] = {}  # event id -> the places of its mentions' relative clauses (rule 161)
        self._measures: dict[int, set[str]] = {}  # event id -> the measures its nouns carry ("a 6.7 quake")
        self._places_by_key: dict[str, int] | None = None  # name key -> the article's place (demonym_place)
        self._recognised: dict[int, Span] | None = None  # word index -> the recogniser's name (name_places)
        self._diseases: set[int] | None = None  # entities the article says are diseases (diseases)
        self.quotes = Intervals(quotes)
        self.headline_end = headline_end
        self.published = published
        self.lex = lexicons.load()
        w = self.lex.words
        self.refuse = w["refusal_verbs"]
        self.repeat = w["event_repeat_verbs"]
        self.other = w["event_other_words"]
        self._type_verbs: dict[str, set[str]] = {}  # event type -> the verbs naming it (lemmas())
        lx = self.lex
        self.person_words = set(lx.titles) | set(lx.person_nouns) | set(lx.group_nouns) | set(lx.occupations) \
            | {k for k, v in lx.speaker_nouns.items()}

    # ------------------------------------------------------------------ a governing body's place
    def body_noun(self, tok: Token) -> str | None:
        """The ``governing_bodies.tsv`` noun a token is, by its lemma or its lower-case text
        ("authorities", whose lemma is "authority"), else None."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        bodies = self.lex.governing_bodies
        return next((w for w in (tok.lemma_.lower(), tok.lower_) if w in bodies), None)

    def office_noun(self, tok: Token, named: bool = False) -> str | None:
        """The ``titles.tsv`` word a common noun is ("minister", "mayors"), by its lemma or its
        lower-case text, when it names a public office of a state or a region (``concepts.tsv``:
        ``public_office`` or ``state``: minister, mayor, governor, legislator, ambassador,
        president …) held now, not one its words say is past (``words.tsv`` past_office_words: "the former mayor",
        "the ex-minister", "the then governor"); else None. An owner, a commander, a party leader
        or the head of an organisation holds no office of a place. With ``named`` the word may be a proper
        noun too: a title written before or beside a person's name ("Prime Minister Ivo Brandt")."""
        if tok.pos_ != "NOUN" and not (named and tok.pos_ == "PROPN"):
            return None
        lex, doc = self.lex, self.doc
        hyphened = doc[tok.i:tok.i + 3].text.lower() if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" else ""
        word = hyphened if hyphened in lex.titles else \
            next((w for w in (tok.lemma_.lower(), tok.lower_) if w in lex.titles), None)  # "secretary-general"
        if word is None:
            return None
        concept = lex.titles[word][0]
        if not (lex.concept_is(concept, "public_office") or lex.concept_is(concept, "state")):
            return None
        # the title's own noun phrase ("the former mayor"), and the pieces of a hyphened word the parse may
        # leave outside it ("ex-mayor": "ex", "-"); no word before the phrase ("Then the mayor …")
        before = list(doc[tok.left_edge.i:tok.i])
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 1].whitespace_ == "" \
                and doc[tok.i - 2].whitespace_ == "":
            before += [doc[tok.i - 2]]
        if any(t.lower_ in lex.words["past_office_words"] for t in before):
            return None
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and tok.whitespace_ == "" \
                and doc[tok.i + 1].whitespace_ == "" and doc[tok.i + 2].lower_ in lex.words["future_office_words"]:
            return None  # "the president-elect": not held yet
        return word

    def named_holder_jurisdictions(self, tok: Token, e: int) -> list[int]:
        """Rule 187: the places a **named** holder of a public office is said to hold it for, read as an unnamed
        holder's are (:meth:`stated_jurisdictions`): the title is a word of the name's own phrase ("Norway's Prime
        Minister Ivo Brandt", "Norwegian President Ivo Brandt": a compound of the name, whose place may hang on the
        title or on the name), a title in apposition to the name ("Ann Wu, the mayor of Dover") or the title
        the name is in apposition to ("the mayor of Dover, Ann Wu"). The caller reads it only for the agent of an
        act of the office (not of what befalls the person). A place that is the entity itself is left out."""
        chain: list[Token] = []  # the compounds before the name's head, nested ("Prime" → "Minister" → "Brandt");
        todo = [tok]  # the parse hangs some as nominal modifiers ("US" → "Secretary" → "Brandt")
        while todo:
            t = todo.pop()
            for c in t.children:
                if c.dep_ in NAME_CHAIN_DEPS and c.i < tok.i:
                    chain.append(c)
                    todo.append(c)
        beside = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])

        def title(t: Token) -> bool:
            """An unnamed word of a public office, not a legislator's: the place named with a legislator is the seat
            it sits for (``concepts.tsv`` seat: "Senator Ivo Brandt of Varnoka" acts as one member, not for Varnoka)."""
            word = self.office_noun(t, named=True) if self.index.at(t.i) is None else None
            return word is not None and not self.lex.concept_is(self.lex.titles[word][0], "seat")
        titled = [t for t in (tok, *chain, *beside) if title(t)]
        if not titled:
            return []
        if any(t.lower_ in self.lex.words["past_office_words"] for t in self.doc[tok.left_edge.i:tok.i]):
            return []  # "former Prime Minister Ivo Brandt"
        heads = titled + ([tok] if any(t in chain for t in titled) else [])
        out = [x for h in heads for x in self.own_places(h, skip=titled) if x != e]  # not the title words:
        return list(dict.fromkeys(out))  # "Dover Mayor Ann Wu" reads Dover, not "Mayor"

    def places_by_key(self) -> dict[str, int]:
        """The article's places by their name's key, read once."""
        if self._places_by_key is None:
            self._places_by_key = {key(x.name): e for e, x in enumerate(self.index.entities) if x.kind == "PLACE"}
        return self._places_by_key

    def demonym_place(self, tok: Token) -> int | None:
        """The place of the article a demonym ending at ``tok`` names, the longest one first ("South
        Sudanese" → South Sudan before "Sudanese" → Sudan): the country ``demonyms.tsv`` gives for
        it, else the country WordNet gives (``country_adjectives.tsv``: "Samoan" → Samoa)."""
        places = self.places_by_key()
        for start in range(max(tok.i - 2, tok.sent.start), tok.i + 1):
            words = self.doc[start:tok.i + 1].text
            names = [self.lex.demonyms[words]] if words in self.lex.demonyms \
                else self.lex.country_adjectives.get(words, ())
            if names:
                return next((places[key(n)] for n in names if key(n) in places), None)
        return None

    def name_places(self, tok: Token) -> set[int]:
        """Rule 185 (EVENTS.md set 81): the places a named event's own name states (rule 184: "the 2020 US
        Presidential Election", "the 2024 X Caucus"). The recogniser tags the whole name as the event, so no
        place entity stands for those words: a word or two of the name (the event word aside) that name a place
        of the article (its name or an alias: aliases.tsv) or that are a demonym of one are the event's place."""
        if tok.ent_type_ != "EVENT":
            return set()
        if self._recognised is None:  # each word's name, read once (no scan of every name per event)
            self._recognised = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
        ent = self._recognised.get(tok.i)
        if ent is None:
            return set()
        ents = self.index.entities
        places = self.places_by_key()
        out: set[int] = set()
        i = ent.start
        while i < ent.end:
            step = 1
            for j in (i + 2, i + 1):  # the longer name first ("New Jersey"), then its words are taken
                if j > ent.end or tok.i in range(i, j):
                    continue
                words = self.doc[i:j].text
                alias = self.lex.aliases.get(words)
                e = places.get(key(alias[0] if alias else words))
                if e is None and j == i + 1:
                    e = self.demonym_place(self.doc[i])
                if e is not None and ents[e].kind == "PLACE":
                    out.add(e)
                    step = j - i  # "South Sudan" read, "Sudan" not again
                    break
            i += step
        return out

    def stated_jurisdictions(self, tok: Token, office: bool = False) -> list[int]:
        """The places a governing body (``governing_bodies.tsv``: government, parliament, court,
        police …) is said to be of, and with ``office`` those an unnamed holder of a public office
        (``office_noun``: "the Norwegian foreign minister", "the mayor of Oslo") is said to be of:
        a demonym or place before it ("the Norwegian government", "Oslo police", "the Norwegian
        and Swedish governments"), its possessor ("Norway's parliament") or its ``of`` phrase ("the
        government of Norway")."""
        if self.body_noun(tok) is None and not (office and self.office_noun(tok) is not None):
            return []
        return self.own_places(tok)

    def own_places(self, tok: Token, skip: Collection[Token] = ()) -> list[int]:
        """The places a noun's own words say it is of, each once: a demonym or a place name before it ("the
        Norwegian government", "the Oslo council"), its possessor ("Norway's parliament") or its ``of`` phrase
        ("the government of Norway"); not the words of ``skip``."""
        ents = self.index.entities
        found: list[int | None] = []
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "nmod", "poss"} and c not in skip:
                for d in (c, *c.conjuncts):
                    e = self.index.at(d.i)
                    found.append(e if e is not None else self.demonym_place(d))
            elif c.dep_ == "prep" and c.lower_ in self.lex.words["genitive_prepositions"]:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    found += [self.index.at(d.i) for d in (obj, *obj.conjuncts)]
        return [e for e in dict.fromkeys(found) if e is not None and ents[e].kind == "PLACE"]

    # ------------------------------------------------------------------ what an argument is
    def diseases(self) -> set[int]:
        """The named entities the article says are diseases: a full name (no place) that modifies or stands in
        apposition to a noun whose first WordNet sense is an illness, an infection, an infectious agent or
        an epidemic (``happening_arguments.tsv`` kind ``disease``: "the COVID-19 pandemic", "the Zika
        virus", "the disease, X"), or that is the ``of`` phrase of such a noun ("a case of X"). The
        recogniser often types such a name as an organisation; a disease is no agent, patient or place of
        an event (ACE 2005's arguments are people, bodies, places, facilities and things)."""
        if self._diseases is not None:
            return self._diseases
        got: set[int] = set()
        kinds = self.lex.happening_arguments

        def disease(t: Token) -> bool:
            return "disease" in kinds.get(t.lemma_.lower(), ()) or "disease" in kinds.get(t.lower_, ())
        for a, b, e in self.index.mentions:
            ent = self.index.entities[e]
            if ent.kind == "PLACE" or self.doc[a:b].text != ent.name:
                continue  # a place ("the Wuhan virus"), a name cut short ("the X pandemic" for "X Task Force")
            t = self.doc[b - 1]
            if t.dep_ in {"compound", "nmod", "amod", "appos"} and disease(t.head) or \
                    t.dep_ == "pobj" and t.head.lower_ in self.lex.words["genitive_prepositions"] and disease(t.head.head):
                got.add(e)
        self._diseases = got
        return got

    def someone(self, tok: Token) -> bool:
        """Whether a noun names a person: a person by the entity kinds (``kind_of``) or a common noun WordNet reads
        first as a person (``happening_arguments.tsv`` ``person``: "wife", "rescuers")."""
        none: frozenset[str] = frozenset()
        return bool(({self.kind_of(tok)} | self.lex.happening_arguments.get(tok.lemma_.lower(), none)) & PERSON_KINDS)

    def kind_of(self, tok: Token) -> str | None:
        """PERSON, ORG, PLACE or THING; None for a bare number ("killed three", "injured 16"), which
        counts people or things alike."""
        if tok.pos_ == "NUM" and not any(c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ in
                                         self.lex.words["genitive_prepositions"] for c in tok.children):
            return None
        e = self.resolver.entity(tok)
        if e is not None:
            return {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "PLACE"}.get(self.index.entities[e].kind, "THING")
        low = tok.lemma_.lower()
        if tok.ent_type_ in {"PERSON", "NORP"} or low in self.person_words or tok.lower_ in self.person_words:
            return "PERSON"
        if tok.ent_type_ in {"ORG"}:
            return "ORG"
        if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
            return "PLACE"
        if tok.pos_ == "PRON" and tok.lower_ not in lexicons.load().words["thing_pronouns"]:
            return "PERSON"
        return "THING"

    def skip(self, span: Span, quoted: bool = True) -> bool:
        """Whether a candidate trigger is no event's word; ``quoted=False``: but for its being inside a
        quotation (a speech act done in the saying, rule 123)."""
        if any(self.index.at(t.i) is not None for t in span):
            return True  # part of a name: "Council of Europe"
        if self.quotes.covers(span.start_char) and (quoted or self.quoted_by(span.start_char) is None):
            return True  # inside a quotation; a performative (rule 123) only in one whose speaker is known
        if span.root.pos_ in {"NOUN", "PROPN"} and self.resolver.description(span.root) is not None:
            return True  # "the conference" naming an organisation already known
        return False

    def refused_type(self, tok: Token) -> str | None:
        """The type a verb names under a refusal verb (event_type_rules.tsv's refused column: "declined
        to attend the summit" is a boycott), or None."""
        if tok.pos_ != "VERB" or tok.head.lemma_ not in self.refuse or tok.dep_ != "xcomp":
            return None
        low = tok.lemma_.lower()
        return next((r.type for r in self.lex.event_type_rules.values()
                     if r.refused and low in self.lex.words[r.refused]), None)

    def triggers(self) -> list[Trigger]:
        found = TriggerFinder(self.doc, self.lex, self.kind_of, self.quotes.covers).find(self.skip)
        found = self.posts_taken(found)
        for t in self.doc:
            typ = self.refused_type(t)
            if typ and not any(tr.span.start == t.i for tr in found) and not self.skip(self.doc[t.i:t.i + 1]):
                found.append(Trigger(self.doc[t.i:t.i + 1], typ, False))
        # "the paper quoted X as saying '…'", "she told reporters: '…'": a verb of a type that stands
        # for the act of saying (event_type_rules.tsv's quoted column) and cues a quotation names no
        # event of its own: the quotation is the record of that speech
        rules = self.lex.event_type_rules
        found = [tr for tr in found if not (tr.type in rules and rules[tr.type].quoted and not tr.pattern
                                            and tr.span.root.pos_ == "VERB" and self.cues_quote(tr.span.root))]
        return sorted(found, key=lambda tr: tr.span.start)

    def post_taken(self, verb: Token) -> tuple[int, Membership | None] | None:
        """The one who takes up an office a verb of becoming (words.tsv ``post_taking_verbs``) gives its
        subject, with the membership the title rules read there (its organisation), when its predicate
        noun (``attr``/``oprd``) is a title phrase (``titles.tsv``) whose holder the roles extractor reads
        in that clause ("X became mayor of Y", "X became the chair of the Y Union", "he became an MP":
        :func:`roles.clause_holder`); else None. A predicate that is no title ("became a hit", "became the
        first woman to …", "became a citizen", "became ill") has none; nor has a candidacy (words.tsv
        ``no_post_concepts``: "became the party's nominee", no post held), nor a title ranked by a
        superlative of another word ("became the longest serving chancellor": a record the holder sets among
        the holders, not the taking up of the post; "became the youngest mayor" takes the post: set 79) (rule
        177)."""
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in self.lex.words["post_taking_verbs"]:
            return None
        if self._titles is None:
            self._titles = {sp.root.i: sp for sp in self.doc.spans.get("kg_titles", [])}
        for a in verb.children:
            span = self._titles.get(a.i) if a.dep_ in {"attr", "oprd"} else None
            if span is None or any(t.tag_ in {"JJS", "RBS"} and t.head != a for t in a.subtree if t.i < a.i):
                continue
            found = roles.clause_holder(self.resolver, span)
            if found is None or roles.title_concept(span) in self.lex.words["no_post_concepts"]:
                continue
            m = next((m for m in self.clause_posts.get(found[2], ()) if m.span[0] <= a.idx < m.span[1]), None)
            return found[2], m
        return None

    def office_taken(self, verb: Token) -> int | None:
        """The one who takes up an office by a verb of taking one (the roles extractor's :func:`roles.office_verb`,
        words.tsv ``office_verbs``: WordNet 3.0's take_office.v.01, succeed.v.02, swear_in.v.01 and their direct
        hyponyms, read with a particle: "swear_in", "take_over") whose ``as`` phrase (words.tsv
        ``role_prepositions``), on the verb or on its object, is a title phrase the roles extractor reads in the
        clause ("X was sworn in as governor", "X took over as chair", "X succeeded Y as chancellor":
        :func:`roles.clause_holder`); not a candidacy (``no_post_concepts``); else None (rule 178). The post
        is taken, ACE 2005's Personnel.Start-Position (an inauguration), whatever the verb's own reading
        (*swear*'s CAMEO row is an allegation, its WordNet row a declaration)."""
        if verb.pos_ != "VERB" or roles.office_verb(verb) != roles.OFFICE_VERB_SETS[1]:
            return None
        if self._titles is None:
            self._titles = {sp.root.i: sp for sp in self.doc.spans.get("kg_titles", [])}
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(self.kind_of(o) == "THING" and not self.lex.happening_arguments.get(o.lemma_.lower(), frozenset())
               & OWNER_KINDS.keys() for o in objects):
            return None  # "adopted a tough stance as mayor", "followed a cautious policy as president": in what
            # capacity a thing was done, no office taken (the review of set 77: an office verb's object is the
            # predecessor or the body taken over)
        subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for h in [verb] + objects:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in self.lex.words["role_prepositions"] \
                        or p.i < min(subjects, default=verb.i):
                    continue  # "As mayor, X entered the talks": the capacity the clause's act is done in
                for a in p.children:
                    span = self._titles.get(a.i) if a.dep_ == "pobj" else None
                    if span is None or roles.title_concept(span) in self.lex.words["no_post_concepts"]:
                        continue
                    found = roles.clause_holder(self.resolver, span)
                    if found is not None:
                        return found[2]
        return None

    def posts_taken(self, found: list[Trigger]) -> list[Trigger]:
        """Rule 177: a verb of becoming whose predicate is an office (:meth:`post_taken`) is a taking up of
        that post, ACE 2005's Personnel.Start-Position, whose annotation guideline names "become" with a
        position as its trigger. It retypes the generic fallback's ``Occurrence`` on the verb; where the
        fallback read none (not told as done: "resigned to become Secretary of State", "if he became
        king") none is added (measured, EVENTS.md set 77). Rule 178: a verb of taking an office whose ``as``
        phrase names the post (:meth:`office_taken`) is that taking up, whatever type its verb had ("was
        sworn in as governor"), or one added where it had none ("took over as chair")."""
        at = {tr.span.root.i: k for k, tr in enumerate(found)}
        out = list(found)
        (post,) = self.lex.words["post_taken_type"]
        for tok in (tr.span.root for tr in found if tr.type == OCCURRENCE):
            if self.post_taken(tok) is None:
                continue
            k = at.get(tok.i)
            if k is not None and out[k].type == OCCURRENCE:
                out[k] = Trigger(out[k].span, post, False)
        for tok in self.doc:  # rule 178: a verb of taking an office with the post its "as" phrase names
            if self.office_taken(tok) is None:
                continue
            k = at.get(tok.i)
            if k is not None:
                if out[k].type != post:  # "was sworn in as governor": no allegation, no declaration
                    out[k] = Trigger(out[k].span, post, False)
            elif not self.skip(self.doc[tok.i:tok.i + 1]):
                out.append(Trigger(self.doc[tok.i:tok.i + 1], post, False))  # "took over as chair"
        return sorted(out, key=lambda tr: tr.span.start)

    def quoted_by(self, at: int) -> int | None:
        """The speaker of the quote record whose words hold character ``at``, or None (a quotation's pieces
        are disjoint: the last piece starting at or before ``at``; in O(log n), as a storm of quotes asks)."""
        k = bisect_right(self.spoken_starts, at)
        return self.spoken[k - 1][2] if k and at < self.spoken[k - 1][1] else None

    def quoted_speaker(self, ev: Event, span: Span) -> None:
        """Rule 123: a speech act inside quoted words ("we strongly urge …") is done by the one who says them,
        the quote record's speaker, its agent (the one agent: "I", "we" are no one the parse names)."""
        if self.quotes.covers(span.start_char):
            speaker = self.quoted_by(span.start_char)
            if speaker is not None:
                ev.agents = {speaker}

    def cues_quote(self, verb: Token) -> bool:
        """Whether a quotation begins among the words the verb governs, not counting clauses of
        their own ("announced his plan, [saying '…']": the quote is cued by "saying")."""
        words = [verb]
        for c in verb.children:
            if c.dep_ not in {"advcl", "conj", "ccomp", "xcomp", "parataxis", "relcl"}:
                words += list(c.subtree)
        starts = self.quotes.starts
        for w in words:
            k = bisect_left(starts, w.idx)
            if k < len(starts) and starts[k] < w.idx + len(w) + 1:
                return True
        return False

    # ------------------------------------------------------------------ participants
    def participants(self, ev: Event, span: Span, own_only: bool = False) -> None:
        """Participants from the parse; ``own_only``: only the noun's own phrases (a mention that
        refers back: "following the vote, X said" makes X no voter)."""
        root = span.root
        w = self.lex.words
        ents = self.index.entities
        rule = self.lex.event_type_rules.get(ev.kind)
        happening = rule is not None and rule.happening  # a crash, a quake: no one's act, no target
        personal = ev.kind in w["event_personal_types"]  # dying, resigning: a person's, not an office's

        def possessor_role(tok: Token) -> str:
            """The role of a noun trigger's possessor (event_type_rules.tsv's possessor column): "her
            arrest" is she arrested, "her resignation" she resigning; a possessor of a kind the type's
            patient cannot be acts ("the country's killing of X", "the party's primary election")."""
            if rule is None or rule.possessor != "target":
                return "agent"
            return "target" if not rule.patient or self.kind_of(tok) in rule.patient else "agent"

        hung: set[int] = set()  # places the parse hangs on a participant
        origins: set[int] = set()  # places the act sets out from ("was released from X")

        def antecedent(tok: Token) -> Token:
            """A relative pronoun stands for the noun its clause describes: "the club, which she
            joined", "the college from which he graduated" (the clause is the nearest relcl above
            the pronoun; the pronoun itself when there is none)."""
            if tok.lower_ not in w["relative_pronouns"]:
                return tok
            for a in tok.ancestors:
                if a.dep_ == "relcl":
                    return a.head
                if a.pos_ == "VERB" and a.dep_ not in {"xcomp", "conj"}:
                    return tok  # a clause of its own: "said that …" is no relative clause
            return tok

        def owner(tok: Token) -> int | None:
            """A possessive pronoun of a body or group ("the league cancelled its season", "the
            firms said their plant closed") stands for the subject of the clause it is in, when that
            subject comes before it and is an organisation or a place; None otherwise (the resolver's
            nearest organisation decides)."""
            if tok.dep_ != "poss" or tok.lower_ not in w["plural_or_org_pronouns"]:
                return None
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            subj = subject_of(verb) if verb is not None else None
            if subj is None or subj.i >= tok.i:
                return None
            if tok.lower_ in w["plural_pronouns"] and any(c.dep_ == "conj" for c in subj.children):
                return None  # set 94: "A and B ended their talks": bound_subject reads the whole list
            e = self.resolver.entity(subj)
            if e is None and subj.tag_ in {"NN", "NNP"} and not any(c.dep_ == "det" for c in subj.children):
                # "Brix has since closed its offices": a singular noun with no article is a word of a name
                e = self.resolver.description(subj, bare=True)  # (the organisation named with it)
            return e if e is not None and ents[e].kind in {"ORG", "PLACE"} else None

        def bound_subject(tok: Token) -> Token | None:
            """Rule 202: the subject a possessive pronoun of a body or group stands for when that subject comes
            before it in its clause and agrees with it, named or not: "dozens of workers lost their jobs", "the
            vessel lost its anchor" (no one named), "the two rivals, A and B, settled their dispute" (A and B), not
            the organisation named last. "Its" is no person's and no plural's; "their" is a plural's (a
            plural noun, a number, a list). None when the pronoun is no such possessive, the subject is a
            pronoun (the resolver decides) or does not agree."""
            def passive(v: Token) -> bool:
                """Whether the clause's subject is no doer of its own: a passive ("has been praised by critics
                since its …"), a participle describing what it is done to ("samples kept during their …"), an
                infinitive whose doer is its governor's object ("urged the members to cast their votes")."""
                for _ in range(6):  # set 94: bounded, as subject_of
                    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in v.children) or v.dep_ == "acl" and v.tag_ == "VBN" \
                            or v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children) \
                            or v.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in v.children) \
                            and not any(c.dep_ == "aux" for c in v.children):  # "samples kept during …" read as a clause
                        return True
                    if any(c.dep_ in {"nsubj", "csubj"} for c in v.children) or v.dep_ not in {"conj", "xcomp", "advcl"} \
                            or v.head == v:
                        return False
                    v = v.head  # a subject inherited from the clause above: that clause's voice
                return False

            if tok.dep_ != "poss" or tok.pos_ != "PRON" or tok.lower_ not in w["plural_or_org_pronouns"]:
                return None
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or passive(verb):
                return None
            subj = subject_of(verb)
            if subj is None or subj.i >= tok.i or subj.pos_ not in {"NOUN", "PROPN", "NUM"}:
                return None
            plural = subj.tag_ in {"NNS", "NNPS", "CD"} or any(c.dep_ == "conj" for c in subj.children)
            if tok.lower_ in w["plural_pronouns"]:
                return subj if plural else None
            e = self.resolver.entity(subj)
            return subj if not plural and (e is None or ents[e].kind != "PERSON") else None

        def expletive(subj: Token, verb: Token) -> bool:
            """Whether the subject is an "it" standing for a clause after its verb, not for anything
            named: "it was unlawful to sell the land", "it is time to go", "it was wrong for the firm to
            sell", "it seemed the deal had failed", "it was settled that …" (but "it failed to pay")."""
            if subj.lower_ not in w["expletive_pronouns"]:
                return False
            if (verb.lemma_ in w["extraposing_verbs"] or subj.dep_ == "nsubjpass") and any(
                    c.dep_ in {"xcomp", "ccomp", "csubj"} for c in verb.children):
                return True
            return verb.lemma_ in w["be_verbs"] and any(
                c.dep_ in {"xcomp", "ccomp", "csubj", "relcl", "acl", "advcl"}
                and any(g.dep_ in {"aux", "mark"} and g.lower_ in w["extraposed_clause_marks"] for g in c.children)
                for k in verb.children if k.dep_ in {"acomp", "attr"} for c in [*k.children, *verb.children])

        def add(tok: Token | None, role: str, depth: int = 0) -> None:
            if tok is None or depth > 4:
                return
            tok = antecedent(tok)
            e = owner(tok)
            if e is None and (subj := bound_subject(tok)) is not None:
                add(subj, role, depth + 1)  # rule 202: the pronoun stands for its clause's subject
                return
            if e is None and tok.pos_ == "PRON" and tok.dep_ != "poss" and tok.lower_ in w["plural_or_org_pronouns"]:
                e = self.organisation_pronoun(tok)  # rule 203
            elif e is None:
                e = self.resolver.entity(tok)
            also: list[int] = []
            if e is None:  # "the mayor of Oslo, Ivo Brandt, announced": the parse hangs the name on Oslo
                named = self.misplaced_apposition(tok)
                if named is not None:
                    add(named, role, depth + 1)
            if e is None:  # "the Norwegian government closed …": the places the unnamed body acts for;
                # an unnamed office-holder acts for its place only as the agent of an act of its office
                # ("the mayor of Oslo announced …"), not of what befalls it as a person ("died", "resigned")
                e, *also = self.stated_jurisdictions(tok, office=role == "agent" and not personal) or [None]
            if e is not None and e in self.diseases():
                e = None  # "the COVID-19 pandemic": a disease takes no part in an event
            if e is not None and role == "agent" and not personal and ev.kind != OCCURRENCE and ents[e].kind == "PERSON" \
                    and (self.index.at(tok.i) is not None or self.office_noun(tok, named=True) is not None):
                # rule 187: a named holder of a public office acts for its place too, in an act of a known type
                also += self.named_holder_jurisdictions(tok, e)  # ("Norway's Prime Minister Ivo Brandt announced")
            if e is not None:
                r = role
                if r == "place" and ents[e].kind != "PLACE":
                    r = "target"
                {"agent": ev.agents, "target": ev.targets, "attendee": ev.attendees, "place": ev.places}[r].update(
                    [e, *also])
            elif role == "target" and tok.pos_ in {"NOUN", "PROPN"} and tok.i != root.i:
                for c in tok.children:  # "the Jazz's game was cancelled", "cancelled the NBA season":
                    if c.dep_ in {"poss", "compound"} and self.index.at(c.i) is not None:  # whose thing it is
                        add(c, "target", depth + 1)
            elif role == "agent" and tok.pos_ in {"NOUN", "PROPN"} and tok.i != root.i \
                    and tok.lower_ not in self.lex.titles and tok.lemma_.lower() not in self.lex.titles:
                holders(tok)  # "Halden Air's pilots boycotted …" (an office-holder's place: above)
            for c in tok.children:
                if c.dep_ in {"conj", "appos"}:
                    add(c, role, depth + (c.dep_ == "appos"))  # a list of any length: "A, B, C, D and E"
                elif c.dep_ == "prep" and c.lower_ in w["event_place_prepositions"] and role != "place" \
                        and tok.i != root.i and tok.dep_ != "appos" and tok.lower_ not in self.lex.titles:
                    # "met with X in Paris", "police in Leeds arrested": the parse hangs the place
                    # on a participant; a named place there is where the event happened, when the
                    # event names none of its own (below) and the words are no title or apposition
                    # ("the consul in Madrid, X, met …": where X serves)
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    p = self.resolver.entity(obj) if obj is not None else None
                    if p is not None and ents[p].kind == "PLACE":
                        hung.add(p)

        def holders(tok: Token) -> None:
            """Whose an unnamed doer is: the named organisation that possesses it or follows it in an
            ``of`` phrase ("Halden Air's pilots", "members of the Dorland Party") is an agent, a named
            place there is where it acted ("the shops of Varna"). Not a name compounded with a thing
            (its maker or brand: "a Halden jet crashed"; a body's people are read by the resolver: "Halden
            Air pilots"). Not a person noun's place or
            person ("a resident of Varna": where one comes from; "the lawyers of Ivo Brandt"), nor for a
            noun with a name in apposition (the name acts), nor for a capitalised word that is no common
            noun (``common_words.tsv``: a surname the entity index missed, "Brandt of Varna"). Kept apart
            (:meth:`held`) and merged after the joins, which read what each mention names itself."""
            common = self.lex.common_words
            low = tok.lower_
            if tok.pos_ == "PROPN" and low not in common and not any(
                    low.endswith(x) and low[:-len(x)] in common for x in w["plural_suffixes"]):
                return
            if any(c.dep_ == "appos" and self.resolver.entity(c) is not None for c in tok.children):
                return
            if tok.lemma_.lower() in w["outsider_nouns"] or low in w["outsider_nouns"] \
                    or any(c.dep_ == "amod" and c.lower_ in w["past_office_words"] for c in tok.children):
                return  # "critics of X", "rivals of X", "victims of X", "former members of X": not X's doers
            person = self.kind_of(tok) == "PERSON"
            for c in tok.children:
                if c.dep_ == "poss" and self.index.at(c.i) is not None:
                    found = c
                elif c.dep_ == "prep" and c.lower_ in w["genitive_prepositions"]:
                    found = next((g for g in c.children if g.dep_ == "pobj"), None)
                else:
                    continue
                if found is None:
                    continue
                for d in (found, *found.conjuncts):
                    e = self.resolver.entity(d)
                    if e is None or self.index.at(d.i) is None and any(  # a name or one referred back to,
                            g.dep_ in {"compound", "nmod"} and self.index.at(g.i) is not None for g in d.children):
                        continue  # not a thing a name modifies ("the UK population", "a delegation of Wales councils")
                    if ents[e].kind == "PLACE" and not person and c.dep_ == "prep":  # "Britain's approach",
                        # "London's X daily": a place's own thing acts for it, not there
                        self.held(ev, True).places.add(e)
                    elif ents[e].kind == "ORG":
                        self.held(ev, True).agents.add(e)

        def carried_by(v: Token) -> None:
            """The ``by`` phrase of a passive verb that tells no event of its own and only carries the noun
            event's ("a study conducted by X", "a rally organised by X", "the strikes were carried out by X"):
            X does the event; a verb of winning or attending makes X one who took part ("the meeting,
            attended by X"); a verb whose first WordNet sense is saying, a state, a thought, a perception or
            a feeling (words.tsv ``stance_verbs``) names no doer ("a vote criticised by X", "a vote required
            by X"), nor does a verb that tells an event of its own (the caller checks: "condemned by X")."""
            low = v.lemma_.lower()
            if low in w["event_holding_verbs"]:
                role = "agent"
            elif low in w["event_contest_verbs"] or low in w["attendance_verbs"]:
                role = "attendee"
            elif low in w["stance_verbs"]:
                return
            else:
                role = "agent"
            for c in v.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            add(g, role)

        def preps(tok: Token, depth: int = 0, own: str = "agent") -> None:
            for c in tok.children:
                if c.dep_ == "prep":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is None:
                        continue
                    p = c.lower_
                    if p in w["event_place_prepositions"]:
                        add(obj, "place")
                        add(self.named_within(obj), "place")  # "in the territory of X": X
                    elif happening and p in w["event_happening_place_prepositions"]:
                        # "an earthquake off Dorley", "crashed into a barrier in X": a happening has no target
                        add(obj, "place")
                        if depth < 2:
                            preps(obj, depth + 1, own)
                        continue
                    elif p in w["event_origin_prepositions"]:
                        # "was released from X", "fled from X": a named place the act sets out from is one
                        # of its places when the phrase hangs on a verb with no direct object (a passive,
                        # an intransitive): a participant's is where that one comes from ("arrested a man
                        # from X", "expelled 23 diplomats from X"), and a person or a body the act comes from
                        # is no place ("fled from X" of a person); the event's own places go first (below)
                        if tok.i != root.i or root.pos_ != "VERB" or any(g.dep_ == "dobj" for g in root.children):
                            continue
                        o = self.origin_place(obj)
                        if o is not None:
                            origins.add(o)
                    elif p in w["event_target_prepositions"]:
                        # "relocated to Oslo": where the generic act went is its place, no patient
                        dest = self.resolver.entity(obj) if ev.kind == OCCURRENCE and depth == 0 \
                            and p in w["event_destination_prepositions"] else None
                        add(obj, "place" if dest is not None and ents[dest].kind == "PLACE" else "target")
                    elif p in w["event_attendee_prepositions"]:
                        # "the offices of X" as what the act is done to (rule 208): X is whose they are, a target
                        # (not of a person: "the wife of X" is no thing of X's)
                        add(obj, "attendee" if not (p in w["genitive_prepositions"] and (
                            root.pos_ != "VERB" and depth == 0
                            or own == "target" and not self.someone(tok))) else "target")
                    elif p in w["agent_prepositions"]:
                        add(obj, "agent")
                    elif p in w["event_entry_prepositions"]:
                        # "admitted into the X Society", "an inquiry into X", "an offensive into X":
                        # what the act enters or goes into takes part in it (a named place as its place)
                        add(obj, "place")
                    if p in w["event_nested_prepositions"] and depth < 2:
                        preps(obj, depth + 1, own)  # rule 208: "bombed the offices of X's chairman": X no doer
                elif c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            add(g, "agent")
                elif c.dep_ in {"poss", "compound", "nmod", "amod"} and self.index.at(c.i) is not None \
                        and self.index.at(c.i) != self.index.at(tok.i):
                    # "the Senate's vote", "the US airstrike"; "Ann Wu's arrest": the one arrested
                    add(c, possessor_role(c) if c.dep_ == "poss" and tok.i == root.i else own)
                elif c.dep_ == "poss" and c.pos_ == "PRON" and depth == 0:
                    # "filed his resignation", "called for her arrest": whom the pronoun refers to (of what the act is
                    # done to as well: read as a target, the resolver's guesses brought more wrong names, set 93)
                    add(c, possessor_role(c) if tok.i == root.i else "agent")

        if root.pos_ == "VERB":
            if any(c.dep_ == "auxpass" for c in root.children) and not any(
                    c.dep_ in {"nsubjpass", "nsubj"} for c in root.children):
                # a passive with no subject of its own ("… after being arrested", "after being accused
                # by X", "was arrested and was charged"): the subject it inherits from the clause it
                # hangs on is the one it is done to, not its doer; the doer is the `by` phrase
                by = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                gov = root.head.head if root.head.pos_ == "ADP" else root.head
                add(by, "agent")
                own = next((c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
                    if gov != root else None
                add(subject_of(root) if by is None else own or (subject_of(gov) if gov != root else None),
                    "target")
            elif not any(c.dep_ == "nsubjpass" for c in root.children) or any(
                    c.dep_ == "nsubj" for c in root.children):
                add(subject_of(root), "agent")
            # else a passive with a subject of its own ("X said 40 people were arrested"): its doer is
            # the `by` phrase alone (preps), never a subject inherited from the clause above (the speaker)
            for c in root.children:
                if c.dep_ in {"dobj", "nsubjpass", "dative"}:
                    if c.dep_ == "dative":
                        c = dative_object(c) or c
                    # "X, who was elected": a relative pronoun stands for the noun its clause describes
                    add(root.head if c.dep_ == "nsubjpass" and root.dep_ == "relcl"
                        and c.lower_ in w["relative_pronouns"] else c, "target")
                    # rule 208: a name modifying what the act is done to ("bombed the X embassy", "arrested X's
                    # envoy") is whose thing it is, a target, no doer
                    preps(c, own="target")
            if not any(c.dep_ in {"dobj", "nsubjpass", "dative"} for c in root.children):
                for c in root.children:  # "recommended the firm withdraw", "ruled [that] X lacked
                    if c.dep_ == "ccomp":  # the power": the one the clause is about is the act's target
                        subj = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                        if subj is None or expletive(subj, c):
                            continue
                        if self.resolver.entity(subj) not in ev.agents:  # "the court ruled that it had
                            add(subj, "target")  # no jurisdiction": the court itself is no target
            preps(root)
            if root.head.lemma_ in self.refuse:
                add(subject_of(root.head), "agent")
            for body in self.post_bodies(root):  # "X became the union's treasurer": the union
                add(body, "attendee")
            post = self.post_taken(root) if ev.kind != OCCURRENCE else None
            if post is None and ev.kind in w["post_taken_type"]:  # rule 178: "X was sworn in as governor"
                holder = self.office_taken(root)
                post = (holder, None) if holder is not None else None
                for c in root.children if post is not None else ():  # "succeeded Y as chair", "Y was replaced
                    # as chair by X": the predecessor takes no post (set 79; ACE's Start-Position has no role for
                    # the one left)
                    if c.dep_ in {"dobj", "nsubjpass"} and self.resolver.entity(c) not in {None, holder}:
                        ev.targets.discard(self.resolver.entity(c))
            if post is not None:  # rule 177: the one who takes the post is its Person (the patient, as of
                # "was appointed"), the organisation the title rules read with the post takes part ("a
                # paid adviser to X"); the place of a public office does not (measured, EVENTS.md set 77)
                person, m = post
                ev.agents.discard(person)
                ev.targets.add(person)
                if m is not None and m.organization not in {None, person} and ents[m.organization].kind == "ORG":
                    ev.attendees.add(m.organization)
            if root.dep_ == "xcomp" and root.head.pos_ == "VERB":
                add(subject_of(root.head), "agent")  # "tried to storm", "intends to appeal"
                for c in root.head.children:
                    if c.dep_ == "dobj" and not any(d.dep_ == "nsubj" for d in root.children):
                        add(c, "agent")  # "urged leaders to reconsider"
        else:
            preps(root)
            for v in root.children:  # "a rally organised by X", "a study, which was conducted by X": a verb
                # that tells no event of its own only carries the noun's, and its doer is the event's
                if v.dep_ in {"acl", "relcl"} and v.pos_ == "VERB" and v.i not in self.trigger_starts and (
                        v.tag_ == "VBN" and v.dep_ == "acl" or any(c.dep_ == "auxpass" for c in v.children)):
                    carried_by(v)
            clause = root.head
            if root.dep_ in {"nsubj", "nsubjpass"} and clause.pos_ in {"VERB", "AUX"} and clause != root:
                # "the strike took place in X", "a farewell concert was held for X": the clause a noun is the
                # subject of tells where the event happened (even of a noun that refers back) and, of
                # a verb of holding in the passive (words.tsv event_holding_verbs), for, against or by
                # whom it was held ("the charge was denied by X": X is no party to the charge)
                if root.dep_ == "nsubjpass" and clause.lemma_.lower() in w["event_holding_verbs"]:
                    preps(clause)
                else:
                    if root.dep_ == "nsubjpass" and clause.i not in self.trigger_starts:
                        carried_by(clause)  # "the strikes were carried out by X"
                    for c in clause.children:
                        if c.dep_ == "prep" and (c.lower_ in w["event_place_prepositions"] or happening
                                                 and c.lower_ in w["event_happening_place_prepositions"]):
                            # "the quake struck off the coast of X": what a happening did (no event of its
                            # own) tells where it happened, in its object's place phrase too
                            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                            add(self.place_or_its_place(obj) if happening else obj, "place")
                        elif happening and c.dep_ == "dobj" and root.dep_ == "nsubj":
                            # "a quake hit X": the place it hit
                            obj = self.place_or_its_place(c)
                            if obj is not None and self.resolver.entity(obj) is not None \
                                    and ents[self.resolver.entity(obj)].kind == "PLACE":
                                add(obj, "place")
            gov = root.head
            if own_only:
                gov = root
                side = self.side_taken(root)
                if side is not None:  # "X won the vote": the vote told before, X one of its sides
                    add(*side)
            elif root.dep_ == "pobj":
                gov = root.head.head
            if gov.pos_ in {"VERB", "AUX"} and gov != root:
                if root.dep_ in {"dobj", "pobj", "attr", "nsubj"} and not any(
                        c.dep_ == "poss" for c in root.children):
                    add(subject_of(gov), "agent")
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ in w["event_place_prepositions"]:
                        add(next((g for g in c.children if g.dep_ == "pobj"), None), "place")
                    elif c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in w["addressee_prepositions"] and root.dep_ == "dobj"):
                        obj = dative_object(c) if c.dep_ == "dative" \
                            else next((g for g in c.children if g.dep_ == "pobj"), None)
                        add(obj, "target")
        if not ev.places:
            ev.places |= hung
        if not ev.places:  # "police in Oslo arrested …": a place the event has goes before a `from` place
            ev.places |= origins
        if ev.time_text is None:
            ent = self.time_of(span)
            if ent is not None:
                ev.time_text = ent.text
                ev.date = dates.resolve(ent.text, self.published)

    def organisation_pronoun(self, tok: Token) -> int | None:
        """Rule 203: the organisation an "it", "they" or "them" stands for — the resolver's organisation named last —
        unless the subject the pronoun goes on from is an unnamed noun that is not that organisation: the subject of a
        clause its own clause is said, thought or done under, else of its sentence's main clause before it, else of
        the main clause of the sentence before ("the old warehouse burned for hours, and it
        collapsed", "the protesters marched to the square, where they attacked a bank"). A subject that is a name or a
        pronoun, refers to a named one, has the organisation for its possessor ("X's last budget failed because it …")
        or is a word of the organisation's name ("the tribunal held that it had no power" of the X Tribunal) leaves the
        resolver's reading; so does an unnamed governing body the pronoun's clause is
        reported under ("the court ruled that it failed to pay": a body's ruling is often of another). An object
        pronoun goes on from no subject of its own clause ("X said the regulator had fined it"), and the clauses are
        climbed at most six steps, as ``subject_of`` does (set 94)."""
        e = self.resolver.entity(tok)
        if e is None:
            return None
        own = tok.head if tok.dep_ not in {"nsubj", "nsubjpass"} else None  # an object's own clause (set 94)

        def subjects():
            v, told, steps = tok.head, True, 0
            while v.pos_ in {"VERB", "AUX"} and steps < 6:  # set 94: bounded, as subject_of
                steps += 1
                for c in v.children:
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i and v != own:
                        yield c, told or self.body_noun(c) is None
                if v.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "pcomp"} or v.head == v:
                    break
                told = told and v.dep_ != "ccomp"
                v = v.head.head if v.dep_ == "pcomp" and v.head.pos_ == "ADP" else v.head
            root = tok.sent.root
            for c in root.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i and root != own:
                    yield c, told or self.body_noun(c) is None
            if tok.sent.start > 0:
                root = self.doc[tok.sent.start - 1].sent.root
                for c in root.children:
                    if c.dep_ in {"nsubj", "nsubjpass"}:
                        yield c, True

        words = set(key(self.index.entities[e].name).split())
        for subj, tells in subjects():
            if subj.pos_ != "NOUN" or self.index.at(subj.i) is not None or self.resolver.entity(subj) is not None:
                return e
            if subj.lemma_.lower() in words or subj.lower_ in words or any(
                    c.dep_ == "poss" and self.resolver.entity(c) == e for c in subj.children):
                return e
            if tells:
                return None
        return e

    def post_bodies(self, verb: Token) -> list[Token]:
        """The named organisations whose post a verb's predicate noun is (ACE 2005's Personnel
        Entity argument): the possessor or the ``of`` phrase of a title or person noun that is the
        verb's ``attr`` ("X became the Y Union's treasurer", "X became chair of the Y Guild").
        Not a thing's ("became a part of X"), nor a place or person ("became mayor of X": session 11
        reads an office's place; "became X's aide")."""
        w, out = self.lex.words, []
        for a in verb.children:
            if a.dep_ != "attr" or a.pos_ != "NOUN" or not (
                    a.lemma_.lower() in self.lex.titles or a.lower_ in self.lex.titles
                    or a.lemma_.lower() in self.lex.person_nouns):
                continue
            for g in a.children:
                if g.dep_ == "poss":
                    o = g
                elif g.dep_ == "prep" and g.lower_ in w["genitive_prepositions"]:
                    o = next((h for h in g.children if h.dep_ == "pobj"), None)
                else:
                    continue
                e = self.index.at(o.i) if o is not None else None
                if e is not None and self.index.entities[e].kind == "ORG":
                    out.append(o)
        return out

    def misplaced_apposition(self, tok: Token) -> Token | None:
        """The named person in apposition to an unnamed holder of a title, where the parse hangs the
        apposition on the title's ``of`` phrase ("the mayor of Oslo, Ivo Brandt, announced …": the parse
        makes Ivo Brandt an apposition of Oslo; a place or a body is no person, so the name is the mayor's).
        None when the word is no title (``titles.tsv``, by its text or lemma) or its phrase has no such
        apposition (the phrase's own object a person: "the wife of X, Y" is left to the parse)."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (low not in self.lex.titles and lemma not in self.lex.titles):
            return None
        ents = self.index.entities
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in self.lex.words["genitive_prepositions"]:
                continue
            for obj in c.children:
                holder = self.resolver.entity(obj) if obj.dep_ == "pobj" else None
                if holder is None or ents[holder].kind == "PERSON":
                    continue
                for a in obj.children:
                    e = self.resolver.entity(a) if a.dep_ == "appos" else None
                    if e is not None and ents[e].kind == "PERSON":
                        return a
        return None

    def named_within(self, tok: Token) -> Token | None:
        """The named place a common noun of a place phrase stands for ("in the territory of X", "in a
        neighbourhood of X", "in the eastern state of X"): the place its genitive phrase names
        (words.tsv ``place_name_prepositions``); the common noun itself is no entity, so without it the
        event has no place and no test of places apart (rule 59) can keep it from another's."""
        if tok.pos_ != "NOUN" or self.resolver.entity(tok) is not None:
            return None
        ofs = self.lex.words["place_name_prepositions"]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ofs:
                for g in c.children:
                    e = self.resolver.entity(g) if g.dep_ == "pobj" else None
                    if e is not None and self.index.entities[e].kind == "PLACE":
                        return g
        return None

    def side_taken(self, noun: Token) -> tuple[Token, str] | None:
        """The subject of the verb a noun that refers back to an event is the object of, with its role, when
        the verb says that subject took part in the event: who holds it organises it (an agent,
        words.tsv ``event_holding_verbs``: "the league held the draw"); who wins, loses or attends it
        only took part (an attendee, ev:participant, ``event_contest_verbs`` and ``attendance_verbs``:
        "the firm won the lawsuit" makes the firm no plaintiff, "the union lost the strike" no organiser).
        None otherwise ("X condemned the vote" makes X no voter), and when the verb is negated ("X did
        not attend the meeting")."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        w, low = self.lex.words, verb.lemma_.lower()
        role = "agent" if low in w["event_holding_verbs"] \
            else "attendee" if low in w["event_contest_verbs"] or low in w["attendance_verbs"] else None
        if role is None or factuality(self.doc[noun.i:noun.i + 1], w) == NEGATED:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (subj, role) if subj is not None else None

    def time_of(self, span: Span) -> Span | None:
        """The date or time expression nearest the trigger within its clause, else within its
        sentence (the one before on a tie). Tried outward from the trigger, at most
        :data:`TIMES_SEARCHED` of them: a sentence of thousands of dates costs no more."""
        times = Ents.of(self.doc, TIME_LABELS)
        within = times.within(*sentence_of(self.doc, span.start))
        if not within:
            return None
        verb = governing_verb(span.root)
        left = bisect_left(times.starts, span.start, within.start, within.stop) - 1
        right = left + 1
        nearest = None
        for _ in range(min(len(within), TIMES_SEARCHED)):
            if right >= within.stop or (left >= within.start
                                        and span.start - times.starts[left] <= times.starts[right] - span.start):
                e, left = times[left], left - 1
            else:
                e, right = times[right], right + 1
            nearest = e if nearest is None else nearest
            if in_subtree(e.root, verb):
                return e
        return nearest

    # ------------------------------------------------------------------ one event per real event
    def lemmas(self, tok: Token) -> set[str]:
        """The words a mention is made with: its lemma; for a refusal that names an event type
        ("declined to attend"), every verb the lexicon names that type with, in its default sense."""
        typ = self.refused_type(tok)
        if typ is None:
            return {tok.lemma_.lower()}
        if typ not in self._type_verbs:
            self._type_verbs[typ] = {lemma for (lemma, pos), senses in self.lex.event_senses.items()
                                     if pos == "VERB" and any(s.type == typ and not s.objects for s in senses)}
        return {tok.lemma_.lower()} | self._type_verbs[typ]

    def named_parts(self, ev: Event) -> tuple:
        """``ev``, the sizes of its agents and targets, and the named ones among each."""
        ents = self.index.entities
        return (ev, (len(ev.agents), len(ev.targets)), {e for e in ev.agents if not ents[e].unnamed},
                {e for e in ev.targets if not ents[e].unnamed})

    def hazards(self, tok: Token, typ: str) -> set[str] | None:
        """The WordNet noun seeds a happening noun of ``typ`` comes from, with the seeds above them
        (event_seed_hypernyms.tsv); None for a verb, a row derived from a verb, or no happening."""
        rule = self.lex.event_type_rules.get(typ)
        if rule is None or not rule.happening or tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        seeds = {x for s in self.lex.event_senses.get((tok.lemma_.lower(), "NOUN"), ()) if s.type == typ
                 for x in s.seeds}
        if not seeds or any(".n." not in x or "+" in x for x in seeds):
            return None
        up = self.lex.event_seed_hypernyms
        return seeds | {a for x in seeds for a in up.get(x, ())}

    def same_hazard(self, ev: Event, tok: Token, typ: str) -> bool:
        """Whether a happening noun may tell the event ``ev``: its seed or one above it is a seed of one of
        the event's nouns, or the reverse ("the hurricane … the storm", "the quake … the earthquake"; not
        "the quake … the floods"). Verbs and nouns derived from verbs are not read."""
        mine = self.hazards(tok, typ)
        if mine is None:
            return True
        for r in self.roots.get(id(ev), []):
            its = self.hazards(r, typ)
            if its is not None and (not mine & its or self.other_number(tok, r)):
                return False
        return True

    @staticmethod
    def other_number(tok: Token, other: Token) -> bool:
        """Rule 127: two happening nouns of different words and different grammatical number tell two
        happenings ("aftershocks" after "the earthquake", "the earthquake" after "the aftershocks": many of
        one kind are not the one of another); one word in both numbers may ("a fire … the fires")."""
        plural = {"NNS", "NNPS"}
        return tok.lemma_.lower() != other.lemma_.lower() and (tok.tag_ in plural) != (other.tag_ in plural)

    def place_or_its_place(self, tok: Token | None) -> Token | None:
        """A named place, or the named place of its of-phrase ("the coast of X"); else the word itself."""
        if tok is None:
            return None
        ent = self.resolver.entity(tok)
        if ent is not None and self.index.entities[ent].kind == "PLACE":
            return tok
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.words["genitive_prepositions"]:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                e = self.resolver.entity(obj) if obj is not None else None
                if e is not None and self.index.entities[e].kind == "PLACE":
                    return obj
        return tok

    def origin_place(self, tok: Token) -> int | None:
        """The named place an act sets out from ("was released from X"): the noun's own name; of an
        unnamed noun, a named place its own place phrase gives ("the camp at X") before a place that
        only modifies it ("the Chile camp", "an Ohio jail": whose or where, when nothing narrower is
        named)."""
        if self.index.at(tok.i) is None:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in self.lex.words["event_place_prepositions"]:
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    e = self.index.at(obj.i) if obj is not None else None
                    if e is not None and self.index.entities[e].kind == "PLACE":
                        return e
        e = self.resolver.entity(tok)
        return e if e is not None and self.index.entities[e].kind == "PLACE" else None

    @staticmethod
    def measures(tok: Token) -> set[str]:
        """The numbers that measure a singular event noun ("a 6.7 quake", "a magnitude 4.9 earthquake", "a
        5.5 magnitude earthquake"): two mentions with different ones are two events. A plural's number
        counts ("two quakes") and is not read."""
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ not in {"NN", "NNP"}:
            return set()
        heads = [tok] + [c for c in tok.children if c.dep_ in {"compound", "nmod"}]
        return {g.lower_ for h in heads for g in h.children if g.dep_ == "nummod" and g.like_num}

    def other_measure(self, ev: Event, tok: Token) -> bool:
        """Whether the event's nouns and ``tok`` carry measures, and different ones ("a 6.7 quake" and "a
        4.9 earthquake")."""
        mine, its = self.measures(tok), self._measures.get(id(ev), set())
        return bool(mine and its and not mine & its)

    def where(self, ev: Event) -> set[int]:
        """The named places an event happened at ("in Ohio"), or that did it or had it done to them
        below the level of a country ("Ohio held its primary"); a country that acts or is acted on is a
        side, not where it happened ("Arvia and Tolmand held talks … the talks in Geneva")."""
        ents = self.index.entities
        sides = {e for e in ev.agents | ev.targets if not places.is_country(ents[e].geonames)}
        return {e for e in ev.places | sides if ents[e].kind == "PLACE" and not ents[e].unnamed}

    def relative_place(self, tok: Token) -> set[int]:
        """Rule 161: the named place a relative clause of place describes, for the verb that heads it ("in Dayton,
        where ten people died", "Iowa, where he won 39 delegates": a relative adverb opens the clause on the
        place noun): where that verb's act happened, for the join tests only (:meth:`other_places`); the
        event's participants are left as they are."""
        if tok.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children):
            return set()
        e = self.resolver.entity(tok.head)
        ents = self.index.entities
        return {e} if e is not None and ents[e].kind == "PLACE" and not ents[e].unnamed else set()

    def other_places(self, ev: Event, mention: Event, tok: Token | None = None) -> bool:
        """Whether the event and a mention name places and each of the mention's lies apart from each of the
        event's (not one of them, not in one by the article's "Salem, Oregon", not in another country or US
        state by the gazetteer): "caucuses were held in Iowa … Nevada held its caucuses" are two events, "in
        Ohio … in Columbus" and "in Brooklyn … in New York" one. A place the gazetteer does not know is taken
        to be related to any other (an unknown province may hold the city)."""
        mine, its = self.where(mention), self.where(ev)
        mine = mine | (self.relative_place(tok) if tok is not None else set())
        its = its | self._relative.get(id(ev), set())
        if not mine or not its:
            return False
        ents = self.index.entities

        def related(a: int, b: int) -> bool:
            if a == b or ents[a].contained_in == b or ents[b].contained_in == a:
                return True
            ga, gb = ents[a].geonames, ents[b].geonames
            return ga is None or gb is None or not places.apart(ga, gb)
        return not any(related(a, b) for a in mine for b in its)

    def compatible(self, ev: Event, mention: Event, lemmas: set[str], tr: Trigger, again: bool = False) -> bool:
        """Whether a mention can tell the event ``ev``; ``again``: the mention is made with a verb of
        repeating ("repeated the call"), which need not be one of the event's verbs."""
        # the named agents and targets of each side, read once per event and state (not per pair: an
        # article of many events of one type compares each new one with every earlier one)
        got = self._named.get(id(ev))
        if got is None or got[0] is not ev or got[1] != (len(ev.agents), len(ev.targets)):
            got = self._named[id(ev)] = self.named_parts(ev)
        new = self._named.get(id(mention))
        if new is None or new[0] is not mention or new[1] != (len(mention.agents), len(mention.targets)):
            new = self._named[id(mention)] = self.named_parts(mention)
        for a, b in ((got[2], new[2]), (got[3], new[3])):
            if a and b and not a & b:
                return False
        if ev.date and mention.date and ev.date != mention.date:
            return False
        if self.other_places(ev, mention, tr.span.root):
            return False
        root = tr.span.root
        if self.other_measure(ev, root):
            return False
        if not self.same_hazard(ev, root, tr.type):
            return False
        if root.pos_ == "VERB":
            if not again and not self.lemmas(root) & lemmas:
                return False
            if again:
                return True
            # "announced [Lopez]" and later "announced [his plan]": two acts on different things; "arrested X
            # on 3 March … arrested him on 20 March": one person, but told at other times, two acts
            apart = bool(ev.time_text and mention.time_text
                         and ev.time_text.lower() != mention.time_text.lower())
            return self.one_patient(ev, patient_of(root), apart, root)
        # "anti-government protests" after "the protest": a bare plural of a type already told, with
        # no other participants or date, goes on telling it; "a meeting" introduces a new one
        return not indefinite(root) or not any(c.dep_ in {"det", "nummod"} or c.lower_ in self.other
                                               for c in root.children)

    @staticmethod
    def generic(tok: Token, m: Event) -> bool:
        """A bare plural event noun with no participant, place or time of its own ("caucuses are
        held in winter", "protests against taxes are common") names a kind of event, not one that
        happened (ACE 2005's Genericity attribute: Generic; our gold annotates none); a bare
        plural that goes on telling an event told before is not asked (see ``compatible``)."""
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ not in {"NNS", "NNPS"}:
            return False
        if any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children):
            return False  # "the protests", "their talks", "two meetings"
        return not (m.agents or m.targets or m.attendees or m.places or m.time_text or m.date)

    def habitual(self, tok: Token, m: Event) -> bool:
        """A verb of the report's body in the simple present with no time of its own ("the board,
        which rules on land claims", "the group claims the islands") tells what is done as a rule or
        what holds, not an event that happened (ACE 2005's Genericity: Generic); a report tells its
        events in the past or the perfect, a headline in the present (not asked here). Not a verb a
        speech verb reports ("the minister quits, her aide said": ccomp or parataxis of a verb of
        speech_verbs.tsv), which tells what was said to have happened. The simple present of a question or a
        negation carries do-support ("What does the map tell us?", "the league does not ban it", rule 100)."""
        if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in self.lex.speech_verbs:
            return False
        if self.quotes.covers(tok.idx):
            return False  # a trigger inside quoted words is a performative (rule 123): its present is the act's own
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in self.lex.speech_verbs for c in tok.children):
            return False  # "The mayor resigns, his office said": the parse hangs the speech verb on it
        if tok.pos_ != "VERB" or m.time_text or m.date:
            return False
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        if tok.tag_ == "VB" and aux and all(c.tag_ in {"VBZ", "VBP"} for c in aux):
            return True  # "What does the map tell us?", "the league does not ban it": a present auxiliary before a
            # base form is do-support, the simple present of a question or a negation (rule 100)
        return tok.tag_ in {"VBZ", "VBP"} and not aux

    def bare(self, ev: Event) -> bool:
        """An event of the report's body with no participant, place or time, told only by nouns
        ("the quarrel ended after a long negotiation") or by verbs with neither a subject nor an
        object ("protesting is a right"): a word that names a kind of act, no event the report
        tells (ACE 2005's Genericity: Generic, like :meth:`generic`).
        The object of a verb is not bare: someone did it ("favored a press conference", "held
        talks"); nor is a headline's noun, nor one marked planned, hypothetical, negated or disputed
        ("if the talks fail": marked, not dropped)."""
        if ev.agents or ev.targets or ev.attendees or ev.places or ev.time_text:
            return False
        for tok in self.roots.get(id(ev), ()):
            if tok.idx < self.headline_end:
                return False
            if tok.ent_type_ == "EVENT":
                return False  # a named event (rule 184) is one particular event, never a kind of act
            if tok.pos_ == "VERB" and (subject_of(tok) is not None or patient_of(tok) is not None):
                return False
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                return False
        return ev.factuality == ASSERTED

    def patient_key(self, tok: Token) -> tuple[str, object]:
        """What an object is: the entity it names or refers to, else its lemma."""
        e = self.resolver.entity(tok)
        return ("entity", e) if e is not None else ("word", tok.lemma_.lower())

    def one_patient(self, ev: Event, obj: Token | None, apart: bool = False, verb: Token | None = None) -> bool:
        """Whether the objects of the event's verb mentions and ``obj`` are one thing: at most
        one lemma among them, or none of them an entity, or (not ``apart``: the mentions are told at
        no different times) one entity named and then by a pronoun. What the event's mentions give is kept
        up to date as they are added (not read again for every new mention: an article telling
        one event a thousand times stays linear)."""
        heads = self.verb_heads.get(id(ev), ())
        addition = self.lex.words["event_addition_adverbs"]

        def added(v: Token) -> bool:  # "was also accused", "arrested him again"
            return any(c.dep_ == "advmod" and c.lower_ in addition for c in v.children)
        # heads read, lemmas, heads tried, entity, what each object is (its entity, else its lemma),
        # whether a mention carries an adverb of addition, the lemmas of the objects that are nouns (rule 130)
        seen = self._patients.setdefault(id(ev), [0, set(), 0, False, set(), False, set()])
        for i in heads[seen[0]:]:
            o = patient_of(self.doc[i])
            if o is not None:
                seen[1].add(o.lemma_.lower())
                seen[4].add(self.patient_key(o))
                if o.dep_ == "dobj" and o.head.i == i:  # what the verb itself said, each of a list
                    seen[6].update(n.lemma_.lower() for n in (o, *o.conjuncts) if n.pos_ in {"NOUN", "PROPN"})
            seen[5] = seen[5] or added(self.doc[i])
        seen[0] = len(heads)
        if len(seen[1]) + (obj is not None and obj.lemma_.lower() not in seen[1]) < 2:
            return True
        if self.said_apart(seen[6], obj, verb):
            return False
        if not apart and obj is not None and not seen[5] and seen[4] <= {self.patient_key(obj)} \
                and not added(obj.head):
            # "police shot Ada Voss … shot her dead": one person, named and then by a pronoun; "she was also
            # accused of fraud" is another act done to her than the one told beside it
            return True
        while not seen[3] and seen[2] < len(heads):
            o = patient_of(self.doc[heads[seen[2]]])
            seen[2] += 1
            seen[3] = o is not None and self.resolver.entity(o) is not None
        return not seen[3] and (obj is None or self.resolver.entity(obj) is None)

    def said_apart(self, said: set[str], obj: Token | None, verb: Token | None) -> bool:
        """Rule 130: a verb of saying whose direct object is what was said (speech_verbs.tsv ``object``:
        "announced", "denied", "rejected"), told with a noun object that none of the event's verb mentions had,
        says another thing: another statement ("announced the closure … announced a week of mourning", "denied
        the report … denied the charge"). ``said``: the noun lemmas of the direct objects of the event's verb
        mentions, each of a list ("announced a ban and a fine"). Only a thing said counts: a person or body
        as object is the one addressed or acted on ("urged residents …", "accused the mayor …", "dismissed the
        coach"), which the entity tests read; nor does a verb with a clause of its own. A pronoun ("announced
        it") or no object says nothing new, and a passive subject is left alone ("the cost was not announced"
        after "announced the budget" may be the same telling)."""
        if obj is None or verb is None or not said or obj.dep_ != "dobj" or obj.head.i != verb.i \
                or obj.pos_ not in {"NOUN", "PROPN"} or self.kind_of(obj) != "THING":
            return False
        if verb.lemma_.lower() not in self.lex.object_verbs or any(
                c.dep_ in {"xcomp", "ccomp", "oprd"} for c in verb.children):
            return False
        return obj.lemma_.lower() not in said

    def extract(self) -> list[Event]:
        out: list[Event] = []
        lemmas: dict[int, set[str]] = {}
        found = self.triggers()
        body = [tr for tr in found if tr.span.start_char >= self.headline_end]
        head = [tr for tr in found if tr.span.start_char < self.headline_end]
        starts = {tr.span.root.i for tr in found}
        self.trigger_starts = starts
        for tr in body:
            span = tr.span
            m = Event(kind=tr.type, spans=[], label=type_label(tr.type))
            # an Occurrence (the scheme's most general class) takes up only one told with its word: "a
            # ceremony was held … the change took place" are two events
            low = span.root.lemma_.lower()
            told = next((ev for ev in reversed(out) if ev.kind == tr.type
                         and (tr.type != OCCURRENCE or low in lemmas[id(ev)])), None)
            fact = factuality(span, self.lex.words)
            # "a gunbattle … the battle": the event a definite noun takes up by its head word, or in
            # another of its senses when none of its own type was told
            taken = None
            if anaphoric(span.root):
                compound, taken = self.head_match(out, tr, starts)
                if compound and taken is None:
                    continue  # "a firefight … the fight": the compound's act, which no event told fits
                if not compound and told is None:
                    taken = self.other_sense(out, tr, fact)
            back = (told or taken) is not None and anaphoric(span.root)
            self.participants(m, span, own_only=back)
            m.places |= self.name_places(span.root)  # rule 185: "the 2020 US Presidential Election"
            self.quoted_speaker(m, span)
            m.factuality = fact
            if tr.named and not (m.agents or m.targets or m.attendees or m.places or self.held(m)):
                continue  # a relaxed reading of the generic fallback with no one named taking part
            if taken is not None:
                if self.no_new_arguments(taken, m) and self.compatible(taken, m, lemmas[id(taken)], tr):
                    told = taken
                elif told is None:  # another act after all ("the party's nomination"): told in full
                    back = False
                    m = Event(kind=tr.type, spans=[], label=type_label(tr.type))
                    self.participants(m, span)
                    m.factuality = fact
            if told is not None and span.root.lemma_.lower() in self.repeat:
                # "repeated the call": the act told before, unless its agents, patients or date differ
                back = self.compatible(told, m, lemmas[id(told)], tr, again=True)
            if back and not (told.date and m.date and told.date != m.date) and not self.other_measure(told, span.root) \
                    and self.same_hazard(told, span.root, tr.type) and not self.other_places(told, m, span.root):
                target = told  # "the vote": the one told before
            else:
                target = next((ev for ev in reversed(out) if ev.kind == tr.type
                               and (tr.type != OCCURRENCE or low in lemmas[id(ev)])
                               and self.compatible(ev, m, lemmas[id(ev)], tr)), None)
                if target is None:
                    target = self.charged_with(out, span.root)  # "charged with fraud": the charge's crime
                if target is None:
                    target = self.asked_for(out, span.root)  # "urged her to resign": what the request asks
                    if target is not None:  # its words tell the request; what it names is the act's, not the request's
                        m = Event(kind=tr.type, spans=[], label=type_label(tr.type), factuality=target.factuality)
                if target is None and self.generic(span.root, m):
                    continue  # "elections are costly": a kind of event, not one that happened
                if target is None and self.habitual(span.root, m):
                    continue  # "the board, which rules on land claims": what is done as a rule
            self.add_mention(out, lemmas, target, m, span)
        for tr in head:  # the headline names an event the report tells: the first of its type
            m = Event(kind=tr.type, spans=[], label=type_label(tr.type))
            self.participants(m, tr.span)
            m.factuality = factuality(tr.span, self.lex.words)
            same = [ev for ev in out if ev.kind == tr.type and ev.spans[0][0] >= self.headline_end]
            lemma = tr.span.root.lemma_.lower()
            same = [ev for ev in same if not self.other_measure(ev, tr.span.root)]  # "4.9 quake": not the 6.7 one
            target = next((ev for ev in same if self.measures(tr.span.root) & self._measures.get(id(ev), set())),
                          next((ev for ev in same if lemma in lemmas[id(ev)]), same[0] if same else None))
            self.add_mention(out, lemmas, target, m, tr.span)
        for ev in out:  # the holders of unnamed doers, which no join has read
            held = self.held(ev)
            if held is not None:
                take_parts(ev, held)
        out = [ev for ev in out if not self.bare(ev)]
        self.places_of_sentences(out)
        for ev in out:
            ev.spans.sort()
        conf = self.lex.confidence
        for ev in out:
            ev.confidence = round(min(conf["event-max"], conf["event"] + conf["event-mention"] * len(ev.spans)
                                      + conf["event-participant"] * bool(ev.agents | ev.attendees)), 2)
            ev.label = self.label(ev)
        return out

    def places_of_sentences(self, out: list[Event]) -> None:
        """"In Paris, police said they had arrested X", "protesters gathered in Paris and clashed with
        police": an event that names no place of its own happened at the named place the nearest
        place phrase ("in X", "at X") of a sentence it is told in gives, when that phrase hangs on the
        trigger itself or on a verb on its path to the sentence's root (the verb governing a noun
        trigger, a verb the trigger's clause is reported or coordinated under) or on a verb of a clause
        the trigger governs ("charged with smuggling goods in Ohio", "the bombing that killed two in
        Ohio"), or inside a place phrase that does ("died in a hospital in Cairo"): not one of a relative
        or participle clause the trigger is not in ("Ann Wu, who was born in Lyon, resigned"), nor one
        hung on a noun ("the head of the agency in Bern", "its plant in Ohio"), a title's place or an
        apposition. Each sentence's place phrases are read once. When no phrase hangs so, the nearest named
        place phrase within ``SENTENCE_PLACE_WINDOW`` tokens of a mention, in the mention's own clause
        (``one_clause``: not across a subordinate clause, a coordinated clause with its own subject or a
        ``sequence_prepositions`` phrase, nor inside a subject: "crashed near X" for "struck cables and
        crashed near X")."""
        w = self.lex.words
        ents = self.index.entities
        phrases: dict[int, list[tuple[int, int, set[int]]]] = {}  # sentence start -> (token, holder, places)

        def of_sentence(a: int, b: int) -> list[tuple[int, int, set[int]]]:
            got = phrases.get(a)
            if got is None:
                got = phrases[a] = []
                for t in self.doc[a:b]:
                    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in w["event_place_prepositions"]:
                        continue
                    holder = t.head.head
                    if holder.lower_ in self.lex.titles or holder.dep_ == "appos":
                        continue
                    p = self.resolver.entity(t)
                    if p is not None and ents[p].kind == "PLACE":  # with the places set beside it: "in Dover, Delaware"
                        got.append((t.i, holder.i, {p} | {q for c in t.children if c.dep_ in {"appos", "conj"}
                                                          and (q := self.resolver.entity(c)) is not None
                                                          and ents[q].kind == "PLACE"}))
            return got

        def path(tok: Token) -> set[int]:
            """The trigger and the verbs above it up to the root, through prepositions ("killed in
            an explosion"), stopping at a noun (a relative clause's or a modifier's head)."""
            got = {tok.i}
            for h in tok.ancestors:
                if h.pos_ in {"VERB", "AUX"}:
                    got.add(h.i)
                elif h.pos_ != "ADP":
                    break
            return got | below(tok)

        def below(tok: Token) -> set[int]:
            """The verbs of the clauses the trigger heads ("accused of defrauding clients in Ohio") and,
            for a noun trigger, of the relative or participle clause that describes it ("an airstrike
            that killed two at the airport"), through prepositions, never into another noun's clause."""
            got: set[int] = set()
            todo = [c for c in tok.children if c.dep_ in CLAUSE_BELOW or c.dep_ == "prep"]
            while todo:
                c = todo.pop()
                if c.pos_ in {"VERB", "AUX"}:
                    got.add(c.i)
                    todo.extend(d for d in c.children if d.dep_ in CLAUSE_BELOW or d.dep_ == "prep")
                elif c.pos_ == "ADP":
                    todo.extend(d for d in c.children if d.dep_ == "pcomp")
            return got

        def one_clause(a: Token, b: Token) -> bool:
            """Whether neither word is inside a subordinate clause (relative, adverbial, participle,
            complement, a preposition's clause) that the other is not in: "arrested them in X after a
            bomb exploded", "the school in X where he learned that planes had crashed" are two clauses."""
            above_a = [a, *a.ancestors]
            common = next((t for t in [b, *b.ancestors] if t in above_a), None)
            if common is None:
                return False
            if common == b:  # a clause that describes the place: "at X, where he was arriving"
                return True
            for t in (a, b):
                while t != common:
                    if t.dep_ in CLAUSE_BOUNDARY or t.dep_ == "prep" and t.lower_ in w["sequence_prepositions"] \
                            or t.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children) \
                            or t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in t.head.children):
                        return False  # "… after lackluster contests", "…, but there is doubt in X", "urged X to
                        # close its office in Y": another event's (an object's clause has that object for subject)
                    if t is not a and t.dep_ in {"nsubj", "nsubjpass"}:
                        return False  # a subject's own place: "the chief of the agency in X condemned" (where one serves)
                    t = t.head
            return True

        def hangs(holder: int, mine: set[int]) -> bool:
            """Whether a place phrase's holder is on the path, or is the place of a place phrase that
            is ("died in a hospital in Cairo", "detained in an area near Leeds")."""
            h = self.doc[holder]
            while h.i not in mine and h.dep_ == "pobj" and h.head.dep_ == "prep" \
                    and h.head.lower_ in w["event_place_prepositions"]:
                h = h.head.head
            # an adjective complementing a verb on the path is of its clause ("died aged 91 in Cairo")
            return h.i in mine or h.dep_ == "acomp" and h.head.i in mine

        for ev in out:
            if ev.places:
                continue
            for tok in self.roots.get(id(ev), ()):
                mine = path(tok)
                near = [(abs(i - tok.i), i, places) for i, holder, places in of_sentence(*sentence_of(self.doc, tok.i))
                        if hangs(holder, mine)]
                if near:
                    ev.places |= min(near, key=lambda x: x[:2])[2]  # the earlier on a tie
                    break
            if ev.places:
                continue
            for tok in self.roots.get(id(ev), ()):  # no phrase on the path: the nearest place phrase of the
                # sentence a few words off, wherever it hangs in the trigger's clause (a coordinated verb's of
                # the same subject, an object's: "struck cables and crashed near X", "saw them with a deer in X
                # and decided to question them"); not a headline's (no sentence to read)
                if tok.idx < self.headline_end:
                    continue
                near = [(abs(i - tok.i), i, places) for i, _holder, places in of_sentence(*sentence_of(self.doc, tok.i))
                        if abs(i - tok.i) <= SENTENCE_PLACE_WINDOW and self.index.at(i) is not None
                        and one_clause(tok, self.doc[i])]  # a name, not a noun a name modifies ("in the US stance")
                if near:
                    ev.places |= min(near, key=lambda x: x[:2])[2]
                    break

    def sense_types(self, tr: Trigger, max_rank: int | None = None) -> set[str]:
        """The types the WordNet-ranked senses of a noun trigger name (up to ``max_rank``), its own
        type among them."""
        return {s.type for s in self.lex.event_senses.get((tr.span.root.lemma_.lower(), "NOUN"), ())
                if not s.objects and s.rank is not None and (max_rank is None or s.rank <= max_rank)} | {tr.type}

    def head_match(self, out: list[Event], tr: Trigger, starts: set[int]) -> tuple[bool, Event | None]:
        """The event a definite noun takes up by its head word ("killed him in a gun battle … the
        battle"): the latest earlier word of the report that is a closed compound ending in the noun's
        lemma (what comes before is a word WordNet begins compounds with, ``compound_first_words.tsv``:
        "gunbattle"; not "border" for "order", "ceasefire" for "fire") and names no event
        itself, and the event told in that word's sentence nearest to it, when its type is one the
        noun's ranked senses name (the fight after a gunfight is no arrest), else None; and whether
        such a word was found (the noun then tells the compound's act, which no event told fits: it
        takes up none in another sense, nor is it one of its own)."""
        root = tr.span.root
        lemma = root.lemma_.lower()
        first = self.lex.compound_first_words
        offsets, nouns = noun_lemmas(self.doc)
        for j in range(root.i - 1, max(0, root.i - HEAD_MATCH_WINDOW) - 1, -1):
            if offsets[j] < self.headline_end:
                return False, None
            low = nouns[j]
            if low is None or j in starts or low == lemma or not low.endswith(lemma) \
                    or low[:-len(lemma)] not in first:
                continue
            tok = self.doc[j]
            sent = tok.sent
            near = [(abs(r.i - tok.i), -k, ev) for k, ev in enumerate(out) for r in self.roots.get(id(ev), ())
                    if sent.start <= r.i < sent.end]
            if not near:
                return True, None
            ev = min(near, key=lambda x: x[:2])[2]
            return True, (ev if ev.kind in self.sense_types(tr) else None)
        return False, None

    def charged_with(self, out: list[Event], tok: Token) -> Event | None:
        """The event of a verb whose type has a crime argument (event_type_rules.tsv ``crime``: ACE 2005's
        Justice events) when a noun trigger no earlier event takes up is bare (no determiner, possessor or
        number) and stands in the verb's prepositional complement, directly or as the object of a gerund
        there, or of an adjective complementing it: "charged with fraud", "convicted of making false
        statements", "pleaded guilty to charges". The noun names the crime charged, no event that is told
        (ACE's genericity: unspecific), and its words are the verb's event's trigger ("the word with its
        object"); "charged with the murder of X" is specific and left alone, as is a crime told before."""
        if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children):
            return None
        t = tok.head if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" else tok
        if (t is tok and tok.dep_ != "pobj") or t.head.dep_ != "prep":
            return None
        verb = t.head.head
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            verb = verb.head
        if verb.pos_ != "VERB":
            return None
        rules = self.lex.event_type_rules
        return next((ev for ev in reversed(out) if ev.kind in rules and rules[ev.kind].crime
                     and any(r.i == verb.i for r in self.roots.get(id(ev), ()))), None)

    def asked_for(self, out: list[Event], tok: Token) -> Event | None:
        """The event of a verb of asking (words.tsv ``event_asking_types``: CAMEO's appeals and demands)
        whose clausal complement is the verb trigger ``tok``: "urged the minister to resign", "asked
        voters to vote", "demanded that the mayor resign". The act asked for is what the request asks,
        no event told of its own (it may never be done); its words join the request (the gold's "recommends
        withdrawal", "advises citizens not to approach"), and what it names is not read into the request."""
        if tok.pos_ != "VERB" or tok.dep_ not in {"xcomp", "ccomp"}:
            return None
        asking = self.lex.words["event_asking_types"]
        return next((ev for ev in reversed(out) if ev.kind in asking
                     and any(r.i == tok.head.i for r in self.roots.get(id(ev), ()))), None)

    @staticmethod
    def no_new_arguments(ev: Event, m: Event) -> bool:
        """Whether the mention names no participant the event lacks ("the strike", "his injuries" after
        he was struck; not "the party's nomination" after a transfer)."""
        return (m.agents | m.targets | m.attendees) <= (ev.agents | ev.targets | ev.attendees)

    def other_sense(self, out: list[Event], tr: Trigger, fact: str) -> Event | None:
        """For a definite noun whose type no event told has ("the strike", read as a walkout): the latest
        event of a type another of the noun's WordNet-ranked senses names ("an air raid … the strike"),
        told in the noun's sentence or the ``OTHER_SENSE_SENTENCES`` before it, with the noun's
        factuality ("the strike will close schools" is no shelling told as done); none when an event of
        the noun's first-sense type is told nearer."""
        root = tr.span.root
        senses = [s for s in self.lex.event_senses.get((root.lemma_.lower(), "NOUN"), ())
                  if not s.objects and s.rank is not None and s.rank <= 2]
        types = {s.type for s in senses} - {tr.type}
        if not types:
            return None
        firsts = {s.type for s in senses if s.rank == min(x.rank for x in senses)}
        sents = self._sentence_starts()
        lowest = sents[max(0, bisect_left(sents, root.i + 1) - 1 - OTHER_SENSE_SENTENCES)]
        best: tuple[int, Event] | None = None
        first_at = -1
        for ev in out:
            at = max((r.i for r in self.roots.get(id(ev), ()) if r.i < root.i), default=-1)
            if ev.kind in firsts:
                first_at = max(first_at, at)
            if ev.kind in types and at >= lowest and ev.factuality == fact and (best is None or at >= best[0]):
                best = (at, ev)
        if best is None or first_at > best[0]:
            return None
        return best[1]

    def _sentence_starts(self) -> list[int]:
        if not hasattr(self, "_sents"):
            self._sents = [s.start for s in self.doc.sents]
        return self._sents

    def held(self, ev: Event, create: bool = False) -> Event | None:
        """The holders of the event's unnamed doers, read apart from what it names itself (``create``:
        a new empty record when it has none)."""
        got = self._held.get(id(ev))
        if got is not None and got[0] is ev:
            return got[1]
        if not create:
            return None
        self._held[id(ev)] = (ev, Event(kind=ev.kind, spans=[], label=""))
        return self._held[id(ev)][1]

    def add_mention(self, out: list[Event], lemmas: dict[int, set[str]], target: Event | None, m: Event,
                    span: Span) -> None:
        if target is None:
            target = m
            out.append(m)
            lemmas[id(m)] = set()
        else:
            mine = self.held(m)
            if mine is not None:
                take_parts(self.held(target, True), mine)
            take_parts(target, m)
            if target.time_text is None:
                target.time_text, target.date = m.time_text, m.date
            if target.factuality != ASSERTED and m.factuality == ASSERTED:
                target.factuality = ASSERTED  # told as having happened in one mention at least
        target.spans.append((span.start_char, span.end_char))
        self.roots.setdefault(id(target), []).append(span.root)
        lemmas[id(target)] |= self.lemmas(span.root)
        self._measures.setdefault(id(target), set()).update(self.measures(span.root))
        self._relative.setdefault(id(target), set()).update(self.relative_place(span.root))
        if span.root.pos_ == "VERB":
            self.verb_heads.setdefault(id(target), []).append(span.root.i)

    def label(self, ev: Event) -> str:
        """ "Vote: Senate → Acme Act, 2021-03-02"."""
        ents = self.index.entities

        def names(x: set[int]) -> str:
            return " and ".join(sorted({ents[i].display_name for i in x}))
        who = names(ev.agents | ev.attendees)
        whom = names(ev.targets - ev.agents - ev.attendees)  # a name once: "Meet: X", not "Meet: X → X"
        out = type_label(ev.kind)
        if ev.kind == OCCURRENCE and ev.spans:  # "Other event (relocated)": the class says too little alone
            a, b = ev.spans[0]
            out = f"{OCCURRENCE_LABEL} ({doc_text(self.doc)[a:b]})"
        parts = " → ".join(p for p in (who, whom) if p)
        if parts:
            out += ": " + parts
        when = ev.date or ev.time_text
        if when:
            out += ", " + when
        return out


def extract(index: EntityIndex, resolver: Resolver, quotes: list[tuple[int, int]],
            headline_end: int, published: date | None, quotations: list[Quotation] | None = None,
            memberships: list[Membership] | None = None) -> list[Event]:
    return EventFinder(index, resolver, quotes, headline_end, published, quotations, memberships).extract()
