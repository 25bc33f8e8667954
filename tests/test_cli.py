"""The command line as a newcomer meets it: help that names things, formats in any case, plain
tables for spreadsheets, chosen columns, readable wide tables, RDF for CONSTRUCT/DESCRIBE,
table inputs with other column names or delimiters, one warning per file, honest counts, and
no empty store left by a failed first build. Built on small invented graphs and tables."""
from __future__ import annotations

import io
import json
import re

import pyoxigraph as ox
import pytest
from rich.console import Console

from kg import cli
from kg.read import Document, Skipped, read_inputs
from kg.vocab import PREFIXES

from .conftest import ROOT, run

COMMANDS = ["build", "query", "queries", "export", "view", "validate", "demo", "version"]
EX = "http://example.org/"

# two named graphs sharing one triple: 6 quads, 5 distinct triples
TRIG = f"""
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{EX}g1> {{
  <{EX}p1> a schema:Person ; schema:name "Ada Quill, \\"the\\" mayor"@en ; schema:birthDate "1970-01-02"^^xsd:date .
}}
<{EX}g2> {{
  <{EX}p1> a schema:Person .
  <{EX}p2> a schema:Person ; schema:name "Bo Tran" .
}}
"""
NAMES = "SELECT DISTINCT ?person ?name ?born WHERE { ?person a schema:Person ; schema:name ?name " \
        "OPTIONAL { ?person schema:birthDate ?born } } ORDER BY ?name"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    p = tmp_path_factory.mktemp("small") / "small.trig"
    p.write_text(TRIG, encoding="utf-8")
    return p


def docs_and_skips(*inputs, table=None):
    items = list(read_inputs([str(i) for i in inputs], *([table] if table else [])))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Skipped)]


# ------------------------------------------------------------------ help

def test_query_help_and_readme_list_the_predeclared_prefixes(runner):
    code, out, _ = run(runner, "query", "--help")
    assert code == 0
    for prefix, iri in PREFIXES.items():
        assert re.search(rf"\b{prefix}: <{re.escape(iri)}>", out), (prefix, out)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    using = readme.split("## Using it", 1)[1].split("\n## ", 1)[0]
    for prefix, iri in PREFIXES.items():
        assert f"| `{prefix}:` | <{iri}> |" in using, prefix


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_names_values_and_offers_debug(runner, command):
    code, out, _ = run(runner, *([command] if command else []), "--help")
    assert code == 0
    assert "--debug" in out
    assert not re.search(r"<(bool|str|int|float|path|list\[[^>]*\])>", out), out


def test_debug_after_the_command_shows_the_traceback_once(runner, small):
    from kg.query import QueryError

    with pytest.raises(QueryError):
        run(runner, "query", "SELECT ?x WHERE { ?x ex:p ?y }", "--graph", str(small), "--debug")
    code, _o, err = run(runner, "query", "SELECT ?x WHERE { ?x ex:p ?y }", "--graph", str(small))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err  # not sticky


def test_an_unknown_prefix_is_named_with_the_predeclared_ones(runner, small):
    code, _o, err = run(runner, "query", "SELECT ?n WHERE {\n  ?p a schema:Person ;\n     foaf:name ?n }",
                        "--graph", str(small))
    assert code == 2
    (line,) = err.strip().splitlines()
    assert "unknown prefix 'foaf:' at line 3" in line and "schema:" in line and "PREFIX foaf:" in line
    assert "\\u{" not in line and "['" not in line
    # a prefix that only appears inside a string or an IRI is not reported
    code, _o, err = run(runner, "query", 'SELECT ?n WHERE { ?p schema:name ?n FILTER(?n != "ex:y") } ORDER BY',
                        "--graph", str(small))
    assert code == 2 and "unknown prefix" not in err and "syntax error" in err


# ------------------------------------------------------------------ output formats

@pytest.mark.parametrize("fmt", ["CSV", "Csv", "TSV", "JSON", "SRJ", "Sparql-Json", "TABLE"])
def test_formats_are_case_insensitive(runner, small, fmt):
    code, out, err = run(runner, "query", NAMES, "--graph", str(small), "-f", fmt)
    assert code == 0, err
    assert "Bo Tran" in out


def test_an_unknown_format_names_the_known_ones(runner, small):
    code, _o, err = run(runner, "query", NAMES, "--graph", str(small), "-f", "xlsx")
    assert code == 2 and "'xlsx'" in err and "csv" in err and "srj" in err and "turtle" in err


def test_plain_csv_and_tsv_read_back_in_pandas(runner, small):
    import pandas as pd

    for fmt, sep in (("tsv", "\t"), ("csv", ",")):
        code, out, err = run(runner, "query", NAMES, "--graph", str(small), "-f", fmt)
        assert code == 0, err
        assert out.splitlines()[0] == sep.join(["person", "name", "born"])  # no ?var
        df = pd.read_csv(io.StringIO(out), sep=sep, dtype=str, keep_default_na=False)
        assert list(df.columns) == ["person", "name", "born"]
        assert df.to_dict("records") == [
            {"person": EX + "p1", "name": 'Ada Quill, "the" mayor', "born": "1970-01-02"},
            {"person": EX + "p2", "name": "Bo Tran", "born": ""}]


