"""People, organisations and places: NER mentions → one :class:`Entity` per real entity.

Rules, in order: collect mentions (dropping headline-only guesses), vote one type per name,
then merge surnames, first names, acronyms, "the X" and "X Department"/"Department of X"
forms, city-state abbreviations and place prefixes into the full name's entity.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields, replace
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

from .. import lexicons
from ..records import Entity
from .components import MODIFIER_DEPS
from .names import abbreviates, gendered_first_name, is_acronym, is_first_name, key
from .places import country_forms, gazetteer, subdivisions
from .spans import doc_text

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# the word sets of words.tsv this module reads: generic_org_words, invertible_org_words,
# name_stopwords, country_prefixes, title_body_prepositions (and the others named where read);
# and concepts.tsv's org_title


@dataclass
class Mention:
    start: int  # token indices
    end: int
    label: str  # PERSON, ORG, PLACE, NORP
    text: str
    headline: bool = False
    name: str = ""  # the name this mention gives (abbreviations expanded)
    alias: bool = False  # its own words are a key of its name's entity too ("(XBY" of "X Bank for Y")

    @property
    def key(self) -> str:
        return key(self.name or self.text)


def org_variants(name: str) -> set[str]:
    """Keys of equivalent forms: "Energy Department" ~ "Department of Energy"."""
    k = key(name)
    words = k.split()
    out = {k}
    w = lexicons.load().words
    invertible = w["invertible_org_words"]
    if len(words) > 1 and words[0] in w["country_prefixes"]:  # "U.S. Energy Department"
        out.add(" ".join(words[1:]))
    if len(words) >= 2 and words[-1] in invertible:
        out.add(f"{words[-1]} of {' '.join(words[:-1])}")
    if len(words) >= 3 and words[0] in invertible and words[1] in w["genitive_prepositions"]:
        out.add(f"{' '.join(words[2:])} {words[0]}")
    return out


def acronyms(name: str) -> set[str]:
    out = set()
    stop = lexicons.load().words["name_stopwords"]
    for v in org_variants(name):
        words = [w for w in re.split(r"\s+", v) if w]
        if len(words) < 2:
            continue
        out.add("".join(w[0] for w in words))
        out.add("".join(w[0] for w in words if w not in stop))
    return {a for a in out if len(a) >= 2}


class EntityIndex:
    """Entities of one article and which token belongs to which entity."""

    def __init__(self, doc: Doc, entities: list[Entity], tok2ent: list[int | None],
                 mentions: list[tuple[int, int, int]]):
        self.doc = doc
        self.entities = entities
        self.tok2ent = tok2ent
        self.mentions = mentions  # (start token, end token, entity), in text order; changed only by apply()
        self.added: dict[tuple[str, str], int] = {}  # entities apply() found or made, by kind and key
        self._by_key: dict[str, list[int]] = {}  # entities by the key of their name (_named)
        self._keyed = 0
        # the first mention (in text order) of an entity by its first and by its last token, so
        # that the look-ups the rules make per token are not a scan of every mention
        self._starting: dict[tuple[int, int], tuple[int, int, int]] = {}
        self._ending: dict[tuple[int, int], tuple[int, int, int]] = {}
        for m in mentions:
            self._note(m)

    def _note(self, m: tuple[int, int, int]) -> None:
        a, b, e = m
        first = self._starting.get((a, e))
        if first is None or m < first:
            self._starting[(a, e)] = m
        if a < b:
            first = self._ending.get((b - 1, e))
            if first is None or m < first:
                self._ending[(b - 1, e)] = m

    def at(self, i: int) -> int | None:
        return self.tok2ent[i] if 0 <= i < len(self.tok2ent) else None

    def mention_ending_at(self, i: int) -> tuple[int, int, int] | None:
        """The mention whose last token is ``i``."""
        e = self.at(i)
        return None if e is None else self._ending.get((i, e))

    def mention_starting_at(self, i: int) -> tuple[int, int, int] | None:
        """The mention whose first token is ``i``."""
        e = self.at(i)
        return None if e is None else self._starting.get((i, e))

    def find(self, kind: str, name: str, pending: Sequence[Entity] = (),
             pending_by: Mapping[tuple[str, str], int] | None = None) -> tuple[str, str, int | None]:
        """The kind, name and entity a rule's new mention of ``name`` goes to, read-only: an alias
        under its entity's name and type ("European" → the European Union, an organisation); the
        entity of that name, an organisation or place of that name whichever of the two it was
        read as; ``None`` when there is none. ``pending``: entities proposed but not yet applied
        (numbered after the index's), by kind and key in ``pending_by``."""
        alias = lexicons.load().aliases.get(name)
        if alias:
            name, kind = alias[0], alias[1] or kind
        k = key(name)
        every = _Chain(self.entities, pending)
        known = (pending_by or {}).get((kind, k), self.added.get((kind, k)))
        if known is not None and known < len(every) and every[known].kind == kind and key(every[known].name) == k:
            return kind, name, known
        base = len(self.entities)
        same = [i for i in [*self._named(k), *(base + j for j, ent in enumerate(pending) if key(ent.name) == k)]
                if every[i].kind == kind or {every[i].kind, kind} <= {"ORG", "PLACE"}]
        return kind, name, (min(same, key=lambda i: every[i].kind != kind) if same else None)

    def _named(self, k: str) -> list[int]:
        """The entities whose name has the key ``k``, in order (kept up to date as entities are
        added: a look-up per proposed mention, not a scan of every entity)."""
        for i in range(self._keyed, len(self.entities)):
            self._by_key.setdefault(key(self.entities[i].name), []).append(i)
        self._keyed = len(self.entities)
        return self._by_key.get(k, [])

    def apply(self, proposed: Iterable[NewMention]) -> list[tuple[int, int, int]]:
        """The one merge step: the new mentions a pass of rules proposed (:class:`IndexView`), in
        the order proposed — an entity the index lacks is made, numbered as the pass was told; a
        mention the index has already is not added twice. The mentions added, in that order."""
        added = []
        for p in proposed:
            _kind, _name, idx = self.find(p.kind, p.name)
            if idx is None:
                self.entities.append(Entity(kind=p.kind, name=p.name))
                idx = len(self.entities) - 1
            self.added[(p.kind, key(p.name))] = idx
            if p.party:
                self.entities[idx].party = True
            m = (p.start, p.end, idx)
            k = bisect_left(self.mentions, m)
            if k < len(self.mentions) and self.mentions[k] == m:
                continue
            span = self.doc[p.start:p.end]
            self.entities[idx].mentions.append((span.start_char, span.end_char))
            self.entities[idx].aliases.add(span.text)
            for t in range(p.start, p.end):
                if self.tok2ent[t] is None:
                    self.tok2ent[t] = idx
            self.mentions.insert(k, m)
            self._note(m)
            added.append(m)
        return added


@dataclass(frozen=True)
class NewMention:
    """A rule's proposal: tokens ``start:end`` mention the entity of this kind and name (made when
    the index has none); ``party``: that entity is a political party."""
    kind: str
    name: str
    start: int
    end: int
    party: bool = False


class ReadOnlyEntity:
    """An entity of the index as a rule sees it (:class:`IndexView`): every field of
    :class:`~kg.records.Entity` read from the live entity (what the merge step changes is seen),
    its lists and sets as tuples and frozensets; setting or deleting a field raises
    :class:`AttributeError`. A rule that would change an entity proposes instead."""
    __slots__ = ("_entity",)

    def __init__(self, entity: Entity):
        object.__setattr__(self, "_entity", entity)

    def __setattr__(self, name: str, _value) -> None:
        raise AttributeError(f"the entity index is read-only to the rules (tried to set {name!r}); "
                             "propose the change instead")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"the entity index is read-only to the rules (tried to delete {name!r})")

    def __repr__(self) -> str:
        return f"ReadOnlyEntity({self._entity!r})"


def _read_only_field(name: str, default) -> property:
    """A field of the entity, read live; a list as a tuple, a set as a frozenset (a copy that
    cannot be changed)."""
    if isinstance(default, list):
        return property(lambda self: tuple(getattr(self._entity, name)), doc=f"the entity's {name}, read-only")
    if isinstance(default, set):
        return property(lambda self: frozenset(getattr(self._entity, name)), doc=f"the entity's {name}, read-only")
    return property(lambda self: getattr(self._entity, name), doc=f"the entity's {name}")


for _f in fields(Entity):
    setattr(ReadOnlyEntity, _f.name, _read_only_field(_f.name, _f.default_factory() if _f.default_factory
                                                        is not MISSING else _f.default))
ReadOnlyEntity.display_name = Entity.display_name  # reads the fields above


class _Chain(Sequence):
    """Two sequences read as one (the index's entities, then the ones proposed), never written:
    each entity is handed out as a :class:`ReadOnlyEntity`."""

    def __init__(self, first: Sequence, second: Sequence, overlay: Mapping[int, Entity] | None = None):
        # the overlay is read live (the view adds to it as the pass proposes): never a copy
        self.first, self.second, self.overlay = first, second, overlay if overlay is not None else {}

    def __len__(self) -> int:
        return len(self.first) + len(self.second)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if self.overlay and i in self.overlay:
            return ReadOnlyEntity(self.overlay[i])
        first = self.first
        return ReadOnlyEntity(first[i] if i < len(first) else self.second[i - len(first)])

    def __iter__(self):
        if not self.overlay:
            for e in self.first:
                yield ReadOnlyEntity(e)
            for e in self.second:
                yield ReadOnlyEntity(e)
            return
        for i in range(len(self)):
            yield self[i]


BODY_KINDS = frozenset({"ORG", "PLACE"})  # the kinds of entity a title's organisation may be


class IndexView:
    """What one pass of rules sees: the entity index as it stood when the pass began, read-only,
    and the new mentions the pass proposes (:meth:`propose`). The recipe
    (:func:`kg.analyse.analyse_doc`) applies the proposals after the pass in one merge step
    (:meth:`EntityIndex.apply`); a rule that needs a mention an earlier rule proposed runs in a later
    pass. The entities a pass proposes are visible to it by number (kind, name, party), so that
    one name proposed twice is one entity and a membership can name it; their token positions are
    not, until applied."""

    def __init__(self, index: EntityIndex, walk: list[tuple[int, int, int]] | None = None):
        self._index = index
        self.doc = index.doc
        self.proposed: list[NewMention] = []
        self._proposals: set[NewMention] = set()
        self._new: list[Entity] = []
        self._new_by: dict[tuple[str, str], int] = {}
        self._party: dict[int, Entity] = {}
        self._proposed: set[int] = set()
        self.entities: Sequence[ReadOnlyEntity] = _Chain(index.entities, self._new, self._party)
        # organisations and places by the key of each name and alias (see :meth:`body_named`): the
        # index's built once per pass, the proposed ones kept up to date by :meth:`propose`
        self._body_keys: dict[str, int] | None = None
        self._new_body_keys: dict[str, int] = {}
        # the mentions a repeated pass walks: all of them the first time, then those the last
        # apply added (see kg.analyse.extractors.Pass.repeat)
        self.walk = index.mentions if walk is None else walk

    @property
    def mentions(self) -> Sequence[tuple[int, int, int]]:
        return self._index.mentions

    def at(self, i: int) -> int | None:
        return self._index.at(i)

    def mention_ending_at(self, i: int) -> tuple[int, int, int] | None:
        return self._index.mention_ending_at(i)

    def mention_starting_at(self, i: int) -> tuple[int, int, int] | None:
        return self._index.mention_starting_at(i)

    def proposed_entity(self, kind: str, name: str) -> int | None:
        """The entity of that kind and name when this pass has proposed a mention of it already."""
        idx = self._index.find(kind, name, self._new, self._new_by)[2]
        return idx if idx in self._proposed else None

    def body_named(self, k: str) -> int | None:
        """The organisation or place (the last, by number) one of whose names or aliases has the key
        ``k`` (:func:`names.key`), proposed ones included. The index's table is built on the first
        question of a pass, not on each: a long article asks once per title."""
        if k in self._new_body_keys:
            return self._new_body_keys[k]
        if self._body_keys is None:
            self._body_keys = {key(a): e for e, ent in enumerate(self._index.entities)
                               if ent.kind in BODY_KINDS for a in ent.aliases | {ent.name}}
        return self._body_keys.get(k)

    def propose(self, kind: str, name: str, start: int, end: int, party: bool = False) -> int:
        """Propose that tokens ``start:end`` mention the entity of that kind and name: the number
        the entity has, or will have once the proposals are applied."""
        base = len(self._index.entities)
        kind, name, idx = self._index.find(kind, name, self._new, self._new_by)
        if idx is None:
            self._new.append(Entity(kind=kind, name=name))
            idx = base + len(self._new) - 1
        self._new_by[(kind, key(name))] = idx
        self._proposed.add(idx)
        p = NewMention(kind, name, start, end, party)
        if p not in self._proposals:  # a set beside the list: a pass may propose thousands
            self._proposals.add(p)
            self.proposed.append(p)
        if idx >= base:
            new = self._new[idx - base]
            new.aliases.add(self.doc[start:end].text)
            if party:
                new.party = True
            if new.kind in BODY_KINDS:
                for k in (key(new.name), key(self.doc[start:end].text)):
                    self._new_body_keys[k] = max(idx, self._new_body_keys.get(k, idx))
        elif party and not self._index.entities[idx].party:
            self._party[idx] = replace(self._index.entities[idx], party=True)
        return idx


TRAILING_SCORE = re.compile(r"^(.*\S)\s+\d{1,2}\s*[-\u2013:]\s*\d{1,2}$", re.DOTALL)
CREDIT_TAIL = 400  # closing credits stand within an article's last characters
# a closing list of wire agencies: "(AP, Reuters)", "(dpa, AFP)"
WIRE_CREDIT = re.compile(r"\((?:\s*[A-Za-z][\w.&'-]{0,20}\s*(?:[,;/]|\band\b)?){1,6}\)\s*$")


# a closing list of wire agencies' and writers' short marks before a credit label: "tkw / AFP / dpa Editor: …"
CREDIT_MARKS = re.compile(r"\s*[A-Za-z]{1,8}(?:\s*[/,;]\s*[A-Za-z]{1,8})+\s+")


def credit_label_pattern(labels: frozenset[str], agent: frozenset[str] | None = None,
                         anywhere: bool = False) -> re.Pattern:
    """A capitalised credit label and what follows it: "Author:", "Reporting by" (a label that ends
    with an agent preposition, ``agent``: words.tsv's agent_prepositions); at a line's start, after
    "(" or after a sentence's end unless ``anywhere``."""
    agent = agent if agent is not None else lexicons.load().words["agent_prepositions"]
    alts = []
    for label in sorted(labels, key=len, reverse=True):
        cap = re.escape(label[:1].upper() + label[1:])
        by = " " in label and label.rsplit(" ", 1)[1] in agent
        alts.append(cap + (r"\s+" if by else r"\s*:\s*"))
    # at a line's start, after "(" or after a sentence's end: never a word inside a sentence
    start = "" if anywhere else r"(?:^|(?<=\n)|(?<=\()|(?<=[.!?;)\"\u201d\u2019]\s))"
    return re.compile(start + r"(?:" + "|".join(alts) + r")(?=[A-Z])", re.MULTILINE)


def credits_start(text: str) -> int:
    """Where an article's closing credits begin (``len(text)`` when it has none): a byline label
    in its last characters ("Author: Ann Wu", "(Reporting by Ann Wu; Editing by Bo Li)"), or a
    closing parenthesised list of wire agencies ("(AP, Reuters)"). The writers, editors and
    agencies they credit are no entities of the news."""
    end = len(text.rstrip())
    tail = max(0, end - CREDIT_TAIL)
    labels = lexicons.load().words["credit_labels"]
    found = credit_label_pattern(labels).search(text, tail, end)
    start = found.start() if found else end
    # after a sentence's end, a list of agencies' and writers' marks, then the label ("… on Wednesday.
    # tkw / AFP / dpa Editor: Ann Wu"): the credits start at the marks
    for label in credit_label_pattern(labels, anywhere=True).finditer(text, tail, start):
        stop = max(text.rfind(c, tail, label.start()) for c in ".!?\"\u201d")
        gap = text[stop + 1:label.start()]
        if stop >= 0 and CREDIT_MARKS.fullmatch(gap):
            start = label.start() - len(gap.lstrip())
            break
    wire = WIRE_CREDIT.search(text, tail, end)
    if wire and any(c.isupper() for c in wire.group()):
        start = min(start, wire.start())
    return start if start < end else len(text)


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def without_article(text: str, articles: frozenset[str]) -> str:
    """The text without a leading article of ``articles``, in lower case or capitalised ("the X", "The X")."""
    for a in sorted(articles):
        text = text.removeprefix(a + " ").removeprefix(capitalised(a) + " ")
    return text


