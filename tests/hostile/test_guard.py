"""The nesting guard reads brackets the way the parsers do: not inside strings, IRIs or comments,
and a comparison with "<" is not an IRI."""
from __future__ import annotations

import pytest

from kg import query as kq
from kg.guard import nesting_depth


@pytest.mark.parametrize("text,depth", [
    ('SELECT * WHERE { FILTER("#" = "#") }', 2),
    ('SELECT * WHERE { FILTER("(((((" = ")") }', 2),
    ("SELECT * WHERE { <http://ex.org/((((> ?p ?o }", 1),
    ("SELECT * WHERE { ?s ?p ?o } # ((((((((\n", 1),
    ('SELECT * WHERE { BIND("""a 5" pipe ((((""" AS ?x) FILTER((((1)))) }', 5),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o<((((1))))||?o>1) }", 6),
])
def test_depth_outside_strings_iris_and_comments(text, depth):
    assert nesting_depth(text, 1000) == depth


@pytest.mark.parametrize("q", [
    'SELECT * WHERE { BIND("""a 5" pipe""" AS ?x) FILTER(' + "(" * 200 + "1" + ")" * 200 + ") }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o<" + "(" * 200 + "1" + ")" * 200 + "||?o>1) }",
])
def test_tricks_do_not_hide_deep_nesting(q):
    with pytest.raises(kq.QueryError, match="nested more than"):
        kq.check(kq.unescape(q))


def test_an_escape_that_spells_an_escape_is_refused():
    with pytest.raises(kq.QueryError, match="nested codepoint escapes"):
        kq.unescape("SELECT * WHERE { FILTER(\\u005Cu0028 1 ) }")
