"""The Python API: what the CLI and notebooks call.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "brief.txt").write_text("Het kabinet zal voor de zomer van 2026 de Participatiewet wijzigen.", encoding="utf-8")
>>> report = build([folder], store=folder / "store")
>>> report.built, report.failed
(1, 0)
>>> query("SELECT (COUNT(*) AS ?n) WHERE { ?c a bg:Commitment }", store=folder / "store").rows
[['1']]
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .builders.overrides import load as load_overrides
from .builders.sources import discover, roots
from .errors import BeleidsgraafError, ExportError, QueryError
from .graph import queries
from .graph.iri import Minter
from .graph.remote import RemoteStore, is_remote
from .graph.store import Store, default_store_path, term_value
from .graph.writer import Writer
from .graph.vocab import DEFAULT_BASE
from .model import Problem


BATCH_DOCUMENTS = 50  # new documents bulk-loaded together (measured: 9.0 s one by one -> 4.7 s per 20, 4.0 s per 100, at 1 MB of text)
BATCH_BYTES = 32_000_000   # ... or fewer, when their N-Triples reach this size
FLUSH_EVERY = 100     # documents written between flushes of the store (measured: 800 MB -> 190 MB peak at 3 MB)


@dataclass
class BuildReport:
    """What a build did: files added, changed, removed, unchanged; files that failed (with reasons),
    duplicates; resources per class afterwards."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    report_path: Path | None = None

    @property
    def built(self) -> int:
        return len(self.added) + len(self.changed)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def to_dict(self) -> dict:
        return {
            "beleidsgraaf": __version__,
            "ok": self.ok,
            "summary": {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed),
                        "unchanged": len(self.unchanged), "failed": self.failed,
                        "duplicates": len(self.duplicates)},
            "added": self.added, "changed": self.changed, "removed": self.removed, "unchanged": self.unchanged,
            "duplicates": [{"file": f, "same_as": o} for f, o in self.duplicates],
            "problems": [{"file": p.path, "code": p.code, "severity": p.severity, "message": p.message}
                         for p in self.problems],
            "counts": self.counts,
        }


def _open(store: Path | str | Store | RemoteStore | None, read_only: bool = False) -> Store | RemoteStore:
    """The store named by ``store``: an open one as it is, a ``sparql+http(s)://`` address as a
    :class:`~beleidsgraaf.graph.remote.RemoteStore`, else the Oxigraph store in that folder."""
    if isinstance(store, (Store, RemoteStore)):
        return store
    if is_remote(str(store)):
        return RemoteStore(str(store))
    return Store(store or default_store_path(), read_only=read_only)


def _registry(st: Store) -> dict[str, tuple[str, str, str]]:
    """sourceFile -> (graph IRI, sha256, sha256 of the overrides applied or "") of every file in the store."""
    names, rows = st.select("""SELECT ?g ?f ?h ?o WHERE { GRAPH ?g { ?d a bg:Document ; bg:sourceFile ?f ; bg:sha256 ?h
                                OPTIONAL { ?d bg:overrides ?o } } }""")
    return {term_value(r[1]): (term_value(r[0]), term_value(r[2]), term_value(r[3]) or "") for r in rows}


