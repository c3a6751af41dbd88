"""A description of the served dataset in VoID and DCAT: size, classes, vocabularies, licence, endpoint
and the time of the last build."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

VOCABULARIES = ["https://w3id.org/beleidsgraaf/def#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/",
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#", "http://xmlns.com/foaf/0.1/",
                "http://www.w3.org/2002/07/owl#", "http://www.w3.org/ns/org#"]


async def _select(pool, text: str) -> list[dict]:
    status, _, body, _ = await pool.run({"op": "query", "text": text, "accept": "application/sparql-results+json",
                                         "cap": 10_000})
    if status != 200:
        raise RuntimeError(body.decode("utf-8", "replace"))
    return json.loads(body)["results"]["bindings"]


def last_build(store: Path) -> datetime:
    report = store.parent / f"{store.name}.build-report.json"
    newest = report.stat().st_mtime if report.exists() else max(p.stat().st_mtime for p in store.iterdir())
    return datetime.fromtimestamp(newest, timezone.utc).replace(microsecond=0)


async def describe(pool, settings, server: str):
    import rdflib
    from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD
    g = rdflib.Graph()
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.bind("dcterms", DCTERMS)
    ds = rdflib.URIRef(server + "/.well-known/void#dataset")
    endpoint = rdflib.URIRef(server + "/sparql")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, rdflib.Literal("beleidsgraaf: wie beloofde wat", lang="nl")))
    g.add((ds, DCTERMS.description, rdflib.Literal(
        "Commitments and requests extracted from Dutch policy documents, with the entities they concern "
        "and the exact source sentence of every fact.", lang="en")))
    g.add((ds, DCTERMS.license, rdflib.URIRef(settings.licence)))
    g.add((ds, DCTERMS.modified, rdflib.Literal(last_build(Path(settings.store)).isoformat(), datatype=XSD.dateTime)))
    g.add((ds, VOID.sparqlEndpoint, endpoint))
    g.add((ds, VOID.uriSpace, rdflib.Literal(settings.base)))
    g.add((ds, VOID.exampleResource, rdflib.URIRef(settings.base + "government/nl")))
    service = rdflib.URIRef(server + "/sparql#service")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, endpoint))
    g.add((service, DCAT.servesDataset, ds))
    g.add((ds, DCAT.distribution, service))
    for v in VOCABULARIES:
        g.add((ds, VOID.vocabulary, rdflib.URIRef(v)))
    total = await _select(pool, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    g.add((ds, VOID.triples, rdflib.Literal(int(total[0]["n"]["value"]), datatype=XSD.integer)))
    docs = await _select(pool, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a bg:Document }")
    g.add((ds, VOID.documents, rdflib.Literal(int(docs[0]["n"]["value"]), datatype=XSD.integer)))
    classes = await _select(pool, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
    for i, row in enumerate(classes):
        part = rdflib.URIRef(f"{server}/.well-known/void#class-{i}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], rdflib.URIRef(row["c"]["value"])))
        g.add((part, VOID.entities, rdflib.Literal(int(row["n"]["value"]), datatype=XSD.integer)))
    return g
