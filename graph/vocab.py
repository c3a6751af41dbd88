"""The bg: namespace, closed: a name not in the ontology is an AttributeError (a test keeps this
list and ontology/beleidsgraaf.ttl in step)."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

DEF = "https://w3id.org/beleidsgraaf/def#"
DEFAULT_BASE = "https://w3id.org/beleidsgraaf/id/"
OA = Namespace("http://www.w3.org/ns/oa#")


class BG(DefinedNamespace):
    _NS = Namespace(DEF)
    _fail = True

    Document: object
    Ministry: object
    Organisation: object
    Government: object
    Person: object
    Law: object
    Motion: object
    Programme: object
    ParliamentaryPaper: object
    Statement: object
    Commitment: object
    Request: object
    Status: object
    Planned: object
    InProgress: object
    Done: object
    Unknown: object
    sourceFile: object
    fileFormat: object
    pageCount: object
    page: object
    sourceStart: object
    sourceEnd: object
    documentType: object
    sha256: object
    text: object
    mentions: object
    sender: object
    addressedTo: object
    reference: object
    overrides: object
    tooiOnDocumentDate: object
    signatory: object
    extractorVersion: object
    dossier: object
    number: object
    submitter: object
    motionNumber: object
    inPaper: object
    role: object
    quote: object
    actor: object
    addressee: object
    status: object
    dueText: object
    dueDate: object
    concerns: object
    implements: object
    rule: object
    actionNumber: object
    section: object
