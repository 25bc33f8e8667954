"""Standard SPARQL servers as the store (`--store http://…`), for real: Oxigraph server and
OpenLink Virtuoso, each started by a fixture. Build, rebuild, query, export, view and validate
give what the embedded store gives (quads compared by value: servers normalise literals)."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from kg.remote import RemoteStore

from .conftest import run
from .servers import by_value, clear, oxigraph_server, virtuoso_server

ARTICLES = {
    "harbour.txt": "Harbour board names new chair\n\nMarch 3, 2021\n\nThe Port Elden harbour board on Monday named "
                   "Alma Ruiz as its chair. \"We will rebuild the north quay,\" Ruiz said at a press conference in "
                   "Port Elden. Board member Tomas Okafor said the vote was unanimous.",
    "council.txt": "Council delays vote\n\nMarch 4, 2021\n\nThe Lindqvist city council delayed a vote on the "
                   "budget, Mayor Greta Holm told reporters on Tuesday. \"We need another week,\" Holm said. "
                   "Alma Ruiz, the harbour board chair, criticised the delay.",
}
CHANGED = ("Council approves budget\n\nMarch 9, 2021\n\nThe Lindqvist city council approved the budget on "
           "Monday, Mayor Greta Holm said. Councillor Ivo Brandt voted against it.")


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    start = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    with start(folder) as s:
        yield s


@pytest.fixture
def password(server, monkeypatch):
    if server["password"]:
        monkeypatch.setenv("KG_STORE_PASSWORD", server["password"])
    clear(server)
    return server


def remote_args(server) -> list[str]:
    return ["--store", server["url"]] + (["--store-user", server["user"]] if server["user"] else [])


def test_build_rebuild_and_read_back_as_the_embedded_store(server, password, runner, tmp_path, analyser):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    local = tmp_path / "local"
    for step in ("first", "again", "changed"):
        if step == "changed":
            (folder / "council.txt").write_text(CHANGED, encoding="utf-8")
        code, _o, err = run(runner, "build", str(folder), "--workers", "1", *remote_args(server))
        assert code == 0, err
        if step == "again":
            assert "2 unchanged" in err
        if step == "changed":
            assert "replaced 'in/council.txt'" in err
        code, _o, err = run(runner, "build", str(folder), "--workers", "1", "--store", str(local))
        assert code == 0, err
        code, _o, err = run(runner, "export", "-o", str(tmp_path / f"{step}.nq"), *remote_args(server))
        assert code == 0, err
        code, _o, err = run(runner, "export", "-o", str(tmp_path / f"{step}-local.nq"), "--store", str(local))
        assert code == 0, err
        remote = list(ox.parse(path=str(tmp_path / f"{step}.nq"), format=ox.RdfFormat.N_QUADS))
        embedded = list(ox.parse(path=str(tmp_path / f"{step}-local.nq"), format=ox.RdfFormat.N_QUADS))
        assert len(embedded) > 100
        assert by_value(remote) == by_value(embedded), step  # rebuilt article replaced, entity graph kept
    # the old version of the changed article left nothing behind: not even a name only it gave
    assert not any("Tomas Okafor" in str(q) and "council" in str(q.graph_name) for q in remote)
    assert not any(q.object == ox.Literal("Council delays vote") for q in remote)


def test_query_view_and_validate_on_the_server(server, password, runner, tmp_path, seed_build):
    from kg.resources import example_article

    code, _o, err = run(runner, "build", str(example_article()), "--workers", "1", *remote_args(server))
    assert code == 0, err
    code, remote_csv, err = run(runner, "query", "people-roles", "-f", "csv", *remote_args(server))
    assert code == 0, err
    code, local_csv, err = run(runner, "query", "people-roles", "-f", "csv", "--store", str(seed_build["store"]))
    assert code == 0, err
    rows = lambda text: sorted(map(tuple, csv.reader(io.StringIO(text))))  # noqa: E731
    assert rows(remote_csv) == rows(local_csv) and len(rows(local_csv)) > 3
    # the CONSTRUCT of joined one-pattern sub-selects gives the server the embedded store's triples
    code, remote_rows, err = run(runner, "query", "officials", "-f", "csv", *remote_args(server))
    assert code == 0, err
    code, local_rows, err = run(runner, "query", "officials", "-f", "csv", "--store", str(seed_build["store"]))
    assert code == 0, err
    triples = lambda text: set(text.splitlines()[1:])  # noqa: E731  (the header names differ: s,p,o)
    assert triples(remote_rows) == triples(local_rows) and len(triples(local_rows)) > 20
    code, out, err = run(runner, "query", "ASK { ?q a schema:Quotation ; kg:isDirect true }", "-f", "csv",
                         *remote_args(server))
    assert code == 0 and out.split() == ["result", "true"], (out, err)
    code, _o, err = run(runner, "validate", *remote_args(server))
    assert code == 0 and "conforms" in _o, (_o, err)
    code, _o, err = run(runner, "view", "-o", str(tmp_path / "r.html"), *remote_args(server))
    assert code == 0, err
    code, _o, err2 = run(runner, "view", "-o", str(tmp_path / "l.html"), "--store", str(seed_build["store"]))
    assert err.split("(")[1] == err2.split("(")[1]  # the same nodes and edges
    code, _o, err = run(runner, "query", "DROP ALL", *remote_args(server))
    assert code == 2 and "refused" in err
    # an article loaded by an earlier newskg (no page key) beside one loaded by this one: the
    # listings are refused in one line naming the command that adds the keys, not listed without it
    code, out, err = run(runner, "query", "articles", "-f", "csv", *remote_args(server))
    assert code == 0 and len(out.strip().splitlines()) == 2, (out, err)
    old = "https://w3id.org/newskg/id/article/earlier.txt"
    RemoteStore(server["url"], user=server["user"], password=server["password"]).update(
        f'INSERT DATA {{ GRAPH <{old}> {{ <{old}> a <https://schema.org/NewsArticle> ; '
        f'<https://schema.org/identifier> "earlier.txt" ; <https://schema.org/datePublished> "2020-02-03" }} }}')
    code, out, err = run(runner, "query", "articles", "-f", "csv", *remote_args(server))
    assert code == 1 and "kg:pageKey" in err and len(err.strip().splitlines()) == 1, (out, err)
    assert f"kg build --store {server['url']}" in err, err
    code, out, err = run(runner, "query", "people-roles", "-f", "csv", *remote_args(server))
    assert code == 0 and len(out.strip().splitlines()) > 3, (out, err)
    code, out, err = run(runner, "build", *remote_args(server))  # no input: the keys added, nothing analysed
    assert code == 0 and "1 article(s) given their page key" in err, (out, err)
    code, out, err = run(runner, "query", "articles", "-f", "csv", *remote_args(server))
    assert code == 0 and len(out.strip().splitlines()) == 3 and "earlier.txt" in out, (out, err)


def test_bulk_loading_is_a_few_large_requests(server, password, analyser, tmp_path):
    from kg.build import build

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(70):  # more than one chunk of 64
        (folder / f"a{i:03d}.txt").write_text(f"Notice {i}\n\nThe Vell river board met on day {i} of the "
                                              "session, chair Ona Pekkala said. \"We will open the weir on "
                                              "Friday,\" Pekkala told the Lorn Gazette. Deputy mayor Ivar Sund "
                                              "of Kessa criticised the plan.", encoding="utf-8")
    st = RemoteStore(server["url"], user=server["user"], password=server["password"])
    assert st.fresh
    before = st.requests
    report = build([str(folder)], store=st, analyser=analyser)
    assert len(report.built) == 70
    quads = sum(len(qs) for _g, qs in report.graphs) or report.quads
    assert quads > 3000  # more than Virtuoso takes in one INSERT DATA: cut into operations and requests
    if st.graph_store:  # Virtuoso: each article put whole by the Graph Store Protocol, its fast path
        assert st.requests - before <= 1 + 70 + 2 * 2
    else:  # the articles listed once, then one request per chunk (64 and 6 articles)
        assert st.requests - before <= 3
    again = RemoteStore(server["url"], user=server["user"], password=server["password"])
    assert not again.fresh
    n = sum(1 for _ in again.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                ox.NamedNode("https://w3id.org/newskg/ns#Article"), None))
    assert n == 70


def test_a_wrong_password_or_no_server_is_one_line(server, runner, monkeypatch):
    from .servers import free_port

    code, _o, err = run(runner, "query", "articles", "--store", f"http://127.0.0.1:{free_port()}/query")
    assert code == 1 and "cannot reach the SPARQL server" in err and "Traceback" not in err
    if server["user"]:
        monkeypatch.setenv("KG_STORE_PASSWORD", "not-the-password")
        code, _o, err = run(runner, "query", "articles", *remote_args(server))
        assert code == 1 and "refused user" in err, err
