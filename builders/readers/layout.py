"""The text a reader makes of a file: blocks separated by blank lines, with pages and table cells
kept as offsets into that text.

>>> lay = Layout()
>>> lay.block("Geachte voorzitter,")
(0, 19)
>>> lay.table([["Nr.", "Omschrijving"], ["1.", "Wij gaan het doen."]])
>>> lay.text[slice(*lay.tables[0][1][1])]
'Wij gaan het doen.'
"""
from __future__ import annotations

import re

_BLANK_RUN = re.compile(r"\n[ \t]*\n[\s]*")


class Layout:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.pages: list[int] = []                                 # start offset of each page
        self.tables: list[tuple[tuple[tuple[int, int], ...], ...]] = []   # tables > rows > cell spans
        self.metadata: dict[str, str] = {}

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def _add(self, s: str) -> None:
        self._parts.append(s)
        self._pos += len(s)

    def _separate(self, sep: str = "\n\n") -> None:
        if self._pos and not self._parts[-1].endswith(("\n\n", "\f")):
            self._add(sep)

    def verbatim(self, text: str) -> None:
        """Text kept exactly as read (plain text files): offsets into it are offsets into the file."""
        self._add(text)

    def page(self, text: str) -> None:
        """A page of a paginated format, kept as the reader read it; pages are separated by a form feed."""
        if self.pages:
            self._add("\f")
        self.pages.append(self._pos)
        self._add(text)

    def block(self, text: str) -> tuple[int, int]:
        """A paragraph, heading or cell; blank lines inside it are folded so it stays one block."""
        text = _BLANK_RUN.sub("\n", text.strip())
        if not text:
            return (self._pos, self._pos)
        self._separate()
        start = self._pos
        self._add(text)
        return (start, self._pos)

    def table(self, rows: list[list[str]]) -> None:
        """A table: every cell its own block, rows and cells kept as spans."""
        spans = []
        for row in rows:
            spans.append(tuple(self.block(cell) for cell in row))
        if spans:
            self.tables.append(tuple(spans))


def open_package(path, data: bytes, what: str, opener, errors: tuple = ()):
    """Open a zip-packaged document (DOCX, ODT) with ``opener(file object)``; a file that is not a
    zip, or is damaged or cut short, raises ReadError naming ``what`` it should have been."""
    import io
    import zipfile

    from ...errors import ReadError
    if not data.startswith(b"PK"):
        raise ReadError(path, "damaged", f"not {what} (not a zip package)")
    try:
        return opener(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, *errors) as err:
        raise ReadError(path, "damaged", f"{what} is damaged or truncated ({err})") from None
    except Exception as err:  # the parsers raise many kinds on malformed packages
        raise ReadError(path, "damaged", f"{what} cannot be parsed ({type(err).__name__}: {err})") from None
