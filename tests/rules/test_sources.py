"""Unnamed sources and the authors of reports and polls."""
from __future__ import annotations

import pytest

from .helpers import analyse, quotes, unnamed


def test_a_question_put_by_an_unnamed_asker_is_no_report(analyser):
    text = "When asked whether the plant would close, Mayor Laura Jensen said she did not know."
    doc, rec = analyse(analyser, text)
    assert [(q[0], q[1]) for q in quotes(doc, rec)] == [("she did not know", "Laura Jensen")]


def test_quote_after_an_unnamed_speaker_is_not_given_to_someone_else(analyser):
    text = ('Mayor Laura Jensen opened the bridge on Monday. "It is a good day," said a man in the crowd. '
            '"My father worked on the old bridge for thirty years before it closed."')
    doc, rec = analyse(analyser, text)
    assert not any(q[1] == "Laura Jensen" and q[0].startswith("My father") for q in quotes(doc, rec))


def test_unnamed_subject_before_the_cue_does_not_make_the_listener_the_speaker(analyser):
    text = ('Senator Paul Harlan toured Ohio. "There is no question I am watched closely," '
            'the senator told Channel Five News on Sunday.')
    doc, rec = analyse(analyser, text)
    assert not any(q[1] == "Channel Five News" for q in quotes(doc, rec))


def test_a_headline_gives_a_sources_words_after_a_colon(analyser):
    body = "Senator Ann Wu spoke to reporters in Dover on Monday about the new bridge."
    doc, rec = analyse(analyser, body, headline="Wu: The Bridge Will Open Before Winter")
    got = {(q[0], q[1]) for q in quotes(doc, rec) if q[3] == ":"}
    assert got == {("The Bridge Will Open Before Winter", "Ann Wu")}
    doc, rec = analyse(analyser, body, headline="Poll: Voters sour on the bridge plan")
    assert {(q[0], q[1]) for q in quotes(doc, rec) if q[3] == ":"} == {("Voters sour on the bridge plan", None)}


@pytest.mark.parametrize("headline", ["The Latest: Crews repair the old bridge", "Ann Wu: Builder or spender?",
                                      "Bridge plans: a short guide"])
def test_a_headline_label_before_a_colon_is_no_source(analyser, headline):
    doc, rec = analyse(analyser, "Senator Ann Wu spoke in Dover on Monday.", headline=headline)
    assert not [q for q in quotes(doc, rec) if q[3] == ":"]


def test_what_a_poll_shows_as_a_noun_phrase(analyser):
    doc, rec = analyse(analyser, "A new survey by the Harlan Institute shows the mayor with a wide lead over her rival.")
    assert ("the mayor with a wide lead over her rival", "show") in {(q[0], q[3]) for q in quotes(doc, rec)}
    doc, rec = analyse(analyser, "Mayor Laura Jensen found her keys under the desk on Monday.")
    assert not [q for q in quotes(doc, rec) if q[3] == "find"]


def test_a_finding_stated_in_a_poll(analyser):
    doc, rec = analyse(analyser, "In the latest poll, the mayor leads her rival by ten points.")
    assert ("the mayor leads her rival by ten points", "in") in {(q[0], q[3]) for q in quotes(doc, rec)}
    doc, rec = analyse(analyser, "In the garden, the mayor planted roses and tulips for the spring.")
    assert not [q for q in quotes(doc, rec) if q[3] == "in"]


@pytest.mark.parametrize("text, words, source, kind", [
    ("The council met on Monday. Aides said the mayor would not run again.",
     "the mayor would not run again", "aides", "PERSON"),
    ("The council met on Monday. Some senior city officials, who asked not to be named, said the plan was dead.",
     "the plan was dead", "senior city officials", "PERSON"),
    ("The council met on Monday. The tunnel is unsafe, according to several engineers at the port authority.",
     "The tunnel is unsafe", "engineers at the port authority", "PERSON"),
    ("The council met on Monday. Police said the driver had fled the scene.",
     "the driver had fled the scene", "police", "ORG"),
    ("The council met on Monday. A clear majority of rural voters say the tax is unfair.",
     "the tax is unfair", "clear majority of rural voters", "PERSON"),
])
def test_a_source_the_article_does_not_name_speaks_under_its_description(analyser, text, words, source, kind):
    doc, rec = analyse(analyser, text)
    assert (words, source) in {(w, sp) for w, sp, _d, _c in quotes(doc, rec)}
    assert (source, kind) in unnamed(rec)


def test_a_named_speaker_makes_no_unnamed_source(analyser):
    doc, rec = analyse(analyser, "Mayor Laura Jensen spoke on Monday. The mayor said the plan was dead.")
    assert ("the plan was dead", "Laura Jensen") in {(w, sp) for w, sp, _d, _c in quotes(doc, rec)}
    assert not unnamed(rec)


