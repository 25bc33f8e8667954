"""docs/extending.md: its example of a new kind of extraction runs as written."""
from __future__ import annotations

import re
from pathlib import Path

from kg.analyse import analyse_doc
from kg.analyse.extractors import REGISTRY, unregister
from kg.read import Document

DOC = Path(__file__).resolve().parents[1] / "docs" / "extending.md"


def test_the_documented_extractor_runs_in_a_recipe(analyser):
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    ns: dict = {}
    try:
        for code in blocks:
            exec(compile(code, str(DOC), "exec"), ns)
        text = "Budget talks\n\nAnn Wu, 54, said the budget was late. \"Bo Li, 61, is retiring,\" she said."
        document = Document(identifier="t.txt", text=text, headline="Budget talks")
        rec = analyse_doc(analyser.nlp(text), document, recipe=ns["recipe"])
        ages = {(rec.entities[a.person].name, a.age, text[a.span[0]:a.span[1]]) for a in rec.extra["ages"]}
        assert ages == {("Ann Wu", 54, "Ann Wu, 54")}  # not the age inside the quote
        assert rec.quotations and rec.memberships == [] and set(rec.extra) == {"ages"}
    finally:
        unregister("ages")
    assert "ages" not in REGISTRY
    assert analyse_doc(analyser.nlp(text), document).extra == {}
