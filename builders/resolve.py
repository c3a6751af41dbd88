"""Candidates -> mentions and entities: overlaps settled, abbreviations defined in the text
followed, repeated names resolved to one entity key per document (and, through deterministic keys,
across documents)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from rapidfuzz import fuzz

from ..model import Entity, Mention, Span
from . import gazetteer as gz
from .recognise import Candidate, abbreviation_definitions, slug
from .coordinated import coordinated_bodies
from .segment import footnote_spans

# Higher wins when two candidates cover the same characters with the same length.
PRIORITY = {"override.alias": 10, "ministry.gazetteer": 9, "ministry.office-abbreviation": 9, "motion.pattern": 8,
            "paper.prefixed": 8, "paper.dossier-nr": 8, "paper.bare-number": 7, "paper.heading": 8, "paper.document-number": 8, "paper.aanhangsel": 8,
            "law.gazetteer": 7, "law.grondwet": 7, "organisation.gazetteer": 6, "organisation.kamer": 6, "organisation.party-after-member": 6,
            "law.bill-name": 5, "law.treaty": 5, "law.eu-instrument": 5, "law.compound-wet": 5, "law.wet-name": 4,
            "programme.gazetteer": 7, "programme.head-noun": 4, "programme.common-name": 4, "programme.compound": 3,
            "organisation.committee": 6, "organisation.regional-body": 5, "organisation.head-noun": 3, "organisation.tail-noun": 2, "organisation.compound": 2, "person.role-name": 3,
            "person.initials": 2, "person.motion-submitter": 3, "government.phrase": 1, "abbreviation": 6}
_PROGRAMME_WORDS = re.compile(r"(?i)(actieplan|programma|agenda|aanpak|akkoord|strategie|overzicht|deal|(?<!m)pact|plan)\b")


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
    nested = [p for c in kept for p in c.parts]
    return sorted(kept + nested, key=lambda c: (c.start, c.end, c.key))


# The word a body's name is built on ("Centraal Justitieel Incassobureau", "Sociale Verzekeringsbank").
_BODY_WORD = re.compile(
    r"(?i)(?:stichting|vereniging|federatie|bond|alliantie|platform|netwerk|raad|college|commissie|comit[ée]|"
    r"instituut|centrum|autoriteit|dienst|inspectie|universiteit|hogeschool|fonds|ombudsman|rekenkamer|bureau|"
    r"bank|organisatie|agentschap|meldpunt|loket|team|panel|partij|koepel|unie|overleg|politie|ministerie|"
    r"gemeente|provincie|waterschap|rechtspraak|advocaat|toezicht|kamer|coalitie|nederland|"
    # "Nationaal Regieorgaan Onderwijsonderzoek (NRO)", "Landelijk Collectief …", a housing corporation
    r"orgaan|collectief|consortium|co[öo]peratie|corporatie|"
    # institutions and the events they run: "Internationale Architectuur Biënnale Rotterdam (IABR)"
    r"museum|bibliotheek|ziekenhuis|school|academie|omroep|bi[eë]nnale|festival|"
    r"association|committee|council|agency|foundation|institute|authority|federation|society|board|office)$")


_INSTRUMENT = re.compile(r"(?i)(?:stelsel|loket|register|portaal|platform|systeem|voorziening|informatiepunt|helpdesk|"
                         r"monitor|dashboard|applicatie|database|infrastructuur)$")


_METHOD = re.compile(r"(?i)(?:assessment|toets|test|scan|index|methode|methodiek|model)$")


def _guess_type(name: str) -> str | None:
    """The type of a name defined with an abbreviation and known to no gazetteer: a law, a programme,
    a body by the word it is built on, a programme for a title of capitalised words; None for the rest
    ("interdepartementaal beleidsonderzoek (IBO)": a kind of study)."""
    words = name.split()
    last = words[-1].lower() if words else ""
    # not an instrument built for a law: "Digitaal Stelsel Omgevingswet (DSO)"
    if last.endswith("wet") and not any(_INSTRUMENT.search(w) for w in words[:-1]) \
            or name.lower().startswith(("wet ", "besluit ", "wetsvoorstel ", "regeling ")):
        return "Law"
    if _PROGRAMME_WORDS.search(name):
        return "Programme"
    if any(_BODY_WORD.search(w.strip("(),")) for w in words):
        return "Organisation"
    # a method or a check, no programme: "Privacy Impact Assessment (PIA)", "Uitvoeringstoets (UT)"
    if _METHOD.search(last):
        return None
    # a title of capitalised words: a named instrument or facility of government, tracked as a programme
    # ("Generieke Digitale Infrastructuur (GDI)", "Integraal Afwegingskader voor beleid en regelgeving (IAK)")
    if words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 2 and len(words) <= 8:
        return "Programme"
    return None


def resolve(text: str, cands: list[Candidate]) -> tuple[list[Mention], dict[str, Entity]]:
    """Settle candidates, follow abbreviations, and return mentions and their entities."""
    cands = list(cands)
    cands += coordinated_bodies(text, cands)
    # abbreviations defined in the text: "Persoonlijk Digitaal Regelingenoverzicht (PDR)"
    known_abbr = {}
    for s, e, abbr, a_s, a_e in abbreviation_definitions(text):
        inside = [c for c in cands if c.start <= s + 2 and c.end >= e - 2 and c.type != "Government"
                  and c.type != "Person"]
        # a name that a body's or programme's word opens before the letters start: "het Kenniscentrum
        # Passend Contact met de Overheid (PCMO)", where a pattern stopped at "met"
        opened = [c for c in cands if c.start < s < c.end < e and c.type in ("Organisation", "Programme")]
        if inside:
            target = max(inside, key=lambda c: (c.end - c.start, PRIORITY.get(c.rule, 0)))
        elif opened:
            head = min(opened, key=lambda c: c.start)
            name = re.sub(r"\s+", " ", text[head.start:e])
            target = Candidate(head.start, e, head.type, f"{head.type.lower()}:{slug(name)}", name, "abbreviation")
            cands.append(target)
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
                numbered.setdefault(gz.fold(d["submitters"]), (c.key, c.extra, c.label))
    mentions = []
    entities: dict[str, Entity] = {}
    for c in kept:
        key, extra, label = c.key, c.extra, c.label
        if c.type == "Motion":
            d = dict(extra)
            if "motionNumber" not in d:
                key, extra, label = numbered.get(gz.fold(d["submitters"])) \
                    or _first_submitter(numbered, d["submitters"], c.label) or (key, extra, label)
        surface = text[c.start:c.end]
        mentions.append(Mention(Span(c.start, c.end), c.type, surface, key, c.rule))
        if key not in entities:
            entities[key] = Entity(key=key, type=c.type, label=label, notation=c.notation,
                                   same_as=c.same_as, extra=tuple(extra))
        if c.type == "Motion":
            for p in c.parts:
                entities.setdefault(p.key, Entity(key=p.key, type="Person", label=p.label, extra=p.extra))
    mentions, entities = _merge_variants(mentions, entities)
    return _definite_references(text, mentions, entities), entities


# "de inspectie", "de raad", "de commissie", "het meldpunt", "het College", "de Afdeling" (of the Raad van State):
# the body of that kind the text named last, when it is near
_DEFINITE_BODY = re.compile(r"\b(?:[Dd]e[ ](?P<de>inspectie|raad|commissie|ombudsman|rekenkamer|autoriteit|adviesraad|"
                            r"staatscommissie|stichting|vereniging|Afdeling)|[Hh]et[ ](?P<het>meldpunt|[Cc]ollege|kenniscentrum|"
                            r"agentschap|adviescollege))\b(?![ ]+(?:van|voor|die|dat)\b)(?![-\w])")


def _definite_references(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """A body referred to by its kind after it was named ("De Inspectie Justitie en Veiligheid publiceerde
    … De inspectie beveelt aan …"): a mention of the body of that kind the running text named last, within
    2,000 characters before, unless another body of that kind was named less than 500 characters before it."""
    # (not a body a footnote names: the reference is to the running text)
    notes = footnote_spans(text)
    orgs = [m for m in mentions if m.type == "Organisation" and not any(n.start <= m.span.start < n.end for n in notes)]
    if not orgs:
        return mentions
    taken = [(m.span.start, m.span.end) for m in mentions]
    extra = []
    for d in _DEFINITE_BODY.finditer(text):
        if any(a < d.end() and d.start() < b for a, b in taken):
            continue
        which = "de" if d.group("de") else "het"
        kind = d.group(which).lower()
        before = [m for m in orgs if m.span.end <= d.start() and d.start() - m.span.end < 2000]
        of_kind = [m for m in before if kind in _heads(entities[m.key].label) or kind in _heads(m.surface)]
        if of_kind:
            last = of_kind[-1]
            # not when another body of that kind was named shortly before: which one is meant is then unclear
            if any(m.key != last.key for m in of_kind if m.span.start > last.span.start - 500):
                continue
            extra.append(Mention(Span(d.start(which), d.end(which)), "Organisation", d.group(which), last.key,
                                 "organisation.definite-reference"))
    return sorted(mentions + extra, key=lambda m: (m.span.start, m.span.end, m.key)) if extra else mentions


def _first_submitter(numbered: dict, submitters: str, label: str):
    """The numbered motion "Motie Dobbe c.s." stands for in a text that also gives it with all its submitters
    and its number ("De motie van de leden Dobbe en Slagt-Tichelman (…, nr. 91)"): the one whose first
    submitter it names, when there is one such."""
    if not label.rstrip(".").lower().endswith("c.s"):
        return None
    first = gz.fold(submitters.split("/")[0].strip())
    found = [v for k, v in numbered.items() if k.split("/")[0].strip() == first]
    return found[0] if len(found) == 1 else None


def _heads(name: str) -> set[str]:
    """The words a body's name may be built on: its first two words and its last ("Vaste commissie voor …",
    "Wetenschappelijke Raad voor het Regeringsbeleid", "Sociaal-Economische Raad")."""
    words = gz.fold(name).split()
    return set(words[:2] + words[-1:])


_FUNCTION_WORDS = frozenset("van voor de het een der den op in en te met aan tot i ii iii".split())


def _content(label: str) -> tuple[str, ...]:
    """The words that carry a name, a compound written with or without its hyphen alike
    ("Multiprobleem-huishoudens", "Multiprobleemhuishoudens")."""
    return tuple(t for t in re.findall(r"\w+", re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", "", gz.fold(label)))
                 if t not in _FUNCTION_WORDS)


def _same_word(a: str, b: str) -> bool:
    return a == b or len(a) >= 8 and len(b) >= 8 and fuzz.ratio(a, b) >= 85


def _within(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """Every word of ``small`` is in ``big`` (typos of long words allowed), and both open alike."""
    return bool(small) and bool(big) and _same_word(small[0], big[0]) and all(any(_same_word(w, v) for v in big) for w in small)


_NAME_ADJECTIVES = frozenset("nederlandse nederlands nationale nationaal landelijke landelijk centrale centraal "
                             "koninklijke koninklijk".split())
_KIND_WORDS = frozenset("nationaal nationale landelijk landelijke programma actieplan aanpak werkagenda agenda initiatiefnota "
                        "strategie".split())


def _kindless(words: tuple[str, ...]) -> tuple[str, ...]:
    """A programme's words without the kind they open with: "Nationaal Programma Kansrijke Start" is
    the programme a text also calls "het programma Kansrijke Start"."""
    i = 0
    while i < len(words) - 1 and words[i] in _KIND_WORDS:
        i += 1
    return words[i:] if i else ()


def _goes_on_with_en(short: str, long: str) -> bool:
    a, b = gz.fold(short).split(), gz.fold(long).split()
    return len(a) >= 2 and len(b) > len(a) + 1 and b[:len(a)] == a and b[len(a)] == "en"


def _merge_variants(mentions: list[Mention], entities: dict[str, Entity]) -> tuple[list[Mention], dict[str, Entity]]:
    """Programmes, bodies and laws no gazetteer knows, named in one document in several forms, are one
    entity: "Hoofdlijnenakkoord voor de ouderenzorg" and "Hoofdlijnenakkoord Ouderenzorg (HLO)" (the
    same words). A programme's short form is also the one longest name it is part of: "Werkagenda",
    "Werkagenda 2025-2030" and "Werkagenda VN-verdrag Handicap I 2025-2030"; one that fits several
    ("City Deal" beside four named City Deals) stays on its own. A body's longer name is often a part
    of it ("VNG" and "VNG-commissie"), so bodies merge on the same words, or when the longer name goes
    on with "en …". A surname alone is the one person the text names in full with it."""
    # a law's short form may also be the one law of the reference data it is part of ("Wet gelijke
    # behandeling chronische ziekte" in a text that names the Wet gelijke behandeling op grond van
    # handicap of chronische ziekte), and a body written with a word left out or added ("College voor de
    # Rechten van Mens") the body of the reference data with the same words
    loose = {k: _content(e.label) for k, e in entities.items()
             if e.type in ("Programme", "Organisation", "Law") and (not e.same_as or e.type != "Programme")}
    target: dict[str, str] = {}
    uses = Counter(m.key for m in mentions)
    for key, words in loose.items():
        if entities[key].same_as:
            continue
        kind = entities[key].type
        # a body of the reference data named without the adjective its name opens with: "de Arbeidsinspectie"
        # is the Nederlandse Arbeidsinspectie
        if kind == "Organisation":
            known = [k for k, w in loose.items() if k != key and entities[k].same_as and entities[k].type == kind
                     and len(w) > len(words) and w[0] in _NAME_ADJECTIVES and w[1:] == words]
            if len(known) == 1:
                target[key] = known[0]
                continue
            # … or with a word of its name left out in the middle: "Bureau Kabinetsformatie" is the "Bureau
            # Woordvoering Kabinetsformatie" the same text names
            fuller = [k for k, w in loose.items() if k != key and entities[k].type == kind and not entities[k].same_as
                      and len(words) >= 2 and len(w) == len(words) + 1 and w[:-2] + w[-1:] == words]
            # (one name however it is spelled: "Bureau Woordvoering …" and its typo "Bureau Wordvoering …")
            if fuller and all(_within(loose[k], loose[fuller[0]]) and _within(loose[fuller[0]], loose[k]) for k in fuller):
                target[key] = max(fuller, key=lambda k: (uses[k], k))
                continue
        wider = [k for k, w in loose.items() if k != key and entities[k].type == kind
                 and (_within(words, w) or kind == "Programme" and _within(words, _kindless(w)))
                 # a body's longer name is often a part of it ("VNG", "VNG-commissie"): bodies merge on the
                 # same words, or when a name of two words or more goes on with "en …" ("Staatscommissie
                 # Discriminatie" and "Staatscommissie Discriminatie en Racisme")
                 and (kind != "Organisation" or _within(w, words) or _goes_on_with_en(entities[key].label, entities[k].label))
                 and (not _within(w, words) or entities[k].same_as or (len(w), uses[k], k) > (len(words), uses[key], key))]
        widest = [k for k in wider if not any(j != k and _within(loose[k], loose[j]) and not _within(loose[j], loose[k])
                                              for j in wider)]
        # one name however it is spelled ("Hoofdlijnenakkoord Ouderenzorg" and a typo of it): the one the
        # text uses most is the name they all go to
        if widest and all(_within(loose[k], loose[widest[0]]) and _within(loose[widest[0]], loose[k]) for k in widest):
            target[key] = max(widest, key=lambda k: (len(loose[k]), uses[k], k))
    # a person named by the surname alone ("Geachte mevrouw Top") is the one person of that surname the
    # text names in full ("Susan Top")
    persons = {k: gz.fold(e.label) for k, e in entities.items() if e.type == "Person"}
    for key, name in persons.items():
        fuller = [k for k, full in persons.items() if full.endswith(" " + name)]
        if len(fuller) == 1:
            target[key] = fuller[0]
    if not target:
        return mentions, entities

    def final(key: str) -> str:
        seen = set()
        while key in target and key not in seen:
            seen.add(key)
            key = target[key]
        return key
    mentions = [replace(m, key=final(m.key)) for m in mentions]
    return mentions, {k: e for k, e in entities.items() if final(k) == k}


def gazetteer_entity(key: str) -> gz.Entry | None:
    for g in (gz.ministries(), gz.organisations(), gz.laws()):
        if key in g.by_key:
            return g.by_key[key]
    return None
