"""The view on a real collection, in headless Chromium: figures, checks and the README's screenshots.

    python benchmarks/view_corpus.py --store STORE [--out docs] [--search NAME]
    python benchmarks/view_corpus.py --graph build.trig

Loads the relationship graph (``kg.to_networkx``), writes the page, opens it and reports: the
graph's size, what the page opens on, what a search for a surname selects (by default the last
word of the most mentioned person's name: the ranked search must pick that person, not a
bare-surname node), the merged edges of that person's ``--focus`` neighbourhood against the raw
edges, and the article filter showing only the chosen article's edges. Screenshots go to
``--out``: view-overview.png (with the tooltip of the most mentioned person), view-search.png
(the list of matches), view-details.png (the chosen person and the details panel),
view-article.png (one article) and view-communities.png (grouped by community).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.network import neighbourhood, to_networkx  # noqa: E402
from kg.view import page_data, render  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def wait(page) -> None:
    time.sleep(0.1)
    while not page.evaluate("window.kgStable === true"):
        time.sleep(0.05)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", help="a kg store folder")
    ap.add_argument("--graph", help="an RDF file instead of a store")
    ap.add_argument("--out", default=str(ROOT / "docs"), help="folder for the screenshots")
    ap.add_argument("--search", help="the name to search (default: the most mentioned person's last name)")
    ap.add_argument("--title", default="News knowledge graph")
    a = ap.parse_args()
    if not (a.store or a.graph):
        ap.error("give --store or --graph")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("needs Debian's chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from kg.store import open_store

    t = time.perf_counter()
    g = to_networkx(open_store(Path(a.store), read_only=True) if a.store else a.graph)
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
          f"({len(g.graph.get('articles', {}))} articles), to_networkx {time.perf_counter() - t:.1f} s")
    people = sorted((d["mentions"], d["label"]) for _n, d in g.nodes(data=True) if d["type"] == "Person")
    top_person = people[-1][1]
    query = a.search or top_person.split()[-1]
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    failures = []

    near = neighbourhood(g, top_person, 1)
    merged = page_data(near, "focus")["edges"]
    print(f"--focus {top_person!r}: {near.number_of_nodes()} nodes, {near.number_of_edges()} edges "
          f"drawn as {len(merged)} merged edges")

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "view.html"
        t = time.perf_counter()
        page_file.write_text(render(g, a.title), encoding="utf-8")
        print(f"page: {page_file.stat().st_size / 1e6:.1f} MB written in {time.perf_counter() - t:.1f} s")
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t = time.perf_counter()
        page.goto(page_file.as_uri())
        wait(page)
        print(f"opens on: {page.inner_text('#status')} (settled {time.perf_counter() - t:.1f} s)")
        # the tooltip of the most mentioned person
        hub = page.evaluate("""(() => { const data = JSON.parse(document.getElementById('kg-data').textContent);
            const shown = kgNetwork.body.data.nodes.getIds().filter(id => data.nodes[id].cls === 'Person');
            shown.sort((a, b) => data.nodes[b].info.mentions - data.nodes[a].info.mentions); return shown[0]; })()""")
        pos = page.evaluate(f"kgNetwork.canvasToDOM(kgNetwork.getPosition({hub}))")
        box = page.locator("#graph canvas").bounding_box()
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(500)
        print("tooltip:", " | ".join(page.inner_text("#kg-tip").splitlines()[:4]))
        page.screenshot(path=str(out / "view-overview.png"))
        thick = page.evaluate("""(() => { const e = kgNetwork.body.data.edges.get().filter(e => e.ref !== undefined);
            e.sort((a, b) => b.count - a.count); return kgEdgeTip(e[0].id).textContent; })()""")
        print("thickest link:", thick[:200])
        page.mouse.move(1, 1)

        page.fill("#kg-search", query)
        page.wait_for_timeout(300)
        matches = page.evaluate("[...document.querySelectorAll('#kg-matches li[role=option]')]"
                                ".map(li => li.firstChild.textContent)")
        print(f"search {query!r}: {len(page.evaluate(f'kgMatches({query!r})'))} matches, first {matches[:5]}")
        page.screenshot(path=str(out / "view-search.png"))
        page.press("#kg-search", "Enter")
        wait(page)
        chosen = page.evaluate("kgNetwork.getSelectedNodes().map(id => kgNetwork.body.data.nodes.get(id).label)")
        print(f"selected: {chosen}")
        if a.search is None and chosen != [top_person]:
            failures.append(f"searching {query!r} selected {chosen}, not {top_person!r}")
        page.screenshot(path=str(out / "view-details.png"))
        page.click("#kg-details .close")
        page.fill("#kg-search", "")

        # the article with the most links: only its edges
        arts = page.evaluate("""(() => { const n = {}; JSON.parse(document.getElementById('kg-data').textContent)
            .edges.forEach(e => Object.keys(e.info.docs).forEach(d => n[d] = (n[d] || 0) + 1));
            return Object.entries(n).sort((a, b) => b[1] - a[1])[0][0]; })()""")
        page.select_option("#kg-article", arts)
        wait(page)
        foreign = page.evaluate(f"""(() => {{ const data = JSON.parse(document.getElementById('kg-data').textContent);
            return kgNetwork.body.data.edges.get().filter(e => {{ const d = data.edges[e.ref].info.docs;
              return Object.keys(d).length && !d[{arts!r}]; }}).length; }})()""")
        headline = page.evaluate("document.getElementById('kg-article').selectedOptions[0].textContent")
        print(f"article {arts!r} ({headline}): {page.inner_text('#status')}, edges from other articles: {foreign}")
        if foreign:
            failures.append(f"the article filter shows {foreign} edges of other articles")
        page.screenshot(path=str(out / "view-article.png"))
        page.select_option("#kg-article", "")
        wait(page)

        page.check("#kg-group")
        wait(page)
        print(f"grouped: {page.inner_text('#status')}")
        page.screenshot(path=str(out / "view-communities.png"))
        browser.close()
        if errors:
            failures.append(f"page errors: {errors}")
    for f in failures:
        print("FAILED:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