def build(paths: Iterable[Path | str], store: Path | str | Store | None = None, base: str = DEFAULT_BASE,
          progress: Callable[[str], None] | None = None, report_path: Path | str | None = None,
          overrides: Path | str | None = None, jobs: int | None = None,
          scheduler: str | None = None) -> BuildReport:
    """Build the files and folders in ``paths`` into the store.

    Each document becomes one named graph. A changed document's graph is replaced in one
    transaction; new documents are bulk-loaded together, listed in the store's build marker first, so
    that a build stopped halfway (even by SIGKILL) leaves only whole documents once the next build has
    dropped what it finds listed there. Files are compared by content
    hash: unchanged files are not read again, changed ones replace their graph, and files that are
    gone from a folder that is built again lose theirs. A file that cannot be read is reported with
    its reason and the build goes on. The report is also written as JSON beside the store (or to
    ``report_path``). ``overrides`` names a TOML file of corrections (merge, alias, reject; see
    :mod:`beleidsgraaf.builders.overrides`) applied to every document; changing it rebuilds them all.
    ``jobs`` processes do the per-document work (default 1: in this process; the CLI uses every
    core); this process writes the store, in the order the files were found. A script that asks for
    more than one job needs the usual ``if __name__ == "__main__":`` guard (the workers are spawned).
    ``scheduler`` (``tcp://host:port``) sends the per-document work to a Dask cluster instead.
    """
    paths = list(paths)
    corrections = load_overrides(overrides)
    st = _open(store)
    minter = Minter(base)
    report = BuildReport()
    # a marker while the build writes: if it is still there next time, that build was interrupted
    # (Ctrl-C, SIGKILL): the graphs it was bulk-loading are dropped and the shared labels recomputed
    interrupted = st.mark_building()
    known = _registry(st)
    stored_sha = {sha: path for path, (_, sha, _) in known.items()}
    target = Path(report_path) if report_path else st.report_path()
    sources = discover(paths, exclude=[p for p in (st.path, target) if p is not None])
    present = {s.relative for s in sources}
    folders = set(roots(paths))
    gone = sorted(p for p in known if "/" in p and p.split("/", 1)[0] in folders and p not in present)
    seen_sha: dict[str, str] = {}
    claimed: set[str] = set()
    touched: set[str] = set()          # entities whose preferred label may have changed
    batch: list[tuple[str, str]] = []  # new graphs not yet written: loaded together
    batch_size = 0
    writer = Writer()                  # the store's writes, while this thread gathers the next documents
    try:
        for outcome in _outcomes(sources, known, corrections, base, jobs, scheduler):
            rel = outcome.relative
            if progress:
                progress(rel)
            if outcome.kind == "unreadable":
                report.problems.append(Problem(outcome.code, "error", outcome.message, rel))
                if rel in known:
                    claimed.add(known[rel][0])     # keep what the last good read gave
                continue
            if outcome.sha256 in seen_sha:
                _duplicate(report, rel, seen_sha[outcome.sha256])
                continue
            seen_sha[outcome.sha256] = rel
            if outcome.kind == "unchanged":
                claimed.add(known[rel][0])
                report.unchanged.append(rel)
                continue
            graph = str(minter.graph(outcome.sha256))
            claimed.add(graph)
            old = known.get(rel)
            owner = stored_sha.get(outcome.sha256)
            if owner and owner != rel and owner not in gone:
                _duplicate(report, rel, owner)
                continue
            if outcome.kind == "failed":
                report.problems.append(Problem("internal-error", "error", outcome.message, rel))
                continue
            if old or st.has_graph(graph):
                touched |= _labelled(st, [old[0]] if old else [graph])
                writer.write(st.replace_graph, graph, outcome.ntriples, [old[0]] if old else [])
            else:
                batch.append((graph, outcome.ntriples))
                batch_size += len(outcome.ntriples)
                if len(batch) >= BATCH_DOCUMENTS or batch_size >= BATCH_BYTES:
                    todo, batch, batch_size = batch, [], 0
                    writer.write(st.add_graphs, todo)
            touched.update(outcome.labelled)
            (report.changed if old else report.added).append(rel)
            if report.built % FLUSH_EVERY == 0:
                # RocksDB keeps writes in memory until flushed: without this, memory grows per document
                writer.write(st.flush)
    finally:                           # what is done is written, also on Ctrl-C
        try:
            writer.write(st.add_graphs, batch)
        finally:
            writer.close()
    for path in gone:
        if known[path][0] not in claimed:
            touched |= _labelled(st, [known[path][0]])
            st.drop_graphs([known[path][0]])
        report.removed.append(path)
    if report.built or report.removed or interrupted:
        # in full when the store was empty or a build was interrupted, else only what this build touched
        _refresh_entity_labels(st, minter, None if interrupted or not known else touched)
    elif _labels_stale(st, minter):
        _refresh_entity_labels(st, minter)
    st.flush()
    st.clear_building()
    # the classes only: counting every quad (Oxigraph walks them all) would be a tenth of an incremental
    # rebuild; `stats` has the triples
    report.counts = stats(st, triples=False)
    try:
        target.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        report.report_path = target
    except OSError as err:
        report.problems.append(Problem("report", "warning", f"could not write the build report ({err})", str(target)))
    return report


def _outcomes(sources, known: dict, overrides, base: str, jobs: int | None, scheduler: str | None = None):
    """Each source through :func:`beleidsgraaf.builders.pipeline.process`, in order, in this process
    or in a pool of ``jobs`` processes with a bounded number of documents in flight (the corpus
    streams through; it is never held in memory)."""
    from collections import deque

    from .builders.pipeline import probe, process

    def args(src):
        k = known.get(src.relative)
        return src, (k[1], k[2]) if k else None, overrides, base
    # files already built are settled here by their hash, so a rebuild that changes a few files
    # neither parses the rest nor starts a pool for them
    settled = {src.relative: probe(*args(src)[:3]) for src in sources} if known else {}
    to_parse = sum(1 for src in sources if settled.get(src.relative) is None)
    if scheduler is None and (jobs is None or jobs <= 1 or to_parse <= 2):
        for src in sources:
            yield settled.get(src.relative) or process(*args(src))
        return
    with _executor(jobs or 1, scheduler) as (pool, width):
        pending: deque = deque()
        try:
            for src in sources:
                done = settled.get(src.relative)
                pending.append(done if done is not None else pool.submit(process, *args(src)))
                while len(pending) >= width * 4 or pending and not hasattr(pending[0], "result"):
                    first = pending.popleft()
                    yield first.result() if hasattr(first, "result") else first
            while pending:
                first = pending.popleft()
                yield first.result() if hasattr(first, "result") else first
        except BaseException:
            for f in pending:
                if hasattr(f, "cancel"):
                    f.cancel()
            raise


