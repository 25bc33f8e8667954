"""A standard SPARQL server as the store, through the W3C protocols only.

Queries go to the server's SPARQL 1.1 Protocol endpoint (``--store http://host:port/…``);
articles are written by SPARQL 1.1 Update (to the same endpoint, or to ``…/update`` beside a
``…/query`` endpoint, as Oxigraph server has them): one named graph per article, dropped and
inserted again when the article is rebuilt (or, where the server loads faster through it, as
Virtuoso does, put whole by the Graph Store HTTP Protocol), and the entity graph kept as the embedded store
keeps it (:mod:`kg.store`): descriptions the new articles state added, those only the old
versions stated removed. Each ``INSERT DATA`` names one graph (Virtuoso refuses one spanning
several); a chunk of articles travels in one request of several operations, and a first build
into an empty store skips the reads and drops, so loading is a few large requests, not one per
article or triple.

Read back as :mod:`pyoxigraph` objects, so the rest of the tool (queries, export, view,
validation) uses a :class:`RemoteStore` like the embedded store. Quads are read from the article
graphs and the entity graph only (a server's own graphs, such as Virtuoso's system graphs, are
left out), and booleans come back in their canonical form (Virtuoso returns ``1``/``0``).
Servers normalise literals (``"0.90"`` becomes ``"0.9"``): compare values, not spellings.

A user name is given with ``--store-user``; the password is read from the environment variable
``KG_STORE_PASSWORD`` (HTTP Basic or Digest, as the server asks), never from the command line.
"""
from __future__ import annotations

import os
import re
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import pyoxigraph as ox

from .layout import ENTITY_GRAPH, SHARED, entity_quads, is_description, missing_page_keys, page_key_literal
from .store import StoreError
from .vocab import ID_NS, PREFIXES, XSD

PASSWORD_VARIABLE = "KG_STORE_PASSWORD"
ARTICLE_GRAPHS = ID_NS  # article graphs (and the entity graph) are named under the id namespace
BOOLEAN = XSD.boolean
CONTENT_HASH = ox.NamedNode(PREFIXES["kg"] + "contentHash")
VIRTUOSO_OP, VIRTUOSO_REQUEST = 1000, 2000


def is_url(store) -> bool:
    return store is not None and bool(re.match(r"https?://", str(store), re.I))


USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*@)")


def shown(url: str | None) -> str:
    """The URL as messages show it: a user and password written into it are left out."""
    return USERINFO.sub(r"\1", url) if url else ""


def scrubbed(text: str, url: str | None) -> str:
    """``text`` (an HTTP library's message, which may quote the whole URL) without the user and
    password written into ``url``."""
    m = USERINFO.match(url or "")
    if not m:
        return text
    userinfo = m.group(2)
    return text.replace(userinfo, "").replace(userinfo[:-1], "…")


def _untrusted(data: bytes, ctype: str, what: str) -> None:
    """A server's answer checked as any untrusted RDF is (:mod:`kg.guard`) before a parser sees
    it: no DOCTYPE or entities in XML (pyoxigraph's RDF/XML parser expands internal entities),
    no nesting deep enough to crash or stall a parser."""
    from . import guard

    if "xml" in ctype:
        guard.check_xml(data, what)
        guard.check_xml_nesting(data, what)
    elif "json" in ctype:
        guard.check_json_nesting(data, what)
    else:
        guard.check_nesting(data.decode("utf-8", "replace"), what, guard.TURTLE_DEPTH)


def _statement(q) -> str:
    return f"{q.subject} {q.predicate} {q.object} ."


def _canonical(term):
    """Booleans in their canonical form (``true``/``false``): Virtuoso returns ``1``/``0``."""
    if isinstance(term, ox.Literal) and term.datatype == BOOLEAN and term.value in ("1", "0"):
        return ox.Literal("true" if term.value == "1" else "false", datatype=BOOLEAN)
    return term


