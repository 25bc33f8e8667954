"""Read stage: text, HTML and table inputs become documents; bad inputs become one-line skips."""
from __future__ import annotations

import json
from datetime import date

from kg.read import Document, Skipped, parse_date, read_inputs


def docs_and_skips(*inputs):
    items = list(read_inputs([str(i) for i in inputs]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Skipped)]


def test_text_file_headline_dateline_and_identifier(tmp_path):
    p = tmp_path / "council.txt"
    p.write_text("Council Backs New Tram Line\n\nTuesday, March 3, 2020\n\nThe council voted on Monday.\n",
                 encoding="utf-8")
    docs, skips = docs_and_skips(p)
    assert not skips
    (d,) = docs
    assert d.identifier == f"{tmp_path.name}/council.txt"
    assert d.headline == "Council Backs New Tram Line"
    assert d.published == date(2020, 3, 3)
    assert d.text == p.read_text(encoding="utf-8")  # offsets point into the text exactly as read
    assert d.content_hash.startswith("sha256:") and len(d.content_hash) == 71


def test_bom_is_not_part_of_the_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHeadline\n\nBody text here.\n".encode("utf-8"))
    (d,), _ = docs_and_skips(p)
    assert d.text.startswith("Headline")


def test_bad_inputs_are_skipped_with_a_reason_and_the_rest_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 10)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society\n".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Headline\n\nA good article.\n", encoding="utf-8")
    docs, skips = docs_and_skips(tmp_path, tmp_path / "missing.txt")
    assert [d.identifier for d in docs] == [f"{tmp_path.name}/good.txt"]
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skips}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert all("\n" not in str(s) for s in skips)


def test_glob_and_folder_expansion(tmp_path):
    for n in ("a.txt", "b.txt", "notes.bin"):
        (tmp_path / n).write_text("Head\n\nBody.\n", encoding="utf-8")
    docs, _ = docs_and_skips(tmp_path / "*.txt")
    assert sorted(d.identifier for d in docs) == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.txt"]
    docs, _ = docs_and_skips(tmp_path)
    assert sorted(d.identifier for d in docs) == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/b.txt"]  # unknown suffixes ignored in folders


def test_html_main_text_through_trafilatura(tmp_path):
    p = tmp_path / "story.html"
    body = " ".join(["The regional assembly approved the budget after a long debate."] * 4)
    p.write_text(f"""<!doctype html><html><head><title>Assembly Approves Budget</title>
        <meta property="article:published_time" content="2021-06-15"></head>
        <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
        <script>var tracking = "should never appear";</script>
        <article><h1>Assembly Approves Budget</h1><p>{body}</p>
        <p>Speaker Jonas Berg said the vote was close.</p></article>
        <footer>Copyright notice</footer></body></html>""", encoding="utf-8")
    (d,), skips = docs_and_skips(p)
    assert not skips
    assert d.fmt == "html"
    assert d.headline == "Assembly Approves Budget"
    assert "Jonas Berg" in d.text
    assert "should never appear" not in d.text and "Copyright" not in d.text
    assert d.published == date(2021, 6, 15)


def test_csv_and_jsonl_tables(tmp_path):
    c = tmp_path / "rows.csv"
    c.write_text('url,date,title,text\nhttps://example.org/a,2020-01-02,First,"Body one, with a comma."\n'
                 'https://example.org/b,,Second,\n', encoding="utf-8")
    j = tmp_path / "rows.jsonl"
    j.write_text(json.dumps({"id": "x-1", "text": "Body two.", "title": "Third"}) + "\n{not json\n",
                 encoding="utf-8")
    docs, skips = docs_and_skips(c, j)
    ids = {d.identifier: d for d in docs}
    assert set(ids) == {"https://example.org/a", "x-1"}
    assert ids["https://example.org/a"].published == date(2020, 1, 2)
    assert ids["https://example.org/a"].text == "Body one, with a comma."
    assert ids["x-1"].headline == "Third"
    reasons = sorted(s.reason for s in skips)
    assert reasons[0].startswith("invalid JSON") and reasons[1] == "row has no text"
    assert any(s.source.endswith("rows.jsonl:2") for s in skips)


def test_table_without_text_column_is_skipped(tmp_path):
    c = tmp_path / "bad.csv"
    c.write_text("title,body\nA,B\n", encoding="utf-8")
    docs, skips = docs_and_skips(c)
    assert not docs and "no 'text' column" in skips[0].reason


def test_parse_date_forms():
    assert parse_date("2019-09-12") == date(2019, 9, 12)
    assert parse_date("Thursday, September 12, 2019") == date(2019, 9, 12)
    assert parse_date("12 Sept 2019") == date(2019, 9, 12)
    assert parse_date("sometime soon") is None
    assert parse_date("February 30, 2019") is None


def test_html_without_a_title_keeps_its_first_paragraph_as_text(tmp_path):
    from kg.analyse import headline_end

    p = tmp_path / "untitled.html"
    body = " ".join(["Governor Maria Lopez said the state would appeal the ruling at once."] * 3)
    p.write_text(f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>", encoding="utf-8")
    (d,), _ = docs_and_skips(p)
    assert d.headline == "" and headline_end(d) == 0


def test_a_date_inside_a_sentence_is_not_a_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Minister Quits\n\nHe quit on May 3, 2015.\n", encoding="utf-8")
    (d,), _ = docs_and_skips(p)
    assert d.published is None


def test_table_rows_without_id_are_named_by_file_and_row(tmp_path):
    c = tmp_path / "rows.csv"
    c.write_text("title,text\nA,Body one.\n", encoding="utf-8")
    j = tmp_path / "rows.jsonl"
    j.write_text(json.dumps({"text": "Body two."}) + "\n", encoding="utf-8")
    docs, _ = docs_and_skips(c, j)
    assert sorted(d.identifier for d in docs) == [f"{tmp_path.name}/rows.csv#2", f"{tmp_path.name}/rows.jsonl#1"]


def test_lone_surrogates_in_a_row_skip_that_row_only(tmp_path):
    j = tmp_path / "rows.jsonl"
    j.write_text('{"id": "bad", "title": "\\ud800", "text": "Body."}\n{"id": "good", "text": "Body."}\n',
                 encoding="utf-8")
    docs, skips = docs_and_skips(j)
    assert [d.identifier for d in docs] == ["good"] and "surrogate" in skips[0].reason

def test_a_jsonl_line_may_hold_line_separators_inside_its_strings(tmp_path):
    """JSON lets U+2028, NEL and form feeds stand unescaped in a string; they end no JSONL row."""
    import json

    from kg.read import Skipped, read_inputs

    text = "Harbour plans\u2028The pier\u0085opens\x0cin May, said Ada Quill."
    j = tmp_path / "rows.jsonl"
    j.write_text(json.dumps({"id": "r1", "text": text}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    docs = list(read_inputs([str(j)]))
    assert [d.identifier for d in docs if not isinstance(d, Skipped)] == ["r1"], docs
