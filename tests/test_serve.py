"""The SPARQL endpoint, from real clients (SPARQLWrapper, httpx) against a server in a subprocess."""
from __future__ import annotations

import csv
import io
import shutil
import time
import urllib.error

import httpx
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from beleidsgraaf import api
from beleidsgraaf.errors import StoreError
from beleidsgraaf.graph.store import Store

from .server import serving

LAWS = "SELECT DISTINCT ?law ?label WHERE { ?law a bg:Law ; skos:prefLabel ?label } ORDER BY ?law"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store(examples_store, tmp_path_factory):
    copy = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(examples_store, copy)
    return copy


@pytest.fixture(scope="module")
def server(store):
    with serving(store, "--timeout", "2", "--workers", "2") as url:
        yield url


def _client(url, fmt):
    w = SPARQLWrapper(url + "/sparql")
    w.setReturnFormat(fmt)
    return w


def test_select_as_json_and_csv_through_sparqlwrapper(server, store):
    expected = api.query(LAWS, store=store).rows
    w = _client(server, JSON)
    w.setQuery(LAWS)
    rows = [[b["law"]["value"], b["label"]["value"]] for b in w.queryAndConvert()["results"]["bindings"]]
    assert rows == expected and rows
    w = _client(server, CSV)
    w.setQuery(LAWS)
    table = list(csv.reader(io.StringIO(w.queryAndConvert().decode("utf-8"))))
    assert table[0] == ["law", "label"] and table[1:] == expected


def test_construct_as_turtle_through_sparqlwrapper(server, store):
    w = _client(server, TURTLE)
    w.setQuery("CONSTRUCT { ?c bg:quote ?q } WHERE { ?c a bg:Commitment ; bg:quote ?q }")
    g = rdflib.Graph().parse(data=w.queryAndConvert(), format="turtle")
    n = api.query("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a bg:Commitment }", store=store).rows[0][0]
    assert len(g) == int(n) > 0


