"""The development corpus in ../shared: provenance holds for every annotation, and the scorer's
figures stay above a floor a little under what the extractor reaches (so a regression fails CI)."""
import importlib.util
import json

import pytest

from beleidsgraaf import api

from .conftest import SHARED

# F1 floors, a little under the figures measured when they were set (see the README's table).
FLOORS = {"ministries": 0.95, "laws": 0.93, "motions": 0.94, "programmes": 0.90, "organisations": 0.93,
          "persons": 0.96, "kamerstukken": 0.97, "commitments": 0.84, "requests": 0.85}
# status and actor right on matched sentences (the scorer's agreement rates)
AGREEMENT_FLOORS = {"status": 0.85, "commitments_actor": 0.83, "requests_actor": 0.59}


def test_corpus_annotations_point_at_their_exact_text(corpus_store):
    rows = api.query("""SELECT ?text ?start ?end ?exact WHERE {
        ?t oa:hasSource ?d ; oa:hasSelector ?p , ?q .
        ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . ?d bg:text ?text }""", store=corpus_store).rows
    assert len(rows) > 500
    bad = [(s, e, x) for text, s, e, x in rows if text[int(s):int(e)] != x]
    assert bad == []


def test_corpus_graph_conforms(corpus_store):
    conforms, report = api.validate(corpus_store)
    assert conforms, report[:2000]


def test_scorer_figures_stay_above_the_floor(corpus_store, tmp_path):
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("no scorer in ../shared/eval")
    spec = importlib.util.spec_from_file_location("score", scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    graph = api.export(corpus_store, "nquads", tmp_path / "corpus.nq")
    result = score.score(graph, SHARED / "eval" / "gold")
    f1 = {k: v["f1"] for k, v in result["types"].items()}
    low = {k: (f1[k], floor) for k, floor in FLOORS.items() if f1[k] < floor}
    assert not low, json.dumps(result["types"], indent=1)
    rates = {k: v["rate"] for k, v in result["agreement"].items()}
    low = {k: (rates[k], floor) for k, floor in AGREEMENT_FLOORS.items() if rates[k] < floor}
    assert not low, json.dumps(result["agreement"], indent=1)
