from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory):
    from beleidsgraaf import api
    store = tmp_path_factory.mktemp("examples") / "store"
    report = api.build([EXAMPLES], store=store)
    assert report.ok, report.problems
    return store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    from beleidsgraaf import api
    store = tmp_path_factory.mktemp("corpus") / "store"
    report = api.build([SHARED / "corpus"], store=store)
    assert report.ok, report.problems
    return store
