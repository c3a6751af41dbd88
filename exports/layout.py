"""Node positions computed up front, so the browser draws a settled picture without simulating physics.

A view of up to a few hundred nodes is laid out whole by networkx's force-directed layout. In a larger
one, entities (ministries, laws, organisations, ...) are placed by a force-directed layout (networkx) of the
graph in which two entities are linked when a statement links them; beyond a few hundred entities
only the best connected are laid out that way and the others sit beside their placed neighbours.
Statements and documents, the bulk of a large view, sit around the centre of the entities they are
linked to, on a golden-angle spiral. The cost is linear in the number of statements, and the result
depends only on the graph (a fixed seed), so the same graph gives the same picture.
"""
from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

LEAF_TYPES = ("Commitment", "Request", "Document")
FORCE_LIMIT = 400          # entities laid out by the force-directed layout
_GOLDEN = math.pi * (3 - math.sqrt(5))


def positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if 1 < len(g) <= FORCE_LIMIT:
        # small enough to lay out every node by force (networkx's dense implementation is quick here)
        simple = nx.Graph(g.to_undirected())
        laid = nx.spring_layout(simple, seed=7, iterations=100, k=2.0 / math.sqrt(len(g)))
        radius = max(400.0, 60.0 * math.sqrt(len(g)) * 3)
        return {n: (float(x) * radius, float(y) * radius) for n, (x, y) in laid.items()}
    leaves = [n for n, d in g.nodes(data=True) if d.get("type") in LEAF_TYPES]
    entities = [n for n in g if n not in set(leaves)]
    und = nx.Graph()
    und.add_nodes_from(entities)
    for leaf in leaves:
        linked = sorted({m for m in nx.all_neighbors(g, leaf) if m not in set(leaves)})
        for i, a in enumerate(linked):
            for b in linked[i + 1:]:
                w = und.get_edge_data(a, b, {}).get("weight", 0)
                und.add_edge(a, b, weight=w + 1)
    for a, b, d in g.edges(data=True):                       # motion -> submitter and the like
        if a in und and b in und and not und.has_edge(a, b):
            und.add_edge(a, b, weight=1)
    ranked = sorted(entities, key=lambda n: (-und.degree(n, weight="weight"), n))
    core = ranked[:FORCE_LIMIT]
    radius = max(300.0, 150.0 * math.sqrt(len(g)))
    pos: dict[str, tuple[float, float]] = {}
    if core:
        sub = und.subgraph(core)
        laid = nx.spring_layout(sub, seed=7, iterations=60, weight="weight") if len(core) > 1 else {core[0]: (0, 0)}
        pos.update({n: (float(x) * radius, float(y) * radius) for n, (x, y) in laid.items()})
    rest = ranked[FORCE_LIMIT:]
    ring = 0
    for n in rest:
        placed = [pos[m] for m in und.neighbors(n) if m in pos]
        if placed:
            pos[n] = _spiral(_centre(placed), len(pos) % 50, radius / 40)
        else:
            angle = ring * _GOLDEN
            pos[n] = (math.cos(angle) * radius * 1.3, math.sin(angle) * radius * 1.3)
            ring += 1
    crowd: dict[tuple, int] = defaultdict(int)
    for n in sorted(leaves):
        anchors = tuple(sorted(m for m in nx.all_neighbors(g, n) if m in pos))
        if anchors:
            centre = _centre([pos[m] for m in anchors])
        else:
            centre = (0.0, radius * 1.5)
        k = crowd[anchors]
        crowd[anchors] += 1
        pos[n] = _spiral(centre, k + 1, 40.0)
    return pos


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _spiral(centre: tuple[float, float], k: int, step: float) -> tuple[float, float]:
    r = step * math.sqrt(k)
    return (centre[0] + r * math.cos(k * _GOLDEN), centre[1] + r * math.sin(k * _GOLDEN))
