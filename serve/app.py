"""The HTTP face of a store: SPARQL 1.1 Protocol at /sparql, dereferenceable entity IRIs at /id/…, a
VoID and DCAT description at /.well-known/void, and a query page at /.

Read-only unless started with updates allowed and a token; federated SERVICE refused unless allowed;
every query runs in a worker process that is ended when it outlives the timeout.
"""
from __future__ import annotations

import hmac
import html
import json
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..graph.store import PREFIXES, hold_lock
from ..graph.vocab import DEFAULT_BASE
from .formats import GRAPHS, choose, html_wanted
from .worker import Pool, uses_service

MAX_QUERY_BYTES = 1_000_000


@dataclass
class Settings:
    store: Path
    base: str = DEFAULT_BASE
    workers: int = 2
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str | None = None
    allow_service: bool = False
    licence: str = "https://creativecommons.org/publicdomain/zero/1.0/"


def create_app(settings: Settings) -> Starlette:
    if settings.allow_update and not settings.token:
        raise ValueError("updates need a token: give --token (or $BELEIDSGRAAF_TOKEN) with --allow-update")
    store = Path(settings.store)
    if not (store / "CURRENT").exists():
        raise FileNotFoundError(f"{store}: no store here (build one first with 'beleidsgraaf build')")
    pool = Pool(str(store), 1 if settings.allow_update else max(1, settings.workers), settings.timeout,
                settings.allow_update, PREFIXES)

    @asynccontextmanager
    async def lifespan(app):
        lock = None if settings.allow_update else hold_lock(store, exclusive=False)
        await pool.start()
        try:
            yield
        finally:
            pool.close()
            if lock:
                lock.close()

    async def query_msg(text: str, request: Request, params) -> Response:
        if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
            return PlainTextResponse("the query is too long", status_code=413)
        if not settings.allow_service and uses_service(text):
            return PlainTextResponse("federated queries (SERVICE) are disabled on this server; start it with "
                                     "--allow-service to allow them", status_code=403)
        msg = {"op": "query", "text": text, "accept": request.headers.get("accept"),
               "format": params.get("format"), "cap": settings.max_rows,
               "default_graphs": params.getlist("default-graph-uri"),
               "named_graphs": params.getlist("named-graph-uri")}
        return _response(await pool.run(msg))

    async def update_msg(text: str, request: Request) -> Response:
        if not settings.allow_update:
            return PlainTextResponse("this endpoint is read-only: SPARQL Update is refused (start the server "
                                     "with --allow-update and a token to accept updates)", status_code=403)
        given = request.headers.get("authorization", "")
        if not (given.startswith("Bearer ") and hmac.compare_digest(given[7:].encode(), settings.token.encode())):
            return PlainTextResponse("an update needs the header 'Authorization: Bearer <token>'", status_code=401,
                                     headers={"WWW-Authenticate": "Bearer"})
        if not settings.allow_service and uses_service(text):
            return PlainTextResponse("federated queries (SERVICE) are disabled on this server", status_code=403)
        return _response(await pool.run({"op": "update", "text": text}))

    async def sparql(request: Request) -> Response:
        params = request.query_params
        if request.method == "GET":
            if "update" in params:
                return PlainTextResponse("SPARQL Update must be sent with POST", status_code=405,
                                         headers={"Allow": "POST"})
            if "query" not in params:
                if html_wanted(request.headers.get("accept")):
                    return RedirectResponse("/", status_code=303)
                return PlainTextResponse("give a query: GET /sparql?query=…, or POST it", status_code=400)
            return await query_msg(params["query"], request, params)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return await query_msg((await request.body()).decode("utf-8", "replace"), request, params)
        if ctype == "application/sparql-update":
            return await update_msg((await request.body()).decode("utf-8", "replace"), request)
        if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.form()
            if "update" in form:
                return await update_msg(str(form["update"]), request)
            if "query" in form:
                merged = _Merged(params, form)
                return await query_msg(str(form["query"]), request, merged)
            return PlainTextResponse("the form has neither 'query' nor 'update'", status_code=400)
        return PlainTextResponse("POST a query as application/sparql-query, application/sparql-update or a "
                                 "form (application/x-www-form-urlencoded)", status_code=415)

    async def entity(request: Request) -> Response:
        path = request.path_params["path"]
        if not path or any(c in path for c in '<>"{}|\\^` \n\t') or ".." in path:
            return PlainTextResponse("not an entity path", status_code=400)
        iri = settings.base + path
        from pyoxigraph import NamedNode
        node = str(NamedNode(iri))
        accept = request.headers.get("accept")
        if html_wanted(accept) and not request.query_params.get("format"):
            out = await pool.run({"op": "query", "text": f"SELECT ?p ?o ?label WHERE {{ {node} ?p ?o . "
                                  "OPTIONAL { ?o skos:prefLabel ?label } } ORDER BY ?p ?o", "accept": "application/sparql-results+json",
                                  "cap": 2000})
            incoming = await pool.run({"op": "query", "text": f"SELECT DISTINCT ?s ?p ?quote WHERE {{ ?s ?p {node} . "
                                       "OPTIONAL { ?s bg:quote ?quote } } ORDER BY ?p ?s LIMIT 500",
                                       "accept": "application/sparql-results+json", "cap": 500})
            if out[0] != 200:
                return _response(out)
            rows = json.loads(out[2])["results"]["bindings"]
            if not rows:
                return PlainTextResponse(f"nothing is known about {iri}", status_code=404)
            inc = json.loads(incoming[2])["results"]["bindings"] if incoming[0] == 200 else []
            return HTMLResponse(_entity_page(iri, rows, inc, settings.base), headers={"Vary": "Accept"})
        chosen = choose("graph", accept, request.query_params.get("format"))
        if chosen is None:
            return PlainTextResponse("not acceptable: " + ", ".join(["text/html", *GRAPHS.values()]), status_code=406)
        text = (f"CONSTRUCT {{ {node} ?p ?o . ?o skos:prefLabel ?label }} WHERE {{ {node} ?p ?o . "
                "OPTIONAL { ?o skos:prefLabel ?label } }")
        status, media, body, headers = await pool.run({"op": "query", "text": text, "accept": accept,
                                                       "format": request.query_params.get("format"),
                                                       "cap": settings.max_rows})
        if status == 200 and not body.strip():
            return PlainTextResponse(f"nothing is known about {iri}", status_code=404)
        return Response(body, status_code=status, media_type=media, headers={**headers, "Vary": "Accept"})

    async def void(request: Request) -> Response:
        from .void import describe
        graph = await describe(pool, settings, str(request.base_url).rstrip("/"))
        chosen = choose("graph", request.headers.get("accept"), request.query_params.get("format"))
        if chosen is None:
            return PlainTextResponse("not acceptable: " + ", ".join(GRAPHS.values()), status_code=406)
        name = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[chosen[0]]
        return Response(graph.serialize(format=name), media_type=chosen[1])

    async def page(request: Request) -> Response:
        return HTMLResponse(_query_page(), headers={"Content-Security-Policy":
                            "default-src 'none'; connect-src 'self'; script-src 'unsafe-inline'; "
                            "style-src 'unsafe-inline'"})

    routes = [Route("/", page), Route("/sparql", sparql, methods=["GET", "POST"]),
              Route("/.well-known/void", void), Route("/id/{path:path}", entity)]
    return Starlette(routes=routes, lifespan=lifespan)


