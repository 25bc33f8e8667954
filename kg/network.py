"""Use stage: the RDF graph as a NetworkX ``MultiDiGraph`` that reads as the news does.

Nodes are the people, organisations, places, roles and events (attributes: ``iri``, ``label``,
``type``, ``mentions``, ``documents``, ``roles``, ``quotes``); edges are

* person —holds ("Mayor")→ organisation or place (from a membership; to a role node when the
  article names no organisation),
* speaker —quoted about→ entity (text, date, document and direct/reported as attributes),
* event —organizer / attendee / target / location→ entity.

Literals are attributes, never nodes. The graph can be restricted by a SPARQL ``CONSTRUCT``
and to the neighbourhood of one entity.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx
import pyoxigraph as ox

from .vocab import PREFIXES

TYPES = {"https://schema.org/Person": "Person", "https://schema.org/Organization": "Organization",
         "https://schema.org/Place": "Place"}
EVENT_EDGES = {"https://schema.org/organizer": "organizer", "https://schema.org/attendee": "attendee",
               "https://w3id.org/newskg/ns#target": "target", "https://schema.org/location": "location"}


def as_store(source) -> ox.Store:
    """A pyoxigraph store for a store, an RDF file path, quads, or an rdflib graph/dataset."""
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, Path)):
        from .rdfio import load_store

        return load_store(source)
    if hasattr(source, "serialize") and hasattr(source, "triples"):  # rdflib
        data = source.serialize(format="nquads" if hasattr(source, "quads") else "nt")
        st = ox.Store()
        st.load(data.encode("utf-8") if isinstance(data, str) else data,
                format=ox.RdfFormat.N_QUADS if hasattr(source, "quads") else ox.RdfFormat.N_TRIPLES)
        return st
    st = ox.Store()
    st.extend(q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object) for q in source)
    return st


def _select(store: ox.Store, query: str) -> Iterable[ox.QuerySolution]:
    return store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)


def _v(term) -> str | None:
    return None if term is None else term.value


def restrict(store: ox.Store, construct: str) -> ox.Store:
    """The triples a CONSTRUCT query returns, as a new store (checked read-only first)."""
    from .query import gate

    construct = gate(construct)  # the text that was checked is the text that runs
    result = store.query(construct, use_default_graph_as_union=True, prefixes=PREFIXES)
    if not isinstance(result, ox.QueryTriples):
        from .query import QueryError

        raise QueryError("--query must be a CONSTRUCT query (it chooses the triples to show)")
    st = ox.Store()
    st.extend(ox.Quad(t.subject, t.predicate, t.object) for t in result)
    return st


def to_networkx(source, construct: str | None = None, focus: str | None = None, depth: int = 1,
                quotes: bool = True) -> nx.MultiDiGraph:
    """Build the relationship graph; see the module docstring for its shape."""
    store = as_store(source)
    if construct:
        store = restrict(store, construct)
    g = nx.MultiDiGraph()
    docs: dict[str, str] = {}
    for r in _select(store, "SELECT ?a ?id WHERE { ?a schema:identifier ?id }"):
        docs[r["a"].value] = r["id"].value

    # entities
    info: dict[str, dict] = defaultdict(lambda: {"types": set(), "names": set(), "docs": set(), "mentions": set()})
    # the display name: rdfs:label, else a schema:name (graphs from other tools may lack labels)
    for r in _select(store, """SELECT ?x ?t ?n WHERE { ?x a ?t .
                              OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x schema:name ?s } BIND(COALESCE(?l, ?s) AS ?n)
                              VALUES ?t { schema:Person schema:Organization schema:Place } }"""):
        i = info[r["x"].value]
        i["types"].add(TYPES[r["t"].value])
        if r["n"] is not None:
            i["names"].add(r["n"].value)
    for r in _select(store, "SELECT ?x ?ev WHERE { ?x prov:wasDerivedFrom ?ev }"):
        x = r["x"].value
        if x in info:
            info[x]["mentions"].add(r["ev"].value)
            doc = r["ev"].value.split("#", 1)[0]
            info[x]["docs"].add(docs.get(doc, doc))
    for x, i in info.items():
        kind = "Person" if "Person" in i["types"] else "Organization" if "Organization" in i["types"] else "Place"
        g.add_node(x, iri=x, label=min(i["names"], key=lambda n: (-len(n), n)) if i["names"] else x.rsplit("/", 1)[-1],
                   type=kind, types=sorted(i["types"]), mentions=len(i["mentions"]), documents=sorted(i["docs"]),
                   roles=[], quotes=[])

    # memberships
    for r in _select(store, """SELECT ?m ?p ?o ?label ?status ?date ?a ?role WHERE {
            ?m a org:Membership ; org:member ?p ; org:role ?role . ?role rdfs:label ?label .
            OPTIONAL { ?m org:organization ?o } OPTIONAL { ?m kg:status ?status }
            OPTIONAL { ?m kg:reportedOn ?date } OPTIONAL { ?m kg:inArticle ?a } }"""):
        p = r["p"].value
        if p not in g:
            continue
        label, org = r["label"].value, _v(r["o"])
        target = org if org in g else r["role"].value
        if target not in g:
            g.add_node(target, iri=target, label=label, type="Role", types=["Role"], mentions=0, documents=[],
                       roles=[], quotes=[])
        role_text = label + (f" of {g.nodes[org]['label']}" if org in g else "")
        if _v(r["status"]):
            role_text = f"{r['status'].value} {role_text}"
        if role_text not in g.nodes[p]["roles"]:
            g.nodes[p]["roles"].append(role_text)
        g.add_edge(p, target, key=r["m"].value, label=f"{label} of" if org in g else "holds", relation="holds",
                   role=label, status=_v(r["status"]) or "", date=_v(r["date"]) or "",
                   document=docs.get(_v(r["a"]) or "", ""))

    # quotations
    about: dict[str, list[str]] = defaultdict(list)
    for r in _select(store, "SELECT ?q ?x WHERE { ?q a schema:Quotation ; schema:about ?x }"):
        about[r["q"].value].append(r["x"].value)
    for r in _select(store, """SELECT ?q ?s ?text ?direct ?a ?date WHERE {
            ?q a schema:Quotation ; schema:creator ?s ; schema:text ?text .
            OPTIONAL { ?q kg:isDirect ?direct } OPTIONAL { ?q kg:inArticle ?a OPTIONAL { ?a schema:datePublished ?date } } }
            ORDER BY ?q"""):
        s = r["s"].value
        if s not in g:
            continue
        text = r["text"].value
        g.nodes[s]["quotes"].append(text)
        if not quotes:
            continue
        for x in about.get(r["q"].value, []):
            if x in g and x != s:
                g.add_edge(s, x, key=r["q"].value, label="quoted about", relation="quoted_about", text=text,
                           direct=_v(r["direct"]) == "true", date=_v(r["date"]) or "",
                           document=docs.get(_v(r["a"]) or "", ""))

    # events
    for r in _select(store, """SELECT ?e ?kind ?label ?time ?date ?a WHERE { ?e a schema:Event .
            OPTIONAL { ?e kg:eventKind ?kind } OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e kg:timeText ?time }
            OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e kg:inArticle ?a } }"""):
        e = r["e"].value
        doc = docs.get(_v(r["a"]) or "", "")
        g.add_node(e, iri=e, label=_v(r["label"]) or _v(r["kind"]) or "event", type="Event", types=["Event"],
                   kind=_v(r["kind"]) or "", time=_v(r["time"]) or "", date=_v(r["date"]) or "",
                   mentions=1, documents=[doc] if doc else [], roles=[], quotes=[])
    for r in _select(store, """SELECT ?e ?p ?x WHERE { ?e a schema:Event ; ?p ?x .
            VALUES ?p { schema:organizer schema:attendee kg:target schema:location } }"""):
        e, x = r["e"].value, r["x"].value
        if e in g and x in g:
            rel = EVENT_EDGES[r["p"].value]
            g.add_edge(e, x, key=f"{rel}:{x}", label=rel, relation=rel)

    # places inside places ("Springfield, Illinois")
    for r in _select(store, "SELECT ?x ?y WHERE { ?x schema:containedInPlace ?y }"):
        x, y = r["x"].value, r["y"].value
        if x in g and y in g and x != y:
            g.add_edge(x, y, key=f"in:{y}", label="in", relation="contained_in")

    if focus:
        g = neighbourhood(g, focus, depth)
    return g


def neighbourhood(g: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` steps (either direction) of the node(s) named ``name``."""
    want = name.casefold().strip()
    centres = [n for n, d in g.nodes(data=True) if str(d.get("label", "")).casefold() == want or n == name]
    if not centres:
        raise KeyError(f"no node named {name!r} in the graph")
    und = g.to_undirected(as_view=True)
    keep: set = set()
    for c in centres:
        keep |= set(nx.single_source_shortest_path_length(und, c, cutoff=max(0, depth)))
    return g.subgraph(keep).copy()


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are strings or numbers, as GraphML and GEXF require."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _scalar(v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in d.items()})
    return h


def _scalar(v):
    if isinstance(v, (list, tuple, set)):
        return " | ".join(map(str, v))
    if isinstance(v, bool):
        return str(v).lower()
    return v


def xml_safe(h: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Text attributes with the characters XML 1.0 cannot carry (C0 controls but tab, LF and CR;
    U+FFFE, U+FFFF) replaced by U+FFFD, in place: networkx's GraphML writer otherwise stops with a
    ValueError and its GEXF writer writes a file no XML parser accepts."""
    from .rdfio import NOT_XML

    for d in [d for _n, d in h.nodes(data=True)] + [d for _u, _v, d in h.edges(data=True)]:
        for k, v in d.items():
            if isinstance(v, str) and NOT_XML.search(v):
                d[k] = NOT_XML.sub("\ufffd", v)
    return h


def write(g: nx.MultiDiGraph, path: str | Path, fmt: str) -> None:
    """GraphML or GEXF for Gephi and friends, written atomically."""
    from .rdfio import atomic_write

    h = xml_safe(flat(g))
    if fmt == "graphml":
        atomic_write(path, lambda f: nx.write_graphml(h, f))
    elif fmt == "gexf":
        atomic_write(path, lambda f: nx.write_gexf(h, f))
    else:
        raise ValueError(fmt)
