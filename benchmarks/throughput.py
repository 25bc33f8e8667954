"""Throughput of `kg build` against the bare spaCy pipeline on the same articles, in one run.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--repeat R]

FOLDER defaults to ../shared/corpus/polnear/train/text. Both sides load their model before the
clock starts; the bare side is ``list(nlp.pipe(texts))`` with the same model, the kg side is the
whole build (read, parse, the project's components and rules, mapping to RDF, and the store
write). The figure to read is the ratio of the two times, measured back to back.
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
    a = ap.parse_args()
    files = sorted(Path(a.folder).glob("*.txt"))[: a.limit]
    if not files:
        print(f"no .txt files in {a.folder}", file=sys.stderr)
        return 1
    texts = [d.text for d in read_inputs(map(str, files)) if hasattr(d, "text")]
    words = sum(len(t.split()) for t in texts)

    import spacy

    bare = spacy.load(DEFAULT_MODEL)
    analyser = get_analyser(DEFAULT_MODEL)
    list(bare.pipe(texts[:5]))  # warm both
    list(analyser.nlp.pipe(texts[:5]))

    bare_times, kg_times = [], []
    for _ in range(a.repeat):
        t = time.perf_counter()
        list(bare.pipe(texts))
        bare_times.append(time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            report = build(map(str, files), store_path=Path(tmp) / "store", analyser=analyser)
            kg_times.append(time.perf_counter() - t)
        assert len(report.built) == len(texts)
    b, k = statistics.median(bare_times), statistics.median(kg_times)
    print(f"articles: {len(texts)}  words: {words}  repeats: {a.repeat} (medians)")
    print(f"bare spaCy nlp.pipe : {words / b:8.0f} words/s  ({b:.2f} s)")
    print(f"kg build            : {words / k:8.0f} words/s  ({k:.2f} s, {report.quads} quads)")
    print(f"ratio kg/bare time  : {k / b:.2f}  (extraction overhead {100 * (k / b - 1):+.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
