"""Use stage: the relationship graph as one self-contained, offline, interactive HTML page.

Overview first, zoom and filter, details on demand: the page opens on the most mentioned
entities (a top-N control ranks by mentions or connections, the rest are one search, filter or
double-click away), parallel edges are merged into one edge with a count, nodes can be grouped
by community (Louvain, computed here), and tooltips and the details panel summarise with counts
instead of listing everything. The aggregation happens here, from the NetworkX graph
``to_networkx`` returns; the project's template (``kg/templates/graph.html``) draws it with
vis-network (pyvis's bundled copy, inlined with its CSS). The page loads nothing from
anywhere: a Content-Security-Policy of ``default-src 'none'`` forbids every request, and all text
from articles reaches the page as JSON data, shown with ``textContent`` only, never as HTML.
"""
from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx

COLOURS = {"Person": "#e4572e", "Organization": "#17bebb", "Place": "#76b041", "Event": "#ffc914",
           "Role": "#9b8ec4", "Unnamed source": "#b0a8a0"}
SHAPES = {"Person": "dot", "Organization": "square", "Place": "triangle", "Event": "diamond", "Role": "ellipse",
          "Unnamed source": "dot"}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no "<", ">" or "&" survive as such."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


TOP = 80       # the page opens on this many entities, the most mentioned (the rest one step away)
BIG = 400      # above this many nodes on screen, the page lays them out with fewer physics iterations
TIPS = 3       # quotations or texts a node or edge carries into the page; the rest are counted
CLIP = 280     # characters of a quotation shown in a tooltip or the details panel
LOCAL = re.compile(r"--[0-9a-f]{6,}$")  # article-local IRIs: bare surnames, unnamed sources


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= CLIP else text[:CLIP - 1].rstrip() + "\u2026"


def _edge_documents(g: nx.MultiDiGraph, u, d: dict) -> list[str]:
    """The articles an edge was read from: its own, else its event's (event edges carry none)."""
    if d.get("document"):
        return [d["document"]]
    if g.nodes[u].get("type") == "Event":
        return list(g.nodes[u].get("documents", []))
    return []  # a fact between two entities ("in"), shown wherever both are


def merged_edges(g: nx.MultiDiGraph) -> list[dict]:
    """Parallel edges (same ends, same label) as one edge with a count, per-article counts,
    the first few texts and the span of dates."""
    groups: dict[tuple, dict] = {}
    for u, v, d in g.edges(data=True):
        key = (u, v, str(d.get("label", "")))
        m = groups.get(key)
        if m is None:
            m = groups[key] = {"from": u, "to": v, "label": key[2], "relation": d.get("relation", ""),
                               "count": 0, "docs": {}, "texts": [], "dates": set(), "status": set()}
        m["count"] += 1
        for doc in _edge_documents(g, u, d):
            m["docs"][doc] = m["docs"].get(doc, 0) + 1
        if d.get("text"):
            if len(m["texts"]) < TIPS:
                m["texts"].append(_clip(d["text"]))
            m["textCount"] = m.get("textCount", 0) + 1
        if d.get("date"):
            m["dates"].add(str(d["date"]))
        if d.get("status"):
            m["status"].add(str(d["status"]))
    out = []
    for m in groups.values():
        dates = sorted(m.pop("dates"))
        m["dates"] = [dates[0], dates[-1]] if dates else []
        m["status"] = sorted(m.pop("status"))
        out.append(m)
    return out


def communities(g: nx.MultiDiGraph, edges: list[dict]) -> dict:
    """A community number per node (Louvain on the merged, undirected graph, weighted by counts;
    fixed seed), largest community first; isolated nodes get none."""
    und = nx.Graph()
    for e in edges:
        if e["from"] != e["to"]:
            w = und.get_edge_data(e["from"], e["to"], {}).get("weight", 0)
            und.add_edge(e["from"], e["to"], weight=w + e["count"])
    if not und:
        return {}
    parts = nx.community.louvain_communities(und, weight="weight", seed=7)
    parts = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
    return {n: i for i, c in enumerate(parts) for n in c}


