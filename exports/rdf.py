"""RDF serialisations of the store, through one registry of formats (the built-ins included).

Every export is deterministic: N-Quads and N-Triples are sorted line by line, so the same store
gives the same bytes; the other formats are written from that sorted data.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import ExportError
from ..graph.store import Store


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    media_type: str
    write: Callable[..., bytes]          # (store, include_text=True) -> bytes


FORMATS: dict[str, Format] = {}


def register(name: str, extension: str, media_type: str):
    def deco(fn):
        FORMATS[name] = Format(name, extension, media_type, fn)
        return fn
    return deco


_TEXT = "<https://w3id.org/beleidsgraaf/def#text>"


def _sorted_lines(data: bytes, include_text: bool = True) -> bytes:
    lines = sorted(set(x for x in data.decode("utf-8").splitlines() if x.strip()
                       and (include_text or x.split(" ", 2)[1] != _TEXT)))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


@register("nquads", "nq", "application/n-quads")
def _nquads(store: Store, include_text: bool = True) -> bytes:
    return _sorted_lines(store.dump("N_QUADS"), include_text)


@register("ntriples", "nt", "application/n-triples")
def _ntriples(store: Store, include_text: bool = True) -> bytes:
    return _sorted_lines(store.dump("N_TRIPLES"), include_text)


@register("turtle", "ttl", "text/turtle")
def _turtle(store: Store, include_text: bool = True) -> bytes:
    import rdflib
    g = rdflib.Graph()
    _bind(g)
    g.parse(data=_ntriples(store, include_text).decode("utf-8"), format="nt")
    return g.serialize(format="turtle").encode("utf-8")


@register("trig", "trig", "application/trig")
def _trig(store: Store, include_text: bool = True) -> bytes:
    ds = _dataset(store, include_text)
    return ds.serialize(format="trig").encode("utf-8")


@register("jsonld", "jsonld", "application/ld+json")
def _jsonld(store: Store, include_text: bool = True) -> bytes:
    ds = _dataset(store, include_text)
    return ds.serialize(format="json-ld", auto_compact=True).encode("utf-8")


def _bind(g) -> None:
    from ..graph.store import PREFIXES
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)


def _dataset(store: Store, include_text: bool = True):
    import rdflib
    ds = rdflib.Dataset()
    _bind(ds)
    ds.parse(data=_nquads(store, include_text).decode("utf-8"), format="nquads")
    return ds


def export(store: Store, fmt: str, output: Path | str, include_text: bool = True) -> Path:
    """Write the store in ``fmt``; ``include_text=False`` leaves the documents' full text (bg:text)
    out, keeping every quote, selector and offset."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}'; known: {', '.join(sorted(FORMATS))}")
    data = FORMATS[fmt].write(store, include_text=include_text)
    out = Path(output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as err:
        raise ExportError(f"{out}: cannot write ({err.strerror or err})") from None
    return out