def bracketed_names(doc: Doc) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """The recogniser's names, a name it ran over an opening bracket cut there: "X Bank for Y (XBY)",
    "Acme Air (AA", "Velmora (Ostrova)". The words before the bracket are one name and those
    inside another (unless they are not capitalised, or a number); for a body, when the inside is an
    abbreviation (capitals), one word after a longer name ("X Institute of Y (Xiy"), or one side is one word
    made of the other's initials ("Acme (Acme Commerce Media"), the words inside are another form of the
    name before it, returned with the outer name by their span; two single words ("Velmora (Ostrans") are
    two names. A name going on after the closing bracket is left whole."""
    pieces: list[Span] = []
    same: dict[tuple[int, int], str] = {}
    for ent in doc.ents:
        par = next((t.i for t in ent[1:] if t.text == "("), None)
        close = next((t.i for t in doc[par + 1:ent.end] if t.text == ")"), None) if par is not None else None
        if par is None or ent.label_ not in {"ORG", "GPE", "LOC", "FAC"} or (close is not None and close + 1 < ent.end):
            pieces.append(ent)
            continue
        outer = Span(doc, ent.start, par, label=ent.label_)
        pieces.append(outer)
        inner_end = close if close is not None else ent.end
        if inner_end > par + 1 and doc[par + 1].text[:1].isupper():
            inner = Span(doc, par + 1, inner_end, label=ent.label_)
            pieces.append(inner)
            short, long_ = (outer, inner) if len(outer) < len(inner) else (inner, outer)
            if ent.label_ == "ORG" and (is_acronym(inner.text) or (len(inner) == 1 and len(outer) > 1) or (
                    len(short) == 1 and short.text.lower() in acronyms(long_.text))):
                same[(inner.start, inner.end)] = outer.text
    return pieces, same


def collect(doc: Doc, headline_end: int, credits: int | None = None) -> list[Mention]:
    lex = lexicons.load()
    plural_suffixes = lex.words["plural_suffixes"]
    out = []
    credits = credits_start(doc_text(doc)) if credits is None else credits
    pieces, same_as = bracketed_names(doc)
    for ent in pieces:
        if ent.start_char >= credits:
            continue  # a byline or an agency credit
        if ent[-1].is_space or ent[0].is_space:  # "X\n\n": the recogniser ran a headline's name into the break
            words = [t.i for t in ent if not t.is_space]
            if not words:
                continue
            ent = Span(doc, words[0], words[-1] + 1, label=ent.label)
        head = ent.start_char < headline_end
        start, end = ent.start, ent.end
        if start > 0 and f"{doc[start - 1].text} {ent.text}" in lex.parties:  # "Christian" + "Democrat"
            start -= 1
        elif end < len(doc) and f"{ent.text} {doc[end].text}" in lex.parties:  # "Christian" + "Democrats"
            end += 1
        party = lex.parties.get(doc[start:end].text) if ent.label_ in {"NORP", "ORG"} \
            or (ent.label_ == "PERSON" and " " in ent.text) else None  # "Lib Dems" read as a person
        if party:
            if out and out[-1].start == start:
                out.pop()  # the first word of the party's name, tagged on its own
            out.append(Mention(start, end, "ORG", doc[start:end].text, head, name=party))
            continue
        if ent.label_ == "NORP" and (not norp_place(ent.text) or any(t.tag_ in {"NNPS", "NNS"} for t in ent)):
            continue
        if ent.label_ in {"PERSON", "ORG"} and any(ent.text.endswith(s) and ent.text[:-len(s)] in lex.demonyms
                                                   for s in plural_suffixes) and not is_acronym(ent.text):
            continue  # "Greeks", "Ugandans": a people, no named entity
        label = "PLACE" if ent.label_ == "NORP" else LABELS.get(ent.label_)
        if ent.label_ == "PRODUCT" and club_name(TRAILING_SCORE.sub(r"\1", ent.text)) and match_report(doc):
            label = "ORG"  # "lost to Dynamo X 4-3": a club named with its city, read as a product
        cut = next((t.i for t in ent[1:-1] if t.text in lex.words["possessive_clitics"]
                    and doc[t.i - 1].whitespace_), None) if label in {"PERSON", "ORG"} else None
        if cut is not None and (cut + 2 == ent.end or (cut == ent.start + 1 and doc[ent.start].tag_ == "NNPS")):
            # a lone head after it is no name of its own ("X ’s Bank", "X ’s Corporation"); a plural
            # owner is a class of people inside the name ("Women ’s Institute", "People ’s Army")
            cut = None
        if cut is not None:
            # "X ’s Y Party": a text tokenised before it was joined writes a possessive apart; the
            # recogniser ran the owner into the name of what it owns (a possessive joined to its word,
            # "People's Party", is part of the name). What it owns is a body (a person is no one's by
            # name); the owner a place the gazetteer knows, or what the recogniser reads its name as
            # elsewhere, else left to consolidate's surname rule ("Saddam Hussein … Hussein ’s Y")
            owner, owned = doc[ent.start:cut], doc[cut + 1:ent.end]
            kind = "PLACE" if known_place(key(owner.text)) else next(
                (LABELS.get(e.label_) for e in doc.ents if e.text == owner.text and LABELS.get(e.label_)), None)
            if kind:
                out.append(Mention(owner.start, owner.end, kind, owner.text, head, name=owner.text))
            out.append(Mention(owned.start, owned.end, "ORG", owned.text, head, name=owned.text))
            continue
        trimmed = TRAILING_SCORE.match(ent.text)
        if trimmed and label:  # "Leeds 2-1": a match's score run into the team's name
            ent = doc.char_span(ent.start_char, ent.start_char + len(trimmed.group(1)), alignment_mode="contract")
            if ent is None or not len(ent):
                continue
        if label == "PLACE" and len(ent) > 1 and ent[-1].is_lower and ent[-1].lower_ in lex.place_words \
                and not ent[-2].is_punct and ent[-1].lower_ not in lex.words["kept_place_words"] \
                and not (known_place(key(ent.text)) or key(ent.text) in gazetteer().cities or wordnet_place(key(ent.text))):
            ent = ent[:-1]  # "Paktika province", "the Moabit district": the place's name is "Paktika"
            # (not "Mexico city": a city is no part of its country, nor a name the gazetteer knows whole)
        if label == "ORG" and len(ent) > 1 and ent.end < len(doc) and doc[ent.end].lower_ in lex.titles \
                and (is_acronym(ent[0].text) or ent[0].text in lex.aliases) and not ent[1].is_punct \
                and ent[-1].lower_ not in lex.org_heads:
            # "EU Energy Commissioner X": the body, then the portfolio of the title; not a body's own name
            # ending in a body's word ("UN Security Council president X")
            ent = ent[:1]
        if label in {"ORG", "PLACE"} and len(ent) > 1 and ent[0].lower_.rstrip(".") in lex.honorifics \
                and all(t.is_title for t in ent[1:]) and ent[-1].lower_ not in lex.org_heads \
                and ent.text not in lex.institutions and ent.text not in lex.aliases:
            ent, label = ent[1:], "PERSON"  # "Mr X" read as a body or a place: a person (no "Mr" in a name)
        if label and len(ent) > 1 and ent[-1].is_upper and ent[-1].lower_ in lex.titles and not ent[-2].is_punct:
            ent = ent[:-1]  # "Ann Wu MP", "the Green MEP": a title's abbreviation after the name is no part of it
        if not label and ent.label_ in {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"} and looks_like_person(ent):
            label = "PERSON"  # '…," said Ann Berg' read as a title: a first name and a surname
        if not label:
            continue
        split = title_of_name(doc, ent) if label in {"ORG", "PERSON", "PLACE"} else None
        if split is not None:  # "(First Minister of) Ruritania Ana Holt": the body, then the person
            body, person = split
            out.append(Mention(body.start, body.end, "PLACE" if known_place(key(body.text)) else "ORG",
                               body.text, head, name=body.text))
            out.append(Mention(person.start, person.end, "PERSON", person.text, head, name=person.text))
            continue
        name = ent.text
        if label == "PLACE" and ent.text in lex.place_abbrev:
            name = lex.place_abbrev[ent.text]
        elif label == "PLACE" and is_acronym(ent.text) and ent.text in lex.demonyms:
            name = lex.demonyms[ent.text]  # "U.S." → "United States"
        alias = lex.aliases.get(ent.text) or lex.aliases.get(without_article(ent.text, lex.words["definite_articles"]))
        if alias:  # "Britain" is the United Kingdom, "EU" the European Union, wherever it stands
            name, label = alias[0], alias[1] or label
        elif label == "ORG" and (ent.start, ent.end) in same_as:
            name = same_as[(ent.start, ent.end)]  # "(XBY": the body named before the bracket
        out.append(Mention(ent.start, ent.end, label, ent.text, head, name=name,
                           alias=label == "ORG" and (ent.start, ent.end) in same_as))
    return unrecognised_countries(doc, out, headline_end, credits)


def club_name(name: str) -> bool:
    """A name of several words one of which is a big city's and that is no place the gazetteer knows
    as a whole ("Bayern Munich", "Dinamo Zagreb"): in a match report, a club (``clubs``)."""
    gz = gazetteer()
    k = key(name)
    ws = k.split()
    return len(ws) > 1 and not _city(k) and k not in gz.countries and any(_city(w) and known_place(w) for w in ws)


def _city(k: str) -> bool:
    gz = gazetteer()
    return k in gz.cities and k not in gz.countries and k not in gz.states


def unrecognised_countries(doc: Doc, mentions: list[Mention], headline_end: int, credits: int) -> list[Mention]:
    """The mentions with the countries and US states the recogniser left out: a run of capitalised
    proper nouns no mention covers that is, whole, a name the gazetteer gives a country or a US state
    ("X of Hungary, Y of Romania", the recogniser tagging only some of a list; a country it read as a
    product) is a place. A run of more words is another name ("Georgia Ann Lee", "Jordan Street")."""
    gz = gazetteer()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if i in covered or not (t.is_title and t.pos_ == "PROPN") or t.idx >= credits:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in covered and doc[j].is_title and doc[j].pos_ == "PROPN":
            j += 1
        span = doc[i:j]
        k = key(span.text)
        joined = (i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].tag_ == "HYPH") \
            or (j < len(doc) and not span[-1].whitespace_ and doc[j].tag_ == "HYPH")  # "the X-Y affair"
        nxt = next((t2 for t2 in doc[j:j + 2] if not (t2.is_space and "\n" not in t2.text)), None)
        before = doc[i - 1] if i > 0 else None
        joined = joined or (nxt is not None and nxt.is_title and not nxt.is_sent_start) \
            or (before is not None and before.is_title and not t.is_sent_start)  # "X Peace", "the X Chess Festival"
        if (k in gz.countries or k in gz.states) and not joined \
                and not (j < len(doc) and j in covered and doc[j].is_title):
            found.append(Mention(i, j, "PLACE", span.text, t.idx < headline_end, name=span.text))
        i = j
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def norp_place(text: str) -> bool:
    """A name the recogniser files with peoples and faiths ("NORP") that is a place's name, no
    people's word: the gazetteers know it (a country, a US state, a city of BIG_PLACE people, an ISO
    3166-2 subdivision, ``wordnet_places.tsv``: "the Punjab government", "in Rajasthan and Punjab")
    and it is no demonym or language of ``demonyms.tsv`` ("German", "Kurdish"), no plural (``collect``
    reads the tag: "we Brits" is a people, whatever town bears the name) nor a word WordNet writes
    in lower case (``common_words.tsv``: "Western", "Southern" are also subdivisions' names)."""
    lex = lexicons.load()
    k = key(text)
    return bool(k) and text not in lex.demonyms and k not in lex.common_words and not is_acronym(text) \
        and (known_place(k) or k in subdivisions() or wordnet_place(k))


def title_of_name(doc: Doc, ent) -> tuple | None:
    """A title's body run into its holder's name: "Minister of Ruritania Ana Holt" read as one
    name is the body ("Ruritania") and a person ("Ana Holt") when "of" or "for" stands before it
    and a known first name starts its last two or three words."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in lexicons.load().words["title_body_prepositions"] \
            or len(ent) < 3:
        return None
    for k in range(1, len(ent) - 1):
        rest = ent[k:]
        if len(rest) <= 3 and known_first_name(rest[0].text) and all(t.is_title for t in rest) \
                and not ent[k - 1].is_punct:
            return ent[:k], rest
    return None


def known_first_name(word: str) -> bool:
    """A first name in gender-guesser's list; a double first name by its first part ("Ann-Sofie")."""
    return gendered_first_name(word) or ("-" in word and gendered_first_name(word.split("-")[0]))


def looks_like_person(span) -> bool:
    """Two or three capitalised proper nouns that start with a known first name."""
    return 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in span) \
        and known_first_name(span[0].text)


def first_name_people(doc: Doc, mentions: list[Mention]) -> None:
    """A two- or three-word ORG or place that starts with a known first name and has no
    organisation word is a person the NER mislabelled ("Maria Lopez" as ORG, a double first name
    "Ann-Sofie Lopez" too); not a place whose first word is a demonym that is a first name too
    ("German Democratic Republic": a body's "German X" may be a person named German)."""
    for m in mentions:
        words = m.text.split()
        if m.label not in {"ORG", "PLACE"} or not 2 <= len(words) <= 3:
            continue
        toks = [t for t in doc[m.start:m.end] if t.text != "-"]
        if not all(t.pos_ == "PROPN" and t.is_title for t in toks) or len(toks) > 4:
            continue
        lex = lexicons.load()
        if any(t.lower_ in lex.words["generic_org_words"] or t.lower_ in lex.titles or (t.lower_, "NOUN") in lex.event_words
               for t in toks) or m.text in lex.institutions:
            continue
        if known_first_name(words[0]) and not (m.label == "PLACE" and words[0] in lex.demonyms):
            m.label = "PERSON"


def _main_subject(sent: Span):
    """The subject (active or passive) of a sentence's root verb, or None."""
    return next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def pronoun_people(doc: Doc, mentions: list[Mention]) -> None:
    """Rule 180: a name of two or three capitalised proper nouns read as an organisation or a place that
    is its sentence's main subject, when the next sentence goes on with "he" or "she" as its own main
    subject and no person could be that pronoun's antecedent instead (no person's mention and no personal
    pronoun of the same gender, from the start of the sentence before the name's, within the name's paragraph,
    to the pronoun; EVENTS.md sets 78, 79), and its own sentence gives it no "its", is a person ("Ann Marie Vale
    was jailed … She was released …": a name whose last word is a common noun the recogniser read as a body). A
    body is "it" or "they"; the pronoun continues the report's subject, as ``resolve``'s
    ``main_subject_before`` reads it. One mention so continued makes the name a person in all its mentions;
    never a name with an organisation's word, a known place, a party or an abbreviation. Linear: each
    sentence's subject is read once, the persons and pronouns before a point are counted by bisection and a
    running sum."""
    lex = lexicons.load()
    words = lex.words
    personal = words["male_pronouns"] | words["female_pronouns"]
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    subjects: dict[int, object] = {}

    def subject(k: int):
        if k not in subjects:
            subjects[k] = _main_subject(sents[k])
        return subjects[k]
    people = sorted(m.start for m in mentions if m.label == "PERSON")
    paragraphs = [0] + [t.i + 1 for t in doc if t.is_space and "\n" in t.text]  # where each paragraph starts
    genders = (words["male_pronouns"], words["female_pronouns"])
    pronouns = ([0], [0])  # pronouns[g][i]: the personal pronouns of each gender among the first i tokens
    neuter = [0]  # and neuter possessives ("its")
    for t in doc:
        for g, counts in zip(genders, pronouns):
            counts.append(counts[-1] + (t.lower_ in g))
        neuter.append(neuter[-1] + (t.lower_ in words["neuter_possessives"]))
    keys = set()
    for m in mentions:
        if m.key in keys:
            continue
        toks = [t for t in doc[m.start:m.end] if t.text != "-"]
        if m.label not in {"ORG", "PLACE"} or not 2 <= len(toks) <= 3 or m.headline \
                or not all(t.pos_ == "PROPN" and t.is_title for t in toks) or any(is_acronym(t.text) for t in toks):
            continue
        if any(t.lower_ in words["generic_org_words"] or t.lower_ in lex.org_heads or t.lower_ in lex.titles
               for t in toks) or m.text in lex.institutions or m.text in lex.parties or known_place(m.key) \
                or wordnet_place(m.key):
            continue
        k = bisect_left(starts, m.start + 1) - 1  # the name's sentence
        subj = subject(k)
        if subj is None or subj.i != m.end - 1 or k + 1 >= len(sents):
            continue
        pron = subject(k + 1)
        if pron is None or pron.lower_ not in personal or pron.tag_ != "PRP":
            continue
        since = max(starts[k - 1] if k else starts[k], paragraphs[bisect_left(paragraphs, m.start + 1) - 1])
        # from the sentence before the name's, within its paragraph (a new paragraph opening on the name)
        same = pronouns[0] if pron.lower_ in genders[0] else pronouns[1]
        if bisect_left(people, pron.i) > bisect_left(people, since) or same[pron.i] > same[since] \
                or neuter[sents[k].end] > neuter[starts[k]]:
            continue  # another person the pronoun may go on with ("he" after another "he", not after a "her");
            # a name its own sentence calls "its"
        keys.add(m.key)
    for m in mentions:
        if m.key in keys and m.label in {"ORG", "PLACE"}:
            m.label = "PERSON"


