"""The HTML view against pyvis's own page: no request at all (no CDN, no fonts), and text that
renders as text (the hostile-fixture browser test is in tests/test_views.py)."""
from __future__ import annotations

import networkx as nx

from kg.view import render


def test_naive_pyvis_in_line_still_links_a_cdn(tmp_path):
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", select_menu=True, filter_menu=True)
    net.add_node(1, label="a")
    page = net.generate_html()
    assert "cdn.jsdelivr.net" in page or "cdnjs" in page


def test_our_page_references_nothing_outside_itself():
    g = nx.MultiDiGraph()
    g.add_node("x", label="</script><script>alert(1)</script>", type="Person", mentions=1,
               documents=["<img src=x onerror=alert(1)>.txt"], roles=["href=javascript:alert(1)"],
               quotes=["<svg onload=alert(1)>"])
    page = render(g, title="<script>alert('t')</script>")
    low = page.lower()
    for needle in ("cdn.", "jsdelivr", "googleapis", "bootstrap", "<link ", "<script src", "<img src=x",
                   "<svg onload", "</script><script>alert"):
        assert needle not in low, needle
    assert "default-src 'none'" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page  # the text is there, as JSON-escaped data
