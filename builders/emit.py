"""An Analysis -> the triples of its document's named graph (the only builder that imports rdflib).

Per document: the bg:Document (and one per letter of a bundle), its normalised text, every entity
it mentions with the surface forms seen, every commitment and request, and for each mention and
statement a Web Annotation whose selectors point into the normalised text.
"""
from __future__ import annotations

from rdflib import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, Graph

from .. import __version__
from ..graph.iri import Minter
from ..graph.vocab import BG as _BG
from ..graph.vocab import OA as _OA
from ..model import Analysis, Span
from . import gazetteer as gz
from .recognise import person_candidate

CONTEXT = 40

# Terms are written straight in N-Triples syntax: building an rdflib term per value cost more than
# the extraction itself. The namespaces below give each name as "<IRI>", and stay closed where the
# vocabulary is (a name bg: does not define is still an AttributeError).
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class _Names:
    def __init__(self, namespace) -> None:
        self._ns = namespace

    def __getattr__(self, name: str) -> str:
        term = f"<{getattr(self._ns, name)}>"
        setattr(self, name, term)
        return term


BG, OA, RDF, RDFS, SKOS, OWL, PROV, DCTERMS, FOAF, XSD, ORG = (
    _Names(n) for n in (_BG, _OA, RDF, RDFS, SKOS, OWL, PROV, DCTERMS, FOAF, XSD, ORG))
STATUS = {"Planned": BG.Planned, "InProgress": BG.InProgress, "Done": BG.Done, "Unknown": BG.Unknown}


def URIRef(iri: str) -> str:
    return f"<{iri}>"


