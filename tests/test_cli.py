import json

from click.testing import CliRunner

from beleidsgraaf import __version__, api
from beleidsgraaf.cli import main

from .conftest import EXAMPLES


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output


def test_build_query_export_view_stats_validate_table(tmp_path):
    store = tmp_path / "store"
    r = run("build", EXAMPLES, "--store", store, "--quiet")
    assert r.exit_code == 0, r.output
    assert "Commitment" in r.output and "failed 0" in r.output

    r = run("query", "SELECT ?l WHERE { ?m a bg:Ministry ; skos:prefLabel ?l } ORDER BY ?l", "--store", store, "--format", "json")
    assert r.exit_code == 0
    labels = [row[0] for row in json.loads(r.output)["rows"]]
    assert "Ministerie van Sociale Zaken en Werkgelegenheid" in labels

    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?c a bg:Commitment }", encoding="utf-8")
    r = run("query", "-f", q, "--store", store, "--format", "csv")
    assert r.exit_code == 0 and r.output.splitlines()[0] == "n" and int(r.output.splitlines()[1]) > 3

    for fmt, ext in (("nquads", "nq"), ("turtle", "ttl"), ("trig", "trig"), ("jsonld", "jsonld"), ("ntriples", "nt")):
        out = tmp_path / f"g.{ext}"
        r = run("export", "--store", store, "--format", fmt, "--output", out)
        assert r.exit_code == 0 and out.stat().st_size > 1000

    html = tmp_path / "v.html"
    r = run("view", "--store", store, "--output", html, "--focus", "Sociale Zaken")
    assert r.exit_code == 0 and "vis-network" in html.read_text(encoding="utf-8")

    r = run("stats", "--store", store)
    assert r.exit_code == 0 and "Commitment" in r.output

    r = run("validate", "--store", store)
    assert r.exit_code == 0 and "Conforms: True" in r.output

    r = run("table", "--store", store)
    assert r.exit_code == 0 and "Kabinet" in r.output


def test_build_with_a_bad_file_exits_1_and_names_it(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "goed.txt").write_text("Het kabinet zal de Jeugdwet evalueren.", encoding="utf-8")
    (folder / "leeg.txt").write_text("", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"), "--quiet"])
    assert r.exit_code == 1
    assert "leeg.txt: file is empty [empty]" in r.output
    assert "built 1" in r.output


def test_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(main, ["query", "--store", str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(main, ["export", "--store", str(tmp_path), "--format", "xml", "--output", "x"]).exit_code == 2


def test_query_on_missing_store_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "nope")])
    assert r.exit_code == 1 and "no store here" in r.output


def test_export_commitments_table_as_csv_and_escaped_html(tmp_path, examples_store):
    import pandas as pd
    from click.testing import CliRunner

    from beleidsgraaf.cli import main
    runner = CliRunner()
    assert runner.invoke(main, ["export", "--store", str(examples_store), "--format", "csv",
                                "--output", str(tmp_path / "t.csv")]).exit_code == 0
    df = pd.read_csv(tmp_path / "t.csv")
    assert list(df.columns)[:6] == ["actor", "kind", "status", "dueDate", "dueText", "quote"]
    n = int(api.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { { ?s a bg:Commitment } UNION { ?s a bg:Request } }",
                      store=examples_store).rows[0][0])
    assert len(df) == n and df["quote"].notna().all() and df["sourceFile"].str.startswith("examples/").all()
    assert runner.invoke(main, ["export", "--store", str(examples_store), "--format", "html",
                                "--output", str(tmp_path / "t.html")]).exit_code == 0
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert page.count("<tr") == n + 1 and "https://" not in page.split("<body>")[0]


def test_table_html_escapes_document_text():
    import pandas as pd

    from beleidsgraaf.exports.tables import to_html
    page = to_html(pd.DataFrame({"quote": ["<script>alert(1)</script>"]})).decode("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_export_no_text_leaves_out_only_the_full_text(tmp_path, examples_store):
    runner = CliRunner()
    for flag, name in (([], "full.nq"), (["--no-text"], "lean.nq")):
        assert runner.invoke(main, ["export", "--store", str(examples_store), "--format", "nquads",
                                    "--output", str(tmp_path / name)] + flag).exit_code == 0
    full = (tmp_path / "full.nq").read_text(encoding="utf-8").splitlines()
    lean = (tmp_path / "lean.nq").read_text(encoding="utf-8").splitlines()
    text_lines = [x for x in full if "<https://w3id.org/beleidsgraaf/def#text>" in x]
    assert text_lines and sorted(set(full) - set(lean)) == sorted(text_lines)
    assert runner.invoke(main, ["export", "--store", str(examples_store), "--format", "turtle", "--no-text",
                                "--output", str(tmp_path / "lean.ttl")]).exit_code == 0
    assert "bg:text" not in (tmp_path / "lean.ttl").read_text(encoding="utf-8")
