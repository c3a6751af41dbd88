"""Builds over real folders: every format in, every bad file accounted for, incremental rebuilds,
and a build killed halfway."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from beleidsgraaf import api

from .conftest import EXAMPLES
from .documents import LETTER, write_docx, write_html, write_odt, write_pdf


def _mixed_folder(root: Path) -> Path:
    folder = root / "stukken"
    folder.mkdir()
    write_docx(folder / "brief.docx")
    write_odt(folder / "brief.odt")
    write_html(folder / "pagina.html")
    write_pdf(folder / "brief.pdf", [f"{LETTER[1]} Eerste pagina.", f"{LETTER[2]} Tweede pagina."])
    write_pdf(folder / "scan.pdf", [""], header="", footer="", text_layer=False)
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "afbeelding.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "half.docx").write_bytes((folder / "brief.docx").read_bytes()[:2000])
    return folder


def test_a_mixed_folder_builds_what_it_can_and_reports_the_rest(tmp_path):
    folder = _mixed_folder(tmp_path)
    report = api.build([folder], store=tmp_path / "store")
    assert sorted(report.added) == ["stukken/brief.docx", "stukken/brief.odt", "stukken/brief.pdf",
                                    "stukken/pagina.html"]
    assert {p.path: p.code for p in report.problems} == {
        "stukken/scan.pdf": "no-text-layer", "stukken/leeg.txt": "empty",
        "stukken/afbeelding.png": "unsupported", "stukken/half.docx": "damaged"}
    assert not report.ok
    saved = json.loads((tmp_path / "store.build-report.json").read_text(encoding="utf-8"))
    assert saved["summary"] == {"added": 4, "changed": 0, "removed": 0, "unchanged": 0, "failed": 4, "duplicates": 0}
    assert {p["file"] for p in saved["problems"]} == {p.path for p in report.problems}
    formats = dict(api.query("SELECT ?f ?x WHERE { ?d bg:sourceFile ?f ; bg:fileFormat ?x }",
                             store=tmp_path / "store").rows)
    assert formats == {"stukken/brief.docx": "docx", "stukken/brief.odt": "odt", "stukken/brief.pdf": "pdf",
                       "stukken/pagina.html": "html"}


def test_pdf_annotations_carry_pages_and_offsets_into_the_text_layer(tmp_path):
    folder = _mixed_folder(tmp_path)
    store = tmp_path / "store"
    api.build([folder], store=store)
    rows = api.query("""SELECT ?exact ?page ?s ?e WHERE {
        ?d bg:sourceFile "stukken/brief.pdf" . ?t oa:hasSource ?d ; bg:page ?page ; bg:sourceStart ?s ; bg:sourceEnd ?e ;
           oa:hasSelector ?q . ?q oa:exact ?exact }""", store=store).rows
    from beleidsgraaf.builders.sources import SourceFile, read
    layer = read(SourceFile(folder / "brief.pdf", "brief.pdf")).raw_text
    pages = {exact: int(page) for exact, page, _, _ in rows}
    assert pages[LETTER[1]] == 1 and pages["Participatiewet"] == 1
    assert pages["Wet gemeentelijke schuldhulpverlening"] == 2
    for exact, _, s, e in rows:
        assert " ".join(layer[int(s):int(e)].split()) == " ".join(exact.split())


def test_rebuild_reads_only_changes_and_removes_deleted_files(tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    for p in sorted(EXAMPLES.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    store = tmp_path / "store"
    first = api.build([folder], store=store)
    names = sorted(first.added)
    (folder / Path(names[0]).name).unlink()
    changed = folder / Path(names[1]).name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nHet kabinet zal in 2027 verslag doen.\n", encoding="utf-8")
    (folder / "nieuw.txt").write_text("De minister zal voor 1 juli 2026 een brief sturen.", encoding="utf-8")
    report = api.build([folder], store=store)
    assert report.removed == [names[0]]
    assert report.changed == [names[1]]
    assert report.added == ["brieven/nieuw.txt"]
    assert sorted(report.unchanged) == names[2:]
    files = {r[0] for r in api.query("SELECT DISTINCT ?f WHERE { ?d bg:sourceFile ?f }", store=store).rows}
    assert files == set(names[1:]) | {"brieven/nieuw.txt"}
    # the store now equals a fresh build of the folder as it is
    fresh = tmp_path / "fresh"
    api.build([folder], store=fresh)
    assert api.export(store, "nquads", tmp_path / "a.nq").read_bytes() == \
        api.export(fresh, "nquads", tmp_path / "b.nq").read_bytes()


def test_a_renamed_file_keeps_its_graph_under_the_new_name(tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "oud.txt").write_text("Het kabinet zal de Participatiewet wijzigen.", encoding="utf-8")
    store = tmp_path / "store"
    api.build([folder], store=store)
    (folder / "oud.txt").rename(folder / "nieuw.txt")
    report = api.build([folder], store=store)
    assert report.removed == ["brieven/oud.txt"] and report.added == ["brieven/nieuw.txt"]
    assert api.query("SELECT ?f WHERE { ?d bg:sourceFile ?f }", store=store).rows == [["brieven/nieuw.txt"]]


def test_building_another_folder_leaves_the_first_alone(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "brief.txt").write_text(f"Het kabinet zal map {name} afhandelen.", encoding="utf-8")
    store = tmp_path / "store"
    api.build([tmp_path / "a"], store=store)
    report = api.build([tmp_path / "b"], store=store)
    assert report.removed == [] and report.added == ["b/brief.txt"]
    files = sorted(r[0] for r in api.query("SELECT ?f WHERE { ?d bg:sourceFile ?f }", store=store).rows)
    assert files == ["a/brief.txt", "b/brief.txt"]


_KILL_AFTER = """
import sys, time
from beleidsgraaf import api
api.BATCH_DOCUMENTS = 3    # bulk loads of three documents, so that some are written when the build is killed
n = 0
def tick(name):
    global n
    n += 1
    if n == int(sys.argv[3]):
        import multiprocessing
        time.sleep(1)       # the store's writer thread writes the batches gathered so far
        print("halfway", *[p.pid for p in multiprocessing.active_children()], flush=True)
        time.sleep(60)      # killed here, with documents written and more to come
