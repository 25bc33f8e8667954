"""The graph layout (docs/graph-shape.md): article graphs, and the entity graph that merges what
they state about the shared nodes; the shipped queries read it as any SPARQL 1.1 engine would."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg import query as kq
from kg import rdfio
from kg.layout import ENTITY_GRAPH, entity_quads
from kg.network import to_networkx
from kg.store import delete_articles, rebuild_entity_graph, replace_articles
from kg.vocab import A, ID_NS, KG, PROV, RDFS, SCHEMA

PERSON = ox.NamedNode(ID_NS + "person/ilse-marrow")


def article(name: str, *names: str, label: str = "Ilse Marrow") -> tuple[ox.NamedNode, list[ox.Quad]]:
    """An invented article that mentions one shared person by the names given."""
    g = ox.NamedNode(ID_NS + f"article/{name}")
    quads = [ox.Quad(g, A, SCHEMA.NewsArticle, g), ox.Quad(g, SCHEMA.identifier, ox.Literal(name), g),
             ox.Quad(PERSON, A, SCHEMA.Person, g), ox.Quad(PERSON, RDFS.label, ox.Literal(label), g),
             ox.Quad(PERSON, KG.mentionedIn, g, g),
             ox.Quad(PERSON, PROV.wasDerivedFrom, ox.NamedNode(g.value + "#char=0,4"), g)]
    quads += [ox.Quad(PERSON, SCHEMA.name, ox.Literal(n), g) for n in names]
    return g, quads


def entity_graph(st: ox.Store) -> set[tuple[str, str]]:
    return {(q.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1], q.object.value)
            for q in st.quads_for_pattern(None, None, None, ENTITY_GRAPH)}


def test_the_entity_graph_merges_and_forgets_what_only_one_article_gave():
    st = ox.Store()
    replace_articles(st, [article("a.txt", "Ilse Marrow", "I. Marrow"), article("b.txt", "Ilse Marrow")])
    assert entity_graph(st) == {("type", SCHEMA.Person.value), ("label", "Ilse Marrow"),
                                ("name", "Ilse Marrow"), ("name", "I. Marrow")}
    # each description once, however many articles state it
    assert len(list(st.quads_for_pattern(PERSON, SCHEMA.name, ox.Literal("Ilse Marrow"), ENTITY_GRAPH))) == 1
    # article a rebuilt without its second name: the name goes, b's names stay
    replace_articles(st, [article("a.txt", "Ilse Marrow", label="Ilse Marrow")])
    assert ("name", "I. Marrow") not in entity_graph(st) and ("name", "Ilse Marrow") in entity_graph(st)
    # b deleted: a still states everything left
    delete_articles(st, [article("b.txt")[0]])
    assert entity_graph(st) == {("type", SCHEMA.Person.value), ("label", "Ilse Marrow"), ("name", "Ilse Marrow")}
    # the last article deleted: no trace of the person anywhere
    delete_articles(st, [article("a.txt")[0]])
    assert len(st) == 0


class _Recording:
    """A store that says which SPARQL updates it was given."""

    def __init__(self, store):
        self.store, self.updates = store, []

    def update(self, text):
        self.updates.append(text)
        return self.store.update(text)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_new_articles_are_inserted_without_a_sparql_update():
    st = _Recording(ox.Store())
    batch = [article("a.txt", "Ilse Marrow", "I. Marrow"), article("b.txt", "Ilse Marrow")]
    replace_articles(st, batch)
    assert st.updates == []  # only new articles: no text to write and parse
    quads = [q for _g, qs in batch for q in qs]
    assert set(st.store) == set(quads + entity_quads(quads))
    assert set(st.store.named_graphs()) == {g for g, _ in batch} | {ENTITY_GRAPH}
    replace_articles(st, [article("a.txt", "Ilse Marrow")])  # a rebuilt article: the update
    assert len(st.updates) == 1 and ("name", "I. Marrow") not in entity_graph(st.store)


def test_mentions_and_evidence_stay_in_the_article_graph():
    st = ox.Store()
    replace_articles(st, [article("a.txt", "Ilse Marrow")])
    preds = {q.predicate for q in st.quads_for_pattern(None, None, None, ENTITY_GRAPH)}
    assert KG.mentionedIn not in preds and PROV.wasDerivedFrom not in preds and SCHEMA.identifier not in preds


def test_rebuild_entity_graph_gives_what_the_writes_gave():
    st = ox.Store()
    replace_articles(st, [article("a.txt", "Ilse Marrow", "I. Marrow"), article("b.txt", "Ilse Marrow")])
    before = entity_graph(st)
    st.update(f"DROP GRAPH {ENTITY_GRAPH}")
    assert entity_graph(st) == set()
    rebuild_entity_graph(st)
    assert entity_graph(st) == before


def test_a_build_stores_the_merge(seed_build):
    st = ox.Store.read_only(str(seed_build["store"]))
    quads = list(st.quads_for_pattern(None, None, None, None))
    have = {q.triple for q in quads if q.graph_name == ENTITY_GRAPH}
    assert have and have == {q.triple for q in entity_quads(quads)}
    # the file written with -o carries the same entity graph
    in_file = {q.triple for q in rdfio.parse_file(seed_build["trig"]) if q.graph_name == ENTITY_GRAPH}
    assert in_file == have


def _rows(result) -> list[tuple]:
    if isinstance(result, ox.QueryTriples):
        return sorted(tuple(map(str, (t.subject, t.predicate, t.object))) for t in result)
    names = [v.value for v in result.variables]
    return sorted(tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in result)


@pytest.mark.parametrize("name", sorted(kq.shipped()))
def test_shipped_queries_need_no_union_default_graph(seed_build, name):
    """Answers are the same whether the engine's default graph is the union of all graphs
    (pyoxigraph's option) or a graph of its own, as in standard SPARQL 1.1 datasets."""
    st = ox.Store.read_only(str(seed_build["store"]))
    text = kq.shipped()[name].text
    standard = _rows(st.query(text))
    assert standard == _rows(st.query(text, use_default_graph_as_union=True))
    if name in {"articles", "people-roles", "quotes-by-speaker", "events", "officials", "organization-members"}:
        assert standard, name


def test_parameters_fill_the_declared_values_block():
    text = "SELECT ?n WHERE {\n  VALUES ?n { UNDEF }\n  ?s <http://x/p> ?n\n}"
    bound = kq.bind(text, {"n": ox.Literal('x" } ; DROP ALL ; #')})
    assert "UNDEF" not in bound and bound.count("VALUES") == 1
    from rdflib.plugins.sparql import prepareQuery

    prepareQuery(bound)  # still one well-formed query
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal('x" } ; DROP ALL ; #')))
    assert [r["n"].value for r in st.query(bound)] == ['x" } ; DROP ALL ; #']  # the value is one literal
    # a query without a block gets a trailing VALUES clause (standard SPARQL 1.1)
    plain = kq.bind("SELECT ?n WHERE { ?s <http://x/p> ?n }", {"n": ox.NamedNode("http://x/o")})
    assert plain.rstrip().endswith("VALUES ?n { <http://x/o> }")
    with pytest.raises(kq.QueryError):
        kq.bind(text, {"n } ; DROP ALL": ox.Literal("x")})