def test_the_w3c_formats_keep_their_syntax(runner, small):
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-f", "srtsv")
    assert code == 0 and out.splitlines()[0] == "?person\t?name\t?born" and f"<{EX}p2>" in out
    assert '"1970-01-02"^^<http://www.w3.org/2001/XMLSchema#date>' in out
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-f", "srx")
    assert code == 0 and out.startswith("<?xml") and 'xml:lang="en"' in out
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-f", "sparql-json")
    assert code == 0 and json.loads(out)["head"]["vars"] == ["person", "name", "born"]


def test_columns_choose_and_order(runner, small):
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-f", "csv", "--columns", "name,?person")
    assert code == 0 and out.splitlines() == ["name,person", f'"Ada Quill, ""the"" mayor",{EX}p1',
                                              f"Bo Tran,{EX}p2"]
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-f", "srj", "-c", "born")
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"] == ["born"] and len(data["results"]["bindings"]) == 2
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-c", "name")
    assert code == 0 and "Bo Tran" in out and EX not in out
    code, _o, err = run(runner, "query", NAMES, "--graph", str(small), "-c", "nom")
    assert code == 2 and "no column 'nom'" in err and "person, name, born" in err


def test_describe_and_construct_honour_the_format(runner, small):
    describe = f"DESCRIBE <{EX}p2>"
    code, out, _ = run(runner, "query", describe, "--graph", str(small), "-f", "Turtle")
    assert code == 0 and "@prefix schema: <https://schema.org/>" in out
    assert len(list(ox.parse(out.encode(), ox.RdfFormat.TURTLE))) == 2
    code, out, _ = run(runner, "query", describe, "--graph", str(small), "-f", "nt")
    assert code == 0 and len(list(ox.parse(out.encode(), ox.RdfFormat.N_TRIPLES))) == 2
    code, out, _ = run(runner, "query", describe, "--graph", str(small), "-f", "jsonld")
    assert code == 0 and len(list(ox.parse(out.encode(), ox.RdfFormat.JSON_LD))) == 2
    code, out, _ = run(runner, "query", describe, "--graph", str(small), "-f", "rdfxml")
    assert code == 0 and len(list(ox.parse(out.encode(), ox.RdfFormat.RDF_XML))) == 2
    code, out, _ = run(runner, "query", describe, "--graph", str(small), "-f", "csv")
    assert code == 0 and out.splitlines()[0] == "subject,predicate,object" and len(out.splitlines()) == 3
    code, _o, err = run(runner, "query", describe, "--graph", str(small), "-f", "srj")
    assert code == 2 and "CONSTRUCT/DESCRIBE" in err and "turtle" in err
    code, _o, err = run(runner, "query", NAMES, "--graph", str(small), "-f", "turtle")
    assert code == 2 and "SELECT/ASK" in err


def _wide(n_rows=3, n_cols=9):
    names = [f"column_{i}" for i in range(n_cols)]
    return names, [[f"value-{r}-{i}-" + "x" * 24 for i in range(n_cols)] for r in range(n_rows)]


def test_a_wide_table_becomes_one_block_per_row(runner, small, monkeypatch):
    names, rows = _wide()
    values = " ".join("(" + " ".join(f'"{v}"' for v in r) + ")" for r in rows)
    wide = f"SELECT * WHERE {{ VALUES ({' '.join('?' + n for n in names)}) {{ {values} }} }}"
    monkeypatch.setattr(cli.out, "width", 80)  # the CLI's table, as an 80-column terminal shows it
    code, text, err = run(runner, "query", wide, "--graph", str(small))
    assert code == 0, err
    lines = text.splitlines()
    assert all(len(ln) <= 80 for ln in lines)
    for r in rows:  # every value whole on one line, beside its column name
        for n, v in zip(names, r):
            assert any(re.fullmatch(rf"{n}\s+{v}\s*", ln) for ln in lines), (n, v)
    tail = " ".join(text.split("3 row(s)", 1)[1].split())
    assert "9 columns" in tail and "--columns" in tail


def test_a_table_that_fits_stays_a_table(runner, small, monkeypatch):
    names, rows = _wide(n_cols=2)
    buf = io.StringIO()
    from kg import output

    output.print_table(Console(file=buf, width=80, highlight=False), names, rows)
    assert "┃ column_0" in buf.getvalue() and all(v in buf.getvalue() for r in rows for v in r)
    monkeypatch.setattr(cli.out, "width", 60)  # the CLI's table, as a 60-column terminal shows it
    code, out, _ = run(runner, "query", NAMES, "--graph", str(small), "-c", "name,born")
    assert code == 0 and "┃ name" in out and max(len(ln) for ln in out.splitlines()) <= 60


# ------------------------------------------------------------------ table inputs

