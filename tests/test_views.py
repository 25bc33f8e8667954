"""NetworkX graph, GraphML/GEXF, and the offline HTML view in a real browser."""
from __future__ import annotations


import networkx as nx
import pytest

from kg.network import to_networkx
from kg.view import TOP, render, script_json

from .browser import drawn_nodes, open_page, wait_stable
from .conftest import ROOT, run

HOSTILE = ROOT / "tests" / "fixtures" / "hostile.trig"
SHOTS = ROOT / "tests" / "screenshots"


def labels(g):
    return {d["label"]: n for n, d in g.nodes(data=True)}


def test_networkx_reads_as_the_news_does(seed_build):
    g = to_networkx(seed_build["trig"])
    assert isinstance(g, nx.MultiDiGraph)
    by = labels(g)
    kinds = {d["type"] for _n, d in g.nodes(data=True)}
    assert kinds == {"Person", "Organization", "Place", "Event", "Role"}
    edge = {(g.nodes[u]["label"], d["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("Rahm Emanuel", "Mayor of", "Chicago") in edge
    assert ("Jeff Sessions", "holds", "Attorney General") in edge
    assert any(r == "quoted about" for _s, r, _o in edge)
    quoted = [d for _u, _v, d in g.edges(data=True) if d["relation"] == "quoted_about"]
    assert all(d["text"] and d["document"] == "examples/sanctuary-mayors.txt" for d in quoted)
    # event edges are named by the role (ev:agent, ev:patient, ev:participant, ev:place)
    assert any(r in {"agent", "patient", "participant", "place"} for _s, r, _o in edge)
    # literals are attributes, never nodes
    assert all(str(n).startswith("https://w3id.org/newskg/id/") for n in g.nodes)
    wheeler = g.nodes[by["Ted Wheeler"]]
    assert wheeler["roles"] == ["Mayor of Portland"] and any("moral compass" in q for q in wheeler["quotes"])
    assert wheeler["mentions"] >= 1 and wheeler["documents"] == ["examples/sanctuary-mayors.txt"]
    # the article's headline travels with the graph, for the view's article filter
    headline = seed_build["text"].splitlines()[0].strip()
    assert g.graph["articles"]["examples/sanctuary-mayors.txt"]["headline"] == headline


def test_focus_and_construct_restrict_the_graph(seed_build):
    full = to_networkx(seed_build["trig"])
    near = to_networkx(seed_build["trig"], focus="Mitch Landrieu", depth=1)
    assert set(labels(near)) >= {"Mitch Landrieu", "New Orleans", "U.S. Conference of Mayors"}
    assert near.number_of_nodes() < full.number_of_nodes()
    far = to_networkx(seed_build["trig"], focus="mitch landrieu", depth=3)
    assert far.number_of_nodes() > near.number_of_nodes()
    officials = to_networkx(seed_build["trig"], construct=(ROOT / "queries" / "officials.rq").read_text())
    assert {d["type"] for _n, d in officials.nodes(data=True)} <= {"Person", "Organization", "Place", "Role"}
    assert "Fox News" not in labels(officials) and "Chicago" in labels(officials)
    with pytest.raises(KeyError):
        to_networkx(seed_build["trig"], focus="Nobody At All")


def test_a_graph_from_another_tool_is_labelled_by_its_names(tmp_path):
    """Graphs made elsewhere may give entities a schema:name and no rdfs:label."""
    src = tmp_path / "other.ttl"
    src.write_text("""@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x:p1> a schema:Person ; schema:name "Ada Quill" .
<urn:x:p2> a schema:Person ; rdfs:label "Bo Reyes" ; schema:name "Bo Reyes-Lind" .
""", encoding="utf-8")
    g = to_networkx(str(src))
    assert g.nodes["urn:x:p1"]["label"] == "Ada Quill"
    assert g.nodes["urn:x:p2"]["label"] == "Bo Reyes"  # the label wins over a name


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_for_gephi(seed_build, runner, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    code, _o, err = run(runner, "export", "--store", str(seed_build["store"]), "-o", str(out))
    assert code == 0, err
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    g = to_networkx(seed_build["trig"])
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    attrs = next(d for _n, d in back.nodes(data=True) if d.get("label") == "Ted Wheeler")
    assert attrs["type"] == "Person" and "Mayor of Portland" in attrs["roles"]


def test_script_json_cannot_close_its_element():
    s = script_json({"t": "</script><!-- <b>&amp;\u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s


def test_page_is_self_contained(seed_build):
    page = render(to_networkx(seed_build["trig"]), title="Example <b>graph</b>")
    assert "<title>Example &lt;b&gt;graph&lt;/b&gt;</title>" in page
    assert "default-src 'none'" in page
    low = page.lower()
    for marker in ("<link", "<script src", "<iframe", "@import", "cdnjs", "unpkg", "jsdelivr", "googleapis",
                   "bootstrap", "tom-select"):
        assert marker not in low, marker


def test_browser_draws_the_example_offline(seed_build, runner, tmp_path):
    out = tmp_path / "graph.html"
    code, _o, err = run(runner, "view", "--store", str(seed_build["store"]), "-o", str(out))
    assert code == 0, err
    g = to_networkx(seed_build["trig"])
    linked = {n for e in g.edges for n in e[:2]}
    with open_page(out, tmp_path) as (page, errors, requests, dialogs):
        wait_stable(page)
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "example-graph.png"))
        assert errors == [] and dialogs == []
        assert [r for r in requests if not r.startswith("file://")] == []
        assert drawn_nodes(page) == len(linked)  # unlinked nodes wait behind "show unlinked"
        legend = page.inner_text("#legend")
        assert all(c in legend for c in ("Person", "Organization", "Place", "Event"))
        page.check("#kg-unlinked")
        wait_stable(page)
        assert drawn_nodes(page) == g.number_of_nodes()
        page.uncheck("#legend input[data-cls=Place]")
        assert drawn_nodes(page) == sum(1 for _n, d in g.nodes(data=True) if d["type"] != "Place")
        page.check("#legend input[data-cls=Place]")
        page.uncheck("#kg-unlinked")
        page.fill("#kg-search", "landrieu")
        page.press("#kg-search", "Enter")
        selected = page.evaluate("kgNetwork.getSelectedNodes().map(id => kgNetwork.body.data.nodes.get(id).label)")
        assert selected == ["Mitch Landrieu"]
        faded = page.evaluate("kgNetwork.body.data.nodes.get().filter(n => n.color === '#e3e3e3').length")
        assert 0 < faded < g.number_of_nodes()  # the neighbourhood stands out
    assert (SHOTS / "example-graph.png").stat().st_size > 20_000


def test_hostile_text_renders_as_text_and_runs_nothing(runner, tmp_path):
    out = tmp_path / "hostile.html"
    code, _o, err = run(runner, "view", "--graph", str(HOSTILE), "-o", str(out),
                        "--title", "<script>window.__xss='title'</script>")
    assert code == 0, err
    with open_page(out, tmp_path) as (page, errors, requests, dialogs):
        wait_stable(page)
        page.check("#kg-unlinked")
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == [] and [r for r in requests if not r.startswith("file://")] == []
        assert page.evaluate("document.querySelectorAll('img, svg[onload], a[href]').length") == 0
        assert page.inner_text("#kg-title") == "<script>window.__xss='title'</script>"
        texts = page.evaluate("""kgNetwork.body.data.nodes.getIds().map(id => kgTipFor(id).textContent)""")
        joined = " ".join(texts)
        assert "<img src=x onerror=" in joined and "href <a href=" in joined and "<svg onload=" in joined
        # the article filter lists the headline, as text
        assert "<script>window.__xss='headline'</script>" in page.inner_text("#kg-article")
        # hovering shows the tooltip element as text
        ids = page.evaluate("kgNetwork.body.data.nodes.getIds()")
        pos = page.evaluate(f"kgNetwork.canvasToDOM(kgNetwork.getPosition({ids[0]}))")
        box = page.locator("#graph canvas").bounding_box()
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(600)
        assert "<" in page.inner_text("#kg-tip")
        # the match list and the details panel show names as text
        page.fill("#kg-search", "img")
        assert "<img src=x" in page.inner_text("#kg-matches")
        page.press("#kg-search", "Enter")
        wait_stable(page)
        assert "<img src=x" in page.inner_text("#kg-details") and "<svg onload=" in page.inner_text("#kg-details")
        assert page.evaluate("document.querySelectorAll('img, svg[onload], a[href]').length") == 0
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert errors == []


def test_a_thousand_node_view_opens_settled(tmp_path):
    """Large graphs get their layout before the page opens (timing is in benchmarks/)."""
    g = nx.MultiDiGraph()
    for i in range(1000):
        g.add_node(f"n{i}", label=f"Entity {i}", type=("Person", "Organization", "Place", "Event")[i % 4],
                   mentions=1 + i % 5, documents=[f"a{i % 20}.txt"], roles=[], quotes=[])
    for i in range(1, 1000):
        g.add_edge(f"n{i}", f"n{(i * 7) % i}", label="rel", relation="rel")
    out = tmp_path / "big.html"
    out.write_text(render(g), encoding="utf-8")
    with open_page(out, tmp_path) as (page, errors, _r, _d):
        wait_stable(page, timeout=120)
        assert drawn_nodes(page) <= TOP    # overview first: the most mentioned
        page.fill("#kg-top", "1000")
        page.press("#kg-top", "Enter")
        wait_stable(page, timeout=120)
        assert drawn_nodes(page) == 1000 and errors == []
