"""The walkthrough notebook runs top to bottom (nbclient, a real kernel)."""
from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT


def test_walkthrough_runs_top_to_bottom(tmp_path):
    nb = nbformat.read(ROOT / "notebooks" / "walkthrough.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in outputs)
    assert "Mitch Landrieu" in text and "degree centrality" in text
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<iframe srcdoc=" in h and "vis.Network" in h for h in html)
