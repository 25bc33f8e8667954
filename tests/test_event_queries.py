"""Issue #16: events across articles, an entity's timeline, and events in the NetworkX graph, on two
invented articles that report the same vote (a table input with publication dates)."""
from __future__ import annotations

import csv
import io

import pytest

from kg.network import to_networkx

from .conftest import run

ROWS = [
    ("https://example.org/a", "2021-05-12", "Senate votes on budget",
     "The Senate voted on the budget on Tuesday. Lena Sorel met Ivo Brandt in Tallinn on Monday."),
    ("https://example.org/b", "2021-05-13", "Budget passes",
     "The Senate voted on the budget on Tuesday, and the vote was close."),
]


def build_table(runner, d, name, rows, *options):
    """``rows`` (url, date, title, text) written as a CSV table in ``d`` and built into ``d/store``."""
    table = d / name
    with table.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        w.writerows(rows)
    code, _o, err = run(runner, "build", str(table), "--store", str(d / "store"), *options)
    assert code == 0, err


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory, runner):
    d = tmp_path_factory.mktemp("events")
    build_table(runner, d, "two.csv", ROWS, "-o", str(d / "two.trig"))
    return d


def query(runner, store, name, *params, options=()):
    args = ["query", name, "--store", str(store), "-f", "csv", *options]
    for p in params:
        args += ["-p", p]
    code, out, err = run(runner, *args)
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def test_the_same_vote_in_two_articles_is_linked_with_a_confidence(runner, two_articles):
    rows = query(runner, two_articles / "store", "events-across-articles")
    assert len(rows) == 1, rows
    (row,) = rows
    assert row["event_kind"] == "vote" and row["date"] == "2021-05-11"  # "Tuesday" from both dates
    assert row["shared_actors"] == "Senate" and float(row["confidence"]) == 0.5
    assert {row["article_id"], row["other_article_id"]} == {"https://example.org/a", "https://example.org/b"}
    assert query(runner, two_articles / "store", "events-across-articles", "event_kind=meet") == []
    assert len(query(runner, two_articles / "store", "events-across-articles", "event_kind=vote")) == 1


def test_entity_timeline(runner, two_articles):
    rows = query(runner, two_articles / "store", "entity-timeline", "entity_name=Ivo Brandt")
    assert [(r["date"], r["event_kind"], r["role"], r["factuality"]) for r in rows] == \
        [("2021-05-10", "meet", "patient", "asserted")]
    senate = query(runner, two_articles / "store", "entity-timeline", "entity_name=Senate")
    assert [(r["date"], r["role"]) for r in senate] == [("2021-05-11", "agent")] * 2


def test_network_labels_events_and_names_edges_by_role(two_articles):
    g = to_networkx(two_articles / "two.trig")
    labels = {d["label"] for _n, d in g.nodes(data=True) if d["type"] == "Event"}
    assert "Vote: Senate, 2021-05-11" in labels
    assert "Meet: Lena Sorel → Ivo Brandt, 2021-05-10" in labels
    roles = {(g.nodes[u]["label"], d["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("Meet: Lena Sorel → Ivo Brandt, 2021-05-10", "agent", "Lena Sorel") in roles
    assert ("Meet: Lena Sorel → Ivo Brandt, 2021-05-10", "place", "Tallinn") in roles


# two more invented articles, a day apart, that both report a vote on Monday and a meeting on
# Tuesday (two date-and-type keys, so two pages of one key each)
TWO_DAYS = [
    ("https://example.org/c", "2021-06-02", "Senate votes on housing",
     "The Senate voted on the housing plan on Monday. Odo Venn met Mara Quist in Riga on Tuesday."),
    ("https://example.org/d", "2021-06-03", "Housing plan passes",
     "The Senate voted on the housing plan on Monday. Odo Venn met Mara Quist in Riga on Tuesday."),
]


@pytest.fixture(scope="module")
def two_days(tmp_path_factory, runner):
    d = tmp_path_factory.mktemp("events-pages")
    build_table(runner, d, "two-days.csv", TWO_DAYS)
    return d / "store"


def test_events_across_articles_come_a_page_of_days_and_types_at_a_time(runner, two_days):
    every = query(runner, two_days, "events-across-articles", options=["--all"])
    assert [(r["date"], r["event_kind"]) for r in every] == [("2021-05-31", "vote"), ("2021-06-01", "meet")]
    meet = every[1]
    # the shared actors in name order (not the order of their roles), two of them: confidence 0.7
    assert meet["shared_actors"] == "Mara Quist; Odo Venn" and float(meet["confidence"]) == 0.7
    code, out, err = run(runner, "query", "events-across-articles", "--store", str(two_days), "--count")
    assert code == 0 and out.split()[0] == "2", (out, err)
    pages = [query(runner, two_days, "events-across-articles", options=["--page-size", "1", "--page", str(k)])
             for k in (1, 2, 3)]
    assert pages == [every[:1], every[1:], []]
    assert query(runner, two_days, "events-across-articles") == every  # the shipped page holds both
    only = query(runner, two_days, "events-across-articles", "event_kind=meet", options=["--page-size", "1"])
    assert only == every[1:]
