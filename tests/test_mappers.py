"""The map stage: one mapper per record type writing what the records carry, every term through
the closed namespaces of kg/vocab.py. Records are made by hand here: no model is loaded."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg import map as mapper
from kg import vocab
from kg.analyse import entity_types
from kg.read import Document
from kg.records import ArticleRecord, Entity, Membership, Quotation
from kg.vocab import A, KG, ORG, RDFS, SCHEMA

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
TEXT = "Ann Wu of Norland said the plan works.\n"


def _record(**flags) -> ArticleRecord:
    return ArticleRecord(entities=[Entity("PERSON", "Ann Wu", mentions=[(0, 6)], **flags.get("person", {})),
                                   Entity("PLACE", "Norland", mentions=[(10, 17)], **flags.get("place", {}))],
                         memberships=[Membership(person=0, role="Mayor", concept="mayor", span=(0, 6))],
                         quotations=[Quotation(span=(23, 37), direct=False, speaker=1, cue="say")],
                         model="test-model")


def _types(rec: ArticleRecord) -> dict[str, set[str]]:
    _art, quads = mapper.map_article(Document(identifier="t.txt", text=TEXT, headline="H"), rec)
    out: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate == A:
            out.setdefault(q.subject.value.rsplit("/", 2)[-2], set()).add(q.object.value)
    return out


def test_the_mapper_writes_the_types_the_records_carry_and_infers_none():
    plain = _types(_record())
    assert KG.Official.value not in plain["person"]
    assert SCHEMA.Organization.value not in plain["place"]  # a speaking place, but no decision on it
    decided = _types(_record(person={"official": True}, place={"acts_as_org": True}))
    assert KG.Official.value in decided["person"]
    assert {SCHEMA.Organization.value, ORG.Organization.value, SCHEMA.Place.value} <= decided["place"]


def test_the_analysis_decides_officials_and_places_that_speak():
    rec = _record()
    ents = entity_types(rec.entities, rec.memberships, rec.quotations)
    assert [(e.official, e.acts_as_org) for e in ents] == [(True, False), (False, True)]
    assert not rec.entities[0].official  # new records: the ones given are unchanged
    # a person who speaks is no organisation
    ents = entity_types([Entity("PERSON", "Bo Li")], [], [Quotation(span=(0, 1), direct=True, speaker=0)])
    assert [(e.official, e.acts_as_org) for e in ents] == [(False, False)]


def test_one_mapper_per_record_type_and_a_registered_kind_is_mapped_from_extra():
    assert list(mapper.MAPPERS) == ["entities", "memberships", "quotations", "events"]
    rec = _record()
    rec.extra["notes"] = ["n1"]
    seen = []
    mapper.register("notes", lambda g, records: seen.extend(records))
    try:
        with pytest.raises(ValueError):
            mapper.register("notes", lambda g, records: None)
        mapper.map_article(Document(identifier="t.txt", text=TEXT, headline="H"), rec)
    finally:
        mapper.unregister("notes")
    assert seen == ["n1"] and "notes" not in mapper.MAPPERS


@pytest.mark.parametrize("ns", [vocab.KG, vocab.SCHEMA, vocab.ORG, vocab.PROV, vocab.RDFS, vocab.SKOS, vocab.XSD])
def test_an_unknown_term_is_an_error(ns):
    with pytest.raises(AttributeError, match="no term"):
        ns.notATermAnywhere
    with pytest.raises(KeyError):
        ns["notATermAnywhere"]


def test_the_kg_terms_are_those_the_ontology_declares():
    onto = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    declared = {str(s)[len(vocab.KG_NS):] for s in onto.subjects(rdflib.RDF.type, None)
                if str(s).startswith(vocab.KG_NS) and len(str(s)) > len(vocab.KG_NS)}
    listed = {t.value[len(vocab.KG_NS):] for t in vocab.KG}
    assert listed == declared


def test_a_peer_is_named_without_the_title_labelled_with_it_and_one_node_across_articles():
    # "Lord Quill" in two articles: schema:name "Quill" (names carry no titles), the titled form an
    # alternate name and the display label (a peer is known by it), one node (the title is part of
    # its identifier, so no bare "Quill" joins it)
    nodes = set()
    for ident in ("a.txt", "b.txt"):
        rec = ArticleRecord(entities=[Entity("PERSON", "Quill", mentions=[(5, 10)], title="Lord")], model="test-model")
        _art, quads = mapper.map_article(Document(identifier=ident, text="Lord Quill spoke.\n", headline="H"), rec)
        names = {(str(q.predicate), q.object.value) for q in quads if str(q.predicate) in
                 {str(SCHEMA.name), str(SCHEMA.alternateName), str(RDFS.label)} and q.subject.value.endswith("quill")}
        assert names == {(str(SCHEMA.name), "Quill"), (str(SCHEMA.alternateName), "Lord Quill"),
                         (str(RDFS.label), "Lord Quill")}
        nodes |= {q.subject for q in quads if str(q.predicate) == str(SCHEMA.name)}
    assert len(nodes) == 1
    rec = ArticleRecord(entities=[Entity("PERSON", "Quill", mentions=[(3, 8)], local=True)], model="test-model")
    _art, quads = mapper.map_article(Document(identifier="c.txt", text="Mr Quill spoke.\n", headline="H"), rec)
    assert not nodes & {q.subject for q in quads if str(q.predicate) == str(SCHEMA.name)}


def test_a_role_without_an_organisation_is_a_position_not_an_org_membership():
    """W3C ORG relates an agent to an organisation: an occupation the article describes without one
    (the analysis marks it a position) is a kg:Position (kg:holder, kg:role), not an org:Membership."""
    def mapped(org, position):
        rec = _record()
        rec.memberships = [Membership(person=0, role="Mayor", concept="mayor", span=(0, 6), organization=org,
                                      position=position)]
        _art, quads = mapper.map_article(Document(identifier="t.txt", text=TEXT, headline="H"), rec)
        node = next(q.subject for q in quads if q.predicate == A and q.object in (ORG.Membership, KG.Position))
        return {q.predicate: q.object for q in quads if q.subject == node and q.predicate != A}, \
            {q.object for q in quads if q.subject == node and q.predicate == A}

    props, types = mapped(None, True)
    assert types == {KG.Position}
    assert KG.holder in props and KG.role in props
    assert not {ORG.member, ORG.role, ORG.organization} & set(props)
    props, types = mapped(1, False)
    assert types == {KG.Membership, ORG.Membership}
    assert {ORG.member, ORG.role, ORG.organization} <= set(props) and KG.holder not in props
    props, types = mapped(None, False)  # a formal title whose body the article takes as known
    assert types == {KG.Membership, ORG.Membership} and ORG.organization not in props


def test_an_organisation_named_by_its_seat_is_that_place_too():
    """Session 23: an institution named by its building or street (``institutions.tsv`` seat, WordNet 3.0
    noun.artifact or noun.location: "Downing Street said") is typed a place as well; a legislature or any
    other body is not."""
    ents = entity_types([Entity("ORG", "Downing Street"), Entity("ORG", "Senate"), Entity("ORG", "Acme Robotics"),
                         Entity("PLACE", "Whitehall")], [], [])
    assert [e.seat for e in ents] == [True, False, False, False]
    rec = _record()
    rec.entities[1] = Entity("ORG", "Whitehall", mentions=[(10, 17)], seat=True)
    types = _types(rec)
    assert {SCHEMA.Organization.value, SCHEMA.Place.value} <= types["org"]
