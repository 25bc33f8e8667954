"""The graph layout shared by the writers and readers: article graphs and the entity graph.

Each article's named graph (named by the article IRI) holds everything the article says,
including its own statement of the names and types of the people, organisations, places and
roles it mentions. The entity graph (:data:`ENTITY_GRAPH`) holds each shared node's description
once: the set union of those statements over all articles. Queries join inside one article's
graph and look names and types up in the entity graph, so nothing is repeated per article.
See ``docs/graph-shape.md``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Iterable

from pyoxigraph import NamedNode, Quad, Triple

from .vocab import A, ID_NS, KG, OWL, PROV, RDFS, SCHEMA

# The entity graph: one description per shared node, merged over the articles. Its triples are
# those of the article graphs whose subject is a shared node (entity, role, agent) and whose
# predicate describes the node rather than one article's mention of it.
ENTITY_GRAPH = NamedNode(ID_NS + "entities")
SHARED = tuple(ID_NS + kind + "/" for kind in ("person", "org", "place", "role", "agent"))
MENTION_ONLY = frozenset({PROV.wasDerivedFrom, KG.mentionedIn})


def is_description(q) -> bool:
    """A triple that belongs in the entity graph (whatever graph it is stated in)."""
    return (isinstance(q.subject, NamedNode) and q.subject.value.startswith(SHARED)
            and q.predicate not in MENTION_ONLY)


def merged_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The merge of what these article quads state about the shared nodes: every description
    triple once, in :data:`ENTITY_GRAPH` (names and types that several articles give are kept
    once, each article's own names all kept)."""
    seen: dict = {}
    for q in quads:
        if q.graph_name != ENTITY_GRAPH and is_description(q):
            seen.setdefault(q.triple, None)
    return [Quad(t.subject, t.predicate, t.object, ENTITY_GRAPH) for t in seen]


def entity_quads(quads: Iterable[Quad]) -> list[Quad]:
    """The entity graph for these article quads: the merge (:func:`merged_quads`) and the surname
    links the merge implies (:func:`surname_links`)."""
    quads = list(quads)
    merged = merged_quads(quads)
    mentioned: dict = defaultdict(set)
    for q in quads:
        if q.predicate == KG.mentionedIn and q.graph_name != ENTITY_GRAPH:
            mentioned[q.subject].add(q.object)
    links = surname_links((q.triple for q in merged), lambda node: len(mentioned.get(node, ())))
    return merged + [Quad(t.subject, t.predicate, t.object, ENTITY_GRAPH) for t in sorted(links, key=str)]


def name_words(name: str) -> list[str]:
    """A name's words as :func:`kg.analyse.names.key` compares them (case, possessive, dots and
    punctuation left out), without loading the analysis."""
    s = name.casefold().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s).replace(".", "")
    return re.sub(r"[^\w\s]", " ", s).split()


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector  # the first names kg.analyse.names reads (importing it would load spaCy)

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str:
    return _detector().get_gender(word) if word else "unknown"


PERSON = ID_NS + "person/"
LINK_FACTS = frozenset({A, RDFS.label, SCHEMA.gender})  # what the surname links are decided by


def is_link_fact(t) -> bool:
    """A description triple :func:`surname_links` reads: a person's types, label and gender."""
    return isinstance(t.subject, NamedNode) and t.subject.value.startswith(PERSON) and t.predicate in LINK_FACTS


DOMINANT = 5  # a full name in this many times the articles of every other with its surname is the one meant


def surname_links(triples: Iterable[Triple], articles: Callable[[NamedNode], int] | None = None) -> set[Triple]:
    """Collection-level resolution of bare surnames: ``local owl:sameAs full`` from each person
    node named by one word and local to its article (``id:person/{slug}--{article}``: "Mr Wu" in
    an article that never gives the first name) to the person of the collection whose full name
    (two words or more, not local) ends in that word: the only one whose first name's gender
    (gender-guesser) does not contradict the gender the article gives the surname ("Mrs Wu" is no
    "Tom Wu"), or, when several remain, the one mentioned in at least :data:`DOMINANT` times as
    many articles as each other (``articles(node)``, the number of articles that mention it).
    Nodes and IRIs stay as they are: the link is derived from the collection alone, so it is the
    same whatever order the articles were built in, and it goes when a rival full name comes in or
    the full name goes."""
    person: set = set()
    labels: dict = defaultdict(set)
    gender: dict = {}
    for t in triples:
        if not is_link_fact(t):
            continue
        if t.predicate == A:
            if t.object == SCHEMA.Person:
                person.add(t.subject)
        elif t.predicate == RDFS.label:
            labels[t.subject].add(t.object.value)
        else:
            gender[t.subject] = t.object
    full: dict[str, dict] = defaultdict(dict)
    bare: list[tuple] = []
    for node in sorted(person, key=lambda n: n.value):
        local = "--" in node.value[len(PERSON):]
        for label in sorted(labels.get(node, ())):
            words = name_words(label)
            if len(words) >= 2 and not local:
                full[words[-1]].setdefault(node, words[0])
            elif len(words) == 1 and local:
                bare.append((node, words[0]))
    out: set[Triple] = set()
    counted: dict = {}
    for node, word in bare:
        said = gender.get(node)
        found = []
        for target, first in full.get(word, {}).items():
            guess = first_name_gender(first)
            if said is not None and guess in {"male", "female", "mostly_male", "mostly_female"} \
                    and (said == SCHEMA.Female) != ("female" in guess):
                continue  # "Mrs Wu" is no "Tom Wu"
            found.append(target)
        if len(found) > 1 and articles is not None:
            for target in found:
                if target not in counted:
                    counted[target] = articles(target)
            found.sort(key=lambda n: (-counted[n], n.value))
            if counted[found[0]] >= DOMINANT * max(counted[found[1]], 1):
                found = found[:1]
        if len(found) == 1:
            out.add(Triple(node, OWL.sameAs, found[0]))
    return out
