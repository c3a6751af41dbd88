"""Worker processes that run SPARQL against the store, so that a query that runs too long can be
stopped by ending its process (pyoxigraph's Python API has no query timeout of its own).

Each worker opens the store once (read-only, or read-write for the single worker of a server that
accepts updates) and answers messages ``{"op": "query"|"update", ...}`` with
``(status, media type, body bytes, headers)``.
"""
from __future__ import annotations

import asyncio
import itertools
import multiprocessing as mp
import re
from dataclasses import dataclass

from .formats import GRAPHS, RESULTS, choose

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _plain(status: int, message: str, headers: dict | None = None):
    return status, "text/plain; charset=utf-8", message.encode("utf-8"), headers or {}


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if dt == XSD_STRING else rdflib.URIRef(dt))
    return rdflib.Literal(str(term))        # an RDF-star triple term, as text


def _tsv(variables: list[str], rows: list[list]) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _solutions(res, accept, fmt, cap):
    import rdflib
    from rdflib.query import Result
    chosen = choose("results", accept, fmt)
    if chosen is None:
        return _plain(406, "not acceptable: SELECT answers are available as " + ", ".join(RESULTS.values()))
    name, media = chosen
    variables = [v.value for v in res.variables]
    rows = [[sol[v] for v in variables] for sol in itertools.islice(res, cap + 1)]
    headers = {}
    if len(rows) > cap:
        rows = rows[:cap]
        headers["X-Result-Truncated"] = str(cap)
    if name == "tsv":
        return 200, media, _tsv(variables, rows), headers
    r = Result("SELECT")
    r.vars = [rdflib.Variable(v) for v in variables]
    r.bindings = [{rdflib.Variable(v): _to_rdflib(t) for v, t in zip(variables, row) if t is not None}
                  for row in rows]
    return 200, media, r.serialize(format=name), headers


def _boolean(res, accept, fmt):
    from rdflib.query import Result
    chosen = choose("results", accept, fmt)
    if chosen is None:
        return _plain(406, "not acceptable: ASK answers are available as " + ", ".join(RESULTS.values()))
    name, media = chosen
    if name == "tsv":
        return 200, media, b"?_askResult\n" + (b"true\n" if bool(res) else b"false\n"), {}
    r = Result("ASK")
    r.askAnswer = bool(res)
    return 200, media, r.serialize(format=name), {}


def _graph(res, accept, fmt, cap, prefixes):
    import pyoxigraph as ox
    chosen = choose("graph", accept, fmt)
    if chosen is None:
        return _plain(406, "not acceptable: CONSTRUCT and DESCRIBE answers are available as "
                      + ", ".join(GRAPHS.values()))
    name, media = chosen
    triples = list(itertools.islice(res, cap + 1))
    headers = {}
    if len(triples) > cap:
        triples = triples[:cap]
        headers["X-Result-Truncated"] = str(cap)
    fmts = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "rdfxml": ox.RdfFormat.RDF_XML}
    kwargs = {"prefixes": prefixes} if name in ("turtle", "rdfxml") else {}
    body = ox.serialize(triples, format=fmts[name], **kwargs)
    return 200, media, body or b"", headers


def run(store, msg: dict, prefixes: dict, store_path: str | None = None):
    import pyoxigraph as ox

    from ..graph.store import whole_documents
    text = msg["text"]
    try:
        if msg["op"] == "update":
            store.update(text, prefixes=prefixes)
            store.flush()
            return 204, "text/plain", b"", {}
        kwargs = {"prefixes": prefixes}
        if msg.get("default_graphs"):
            kwargs["default_graph"] = [ox.NamedNode(g) for g in msg["default_graphs"]]
        elif store_path:      # whole documents only, not a bulk load under way or cut short
            kwargs.update(whole_documents(store, store_path))
        else:
            kwargs["use_default_graph_as_union"] = True
        if msg.get("named_graphs"):
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in msg["named_graphs"]]
        res = store.query(text, **kwargs)
        if isinstance(res, ox.QuerySolutions):
            return _solutions(res, msg.get("accept"), msg.get("format"), msg["cap"])
        if isinstance(res, ox.QueryBoolean):
            return _boolean(res, msg.get("accept"), msg.get("format"))
        return _graph(res, msg.get("accept"), msg.get("format"), msg["cap"], prefixes)
    except SyntaxError as err:
        return _plain(400, f"SPARQL syntax error: {err}")
    except ValueError as err:
        return _plain(400, f"bad request: {err}")
    except OSError as err:
        return _plain(500, f"the query failed: {err}")
    except Exception as err:  # an evaluation error must not end the worker
        return _plain(400, f"the query could not be evaluated: {type(err).__name__}: {err}")


def _serve(conn, store_path: str, writable: bool, prefixes: dict) -> None:
    import pyoxigraph as ox
    try:
        store = ox.Store(store_path) if writable else ox.Store.read_only(store_path)
    except OSError as err:
        conn.send(("error", str(err)))
        return
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run(store, msg, prefixes, store_path))


@dataclass
class _Worker:
    process: mp.Process
    conn: object


class Pool:
    """Worker processes behind an asyncio queue; a query that outlives ``timeout`` seconds ends its
    worker, which is replaced."""

    def __init__(self, store_path: str, size: int, timeout: float, writable: bool, prefixes: dict):
        self.store_path, self.size, self.timeout = store_path, size, timeout
        self.writable, self.prefixes = writable, prefixes
        self._ctx = mp.get_context("spawn")
        self._idle: asyncio.Queue | None = None
        self._all: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_serve, args=(child, self.store_path, self.writable, self.prefixes),
                              daemon=True, name="beleidsgraaf-sparql")
        p.start()
        child.close()
        state, detail = parent.recv()
        if state != "ready":
            p.join()
            raise RuntimeError(f"a query worker could not open the store: {detail}")
        w = _Worker(p, parent)
        self._all.append(w)
        return w

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for _ in range(self.size):
            await self._idle.put(await loop.run_in_executor(None, self._spawn))

    async def run(self, msg: dict) -> tuple:
        loop = asyncio.get_running_loop()
        w = await self._idle.get()
        try:
            w.conn.send(msg)
            done = await loop.run_in_executor(None, w.conn.poll, self.timeout)
            if not done:
                self._end(w)
                await self._idle.put(await loop.run_in_executor(None, self._spawn))
                return _plain(503, f"the query was stopped after {self.timeout:g} s (the server's timeout); "
                              "narrow it, add a LIMIT, or start the server with a longer --timeout",
                              {"Retry-After": "1"})
            result = w.conn.recv()
        except (EOFError, BrokenPipeError, OSError):
            self._end(w)
            await self._idle.put(await loop.run_in_executor(None, self._spawn))
            return _plain(500, "the query worker ended unexpectedly; the query was not answered")
        await self._idle.put(w)
        return result

    def _end(self, w: _Worker) -> None:
        w.process.kill()
        w.process.join(5)
        w.conn.close()
        if w in self._all:
            self._all.remove(w)

    def close(self) -> None:
        for w in list(self._all):
            self._end(w)


_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def uses_service(query: str) -> bool:
    """True when the query has a SERVICE clause (strings, IRIs and comments left aside)."""
    return bool(_SERVICE.search(_NOISE.sub(" ", query)))
