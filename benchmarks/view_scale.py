"""How fast the HTML view opens settled, for graphs of growing size, in headless Chromium.

    python benchmarks/view_scale.py [--sizes 100,300,1000,2000,4000]

Each size is a synthetic graph of people, organisations, places and events with about one and a half
edges a node. Reported: page size, seconds to write the page, seconds from navigation until the overview
(the top-N entities) has settled and physics stopped (``window.kgStable``), and seconds to settle
after asking for every node ("Show top" = all), measured in one run; the ratios to the smallest
size show how each grows.
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

import networkx as nx  # noqa: E402

from kg.view import render  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def synthetic(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    kinds = ("Person", "Organization", "Place", "Event")
    for i in range(n):
        g.add_node(f"n{i}", label=f"Entity {i}", type=kinds[i % 4], mentions=1 + i % 5,
                   documents=[f"a{i % 25}.txt"], roles=[], quotes=[f"quote {i}"] if i % 4 == 0 else [])
    for i in range(1, n):  # a tree (each node to a third of its number) and a cross link every other node
        g.add_edge(f"n{i}", f"n{i // 3}", label="rel", relation="rel")
        if i % 2:
            g.add_edge(f"n{i}", f"n{(i * 7919) % n}", label="cross", relation="rel")
    return g


def wait(page) -> None:
    while not page.evaluate("window.kgStable === true"):
        time.sleep(0.02)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,300,1000,2000,4000")
    a = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("needs Debian's chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        for n in map(int, a.sizes.split(",")):
            page_file = Path(tmp) / f"g{n}.html"
            t0 = time.perf_counter()
            page_file.write_text(render(synthetic(n)), encoding="utf-8")
            build = time.perf_counter() - t0
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t = time.perf_counter()
            page.goto(page_file.as_uri())
            wait(page)
            settle = time.perf_counter() - t
            drawn = page.evaluate("kgNetwork.body.nodeIndices.length")
            page.fill("#kg-top", str(n))
            t = time.perf_counter()
            page.press("#kg-top", "Enter")
            wait(page)
            everything = time.perf_counter() - t
            drawn_all = page.evaluate("kgNetwork.body.nodeIndices.length")
            page.close()
            rows.append((n, drawn, drawn_all, page_file.stat().st_size, build, settle, everything))
        browser.close()
    base, base_all = rows[0][5], rows[0][6]
    print(f"{'nodes':>6} {'page KB':>8} {'render s':>9} {'opens on':>9} {'settled s':>10} {'ratio':>6} "
          f"{'all shown':>10} {'settled s':>10} {'ratio':>6}")
    for n, drawn, drawn_all, size, build, settle, everything in rows:
        print(f"{n:6d} {size / 1024:8.0f} {build:9.2f} {drawn:9d} {settle:10.2f} {settle / base:6.1f} "
              f"{drawn_all:10d} {everything:10.2f} {everything / base_all:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
