"""Find files, read their bytes, and turn them into RawDocuments through the reader for their format.

Readers live in :mod:`beleidsgraaf.builders.readers`, registered by extension. A file that cannot
become text raises :class:`~beleidsgraaf.errors.ReadError` naming the file and the reason.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import ReadError
from ..model import RawDocument
from .readers import READERS

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceFile:
    location: str | Path    # absolute; kept as a string (a build holds one SourceFile per file found)
    relative: str           # the folder's name and the path under it ("corpus/brief.txt"), or the file name
    root: str | None = None   # the folder's name, for files found in a folder

    def __post_init__(self) -> None:
        object.__setattr__(self, "location", str(self.location))

    @property
    def path(self) -> Path:
        return Path(self.location)


def discover(paths: list[Path | str], exclude: list[Path | str] = ()) -> list[SourceFile]:
    """Every file under the given files and folders, sorted, hidden files left out.

    A file found in a folder is named by the folder's name and its path under it, so that two
    folders with files of the same name do not collide and a rebuild of the folder knows its files.
    Files under ``exclude`` (the store itself, its report) are left out.
    """
    skip = [os.path.realpath(x) for x in exclude]
    found: dict[str, SourceFile] = {}
    for p in map(Path, paths):
        if p.is_dir():
            root = _root_name(p)
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                    continue
                real = os.path.realpath(f)      # once per file: resolving is most of the cost of finding files
                if any(real == x or real.startswith(x + os.sep) for x in skip):
                    continue
                found[real] = SourceFile(real, f"{root}/{rel.as_posix()}", root)
        elif p.exists():
            found[str(p.resolve())] = SourceFile(p.resolve(), p.name)
        else:
            found[str(p)] = SourceFile(p, p.name)
    return sorted(found.values(), key=lambda s: (s.relative, s.location))


def roots(paths: list[Path | str]) -> list[str]:
    """Names of the folders among ``paths``: a rebuild removes their files that are gone."""
    return sorted({_root_name(Path(p)) for p in paths if Path(p).is_dir()})


def _root_name(folder: Path) -> str:
    return folder.resolve().name or "root"


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


@dataclass(frozen=True)
class Unchanged:
    """A file whose content hash is the one already built: not parsed again."""

    sha256: str


def read(source: SourceFile, unchanged: Callable[[str, str], bool] | None = None) -> RawDocument | Unchanged:
    """Read one file into a RawDocument, or raise ReadError. When ``unchanged(relative, sha256)``
    says the content is already built, the file is not parsed and :class:`Unchanged` is returned."""
    path = source.path
    ext = path.suffix.lower()
    if ext not in READERS:
        raise ReadError(path, "unsupported", f"unsupported file type '{ext or '(none)'}'; "
                        f"readable: {', '.join(sorted(READERS))}")
    try:
        before = _stamp(path)
        if before[0] > MAX_BYTES:
            raise ReadError(path, "too-large", f"file is {before[0]} bytes, over the limit of {MAX_BYTES}")
        data = path.read_bytes()
        after = _stamp(path)
    except FileNotFoundError:
        raise ReadError(path, "missing", "no such file (removed while the build ran?)") from None
    except IsADirectoryError:
        raise ReadError(path, "unreadable", "is a directory") from None
    except PermissionError:
        raise ReadError(path, "unreadable", "permission denied") from None
    except OSError as err:
        raise ReadError(path, "unreadable", f"cannot be read ({err.strerror or err})") from None
    if after != before or len(data) != after[0]:
        raise ReadError(path, "changed-while-read", "the file changed while it was read; build again "
                        "once it is complete")
    if not data.strip():
        raise ReadError(path, "empty", "file is empty")
    sha = hashlib.sha256(data).hexdigest()
    if unchanged is not None and unchanged(source.relative, sha):
        return Unchanged(sha)
    layout = READERS[ext](path, data)
    text = layout.text
    if not text.strip():
        raise ReadError(path, "empty", "file has no text")
    return RawDocument(path=source.relative, sha256=sha, raw_text=text,
                       format=ext.lstrip("."), pages=tuple(layout.pages),
                       tables=tuple(layout.tables), metadata=dict(layout.metadata))

