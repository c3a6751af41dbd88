"""The store in an external SPARQL 1.1 server (Virtuoso, Fuseki, Oxigraph server, GraphDB …) instead of
the embedded Oxigraph: the same interface as :class:`beleidsgraaf.graph.store.Store`, over HTTP.

A store address names the server's SPARQL endpoint with ``sparql+`` in front of its scheme, and may
say where its SPARQL Update and Graph Store HTTP Protocol endpoints are (relative to the endpoint or
absolute; Update defaults to the query endpoint)::

    sparql+http://127.0.0.1:8890/sparql?gsp=/sparql-graph-crud          (Virtuoso)
    sparql+http://127.0.0.1:3030/ds/sparql?update=/ds/update&gsp=/ds/data  (Fuseki)

Each document's named graph is written with one request: an HTTP PUT of its N-Triples to the Graph
Store endpoint when one is given (the server replaces the graph as a whole), else one SPARQL Update
request; so is a changed document's (one SPARQL Update that drops its old graph and inserts the new
one, so that no reader sees both). Queries go through the SPARQL Protocol, with the server's default graph taken as the union
of the named graphs (true of Virtuoso and of Fuseki with ``unionDefaultGraph``). Results come back as
pyoxigraph terms, so the rest of beleidsgraaf does not see which store it talks to.
Credentials in the address (``sparql+https://user:secret@host/…``) are sent as HTTP Basic auth.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from .store import PREFIXES

SCHEMES = ("sparql+http://", "sparql+https://")
STATE_GRAPH = "urn:beleidsgraaf:state"      # holds the build-in-progress marker, nothing else
_BUILDING = f"<{STATE_GRAPH}> <{PREFIXES['bg']}building> true"


def is_remote(address) -> bool:
    return isinstance(address, str) and address.startswith(SCHEMES)


class RemoteStore:
    """A SPARQL 1.1 server as beleidsgraaf's store."""

    timeout = 600.0

    def __init__(self, address: str):
        import httpx
        if not is_remote(address):
            raise StoreError(f"{address}: not a SPARQL store address (sparql+http://host:port/path)")
        parts = urlsplit(address[len("sparql+"):])
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        unknown = set(options) - {"update", "gsp"}
        if unknown:
            raise StoreError(f"{address}: unknown option(s) {', '.join(sorted(unknown))} (known: update, gsp)")
        host = parts.hostname or ""
        netloc = host if ":" not in host else f"[{host}]"
        netloc += f":{parts.port}" if parts.port else ""
        self.endpoint = urlunsplit((parts.scheme, netloc, parts.path or "/", "", ""))
        self.update_endpoint = urljoin(self.endpoint, options.get("update", self.endpoint))
        self.gsp_endpoint = urljoin(self.endpoint, options["gsp"]) if options.get("gsp") else None
        self.address = address
        self.path = None                 # nothing on local disk
        auth = httpx.BasicAuth(parts.username, parts.password or "") if parts.username else None
        self._http = httpx.Client(timeout=self.timeout, auth=auth)
        self._prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        try:
            self.query("ASK { }")
        except (QueryError, StoreError) as err:
            raise StoreError(f"{self.endpoint}: no SPARQL endpoint answers here ({err})") from None

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def report_path(self) -> Path:
        """Where a build writes its JSON report when not told: the working folder."""
        host = urlsplit(self.endpoint)
        return Path(f"{host.hostname}-{host.port or 'default'}.build-report.json")

    # ------------------------------------------------------------ HTTP
    def _post(self, url: str, what: str, **kw):
        import httpx
        try:
            r = self._http.post(url, **kw)
        except httpx.HTTPError as err:
            raise StoreError(f"{url}: {what} failed: {err}") from None
        if r.status_code >= 400:
            raise (QueryError if what == "query" else StoreError)(
                f"{url}: {what} refused ({r.status_code}): {r.text.strip()[:500]}")
        return r

    def update(self, sparql: str) -> None:
        self._post(self.update_endpoint, "update", data={"update": self._prologue + sparql})

    # ------------------------------------------------------------ writing
    def add_graph(self, graph_iri: str, ntriples: str) -> None:
        """Write the new graph ``graph_iri``: one request, so one transaction on the server."""
        self.replace_graph(graph_iri, ntriples)

    def add_graphs(self, batch: list[tuple[str, str]]) -> None:
        for graph, nt in batch:
            self.add_graph(graph, nt)

    def replace_graph(self, graph_iri: str, ntriples: str, drop: list[str] = ()) -> None:
        """Replace ``graph_iri`` by ``ntriples`` and drop the graphs in ``drop`` (a changed file's old
        graph) in one request, so that no reader sees the old graph beside the new one: a Graph Store
        PUT when there is nothing else to drop, else one SPARQL Update request."""
        if self.gsp_endpoint and not set(drop) - {graph_iri}:
            import httpx
            try:
                r = self._http.put(self.gsp_endpoint, params={"graph": graph_iri}, content=ntriples.encode("utf-8"),
                                   headers={"Content-Type": "text/turtle; charset=utf-8"})
            except httpx.HTTPError as err:
                raise StoreError(f"{self.gsp_endpoint}: could not write graph {graph_iri}: {err}") from None
            if r.status_code >= 400:
                raise StoreError(f"{self.gsp_endpoint}: could not write graph {graph_iri} "
                                 f"({r.status_code}): {r.text.strip()[:500]}")
            return
        ops = [f"DROP SILENT GRAPH <{g}>" for g in sorted(set(drop) | {graph_iri})]
        if ntriples.strip():
            ops.append(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
        self.update(" ;\n".join(ops))

    def drop_graphs(self, graphs: list[str]) -> None:
        if graphs:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs)))

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    # ------------------------------------------------------------ the build marker
    def mark_building(self) -> bool:
        """Note that a build writes; True when an earlier build's note is still there (it was stopped)."""
        was = self.query(f"ASK {{ GRAPH <{STATE_GRAPH}> {{ {_BUILDING} }} }}")
        self.update(f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{ {_BUILDING} }} }}")
        return bool(was)

    def clear_building(self) -> None:
        self.update(f"DROP SILENT GRAPH <{STATE_GRAPH}>")

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, bindings: dict | None = None):
        """Run an ASK (a bool) or SELECT (:class:`Solutions`) query."""
        if bindings:
            raise QueryError("a SPARQL store takes no substitutions: bind values in the query (VALUES)")
        text = self._prologue + sparql
        r = self._post(self.endpoint, "query", data={"query": text},
                       headers={"Accept": "application/sparql-results+json"})
        data = r.json()
        if "boolean" in data:
            return bool(data["boolean"])
        return Solutions(data)

    def select(self, sparql: str, bindings: dict | None = None) -> tuple[list[str], list[list]]:
        res = self.query(sparql, bindings)
        if not isinstance(res, Solutions):
            raise QueryError("expected a SELECT query")
        return res.names, res.rows

    def has_graph(self, graph_iri: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"))

    def _graphs(self) -> str:
        """A SPARQL pattern binding ?g to beleidsgraaf's graphs: the documents' and the shared ones
        (a server has graphs of its own, such as Virtuoso's system graphs)."""
        return ("{ SELECT DISTINCT ?g WHERE { { GRAPH ?g { ?d a bg:Document } } UNION "
                "{ GRAPH ?g { ?e skos:prefLabel ?l } FILTER NOT EXISTS { GRAPH ?g { ?x a bg:Document } } } } }")

    def named_graphs(self) -> list[str]:
        _, rows = self.select(f"SELECT ?g WHERE {self._graphs()}")
        return sorted(r[0].value for r in rows)

    def triple_count(self) -> int:
        _, rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._graphs()} GRAPH ?g {{ ?s ?p ?o }} }}")
        return int(rows[0][0].value)

    def quads(self) -> Iterator[ox.Quad]:
        for graph in self.named_graphs():
            _, rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            g = ox.NamedNode(graph)
            for s, p, o in rows:
                yield ox.Quad(s, p, o, g)

    def dump(self, fmt: str) -> bytes:
        quads = list(self.quads())
        if fmt == "N_TRIPLES":
            return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(quads, format=getattr(ox.RdfFormat, fmt))


class Solutions:
    """SELECT results from SPARQL JSON, as pyoxigraph terms."""

    def __init__(self, data: dict):
        self.names = list(data["head"].get("vars", []))
        self.rows = [[_term(b.get(n)) for n in self.names] for b in data["results"]["bindings"]]


def _term(b: dict | None):
    if b is None:
        return None
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        import hashlib
        return ox.BlankNode("b" + hashlib.sha1(value.encode("utf-8")).hexdigest())
    if "xml:lang" in b:
        return ox.Literal(value, language=b["xml:lang"])
    if b.get("datatype"):
        return ox.Literal(value, datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(value)