class _Merged:
    """URL parameters and form fields together (form wins)."""

    def __init__(self, params, form):
        self.params, self.form = params, form

    def get(self, key, default=None):
        return self.form.get(key, self.params.get(key, default))

    def getlist(self, key):
        return list(self.form.getlist(key)) + list(self.params.getlist(key))


def _response(result) -> Response:
    status, media, body, headers = result
    return Response(body, status_code=status, media_type=media, headers=headers)


def _link(iri: str, base: str) -> str:
    if iri.startswith(base):
        return f'<a href="/id/{html.escape(iri[len(base):])}">{html.escape(iri)}</a>'
    if iri.startswith(("http://", "https://")):
        return f'<a href="{html.escape(iri)}" rel="noopener noreferrer">{html.escape(iri)}</a>'
    return html.escape(iri)


def _value(b: dict | None, base: str) -> str:
    if not b:
        return ""
    if b["type"] == "uri":
        return _link(b["value"], base)
    return html.escape(b["value"])


def _entity_page(iri: str, rows: list, incoming: list, base: str) -> str:
    label = next((r["o"]["value"] for r in rows if r["p"]["value"].endswith(("#prefLabel", "#label"))), iri)
    body = "".join(f"<tr><th>{_link(r['p']['value'], base)}</th><td>{_value(r['o'], base)}"
                   f"{' — ' + html.escape(r['label']['value']) if r.get('label') else ''}</td></tr>" for r in rows)
    inc = "".join(f"<li>{_link(r['s']['value'], base)} <small>{html.escape(r['p']['value'])}</small>"
                  f"{'<br><q>' + html.escape(r['quote']['value']) + '</q>' if r.get('quote') else ''}</li>"
                  for r in incoming)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(label)}</title><style>body{{font:14px/1.4 system-ui,sans-serif;margin:16px;max-width:1100px}}
th{{text-align:left;vertical-align:top;padding-right:12px;font-weight:normal;color:#555}} td{{word-break:break-word}}</style></head>
<body><h1>{html.escape(label)}</h1><p><code>{html.escape(iri)}</code> · also as
<a href="?format=turtle">Turtle</a>, <a href="?format=jsonld">JSON-LD</a>, <a href="?format=ntriples">N-Triples</a></p>
<table>{body}</table><h2>Referring to it</h2><ul>{inc or '<li>nothing</li>'}</ul>
<p><a href="/">SPARQL query page</a></p></body></html>"""


def library_examples(today: str | None = None) -> list[dict]:
    """The library's queries as runnable SPARQL, each parameter bound to its default (or to the
    example in its description), for the query page and for clients that cannot bind."""
    import re

    from ..graph import queries
    examples = []
    for q in queries.library().values():
        values = {}
        for p in q.params:
            example = p.default
            if example is None:
                m = re.search(r'e\.g\. "([^"]+)"', p.doc)
                example = m.group(1) if m else ""
            values[p.name] = example
        day = date.fromisoformat(today) if today else None
        examples.append({"name": q.name, "description": q.description, "params": values,
                         "query": q.bound(values, day)})
    return examples


def _query_page() -> str:
    template = (resources.files("beleidsgraaf.serve") / "query_page.html").read_text(encoding="utf-8")
    data = json.dumps(library_examples(), ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        data = data.replace(ch, esc)
    return template.replace("/*EXAMPLES*/[]", data)