def test_an_update_is_refused_by_a_read_only_server(server, store):
    before = Store(store, read_only=True).triple_count()
    w = SPARQLWrapper(server + "/sparql")
    w.setMethod(POST)
    w.setQuery("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(urllib.error.HTTPError) as err:       # SPARQLWrapper passes a 403 on as it is
        w.query()
    assert err.value.code == 403
    r = httpx.post(server + "/sparql", content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                   headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403 and "read-only" in r.text
    assert Store(store, read_only=True).triple_count() == before


def test_a_runaway_query_is_stopped_by_the_timeout_and_the_server_goes_on(server):
    t = time.time()
    r = httpx.post(server + "/sparql", data={"query": RUNAWAY}, timeout=60)
    assert r.status_code == 503 and "stopped after 2 s" in r.text
    assert time.time() - t < 15
    w = _client(server, JSON)
    w.setQuery("ASK { ?s a bg:Commitment }")
    assert w.queryAndConvert()["boolean"] is True


def test_a_malformed_query_is_answered_400_with_the_position(server):
    w = _client(server, JSON)
    w.setQuery("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryBadFormed) as err:
        w.query()
    assert "1:26" in str(err.value)
    r = httpx.get(server + "/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and "error at 1:26" in r.text


@pytest.mark.parametrize("accept,fmt,media", [
    ("application/sparql-results+xml", None, "application/sparql-results+xml"),
    ("text/tab-separated-values", None, "text/tab-separated-values"),
    ("text/html", "csv", "text/csv"),
    ("*/*", None, "application/sparql-results+json"),
])
def test_result_formats_follow_accept_and_the_format_parameter(server, accept, fmt, media):
    params = {"query": "SELECT ?s WHERE { ?s a bg:Law } LIMIT 3"}
    if fmt:
        params["format"] = fmt
    r = httpx.get(server + "/sparql", params=params, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert "https://w3id.org/beleidsgraaf/id/law/" in r.text


def test_unacceptable_formats_and_service_calls_are_refused(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"},
                  headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = httpx.post(server + "/sparql", content="SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 403 and "SERVICE" in r.text
    ok = httpx.post(server + "/sparql", content='SELECT * WHERE { ?s skos:prefLabel "SERVICE" }',
                    headers={"Content-Type": "application/sparql-query"})
    assert ok.status_code == 200


def test_result_cap(store):
    with serving(store, "--max-rows", "3") as url:
        r = httpx.get(url + "/sparql", params={"query": LAWS, "format": "json"})
        assert len(r.json()["results"]["bindings"]) == 3 and r.headers["x-result-truncated"] == "3"


def test_entity_iris_dereference_by_content_negotiation(server):
    iri = "https://w3id.org/beleidsgraaf/id/law/BWBR0015703"
    page = httpx.get(server + "/id/law/BWBR0015703", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status_code == 200 and "<title>Participatiewet</title>" in page.text
    ttl = httpx.get(server + "/id/law/BWBR0015703", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=ttl.text, format="turtle")
    assert (rdflib.URIRef(iri), rdflib.OWL.sameAs, rdflib.URIRef("https://wetten.overheid.nl/BWBR0015703")) in g
    jsonld = httpx.get(server + "/id/law/BWBR0015703", headers={"Accept": "application/ld+json"})
    from pyld import jsonld as pyld
    nquads = pyld.to_rdf(jsonld.json(), {"format": "application/n-quads"})
    assert f"<{iri}> <http://www.w3.org/2002/07/owl#sameAs> <https://wetten.overheid.nl/BWBR0015703>" in nquads
    assert httpx.get(server + "/id/law/BESTAAT-NIET", headers={"Accept": "text/turtle"}).status_code == 404


def test_void_describes_size_classes_and_endpoint(server, store):
    r = httpx.get(server + "/.well-known/void", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    (triples,) = list(g.objects(None, void.triples))
    assert int(triples) == Store(store, read_only=True).triple_count()
    classes = {str(c) for c in g.objects(None, void["class"])}
    assert "https://w3id.org/beleidsgraaf/def#Commitment" in classes
    assert list(g.objects(None, void.sparqlEndpoint)) == [rdflib.URIRef(server + "/sparql")]
    assert list(g.objects(None, rdflib.DCTERMS.license))


def test_the_query_page_is_self_contained_and_lists_the_library(server):
    page = httpx.get(server + "/").text
    assert "who_promised_what" in page and "<script src" not in page and "<link" not in page
    assert "connect-src 'self'" in httpx.get(server + "/").headers["content-security-policy"]


def test_a_build_is_refused_while_the_store_is_served(server, store, tmp_path):
    with pytest.raises(StoreError) as err:
        api.build([tmp_path], store=store)
    assert "locked" in str(err.value)


def test_updates_need_the_flag_and_the_token(store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    with serving(copy, "--allow-update", "--token", "geheim") as url:
        insert = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> 'c' } }"
        hdr = {"Content-Type": "application/sparql-update"}
        assert httpx.post(url + "/sparql", content=insert, headers=hdr).status_code == 401
        assert httpx.post(url + "/sparql", content=insert, headers={**hdr, "Authorization": "Bearer fout"}).status_code == 401
        ok = httpx.post(url + "/sparql", content=insert, headers={**hdr, "Authorization": "Bearer geheim"})
        assert ok.status_code == 204
        r = httpx.get(url + "/sparql", params={"query": "ASK { <urn:a> <urn:b> 'c' }"},
                      headers={"Accept": "application/sparql-results+json"})
        assert r.json()["boolean"] is True


def test_the_endpoint_leaves_out_the_graphs_of_a_bulk_load_under_way_or_cut_short(examples_store, tmp_path):
    import json

    import pyoxigraph as ox

    from beleidsgraaf.graph.store import MARKER_FILE, PREFIXES
    from beleidsgraaf.serve.worker import run
    copy = tmp_path / "store"
    shutil.copytree(examples_store, copy)
    docs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a bg:Document } }"
    msg = {"op": "query", "text": docs, "accept": "application/sparql-results+json", "cap": 1000}

    def graphs():
        status, _, body, _ = run(ox.Store.read_only(str(copy)), msg, PREFIXES, str(copy))
        assert status == 200
        return {b["g"]["value"] for b in json.loads(body)["results"]["bindings"]}
    every = graphs()
    cut = sorted(every)[0]
    (copy / MARKER_FILE).write_text(cut + "\n", encoding="utf-8")
    assert graphs() == every - {cut}
