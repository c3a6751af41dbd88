"""The exports load in other RDF tools unchanged: rapper (Raptor, installed by the Makefile) parses
each, and a second JSON-LD processor (pyld) reads the JSON-LD export to the same dataset as the
N-Quads export."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import rdflib
from pyld import jsonld

from beleidsgraaf import api

RAPPER = shutil.which("rapper") or "/usr/bin/rapper"


def _quads(data: str, fmt: str) -> set:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=fmt)
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None)) if g is not None}


@pytest.mark.parametrize("fmt,syntax", [("nquads", "nquads"), ("ntriples", "ntriples"), ("turtle", "turtle"),
                                        ("trig", "trig")])
def test_rapper_parses_every_export(examples_store, tmp_path, fmt, syntax):
    out = api.export(examples_store, fmt, tmp_path / f"graph.{fmt}")
    r = subprocess.run([RAPPER, "-i", syntax, "-c", str(out), "https://w3id.org/beleidsgraaf/"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    counted = int(r.stderr.strip().split("returned ")[1].split()[0])
    lines = [x for x in api.export(examples_store, "nquads", tmp_path / "q.nq").read_text(encoding="utf-8").splitlines() if x]
    if fmt in ("nquads", "trig"):
        assert counted == len(lines)
    else:     # the graphs merged: a triple stated in two documents' graphs counts once
        assert 0 < counted <= len(lines)


def test_pyld_reads_the_jsonld_export_as_the_same_dataset_as_the_nquads_export(examples_store, tmp_path):
    nq = api.export(examples_store, "nquads", tmp_path / "g.nq").read_text(encoding="utf-8")
    doc = api.export(examples_store, "jsonld", tmp_path / "g.jsonld").read_text(encoding="utf-8")
    import json
    from_pyld = jsonld.to_rdf(json.loads(doc), {"format": "application/n-quads"})
    assert _quads(from_pyld, "nquads") == _quads(nq, "nquads")
