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

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx
import pyoxigraph as ox

from .vocab import A, EV, KG, ORG, PREFIXES, PROV, RDFS, SCHEMA

TYPES = {SCHEMA.Person: "Person", SCHEMA.Organization: "Organization", SCHEMA.Place: "Place",
         # a speaker the article does not name ("critics"): no person, still a speaker
         KG.UnnamedSource: "Unnamed source"}
# an event's edges are named by the participant's role: the roles of the event scheme
# (ontology/events.ttl) where the event states them, else the schema.org / kg: properties of events
# typed before it (each is the same role: organizer = agent, target = patient …)
EVENT_ROLE_EDGES = {EV.agent: "agent", EV.patient: "patient", EV.participant: "participant", EV.place: "place"}
EVENT_EDGES = {SCHEMA.organizer: "organizer", SCHEMA.attendee: "attendee", KG.target: "target",
               SCHEMA.location: "location"}


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


class _Value(str):
    """A term's value (IRI, literal's lexical form, blank node id) read as text: ``.value`` as on a
    pyoxigraph term."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


def _term_value(t: str) -> _Value:
    """The value of one term as SPARQL TSV writes it (N-Triples syntax); ValueError if unsure."""
    if t.startswith("<") and t.endswith(">"):
        return _Value(t[1:-1])
    if t.startswith('"'):
        end = t.rindex('"')
        if end == 0:
            raise ValueError(t)
        body = t[:end + 1]
        # N-Triples' escapes are JSON's but for \' and \U: those are left to the term-by-term reader
        return _Value(json.loads(body) if "\\" in body else body[1:-1])
    if t.startswith("_:"):
        return _Value(t[2:])
    raise ValueError(t)


class _Index:
    """The store's triples read one predicate at a time (``quads_for_pattern`` over every graph,
    each triple once), as subject → objects: one linear pass per predicate, no joins, so a node
    described in many article graphs costs no more than one described once."""

    def __init__(self, store: ox.Store):
        self.store = store
        self._cache: dict[ox.NamedNode, dict[str, list]] = {}

    def __call__(self, predicate: ox.NamedNode) -> dict[str, list]:
        if predicate not in self._cache:
            try:
                self._cache[predicate] = self._read_tsv(predicate)
            except ValueError:  # a term this reader does not decode (a rare escape): term by term
                out: dict[str, dict] = {}
                for q in self.store.quads_for_pattern(None, predicate, None, None):
                    out.setdefault(q.subject.value, {}).setdefault(q.object, None)
                self._cache[predicate] = {k: list(v) for k, v in out.items()}
        return self._cache[predicate]

    def _read_tsv(self, predicate: ox.NamedNode) -> dict[str, list]:
        """The predicate's (subject, object) pairs written by the engine as SPARQL TSV in one go
        and split here: no Python object per quad (reading 574,350 ``prov:wasDerivedFrom`` quads
        term by term was a quarter of ``kg view`` at 10,000 articles). Each distinct object term
        once per subject, as before; values as :class:`_Value` (a ``str`` with ``.value``)."""
        p = str(predicate)
        data = self.store.query(f"SELECT ?s ?o WHERE {{ {{ ?s {p} ?o }} UNION {{ GRAPH ?g {{ ?s {p} ?o }} }} }}"
                                ).serialize(format=ox.QueryResultsFormat.TSV)
        out: dict[str, dict] = {}
        for line in data.decode("utf-8").split("\n")[1:]:
            if line:
                s, o = line.split("\t")
                out.setdefault(s, {}).setdefault(o, None)
        return {_term_value(k): [_term_value(o) for o in v] for k, v in out.items()}

    def values(self, predicate: ox.NamedNode, subject: str) -> list[str]:
        return [o.value for o in self(predicate).get(subject, ())]

    def typed(self, cls: ox.NamedNode) -> list[str]:
        """Subjects of ``a cls``, each once, in IRI order."""
        found = {q.subject.value for q in self.store.quads_for_pattern(None, A, cls, None)}
        return sorted(found)


def _or_none(values: list) -> list:
    return values or [None]


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
    """Build the relationship graph; see the module docstring for its shape.

    The store is read predicate by predicate (see :class:`_Index`), so the time is linear in
    the number of triples whatever the layout: the union of all graphs, each triple once."""
    store = as_store(source)
    if construct:
        store = restrict(store, construct)
    ix = _Index(store)
    g = nx.MultiDiGraph()
    docs: dict[str, str] = {}
    g.graph["articles"] = {}  # identifier -> headline and date, for the view's article filter
    for a, ids in ix(SCHEMA.identifier).items():
        for i in ids:
            docs[a] = i.value
            g.graph["articles"][i.value] = {"headline": (ix.values(SCHEMA.headline, a) or [""])[0],
                                            "date": (ix.values(SCHEMA.datePublished, a) or [""])[0]}

    # entities
    info: dict[str, dict] = defaultdict(lambda: {"types": set(), "names": set(), "docs": set(), "mentions": set()})
    labels = ix(RDFS.label)  # schema:name is read only if some entity has no label (ours all have)
    for t, kind in TYPES.items():
        for x in ix.typed(t):
            i = info[x]
            i["types"].add(kind)
            # the display name: rdfs:label, else a schema:name (graphs from other tools may lack labels)
            i["names"].update(n.value for n in (labels.get(x) or ix(SCHEMA.name).get(x) or ()))
    for x, evs in ix(PROV.wasDerivedFrom).items():
        if x in info:
            for ev in evs:
                info[x]["mentions"].add(ev.value)
                doc = ev.value.split("#", 1)[0]
                info[x]["docs"].add(docs.get(doc, doc))
    for x in sorted(info):
        i = info[x]
        kind = next((k for k in ("Person", "Organization", "Place", "Unnamed source") if k in i["types"]))
        g.add_node(x, iri=x, label=min(i["names"], key=lambda n: (-len(n), n)) if i["names"] else x.rsplit("/", 1)[-1],
                   type=kind, types=sorted(i["types"]), mentions=len(i["mentions"]), documents=sorted(i["docs"]),
                   roles=[], quotes=[])

    # memberships
    # (a kg:Position, a role whose organisation the article does not name, reads as a membership
    # without one: an edge to the role's own node)
    held = [(m, ORG.member, ORG.role) for m in ix.typed(ORG.Membership)]
    held += [(m, KG.holder, KG.role) for m in ix.typed(KG.Position)]
    for m, member, role_of in held:
        for p in ix.values(member, m):
            if p not in g:
                continue
            for role in ix.values(role_of, m):
                for label in ix.values(RDFS.label, role):
                    for org in _or_none(ix.values(ORG.organization, m)):
                        for status in _or_none(ix.values(KG.status, m)):
                            for date in _or_none(ix.values(KG.reportedOn, m)):
                                for a in _or_none(ix.values(KG.inArticle, m)):
                                    _membership(g, m, p, org, role, label, status, date, docs.get(a or "", ""))

    # quotations
    for q in ix.typed(SCHEMA.Quotation):
        speakers = ix.values(SCHEMA.creator, q)
        texts = ix.values(SCHEMA.text, q)
        if not speakers or not texts:
            continue
        about = ix.values(SCHEMA.about, q)
        for s in speakers:
            for text in texts:
                for direct in _or_none(ix.values(KG.isDirect, q)):
                    for a in _or_none(ix.values(KG.inArticle, q)):
                        for date in _or_none(ix.values(SCHEMA.datePublished, a) if a else []):
                            if s not in g:
                                continue
                            g.nodes[s]["quotes"].append(text)
                            if not quotes:
                                continue
                            for x in about:
                                if x in g and x != s:
                                    g.add_edge(s, x, key=q, label="quoted about", relation="quoted_about", text=text,
                                               direct=direct == "true", date=date or "",
                                               document=docs.get(a or "", ""))

    # events
    events = ix.typed(SCHEMA.Event)
    for e in events:
        for kind in _or_none(ix.values(KG.eventKind, e)):
            for label in _or_none(ix.values(RDFS.label, e)):
                for time in _or_none(ix.values(KG.timeText, e)):
                    for date in _or_none(ix.values(SCHEMA.startDate, e)):
                        for a in _or_none(ix.values(KG.inArticle, e)):
                            doc = docs.get(a or "", "")
                            g.add_node(e, iri=e, label=label or kind or "event", type="Event", types=["Event"],
                                       kind=kind or "", time=time or "", date=date or "",
                                       mentions=1, documents=[doc] if doc else [], roles=[], quotes=[])
    for e in events:
        edges = EVENT_ROLE_EDGES if any(ix.values(p, e) for p in EVENT_ROLE_EDGES) else EVENT_EDGES
        for p, rel in edges.items():
            for x in ix.values(p, e):
                if e in g and x in g:
                    g.add_edge(e, x, key=f"{rel}:{x}", label=rel, relation=rel)

    # places inside places ("Springfield, Illinois")
    for x, ys in ix(SCHEMA.containedInPlace).items():
        for y in ys:
            y = y.value
            if x in g and y in g and x != y:
                g.add_edge(x, y, key=f"in:{y}", label="in", relation="contained_in")

    if focus:
        g = neighbourhood(g, focus, depth)
    return g


def _membership(g: nx.MultiDiGraph, m: str, p: str, org: str | None, role: str, label: str, status: str | None,
                date: str | None, document: str) -> None:
    """One reading of a membership: the holder's role text and the edge to the organisation
    (or to the role's own node when the article names no organisation)."""
    target = org if org in g else role
    if target not in g:
        g.add_node(target, iri=target, label=label, type="Role", types=["Role"], mentions=0, documents=[],
                   roles=[], quotes=[])
    role_text = label + (f" of {g.nodes[org]['label']}" if org in g else "")
    if status:
        role_text = f"{status} {role_text}"
    if role_text not in g.nodes[p]["roles"]:
        g.nodes[p]["roles"].append(role_text)
    g.add_edge(p, target, key=m, label=f"{label} of" if org in g else "holds", relation="holds",
               role=label, status=status or "", date=date or "", document=document)


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