@contextmanager
def _executor(jobs: int, scheduler: str | None):
    """Where per-document work runs: a Dask cluster when a scheduler address is given (its
    concurrent.futures executor: the same code path), else a local pool of spawned processes (not
    forked: a forked worker would inherit the store's lock and hold it after a killed build)."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise BeleidsgraafError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
        try:
            client = Client(scheduler, timeout=30)
        except OSError as err:
            raise BeleidsgraafError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        try:
            width = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
            yield client.get_executor(pure=False), width
        finally:
            client.close()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    import os
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_exit_with, initargs=(os.getpid(),)) as pool:
        yield pool, jobs


def _exit_with(parent: int) -> None:
    """In a worker: end this process when the build that started it is gone (killed with SIGKILL, a
    pool's workers would otherwise wait for work forever)."""
    import os
    import threading
    import time

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="exit-with-build").start()


def _duplicate(report: BuildReport, path: str, original: str) -> None:
    report.duplicates.append((path, original))
    report.problems.append(Problem("duplicate", "warning", f"same content as {original}; built once", path))


def _labels_stale(st: Store, minter: Minter) -> bool:
    """True when the shared entity labels do not match the documents (a build was killed before it
    could rewrite them)."""
    g = str(minter.entities_graph())
    res = st.query(f"""ASK {{
      {{ GRAPH ?d {{ ?e rdfs:label ?l }} FILTER(?d != <{g}>) FILTER NOT EXISTS {{ GRAPH <{g}> {{ ?e skos:prefLabel ?p }} }} }}
      UNION
      {{ GRAPH <{g}> {{ ?e skos:prefLabel ?p }} FILTER NOT EXISTS {{ GRAPH ?d {{ ?e rdfs:label ?l }} FILTER(?d != <{g}>) }} }}
    }}""")
    return bool(res)


def _labelled(st: Store, graphs: list[str]) -> set[str]:
    """Entities that have a label in the given graphs."""
    out: set[str] = set()
    for g in graphs:
        _, rows = st.select(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{g}> {{ ?e rdfs:label ?l }} }}")
        out.update(r[0].value for r in rows)
    return out


def _refresh_entity_labels(st: Store, minter: Minter, entities: set[str] | None = None) -> None:
    """Shared entity descriptions (the preferred label) in their own graph, derived from what the
    documents say: all of them, or only ``entities`` (those a build touched), in one transaction."""
    import pyoxigraph as ox
    graph = str(minter.entities_graph())
    if entities is None or len(entities) > 5000:
        # worked out and written inside the store: the labels never pass through Python
        st.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT {{ GRAPH <{graph}> {{ ?entity skos:prefLabel ?label }} }} "
                  f"WHERE {{ {{ {queries.load('entity_labels')} }} BIND(STR(?prefLabel) AS ?label) }}")
        return
    if not entities:
        return
    values = " ".join(str(ox.NamedNode(e)) for e in sorted(entities))
    lines = []
    for e in sorted(entities):        # one index lookup each (a VALUES join made Oxigraph scan everything)
        node = ox.NamedNode(e)
        _, rows = st.select(f"SELECT (MIN(STR(?l)) AS ?label) WHERE {{ {node} rdfs:label ?l }}")
        if rows and rows[0][0] is not None:
            lines.append(f"{node} skos:prefLabel {ox.Literal(rows[0][0].value)} .")
    inserts = "\n".join(sorted(lines))
    st.update(f"DELETE {{ GRAPH <{graph}> {{ ?e skos:prefLabel ?l }} }} WHERE {{ GRAPH <{graph}> {{ "
              f"VALUES ?e {{ {values} }} ?e skos:prefLabel ?l }} }}"
              + (f" ;\nINSERT DATA {{ GRAPH <{graph}> {{ {inserts} }} }}" if inserts else ""))


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[list[str | None]]

    def to_dataframe(self):
        import pandas as pd
        return pd.DataFrame(self.rows, columns=self.variables)


def query(sparql: str, store: Path | str | Store | None = None, bindings: dict | None = None) -> QueryResult:
    """Run a SELECT query over the union of all documents' graphs."""
    st = _open(store, read_only=not isinstance(store, Store))
    names, rows = st.select(sparql, bindings)
    return QueryResult(names, [[term_value(v) for v in row] for row in rows])


