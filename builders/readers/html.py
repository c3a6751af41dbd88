"""HTML: the main content, not menus and navigation (trafilatura, offline), laid out from its
structured output so that tables keep their rows and cells."""
from __future__ import annotations

from pathlib import Path

from ...errors import ReadError
from . import reader
from .layout import Layout
from .text import looks_binary


@reader(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes) -> Layout:
    import trafilatura
    from lxml import etree
    if looks_binary(data):
        raise ReadError(path, "binary", "looks like binary data, not HTML")
    tree = trafilatura.load_html(data)
    if tree is None:
        raise ReadError(path, "damaged", "not parseable as HTML")
    # (with its formatting: a footnote's number is marked as superscript, a line break within a paragraph
    # as <lb/>)
    xml = trafilatura.extract(tree, output_format="xml", include_tables=True, include_comments=False,
                              include_formatting=True, include_links=False, favor_recall=True,
                              deduplicate=False, with_metadata=True)
    if not xml:
        raise ReadError(path, "empty", "HTML page has no main text")
    root = etree.fromstring(xml.encode("utf-8"))
    lay = Layout()
    for name in ("title", "author", "date"):
        if root.get(name):
            lay.metadata[name] = root.get(name)
    main = root.find("main")
    _walk(main if main is not None else root, lay)
    return lay


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _text(el) -> str:
    """An element's text, a line break where the page had one (``<br>``) and a footnote's number in
    superscript digits, as the normaliser and the footnote finder expect them ("woningbouw¹.")."""
    out = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            out.append("\n")
        elif child.tag == "hi" and child.get("rend") == "#sup" and (child.text or "").strip().isdigit() and not len(child):
            out.append(child.text.strip().translate(_SUPERSCRIPT))
        else:
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _walk(el, lay: Layout) -> None:
    for child in el:
        tag = child.tag
        if tag in ("p", "head", "quote", "item", "code"):
            if len(child) and any(c.tag in ("list", "table") for c in child):
                _walk(child, lay)
            else:
                lay.block(_text(child))
        elif tag == "list":
            _walk(child, lay)
        elif tag == "table":
            lay.table([[_text(cell) for cell in row.iter("cell")] for row in child.iter("row")])
        elif tag in ("div", "main", "section"):
            _walk(child, lay)
        else:
            lay.block(_text(child))
