"""The who-promised-what network, read from the graph through SPARQL: statements, the entities they
concern, their documents, as a networkx graph; and the ready-made selections of it (presets).

Node attributes: ``type``, ``label``; statements add ``quote``, ``status``, ``due``, ``dueText``,
``date`` (of their document), ``documents``, ``ministry`` (the actor, when it is a ministry) and
``sources``; entities add ``altLabels``, ``identifiers``, ``notation``, ``documents``, ``sources``.
A source is ``{title, date, file, prefix, exact, suffix}``. Edges carry ``label``: promised by, asked
by, asked of, concerns, implements, submitted by, mentioned in.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

import networkx as nx

from ..graph import queries
from ..graph.store import Store, term_value

PRESETS = ("all", "ministry", "motion", "overdue")
MAX_SOURCES = 40           # source sentences kept per entity in a view
STATEMENT_TYPES = ("Commitment", "Request")


def _rows(store: Store, name: str):
    names, rows = store.select(queries.load(name))
    for row in rows:
        yield dict(zip(names, (term_value(v) for v in row)))


def network(store: Store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for r in _rows(store, "view_entities"):
        ids = [u for u in (r["sameAs"] or "").split("\x1f") if u]
        alts = sorted({a for a in (r["altLabels"] or "").split("\x1f") if a and a != r["prefLabel"]})
        g.add_node(r["entity"], type=r["type"], label=r["prefLabel"] or r["entity"].rsplit("/", 1)[-1],
                   altLabels=alts[:20], identifiers=sorted(ids), notation=r["notation"], documents=[], sources=[])
    documents: dict[str, dict] = {}
    for r in _rows(store, "view_statements"):
        doc = r["document"]
        documents.setdefault(doc, {"title": r["title"], "date": r["date"], "file": r["sourceFile"]})
        g.add_node(r["statement"], type=r["kind"], label=_short(r["quote"]), quote=r["quote"],
                   status=r["status"] or "Unknown", due=r["dueDate"], dueText=r["dueText"], date=r["date"],
                   documents=[doc], ministry=None,
                   sources=[_source(r, documents[doc])] if r["exact"] is not None else [])
    for r in _rows(store, "view_edges"):
        a, b = r["source"], r["target"]
        if a in g and b in g:
            g.add_edge(a, b, label=r["relation"])
            if r["relation"] == "promised by" and g.nodes[b]["type"] == "Ministry":
                g.nodes[a]["ministry"] = b
    mentioned: dict[str, set] = defaultdict(set)
    for r in _rows(store, "view_mentions"):
        e = r["entity"]
        if e not in g:
            continue
        doc = r["document"]
        documents.setdefault(doc, {"title": r["title"], "date": r["date"], "file": r["sourceFile"]})
        mentioned[e].add(doc)
        if len(g.nodes[e]["sources"]) < MAX_SOURCES:
            g.nodes[e]["sources"].append(_source(r, documents[doc]))
    for doc, d in documents.items():
        g.add_node(doc, type="Document", label=d["title"] or d["file"], date=d["date"], file=d["file"],
                   documents=[doc], sources=[])
    for e, docs in mentioned.items():
        g.nodes[e]["documents"] = sorted(docs)
        for doc in sorted(docs):
            g.add_edge(e, doc, label="mentioned in")
    return g


def _source(r: dict, doc: dict) -> dict:
    return {"title": doc["title"] or doc["file"], "date": doc["date"], "file": doc["file"],
            "prefix": r["prefix"] or "", "exact": r["exact"] or "", "suffix": r["suffix"] or ""}


def _short(s: str | None, n: int = 60) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1] + "…"


def matching(g: nx.MultiDiGraph, name: str, types: tuple[str, ...] | None = None) -> list[str]:
    """Entities whose label, other names or notation contain ``name`` (case-insensitive)."""
    needle = name.casefold()
    out = []
    for n, d in g.nodes(data=True):
        if d["type"] in STATEMENT_TYPES or d["type"] == "Document" or types and d["type"] not in types:
            continue
        names = [d.get("label") or "", d.get("notation") or ""] + list(d.get("altLabels") or [])
        if any(needle in x.casefold() for x in names):
            out.append(n)
    return sorted(out)


def neighbourhood(g: nx.MultiDiGraph, seeds: list[str], depth: int) -> set[str]:
    """Nodes within ``depth`` steps of the seeds; documents end a path (a document links everything
    it mentions, so walking through it would reach the whole corpus)."""
    keep = set(seeds)
    frontier = set(seeds)
    for _ in range(depth):
        nxt = set()
        for n in frontier:
            if g.nodes[n]["type"] == "Document" and n not in seeds:
                continue
            nxt.update(m for m in nx.all_neighbors(g, n) if m not in keep)
        keep |= nxt
        frontier = nxt
    return keep


def preset(g: nx.MultiDiGraph, name: str = "all", focus: str | None = None, depth: int | None = None,
           as_of: date | None = None) -> nx.MultiDiGraph:
    """A ready-made selection of the network.

    - ``all``: everything, or the neighbourhood of the entities matching ``focus``;
    - ``ministry``: per ministry (those matching ``focus``, else all): what it promised, about what,
      by when, with what status;
    - ``motion``: per motie: the statements implementing or concerning it, who promised them, who
      submitted it;
    - ``overdue``: commitments whose deadline is before ``as_of`` (default today) and that are not
      done, with their actors and subjects; ``focus`` keeps those of matching actors.
    """
    if name not in PRESETS:
        raise ValueError(f"unknown preset '{name}'; choose one of {', '.join(PRESETS)}")
    as_of = as_of or date.today()
    if name == "all":
        if not focus:
            return g.copy()
        seeds, default_depth = matching(g, focus), 2
    elif name == "ministry":
        seeds, default_depth = matching(g, focus or "", ("Ministry",)), 2
    elif name == "motion":
        seeds, default_depth = matching(g, focus or "", ("Motion",)), 2
    else:
        day = as_of.isoformat()
        seeds = [n for n, d in g.nodes(data=True) if d["type"] == "Commitment" and d.get("due")
                 and d["due"] < day and d.get("status") != "Done"]
        if focus:
            actors = set(matching(g, focus))
            seeds = [s for s in seeds if actors & set(g.successors(s))]
        default_depth = 1
    keep = neighbourhood(g, seeds, default_depth if depth is None else depth)
    sub = g.subgraph(keep).copy()
    if name == "overdue":
        for s in seeds:
            sub.nodes[s]["overdue"] = True
    return sub
