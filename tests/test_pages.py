"""Listing queries answer a page of subjects at a time (docs/graph-shape.md, "Pages"): the pages
together are the whole answer, in order; the count says how many subjects there are."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import query as kq

from .conftest import run

LISTINGS = sorted(n for n, q in kq.shipped().items() if kq.page_size(q))


def _rows(result) -> list[tuple]:
    names = [v.value for v in result.variables]
    return [tuple("" if s[n] is None else str(s[n]) for n in names) for s in result]


def test_the_listing_queries_have_pages():
    # every shipped SELECT chooses its page first (the pairs of events across articles by their
    # date and type: tests/test_event_queries.py)
    selects = {n for n, q in kq.shipped().items() if "CONSTRUCT" not in q.text.upper()}
    assert set(LISTINGS) == selects


@pytest.mark.parametrize("name", LISTINGS)
def test_pages_of_one_subject_add_up_to_the_whole_answer(seed_build, name):
    st = ox.Store.read_only(str(seed_build["store"]))
    qt = kq.shipped()[name]
    whole = _rows(kq.run(st, qt, page=None))
    subjects = kq.count(st, qt)
    pages = [_rows(kq.run(st, qt, page=k, size=1)) for k in range(1, subjects + 2)]
    assert pages[-1] == [] and (subjects >= 1 or whole == [])  # past the last subject: nothing
    assert sorted(r for p in pages for r in p) == sorted(whole)
    # the first page as shipped holds the first subjects of the whole answer
    first = _rows(kq.run(st, qt))
    assert set(first) <= set(whole) and (first or not whole)


def test_a_page_is_a_limit_on_the_subjects_not_on_the_rows(seed_build):
    st = ox.Store.read_only(str(seed_build["store"]))
    qt = kq.shipped()["people-roles"]
    whole = _rows(kq.run(st, qt, page=None))
    people = sorted({r[-2] for r in whole})  # ?person
    assert kq.count(st, qt) == len(people) > 1
    first = _rows(kq.run(st, qt, size=1))
    assert len({r[-2] for r in first}) == 1  # one person ...
    assert sorted(first) == sorted(r for r in whole if r[-2] == first[0][-2])  # ... with every row of theirs


def test_page_numbers_are_checked_and_written_by_the_code():
    text = kq.gate(kq.shipped()["people-roles"].text)
    assert "LIMIT 7 OFFSET 14" in kq.paged(text, 3, 7)
    assert "OFFSET" not in kq.paged(text, None)
    for bad in (0, -1, "2", 1.5, True):
        with pytest.raises(kq.QueryError):
            kq.paged(text, bad)
    with pytest.raises(kq.QueryError):
        kq.paged(text, 1, 0)
    # a query without a page slot has only its first page
    plain = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"
    assert kq.paged(plain, 1) == plain and kq.count_text(plain) is None
    with pytest.raises(kq.QueryError):
        kq.paged(plain, 2)
    # the slot is found in the query's code, never in a string
    trick = 'SELECT ?s WHERE { ?s ?p "LIMIT 5 OFFSET 0" }'
    assert kq.page_slot(trick) is None


def test_kg_query_pages_counts_and_all(runner, seed_build):
    store = str(seed_build["store"])
    code, out, err = run(runner, "query", "people-roles", "--store", store, "--count")
    assert code == 0, err
    n = int(out.split()[0])
    code, first, err = run(runner, "query", "people-roles", "--store", store, "-f", "csv", "--page-size", "1")
    assert code == 0 and "--page 2" in err
    code, last, err = run(runner, "query", "people-roles", "--store", store, "-f", "csv", "--page-size", "1",
                          "--page", str(n))
    assert code == 0 and len(last.splitlines()) > 1 and last != first
    code, past, _ = run(runner, "query", "people-roles", "--store", store, "-f", "csv", "--page-size", "1",
                        "--page", str(n + 1))
    assert code == 0 and len(past.splitlines()) == 1  # the header only
    code, every, err = run(runner, "query", "people-roles", "--store", store, "-f", "csv", "--all")
    assert code == 0 and "--page" not in err
    assert set(first.splitlines()) | set(last.splitlines()) <= set(every.splitlines())
    code, _o, err = run(runner, "query", "people-roles", "--store", store, "--page", "0")
    assert code != 0 and "--page" in err and "Traceback" not in err


def test_a_query_of_ones_own_runs_as_written(seed_build):
    # two 'LIMIT n OFFSET 0' sub-selects and a limit above the page-size cap: legal SPARQL, run as
    # written when no page is asked for (only asking for a page looks for the page slot)
    st = ox.Store.read_only(str(seed_build["store"]))
    text = ("SELECT ?p ?o WHERE { { SELECT ?p WHERE { ?p a schema:Person } LIMIT 1 OFFSET 0 } "
            "{ SELECT ?o WHERE { ?o a schema:Organization } LIMIT 2000000 OFFSET 0 } }")
    qt = kq.QueryText("own", text)
    assert _rows(kq.run(st, qt))
    with pytest.raises(kq.QueryError, match="more than one"):
        kq.run(st, qt, page=2)


def test_pages_of_speaker_names_keep_every_node_of_a_name_together(tmp_path, runner):
    # a bare surname is a node of its own article: two nodes, one name; the rows group by name,
    # so the pages must choose names, not nodes, or one speaker's row is split across pages
    folder = tmp_path / "two"
    folder.mkdir()
    for i, day in enumerate(["Monday", "Tuesday"]):
        (folder / f"{i}.txt").write_text(
            f"Budget row\n\nMs Alvarez told the Daily Courier on {day}: \"We will vote against it.\"\n",
            encoding="utf-8")
    store = tmp_path / "store"
    code, _o, err = run(runner, "build", str(folder), "--store", str(store))
    assert code == 0, err
    st = ox.Store.read_only(str(store))
    qt = kq.shipped()["speakers-and-outlets"]
    whole = _rows(kq.run(st, qt, page=None))
    assert [r[3].split("^^")[0] for r in whole if r[0] == '"Alvarez"'] == ['"2"'], whole  # one row, both quotations
    pages = [_rows(kq.run(st, qt, page=k, size=1)) for k in range(1, kq.count(st, qt) + 1)]
    assert all(len({r[0] for r in p}) == 1 for p in pages)
    assert sorted(r[:4] for p in pages for r in p) == sorted(r[:4] for r in whole)


def test_the_count_keeps_the_base_and_the_prefixes_of_the_query(seed_build):
    # relative IRIs and a prefix declared relative to the BASE: the count query is read with the
    # same prologue as the query it counts
    st = ox.Store.read_only(str(seed_build["store"]))
    text = ("BASE <https://schema.org/>\nPREFIX s: <>\n"
            "SELECT ?p ?n WHERE { { SELECT DISTINCT ?p WHERE { ?p a <Person> } ORDER BY ?p LIMIT 2 OFFSET 0 }\n"
            "  ?p s:name ?n }")
    qt = kq.QueryText("own", text)
    people = {r[0] for r in _rows(kq.run(st, qt, page=None))}
    assert len(people) > 1 and kq.count(st, qt) == len(people)
    assert kq.count_text(kq.gate(text)).startswith("BASE <https://schema.org/>\nPREFIX s: <>")


def _dated(name: str, date: str | None) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """An invented article with a body and one evidence span, dated or not, with the page key
    the build gives it."""
    from kg.layout import page_key_quads
    from kg.vocab import A, ID_NS, KG, PROV, SCHEMA, XSD

    g = ox.NamedNode(ID_NS + f"article/{name}")
    person = ox.NamedNode(ID_NS + "person/ilse-marrow")
    event = ox.NamedNode(ID_NS + f"event/{name}/Vote-0")
    quads = [ox.Quad(g, A, SCHEMA.NewsArticle, g), ox.Quad(g, SCHEMA.identifier, ox.Literal(name), g),
             ox.Quad(g, SCHEMA.headline, ox.Literal(f"Headline {name}"), g),
             ox.Quad(g, SCHEMA.articleBody, ox.Literal("Ilse Marrow spoke."), g),
             ox.Quad(person, PROV.wasDerivedFrom, ox.NamedNode(g.value + "#char=0,11"), g),
             ox.Quad(event, A, SCHEMA.Event, g), ox.Quad(event, KG.eventKind, ox.Literal("vote"), g),
             ox.Quad(event, KG.inArticle, g, g)]
    if date:
        quads.append(ox.Quad(g, SCHEMA.datePublished, ox.Literal(date, datatype=XSD.date), g))
    return g, quads + page_key_quads(quads)


def test_article_listings_come_by_date_then_page_key():
    """`articles`, `evidence` and `events` page through articles by kg:pageKey: by date (undated first), and
    within a day in the order of the number the key takes from the article IRI."""
    from kg.layout import page_key
    from kg.store import replace_articles

    dates = {"d.txt": "2021-03-11", "a.txt": "2021-03-10", "b.txt": "2021-03-10", "c.txt": None,
             "e.txt": "2021-03-10"}
    st = ox.Store()
    replace_articles(st, [_dated(n, d) for n, d in dates.items()])
    iri = {n: _dated(n, None)[0].value for n in dates}
    expected = [f'"{n}"' for n in sorted(dates, key=lambda n: page_key(iri[n], dates[n]))]
    assert expected[0] == '"c.txt"' and expected[-1] == '"d.txt"'  # undated first, the later day last
    for name, param in (("articles", "article_id"), ("evidence", "article_id"), ("events", "event_kind")):
        qt = kq.shipped()[name]
        res = kq.run(st, qt, page=None)
        col = [v.value for v in res.variables].index("article_id")
        whole = [r[col] for r in _rows(res)]
        assert list(dict.fromkeys(whole)) == expected, name
        pages = [_rows(kq.run(st, qt, page=k, size=2)) for k in (1, 2, 3)]
        assert [r[col] for p in pages for r in p] == whole, name
        assert kq.count(st, qt) == 5
        value = "b.txt" if param == "article_id" else "vote"
        assert [r[col] for r in _rows(kq.run(st, qt, {param: value}, page=None))] == (
            ['"b.txt"'] if param == "article_id" else expected), name


def test_the_page_key_depends_on_the_article_alone():
    from kg.layout import page_key

    a, b = "https://w3id.org/newskg/id/article/a.txt", "https://w3id.org/newskg/id/article/b.txt"
    assert page_key(a, "2021-03-10") == page_key(a, "2021-03-10") != page_key(b, "2021-03-10")
    assert page_key(a, None) < page_key(b, "1799-01-01") and page_key(b, "2021-03-10") < page_key(a, "2021-03-11")
    assert page_key(a, "not a date") == page_key(a, None)
    # the local day of a date-time; a year, a year and month, years outside 1-9999: undated (docs/graph-shape.md)
    assert page_key(a, "2021-03-10T23:30:00-05:00") == page_key(a, "2021-03-10")
    assert all(page_key(a, d) == page_key(a, None) for d in ("2021", "2021-03", "-0044-03-15", "10000-01-01"))
    # within 32 bits whatever the date: SPARQL servers (Virtuoso) load larger integers as decimals
    assert all(-2 ** 31 <= page_key(x, d) < 2 ** 31 for x in (a, b) for d in (None, "0001-01-01", "2387-12-16", "9999-12-31"))
    # undated articles are first, and spread over 2^31 keys (no day to separate them)
    assert page_key(a, None) < 0 <= page_key(a, "1799-01-01") and page_key(a, None) != page_key(b, None)
    assert page_key(a, "2387-12-16") == page_key(a, "9999-12-31") > page_key(a, "2387-12-15")


def test_the_build_writes_each_article_its_page_key(seed_build):
    from kg.layout import page_key
    from kg.vocab import A, KG, SCHEMA

    st = ox.Store.read_only(str(seed_build["store"]))
    articles = [q.subject for q in st.quads_for_pattern(None, A, SCHEMA.NewsArticle, None)]
    assert articles
    for a in articles:
        keys = [q.object for q in st.quads_for_pattern(a, KG.pageKey, None, a)]
        dates = [q.object.value for q in st.quads_for_pattern(a, SCHEMA.datePublished, None, a)]
        assert len(keys) == 1 and keys[0].datatype.value.endswith("#integer")
        assert int(keys[0].value) == page_key(a.value, dates[0] if dates else None)


def test_articles_with_the_same_page_key_keep_their_rows_together():
    """Two articles of a day may share a key (four digits of a digest): the pages, and the whole
    answer, then order them by IRI, so each article's rows stay together on its page."""
    from kg.store import replace_articles
    from kg.vocab import KG, PROV, SCHEMA, XSD

    person = ox.NamedNode("https://w3id.org/newskg/id/person/ilse-marrow")
    batch = []
    # a's events of a kind that sorts after b's: ordered by key, kind and event IRI alone, b's rows
    # would come first in the whole answer and a's on page 1
    for name, starts, kind in (("a.txt", (0, 40), "vote"), ("b.txt", (20, 60), "arrest")):
        g, quads = _dated(name, "2021-03-10")
        quads = [q for q in quads if q.predicate not in (KG.pageKey, PROV.wasDerivedFrom, SCHEMA.articleBody)
                 and "/event/" not in q.subject.value]
        quads.append(ox.Quad(g, KG.pageKey, ox.Literal("7", datatype=XSD.integer), g))
        quads.append(ox.Quad(g, SCHEMA.articleBody, ox.Literal("x" * 80), g))
        quads += [ox.Quad(person, PROV.wasDerivedFrom, ox.NamedNode(f"{g.value}#char={s},{s + 5}"), g) for s in starts]
        for s in starts:  # one event per span, so that the events too interleave by IRI
            event = ox.NamedNode(f"https://w3id.org/newskg/id/event/{name}/Vote-{s}")
            quads += [ox.Quad(event, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SCHEMA.Event, g),
                      ox.Quad(event, KG.eventKind, ox.Literal(kind), g), ox.Quad(event, KG.inArticle, g, g)]
        batch.append((g, quads))
    st = ox.Store()
    replace_articles(st, batch)
    for name in ("evidence", "events", "articles"):
        qt = kq.shipped()[name]
        whole = _rows(kq.run(st, qt, page=None))
        pages = [_rows(kq.run(st, qt, page=k, size=1)) for k in (1, 2)]
        assert [r for p in pages for r in p] == whole and all(pages), name