def page_data(g: nx.MultiDiGraph, title: str, focus: str | None = None) -> dict:
    """Everything the page shows, aggregated: merged edges with counts, per-node summaries
    (counts instead of long lists), ranks by mentions and by connections, communities."""
    ids = {n: i for i, n in enumerate(g.nodes)}
    edges = merged_edges(g)
    neighbours: dict = {n: set() for n in g.nodes}
    for e in edges:
        if e["from"] != e["to"]:
            neighbours[e["from"]].add(e["to"])
            neighbours[e["to"]].add(e["from"])
    community = communities(g, edges)
    degree = {n: len(s) for n, s in neighbours.items()}
    mentions = {n: int(d.get("mentions", 0) or 0) for n, d in g.nodes(data=True)}
    by_mentions = sorted(g.nodes, key=lambda n: (-mentions[n], -degree[n], ids[n]))
    by_degree = sorted(g.nodes, key=lambda n: (-degree[n], -mentions[n], ids[n]))
    rank_m = {n: i for i, n in enumerate(by_mentions)}
    rank_d = {n: i for i, n in enumerate(by_degree)}
    want = focus.casefold().strip() if focus else None
    nodes = []
    for n, d in g.nodes(data=True):
        kind = d.get("type", "Place")
        quotes = list(d.get("quotes", []))
        roles = list(d.get("roles", []))
        docs = list(d.get("documents", []))
        info = {"type": kind, "mentions": mentions[n], "documents": docs, "roles": roles[:TIPS + 2],
                "moreRoles": max(0, len(roles) - TIPS - 2), "quotes": [_clip(q) for q in quotes[:TIPS]],
                "moreQuotes": max(0, len(quotes) - TIPS)}
        if kind == "Event":
            info.update(kind=d.get("kind", ""), time=d.get("time", ""), date=d.get("date", ""))
        label = str(d.get("label", ""))
        nodes.append({"id": ids[n], "label": label, "cls": kind, "shape": SHAPES.get(kind, "dot"),
                      "color": COLOURS.get(kind, "#999999"),
                      "size": round(8 + min(20, 3 * math.log2(1 + mentions[n])), 1),
                      "degree": degree[n], "rankM": rank_m[n], "rankD": rank_d[n],
                      "community": community.get(n, -1), "local": bool(LOCAL.search(str(n))),
                      "focus": bool(want) and (label.casefold() == want or n == focus), "info": info})
    page_edges = []
    for e in edges:
        info = {"relation": e["relation"], "count": e["count"], "docs": e["docs"], "texts": e["texts"],
                "moreTexts": e.get("textCount", 0) - len(e["texts"]), "dates": e["dates"], "status": e["status"]}
        page_edges.append({"id": len(page_edges), "from": ids[e["from"]], "to": ids[e["to"]],
                           "label": e["label"], "info": info})
    known = g.graph.get("articles", {})
    docs = sorted({doc for _n, d in g.nodes(data=True) for doc in d.get("documents", [])}
                  | {doc for e in edges for doc in e["docs"]})
    articles = [{"id": a, "headline": known.get(a, {}).get("headline", ""), "date": known.get(a, {}).get("date", "")}
                for a in docs]
    articles.sort(key=lambda a: ((a["headline"] or a["id"]).casefold(), a["id"]))
    return {"title": title, "nodes": nodes, "edges": page_edges, "colours": COLOURS, "articles": articles,
            "top": TOP, "physicsMax": BIG}


def render(g: nx.MultiDiGraph, title: str = "News knowledge graph", focus: str | None = None) -> str:
    js, css = _vis_assets()
    template = resources.files("kg.templates").joinpath("graph.html").read_text(encoding="utf-8")
    # the vis library and its CSS are trusted files from the pyvis package; "</" in them is
    # split so that the surrounding element cannot be closed early. One pass: nothing put in
    # can be taken for a placeholder.
    parts = {"TITLE": html.escape(title), "VIS_CSS": css.replace("</", "<\\/"),
             "VIS_JS": js.replace("</script", "<\\/script").replace("<script", "<\\u0073cript"),
             "DATA": script_json(page_data(g, title, focus))}
    return re.sub(r"\{\{(TITLE|VIS_CSS|VIS_JS|DATA)\}\}", lambda m: parts[m.group(1)], template)


def write_html(g: nx.MultiDiGraph, path: str | Path, title: str = "News knowledge graph",
               focus: str | None = None) -> None:
    from .rdfio import atomic_write

    page = render(g, title, focus).encode("utf-8")
    atomic_write(path, lambda f: f.write(page))


def show(g: nx.MultiDiGraph, title: str = "News knowledge graph", height: int = 650):
    """The page inline in Jupyter (an iframe whose document is the page itself: no server,
    no CDN, nothing written to disk)."""
    from IPython.display import HTML

    doc = html.escape(render(g, title), quote=True)
    return HTML(f'<iframe srcdoc="{doc}" style="width:100%;height:{height}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe>')
