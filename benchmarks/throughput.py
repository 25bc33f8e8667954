"""Throughput of `kg build` against the bare spaCy pipeline on the same articles, in one run.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--repeat R]

FOLDER defaults to ../shared/corpus/polnear/train/text. Both sides load their model before the
clock starts; the bare side is ``list(nlp.pipe(texts))`` with the same model, the kg side is the
whole build (read, parse, the project's components and rules, mapping to RDF, the shape check and
the store write). The figure to read is the ratio of the two times, measured back to back; the
ratio of their CPU times is printed too (on a machine other work loads, the steadier figure).

``--stages`` then also gives the CPU seconds of the steps after the parse on the same articles,
parsed once: mapping to RDF, the per-article shape check every build runs (``repair_article``:
the fast check of kg/shapecheck.py, pyshacl for a graph it finds a violation in) and, for
comparison, pyshacl on every article (the check as it was before the fast path).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import DEFAULT_MODEL  # noqa: E402
from kg.build import build, get_analyser  # noqa: E402
from kg.read import read_inputs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/corpus/polnear/train/text"))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also the CPU seconds of mapping and the shape check")
    a = ap.parse_args()
    files = sorted(Path(a.folder).glob("*.txt"))[: a.limit]
    if not files:
        print(f"no .txt files in {a.folder}", file=sys.stderr)
        return 1
    docs = [d for d in read_inputs(map(str, files)) if hasattr(d, "text")]
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)

    import spacy

    bare = spacy.load(DEFAULT_MODEL)
    analyser = get_analyser(DEFAULT_MODEL)
    list(bare.pipe(texts[:5]))  # warm both
    list(analyser.nlp.pipe(texts[:5]))

    bare_times, kg_times, bare_cpu, kg_cpu = [], [], [], []
    for _ in range(a.repeat):
        t, c = time.perf_counter(), time.process_time()
        list(bare.pipe(texts))
        bare_times.append(time.perf_counter() - t)
        bare_cpu.append(time.process_time() - c)
        with tempfile.TemporaryDirectory() as tmp:
            t, c = time.perf_counter(), time.process_time()
            report = build(map(str, files), store_path=Path(tmp) / "store", analyser=analyser)
            kg_times.append(time.perf_counter() - t)
            kg_cpu.append(time.process_time() - c)
        assert len(report.built) == len(texts)
    b, k = statistics.median(bare_times), statistics.median(kg_times)
    bc, kc = statistics.median(bare_cpu), statistics.median(kg_cpu)
    print(f"articles: {len(texts)}  words: {words}  repeats: {a.repeat} (medians)")
    print(f"bare spaCy nlp.pipe : {words / b:8.0f} words/s  ({b:.2f} s)")
    print(f"kg build            : {words / k:8.0f} words/s  ({k:.2f} s, {report.quads} quads)")
    print(f"ratio kg/bare time  : {k / b:.2f}  (extraction overhead {100 * (k / b - 1):+.0f}%)")
    # CPU seconds of this process (all its threads): steadier than wall time on a loaded machine
    print(f"ratio kg/bare CPU   : {kc / bc:.2f}  (bare {bc:.2f} s, kg {kc:.2f} s)")
    if a.stages:
        stages(analyser, docs)
    return 0


def stages(analyser, docs) -> None:
    """CPU seconds of mapping and of the shape check on the articles, parsed once beforehand."""
    from pyshacl import validate

    from kg import map as mapper
    from kg.validate import repair_article, shapes_graph, to_rdflib

    parsed = [(doc, rec) for doc, rec in analyser.analyse(docs) if not isinstance(rec, Exception)]
    t = time.process_time()
    graphs = [mapper.map_article(doc, rec)[1] for doc, rec in parsed]
    mapping = time.process_time() - t
    t = time.process_time()
    for quads in graphs:
        repair_article(quads)
    check = time.process_time() - t
    t = time.process_time()
    for quads in graphs:
        validate(to_rdflib(quads), shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True)
    reference = time.process_time() - t
    n = len(graphs)
    print(f"CPU on {n} parsed articles: mapping {mapping:.2f} s, shape check {check:.2f} s "
          f"(pyshacl on every article: {reference:.2f} s)")


if __name__ == "__main__":
    sys.exit(main())