def query_named(name: str, store: Path | str | Store | None = None, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query of the library (``graph/queries/library``) with its parameters, given as strings
    and bound as typed terms (see :mod:`beleidsgraaf.graph.queries`)."""
    try:
        q = queries.library_query(name)
        text = q.bound(params)
    except KeyError as err:
        raise QueryError(str(err.args[0])) from None
    except ValueError as err:
        raise QueryError(str(err)) from None
    return query(text, store)


def library() -> dict:
    """The query library: name -> LibraryQuery (description, params, text)."""
    return queries.library()


def export(store: Path | str | Store | None, fmt: str, output: Path | str, include_text: bool = True) -> Path:
    """Write the whole graph in an RDF format (see :data:`beleidsgraaf.exports.rdf.FORMATS`), or the
    table of commitments and requests per actor as ``csv`` or ``html``. ``include_text=False`` leaves
    the documents' full text out of an RDF export (quotes and offsets stay)."""
    from .exports.rdf import export as _export
    from .exports.tables import TABLE_FORMATS, commitments_per_actor
    st = _open(store, read_only=not isinstance(store, Store))
    if fmt in TABLE_FORMATS:
        out = Path(output)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(TABLE_FORMATS[fmt](commitments_per_actor(st)))
        except OSError as err:
            raise ExportError(f"{out}: cannot write ({err.strerror or err})") from None
        return out
    return _export(st, fmt, output, include_text=include_text)


def view(store: Path | str | Store | None, output: Path | str, preset: str = "all", focus: str | None = None,
         depth: int | None = None, as_of: date | None = None) -> Path:
    """Write a who-promised-what network as one self-contained HTML file.

    ``preset``: ``all``, ``ministry`` (what each ministry, or the one matching ``focus``, promised),
    ``motion`` (what was done with each motie), ``overdue`` (commitments past their deadline on
    ``as_of``, default today, and not done). ``focus`` and ``depth`` narrow a view to the
    neighbourhood of the entities whose name contains ``focus``.
    """
    from .exports import network
    from .exports.view import write_html
    st = _open(store, read_only=not isinstance(store, Store))
    try:
        g = network.preset(network.network(st), preset, focus=focus, depth=depth, as_of=as_of)
    except ValueError as err:
        raise ExportError(str(err)) from None
    what = {"all": "alles", "ministry": "per ministerie", "motion": "per motie",
            "overdue": f"te laat op {(as_of or date.today()).isoformat()}"}[preset]
    title = f"beleidsgraaf — {what}" + (f": {focus}" if focus else "")
    subtitle = (f"{sum(1 for _, d in g.nodes(data=True) if d['type'] == 'Commitment')} toezeggingen, "
                f"{sum(1 for _, d in g.nodes(data=True) if d['type'] == 'Request')} verzoeken, "
                f"{len(g)} knopen; klik op een knoop voor de bronzinnen")
    return write_html(g, output, title=title, subtitle=subtitle, as_of=as_of)


def stats(store: Path | str | Store | None = None, triples: bool = True) -> dict[str, int]:
    """Number of resources of each beleidsgraaf class (documents among them), and of triples."""
    st = _open(store, read_only=not isinstance(store, Store))
    names, rows = st.select(queries.load("stats"))
    out = {term_value(r[0]): int(term_value(r[1])) for r in rows}
    if triples:
        out["triples"] = st.triple_count()
    return out


def who_promised_what(store: Path | str | Store | None = None):
    from .exports.tables import who_promised_what as _wpw
    return _wpw(_open(store, read_only=not isinstance(store, Store)))


def commitments_table(store: Path | str | Store | None = None):
    from .exports.tables import commitments
    return commitments(_open(store, read_only=not isinstance(store, Store)))


def validate(store: Path | str | Store | None = None) -> tuple[bool, str]:
    """Check the graph against ontology/shapes.ttl with pySHACL: (conforms, report text)."""
    from importlib import resources

    import pyshacl
    import rdflib
    st = _open(store, read_only=not isinstance(store, Store))
    data = rdflib.Graph()
    from .exports.rdf import FORMATS
    data.parse(data=FORMATS["ntriples"].write(st).decode("utf-8"), format="nt")
    shapes = rdflib.Graph()
    shapes.parse(data=(resources.files("beleidsgraaf.ontology") / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    ontology = rdflib.Graph()
    ontology.parse(data=(resources.files("beleidsgraaf.ontology") / "beleidsgraaf.ttl").read_text(encoding="utf-8"), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                         allow_warnings=True)
    return bool(conforms), text


__all__ = ["BuildReport", "QueryResult", "build", "commitments_table", "export", "library", "query", "query_named",
           "stats", "validate", "view", "who_promised_what", "__version__"]
