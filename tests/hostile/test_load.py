"""Memory stays flat as a build grows: the same pipeline over 5 times more articles peaks at
about the same resident memory (the full 1,000/10,000 figures are in benchmarks/load.py)."""
from __future__ import annotations

import pytest

from kg.resources import example_article

CODE = r"""
import resource, sys
from pathlib import Path
from kg.build import build
folder, store = sys.argv[1], sys.argv[2]
report = build([folder], store_path=store)
assert len(report.built) == int(sys.argv[3]), (len(report.built), report.skipped[:3])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def articles(folder, n: int) -> None:
    base = example_article().read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(n):
        # new names in every article: strings that would pile up in spaCy's vocabulary
        extra = (f"\n\nCouncillor Name{i}a Surname{i}b of Town{i}c said \"we meet on Tuesday\" at Hall{i}d. "
                 f"Senator First{i} Last{i} told reporters that Agency{i} would respond.\n")
        (folder / f"a{i:04d}.txt").write_text(base + extra, encoding="utf-8")


def peak(tmp_path, n: int) -> int:
    import subprocess
    import sys

    folder = tmp_path / f"in{n}"
    articles(folder, n)
    res = subprocess.run([sys.executable, "-c", CODE, str(folder), str(tmp_path / f"s{n}"), str(n)],
                         capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, res.stderr[-2000:]
    return int(res.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_memory_stays_flat_over_a_growing_build(tmp_path):
    small, large = peak(tmp_path, 64), peak(tmp_path, 320)
    assert large - small < max(60, 0.12 * small), (small, large)
