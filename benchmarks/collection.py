"""A real collection built, validated and rebuilt incrementally, in one run.

    python benchmarks/collection.py [INPUT ...] [--store DIR]

INPUT defaults to the shared BBC politics folder (417 articles) and the Wikinews tables
(../shared/corpus/bbc/politics, ../shared/corpus/wikinews/*.csv). Into a fresh store: the first
build (every article analysed), SHACL validation of what it wrote (kg.validate), then the same
build again (every article unchanged, not analysed). The figure to read is the ratio of the two
build times.
"""
from __future__ import annotations

import argparse
import glob
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import DEFAULT_MODEL  # noqa: E402
from kg.build import build, get_analyser  # noqa: E402
from kg.validate import validate_quads  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    shared = ROOT.parent / "shared" / "corpus"
    ap.add_argument("inputs", nargs="*", default=[str(shared / "bbc" / "politics"),
                                                  *sorted(glob.glob(str(shared / "wikinews" / "*.csv")))])
    ap.add_argument("--store", default=None)
    a = ap.parse_args()
    analyser = get_analyser(DEFAULT_MODEL)  # loaded before the clock starts, for both builds
    store = Path(a.store or tempfile.mkdtemp(prefix="kg-collection-")) / "store"
    t = time.perf_counter()
    first = build(a.inputs, store_path=store, analyser=analyser, keep=True)
    t_first = time.perf_counter() - t
    print(f"first build: {len(first.built)} articles in {t_first:.1f} s "
          f"({len(first.skipped)} skipped: {sorted({s.reason.split(' (')[0] for s in first.skipped})})", flush=True)
    t = time.perf_counter()
    ok, text = validate_quads([q for _g, qs in first.graphs for q in qs])
    print(f"validation: {'conforms' if ok else 'FAILS'} ({time.perf_counter() - t:.1f} s)", flush=True)
    if not ok:
        print(text[:4000])
    t = time.perf_counter()
    again = build(a.inputs, store_path=store, analyser=analyser)
    t_again = time.perf_counter() - t
    print(f"rebuild: {len(again.built)} analysed, {len(again.unchanged)} unchanged in {t_again:.2f} s")
    print(f"rebuild of unchanged articles {t_first / t_again:.0f}x faster than the first build")
    return 0 if ok and not again.built else 1


if __name__ == "__main__":
    raise SystemExit(main())
