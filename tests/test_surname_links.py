"""Collection-level resolution of bare surnames (kg.layout.surname_links): a person node named by
one word and local to its article links (owl:sameAs, in the entity graph) to the one person of the
collection whose full name ends in that word; the links follow every write and delete exactly,
whatever the order of the writes. Invented names throughout."""
from __future__ import annotations

import pyoxigraph as ox

from kg.layout import ENTITY_GRAPH, entity_quads
from kg.store import delete_articles, replace_articles
from kg.validate import entity_graph_problems
from kg.vocab import A, ID_NS, KG, OWL, RDFS, SCHEMA


def person(article: str, label: str, local: bool = False, gender=None) -> tuple[ox.NamedNode, list[ox.Quad]]:
    g = ox.NamedNode(ID_NS + f"article/{article}")
    slug = label.lower().replace(" ", "-") + (f"--{abs(hash(article)) % 10**8:08d}" if local else "")
    node = ox.NamedNode(ID_NS + "person/" + slug)
    quads = [ox.Quad(g, A, SCHEMA.NewsArticle, g), ox.Quad(node, A, SCHEMA.Person, g),
             ox.Quad(node, RDFS.label, ox.Literal(label), g), ox.Quad(node, SCHEMA.name, ox.Literal(label), g),
             ox.Quad(node, KG.mentionedIn, g, g)]
    if gender is not None:
        quads.append(ox.Quad(node, SCHEMA.gender, gender, g))
    return node, quads


def art(name: str, *people: tuple[str, bool, object]) -> tuple[ox.NamedNode, list[ox.Quad]]:
    quads: list[ox.Quad] = []
    for label, local, gender in people:
        quads += person(name, label, local, gender)[1]
    return ox.NamedNode(ID_NS + f"article/{name}"), list(dict.fromkeys(quads))


def links(st: ox.Store) -> set[tuple[str, str]]:
    return {(q.subject.value.rsplit("/", 1)[-1].split("--")[0], q.object.value.rsplit("/", 1)[-1])
            for q in st.quads_for_pattern(None, OWL.sameAs, None, ENTITY_GRAPH)}


def exact(st: ox.Store) -> None:
    """The store's entity graph is what the layout computes from its articles alone."""
    quads = list(st.quads_for_pattern(None, None, None, None))
    assert entity_graph_problems(quads) == []
    assert {q.triple for q in quads if q.graph_name == ENTITY_GRAPH} == {q.triple for q in entity_quads(quads)}


FULL = ("Tamsin Quorrel", False, None)
BARE = ("Quorrel", True, None)


def test_a_bare_surname_links_to_the_one_full_name_of_the_collection_and_unlinks_exactly():
    st = ox.Store()
    replace_articles(st, [art("one.txt", BARE)])
    assert links(st) == set()
    replace_articles(st, [art("two.txt", FULL)])  # the full name comes in a later write
    assert links(st) == {("quorrel", "tamsin-quorrel")}
    exact(st)
    replace_articles(st, [art("three.txt", ("Piet Quorrel", False, None))])  # a second one: neither
    assert links(st) == set()
    exact(st)
    delete_articles(st, [art("three.txt")[0]])
    assert links(st) == {("quorrel", "tamsin-quorrel")}
    replace_articles(st, [art("two.txt")])  # the full name's article rebuilt without it
    assert links(st) == set()
    exact(st)


def test_the_order_of_the_writes_does_not_matter():
    a, b = ox.Store(), ox.Store()
    replace_articles(a, [art("one.txt", BARE), art("two.txt", FULL)])
    replace_articles(b, [art("two.txt", FULL)])
    replace_articles(b, [art("one.txt", BARE)])
    assert links(a) == links(b) == {("quorrel", "tamsin-quorrel")}


def test_a_gender_the_article_gives_must_not_contradict_the_first_name():
    st = ox.Store()
    replace_articles(st, [art("one.txt", ("Quorrel", True, SCHEMA.Male)), art("two.txt", FULL)])
    assert links(st) == set()  # "Mr Quorrel" is no Tamsin
    replace_articles(st, [art("one.txt", ("Quorrel", True, SCHEMA.Female))])
    assert links(st) == {("quorrel", "tamsin-quorrel")}
    exact(st)


def test_a_bare_name_of_the_same_article_is_never_a_full_name():
    st = ox.Store()
    replace_articles(st, [art("one.txt", BARE), art("two.txt", ("Quorrel", True, None))])
    assert links(st) == set()


def test_several_full_names_the_gender_or_a_dominant_one_decides():
    st = ox.Store()
    many = [art(f"full{i}.txt", FULL) for i in range(5)]
    replace_articles(st, many + [art("rival.txt", ("Piet Quorrel", False, None)), art("one.txt", BARE)])
    assert links(st) == {("quorrel", "tamsin-quorrel")}  # in five times the articles of the other
    exact(st)
    delete_articles(st, [many[0][0]])  # four to one: not dominant, no link
    assert links(st) == set()
    exact(st)
    replace_articles(st, [art("one.txt", ("Quorrel", True, SCHEMA.Male))])  # "Mr Quorrel": Piet only
    assert links(st) == {("quorrel", "piet-quorrel")}
    exact(st)
