"""The project's own event gold (eval/gold/wikinews/*.json, issue #16) against the texts it annotates.

The texts are not in the repository: they are regenerated from the shared Wikinews tables by
`score.py wikinews-texts` (skipped, with the reason, where ../shared is absent). Every trigger must
occur in its text (score.py locates a trigger by its first occurrence), every participant must be a
gold entity, and where a file gives evidence `offsets` (the held-out sets `held-wn-*.json`,
`held4-wn-*.json`, `held5-wn-*.json`, `held6-wn-*.json`, `held7-wn-*.json`, `held8-wn-*.json`,
`held9-wn-*.json` and `held10-wn-*.json`) each
[start, end] must slice exactly its trigger, which occurs once in the text."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import shared_path

GOLD_DIR = Path(__file__).resolve().parent.parent / "eval" / "gold" / "wikinews"
GOLDS = sorted(GOLD_DIR.glob("*.json"))
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "events.ttl"
FACTUALITY = {"asserted", "planned", "hypothetical", "negated", "disputed"}


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> Path:
    scorer = shared_path("eval", "score.py")
    tables = sorted(shared_path("corpus", "wikinews").glob("*.csv"))
    out = tmp_path_factory.mktemp("wikinews-texts")
    subprocess.run([sys.executable, str(scorer), "wikinews-texts", *map(str, tables), str(out)],
                   check=True, capture_output=True)
    return out


def test_the_ten_sets_are_there():
    names = [g.name for g in GOLDS]
    for prefix in ("wn-", "fresh-wn-", "held-wn-", "held4-wn-", "held5-wn-", "held6-wn-", "held7-wn-",
                   "held8-wn-", "held9-wn-", "held10-wn-"):
        assert sum(1 for n in names if n.startswith(prefix)) >= 10, (prefix, names)
    # one article is annotated once: no article is in two sets
    docs = [json.loads(g.read_text(encoding="utf-8"))["document"] for g in GOLDS]
    assert len(docs) == len(set(docs)), docs


@pytest.mark.parametrize("gold_file", GOLDS, ids=lambda p: p.stem)
def test_triggers_and_offsets_match_the_text(gold_file, texts):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (texts / gold["source"]).read_text(encoding="utf-8")
    names = {e["name"] for k in ("people", "organizations", "places") for e in gold.get(k, [])}
    assert gold["events"], gold_file
    for e in gold["events"]:
        assert e["triggers"], e["label"]
        for t in e["triggers"]:
            assert t in text, (gold_file.name, e["label"], t)
        for p in e["participants"]:
            assert p in names, (gold_file.name, e["label"], p)
        if "offsets" not in e:
            continue
        assert len(e["offsets"]) == len(e["triggers"]), (gold_file.name, e["label"])
        for (start, end), t in zip(e["offsets"], e["triggers"]):
            assert text[start:end] == t, (gold_file.name, e["label"], t, text[start:end])
            assert text.count(t) == 1, (gold_file.name, e["label"], t)


HELD_OUT = [g for prefix in ("held-", "held4-", "held5-", "held6-", "held7-", "held8-", "held9-", "held10-")
            for g in sorted(GOLD_DIR.glob(prefix + "wn-*.json"))]


@pytest.mark.parametrize("gold_file", HELD_OUT, ids=lambda p: p.stem)
def test_held_out_set_follows_the_guidelines(gold_file):
    """Types from the ontology's event scheme, factuality as the README defines it, offsets given,
    and planned, hypothetical and negated events optional (neither hit nor miss)."""
    classes = set(re.findall(r"^ev:([A-Z]\w+) a owl:Class", ONTOLOGY.read_text(encoding="utf-8"), re.M))
    assert "Die" in classes and "Attack" in classes, "the event scheme's classes could not be read"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"]), gold["published"]
    prefix = gold_file.stem.split("wn-")[0]
    assert prefix in {"held-", "held4-", "held5-", "held6-", "held7-", "held8-", "held9-", "held10-"}, gold_file.name
    assert gold["source"] == gold["document"] + ".txt" and gold_file.stem == prefix + gold["document"]
    spans = []
    for i, e in enumerate(gold["events"]):
        assert e["type"] == "Event" or e["type"] in classes, (e["label"], e["type"])
        assert e["factuality"] in FACTUALITY, (e["label"], e["factuality"])
        if e["factuality"] in {"planned", "hypothetical", "negated"}:
            assert e.get("optional") is True, e["label"]
        assert "offsets" in e, e["label"]
        spans += [(s, t, i) for s, t in e["offsets"]]
    # two events never share a piece of text: an overlapping prediction could match either
    spans.sort()
    for (s1, e1, i1), (s2, _e2, i2) in zip(spans, spans[1:]):
        assert not (s2 < e1 and i1 != i2), (gold["events"][i1]["label"], gold["events"][i2]["label"])
