"""Time of the extraction rules against the number of quote marks in one article, in one run.

    python benchmarks/quote_marks.py [--counts 500,1000,2000,4000] [--kinds curly,straight,...]

Each article is one paragraph of invented words with N quote marks of one kind (curly pairs,
straight, apostrophes, alternating, unbalanced openers, a mix: the generators of
tests/hostile/test_storms.py). The spaCy parse is done before the clock starts; the figure is
the time of the project's rules (:func:`kg.analyse.analyse_doc`) per 1,000 marks, which stays
flat when the rules are linear in the number of marks.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import DEFAULT_MODEL  # noqa: E402
from kg.analyse import analyse_doc  # noqa: E402
from kg.build import get_analyser  # noqa: E402
from kg.read import Document  # noqa: E402
from tests.hostile.test_storms import STORMS, storm  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", default="500,1000,2000,4000")
    ap.add_argument("--kinds", default=",".join(sorted(STORMS)))
    a = ap.parse_args()
    counts = [int(x) for x in a.counts.split(",")]
    nlp = get_analyser(DEFAULT_MODEL).nlp
    warm = storm("curly", 20)  # lexicons and gazetteer loaded before the clock starts
    analyse_doc(nlp(warm), Document(identifier="warm.txt", text=warm))
    print(f"{'kind':12} {'marks':>6} {'chars':>8} {'rules s':>8} {'s per 1,000 marks':>18}")
    for kind in a.kinds.split(","):
        for n in counts:
            text = storm(kind, n)
            doc = nlp(text)
            t = time.perf_counter()
            analyse_doc(doc, Document(identifier="storm.txt", text=text))
            dt = time.perf_counter() - t
            print(f"{kind:12} {n:6} {len(text):8} {dt:8.2f} {1000 * dt / n:18.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
