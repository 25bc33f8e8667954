"""Text that XML and terminals can carry: control characters are made spaces at read time (one
for one, so evidence offsets stay right) and every export then passes an independent parser
(raptor's rapper for RDF, lxml for GraphML and GEXF); RDF from elsewhere that XML cannot carry is
refused for RDF/XML and replaced in GraphML/GEXF; terminal output shows escape sequences as
text. Also: UTF-16/32, CR-only line endings and table fields that are not strings."""
from __future__ import annotations

import codecs
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from kg import rdfio
from kg.build import build
from kg.network import to_networkx, write

from .helpers import kg

RAPPER_INPUT = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".rdf": "rdfxml"}
# Old Mac line endings (CR only), ESC sequences (clear screen, retitle the terminal), BEL, VT, U+FFFE.
HOSTILE = ("Budget\x1b]0;owned\x07 Row\r\rThe\x0b council met\x1b[2J on Monday.\r"
           "Governor Maria Lopez of Nevada said \"the budget\x07 was far too small\ufffe for the city.\"\r")
BAD_NT = ('<http://ex.org/p1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n'
          '<http://ex.org/p1> <http://www.w3.org/2000/01/rdf-schema#label> "Ann\\u001B[2J\\u0000Lee\\uFFFE" .\n')


def tool(name: str) -> str:
    p = shutil.which(name)
    if not p:
        pytest.skip(f"{name} is not installed (.ci/run installs it with apt-get)")
    return p


def rapper_ok(path, ext) -> subprocess.CompletedProcess:
    return subprocess.run([tool("rapper"), "-q", "-i", RAPPER_INPUT[ext], "-o", "ntriples", str(path)],
                          capture_output=True, text=True, timeout=120)


def xml_ok(path) -> None:
    from lxml import etree

    etree.parse(str(path), etree.XMLParser(recover=False))  # raises on a file that is not well-formed


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, analyser):
    d = tmp_path_factory.mktemp("controls")
    (d / "ctl.txt").write_bytes(HOSTILE.encode("utf-8"))
    report = build([str(d / "ctl.txt")], store_path=None, analyser=analyser, keep=True)
    assert report.built == [f"{d.name}/ctl.txt"]
    return d, [q for _g, qs in report.graphs for q in qs]


def test_control_characters_are_kept_out_of_literals_with_offsets_right(hostile_build):
    _d, quads = hostile_build
    literals = [q.object.value for q in quads if isinstance(q.object, ox.Literal)]
    assert not any(rdfio.NOT_XML.search(v) or "\x1b" in v or "\x07" in v for v in literals)
    headline = next(q.object.value for q in quads if q.predicate.value == "https://schema.org/headline")
    assert headline == "Budget ]0;owned  Row"  # the first line only: a lone CR ends it
    spans = [q.object.value.rsplit("#char=", 1)[1] for q in quads
             if q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom" and "/person/" in q.subject.value]
    assert spans
    for sp in spans:  # evidence points at the name in the text as read, controls and all
        s, e = map(int, sp.split(","))
        assert HOSTILE[s:e] == "Maria Lopez"


@pytest.mark.parametrize("ext", sorted(RAPPER_INPUT))
def test_every_rdf_export_passes_rapper(hostile_build, ext):
    d, quads = hostile_build
    path = d / f"out{ext}"
    rdfio.write_quads(quads, path)
    res = rapper_ok(path, ext)
    assert res.returncode == 0, res.stderr
    assert len([ln for ln in res.stdout.splitlines() if ln.strip()]) == (
        len(quads) if ext in {".trig", ".nq"} else len(rdfio.triples_of(quads)))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_of_the_build_are_well_formed(hostile_build, fmt):
    d, quads = hostile_build
    g = to_networkx(quads)
    assert g.number_of_nodes()
    write(g, d / f"g.{fmt}", fmt)
    xml_ok(d / f"g.{fmt}")


def test_naive_pyoxigraph_rdfxml_is_not_xml_yet_reads_back(tmp_path):
    triples = [q.triple for q in ox.parse(BAD_NT.encode(), ox.RdfFormat.N_TRIPLES)]
    path = tmp_path / "naive.rdf"
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.RDF_XML))
    assert len(list(ox.parse(path.read_bytes(), ox.RdfFormat.RDF_XML))) == 2  # a round trip notices nothing
    assert rapper_ok(path, ".rdf").returncode != 0  # an XML parser does


