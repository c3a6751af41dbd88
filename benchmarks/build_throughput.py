"""Benchmark: build throughput and memory, and an incremental rebuild (run on demand).

    .venv/bin/python benchmarks/build_throughput.py [SIZE_MB ...] [--jobs N] [--work DIR]

For each size a synthetic corpus (generate_corpus.py, cached in --work) is built end to end with the
command line (read -> normalise -> extract -> store) into a fresh store; reported are wall time, MB of
text per second overall and per core, and the peak resident memory of the largest process (the build
or one of its workers). Then one file of a 1,000-file corpus is changed and the rebuild timed.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

EXE = str(Path(sys.executable).parent / "beleidsgraaf")


def corpus(work: Path, mb: float) -> tuple[Path, int]:
    folder = work / f"corpus-{mb:g}MB"
    if not folder.exists():
        generate(folder, mb)
    return folder, sum(p.stat().st_size for p in folder.iterdir())


def timed_build(folder: Path, store: Path, jobs: int) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([EXE, "build", str(folder), "--store", str(store), "--quiet", "--jobs", str(jobs)],
                   check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024   # kB -> MB
    return wall, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=float, default=[10.0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/beleidsgraaf-bench"))
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    print(f"# {time.strftime('%Y-%m-%d')} · {platform.machine()} · {os.cpu_count()} cores · jobs {a.jobs}")
    for mb in a.sizes:
        folder, size = corpus(a.work, mb)
        store = a.work / f"store-{mb:g}MB"
        shutil.rmtree(store, ignore_errors=True)
        wall, peak = timed_build(folder, store, a.jobs)
        rate = size / 1e6 / wall
        print(f"{mb:g} MB ({len(list(folder.iterdir()))} files): {wall:.1f} s, {rate:.3f} MB/s, "
              f"{rate / a.jobs:.3f} MB/s per core, peak RSS {peak:.0f} MB", flush=True)
    # incremental: one changed file in 1,000
    folder = a.work / "corpus-1000-files"
    if not folder.exists():
        generate(folder, 0.0001)      # at least one file
        n = 1
        while len(list(folder.iterdir())) < 1000:
            n += 1
            shutil.rmtree(folder)
            generate(folder, n * 0.3)
        for p in sorted(folder.iterdir())[1000:]:
            p.unlink()
    store = a.work / "store-1000-files"
    shutil.rmtree(store, ignore_errors=True)
    timed_build(folder, store, a.jobs)
    first = sorted(folder.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nHet kabinet zal dit in 2030 evalueren.\n", encoding="utf-8")
    wall, _ = timed_build(folder, store, a.jobs)
    print(f"incremental: 1 changed file in {len(list(folder.iterdir()))}: {wall:.2f} s", flush=True)


if __name__ == "__main__":
    main()