def completed_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word person, a first name or a word the article writes only there, right before a
    capitalised proper noun that no name or other entity covers and that the article writes alone
    elsewhere inside a sentence ("President Ana Holt said …", only "Ana" recognised; later "… by Holt
    himself"): the surname the recogniser cut, part of the name. Not a common word, a demonym, a place
    the gazetteers know or a first name."""
    lex = lexicons.load()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    alone: dict[str, int] = defaultdict(int)
    for t in doc:
        if t.is_title and t.pos_ == "PROPN" and not t.is_sent_start and t.i not in covered and not t.ent_type_:
            alone[t.text] += 1
    once = Counter(m.key for m in mentions)
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 1 or m.end >= len(doc) \
                or not (is_first_name(m.text) or once[m.key] == 1):
            continue
        t = doc[m.end]
        if t.i in covered or t.ent_type_ or not (t.is_title and t.pos_ == "PROPN") or t.lower_ in lex.common_words \
                or t.text in lex.demonyms or known_place(key(t.text)) or known_first_name(t.text):
            continue
        if alone[t.text] >= 2:  # here and once more on its own
            m.end += 1
            m.text = m.name = doc[m.start:m.end].text
            covered.add(t.i)


def coordinated_people(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word ORG joined by "and"/"or" to a PERSON is a person too ("Berg and Maria Lopez")."""
    coordinators = lexicons.load().words["coordinators"]
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.label != "ORG" or m.end - m.start != 1 or is_acronym(m.text):
            continue
        nxt = by_start.get(m.end + 1) if m.end < len(doc) and doc[m.end].lower_ in coordinators else None
        prv = by_end.get(m.start - 1) if m.start > 1 and doc[m.start - 1].lower_ in coordinators else None
        if any(o is not None and o.label == "PERSON" for o in (nxt, prv)):
            m.label = "PERSON"


def person_prefixes(doc: Doc, mentions: list[Mention]) -> None:
    """Words before a full name the article also writes alone are not part of it ("Rival Ann
    Wu", a heading's "Critics Slam Ann Wu"), unless they start with a first name."""
    full = {m.key for m in mentions if m.label == "PERSON" and len(m.key.split()) >= 2}
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start < 3:
            continue
        if gendered_first_name(doc[m.start].text):
            continue
        for k in range(1, m.end - m.start - 1):
            rest = doc[m.start + k:m.end].text
            if key(rest) in full:
                m.start, m.text, m.name = m.start + k, rest, rest
                break


def sentence_start_prefixes(doc: Doc, mentions: list[Mention]) -> None:
    """A sentence-opening word that qualifies titles ("New", "Embattled"), run into a name the
    article also writes alone, is not part of it ("New Acme CEO …" where the article says "Acme")."""
    alone = {m.key for m in mentions}
    modifiers = lexicons.load().title_modifiers
    for m in mentions:
        if m.end - m.start >= 2 and doc[m.start].is_sent_start and m.label in {"ORG", "PLACE"} \
                and doc[m.start].lower_ in modifiers:
            rest = doc[m.start + 1:m.end].text
            if key(rest) in alone:
                m.start, m.text, m.name = m.start + 1, rest, ""


def short_form(tok, long: str) -> bool:
    """A one-word short form a writer defines in parentheses that is no all-capital acronym ("VelFire"):
    a capitalised word of letters shorter than the name, whose letters the name holds in order from a
    word's start (Schwartz & Hearst 2003, :func:`~.names.abbreviates`)."""
    t = tok.text
    return t[:1].isupper() and t.isalpha() and 2 <= len(t) < len(long) and " " in long and abbreviates(t, long)


def defined_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """An abbreviation defined in parentheses after an organisation's name ("the Federation of
    Acme Makers (BVA)", as Schwartz & Hearst 2003 read definitions) names that organisation
    wherever the article writes it, whether or not its letters are the name's initials."""
    defined: dict[str, Mention] = {}
    starts = {m.start: m for m in mentions}
    for m in mentions:
        j = m.end
        if m.label != "ORG" or is_acronym(m.text) or j + 2 >= len(doc) or doc[j].text != "(" \
                or doc[j + 2].text != ")" or not (is_acronym(doc[j + 1].text) or short_form(doc[j + 1], m.text)):
            continue
        defined.setdefault(doc[j + 1].text, m)
        if j + 1 not in starts:  # the recogniser left the abbreviation out
            a = Mention(j + 1, j + 2, "ORG", doc[j + 1].text, m.headline)
            mentions.append(a)
            starts[j + 1] = a
    if not defined:
        return
    for m in mentions:
        full = defined.get(m.text)
        if full is not None and m is not full:
            m.name, m.label = full.name or full.text, full.label
    mentions.sort(key=lambda m: m.start)


def starts_title(doc: Doc, i: int) -> bool:
    """doc[i] is the first word of a title of more than one word of ``titles.tsv`` written from it (rule 193):
    "Prime" of "the caretaker Prime Minister" is no organisation's name, nor one the minister is of."""
    lex = lexicons.load()
    return any(doc[i:k].text.lower() in lex.titles for k in range(i + 2, min(i + 4, len(doc)) + 1))


CUT_NAME_TIME_LABELS = frozenset({"DATE", "TIME"})


def cut_names(doc: Doc, mentions: list[Mention]) -> None:
    """A word the recogniser cut from before a day's name names nothing of its own (rule 194): a one-word name in
    title case written straight before a word the recogniser tags as a date, in one sentence ("X Tuesday" read
    as a place "X" and a day), is no mention, when every mention of that word in the article stands so (a
    name the article also writes elsewhere is a name: "said Ann Tuesday") and the gazetteer knows no place of it.
    A date before a name is not read ("the Sunday X", a newspaper; "on Monday X said"), nor a name whose day is the
    time of a verb the parse gives no subject: the name is that subject, the day hung on it ("X Tuesday announced …",
    news agencies' style)."""
    def doer_of_dated_verb(day) -> bool:
        verb = day.head
        return day.dep_ == "npadvmod" and verb.tag_ in {"VBD", "VBZ", "VBP"} \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)  # a finite verb ("following X
        # Tuesday", "heading into X Tuesday": a participle needs no subject)

    def before_date(m: Mention) -> bool:
        return m.end - m.start == 1 and m.end < len(doc) and doc[m.start].whitespace_ == " " \
            and doc[m.start].is_title and doc[m.end].is_title and doc[m.end].ent_type_ in CUT_NAME_TIME_LABELS \
            and doc[m.end].sent.start == doc[m.start].sent.start and not doer_of_dated_verb(doc[m.end])
    cut = {m.key for m in mentions if before_date(m) and not is_acronym(m.text) and not known_place(m.key)
           and (not m.name or m.name == m.text)}
    cut -= {m.key for m in mentions if not before_date(m)}
    if cut:
        mentions[:] = [m for m in mentions if m.key not in cut]


def common_words(doc: Doc, mentions: list[Mention]) -> None:
    """A capitalised common word read as a name ("the Court", "an Order", "08:00 GMT") names no
    entity of its own: a one-word organisation or untitled person whose word the article also
    writes in lower case, or that is a common noun of bodies ("Court"), a title or a time zone. It is a
    mention of the one longer organisation whose name has that word ("the Supreme Court" … "the
    Court"), else no mention at all."""
    lex = lexicons.load()
    words = lex.words
    lower = {t.lower_ for t in doc if t.is_lower}
    common = words["common_name_words"] | words["time_zones"]
    # the longer organisations by each word of their names (only one-word mentions change below)
    longer_by_word: dict[str, set[str]] = defaultdict(set)
    for x in mentions:
        if x.label == "ORG" and x.end - x.start > 1:
            for w in x.key.split():
                longer_by_word[w].add(x.name or x.text)
    drop = []
    for m in mentions:
        if m.end - m.start != 1 or m.label not in {"ORG", "PERSON"} or (m.name and m.name != m.text):
            continue
        low = m.text.lower()
        if low in words["time_zones"]:
            drop.append(m)
            continue
        if is_acronym(m.text) or not (low in lower or low in common or low in lex.titles):
            continue
        if m.label == "PERSON" and m.start > 0 and (doc[m.start - 1].lower_.rstrip(".") in lex.honorifics
                                                     or doc[m.start - 1].lower_ in lex.titles):
            continue  # "Mr Price"
        longer = set(longer_by_word.get(low, ()))
        if len(longer) == 1:
            m.name, m.label = longer.pop(), "ORG"
        else:
            drop.append(m)
    if drop:
        gone = {id(m) for m in drop}
        mentions[:] = [m for m in mentions if id(m) not in gone]


FIELD_SPANS = "kg_fields"  # the common words a title's field is made of (portfolio_fields)


def portfolio_fields(doc: Doc, mentions: list[Mention]) -> None:
    """Common words the recogniser read as a name right before a minister's, secretary's or
    spokesperson's title ("Transport Secretary Ann Lee", "Home Affairs spokesman X"; ``concepts.tsv``
    portfolio) are the title's field, part of the office, no body or person of their own: decided per
    name over all its mentions, when every mention stands before such a title, none after an honorific,
    and every word is a common word (``common_words.tsv``) that names no party, people, alias, governing
    body or body's head noun ("Cabinet minister", "Home Office minister", "Labour spokesman" keep theirs),
    no title modifier ("New") and no word of a longer body named in the article ("Trade" … "the Department
    of Trade")."""
    lex = lexicons.load()
    words = lex.words
    portfolio = lex.concepts["portfolio"]
    kept = words["generic_org_words"] | lex.org_heads | lex.governing_bodies
    qualifiers = set(lex.status) | lex.title_modifiers  # "former", "new": of the office, no field

    def field_start(m: Mention) -> int:  # after the qualifiers that open it ("New Home Secretary X")
        i = m.start
        while i < m.end - 1 and doc[i].lower_ in qualifiers:
            i += 1
        return i

    def field_word(t) -> bool:
        return t.is_alpha and t.is_title and t.lower_ in lex.common_words and t.lower_ not in kept \
            and t.text not in lex.parties and t.text not in lex.demonyms and t.text not in lex.aliases \
            and t.lower_ not in lex.titles and t.lower_ not in qualifiers

    def before_portfolio(m: Mention) -> bool:
        if m.name and m.name != m.text:
            return False  # a word of the longer body it was read as
        if m.end >= len(doc) or m.end - m.start > 3 or not all(field_word(t) for t in doc[field_start(m):m.end]):
            return False
        if m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in lex.honorifics:
            return False
        title = lex.titles.get(doc[m.end].lower_)
        return title is not None and title[0] in portfolio

    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in {"ORG", "PERSON"}:
            by_key[m.key].append(m)
    longer = [set(m.key.split()) for m in mentions if m.label == "ORG" and " " in m.key]
    fields = list(doc.spans.get(FIELD_SPANS, ()))
    for k, ms in by_key.items():
        if any(set(k.split()) < words_ for words_ in longer):
            if all(before_portfolio(m) for m in ms):  # "Trade Secretary X" … "the Department of Trade"
                for m in ms:
                    m.label = "ORG"  # a short form of that body, a person never
            continue
        if all(before_portfolio(m) for m in ms):
            for m in ms:
                m.label = "NONE"
                fields.append(doc[field_start(m):m.end])
    if fields:
        doc.spans[FIELD_SPANS] = fields  # read by the roles as the title's field, whatever the parse


def vote_types(doc: Doc, mentions: list[Mention]) -> None:
    """One type per name: the body's majority; a word that is a person's surname is a person, and so is
    a full name the article once writes right after a person's noun ("the journalist Ann Wu") whatever
    the recogniser read its other mentions as (an apposition is too often a misparse: "Speaking to X,
    the president of Y said")."""
    lex = lexicons.load()
    generic = lex.words["generic_org_words"]
    votes: dict[str, Counter] = defaultdict(Counter)
    described = set()
    for m in mentions:
        votes[m.key][m.label] += 0.5 if m.headline else 1
        if m.label in {"PERSON", "ORG"} and " " in m.key and not m.headline and m.start > 0 \
                and _person_noun(lex, doc[m.start - 1]) and doc[m.start - 1].tag_ != "NNS" \
                and not any(w in generic or w in lex.org_heads for w in m.key.split()) \
                and not any(is_acronym(t.text) for t in doc[m.start:m.end]):
            # "the journalist X Y"; not "campaigners X Y" (a group), "the head of the National Commission for X"
            described.add(m.key)
    # a headline's capitalised words run into a name ("… Won't Hurt Acmeland's Party") are no
    # person: only a full name the body writes makes its last word a surname
    surnames = {m.key.split()[-1] for m in mentions if m.label == "PERSON" and len(m.key.split()) > 1
                and not m.headline}
    for m in mentions:
        if " " not in m.key and m.key in surnames:
            m.label = "PERSON"
            continue
        parties = lexicons.load().parties
        if (m.text in parties and " " not in m.key) or (m.name or m.text) in parties.values():
            m.label = "ORG"  # "Republicans", "Republican Party": the party
            continue
        if m.key in described and m.label in {"PERSON", "ORG"}:
            m.label = "PERSON"
            continue
        best = votes[m.key].most_common()
        if len(best) > 1 and best[0][1] == best[1][1]:
            order = {"PERSON": 0, "ORG": 1, "PLACE": 2}
            m.label = min((lab for lab, n in best if n == best[0][1]), key=order.get)
        else:
            m.label = best[0][0]


