"""One file through the whole per-document pipeline (read -> normalise -> extract -> triples), as a
plain function of picklable arguments, so that a process pool (or a Dask cluster) can run it."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import ReadError
from ..graph.iri import Minter
from .analyse import analyse
from .emit import emit
from .overrides import Overrides
from .sources import SourceFile, Unchanged, read


@dataclass(frozen=True)
class Outcome:
    relative: str
    kind: str                    # built | unchanged | unreadable | failed
    sha256: str | None = None
    ntriples: str | None = None  # the document's graph, for kind "built"
    code: str | None = None      # the ReadError code, for kind "unreadable"
    message: str | None = None
    labelled: tuple[str, ...] = ()   # entities the graph gives a label, for the shared preferred labels


class _Changed(Exception):
    pass


def probe(source: SourceFile, known: tuple[str, str] | None, overrides: Overrides) -> Outcome | None:
    """What can be said of a file without parsing it: unchanged, or unreadable; None when it needs
    the whole pipeline. Cheap (a read and a hash), so a rebuild can settle most files here."""
    if known is None:
        return None

    def unchanged(relative: str, sha: str) -> bool:
        if known == (sha, overrides.sha256):
            return True
        raise _Changed
    try:
        result = read(source, unchanged)
    except _Changed:
        return None
    except ReadError as err:
        return Outcome(source.relative, "unreadable", code=err.code, message=err.reason)
    except RecursionError:
        return None
    return Outcome(source.relative, "unchanged", sha256=result.sha256) if isinstance(result, Unchanged) else None


def process(source: SourceFile, known: tuple[str, str] | None, overrides: Overrides, base: str) -> Outcome:
    """Read, analyse and emit one file. ``known`` is the (sha256, overrides sha256) the store holds
    for this file; when both still match, the file is not parsed."""
    def unchanged(relative: str, sha: str) -> bool:
        return known is not None and known == (sha, overrides.sha256)
    try:
        result = read(source, unchanged)
    except ReadError as err:
        return Outcome(source.relative, "unreadable", code=err.code, message=err.reason)
    except RecursionError:
        return Outcome(source.relative, "unreadable", code="damaged", message="nested too deeply to be read")
    if isinstance(result, Unchanged):
        return Outcome(source.relative, "unchanged", sha256=result.sha256)
    try:
        nt = emit(analyse(result, overrides), Minter(base)).serialize(format="nt")
    except Exception as err:  # a bug on one document must not stop the build
        return Outcome(source.relative, "failed", sha256=result.sha256,
                       message=f"could not be analysed ({type(err).__name__}: {err})")
    label = " <http://www.w3.org/2000/01/rdf-schema#label> "
    labelled = tuple(sorted({line.split(" ", 1)[0][1:-1] for line in nt.splitlines() if label in line}))
    return Outcome(source.relative, "built", sha256=result.sha256, ntriples=nt, labelled=labelled)
