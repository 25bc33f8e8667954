"""Event triggers: which words name an event, and of which type (issue #16).

The vocabulary is ``event_types.tsv`` (CAMEO verb dictionary and WordNet, see ``EVENTS.md``): a
verb or noun names an event of a type in one of its senses. The parse decides which, as CAMEO's
own coder does:

1. an **object pattern** of a sense (the word stems CAMEO wants after the verb: *dismiss* +
   "claim" is a rejection) that the words governed by the trigger contain picks that sense, the
   longest pattern first;
2. otherwise the lemma's **default senses** (rows without a pattern), kept only when the type's
   argument constraint (``event_type_rules.tsv``: the kinds its patient may be) allows the
   trigger's object — *dismissed the minister* is an end of position, *dismissed the claim*
   is none — and the type fires in that part of speech; the first in the rules' order wins.

A speech verb with a clause ("said that …") is a quotation, not an event; a word inside a name
is none; a noun that names an organisation already known ("the conference") is none.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..lexicons import EventSense, Lexicons
from .event_factuality import ASSERTED, NEGATED, PLANNED, REQUEST, WH_TAGS, factuality, mood, purpose_clause
from .resolve import subject_of

# dependency labels under a trigger whose words an object pattern is read from (not clauses of
# their own: "said [that they would strike]" is no strike)
PATTERN_DEPS = {"dobj", "prep", "pobj", "xcomp", "prt", "agent", "attr", "oprd", "acomp", "compound", "amod",
                "nsubjpass", "dative", "pcomp", "det", "poss", "nummod", "case"}
WINDOW = 8  # tokens after the trigger an object pattern is looked for in
# a default sense WordNet ranks lower than this among the word's senses (by frequency) names no
# event alone ("call" for postponing is the verb's 11th sense; "resignation" as quitting its 2nd).
# A verb's first senses in WordNet's frequency order (SemCor, 1990s fiction and prose) are often
# physical ones news rarely means ("suspend": hang freely, hold in a fluid, then bar temporarily,
# 3rd): a verb's event sense counts up to the 4th; a noun's only up to the 2nd ("ticket" from
# fining is the noun's 3rd, "account" from declaring its 4th)
DOMINANT = {"VERB": 4, "NOUN": 2}
# a CAMEO verb WordNet gives more senses than this ("take", "hold", "come", "charge") is too general
# to name an event in its default sense: it needs one of its object patterns
GENERAL = 10
DOMAIN_WORDS = 2  # rule 164: the article's lemmas read first in a topic domain that make a noun's sense of it meant
# a verb whose first WordNet sense is a state, a thought or a feeling ("require" = need, "await",
# "be disappointed") names no event in its CAMEO default sense: only through an object pattern
STATES = {"verb.stative", "verb.cognition", "verb.emotion"}
# words.tsv's event_thing_files: a noun whose own WordNet sense is a thing, a person, a place or a
# period ("prison term", "life" as a sentence), names no event, nor does a kind of written
# communication none of whose senses for the type is an act (event_sense_ranks.tsv's act column:
# "the letter" is a document, "the indictment" also the act of indicting); event_act_files: among a noun's event senses, one that is an act or a
# happening goes before a message ("protest")


# the generic-event fallback (TriggerFinder.occurrence): its type and the clauses it reads (main,
# coordinated, reported, relative); a verb with more than GENERAL senses is too general for it too
OCCURRENCE = "Occurrence"
OCCURRENCE_LABEL = "Other event"  # ontology/events.ttl's rdfs:label of ev:Occurrence
OCCURRENCE_DEPS = {"ROOT", "conj", "ccomp", "relcl"}
# the fallback's relaxed readings (set 28): an adverbial clause, a verb of up to this many WordNet senses, or a
# subject and object that are things or unnamed nouns make an event only when the participant finder names a
# person, an organisation or a place taking part (``events.EventFinder.extract`` drops the mention otherwise)
OCCURRENCE_NAMED_DEPS = {"advcl"}
OCCURRENCE_NAMED_SENSES = 16
# rule 148: the clauses in which a past participle with its own subject and object and no auxiliary is read as a
# simple past the tagger misread (TriggerFinder.bare_past): a main clause and a conjunct of one
BARE_PAST_DEPS = {"ROOT", "conj"}
# rule 170: the entity labels that tell when or where a clause's act was done ("was rebuilt in 1990", "were
# airlifted to X")
CLAUSE_TIME_LABELS = frozenset({"DATE", "TIME"})
CLAUSE_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# rule 171: the dependents that make a governing body's common noun a particular body ("the government", "the
# Norwegian court", "Norway's parliament", "the parliament of X")
GOVERNING_BODY_DEPS = frozenset({"det", "poss", "amod", "compound", "prep"})
# a plural's modifier alone makes no particular bodies ("foreign governments have approved such plans": a practice;
# the review of set 79)
GOVERNING_BODY_MODIFIERS = frozenset({"amod", "compound"})
NEEDS_PARTICIPANT = "named"  # TriggerFinder.occurrence's answer for such a reading
# a verb of more than GENERAL senses is read so only when at least this share of its SemCor uses is in senses
# of the occurrence files (event_verb_uses.tsv): "lead" is first "take somebody somewhere", but most of its
# uses are states ("led X 47 percent to 40", "led to the creation of", "led the country during the war")
OCCURRENCE_NAMED_SHARE = 0.5
# happening_arguments.tsv's kinds of a common noun that is a living being (WordNet's first sense in
# noun.person or noun.animal): the patient of the types done to a person, not of those done to a thing
ANIMATE = frozenset({"person", "animal"})
# of such a person only a verb's first senses are read: "fired the treasurer" (fire's 4th sense) ends an
# office, but "returned the boy to his mother" (return's 12th, re-electing) is no election
PERSON_SENSE_RANK = 4
NAMED = frozenset({"PERSON", "ORG", "PLACE"})  # the entity kinds (event_type_rules.tsv's patient column)
SOMEONE = frozenset({"PERSON", "ORG", "person", "abstract"})  # a doer's kinds: a person or a group ("a group of youths")
# happening_arguments.tsv's kinds of a common noun (WordNet's first sense) that make its possessor an actor
# CAMEO can code as a target ("criticized the minister's plan", "the council's reply")
OWNER_KINDS = {"person": "PERSON", "organization": "ORG", "group": "ORG"}
# the kinds of a subject that does what it is required to do (rule 173: an obligation, no requirement): a
# person or an organisation, named or not; not a group ("a quorum is needed to pass a motion")
DOERS = frozenset({"person", "organization"}) | frozenset(OWNER_KINDS.values())


@dataclass
class Trigger:
    span: Span
    type: str
    pattern: bool  # picked by an object pattern (else a default sense)
    named: bool = False  # kept only when the event gets a named participant (the fallback's relaxed readings)


def first_person(tok: Token) -> bool:
    """Whether the parse marks a pronoun as of the first person ("I", "we", "our": Person=1)."""
    return tok.pos_ == "PRON" and tok.morph.get("Person") == ["1"]


def patient_of(tok: Token) -> Token | None:
    """What the event is done to: a verb's direct object or passive subject; "the killing [of X]"."""
    if tok.pos_ in {"VERB", "AUX"}:
        for c in tok.children:
            if c.dep_ in {"dobj", "nsubjpass"}:
                return c
        if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
            # "the letter … was released": a passive conjunct whose subject the parse gave the verb before
            return next((c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        return None
    genitive = lexicons.load().words["genitive_prepositions"]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in genitive:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def for_to(tok: Token) -> Token | None:
    """The clause of a "for … to" complement right after the verb ("called for the council to resign",
    "asked for the price to be kept secret", "pressed for the law to be repealed"): the parse hangs
    "for" on the infinitive as its marker, so the verb has neither a "for" phrase nor an object. After
    a verb of saying such a clause is mandative: it states what is asked for."""
    marks = lexicons.load().words["for_to_marks"]
    for c in tok.children:
        if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} and c.left_edge.i == tok.i + 1 \
                and c.left_edge.lower_ in marks and c.left_edge.dep_ == "mark":
            return c
    return None


def noun_modifier(tok: Token) -> bool:
    """A word that modifies a later noun names no event of its own; the head noun names the thing ("press" in
    "press conference"). Rule 134 widens it: the parse marks a modifying noun ``nmod`` as well as ``compound``
    ("the opposition candidate"), the head of a compound may be mistagged ("a fire extinguisher" with the head
    read as an adverb), and a noun of a list modifies the head as its first noun does ("the strike and protest
    organisers")."""
    if tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i:
        return True
    first = tok.head if tok.dep_ == "conj" and tok.head.i < tok.i else tok
    return tok.pos_ == "NOUN" and first.head.i > tok.i and (
        first.dep_ == "compound" or first.dep_ == "nmod" and first.head.pos_ in {"NOUN", "PROPN"})


def one_phrase(span: Span) -> bool:
    """Rule 95: a multi-word trigger found by its surface form (event_types.tsv "PHRASE" rows) that ends
    in a particle or a preposition is a phrasal verb or its gerund (CAMEO's "going to", "finding out";
    WordNet's "cave-in"), so its particle hangs on its verb in the parse. "shooting down the drone" is
    one ("down" hangs on "shooting"); in "is going to widen" the "to" marks the infinitive "widen" and in
    "a cave in the hills" the "in" heads a place phrase: the words only touch. A compound ("general
    election") is left to the surface match, as flat noun phrases are often parsed with each word on
    the next noun."""
    last = span[-1]
    if len(span) < 2 or last.pos_ not in {"ADP", "PART"}:
        return True
    return last.head.i == span[-2].i and last.dep_ in {"prt", "prep", "advmod"}


def shared_patient(tok: Token) -> Token | None:
    """"police arrested and charged X": the object of the verb right after the conjunction of a verb that
    has nothing of its own after it (no object, particle, prepositional phrase or clause: "went to his home
    and arrested X", "went out and elected X" share none), when that verb has no subject of its own (the
    parse hangs the object on the last verb only). Read only when the first verb has no type alone."""
    if tok.pos_ != "VERB" or patient_of(tok) is not None:
        return None
    cc = next((c.i for c in tok.children if c.dep_ == "cc"), None)
    if cc is None or any(c.i > tok.i and c.dep_ not in {"cc", "conj", "punct"} for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == cc + 1 \
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            return next((g for g in c.children if g.dep_ == "dobj"), None)
    return None


def _window(tok: Token) -> list[Token]:
    out: list[Token] = []

    def walk(t: Token) -> None:
        for c in t.children:
            if c.i > tok.i and c.dep_ in PATTERN_DEPS:
                out.append(c)
                walk(c)
    walk(tok)
    return sorted((t for t in out if t.i - tok.i <= WINDOW), key=lambda t: t.i)


def described(tok: Token) -> Token | None:
    """The noun a passive participle describes ("a lawsuit filed by the firm": "lawsuit"), else None."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
        return tok.head
    return None


def pattern_words(tok: Token, patient: Token | None, head: Token | None = None) -> list[Token]:
    """The words an object pattern of ``tok`` is read from: those it governs after it (``_window``), and the
    words of a passive's subject before it ("the vote was boycotted") or, rule 151, of ``head``, the event noun a
    passive participle describes ("a lawsuit filed by the firm": what was done, as a passive's subject)."""
    words = _window(tok)
    if patient is None and head is not None:
        patient = head
    if patient is not None and patient.i < tok.i:  # the subject's subtree before the verb (a projective parse)
        before = tok.doc[patient.left_edge.i:min(patient.right_edge.i + 1, tok.i)]
        words = sorted(set(words) | set(before), key=lambda t: t.i)
    return words


def _matches(alt: tuple[str, ...], words: list[Token]) -> bool:
    if all(stem in STOP_WORDS for stem in alt):
        return False  # "with", "in": a pattern of function words alone says nothing of the sense
    for stem in alt:
        if len(stem) < 3:
            if not any(w.lower_ == stem for w in words):
                return False
        elif not any(w.lower_.startswith(stem) or w.lemma_.lower().startswith(stem) for w in words):
            return False
    return True


def is_medium(tok: Token, speech) -> bool:
    """A noun after "in" under a speech verb: "said in a statement", "wrote in a letter"."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" \
            or tok.head.lower_ not in lexicons.load().words["speech_medium_prepositions"]:
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in speech


class TriggerFinder:
    def __init__(self, doc: Doc, lex: Lexicons, kind_of, quoted=None):
        self.doc = doc
        self.quoted = quoted or (lambda _char: False)  # character offset -> inside a quotation (rule 123)
        self.lex = lex
        self.senses = lex.event_senses
        self.rules = lex.event_type_rules
        self.kind_of = kind_of  # token -> PERSON / ORG / PLACE / THING
        self._domains: dict[str, set[str]] | None = None  # article_domains, read once (rule 164)
        self._covered_list: list[Trigger] | None = None  # covered: the list read, how far, the tokens (rule 205)
        self._covered_seen = 0
        self._covered_set: set[int] = set()

    def lookup(self, tok: Token) -> tuple[str, tuple[EventSense, ...], bool]:
        """The part of speech and the senses of ``tok``'s lemma, and whether they are a phrasal verb's
        own ("shut down")."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            lemma = self.verb_lemma(tok)
            own = self.senses.get((lemma, "VERB"), ())
            xcomp = any(c.dep_ == "xcomp" for c in tok.children)
            for c in tok.children:  # a phrasal verb: "shut down", "call off"
                if c.dep_ == "prt":
                    got = self.senses.get((f"{lemma} {c.lower_}", "VERB"))
                    if got:
                        return "VERB", got, True
                if c.dep_ in {"prep", "advmod"} and c.i == tok.i + 1:
                    # "dropped out [of the group]": the parse may read a particle as a preposition; the
                    # phrasal verb's senses join the verb's own ("asked for" is still a request).
                    # With an infinitive complement only the phrasal verb's: "called on the council
                    # to resign" is an appeal, no phone call
                    got = self.senses.get((f"{lemma} {c.lower_}", "VERB"))
                    if got:
                        return "VERB", got if xcomp else got + tuple(s for s in own if s not in got), False
                if c.dep_ == "auxpass" and c.lemma_.lower() in self.lex.words["be_verbs"]:  # WordNet's "be born": "was born"
                    got = self.senses.get((f"{c.lemma_.lower()} {tok.lower_}", "VERB"))
                    if got:
                        return "VERB", got, False
            clause = for_to(tok)
            if clause is not None:
                # "called for the council to resign", "asked for the price to be kept secret": a for-to
                # clause states what is asked for, so of the verb's and its phrasal verb's default senses
                # only those of asking (words.tsv event_asking_types) are read ("call for": a request;
                # CAMEO's "ask for" is an invitation, "call" alone a phone call)
                asking = self.lex.words["event_asking_types"]
                got = self.senses.get((f"{lemma} {clause.left_edge.lower_}", "VERB"), ()) + own
                got = tuple(dict.fromkeys(s for s in got if s.type in asking and not s.objects))
                if got:
                    return "VERB", got, False
            return "VERB", own, False
        if tok.pos_ in {"NOUN", "PROPN"}:
            got = self.senses.get((lemma, "NOUN"), ())
            if tok.lower_ != lemma:  # "talks" (negotiations) has rows of its own beside "talk"'s
                got += tuple(s for s in self.senses.get((tok.lower_, "NOUN"), ()) if s not in got)
            return "NOUN", got, False
        return "", (), False

    def verb_lemma(self, tok: Token) -> str:
        """The verb's lemma, corrected where the lemmatiser stripped only a suffix. A monosyllable that ends in
        a consonant, a vowel and a consonant doubles that consonant before "-ed" and "-ing" (words.tsv
        verb_doubling_suffixes: "fin" -> "finned", "stag" -> "stagged"), so a form that is such a stem plus
        the suffix undoubled ("fined", "staged", "coped", "raping") is the WordNet verb the detachment rule
        with a replacement gives ("ed>e": words.tsv verb_detachments, morphy's rules), typed or not. A form left
        unlemmatised ("decreed") takes the first detachment rule, in morphy's order, that gives a verb with
        typed senses."""
        lemma, form = tok.lemma_.lower(), tok.lower_
        w = self.lex.words
        unlemmatised = lemma == form and (lemma, "VERB") not in self.senses
        for suffix, repl, stem, cand in self.detached(form):
            if len(stem) < 2:
                continue
            if unlemmatised and (cand, "VERB") in self.senses:
                return cand
            if repl and suffix in w["verb_doubling_suffixes"] and stem == lemma and self.undoubled(stem) \
                    and cand in self.lex.event_verb_senses:
                return cand
        return lemma

    def detached(self, form: str) -> list[tuple[str, str, str, str]]:
        """(suffix, replacement, stem, candidate lemma) of each of WordNet's detachment rules (words.tsv
        verb_detachments, in morphy's order) the form ends with."""
        out = []
        for rule in self.lex.words["verb_detachments"]:
            suffix, _, repl = rule.partition(">")
            if form.endswith(suffix):
                stem = form[:len(form) - len(suffix)]
                out.append((suffix, repl, stem, stem + repl))
        return out

    def undoubled(self, stem: str) -> bool:
        """A monosyllable ending in a consonant, one vowel and a consonant that may be doubled: the stem a
        doubling suffix would double ("fin", "stag"; not "sing", "box")."""
        vowels, never = self.lex.words["vowel_letters"], self.lex.words["undoubled_final_letters"]
        first = next((i for i, c in enumerate(stem) if c in vowels), None)
        return first is not None and first == len(stem) - 2 and stem[-1] not in vowels | never \
            and stem[:first].isalpha() and stem[-1].isalpha()

    def choose(self, tok: Token, pos: str, senses: tuple[EventSense, ...],
               phrasal: bool = False) -> tuple[str, bool] | None:
        """The type ``tok`` fires as among ``senses`` (``phrasal``: they are a phrasal verb's own, taken
        in WordNet's order), and whether an object pattern picked it (else a default sense); None when
        no sense fires. A verb with no type alone is read with the object it shares with the verb
        coordinated after it (``shared_patient``): a type it has alone is never replaced."""
        chosen = self._choose(tok, pos, senses, phrasal, patient_of(tok))
        if chosen is None and pos == "VERB":
            shared = shared_patient(tok)
            if shared is not None:
                chosen = self._choose(tok, pos, senses, phrasal, shared)
        if chosen is None and pos == "NOUN" and self.happening_use(tok):
            # rule 104: a noun its context uses as one particular happening ("the trial was held", "after the
            # publication") is read in an act or happening sense WordNet ranks past DOMINANT
            chosen = self._choose(tok, pos, senses, phrasal, patient_of(tok), True)
        return chosen

    def _choose(self, tok: Token, pos: str, senses: tuple[EventSense, ...], phrasal: bool,
                patient: Token | None, happening: bool = False) -> tuple[str, bool] | None:
        pkind = self.kind_of(patient) if patient is not None else None
        # a common noun whose first WordNet sense is a person or an animal ("visitors", "a jackal") is a
        # living being, though no named person: a sense done to a thing but to no person ("killed the
        # bill") is not read of it ("killed two visitors" is a death, "dismissed the treasurer" an end of
        # office), nor a sense past PERSON_SENSE_RANK; of an animal only a verb's first sense done to a
        # person is ("killed a jackal"; "kept two jackals" is no detention). A bare plural ("detaining
        # suspects", "assigning patients") names a kind of people (ACE's generic), not the ones it was
        # done to: it is left as before
        living = self.argument_kinds(patient) & ANIMATE if pkind == "THING" and patient.pos_ == "NOUN" else set()
        if living and patient.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in patient.children):
            living = set()

        def allowed(typ: str, rank: int | None = None, cameo: bool = False) -> bool:
            rule = self.rules.get(typ)
            if rule is None or rule.fires == "no":
                return False
            if living and rule.patient:
                return "PERSON" in rule.patient and (rank == 1 or "person" in living
                                                     and (rank or 1) <= PERSON_SENSE_RANK)
            return pkind is None or not rule.patient or pkind in rule.patient or pkind == "THING" \
                and "OBJECT" in rule.patient and not (pos == "VERB" and self.abstraction(tok, patient)) \
                or cameo and self.owner_target(tok, pos, typ, patient, pkind)

        def rank(typ: str) -> int:
            return self.rules[typ].rank

        if pos == "VERB" and self.naming(tok):
            return None  # "the ferry is called X": a name given, no act (rule 160)
        words = pattern_words(tok, patient, self.described_event(tok))
        hits = [(len(alt), s.type) for s in senses if s.objects and allowed(s.type, None, s.source == "cameo")
                for alt in s.objects if _matches(alt, words)]
        if hits:
            best = max(n for n, _t in hits)
            return min((t for n, t in hits if n == best), key=rank), True
        defaults, named, untyped = [], False, False
        for s in senses:
            if s.objects or not allowed(s.type, s.rank, s.source == "cameo"):
                continue
            rule = self.rules[s.type]
            # an argument of the kind the sense wants makes a verb's rare sense ("charged [him]"), not a
            # noun's: "cases of X" (an occurrence) is no lawsuit, whatever X is
            # (a kind that tells senses apart: not any named one, "left Britain", "left the party" are no visit)
            fitting = pos == "VERB" and pkind is not None and rule.patient and not rule.patient & {"THING", "OBJECT"} \
                and not (pkind in NAMED and NAMED <= rule.patient)
            if s.rank is not None and s.rank > DOMINANT[pos] and not fitting \
                    and not (happening and s.file in self.lex.words["event_act_files"]):
                continue  # a rare sense, unless the argument is of the kind it wants ("charged [him]"), or a
                # noun used as one happening read in a sense that is an act or a happening (rule 104)
            if s.rank is None and pos == "VERB" and (s.senses or 0) > GENERAL and not fitting:
                continue
            if pos == "VERB" and s.source == "cameo" and s.first in STATES:
                continue
            if pos == "VERB" and s.type in self.lex.words["event_contact_types"] and self.complemented(tok, True):
                named = True
                continue  # "calling it a disgrace", "left two people dead": the object is named or described
            if pos == "VERB" and s.source == "cameo" and s.type in self.lex.words["event_contact_types"] \
                    and s.first != "verb.communication" and not phrasal and self.first_sense_object(tok, patient):
                untyped = True
                continue  # rule 176: "joined the party" is membership (join.v.01, whose example joins a party), no
                # meeting: an event of no type, as rule 106's
            if pos == "VERB" and s.type == "Meet" and s.first == "verb.communication" and not self.has_attendee(tok):
                continue  # "all were contacted": reaching someone by word is no meeting, "talked with X" is one
            if pos == "NOUN" and s.type == "Meet" and s.source == "cameo" and s.first == "noun.communication" \
                    and not self.has_attendee(tok):
                continue  # "interstate communications", "the debate": a CAMEO verb's noun of talk, no gathering
            if pos == "NOUN" and (s.file in self.lex.words["event_thing_files"] or s.written and not s.act
                                  or s.message and s.source == "cameo" and not s.act and not self.sender(tok)):
                continue  # "the prison term": a period; "the letter": a document and no act, while
                # "the indictment" is a document and the noun of the act "indict"; "the proposal" (the plan
                # proposed) as a CAMEO verb's noun: a message no verb makes, the thing said (rule 98)
            if pos == "NOUN" and rule.quoted and s.file in self.lex.words["event_happening_files"]:
                continue  # "the spread of the fungus" (a happening), no spreading of word
            if pos == "NOUN" and (s.rank is None or (s.source == "cameo" and s.rank != 1)):
                continue  # a CAMEO verb's noun whose first sense is no act ("the press", "attention")
            if pos == "NOUN" and s.source == "cameo" and s.file in self.lex.words["event_untyped_happening_files"] \
                    and all(o.source == "cameo" for o in senses):
                untyped = True
                continue  # rule 106: a CAMEO verb's noun whose first sense is a happening no one does ("the
                # campaign": a race between candidates), which WordNet files under no type, is an event of no type
            if pos == "VERB" and s.needs_object and patient is None and self.infinitive_only(tok):
                continue  # rule 87: "trying to leave" is no trial; WordNet frames that sense only with an object
            if pos == "VERB" and s.transitive and patient is None and self.objectless(tok):
                continue  # rule 96: "heard about it" is no court hearing; WordNet frames that sense only with a noun
                # object, a more frequent sense of the verb ("perceive") also without one
            if patient is None and "OBJECT" in rule.patient and self.abstract_target(tok):
                continue  # rule 97: "the fight against poverty", "fought against the cuts": a target that is an
                # abstraction is no one hit, as an object is not ("attacked the plans")
            if self.hyponym_rare(tok, pos, s) or self.figurative(tok, pos, s.type):
                continue  # "taxes" as "taxis"; "the market crashed", "the talks collapsed"
            if pos == "VERB" and s.source == "cameo" and patient is None and not self.has_target(tok) \
                    and not any(c.dep_ == "ccomp" for c in tok.children) and for_to(tok) is None:
                continue  # CAMEO codes what a source does to a target: "troops remained" is none; a clause
                # says what is done ("investigate who leaked it") or asked for ("called for X to resign")
            if pos == "VERB" and self.lex.speech_verbs.get(tok.lemma_.lower()) in {"speech", "writing"} \
                    and s.type not in self.lex.words["event_speech_types"] and not fitting:
                continue  # "speaking via Twitter" is no meeting; "dismissed the director" is an act
            if pos == "VERB" and rule.quoted \
                    and self.lex.speech_verbs.get(tok.lemma_.lower()) in self.lex.words["event_source_classes"]:
                continue  # "Reuters reported the attack", "citing security concerns": a source, not an act of saying
            fires = self.rules[s.type].fires
            if fires == "yes" or (fires == "noun" and pos == "NOUN") or (fires == "object" and patient is not None):
                defaults.append(s)  # the sense itself: its file is read below
        if not defaults:
            if named and self.lex.speech_verbs.get(tok.lemma_.lower()) and not self.bare_passive(tok):
                # a verb of saying that names or describes its object says something of it ("called it
                # a disgrace"): a statement, picked by what follows the object as CAMEO's object patterns
                # for "call" pick it ("powder keg", "troubling": 010/012), so it stays beside a quotation
                return min(self.lex.words["event_naming_types"], key=rank), True  # the rules' order: deterministic
            if untyped:
                return OCCURRENCE, False  # rule 106: "the election campaign" happens; it is no demand
            return None
        if phrasal:
            # a phrasal verb's own senses in its WordNet frequency order before the rules' order of the
            # types: a sense WordNet ranks after the first ("shot down the plane" vs "shot down the
            # bill", the 3rd) gives way to the phrasal verb's first sense or to its CAMEO entry, which
            # codes the phrase in the sense news uses
            best = min(s.rank or 1 for s in defaults)
            defaults = [s for s in defaults if (s.rank or 1) == best]
        if pos == "NOUN" and any(s.rank == 1 for s in defaults) and tok.dep_ not in {"nsubj", "nsubjpass"}:
            # "won by a landslide": a happening in a noun's later sense gives way to the event its first
            # sense names (an electoral victory), unless it does something ("a landslide buried the road")
            defaults = [s for s in defaults if s.rank == 1 or not self.rules[s.type].happening]
        if pos == "NOUN" and len({s.type for s in defaults}) > 1:
            # rule 164: "held without charge", "denied the charges": of a noun's senses the one whose WordNet topic
            # domain (criminal law) the article's other words read first is meant, not the rush WordNet ranks first
            defaults = self.in_domain(tok, defaults) or defaults
        if pos == "NOUN":  # "the protests": the act (a manifestation of dissent) before the message
            act_files = self.lex.words["event_act_files"]
            defaults = [s for s in defaults if s.file in act_files] or defaults
        typ = min((s.type for s in defaults), key=rank)
        return (self.rules[typ].done or typ if self.someone_does(tok, pos, typ) else typ), False

    def article_domains(self) -> dict[str, set[str]]:
        """The WordNet topic domains the article's nouns and verbs are in by their first sense, each with the
        lemmas that are (``topic_domains.tsv``; rule 164)."""
        if self._domains is None:
            self._domains = {}
            for t in self.doc:
                if t.pos_ in {"NOUN", "VERB"}:
                    lemma = t.lemma_.lower()
                    for d in self.lex.topic_domains.get((lemma, t.pos_), {}).get(1, ()):
                        self._domains.setdefault(d, set()).add(lemma)
        return self._domains

    def in_domain(self, tok: Token, senses: list[EventSense]) -> list[EventSense]:
        """Those of a noun's ``senses`` filed under a WordNet topic domain that at least DOMAIN_WORDS other
        lemmas of the article are in by their first sense (one domain per discourse: Magnini et al. 2002's
        domain-driven disambiguation over WordNet's own domain pointers)."""
        own = self.lex.topic_domains.get((tok.lemma_.lower(), "NOUN"), {})
        found = self.article_domains()
        lemma = tok.lemma_.lower()
        return [s for s in senses if s.rank is not None and any(
            len(found.get(d, set()) - {lemma}) >= DOMAIN_WORDS for d in own.get(s.rank, ()))]

    def happening_use(self, tok: Token) -> bool:
        """Rule 104: whether a noun is used as one particular happening — definite (a definite determiner or a
        possessor: words.tsv definite_determiners), no modifier in a compound and no bare plural (a kind), and
        told as a happening: the subject of a verb of coming to pass or the passive subject of a verb of
        holding ("the trial took place", "the summit was held"; event_happening_verbs, event_holding_verbs), the
        object of a preposition that sets one event in time against another ("after the publication", "during
        the trial"; event_happening_prepositions), or with a date or time of its own ("Friday's closure", "the
        vote on 5 June"). Such a context calls for a sense that is an act or a happening, whatever its rank."""
        w = self.lex.words
        kids = list(tok.children)
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" \
                or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in w["definite_determiners"] for c in kids):
            return False  # "a fair trial", "trials", "trial dates": a kind, no particular one
        verb = tok.head
        if verb.pos_ == "VERB" and verb.i != tok.i:
            lemma = verb.lemma_.lower()
            for c in verb.children:  # "took place": the phrase's own row
                if c.dep_ in {"dobj", "prt"} and c.i == verb.i + 1 \
                        and f"{lemma} {c.lower_}" in w["event_happening_verbs"]:
                    lemma = f"{lemma} {c.lower_}"
            if tok.dep_ == "nsubjpass" and lemma in w["event_holding_verbs"] \
                    or tok.dep_ == "nsubj" and lemma in w["event_happening_verbs"]:
                return True
        if tok.dep_ == "pobj" and tok.head.lower_ in w["event_happening_prepositions"]:
            return True
        return any(c.dep_ in {"poss", "npadvmod", "nmod"} and c.ent_type_ in {"DATE", "TIME"}
                   or c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                   for c in kids)

    def named_event(self, ent: Span) -> Trigger | None:
        """Rule 184 (EVENTS.md set 81): a name the recogniser tags as an event (spaCy's ``EVENT``, OntoNotes'
        "named hurricanes, battles, wars, sports events") is one event when a word of the name is an event noun in
        a sense WordNet ranks within ``DOMINANT`` and files as an act, a happening or a gathering (words.tsv
        event_named_files; not a message or a thing: a search engine's name heading a programme's name) —
        "Election" in "the 2020 Presidential Election", "Hurricane" in "Hurricane X", "Convention": that word is
        its trigger, typed by the sense ranked first, so later mentions
        by the head noun ("the election", "the hurricane") join it. The word is the name's head when the head is a
        common noun (common_words.tsv: not "Conference" in "the X Conference Centre", a building), else the first
        word of the name that has such a sense (a classifier: "Hurricane" before a storm's given name). A name of
        no event noun ("Y Day", a company the recogniser mis-tags) is left alone, as is a name that modifies a noun ("Hurricane X victims") or is
        the time frame of another event (words.tsv event_frame_prepositions: "during the Battle of X", "since
        the Convention": TimeML's durative signals), which the report uses as a period, not as news."""
        root = ent.root
        if ent.label_ != "EVENT" or noun_modifier(root) or root.dep_ in {"compound", "nmod", "amod", "poss"}:
            return None
        if root.dep_ == "pobj" and root.head.lower_ in self.lex.words["event_frame_prepositions"]:
            return None
        for tok in ent:
            if tok.i != root.i and root.lower_ in self.lex.common_words:
                continue  # "the X Conference Centre": a word before the name's own head noun (a building)
            senses = self.senses.get((tok.lemma_.lower(), "NOUN"), ()) or self.senses.get((tok.lower_, "NOUN"), ())
            ranked = sorted((s for s in senses if s.rank is not None and s.rank <= DOMINANT["NOUN"]
                             and s.file in self.lex.words["event_named_files"]), key=lambda s: s.rank)
            if ranked:
                return Trigger(self.doc[tok.i:tok.i + 1], ranked[0].type, False)
        return None

    def sender(self, tok: Token) -> bool:
        """Whether a noun names who it comes from: a possessor or a ``by`` phrase (words.tsv agent_prepositions)
        that is a person, an organisation or a place ("Ann Wu's proposal", "a proposal by the council"). A
        message with its sender told is that sender's act of saying it (CAMEO codes what a source says to a
        target); without one it is the thing said ("the proposals were welcomed")."""
        by = self.lex.words["agent_prepositions"]
        return any(c.dep_ == "poss" and self.kind_of(c) in NAMED or c.dep_ == "prep" and c.lower_ in by
                   and any(g.dep_ == "pobj" and self.kind_of(g) in NAMED for g in c.children) for c in tok.children)

    def abstract_target(self, tok: Token) -> bool:
        """Rule 97: every object of the trigger's target prepositions (words.tsv event_target_prepositions:
        "against", "on") is a common noun WordNet reads first as an abstraction (``abstraction``), and none names
        an event of its own ("retaliated against attacks") or a named thing ("attacks on the tower")."""
        preps = self.lex.words["event_target_prepositions"]
        targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj"]
        return bool(targets) and all(
            g.pos_ == "NOUN" and not g.ent_type_ and self.kind_of(g) == "THING"
            and (g.lemma_.lower(), "NOUN") not in self.senses and self.abstraction(tok, g) for g in targets)

    def objectless(self, tok: Token) -> bool:
        """Rule 96: an active verb with no noun object and no clause: no direct object, dative or attribute, no
        passive, no participle describing a noun (its noun is what it is done to: "a report released on
        Monday"), and no that-clause or to-infinitive (rule 87's reading: "claimed to have", "claimed that")."""
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return False
        infinitive = self.lex.words["infinitive_markers"]
        objects = {"dobj", "dative", "attr", "oprd", "auxpass", "nsubjpass", "ccomp"}
        return not any(c.dep_ in objects for c in tok.children) \
            and not any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ in infinitive for g in c.children)
                        for c in tok.children)

    def infinitive_only(self, tok: Token) -> bool:
        """The verb's complement is a to-infinitive clause of its own subject ("was trying to leave"): an
        ``xcomp`` with an infinitive marker (words.tsv infinitive_markers) as its ``aux``, no object, and
        an active verb (a passive's object is its subject, said or not: "being hired to teach"). A sense
        WordNet frames only with an object (event_sense_ranks.tsv ``object``) is not read then (rule 87)."""
        infinitive = self.lex.words["infinitive_markers"]
        return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ in infinitive for g in c.children)
                   for c in tok.children) and not any(c.dep_ in {"dobj", "auxpass"} for c in tok.children)

    def someone_does(self, tok: Token, pos: str, typ: str) -> bool:
        """Whether a happening is done by someone (event_type_rules.tsv's done column): a weapon explodes
        ("a car bomb exploded": KAIROS Conflict.Attack.DetonateExplode; "a bomb blast"), or a passive's
        doer is a person or a group ("the town hall was burned by rioters")."""
        rule = self.rules.get(typ)
        if rule is None or not rule.done:
            return False
        if pos == "VERB":
            if any(c.dep_ in {"nsubj", "nsubjpass"} and "weapon" in self.argument_kinds(c) for c in tok.children):
                return True
            if any(c.dep_ == "agent" and g.dep_ == "pobj" and self.argument_kinds(g) & SOMEONE
                   for c in tok.children for g in c.children):
                return True  # "the hall was burned by rioters"
            return any(c.dep_ == "nsubj" and self.argument_kinds(c) & {"PERSON", "person"} for c in tok.children) \
                and any(c.dep_ == "dobj" and not self.argument_kinds(c) & {"abstract"} for c in tok.children)
        return any(c.dep_ == "compound" and "weapon" in self.argument_kinds(c) for c in tok.children)

    def occurrence(self, tok: Token, phrasal: bool, typed: bool = False) -> bool | str:
        """The generic-event fallback: a verb the typed lexicon has no row for names an event of the
        scheme's most general class (``ev:Occurrence``) when WordNet's most frequent sense of it is an
        occurrence (words.tsv's ``event_occurrence_files``: a contact, motion, change, social,
        possession, competition or creation verb, not a state, thought, feeling, perception or talk),
        it is not one of WordNet's most general verbs (more than ``GENERAL`` senses: "take", "get",
        "leave"), it is told as done (a past tense, a perfect or a past passive, in a main,
        coordinated, reported or relative clause, but not a relative clause describing a thing by what was
        done to it, with no modal, future, negation or condition: read by the
        parse), and it has a subject or object that is a person, an organisation or a place ("the
        club signed the striker"; "the old bridge collapsed" is none: a thing). Not a present passive
        ("is owned by"), a verb VerbNet knows only as a state (``event_stative_verbs.tsv``: "own"), a
        verb with a span of time ("governed it for a decade"), a clause reported by no speech or
        report verb ("feared that …"), nor a form WordNet also reads as another, non-occurrence
        lemma ("hoped": hope, not hop). A verb whose first sense takes no thing as object is read in its
        most frequent sense that does when a named doer acts on a thing (rule 117, :meth:`object_sense`:
        "the chain introduced a limit" is no introduction of people).

        Relaxed readings (set 28), answered ``NEEDS_PARTICIPANT``: the event is kept only when the
        participant finder names a person, an organisation or a place taking part — an adverbial
        clause ("…, moving to X"), a verb of up to ``OCCURRENCE_NAMED_SENSES`` senses that
        counts no tally ("returned to normal operation"; not "received 400 votes") and most of whose
        uses are occurrences (``OCCURRENCE_NAMED_SHARE``: not "led X in the polls"), and, for a verb
        with no typed sense (``typed`` false), a subject or object that is a thing or an unnamed noun
        ("X's store limited the amount", "the government of X closed the cities"); and a simple past the tagger
        read as a participle (rule 148, :meth:`bare_past`). A verb
        whose object has a predicate ("left two people dead") is none. A thing's past passive whose own clause
        dates or places it is an event with no one named, typed verb or not (rule 170, :meth:`thing_passive`:
        "the bridge was rebuilt in 1990"). A verb of change done to an act or a measure by a told doer is an event
        whatever its number of senses and its first sense's file (rule 181, :meth:`act_changed`: "the mayor
        extended the lockdown")."""
        loose = False  # a reading kept only when the event has a named participant (NEEDS_PARTICIPANT)
        if tok.pos_ != "VERB" or phrasal:
            return False
        # rule 190: the act a verb of trying or beginning governs is read in that verb's place (its clause, its
        # tense, its subject): "tried to sell the seat", "began dismantling the camp"
        where = tok
        while (head := self.aim_head(where)) is not None:  # "started trying to sell": read in "started"'s place
            where = head
        if where.dep_ not in OCCURRENCE_DEPS:
            if where.dep_ not in OCCURRENCE_NAMED_DEPS:
                return False
            loose = True  # "…, moving to X", "after it had closed the city"
        if where.dep_ == "ccomp" and self.lex.speech_verbs.get(where.head.lemma_.lower()) \
                not in self.lex.words["event_report_classes"]:
            return False  # a clause reported by a speech verb is told; one feared or found false is not
        if where.dep_ == "relcl" and self.kind_of(where.head) == "THING" and any(  # the pronoun the verb's or its
                c.dep_ == "dobj" and c.lower_ in self.lex.words["relative_pronouns"]  # complement's object
                for c in (*tok.children, *(g for x in tok.children if x.dep_ == "xcomp" for g in x.children))):
            return False  # "the money that she had earned (tried to spend)" tells the money; "Ann Wu, who fled": hers
        lemma = self.phrasal_lemma(tok)  # "grew up": the phrasal verb's own WordNet entry when it has one
        got = self.lex.event_verb_senses.get(lemma)
        if got is None or lemma in self.lex.speech_verbs or lemma in self.lex.event_stative_verbs:
            return False  # a speech verb; a verb VerbNet knows only as a state ("own", "possess")
        senses, first, _tagged = got
        changed = self.act_changed(tok, lemma)  # rule 181: "the ministry extended the lockdown"
        if first not in self.lex.words["event_occurrence_files"]:
            first = self.object_sense(tok, lemma) or first  # rule 117: "introduced a limit", "ended the ban"
        if first not in self.lex.words["event_occurrence_files"] and not changed:
            return False
        if senses > GENERAL and not changed:
            if senses > OCCURRENCE_NAMED_SENSES:
                return False
            uses = self.lex.event_verb_uses.get(lemma)
            if uses is not None and uses[1] < OCCURRENCE_NAMED_SHARE * uses[0]:
                return False  # "led X in the polls", "led to the creation": the verb's first sense is not its usual one
            loose = True  # "returned to normal", "extended the deadline": a broad verb, kept with someone named
        if self.bare_past(where):
            loose = True  # rule 148: the tense is read past the tagger, so kept only with someone named
        if loose and (lemma in self.lex.words["event_pro_verbs"] or any(c.dep_ == "xcomp" for c in tok.children)):
            return False  # "she did it", "started observing": the act is told by the verb it stands for or governs
        if loose and lemma in self.lex.words["event_tally_verbs"] and any(
                c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in tok.children):
            return False  # "received 400 votes", "won 39 delegates": a tally a vote leaves (as ``counted``)
        if self.other_lemma(tok, self.verb_lemma(tok)):
            return False  # "hoped" lemmatised "hop": the form is also "hope", a feeling
        if not self.told_done(where):
            return False
        if self.duration(tok) or where is not tok and self.duration(where):
            return False  # "governed Tarnow for a decade", "has rented it since May", "tried for years to sell it"
        if self.complemented(tok):
            return False  # "left two people dead", "left the experts dismayed": what the object became
        if changed:
            return NEEDS_PARTICIPANT if loose else True
        args = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        if where is not tok:
            args += [c for c in where.children if c.dep_ in {"nsubj", "nsubjpass"}]  # the one who tried
        if where.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in where.children):
            if any(c.dep_ == "auxpass" for c in where.children):  # "maintained the letter was released":
                args.append(patient_of(where))  # a passive conjunct is done to what the verb before governs
            else:  # "fled and hid": the conjunct's subject is the first verb's
                args += [c for c in where.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(a is not None and self.kind_of(a) in NAMED for a in args):
            return NEEDS_PARTICIPANT if loose else True
        if self.thing_passive(tok, lemma) and self.dated_or_placed(tok):
            return True  # rule 170: "the bridge was rebuilt in 1990", "the files were removed on Monday"
        # a subject or object that is a thing or an unnamed noun ("lowered their limits", "the government
        # quarantined the cities"): an event only when the participant finder names someone or somewhere
        # ("typed": not for a verb whose typed senses were read and refused its object's kind: "the letter was
        # released" is no release of a person, and no other event either)
        return NEEDS_PARTICIPANT if not typed and any(a is not None for a in args) else False

    def phrasal_lemma(self, tok: Token) -> str:
        """The verb's lemma with its particle when WordNet has the phrasal verb ("grew up", "called off"), else the
        verb's own lemma (``verb_lemma``)."""
        lemma = self.verb_lemma(tok)
        for c in tok.children:
            if c.dep_ == "prt" and f"{lemma} {c.lower_}" in self.lex.event_verb_senses:
                return f"{lemma} {c.lower_}"
        return lemma

    def act_changed(self, tok: Token, lemma: str) -> bool:
        """Rule 181: a verb of change done to an act or a measure is an act of its own, whatever its number of
        senses. The verb's most frequent sense that takes a thing as object (``event_verb_objects.tsv``, rule
        117's table) is a change (words.tsv ``event_act_change_files``: begin, end, extend, strengthen, raise,
        tighten), and what it is done to — its direct object, or a past passive's subject — is a common noun
        WordNet reads first as an act or a measure, policy or regulation (``event_measure_nouns.tsv``:
        "lockdown", "search", "restriction", "measures"); the doer is told: an active verb's subject (its own, or
        the one a conjunct or a relative clause inherits, ``subject_of``) is a named person, organisation or place
        (a personal pronoun or a person noun included) or a governing body
        ("the government", rule 171), a passive's clause is dated or placed (rule 170: "the search was ended on
        Monday"). Not a change done to a state, a thing or a happening ("raised their hopes", "the virus
        affected their health", "caused a fire"), nor done by a thing ("the new rules ended the search")."""
        if self.lex.event_verb_objects.get(lemma) not in self.lex.words["event_act_change_files"]:
            return False
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        arg = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if arg is None or arg.pos_ != "NOUN" or arg.ent_type_ \
                or arg.lemma_.lower() not in self.lex.event_measure_nouns:
            return False
        if passive:
            return self.dated_or_placed(tok)
        doer = subject_of(tok)  # its own, a conjunct's or a relative clause's ("closed the schools and extended …")
        return doer is not None and (self.kind_of(doer) in NAMED or self.governing_body(doer)
                                     or doer.pos_ == "NOUN" and "person" in self.argument_kinds(doer))

    def aim_head(self, tok: Token) -> Token | None:
        """Rule 190: the verb of trying or beginning (words.tsv ``event_aim_verbs``, WordNet try.v.01 and begin.v.01,
        tools/build_aim_verbs.py) whose complement ``tok`` is — an ``xcomp`` with an infinitive marker or a gerund
        of an active head with no object of its own ("tried to sell the seat", "began dismantling the camp"; not
        "started a fund to help"); None otherwise."""
        if tok.dep_ != "xcomp" or tok.pos_ != "VERB":
            return None
        head = tok.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in self.lex.words["event_aim_verbs"]:
            return None
        if any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in head.children):
            return None
        infinitive = self.lex.words["infinitive_markers"]
        if tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ in infinitive for c in tok.children):
            return head
        return None

    def thing_passive(self, tok: Token, lemma: str) -> bool:
        """Rule 170: a past passive (no progressive "being") whose subject is a noun that names no person,
        organisation or place, of a verb whose most frequent sense that takes a thing as object
        (``event_verb_objects.tsv``, rule 117's table: the passive's subject is that object) is in an occurrence
        file ("the bridge was rebuilt", "the files were removed"; not "gatherings were allowed", whose thing-object
        sense is talk). Not a pronoun ("which was adopted", "it was founded"): the thing is told elsewhere."""
        if not any(c.dep_ == "auxpass" for c in tok.children) \
                or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in tok.children):
            return False  # "is being run", "were being cleaned": a progressive tells no act done
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ == "PRON" or self.kind_of(subj) in NAMED:
            return False
        fit = self.lex.event_verb_objects.get(lemma)
        return fit is not None and fit in self.lex.words["event_occurrence_files"]

    @staticmethod
    def dated_or_placed(tok: Token) -> bool:
        """Rule 170: the verb's own clause tells when or where it was done — a date or a time, or a named place, as
        a dependent of the verb or the object of one of its prepositions ("was rebuilt in 1990", "were airlifted
        to X"); not in the passive's ``by`` phrase, which names the doer ("was welcomed by X")."""
        near = [c for c in tok.children if c.dep_ != "agent"] + \
            [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        return any(t.ent_type_ in CLAUSE_TIME_LABELS or t.ent_type_ in CLAUSE_PLACE_LABELS for t in near)

    def dated_deed(self, tok: Token, out: list[Trigger]) -> bool:
        """Rule 205: a past participle describing a thing before it (a reduced relative clause, ``described``) that
        names its own doer in a ``by`` phrase — a person or a group (``SOMEONE``: "a road blocked by snow" names
        none) — and its own date or time (``CLAUSE_TIME_LABELS``: a dependent of the participle or the object of
        one of its prepositions) tells one act done ("the limit introduced by the chain on 3 May"), asserted as
        factuality reads it. The verb (with its particle when WordNet has the phrasal verb, as ``occurrence``
        reads it) has a most frequent sense that takes a thing as object (``event_verb_objects.tsv``) in an
        occurrence file ("a hearing scheduled by the court for May" is a plan, cognition), is no verb VerbNet
        knows only as a state ("owned by the family"), not one of WordNet's broadest (more than
        ``OCCURRENCE_NAMED_SENSES`` senses: "the steps taken by", "the changes made by"), and has no span of
        time ("operated by X since January", "the deadline set for Monday": ``duration``). Unlike the
        fallback's finite verbs, a verb of saying or writing is read ("a report published by the ministry on
        Tuesday"). The noun is no person, organisation or place, named or not (``kind_of``: "the man rescued
        by …" is read as a person), and no event already found (``out``): "the phone call made by X on Monday"
        tells that call (rule 66 gives it the doer)."""
        host = described(tok)
        if tok.pos_ != "VERB" or host is None:
            return False
        doers = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not any(self.argument_kinds(g) & SOMEONE for g in doers) or self.kind_of(host) in NAMED:
            return False
        near = [c for c in tok.children if c.dep_ != "agent"] + \
            [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        if not any(t.ent_type_ in CLAUSE_TIME_LABELS for t in near) or self.duration(tok):
            return False
        lemma = self.phrasal_lemma(tok)  # "called off"
        got = self.lex.event_verb_senses.get(lemma)
        if lemma in self.lex.event_stative_verbs or got is not None and got[0] > OCCURRENCE_NAMED_SENSES:
            return False
        fit = self.lex.event_verb_objects.get(lemma)
        if fit is None or fit not in self.lex.words["event_occurrence_files"] \
                or factuality(self.doc[tok.i:tok.i + 1], self.lex.words) != ASSERTED:
            return False
        return host.i not in self.covered(out)

    def covered(self, out: list[Trigger]) -> set[int]:
        """The tokens the triggers found so far cover, kept up to date as ``find`` appends to ``out`` (each
        trigger read once: no scan of the whole list per question)."""
        if self._covered_list is not out:
            self._covered_list, self._covered_seen, self._covered_set = out, 0, set()
        for t in out[self._covered_seen:]:
            self._covered_set.update(range(t.span.start, t.span.end))
        self._covered_seen = len(out)
        return self._covered_set

    def object_sense(self, tok: Token, lemma: str) -> str | None:
        """The lexicographer file of the verb's most frequent WordNet sense that takes a thing as its object
        (``event_verb_objects.tsv``, from WordNet's verb frames), when the clause is of that frame: a
        direct object that is a thing, done by the verb's own subject that is a person, an organisation or
        a place. The first sense of "introduce" makes
        people known to each other, a talk; "the chain introduced a limit" is its second, bringing in
        something new (verb.creation); the first sense of "end" is a state with no object ("the road
        ends here"), "the mayor ended the ban" its second (verb.change). Else None: a passive ("aid
        that was slated for …": a plan, no doer told), a thing as subject ("the rules introduced
        restrictions"), a person as object (the first sense may fit: "introduced her to the
        board")."""
        fit = self.lex.event_verb_objects.get(lemma)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if fit is None or obj is None or self.kind_of(obj) != "THING":
            return None
        if not any(c.dep_ == "nsubj" and self.kind_of(c) in NAMED for c in tok.children):
            return None  # its own subject: a conjunct's shared one measured no better (EVENTS.md set 54)
        return fit

    def counted(self, tok: Token) -> bool:
        """A plural noun with a cardinal number, or after a number noun and "of" ("two million votes",
        "hundreds of ballots"), that counts what an act leaves: the object of a verb of getting,
        winning, casting, counting or returning (words.tsv ``event_tally_verbs``: "received 400
        votes", "500,000 ballots were not returned") or of a margin ("won by two million votes",
        ``event_margin_prepositions``). Of a type done to things (``event_type_rules.tsv``'s patient
        THING alone) those are the votes cast, not the one event a record stands for. Acts counted
        as held, issued or rejected ("two votes were held", "issued two statements", "rejected two
        referendums") stay; so does a type done to persons ("55,000 deaths": not asked here)."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return False
        w = self.lex.words
        head = tok
        if not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
            of = tok.head
            if not (tok.dep_ == "pobj" and of.lower_ in w["event_number_prepositions"]
                    and (of.head.like_num or self.doc.vocab[of.head.lemma_.lower()].like_num)):
                return False
            head = of.head  # "hundreds of ballots": the number noun stands in the clause
        if head.dep_ == "pobj":
            return head.head.lower_ in w["event_margin_prepositions"] and head.head.head.pos_ == "VERB"
        return head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in w["event_tally_verbs"]

    def nothing_done(self, tok: Token) -> bool:
        """A negated verb whose object names no particular thing ("had not announced any changes", "no
        cause was announced", "announced no changes": words.tsv ``event_nonspecific_determiners``)
        tells that nothing of the kind was done: no event, not even a negated one ("did not resign",
        "did not sign the deal" are negated events, marked). A denial of an act done to persons,
        organisations or places ("did not attack any civilians") is a negated event and stays."""
        obj = patient_of(tok)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in self.lex.words["event_nonspecific_determiners"]
                                  for c in obj.children):
            return False
        if tok.lemma_.lower() not in self.lex.speech_verbs:
            return False  # "did not attack any civilians", "has not signed any agreement": a denied act
        return factuality(self.doc[tok.i:tok.i + 1], self.lex.words) == NEGATED

    def purpose(self, tok: Token) -> bool:
        """An infinitive that describes a noun or gives a purpose ("a strike to protest the taxes", "a
        task force to fight fraud", "flew to Paris to sign the treaty"): what is meant to be done, no
        event told (the golds leave such intentions out; kept as planned events, they were false
        events on the third and fourth sets). A result set off by a comma ("withdrew, only to attack
        the town again") is told as done and stays (:func:`purpose_clause`); events inside a purpose
        clause ("to demand his release") are marked planned; an infinitive complement of a verb
        ("voted to protest") is not asked."""
        if not (tok.pos_ == "VERB" and tok.tag_ == "VB"):
            return False
        if tok.dep_ == "acl":
            return tok.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "aux" and c.lower_ in self.lex.words["infinitive_markers"] for c in tok.children)
        return purpose_clause(tok, self.lex.words)

    def abstraction(self, tok: Token, patient: Token) -> bool:
        """A patient WordNet reads first as an abstraction ("the plans", "a deal"): no OBJECT of the types
        done only to what can be hit (event_type_rules.tsv), so "attacked the plans" is talk and "struck a
        deal" no blow. Not a group ("the convoy"), a number ("injured dozens"), a compass point of a place
        ("Syria's northeast", "the north of the country"), a number noun of people ("a number of
        journalists": its ``of`` phrase is read), nor what is fired at a target ("fired tear gas at them",
        words.tsv ``event_aim_prepositions``: the object is the missile)."""
        w = self.lex.words

        def solid(t: Token) -> bool:  # what a blow can land on: a person, a body, a place or a thing
            kinds = self.argument_kinds(t)
            return t.ent_type_ not in {"DATE", "TIME"} and (
                self.kind_of(t) in NAMED or "abstract" not in kinds or bool(kinds & {"group", "count"}))

        def said_of(preps: frozenset[str], poss: bool) -> set[str]:  # "X's north", "the north of X": X's kinds
            kinds = set()
            for c in patient.children:
                if poss and c.dep_ == "poss":
                    kinds.add(self.kind_of(c))
                elif c.dep_ == "prep" and c.lower_ in preps:
                    kinds |= {self.kind_of(g) for g in c.children if g.dep_ == "pobj"}
            return kinds

        if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in w["event_aim_prepositions"]
                                      and any(g.dep_ == "pobj" and solid(g) for g in c.children) for c in tok.children):
            return False
        if solid(patient):
            return False
        if "relation" in self.argument_kinds(patient) and "PLACE" in said_of(w["genitive_prepositions"], True):
            return False
        return not said_of(w["event_number_prepositions"], False) & NAMED

    def broader_kinds(self, kinds: set[str]) -> set[str]:
        """An argument's kinds (happening_arguments.tsv's; a named kind read as one of them, words.tsv
        event_named_argument_kinds: an ORG is an organization) with those they lie within
        (event_argument_kind_within: an organization is a group, organization.n.01 being in noun.group)."""
        named = dict(p.split(":") for p in self.lex.words["event_named_argument_kinds"])
        kinds = {named.get(k, k) for k in kinds}
        return kinds | {broad for narrow, broad in (p.split(":") for p in self.lex.words["event_argument_kind_within"])
                        if narrow in kinds}

    def read_as_event(self, tok: Token) -> bool:
        """Whether a word is read in one of its event senses where it stands ("talks" is; "the union" joined and
        "for the first time" are not, though "union" and "time" have event rows: set 79)."""
        pos, senses, phrasal = self.lookup(tok)
        return bool(senses) and self.choose(tok, pos, senses, phrasal) is not None

    def first_sense_object(self, tok: Token, patient: Token | None) -> bool:
        """Rule 176: the verb's object is of a kind the object of its first WordNet sense's own example is
        (event_example_objects.tsv: join.v.01, "joined the Communist Party", an organization, a group), a kind no
        meeting or call is had with (words.tsv event_contact_kinds: a person): the mention means that sense
        ("joined the party", membership), not the contact CAMEO's default row codes (ASSEMBLE 040); "joined
        him" is still a meeting. The object's kinds are its own noun's WordNet kinds when it has any that tell
        (event_telling_kinds: "the prince" is a person, whatever name the parse hangs it in), else its named
        kind ("Hamas": an organization)."""
        if patient is None or patient.pos_ not in {"NOUN", "PROPN"}:
            return False
        w = self.lex.words
        if any(c.dep_ == "prep" and c.lower_ in w["event_occasion_prepositions"] and any(
                g.dep_ == "pobj" and self.read_as_event(g) for g in c.children) for c in tok.children):
            return False  # "joined the commission for talks": company at an event, as CAMEO codes it
        wanted = set(self.lex.event_example_objects.get(self.verb_lemma(tok), ())) - w["event_contact_kinds"]
        if not wanted - {p.split(":")[1] for p in w["event_argument_kind_within"]}:
            return False  # an example that is only a group, people met ("hosted four couples"): a contact itself
        if patient.pos_ == "NOUN" and self.read_as_event(patient):
            return False  # "joined the rally", "joined the talks": an event taken part in, as CAMEO codes it (a
            # name's word, "the Dockers Union", is no event noun)
        none: frozenset[str] = frozenset()
        own = (self.lex.happening_arguments.get(patient.lemma_.lower(), none)
               | self.lex.happening_arguments.get(patient.lower_, none)) & w["event_telling_kinds"]
        return bool(self.broader_kinds(wanted) & self.broader_kinds(set(own) or {self.kind_of(patient)}))

    def argument_kinds(self, t: Token) -> set[str]:
        """What a happening's argument is (happening_arguments.tsv: WordNet's first sense of the noun,
        abstract or vehicle; the named kinds PERSON, ORG, PLACE)."""
        none: frozenset[str] = frozenset()
        kinds = set(self.lex.happening_arguments.get(t.lemma_.lower(), none)
                    | self.lex.happening_arguments.get(t.lower_, none))
        named = self.kind_of(t) if t.pos_ in {"NOUN", "PROPN"} else None
        if named:
            kinds.add(named)
        return kinds

    def hyponym_rare(self, tok: Token, pos: str, s: EventSense) -> bool:
        """A happening's (or a treatment's) noun row that WordNet gives as a hyponym of the type's seed
        in a sense that is not the noun's first: "taxes" read as "taxis" (a surgical manipulation, its
        2nd sense)."""
        rule = self.rules.get(s.type)
        if pos != "NOUN" or rule is None or not rule.takes and not rule.happening or (s.rank or 1) == 1:
            return False
        return bool(s.seeds) and all("+" not in seed and seed.split(".")[0].replace("_", " ") != tok.lemma_.lower()
                                      for seed in s.seeds)

    def figurative(self, tok: Token, pos: str, typ: str) -> bool:
        """Whether a happening word is used figuratively, by what takes part in it (event_type_rules.tsv's
        takes column, after KAIROS's argument templates): a crash of no vehicle ("the market crashed",
        "crashed out of the cup"), a collapse of no structure ("the talks collapsed", "the collapse of
        the coalition"), a fire, an explosion or a hazard of an abstraction ("the population exploded",
        "a title drought", "imports flooded the market"), a person's or a body's act with no object ("burst
        into tears", "burned through cash"), a measure ("a flood of complaints": a noun WordNet also
        reads as a quantity, after an indefinite article with an of-phrase), a treatment "as" something or
        in a manner ("treated him as a suspect", "treated the strikers harshly")."""
        rule = self.rules.get(typ)
        takes = rule.takes if rule is not None else ""
        if not takes:
            return False
        w = self.lex.words
        abstract = {"abstract", "ORG"}
        if takes == "patient":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            return pos == "VERB" and any(
                c.dep_ == "prep" and c.lower_ in w["happening_regard_prepositions"]
                or c.dep_ == "advmod" and obj is not None and c.i > obj.i for c in tok.children)
        if pos == "VERB":
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            lemma = self.verb_lemma(tok)
            # a particle, or a preposition with no object of its own right after the verb ("crashed out of
            # the cup"), that makes no phrasal verb of the type: another verb than the happening's
            if any((c.dep_ == "prt" or c.dep_ == "prep" and c.i == tok.i + 1 and not any(g.dep_ == "pobj" for g in c.children))
                   and not any(s.type == typ for s in self.senses.get((f"{lemma} {c.lower_}", "VERB"), ()))
                   for c in tok.children):
                return True
            sk = set().union(*(self.argument_kinds(c) for c in subj)) if subj else set()
            ok = set().union(*(self.argument_kinds(c) for c in obj)) if obj else set()
            if takes == "vehicle" and "vehicle" in sk | ok:
                return False  # "a Dorley Lines bus crashed": a vehicle, whoever runs it
            if takes == "structure" and obj:
                return False  # "the quake collapsed the rock formation": what collapsed is the object
            if (sk | ok) & abstract:
                return True
            if takes == "vehicle":
                return bool((sk | ok) & {"PLACE"})
            if takes == "structure":
                return bool(sk & {"PERSON", "person", "PLACE"}) and not obj  # "the player collapsed"
            return bool(sk & {"PERSON", "person"}) and not obj  # "she burst into tears"
        args = [c for c in tok.children if c.dep_ == "poss"]
        args += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in w["genitive_prepositions"]
                 for g in c.children if g.dep_ == "pobj"]
        if takes != "structure" and not any(c.dep_ == "nummod" for c in tok.children):
            # "a power outage" is one, "a market crash", "a title drought" none; a measured one is one
            # ("a magnitude 5.1 earthquake", "a 5.5 magnitude earthquake")
            args += [c for c in tok.children if c.dep_ == "compound" and not any(g.dep_ == "nummod" for g in c.children)]
        kinds = set().union(*(self.argument_kinds(a) for a in args)) if args else set()
        if kinds & abstract or takes == "structure" and kinds & {"PERSON", "PLACE"}:
            return True
        measure = "quantity" in self.lex.happening_arguments.get(tok.lemma_.lower(), frozenset())
        return measure and any(c.dep_ == "det" and c.lower_ in w["indefinite_determiners"] for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ in w["genitive_prepositions"] for c in tok.children)

    def done_by_someone(self, typ: str) -> bool:
        """Whether a type is an act someone does: its possessor is its doer ("his statement") and it is no
        happening; the generic Occurrence too. A death, an injury ("the quake killed two") or a crash is not."""
        rule = self.rules.get(typ)
        return typ == OCCURRENCE or rule is not None and rule.possessor == "agent" and not rule.happening

    def told_done(self, tok: Token) -> bool:
        """A verb told as done: a simple past, a perfect, a past passive or a past progressive, asserted (no
        modal, future, negation or condition: read by the parse)."""
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        if tok.tag_ == "VBD":
            if aux:
                return False  # "did not", "did it" (emphatic or questions): left to the typed lexicon
        elif self.bare_past(tok):
            pass  # rule 148: "X granted Y a pardon" tagged VBN: a simple past
        elif tok.tag_ == "VBN":
            if any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in aux):
                return False  # a present passive tells a state: "is owned by", "is headquartered in"
            if not any(c.tag_ in {"VBD", "VBZ", "VBP"} and c.lemma_.lower() in self.lex.words["perfect_or_be_verbs"]
                       for c in aux):
                return False
        elif not self.past_progressive(tok, aux):
            return False
        return factuality(self.doc[tok.i:tok.i + 1], self.lex.words) == ASSERTED

    @staticmethod
    def bare_past(tok: Token) -> bool:
        """Rule 148: a past participle with a subject and two objects of its own — a noun ``dative`` — and no
        auxiliary, heading a main clause or a conjunct of the main clause (``BARE_PAST_DEPS``), is a simple past the
        tagger read as a participle ("Ola Berg granted Ivo Brandt a full pardon": *granted* tagged VBN; the parse may
        hang the pardon on the person): a participle with no auxiliary is otherwise a passive (a headline's "Ivo
        Brandt airlifted to Oslo", whose subject is the patient), and a passive keeps at most one object ("Ivo
        Brandt granted asylum": the review of set 73). A ``dative`` that is a preposition ("flown to Oslo") is no
        object. Not a participle in a reported or subordinate clause, where a noun before it may be what it
        describes ("noted the signal received from X": a reduced relative clause the parse hangs as a clause)."""
        main = tok.dep_ == "ROOT" or tok.dep_ in BARE_PAST_DEPS and tok.head.dep_ == "ROOT"
        return tok.tag_ == "VBN" and main and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) \
            and any(c.dep_ == "nsubj" for c in tok.children) \
            and any(c.dep_ == "dative" and c.pos_ != "ADP" for c in tok.children)

    def past_progressive(self, tok: Token, aux: list[Token]) -> bool:
        """A past progressive: a present participle whose only auxiliary is a past "be" ("she was
        endorsing X", "they were trading shares"): told as done, like the simple past."""
        return tok.tag_ == "VBG" and len(aux) == 1 and aux[0].dep_ == "aux" and aux[0].tag_ == "VBD" \
            and aux[0].lemma_.lower() in self.lex.words["be_verbs"]

    def owner_target(self, tok: Token, pos: str, typ: str, patient: Token | None, pkind: str | None) -> bool:
        """A CAMEO verb's object that is a thing owned by an actor: "criticized the minister's plan",
        "opposed Acme's bid", "called the council's decision a mistake". CAMEO codes what a source does to a
        target actor, and PETRARCH finds the target among the object phrase's words: the possessor is the
        target when the type wants an actor (event_type_rules.tsv patient PERSON, ORG, PLACE) and the owner
        is one (a name, or a common noun WordNet reads first as a person, an organisation or a group:
        ``OWNER_KINDS``). Not a pronoun, often the source's own ("defended his record", "sold their
        shares"), nor a meeting: one meets people, not their things ("met the council's demands")."""
        if pos != "VERB" or pkind != "THING" or patient is None or typ == "Meet":
            return False
        wants = self.rules[typ].patient
        if not wants or wants & {"THING", "OBJECT"}:
            return False
        owner = next((c for c in patient.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON":
            return False
        kinds = {self.kind_of(owner)}
        if owner.pos_ == "NOUN":
            kinds |= {OWNER_KINDS[k] for k in self.argument_kinds(owner) if k in OWNER_KINDS}
        return bool(kinds & wants)

    def held(self, tok: Token) -> bool:
        """A noun the typed lexicon lacks that WordNet reads as a social event, a gathering, a ceremony,
        a contest or an election (``event_act_nouns.tsv``: "concert", "ceremony"), with a determiner,
        said in the passive to have been held or as subject to have taken place ("a memorial concert was
        held", "the ceremony took place on Friday"; words.tsv ``event_holding_verbs``,
        ``event_happening_verbs``; not the active "held the role": kept), in the past and
        asserted: an event of the scheme's most general class, like the verbs of :meth:`occurrence`."""
        w = self.lex.words
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.event_act_nouns \
                or not any(c.dep_ in {"det", "poss"} for c in tok.children):
            return False
        verb = tok.head
        if verb.pos_ != "VERB" or verb.i == tok.i:
            return False
        lemma = verb.lemma_.lower()
        for c in verb.children:  # "took place": the phrase's own row
            if c.dep_ in {"dobj", "prt"} and c.i == verb.i + 1 and f"{lemma} {c.lower_}" in w["event_happening_verbs"]:
                lemma = f"{lemma} {c.lower_}"
        # the passive or the subject of "take place" only: "held the role", "held their breath" keep
        # something (a noun's act or event senses alone said too little: the active "held" is read as
        # keeping)
        if tok.dep_ == "nsubjpass" and lemma in w["event_holding_verbs"]:
            told = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)  # "was held"
        elif tok.dep_ == "nsubj" and lemma in w["event_happening_verbs"]:
            told = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)  # "took place"
        else:
            return False
        return told and factuality(self.doc[verb.i:verb.i + 1], w) == ASSERTED

    def other_lemma(self, tok: Token, lemma: str) -> bool:
        """Whether WordNet's detachment rules (words.tsv verb_detachments) give the form another verb
        lemma that is no occurrence verb or that the typed lexicon has rows for: the lemmatiser may
        have picked the wrong one ("hoped" -> "hop", not "hope")."""
        occurrence_files = self.lex.words["event_occurrence_files"]
        for _suffix, _repl, _stem, cand in self.detached(tok.lower_):
            if cand == lemma or cand not in self.lex.event_verb_senses:
                continue
            if self.senses.get((cand, "VERB")) or self.lex.event_verb_senses[cand][1] not in occurrence_files:
                return True
        return False

    def duration(self, tok: Token) -> bool:
        """A span of time the verb held over: "for" with a date or time ("for a decade", "for two
        years"), "since" or "until" with any object (words.tsv event_duration_prepositions)."""
        w = self.lex.words
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in w["event_duration_prepositions"]:
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ in w["event_duration_open_prepositions"] and objs:
                return True
            if any(g.lemma_.lower() in w["time_nouns"] or g.lower_ in w["time_nouns"]
                   or any(t.ent_type_ in {"DATE", "TIME"} for t in g.subtree) for g in objs):
                return True
        return False

    def has_target(self, tok: Token) -> bool:
        w = self.lex.words
        preps = w["event_target_prepositions"] | w["event_attendee_prepositions"]
        return any(c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ == "pobj" for g in c.children)
                   for c in tok.children)

    def threatened(self, tok: Token) -> bool:
        """A noun that is what a threat or warning threatens ("threatened [them] with imprisonment",
        "warned of arrests"): the object or prepositional object of a verb with a Threaten sense."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or tok.head.lower_ in self.lex.words["threat_other_prepositions"]:
            return False
        return any(s.type == "Threaten" and not s.objects for s in self.senses.get((verb.lemma_.lower(), "VERB"), ()))

    def saying_adjunct(self, tok: Token) -> bool:
        """Rule 133: a fronted free adjunct of saying ("Explaining the delay, the mayor said …"; "Addressing the
        delegates, she proposed …") tells the act of saying of its clause again, not an event of its own: a
        present participle heading an adverbial clause before its head verb, with no subject, auxiliary,
        subordinator ("when announcing", "while not naming"), coordinator ("as well as pledging") or clause of
        its own ("calling for X to be freed": what is asked, which other rules read through the verb), where
        the participle and its head both first mean an act of communication (WordNet's lexicographer file of
        the first sense, ``event_verb_senses.tsv``). A trailing adjunct ("condemned the raid, calling it
        unlawful") may add a declaration of its own and is left; so is a participle of another kind ("Resigning
        the post, she said …" keeps the resignation), one told at a time of its own ("Announcing the merger
        in March, …"), and, read by the caller, one whose own reading is a typed act, not a statement
        ("Declaring a state of emergency, …", "Sentencing the two men, …")."""
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.pos_ != "VERB" or tok.i > tok.head.i or any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark", "xcomp", "ccomp",
                           "advcl", "cc", "npadvmod"} or c.tag_ == "WRB" for c in tok.children):
            return False
        if any(g.ent_type_ in {"DATE", "TIME"} for c in tok.children for g in (c, *c.children)):
            return False
        first = [self.lex.event_verb_senses.get(t.lemma_.lower(), (0, "", 0))[1] for t in (tok, tok.head)]
        return first == ["verb.communication", "verb.communication"]

    def sought(self, tok: Token) -> bool:
        """A noun that is what a contestant or a bid is for ("the two deputies vying for the
        chairmanship", "her bid for re-election", "a call for his resignation"): the goal, no event of
        its own. Only after a person or a goal-taking noun (words.tsv event_goal_nouns): "the trial for
        the killing of X" and "a sentence for the assault" name the killing and the assault, and a
        verb's ``for`` ("arrested for the murder") gives a reason, an event that happened."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in self.lex.words["goal_prepositions"]:
            return False
        head = tok.head.head
        if head.pos_ in {"VERB", "AUX"}:  # "won 40 votes for the chairmanship": the parse may attach
            # the phrase to the verb; it belongs to the verb's object when that is a goal-taking noun
            head = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), head)
        if head.pos_ not in {"NOUN", "PROPN"} or head.i == tok.i:
            return False
        goals = self.lex.words["event_goal_nouns"]
        return self.kind_of(head) == "PERSON" or head.lemma_.lower() in goals or head.lower_ in goals

    @staticmethod
    def complemented(tok: Token, passive: bool = False) -> bool:
        """Whether a verb's object has a complement that says what the object is or becomes (WordNet's
        verb frame "Something ----s something Adjective/Noun"): the parse's object predicate ("called
        it a disgrace", "left two people dead", "left the experts dismayed") or a second direct object
        right after the first, with at most quotation marks between ("calling it an aggression"; not a
        coordinated one: "will visit X in Y, as well as Z"). Such a verb names or describes its object;
        it does not meet or reach it. With ``passive``, a passive's subject with a predicate is read as such an
        object ("was called a hero", "is called X": rule 160; a contact sense only, not the fallback: "was voted
        chairman" is an act done to its subject)."""
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        passive = passive and any(c.dep_ == "auxpass" for c in tok.children) \
            and any(c.dep_ == "nsubjpass" for c in tok.children)
        if (objects or passive) and any(c.dep_ == "oprd" for c in tok.children):
            return True  # an object and its predicate; an "oprd" alone is often a misparsed object
        return any(all(t.is_quote for t in tok.doc[a.right_edge.i + 1:b.left_edge.i])
                   for a, b in zip(objects, objects[1:]))

    def naming(self, tok: Token) -> bool:
        """Rule 160: a verb of saying in a present passive with a predicate and no doer gives its subject's name or
        description ("the ferry is called X", "they're called Y"), no act, whatever CAMEO's object patterns read in
        the predicate; a past one ("was called a liar") tells that someone said it."""
        return bool(self.lex.speech_verbs.get(tok.lemma_.lower())) and self.bare_passive(tok) \
            and any(c.dep_ == "oprd" for c in tok.children) \
            and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in tok.children)

    @staticmethod
    def bare_passive(tok: Token) -> bool:
        """Whether a verb is a passive with no doer: "the group is called X" gives the group's name, no one
        says it (rule 160); "was called a liar by the senator" is the senator's saying."""
        return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)

    def idiom(self, tok: Token, typ: str) -> bool:
        """Whether a noun is the bare object of its verb in one of WordNet's verb idioms that does not mean
        the noun's event type (event_idiom_nouns.tsv: "followed suit" is no lawsuit, "took charge" no
        accusation; "gave birth", "opened fire", "committed suicide" keep their event)."""
        if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or any(
                c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in tok.children):
            return False
        verb = tok.head.lemma_.lower()
        for noun in {tok.lemma_.lower(), tok.lower_}:
            means = self.lex.event_idiom_nouns.get(f"{verb} {noun}")
            if means is not None:
                return typ not in means and "*" not in means
        return False

    def attempt_adjunct(self, tok: Token) -> bool:
        """Rule 200: a noun of attempting (words.tsv ``event_attempt_nouns``) that is the indefinite object of a
        preposition of purpose or manner (words.tsv ``event_purpose_prepositions``: "in", "as") and has a
        to-infinitive ("burned the depot in a bid to force talks", "saw the merger as a bid to cut costs") tells
        what the clause's own act was for, no act of its own: the attempt is the act the clause tells, as rule 52
        reads "tried to" on a verb. Not a definite or possessed attempt ("spoke of her bid to win the cup"), not
        one that names its own doer ("in a bid by X to …"), nor one after any other preposition ("resigned after
        a failed bid to reform the club", "voted against a bid to delay the budget", "protested over a bid to
        move the club"): there the attempt is a happening told for itself (set 93)."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        w = self.lex.words
        if tok.lemma_.lower() not in w["event_attempt_nouns"] or tok.head.lower_ not in w["event_purpose_prepositions"]:
            return False
        if any(c.dep_ == "poss" or c.lower_ in w["definite_determiners"]
               or c.dep_ == "prep" and c.lower_ in w["agent_prepositions"] for c in tok.children):
            return False
        return any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ in w["infinitive_markers"] for a in c.children)
                   for c in tok.children)

    def counterfactual(self, tok: Token) -> bool:
        """Rule 201: a past participle with a modal of unreal past (words.tsv ``counterfactual_modals``, "'d" too)
        and the perfect's "have" ("'ve" too) tells what did not happen: "the dam would have burst without the pumps",
        "the clerk should have filed the form on time". A conjunct with no auxiliary of its own is read for itself
        ("would have faced a trial but resigned" tells the resignation; set 93). Not "may have", "might
        have", "could have", which tell a past event as possible ("the storm may have killed three hikers"), nor a
        perfect with a time it is done by ("by" and a date: "officials said the army would have withdrawn by
        Friday"), a future seen from the past that factuality reads as not yet told done (set 93)."""
        if tok.pos_ != "VERB":
            return False
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        if tok.tag_ != "VBN" or any(c.dep_ == "prep" and c.lower_ in self.lex.words["agent_prepositions"] and any(
                g.ent_type_ in CLAUSE_TIME_LABELS for g in c.children) for c in tok.children):
            return False
        return any(a.lower_ in self.lex.words["counterfactual_modals"] for a in aux) \
            and any(a.lower_ in self.lex.words["perfect_auxiliaries"]
                    or a.lemma_.lower() in self.lex.words["perfect_auxiliaries"] for a in aux)

    def purposed_object(self, tok: Token, typ: str) -> bool:
        """The direct object of an infinitive of purpose of a verb ("forty signatures are needed to force a
        referendum", "met in Oran to plan a strike"): what the purpose would bring
        about, no event told, as the infinitive itself is none (rule 39; the golds leave such intentions
        out). Only the direct object, or one coordinated with it: a time, place or reason phrase of the
        clause ("flew home to rest before the vote") names an event that is there anyway, and so does a
        definite description ("arrived to investigate the shooting", "to mourn her death"), and a happening,
        which no one sets out to bring about (event_type_rules.tsv: "were sent to tackle a fire"). Not what a
        purpose of asking asks for (words.tsv ``event_asking_types``: "rallied to demand the release of
        X"): that act is kept, marked planned, as rule 67 keeps an act asked for."""
        obj = tok
        while obj.dep_ == "conj" and obj.head.pos_ in {"NOUN", "PROPN"}:
            obj = obj.head
        verb = obj.head
        if obj.dep_ != "dobj":
            return False
        needed = self.required(verb)
        if not needed and not purpose_clause(verb, self.lex.words):
            return False
        rule = self.rules.get(typ)
        if rule is not None and rule.happening:
            return False  # "firefighters were sent to tackle a fire": a happening is no one's aim
        definite = self.lex.words["definite_determiners"]
        if (not needed or not self.gaining(verb)) and any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in tok.children):
            return False  # "arrived to investigate the shooting", "are needed to investigate the bombing": a
            # definite description presupposes its event (rule 173: what a requirement would get or win, "are
            # required to secure the chair", is the aim, definite or not)
        pos, senses, phrasal = self.lookup(verb)
        chosen = self.choose(verb, pos, senses, phrasal) if senses else None
        return chosen is None or chosen[0] not in self.lex.words["event_asking_types"]

    def gaining(self, verb: Token) -> bool:
        """Whether a verb's most frequent WordNet sense gets or wins something (words.tsv ``event_gain_files``:
        "secure", "win", "obtain"): its object is what is gained, not an event acted on (rule 173)."""
        got = self.lex.event_verb_senses.get(self.verb_lemma(verb))
        return got is not None and got[1] in self.lex.words["event_gain_files"]

    def required(self, verb: Token) -> bool:
        """Rule 173 (EVENTS.md sets 75, 79): an infinitive that tells what something is needed for, or the condition a
        fronted for-to clause sets: a requirement ("200 votes are required to secure the chair", "a quorum is
        needed to pass a motion", "it is necessary to reach a deal", "the delegates needed to win": the infinitive
        complement or adjunct of a passive verb, a participle or an adjective of need, words.tsv
        ``event_need_words``; "For a rider to take the title, 48 points are needed", "Yet for the bill to pass,
        …": a for-to clause before the clause it conditions). It tells what it takes to bring something about,
        not what was done: the infinitive is no event, and its object is the aim (:meth:`purposed_object`). Not
        an obligation, whose subject is the infinitive's doer ("members are required to declare gifts", "she was
        required to resign": a person or an organisation with no number before it, or a pronoun that is no
        expletive; rule 147 marks it planned), nor a for-to clause that is a subject ("For the council to reject
        it was a surprise": what happened)."""
        w = self.lex.words
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in w["infinitive_markers"]), None)
        if verb.pos_ not in {"VERB", "AUX"} or to is None:
            return False
        # the for-to clause: "for" marking the infinitive, or the parse's preposition whose object the
        # infinitive describes ("For a rider to take X": pobj "rider", relcl "take"); fronted, it conditions
        # the clause after it whatever that says
        # (an adjunct before its head, or the parse's root: not a subject, "For X to … was a surprise")
        if verb.dep_ in {"advcl", "ROOT"} and verb.i <= verb.head.i and any(
                c.dep_ == "mark" and c.lower_ in w["for_to_marks"] for c in verb.children):
            return True
        if verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "pobj" and to.i == verb.head.i + 1:
            prep = verb.head.head  # the infinitive's subject right before its "to" ("For a decade each council
            # tried to …" is a time phrase, no for-to clause)
            if prep.lower_ in w["for_to_marks"] and prep.dep_ in {"prep", "ROOT"} and prep.i <= prep.head.i:
                return True
        need = verb.head
        if verb.dep_ not in {"xcomp", "advcl"} or need == verb:
            return False
        if need.lemma_.lower() in w["be_verbs"]:  # "it is necessary to …": the parse hangs the infinitive on "is"
            need = next((c for c in need.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), need)
        if need.lemma_.lower() not in w["event_need_words"]:
            return False
        if need.pos_ == "ADJ":
            clause = need.head if need.dep_ == "acomp" else need
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        elif any(c.dep_ == "auxpass" for c in need.children):
            subj = next((c for c in need.children if c.dep_ == "nsubjpass"), None)
        elif need.dep_ == "acl" and need.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "nsubj" for c in need.children):
            subj = need.head  # "the 300 delegates needed to win": a reduced relative (the tagger may read a past
            # tense), the noun its subject
        else:
            return False
        if subj is None:
            return True
        if subj.pos_ == "PRON":
            return subj.lower_ in w["expletive_pronouns"]  # "it is necessary to …"; "they are required to …" is owed
        return not (self.argument_kinds(subj) & DOERS and not any(c.dep_ == "nummod" for c in subj.children))

    def has_attendee(self, tok: Token) -> bool:
        preps = self.lex.words["event_attendee_prepositions"]
        return any(c.dep_ == "prep" and c.lower_ in preps and
                   any(g.dep_ == "pobj" and self.kind_of(g) in {"PERSON", "ORG", "PLACE"} for g in c.children)
                   for c in tok.children)

    def speaker(self, tok: Token) -> Token | None:
        """The subject of a verb of saying, or of the verb it is coordinated with ("met X and said …")."""
        for v in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        return None

    def mandative(self, clause: Token) -> bool:
        """Rule 114: a mandative clause (Quirk et al. 1985, 16.32) — a bare subjunctive ("suggested people stay
        home", "urged that the ban be lifted"; a plural subject's subjunctive has the present's form) or one with a
        modal of obligation (words.tsv mandative_modals: "should") — says what is to be done; a tensed verb ("suggested
        that it was", "urged he will") says what is."""
        w = self.lex.words
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            return False
        aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.dep_ == "aux" and c.lower_ in w["mandative_modals"] for c in aux):
            # a modal with a perfect judges what was ("must have been tired", "should have acted"): no instruction
            return not any(c.dep_ == "aux" and c.tag_ == "VB" and c.lemma_.lower() in w["perfect_auxiliaries"]
                           for c in aux)
        if any(c.dep_ == "aux" for c in aux):
            return False
        if clause.tag_ == "VB" or clause.tag_ == "VBP" and clause.lemma_.lower() not in w["be_verbs"]:
            return True
        return any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in aux)

    def committed(self, clause: Token, speaker: Token) -> bool:
        """Rule 115: the speaker's own act to come — the clause's subject is the speaker (the same words, or a
        personal pronoun: words.tsv male/female/plural_or_org_pronouns, whatever the speaker's kind, for a singular
        "they" or a body speaking for its head; matching the kind lost a true CHECK event, EVENTS.md set 53) and the
        clause is planned as factuality reads it ("announced he will not seek …", "announced it is to close",
        "announced it plans to leave")."""
        w = self.lex.words
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not self.same_party(subj, speaker):
            return False  # "the company announced the other company will …": another's act
        # an infinitive after an object is the object's act to come ("had asked the police to investigate"): not
        # the speaker's (set 66)
        own = [] if any(c.dep_ == "dobj" for c in clause.children) else [c for c in clause.children if c.dep_ == "xcomp"]
        return clause.lemma_.lower() in w["event_plan_words"] or any(
            factuality(self.doc[v.i:v.i + 1], w) == PLANNED for v in [clause] + own)

    def same_party(self, subj: Token, speaker: Token) -> bool:
        """Whether a clause's subject is the speaker: the same words, or a personal pronoun (words.tsv
        male/female/plural_or_org_pronouns) when the speaker is named (rule 115)."""
        w = self.lex.words

        def words(t: Token) -> list[str]:
            return [x.lower_ for x in t.subtree if x.dep_ != "det"]
        if speaker.pos_ == "PRON" or subj.pos_ != "PRON":
            return words(subj) == words(speaker)
        return subj.lower_ in w["male_pronouns"] | w["female_pronouns"] | w["plural_or_org_pronouns"]

    def own_deed(self, clause: Token, speaker: Token) -> bool:
        """Rule 141: what an acknowledgement (CAMEO 015, "acknowledge or claim responsibility") owns is a deed of
        the speaker's side: the clause's subject is the speaker (:meth:`same_party`) or is held by the speaker (a
        possessor that is: "acknowledged its pilots had damaged the pier", "their navy had …"); an
        acknowledgement of a state of things ("acknowledged that some worries remain", "that the fares are high")
        concedes a point, a statement only."""
        # the doer only (a passive subject is the one acted on: "had been misled"), of a deed, no state ("acknowledged
        # it was a tragedy", "he was wrong": a copula, set 66)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or clause.lemma_.lower() in self.lex.words["be_verbs"] or any(
                c.dep_ in {"acomp", "attr"} for c in clause.children):
            return False
        return self.same_party(subj, speaker) or any(
            c.dep_ == "poss" and self.same_party(c, speaker) for c in subj.children)

    def performative(self, tok: Token, typ: str | None) -> bool:
        """Rule 123: a speech act done in the saying (Austin 1962; Searle 1969; Quirk et al. 1985, 4.7, the
        instantaneous present of a performative verb): a verb of a type of saying (words.tsv
        event_speech_types, without the naming type: "we strongly urge …", "I reject …", "we condemn …") in
        the simple present — no auxiliary or modal ("we will demand …": planned), no negation, no
        subordinator — whose subject is in the first person (the parse's Person=1: "I", "we"; or a noun whose
        possessor is: "our government demands …"), told in the main clause of the quoted words or as the
        clause of the verb that cues them ('"We urge …," she said'), and told as done. Inside a quotation
        such a verb is the speaker's act, not a report of another event."""
        w = self.lex.words
        if typ is None or typ not in w["event_speech_types"] or typ in w["event_naming_types"]:
            return False
        if typ in w["event_performative_types"] and patient_of(tok) is None:
            return False  # "I swear to you, …": a declaration makes what its object names; with none, it stresses
        if tok.pos_ != "VERB" or tok.tag_ not in {"VBP", "VBZ"} or tok.dep_ not in {"ROOT", "ccomp", "conj"}:
            return False
        if self.lex.speech_verbs.get(tok.lemma_.lower(), "speech") not in {"speech", "writing"}:
            return False  # "I suspect …", "we believe …": a verb of thinking tells a state, no act of saying
        if tok.dep_ == "ccomp" and (self.lex.speech_verbs.get(tok.head.lemma_.lower()) not in {"speech", "writing"}
                                    or self.quoted(tok.head.idx)):
            return False  # "I think we reject …", "we ask those we call …": no clause of the verb that cues the words
        if tok.dep_ == "conj" and not self.performative_head(tok.head):
            return False
        if any(c.dep_ in {"aux", "auxpass", "neg", "mark"} or c.dep_ == "advmod" and c.lower_ in w["frequency_adverbs"]
               for c in tok.children):
            return False  # "we will demand …", "we always ask …": planned, or what is done as a rule
        subj = subject_of(tok)
        if subj is None or not (first_person(subj) or subj.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "poss" and first_person(c) for c in subj.children)):
            return False
        return factuality(self.doc[tok.i:tok.i + 1], w) == ASSERTED and mood(tok) != REQUEST

    def asked(self, senses: tuple[EventSense, ...]) -> str | None:
        """The type of a verb's CAMEO default row (no object pattern) when it codes an appeal or a demand
        (words.tsv event_asking_types: "urge", "call on" 020), else None: a performative's type, as rule 114's."""
        asking = [s.type for s in senses if s.source == "cameo" and not s.objects
                  and s.type in self.lex.words["event_asking_types"]]
        return min(asking, key=lambda t: self.rules[t].rank) if asking else None

    def performative_head(self, tok: Token) -> bool:
        """Whether a conjunct's head is itself a verb of the simple present told in the first person ("we
        condemn the raid and demand …")."""
        subj = subject_of(tok)
        return tok.pos_ == "VERB" and tok.tag_ in {"VBP", "VBZ"} and subj is not None and first_person(subj)

    def reported_act(self, tok: Token, senses: tuple[EventSense, ...]) -> str | None:
        """Rules 114 and 115: the type a verb of saying with a clause names when what it tells is itself an act
        of the speaker's, not only what was said (the gold guideline: an announcement, a demand, a proposal): a
        verb whose CAMEO block codes an appeal or a demand (its default row's type among words.tsv
        event_asking_types: "suggest", "urge", "propose" 020, "demand" 100) with a mandative clause (rule 114), or a
        verb whose object can be the thing said (speech_verbs.tsv's object column: "announce", "confirm",
        "reveal") with a clause of the speaker's own planned act (rule 115, typed as the naming type), or such a verb
        whose default sense is a stance (rule 140, :meth:`stance`: "denied that …"; an acknowledgement only of the
        speaker's own deed, rule 141, :meth:`own_deed`). The speaker is a person, a body or a place; the verb is
        told as done (not asked, hypothetical or planned) and its clause is no question ("asked whether …")."""
        w = self.lex.words
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        low = tok.lemma_.lower()
        speaker = self.speaker(tok)
        if clause is None or self.lex.speech_verbs.get(low) not in {"speech", "writing"} or speaker is None \
                or self.kind_of(speaker) not in NAMED:
            return None
        if factuality(self.doc[tok.i:tok.i + 1], w) != ASSERTED \
                or any(c.dep_ == "mark" and c.lower_ in w["event_question_marks"] for c in clause.children) \
                or clause.left_edge.tag_ in WH_TAGS or any(c.tag_ in WH_TAGS for c in clause.children):
            return None  # "which books would you suggest …?", "asked whether / what / why …": no act told as done
        asking = self.asked(senses)
        if asking is not None and self.mandative(clause):
            return asking
        if low in self.lex.object_verbs and self.committed(clause, speaker):
            return min(w["event_naming_types"], key=lambda t: self.rules[t].rank)
        stance = self.stance(senses) if low in self.lex.object_verbs else None
        if stance is not None and stance in w["event_naming_types"] and not self.own_deed(clause, speaker):
            return None  # rule 141: "acknowledged that some worries remain" concedes a point, owns no deed
        return stance

    def stance(self, senses: tuple[EventSense, ...]) -> str | None:
        """Rule 140: the type a verb of saying names by its own act when it tells a clause: its default sense (no
        object pattern: a CAMEO verb block's own code, or the WordNet sense a block's row carries) coded as a
        stance on another's deed or claim (words.tsv event_stance_codes: CAMEO 015 "acknowledge", 016 "deny",
        111 "criticize", "condemn", 112 "accuse", "blame", 114 "complain"): "denied that the firm had paid …",
        "acknowledged their forces had fired …" — the gold guideline's denial or admission, typed as the code's
        row (Reject, Accuse; 015 is the scheme's Statement). :meth:`reported_act` asks it only of a verb whose
        object can be the thing said (speech_verbs.tsv's object column: a stance is taken on a claim or a deed,
        "denied the rumour", "condemned the ambush"; not "insist", whose CAMEO block's 016 would make every
        emphatic "insisted that …" a denial, EVENTS.md set 62), with its speaker, told-as-done and no-question
        tests."""
        codes = self.lex.words["event_stance_codes"]
        found = [s.type for s in senses if not s.objects and s.cameo in codes and s.type in self.rules]
        return min(found, key=lambda t: self.rules[t].rank) if found else None

    def institution_act(self, tok: Token) -> bool:
        """Rule 120: a verb whose typed senses were all refused names an event of no type when an organisation
        named as its subject acts by it — its first WordNet sense is in words.tsv event_institution_act_files (a
        verb of communication: "the council approved the plan", "the court ordered a retrial", "the board
        designated a successor"; its doer is the subject, the passive's agent or a coordinated verb's subject, a
        proper noun, not a pronoun), it is no verb of saying (whose clause or object is the record: "the agency
        said", "the paper reported"), and it is told as done (:meth:`told_done`: a past, a perfect, a past passive,
        asserted). Found as the most
        precise conjunction of general features among the refused candidates (tools/refused_census.py,
        EVENTS.md set 55)."""
        lemma = self.verb_lemma(tok)
        if tok.pos_ != "VERB" or lemma in self.lex.speech_verbs:
            return False
        got = self.lex.event_verb_senses.get(lemma)
        if got is None or got[1] not in self.lex.words["event_institution_act_files"]:
            return False
        doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if doer is None:  # "the plan was approved by the council": the passive's doer
            doer = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if doer is None and tok.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in tok.children):
            doer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "met and approved"
        if doer is None or doer.pos_ == "PRON":
            return False  # not a pronoun ("it was approved")
        if not (doer.pos_ == "PROPN" and self.kind_of(doer) == "ORG" or self.governing_body(doer)):
            return False  # an organisation named as the doer, or a governing body (rule 171); no other common noun
        if self.other_lemma(tok, lemma) or self.duration(tok) or self.complemented(tok):
            return False  # as the fallback: "has approved such plans for a decade" is a practice, no act
        return self.told_done(tok)

    def governing_body(self, tok: Token) -> bool:
        """Rule 171: a common noun of ``governing_bodies.tsv`` (WordNet's bodies that govern, judge, police or defend
        a place: government, court, parliament, police …) made particular by a determiner, a possessor, a modifier
        or a prepositional phrase ("the government", "the appeals court", "the Norwegian government", "the
        parliament of X") is a body that acts by word even unnamed, as rule 120's named organisation: "the
        government issued an order", "the court ordered a retrial"."""
        bodies = self.lex.governing_bodies
        deps = GOVERNING_BODY_DEPS if tok.tag_ == "NN" else GOVERNING_BODY_DEPS - GOVERNING_BODY_MODIFIERS
        return tok.pos_ == "NOUN" and tok.tag_ in {"NN", "NNS"} \
            and (tok.lemma_.lower() in bodies or tok.lower_ in bodies) \
            and any(c.dep_ in deps for c in tok.children)

    def described_event(self, tok: Token) -> Token | None:
        """The noun a passive participle describes when the lexicon gives it an event sense ("a lawsuit filed
        by the firm"; not "a tool given by the court"), else None (rule 151)."""
        head = described(tok)
        return head if head is not None and self.senses.get((head.lemma_.lower(), "NOUN")) else None

    def pattern_nouns(self, tok: Token, typ: str) -> set[int]:
        """The nouns among the words a verb's object pattern for ``typ`` matched (rule 151): the tokens whose
        word or lemma a stem of a matching alternative names (CAMEO's "+ * SENTENCE" of RECEIVE: "sentence")."""
        _pos, senses, _phrasal = self.lookup(tok)
        head = self.described_event(tok)
        words = pattern_words(tok, patient_of(tok), head)
        own = {g.i for c in tok.children if c.dep_ in {"prep", "agent"} for g in c.children
               if g.dep_ == "pobj" and not any(d.dep_ in {"det", "poss"} for d in g.children)}
        if head is not None:
            own.add(head.i)
        out: set[int] = set()
        for s in senses:
            if s.type != typ:
                continue
            for alt in s.objects:
                if not _matches(alt, words):
                    continue
                for stem in alt:
                    if len(stem) >= 3 and stem not in STOP_WORDS:
                        out |= {w.i for w in words if w.i in own and (
                            w.lower_.startswith(stem) or w.lemma_.lower().startswith(stem))}
        return out

    def find(self, skip) -> list[Trigger]:
        """Every trigger of the document, in order; ``skip(span)`` vetoes a candidate (``skip(span, False)``: but
        for its being inside a quotation)."""
        out: list[Trigger] = []
        taken: set[int] = set()
        for span in self.doc.spans.get("kg_event_phrases", []):
            if not one_phrase(span):
                continue  # rule 95: "is going to widen" holds no "going to" (a CAMEO phrasal verb's gerund)
            if not skip(span):
                out.append(Trigger(span, span.label_, False))
            taken |= set(range(span.start, span.end))
        for ent in self.doc.ents:
            named = self.named_event(ent)  # rule 184: "the 2020 Presidential Election", "Hurricane X"
            if named is not None and named.span.start not in taken and not skip(named.span):
                out.append(named)
                taken.add(named.span.start)
        speech = self.lex.speech_verbs
        for tok in self.doc:
            if noun_modifier(tok):
                continue  # a modifier ("press conference", "the opposition leader"): the head noun names the thing
            if tok.i in taken or tok.is_stop and tok.pos_ != "VERB" or tok.ent_type_:
                continue  # a word of a name, a date or a number ("March") names no event
            if is_medium(tok, speech):
                continue  # "said in a statement": the medium of a quotation, which is the record
            if tok.pos_ == "VERB" and tok.dep_ in {"amod", "acomp"}:
                continue  # a participle as an adjective: "the alleged lack"
            if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"} and not any(
                    c.dep_ == "agent" or c.ent_type_ in {"DATE", "TIME"} for c in tok.subtree if c != tok):
                continue  # a participle that describes a noun ("a clerk suspected of theft", "a letter
                # addressing the dispute"), unless it tells its own act: a doer or a time ("a clerk
                # arrested on Monday", "a guard injured by the crowd")
            if self.purpose(tok):
                continue  # "a strike to protest the taxes", "a task force to fight fraud": what it is for
            if self.required(tok):
                continue  # "200 votes are required to win it": what it takes, no act told (rule 173)
            if tok.pos_ == "VERB" and mood(tok) == REQUEST:
                continue  # "Tell us about the tour.", "Could you describe the plan?": asked of the addressee, no
                # event the report tells (rule 101)
            pos, senses, phrasal = self.lookup(tok)
            # "Explaining the delay, the mayor said …": the saying told again, when read as no more than saying
            # (rule 133; "Declaring a state of emergency, …", "Sentencing the men, …" are acts of their own)
            adjunct = tok.pos_ == "VERB" and self.saying_adjunct(tok)
            if not senses:
                if adjunct:
                    continue
                occ = self.occurrence(tok, phrasal) or self.dated_deed(tok, out)  # rule 205
                if (occ or self.held(tok)) and not skip(self.doc[tok.i:tok.i + 1]):
                    out.append(Trigger(self.doc[tok.i:tok.i + 1], OCCURRENCE, False, occ == NEEDS_PARTICIPANT))
                continue
            if pos == "VERB" and tok.lemma_.lower() in speech and any(c.dep_ == "ccomp" for c in tok.children):
                act = self.reported_act(tok, senses)
                one = self.doc[tok.i:tok.i + 1]
                if act is not None and (not skip(one) or self.performative(tok, act) and not skip(one, False)):
                    out.append(Trigger(one, act, False))
                    continue
                if not skip(one) or skip(one, False) or patient_of(tok) is None:
                    continue  # "said that …": a quotation, unless what it tells is an act (rules 114, 115, 140)
                # inside a quotation a verb of saying with a direct object as well is read on ("I reject the
                # plan", the parse hanging the next clause on it): a speech act done in the saying (rule 123,
                # below); with a clause alone ("I swear I was …", "we agree that …") it says what it asserts
            chosen = self.choose(tok, pos, senses, phrasal)
            if adjunct and (chosen is None or chosen[0] in self.lex.words["event_naming_types"]):
                continue
            if chosen is None:
                occ = self.occurrence(tok, phrasal, True) if pos == "VERB" else False
                occ = occ or self.institution_act(tok)  # rule 120: "the council approved the plan"
                if not occ and self.dated_deed(tok, out):
                    # rule 205: "the limit introduced by the chain on 3 May", read with its noun as what is done to;
                    # a type only when a word pattern of the verb's names that noun (no CAMEO default sense)
                    chosen = self._choose(tok, pos, senses, phrasal, tok.head)
                    chosen = chosen if chosen is not None and chosen[1] else None
                    occ = chosen is None
                if chosen is not None and not skip(self.doc[tok.i:tok.i + 1]):
                    out.append(Trigger(self.doc[tok.i:tok.i + 1], chosen[0], chosen[1]))
                elif occ and not skip(self.doc[tok.i:tok.i + 1]):
                    out.append(Trigger(self.doc[tok.i:tok.i + 1], OCCURRENCE, False, occ == NEEDS_PARTICIPANT))
                continue
            start = tok.i
            while pos == "NOUN" and start > 0 and self.doc[start - 1].dep_ == "compound" \
                    and self.doc[start - 1].head.i == tok.i and not self.doc[start - 1].ent_type_:
                start -= 1  # "press conference", "police investigation"
            span = self.doc[start:tok.i + 1]
            before = self.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if pos == "NOUN" and {f"{before} {tok.lower_}", f"{before} {tok.lemma_.lower()}"} & self.lex.event_compounds:
                continue  # "house arrest" is a confinement, no arrest (WordNet)
            if pos == "NOUN" and self.threatened(tok):
                continue  # "threatened with imprisonment": the threat's content, no event of its own
            if pos == "NOUN" and self.rules[chosen[0]].patient == {"THING"} and self.counted(tok):
                continue  # "won by two million votes", "500,000 ballots": things counted, no one event
            if pos == "VERB" and self.nothing_done(tok):
                continue  # "had not announced any changes", "no cause was announced": nothing was
            if pos == "NOUN" and self.idiom(tok, chosen[0]):
                continue  # "followed suit": a part of WordNet's idiom, no lawsuit
            if pos == "NOUN" and self.sought(tok):
                continue  # "rivals for the nomination": what they compete for, no event of its own
            if pos == "NOUN" and self.purposed_object(tok, chosen[0]):
                continue  # "votes are needed to force a referendum": what a purpose would bring about
            if skip(span):
                if pos != "VERB" or skip(span, False):
                    continue
                typ = (not chosen[1] and self.asked(senses)) or chosen[0]
                if not self.performative(tok, typ):
                    continue  # inside a quotation only a speech act done in the saying (rule 123)
                chosen = (typ, chosen[1])
            out.append(Trigger(span, chosen[0], chosen[1]))
        # "launched an attack", "held talks": a verb of the generic fallback whose object or
        # prepositional object is an event noun is that event's light verb, no event of its own
        nouns = {t.span.root.i for t in out if t.span.root.pos_ in {"NOUN", "PROPN"}}

        def light(t: Trigger) -> bool:
            root = t.span.root
            if t.type != OCCURRENCE:
                return False
            if any(c.i in nouns for c in root.children):
                return True
            return any(c.dep_ in {"prep", "agent"} and any(g.i in nouns for g in c.children) for c in root.children) \
                and not self.act_changed(root, self.verb_lemma(root))  # rule 181: its act is on its object
        out = [t for t in out if not light(t)]  # ("tightened the rules during the protest"), read once per verb
        # an attempt that is the clause's purpose ("in a bid to", rule 200), an act told as what would have been
        # (rule 201): no happening. Read after the light verbs, so that a verb governing such a noun stays its light
        # verb, no event either
        out = [t for t in out if not (t.span.root.pos_ == "NOUN" and self.attempt_adjunct(t.span.root)
                                      or self.counterfactual(t.span.root))]
        # the object an object pattern picked the sense by is part of that event, not one of its
        # own: "denied [the accusation]", "dismissed [the claim]"
        by_pattern = {t.span.root.i for t in out if t.pattern and t.span.root.pos_ == "VERB"}
        out = [t for t in out if not (t.span.root.dep_ in {"dobj", "nsubjpass"} and t.span.root.head.i in by_pattern)]
        # rule 151: so is an event noun the pattern names as the object of the verb's own preposition when it is
        # bare, a noun of the verb's phrase ("resigned in protest", "set himself on fire"; an event introduced with
        # a determiner is one of its own the verb is about: "claimed credit for an attack", "could receive up to
        # a life sentence"; the review of set 73), and the event noun a passive participle describes, read as a
        # passive's subject ("a lawsuit filed by the firm": FILE + LAWSUIT; "a statement released by X": CAMEO's
        # own STATEMENT * pattern of RELEASE): the pattern codes the verb and its noun as one event
        named = set()
        for t in out:
            if t.pattern and t.span.root.pos_ == "VERB":
                named |= self.pattern_nouns(t.span.root, t.type)
        out = [t for t in out if not (t.span.root.pos_ in {"NOUN", "PROPN"} and t.span.root.i in named)]
        # "tried to flee", "sought to impeach her": an attempt whose aim names an event is that event, told
        # by its aim (its type and arguments), no event of its own
        infinitive = self.lex.words["infinitive_markers"]
        aims = {t.span.root.head.i for t in out if t.span.root.dep_ == "xcomp" and t.span.root.pos_ == "VERB"
                and t.span.root.head.lemma_.lower() in self.lex.words["event_attempt_verbs"]
                and any(c.dep_ == "aux" and c.lower_ in infinitive for c in t.span.root.children)}
        aims |= {t.span.root.head.i for t in out if self.aim_head(t.span.root) is not None}  # rule 190: "began to"
        out = [t for t in out if t.span.root.i not in aims]
        # "declared victory", "won the election": a contest's outcome told of another event is part of it
        at = {t.span.root.i: t for t in out}

        def outcome(t: Trigger) -> bool:
            if not (t.type in self.rules and self.rules[t.type].outcome):
                return False
            r = t.span.root
            if r.dep_ in {"dobj", "nsubjpass"} and r.head.i in at and at[r.head.i].type != t.type:
                return True
            return r.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and c.i in at and at[c.i].type != t.type
                                            for c in r.children)
        out = [t for t in out if not outcome(t)]
        # "declared a flu pandemic", "a state of emergency was declared", "declared the outbreak to be a pandemic":
        # a declaration makes the status its object names (words.tsv event_performative_types); a happening's noun
        # there is what is declared, no event of its own ("police reported a fire" keeps the fire: a report
        # makes nothing)
        at = {t.span.root.i: t for t in out}
        performative = self.lex.words["event_performative_types"]

        def declared(t: Trigger) -> bool:
            r = t.span.root
            if r.pos_ not in {"NOUN", "PROPN"} or not (t.type in self.rules and self.rules[t.type].happening):
                return False
            verb = r.head
            if r.dep_ in {"attr", "oprd", "acomp"} and verb.dep_ in {"xcomp", "ccomp", "oprd"}:
                verb = verb.head  # "declared the outbreak to be a pandemic"
            elif r.dep_ not in {"dobj", "oprd", "attr", "nsubjpass"}:
                return False
            return verb.i in at and at[verb.i].type in performative and at[verb.i].type != t.type
        out = [t for t in out if not declared(t)]
        # "the quake struck the coast", "the fire damaged homes": a verb of an act someone does (a type
        # whose possessor is its doer: not a death or an injury, nor another happening) whose subject is a
        # happening's noun (event_type_rules.tsv's happening column), or of a relative clause on it ("an
        # outbreak that had infected 400"), tells what the happening did, no act of its own
        at = {t.span.root.i: t for t in out}
        relative = self.lex.words["relative_pronouns"]

        def did(verb: Token) -> bool:
            for c in verb.children:
                if c.dep_ != "nsubj":
                    continue
                subj = verb.head if c.lower_ in relative and verb.dep_ == "relcl" else c
                if subj.i in at and at[subj.i].type in self.rules and self.rules[at[subj.i].type].happening:
                    return True
            return False
        # a happening's verb too ("a wildfire burned 400 homes", "a storm flooded the town"): what the
        # happening did is that one happening; a structure's collapse it causes is an event of its own
        # (KAIROS ArtifactExistence.Damage: "the quake collapsed the old arch")
        out = [t for t in out if not (t.span.root.pos_ == "VERB" and (self.done_by_someone(t.type) or t.type in self.rules
                                                                      and self.rules[t.type].happening
                                                                      and self.rules[t.type].takes != "structure")
                                      and did(t.span.root))]
        return sorted(out, key=lambda t: t.span.start)
