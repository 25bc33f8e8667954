"""Quality as the shared scorer measures it (../shared/eval/score.py), on the example article
and on the two Wikinews articles with hand-made gold that the rules were not written from.
Skipped, with the reason, where ../shared is absent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import run, shared_path


def score(tmp_path, runner, inputs, gold_files):
    out = tmp_path / "build.trig"
    code, _o, err = run(runner, "build", *map(str, inputs), "--no-store", "-o", str(out))
    assert code == 0, err
    figures = tmp_path / "figures.json"
    subprocess.run([sys.executable, str(shared_path("eval", "score.py")), "gold", str(out), *map(str, gold_files),
                    "--json", str(figures)], check=True, capture_output=True)
    return json.loads(figures.read_text())


def f1(res, key):
    return res[key]["f1"]


def test_example_article_meets_its_targets(tmp_path, runner):
    res = score(tmp_path, runner, [shared_path("corpus", "seed", "sanctuary-mayors.txt")],
                [shared_path("eval", "gold", "sanctuary-mayors.json")])
    # the targets are 0.90 / 0.85 / 0.90 / 0.60; these floors pin the figures in the README
    for typ in ("Person", "Organization", "Place"):
        assert f1(res, f"entities.{typ}") >= 0.95, (typ, res)
    assert f1(res, "roles") >= 0.95, res
    assert f1(res, "quotes") >= 0.95 and res["speaker_accuracy"] >= 0.95, res
    # issue #16's general event lexicon finds events this gold does not list (it has the 4 the first
    # lexicon was written for): measured 0.889 (P 0.80, R 1.00), 1.00 before the general lexicon,
    # 0.667 with it before the sense and state rules of EVENTS.md ("Precision")
    assert f1(res, "events") >= 0.87 and res["events"]["r"] >= 0.99, res


def test_unseen_wikinews_articles_come_out_alike(tmp_path, runner):
    """Articles the rules were not fitted to: figures of the same order as the example's."""
    dev = shared_path("corpus", "wikinews", "dev")
    res = score(tmp_path, runner, sorted(dev.glob("*.txt")),
                [shared_path("eval", "gold", "wn-103.json"), shared_path("eval", "gold", "wn-252.json")])
    for typ in ("Person", "Organization", "Place"):
        assert f1(res, f"entities.{typ}") >= 0.90, (typ, res)
    assert f1(res, "roles") >= 0.85, res
    # a quote split by its attribution ('"A," X said. "B."') is one quotation, as PolNeAR counts
    # it; this gold counts two, so each of its two split quotes leaves one piece unmatched
    assert f1(res, "quotes") >= 0.85 and res["speaker_accuracy"] >= 0.90, res
    # 3 gold events; issue #16's general lexicon finds others the gold does not list: measured 0.667
    # (P 0.50, R 1.00), 0.857 before it, 0.500 with it before the rules of EVENTS.md ("Precision");
    # participants 0.667 (0.667 before the lexicon, 0.692 before those rules: "gave a different
    # account", an optional gold event, is no longer read as a declaration)
    assert f1(res, "events") >= 0.65 and res["events"]["r"] >= 0.99, res
    assert f1(res, "events.participants") >= 0.66, res


def scorer_reading_agents(tmp_path: Path) -> Path:
    """The shared scorer, made to read a speaker's name whatever its type: it reads names of
    schema:Person/Organization/Place nodes only, and unnamed sources ("critics", "a senior
    official") are none of these under the exchange conventions (a prov:Agent of the project's own
    class). A copy in ``tmp_path``, with prov:Agent added to the types it reads names of."""
    src = shared_path("eval", "score.py").read_text(encoding="utf-8")
    types = "VALUES ?t { schema:Person schema:Organization schema:Place }"
    if types not in src:  # the scorer reads other types now: use it as it is
        return shared_path("eval", "score.py")
    copy = tmp_path / "score_agents.py"
    copy.write_text(src.replace(types, types[:-1] + "prov:Agent }"), encoding="utf-8")
    return copy


@pytest.mark.parametrize("n", [12])
def test_polnear_dev_slice_quotes(tmp_path, runner, n):
    """A fixed slice of PolNeAR dev: speech-cue quotations, their speakers and all attributions,
    pinned just below what this slice measures (the naive baseline the eval README gives is F1
    0.45, speaker accuracy 0.55)."""
    text_dir = shared_path("corpus", "polnear", "dev", "text")
    slice_dir = tmp_path / "slice"  # links to the slice, so the scorer counts only these
    slice_dir.mkdir()
    for f in sorted(text_dir.glob("*.txt"))[:n]:
        (slice_dir / f.name).symlink_to(f)
    files = sorted(slice_dir.glob("*.txt"))
    out = tmp_path / "pol.trig"
    code, _o, err = run(runner, "build", *map(str, files), "--no-store", "-o", str(out))
    assert code == 0, err
    def figures(*flags):
        path = tmp_path / f"pol{len(flags)}.json"
        subprocess.run([sys.executable, str(scorer_reading_agents(tmp_path)), "polnear", str(out),
                        str(shared_path("corpus", "polnear", "dev", "attributions")), str(slice_dir), *flags,
                        "--json", str(path)], check=True, capture_output=True)
        return json.loads(path.read_text())

    res = figures("--speech-only")
    assert res["documents"] == n
    # measured 0.854 and 0.927 (all of dev: 0.855 and 0.929; the targets 0.85 and 0.92)
    assert res["quotes"]["f1"] >= 0.83 and res["speaker_accuracy"] >= 0.91, res
    res = figures()
    assert res["quotes"]["f1"] >= 0.72, res  # measured 0.749 (all of dev: 0.704; the target 0.70)


