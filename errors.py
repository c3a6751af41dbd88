"""One exception tree for beleidsgraaf.

    BeleidsgraafError          base class; every message names what it is about
    ├── ReadError              a file could not be read or yields no text (carries path and code)
    ├── StoreError             the store could not be opened or written
    ├── QueryError             a SPARQL query is malformed or failed
    └── ExportError            an export format is unknown or could not be written

Codes on ReadError are stable strings (``empty``, ``binary``, ``unsupported``, ``unreadable``,
``too-large``, ``encoding``) so that build reports can be filtered by reason.
"""
from __future__ import annotations

from pathlib import Path


class BeleidsgraafError(Exception):
    """Base class of every error beleidsgraaf raises on purpose."""


class ReadError(BeleidsgraafError):
    """A file that cannot become a document: says which file and why."""

    def __init__(self, path: Path | str, code: str, reason: str):
        self.path = str(path)
        self.code = code
        self.reason = reason
        super().__init__(f"{self.path}: {reason} [{code}]")


class StoreError(BeleidsgraafError):
    """The store could not be opened or written."""


class QueryError(BeleidsgraafError):
    """A SPARQL query that could not be parsed or run."""


class ExportError(BeleidsgraafError):
    """An export that could not be written."""
