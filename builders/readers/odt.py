"""OpenDocument text (.odt): headings, paragraphs, lists and tables in document order (odfpy)."""
from __future__ import annotations

from pathlib import Path

from . import reader
from .layout import Layout, open_package


@reader(".odt")
def read_odt(path: Path, data: bytes) -> Layout:
    from odf import opendocument, teletype
    doc = open_package(path, data, "an OpenDocument file", opendocument.load)
    lay = Layout()

    def walk(node):
        for child in node.childNodes:
            name = getattr(child, "qname", (None, None))[1]
            if name in ("p", "h"):
                lay.block(teletype.extractText(child))
            elif name == "table":
                rows = []
                for row in _descendants(child, "table-row"):
                    rows.append([teletype.extractText(c) for c in row.childNodes
                                 if getattr(c, "qname", (None, None))[1] == "table-cell"])
                lay.table(rows)
            elif name in ("list", "list-item", "section", "text"):
                walk(child)
    walk(doc.text)
    for child in doc.meta.childNodes:
        name = getattr(child, "qname", (None, None))[1]
        if name in ("title", "subject", "creator") and teletype.extractText(child).strip():
            lay.metadata["author" if name == "creator" else name] = teletype.extractText(child).strip()
    return lay


def _descendants(node, name):
    for child in node.childNodes:
        if getattr(child, "qname", (None, None))[1] == name:
            yield child
        elif getattr(child, "qname", (None, None))[1] in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _descendants(child, name)
