"""Candidates -> mentions and entities: overlaps settled, abbreviations defined in the text
followed, repeated names resolved to one entity key per document (and, through deterministic keys,
across documents)."""
from __future__ import annotations

import re

from ..model import Entity, Mention, Span
from . import gazetteer as gz
from .recognise import Candidate, abbreviation_definitions, slug

# Higher wins when two candidates cover the same characters with the same length.
PRIORITY = {"override.alias": 10, "ministry.gazetteer": 9, "ministry.office-abbreviation": 9, "motion.pattern": 8,
            "paper.prefixed": 8, "paper.dossier-nr": 8, "paper.document-number": 8, "paper.aanhangsel": 8,
            "law.gazetteer": 7, "law.grondwet": 7, "organisation.gazetteer": 6, "organisation.kamer": 6, "organisation.party-after-member": 6,
            "law.bill-name": 5, "law.treaty": 5, "law.eu-instrument": 5, "law.compound-wet": 5, "law.wet-name": 4,
            "programme.head-noun": 4, "programme.common-name": 4, "programme.compound": 3,
            "organisation.head-noun": 3, "organisation.tail-noun": 2, "person.role-name": 3,
            "person.initials": 2, "person.motion-submitter": 3, "government.phrase": 1, "abbreviation": 6}
_PROGRAMME_WORDS = re.compile(r"(?i)(actieplan|programma|agenda|aanpak|akkoord|strategie|overzicht|deal|pact|plan)\b")


def settle(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the most specific rule); a motion keeps the
    persons it names inside it."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -PRIORITY.get(c.rule, 0), c.start, c.key))
    taken: list[tuple[int, int]] = []
    kept = []
    for c in order:
        if any(a < c.end and c.start < b for a, b in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    nested = [p for c in kept if c.type == "Motion" for p in c.parts]
    return sorted(kept + nested, key=lambda c: (c.start, c.end, c.key))


# The word a body's name is built on ("Centraal Justitieel Incassobureau", "Sociale Verzekeringsbank").
_BODY_WORD = re.compile(
    r"(?i)(?:stichting|vereniging|federatie|bond|alliantie|platform|netwerk|raad|college|commissie|comit[ée]|"
    r"instituut|centrum|autoriteit|dienst|inspectie|universiteit|hogeschool|fonds|ombudsman|rekenkamer|bureau|"
    r"bank|organisatie|agentschap|meldpunt|loket|team|panel|partij|koepel|unie|overleg|politie|ministerie|"
    r"gemeente|provincie|waterschap|rechtspraak|advocaat|toezicht|kamer|coalitie|nederland|"
    r"association|committee|council|agency|foundation|institute|authority|federation|society|board|office)$")


def _guess_type(name: str) -> str | None:
    """The type of a name defined with an abbreviation and known to no gazetteer: a law, a programme,
    a body by the word it is built on; None for the rest (an instrument, a method, a study)."""
    words = name.split()
    last = words[-1].lower() if words else ""
    if last.endswith("wet") or name.lower().startswith(("wet ", "besluit ", "wetsvoorstel ", "regeling ")):
        return "Law"
    if _PROGRAMME_WORDS.search(name):
        return "Programme"
    if any(_BODY_WORD.search(w.strip("(),")) for w in words):
        return "Organisation"
    return None


def resolve(text: str, cands: list[Candidate]) -> tuple[list[Mention], dict[str, Entity]]:
    """Settle candidates, follow abbreviations, and return mentions and their entities."""
    cands = list(cands)
    # abbreviations defined in the text: "Persoonlijk Digitaal Regelingenoverzicht (PDR)"
    known_abbr = {}
    for s, e, abbr, a_s, a_e in abbreviation_definitions(text):
        inside = [c for c in cands if c.start <= s + 2 and c.end >= e - 2 and c.type != "Government"
                  and c.type != "Person"]
        if inside:
            target = max(inside, key=lambda c: (c.end - c.start, PRIORITY.get(c.rule, 0)))
        else:
            name = re.sub(r"\s+", " ", text[s:e])
            if name.split()[0].lower() in {"de", "het", "een", "van", "voor"}:
                name = name.split(" ", 1)[1] if " " in name else name
                s = e - len(name)
            kind = _guess_type(name)
            if kind is None:
                continue
            target = Candidate(s, e, kind, f"{kind.lower()}:{slug(name)}", name, "abbreviation")
            cands.append(target)
        known_abbr.setdefault(abbr, target)
    for abbr, target in known_abbr.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w])", text):
            cands.append(Candidate(m.start(), m.end(), target.type, target.key, target.label, "abbreviation",
                                   target.notation or abbr, target.same_as, target.extra))
    kept = settle(cands)
    # a motion's key: its submitters and the number given anywhere in this text
    numbered = {}
    for c in kept:
        if c.type == "Motion":
            d = dict(c.extra)
            if "motionNumber" in d:
                numbered.setdefault(d["submitters"], (c.key, c.extra))
    mentions = []
    entities: dict[str, Entity] = {}
    for c in kept:
        key, extra = c.key, c.extra
        if c.type == "Motion":
            d = dict(extra)
            if "motionNumber" not in d and d["submitters"] in numbered:
                key, extra = numbered[d["submitters"]]
        surface = text[c.start:c.end]
        mentions.append(Mention(Span(c.start, c.end), c.type, surface, key, c.rule))
        if key not in entities:
            entities[key] = Entity(key=key, type=c.type, label=c.label, notation=c.notation,
                                   same_as=c.same_as, extra=tuple(extra))
        if c.type == "Motion":
            for p in c.parts:
                entities.setdefault(p.key, Entity(key=p.key, type="Person", label=p.label, extra=p.extra))
    return mentions, entities


def gazetteer_entity(key: str) -> gz.Entry | None:
    for g in (gz.ministries(), gz.organisations(), gz.laws()):
        if key in g.by_key:
            return g.by_key[key]
    return None
