"""Every reader on documents the tests write themselves, and on damaged and random input."""
from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beleidsgraaf.builders.analyse import analyse
from beleidsgraaf.builders.normalise import normalise
from beleidsgraaf.builders.readers import READERS
from beleidsgraaf.builders.sources import SourceFile, read
from beleidsgraaf.errors import ReadError

from .documents import LETTER, ROWS, write_docx, write_html, write_odt, write_pdf, write_pdf_letter


def _read(path: Path):
    return read(SourceFile(path.resolve(), path.name))


@pytest.mark.parametrize("writer,ext", [(write_docx, ".docx"), (write_odt, ".odt"), (write_html, ".html")])
def test_structured_formats_keep_paragraphs_and_table_cells(tmp_path, writer, ext):
    raw = _read(writer(tmp_path / f"brief{ext}"))
    for line in LETTER:
        assert line in raw.raw_text
    (table,) = raw.tables
    assert [[raw.raw_text[s:e] for s, e in row] for row in table] == ROWS


@pytest.mark.parametrize("writer,ext", [(write_docx, ".docx"), (write_odt, ".odt"), (write_html, ".html")])
def test_table_rows_become_numbered_commitments_with_their_status(tmp_path, writer, ext):
    analysis = analyse(_read(writer(tmp_path / f"brief{ext}")))
    rows = {s.number: s for s in analysis.statements if s.rule == "commitment.table-row"}
    assert set(rows) == {"1", "2"}
    assert rows["1"].quote == ROWS[1][1] and rows["1"].status == "Done"
    assert rows["2"].quote == ROWS[2][1] and rows["2"].status == "InProgress"


@pytest.mark.parametrize("markdown", [False, True])
def test_a_table_written_with_pipes_keeps_its_cells_and_its_rows_become_commitments(tmp_path, markdown):
    lines = [" | ".join(row) for row in ROWS]
    if markdown:
        lines = ["| " + line + " |" for line in lines]
        lines.insert(1, "|---|---|---|")
    path = tmp_path / "voortgang.md"
    path.write_text("Voortgang schulden\n\n" + "\n".join(lines) + "\n\nEen bron | Rijksoverheid.nl\n", encoding="utf-8")
    raw = _read(path)
    (table,) = raw.tables
    assert [[raw.raw_text[s:e] for s, e in row] for row in table] == ROWS
    rows = {s.number: s for s in analyse(raw).statements if s.rule == "commitment.table-row"}
    assert (rows["1"].quote, rows["1"].status) == (ROWS[1][1], "Done")
    assert (rows["2"].quote, rows["2"].status) == (ROWS[2][1], "InProgress")


def test_lines_that_only_link_with_a_pipe_are_no_table(tmp_path):
    path = tmp_path / "bronnen.txt"
    path.write_text("Bronnen\n\nRijksoverheid - Rechten van mensen met een beperking | Rijksoverheid.nl\n"
                    "Vereniging Nederlandse Gemeenten (VNG) - Iedereen doet mee! | VNG\n", encoding="utf-8")
    assert not _read(path).tables


def test_a_table_set_out_in_columns_with_spaces_keeps_its_rows_and_no_name_runs_into_the_next_cell(tmp_path):
    path = tmp_path / "voortgang.txt"
    path.write_text("Voortgang actieplan personeel\n\nDatum 2 maart 2026\n\n"
                    "Nr.  Maatregel                         Verantwoordelijk       Stand van zaken\n\n"
                    "1.   Evalueren van de Wet op het Defensiefonds  DGB            Loopt.\n"
                    "2.   Uitbreiden van de dienplichtpilot  Commando Landstrijdkrachten  De pilot start in 2027.\n"
                    "     naar alle krijgsmachtdelen\n"
                    "3.   Verkorten van de keuringstijd      Defensie               Afgerond.\n\n"
                    "Dit is een zin.  Na twee spaties volgt er nog een.  En een derde zin.\n", encoding="utf-8")
    raw = _read(path)
    (table,) = raw.tables
    cells = [[raw.raw_text[s:e] for s, e in row] for row in table]
    assert cells[0] == ["Nr.", "Maatregel", "Verantwoordelijk", "Stand van zaken"]
    # the row that runs on to a second line keeps its first line; the next row is still read
    assert [c[1] for c in cells[1:]] == ["Evalueren van de Wet op het Defensiefonds", "Uitbreiden van de dienplichtpilot",
                                        "Verkorten van de keuringstijd"]
    analysis = analyse(raw)
    rows = {s.number: s for s in analysis.statements if s.rule == "commitment.table-row"}
    assert rows["2"].actor == "organisation:onderdeel-commando-landstrijdkrachten-clas", rows["2"]
    assert (rows["1"].status, rows["3"].status) == ("InProgress", "Done")
    assert "Wet op het Defensiefonds" in {e.label for e in analysis.entities.values()}


