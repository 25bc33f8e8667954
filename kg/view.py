"""Use stage: the relationship graph as one self-contained, offline, interactive HTML page.

pyvis holds the nodes and edges with their styles and carries vis-network (its bundled copy,
inlined with its CSS; vis lays small graphs out in the page, NetworkX large ones beforehand), and
the project's own template (``kg/templates/graph.html``) adds the legend, search,
filters by class and by article, and neighbourhood highlighting. The page loads nothing from
anywhere: a Content-Security-Policy of ``default-src 'none'`` forbids every request, and all text
from articles reaches the page as JSON data, shown with ``textContent`` only, never as HTML.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

COLOURS = {"Person": "#e4572e", "Organization": "#17bebb", "Place": "#76b041", "Event": "#ffc914",
           "Role": "#9b8ec4"}
SHAPES = {"Person": "dot", "Organization": "square", "Place": "triangle", "Event": "diamond", "Role": "ellipse"}
BIG = 300  # above this many nodes the layout is computed before the page opens


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no "<", ">" or "&" survive as such."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def network(g: nx.MultiDiGraph):
    """A pyvis Network holding the graph's nodes and edges with their styles."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="local")
    positions = layout(g) if g.number_of_nodes() > BIG else {}
    ids = {n: i for i, n in enumerate(g.nodes)}
    for n, d in g.nodes(data=True):
        kind = d.get("type", "Place")
        extra = {}
        if n in positions:
            extra = {"x": positions[n][0], "y": positions[n][1], "physics": False}
        net.add_node(ids[n], label=str(d.get("label", "")), cls=kind, shape=SHAPES.get(kind, "dot"),
                     color=COLOURS.get(kind, "#999999"), size=12 + min(18, 2 * int(d.get("mentions", 0) or 0)),
                     **extra)
    for u, v, d in g.edges(data=True):  # pyvis keeps every edge of a directed graph, in order
        net.add_edge(ids[u], ids[v], label=str(d.get("label", "")), arrows="to")
    return net, ids


def layout(g: nx.MultiDiGraph) -> dict:
    """Coordinates for a large graph, so the page opens with a settled picture."""
    und = nx.Graph(g.to_undirected(as_view=True))
    pos = nx.spring_layout(und, seed=7, iterations=30, k=2 / max(1, len(und)) ** 0.5)
    scale = 60 * max(1, len(und)) ** 0.5
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def page_data(g: nx.MultiDiGraph, title: str) -> dict:
    net, ids = network(g)
    nodes = []
    for (_n, d), vn in zip(g.nodes(data=True), net.nodes):
        info = {"type": d.get("type", ""), "mentions": d.get("mentions", 0), "roles": d.get("roles", []),
                "quotes": d.get("quotes", [])[:8], "documents": d.get("documents", [])}
        if d.get("type") == "Event":
            info.update(kind=d.get("kind", ""), time=d.get("time", ""), date=d.get("date", ""))
        nodes.append({**{k: v for k, v in vn.items() if k != "title"}, "info": info})
    edges = []
    for (_u, _v, d), ve in zip(g.edges(data=True), net.edges):
        info = {k2: d[k2] for k2 in ("relation", "role", "status", "text", "date", "document") if d.get(k2)}
        edges.append({"id": len(edges), "from": ve["from"], "to": ve["to"], "label": ve.get("label", ""),
                      "arrows": "to", "info": info})
    articles = sorted({doc for _n, d in g.nodes(data=True) for doc in d.get("documents", [])})
    return {"title": title, "nodes": nodes, "edges": edges, "colours": COLOURS, "articles": articles,
            "physics": g.number_of_nodes() <= BIG}


def render(g: nx.MultiDiGraph, title: str = "News knowledge graph") -> str:
    js, css = _vis_assets()
    template = resources.files("kg.templates").joinpath("graph.html").read_text(encoding="utf-8")
    # the vis library and its CSS are trusted files from the pyvis package; "</" in them is
    # split so that the surrounding element cannot be closed early. One pass: nothing put in
    # can be taken for a placeholder.
    parts = {"TITLE": html.escape(title), "VIS_CSS": css.replace("</", "<\\/"),
             "VIS_JS": js.replace("</script", "<\\/script").replace("<script", "<\\u0073cript"),
             "DATA": script_json(page_data(g, title))}
    return re.sub(r"\{\{(TITLE|VIS_CSS|VIS_JS|DATA)\}\}", lambda m: parts[m.group(1)], template)


def write_html(g: nx.MultiDiGraph, path: str | Path, title: str = "News knowledge graph") -> None:
    from .rdfio import atomic_write

    page = render(g, title).encode("utf-8")
    atomic_write(path, lambda f: f.write(page))


def show(g: nx.MultiDiGraph, title: str = "News knowledge graph", height: int = 650):
    """The page inline in Jupyter (an iframe whose document is the page itself: no server,
    no CDN, nothing written to disk)."""
    from IPython.display import HTML

    doc = html.escape(render(g, title), quote=True)
    return HTML(f'<iframe srcdoc="{doc}" style="width:100%;height:{height}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe>')
