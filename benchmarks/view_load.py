"""Benchmark: how long a network view takes to become interactive in headless Chromium, at 500, 2,000
and 5,000 nodes (run on demand: `make bench`, or `python benchmarks/view_load.py 500 2000 5000`).

A synthetic graph in the shape of a real one (about one entity per ten nodes, statements linked to
one to three entities and to a document) is written with the same code as `beleidsgraaf view`; the
figures are: seconds to lay out and write the page (Python), milliseconds from navigation to the
first drawn frame (the page sets window.bgReady), and milliseconds for a filter and a selection
once it is drawn.
"""
from __future__ import annotations

import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from beleidsgraaf.exports.view import write_html  # noqa: E402
from tests.browser import Page, browser  # noqa: E402

ENTITY_TYPES = ["Ministry", "Organisation", "Law", "Programme", "Motion", "Person", "ParliamentaryPaper"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    n_entities, n_docs = max(10, n // 10), max(3, n // 60)
    entities = []
    for i in range(n_entities):
        t = ENTITY_TYPES[i % len(ENTITY_TYPES)] if i >= 12 else "Ministry"
        e = f"urn:e{i}"
        g.add_node(e, type=t, label=f"{t} {i}", altLabels=[], identifiers=[], documents=[], sources=[])
        entities.append(e)
    docs = [f"urn:d{i}" for i in range(n_docs)]
    for i, d in enumerate(docs):
        g.add_node(d, type="Document", label=f"Kamerbrief {i}", date=f"202{i % 6}-0{1 + i % 9}-15", file=f"d{i}.pdf",
                   documents=[d], sources=[])
    for i in range(n - n_entities - n_docs):
        s = f"urn:s{i}"
        kind = "Commitment" if rnd.random() < 0.8 else "Request"
        doc = rnd.choice(docs)
        quote = f"Het kabinet zal maatregel {i} uitvoeren voor {2024 + i % 4}."
        g.add_node(s, type=kind, label=quote[:60], quote=quote, status=rnd.choice(["Planned", "InProgress", "Done"]),
                   due=f"{2024 + i % 4}-12-31", date=g.nodes[doc]["date"], documents=[doc], ministry=None,
                   sources=[{"title": g.nodes[doc]["label"], "date": g.nodes[doc]["date"], "file": "d.pdf",
                             "prefix": "…", "exact": quote, "suffix": "…"}])
        actor = rnd.choice(entities[:12])
        g.add_edge(s, actor, label="promised by" if kind == "Commitment" else "asked by")
        g.nodes[s]["ministry"] = actor
        for e in rnd.sample(entities[12:], rnd.randint(0, 2)):
            g.add_edge(s, e, label="concerns")
    for e in entities:
        for d in rnd.sample(docs, min(2, len(docs))):
            g.add_edge(e, d, label="mentioned in")
    return g


def measure(n: int, b) -> dict:
    g = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        out = write_html(g, Path(tmp) / "view.html", title=f"benchmark {n}")
        write_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        page = Page(b, out.as_uri(), 1400, 900)
        wall_ms = (time.perf_counter() - t1) * 1000
        ready_ms = page.page.evaluate("window.bgReady")
        filter_ms = page.page.evaluate("""() => { const t = performance.now();
            document.getElementById('status').value = 'Done'; window.bgView.apply();
            return performance.now() - t; }""")
        select_ms = page.page.evaluate("""() => { const t = performance.now();
            window.bgView.select('urn:e3'); return performance.now() - t; }""")
        assert page.outside_requests() == [] and page.errors == []
        return {"nodes": len(g), "edges": g.number_of_edges(), "write_s": round(write_s, 2),
                "ready_ms": round(ready_ms), "load_wall_ms": round(wall_ms), "filter_ms": round(filter_ms),
                "select_ms": round(select_ms), "html_mb": round(out.stat().st_size / 1e6, 2) if out.exists() else None}


def main(sizes: list[int]) -> None:
    rows = []
    with browser() as b:
        for n in sizes:
            rows.append(measure(n, b))
            print(json.dumps(rows[-1]), flush=True)
    print(f"# {time.strftime('%Y-%m-%d')} · {platform.machine()} · {platform.python_version()} · "
          f"{platform.processor() or 'cpu'}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 5000])
