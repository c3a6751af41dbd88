"""Plain text and Markdown: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, else cp1252,
else latin-1. A table written with pipes ("Motie | Kamerstuk | Stand van zaken", Markdown's too) or set out
in columns with spaces keeps its rows and cells."""
from __future__ import annotations

import re
from pathlib import Path

from ...errors import ReadError
from . import reader
from .layout import Layout


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(path, "encoding", "starts with a UTF-16 byte-order mark but is not UTF-16") from None
    if looks_binary(data):
        raise ReadError(path, "binary", "looks like binary data, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# Markdown's line under a table's header: "|---|:---:|"
_RULE_LINE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line of a pipe table, as trimmed spans (the pipes at either end open and close it)."""
    line = text[start:end]
    inner_start, inner_end = 0, len(line.rstrip())
    lead = len(line) - len(line.lstrip())
    if line[lead:lead + 1] == "|":
        inner_start = lead + 1
    if inner_end and line[inner_end - 1] == "|":
        inner_end -= 1
    out, pos = [], inner_start
    for part in line[inner_start:inner_end].split("|"):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        out.append((start + a, start + max(a, b)))
        pos += len(part) + 1
    return out


def pipe_tables(text: str) -> list[tuple[tuple[tuple[int, int], ...], ...]]:
    """Tables written with pipes: runs of two or more lines of as many cells (two or more), the first a header
    of short cells; a rule line under it is left out. Lines that only link ("Titel - site | Rijksoverheid.nl")
    have no header of short cells."""
    if "|" not in text:
        return []
    tables, run = [], []

    def close():
        rows = [r for r in run if r is not None]
        if len(rows) >= 2 and len({len(r) for r in rows}) == 1 and all(b - a <= 40 for a, b in rows[0]):
            tables.append(tuple(tuple(r) for r in rows))
        run.clear()

    for m in re.finditer(r"[^\n]+|\n(?=\n)", text):
        line = m.group()
        if _RULE_LINE.fullmatch(line) and run:
            run.append(None)
            continue
        cells = _cells(text, m.start(), m.end()) if "|" in line else []
        if len(cells) >= 2:
            run.append(cells)
        else:
            close()        # a line without cells, or an empty one, ends the table
    close()
    return tables


# the gap between two columns of a table set out with spaces: two or more spaces, or tabs
_GAP = re.compile(r"[ ]{2,}|\t+")


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line of a table set out with spaces, as trimmed spans."""
    out, pos = [], start
    for m in _GAP.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    tail = text[pos:end].rstrip()
    if tail:
        out.append((pos, pos + len(tail)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]


def _column(text: str, pos: int) -> int:
    return pos - text.rfind("\n", 0, pos) - 1


def aligned_tables(text: str) -> list[tuple[tuple[tuple[int, int], ...], ...]]:
    """Tables set out in columns with spaces or tabs (as a typed overview or a PDF's text layer lays them out): a
    header line of three or more short cells that start with a capital or a number sign ("Nr.  Maatregel
    Verantwoordelijk  Stand van zaken  Planning"), then lines with as many cells, empty lines between them
    allowed; any other line ends the table. Where a row runs on to the next lines (their first column empty),
    its cells are the first line's: a cell is one span of the text, and the next lines' pieces sit between
    other columns."""
    if "  " not in text and "\t" not in text:
        return []
    tables: list[tuple[tuple[tuple[int, int], ...], ...]] = []
    header: list[tuple[int, int]] | None = None
    rows: list[list[tuple[int, int]]] = []

    def close():
        if header is not None and rows:
            tables.append(tuple(tuple(r) for r in [header, *rows]))

    for m in re.finditer(r"[^\n]*", text):
        if not m.group().strip():
            continue
        cells = _aligned_cells(text, m.start(), m.end()) if header is not None or _GAP.search(m.group().strip()) else []
        if header is not None and len(cells) == len(header):
            rows.append(cells)
            continue
        if header is not None and rows and cells and _column(text, cells[0][0]) >= _column(text, header[1][0]) - 1:
            continue       # a row running on, its first column empty
        close()
        header, rows = None, []
        if len(cells) >= 3 and all(b - a <= 40 and (text[a].isupper() or text[a] in "#") for a, b in cells):
            header = cells
    close()
    return tables


@reader(".txt", ".md", ".text", ".markdown")
def read_text(path: Path, data: bytes) -> Layout:
    lay = Layout()
    lay.verbatim(decode(path, data))
    lay.tables = pipe_tables(lay.text) + aligned_tables(lay.text)
    return lay