def quoted_works(doc: Doc, mentions: list[Mention]) -> None:
    """A name the article writes only as the whole of a quotation ('the film "X"', 'in "X."') is
    the title of a work, a motto or a word quoted, no person, body or place: no entity. Not when a
    mention speaks, acts or possesses ('"X" reported', '"X"'s editor') nor next to an
    organisation's class noun ('the newspaper "X"', '"X" magazine'; ``org_cues.tsv``), nor a word of a
    full name the article gives a person ('calls him "Ann."')."""
    lex = lexicons.load()
    marks = lex.quote_marks.double_tokens
    cues = lex.org_cues_before | lex.org_cues_after

    def quoted(m: Mention) -> bool:
        if m.start == 0 or doc[m.start - 1].text not in marks:
            return False
        after = m.end
        if after < len(doc) and doc[after].is_punct and doc[after].text not in marks:
            after += 1  # '"X."', '"X,"'
        return after < len(doc) and doc[after].text in marks

    def cued(m: Mention) -> bool:
        near = [doc[i] for i in (m.start - 2, m.start - 3, m.end + 1, m.end + 2) if 0 <= i < len(doc)]
        head = doc[m.end - 1]
        # '"X," a weekly magazine': the class noun in apposition
        near += [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        return any(t.is_lower and t.lower_ in cues for t in near)

    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in {"PERSON", "PLACE"}:
            by_key[m.key].append(m)
    # the words of the people's full names: a quoted first name or surname ('calls him "Ann."') is theirs
    full_names: dict[str, set[str]] = defaultdict(set)  # a word -> the full names that have it
    for m in mentions:
        if m.label == "PERSON" and " " in m.key:
            for w in m.key.split():
                full_names[w].add(m.key)
    for k, ms in by_key.items():
        body = [m for m in ms if not m.headline] or ms
        words = k.split()
        if len(set.intersection(*(full_names.get(w, set()) for w in words)) - {k}):
            continue
        if all(quoted(m) for m in body) and not any(cued(m) or _acts(doc, m) or _possessor(doc, m) for m in body):
            for m in ms:
                m.label = "NONE"


BIG_PLACE = 100_000  # a city this size is what a one-word "person" of its name is


def known_place(k: str) -> bool:
    """A name key the gazetteer knows as a country, a US state or a city of BIG_PLACE people."""
    gz = gazetteer()
    return k in gz.countries or k in gz.states \
        or max((c["population"] for c in gz.cities.get(k, [])), default=0) >= BIG_PLACE


_WORDNET_PLACE_KEYS: WeakKeyDictionary[frozenset[str], frozenset[str]] = WeakKeyDictionary()


def _wordnet_place_keys(names: frozenset[str]) -> frozenset[str]:
    """The keys of ``names``, computed once per lexicon set (a test's set beside the shipped one
    does not push the other out) and dropped with it."""
    keys = _WORDNET_PLACE_KEYS.get(names)
    if keys is None:
        keys = _WORDNET_PLACE_KEYS[names] = frozenset(key(n) for n in names)
    return keys


def wordnet_place(k: str) -> bool:
    """A name key WordNet knows only as a place: a region, an island, a mountain ("Transylvania",
    "Corsica", "Mont Blanc"; ``wordnet_places.tsv``, built by ``tools/build_place_lexicon.py``)."""
    return k in _wordnet_place_keys(lexicons.load().wordnet_places)


def person_class(word: str) -> bool:
    """A capitalised word WordNet gives only a kind of person ("Sikh", "Briton"; ``person_class_names.tsv``),
    or its plural ("Sikhs"), and no first name: a people, a faith's members, no one person."""
    lex = lexicons.load()
    if is_first_name(word):
        return False
    return word in lex.person_class_names or any(
        word.endswith(s) and word[:-len(s)] in lex.person_class_names for s in ("s", "es"))


KIND_WORDS = "kg_kind_words"  # span group: one-word "names" retype_people found to name a kind, no one


def kind_word_tokens(doc: Doc) -> set[int]:
    """The tokens :func:`retype_people` found to name a kind or a thing ("a X politician"): no name, and no
    organisation for the role rules to read."""
    return {t.i for sp in doc.spans.get(KIND_WORDS, []) for t in sp}


def retype_people(doc: Doc, mentions: list[Mention]) -> None:
    """Names the NER took for people that are organisations or places, decided per name over all
    its mentions. A name stays a person when a title or honorific stands before one of its
    mentions ("President X", "Mr X"), when it is a first name, or when it is a word of a full
    name the article gives a person.

    * a name ending in an organisation's head noun ("X Academy", "X Gazette") is an organisation;
    * a name next to an organisation's class noun or corporate word ("carmaker X", "the daily X",
      "X shares", "X Inc") is an organisation;
    * a one-word name right before a company's or a team's title and a person ("X CEO Ann Wu",
      "X coach Ann Wu") is an organisation;
    * a one-word name that the gazetteer knows as a country, a US state or a big city is a place.
    """
    lex = lexicons.load()
    gz = gazetteer()
    people = [m for m in mentions if m.label == "PERSON"]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in people:
        by_key[m.key].append(m)
    name_words = {w for k in by_key if " " in k for w in k.split()}  # words of full names
    starts = {m.start: m for m in mentions}
    titles = {sp.start: sp for sp in doc.spans.get("kg_titles", [])}
    title_ends = {sp.end for sp in doc.spans.get("kg_titles", [])}

    def titled(m: Mention) -> bool:
        return _titled(doc, m, title_ends)

    def first_name(word: str) -> bool:
        return is_first_name(word)

    def before_org_title(m: Mention) -> bool:
        i = m.end
        if i < len(doc) and doc[i].text in lex.words["possessive_clitics"]:
            i += 1
        sp = titles.get(i)
        if sp is None:
            return False
        concept = next((lex.titles[sp[k:].text.lower()][0] for k in range(len(sp))
                        if sp[k:].text.lower() in lex.titles), None)
        after = starts.get(sp.end)
        return concept in lex.concepts["org_title"] and after is not None and after.label == "PERSON"

    def cued(m: Mention) -> bool:
        before = m.start - 1
        if before >= 0 and doc[before].text == "," and before > 0:
            before -= 1  # "its supplier, X"
        if before >= 0 and doc[before].is_lower and doc[before].lower_ in lex.org_cues_before:
            return True
        after = m.end
        return after < len(doc) and doc[after].lower_ in lex.org_cues_after \
            and (doc[after].is_lower or not doc[after].is_title or doc[after].lower_.rstrip(".") in lex.words["corporate_suffixes"])

    def impersonal_cue(m: Mention) -> bool:
        """A class noun before the name that never names a person ("the magazine X", "the media
        conglomerate X"; not "broadcaster X", "publisher X"): the name is a body even when its
        first word is a first name."""
        before = m.start - 1
        head = doc[m.end - 1]
        if before < 0 or not (doc[before].is_lower and doc[before].lower_ in lex.org_cues_impersonal):
            return False
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ in {"relcl", "acl"}:
            return False  # "the club Ann Lee founded": the subject of a clause about the noun
        # the name is the noun's apposition or the noun hangs on the name ("the magazine X", "the
        # daily X"), and the name starts no clause of its own: a verb right after it is a clause about
        # the noun ("The firm X runs paid") or follows a prepositional phrase ("Playing for his club X
        # scored")
        noun = doc[before]
        attached = m.start <= noun.head.i < m.end or (head.head.i == before and head.dep_ in {"appos", "compound"})
        verb = doc[m.end] if m.end < len(doc) and doc[m.end].pos_ in {"VERB", "AUX"} else None
        # a verb after the name is only the verb of the whole phrase: the name its subject, the noun
        # hanging on the name ("The daily X wrote")
        own = verb is not None and head.dep_ in {"nsubj", "nsubjpass"} and head.head.i in {verb.i, verb.head.i} \
            and m.start <= noun.head.i < m.end and verb.dep_ not in {"relcl", "acl"} \
            and verb.head.dep_ not in {"relcl", "acl"}
        return attached and (verb is None or own)

    # a "place" the gazetteer does not know, named with a company's words ("energy giant X", "X CEO
    # Ann Wu"), is an organisation
    places: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "PLACE" and m.key not in gz.countries and m.key not in gz.states and m.key not in gz.cities \
                and m.text not in lex.demonyms and not is_acronym(m.text):
            places[m.key].append(m)
    for k, ms in places.items():
        if any(cued(m) or before_org_title(m) for m in ms):
            for m in ms:
                m.label = "ORG"

    # an "organisation" the gazetteer knows as a country, a US state or a big city is that place
    # (a government that acts is typed an organisation too where it speaks)
    orgs: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "ORG" and not is_acronym(m.text) and m.end - m.start <= 3 and not m.headline:
            orgs[m.key].append(m)
    speech = {v for v, c in lex.speech_verbs.items() if c == "speech"}
    match_verbs, club_preps = lex.words["match_verbs"], lex.words["club_prepositions"]

    def acting(ms: list[Mention]) -> bool:
        """A name that speaks ("X said"), plays ("X beat Y", "drew with X") or, in a match report,
        plays more often than it locates (``clubs``): an agent or a club, not the place of its name."""
        for m in ms:
            head = doc[m.end - 1]
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head  # "X and Y drew"
            verb = head.head.lemma_.lower()
            if head.dep_ == "nsubj" and (verb in speech or verb in match_verbs):
                return True
            if head.dep_ == "dobj" and verb in match_verbs:
                return True
            if head.dep_ == "pobj" and head.head.lower_ in club_preps and head.head.head.lemma_.lower() in match_verbs:
                return True  # "drew with X", "lost to X"
        return match_report(doc) and sum(_plays(doc, m) for m in ms) > 0

    def club(k: str, ms: list[Mention]) -> bool:
        """In a match report, a city the recogniser itself reads as an organisation is a club unless
        it locates ("in X", "at X") more often than it plays: the recogniser's reading is the vote
        that decides a tie (``clubs`` needs a majority to retype a place)."""
        if k not in gz.cities or k in gz.countries or k in gz.states:
            return False
        return match_report(doc) and sum(_plays(doc, m) for m in ms) >= 0

    for k, ms in orgs.items():
        if (known_place(k) or (wordnet_place(k) and not acting(ms))) and not club(k, ms) \
                and not any(cued(m) or before_org_title(m) for m in ms) \
                and (ms[0].name or ms[0].text) not in lex.institutions and k not in lex.aliases \
                and not any((m.name or m.text) in lex.parties.values() for m in ms):
            for m in ms:
                m.label = "PLACE"

    located = lex.words["located_prepositions"]
    at_place = located | (lex.words["location_prepositions"] - {"of"})
    place_tokens = {i for m in mentions if m.label == "PLACE" for i in range(m.start, m.end)}

    def listed_with_places(tok) -> bool:  # "A, B and C" where another of them is a place
        return (tok.dep_ == "conj" and tok.head.i in place_tokens) \
            or any(c.dep_ == "conj" and c.i in place_tokens for c in tok.children)

    pronouns = lex.words["male_pronouns"] | lex.words["female_pronouns"]

    def person_noun(t) -> bool:  # "the defence minister", "a veteran lawyer"
        return _person_word(lex, t)

    def acts_as_person(m: Mention) -> bool:
        """A mention that speaks ("X said", "said X", "X told reporters"), stands in apposition to a
        person's noun ("X, the finance minister,", "the finance minister, X") or is the subject
        of a sentence whose next one a man or a woman opens ("X resigned. He …"), and is not
        written in quote marks."""
        head = doc[m.end - 1]
        quotes = lex.quote_marks.openers
        if m.start > 0 and doc[m.start - 1].text in quotes:
            return False  # '"Le Journal" said': a name in quote marks is a paper's or a work's
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in speech:
            return True
        if any(c.dep_ == "appos" and person_noun(c) for c in head.children) \
                or (head.dep_ == "appos" and person_noun(head.head)):
            return True
        if head.dep_ == "nsubj" and head.sent.end < len(doc):
            nxt = doc[head.sent.end].sent
            return any(t.dep_ == "nsubj" and t.lower_ in pronouns for t in nxt[:3])
        return False

    def modifier_only(m: Mention) -> bool:
        """A one-token mention whose word modifies a lower-case common noun after it ("the X
        bid", "a X family") and that is neither a possessor nor joined to another name; not before
        an organisation's word ("the X administration", "the X government": a leader's name) nor
        before a work or a message ("the X report", "the X programme": its author, host or subject;
        ``communication_nouns.tsv``)."""
        t = doc[m.start]
        noun = t.head
        return t.dep_ in MODIFIER_DEPS and noun.i > t.i and noun.pos_ == "NOUN" \
            and noun.is_lower and not _possessor(doc, m) and not any(c.dep_ == "conj" for c in t.children) \
            and noun.lower_ not in lex.words["generic_org_words"] \
            and noun.lemma_.lower() not in lex.communication_nouns  # "the X administration", "the X report"

    def modifies(m: Mention) -> bool:  # "the X tax cuts", "the X White House"
        t = doc[m.end - 1]
        return t.dep_ in MODIFIER_DEPS and t.head.i > t.i

    def leader_term(m: Mention) -> bool:  # "the X administration": a leader's term of office
        return modifies(m) and doc[m.end - 1].head.lower_ in lex.words["leader_terms"]

    # one-word names written after an honorific or a title ("Ms Lane"): a full name ending in that
    # word is the person's even when the word is a street's ("Ann Lane")
    honoured = {m.key for m in people if " " not in m.key and titled(m)}

    def law_end(m: Mention) -> bool:
        """The last word of a law's name the recogniser cut ("the Harbour Safety Bill", "the Ports
        (Miscellaneous Provisions) Bill"): capitalised words or a closing bracket right before it,
        not at a sentence's start."""
        i = m.start
        if i >= 1 and doc[i - 1].text == ")":
            return True
        return i >= 2 and all(doc[j].is_title and not doc[j].is_sent_start and doc[j].lower_ not in lex.honorifics
                              for j in (i - 2, i - 1))

    def where(m: Mention) -> bool:  # "campaigned in X": a place's position
        head = doc[m.end - 1]
        return head.dep_ == "pobj" and head.head.lower_ in located and head.head.head.pos_ in {"VERB", "AUX"}

    for k, ms in by_key.items():
        words = k.split()
        if len(words) > 1 and words[-1] in lex.words["law_heads"]:
            for m in ms:
                m.label = "LAW"  # "the Finance Bill": no person; dropped below
            continue
        if len(words) > 1 and words[-1] in lex.words["place_heads"] and not any(titled(m) for m in ms) \
                and not (first_name(ms[0].text.split()[0]) and words[-1] in honoured):
            for m in ms:
                m.label = "PLACE"  # "Acme Street", "Harlow County"; not "Ann Lane" when "Ms Lane" speaks
            continue
        if len(words) == 1 and words[0] in lex.words["law_heads"] and all(law_end(m) for m in ms):
            for m in ms:
                m.label = "LAW"  # "the Harbour Safety Bill" with only "Bill" read as a person
            continue
        if any(titled(m) for m in ms) or (len(words) == 1 and (k in name_words or first_name(ms[0].text))):
            continue
        if len(words) == 1 and all(m.end - m.start == 1 for m in ms) and person_class(ms[0].text):
            # "a Sikh", "the lives of Xis", "a Xman's home": a kind of person, no one person; nor a body
            # for the role rules ("X politician")
            for m in ms:
                m.label = "NONE"
            doc.spans[KIND_WORDS] = list(doc.spans.get(KIND_WORDS, [])) + [doc[m.start:m.end] for m in ms]
            continue
        if len(words) == 1 and 2 * sum(where(m) for m in ms) > len(ms) \
                and not any(doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} for m in ms):
            for m in ms:
                m.label = "PLACE"  # "lives in Torbury": a county or town the gazetteer lacks
            continue
        kind = None
        foreign = len(words) > 1 and words[0] in lex.words["foreign_articles"] and ms[0].text[:1].isupper()
        if len(words) > 1 and words[-1] in lex.org_heads:
            kind = "ORG"
        elif any(cued(m) for m in ms) and (not (len(words) > 1 and first_name(words[0].title()) and not foreign)
                                           or any(impersonal_cue(m) for m in ms)):
            kind = "ORG"
        elif foreign and not known_place(k) and k not in gz.cities and k not in subdivisions() \
                and not any(f.endswith(" " + k) for f in by_key if f != k) and not any(acts_as_person(m) for m in ms):
            # "Le Journal", "Il Giornale": a newspaper or a body, not the end of a full name, nor a
            # surname with its article that speaks or is described as a person ("Le Brun said",
            # "La Greca, the party's treasurer,")
            kind = "ORG"
        elif len(words) == 1 and any(before_org_title(m) for m in ms):
            kind = "ORG"
        elif len(words) == 1 and all(m.end - m.start == 1 for m in ms) and (
                k in gz.countries or k in gz.states
                or (max((c["population"] for c in gz.cities.get(k, [])), default=0) >= BIG_PLACE
                    and not (any(leader_term(m) for m in ms) and all(modifies(m) for m in ms)))):
            # a town's name written only before a leader's term of office ("the X administration") is
            # the leader's surname
            kind = "PLACE"
        elif len(words) == 1 and all(m.end - m.start == 1 for m in ms):
            body = [m for m in ms if not m.headline] or ms
            if is_acronym(ms[0].text) and len(k) >= 3:
                kind = "ORG"  # "ACME": letters, no person's name
            elif all(doc[m.start].tag_ not in {"NNP", "NNPS"} for m in body):
                kind = "NONE"  # "Nasty words were …": a capitalised word the tagger reads as no proper noun
            elif all(modifier_only(m) for m in body):
                # "the X group", "a X family", "X politician": a one-word name the article only ever
                # writes before a common noun, never as a subject, object, possessor or apposition,
                # names a kind, a group or a thing, no person
                kind = "NONE"
                # the role rules read no organisation from it either ("X politician")
                doc.spans[KIND_WORDS] = list(doc.spans.get(KIND_WORDS, [])) + [doc[m.start:m.end] for m in ms]
            elif (k in subdivisions() or k in gz.cities) \
                    and any(doc[m.start].dep_ == "pobj" and doc[m.start].head.lower_ in at_place
                            or listed_with_places(doc[m.start]) for m in ms) \
                    and not any(doc[m.start].dep_ in {"nsubj", "nsubjpass", "poss"} for m in ms):
                # a county or a town of the gazetteers "in" or "at" which things are, or listed with places
                # ("X, Y and Z" where the others are places), never a subject
                kind = "PLACE"
        if kind:
            for m in ms:
                m.label = kind


def known_holder(word: str, place_keys: set[str], countries: set[str] = frozenset()) -> str | None:
    """The full name of the one head of state or government a reader knows by this one word
    (``office_holders.tsv``, WordNet 3.0: "Nixon" is Richard Nixon, "Bush" is no one's alone) when the
    article names the country they headed (a place of ``place_keys`` or one of ``countries``, the
    countries its demonyms and national institutions name: :func:`named_countries`): the list's
    shortest full name ending in the word for that country and office ("Tony Blair" for "Blair", not
    "Anthony Charles Lynton Blair"). A surname alone never merges people across articles; a surname
    WordNet gives one head of state, in an article about that state, names that person."""
    lex = lexicons.load()
    k = key(word)
    row = next((r for n, r in lex.office_holders.items() if key(n) == k), None)
    if row is None:
        return None
    if row[0] not in countries and not {key(f) for f in country_forms(row[0])} & place_keys:
        return None
    full = sorted((n for n, r in lex.office_holders.items()
                   if r[:2] == row[:2] and " " in n and key(n).split()[-1] == k and "." not in n),
                  key=lambda n: (len(n.split()), n))
    return full[0] if full else None


