"""Peak memory of `kg build` as the number of articles grows (the shared corpora, replicated).

    python benchmarks/load.py [--counts 1000,10000]

For each count, a fresh folder of that many articles (PolNeAR train texts, BBC politics and
Wikinews rows, cycled with distinct file names) is built into a fresh store by `kg build` in its
own process; reported are the peak resident memory of that process and its wall time. Flat
memory means the 10,000-article build peaks where the 1,000-article one does.
"""
from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "polnear" / "train" / "text").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "bbc" / "politics").glob("*.txt"))]
    csv.field_size_limit(1 << 30)
    for f in sorted((SHARED / "wikinews").glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            texts += [f"{r['title']}\n\n{r['text']}\n" for r in csv.DictReader(fh)]
    return texts


def replicate(texts: list[str], n: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")


def run(n: int, texts: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        replicate(texts, n, folder)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(Path(tmp) / "s")],
                              capture_output=True, text=True)
        wall = time.perf_counter() - t
        if proc.returncode:
            raise SystemExit(proc.stderr)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return peak_kib / 1024, wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", default="1000,10000")
    a = ap.parse_args()
    texts = corpus()
    print(f"{'articles':>9} {'peak RSS MiB':>13} {'wall s':>8} {'articles/s':>11}")
    for n in sorted(map(int, a.counts.split(","))):  # ascending: ru_maxrss of children only grows
        peak, wall = run(n, texts)
        print(f"{n:9d} {peak:13.0f} {wall:8.0f} {n / wall:11.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
