"""The who-promised-what network: graph -> nodes and edges (networkx) -> a self-contained HTML view (pyvis).

This is the first cut of the views; layout is computed up front with networkx so the page does not
have to simulate physics.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx

from ..graph import queries
from ..graph.store import Store, term_value

COLOURS = {"Ministry": "#1f77b4", "Organisation": "#2ca02c", "Government": "#d62728", "Person": "#9467bd",
           "Law": "#8c564b", "Motion": "#e377c2", "Programme": "#bcbd22", "ParliamentaryPaper": "#7f7f7f",
           "Commitment": "#ff7f0e", "Request": "#17becf"}
SHAPES = {"Ministry": "box", "Organisation": "ellipse", "Government": "star", "Person": "dot", "Law": "diamond",
          "Motion": "triangle", "Programme": "hexagon", "ParliamentaryPaper": "square", "Commitment": "dot",
          "Request": "triangleDown"}


def network(store: Store) -> nx.MultiDiGraph:
    """A networkx graph: statements and entities as nodes, typed and labelled edges."""
    g = nx.MultiDiGraph()
    names, rows = store.select(queries.load("network_edges"))
    for row in rows:
        r = dict(zip(names, (term_value(v) for v in row)))
        st = r["statement"]
        if st not in g:
            g.add_node(st, type=r["kind"], label=_short(r["quote"]), quote=r["quote"], status=r["status"],
                       due=r["dueDate"], source=r["sourceFile"])
        tgt = r["target"]
        if tgt not in g:
            g.add_node(tgt, type=r["targetType"], label=r["targetLabel"] or tgt.rsplit("/", 1)[-1])
        g.add_edge(st, tgt, label=r["relation"])
    return g


def focus(g: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The neighbourhood of the entities whose label contains ``name``."""
    wanted = [n for n, d in g.nodes(data=True) if name.lower() in str(d.get("label", "")).lower()
              and d.get("type") not in ("Commitment", "Request")]
    keep = set()
    und = g.to_undirected(as_view=True)
    for n in wanted:
        keep |= set(nx.single_source_shortest_path_length(und, n, cutoff=depth))
    return g.subgraph(keep).copy()


def _short(s: str, n: int = 60) -> str:
    s = s or ""
    return s if len(s) <= n else s[:n - 1] + "…"


def write_html(g: nx.MultiDiGraph, output: Path | str, title: str = "beleidsgraaf") -> Path:
    from pyvis.network import Network
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    pos = nx.spring_layout(nx.Graph(g), seed=7, k=None) if len(g) else {}
    for n, d in sorted(g.nodes(data=True)):
        x, y = pos.get(n, (0, 0))
        t = d.get("type", "")
        tip = f"{t}: {d.get('label', '')}"
        if d.get("quote"):
            tip += f"\n\n{d['quote']}\n\nstatus: {d.get('status')}  due: {d.get('due') or '-'}\nsource: {d.get('source')}"
        net.add_node(n, label=html.escape(str(d.get("label", ""))), title=tip, color=COLOURS.get(t, "#999"),
                     shape=SHAPES.get(t, "dot"), x=float(x) * 1000, y=float(y) * 1000, physics=False)
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
        net.add_edge(a, b, label=d.get("label", ""), arrows="to")
    net.toggle_physics(False)
    page = net.generate_html()
    # pyvis's template links bootstrap from a CDN; the view must open offline, so those tags go
    page = re.sub(r"<link[^>]+(?:cdn|https?://)[^>]*>\s*", "", page)
    page = re.sub(r"<script[^>]+src=\"https?://[^\"]+\"[^>]*>\s*</script>\s*", "", page)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