if __name__ == "__main__":
    api.build([sys.argv[1]], store=sys.argv[2], progress=tick, jobs=int(sys.argv[4]))
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_build_killed_halfway_leaves_a_consistent_store_that_the_next_build_completes(tmp_path, jobs):
    folder = tmp_path / "brieven"
    folder.mkdir()
    for i in range(12):
        (folder / f"brief{i:02}.txt").write_text(
            f"Geachte voorzitter,\n\nHet kabinet zal voor {i + 1} juli 2026 de Participatiewet wijzigen "
            f"(brief {i}). De minister van Sociale Zaken en Werkgelegenheid gaat gemeenten ondersteunen.\n",
            encoding="utf-8")
    store = tmp_path / "store"
    script = tmp_path / "killed_build.py"
    script.write_text(_KILL_AFTER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(folder), str(store), "7", str(jobs)],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    said, *workers = proc.stdout.readline().split()
    assert said == "halfway" and len(workers) == (jobs if jobs > 1 else 0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # the workers notice that the build is gone and end too
    deadline = time.monotonic() + 15
    while workers and time.monotonic() < deadline:
        workers = [w for w in workers if _alive(int(w))]
        time.sleep(0.2)
    assert not workers
    time.sleep(0.2)
    # consistent: every document that is in the store is whole
    rows = api.query("""SELECT ?f (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d bg:sourceFile ?f .
                        OPTIONAL { ?c prov:wasDerivedFrom ?d ; a bg:Commitment } } GROUP BY ?f""", store=store).rows
    assert 0 < len(rows) < 12 and all(int(n) >= 1 for _, n in rows)
    report = api.build([folder], store=store)
    assert len(report.unchanged) == len(rows) and len(report.added) == 12 - len(rows)
    fresh = tmp_path / "fresh"
    api.build([folder], store=fresh)
    assert api.export(store, "nquads", tmp_path / "a.nq").read_bytes() == \
        api.export(fresh, "nquads", tmp_path / "b.nq").read_bytes()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:       # a zombie is gone but for its parent
        return fh.read().rsplit(")", 1)[1].split()[0] != "Z"


def test_a_bulk_load_cut_short_is_dropped_and_built_again(tmp_path):
    """A crash inside Oxigraph's bulk loader can leave part of a batch: the build marker lists the
    batch's graphs beforehand, and the next build drops them and builds their documents again."""
    from beleidsgraaf.graph.store import Store
    folder = tmp_path / "brieven"
    shutil.copytree(EXAMPLES, folder)
    store = tmp_path / "store"
    api.build([folder], store=store)
    st = Store(store)
    graphs = [g for g in st.named_graphs() if not g.endswith("/entities")]
    half = graphs[0]
    st.update(f"DELETE {{ GRAPH <{half}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{half}> {{ ?s ?p ?o "
              f"FILTER(?p != bg:sourceFile && ?p != bg:sha256 && ?p != rdf:type) }} }}")   # half a document
    st._note_in_flight(graphs[:2])       # as a bulk load that never finished leaves it
    del st
    # until the next build, queries see whole documents only: not the graphs the marker lists
    seen = {r[0] for r in api.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a bg:Document } }", store=store).rows}
    union = {r[0] for r in api.query("SELECT DISTINCT ?d WHERE { ?d bg:sourceFile ?f }", store=store).rows}
    assert seen and not seen & set(graphs[:2]) and len(union) == len(graphs) - 2
    report = api.build([folder], store=store)
    assert len(report.added) == 2 and len(report.unchanged) == len(graphs) - 2
    fresh = tmp_path / "fresh"
    api.build([folder], store=fresh)
    assert api.export(store, "nquads", tmp_path / "a.nq").read_bytes() == \
        api.export(fresh, "nquads", tmp_path / "b.nq").read_bytes()


