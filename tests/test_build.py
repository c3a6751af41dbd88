"""End to end on the shipped examples: the store, provenance, determinism, bad input."""
import shutil

import pytest

from beleidsgraaf import api
from beleidsgraaf.graph.store import Store

from .conftest import EXAMPLES


def test_graph_conforms_to_the_shacl_shapes(examples_store):
    conforms, report = api.validate(examples_store)
    assert conforms, report


def test_shapes_catch_a_broken_graph(tmp_path, examples_store):
    store = tmp_path / "broken"
    shutil.copytree(examples_store, store)
    Store(store).update("DELETE { GRAPH ?g { ?c bg:quote ?q } } WHERE { GRAPH ?g { ?c a bg:Commitment ; bg:quote ?q } }")
    assert api.query("SELECT ?q WHERE { ?c a bg:Commitment ; bg:quote ?q }", store=store).rows == []
    conforms, _ = api.validate(store)
    assert not conforms


def test_every_annotation_points_at_its_exact_text(examples_store):
    rows = api.query("""SELECT ?text ?start ?end ?exact WHERE {
        ?t oa:hasSource ?d ; oa:hasSelector ?p , ?q .
        ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . ?d bg:text ?text }""", store=examples_store).rows
    assert len(rows) > 50
    for text, start, end, exact in rows:
        assert text[int(start):int(end)] == exact


def test_every_statement_has_one_source_document_and_a_quote(examples_store):
    rows = api.query("""SELECT ?s (COUNT(?d) AS ?n) WHERE { { ?s a bg:Commitment } UNION { ?s a bg:Request }
                         ?s prov:wasDerivedFrom ?d } GROUP BY ?s""", store=examples_store).rows
    assert rows and all(n == "1" for _, n in rows)


def test_two_builds_give_identical_nquads(tmp_path):
    outs = []
    for i in range(2):
        store = tmp_path / f"s{i}"
        api.build([EXAMPLES], store=store)
        outs.append(api.export(store, "nquads", tmp_path / f"g{i}.nq").read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000


def test_rebuild_changes_nothing_and_reports_unchanged(tmp_path):
    store = tmp_path / "s"
    api.build([EXAMPLES], store=store)
    before = api.export(store, "nquads", tmp_path / "a.nq").read_bytes()
    report = api.build([EXAMPLES], store=store)
    assert report.built == 0 and len(report.unchanged) == len(list(EXAMPLES.glob("*.txt")))
    assert api.export(store, "nquads", tmp_path / "b.nq").read_bytes() == before


def test_changed_file_replaces_its_graph(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    f = folder / "brief.txt"
    f.write_text("Het kabinet zal in 2026 de Jeugdwet wijzigen.", encoding="utf-8")
    store = tmp_path / "s"
    api.build([folder], store=store)
    f.write_text("Het kabinet zal in 2027 de Participatiewet wijzigen.", encoding="utf-8")
    report = api.build([folder], store=store)
    assert report.changed == ["docs/brief.txt"]
    laws = {r[0] for r in api.query("SELECT ?l WHERE { ?d bg:mentions ?e . ?e a bg:Law ; skos:prefLabel ?l }", store=store).rows}
    assert laws == {"Participatiewet"}
    docs = api.query("SELECT ?d WHERE { ?d a bg:Document }", store=store).rows
    assert len(docs) == 1


def test_empty_and_binary_files_are_reported_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "kapot.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    report = api.build([folder], store=tmp_path / "s")
    problems = {p.path: p.code for p in report.problems}
    assert problems == {"docs/leeg.txt": "empty", "docs/kapot.txt": "binary", "docs/foto.jpg": "unsupported"}
    assert report.built == len(list(EXAMPLES.glob("*.txt")))
    assert not report.ok


def test_duplicate_content_is_built_once(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("Het kabinet zal de Jeugdwet evalueren.", encoding="utf-8")
    report = api.build([folder], store=tmp_path / "s")
    assert report.built == 1 and report.duplicates == [("docs/b.txt", "docs/a.txt")]


def test_cp1252_file_is_read(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "oud.txt").write_bytes("Het kabinet zal de Participatiewet evalueren in het najaar van 2026 — één keer.".encode("cp1252"))
    report = api.build([folder], store=tmp_path / "s")
    assert report.ok
    text = api.query("SELECT ?t WHERE { ?d bg:text ?t }", store=tmp_path / "s").rows[0][0]
    assert "één" in text


def test_single_letter_is_not_split_and_its_sender_asks(examples_store):
    rows = api.query("""SELECT ?doc ?letter WHERE { ?doc bg:sourceFile "examples/brief_organisatie.txt" .
                        FILTER NOT EXISTS { ?doc dcterms:isPartOf ?file }
                        OPTIONAL { ?letter dcterms:isPartOf ?doc } }""", store=examples_store).rows
    assert len(rows) == 1 and rows[0][1] is None   # one letter only: a single-letter file is not a bundle
    reqs = api.query("""SELECT ?q ?who WHERE { ?r a bg:Request ; bg:quote ?q ; bg:actor ?a ; prov:wasDerivedFrom ?d .
                        ?d bg:sourceFile "examples/brief_organisatie.txt" . ?a skos:prefLabel ?who }""", store=examples_store).rows
    assert {who for _, who in reqs} == {"Stichting Woonrecht Nederland"}
    assert any(q.startswith("Wij doen een dringend beroep") for q, _ in reqs)


def test_query_syntax_error_is_a_query_error(examples_store):
    from beleidsgraaf.errors import QueryError
    with pytest.raises(QueryError):
        api.query("SELECT WHERE {", store=examples_store)


def test_answering_minister_is_credited_on_first_person_commitments(examples_store):
    rows = api.query("""SELECT DISTINCT ?name ?actor WHERE { ?c a bg:Commitment ; prov:wasAttributedTo ?p ;
                        bg:actor/skos:notation ?actor . ?p foaf:familyName ?name }""", store=examples_store).rows
    assert rows == [["Kramer", "VWS"]]


def test_a_parallel_build_gives_the_same_graph_and_report_as_a_sequential_one(tmp_path):
    from .conftest import SHARED
    folders = [EXAMPLES] + ([SHARED / "corpus"] if (SHARED / "corpus").is_dir() else [])
    one = api.build(folders, store=tmp_path / "one", jobs=1)
    two = api.build(folders, store=tmp_path / "two", jobs=2)
    assert (one.added, one.problems) == (two.added, two.problems) and len(one.added) >= 4
    assert api.export(tmp_path / "one", "nquads", tmp_path / "1.nq").read_bytes() == \
        api.export(tmp_path / "two", "nquads", tmp_path / "2.nq").read_bytes()


def test_a_build_on_a_local_dask_cluster_gives_the_same_graph(tmp_path):
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = api.build([EXAMPLES], store=tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert report.ok and len(report.added) == len(list(EXAMPLES.glob("*.txt")))
    api.build([EXAMPLES], store=tmp_path / "local", jobs=1)
    assert api.export(tmp_path / "dask", "nquads", tmp_path / "d.nq").read_bytes() == \
        api.export(tmp_path / "local", "nquads", tmp_path / "l.nq").read_bytes()
