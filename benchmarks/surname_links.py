"""What the surname links (kg/surnames.py) cost a batch as a store grows: synthetic articles written
through ``kg.store.replace_articles`` in batches of 64, as ``kg build`` writes them.

Each article names ``--people`` full-named people drawn from a pool (a few surnames shared by many,
most by few: a Zipf-like draw, as in news) and ``--titled`` people only as "Mr X"; the full names
are invented (two syllables each). The time of ``surnames.refresh`` in each batch is recorded apart
from the rest of the write; the figures printed are its median and 95th percentile over the last
``--window`` batches before each size, beside the whole write's, so whether the links grow with the
store or with the batch is read off one run.

    python benchmarks/surname_links.py                     # up to 10,000 articles
    python benchmarks/surname_links.py --sizes 1000 5000 --skew loguniform
"""
from __future__ import annotations

import argparse
import random
import statistics
import time

import pyoxigraph as ox

from kg import store as kgstore
from kg import surnames
from kg.vocab import A, ID_NS, KG, RDFS, SCHEMA

SYLLABLES = "ka lo mi ren sa tor vel da nu pe ri zo ham bel cor fin gar lun mor wes".split()
FIRST = ["Arlo", "Mira", "Tomas", "Helen", "Ivan", "Nora", "Pavel", "Rosa", "Oscar", "Alma"]


def surname(i: int) -> str:
    rnd = random.Random(i)
    return (rnd.choice(SYLLABLES) + rnd.choice(SYLLABLES) + rnd.choice(SYLLABLES)).capitalize()


def draw(rnd: random.Random, pool: int, skew: str) -> int:
    """A surname's rank: "pareto" gives the first surname half of all draws (an extreme store, where
    one surname is in nearly every article), "loguniform" about a twelfth (Zipf-like, as surnames go)."""
    if skew == "pareto":
        return int(rnd.paretovariate(1.1)) % pool
    return int(pool ** rnd.random()) % pool


def article(n: int, rnd: random.Random, pool: int, people: int, titled: int,
            skew: str = "pareto") -> tuple[ox.NamedNode, list[ox.Quad]]:
    g = ox.NamedNode(f"{ID_NS}article/synthetic-{n}")
    out = []

    def person(slug: str, label: str, key: str, honorific: str | None) -> None:
        node = ox.NamedNode(f"{ID_NS}person/{slug}")
        out.extend([ox.Quad(node, A, SCHEMA.Person, g), ox.Quad(node, RDFS.label, ox.Literal(label), g),
                    ox.Quad(node, KG.mentionedIn, g, g),
                    ox.Quad(node, KG.bareSurname if honorific else KG.surnameKey, ox.Literal(key), g)])
        if honorific:
            out.append(ox.Quad(node, KG.honorific, ox.Literal(honorific), g))

    for _ in range(people):
        s = draw(rnd, pool, skew)
        first = FIRST[(s * 7 + int(rnd.random() * 1.2)) % len(FIRST)]  # mostly one first name per surname
        name = surname(s)
        person(f"{first}-{name}".lower(), f"{first} {name}", name.lower(), None)
    for _ in range(titled):
        s = draw(rnd, pool, skew)
        name = surname(s)
        person(f"{name.lower()}--{n}", name, name.lower(), "Mr")
    return g, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--pool", type=int, default=5000, help="surnames to draw from")
    ap.add_argument("--people", type=int, default=8)
    ap.add_argument("--titled", type=int, default=3)
    ap.add_argument("--window", type=int, default=10)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--skew", choices=["pareto", "loguniform"], default="pareto")
    a = ap.parse_args(argv)
    rnd = random.Random(a.seed)
    st = ox.Store()
    spent: list[float] = []
    real = surnames.refresh

    def timed(*args, **kw):
        t = time.process_time()
        real(*args, **kw)
        spent.append(time.process_time() - t)

    kgstore.surnames.refresh = timed
    n = 0
    whole: list[float] = []
    for size in sorted(a.sizes):
        while n < size:
            batch = [article(n + i, rnd, a.pool, a.people, a.titled, a.skew) for i in range(min(64, size - n))]
            t = time.process_time()
            kgstore.replace_articles(st, batch)
            whole.append(time.process_time() - t)
            n += len(batch)
        links = sum(1 for _ in st.quads_for_pattern(None, None, None, surnames.LINKS_GRAPH)) // 2
        last, all_ = spent[-a.window:], whole[-a.window:]
        print(f"{n:>6} articles, {links} links: surname links per 64-article batch, CPU s: median "
              f"{statistics.median(last):.3f}, p95 {sorted(last)[int(0.95 * (len(last) - 1))]:.3f}; "
              f"the whole write: median {statistics.median(all_):.3f}")
    kgstore.surnames.refresh = real
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
