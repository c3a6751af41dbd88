"""Benchmark: every query of the library through beleidsgraaf's API, through pyoxigraph directly and
through rdflib's in-memory store, on the same data, side by side in one run (run on demand).

    .venv/bin/python benchmarks/query_engines.py [--store DIR] [--mb 1] [--repeat 5]

The store holds the development corpus, the bundled examples and a generated corpus of ``--mb`` MB
of text (generate_corpus.py), built first when it is missing. Each query is bound to its default or
example parameters (the same text the endpoint's query page offers) and every row is read out.
Reported per query: the median of ``--repeat`` runs through ``api.query_named`` (the API and the
CLI path), through ``pyoxigraph.Store.query`` on the same store, through rdflib's API on that same
store (oxrdflib), and through rdflib's ``Memory`` store holding the same quads; then the ratios
API/pyoxigraph and rdflib Memory/API, with their geometric means over the library.
"""
from __future__ import annotations

import argparse
import math
import os
import platform
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from beleidsgraaf import api  # noqa: E402
from beleidsgraaf.graph.store import PREFIXES, Store  # noqa: E402
from beleidsgraaf.serve.app import library_examples  # noqa: E402


def timed(fn, repeat: int, limit: float | None = None) -> tuple[float, int | None]:
    """Median milliseconds of ``repeat`` runs and the row count. With ``limit`` (seconds) a run is
    stopped by an alarm when it takes longer: the result is then (limit, None), a lower bound; a run
    longer than 2 s is not repeated."""
    times, n = [], None

    def alarm(*_):
        raise TimeoutError
    for _ in range(repeat):
        if limit:
            signal.signal(signal.SIGALRM, alarm)
            signal.setitimer(signal.ITIMER_REAL, limit)
        t = time.perf_counter()
        try:
            n = fn()
        except TimeoutError:
            return limit * 1000, None
        finally:
            if limit:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - t)
        if limit and times[-1] > 2:
            break
    return statistics.median(times) * 1000, n


def cell(ms: float, n: int | None) -> str:
    return f"{ms:.1f}" if n is not None else f"> {ms:,.0f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/beleidsgraaf-bench/store-queries"))
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--memory-repeat", type=int, default=3)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds an rdflib query may take [60]")
    a = ap.parse_args()
    if not (a.store / "CURRENT").exists():
        from generate_corpus import generate
        folder = a.store.parent / f"corpus-queries-{a.mb:g}MB"
        if not folder.exists():
            generate(folder, a.mb)
        api.build([ROOT.parent / "shared" / "corpus", ROOT / "examples", folder], store=a.store, jobs=os.cpu_count())

    st = Store(a.store)                  # beleidsgraaf's store object
    ox_store = st.oxigraph               # the same store through pyoxigraph
    on_ox = st.rdflib_dataset()          # rdflib's API on the same store
    memory = rdflib.Dataset(default_union=True)
    t = time.perf_counter()
    memory.parse(data=ox_store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    load_s = time.perf_counter() - t
    ns = {k: rdflib.Namespace(v) for k, v in PREFIXES.items()}
    print(f"# {time.strftime('%Y-%m-%d')} · {platform.machine()} · {os.cpu_count()} cores · Python "
          f"{platform.python_version()} · pyoxigraph {ox.__version__} · rdflib {rdflib.__version__}")
    print(f"# {len(ox_store):,} quads; rdflib Memory loaded them in {load_s:.1f} s; median of {a.repeat} runs "
          f"({a.memory_repeat} for rdflib)")
    print("| query | rows | API ms | pyoxigraph ms | rdflib on Oxigraph ms | rdflib Memory ms | API / pyoxigraph | Memory / API |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    over, under, notes = [], [], []
    for ex in library_examples():
        name, text = ex["name"], ex["query"]
        api_ms, rows = timed(lambda: len(api.query_named(name, st, ex["params"]).rows), a.repeat)

        def direct():
            res = ox_store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
            names = [v.value for v in res.variables]
            return len([[None if s[n] is None else s[n].value for n in names] for s in res])
        ox_ms, ox_rows = timed(direct, a.repeat)
        on_ox_ms, on_ox_rows = timed(lambda: len([tuple(r) for r in on_ox.query(text, initNs=ns)]),
                                     a.memory_repeat, a.limit)
        mem_ms, mem_rows = timed(lambda: len([tuple(r) for r in memory.query(text, initNs=ns)]),
                                 a.memory_repeat, a.limit)
        assert rows == ox_rows, (name, rows, ox_rows)
        if mem_rows is not None and mem_rows != rows:
            notes.append(f"{name}: rdflib Memory returned {mem_rows} rows, Oxigraph {rows}")
        over.append(api_ms / ox_ms)
        under.append(mem_ms / api_ms)
        bound = "" if mem_rows is not None else "> "
        print(f"| {name} | {rows} | {api_ms:.1f} | {ox_ms:.1f} | {cell(on_ox_ms, on_ox_rows)} | "
              f"{cell(mem_ms, mem_rows)} | {api_ms / ox_ms:.2f} | {bound}{mem_ms / api_ms:,.0f} |", flush=True)
    gm = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs))  # noqa: E731
    print(f"\ngeometric mean: API / pyoxigraph {gm(over):.2f} (worst {max(over):.2f}); "
          f"rdflib Memory / API {gm(under):,.0f} (least {min(under):,.0f}; a query stopped at the "
          f"{a.limit:g} s limit counts as the limit, so these are lower bounds)", flush=True)
    for n in notes:
        print("# note:", n)


if __name__ == "__main__":
    main()
