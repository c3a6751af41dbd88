"""Content negotiation and serialisation of query results.

SELECT and ASK answers go out as SPARQL JSON, SPARQL XML, CSV or TSV (through rdflib's result
serialisers); CONSTRUCT and DESCRIBE answers as Turtle, N-Triples, JSON-LD or RDF/XML (through
pyoxigraph). The choice follows the ``format`` parameter when given, else the Accept header.
"""
from __future__ import annotations

RESULTS = {  # name -> media type
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPHS = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
ALIASES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "ttl": "turtle", "turtle": "turtle",
           "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples", "jsonld": "jsonld",
           "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml", "srj": "json", "srx": "xml"}


def _accepted(accept: str | None) -> list[tuple[str, float]]:
    out = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q - i * 1e-6))      # earlier wins among equals
    return sorted(out, key=lambda x: -x[1])


def choose(kind: str, accept: str | None, fmt: str | None) -> tuple[str, str] | None:
    """(name, media type) for answer ``kind`` ("results" or "graph"); None when nothing acceptable."""
    table = RESULTS if kind == "results" else GRAPHS
    default = "json" if kind == "results" else "turtle"
    if fmt:
        name = ALIASES.get(fmt.lower())
        if name is None:
            by_type = {v: k for k, v in table.items()}
            name = by_type.get(fmt.lower())
        return (name, table[name]) if name in table else None
    wanted = _accepted(accept)
    if not wanted:
        return default, table[default]
    for media, q in wanted:
        if q <= 0:
            continue
        for name, mt in table.items():
            if media == mt or (kind == "results" and media == "application/json" and name == "json") \
                    or (kind == "results" and media in ("application/xml", "text/xml") and name == "xml"):
                return name, mt
        if media in ("*/*", "application/*", "text/*"):
            return default, table[default]
    return None


def html_wanted(accept: str | None) -> bool:
    """True when a browser asks (text/html ranked above every RDF type)."""
    for media, q in _accepted(accept):
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media in GRAPHS.values() or media in RESULTS.values():
            return False
    return False
