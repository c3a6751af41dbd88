"""Word (.docx): paragraphs and tables in document order (python-docx); a table's rows and cells stay
rows and cells. Page headers and footers are left out: they are furniture."""
from __future__ import annotations

from pathlib import Path

from . import reader
from .layout import Layout, open_package


@reader(".docx")
def read_docx(path: Path, data: bytes) -> Layout:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    doc = open_package(path, data, "a Word document", docx.Document, (PackageNotFoundError,))
    lay = Layout()
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            lay.table(_rows(item))
        else:
            lay.block(item.text)
    props = doc.core_properties
    for name in ("title", "author", "subject"):
        value = getattr(props, name, None)
        if value and value.strip():
            lay.metadata[name] = value.strip()
    return lay


def _rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(p.text for p in cell.paragraphs))
        rows.append(cells)
    return rows
