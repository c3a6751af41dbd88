"""Documents in every supported format, written by the tests themselves (no binary fixtures)."""
from __future__ import annotations

from pathlib import Path

LETTER = [
    "Geachte voorzitter,",
    "Het kabinet zal voor de zomer van 2026 de Participatiewet vereenvoudigen.",
    "Wij vragen gemeenten om hun ervaringen met de Wet gemeentelijke schuldhulpverlening te delen.",
]
ROWS = [
    ["Nr.", "Omschrijving", "Stand van zaken"],
    ["1.", "Wij verkennen een wettelijke grondslag voor vroegsignalering.", "Afgerond in maart 2025."],
    ["2.", "Het kabinet gaat de beslagvrije voet verhogen.", "Loopt; het wetsvoorstel wordt in 2026 ingediend."],
]


def write_docx(path: Path) -> Path:
    import docx
    doc = docx.Document()
    doc.core_properties.title = "Voortgangsbrief schulden"
    doc.add_heading("Voortgangsbrief schulden", level=1)
    for line in LETTER:
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Hoogachtend,")
    doc.save(path)
    return path


def write_odt(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Voortgangsbrief schulden"))
    for line in LETTER:
        doc.text.addElement(P(text=line))
    table = Table(name="acties")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    for row in ROWS:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(path))
    return path


def write_pdf(path: Path, pages: list[str], header: str = "Datum 4 maart 2025",
              footer: str = "Pagina {page} van {{nb}}", text_layer: bool = True) -> Path:
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            if header:
                self.set_font("helvetica", size=9)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font("helvetica", size=9)
                self.cell(0, 10, footer.format(page=self.page_no()))

    pdf = Letter()
    pdf.set_font("helvetica", size=11)
    for body in pages:
        pdf.add_page()
        if text_layer:
            pdf.multi_cell(0, 6, body)
        else:
            pdf.rect(20, 20, 100, 60, style="F")    # what a scan without OCR amounts to: no text
    pdf.output(str(path))
    return path


def write_html(path: Path) -> Path:
    body = "\n".join(f"<p>{line}</p>" for line in LETTER)
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    path.write_text(f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Voortgangsbrief schulden | Rijksoverheid</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/onderwerpen">Onderwerpen</a></li>
<li><a href="/zoeken">Zoeken in de site</a></li></ul></nav></header>
<main><article><h1>Voortgangsbrief schulden</h1>
{body}
<table>{rows}</table>
<p>Hoogachtend,</p></article></main>
<footer><ul><li>Privacyverklaring</li><li>Cookiebeleid</li><li>Toegankelijkheidsverklaring</li></ul></footer>
</body></html>""", encoding="utf-8")
    return path


def write_pdf_letter(path: Path) -> Path:
    """A two-page letter as a ministry's PDF sets it: the date and reference in a column of their own at
    the top of every page, paragraphs apart by an empty line's height (no empty line in the text layer), a
    page number at the foot, and a sentence that runs on over the page break."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pages = [["Aan de Voorzitter van de Tweede Kamer", "Postbus 20018", "2500 EA  DEN HAAG", "",
              "Betreft Voortgang aanpak dakloosheid", "", "Geachte voorzitter,", "",
              "Met deze brief informeer ik u over de voortgang van het Nationaal Actieplan Dakloosheid. Dat "
              "aantal daklozen moet omlaag, want het is de afgelopen jaren fors gestegen.", "",
              "Ik stel in 2026 en 2027 jaarlijks 50 miljoen euro beschikbaar voor gemeenten. Daarnaast werk ik "
              "samen met de gemeenten aan een landelijke huisvestingsafspraak, die ik voor de zomer aan uw Kamer zal"],
             ["sturen. Gemeenten ontvangen de middelen via een specifieke uitkering.", "",
              "Uw Kamer ontvangt eind 2026 een evaluatie van de aanpak.", "", "Hoogachtend,"]]
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("helvetica", size=8)
        pdf.set_xy(150, 10)
        pdf.multi_cell(50, 4, "Directie Wonen\nDatum\n12 maart 2026\nKenmerk\n2026-0000098765")
        pdf.set_font("helvetica", size=10)
        pdf.set_xy(20, 45)
        for line in lines:
            pdf.set_x(20)
            pdf.multi_cell(120, 5, line)
        pdf.set_font("helvetica", size=8)
        pdf.set_xy(150, 285)
        pdf.cell(40, 4, f"Pagina {number} van 2")
    pdf.output(str(path))
    return path
