"""The HTML view at scale, in headless Chromium: overview first (top N by mentions or connections),
ranked search over every node, merged parallel edges, the article filter by headline, community
groups, expand on double-click, summarising tooltips and hover on the node under the pointer.

The graphs are invented, in the shape ``kg.network.to_networkx`` returns; the screenshots of the
BBC corpus are made by ``benchmarks/view_screenshots.py``.
"""
from __future__ import annotations

import networkx as nx
from kg.view import TIPS, TOP, page_data, render

from .browser import drawn_nodes, open_page, wait_stable
from .conftest import run

ID = "https://w3id.org/newskg/id/"


def node(g, key, label, kind="Person", mentions=1, documents=("a1.txt",), quotes=(), roles=()):
    g.add_node(ID + key, iri=ID + key, label=label, type=kind, types=[kind], mentions=mentions,
               documents=list(documents), roles=list(roles), quotes=list(quotes))


def quote(g, u, v, text, document, n=0):
    g.add_edge(ID + u, ID + v, key=f"q{n}:{u}:{v}:{document}", label="quoted about", relation="quoted_about",
               text=text, direct=True, date="2024-05-0" + str(1 + n % 9), document=document)


def open_graph(g, tmp_path, title="Invented graph"):
    out = tmp_path / "graph.html"
    out.write_text(render(g, title), encoding="utf-8")
    return open_page(out, tmp_path)


def shown_labels(page) -> set[str]:
    return set(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)"))


def selected_label(page):
    return page.evaluate("kgNetwork.getSelectedNodes().map(id => kgNetwork.body.data.nodes.get(id).label)")


def search(page, text):
    page.fill("#kg-search", text)
    page.press("#kg-search", "Enter")
    wait_stable(page)


def crowd(n_people=200):
    """A hub-and-spokes crowd: people of falling mention counts, each quoted about the next few."""
    g = nx.MultiDiGraph()
    for i in range(n_people):
        node(g, f"person/p{i}", f"Person {i:03d}", mentions=n_people - i, documents=[f"a{i % 7}.txt"])
    for i in range(1, n_people):
        quote(g, f"person/p{i}", f"person/p{i // 3}", f"words {i}", f"a{i % 7}.txt")
    return g


def test_search_ranks_the_full_name_first_and_finds_hidden_nodes(tmp_path):
    g = nx.MultiDiGraph()
    # node order puts the traps first: a bare surname local to one article, a longer word
    node(g, "person/quill--0a1b2c3d", "Quill", mentions=4)
    node(g, "org/quillfeather-trust", "Quillfeather Trust", "Organization", mentions=40)
    node(g, "person/bo-quill", "Bo Quill", mentions=3)
    node(g, "person/ada-quill", "Ada Quill", mentions=90, documents=["a1.txt", "a2.txt"])
    node(g, "place/vell", "Vell", "Place", mentions=30)
    node(g, "person/zeno-marsh", "Zeno Marsh", mentions=1)           # no edge at all: hidden as unlinked
    for who in ("quill--0a1b2c3d", "quillfeather-trust", "bo-quill", "ada-quill"):
        src = f"org/{who}" if who.startswith("quillfeather") else f"person/{who}"
        quote(g, src, "place/vell", "a few words", "a1.txt")
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        assert "Zeno Marsh" not in shown_labels(page)
        page.fill("#kg-search", "quill")
        firsts = page.evaluate("[...document.querySelectorAll('#kg-matches li[role=option]')]"
                               ".map(li => li.firstChild.textContent)")
        assert firsts[:4] == ["Ada Quill", "Bo Quill", "Quill", "Quillfeather Trust"]
        page.press("#kg-search", "Enter")
        wait_stable(page)
        assert selected_label(page) == ["Ada Quill"]
        assert "90 mentions in 2 articles" in page.inner_text("#kg-details")
        # a node hidden as unlinked is found, shown and selected
        search(page, "marsh")
        assert selected_label(page) == ["Zeno Marsh"] and "Zeno Marsh" in shown_labels(page)
        # a click on a match in the list selects that one
        page.fill("#kg-search", "quill")
        page.locator("#kg-matches li[role=option]").nth(1).click()
        wait_stable(page)
        assert selected_label(page) == ["Bo Quill"]
        # and so do the arrow keys and Enter
        page.fill("#kg-search", "quill")
        page.press("#kg-search", "ArrowDown")
        page.press("#kg-search", "ArrowDown")
        page.press("#kg-search", "Enter")
        wait_stable(page)
        assert selected_label(page) == ["Quill"]
        assert errors == []


def test_no_match_message_is_cleared_by_a_later_search(tmp_path):
    g = crowd(20)
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        search(page, "nobody by this name")
        assert "No match" in page.inner_text("#kg-msg")
        search(page, "Person 004")
        assert selected_label(page) == ["Person 004"]
        assert page.inner_text("#kg-msg").strip() == ""
        assert errors == []


