"""Surname links across a build (kg/surnames.py): "Mr X" of one article linked to the full name
of another only with evidence beyond the surname, derived from the stored articles so that a
rebuilt or deleted article leaves the links a fresh build would give. Invented names only."""
from __future__ import annotations

import pyoxigraph as ox

from kg import surnames
from kg.layout import ENTITY_GRAPH
from kg.personnames import honorific_before, surname_key
from kg.store import delete_articles, rebuild_entity_graph, replace_articles
from kg.vocab import A, ID_NS, KG, RDFS, SCHEMA, SKOS


def person(graph: ox.NamedNode, iri: str, label: str, key: str | None, honorific: str | None = None) -> list[ox.Quad]:
    node = ox.NamedNode(ID_NS + "person/" + iri)
    out = [ox.Quad(node, A, SCHEMA.Person, graph), ox.Quad(node, RDFS.label, ox.Literal(label), graph),
           ox.Quad(node, KG.mentionedIn, graph, graph)]
    if key:
        out.append(ox.Quad(node, KG.surnameKey, ox.Literal(key), graph))
    if honorific:
        out.append(ox.Quad(node, KG.honorific, ox.Literal(honorific), graph))
    return out


def article(name: str, *people: tuple) -> tuple[ox.NamedNode, list[ox.Quad]]:
    g = ox.NamedNode(ID_NS + "article/" + name)
    return g, [q for p in people for q in person(g, *p)]


def links(st: ox.Store) -> set[tuple[str, str, str]]:
    rows = {}
    for q in st.quads_for_pattern(None, None, None, surnames.LINKS_GRAPH):
        rows.setdefault(q.subject.value.rsplit("/", 1)[1], {})[q.predicate] = q.object
    return {(s, p[SKOS.closeMatch].value.rsplit("/", 1)[1], p[KG.surnameRule].value) for s, p in rows.items()}


def fresh(arts: dict) -> set:
    st = ox.Store()
    replace_articles(st, list(arts.items()))
    return links(st)


FULL = ("arlo-hartwell", "Arlo Hartwell", "hartwell")
MR = ("hartwell--b", "Hartwell", "hartwell", "Mr")


def test_a_titled_surname_links_to_the_one_full_name_and_follows_every_change():
    st = ox.Store()
    arts = dict([article("a", FULL), article("b", MR)])
    replace_articles(st, list(arts.items()))
    assert links(st) == {("hartwell--b", "arlo-hartwell", surnames.UNIQUE)}
    # a woman of that surname: "Mr" is not her
    arts.update([article("c", ("mira-hartwell", "Mira Hartwell", "hartwell"))])
    replace_articles(st, [(g, q) for g, q in arts.items() if g.value.endswith("/c")])
    assert links(st) == {("hartwell--b", "arlo-hartwell", surnames.UNIQUE)}
    # a second man of that surname, as often named: no link (never on a surname alone)
    d = article("d", ("tomas-hartwell", "Tomas Hartwell", "hartwell"))
    replace_articles(st, [d])
    assert links(st) == set() == fresh({**arts, d[0]: d[1]})
    # deleted again: the link is back, as a fresh build of what is left gives it
    delete_articles(st, [d[0]])
    assert links(st) == fresh(arts) == {("hartwell--b", "arlo-hartwell", surnames.UNIQUE)}
    # the titled article rebuilt without the honorific: its link leaves with it
    replace_articles(st, [article("b", ("hartwell--b", "Hartwell", None))])
    assert links(st) == set()


def test_a_full_name_twenty_times_as_present_as_its_namesakes_takes_the_link():
    arts = dict(article(f"t{i}", ("tomas-hartwell", "Tomas Hartwell", "hartwell")) for i in range(20))
    arts.update([article("a", FULL), article("b", MR)])
    st = ox.Store()
    replace_articles(st, list(arts.items()))
    assert links(st) == {("hartwell--b", "tomas-hartwell", surnames.DOMINANT)}
    # one article fewer: 19 to 1 is no longer enough
    delete_articles(st, [ox.NamedNode(ID_NS + "article/t0")])
    assert links(st) == set()


def test_a_surname_of_mr_and_mrs_in_one_article_links_nowhere():
    st = ox.Store()
    g, qs = article("b", MR)
    qs.append(ox.Quad(qs[0].subject, KG.honorific, ox.Literal("Mrs"), g))
    replace_articles(st, [article("a", FULL), (g, qs)])
    assert links(st) == set()


def test_rebuilding_the_entity_graph_rebuilds_the_links():
    st = ox.Store()
    replace_articles(st, [article("a", FULL), article("b", MR)])
    st.update(f"DROP GRAPH {surnames.LINKS_GRAPH}")
    rebuild_entity_graph(st)
    assert links(st) == {("hartwell--b", "arlo-hartwell", surnames.UNIQUE)}
    assert next(st.quads_for_pattern(None, KG.surnameKey, None, ENTITY_GRAPH), None) is not None


def test_what_the_mapper_reads_of_a_name():
    assert surname_key("Arlo Hartwell") == "hartwell"
    assert surname_key("Chancellor Hartwell") is None  # a title is no first name
    assert surname_key("Hartwell") is None
    text = "Later Mr. Hartwell and Mrs Oduya spoke; President Hartwell did not."
    assert honorific_before(text, text.index("Hartwell")) == "Mr"
    assert honorific_before(text, text.index("Oduya")) == "Mrs"
    assert honorific_before(text, text.rindex("Hartwell")) is None  # an office title is no honorific


def test_validation_finds_a_link_the_articles_do_not_give():
    from kg.validate import entity_graph_problems

    st = ox.Store()
    replace_articles(st, [article("a", FULL), article("b", MR)])
    quads = list(st)
    assert entity_graph_problems(quads) == []
    other = ox.NamedNode(ID_NS + "person/mira-hartwell")
    bad = [ox.Quad(q.subject, q.predicate, other, q.graph_name) if q.predicate == SKOS.closeMatch else q for q in quads]
    problems = entity_graph_problems(bad)
    assert len(problems) == 2 and all("surname link" in p for p in problems)