class RemoteStore:
    """A SPARQL 1.1 server used through the Protocol (queries) and Update (writes)."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None,
                 update_url: str | None = None, graph_store: str | None = None, timeout: float = 600.0):
        import requests

        self.url = url
        self.shown = shown(url)  # for messages
        try:
            parts = urlsplit(url)
        except ValueError as e:
            raise StoreError(f"{self.shown}: not a valid URL ({scrubbed(str(e), url)})") from None
        if parts.path.endswith("/query") and update_url is None:  # Oxigraph server's layout
            update_url = url[: url.rindex("/query")] + "/update" + (f"?{parts.query}" if parts.query else "")
        self.update_url = update_url or url
        self.graph_store = graph_store  # a Graph Store Protocol endpoint, for servers that load faster there
        self.timeout = timeout
        self.session = requests.Session()
        self.user = user
        self.password = password if password is not None else os.environ.get(PASSWORD_VARIABLE)
        self.server = ""
        self.union_param = False
        self.fresh = False  # no article in the store when it was opened: bulk loading
        self.written: set[ox.NamedNode] = set()
        self.requests = 0
        self.max_op: int | None = None  # statements per INSERT DATA (None: a graph in one)
        self.max_request: int | None = None  # statements per request (None: a chunk in one)
        self._probe()

    # -------------------------------------------------------------- HTTP

    def _post(self, url: str, data: dict, accept: str | None = None, params: dict | None = None):
        import requests

        headers = {"Accept": accept} if accept else {}
        try:
            r = self.session.post(url, data={k: v.encode("utf-8") for k, v in data.items()}, headers=headers,
                                  params=params, timeout=self.timeout)
            if r.status_code == 401 and self.user and self.session.auth is None:
                self._authenticate(r)
                r = self.session.post(url, data={k: v.encode("utf-8") for k, v in data.items()}, headers=headers,
                                      params=params, timeout=self.timeout)
        except requests.RequestException as e:
            raise StoreError(f"{shown(url)}: cannot reach the SPARQL server ({e.__class__.__name__}: "
                             f"{scrubbed(str(e).splitlines()[0], url)[:200]})") from None
        self.requests += 1
        if r.status_code == 401:
            raise StoreError(f"{shown(url)}: the server wants a user and password (--store-user NAME, the password in "
                             f"${PASSWORD_VARIABLE})" if not self.user else
                             f"{shown(url)}: the server refused user {self.user!r} (wrong password in ${PASSWORD_VARIABLE}?)")
        if r.status_code >= 400:
            first = scrubbed(next((line.strip() for line in r.text.splitlines() if line.strip()), ""), url)[:300]
            raise StoreError(f"{shown(url)}: the server answered {r.status_code} {r.reason}: {first}")
        return r

    def _authenticate(self, r) -> None:
        import requests

        challenge = r.headers.get("WWW-Authenticate", "").lower()
        self.session.auth = (requests.auth.HTTPDigestAuth(self.user, self.password or "")
                             if challenge.startswith("digest")
                             else requests.auth.HTTPBasicAuth(self.user, self.password or ""))

    def _probe(self) -> None:
        r = self._post(self.url, {"query": "ASK { }"}, accept="application/sparql-results+json")
        self.server = r.headers.get("Server", "")
        self.union_param = "oxigraph" in self.server.lower()
        if "virtuoso" in self.server.lower():
            # its SPARQL compiler gives up on about 3,000 statements in one INSERT DATA ("generated
            # SQL text has exceeded 10000 lines") and its transactions time out on large requests;
            # its Graph Store endpoint loads 20 times faster than INSERT DATA (0.35 s against 4-7 s
            # for 20 graphs of 440 triples): graphs go there, one request each
            self.max_op, self.max_request = VIRTUOSO_OP, VIRTUOSO_REQUEST
            if self.graph_store is None:
                base, _, last = self.url.split("?")[0].rpartition("/")
                self.graph_store = f"{base}/sparql-graph-crud" + ("-auth" if last.endswith("-auth") else "")
        self.fresh = not self._ask(f"ASK {{ GRAPH ?g {{ ?a a <{PREFIXES['kg']}Article> }} "
                                   f"FILTER (STRSTARTS(STR(?g), \"{ARTICLE_GRAPHS}\")) }}")

    def needs_page_keys(self) -> bool:
        """An article on the server without its kg:pageKey (loaded by an earlier newskg, perhaps
        beside articles a later one loaded): the listing queries, which choose their pages by it,
        would leave it out (as :func:`kg.store.needs_page_keys`: two counts, and one ASK where they
        differ; no rows fetched)."""
        return missing_page_keys(self.query)

    def add_page_keys(self) -> int:
        """Give every article on the server that has none its kg:pageKey: the articles' IRIs and
        dates are read in one query, the keys worked out here (:func:`kg.layout.page_key`) and
        written in one request (an ``INSERT DATA`` per article graph, as Virtuoso wants them;
        Virtuoso: requests of at most :data:`VIRTUOSO_REQUEST` statements); returns how many."""
        rows = self.query(f"SELECT ?a ?d WHERE {{ GRAPH ?a {{ ?a a <{PREFIXES['schema']}NewsArticle> "
                          f"FILTER NOT EXISTS {{ ?a <{PREFIXES['kg']}pageKey> ?k }} "
                          f"OPTIONAL {{ ?a <{PREFIXES['schema']}datePublished> ?d }} }} }}",
                          use_default_graph_as_union=False)
        keys: dict[ox.NamedNode, ox.Literal] = {}
        for row in rows:
            a, d = row["a"], row["d"]
            if isinstance(a, ox.NamedNode) and a not in keys:
                keys[a] = page_key_literal(a.value, d.value if d is not None else None)
        ops = [f"INSERT DATA {{ GRAPH {a} {{ {a} <{PREFIXES['kg']}pageKey> {k} }} }}" for a, k in keys.items()]
        step = self.max_request or len(ops) or 1
        for i in range(0, len(ops), step):
            self.update(" ;\n".join(ops[i:i + step]))
        return len(ops)

    def _ask(self, text: str) -> bool:
        res = self.query(text)
        return bool(res)

    # -------------------------------------------------------------- reading

    def query(self, text: str, use_default_graph_as_union: bool = True, prefixes: dict | None = None):
        """A query's answer as pyoxigraph gives it: solutions, a boolean, or triples. The
        default graph is the union of the graphs (Oxigraph server: its ``union-default-graph``
        parameter; Virtuoso and most servers: their default)."""
        if prefixes:
            text = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes.items()) + text
        params = {"union-default-graph": ""} if use_default_graph_as_union and self.union_param else None
        r = self._post(self.url, {"query": text}, params=params,
                       accept="application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8")
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
        from .guard import Refused

        try:
            _untrusted(r.content, ctype, f"{self.shown}: the answer")
        except Refused as e:
            raise StoreError(str(e)) from None
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return ox.parse_query_results(_canonical_json(r.content), ox.QueryResultsFormat.JSON)
            if ctype in ("application/sparql-results+xml", "application/xml"):
                return ox.parse_query_results(r.content, ox.QueryResultsFormat.XML)
            fmt = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                   "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML}.get(ctype)
            if fmt is None:
                raise StoreError(f"{self.shown}: the server answered in {ctype or 'no media type'}, "
                                 "not SPARQL results or RDF")
            return [ox.Triple(t.subject, t.predicate, _canonical(t.object)) for t in ox.parse(r.content, format=fmt)]
        except SyntaxError as e:
            raise StoreError(f"{self.shown}: unreadable answer ({str(e).splitlines()[0][:200]})") from None

    def quads_for_pattern(self, s=None, p=None, o=None, g=None) -> Iterator[ox.Quad]:
        """The quads matching, from the article graphs and the entity graph only."""
        terms = {"s": s, "p": p, "o": o, "g": g}
        pattern = " ".join(str(t) if t is not None else f"?{k}" for k, t in terms.items() if k != "g")
        where = f"GRAPH {g if g is not None else '?g'} {{ {pattern} }}"
        if g is None:
            where += f' FILTER (isIRI(?g) && STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))'
        free = [k for k, t in terms.items() if t is None]
        if not free:
            free_sel = "(1 AS ?one)"
        else:
            free_sel = " ".join(f"?{k}" for k in free)
        res = self.query(f"SELECT {free_sel} WHERE {{ {where} }}", use_default_graph_as_union=False)
        for row in res:
            vals = {k: (t if t is not None else row[k]) for k, t in terms.items()}
            yield ox.Quad(vals["s"], vals["p"], _canonical(vals["o"]), vals["g"])

    def __iter__(self):
        return self.quads_for_pattern()

    def __len__(self) -> int:
        res = self.query(f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                         f'FILTER (isIRI(?g) && STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}")) }}')
        return int(next(iter(res))["n"].value)

    def flush(self) -> None:
        pass

    # -------------------------------------------------------------- writing

    def _inserts(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> list[tuple[str, int]]:
        """``INSERT DATA`` operations for one graph, each of at most :attr:`max_op` statements."""
        step = self.max_op or len(quads) or 1
        return [(f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(_statement(q) for q in quads[i:i + step]) + "\n} }",
                 len(quads[i:i + step])) for i in range(0, len(quads), step)]

    def _put(self, graph: ox.NamedNode, quads: list[ox.Quad], method: str = "PUT") -> None:
        """One graph through the Graph Store HTTP Protocol: PUT replaces it, POST adds to it."""
        import requests

        body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                            format=ox.RdfFormat.N_TRIPLES)
        try:
            r = self.session.request(method, self.graph_store, params={"graph": graph.value}, data=body,
                                     headers={"Content-Type": "application/n-triples"}, timeout=self.timeout)
            if r.status_code == 401 and self.user and self.session.auth is None:
                self._authenticate(r)
                r = self.session.request(method, self.graph_store, params={"graph": graph.value}, data=body,
                                         headers={"Content-Type": "application/n-triples"}, timeout=self.timeout)
        except requests.RequestException as e:
            raise StoreError(f"{shown(self.graph_store)}: cannot reach the server ({e.__class__.__name__})") from None
        self.requests += 1
        if r.status_code >= 400:
            first = next((line.strip() for line in r.text.splitlines() if line.strip()), "")[:300]
            raise StoreError(f"{shown(self.graph_store)}: the server answered {r.status_code} {r.reason}: {first}")

    def update(self, text: str) -> None:
        self._post(self.update_url, {"update": text})

    def replace_articles(self, articles: Iterable[tuple[ox.NamedNode, list[ox.Quad]]]) -> int:
        """Replace each article's named graph and bring the entity graph up to date, in one
        request where the server takes it (Virtuoso: requests of at most :data:`VIRTUOSO_REQUEST`
        statements): the entity descriptions first, then each article (one graph per operation,
        its content hash last), then the descriptions only the old versions stated. An article
        is "in" (listed by its content hash) only once all of it and its descriptions are, so an
        interrupted build is resumed by building again."""
        articles = list(articles)
        if not articles:
            return 0
        replaced = [g for g, _q in articles if not self.fresh or g in self.written]
        old: set[ox.Triple] = set()
        if replaced:
            values = " ".join(str(g) for g in replaced)
            shared = " || ".join(f'STRSTARTS(STR(?s), "{ns}")' for ns in SHARED)
            rows = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
                              f"FILTER ({shared}) }}", use_default_graph_as_union=False)
            for row in rows:
                q = ox.Quad(row["s"], row["p"], _canonical(row["o"]), row["g"])
                if is_description(q):
                    old.add(q.triple)
        new: list[ox.Quad] = []
        ops: list[tuple[str, int]] = []  # (operation, statements in it)
        for graph, quads in articles:
            if graph == ENTITY_GRAPH:
                raise StoreError(f"{graph} is the entity graph, not an article")
            new.extend(quads)
        merged = entity_quads(new)
        if self.graph_store:  # the Graph Store Protocol: POST adds to the entity graph, PUT replaces an article's
            if merged:
                self._put(ENTITY_GRAPH, merged, method="POST")
            for graph, quads in articles:
                if quads:
                    self._put(graph, quads)
                elif graph in replaced:
                    ops.append((f"DROP SILENT GRAPH {graph}", 0))
                self.written.add(graph)
            n = sum(len(q) for _g, q in articles)
            articles = []
        else:
            ops += self._inserts(ENTITY_GRAPH, merged)
            n = 0
        for graph, quads in articles:
            if graph in replaced:
                ops.append((f"DROP SILENT GRAPH {graph}", 0))
            # the content hash last: an article cut between two requests is not "in" until all of it is
            ops += self._inserts(graph, sorted(quads, key=lambda q: q.predicate == CONTENT_HASH))
            n += len(quads)
            self.written.add(graph)
        gone = list(old - {q.triple for q in merged})
        step = self.max_op or len(gone) or 1
        for i in range(0, len(gone), step):
            part = gone[i:i + step]
            ops.append((f"DELETE {{ GRAPH {ENTITY_GRAPH} {{ ?s ?p ?o }} }}\nWHERE {{\n  VALUES (?s ?p ?o) {{\n"
                        + "\n".join(f"({t.subject} {t.predicate} {t.object})" for t in part)
                        + f"\n  }}\n  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {ENTITY_GRAPH}) }}\n}}",
                        len(part)))
        request: list[str] = []
        size = 0
        for text, k in ops:
            if request and self.max_request and size + k > self.max_request:
                self.update(" ;\n".join(request))
                request, size = [], 0
            request.append(text)
            size += k
        if request:
            self.update(" ;\n".join(request))
        return n


def _canonical_json(data: bytes) -> bytes:
    """SPARQL JSON results with booleans in canonical form (Virtuoso writes ``1``/``0``)."""
    import json

    if b"#boolean" not in data:
        return data
    doc = json.loads(data)
    for row in doc.get("results", {}).get("bindings", []):
        for t in row.values():
            if t.get("datatype") == BOOLEAN.value and t.get("value") in ("1", "0"):
                t["value"] = "true" if t["value"] == "1" else "false"
    return json.dumps(doc).encode("utf-8")


def open_remote(url: str, user: str | None = None) -> RemoteStore:
    return RemoteStore(url, user=user)
