"""Very long articles through every stage of a build, timed stage by stage, in one run.

    python benchmarks/long_article.py [--chars 990000 ...] [--officials]

Each article is invented, just under the 1,000,000-character limit per article by default:
paragraphs naming two officials, quoting them and referring back to them by pronoun (as
tests/hostile/test_storms.py's long article), or with ``--officials`` naming three officials of
a cycle of 216 names, a town and a body per paragraph, with dates and events (as the storm tests'
report of many officials). Printed per length: the time of the parse, of the extraction rules
(wall and CPU time, and CPU per 1,000 characters: flat when the rules are linear; the CPU
time is the figure to read on a machine shared with other work), of the mapping to RDF and of the SHACL
check with its repairs (pyshacl: what every build runs on each article), the quads, the time
limit the build allows this article (parse and rules each), and the peak resident memory of the
process so far.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import DEFAULT_MODEL  # noqa: E402
from kg import map as mapper  # noqa: E402
from kg.build import get_analyser  # noqa: E402
from kg.read import Document  # noqa: E402
from kg.validate import repair_article  # noqa: E402
from tests.hostile.test_storms import officials_paragraph  # noqa: E402

PARAGRAPH = ("Mayor Wren Tolley of Harlow Vale met Councillor Orla Penhale on day {i}. "
             "“The harbour board’s plans are late,” she said. He told reporters he would write to the "
             "board, and the Harlow Vale Transit Authority said it would reply by Friday. "
             "They said it would be late, and he told her so.\n\n")


def article(chars: int, officials: bool = False) -> str:
    parts, n, i = ["A long report on the harbour\n\n"], 0, 0
    while True:
        p = officials_paragraph(i) if officials else PARAGRAPH.format(i=i)
        if n + len(p) > chars - 40:
            break
        parts.append(p)
        n += len(p)
        i += 1
    return "".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, nargs="+", default=[990_000])
    ap.add_argument("--officials", action="store_true", help="the report of many officials")
    a = ap.parse_args()
    analyser = get_analyser(DEFAULT_MODEL)
    warm = Document(identifier="warm.txt", text=article(2_000, a.officials))
    list(analyser.analyse([warm]))
    for chars in a.chars:
        doc = Document(identifier="long.txt", text=article(chars, a.officials))
        t0 = time.perf_counter()
        (parsed,) = analyser._parse_batch([doc])
        t1, c1 = time.perf_counter(), time.process_time()
        rec = analyser._record(doc, parsed)
        t2, c2 = time.perf_counter(), time.process_time()
        if isinstance(rec, Exception):
            print(f"{len(doc.text):,} characters: analysis failed: {rec!r}")
            return 1
        _graph, quads = mapper.map_article(doc, rec)
        t3 = time.perf_counter()
        kept, notes = repair_article(quads)
        t4 = time.perf_counter()
        total = t4 - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"article: {len(doc.text):,} characters, {len(parsed[0]):,} tokens; limit {analyser.limit(doc):.0f} s "
              f"for the parse and {analyser.limit(doc):.0f} s for the rules")
        print(f"  parse {t1 - t0:.1f} s, rules {t2 - t1:.1f} s ({c2 - c1:.1f} s of CPU: {1e6 * (c2 - c1) / len(doc.text):.1f} ms "
              f"per 1,000 characters), map {t3 - t2:.1f} s, validate and repair {t4 - t3:.1f} s "
              f"({100 * (t4 - t3) / total:.0f}% of {total:.1f} s)")
        print(f"  quads {len(quads):,} (kept {len(kept):,}, {len(notes)} repair lines); peak memory {peak:,} MiB",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
