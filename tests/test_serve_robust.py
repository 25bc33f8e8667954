"""`kg serve` against malformed and slow clients: one bad request must neither hang the endpoint
nor make it read without bound."""
from __future__ import annotations

import socket
import threading

import pyoxigraph as ox
import pytest

from kg.serve import make_server


@pytest.fixture()
def server(tmp_path):
    st = ox.Store(str(tmp_path / "store"))
    st.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                   ox.Literal("o"), ox.NamedNode("https://id.example/g")))
    st.flush()
    del st
    srv = make_server(tmp_path / "store", 0, read_timeout=1.0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield srv.server_address[1]
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(5)


def _raw(port: int, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                b = s.recv(65536)
                if not b:
                    break
                chunks.append(b)
                if b"\r\n\r\n" in b"".join(chunks):
                    break
        except socket.timeout:
            pass
        return b"".join(chunks)


def test_a_negative_content_length_is_refused_not_read_to_the_end(server):
    # rfile.read(-1) reads until the client closes: an unbounded read that also holds the endpoint
    answer = _raw(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: -1\r\n\r\nASK { }")
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer[:200]


def test_a_client_that_stalls_does_not_hold_the_endpoint(server):
    stalled = socket.create_connection(("127.0.0.1", server), timeout=10)
    try:  # announces 100 bytes, sends 5, then waits
        stalled.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        b"Content-Length: 100\r\n\r\nASK {")
        answer = _raw(server, b"GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", wait=8.0)
        assert b" 404 " in answer.split(b"\r\n")[0], answer[:200]
    finally:
        stalled.close()


def test_a_request_for_another_host_name_is_refused(server):
    # DNS rebinding: a web page whose name now points at 127.0.0.1 sends its own name as Host
    answer = _raw(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: evil.example:7878\r\n\r\n")
    assert b" 403 " in answer.split(b"\r\n")[0], answer[:200]
    answer = _raw(server, b"GET /nothing HTTP/1.1\r\nHost: localhost:7878\r\n\r\n")
    assert b" 404 " in answer.split(b"\r\n")[0], answer[:200]


def test_an_error_echoing_the_query_is_never_read_as_html(server):
    answer = _raw(server, b"GET /sparql?query=%3Cscript%3Ealert(1)%3C/script%3E HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    head = answer.split(b"\r\n\r\n")[0].lower()
    assert b" 400 " in head.split(b"\r\n")[0] and b"content-type: text/plain" in head, head
    assert b"x-content-type-options: nosniff" in head, head