def test_html_leaves_out_navigation_and_footer(tmp_path):
    raw = _read(write_html(tmp_path / "pagina.html"))
    assert "Zoeken in de site" not in raw.raw_text and "Cookiebeleid" not in raw.raw_text
    assert raw.raw_text.lstrip().startswith("Voortgangsbrief schulden")


def test_docx_title_comes_from_its_properties(tmp_path):
    assert _read(write_docx(tmp_path / "b.docx")).metadata["title"] == "Voortgangsbrief schulden"


def test_pdf_pages_are_kept_and_repeated_headers_and_page_numbers_removed(tmp_path):
    bodies = [f"{LETTER[i % 3]} Dit is alinea {i} over onderwerp {chr(65 + i)}." for i in range(4)]
    raw = _read(write_pdf(tmp_path / "brief.pdf", bodies))
    assert len(raw.pages) == 4
    text, offsets = normalise(raw.raw_text)
    assert "Pagina" not in text                      # the page counter changes per page: all gone
    assert text.count("Datum 4 maart 2025") == 1     # a constant header keeps its first occurrence
    for i, body in enumerate(bodies):
        assert f"alinea {i}" in text
    analysis = analyse(raw)
    page_of = {s.quote: analysis.document.page_of(s.span.start) for s in analysis.statements}
    assert page_of and all(p in (1, 2, 3, 4) for p in page_of.values())
    doc = analysis.document
    starts = {i: doc.page_of(doc.text.index(f"alinea {i}")) for i in range(4)}
    assert starts == {0: 1, 1: 2, 2: 3, 3: 4}


def test_pdf_without_text_layer_is_reported_as_a_scan(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", ["", ""], header="", footer="", text_layer=False)
    with pytest.raises(ReadError) as err:
        _read(path)
    assert err.value.code == "no-text-layer" and "scan.pdf" in str(err.value)


def _encrypted(tmp_path, user: str, algorithm: str):
    import pypdf
    writer = pypdf.PdfWriter(clone_from=str(write_pdf(tmp_path / "plain.pdf", [LETTER[1]])))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm=algorithm)
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    return locked


def test_encrypted_pdf_is_reported(tmp_path):
    with pytest.raises(ReadError) as err:
        _read(_encrypted(tmp_path, "geheim", "AES-256"))
    assert err.value.code == "encrypted"


def test_pdf_encrypted_with_an_empty_password_is_read(tmp_path):
    assert "Participatiewet" in _read(_encrypted(tmp_path, "", "AES-128")).raw_text


@pytest.mark.parametrize("writer,ext", [(write_docx, ".docx"), (write_odt, ".odt"),
                                        (lambda p: write_pdf(p, [LETTER[1]] * 2), ".pdf")])
def test_truncated_files_are_reported_as_damaged(tmp_path, writer, ext):
    whole = writer(tmp_path / f"heel{ext}").read_bytes()
    cut = tmp_path / f"half{ext}"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ReadError) as err:
        _read(cut)
    assert err.value.code == "damaged" and f"half{ext}" in str(err.value)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_text_encodings_are_detected(tmp_path, encoding):
    text = "Het kabinet zal de financiële positie van gemeenten versterken — ook in 2026."
    if encoding == "latin-1":
        text = text.replace("—", "-")
    path = tmp_path / "brief.txt"
    path.write_bytes(text.encode(encoding))
    assert _read(path).raw_text == text


def test_file_changing_while_read_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "groeit.txt"
    path.write_text("Het kabinet zal dit doen.", encoding="utf-8")
    real = Path.read_bytes

    def read_and_append(self):
        data = real(self)
        with open(self, "a", encoding="utf-8") as fh:
            fh.write(" En nog meer tekst die later kwam.")
        return data
    monkeypatch.setattr(Path, "read_bytes", read_and_append)
    with pytest.raises(ReadError) as err:
        _read(path)
    assert err.value.code == "changed-while-read"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), ext=st.sampled_from(sorted(READERS)))
def test_random_bytes_never_crash_a_reader(tmp_path, data, ext):
    path = tmp_path / f"random{ext}"
    path.write_bytes(data)
    try:
        raw = _read(path)
    except ReadError as err:
        assert err.code and err.reason and "random" in str(err)
    else:
        assert isinstance(raw.raw_text, str) and raw.raw_text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body>", b""]),
       text=st.text(alphabet=string.printable + "éëïö€—’", max_size=400),
       ext=st.sampled_from([".pdf", ".docx", ".odt", ".html", ".txt"]))
def test_plausible_headers_with_garbage_never_crash_a_reader(tmp_path, prefix, text, ext):
    path = tmp_path / f"kapot{ext}"
    path.write_bytes(prefix + text.encode("utf-8"))
    try:
        _read(path)
    except ReadError as err:
        assert err.code and "kapot" in str(err)


