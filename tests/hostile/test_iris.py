"""Every IRI the tool mints is valid, whatever the names and file names: every export re-parses
in rdflib and pyoxigraph with equal counts."""
from __future__ import annotations

import pytest
import rdflib

from kg import map as mapper
from kg import rdfio
from kg.read import Document
from kg.records import ArticleRecord, Entity, Event, Membership, Quotation

HOSTILE = ['Anna "The Hammer" Berg', "<script>alert(1)</script>", "Zoë Ångström-Łukasiewicz", "a b\tc\nd",
           "}{|^`\\", "100%", "?#&=", "\u202eevil", "名前", "", " ", "O'Brien & Co."]


def record(text: str) -> ArticleRecord:
    ents = [Entity(kind=("PERSON", "ORG", "PLACE")[i % 3], name=n, mentions=[(0, 4)], aliases={n + " alias"})
            for i, n in enumerate(HOSTILE)]
    ents.append(Entity(kind="PERSON", name="Surname", mentions=[(5, 9)], local=True))
    return ArticleRecord(
        entities=ents,
        memberships=[Membership(person=0, role='Chief "<b>" Officer', concept="chief_executive", span=(0, 9),
                                organization=1)],
        quotations=[Quotation(span=(0, 9), direct=True, speaker=0, cue="say", medium="on <TV>", about=[1, 2])],
        events=[Event(kind="meeting", spans=[(0, 4)], label="Meeting <x>", agents={0}, places={2})],
        model="test-model")


@pytest.mark.parametrize("identifier", ["plain.txt", "with space.txt", "back`tick`.txt", "quote\"d.txt",
                                        "https://example.org/a?b=c&d=<e>", "ünïcödé.txt", "#hash.txt"])
@pytest.mark.parametrize("ext", [".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf"])
def test_minted_iris_survive_every_format(tmp_path, identifier, ext):
    text = "Anna said hello to everyone.\n"
    graph, quads = mapper.map_article(Document(identifier=identifier, text=text, headline="H"), record(text))
    out = tmp_path / f"out{ext}"
    rdfio.write_quads(quads, out)
    ours = rdfio.parse_file(out)
    expected = len(quads) if ext in {".trig", ".nq", ".jsonld"} else len({q.triple for q in quads})
    assert len(ours) == expected
    ds = rdflib.Dataset()
    ds.parse(str(out), format={".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt",
                               ".jsonld": "json-ld", ".rdf": "xml"}[ext])
    assert len(set(ds.quads())) == expected
    assert all(" " not in str(t) for q in ds.quads() for t in q[:3] if isinstance(t, rdflib.URIRef))


def test_naive_rdflib_iri_with_a_space_breaks_turtle():
    g = rdflib.Graph()
    g.add((rdflib.URIRef("http://ex.org/Anna Berg"), rdflib.URIRef("http://ex.org/p"), rdflib.Literal("x")))
    with pytest.raises(Exception):
        g.serialize(format="turtle")
