"""``kg serve``: the embedded store as a read-only SPARQL 1.1 Protocol endpoint on localhost.

``GET /sparql?query=…``, ``POST`` with a form (``query=…``) or a ``application/sparql-query``
body. Every query goes through the same gate as ``kg query`` (:func:`kg.query.gate`: no
updates, no ``SERVICE``, no ``FROM``; nesting limit) and runs in a child process with the same
time and memory limits (:func:`kg.query.run_limited`), on the store opened read-only, with the
union of the article graphs as the default graph (as ``kg query``). Results by content
negotiation (``Accept``): SPARQL results JSON (the default), XML, CSV and TSV for SELECT and ASK;
Turtle (the default), N-Triples and RDF/XML for CONSTRUCT and DESCRIBE. Updates get 403. One
query at a time (each in its own child process); nothing but the loopback interface is bound.
"""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from . import query as q
from .store import open_store

RESULTS = {  # media type -> format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {  # media type -> format, for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
MAX_BODY = 1 << 20  # a query of more than 1 MiB is refused
PATH = "/sparql"
READ_TIMEOUT = 30.0  # seconds a client may take to send its request: one endpoint, one request at a time
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def local_host(host: str | None) -> bool:
    """A ``Host`` header naming this machine's loopback (a page on another site that rebinds its
    name to 127.0.0.1 sends its own name, and is refused)."""
    if not host:
        return True  # HTTP/1.0 clients may send none
    name = host.strip().lower()
    if name.startswith("["):
        name = name[:name.find("]") + 1]
    else:
        name = name.rsplit(":", 1)[0]
    return name in LOCAL_HOSTS


def negotiate(accept: str | None, offered: dict) -> str | None:
    """The offered media type the ``Accept`` header prefers (the first offered when it accepts
    anything), or None when it accepts none of them."""
    if not accept or not accept.strip():
        return next(iter(offered))
    ranges = []
    for n, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt, qv = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    qv = float(f[2:])
                except ValueError:
                    qv = 0.0
        ranges.append((mt, qv, n))
    best, best_key = None, None
    for mt, qv, n in ranges:
        if qv <= 0:
            continue
        if mt in offered:
            cand, spec = mt, 2
        elif mt.endswith("/*") and (m := next((o for o in offered if o.startswith(mt[:-1])), None)):
            cand, spec = m, 1
        elif mt == "*/*":
            cand, spec = next(iter(offered)), 0
        else:
            continue
        key = (qv, spec, -n)
        if best_key is None or key > best_key:
            best, best_key = cand, key
    return best


class Handler(BaseHTTPRequestHandler):
    server_version = "newskg-sparql"
    open_store: Callable[[], ox.Store]
    timeout_s: float = q.DEFAULT_TIMEOUT
    timeout = READ_TIMEOUT  # the socket's: a client that stalls mid-request is dropped, not waited for

    def log_message(self, fmt, *args):  # quiet: one line per request only with --verbose
        if getattr(self.server, "verbose", False):
            super().log_message(fmt, *args)

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")  # an error echoing a query stays text
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, msg: str) -> None:
        self._send(status, (msg + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _refused_host(self) -> bool:
        if local_host(self.headers.get("Host")):
            return False
        self._error(403, "only requests to 127.0.0.1 or localhost are answered")
        return True

    def do_GET(self):
        if self._refused_host():
            return
        url = urlsplit(self.path)
        if url.path != PATH:
            return self._error(404, f"the SPARQL endpoint is {PATH}")
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._error(403, "updates are refused: this endpoint is read-only")
        self._answer(params)

    do_HEAD = do_GET

    def do_POST(self):
        if self._refused_host():
            return
        url = urlsplit(self.path)
        if url.path != PATH:
            return self._error(404, f"the SPARQL endpoint is {PATH}")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._error(400, "bad Content-Length")
        if length < 0:  # rfile.read(-1) would read until the client closes
            return self._error(400, "bad Content-Length")
        if length > MAX_BODY:
            return self._error(413, f"a request body of more than {MAX_BODY} bytes is refused")
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._error(400, "the request body is not UTF-8")
        if ctype == "application/sparql-update":
            return self._error(403, "updates are refused: this endpoint is read-only")
        if ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(text, keep_blank_values=True))
        elif ctype == "application/sparql-query":
            params["query"] = [text]
        else:
            return self._error(415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query")
        if "update" in params:
            return self._error(403, "updates are refused: this endpoint is read-only")
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        texts = params.get("query", [])
        if len(texts) != 1:
            return self._error(400, "give exactly one query parameter")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return self._error(400, "default-graph-uri and named-graph-uri are not supported: the default graph "
                                    "is the union of the article graphs")
        qt = q.QueryText("request", texts[0])
        try:
            result = q.run_limited(self.open_store, qt, timeout=self.timeout_s)
        except q.QueryError as e:
            return self._error(400, str(e))
        except q.SourceError as e:
            return self._error(503, str(e))
        if isinstance(result, list):  # CONSTRUCT / DESCRIBE: triples
            mt = negotiate(self.headers.get("Accept"), GRAPHS)
            if mt is None:
                return self._error(406, "a graph is given as " + ", ".join(GRAPHS))
            body = ox.serialize(result, format=GRAPHS[mt])
        else:
            mt = negotiate(self.headers.get("Accept"), RESULTS)
            if mt is None:
                return self._error(406, "results are given as " + ", ".join(RESULTS))
            body = result.serialize(format=RESULTS[mt])
        self._send(200, body, f"{mt}; charset=utf-8" if mt.startswith("text/") else mt)


def make_server(store: str | Path, port: int = 7878, timeout: float = q.DEFAULT_TIMEOUT,
                verbose: bool = False, read_timeout: float = READ_TIMEOUT) -> HTTPServer:
    """The endpoint, bound to 127.0.0.1:``port`` (0: a free port), not yet serving."""
    q.check_timeout(timeout)
    path = Path(store)
    st = open_store(path, read_only=True)  # fails here, in one line, when there is no store
    del st

    handler = type("StoreHandler", (Handler,), {"open_store": staticmethod(lambda: open_store(path, read_only=True)),
                                               "timeout_s": timeout, "timeout": read_timeout})
    server = HTTPServer(("127.0.0.1", port), handler)
    server.verbose = verbose
    return server
