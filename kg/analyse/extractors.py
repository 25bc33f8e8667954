"""Extractors: each reads one article context with its entities and returns one kind of record.

An extractor names the record kind it yields, the kinds it needs before it (``requires``) and a
function ``extract(context, entities, resolver, found) -> list[record]`` — or, when its rules
need the mentions that other rules of it propose, a sequence of :class:`Pass` es. The entities an
extractor sees are read-only (:class:`~.entities.IndexView`): it proposes new mentions, and the
recipe applies them after each pass in one merge step (:meth:`~.entities.EntityIndex.apply`). :data:`REGISTRY` holds them by
kind; :data:`RECIPE` is the order :func:`kg.analyse.analyse_doc` runs them in. A new kind of
extraction is a record type (:mod:`kg.records`), one extractor registered here, a mapper and a
SHACL shape; see ``docs/extending.md``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from . import events, quotes, roles
from .context import ArticleContext
from .entities import IndexView
from .resolve import Resolver

Extract = Callable[[ArticleContext, IndexView, Resolver, Mapping[str, list]], list[Any]]
Run = Callable[[ArticleContext, IndexView, Resolver, list[Any], Mapping[str, list]], list[Any]]


@dataclass(frozen=True)
class Pass:
    """One pass of an extractor: (context, entities, resolver, the records of its kind so far,
    the records found so far by kind) -> the records of its kind (a new list). The mentions it
    proposes are applied after it; with ``repeat`` it runs again, walking (``entities.walk``)
    the mentions its last run added, until a run adds none."""
    name: str
    run: Run
    repeat: bool = False


@dataclass(frozen=True)
class Extractor:
    kind: str  # the records it yields: "memberships", "quotations", "events" …
    extract: Extract | None = None  # (context, entities, resolver, the records found so far by kind) -> records
    requires: tuple[str, ...] = ()  # kinds that must have run before it
    doc: str = ""
    passes: tuple[Pass, ...] = ()  # instead of ``extract``: passes with the proposals applied between them

    def steps(self) -> tuple[Pass, ...]:
        if self.passes:
            return self.passes
        extract = self.extract
        if extract is None:
            raise ValueError(f"the extractor of {self.kind!r} has neither extract nor passes")
        return (Pass(self.kind, lambda ctx, index, resolver, _records, found: extract(ctx, index, resolver, found)),)


REGISTRY: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    if extractor.kind in REGISTRY:
        raise ValueError(f"an extractor of {extractor.kind!r} is registered already")
    REGISTRY[extractor.kind] = extractor
    return extractor


def unregister(kind: str) -> None:
    REGISTRY.pop(kind, None)


def plan(recipe: tuple[str, ...]) -> list[Extractor]:
    """The extractors of a recipe, checked: each one known, each after the kinds it requires."""
    done: set[str] = set()
    out = []
    for kind in recipe:
        if kind not in REGISTRY:
            raise KeyError(f"no extractor of {kind!r} is registered (known: {', '.join(sorted(REGISTRY))})")
        ex = REGISTRY[kind]
        missing = [r for r in ex.requires if r not in done]
        if missing:
            raise ValueError(f"the extractor of {kind!r} needs {', '.join(missing)} before it")
        out.append(ex)
        done.add(kind)
    return out


def _membership_pass(run, name: str, repeat: bool) -> Pass:
    return Pass(name, lambda ctx, index, resolver, ms, _found: run(index, resolver, list(ctx.quoted), ms), repeat)


register(Extractor(
    "memberships", passes=tuple(_membership_pass(run, name, repeat) for name, run, repeat in roles.PASSES),
    doc="who holds which office or is affiliated with which organisation (roles, affiliations)"))
register(Extractor(
    "quotations", lambda ctx, index, resolver, found: quotes.extract(index, resolver, ctx.lex, ctx.headline_end,
                                                                     list(ctx.marks)),
    requires=("memberships",),  # the title rules teach the resolver who holds which title first
    doc="direct and reported speech with speaker, cue, addressee and medium"))
register(Extractor(
    "events", lambda ctx, index, resolver, found: events.extract(index, resolver, list(ctx.quoted),
                                                                 ctx.headline_end, ctx.published,
                                                                 found.get("quotations"), found.get("memberships")),
    requires=("memberships",),  # and the quotations when the recipe runs them first (rule 123's speakers)
    doc="event mentions from the trigger lexicon with their participants, outside quotes (inside them only a "
        "speaker's performative: rule 123)"))

# the order the analysis runs them in
RECIPE: tuple[str, ...] = ("memberships", "quotations", "events")
# the kinds ArticleRecord has a field for; the records of any other kind go to ArticleRecord.extra
BUILT_IN = frozenset(RECIPE)
