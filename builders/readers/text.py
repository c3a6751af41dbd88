"""Plain text and Markdown: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, else cp1252,
else latin-1."""
from __future__ import annotations

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


@reader(".txt", ".md", ".text", ".markdown")
def read_text(path: Path, data: bytes) -> Layout:
    lay = Layout()
    lay.verbatim(decode(path, data))
    return lay
