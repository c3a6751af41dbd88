"""The store: Oxigraph on disk, one named graph per document, shared entity labels in their own graph.

The only module that imports pyoxigraph. SPARQL run here sees the union of all named graphs as the
default graph. Replacing a document's graph is one update, so one transaction; new documents are
bulk-loaded in batches that the build marker lists first: queries leave those graphs out while the
marker lists them, and the next build drops a batch that a stopped build cut short.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from .vocab import DEF

DEFAULT_STORE = "beleidsgraaf-store"
PREFIXES = {
    "bg": DEF, "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": "http://www.w3.org/ns/oa#", "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "org": "http://www.w3.org/ns/org#",
}


def default_store_path() -> Path:
    return Path(os.environ.get("BELEIDSGRAAF_STORE", DEFAULT_STORE))


class Store:
    """An Oxigraph store in a directory.

    >>> import tempfile
    >>> s = Store(tempfile.mkdtemp())
    >>> s.triple_count()
    0
    """

    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (build one first with 'beleidsgraaf build')")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._lock = hold_lock(self.path, exclusive=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for callers that need its full API."""
        return self._store

    def rdflib_dataset(self):
        """An rdflib Dataset on this same Oxigraph store (oxrdflib), default graph = union."""
        import rdflib
        from oxrdflib import OxigraphStore
        return rdflib.Dataset(store=OxigraphStore(store=self._store), default_union=True)

    def report_path(self) -> Path:
        """Where a build writes its JSON report when not told: beside the store, named after it."""
        return self.path.parent / f"{self.path.name}.build-report.json"

    # ------------------------------------------------------------ the build marker
    def mark_building(self) -> bool:
        """Note that a build writes; True when an earlier build's note is still there (that build was
        stopped: Ctrl-C, SIGKILL). The graphs of a bulk load that build did not finish are dropped,
        so their documents are built again."""
        marker = self.path / MARKER_FILE
        was = marker.exists()
        if was:
            self.drop_graphs(marker.read_text(encoding="utf-8").split())
        self._note_in_flight([])
        return was

    def _note_in_flight(self, graphs: list[str]) -> None:
        """The build marker, listing the graphs a bulk load is writing (durably, before it starts)."""
        with open(self.path / MARKER_FILE, "w", encoding="utf-8") as fh:
            fh.write("".join(g + "\n" for g in graphs))
            fh.flush()
            os.fsync(fh.fileno())

    def clear_building(self) -> None:
        (self.path / MARKER_FILE).unlink(missing_ok=True)

    # ------------------------------------------------------------ writing
    def replace_graph(self, graph_iri: str, ntriples: str, drop: list[str] = ()) -> None:
        """Put ``ntriples`` into ``graph_iri`` and drop the graphs in ``drop``, in one transaction."""
        ops = [f"DROP SILENT GRAPH <{g}>" for g in sorted(set(drop) | {graph_iri})]
        ops.append(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
        try:
            self._store.update(" ;\n".join(ops))
        except (SyntaxError, OSError) as err:
            raise StoreError(f"{self.path}: could not write graph {graph_iri}: {err}") from None

    def add_graph(self, graph_iri: str, ntriples: str) -> None:
        """Load ``ntriples`` into the new graph ``graph_iri``: one transaction (pyoxigraph's load is
        all or nothing), and faster than an INSERT DATA update of the same triples."""
        try:
            self._store.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))
        except (SyntaxError, OSError) as err:
            raise StoreError(f"{self.path}: could not write graph {graph_iri}: {err}") from None

    def add_graphs(self, batch: list[tuple[str, str]]) -> None:
        """Load several new graphs (IRI, N-Triples) at once with Oxigraph's bulk loader, about twice
        as fast as one transaction each. The bulk loader is not transactional: the graphs are listed
        in the build marker first, and a build that finds them there after a crash drops them."""
        if len(batch) < 2:
            for graph, nt in batch:
                self.add_graph(graph, nt)
            return
        self._note_in_flight([g for g, _ in batch])
        data = "".join(nt.replace(" .\n", f" <{g}> .\n") for g, nt in batch)    # N-Triples lines -> N-Quads
        try:
            # lenient: the IRIs are the ones emit minted and checked, not read from elsewhere
            self._store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)
        except (SyntaxError, OSError) as err:
            raise StoreError(f"{self.path}: could not write {len(batch)} graphs: {err}") from None
        self._note_in_flight([])

    def drop_graphs(self, graphs: list[str]) -> None:
        if graphs:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs)))

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"SPARQL update: {err}") from None

    def flush(self) -> None:
        self._store.flush()

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, bindings: dict | None = None):
        """Run a SPARQL query over the union of all graphs; returns pyoxigraph results. The graphs of a
        bulk load that is under way or was cut short are left out: a query sees whole documents only."""
        try:
            return self._store.query(sparql, prefixes=PREFIXES, substitutions=bindings or None,
                                     **whole_documents(self._store, self.path))
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from None
        except OSError as err:
            raise QueryError(f"SPARQL query failed: {err}") from None

    def select(self, sparql: str, bindings: dict | None = None) -> tuple[list[str], list[list]]:
        """Variables and rows (pyoxigraph terms or None) of a SELECT query."""
        res = self.query(sparql, bindings)
        if not isinstance(res, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in res.variables]
        return names, [[sol[n] for n in names] for sol in res]

    def has_graph(self, graph_iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_iri))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def triple_count(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def dump(self, fmt: str) -> bytes:
        """The store serialised: a quad format (N_QUADS, TRIG) with every graph, or N_TRIPLES of
        their union."""
        if fmt == "N_TRIPLES":
            triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return self._store.dump(format=getattr(ox.RdfFormat, fmt))


LOCK_FILE = "beleidsgraaf.lock"
MARKER_FILE = "beleidsgraaf.building"


def graphs_in_flight(path: Path | str) -> set[str]:
    """The graphs a bulk load into the store at ``path`` is writing now, or was writing when its build
    was stopped: queries leave them out."""
    try:
        return set((Path(path) / MARKER_FILE).read_text(encoding="utf-8").split())
    except OSError:
        return set()


def whole_documents(store: ox.Store, path: Path | str) -> dict:
    """The keyword arguments of ``pyoxigraph.Store.query`` under which a query sees every document's
    graph as its default graph, but not the graphs in flight."""
    in_flight = graphs_in_flight(path)
    if not in_flight:
        return {"use_default_graph_as_union": True}
    whole = [g for g in store.named_graphs() if g.value not in in_flight]
    return {"default_graph": whole, "named_graphs": whole}


def hold_lock(path: Path, exclusive: bool):
    """Take the store's advisory lock: exclusive for a writer (a build), shared for a server. RocksDB
    lets a read-only reader open a store a writer is changing, with undefined results; this lock
    turns that into a clear error instead. The lock lasts as long as the returned file is open."""
    import fcntl
    fh = open(Path(path) / LOCK_FILE, "a+")
    try:
        fcntl.flock(fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        what = ("a server (beleidsgraaf serve) or another build is using it; stop that first, or build "
                "into a copy") if exclusive else "a build is writing to it; serve it when the build is done"
        raise StoreError(f"{path}: the store is locked: {what}") from None
    return fh


def term_value(term) -> str | None:
    """Plain string of a pyoxigraph term (IRI, literal), None for unbound."""
    return None if term is None else term.value