def test_the_delimiter_is_read_from_the_header(tmp_path):
    for name, sep in (("semi.csv", ";"), ("tabs.csv", "\t"), ("bars.csv", "|"), ("rows.tsv", "\t")):
        p = tmp_path / name
        p.write_text(sep.join(["id", "title", "text"]) + "\n"
                     + sep.join([name, "A headline", '"Mayor Ada Quill said no, twice; then yes."']) + "\n",
                     encoding="utf-8")
        (d,), skips = docs_and_skips(p)
        assert not skips and d.identifier == name and d.text == "Mayor Ada Quill said no, twice; then yes."


def test_semicolon_csv_tsv_and_other_column_names(tmp_path):
    from kg.read import TableColumns

    semi = tmp_path / "semi.csv"
    semi.write_text("Guid; Headline; Body; Published; Link\n"
                    "a-1;First story;\"Mayor Ada Quill spoke; briefly.\";2021-03-04;https://example.org/1\n",
                    encoding="utf-8")
    tab = tmp_path / "rows.tsv"
    tab.write_text("guid\theadline\tbody\nb-2\tSecond story\tCouncillor Bo Tran, an engineer, said no.\n",
                   encoding="utf-8")
    cols = TableColumns(text="body", title="headline", date="published", id="guid", url="link")
    docs, skips = docs_and_skips(semi, tab, table=TableColumns(text="body", title="headline", id="guid"))
    assert not skips and [(d.identifier, d.headline) for d in docs] == [("a-1", "First story"),
                                                                          ("b-2", "Second story")]
    assert docs[0].text == "Mayor Ada Quill spoke; briefly."
    (d,), skips = docs_and_skips(semi, table=cols)
    assert str(d.published) == "2021-03-04" and d.url == "https://example.org/1" and not skips
    # a named column the table lacks: one line naming the file, the column, the option and what is there
    docs, (s,) = docs_and_skips(tab, table=cols)
    assert not docs and s.source == str(tab)
    assert "'published'" in s.reason and "--date-column" in s.reason and "'headline'" in s.reason


def test_a_table_without_text_warns_once_per_file(tmp_path):
    j = tmp_path / "rows.jsonl"
    j.write_text("".join(json.dumps({"body": f"Story {i}."}) + "\n" for i in range(6)), encoding="utf-8")
    docs, skips = docs_and_skips(j)
    assert not docs and len(skips) == 1
    assert "no 'text' field" in skips[0].reason and "'body'" in skips[0].reason and "--text-column" in skips[0].reason
    c = tmp_path / "some.csv"
    c.write_text("id,text\n1,Story one.\n2,\n3,\n4,\n", encoding="utf-8")
    docs, skips = docs_and_skips(c)
    assert [d.identifier for d in docs] == ["1"] and len(skips) == 1
    assert skips[0].reason == "row has no text (3 rows: lines 3, 4, 5)"


def test_build_takes_table_options_and_warns_once(runner, analyser, tmp_path):
    t = tmp_path / "feed.csv"
    t.write_text("guid;headline;body\nq-7;Budget vote;Mayor Ada Quill said the budget was sound.\n", encoding="utf-8")
    j = tmp_path / "feed.jsonl"
    j.write_text("".join(json.dumps({"content": "No text here."}) + "\n" for _ in range(5)), encoding="utf-8")
    out = tmp_path / "feed.trig"
    code, _o, err = run(runner, "build", str(t), str(j), "--no-store", "-o", str(out),
                        "--text-column", "body", "--title-column", "headline", "--id-column", "guid")
    assert code == 0, err
    assert len([ln for ln in err.splitlines() if ln.startswith("kg: skipped")]) == 1, err
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    values = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    assert {"q-7", "Budget vote", "Ada Quill"} <= values


# ------------------------------------------------------------------ counts and the store

def test_export_counts_say_triples_or_quads_as_written(runner, small, tmp_path):
    for ext, fmt, n, kind in ((".ttl", ox.RdfFormat.TURTLE, 5, "triples"), (".nt", ox.RdfFormat.N_TRIPLES, 5, "triples"),
                              (".nq", ox.RdfFormat.N_QUADS, 6, "quads"), (".trig", ox.RdfFormat.TRIG, 6, "quads")):
        target = tmp_path / f"out{ext}"
        code, _o, err = run(runner, "export", "--graph", str(small), "-o", str(target))
        assert code == 0, err
        assert len(list(ox.parse(path=str(target), format=fmt))) == n
        assert f"wrote {target} ({n} {kind})" in err


def test_a_failed_first_build_leaves_no_store_folder(runner, tmp_path):
    new = tmp_path / "new-store"
    code, _o, err = run(runner, "build", str(tmp_path / "missing.txt"), "--store", str(new))
    assert code == 1 and "nothing was built" in err and not new.exists()
    story = tmp_path / "story.txt"
    story.write_text("Budget vote\n\nMayor Ada Quill said the budget was sound.\n", encoding="utf-8")
    code, _o, err = run(runner, "build", str(story), "--store", str(new), "--model", "no_such_model_xx")
    assert code == 1 and "no_such_model_xx" in err and not new.exists()


def test_a_failed_build_never_removes_an_existing_folder(runner, tmp_path):
    existing = tmp_path / "kept"
    existing.mkdir()
    code, _o, _e = run(runner, "build", str(tmp_path / "missing.txt"), "--store", str(existing))
    assert code == 1 and existing.is_dir()
