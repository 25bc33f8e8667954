"""Events: typed triggers from the lexicon, word senses by the parse, participants, time,
factuality and one record per real event (issue #16). Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from kg import lexicons
from kg.analyse import dates

from .helpers import analyse

WED = date(2021, 5, 12)  # a Wednesday


def events(analyser, text, headline="Test headline", published=WED):
    doc, rec = analyse(analyser, text, published=published, headline=headline)
    out = []
    for e in rec.events:
        out.append({"type": e.kind, "words": [doc.text[a:b] for a, b in e.spans], "factuality": e.factuality,
                    "agents": {rec.entities[i].name for i in e.agents},
                    "targets": {rec.entities[i].name for i in e.targets},
                    "places": {rec.entities[i].name for i in e.places},
                    "date": e.date, "label": e.label})
    return out


def typed(analyser, text):
    return {(w, e["type"]) for e in events(analyser, text) for w in e["words"]}


@pytest.mark.parametrize("text,expected", [
    # the object decides the sense: a person dismissed leaves a post, a claim dismissed is rejected
    ("The board dismissed the finance director on Monday.", {("dismissed", "EndPosition")}),
    ("The court dismissed the claim as baseless.", {("dismissed", "Reject")}),
    ("Greta Holm died in a hospital in Bergen on Sunday.", {("died", "Die")}),
    ("The company sued Acme Corporation and Brix Ltd in Ohio.", {("sued", "Sue")}),
    ("Ivo Brandt, the chairman of the Northern Rail Company, resigned on Friday.", {("resigned", "EndPosition")}),
    # a speech verb names the act of saying it stands for, not a bare statement
    ("The council declared a drought in the valley on Monday.", {("declared", "Declare")}),
    # among a noun's senses the act (a manifestation of dissent) goes before the message
    ("Students staged protests in Lyon on Tuesday.", {("protests", "Demonstrate")}),
    # nouns name events too
    ("The union announced a boycott of the summit in Geneva on Friday.",
     {("announced", "Statement"), ("boycott", "Boycott")}),
])
def test_trigger_and_its_sense(analyser, text, expected):
    assert typed(analyser, text) == expected


@pytest.mark.parametrize("text", [
    "The mayor was greeted with cheers in Leeds.",  # no meeting
    "The former leader remains under house arrest.",  # a confinement (WordNet), no arrest
    "Rescue teams found that the ferry sank.",
    "Mara Quist said that the plan was sound.",  # a quotation, not an event
    "Troops remained in the valley.",  # CAMEO's default code wants a target
    'The Herald quoted Ivo Brandt as saying "the deal is dead".',  # the cue of a quotation
    "Ada Voss read the letter aloud.",  # a letter is a document (WordNet: written communication), no event
    "Ada Voss and Ben Kerr are rivals for the nomination.",  # what they compete for, no nomination
])
def test_no_event(analyser, text):
    assert events(analyser, text) == []


@pytest.mark.parametrize("text,factuality", [
    ("Anna Lind did not resign.", "negated"),
    ("The minister is to be sentenced in June.", "planned"),
    ("Jon Pike allegedly assaulted a guard.", "disputed"),
    ("Greta Holm died in Bergen.", "asserted"),
])
def test_factuality_is_marked_not_dropped(analyser, text, factuality):
    (ev,) = events(analyser, text)
    assert ev["factuality"] == factuality


def test_hypothetical_condition(analyser):
    evs = events(analyser, "If the talks fail, the union could strike.")
    assert [e["factuality"] for e in evs if "talks" in e["words"]] == ["hypothetical"]


def test_participants_place_and_resolved_weekday(analyser):
    (ev,) = [e for e in events(analyser, "Police arrested Tom Marlow in Dover on Friday.") if e["type"] == "ArrestJail"]
    assert ev["targets"] == {"Tom Marlow"} and ev["places"] == {"Dover"}
    assert ev["date"] == "2021-05-07"
    assert ev["label"] == "Arrest jail: Tom Marlow, 2021-05-07"


def test_coordinated_objects_all_take_part(analyser):
    (ev,) = events(analyser, "The company sued Acme Corporation and Brix Ltd in Ohio.")
    assert ev["targets"] == {"Acme Corporation", "Brix Ltd"}


def test_headline_report_and_later_mention_are_one_event(analyser):
    evs = events(analyser, "The Senate voted on the budget on Tuesday. The vote was close.",
                 headline="Senate votes on budget")
    (vote,) = [e for e in evs if e["type"] == "Vote"]
    assert vote["words"] == ["votes", "voted", "vote"]
    assert vote["agents"] == {"Senate"} and vote["date"] == "2021-05-11"
    assert vote["label"] == "Vote: Senate, 2021-05-11"


def test_a_cameo_verb_in_its_wordnet_sense_fires_without_a_pattern(analyser):
    # "detain" has only CAMEO patterns, but its row carries WordNet's "deprive of freedom"
    assert ("detained", "ArrestJail") in typed(analyser, "Police detained Ivo Brandt in Hull on Monday.")


def test_refusing_to_attend_is_the_boycott_already_told(analyser):
    evs = events(analyser, "The mayors opted to boycott the summit in Oslo. "
                           "Mayor Tove Lie said she refused to attend the summit.")
    assert [e["words"] for e in evs] == [["boycott", "attend"]]


def test_a_repeated_statement_is_the_statement_told(analyser):
    evs = events(analyser, "Ola Berg announced his plan to cut taxes on Monday. "
                           "A leaflet from his office repeated the plan.")
    (st,) = [e for e in evs if e["type"] == "Statement"]
    assert st["words"] == ["announced", "repeated"]


def test_a_possessive_pronoun_and_the_owner_of_the_patient_take_part(analyser):
    (ev,) = events(analyser, "Vera Holm filed her resignation on Monday.")
    assert ev["agents"] == {"Vera Holm"}
    (ev,) = events(analyser, "Acme Corporation's merger was cancelled on Monday.")
    assert "Acme Corporation" in ev["targets"]


def test_a_bare_plural_goes_on_telling_the_event_other_ones_are_new(analyser):
    evs = events(analyser, "The protest began in Lyon on Monday. Protests spread to Nantes. "
                           "Other protests were held in Brest.")
    assert [e["words"] for e in evs if e["type"] == "Demonstrate"] == [["protest", "Protests"], ["held"]]


def test_an_indefinite_noun_is_a_new_event(analyser):
    evs = events(analyser, "Ola Berg met the mayor on Monday. A meeting with Tove Lie followed on Friday.")
    assert len([e for e in evs if e["type"] == "Meet"]) == 2


def test_every_type_the_rules_name_is_in_the_scheme_and_the_lexicon():
    lex = lexicons.shipped()
    lexicon_types = {s.type for senses in lex.event_senses.values() for s in senses}
    assert lexicon_types <= set(lex.event_type_rules)
    assert {r.fires for r in lex.event_type_rules.values()} <= {"yes", "object", "noun", "pattern", "no"}


@pytest.mark.parametrize("text,expected", [
    ("Wednesday", "2021-05-12"), ("Monday", "2021-05-10"), ("yesterday", "2021-05-11"),
    ("last Wednesday", "2021-05-05"), ("June 3, 2020", "2020-06-03"), ("next week", None),
    ("on Friday", "2021-05-07"), ("last week", "2021-05-05"),
])
def test_dates_resolve_against_publication(text, expected):
    assert dates.resolve(text, date(2021, 5, 12)) == expected