def named_countries(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The countries an article names without naming them: by a demonym ("the British economy") or by a
    national institution of ``institution_countries.tsv`` among its bodies ("Downing Street", "Labour",
    read as the Labour Party through ``parties.tsv``)."""
    lex = lexicons.load()
    out = {lex.demonyms[t.text] for t in doc if t.text in lex.demonyms and not t.is_lower}
    for m in mentions:
        if m.label == "ORG":
            name = m.name or m.text
            country = lex.institution_countries.get(lex.parties.get(name, name))
            if country:
                out.add(country)
    return out


def _titled(doc: Doc, m: Mention, title_ends: set[int]) -> bool:
    """A title, an honorific or a title word right before the mention ("President X", "Mr X")."""
    lex = lexicons.load()
    i = m.start - 1
    return i >= 0 and (m.start in title_ends or doc[i].lower_.rstrip(".") in lex.honorifics
                       or doc[i].lower_ in lex.titles)


def _aged(doc: Doc, m: Mention) -> bool:
    """A name written with an age after it ("X, 14,", "X, 93,"): a person."""
    i = m.end
    return i + 1 < len(doc) and doc[i].is_punct and doc[i + 1].text.isdigit() and int(doc[i + 1].text) < 130


def _list_items(tok) -> list:
    """The items of the coordination ``tok`` stands in ("A, B, C and D": the four heads), ``tok``
    included; a token in no coordination is its own one item."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items, todo = [], [first]
    while todo:
        t = todo.pop()
        items.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(items, key=lambda t: t.i)


def placed_people(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence anywhere in its article is a place when the
    gazetteers know its name or when it is listed only with places, decided per name over all its
    mentions. No evidence: no title, honorific or peer's title before it, no first name and no word of a
    full name the article gives a person, never a subject, a speaker or a possessor, no person's noun
    beside it ("the singer X", "X, a lawyer,"), no age after it ("X, 14,"). The gazetteers: a country, a
    US state, a first-level subdivision of ISO 3166-2 ("Powys"), a place of ``wordnet_places.tsv``, a
    GeoNames town of 15,000 people where a mention is the object of a preposition of place ("in X", "to
    X"; not "the X administration": surnames are towns too), when its word is no common word
    (``common_words.tsv``: "Thank God", a town "Göd") and the body of the article writes it at least
    once as a noun phrase of its own (not
    only as the modifier of a noun, "the X review", nor after an article, "the X and Y clubs"; not only
    in the headline). Listed only with places:
    in a coordination ("visits A, B, C and X", "at A, X and B airports") one other item at least is a
    place (a mention read as one, or a capitalised proper noun the gazetteers know) and none is a person
    or a body, and the list modifies no noun but a place's (``place_heads``: "A and X airports", not "the A
    and X clubs"). A conjunct is what the list's first item is: a subject ("A and X said"), a modifier
    ("the A and X administrations")."""
    lex = lexicons.load()
    gz = gazetteer()
    at_token = {i: m for m in mentions for i in range(m.start, m.end)}

    words = lex.words
    town_preps = (words["location_prepositions"] | words["event_destination_prepositions"]) \
        - words["genitive_prepositions"]

    def region(k: str) -> bool:
        return k in gz.countries or k in gz.states or k in subdivisions() or wordnet_place(k)

    def gazetteered(k: str) -> bool:
        return region(k) or k in gz.cities

    def placed(m: Mention) -> bool:  # "in X", "to X": a town's position
        t = doc[m.end - 1]
        return t.dep_ == "pobj" and t.head.lower_ in town_preps

    def inside(m: Mention) -> bool:  # "in X", "across X"; not "to X", said to a person too
        t = doc[m.end - 1]
        return t.dep_ == "pobj" and t.head.lower_ in words["located_prepositions"]

    def addressed(m: Mention) -> bool:  # "in Harlow, X": the region of an address
        i = m.start
        town = at_token.get(i - 2) if i >= 2 and doc[i - 1].text == "," else None
        return town is not None and town.label == "PLACE" and town.end == i - 1

    def own_phrase(m: Mention) -> bool:
        """A noun phrase of its own: no modifier of a noun ("the X review", "the A and X administrations")
        and no article before it ("the X and Y clubs")."""
        t = _list_items(doc[m.end - 1])[0]
        return not (t.dep_ in MODIFIER_DEPS and t.head.i > t.i) \
            and not (m.start > 0 and doc[m.start - 1].lower_ in words["determiners"])

    def listed_with_places(m: Mention) -> bool:
        items = _list_items(doc[m.end - 1])
        if items[0].dep_ in MODIFIER_DEPS and items[0].head.lemma_.lower() not in words["place_heads"]:
            return False  # "the A and X clubs": names of the clubs (not "A and X airports")
        items = [t for t in items if not m.start <= t.i < m.end]
        kinds = []
        for t in items:
            other = at_token.get(t.i)
            if other is not None:
                kinds.append(other.label)
            elif t.pos_ == "PROPN" and t.is_title and gazetteered(key(t.text)):
                kinds.append("PLACE")
        return "PLACE" in kinds and all(k == "PLACE" for k in kinds)

    # a first name the gazetteers know as a region, written only where a place stands: "activists in X",
    # "in Harlow, X" (a county, a state named like a woman or a man), and with no person's evidence
    for k, ms in _no_person_evidence(doc, mentions, first_names=True).items():
        body = [m for m in ms if not m.headline]
        if is_first_name(ms[0].text) and region(k) and body and all(inside(m) or addressed(m) for m in body):
            for m in ms:
                m.label = "PLACE"
    # a region the gazetteers know, with no person's evidence but acting: a country or a county is the
    # subject of a verb or an owner as often as a person ("X was in peril", "in A, X said" misparsed)
    for k, ms in _no_person_evidence(doc, mentions, acting=False).items():
        body = [m for m in ms if not m.headline]
        if ms[0].label == "PERSON" and region(k) and k not in lex.common_words and any(own_phrase(m) for m in body):
            for m in ms:
                m.label = "PLACE"
    # a name no gazetteer knows, written only where a place stands: "at X", "in nearby X" (a person is
    # met "with X", seen "by X", trusted "in X" only with a person's evidence somewhere in the article)
    sited_preps = words["event_place_prepositions"]  # in, at, near, outside
    for k, ms in _no_person_evidence(doc, mentions).items():
        body = [m for m in ms if not m.headline]
        sited = [m for m in body if doc[m.end - 1].dep_ == "pobj" and doc[m.end - 1].head.lower_ in sited_preps
                 and not (m.start > 0 and doc[m.start - 1].pos_ == "NOUN" and doc[m.start - 1].is_lower)]
        # ("at contractor X": a class noun before it says what it is)
        if ms[0].label == "PERSON" and sited and all(m in sited or not own_phrase(m) for m in body) \
                and k not in lex.common_words:
            for m in ms:
                m.label = "PLACE"
    candidates = _no_person_evidence(doc, mentions)
    for _ in range(2):  # a second pass: an item retyped in the first makes its list's other items places
        changed = False
        for k, ms in candidates.items():
            if ms[0].label != "PERSON":
                continue
            body = [m for m in ms if not m.headline]  # a headline's words alone tell too little
            known = region(k) or (k in gz.cities and any(placed(m) for m in body))
            if (known and k not in lex.common_words and any(own_phrase(m) for m in body)) \
                    or any(listed_with_places(m) for m in body):
                for m in ms:
                    m.label = "PLACE"
                changed = True
        if not changed:
            break


def _people_by_key(doc: Doc, mentions: list[Mention]) -> tuple[dict[str, list[Mention]], set[str], set[int]]:
    """The mentions of "people" by name key, the words of the full names the article gives people, and
    where the title phrases end."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON":
            by_key[m.key].append(m)
    name_words = {w for k in by_key if " " in k for w in k.split()}
    return by_key, name_words, {sp.end for sp in doc.spans.get("kg_titles", [])}


def _one_word_people(doc: Doc, mentions: list[Mention]) -> tuple[dict[str, list[Mention]], set[str]]:
    """The mentions of "people" by name key, and the one-word keys no rule of the article's own words
    may retype: a word of a full name the article gives a person, or a name written as one token once at
    least with a title or an honorific before it."""
    by_key, name_words, title_ends = _people_by_key(doc, mentions)
    kept = {k for k, ms in by_key.items()
            if " " in k or k in name_words or any(m.end - m.start != 1 or _titled(doc, m, title_ends) for m in ms)}
    return by_key, kept


def thing_names(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" every mention of which the body writes right after the definite article ("the X
    was passed", "the X survey", "the X's future"; not "the X government", its leader's) or as the head of a
    phrase after an indefinite one ("a X of plutonium"; not "an X presidency") names a thing: a
    person's name takes no article. No entity, decided per name over all its mentions: none with a title or
    an honorific before it, its word no word of a full name the article gives a person nor the surname of a
    head of state or government (``office_holders.tsv``: "the X era"); a first name too: "the X" is no
    one's first name."""
    lex = lexicons.load()
    the = lex.words["definite_articles"]
    a_an = lex.words["indefinite_articles"]
    holders = {key(n).split()[-1] for n in lex.office_holders if key(n)}
    by_key, kept = _one_word_people(doc, mentions)

    def after_the(m: Mention) -> bool:
        t = doc[m.start]
        modifier = t.dep_ in MODIFIER_DEPS and t.head.i > t.i
        leader = modifier and t.head.lower_ in lex.words["generic_org_words"]
        if m.start > 0 and doc[m.start - 1].lower_ in a_an:
            return not modifier  # "a X of plutonium": a thing (not "an X presidency", its holder's)
        return m.start > 0 and doc[m.start - 1].lower_ in the and not leader  # not "the X government": its leader

    for k, ms in by_key.items():
        if k in kept or k in holders:
            continue  # "the X era": a head of state's
        body = [m for m in ms if not m.headline]
        if body and all(after_the(m) for m in body):
            for m in ms:
                m.label = "NONE"


def seat_names(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" written as the seat of a legislator's title ("the MP for X", "the MP for X and
    Y": the object of "for" or "of" after a title whose concept sits for a place, ``concepts.tsv``'s
    ``seat``) is a place, a constituency, decided per name over all its mentions: none with a title or an honorific
    before it, its word no word of a full name the article gives a person."""
    lex = lexicons.load()
    by_key, kept = _one_word_people(doc, mentions)

    def seat(m: Mention) -> bool:
        t = doc[m.end - 1]
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "the MP for X and Y"
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ not in lex.words["title_body_prepositions"]:
            return False
        holder = prep.head
        row = lex.titles.get(holder.lower_) or lex.titles.get(holder.lemma_.lower())
        return row is not None and lex.concept_is(row[0], "seat")

    for k, ms in by_key.items():
        if k in kept:
            continue
        if any(seat(m) for m in ms if not m.headline):
            for m in ms:
                m.label = "PLACE"


def _no_person_evidence(doc: Doc, mentions: list[Mention], acting: bool = True,
                        first_names: bool = False) -> dict[str, list[Mention]]:
    """The one-word "people" (by name key, their mentions) with no person's evidence anywhere in the
    article: no title, honorific or peer's title before a mention, no first name, no word of a full
    name the article gives a person, no person's noun beside it, no age after it; with ``acting``
    also never a subject, a speaker or a possessor (bodies act and possess too)."""
    by_key, name_words, title_ends = _people_by_key(doc, mentions)

    def evidence(m: Mention) -> bool:
        head = doc[m.end - 1]
        if _titled(doc, m, title_ends):
            return True
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "A and X said": a subject's conjunct
        if acting and (head.dep_ in {"nsubj", "nsubjpass"} or _possessor(doc, m)):
            return True
        return _person_evidence(doc, m) or _aged(doc, m)

    return {k: ms for k, ms in by_key.items()
            if " " not in k and all(m.end - m.start == 1 for m in ms) and k not in name_words
            and (first_names or not is_first_name(ms[0].text)) and not is_acronym(ms[0].text)
            and not any(evidence(m) for m in ms)}


def unpeopled_names(doc: Doc, mentions: list[Mention]) -> None:
    """One-word "people" with no person's evidence in the article (:func:`_no_person_evidence`, a
    subject or a possessor allowed) that name no one, decided per name over all its mentions:

    * a plural proper noun names no single person: every mention tagged a plural proper noun and its
      word ending in a plural suffix ("three million Xans", "the Xons were detained"): no entity, or a
      place when the gazetteers know it (a country, an ISO 3166-2 subdivision, ``wordnet_places.tsv``:
      "the Azores");
    * the end of a work's title: every mention neither a subject nor a possessor, right after a
      lower-case small word of a title (``title_case_small_words``: "with", "of") after a capitalised
      common noun (``common_words.tsv``, no title) inside a sentence, that no name covers but a
      one-word one ("told the network's Breakfast with X"): no entity, nor that word when the article
      writes it only there;
    * a body: the subject of a verb whose object is "its" something (``neuter_possessives``: "X made
      its case", "X spoke of its plans") and that has no other object to own it ("X thanked the
      council for its support"): an organisation."""
    lex = lexicons.load()
    gz = gazetteer()
    words = lex.words
    at_token = {i: m for m in mentions for i in range(m.start, m.end)}
    title_words: dict[int, Mention] = {}  # a title's capitalised word read as a one-word name, by its token

    def plural(m: Mention) -> bool:
        t = doc[m.start]
        return t.tag_ == "NNPS" and any(t.text.endswith(s) for s in words["plural_suffixes"])

    def title_end(m: Mention) -> bool:
        i = m.start
        if i < 2 or _acts(doc, m) or _possessor(doc, m):
            return False
        small, word = doc[i - 1], doc[i - 2]
        other = at_token.get(word.i)
        if not (small.is_lower and small.lower_ in words["title_case_small_words"] and word.is_title
                and not word.is_sent_start and word.lower_ in lex.common_words and word.lower_ not in lex.titles
                and (other is None or other.end - other.start == 1)):
            return False
        if other is not None:
            title_words[word.i] = other
        return True

    def body(m: Mention) -> bool:
        t = doc[m.start]
        # the subject of a verb whose object (or a preposition's object on it) is "its" something
        if t.dep_ != "nsubj":
            return False
        verb = t.head
        if any(c.dep_ in {"dobj", "dative"} and not any(o.lower_ in words["neuter_possessives"] for o in c.subtree)
               for c in verb.children):
            return False  # "X thanked the council for its support", "X sold the firm its first car": the object's
        return any(o.lower_ in words["neuter_possessives"] and o.dep_ == "poss"
                   and (o.head.head.i == verb.i or (o.head.head.dep_ == "prep" and o.head.head.head.i == verb.i))
                   for o in verb.subtree)

    titled: set[str] = set()
    for k, ms in _no_person_evidence(doc, mentions, acting=False).items():
        text = [m for m in ms if not m.headline] or ms
        if all(plural(m) for m in text):
            # "the Xans", "the Xes": a people, a family, things; a group of places the gazetteers know
            # ("the Azores") is a place
            kind = "PLACE" if k in gz.countries or k in subdivisions() or wordnet_place(k) else "NONE"
        elif all(title_end(m) for m in text):
            kind = "NONE"
            titled |= {title_words[doc[m.start - 2].i].key for m in text if doc[m.start - 2].i in title_words}
        elif any(body(m) for m in text):
            kind = "ORG"
        else:
            continue
        for m in ms:
            m.label = kind
    if titled:  # the title's first word, when the article writes it only there
        for k in titled:
            ms = [m for m in mentions if m.key == k]
            if all(m.start in title_words for m in ms):
                for m in ms:
                    m.label = "NONE"


LONG_LIST = 5  # items of a list long enough for its places to type its other names


def listed_places(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence in its article (:func:`_no_person_evidence`, a subject
    allowed) that is an item of a long list (``LONG_LIST`` names or more: "A, B, X, C and D") more than half
    of whose other items are places is a place, as in a list of constituencies or of towns; decided per
    name over all its mentions. An item is a place when it is a place's mention, or a capitalised proper
    noun whose whole name or first word the gazetteers know (a country, a US state, an ISO 3166-2
    subdivision, ``wordnet_places.tsv``, a GeoNames town: "A Central", "A East and B"). Unlike
    :func:`placed_people`'s list test, other items may be read as bodies or people: in a long list of
    seats the recogniser reads some as either."""
    gz = gazetteer()
    at_token = {i: m for m in mentions for i in range(m.start, m.end)}

    def known(k: str) -> bool:
        return k in gz.countries or k in gz.states or k in subdivisions() or wordnet_place(k) or k in gz.cities

    def item_place(t) -> bool:  # a list's item: a place's mention, or a name whose whole or first word the gazetteers know
        other = at_token.get(t.i)
        if other is not None and other.label == "PLACE":
            return True
        if t.pos_ != "PROPN" or not t.is_title:
            return False
        first = min([t] + [c for c in t.children if c.dep_ == "compound" and c.i < t.i], key=lambda c: c.i)
        return known(key(doc[first.i:t.i + 1].text)) or known(key(first.text))

    def listed(m: Mention) -> bool:  # "A, B, X, C and D": a long list most of whose other items are places
        items = [t for t in _list_items(doc[m.end - 1]) if not m.start <= t.i < m.end]
        return len(items) >= LONG_LIST - 1 and 2 * sum(item_place(t) for t in items) > len(items)

    _relabel_unevidenced(doc, mentions, listed, "PLACE")


MEMBER_LIST = 3  # "X of PLACE" items of a list long enough for its bodies to type its other names


def addressed_places(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence anywhere in its article (:func:`_no_person_evidence`:
    never a subject, a speaker or a possessor either) written as the first part of an address is a
    place, decided per name over its mentions: "X in Norland" (a preposition of location on the
    name itself, its object a place) or "X, Velmora," (a place right after a comma, closed by
    punctuation, a coordinator or the sentence's end: not "X, London's mayor")."""
    words = lexicons.load().words
    at_start = {m.start: m for m in mentions}
    closers = words["coordinators"]

    def placed_in(m: Mention) -> bool:
        t = doc[m.end - 1]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in words["located_prepositions"]:
                obj = at_start.get(c.i + 1)
                if obj is not None and obj.label == "PLACE":
                    return True
        return False

    def address(m: Mention) -> bool:
        if m.end + 1 >= len(doc) or doc[m.end].text != ",":
            return False
        place = at_start.get(m.end + 1)
        if place is None or place.label != "PLACE":
            return False
        nxt = doc[place.end] if place.end < len(doc) else None
        return nxt is None or nxt.is_punct and nxt.text not in words["possessive_clitics"] \
            or nxt.lower_ in closers or nxt.is_sent_start

    for _k, ms in _no_person_evidence(doc, mentions).items():
        body = [m for m in ms if not m.headline]
        if ms[0].label == "PERSON" and body and any(placed_in(m) or address(m) for m in body):
            for m in ms:
                m.label = "PLACE"


def listed_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """A list of ``MEMBER_LIST`` members or more each written "X of PLACE" ("A of Norland, B of Velmora,
    X of Ostria and Y of Quarn": the shareholders of a venture, the clubs of a draw) whose names the
    recogniser reads as organisations more often than as anything else (twice at least): its other
    names are bodies too, decided per name: one it missed (one to three capitalised proper nouns no
    mention covers), a one-word "person" with no person's evidence in its article, a "place" the
    gazetteers do not know."""
    coordinators, genitive = lexicons.load().words["coordinators"], lexicons.load().words["genitive_prepositions"]
    at_start = {m.start: m for m in mentions}
    covering = {i: m for m in mentions for i in range(m.start, m.end)}

    def item(i: int) -> tuple[int, int, Mention] | None:  # the name's tokens and the place after "of"
        j = i
        while j < len(doc) and j - i < 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        place = at_start.get(j + 1) if i < j < len(doc) and doc[j].lower_ in genitive else None
        return (i, j, place) if place is not None and place.label == "PLACE" else None

    lists, i = [], 0
    while i < len(doc):
        chain, k = [], i
        while (it := item(k)) is not None:
            chain.append(it)
            e = it[2].end
            if e < len(doc) and doc[e].text == ",":
                e += 1
            if e < len(doc) and doc[e].lower_ in coordinators:
                e += 1
            if e == it[2].end:
                break
            k = e
        if len(chain) >= MEMBER_LIST:
            lists.append(chain)
            i = chain[-1][2].end
        else:
            i += 1
    if not lists:
        return
    unevidenced = _no_person_evidence(doc, mentions, acting=False)
    added = []
    for chain in lists:
        readings = []
        for s, e, _p in chain:
            m = covering.get(s)
            covered = any(t in covering for t in range(s, e))
            readings.append(m.label if m is not None and m.start == s and m.end == e else "MIXED" if covered else None)
        votes = Counter(r for r in readings if r)
        if votes["ORG"] < 2 or any(n >= votes["ORG"] for r, n in votes.items() if r != "ORG"):
            continue
        for (s, e, place), r in zip(chain, readings):
            if r is None:
                added.append(Mention(s, e, "ORG", doc[s:e].text, place.headline, name=doc[s:e].text))
                continue
            m = covering[s]
            k = m.key
            if (r == "PERSON" and k in unevidenced) or (r == "PLACE" and not known_place(k) and not wordnet_place(k)
                                                         and k not in subdivisions() and k not in gazetteer().cities):
                for x in mentions:
                    if x.key == k and x.label == r:
                        x.label = "ORG"
    for m in added:
        insort(mentions, m, key=lambda x: x.start)


def collective_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence in its article (:func:`_no_person_evidence`, a subject
    allowed) that is the sole subject of a verb in the plural ("X have said", "X are": the first verb
    after it of the present tense and not in the third person singular) names a body written as a
    collective, as British English writes a ministry or a firm: one person takes the singular. Not at a
    sentence's start, where a plural common noun is capitalised too ("Insiders say")."""

    def collective(m: Mention) -> bool:
        t = doc[m.end - 1]
        if t.dep_ != "nsubj" or t.tag_ != "NNP" or t.is_sent_start or any(c.dep_ in {"conj", "cc"} for c in t.children):
            return False
        verb = t.head
        finite = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > t.i]
        finite = [v for v in finite if v.i > t.i]
        return bool(finite) and min(finite, key=lambda v: v.i).tag_ == "VBP"

    _relabel_unevidenced(doc, mentions, collective, "ORG")


def _relabel_unevidenced(doc: Doc, mentions: list[Mention], test, label: str) -> None:
    """Every mention of a one-word "person" with no person's evidence in its article (a subject allowed)
    takes ``label`` when one of its mentions outside the headline passes ``test``."""
    for _k, ms in _no_person_evidence(doc, mentions, acting=False).items():
        body = [m for m in ms if not m.headline]
        if body and any(test(m) for m in body):
            for m in ms:
                m.label = label


def alias_types(doc: Doc, mentions: list[Mention]) -> None:
    """An abbreviation (capitals, not one the lexicons expand) whose letters are the initials of one
    longer name of the article, a body or a place ("UP" … "Uttar Pradesh", "SC" … "South Carolina"),
    is that name: every mention of it takes the longer name's type and name (the recogniser reads
    the abbreviation as a body, the name as a place). Not when the longer name was read as a person:
    people have initials too ("FDR")."""
    longer: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if len(m.key.split()) > 1 and m.label in {"PERSON", "ORG", "PLACE"}:
            longer[m.key].append(m)
    initials: dict[str, set[str]] = defaultdict(set)
    for k, ms in longer.items():
        for a in acronyms(ms[0].name or ms[0].text):
            initials[a.upper()].add(k)
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    for k, ms in by_key.items():
        text = ms[0].text.replace(".", "")
        if " " in k or not is_acronym(ms[0].text) or any(x.name and x.name != x.text for x in ms) \
                or len(initials.get(text, ())) != 1:
            continue
        full = longer[next(iter(initials[text]))]
        if full[0].label not in {"ORG", "PLACE"}:
            continue  # a person's initials ("FDR"), or a body's initials read as a person: left alone
        for x in ms:
            x.label, x.name = full[0].label, full[0].name or full[0].text


def capitalised_kinds(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word name whose word WordNet writes capitalised only as a common noun of a faith, a
    doctrine, a style or a feast (``capitalised_kinds.tsv``: "Islam", "Marxism", "Gothic", "Ramadan")
    names no body, place or person: no entity. A "person" keeps its type when the article gives it a
    person's evidence (:func:`_no_person_evidence`: a title, a first name, a full name …)."""
    kinds = lexicons.load().capitalised_kinds
    bare = _no_person_evidence(doc, mentions, acting=False)
    for m in mentions:
        if " " in m.key or m.end - m.start != 1 or m.key not in kinds or is_acronym(m.text) \
                or (m.name and m.name != m.text) or m.label not in {"ORG", "PLACE", "PERSON"} \
                or (m.label == "PERSON" and m.key not in bare):
            continue
        m.label = "NONE"


def unreal_people(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence in its article (:func:`_no_person_evidence`, a subject
    allowed) names no one of the news when WordNet says what else it is (``name_kinds.tsv``): a character
    of fiction ("portrayed the minister as X"), or a thing whose class noun stands right before a mention in
    one phrase with it ("the ship X", "the game X sold well"; not "in an interview X said"): a noun with
    no sense of a person, nor one that cues a body's name ("the newspaper X"). No entity, decided per name."""
    lex = lexicons.load()
    kinds = lex.name_kinds

    def classed(m: Mention) -> bool:
        if m.start == 0:
            return False
        name, n = doc[m.end - 1], doc[m.start - 1]
        # one phrase: the noun a compound of the name or the name its apposition, both the same argument of
        # one verb ("the ship X reached" parsed as two subjects), or the name inside the noun's clause
        joined = n.head.i == name.i or name.head.i == n.i or (n.head.i == name.head.i and n.dep_ == name.dep_) \
            or (n.dep_ == "ROOT" and n.is_ancestor(name))
        return joined and n.is_lower and n.pos_ == "NOUN" and kinds.get(n.lower_) == "thing" \
            and n.lower_ not in lex.org_cues_before and n.lower_ not in lex.org_heads

    for _k, ms in _no_person_evidence(doc, mentions, acting=False).items():
        body = [m for m in ms if not m.headline] or ms
        if ms[0].label == "PERSON" and (kinds.get(ms[0].text) == "character" or any(classed(m) for m in body)):
            for m in ms:
                m.label = "NONE"


def listed_kinds(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "person" with no person's evidence in its article is what the list it stands in
    names, decided per name over its mentions: listed only with bodies ("the A Society, the B Fund, X and
    the C Trust", two at least, no person or place among them; a capitalised word the recogniser
    missed does not count) it is a body (a subject allowed);
    listed with common nouns none of which is a person's word, and with no name of a person ("closed
    X, tax offices and courts") it is a thing, no one (never a subject, a speaker or a
    possessor: "X and others said")."""
    lex = lexicons.load()
    at_token = {i: m for m in mentions for i in range(m.start, m.end)}

    def others(m: Mention) -> list:
        return [t for t in _list_items(doc[m.end - 1]) if not m.start <= t.i < m.end]

    def bodies(m: Mention) -> bool:
        items = others(m)
        kinds = [at_token[t.i].label for t in items if t.i in at_token]
        # a capitalised proper noun the recogniser missed is no evidence either way
        missed = all(t.pos_ == "PROPN" and t.is_title for t in items if t.i not in at_token)
        return missed and kinds.count("ORG") >= 2 and all(k == "ORG" for k in kinds)

    def things(m: Mention) -> bool:
        items = others(m)
        return bool(items) and any(t.is_lower and t.pos_ == "NOUN" for t in items) and not any(
            (t.i in at_token and at_token[t.i].label == "PERSON") or _person_word(lex, t) for t in items)

    _relabel_unevidenced(doc, mentions, bodies, "ORG")
    for _k, ms in _no_person_evidence(doc, mentions).items():
        body = [m for m in ms if not m.headline]
        if ms[0].label == "PERSON" and body and any(things(m) for m in body):
            for m in ms:
                m.label = "NONE"


def _singular_kinds(word: str) -> frozenset[str]:
    """What WordNet reads first in the singular of a plural noun ("Brigades" → brigade: a group): the
    first of the word with a plural suffix cut (``noun_plural_suffixes``: "-s", "-es") or the word itself
    ("Corps") that WordNet has; nothing for a word with no plural suffix."""
    lex = lexicons.load()
    low = word.lower()
    suffixes = sorted((x for x in lex.words["noun_plural_suffixes"] if low.endswith(x)), key=len)
    if not suffixes:
        return frozenset()
    for form in [low[:-len(x)] for x in suffixes] + [low]:
        if form in lex.happening_arguments:
            return lex.happening_arguments[form]
    return frozenset()


def grouped_names(doc: Doc, mentions: list[Mention]) -> None:
    """A "person" whose name ends in the plural of a noun WordNet reads first as an organisation ("the X
    Brigades", "the Y Corps": ``happening_arguments.tsv`` kind ``organization``) names a body, no one
    person; the plural of any group's noun alone ("Tribes") names none. Decided per name over its
    mentions; a name the article gives a person's evidence (a title or an honorific before a mention; a
    first name, a full name … for one word: :func:`_no_person_evidence`) keeps its type. Not a group
    that is no organisation ("the X Classes": a kind of people, no body)."""
    found = []
    for m in mentions:
        last = doc[m.end - 1]
        if m.label == "PERSON" and last.is_title and not last.is_sent_start:
            kinds = _singular_kinds(last.text)
            if ("group" in kinds) if m.end - m.start == 1 else ("organization" in kinds):
                found.append(m)
    if not found:
        return  # most articles: no evidence to read
    bare = _no_person_evidence(doc, mentions, acting=False)
    for m in found:
        if m.end - m.start == 1:
            if m.key in bare:
                m.label = "NONE"
        elif not any(_titled(doc, x, set()) for x in mentions if x.key == m.key):
            m.label = "ORG"


def expanded_prefixes(mentions: list[Mention]) -> None:
    """A body's name led by an abbreviation ``aliases.tsv`` expands ("EU Commission", "UN Council on
    X") is the body the article also names with the expansion, or its first word, in its place
    ("European Commission", "United Nations Council on X"): one name, decided per name."""
    aliases = lexicons.load().aliases
    orgs = {m.key: (m.name or m.text) for m in mentions if m.label == "ORG"}
    for m in mentions:
        words = (m.name or m.text).split()
        if m.label != "ORG" or len(words) < 2 or not is_acronym(words[0]) or words[0] not in aliases:
            continue
        full = aliases[words[0]][0]
        rest = key(" ".join(words[1:]))
        for prefix in (key(full), key(full).split()[0]):
            other = orgs.get(f"{prefix} {rest}")
            if other:
                m.name = other
                break


def surnamed_names(doc: Doc, mentions: list[Mention]) -> None:
    """A two-word "organisation" whose last word the article writes alone as a person who speaks ("the
    political scientist Ann Vos agrees …" read as a body, then "Vos said"): the short form's votes
    decide the full name's type, a person, decided per name over all its mentions. Not a name with a
    body's word (``org_heads.tsv``, ``generic_org_words``), an abbreviation, a party or an alias."""
    lex = lexicons.load()
    speech = {v for v, c in lex.speech_verbs.items() if c == "speech"}
    generic = lex.words["generic_org_words"]
    spoke = {m.key for m in mentions if m.label == "PERSON" and " " not in m.key and not m.headline
             and doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.lemma_.lower() in speech}
    names = set()
    for m in mentions:
        words = m.key.split()
        if m.label != "ORG" or len(words) != 2 or words[-1] not in spoke or any(is_acronym(t.text) for t in doc[m.start:m.end]) \
                or any(w in lex.org_heads or w in generic for w in words) or (m.name and m.name != m.text) \
                or m.text in lex.parties or m.text in lex.aliases \
                or not all(t.is_title and t.tag_ in {"NNP", "NNPS"} for t in doc[m.start:m.end]):  # "Neither X"
            continue
        names.add(m.key)
    for m in mentions:
        if m.key in names:
            m.label = "PERSON"
            if doc[m.start].lower_.rstrip(".") in lex.honorifics:  # "Mr X" read as a body: the person "X"
                m.start += 1
                m.text = m.name = doc[m.start:m.end].text


def _acts(doc: Doc, m: Mention) -> bool:
    """A mention that speaks ("X said") or whose noun acts ("X shares fell", "X researchers said"):
    the subject, or a word before the subject, of a verb."""
    head = doc[m.end - 1]
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i > head.i \
        and head.head.dep_ in {"nsubj", "nsubjpass"}


def _possessor(doc: Doc, m: Mention) -> bool:
    """A name that possesses: "X's board", "X’s staff", "X' parent" (the bare apostrophe after a
    final s, which the tagger reads as a possessive ending), or a possessor by the parse."""
    i = m.end
    if i < len(doc) and (doc[i].text in lexicons.load().words["possessive_clitics"] or doc[i].tag_ == "POS"):
        return True
    return doc[m.end - 1].dep_ == "poss"


def _before_role(doc: Doc, m: Mention) -> bool:
    """A name right before a title, an office or a role noun ("X chief executive Ann Lee", "X
    researchers"), or its possessive ("X's board"): a body's name, whatever its words."""
    lex = lexicons.load()
    i = m.end
    if _possessor(doc, m):
        return True
    if i >= len(doc):
        return False
    t = doc[i]
    if any(sp.start == i for sp in doc.spans.get("kg_titles", [])):
        return True
    return _person_word(lex, t) or t.lower_ in lex.org_cues_after or t.lemma_.lower() in lex.org_parts


def unproper_orgs(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word "organisation" whose word is a common English noun or adjective
    (``common_words.tsv``, WordNet's lower-case lemmas) and that the tagger reads as no proper noun
    wherever the body writes it ("Stung by the defeat, …") names nothing, as a one-word "person" of
    that kind does (:func:`retype_people`). A coined name is never such a word; a name right
    before a title or a role noun ("X chief executive Ann Lee", "X researchers") or that acts
    ("X said", "X shares fell") keeps its type."""
    lex = lexicons.load()
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "ORG":
            by_key[m.key].append(m)
    for k, ms in by_key.items():
        if " " in k or any(m.end - m.start != 1 or is_acronym(m.text) or (m.name and m.name != m.text) for m in ms):
            continue
        body = [m for m in ms if not m.headline] or ms
        if any(doc[m.start].tag_ in {"NNP", "NNPS"} for m in body):
            continue
        if not any(w in lex.common_words for w in (doc[ms[0].start].lower_, doc[ms[0].start].lemma_.lower())):
            continue
        if any(_before_role(doc, m) or _acts(doc, m) for m in ms):
            continue
        for m in ms:
            m.label = "NONE"


def lettered_labels(doc: Doc, mentions: list[Mention]) -> None:
    """A name of a capitalised common word and a single capital letter ("Group C", "Pool B", "Annex F":
    ``common_words.tsv``) labels one of a series, a stage of a draw or a part of a text: no body, person or
    place. Not a person whose first word is a first name (a stage name, "Tomas K")."""
    common = lexicons.load().common_words
    for m in mentions:
        if m.end - m.start == 2 and m.label in {"ORG", "PERSON", "PLACE"}:
            a, b = doc[m.start], doc[m.start + 1]
            if a.is_title and a.lower_ in common and len(b.text) == 1 and b.text.isupper() and b.is_alpha \
                    and not (m.label == "PERSON" and is_first_name(a.text)):  # a stage name ("Tomas K")
                m.label = "NONE"


SCORE = re.compile(r"^\d{1,2}[-\u2013:]\d{1,2}$")  # "2-1", "3:0": a match's score
MATCH_SCORES = 2  # scores, and as many sport words again, make an article a match report
MATCH_WORDS = 4
SPORT_SHARE = 0.02  # … and so does one word of sport in fifty ("the league", "the club", "the coach")


MATCH_REPORT = "kg_match_report"  # doc.user_data key of match_report's answer


def match_report(doc: Doc, names: set[int] | frozenset[int] = frozenset()) -> bool:
    """An article that reports matches or a competition: at least two scores and four words of
    sport, or one word in fifty a word of sport. Words inside names (token indices ``names``) are
    no words of sport: an article about "the Freedom League" is no match report. The answer without
    ``names`` is kept on the doc: several rules ask it of one article."""
    if not names and MATCH_REPORT in doc.user_data:
        return doc.user_data[MATCH_REPORT]
    sport, separators = lexicons.load().words["sport_words"], lexicons.load().words["score_separators"]
    scores = sum(1 for t in doc if not t.like_num and SCORE.match(t.text)) \
        + sum(1 for t in doc[:-2] if t.like_num and doc[t.i + 1].text in separators
              and doc[t.i + 2].like_num and len(t.text) <= 2 and len(doc[t.i + 2].text) <= 2
              and not doc[t.i + 1].whitespace_ and not t.whitespace_)
    words = sum(1 for t in doc if t.lemma_.lower() in sport and t.i not in names)
    found = (scores >= MATCH_SCORES and words >= MATCH_WORDS) or words >= max(MATCH_WORDS, SPORT_SHARE * len(doc))
    if not names:
        doc.user_data[MATCH_REPORT] = found
    return found


def _plays(doc: Doc, m: Mention, org_tokens: frozenset[int] | set[int] = frozenset()) -> int:
    """+1 where a mention plays in a match report (subject or object of a verb, a possessor, after
    "against", "with", "to", "over"; listed with a club, in apposition to "team"), -1 where it
    locates ("in", "at", "from"), else 0."""
    words = lexicons.load().words
    head = doc[m.end - 1]
    if head.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"} or (
            head.dep_ == "pobj" and head.head.lower_ in words["club_prepositions"]):
        return 1
    if (head.dep_ == "conj" and head.head.i in org_tokens) or (
            head.dep_ == "appos" and head.head.lemma_.lower() in words["team_nouns"]):
        return 1  # "lost to Acme United and X", "the strong side, X"
    if head.dep_ == "pobj" and head.head.lower_ in words["location_prepositions"]:
        return -1
    if head.dep_ == "compound" and head.head.i == m.end and _club_title(head.head.lower_):
        return 1  # "X striker Ann Wu", "X coach": a player's or a coach's club
    return 0


def _club_title(word: str) -> bool:
    """A title held in a club or a team: a player's or a coach's (``concepts.tsv`` team)."""
    lex = lexicons.load()
    t = lex.titles.get(word)
    return t is not None and t[0] in lex.concepts["team"]


def clubs(doc: Doc, mentions: list[Mention]) -> None:
    """In a match report, teams named after their city are organisations, decided per name over
    all its mentions: a city's name that plays (subject or object of a verb, a possessor, after
    "against", "with", "to", "over") more often than it locates ("in", "at", "from"), and a name
    of several words one of which is a big city's ("X Munich", "Manchester X") that is no place the
    gazetteer knows as a whole; again until none changes, a club making the cities listed with it
    clubs. A city right before a player's or a coach's title plays ("X striker Ann Wu")."""
    if not any(m.label in {"PLACE", "PERSON"} for m in mentions) or not match_report(doc):
        return
    city = _city

    # a club found makes the names listed with it clubs too ("drew with A, X and Y"): again until none changes
    while True:
        org_tokens = {i for m in mentions if m.label == "ORG" for i in range(m.start, m.end)}
        plays: Counter = Counter()
        for m in mentions:
            if m.label not in {"PLACE", "PERSON"}:
                continue
            if club_name(m.key):
                plays[m.key] += 100  # "Bayern Munich", "Dinamo Zagreb"
                continue
            if not city(m.key):
                continue
            plays[m.key] += _plays(doc, m, org_tokens)
        changed = False
        for m in mentions:
            if m.label in {"PLACE", "PERSON"} and plays[m.key] > 0:
                m.label = "ORG"
                changed = True
        if not changed:
            break
    # a city read as a person only as the last word of a club's name read as a person ("Werder X" …
    # "X": the surname vote of ``vote_types``) goes with the club when no person's full name ends in it
    full = {m.key for m in mentions if m.label == "PERSON" and " " in m.key}
    clubs_named = {m.key.split()[-1] for m in mentions if m.label == "ORG" and " " in m.key}
    for m in mentions:
        if m.label == "PERSON" and " " not in m.key and m.key in clubs_named and city(m.key) \
                and not any(f.split()[-1] == m.key for f in full):
            m.label = "ORG"


_BODY_VERBS: tuple[object, frozenset[str]] | None = None  # (the lexicon set, its verbs)


def body_verbs() -> frozenset[str]:
    """Verbs whose object is a body when it is a name ("fined X", "sued X", "bought X", "accused X"):
    those whose first WordNet sense, or whose own name ("accuse": Accuse), is an event type of
    words.tsv ``body_patient_types`` in any context (no CAMEO object pattern). Senses further down
    ("take", "get": TransferOwnership in their 32nd and 22nd senses) do not count."""
    global _BODY_VERBS
    lex = lexicons.load()
    if _BODY_VERBS is not None and _BODY_VERBS[0] is lex:
        return _BODY_VERBS[1]  # read once per lexicon set, not once per article
    types = lex.words["body_patient_types"]
    verbs = frozenset(lemma for (lemma, pos), senses in lex.event_senses.items()
                      if pos == "VERB" and any(s.type in types and not s.objects
                                               and (s.rank == 1 or s.type.lower() == lemma) for s in senses))
    _BODY_VERBS = (lex, verbs)
    return verbs


def _person_word(lex, t) -> bool:
    """A title, a person's noun or an occupation ("minister", "front-runner", "lawyer")."""
    lemma = t.lemma_.lower()
    return t.lower_ in lex.titles or lemma in lex.person_nouns or lemma in lex.occupations


def _person_noun(lex, t) -> bool:
    """A person's word written in lower case ("the singer X", "X, a local musician,")."""
    return t.is_lower and _person_word(lex, t)


def _person_evidence(doc: Doc, m: Mention) -> bool:
    """A mention described as a person: in apposition to a person's noun ("X, a local musician,")
    or right after one ("the singer X")."""
    lex = lexicons.load()
    head = doc[m.end - 1]
    return any(c.dep_ == "appos" and _person_noun(lex, c) for c in head.children) \
        or (head.dep_ == "appos" and _person_noun(lex, head.head)) \
        or (m.start > 0 and _person_noun(lex, doc[m.start - 1]))


def event_names(doc: Doc, mentions: list[Mention]) -> None:
    """A name of two words or more whose last word names a competition, a prize or a festival
    ("the Ruritanian Cup", "the Ostrova Prize", words.tsv ``event_name_heads``) names no
    organisation and no person: an event or an award, decided per name over all its mentions.
    In a match report a league is a competition too ("the Ostrova League"), unless a people's or
    a place's word leads it ("the Ruritanian League": a body of states or parties); "games" only
    after a people's or a place's word, a year or an ordinal ("the Ruritanian Games", "the 2030
    Games"; ``led_event_heads``): "X Games" is else a studio's name. A name that acts or is acted
    on as a body keeps its type: the subject of a verb ("the Lake Festival said", "X Games sued …"),
    a word joined to a subject ("Velmora and X Games said", "the studio X Games laid off …"), the
    object or passive subject of a verb whose object is a body ("bought X Games", "X Games was
    fined", :func:`body_verbs`), a possessor ("X Games' staff") or a name before a title or a role
    noun ("X Games chief executive Ann Lee"). A person keeps it after a title, or with a first name
    first ("Ann Cup") when that word is no demonym or country's or US state's name, or is one and
    the article describes the name as a person ("Georgia Cup, a teacher,", "the teacher Georgia Cup")."""
    lex = lexicons.load()
    heads, leagues, led = lex.words["event_name_heads"], lex.words["sport_competition_heads"], \
        lex.words["led_event_heads"]
    gz = gazetteer()
    speech = {v for v, c in lex.speech_verbs.items() if c == "speech"}
    patient = body_verbs()
    passive = speech | patient  # a passive subject acts when its verb speaks or acts on a body
    past_endings = lex.words["regular_past_endings"]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in {"ORG", "PERSON"}:
            by_key[m.key].append(m)
    names = {i for m in mentions for i in range(m.start, m.end)}
    report: list[bool] = []  # match_report(doc), computed once when first needed

    def acts(m: Mention) -> bool:
        head = doc[m.end - 1]
        while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
            head = head.head  # "Velmora and X Games said", "the studio X Games laid off …"
        verb = head.head
        # the lemma, or a regular past's stem where the lemmatiser errs ("fined": "fin")
        stems = {verb.lemma_.lower()} | ({verb.lower_[:-len(e)] for e in past_endings if verb.lower_.endswith(e)}
                                         if verb.tag_ in {"VBD", "VBN"} else set())
        if head.dep_ == "nsubj" or (head.dep_ == "nsubjpass" and stems & passive):
            return True
        if head.dep_ == "dobj" and stems & patient:
            return True
        # a name the parser made the root of a sentence of the body: a subject whose verb it misread
        return head.dep_ == "ROOT" and not m.headline and len([t for t in head.sent if not t.is_punct]) > m.end - m.start

    def titled(m: Mention) -> bool:
        return m.start > 0 and (doc[m.start - 1].lower_.rstrip(".") in lex.honorifics
                                or doc[m.start - 1].lower_ in lex.titles)

    def led_by_place(ms: list[Mention], numbers: bool) -> bool:
        modifier = (ms[0].name or ms[0].text).split()[:-1]
        if numbers and any(doc[i].like_num for m in ms for i in range(m.start, m.end - 1)):
            return True
        return any(w in lex.demonyms or known_place(key(w)) or key(w) in subdivisions() or wordnet_place(key(w))
                   for w in modifier)

    for k, ms in by_key.items():
        words = k.split()
        if len(words) < 2 or (words[-1] not in heads and words[-1] not in leagues):
            continue
        if words[-1] in led and not led_by_place(ms, numbers=True):
            continue  # "X Games": a studio
        if words[-1] not in heads:  # a league
            if led_by_place(ms, numbers=False):
                continue
            if not report:
                report.append(match_report(doc, names))
            if not report[0]:
                continue
        first = (ms[0].name or ms[0].text).split()[0]
        if any(m.label == "PERSON" for m in ms) and (any(titled(m) for m in ms) or (
                is_first_name(first) and (not (first in lex.demonyms or key(first) in gz.countries or key(first) in gz.states)
                                          or any(_person_evidence(doc, m) for m in ms)))):
            continue
        if any(acts(m) or _before_role(doc, m) for m in ms):
            continue
        for m in ms:
            m.label = "NONE"


def named_places(doc: Doc, mentions: list[Mention]) -> None:
    """A name the article introduces by its kind of place ("the town of X", "the eastern state of
    X", "the island of X": the object of "of" after a generic place word of ``place_words.tsv``
    with an article before it) is a place, decided per name over all its mentions: a state that
    later announces something is still the state. Never the possessor of another noun ("the state of
    Acme's finances"); "state" and "capital" (``modified_place_words``, also a condition and money)
    only with a compass modifier (``region_modifiers``: "the eastern state of X", not "the dire state
    of X" nor "the capital of X Bank"); never a name ending in a body's word (``org_heads.tsv``)."""
    lex = lexicons.load()
    words, preps, modified = lex.place_words, lex.words["place_name_prepositions"], lex.words["modified_place_words"]
    regions = lex.words["region_modifiers"]
    named = set()
    for m in mentions:
        if m.label not in {"ORG", "PERSON"} or m.start < 2 or doc[m.end - 1].dep_ != "pobj":
            continue  # "the state of Acme's finances": the possessor of another noun
        of, noun = doc[m.start - 1], doc[m.start - 2]
        before = [c for c in noun.children if c.i < noun.i]
        if len(m.key.split()) > 1 and m.key.split()[-1] in lex.org_heads:
            continue  # "the city of London Corporation": a name ending in a body's word is no place
        if of.lower_ in preps and noun.lower_ in words and noun.is_lower and any(c.dep_ == "det" for c in before) \
                and (noun.lower_ not in modified
                     or any(c.dep_ in {"amod", "compound"} and c.lower_ in regions for c in before)):
            named.add(m.key)
    for m in mentions:
        if m.key in named and m.label in {"ORG", "PERSON"}:
            m.label = "PLACE"


def facilities(mentions: list[Mention]) -> None:
    """A name whose last word names a site ("X Museum", "Y Stadium", "Z Clinic", words.tsv
    ``facility_words``) is a place, decided per name over all its mentions."""
    words = lexicons.load().words["facility_words"]
    sites = {m.key for m in mentions if m.label in {"ORG", "PERSON"} and len(m.key.split()) > 1
             and m.key.split()[-1] in words}
    for m in mentions:
        if m.key in sites:
            m.label = "PLACE"


def divisions(doc: Doc, mentions: list[Mention]) -> None:
    """ "the Western District of Ruritania", "the Eastern Province of X": a name of a compass word and a
    generic place word (words.tsv ``region_modifiers``, ``place_words.tsv``), both capitalised, right before
    "of" and a named place is the name of a division of that place, whole; the recogniser cuts it at "of",
    and every such division of every place would be one node. The place's own mention joins it."""
    lex = lexicons.load()
    regions, of = lex.words["region_modifiers"], lex.words["genitive_prepositions"]
    starting = {m.start: m for m in mentions}
    drop = set()
    for m in mentions:
        if m.end - m.start != 2 or m.end + 1 >= len(doc) or doc[m.end].lower_ not in of:
            continue
        a, b = doc[m.start], doc[m.start + 1]
        place = starting.get(m.end + 1)
        if not (a.is_title and b.is_title and a.lower_ in regions and b.lower_ in lex.place_words) \
                or place is None or place.label != "PLACE":
            continue
        m.end = place.end
        m.text = m.name = doc[m.start:m.end].text
        drop.add(id(place))
    mentions[:] = [m for m in mentions if id(m) not in drop]


def without_middle_initial(name: str) -> str:
    """"Ann B. Wu" → "Ann Wu": one name across articles that write it either way (the written
    form stays one of its names). Two initials ("Ann B. C. Wu") and a leading initial ("A. B. Wu")
    are kept."""
    words = name.split()
    initial = [len(w.rstrip(".")) == 1 and w[0].isupper() for w in words]
    middle = [i for i in range(1, len(words) - 1) if initial[i]]
    if len(words) >= 3 and len(middle) == 1 and not initial[0]:
        return " ".join(w for i, w in enumerate(words) if i != middle[0])
    return name


def consolidate(doc: Doc, headline_end: int = 0) -> EntityIndex:
    lex = lexicons.load()
    generic = lex.words["generic_org_words"]
    genitive = lex.words["genitive_prepositions"]
    credits = credits_start(doc_text(doc))
    mentions = collect(doc, headline_end, credits)
    completed_surnames(doc, mentions)
    first_name_people(doc, mentions)
    coordinated_people(doc, mentions)
    sentence_start_prefixes(doc, mentions)
    defined_acronyms(doc, mentions)
    cut_names(doc, mentions)
    common_words(doc, mentions)
    portfolio_fields(doc, mentions)
    vote_types(doc, mentions)
    expanded_prefixes(mentions)
    surnamed_names(doc, mentions)
    quoted_works(doc, mentions)
    retype_people(doc, mentions)
    placed_people(doc, mentions)
    thing_names(doc, mentions)
    seat_names(doc, mentions)
    unpeopled_names(doc, mentions)
    listed_places(doc, mentions)
    addressed_places(doc, mentions)
    listed_bodies(doc, mentions)
    collective_bodies(doc, mentions)
    alias_types(doc, mentions)
    capitalised_kinds(doc, mentions)
    unreal_people(doc, mentions)
    listed_kinds(doc, mentions)
    grouped_names(doc, mentions)
    unproper_orgs(doc, mentions)
    lettered_labels(doc, mentions)
    event_names(doc, mentions)
    mentions[:] = [m for m in mentions if m.label not in {"LAW", "NONE"}]
    clubs(doc, mentions)
    divisions(doc, mentions)
    facilities(mentions)
    pronoun_people(doc, mentions)
    named_places(doc, mentions)
    person_prefixes(doc, mentions)
    # clusters: longest names first, so that short forms find their full name
    order = sorted(range(len(mentions)), key=lambda i: (-len(mentions[i].key.split()), i))
    structures = lex.words["structure_nouns"]
    clusters: list[dict] = []  # {kind, keys, names, members}
    assign: dict[int, int] = {}
    by_key: dict[tuple[str, str], int] = {}  # (kind, key) -> the first cluster with that key
    # a person's clusters by each word of their name: a short form ("Wu", "Ann Wu") can only join
    # a cluster whose name has its last word, so only those are tried (not every cluster)
    people_by_word: dict[str, list[int]] = {}

    def note_keys(ci: int, keys: Iterable[str]) -> None:
        for k in keys:
            by_key[(clusters[ci]["kind"], k)] = min(ci, by_key.get((clusters[ci]["kind"], k), ci))

    def heads(word: str, key: str) -> bool:
        """The word is the head of the name's first part: the word just before its first "of"
        ("united states house of representatives"; not "judiciary committee of the house of …"),
        or its last word where it has no "of" ("white house")."""
        words = key.split()
        cut = next((j for j, w in enumerate(words) if w in genitive), len(words))
        return cut > 0 and words[cut - 1] == word and (cut < len(words) or len(words) > 1)

    def headed_by(word: str) -> list[int]:
        """A generic word alone ("the House", "the Department") is the one organisation of the
        article whose name it heads ("House of Representatives"); with two such ("House of
        Lords", "House of Commons"; "the White House" too) it is neither."""
        found = [ci for ci, c in enumerate(clusters) if c["kind"] == "ORG" and any(heads(word, v) for v in c["keys"])]
        return found if len(found) == 1 and any(
            f" {word} {p} " in f" {v} " for v in clusters[found[0]]["keys"] for p in genitive) else []

    def find(m: Mention, i: int) -> int | None:
        k = m.key
        if (m.label, k) in by_key:  # what the walk below would find first: no scan of every cluster
            return by_key[(m.label, k)]
        words = k.split()
        hits = []
        tried = people_by_word.get(words[-1], []) if m.label == "PERSON" and words else \
            [] if m.label == "PERSON" else range(len(clusters))
        for ci in tried:
            c = clusters[ci]
            if c["kind"] != m.label:
                continue
            if k in c["keys"]:
                return ci
            if m.label == "PERSON":
                cwords = c["words"]
                # a surname or a first name alone, or a shorter form of the full name ("Ann Wu",
                # "Annie Wu" of "Ann B. Wu"); never another first name with that surname ("Tim Wu")
                if len(words) < len(cwords) and words and (
                        (len(words) == 1 and words[0] in {cwords[0], cwords[-1]}) or set(words) <= set(cwords)
                        or (words[-1] == cwords[-1] and words[0][0] == cwords[0][0])):
                    hits.append(ci)
            elif m.label == "ORG":
                if is_acronym(m.text) and k.replace(" ", "") in c["acronyms"]:
                    hits.append(ci)
                elif len(words) == 1 and words[0] not in generic and words[0] in c["words"]:
                    hits.append(ci)
                elif any(k in v for v in c["keys"]) and len(words) >= 2 and set(words) - generic:
                    hits.append(ci)
            elif m.label == "PLACE":  # "New York" of "New York City"; not "London" of "London Bridge", a
                # thing built in the place (words.tsv structure_nouns: "X Airport", "X District Hospital")
                if any(v.startswith(k + " ") and v.split()[-1] not in structures for v in c["keys"]):
                    hits.append(ci)
        if not hits and m.label == "ORG" and len(words) == 1 and words[0] in generic:
            hits = headed_by(words[0])
        if len(hits) > 1 and m.label == "PLACE":  # names read in the text before expansions
            named = [ci for ci in hits if any(mentions[j].name == mentions[j].text for j in clusters[ci]["members"])]
            hits = named or hits
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:  # the nearest one mentioned before, else the first
            best, best_pos = None, -1
            for ci in hits:
                starts = clusters[ci]["starts"]  # its members' starts, in order
                k = bisect_left(starts, m.start)
                pos = starts[k - 1] if k else -1
                if pos > best_pos:
                    best, best_pos = ci, pos
            return best if best is not None else hits[0]
        return None

    for i in order:
        m = mentions[i]
        ci = find(m, i)
        if ci is None:
            keys = org_variants(m.name or m.text) if m.label == "ORG" else {m.key}
            keys |= {key(m.text)} if m.alias else set()
            clusters.append({"kind": m.label, "keys": keys, "words": m.key.split(), "members": [i],
                             "starts": [m.start],
                             "acronyms": acronyms(m.name or m.text) if m.label == "ORG" else set()})
            ci = len(clusters) - 1
            note_keys(ci, keys)
            if m.label == "PERSON":
                for w in dict.fromkeys(clusters[ci]["words"]):
                    people_by_word.setdefault(w, []).append(ci)
        else:
            clusters[ci]["members"].append(i)
            insort(clusters[ci]["starts"], m.start)
            if m.alias:
                clusters[ci]["keys"].add(key(m.text))
                note_keys(ci, {key(m.text)})
            if m.label == "ORG" and not is_acronym(m.text):
                variants = org_variants(m.name or m.text)
                clusters[ci]["keys"] |= variants
                note_keys(ci, variants)
                clusters[ci]["acronyms"] |= acronyms(m.name or m.text)
        assign[i] = ci

    place_keys = {m.key for m in mentions if m.label == "PLACE"}
    countries = named_countries(doc, mentions)
    aliases_of: dict[int, str] = {}
    # a cluster seen only in the headline is a guess the body never confirms
    keep = [ci for ci, c in enumerate(clusters) if any(not mentions[j].headline for j in c["members"])]
    entities: list[Entity] = []
    new_index: dict[int, int] = {}
    for ci in sorted(keep, key=lambda c: min(mentions[j].start for j in clusters[c]["members"])):
        c = clusters[ci]
        ms = [mentions[j] for j in c["members"]]
        full = [x for x in ms if not is_acronym(x.text)] or ms
        if c["kind"] != "PERSON":  # a headline runs an organisation's name into its words
            full = [x for x in full if not x.headline] or full
        # a dateline's or a shouted form ("WASHINGTON") is not the name's own spelling
        full = [x for x in full if not ((x.name or x.text).isupper() and len(x.name or x.text) > 5)] or full
        best = max(full, key=lambda x: (len(x.key.split()), len(x.name or x.text), -x.start))
        name = best.name or best.text
        if c["kind"] == "PERSON":
            name = without_middle_initial(" ".join(name.split()))
        party_names = {p.lower(): p for p in lex.parties.values()}
        if c["kind"] == "ORG" and name.lower() in party_names:
            name = party_names[name.lower()]  # "Republican party" is written one way
        # a party: one the lexicon knows, or a name written "X Party" or "the X party"
        party = c["kind"] == "ORG" and (name in party_names.values() or any(
            name.endswith(" " + capitalised(p)) for p in lex.words["party_words"]) or any(
            x.end < len(doc) and doc[x.end].lower_ in lex.words["party_words"] for x in ms))
        title = peer_title(doc, ms) if c["kind"] == "PERSON" and len(name.split()) == 1 else ""
        if c["kind"] == "PERSON" and len(name.split()) == 1 and not title:
            full_name = known_holder(name, place_keys, countries)
            if full_name:
                aliases_of[ci] = name
                name = full_name
        ent = Entity(kind=c["kind"], name=name, party=party, title=title)
        ent.local = c["kind"] == "PERSON" and len(name.split()) == 1 and not title
        for x in sorted(ms, key=lambda x: x.start):
            span = doc[x.start:x.end]
            ent.mentions.append((span.start_char, span.end_char))
            if x.text != name:
                ent.aliases.add(x.text)
        if ci in aliases_of:
            ent.aliases.add(aliases_of[ci])
        new_index[ci] = len(entities)
        entities.append(ent)

    tok2ent: list[int | None] = [None] * len(doc)
    spans = []
    for i, m in enumerate(mentions):
        ci = assign[i]
        if ci not in new_index:
            continue
        e = new_index[ci]
        for t in range(m.start, m.end):
            tok2ent[t] = e
        spans.append((m.start, m.end, e))

    # surnames the NER missed: a capitalised token equal to a known person's surname
    surnames: dict[str, set[int]] = defaultdict(set)
    for e, ent in enumerate(entities):
        if ent.kind == "PERSON" and len(ent.name.split()) > 1:
            surnames[ent.name.split()[-1]].add(e)
    for t in doc:
        if tok2ent[t.i] is None and t.text in surnames and len(surnames[t.text]) == 1 and not t.is_lower \
                and headline_end <= t.idx < credits:
            e = next(iter(surnames[t.text]))
            tok2ent[t.i] = e
            entities[e].mentions.append((t.idx, t.idx + len(t.text)))
            spans.append((t.i, t.i + 1, e))

    missed_names(doc, entities, tok2ent, spans, headline_end, credits)

    # "City, ST": the place lies in the state
    for a, b in zip(spans, spans[1:]):
        ea, eb = entities[a[2]], entities[b[2]]
        if ea.kind == eb.kind == "PLACE" and a[2] != b[2] and b[0] == a[1] + 1 \
                and doc[a[1]].text == "," and doc[b[0]:b[1]].text in lex.place_abbrev:
            ea.contained_in = b[2]
    for ent in entities:
        ent.mentions.sort()
    return EntityIndex(doc, entities, tok2ent, sorted(spans))


def peer_title(doc: Doc, ms: list[Mention]) -> str:
    """The peer's title or judge's style of a person the article names only by a surname, after a
    peer's title in the body ("Lord Quill", "Baroness Quill") or a judge's style ("Mr Justice
    Quill", ``judicial_styles``) and never after another honorific ("Mr Quill"): the style and the
    surname name the same person in every article that uses them. "" if none."""
    lex = lexicons.load()
    words, styles = lex.words["peerage_titles"], lex.words["judicial_styles"]

    def style(m: Mention) -> str:
        two = doc[max(m.start - 2, 0):m.start].text.replace(".", "")
        return two if m.start > 1 and two.lower() in styles and two[:1].isupper() \
            else doc[m.start - 1].text.rstrip(".")
    before = {style(m) for m in ms if m.start > 0 and not m.headline}
    peer = {w for w in before if (w.lower() in words or w.lower() in styles) and w[:1].isupper()}
    other = {w for w in before if w.lower() in lex.honorifics and w.lower() not in words}
    if len(peer) != 1 or other:
        return ""
    # "Mr Justice Quill" is shown as "Justice Quill": a person's name never starts with "Mr" (shapes.ttl)
    parts = [w.title() for w in peer.pop().split()]
    return " ".join(parts[1:] if len(parts) > 1 and parts[0].lower() not in words else parts)


def missed_names(doc: Doc, entities: list[Entity], tok2ent: list[int | None], spans: list, headline_end: int,
                 credits: int | None = None) -> None:
    """Organisations and places the NER tagged in one sentence and missed in another ("New Acme
    CEO X", a sentence that starts with the name): the same words, capitalised and not part of a
    longer name, are a mention of that entity; so are the initials of an organisation's
    capitalised words ("ICA" of "International Court of Acmeland"). A word the article also
    writes in lower case is a common word, never taken."""
    lex = lexicons.load()
    lower = {t.text for t in doc if t.is_lower}
    text = doc_text(doc)  # Doc.text joins every token: read once per Doc
    written: dict[str, set[int]] = defaultdict(set)
    first: set[str] = set()  # the first token of every written form: most tokens start none
    for e, ent in enumerate(entities):
        if ent.kind not in {"ORG", "PLACE"}:
            continue
        for s, t in ent.mentions:
            written[text[s:t]].add(e)
            span = doc.char_span(s, t, alignment_mode="expand")
            if span is not None and len(span):
                first.add(span[0].text)
        # the initials of the capitalised words: "Court for the former Acmeland" → "CA"
        initials = "".join(w[0] for w in ent.name.split() if w[0].isupper())
        if ent.kind == "ORG" and len(initials) >= 3 and len(ent.name.split()) >= 3:
            written[initials].add(e)
            first.add(initials)
    for i, t in enumerate(doc):
        if tok2ent[i] is not None or t.idx < headline_end or (credits is not None and t.idx >= credits) or t.is_lower or not t.is_alpha or t.text not in first:
            continue
        for n in range(4, 0, -1):
            span = doc[i:i + n]
            e = written.get(span.text)
            if len(span) < n or not e or len(e) != 1 or any(tok2ent[j] is not None for j in range(i, i + n)):
                continue
            nxt = doc[i + n] if i + n < len(doc) else None
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and tok2ent[nxt.i] is None:
                break  # part of a longer name ("Acme Arena")
            low = span.text.lower()
            if n == 1 and (low in lower or low in lex.words["generic_org_words"]
                           or low in lex.titles or low in lex.place_words or low in lex.status):
                break
            ent_i = next(iter(e))
            for j in range(i, i + n):
                tok2ent[j] = ent_i
            entities[ent_i].mentions.append((span.start_char, span.end_char))
            if span.text != entities[ent_i].name:
                entities[ent_i].aliases.add(span.text)
            spans.append((i, i + n, ent_i))
            break


def adjective_only(text: str, entities: list[Entity], kept: set[int]) -> set[int]:
    """The places the article names only by a demonym ("a Norwegian minister", "Danish
    prosecutors") and that nothing the article states reads (no office's organisation, no
    speaker, none in ``kept``): an adjective of nationality names no place of its own."""
    # adjectives only: "U.S.", "US" and "New Zealand" ("New Zealand police") name the country itself
    demonyms = {k for k, c in lexicons.load().demonyms.items() if k != c and not k.isupper() and "." not in k}
    return {i for i, e in enumerate(entities)
            if e.kind == "PLACE" and i not in kept and e.mentions
            and all(text[a:b] in demonyms for a, b in e.mentions)}


def without_entities(drop: set[int], entities: list, memberships: list, quotations: list,
                     events: list) -> tuple[list, list, list, list]:
    """The records with the entities ``drop`` taken out and every index renumbered (new records;
    the ones given are not changed). References to a dropped entity go: from an event's sets, a
    quotation's addressee, medium or topics, a place's containing place."""
    if not drop:
        return entities, memberships, quotations, events
    new: dict[int, int] = {}
    for i in range(len(entities)):
        if i not in drop:
            new[i] = len(new)

    def one(i):
        return None if i is None else new.get(i)

    ents = [replace(e, contained_in=one(e.contained_in)) for i, e in enumerate(entities) if i not in drop]
    ms = [replace(m, person=new[m.person], organization=one(m.organization)) for m in memberships]
    qs = [replace(q, speaker=one(q.speaker), addressee=one(q.addressee), medium_entity=one(q.medium_entity),
                  about=[new[a] for a in q.about if a in new]) for q in quotations]
    evs = [replace(ev, agents={new[a] for a in ev.agents if a in new}, targets={new[a] for a in ev.targets if a in new},
                   attendees={new[a] for a in ev.attendees if a in new},
                   places={new[a] for a in ev.places if a in new}) for ev in events]
    return ents, ms, qs, evs
