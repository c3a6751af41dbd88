"""The HTML views in a real browser: nodes drawn, search, filters, the details panel, no network, and
no script from document text."""
from __future__ import annotations

import json
import re
from datetime import date

import networkx as nx
import pytest

from beleidsgraaf import api
from beleidsgraaf.exports.view import script_json, write_html

from .browser import Page, browser
from .conftest import EXAMPLES

HOSTILE = ("Geachte voorzitter,\n\n"
           "Het kabinet zal overleggen over <script>window.__xss=1</script> de Participatiewet.\n\n"
           "De minister zal de regels <img src=x onerror=\"window.__xss='img'\"> voor 1 juli 2025 aanpassen.\n\n"
           "Het kabinet gaat met de Stichting \"><svg onload=\"window.__xss='svg'\"> Thuis het actieplan uitvoeren.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs") / "brieven"
    folder.mkdir()
    for p in EXAMPLES.glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "vijandig.txt").write_text(HOSTILE, encoding="utf-8")
    store = folder.parent / "store"
    api.build([folder], store=store)
    return store


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="bg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_the_whole_view_draws_every_node_offline_and_runs_no_document_script(store, chromium, tmp_path):
    out = api.view(store, tmp_path / "alles.html")
    html = out.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html and "<img src=x" not in html and "<svg onload" not in html
    data = _data(html)
    page = Page(chromium, out.as_uri())
    drawn = page.page.evaluate("window.bgView.network.body.data.nodes.length")
    assert drawn == len(data["nodes"]) > 20
    assert page.page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.outside_requests() == []
    page.page.screenshot(path=str(tmp_path / "alles.png"))
    assert (tmp_path / "alles.png").stat().st_size > 10_000


def test_search_finds_an_entity_and_the_panel_shows_its_sentences_with_links(store, chromium, tmp_path):
    page = Page(chromium, api.view(store, tmp_path / "v.html").as_uri())
    p = page.page
    p.fill("#search", "participatie")
    p.wait_for_selector("#results button")
    assert any("Participatiewet" in t for t in p.locator("#results button").all_inner_texts())
    p.locator("#results button", has_text="Participatiewet").first.click()
    assert p.locator("#details h2").inner_text() == "Participatiewet"
    assert p.locator("#details mark").count() >= 1
    assert all("participatiewet" in m.lower() for m in p.locator("#details mark").all_inner_texts())
    assert p.locator("#details a[href='https://wetten.overheid.nl/BWBR0015703']").count() == 1
    # the hostile sentence is shown as text, literally, and ran nothing
    assert any("<script>" in t for t in p.locator("#details .context").all_inner_texts())
    assert p.evaluate("typeof window.__xss") == "undefined" and page.dialogs == []


def test_filters_by_status_type_and_document_and_focus_on_a_neighbourhood(store, chromium, tmp_path):
    out = api.view(store, tmp_path / "v.html")
    page = Page(chromium, out.as_uri())
    p = page.page
    visible = "window.bgView.network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)"
    everything = set(p.evaluate(visible))
    data = {n["id"]: n for n in _data(out.read_text(encoding="utf-8"))["nodes"]}
    p.select_option("#status", "Done")
    shown = set(p.evaluate(visible))
    statements = [n for n in shown if data[n]["type"] in ("Commitment", "Request")]
    assert statements and all(data[n]["status"] == "Done" for n in statements) and shown < everything
    p.click("#reset")
    p.locator("#types input[value='Document']").uncheck()
    assert not any(data[n]["type"] == "Document" for n in p.evaluate(visible))
    p.click("#reset")
    law = next(n for n, d in data.items() if d["label"] == "Participatiewet")
    p.evaluate(f"window.bgView.select({json.dumps(law)})")
    p.fill("#depth", "1")
    p.click("#focus")
    near = set(p.evaluate(visible))
    expected = {law} | {e["from"] for e in _data(out.read_text(encoding="utf-8"))["edges"] if e["to"] == law} | \
        {e["to"] for e in _data(out.read_text(encoding="utf-8"))["edges"] if e["from"] == law}
    assert near == expected


def test_a_statement_shows_its_quote_status_and_source_document(store, chromium, tmp_path):
    out = api.view(store, tmp_path / "v.html")
    data = _data(out.read_text(encoding="utf-8"))
    st = next(n for n in data["nodes"] if n["type"] == "Commitment" and n.get("due"))
    page = Page(chromium, out.as_uri())
    page.page.evaluate(f"window.bgView.select({json.dumps(st['id'])})")
    text = page.page.locator("#details").inner_text()
    assert st["quote"] in text and st["due"] in text and st["sources"][0]["file"] in text


def test_overdue_preset_shows_only_late_unfinished_commitments(store, chromium, tmp_path):
    out = api.view(store, tmp_path / "laat.html", preset="overdue", as_of=date(2026, 1, 1))
    data = _data(out.read_text(encoding="utf-8"))
    late = [n for n in data["nodes"] if n["type"] == "Commitment"]
    assert late and all(n["due"] < "2026-01-01" and n["status"] != "Done" and n.get("overdue") for n in late)
    assert not [n for n in data["nodes"] if n["type"] == "Request"]
    page = Page(chromium, out.as_uri())
    page.page.evaluate(f"window.bgView.select({json.dumps(late[0]['id'])})")
    assert "over de termijn op 2026-01-01" in page.page.locator("#details").inner_text()


def test_labels_and_identifiers_cannot_inject_markup_or_script_links(chromium, tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("urn:a", type="Organisation", label='"><svg onload="window.__xss=1">', documents=[], sources=[
        {"title": "<b>t</b>", "date": "2025-01-01", "file": "x.txt", "prefix": "<i>", "exact": "</script><script>window.__xss=2</script>",
         "suffix": "&amp;"}], identifiers=["javascript:window.__xss=3", "https://example.org/x"], altLabels=[])
    g.add_node("urn:b", type="Law", label="<img src=x onerror=window.__xss=4>", documents=[], sources=[])
    g.add_edge("urn:a", "urn:b", label="concerns")
    out = write_html(g, tmp_path / "x.html", title="<script>window.__xss=5</script>")
    page = Page(chromium, out.as_uri())
    page.page.evaluate("window.bgView.select('urn:a')")
    assert page.page.locator("#details a").count() == 1      # only the https identifier became a link
    assert "javascript:window.__xss=3" in page.page.locator("#details").inner_text()
    assert page.page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == [] and page.outside_requests() == [] and page.errors == []


def test_script_json_cannot_close_its_script_element():
    assert "</" not in script_json({"x": "</script><script>alert(1)</script>"})
    assert json.loads(script_json({"x": "a<b>&c\u2028"})) == {"x": "a<b>&c\u2028"}
