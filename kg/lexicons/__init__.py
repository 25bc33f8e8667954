"""The vocabulary the extraction rules use, read from tab-separated tables.

Layout: ``kg/lexicons/<language>/*.tsv`` hold the words of one language (``en``: titles, verbs,
demonyms, abbreviations, the named word sets of ``words.tsv``); ``kg/lexicons/*.tsv`` hold what
no language changes (``concepts.tsv``: properties of the role concepts of ``ontology/roles.ttl``;
``rules.tsv``: the confidence each rule gives what it reads).

Schema of every table: ``#`` lines are comments; the first other line is the header, the names
of the columns separated by tabs; then one entry a line, its cells separated by tabs. A row may
leave trailing cells out (they are empty); a row with more cells than the header names is an
error naming the file and the line. Nothing here is fitted to any article.

:func:`read` builds a :class:`Lexicons` object from a directory; the analysis passes it in its
article context (:class:`kg.analyse.context.ArticleContext`), and :func:`using` makes it the one
:func:`load` answers within a block, so a test or a second language can swap it.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Iterator, Mapping

ROOT = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "en"


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Table:
    """One lexicon file: its column names (from the header) and its rows as name → cell."""
    name: str
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]

    def __iter__(self):
        return iter(self.rows)


def read_table(path: Path) -> Table:
    columns: tuple[str, ...] | None = None
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is None:
            columns = tuple(cells)
            if not all(columns) or len(set(columns)) != len(columns):
                raise LexiconError(f"{path}:{n}: the header must name each column once: {line!r}")
            continue
        if len(cells) > len(columns):
            raise LexiconError(f"{path}:{n}: {len(cells)} cells, but the header names {len(columns)} "
                               f"columns ({', '.join(columns)})")
        cells += [""] * (len(columns) - len(cells))
        rows.append(MappingProxyType(dict(zip(columns, cells))))
    if columns is None:
        raise LexiconError(f"{path}: no header line (the column names)")
    return Table(path.stem, columns, tuple(rows))


def _plurals(titles: list[str]) -> dict[str, str]:
    """English plurals of the titles ("mayors", "spokesmen", "secretaries"), never an abbreviation
    and never a form that is itself a title."""
    out = {}
    for t in titles:
        if "." in t or t.endswith("s") or " of " in t:
            continue
        head, _, last = t.rpartition(" ")
        if last.endswith("man"):
            plural = last[:-3] + "men"
        elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
            plural = last[:-1] + "ies"
        elif last.endswith(("sh", "ch", "x")):
            plural = last + "es"
        else:
            plural = last + "s"
        form = f"{head} {plural}" if head else plural
        if form not in titles:
            out[form] = t
    return out


@dataclass(frozen=True)
class QuoteMarks:
    """The quote-mark characters of a language (``quote_marks.tsv``), each defined once; the
    sets the rules read are derived here."""
    double_straight: str  # '"': opens and closes a quotation
    double_open: frozenset[str]  # "“", "«", "„"
    double_close: frozenset[str]  # "”", "»"
    single_straight: str  # "'": opens and closes a quote inside a quotation (and writes an apostrophe)
    single_open: frozenset[str]  # "‘"
    single_close: frozenset[str]  # "’" (also the curly apostrophe)
    token_forms: frozenset[str]  # "``", "''": a tokenizer's double marks

    @cached_property
    def characters(self) -> frozenset[str]:
        """Every quote-mark character."""
        return frozenset({self.double_straight, self.single_straight}) | self.double_open | self.double_close \
            | self.single_open | self.single_close

    @cached_property
    def openers(self) -> frozenset[str]:
        """The marks that can open a quote, of either level (the straight ones included)."""
        return frozenset({self.double_straight, self.single_straight}) | self.double_open | self.single_open

    @cached_property
    def double_openers(self) -> frozenset[str]:
        return frozenset({self.double_straight}) | self.double_open

    @cached_property
    def double_tokens(self) -> frozenset[str]:
        """The tokens that are a double quote mark: the characters and the tokenizer's forms."""
        return frozenset({self.double_straight}) | self.double_open | self.double_close | self.token_forms

    @classmethod
    def from_table(cls, table: Table) -> "QuoteMarks":
        def chars(level: str, side: str) -> list[str]:
            return [r["mark"] for r in table if r["level"] == level and r["side"] == side]

        straight = {lv: chars(lv, "both") for lv in ("double", "single")}
        for lv, found in straight.items():
            if len(found) != 1:
                raise LexiconError(f"{table.name}: one straight {lv} mark expected (side 'both'), found {found}")
        return cls(double_straight=straight["double"][0], double_open=frozenset(chars("double", "open")),
                   double_close=frozenset(chars("double", "close")), single_straight=straight["single"][0],
                   single_open=frozenset(chars("single", "open")), single_close=frozenset(chars("single", "close")),
                   token_forms=frozenset(chars("double", "token")))