def test_polnear_dev_one_node_per_entity(tmp_path, runner):
    """Issue #5: the PolNeAR dev articles built together into one store give one node for each of
    Donald Trump, Hillary Clinton and the Republican Party, carrying the evidence of many articles."""
    from pyoxigraph import Literal, NamedNode, Variable

    from kg.store import open_store

    text_dir = shared_path("corpus", "polnear", "dev", "text")
    store = tmp_path / "store"
    code, _o, err = run(runner, "build", str(text_dir), "--store", str(store))
    assert code == 0, err
    q = """PREFIX schema: <https://schema.org/>
           SELECT ?x ?name (COUNT(DISTINCT ?article) AS ?n) WHERE {
             ?x schema:name ?name ; <https://w3id.org/newskg/ns#mentionedIn> ?article }
           GROUP BY ?x ?name"""
    st = open_store(store, read_only=True)
    for name, typ in (("Donald Trump", "Person"), ("Hillary Clinton", "Person"), ("Republican Party", "Organization")):
        rows = st.query(q, use_default_graph_as_union=True, substitutions={Variable("name"): Literal(name)})
        nodes = {r["x"].value: int(r["n"].value) for r in rows}
        assert len(nodes) == 1, (name, nodes)
        (node, n_articles), = nodes.items()
        assert st.query("ASK { ?x a ?t }", use_default_graph_as_union=True, substitutions={
            Variable("x"): NamedNode(node), Variable("t"): NamedNode(f"https://schema.org/{typ}")}), (name, node)
        assert n_articles >= 10, (name, n_articles)


def test_dwie_dev_slice_roles(tmp_path, runner):
    """Issue #5 regression pin: person–organisation roles on a fixed slice of DWIE dev (the first
    40 articles by title), scored by the shared scorer; and issue #15's named entities per type."""
    dev = json.loads(shared_path("eval", "dwie", "dev.json").read_text(encoding="utf-8"))
    part = sorted(dev, key=lambda d: d["title"])[:40]
    gold = tmp_path / "slice.json"
    gold.write_text(json.dumps(part), encoding="utf-8")
    texts = tmp_path / "texts"
    scorer = str(shared_path("eval", "score.py"))
    subprocess.run([sys.executable, scorer, "dwie-texts", str(gold), str(texts)], check=True, capture_output=True)
    out = tmp_path / "dwie.trig"
    code, _o, err = run(runner, "build", str(texts), "--no-store", "-o", str(out))
    assert code == 0, err
    figures = tmp_path / "dwie.json"
    subprocess.run([sys.executable, scorer, "dwie", str(out), str(gold), "--json", str(figures)],
                   check=True, capture_output=True)
    res = json.loads(figures.read_text())
    assert res["roles"]["gold"] > 100, res
    assert res["roles"]["f1"] >= 0.69 and res["roles"]["p"] >= 0.75, res  # measured 0.699 / 0.775
    # issue #15: named entities per type, one node per entity per article (measured 0.897 / 0.782 /
    # 0.890; before issue #15 0.786 / 0.650 / 0.858)
    for typ, floor in (("Person", 0.88), ("Organization", 0.76), ("Place", 0.87)):
        assert res[f"entities.{typ}"]["f1"] >= floor, (typ, res)


def test_event_gold_wikinews_baseline(tmp_path, runner):
    """Issue #16: the project's own event gold (eval/gold/wikinews/, ten Wikinews articles annotated
    before any rule was written for them). The texts are regenerated from the shared Wikinews
    tables by the scorer; the floors pin today's figures (README "Event gold") so they cannot fall."""
    from pathlib import Path
    golds = sorted((Path(__file__).resolve().parent.parent / "eval" / "gold" / "wikinews").glob("wn-*.json"))
    assert len(golds) >= 10, golds
    scorer = str(shared_path("eval", "score.py"))
    tables = sorted(shared_path("corpus", "wikinews").glob("*.csv"))
    every = tmp_path / "all"
    subprocess.run([sys.executable, scorer, "wikinews-texts", *map(str, tables), str(every)],
                   check=True, capture_output=True)
    texts = tmp_path / "texts"
    texts.mkdir()
    for g in golds:
        name = json.loads(g.read_text(encoding="utf-8"))["source"]
        (texts / name).symlink_to(every / name)
    out = tmp_path / "events.trig"
    code, _o, err = run(runner, "build", str(texts), "--no-store", "-o", str(out))
    assert code == 0, err
    figures = tmp_path / "events.json"
    subprocess.run([sys.executable, scorer, "gold", str(out), *map(str, golds), "--text-root", str(texts),
                    "--json", str(figures)], check=True, capture_output=True)
    res = json.loads(figures.read_text())
    assert res["events"]["gold"] >= 50, res
    # before issue #16's extractor: events P 0.789 R 0.278 F1 0.411; participants F1 0.465
    # measured with it: events P 0.609 R 0.722 F1 0.661; participants P 0.783 R 0.537 F1 0.637
    # (events P 0.565 F1 0.634, participants F1 0.643 before the rules of EVENTS.md "Precision")
    # with the rules of EVENTS.md "Set 3": events P 0.661 R 0.759 F1 0.707; participants P 0.784
    # R 0.563 F1 0.656 (these ten files are development data since; the held-out set is fresh-wn-*);
    # with "Set 4": events P 0.657 R 0.815 F1 0.727; participants P 0.792 R 0.568 F1 0.661
    # with "Set 5": events P 0.683 R 0.796 F1 0.735 (a participle on a noun, "rockets aimed at X",
    # is no event now: one hit fewer, three false positives fewer); participants P 0.788 R 0.577 F1 0.667
    assert res["events"]["f1"] >= 0.72 and res["events"]["r"] >= 0.78, res
    assert res["events.participants"]["f1"] >= 0.65, res
