"""The graph in an external SPARQL 1.1 store: builds, rebuilds, queries and exports through
``--store sparql+http://…`` against a private Virtuoso give what the embedded Oxigraph store gives."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from beleidsgraaf import api
from beleidsgraaf.cli import main
from beleidsgraaf.errors import StoreError
from beleidsgraaf.graph.remote import RemoteStore

from .conftest import EXAMPLES
from .virtuoso import EXAMPLE_PARAMS, virtuoso


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with virtuoso(tmp_path_factory.mktemp("virtuoso-store")) as v:
        v.isql('GRANT SPARQL_UPDATE TO "SPARQL"')      # the anonymous endpoint may write (loopback only)
        yield v


@pytest.fixture
def empty(server):
    """The server with none of beleidsgraaf's graphs in it."""
    st = RemoteStore("sparql+" + server.sparql)
    st.drop_graphs(st.named_graphs())
    st.clear_building()
    return server


def _address(v, gsp: bool) -> str:
    return "sparql+" + v.sparql + ("?gsp=/sparql-graph-crud" if gsp else "")


def _nquads(store, tmp_path, name) -> str:
    return api.export(store, "nquads", tmp_path / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("gsp", [True, False], ids=["graph-store-protocol", "sparql-update"])
def test_a_build_into_virtuoso_holds_what_the_embedded_store_holds(empty, tmp_path, gsp):
    address = _address(empty, gsp)
    r = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", address, "--quiet",
                                  "--report", str(tmp_path / "report.json")])
    assert r.exit_code == 0, r.output
    files = len(list(EXAMPLES.glob("*.txt")))
    assert f"added {files}" in r.output
    local = tmp_path / "local"
    api.build([EXAMPLES], store=local)
    remote_nq = _nquads(address, tmp_path, "remote.nq")
    assert remote_nq == _nquads(local, tmp_path, "local.nq")       # byte for byte
    assert api.stats(address) == api.stats(local)
    # a rebuild changes nothing
    again = api.build([EXAMPLES], store=address, report_path=tmp_path / "r2.json")
    assert (again.built, len(again.unchanged)) == (0, files)
    assert _nquads(address, tmp_path, "again.nq") == remote_nq


def test_changed_and_removed_files_in_virtuoso_match_the_embedded_store(empty, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    address, local = _address(empty, True), tmp_path / "local"
    for store in (address, local):
        api.build([folder], store=store, report_path=tmp_path / "r.json")
    changed = sorted(folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHet kabinet zal in 2031 de Jeugdwet evalueren.\n",
                       encoding="utf-8")
    sorted(folder.iterdir())[-1].unlink()
    reports = [api.build([folder], store=store, report_path=tmp_path / "r.json") for store in (address, local)]
    assert [(len(r.changed), len(r.removed)) for r in reports] == [(1, 1), (1, 1)]
    assert _nquads(address, tmp_path, "remote.nq") == _nquads(local, tmp_path, "local.nq")
    assert "2031" in _nquads(address, tmp_path, "remote.nq")


def test_a_changed_document_is_replaced_in_one_request(empty, tmp_path, monkeypatch):
    """The old graph of a changed file goes in the same request that writes the new one, so that no
    reader sees the document twice; a PUT followed by a DROP would be two."""
    import httpx
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    address = _address(empty, True)
    api.build([folder], store=address, report_path=tmp_path / "r.json")
    before = set(RemoteStore(address).named_graphs())
    changed = sorted(folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHet kabinet zal in 2031 de Jeugdwet evalueren.\n",
                       encoding="utf-8")
    writes = []
    put, post = httpx.Client.put, httpx.Client.post
    monkeypatch.setattr(httpx.Client, "put", lambda self, url, **kw: writes.append(("PUT", kw["params"]["graph"]))
                        or put(self, url, **kw))
    monkeypatch.setattr(httpx.Client, "post", lambda self, url, **kw: writes.append(("POST", kw.get("data", {}).get("update", "")))
                        or post(self, url, **kw))
    api.build([folder], store=address, report_path=tmp_path / "r.json")
    monkeypatch.undo()
    after = set(RemoteStore(address).named_graphs())
    (old,), (new,) = before - after, after - before
    touching = [(verb, body) for verb, body in writes if old in body or new in body]
    assert len(touching) == 1
    verb, body = touching[0]
    assert verb == "POST" and f"DROP SILENT GRAPH <{old}>" in body and f"GRAPH <{new}>" in body


def test_library_queries_answer_alike_from_virtuoso(empty, tmp_path, examples_store):
    address = _address(empty, True)
    api.build([EXAMPLES], store=address, report_path=tmp_path / "r.json")
    answered = 0
    for name, q in api.library().items():
        given = {p.name: EXAMPLE_PARAMS[p.name] for p in q.params if p.name in EXAMPLE_PARAMS}
        ours = api.query_named(name, store=examples_store, params=given)
        theirs = api.query_named(name, store=address, params=given)
        assert theirs.variables == ours.variables
        assert sorted(map(tuple, theirs.rows), key=str) == sorted(map(tuple, ours.rows), key=str), name
        answered += bool(ours.rows)
    assert answered >= 5


def test_an_address_where_no_sparql_server_answers_is_named(tmp_path):
    from .server import free_port
    address = f"sparql+http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(StoreError, match="no SPARQL endpoint answers"):
        RemoteStore(address)
    r = CliRunner().invoke(main, ["stats", "--store", address])
    assert r.exit_code == 1 and "127.0.0.1" in r.output
    with pytest.raises(StoreError, match="unknown option"):
        RemoteStore("sparql+http://127.0.0.1:1/sparql?graph-store=/x")
