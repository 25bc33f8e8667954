"""Plain extraction records: what the analyse stage hands to the map stage.

Offsets are Python string offsets into :attr:`kg.read.Document.text`. Entities are referred to
by their index in :attr:`ArticleRecord.entities`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class Entity:
    kind: str  # PERSON, ORG or PLACE
    name: str
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    gender: str = "-"  # m, f or -
    party: bool = False  # a political party
    contained_in: int | None = None  # for places: the place it lies in ("Springfield, Illinois")
    local: bool = False  # a surname or bare form never completed: do not merge across articles
    # a peer's title or a judge's style the article names the person by ("Lord" in "Lord Quill"): part of
    # the label, of an alternate name and of the node's identifier (one node across articles); never of
    # schema:name (the exchange conventions: names carry no titles)
    title: str = ""
    unnamed: bool = False  # a source the article describes but never names ("aides", "a senior official")
    geonames: int | None = None  # GeoNames id of a place, when the link is unambiguous
    # what the article makes of it, decided by the analysis (kg.analyse.entity_types): it holds an
    # office or membership the article states (kg:Official); a place that speaks ("Russia said")
    # acts as its government, so it is an organisation too
    official: bool = False
    acts_as_org: bool = False
    # an organisation named by its seat, a building or a street ("the Kremlin said"): that place too
    seat: bool = False

    @property
    def display_name(self) -> str:
        """The name the node is shown and labelled by: a peer or judge by the style the article names
        them by ("Lord Quill", "Justice Quill"), which is how such a person is known; else the name."""
        return f"{self.title} {self.name}" if self.title else self.name


@dataclass
class Membership:
    person: int
    role: str  # surface label, title-cased ("Mayor")
    concept: str  # role concept in ontology/roles.ttl
    span: Span
    organization: int | None = None
    status: str | None = None  # "former" / "acting"
    confidence: float = 0.8
    rule: str = ""  # the rules that read it, for provenance ("prenominal+implied-country"): never read back
    # how it was read, for the rules that run after: from a title phrase (not an affiliation
    # without one); in a clause ("X, who serves as …"); with an owner that is no organisation
    # ("X's lawyer Y", "parliament president Y")
    titled: bool = True
    in_clause: bool = False
    owned: bool = False
    # no organisation and no formal title: an occupation the article describes ("the film director
    # X", "coach X"), written as a kg:Position, not an org:Membership (kg.analyse.roles.positions)
    position: bool = False


@dataclass
class UnnamedSource:
    """Who speaks, when the article describes them but gives no name ("aides said", "according
    to a senior official"): the describing words and whether they are people or a body."""
    span: Span
    name: str  # the words without determiners or quantifiers ("senior official")
    kind: str  # PERSON or ORG


@dataclass
class Quotation:
    span: Span  # the quoted or reported words (the first piece, when there are several)
    direct: bool
    speaker: int | None = None
    cue: str | None = None  # lemma of the cue verb
    cue_span: Span | None = None
    addressee: int | None = None
    addressee_text: str | None = None
    medium: str | None = None
    medium_entity: int | None = None
    membership: int | None = None  # index into ArticleRecord.memberships
    about: list[int] = field(default_factory=list)
    confidence: float = 0.8
    rule: str = ""
    # the further pieces of one quotation that its attribution splits or a new paragraph
    # continues ('"A," she said. [new paragraph] "B."'): each is evidence of the same words
    parts: list[Span] = field(default_factory=list)
    source: UnnamedSource | None = None  # the speaker, when no entity is one

    @property
    def spans(self) -> list[Span]:
        return [self.span, *self.parts]


@dataclass
class Event:
    kind: str
    spans: list[Span]  # the words naming the event (one or more mentions)
    label: str
    agents: set[int] = field(default_factory=set)
    targets: set[int] = field(default_factory=set)
    attendees: set[int] = field(default_factory=set)
    places: set[int] = field(default_factory=set)
    time_text: str | None = None
    date: str | None = None  # ISO date when resolved
    confidence: float = 0.6
    factuality: str = "asserted"  # planned, hypothetical, negated, disputed (ontology/events.ttl)


@dataclass
class ArticleRecord:
    entities: list[Entity] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    model: str = ""
    rules: str = ""  # kg.analyse.rules_version(): the rules, lexicons and mapping it was built with
    # records of a kind registered beyond the built-in ones (kg.analyse.extractors), by kind, until
    # the kind has a field and a mapper of its own (docs/extending.md)
    extra: dict[str, list] = field(default_factory=dict)