def test_a_parameter_binds_in_a_standard_engine():
    st = ox.Store()
    for name in ("Ilse Marrow", 'Odd "quoted" } name'):
        st.add(ox.Quad(ox.NamedNode(ID_NS + "person/" + str(len(name))), RDFS.label, ox.Literal(name)))
    text = "SELECT ?s ?n WHERE { VALUES ?n { UNDEF } ?s <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
    for name in ("Ilse Marrow", 'Odd "quoted" } name'):
        rows = list(st.query(kq.bind(text, {"n": ox.Literal(name)})))
        assert [r["n"].value for r in rows] == [name]
    ds = rdflib.Dataset()
    ds.parse(data=ox.serialize(list(st), format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    assert [str(r[1]) for r in ds.query(kq.bind(text, {"n": ox.Literal('Odd "quoted" } name')}))] == [
        'Odd "quoted" } name']


def test_a_file_without_an_entity_graph_gets_one_on_load(seed_build, tmp_path):
    old = tmp_path / "old-layout.trig"
    quads = [q for q in rdfio.parse_file(seed_build["trig"]) if q.graph_name != ENTITY_GRAPH]
    rdfio.write_quads(quads, old)
    st = rdfio.load_store(old)
    assert _rows(st.query(kq.shipped()["people-roles"].text)) == _rows(
        rdfio.load_store(seed_build["trig"]).query(kq.shipped()["people-roles"].text))


def _graph_content(g):
    def norm(v):
        return tuple(sorted(map(str, v))) if isinstance(v, list) else v

    nodes = {n: {k: norm(v) for k, v in d.items()} for n, d in g.nodes(data=True)}
    edges = sorted((u, v, k, tuple(sorted((a, str(b)) for a, b in d.items())))
                   for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges


def test_to_networkx_reads_every_layout_alike(seed_build, tmp_path):
    """With or without the entity graph, from the store or as plain triples: the same graph."""
    with_entities = to_networkx(rdfio.parse_file(seed_build["trig"]))
    quads = [q for q in rdfio.parse_file(seed_build["trig"]) if q.graph_name != ENTITY_GRAPH]
    triples = tmp_path / "flat.nt"
    rdfio.write_quads(quads, triples)
    assert with_entities.number_of_nodes() > 20 and with_entities.number_of_edges() > 10
    assert _graph_content(with_entities) == _graph_content(to_networkx(quads))
    assert _graph_content(with_entities) == _graph_content(to_networkx(str(triples)))


def test_a_node_stated_in_many_articles_is_one_node():
    st = ox.Store()
    replace_articles(st, [article(f"n{i}.txt", "Ilse Marrow") for i in range(40)])
    g = to_networkx(st)
    assert g.nodes[PERSON.value]["mentions"] == 40
    assert g.nodes[PERSON.value]["documents"] == sorted(f"n{i}.txt" for i in range(40))


def test_a_store_from_before_the_entity_graph_is_named_then_completed_by_the_next_build(tmp_path):
    """A store written without the entity graph would answer every shipped query with nothing:
    reading it says so in one line, and the next writer adds the graph from the stored articles."""
    from typer.testing import CliRunner

    from kg import cli
    from kg.store import has_entity_graph, writer

    path = tmp_path / "old-store"
    st = ox.Store(str(path))
    g, quads = article("a.txt", "Ilse Marrow")
    agent = ox.NamedNode(ID_NS + "agent/newskg-0.0.1")  # every build names the agent that made it
    st.extend(quads + [ox.Quad(agent, A, PROV.SoftwareAgent, g)])  # no entity graph: an earlier release
    st.flush()
    del st
    res = CliRunner().invoke(cli.app, ["query", "people-roles", "--store", str(path)])
    assert res.exit_code == 1 and "entity graph" in res.output and "kg build" in res.output
    with writer(path) as st:
        assert has_entity_graph(st)
        assert ("label", "Ilse Marrow") in entity_graph(st)


def test_stores_and_files_without_page_keys_get_them(tmp_path):
    """Articles written before kg:pageKey existed, beside articles written after (an earlier
    newskg, then a later one): a file gets the keys when loaded, a store when a writer next opens
    it or `kg build --store X` (no input) is run; until then a query that pages by the key is
    refused in one line naming that command (it would leave the unkeyed articles out), and the
    other commands work as before."""
    from typer.testing import CliRunner

    from kg import cli
    from kg.layout import page_key, page_key_quads

    agent = ox.NamedNode(ID_NS + "agent/newskg-0.0.1")
    g, quads = article("a.txt", "Ilse Marrow")
    quads = quads + [ox.Quad(agent, A, PROV.SoftwareAgent, g)]
    g2, keyed = article("b.txt", "Ilse Marrow")
    keyed = keyed + page_key_quads(keyed)  # written by a newskg with page keys
    want = {(g.value, page_key(g.value)), (g2.value, page_key(g2.value))}

    def keys(st):
        return {(q.subject.value, int(q.object.value)) for q in st.quads_for_pattern(None, KG.pageKey, None, None)}

    trig = tmp_path / "old.trig"
    trig.write_bytes(ox.serialize(quads + keyed + entity_quads(quads + keyed), format=ox.RdfFormat.TRIG))
    assert keys(rdfio.load_store(trig)) == want
    path = tmp_path / "old-store"
    st = ox.Store(str(path))
    st.extend(quads + keyed + entity_quads(quads + keyed))
    st.flush()
    del st
    for name in ("articles", "evidence", "events", "SELECT ?a WHERE { ?a kg:pageKey ?k }"):
        res = CliRunner().invoke(cli.app, ["query", name, "--store", str(path)])
        assert res.exit_code == 1 and "kg:pageKey" in res.output, (name, res.output)
        assert f"kg build --store {path}" in res.output.replace("\n", "") and "Traceback" not in res.output
    res = CliRunner().invoke(cli.app, ["query", "SELECT ?n WHERE { ?p rdfs:label ?n }", "--store", str(path),
                                       "-f", "csv"])
    assert res.exit_code == 0 and "Ilse Marrow" in res.output, res.output
    res = CliRunner().invoke(cli.app, ["export", "-o", str(tmp_path / "out.nq"), "--store", str(path)])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli.app, ["build", "--store", str(path)])  # no input: only bring the store up to date
    assert res.exit_code == 0 and "up to date" in res.output, res.output
    st = ox.Store.read_only(str(path))
    assert keys(st) == want
    del st  # closed before a reader opens it
    res = CliRunner().invoke(cli.app, ["query", "articles", "--store", str(path), "-f", "csv"])
    assert res.exit_code == 0 and "a.txt" in res.output and "b.txt" in res.output, res.output
    res = CliRunner().invoke(cli.app, ["build", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no such store" in res.output and not (tmp_path / "none").exists(), res.output
    other = tmp_path / "notes"
    other.mkdir()
    (other / "a.txt").write_text("not a store", encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["build", "--store", str(other)])
    assert res.exit_code == 1 and "cannot open the store" in res.output and len(list(other.iterdir())) == 1


def test_the_writer_keys_articles_an_earlier_newskg_wrote_beside_keyed_ones(tmp_path):
    from kg.layout import page_key, page_key_quads
    from kg.store import writer

    g, quads = article("a.txt", "Ilse Marrow")
    g2, keyed = article("b.txt", "Ilse Marrow")
    path = tmp_path / "store"
    st = ox.Store(str(path))
    st.extend(quads + keyed + page_key_quads(keyed) + entity_quads(quads + keyed))
    st.flush()
    del st
    with writer(path) as st:
        assert [int(q.object.value) for q in st.quads_for_pattern(g, KG.pageKey, None, g)] == [page_key(g.value)]


def test_validate_names_a_file_from_before_the_page_key(tmp_path, seed_build, runner):
    """A file written before kg:pageKey fails the shapes (an article has exactly one key): one line
    says why and how to get a file with the keys, which then conforms."""
    from .conftest import run

    old = tmp_path / "old.trig"
    quads = [q for q in rdfio.parse_file(seed_build["trig"]) if q.predicate != KG.pageKey]
    rdfio.write_quads(quads, old)
    code, out, err = run(runner, "validate", str(old))
    assert code == 1 and "kg:pageKey" in out, (out, err)  # pyshacl's report
    note = [line for line in err.splitlines() if "without kg:pageKey" in line]
    assert len(note) == 1 and "1 article(s)" in note[0] and f"kg export --graph {old}" in note[0], err
    new = tmp_path / "new.trig"
    code, out, err = run(runner, "export", "--graph", str(old), "-o", str(new))
    assert code == 0, err
    code, out, err = run(runner, "validate", str(new))
    assert code == 0 and "conforms" in out and "without kg:pageKey" not in err, (out, err)


def test_a_quad_given_in_another_graph_is_stored_in_its_article_graph_all_the_same():
    st = ox.Store()
    g, quads = article("a.txt", "Ilse Marrow")
    stray = ox.Quad(PERSON, SCHEMA.name, ox.Literal("I. Marrow"))  # in the default graph
    replace_articles(st, [(g, quads + [stray])])
    assert ox.Quad(PERSON, SCHEMA.name, ox.Literal("I. Marrow"), g) in st
    assert not list(st.quads_for_pattern(None, None, None, ox.DefaultGraph()))