def test_naive_networkx_gexf_is_not_well_formed_and_graphml_raises(tmp_path):
    import networkx as nx
    from lxml import etree

    g = nx.MultiDiGraph()
    g.add_node("a", label="Ann\x1b[2JLee")
    nx.write_gexf(g, tmp_path / "naive.gexf")
    with pytest.raises(etree.XMLSyntaxError):
        xml_ok(tmp_path / "naive.gexf")
    with pytest.raises(ValueError):
        nx.write_graphml(g, tmp_path / "naive.graphml")


def test_rdf_from_elsewhere_with_control_characters(tmp_path, runner):
    from ..conftest import run

    src = tmp_path / "bad.nt"
    src.write_text(BAD_NT, encoding="utf-8")
    res = kg("export", "--graph", str(src), "-o", str(tmp_path / "x.rdf"))
    assert res.returncode == 1 and "U+001B" in res.stderr and "cannot carry" in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.rdf").exists()
    for ext in (".ttl", ".nt"):  # the formats that escape it
        code, _o, err = run(runner, "export", "--graph", str(src), "-o", str(tmp_path / f"x{ext}"))
        assert code == 0, err
        assert set(rdfio.parse_file(tmp_path / f"x{ext}")) == set(rdfio.parse_file(src))
    for ext in (".graphml", ".gexf"):
        code, _o, err = run(runner, "export", "--graph", str(src), "-o", str(tmp_path / f"x{ext}"))
        assert code == 0, err
        xml_ok(tmp_path / f"x{ext}")
        assert "Ann\ufffd[2J\ufffdLee\ufffd" in (tmp_path / f"x{ext}").read_text(encoding="utf-8")


def test_terminal_escapes_are_shown_not_acted_on(tmp_path):
    src = tmp_path / "esc.nt"
    src.write_text('<http://ex.org/a> <https://schema.org/name> "An\\u001B[2Jna\\u001B]0;owned\\u0007\\u202E" .\n',
                   encoding="utf-8")
    res = kg("query", "SELECT ?n WHERE { ?s ?p ?n }", "--graph", str(src))
    assert res.returncode == 0
    assert "\x1b" not in res.stdout and "\x07" not in res.stdout and "\u202e" not in res.stdout
    assert "An\\x1b[2Jna\\x1b]0;owned\\x07\\u202e" in res.stdout
    bad = tmp_path / "e\x1b[2Jvil\x1b]0;owned\x07.txt"
    bad.write_bytes(b"")
    res = kg("build", str(bad), "--no-store", "-o", str(tmp_path / "o.ttl"))
    assert "\x1b" not in res.stderr and "\x07" not in res.stderr
    assert "e\\x1b[2Jvil\\x1b]0;owned\\x07.txt: empty file" in res.stderr


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, codec):
    from kg.read import read_inputs

    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]
    text = "Caf\u00e9 Budget\n\nMayor Ann Lee said the caf\u00e9 would stay open.\n"
    (tmp_path / "a.txt").write_bytes(bom + text.encode(codec))
    (tmp_path / "b.txt").write_bytes(text.encode(codec))  # no byte-order mark: named, not "binary"
    docs = {d.source.rsplit("/", 1)[-1]: d for d in read_inputs([str(tmp_path)])}
    assert docs["a.txt"].text == text and docs["a.txt"].headline == "Caf\u00e9 Budget"
    assert docs["b.txt"].reason.startswith(codec.upper()[:6] + " text without a byte-order mark")


def test_cr_only_line_endings_and_non_string_table_fields(tmp_path):
    from kg.read import read_inputs

    (tmp_path / "mac.txt").write_bytes(b"Short Headline\r\rMayor Ann Lee spoke.\rShe left.\r")
    rows = [{"id": {"x": 1}, "text": "Mayor Ann Lee spoke."}, {"id": "r2", "text": "Mayor Ann Lee spoke.", "title": 7},
            {"id": "r3", "text": ["a"]}, {"id": "ok", "text": "Mayor Ann Lee spoke.", "title": "Fine"}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = {getattr(d, "identifier", None) or d.source.rsplit("/", 1)[-1]: d for d in read_inputs([str(tmp_path)])}
    mac = items[f"{tmp_path.name}/mac.txt"]
    assert mac.headline == "Short Headline"
    assert mac.text == "Short Headline\n\nMayor Ann Lee spoke.\nShe left.\n"
    assert items["rows.jsonl:1"].reason == "row field 'id' is an object, not a string"
    assert items["rows.jsonl:2"].reason == "row field 'title' is a number, not a string"
    assert items["rows.jsonl:3"].reason == "row field 'text' is a list, not a string"
    assert items["ok"].headline == "Fine"
