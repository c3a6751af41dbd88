"""Word (.docx): paragraphs and tables in document order (python-docx); a table's rows and cells stay
rows and cells. Page headers and footers are left out: they are furniture."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ...errors import ReadError
from . import reader
from .layout import Layout


@reader(".docx")
def read_docx(path: Path, data: bytes) -> Layout:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    if not data.startswith(b"PK"):
        raise ReadError(path, "damaged", "not a Word document (not a zip package)")
    try:
        doc = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise ReadError(path, "damaged", f"Word document is damaged or truncated ({err})") from None
    except Exception as err:
        raise ReadError(path, "damaged", f"Word document cannot be parsed ({type(err).__name__}: {err})") from None
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