def test_cli_build_exits_1_and_names_each_bad_file(tmp_path):
    from click.testing import CliRunner

    from beleidsgraaf.cli import main
    folder = _mixed_folder(tmp_path)
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"), "--quiet",
                                       "--report", str(tmp_path / "r.json")])
    assert result.exit_code == 1
    for name, code in (("scan.pdf", "no-text-layer"), ("leeg.txt", "empty"), ("half.docx", "damaged")):
        assert f"stukken/{name}" in result.output and code in result.output
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]["added"] == 4


def test_a_rebuild_repairs_entity_labels_left_stale_by_a_killed_build(tmp_path):
    from beleidsgraaf.graph.store import Store
    store = tmp_path / "store"
    api.build([EXAMPLES], store=store)
    labels = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e skos:prefLabel ?l } }"
    before = api.query(labels, store=store).rows
    Store(store).update("DROP GRAPH <https://w3id.org/beleidsgraaf/id/graph/entities>")
    assert api.query(labels, store=store).rows == [["0"]]
    report = api.build([EXAMPLES], store=store)
    assert report.built == 0 and api.query(labels, store=store).rows == before != [["0"]]


def test_letterhead_metadata_reference_addressee_date_and_title(tmp_path):
    (tmp_path / "brief.txt").write_text(
        "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\n"
        "Uw kenmerk\n2025Z01234\nOns kenmerk\n2025-0000987654\nDatum 3 februari 2025\n"
        "Betreft Voortgang aanpak geldzorgen\n\nGeachte voorzitter,\n\n"
        "Het kabinet zal voor 1 juli 2025 een wetsvoorstel indienen.\n\nHoogachtend,\n\n"
        "de minister van Sociale Zaken en Werkgelegenheid,\n", encoding="utf-8")
    store = tmp_path / "store"
    api.build([tmp_path / "brief.txt"], store=store)
    (row,) = api.query("""SELECT ?ref ?to ?date ?title ?creator WHERE { ?d a bg:Document ; bg:reference ?ref ;
        bg:addressedTo ?to ; dcterms:date ?date ; dcterms:title ?title ; dcterms:creator ?creator }""", store=store).rows
    ref, to, date, title, creator = row
    assert ref == "2025-0000987654"                     # ours, not "uw kenmerk"
    assert to.endswith("/organisation/oorg10002")       # the Tweede Kamer, by its TOOI code
    assert date == "2025-02-03" and title == "Voortgang aanpak geldzorgen"
    assert creator.endswith("/ministry/mnre1073")           # SZW, by its TOOI code
    assert api.query("SELECT ?i WHERE { ?d dcterms:identifier ?i FILTER(?i = '2025Z01234') }", store=store).rows


def test_a_store_inside_the_built_folder_is_not_read_as_documents(tmp_path):
    (tmp_path / "brief.txt").write_text("Het kabinet zal dit voor 2027 regelen.", encoding="utf-8")
    api.build([tmp_path], store=tmp_path / "store")
    report = api.build([tmp_path], store=tmp_path / "store")
    assert report.ok and report.problems == [] and report.unchanged == [f"{tmp_path.name}/brief.txt"]


def test_a_rebuild_does_not_parse_unchanged_files(tmp_path, monkeypatch):
    folder = _mixed_folder(tmp_path)
    store = tmp_path / "store"
    api.build([folder], store=store)
    from beleidsgraaf.builders import readers
    parsed = []
    for ext, fn in list(readers.READERS.items()):
        monkeypatch.setitem(readers.READERS, ext, lambda path, data, fn=fn: parsed.append(path.name) or fn(path, data))
    page = folder / "pagina.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Hoogachtend,", "Met vriendelijke groet,"), encoding="utf-8")
    report = api.build([folder], store=store)
    assert report.changed == ["stukken/pagina.html"]
    # files that failed are parsed again (they may have been repaired); unchanged good ones are not
    assert set(parsed) - {"scan.pdf", "half.docx"} == {"pagina.html"}
    assert sorted(report.unchanged) == ["stukken/brief.docx", "stukken/brief.odt", "stukken/brief.pdf"]


def test_an_interrupted_build_leaves_a_marker_and_the_next_build_refreshes_every_label(tmp_path, monkeypatch):
    from beleidsgraaf.graph.store import Store
    folder = tmp_path / "brieven"
    folder.mkdir()
    for p in sorted(EXAMPLES.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    store = tmp_path / "store"
    calls = []

    def stop(name):
        calls.append(name)
        if len(calls) == 3:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        api.build([folder], store=store, progress=stop)
    assert (store / "beleidsgraaf.building").exists()
    labels = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/beleidsgraaf/id/graph/entities> { ?e skos:prefLabel ?l } }"
    assert Store(store, read_only=True).select(labels)[1][0][0].value == "0"     # never refreshed
    report = api.build([folder], store=store)
    assert report.unchanged and report.added and not (store / "beleidsgraaf.building").exists()
    fresh = tmp_path / "fresh"
    api.build([folder], store=fresh)
    assert api.export(store, "nquads", tmp_path / "a.nq").read_bytes() == \
        api.export(fresh, "nquads", tmp_path / "b.nq").read_bytes()
