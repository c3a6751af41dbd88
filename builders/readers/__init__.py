"""One reader per file format, registered by extension.

A reader is a function ``(path, data) -> Layout``: it lays the file's text out as blocks (paragraphs,
headings, table cells) separated by blank lines, with page starts and table cells recorded as
offsets into that text. It raises :class:`~beleidsgraaf.errors.ReadError` naming the file and the
reason when the bytes cannot become text. The built-in readers register through :func:`reader`,
as a plug-in would.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .layout import Layout

READERS: dict[str, Callable[[Path, bytes], Layout]] = {}


def reader(*extensions: str):
    """Register a function ``(path, data) -> Layout`` for the given extensions."""
    def register(fn):
        for ext in extensions:
            READERS[ext.lower()] = fn
        return fn
    return register


# the built-in readers register themselves on import
from . import docx, html, odt, pdf, text  # noqa: E402,F401

__all__ = ["READERS", "Layout", "reader"]