def test_one_unnamed_source_per_description_per_article(analyser):
    _doc, rec = analyse(analyser, "Aides said the mayor was tired. Later, aides said she would rest.")
    made = [e for e in rec.entities if e.unnamed]
    assert len(made) == 1 and len(made[0].mentions) == 2
    assert all(rec.quotations[i].speaker == rec.entities.index(made[0]) for i in range(len(rec.quotations)))


@pytest.mark.parametrize("text, author", [
    ("The council met on Monday. The race is close, according to a poll by the Halden Institute.", "Halden Institute"),
    ("The council met on Monday. The race is close, according to an average of polls compiled by the Halden Institute.",
     "Halden Institute"),
    ("The council met on Monday. The jet is old, according to Federal Aviation Administration records.",
     "Federal Aviation Administration"),
])
def test_a_report_or_poll_speaks_for_its_author(analyser, text, author):
    doc, rec = analyse(analyser, text)
    assert any(sp == author for _w, sp, _d, _c in quotes(doc, rec)), quotes(doc, rec)
    assert not unnamed(rec)


def test_an_unnamed_source_is_a_local_typed_node(analyser):
    from kg.map import map_article

    doc, rec = analyse(analyser, "The council met on Monday. Aides said the mayor would not run again.")
    _art, quads = map_article(doc, rec)
    types = {q.object.value for q in quads if q.predicate.value.endswith("#type")
             and any(p.subject == q.subject and p.object.value == "aides" for p in quads)}
    assert {"http://www.w3.org/ns/prov#Agent", "https://w3id.org/newskg/ns#UnnamedSource"} <= types, types
    assert "https://schema.org/Person" not in types  # a named entity's type only
    creators = {q.object for q in quads if q.predicate.value == "https://schema.org/creator"}
    _art, other = map_article(doc.__class__(identifier="u.txt", text=doc.text, headline=doc.headline), rec)
    assert creators and creators.isdisjoint({q.object for q in other if q.predicate.value == "https://schema.org/creator"})


def test_an_unnamed_source_is_an_agent_not_a_named_person_and_still_speaks(analyser):
    from kg.map import map_article
    from kg.network import to_networkx
    from kg.validate import validate_quads
    from kg.layout import entity_quads

    doc, rec = analyse(analyser, "The council met on Monday. Critics said the plan was dead. "
                                 "Police said the road was closed.")
    _art, quads = map_article(doc, rec)
    types: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate.value.endswith("#type"):
            types.setdefault(q.subject.value, set()).add(q.object.value)
    creators = {q.object.value for q in quads if q.predicate.value == "https://schema.org/creator"}
    assert len(creators) == 2
    for c in creators:
        assert "https://w3id.org/newskg/ns#UnnamedSource" in types[c]
        assert "http://www.w3.org/ns/prov#Agent" in types[c]
        assert not types[c] & {"https://schema.org/Person", "https://schema.org/Organization"}, types[c]
    ok, report = validate_quads(quads + entity_quads(quads))
    assert ok, report
    g = to_networkx(quads)
    shown = {g.nodes[c]["label"]: g.nodes[c]["type"] for c in creators if c in g}  # the view still shows them
    assert shown == {"critics": "Unnamed source", "police": "Unnamed source"}, shown


def test_the_steps_after_the_quote_passes_return_new_records_and_edit_none():
    """unnamed_speakers and speaker_roles give new lists of new records; the quotations and
    entities they are given stay as they were (plain records, no parse needed)."""
    from copy import deepcopy

    from kg.analyse import speaker_roles
    from kg.analyse.sources import unnamed_speakers
    from kg.records import Entity, Membership, Quotation, UnnamedSource

    ents = [Entity("PERSON", "Ann Wu")]
    qs = [Quotation((10, 20), True, speaker=0),
          Quotation((30, 40), True, source=UnnamedSource((42, 47), "aides", "PERSON")),
          Quotation((50, 60), False, source=UnnamedSource((62, 67), "Aides", "PERSON"))]
    ms = [Membership(person=0, role="Mayor", concept="mayor", span=(0, 9))]
    given = deepcopy((ents, qs, ms))
    new_ents, said = unnamed_speakers(ents, qs)
    said = speaker_roles(said, ms)
    assert (ents, qs, ms) == given  # nothing given was edited
    assert [e.name for e in new_ents] == ["Ann Wu", "aides"] and new_ents[1].mentions == [(42, 47), (62, 67)]
    assert [(q.speaker, q.membership) for q in said] == [(0, 0), (1, None), (1, None)]