def test_a_file_s_articles_of_other_types_get_their_page_key(tmp_path, runner):
    """A file from another tool whose article graphs are typed schema:Article (or only carry an
    identifier): `--graph` keys each of them, so the listings, which page by the key, still list them."""
    f = tmp_path / "other.trig"
    f.write_text("""@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/doc/n1> {
  <https://example.org/doc/n1> a schema:Article ; schema:identifier "n1.txt" ; schema:articleBody "Ilse Marrow spoke." .
  <https://example.org/p/im> a schema:Person ; rdfs:label "Ilse Marrow" ;
      prov:wasDerivedFrom <https://example.org/doc/n1#char=0,11> .
}
<https://example.org/doc/n2> {
  <https://example.org/doc/n2> schema:identifier "n2.txt" ; schema:articleBody "Ona Pekkala spoke." .
  <https://example.org/p/op> a schema:Person ; rdfs:label "Ona Pekkala" ;
      prov:wasDerivedFrom <https://example.org/doc/n2#char=0,11> .
}
""", encoding="utf-8")
    code, out, err = run(runner, "query", "evidence", "--graph", str(f), "-f", "csv")
    assert code == 0 and "Ilse Marrow" in out and "Ona Pekkala" in out, (out, err)
    code, out, err = run(runner, "query", "articles", "--graph", str(f), "-f", "csv")
    assert code == 0 and "n1.txt" in out and "n2.txt" in out, (out, err)