def test_overview_first_with_top_n_by_mentions_or_connections(tmp_path):
    g = crowd(200)
    # one low-mention node that is connected to many: first by connections, not by mentions
    node(g, "org/switchboard", "Switchboard", "Organization", mentions=1)
    for i in range(0, 200, 5):
        quote(g, f"person/p{i}", "org/switchboard", "to the switchboard", "a1.txt")
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        first = shown_labels(page)
        assert 0 < len(first) <= TOP and "Person 000" in first and "Person 199" not in first
        assert "Switchboard" not in first
        page.select_option("#kg-rank", "d")
        wait_stable(page)
        assert "Switchboard" in shown_labels(page)
        page.fill("#kg-top", "10")
        page.press("#kg-top", "Enter")
        wait_stable(page)
        assert drawn_nodes(page) <= 10
        page.fill("#kg-top", "1000")
        page.press("#kg-top", "Enter")
        wait_stable(page)
        assert drawn_nodes(page) == g.number_of_nodes()
        assert errors == []


def test_double_click_and_the_details_button_show_hidden_neighbours(tmp_path):
    g = crowd(200)
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        search(page, "Person 060")        # its spokes (181, 182) rank below the top N
        assert selected_label(page) == ["Person 060"]
        assert not {"Person 181", "Person 182"} & shown_labels(page)
        details = page.inner_text("#kg-details")
        assert "not shown" in details
        page.click("#kg-expand")
        wait_stable(page)
        assert {"Person 181", "Person 182"} <= shown_labels(page)
        # double-click on a node drawn on the canvas does the same
        search(page, "Person 061")
        ident = page.evaluate("kgNetwork.getSelectedNodes()[0]")
        pos = page.evaluate(f"kgNetwork.canvasToDOM(kgNetwork.getPosition({ident}))")
        box = page.locator("#graph canvas").bounding_box()
        page.mouse.dblclick(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(300)
        wait_stable(page)
        assert {"Person 184", "Person 185"} <= shown_labels(page)
        assert errors == []


def test_parallel_edges_merge_into_one_with_a_count_and_summaries(tmp_path):
    g = nx.MultiDiGraph()
    docs = [f"story-{i}.txt" for i in range(150)]
    node(g, "person/ona-veld", "Ona Veld", mentions=400, documents=docs,
         quotes=[f"statement number {i}" for i in range(355)], roles=[f"Chair {i}" for i in range(9)])
    node(g, "org/tide-council", "Tide Council", "Organization", mentions=60, documents=docs[:3])
    for i in range(12):
        quote(g, "person/ona-veld", "org/tide-council", f"statement number {i}", docs[i % 3], n=i)
    g.add_edge(ID + "person/ona-veld", ID + "org/tide-council", key="m", label="Chair of", relation="holds",
               role="Chair", status="", date="", document=docs[0])
    data = page_data(g, "t")
    veld = next(n for n in data["nodes"] if n["label"] == "Ona Veld")
    assert len(veld["info"]["quotes"]) == TIPS and veld["info"]["moreQuotes"] == 355 - TIPS  # the page stays small
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        labels = sorted(page.evaluate("kgNetwork.body.data.edges.get().map(e => e.label)"))
        assert labels == ["Chair of", "quoted about \u00d712"]
        tips = page.evaluate("kgNetwork.body.data.edges.get().map(e => kgEdgeTip(e.id).textContent)")
        tip = next(t for t in tips if "quoted about" in t)
        assert "12 quotations in 3 articles" in tip and "11 more quotations" in tip
        node_tip = page.evaluate("kgTipFor(kgNetwork.body.data.nodes.get().find(n => n.label === 'Ona Veld').id)"
                                 ".textContent")
        assert "mentioned in 150 articles" in node_tip and "354 more quotations" in node_tip
        assert "story-1.txt" not in node_tip and "statement number 200" not in node_tip
        assert errors == []


def test_article_filter_lists_headlines_and_shows_only_that_articles_edges(tmp_path):
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a1.txt": {"headline": "Harbour toll doubles", "date": "2024-05-01"},
                           "a2.txt": {"headline": "Ferry strike ends", "date": ""}}
    for key, label in (("person/ivo-brandt", "Ivo Brandt"), ("org/port-board", "Port Board"),
                       ("person/lea-morn", "Lea Morn")):
        node(g, key, label, documents=["a1.txt", "a2.txt"])
    quote(g, "person/ivo-brandt", "org/port-board", "the toll is fair", "a1.txt")
    quote(g, "person/lea-morn", "org/port-board", "the strike is over", "a2.txt")
    quote(g, "person/lea-morn", "org/port-board", "crews are back", "a2.txt", n=1)
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        options = page.locator("#kg-article option").all_inner_texts()
        assert options == ["All articles", "Ferry strike ends", "Harbour toll doubles (2024-05-01)"]
        page.select_option("#kg-article", "a1.txt")
        wait_stable(page)
        edges = page.evaluate("kgNetwork.body.data.edges.get().map(e => e.label)")
        assert edges == ["quoted about"]            # not Lea Morn's, from the other article
        assert shown_labels(page) == {"Ivo Brandt", "Port Board"}
        page.select_option("#kg-article", "a2.txt")
        wait_stable(page)
        assert page.evaluate("kgNetwork.body.data.edges.get().map(e => e.label)") == ["quoted about \u00d72"]
        assert errors == []


