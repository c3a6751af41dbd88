"""Find files, read their bytes, and turn them into RawDocuments through one reader per format.

Readers are registered by file extension in :data:`READERS` (the built-ins go through the same
:func:`reader` decorator a plug-in would use). A file that cannot become text raises
:class:`~beleidsgraaf.errors.ReadError` naming the file and the reason.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..errors import ReadError
from ..model import RawDocument

MAX_BYTES = 50 * 1024 * 1024
READERS: dict[str, Callable[[Path, bytes], str]] = {}


def reader(*extensions: str):
    """Register a function ``(path, data) -> text`` for the given extensions."""
    def register(fn):
        for ext in extensions:
            READERS[ext.lower()] = fn
        return fn
    return register


@dataclass(frozen=True)
class SourceFile:
    path: Path          # absolute
    relative: str       # relative to the folder it was found in (posix separators)


def discover(paths: list[Path | str]) -> list[SourceFile]:
    """Every file under the given files and folders, sorted, hidden files left out."""
    found: dict[str, SourceFile] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts):
                    found[str(f.resolve())] = SourceFile(f.resolve(), rel.as_posix())
        elif p.exists():
            found[str(p.resolve())] = SourceFile(p.resolve(), p.name)
        else:
            found[str(p)] = SourceFile(p, p.name)
    return sorted(found.values(), key=lambda s: (s.relative, str(s.path)))


def read(source: SourceFile) -> RawDocument:
    """Read one file into a RawDocument, or raise ReadError."""
    path = source.path
    ext = path.suffix.lower()
    if ext not in READERS:
        raise ReadError(path, "unsupported", f"unsupported file type '{ext or '(none)'}'; "
                        f"readable: {', '.join(sorted(READERS))}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(path, "too-large", f"file is {size} bytes, over the limit of {MAX_BYTES}")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "missing", "no such file") from None
    except IsADirectoryError:
        raise ReadError(path, "unreadable", "is a directory") from None
    except PermissionError:
        raise ReadError(path, "unreadable", "permission denied") from None
    except OSError as err:
        raise ReadError(path, "unreadable", f"cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise ReadError(path, "empty", "file is empty")
    text = READERS[ext](path, data)
    if not text.strip():
        raise ReadError(path, "empty", "file has no text")
    return RawDocument(path=source.relative, sha256=hashlib.sha256(data).hexdigest(), raw_text=text,
                       format=ext.lstrip("."))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


@reader(".txt", ".md", ".text", ".markdown")
def read_text(path: Path, data: bytes) -> str:
    """Plain text: UTF-8 (with or without BOM), else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(path, "encoding", "starts with a UTF-16 byte-order mark but is not UTF-16") from None
    if _looks_binary(data):
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


def iter_read(sources: list[SourceFile]) -> Iterator[tuple[SourceFile, RawDocument | ReadError]]:
    for s in sources:
        try:
            yield s, read(s)
        except ReadError as err:
            yield s, err