def test_a_register_of_pledges_credits_each_row_to_the_member_its_column_names_with_the_day_its_column_gives(tmp_path):
    page = tmp_path / "toezeggingen.html"
    page.write_text("<html><body><h1>Overzicht openstaande toezeggingen</h1><p>Peildatum: 1 oktober 2026</p><table>"
                    "<tr><th>Nr.</th><th>Toezegging</th><th>Bewindspersoon</th><th>Termijn</th><th>Stand van zaken</th></tr>"
                    "<tr><td>TZ-1</td><td>De minister zal de Kamer informeren over de verbreding van de weg.</td>"
                    "<td>Minister van Infrastructuur en Waterstaat</td><td>1 december 2026</td><td>Loopt.</td></tr>"
                    "<tr><td>TZ-2</td><td>De minister zegt toe met ProRail te spreken.</td>"
                    "<td>Minister voor Klimaat en Groene Groei</td><td>Eind 2026</td><td>Nog niet gestart.</td></tr>"
                    "<tr><td>TZ-3</td><td>De staatssecretaris stuurt de Kamer de evaluatie van de wet.</td>"
                    "<td>Staatssecretaris van Infrastructuur en Waterstaat</td><td>Voor de zomer 2026</td>"
                    "<td>Afgedaan. De evaluatie is op 20 juni 2026 verschenen.</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    analysis = analyse(_read(page))
    rows = {s.quote[:30]: s for s in analysis.statements if s.rule == "commitment.table-row"}
    assert analysis.document.date.isoformat() == "2026-10-01", "a register's Peildatum is its date"
    labels = {q: analysis.entities[s.actor].label for q, s in rows.items()}
    assert labels == {"De minister zal de Kamer infor": "Ministerie van Infrastructuur en Waterstaat",
                      "De minister zegt toe met ProRa": "Ministerie van Klimaat en Groene Groei",
                      "De staatssecretaris stuurt de ": "Ministerie van Infrastructuur en Waterstaat"}, labels
    assert rows["De minister zal de Kamer infor"].deadline.latest.isoformat() == "2026-12-01"
    assert {q: s.status for q, s in rows.items()} == {"De minister zal de Kamer infor": "InProgress",
                                                      "De minister zegt toe met ProRa": "Planned",
                                                      "De staatssecretaris stuurt de ": "Done"}


def test_an_action_row_is_credited_to_the_body_its_description_names(tmp_path):
    page = tmp_path / "acties.html"
    page.write_text("<html><body><main><h1>Stand van zaken acties</h1><table>"
                    "<tr><th>Nr.</th><th>Omschrijving</th><th>Stand van zaken</th></tr>"
                    "<tr><td>1.</td><td>Brieven van de Belastingdienst in begrijpelijke taal</td><td>Loopt; het "
                    "UWV deelt zijn ervaringen.</td></tr>"
                    "<tr><td>2.</td><td>Meer persoonlijk contact</td><td>Het UWV en de SVB denken mee. Loopt.</td></tr>"
                    "</table></main></body></html>", encoding="utf-8")
    analysis = analyse(_read(page))
    rows = {s.number: s for s in analysis.statements if s.rule == "commitment.table-row"}
    owner = analysis.entities[rows["1"].actor]
    # the status cell names who took part, not who owns the action
    assert owner.label.startswith("Belastingdienst") and rows["2"].actor == "government:nl"


def test_a_pdfs_paragraph_spacing_and_letterhead_column_become_paragraphs_and_its_date(tmp_path):
    raw = _read(write_pdf_letter(tmp_path / "brief.pdf"))
    text, _ = normalise(raw.raw_text)
    assert "Geachte voorzitter,\n\nMet deze brief" in text
    assert "2026-0000098765\n\nAan de Voorzitter" in text
    analysis = analyse(raw)
    assert str(analysis.document.date) == "2026-03-12"
    quotes = [s.quote for s in analysis.statements if s.kind == "Commitment"]
    # the first line of a paragraph, as long as the text's wrapped lines, is no heading
    assert "Met deze brief informeer ik u over de voortgang van het Nationaal Actieplan Dakloosheid." in quotes, quotes
    assert any(q.endswith("aan uw Kamer zal sturen.") for q in quotes), quotes
    assert not any("Geachte" in q for q in quotes), quotes


def test_html_keeps_a_line_break_and_marks_a_footnote_number_as_superscript(tmp_path):
    path = tmp_path / "kst.html"
    path.write_text("<html><body><main><p>Met deze brief informeer ik uw Kamer over de woningbouw<sup>1</sup>. "
                    "Om de bouw te versnellen stel ik in 2027 extra middelen beschikbaar.</p>"
                    "<p>De minister van Volkshuisvesting en Ruimtelijke Ordening,<br/>M.C.G. Keijzer</p>"
                    "<p><sup>1</sup> Kamerstuk 32 847, nr. 1200.</p></main></body></html>", encoding="utf-8")
    raw = _read(path)
    assert "woningbouw¹." in raw.raw_text and "Ordening,\nM.C.G. Keijzer" in raw.raw_text
    assert "¹ Kamerstuk 32 847, nr. 1200." in raw.raw_text
    analysis = analyse(raw)
    assert analysis.entities[analysis.document.speaker].label == "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
    assert any(s.quote.startswith("Om de bouw te versnellen stel ik") for s in analysis.statements)
