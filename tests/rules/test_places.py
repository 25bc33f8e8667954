"""Places: GeoNames links only when unambiguous, countries read from demonyms."""
from __future__ import annotations

import pytest

from .helpers import analyse


@pytest.mark.parametrize("text,place,geonames", [
    ("The mayor of Portland, Maine, spoke to reporters on Monday.", "Portland", 4975802),
    ("Officials in Portland said the bridge would reopen.", "Portland", None),  # which Portland?
    ("Crowds gathered in Portland as Oregon lawmakers met.", "Portland", 5746545),  # the state named nearby
    ("The summit opened in Paris on Monday.", "Paris", 2988507),  # one Paris dwarfs the others
    ("Georgia's governor met officials from Texas and Ohio.", "Georgia", 4197000),  # US context: the state
    ("Georgia and Armenia signed a treaty in Tbilisi.", "Georgia", 614540),  # the country
])
def test_places_link_to_geonames_only_when_unambiguous(analyser, text, place, geonames):
    _, rec = analyse(analyser, text)
    (e,) = [e for e in rec.entities if e.name == place]
    assert e.geonames == geonames


@pytest.mark.parametrize("text,place,geonames", [
    ("The mayor of London met officials from California and Indiana.", "London", 2643743),  # codes apart
    ("Georgia's governor spoke in Atlanta on Monday.", "Georgia", 4197000),  # a US city: a US story
    ("Protesters marched in Washington on Monday.", "Washington", None),  # the city or the state?
    ("Officials in New York said the bridge would reopen.", "New York", 5128581),  # the city dwarfs the rest
])
def test_geonames_context_is_read_with_care(analyser, text, place, geonames):
    _, rec = analyse(analyser, text)
    (e,) = [e for e in rec.entities if e.name == place]
    assert e.geonames == geonames


# ---------------------------------------------------------------- roles without a stated organisation


def test_a_country_read_from_demonyms_alone(analyser):
    text = ("French voters went to the polls. The French economy slowed and French unions marched. "
            "Prime Minister Ann Wu said the vote was fair.")
    _, rec = analyse(analyser, text)
    (m,) = [m for m in rec.memberships if rec.entities[m.person].name == "Ann Wu"]
    assert rec.entities[m.organization].name == "France"


@pytest.mark.parametrize("text,place,geonames", [
    ("Trade with Asia grew, the minister said in Lagos.", "Asia", 6255147),  # the continent, no town
    ("The ship sailed across the Atlantic to Lisbon.", "Atlantic", None),  # no "Atlantic City"
    # a small city the article does not place, in a country it never names: no link
    ("Farmers in Suffolk and Norfolk protested against the levy on Monday.", "Suffolk", None),
    ("Officials in Suffolk, Virginia, said the bridge would reopen.", "Suffolk", 4788158),  # placed: linked
    # a namesake in a named country, dwarfed by a bigger one elsewhere: in doubt, so no link
    ("Australia sent a minister to the party conference in Brighton on Monday.", "Brighton", None),
])
def test_no_link_rather_than_a_wrong_one(analyser, text, place, geonames):
    _, rec = analyse(analyser, text)
    found = [e for e in rec.entities if e.name in {place, f"the {place}"}]
    assert found and all(e.geonames == geonames for e in found), [(e.name, e.kind, e.geonames) for e in rec.entities]


def test_the_country_of_the_states_named_by_itself_makes_a_story_american():
    """"Georgia" beside the United States is the state; beside Armenia, the country (the
    gazetteer's country code, no country's name in the code)."""
    from kg.analyse.places import gazetteer, link
    from kg.records import Entity

    us = [Entity("PLACE", "United States"), Entity("PLACE", "Georgia")]
    link(us)
    other = [Entity("PLACE", "Armenia"), Entity("PLACE", "Georgia")]
    link(other)
    gz = gazetteer()
    assert us[1].geonames == gz.states["georgia"][0] != other[1].geonames == gz.countries["georgia"][0]


@pytest.mark.parametrize("a,b,expected", [
    (5165418, 4509177, False),  # Ohio and Columbus, Ohio: one lies in the other (EVENTS.md rule 59)
    (6252001, 5165418, False),  # the United States and Ohio
    (4862182, 4509177, True),  # Iowa and Columbus, Ohio: two US states
    (4862182, 5165418, True),  # Iowa and Ohio
    (5110302, 5128581, False),  # Brooklyn and New York City: two cities of one state, maybe one inside the other
    (2988507, 2980916, False),  # Paris and Saint-Denis: two cities of one country
    (2988507, 2643743, True),  # Paris and London: two countries
    (6255148, 2988507, False),  # a continent is not in the gazetteer's countries, states and cities
])
def test_places_lie_apart_in_different_countries_or_us_states(a, b, expected):
    from kg.analyse import places
    assert places.apart(a, b) is expected


def test_a_country_is_told_by_its_id():
    from kg.analyse import places
    assert places.is_country(6252001) and not places.is_country(5165418) and not places.is_country(None)
