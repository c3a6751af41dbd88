"""Benchmark: the SPARQL endpoint under load (run on demand).

8 concurrent clients × 200 queries of the library (with their default or example parameters) against
`beleidsgraaf serve` on a store of the development corpus (built first when it is missing). Reports
errors (must be 0) and the p50/p95/max latency per query and overall.

    .venv/bin/python benchmarks/sparql_load.py [--store DIR] [--clients 8] [--queries 200] [--workers 2]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from beleidsgraaf import api  # noqa: E402
from beleidsgraaf.serve.app import library_examples  # noqa: E402
from tests.server import serving  # noqa: E402


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/beleidsgraaf-bench-corpus"))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not (args.store / "CURRENT").exists():
        api.build([ROOT.parent / "shared" / "corpus", ROOT / "examples"], store=args.store)
    examples = library_examples()
    with serving(args.store, "--workers", str(args.workers)) as url:
        def client(k: int):
            out = []
            with httpx.Client(timeout=60) as http:
                for i in range(args.queries):
                    ex = examples[(k + i) % len(examples)]
                    t = time.perf_counter()
                    r = http.post(url + "/sparql", content=ex["query"].encode("utf-8"),
                                  headers={"Content-Type": "application/sparql-query",
                                           "Accept": "application/sparql-results+json"})
                    out.append((ex["name"], time.perf_counter() - t, r.status_code))
            return out
        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            results = [x for part in pool.map(client, range(args.clients)) for x in part]
        wall = time.perf_counter() - t0
    errors = [r for r in results if r[2] != 200]
    lat = [r[1] * 1000 for r in results]
    print(f"{len(results)} queries by {args.clients} clients on {args.workers} workers in {wall:.1f} s "
          f"({len(results) / wall:.0f} queries/s); errors: {len(errors)}")
    print(f"all: p50 {percentile(lat, 50):.0f} ms, p95 {percentile(lat, 95):.0f} ms, max {max(lat):.0f} ms")
    for name in sorted({r[0] for r in results}):
        xs = [r[1] * 1000 for r in results if r[0] == name]
        print(f"  {name:28} p50 {percentile(xs, 50):6.0f} ms  p95 {percentile(xs, 95):6.0f} ms  "
              f"mean {statistics.mean(xs):6.0f} ms")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
