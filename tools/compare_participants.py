"""Who changed between two builds of the same articles: every event participant, quotation speaker and
role holder that differs, with its sentence and the one before, for judging by hand (the precision check
of a rule on articles no one annotated, README "Events", participants session 11).

    kg build TEXTS --no-store -o A.trig      # from one checkout (say main)
    kg build TEXTS --no-store -o B.trig      # from the other (the rule's branch)
    python tools/compare_participants.py A.trig B.trig TEXTS

An item is whatever carries a ``prov:wasDerivedFrom`` span (event, quotation, membership, entity), keyed
by article, character span and its types; its links are the (property, name) pairs of the nodes with a
``schema:name`` it points to, so a change of node is a change of name. Entity nodes are shared between
articles, so an entity item whose types changed in one article shows in every article naming it.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

NAME = "https://schema.org/name"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def local(iri: str) -> str:
    return iri.split("#")[-1].split("/")[-1]


def load(path: str) -> dict[tuple, set]:
    st = ox.Store()
    st.bulk_load(open(path, "rb"), ox.RdfFormat.TRIG)
    names: dict[str, str] = {}
    for r in st.query(f"SELECT ?e ?n WHERE {{ GRAPH ?g {{ ?e <{NAME}> ?n }} }}"):
        names.setdefault(r["e"].value, r["n"].value)
    spans: dict[str, set] = {}
    for r in st.query(f"SELECT ?s ?d WHERE {{ GRAPH ?g {{ ?s <{DERIVED}> ?d }} }}"):
        m = re.match(r".*/article/(.*)#char=(\d+),(\d+)", r["d"].value)
        if m:
            art = unquote(m.group(1)).split("/")[-1]
            spans.setdefault(r["s"].value, set()).add((art, int(m.group(2)), int(m.group(3))))
    out: dict[tuple, set] = {}
    for s, where in spans.items():
        types = "/".join(sorted(local(r["t"].value) for r in st.query(
            f"SELECT ?t WHERE {{ GRAPH ?g {{ <{s}> a ?t }} }}")))
        links = {(local(r["p"].value), names[r["o"].value]) for r in st.query(
            f"SELECT ?p ?o WHERE {{ GRAPH ?g {{ <{s}> ?p ?o }} }}")
            if r["o"].value in names and r["o"].value != s}
        for k in where:
            out.setdefault(k + (types,), set()).update(links)
    return out


def context(texts: Path, art: str, a: int, b: int) -> str:
    t = (texts / art).read_text()
    s = max(t.rfind(". ", 0, a), t.rfind("\n", 0, a)) + 1
    s = max(t.rfind(". ", 0, s - 2), t.rfind("\n", 0, s - 2)) + 1
    e = t.find(".", b)
    e = len(t) if e < 0 else e + 1
    return (t[s:a] + "[[" + t[a:b] + "]]" + t[b:e]).replace("\n", " ").strip()[:700]


def main(a_path: str, b_path: str, texts: str) -> None:
    a_items, b_items = load(a_path), load(b_path)
    n = 0
    for k in sorted(set(a_items) | set(b_items)):
        a, b = a_items.get(k), b_items.get(k)
        if a != b:
            n += 1
            tag = "NEW" if a is None else "GONE" if b is None else "CHG"
            a, b = a or set(), b or set()
            print(f"#{n} {tag} {k[0]} {k[1]}-{k[2]} {k[3]}\n   -{sorted(a - b)}\n   +{sorted(b - a)}\n"
                  f"   {context(Path(texts), *k[:3])}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
