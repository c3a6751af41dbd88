"""The exports load unchanged into a second, real triple store (Virtuoso), and every query of the
library answers the same there as in beleidsgraaf."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from beleidsgraaf import api
from beleidsgraaf.graph.store import PREFIXES

from .virtuoso import EXAMPLE_PARAMS, virtuoso

OURS = "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/beleidsgraaf/'))"


def _select(v, query: str) -> list[dict]:
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    url = v.sparql + "?" + urllib.parse.urlencode({"query": prologue + query,
                                                   "format": "application/sparql-results+json"})
    with urllib.request.urlopen(url, timeout=120) as r:
        data = json.loads(r.read())
    return [{k: b["value"] for k, b in row.items()} for row in data["results"]["bindings"]]


@pytest.fixture(scope="module")
def loaded(examples_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    nq = api.export(examples_store, "nquads", folder / "export" / "graph.nq")
    with virtuoso(folder / "db") as v:
        v.load(nq)
        yield v, nq


def test_the_nquads_export_loads_whole(loaded):
    v, nq = loaded
    lines = [x for x in nq.read_text(encoding="utf-8").splitlines() if x]
    (row,) = _select(v, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}")
    assert int(row["n"]) == len(lines)
    graphs = _select(v, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}")
    assert {r["g"] for r in graphs} == {x.rsplit(" ", 2)[-2].strip("<>") for x in lines}


def test_every_library_query_gives_the_same_answers_in_virtuoso(loaded, examples_store):
    v, _ = loaded
    compared = 0
    for name, q in api.library().items():
        params = {p.name: EXAMPLE_PARAMS[p.name] for p in q.params if p.name in EXAMPLE_PARAMS}
        ours = api.query_named(name, store=examples_store, params=params)
        theirs = _select(v, q.bound(params))
        mine = sorted(tuple(sorted((k, val) for k, val in zip(ours.variables, row) if val is not None))
                      for row in ours.rows)
        other = sorted(tuple(sorted(r.items())) for r in theirs)
        assert mine == other, name
        compared += bool(mine)
    assert compared >= 5


# runs after the comparison above: the Turtle export adds a graph with every triple merged
@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_trig_and_turtle_exports_load_without_error(loaded, examples_store, tmp_path, fmt):
    v, nq = loaded
    out = api.export(examples_store, fmt, tmp_path / f"graph.{'ttl' if fmt == 'turtle' else fmt}")
    v.load(out)      # raises with Virtuoso's message when a file does not load
    if fmt == "trig":    # the same named graphs again: nothing new, nothing lost
        lines = [x for x in nq.read_text(encoding="utf-8").splitlines() if x]
        (row,) = _select(v, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}")
        assert int(row["n"]) == len(lines)
    else:                # Turtle has no graphs: the loader puts it in the graph it is given
        nt = api.export(examples_store, "ntriples", tmp_path / "graph.nt").read_text(encoding="utf-8")
        (row,) = _select(v, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:beleidsgraaf:default> { ?s ?p ?o } }")
        assert int(row["n"]) == len([x for x in nt.splitlines() if x])