@dataclass(frozen=True)
class Lexicons:
    lang: str
    titles: dict[str, tuple[str, str]]  # title -> (concept, gender)
    title_labels: dict[str, str]  # abbreviation -> the title written out ("sen." -> "Senator")
    title_plurals: dict[str, str]  # "prime ministers" -> "prime minister" (derived from the titles)
    honorifics: dict[str, str]  # honorific without dot -> gender
    status: dict[str, str]  # "former" -> "former"
    speech_verbs: dict[str, str]  # lemma -> class
    object_verbs: frozenset[str]  # cue verbs whose direct object is what was said ("called him a liar")
    intention_verbs: frozenset[str]  # "plan", "refuse": cues whose content is an infinitive ("X plans to …")
    evidence_verbs: frozenset[str]  # "show", "find": cues whose content is a that-clause ("a survey shows that …")
    demonyms: dict[str, str]  # adjective -> country
    parties: dict[str, str]  # adjective -> party name
    party_letters: dict[str, str]  # "R" -> "Republican Party" (in "X (R-Texas)")
    place_abbrev: dict[str, str]  # "Calif." -> "California"
    institutions: dict[str, str]  # "White House" -> "ORG"
    seats: frozenset[str]  # "White House", "Kremlin": an institution named by its building or street, that place too
    event_words: dict[tuple[str, str], str]  # (lemma, "NOUN"/"VERB") -> kind
    event_phrases: dict[str, str]  # "press conference" -> kind
    event_labels: dict[str, str]  # kind -> label ("press_conference" -> "press conference")
    place_words: frozenset[str]  # "city", "county": generic, never a name alone
    occupations: dict[str, str]  # "analyst" -> role concept: affiliations that are not offices
    affiliation_verbs: frozenset[str]  # "work" ("X works for Y"): verbs that state an affiliation
    voice_nouns: frozenset[str]  # "spokesman", "campaign": those who speak for someone ("X's campaign said")
    group_nouns: frozenset[str]  # "official", "leader": members who speak for their body ("Pentagon officials said")
    person_nouns: frozenset[str]  # "front-runner": a noun that refers back to a person just named
    title_modifiers: frozenset[str]  # "new", "longtime": words that qualify a title and name nothing
    org_heads: frozenset[str]  # "academy", "gazette": a name ending in one is an organisation's
    org_cues_before: frozenset[str]  # "carmaker", "daily": a class noun right before an organisation's name
    org_cues_after: frozenset[str]  # "shares", "inc": a corporate word right after an organisation's name
    org_cues_impersonal: frozenset[str]  # "magazine", "daily": a class noun before a name that never names a person
    source_nouns: frozenset[str]  # "poll", "report", "historian": sources of findings that are no entity
    finding_nouns: frozenset[str]  # "poll", "survey": "in" one of them states a finding
    speaker_nouns: dict[str, str]  # "aide" -> "person", "police" -> "group": sources no name gives
    quote_marks: QuoteMarks  # the quote-mark characters (quote_marks.tsv)
    # "head" -> ("lead", "director", "Head"); "appoint" -> ("appoint", "", ""): verbs stating an office
    role_verbs: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    # "committee", "assembly", "wing": nouns naming a part of a body (tools/build_org_part_lexicon.py)
    org_parts: frozenset[str] = frozenset()
    # "government", "parliament", "police": bodies that act for a place (tools/build_governing_body_lexicon.py)
    governing_bodies: frozenset[str] = frozenset()
    # "Samoan" -> ("Samoa", "Independent State of Samoa", …): WordNet's country adjectives, filling the
    # gaps of demonyms.tsv for the governing-body rule (tools/build_country_adjective_lexicon.py)
    country_adjectives: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the named word sets of words.tsv ("male_pronouns" -> {"he", "him", …}); an unknown name is a KeyError
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # role concepts by property (concepts.tsv: "state" -> {"head_of_state", "minister", …})
    concepts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the confidence of each rule and adjustment (rules.tsv: "prenominal" -> 0.9)
    confidence: Mapping[str, float] = field(default_factory=dict)
    # another name of one entity (aliases.tsv: "Lib Dems" -> ("Liberal Democrats", "ORG"))
    aliases: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # event_types.tsv: (lemma, "VERB"/"NOUN"/"PHRASE") -> the senses it can name an event in
    event_senses: Mapping[tuple[str, str], tuple["EventSense", ...]] = field(default_factory=dict)
    # event_compounds.tsv: WordNet compounds of an event noun that are no kind of it ("house arrest")
    event_compounds: frozenset[str] = frozenset()
    # event_verb_senses.tsv: verb lemma -> (WordNet senses, lexicographer file of its first sense, SemCor
    # count of that sense): what a verb the typed lexicon lacks usually names (tools/verb_supersenses.py)
    event_verb_senses: Mapping[str, tuple[int, str, int]] = field(default_factory=dict)
    # event_stative_verbs.tsv: verbs all of whose VerbNet classes describe a state ("own", "possess"): no
    # event of the generic fallback (tools/verbnet_states.py)
    event_stative_verbs: frozenset[str] = frozenset()
    # event_verb_uses.tsv: verb lemma -> (SemCor uses in all its senses, uses in the senses of the occurrence files)
    # for the verbs whose first sense is in one (tools/verb_occurrence_uses.py)
    event_verb_uses: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    # event_verb_objects.tsv: verb lemma -> the lexicographer file of its first WordNet sense that takes a thing as
    # object (tools/verb_object_senses.py; the table's SemCor columns are for the reader, rule 117 reads the file)
    event_verb_objects: Mapping[str, str] = field(default_factory=dict)
    # event_idiom_nouns.tsv: WordNet verb idioms of a verb and an event noun ("follow suit") -> the event
    # types the idiom means ("*": the noun's own act): the noun names no other (tools/wordnet_idiom_nouns.py)
    event_idiom_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # event_act_nouns.tsv: nouns WordNet reads first as acts or happenings ("funeral"): an event when
    # held or taking place (tools/wordnet_act_nouns.py)
    event_act_nouns: frozenset[str] = frozenset()
    # event_measure_nouns.tsv: nouns WordNet reads first as an act or a measure, policy or regulation ("lockdown",
    # "search", "restriction"): what a verb of change acts on as an act (rule 181, tools/wordnet_measure_nouns.py)
    event_measure_nouns: frozenset[str] = frozenset()
    # happening_arguments.tsv: nouns by what WordNet reads first in them (abstract, group, vehicle, person, animal) and
    # happening nouns with a quantity sense ("a flood of"): the arguments a happening takes, and the living
    # beings no sense done to a thing but to no person is read of (tools/wordnet_happening_arguments.py)
    happening_arguments: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # topic_domains.tsv: (lemma, NOUN/VERB) -> {sense rank: the WordNet topic domains of that sense, its own
    # first} (tools/wordnet_topic_domains.py; rule 164)
    topic_domains: Mapping[tuple[str, str], Mapping[int, tuple[str, ...]]] = field(default_factory=dict)
    # event_example_objects.tsv: CAMEO verb lemma -> the kinds (happening_arguments.tsv's) of the object its first
    # WordNet sense's own example takes ("join" -> group, organization) (tools/wordnet_example_objects.py; rule 176)
    event_example_objects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # event_seed_hypernyms.tsv: the WordNet noun seeds of event_types.tsv above each seed (cyclone.n.02 ->
    # storm.n.01): which happening nouns may tell one happening (tools/wordnet_seed_hypernyms.py)
    event_seed_hypernyms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # compound_first_words.tsv: nouns WordNet begins closed compounds with ("air", "gun"): an event noun
    # after one ("airstrike") is the compound's head (tools/wordnet_compound_words.py)
    compound_first_words: frozenset[str] = frozenset()
    # communication_nouns.tsv: nouns whose first WordNet sense is noun.communication ("report", "programme"):
    # a person's name before one names its author, host or subject (tools/wordnet_communication_nouns.py)
    communication_nouns: frozenset[str] = frozenset()
    # capitalised_kinds.tsv: capitalised common nouns of WordNet, faiths, doctrines, styles, feasts ("Islam",
    # "Gothic", "Ramadan"): a one-word name of one names no entity (tools/wordnet_capitalised_kinds.py)
    capitalised_kinds: frozenset[str] = frozenset()
    # name_kinds.tsv: WordNet's fictional characters ("Fagin": "character") and class nouns of things ("ship":
    # "thing"): a one-word "person" of one is no one (tools/wordnet_name_kinds.py)
    name_kinds: Mapping[str, str] = field(default_factory=dict)
    # event_type_rules.tsv: type -> how the extractor uses it, in order of preference
    event_type_rules: Mapping[str, "EventTypeRule"] = field(default_factory=dict)
    # first_name_genders.tsv: gender-guesser's answer -> "m", "f" or "-" (a first name of either)
    first_name_genders: Mapping[str, str] = field(default_factory=dict)
    # "transylvania", "corsica": names WordNet knows only as places (tools/build_place_lexicon.py)
    wordnet_places: frozenset[str] = frozenset()
    # person_class_names.tsv: capitalised WordNet nouns naming a kind of person ("Sikh", "Hutu"), no one person
    person_class_names: frozenset[str] = frozenset()
    # "carnival", "international": common nouns and adjectives WordNet writes in lower case
    # (tools/build_common_words.py)
    common_words: frozenset[str] = frozenset()
    # office_holders.tsv: a name -> (country, concept, label, status) of the heads of state and
    # government WordNet 3.0 names (tools/wordnet_office_holders.py)
    office_holders: Mapping[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # institution_countries.tsv: "Downing Street" -> "United Kingdom": the country of a national
    # government, legislature, department or party WordNet 3.0 names (tools/wordnet_institution_countries.py)
    institution_countries: Mapping[str, str] = field(default_factory=dict)
    # title_bodies.tsv: "commissioner" -> {"commission"}: the body a title's holder sits in, WordNet 3.0
    # (tools/build_title_bodies.py)
    title_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # weekdays.tsv: the days of the week, Monday first
    weekdays: tuple[str, ...] = ()

    def concept_is(self, concept: str, prop: str) -> bool:
        return concept in self.concepts[prop]


def _topic_domains(rows) -> MappingProxyType:
    out: dict[tuple[str, str], dict[int, tuple[str, ...]]] = {}
    for r in rows:
        out.setdefault((r["lemma"], r["pos"]), {})[int(r["rank"])] = tuple(r["domains"].split(","))
    return MappingProxyType({k: MappingProxyType(v) for k, v in out.items()})


def _example_objects(rows) -> MappingProxyType:
    out: dict[str, frozenset[str]] = {}
    for r in rows:
        out[r["lemma"]] = out.get(r["lemma"], frozenset()) | frozenset(r["kinds"].split(","))
    return MappingProxyType(out)


def _kinds(rows) -> MappingProxyType:
    out: dict[str, frozenset[str]] = {}
    for r in rows:
        out[r["noun"]] = out.get(r["noun"], frozenset()) | {r["kind"]}
    return MappingProxyType(out)


@dataclass(frozen=True)
class EventSense:
    """One row of event_types.tsv: the type a lemma names, and when (the CAMEO object patterns:
    alternatives of word stems that must follow the trigger; none = the lemma's default sense)."""
    type: str
    cameo: str
    objects: tuple[tuple[str, ...], ...]
    source: str
    rank: int | None = None  # WordNet's position of this sense among the lemma's (event_sense_ranks.tsv)
    senses: int | None = None  # how many senses WordNet gives the lemma in this part of speech
    first: str = ""  # the lexicographer file of the lemma's first WordNet sense ("verb.stative")
    file: str = ""  # the lexicographer file of this row's own WordNet sense ("noun.act")
    written: bool = False  # this noun sense is a kind of written communication ("letter": a document)
    act: bool = False  # a noun sense for this type is an act or derived from its verb ("indictment")
    needs_object: bool = False  # every WordNet frame of this verb sense has an object ("try" a case; rule 87)
    message: bool = False  # this noun sense is a message WordNet derives from no verb ("manifesto"; rule 98)
    transitive: bool = False  # every frame of this verb sense has a noun object, a more frequent sense none (rule 96)
    seeds: tuple[str, ...] = ()  # the WordNet seed synsets the row comes from ("surgery.n.04", "burn.v.03+derived")


@dataclass(frozen=True)
class EventTypeRule:
    type: str
    rank: int
    patient: frozenset[str]  # PERSON, ORG, PLACE, THING, OBJECT (no abstraction); empty = any
    fires: str  # yes, noun, pattern, no
    possessor: str = "agent"  # the role of a noun trigger's possessor: agent or target ("her arrest")
    quoted: bool = False  # a verb of this type that cues a quotation names no event of its own
    refused: str = ""  # a words.tsv verb set whose verb under a refusal verb names this type
    outcome: bool = False  # a trigger of this type that is the verb or the object of another names its outcome
    happening: bool = False  # no one sets it out to do: a verb whose subject is its noun tells what it did
    takes: str = ""  # what takes part in it (KAIROS): vehicle, structure, thing, patient; empty = not read
    done: str = ""  # the type it is when someone does it (a bomb exploding, a building burned by rioters)
    crime: bool = False  # a bare event noun in its verb's prepositional complement names the crime charged


def _event_senses(table: Table, ranks: Table | None) -> Mapping[tuple[str, str], tuple[EventSense, ...]]:
    out: dict[tuple[str, str], list[EventSense]] = {}
    rank = {(r["lemma"], r["pos"], r["type"]): int(r["rank"]) for r in ranks or () if r["rank"]}
    count = {(r["lemma"], r["pos"]): int(r["senses"]) for r in ranks or () if r["senses"]}
    first = {(r["lemma"], r["pos"]): r.get("first") or "" for r in ranks or ()}
    own = {(r["lemma"], r["pos"], r["type"]): (r.get("file") or "", r.get("written") == "yes", r.get("act") == "yes",
                                               r.get("object") == "yes", r.get("message") == "yes",
                                               r.get("transitive") == "yes")
           for r in ranks or ()}
    for r in table:
        objects = []
        for group in r["sense"].split(";"):
            group = group.strip()
            if group.startswith("object:"):
                for alt in group[len("object:"):].split("|"):
                    words = tuple(alt.split())
                    if words:
                        objects.append(words)
        key = (r["lemma"], r["pos"], r["type"])
        file, written, act, needs_object, message, transitive = own.get(key, ("", False, False, False, False, False))
        args = (r["source"].split(":")[0], rank.get(key), count.get((r["lemma"], r["pos"])),
                first.get((r["lemma"], r["pos"]), ""), file, written, act, needs_object, message, transitive)
        seeds = tuple(x.partition(":")[2] for x in r["source"].split(";") if x.startswith("wordnet:"))
        out.setdefault((r["lemma"], r["pos"]), []).append(EventSense(r["type"], r["cameo"], tuple(objects), *args,
                                                                     seeds=seeds))
        if objects and any(g.strip().startswith("sense:") for g in r["sense"].split(";")):
            # a CAMEO verb block's row that also carries the WordNet sense of its type ("detain":
            # CONFINE's patterns and "deprive of freedom") names that type in its default sense too,
            # as a WordNet row does
            out[(r["lemma"], r["pos"])].append(EventSense(r["type"], r["cameo"], (), "wordnet", *args[1:]))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _event_type_rules(table: Table) -> Mapping[str, EventTypeRule]:
    return MappingProxyType({r["type"]: EventTypeRule(r["type"], n, frozenset(filter(None, r["patient"].split(","))),
                                                      r["fires"] or "yes", r.get("possessor") or "agent",
                                                      r.get("quoted") == "yes", r.get("refused") or "",
                                                      r.get("outcome") == "yes", r.get("happening") == "yes",
                                                      r.get("takes") or "", r.get("done") or "",
                                                      r.get("crime") == "yes")
                             for n, r in enumerate(table)})


def _office_holders(table) -> Mapping[str, tuple[str, str, str, str]]:
    out: dict[str, tuple[str, str, str, str]] = {}
    for r in table:  # the first row of a name wins
        out.setdefault(r["name"], (r["country"], r["concept"], r["label"], r["status"]))
    return MappingProxyType(out)


def _grouped(table: Table, group: str, value: str) -> Mapping[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in table:
        out.setdefault(r[group], set()).add(r[value])
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


def read(lang: str = DEFAULT_LANGUAGE, root: Path | str | None = None) -> Lexicons:
    """The lexicons of one language from ``root/<lang>/`` and the language-neutral tables in
    ``root`` (by default the ones shipped in this package)."""
    base = Path(root) if root is not None else ROOT
    folder = base / lang
    if not folder.is_dir():
        raise LexiconError(f"no lexicons for language {lang!r} (expected the folder {folder})")
    t = {p.stem: read_table(p) for p in sorted(folder.glob("*.tsv"))}
    neutral = {p.stem: read_table(p) for p in sorted(base.glob("*.tsv"))}
    ev_words, ev_phrases, ev_labels = {}, {}, {}
    for r in t["event_triggers"]:
        if r["pos"] == "PHRASE":
            ev_phrases[r["lemma"]] = r["kind"]
        else:
            ev_words[(r["lemma"], r["pos"])] = r["kind"]
    for r in t.get("event_labels", ()):
        ev_labels[r["kind"]] = r["label"]
    titles = t["titles"]
    speech = t["speech_verbs"]
    return Lexicons(
        lang=lang,
        titles={r["title"]: (r["concept"], r["gender"] or "-") for r in titles},
        title_labels={r["title"]: r["label"] for r in titles if r["label"]},
        title_plurals=_plurals([r["title"] for r in titles]),
        honorifics={r["honorific"]: r["gender"] for r in t["honorifics"]},
        status={r["word"]: r["status"] for r in t["status"]},
        speech_verbs={r["lemma"]: r["class"] for r in speech},
        object_verbs=frozenset(r["lemma"] for r in speech if r["object"] == "object"),
        intention_verbs=frozenset(r["lemma"] for r in speech if r["class"] == "intention"),
        evidence_verbs=frozenset(r["lemma"] for r in speech if r["class"] == "evidence"),
        demonyms={r["demonym"]: r["country"] for r in t["demonyms"]},
        parties={r["word"]: r["party"] for r in t["parties"]},
        party_letters={r["letter"]: r["party"] for r in t["party_abbrev"]},
        place_abbrev={r["abbreviation"]: r["name"] for r in t["places_abbrev"]},
        institutions={r["name"]: r["kind"] for r in t["institutions"]},
        seats=frozenset(r["name"] for r in t["institutions"] if r.get("seat") == "yes"),
        event_words=ev_words,
        event_phrases=ev_phrases,
        event_labels=ev_labels,
        place_words=frozenset(r["word"] for r in t["place_words"]),
        # the hand-made occupations over the WordNet role nouns (tools/build_role_lexicon.py)
        occupations={**{r["noun"]: r["concept"] for r in t.get("role_nouns", ())},
                     **{r["occupation"]: r["concept"] for r in t["occupations"]}},
        affiliation_verbs=frozenset(r["lemma"] for r in t["affiliation_verbs"]),
        role_verbs={r["lemma"]: (r["kind"], r["concept"], r["label"]) for r in t.get("role_verbs", ())},
        org_parts=frozenset(r["noun"] for r in t.get("org_parts", ())),
        governing_bodies=frozenset(r["noun"] for r in t.get("governing_bodies", ())),
        country_adjectives={r["adjective"]: tuple(r["country"].split("|")) for r in t.get("country_adjectives", ())},
        voice_nouns=frozenset(r["noun"] for r in t["voice_nouns"]),
        group_nouns=frozenset(r["noun"] for r in t["group_nouns"]),
        person_nouns=frozenset(r["noun"] for r in t["person_nouns"]),
        title_modifiers=frozenset(r["word"] for r in t["title_modifiers"]),
        org_heads=frozenset(r["word"] for r in t["org_heads"]),
        org_cues_before=frozenset(r["word"] for r in t["org_cues"] if r["position"] == "before"),
        org_cues_after=frozenset(r["word"] for r in t["org_cues"] if r["position"] == "after"),
        org_cues_impersonal=frozenset(r["word"] for r in t["org_cues"]
                                      if r["position"] == "before" and r["person"] == "no"),
        source_nouns=frozenset(r["noun"] for r in t["source_nouns"]),
        finding_nouns=frozenset(r["noun"] for r in t["source_nouns"] if r["use"] == "in"),
        speaker_nouns={r["noun"]: r["kind"] for r in t["speaker_nouns"]},
        quote_marks=QuoteMarks.from_table(t["quote_marks"]),
        words=_grouped(t["words"], "set", "word") if "words" in t else MappingProxyType({}),
        concepts=_grouped(neutral["concepts"], "property", "concept") if "concepts" in neutral
        else MappingProxyType({}),
        confidence=MappingProxyType({r["rule"]: float(r["confidence"]) for r in neutral.get("rules", ())}),
        aliases=MappingProxyType({r["alias"]: (r["name"], r["kind"]) for r in t.get("aliases", ())}),
        event_senses=_event_senses(t["event_types"], t.get("event_sense_ranks")) if "event_types" in t else MappingProxyType({}),
        event_compounds=frozenset(r["compound"] for r in t.get("event_compounds", ())),
        event_verb_senses=MappingProxyType({r["lemma"]: (int(r["senses"]), r["first"], int(r["tagged"]))
                                            for r in t.get("event_verb_senses", ())}),
        event_stative_verbs=frozenset(r["lemma"] for r in t.get("event_stative_verbs", ())),
        event_verb_uses=MappingProxyType({r["lemma"]: (int(r["tagged"]), int(r["occurring"]))
                                          for r in t.get("event_verb_uses", ())}),
        event_verb_objects=MappingProxyType({r["lemma"]: r["first"] for r in t.get("event_verb_objects", ())}),
        event_act_nouns=frozenset(r["noun"] for r in t.get("event_act_nouns", ())),
        event_measure_nouns=frozenset(r["noun"] for r in t.get("event_measure_nouns", ())),
        event_idiom_nouns=MappingProxyType({r["idiom"]: frozenset(x for x in (r["types"] or "").split(",") if x)
                                            for r in t.get("event_idiom_nouns", ())}),
        happening_arguments=_kinds(t.get("happening_arguments", ())),
        topic_domains=_topic_domains(t.get("topic_domains", ())),
        event_example_objects=_example_objects(t.get("event_example_objects", ())),
        event_seed_hypernyms=_grouped(t.get("event_seed_hypernyms", ()), "seed", "ancestor"),
        compound_first_words=frozenset(r["word"] for r in t.get("compound_first_words", ())),
        communication_nouns=frozenset(r["word"] for r in t.get("communication_nouns", ())),
        capitalised_kinds=frozenset(r["word"] for r in t.get("capitalised_kinds", ())),
        name_kinds=MappingProxyType({r["word"]: r["kind"] for r in t.get("name_kinds", ())}),
        event_type_rules=_event_type_rules(t["event_type_rules"]) if "event_type_rules" in t
        else MappingProxyType({}),
        first_name_genders=MappingProxyType({r["answer"]: r["gender"] for r in neutral.get("first_name_genders", ())}),
        weekdays=tuple(r["weekday"] for r in t.get("weekdays", ())),
        wordnet_places=frozenset(r["name"] for r in t.get("wordnet_places", ())),
        person_class_names=frozenset(r["name"] for r in t.get("person_class_names", ())),
        common_words=frozenset(r["word"] for r in t.get("common_words", ())),
        office_holders=_office_holders(t.get("office_holders", ())),
        institution_countries=MappingProxyType({r["name"]: r["country"] for r in t.get("institution_countries", ())}),
        title_bodies=_grouped(t.get("title_bodies", ()), "title", "body"),
    )


def shipped(lang: str = DEFAULT_LANGUAGE) -> Lexicons:
    """The lexicons this package ships for ``lang`` (read once)."""
    return _shipped(lang)


@lru_cache(maxsize=8)
def _shipped(lang: str) -> Lexicons:
    return read(lang)


_active: ContextVar[Lexicons | None] = ContextVar("kg_lexicons", default=None)


def load() -> Lexicons:
    """The lexicons in use: the ones :func:`using` set for this block, else the shipped English ones."""
    lex = _active.get()
    return lex if lex is not None else shipped(DEFAULT_LANGUAGE)


@contextmanager
def using(lex: Lexicons) -> Iterator[Lexicons]:
    """Make ``lex`` the lexicons :func:`load` answers within the block (this thread or task only)."""
    token = _active.set(lex)
    try:
        yield lex
    finally:
        _active.reset(token)