def test_communities_group_into_one_node_each_and_open_on_click(tmp_path):
    g = nx.MultiDiGraph()
    for side in ("north", "south"):
        for i in range(5):
            node(g, f"person/{side}{i}", f"{side.title()} {i}", mentions=10 - i)
        for i in range(5):
            for j in range(i + 1, 5):
                quote(g, f"person/{side}{i}", f"person/{side}{j}", "close ties", "a1.txt", n=i * 5 + j)
    quote(g, "person/north0", "person/south0", "a bridge", "a1.txt")
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        assert drawn_nodes(page) == 10
        page.check("#kg-group")
        wait_stable(page)
        assert shown_labels(page) == {"North 0 +4", "South 0 +4"}
        assert page.evaluate("kgNetwork.body.data.edges.length") == 1
        ident = page.evaluate("kgNetwork.body.data.nodes.get().find(n => n.label === 'North 0 +4').id")
        pos = page.evaluate(f"kgNetwork.canvasToDOM(kgNetwork.getPosition('{ident}'))")
        box = page.locator("#graph canvas").bounding_box()
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(300)
        wait_stable(page)
        assert shown_labels(page) == {f"North {i}" for i in range(5)} | {"South 0 +4"}
        assert errors == []


def test_hover_shows_the_node_under_the_pointer_not_an_overlapping_box(tmp_path):
    g = nx.MultiDiGraph()
    node(g, "person/hub", "Hub Person", mentions=500)
    node(g, "person/small", "Small Person", mentions=1)
    quote(g, "person/small", "person/hub", "hello", "a1.txt")
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        ids = page.evaluate("Object.fromEntries(kgNetwork.body.data.nodes.get().map(n => [n.label, [n.id, n.size]]))")
        (hub, r_hub), (small, r_small) = ids["Hub Person"], ids["Small Person"]
        # the small node's square box reaches into the hub; the pointer is on the hub's disc,
        # in the corner of the small node's box but outside its disc
        page.evaluate(f"kgNetwork.moveNode({hub}, 0, 0); kgNetwork.moveNode({small}, {r_hub}, {r_hub});"
                      "kgNetwork.moveTo({position: {x: 0, y: 0}, scale: 1})")
        px = r_hub - r_small * 0.95
        assert (2 * px * px) ** 0.5 < r_hub and ((r_hub - px) ** 2 * 2) ** 0.5 > r_small
        pos = page.evaluate(f"kgNetwork.canvasToDOM({{x: {px}, y: {px}}})")
        box = page.locator("#graph canvas").bounding_box()
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(400)
        assert page.locator("#kg-tip").is_visible()
        assert page.inner_text("#kg-tip").startswith("Hub Person")
        assert errors == []


def test_focus_on_a_busy_speaker_draws_one_edge_per_pair(runner, tmp_path):
    lines = ["@prefix schema: <https://schema.org/> .", "@prefix kg: <https://w3id.org/newskg/ns#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             f"<{ID}person/rhea-dunmore> a schema:Person ; rdfs:label \"Rhea Dunmore\" .",
             f"<{ID}org/salt-guild> a schema:Organization ; rdfs:label \"Salt Guild\" .",
             f"<{ID}place/orrin> a schema:Place ; rdfs:label \"Orrin\" ."]
    for i in range(60):
        lines.append(f"<{ID}quote/q{i}> a schema:Quotation ; schema:creator <{ID}person/rhea-dunmore> ; "
                     f"schema:text \"remark {i}\" ; schema:about <{ID}org/salt-guild> , <{ID}place/orrin> .")
    src = tmp_path / "busy.ttl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "focus.html"
    code, _o, err = run(runner, "view", "--graph", str(src), "--focus", "Rhea Dunmore", "-o", str(out))
    assert code == 0, err
    with open_page(out, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        labels = sorted(page.evaluate("kgNetwork.body.data.edges.get().map(e => e.label)"))
        assert labels == ["quoted about \u00d760", "quoted about \u00d760"]
        assert errors == []


def test_an_empty_graph_still_settles(tmp_path):
    g = nx.MultiDiGraph()
    with open_graph(g, tmp_path) as (page, errors, _r, _d):
        wait_stable(page)
        assert drawn_nodes(page) == 0 and errors == []
