"""kg.remote against a hostile or broken SPARQL server (a fake one on 127.0.0.1, no real server
needed): answers are checked as untrusted RDF, and credentials never appear in messages."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pyoxigraph as ox
import pytest

from kg.remote import RemoteStore
from kg.store import StoreError

LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
          b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e.example/">'
          b'<rdf:Description rdf:about="http://e.example/s"><e:p>&c;</e:p></rdf:Description></rdf:RDF>')


class Fake(BaseHTTPRequestHandler):
    answer: tuple[int, str, bytes] = (200, "application/sparql-results+json", b"")
    seen: list = []

    def log_message(self, *a):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        type(self).seen.append((self.headers.get("Authorization"), body))
        if "ASK" in body and "Article" in body or body == "query=ASK+%7B+%7D":
            status, ctype, data = 200, "application/sparql-results+json", json.dumps({"boolean": False}).encode()
        else:
            status, ctype, data = type(self).answer
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def fake():
    handler = type("F", (Fake,), {"seen": []})
    srv = HTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield handler, srv.server_address[1]
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(5)


def test_an_rdf_xml_answer_declaring_entities_is_refused(fake):
    handler, port = fake
    handler.answer = (200, "application/rdf+xml", LAUGHS)
    st = RemoteStore(f"http://127.0.0.1:{port}/query")
    with pytest.raises(StoreError, match="DOCTYPE"):
        st.query("CONSTRUCT WHERE { ?s ?p ?o }")


def test_a_deeply_nested_answer_is_refused(fake):
    handler, port = fake
    handler.answer = (200, "text/turtle", b"<http://e.example/s> <http://e.example/p> " + b"(" * 5000 + b")" * 5000 + b" .")
    st = RemoteStore(f"http://127.0.0.1:{port}/query")
    with pytest.raises(StoreError, match="nested"):
        st.query("CONSTRUCT WHERE { ?s ?p ?o }")


def test_credentials_in_the_url_are_never_shown(fake):
    handler, port = fake
    handler.answer = (500, "text/plain", b"boom")
    st = RemoteStore(f"http://kg:s3cret@127.0.0.1:{port}/query")
    with pytest.raises(StoreError) as e:
        st.query("SELECT * WHERE { ?s ?p ?o }")
    assert "s3cret" not in str(e.value) and "boom" in str(e.value)
    for url in (f"http://kg:s3cret@127.0.0.1:{_closed_port()}/query",  # nothing listens there
                "http://kg:s3cret@127.0.0.1:99999/query",  # the HTTP library quotes the whole URL
                "http://kg:s3cret@[::1/query"):  # not a URL at all
        with pytest.raises(StoreError) as e:
            RemoteStore(url)
        assert "s3cret" not in str(e.value), str(e.value)


def test_a_crafted_literal_cannot_add_an_operation(fake):
    """Article text with quotes, backslashes, newlines, braces, control and non-BMP characters,
    and a would-be update, stays one literal in one INSERT DATA."""
    handler, port = fake
    handler.answer = (200, "text/plain", b"")
    st = RemoteStore(f"http://127.0.0.1:{port}/query")
    evil = 'x" } } ; DROP ALL ; INSERT DATA { GRAPH <http://e.example/g> { <a:b> <a:c> "\\\n\r\t\x00\x1f\x7f\u2028 \U0001F600 """ \''
    g = ox.NamedNode("https://id.example/article/1")
    q = ox.Quad(ox.NamedNode("https://id.example/article/1#a"), ox.NamedNode("https://schema.org/text"),
                ox.Literal(evil, language="en-GB"), g)
    st.replace_articles([(g, [q])])
    from urllib.parse import parse_qs

    update = parse_qs(handler.seen[-1][1])["update"][0]
    mem = ox.Store()
    mem.update(update)  # one valid request, whose only effect is the quad
    assert list(mem) == [q]


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_command_line_shows_no_credentials(fake, runner):
    from .conftest import run

    handler, port = fake
    handler.answer = (200, "application/sparql-results+json",
                      json.dumps({"head": {"vars": ["s", "p", "o", "g"]}, "results": {"bindings": []}}).encode())
    code, out, err = run(runner, "validate", "--store", f"http://kg:s3cret@127.0.0.1:{port}/query")
    assert f"127.0.0.1:{port}/query" in out + err
    assert "s3cret" not in out + err