def Literal(value, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax; ``datatype`` as given by the namespaces above."""
    text = str(value)
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:     # most values need no escape
        text = text.translate(_ESCAPES)
    return f'"{text}"^^{datatype}' if datatype else f'"{text}"'


class _Minted:
    """The Minter's IRIs in N-Triples syntax, each minted once per document (an entity, the activity
    and the document recur in many triples)."""

    def __init__(self, minter: Minter) -> None:
        self._minter = minter
        self._minted: dict[tuple, str] = {}

    def __getattr__(self, name: str):
        make = getattr(self._minter, name)
        minted = self._minted

        def mint(*args) -> str:
            iri = minted.get((name, args))
            if iri is None:
                iri = minted[name, args] = f"<{make(*args)}>"
            return iri
        setattr(self, name, mint)
        return mint


class Triples:
    """The triples of one document as N-Triples lines (a set, so each triple once); ``graph()``
    gives an rdflib Graph when one is wanted."""

    def __init__(self) -> None:
        self._lines: set[str] = set()

    def add(self, triple: tuple[str, str, str]) -> None:
        self._lines.add(f"{triple[0]} {triple[1]} {triple[2]} .\n")

    def __len__(self) -> int:
        return len(self._lines)

    def serialize(self, format: str = "nt") -> str:
        if format not in ("nt", "ntriples"):
            return self.graph().serialize(format=format)
        return "".join(sorted(self._lines))

    def graph(self) -> Graph:
        return Graph().parse(data=self.serialize(), format="nt")


def emit(analysis: Analysis, minter: Minter) -> Triples:
    doc = analysis.document
    g = Triples()
    minter = _Minted(minter)
    d = minter.document(doc.sha256)
    text = doc.text
    g.add((d, RDF.type, BG.Document))
    g.add((d, RDF.type, PROV.Entity))
    g.add((d, BG.sourceFile, Literal(doc.path)))
    g.add((d, BG.sha256, Literal(doc.sha256)))
    g.add((d, BG.fileFormat, Literal(doc.format)))
    if doc.pages:
        g.add((d, BG.pageCount, Literal(len(doc.pages), datatype=XSD.integer)))
    g.add((d, BG.documentType, Literal(doc.doc_type)))
    g.add((d, BG.text, Literal(text)))
    g.add((d, BG.extractorVersion, Literal(f"beleidsgraaf {__version__}")))
    g.add((d, PROV.wasGeneratedBy, minter.activity(__version__)))
    g.add((d, DCTERMS.identifier, Literal(doc.sha256[:16])))
    for ident in doc.identifiers:
        g.add((d, DCTERMS.identifier, Literal(ident)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title)))
    if doc.date:
        g.add((d, DCTERMS.date, Literal(doc.date.isoformat(), datatype=XSD.date)))
    if doc.speaker:
        g.add((d, DCTERMS.creator, minter.entity(doc.speaker)))
    if doc.sender:
        g.add((d, BG.sender, minter.entity(doc.sender)))
    if doc.addressee:
        g.add((d, BG.addressedTo, minter.entity(doc.addressee)))
    if doc.reference:
        g.add((d, BG.reference, Literal(doc.reference)))
    if doc.overrides:
        g.add((d, BG.overrides, Literal(doc.overrides)))

    letters = {}
    for lt in (doc.letters if len(doc.letters) > 1 else ()):
        li = minter.letter(doc.sha256, lt.index)
        letters[lt.index] = (li, lt)
        g.add((li, RDF.type, BG.Document))
        g.add((li, RDF.type, PROV.Entity))
        g.add((li, DCTERMS.isPartOf, d))
        g.add((li, BG.sourceFile, Literal(doc.path)))
        g.add((li, BG.documentType, Literal("brief")))
        g.add((li, DCTERMS.identifier, Literal(f"{doc.sha256[:16]}/letter/{lt.index}")))
        if lt.subject:
            g.add((li, DCTERMS.title, Literal(lt.subject)))
        if lt.date:
            g.add((li, DCTERMS.date, Literal(lt.date.isoformat(), datatype=XSD.date)))
        if lt.addressee:
            g.add((li, BG.addressedTo, minter.entity(lt.addressee)))
        if lt.sender:
            g.add((li, BG.sender, minter.entity(lt.sender)))
            if lt.sender.startswith("person:"):
                _describe_person(g, minter.entity(lt.sender), lt.sender_name or lt.sender.split(":", 1)[1])
        _selectors(g, minter, doc, d, li, lt.span, text, f"letter-{lt.index}", "segment.letter")

    entities = analysis.entities
    for key, e in sorted(entities.items()):
        _describe(g, minter, e, entities)
    for m in analysis.mentions:
        e = minter.entity(m.key)
        g.add((d, BG.mentions, e))
        g.add((e, SKOS.altLabel, Literal(_fold(m.surface))))
        for idx, (li, lt) in letters.items():
            if lt.span.start <= m.span.start < lt.span.end:
                g.add((li, BG.mentions, e))
        ann = _selectors(g, minter, doc, d, e, m.span, text, m.key, m.rule)
        if m.type == "Ministry":
            on = next((lt.date for lt in doc.letters if lt.span.start <= m.span.start < lt.span.end and lt.date),
                      doc.date)
            tooi = gz.ministry_tooi_on(m.key, m.surface, on)
            if tooi:
                g.add((ann, BG.tooiOnDocumentDate, URIRef(tooi)))
    for s in analysis.statements:
        si = minter.statement(s.kind, doc.sha256, s.span.start, s.span.end)
        g.add((si, RDF.type, BG.Commitment if s.kind == "Commitment" else BG.Request))
        g.add((si, BG.quote, Literal(s.quote)))
        source = letters[s.letter][0] if s.letter in letters else d
        g.add((si, PROV.wasDerivedFrom, source))
        g.add((si, BG.status, STATUS[s.status]))
        g.add((si, BG.rule, Literal(s.rule)))
        if s.actor:
            g.add((si, BG.actor, minter.entity(s.actor)))
        if s.person:
            g.add((si, PROV.wasAttributedTo, minter.entity(s.person)))
        if s.addressee:
            g.add((si, BG.addressee, minter.entity(s.addressee)))
        if s.deadline:
            g.add((si, BG.dueText, Literal(s.deadline.text)))
            if s.deadline.latest:
                g.add((si, BG.dueDate, Literal(s.deadline.latest.isoformat(), datatype=XSD.date)))
        for c in s.concerns:
            g.add((si, BG.concerns, minter.entity(c)))
        for mo in s.implements:
            g.add((si, BG.implements, minter.entity(mo)))
        if s.number:
            g.add((si, BG.actionNumber, Literal(s.number)))
        if s.section:
            g.add((si, BG.section, Literal(s.section)))
        # offsets index the file's normalised text, kept as bg:text on the file's document
        _selectors(g, minter, doc, d, si, s.span, text, f"statement:{si[1:-1]}", s.rule)
    if any(s.actor == "government:nl" or s.addressee == "government:nl" for s in analysis.statements):
        gov = minter.entity("government:nl")
        g.add((gov, RDF.type, BG.Government))
        g.add((gov, RDFS.label, Literal("Kabinet")))
    return g


def _fold(s: str) -> str:
    return " ".join(s.split())


def _describe_person(g: Triples, iri: str, name: str) -> None:
    g.add((iri, RDF.type, BG.Person))
    g.add((iri, RDFS.label, Literal(name)))
    g.add((iri, FOAF.familyName, Literal(name.split()[-1] if name else name)))


def _describe(g: Triples, minter: _Minted, e, entities) -> None:
    iri = minter.entity(e.key)
    g.add((iri, RDF.type, getattr(BG, e.type)))
    g.add((iri, RDFS.label, Literal(e.label)))
    if e.notation:
        g.add((iri, SKOS.notation, Literal(e.notation)))
    for same in e.same_as:
        g.add((iri, OWL.sameAs, URIRef(same)))
    extra = dict(e.extra)
    if e.type == "Person":
        g.add((iri, FOAF.familyName, Literal(extra.get("familyName", e.label))))
        if extra.get("givenName"):
            g.add((iri, FOAF.givenName, Literal(extra["givenName"])))
        if extra.get("role"):
            g.add((iri, BG.role, Literal(extra["role"])))
        # the ministries and bodies the text links the person to (W3C Organization Ontology)
        for name, body in e.extra:
            if name == "memberOf":
                g.add((iri, ORG.memberOf, minter.entity(body)))
    if e.type == "ParliamentaryPaper":
        g.add((iri, BG.dossier, Literal(extra.get("dossier", e.label))))
        if extra.get("number"):
            g.add((iri, BG.number, Literal(extra["number"])))
    if e.type == "Motion":
        for name in extra.get("submitters", "").split("/"):
            if name:
                p = person_candidate(name, 0, 0, "")
                pi = minter.entity(p.key)
                g.add((iri, BG.submitter, pi))
                if p.key not in entities:
                    _describe_person(g, pi, name)
        if extra.get("motionNumber"):
            g.add((iri, BG.motionNumber, Literal(extra["motionNumber"])))
        if extra.get("dossier"):
            d = extra["dossier"].replace(" ", "")
            paper = minter.entity("paper:" + d.lower() + "-" + extra.get("motionNumber", ""))
            g.add((iri, BG.inPaper, paper))
            g.add((paper, RDF.type, BG.ParliamentaryPaper))
            g.add((paper, RDFS.label, Literal(f"Kamerstuk {d}, nr. {extra.get('motionNumber', '')}")))
            g.add((paper, BG.dossier, Literal(d)))
            if extra.get("motionNumber"):
                g.add((paper, BG.number, Literal(extra["motionNumber"])))


def _selectors(g: Triples, minter: _Minted, doc, source: str, body: str, span: Span, text: str,
               key: str, rule: str) -> str:
    ann = minter.annotation(doc.sha256, span.start, span.end, key)
    target = ann[:-1] + "/target>"
    pos = ann[:-1] + "/position>"
    quote = ann[:-1] + "/quote>"
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
    g.add((ann, BG.rule, Literal(rule)))
    g.add((ann, PROV.wasGeneratedBy, minter.activity(__version__)))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, source))
    g.add((target, OA.hasSelector, pos))
    g.add((target, OA.hasSelector, quote))
    raw_start, raw_end = doc.offsets.span_to_raw(span.start, span.end)
    g.add((target, BG.sourceStart, Literal(raw_start, datatype=XSD.integer)))
    g.add((target, BG.sourceEnd, Literal(raw_end, datatype=XSD.integer)))
    page = doc.page_of(span.start)
    if page:
        g.add((target, BG.page, Literal(page, datatype=XSD.integer)))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(span.start, datatype=XSD.integer)))
    g.add((pos, OA.end, Literal(span.end, datatype=XSD.integer)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[span.start:span.end])))
    g.add((quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT):span.start])))
    g.add((quote, OA.suffix, Literal(text[span.end:span.end + CONTEXT])))
    return ann
