"""Spans of ministries, organisations, the cabinet, persons, laws, motions, programmes and papers.

Each recogniser is a function ``(text) -> list[Candidate]`` registered in :data:`RECOGNISERS`;
every candidate records the rule that found it. Overlaps are settled in :mod:`.resolve`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import gazetteer as gz
from .dates import MONTHS
from .patterns import starting_with
from .segment import ORDER_OF_THE_DAY

# letters of Dutch names, also those of Central European and Turkish origin ("Kostić", "Şahin"): Latin
# Extended-A, whose capitals and small letters alternate, counts as both
UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
LOW = "a-zß-öø-ÿ\u0100-\u017f"
PARTICLE = r"(?:[Vv]an der|[Vv]an den|[Vv]an de|[Vv]an 't|[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Tt]e|'t|[Ii]n 't)"
SURNAME = rf"(?:{PARTICLE}\s+)*[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)?"
CAP_PARTICLE_SURNAME = rf"(?:(?:Van der|Van den|Van de|Van 't|Van|De|Den|Ter|Ten|Te|'t)\s+)?(?:(?:der|den|de)\s+)?[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)?"
NOT_NAMES = {
    "Kamer", "Staten", "Generaal", "Raad", "Rijk", "Nederland", "Nederlandse", "Den", "Haag", "Koning",
    "Koninkrijk", "Koninkrijksrelaties", "Sociale", "Binnenlandse", "Buitenlandse", "Economische",
    "Financiën", "Justitie", "Defensie", "Onderwijs", "Volksgezondheid", "Infrastructuur", "Landbouw",
    "Klimaat", "Digitalisering", "Armoedebeleid", "Natuur", "Asiel", "Volkshuisvesting", "Algemene", "Zaken",
    "President", "Minister", "Staatssecretaris", "Europese", "Medische", "Primair", "Jeugd", "Wonen", "Zorg",
    "Rechtsbescherming", "Langdurige", "Ontwikkelingssamenwerking", "Buitenlandse Handel", "Milieu",
    "Cultuur", "Emancipatie", "Herstel", "Toeslagen", "Fiscaliteit", "Participatie", "Pensioenen", "Stikstof",
    "Migratie", "Preventie", "Sport", "Media", "Basis", "Hoger", "Wetenschap", "Economie", "Bureau", "In",
    "Het", "De", "Een", "Dit", "Deze", "Dat", "Die", "Ook", "Wij", "Ik", "Zij", "Hij", "Uw", "Wat", "Hoe",
}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    key: str
    label: str
    rule: str
    notation: str | None = None
    same_as: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    parts: tuple["Candidate", ...] = field(default=(), compare=False)   # e.g. a motion's submitters


def slug(s: str) -> str:
    s = gz.fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80]


RECOGNISERS = []


def recogniser(fn):
    RECOGNISERS.append(fn)
    return fn


def recognise(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for fn in RECOGNISERS:
        out.extend(fn(text))
    # (not the letters of a postcode: "2500 EK Den Haag" names no Eerste Kamer, "3500 GE" no ministry)
    return [c for c in out if not (c.end - c.start == 2 and _POSTCODE_DIGITS.search(text, max(0, c.start - 6), c.start))]


_POSTCODE_DIGITS = re.compile(r"\b[1-9]\d{3}[ ]?$")


def _entry_candidate(e: gz.Entry, start: int, end: int, rule: str) -> Candidate:
    return Candidate(start, end, e.type, e.key, e.label, rule, e.notation, e.same_as, e.extra)


# -------------------------------------------------------------- the cabinet

@recogniser
def government(text: str) -> list[Candidate]:
    out = []
    for m in re.finditer(r"\b(?:het|dit|dat|ons|onze|de)\s+(kabinet|[Kk]abinet|regering)\b|\b(Kabinet|Regering)\b(?!s)", text):
        g = 1 if m.group(1) else 2
        out.append(Candidate(m.start(g), m.end(g), "Government", "government:nl", "Kabinet", "government.phrase"))
    return out


# --------------------------------------------------------------- ministries

_POST_VOOR = re.compile(r"\b(?:minister|ministers|staatssecretaris|staatssecretarissen)\s+voor\s+[^.;()\n]{0,90}$", re.I)
_OFFICE_VAN = re.compile(r"\b(?:ministerie|ministeries|minister|ministers|staatssecretaris|staatssecretarissen|departement|bewindspersonen|bewindspersoon|collega|collega's)\s+van\s+(?:[^.;\n]{0,60}?)$", re.I)


@recogniser
def ministries(text: str) -> list[Candidate]:
    g = gz.ministries()
    out = []
    for hit in g.find(text):
        before = text[max(0, hit.start - 110):hit.start]
        post = _POST_VOOR.search(before)
        office = _OFFICE_VAN.search(before)
        if post and not (office and office.start() > post.start()):
            continue
        out.append(_entry_candidate(g.by_key[hit.key], hit.start, hit.end, "ministry.gazetteer"))
    # abbreviations that are ordinary words elsewhere ("AZ", "Fin") count only after "minister(ie) van"
    context = {}
    for e in g.entries:
        for name in e.context_only:
            context[name] = e
    if context:
        names = "|".join(sorted(map(re.escape, context), key=len, reverse=True))
        for m in re.finditer(rf"\b(?:ministerie|minister|staatssecretaris)\s+van\s+({names})\b", text, re.I):
            e = context.get(m.group(1)) or next((v for k, v in context.items() if k.lower() == m.group(1).lower()), None)
            if e:
                out.append(_entry_candidate(e, m.start(1), m.end(1), "ministry.office-abbreviation"))
    return out


# ------------------------------------------------------------ organisations

_ORG_HEAD = (r"Stichting|Vereniging|Federatie|Coöperatie|Bond|Alliantie|Platform|Netwerk|Raad|College|"
             r"Commissie|Comité|Instituut|Centrum|Autoriteit|Dienst|Inspectie|Universiteit|Hogeschool|"
             r"Fonds|Kenniscentrum|Ombudsman|Rekenkamer|Planbureau|Staatscommissie|Adviescommissie|"
             r"Adviesraad|Kinderombudsman|Koepel|Branchevereniging|Ondervragingscommissie|Enquêtecommissie|"
             r"Onderzoekscommissie|Kamer van Koophandel|Academie|Genootschap|Beweging|Collectief|Unie|Bureau|Verbond|"
             r"Loket|Meldpunt|Informatiepunt|Expertisecentrum|Agentschap|Coalitie")
_JOIN = r"(?:van|voor|de|het|der|den|en|op|in|tegen|&)"
# capitalised words that start a sentence or a heading, never continue a name
_SENTENCE_STARTERS = (r"De|Het|In|Een|Dit|Deze|Op|Met|Voor|Bij|Als|Ook|Zo|Er|Wij|We|Ik|Om|Dat|Die|Daarnaast|"
                      r"Daarbij|Hierbij|Tot|Na|Naar|Uit|Aan|Over|Onder|Door|Nu|Wat|Hoe|Waar|Wanneer|Planning|"
                      r"Stand|Status|Toelichting|Zie|Volgens|Namens|Aldus")
_CAPWORD = rf"(?:(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][\w'’()-]*[\w)]|\d+)"
_ORG_ADJECTIVE = (r"Nationaal|Nationale|Landelijk|Landelijke|Nederlands|Nederlandse|Centraal|Centrale|Sociaal|"
                  r"Europees|Europese|Internationaal|Internationale|Parlementaire|Koninklijke|Algemene|Hoge|Vaste|"
                  r"Tijdelijke|Ministeriële|Interdepartementale|Juridisch|Ondersteunend|Gemeentelijke|Regionale|"
                  r"Provinciale|Wetenschappelijke|Rijks")
_ORG_PATTERN = starting_with(rf"[{UP}]",
    rf"(?<![\w-])(?:(?:{_ORG_ADJECTIVE})\s+)*"
    rf"(?:{_ORG_HEAD}|[A-Z]{{2,6}}-(?:commissie|raad|werkgroep|platform|netwerk))(?:\s+(?:{_JOIN}\s+){{0,3}}{_CAPWORD}){{1,7}}")
# an adjective and a body's word, alone or in a compound: "Juridisch Loket", "Nationale Jeugdraad"
_ORG_ADJECTIVE_HEAD = starting_with(rf"[{UP}]",
    rf"\b(?:(?:{_ORG_ADJECTIVE})\s+)+(?:[{UP}][{LOW}]*(?:raad|bureau|dienst|commissie|fonds|instituut|loket|"
    rf"centrum|autoriteit|inspectie|ombudsman|rekenkamer|college|bond|federatie|vereniging)|{_ORG_HEAD})\b")
_ORG_TAIL = starting_with(rf"[{UP}]", rf"\b(?!(?:{_SENTENCE_STARTERS}|Volgens|Namens|Samen|Dankzij|Zowel)\b)(?:[{UP}][\w'’-]+(?:[ ]+|[ ]*\n(?![ ]*\n)[ ]*)){{1,3}}(?:Universiteit|Hogeschool|Ombudsman|Instituut|Alliantie|Platform|Netwerk|Federatie|Coalitie|Collectief|Foundation|Fonds|Overal|Bank|Groep|"
                       # English names put the body's word last: "Lancet Commission", "Wageningen Research"
                       rf"Commission|Committee|Council|Institute|Agency|Authority|Association|Federation|Society|Research)\b"
                       # acronyms before "Nederland": "GGD GHOR Nederland"
                       rf"|\b(?:[A-Z]{{2,6}}[ ]){{1,3}}Nederland\b")
# where a second body starts: "… en de Raad voor Rechtsbijstand", "… en de Nationale Jeugdraad"
_TWO_BODIES = re.compile(rf"\s+en\s+(?:de\s+|het\s+)?(?=(?:(?:{_ORG_ADJECTIVE})\s+)*(?:{_ORG_HEAD})\b"
                         rf"|{_ORG_ADJECTIVE_HEAD.pattern}"
                         # a word before the second body's own: "Commissie en Opinie Raad voor Regelgevingstoetsing"
                         rf"|[{UP}][{LOW}]+[ ](?:{_ORG_HEAD})\b"
                         # a body by its letters as the name's last word: "Branchevereniging Kinderopvang en BOinK"
                         rf"|[A-Z][A-Za-z]{{0,3}}[A-Z][A-Za-z]{{0,5}}$)")
_REGIONAL_BODY = starting_with("[VvGOoRrZz]", rf"\b(?:[Vv]eiligheidsregio|GGD|[Oo]mgevingsdienst|RIEC|[Rr]egionale [Uu]itvoeringsdienst|"
                            rf"[Zz]org- en [Vv]eiligheidshuis)[ ](?!(?:{_SENTENCE_STARTERS}|GHOR)\b)[{UP}][{LOW}]+(?:[- ][{UP}][{LOW}]+){{0,3}}")
_AND_NEXT = re.compile(r"\s+en\s+(?:de\s+|het\s+)?")
_BOARD_OF = re.compile(r"(?i)raad\s+van\s+(?:bestuur|toezicht|commissarissen)\s+(?:van\s+(?:de\s+|het\s+)?)?")


def _board_of_known(name: str, start: int, known_starts: set[int]) -> bool:
    """A body's board is that body: "Raad van bestuur UWV" signs for UWV, which the reference data names."""
    board = _BOARD_OF.match(name)
    return bool(board) and start + board.end() in known_starts
# what is named after a body: "Raad van State-advies"
_NAMED_AFTER = re.compile(rf"-[{LOW}]+$")
_ORG_LOWER_HEAD = re.compile(rf"\b(?:[Dd]e|[Hh]et)\s+(?P<n>(?:commissie|directie|inspectie|werkgroep)[ ]+"
                             # "de commissie van BZK": a committee named after a ministry's letters
                             rf"(?:(?:van|voor)[ ]+(?=[A-Z]{{2,}}\b))?"
                             rf"(?!(?:{_SENTENCE_STARTERS})\b)(?:[A-Z]{{2,}}|[{UP}][{LOW}]+)\b(?:[ ](?:{_JOIN}[ ])?[{UP}][\w-]*){{0,4}})")
# a committee by its chair's surname, with its particle: "commissie Van Geel", "commissie Remkes"
_CHAIRED = re.compile(rf"commissie[ ](?P<p>(?:(?:Van der|Van den|Van de|Van 't|Van|De|Ter|Ten|Te)[ ])?"
                      rf"[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)?)")
_ORG_COMPOUND = re.compile(rf"\b[{UP}][{LOW}]{{3,}}(?:raad|panel|team|advocaat|commissaris|dienst|bureau|inspectie|loket|"
                           rf"bond|federatie|vereniging)\b")
_CITED_PUBLISHER = re.compile(
    rf"(?m)^[ ]*(?:\d{{1,3}}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{{1,3}}\])[ ]*"
    # a paper's own series is no publisher: "Kamerstukken II 2021-2022, 9 september 2022"
    rf"(?!Kamerstuk|Handelingen|Aanhangsel|Staatscourant|Staatsblad|Stcrt|Stb)"
    rf"(?P<org>[{UP}][^\W\d_][\w&'’-]*(?:[ ][^\W\d_][\w&'’-]*){{0,5}}),[ ]+"
    rf"(?:\d{{1,2}}[ ]+)?(?:{'|'.join(MONTHS)})[ ]+\d{{4}},")
_ORG_HYPHENATED = re.compile(rf"\b(?:[{UP}][{LOW}]+|[A-Z]{{2,6}})-(?:Commissie|Comité|Raad|Instituut|Platform)\b"
                             rf"|\b[A-Z][a-z]{{3,}}(?:[A-Z][a-z]{{3,}}|NL)\b")
# compounds of a body's kind that name a kind of body, not one
_GENERIC_BODIES = {"adviesraad", "gemeenteraad", "ondernemingsraad", "medezeggenschapsraad", "projectteam",
                   "kernteam", "werkteam", "inspectie", "klantendienst", "buitendienst", "binnendienst",
                   "rijksdienst", "cliëntenraad", "jongerenpanel", "burgerpanel", "burgerpanels", "expertteam",
                   "vakbond", "sportbond", "sportvereniging", "huurdersvereniging", "brancheorganisatie",
                   "koepelvereniging", "beroepsvereniging", "werkgeversvereniging"}
# the organs every body of a kind has, and kinds of meeting, capitalised in a signature or a list
_KIND_NAMES = {"raad van bestuur", "raad van toezicht", "raad van commissarissen", "raad van advies",
               "college van bestuur", "dagelijks bestuur", "algemeen bestuur", "bestuurlijk overleg", "algemeen overleg"}
_INDEFINITE = re.compile(r"\b(?:een|elk|elke|ieder|iedere)[ ]+$", re.I)
_ADDRESS_LINE = re.compile(r"\s*\n(?=[ ]*(?:\d|Postbus\b|Datum\b|Kenmerk\b|T\.a\.v\.|[^\n]*\d[ ]*(?:\n|$)))")
_KAMER = re.compile(r"\b(?:[Uu]w|[Dd]e|[Dd]er|[Hh]aar|[Bb]ij de|[Aa]an de)\s+(Kamer)\b(?!\s+(?:van|der)\b)")


def _heading_opening_with(opening: str, rest: str = r"[^\n.:;!?]") -> re.Pattern:
    """A heading, a line of its own under and over an empty line, that opens with ``opening``: its text
    is the group ``h``."""
    return re.compile(rf"(?:\A|\n[ ]*\n)(?P<h>{opening}[ ]{rest}{{3,80}})[ ]*\n[ ]*\n(?=[ ]*[{UP}])")


# a lower-case word and an infinitive after it that ends a line: what is to be done, not a name ("… discriminatie
# uitbreiden"; not a plural after a preposition: "Vereniging van gemeenten")
_ENDS_IN_INFINITIVE = re.compile(rf"[ ](?!(?:{_JOIN}|naar|met|bij|aan|uit|over)\b)[{LOW}]+[ ]"
                                 rf"(?!\w+ingen$)(?:(?:uit|in|op|af|aan|door|ver|be|ont|her|over|toe|mee|vast|bij|terug|samen)"
                                 rf"[{LOW}]{{3,}}en|[{LOW}]{{3,}}(?:iseren|ificeren))$")
_ORG_HEADING = _heading_opening_with(rf"(?:(?:{_ORG_ADJECTIVE})[ ])*(?:{_ORG_HEAD})", r"[^\n.:;!?()]")
# a short line of a form: a label of a word or three, then the body's word it ends in
_SHORT_LABEL_LINE = re.compile(r"[ \t]*(?:[a-z0-9][.)][ \t]+)?\S[^\n]{0,28}[ \t]\S+[ \t]*")
_DAY_AT_END = re.compile(r"(?:\s+(?:van|op|in))?\s+\d{1,2}$")
_MONTH_NEXT = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b")
_ORG_STOP_TAIL = re.compile(rf"(?:\s+(?:{_JOIN}))+$")


def _in_capitals_line(text: str, at: int) -> bool:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return not any(c.islower() for c in line)


@recogniser
def organisations(text: str) -> list[Candidate]:
    g = gz.organisations()
    # two letters before a hyphen qualify a thing ("EU-landen", "EC-certificaat"), they do not name the body
    # … nor do two capitals in a line of capitals ("VERZOEK OM UITSTEL" is no Openbaar Ministerie)
    out = [_entry_candidate(g.by_key[h.key], h.start, h.end, "organisation.gazetteer") for h in g.find(text)
           if h.end - h.start > 2 or text[h.end:h.end + 1] != "-" and not _in_capitals_line(text, h.start)]
    known_starts = {c.start for c in out}
    pos = 0
    unwrapped = None      # whether the text's paragraphs are lines of their own, looked at when a name spans a break
    while m := _ORG_PATTERN.search(text, pos):
        s = m.group()
        pos = m.end()
        # "de Raad voor de Rechtspraak en de Raad voor Rechtsbijstand": two bodies, the second looked at again
        two = _TWO_BODIES.search(s)
        # … or when what follows "en" is a body the reference data knows: "de Vereniging van Nederlandse
        # Gemeenten en het Interprovinciaal Overleg"
        two = two or next((j for j in _AND_NEXT.finditer(s) if m.start() + j.end() in known_starts), None)
        if two:
            s = s[:two.start()]
            pos = m.start() + two.end()
        # a name ends where an address or a letterhead goes on under it ("Postbus 20018", "Datum")
        s = _heading_end(text, m.start(), _ADDRESS_LINE.split(s)[0])
        # … and at the end of a long line in a text whose paragraphs are not wrapped, where such a line break is
        # meant ("Coalitie voor Inclusie - VN-Verdrag Handicap | Coalitie voor Inclusie\nMKB Toegankelijk - …");
        # short lines, as in a signature block, may still break a name ("VNG-commissie\nBestuurlijke Aanpak")
        brk = s.find("\n")
        if brk > 0 and m.start() + brk - text.rfind("\n", 0, m.start()) > 60:
            if unwrapped is None:
                unwrapped = _unwrapped(text)
            if unwrapped:
                s = s[:brk].rstrip()
        # nor does it go on into the next line of a signature block: "directeur Nieuwe Instituut\nAnne Smit, …"
        nl = s.find("\n")
        if nl > 0 and _SIGNATURE_LINE.match(text, m.start() + nl + 1):
            s = s[:nl].rstrip()
        # nor from a label that ends in a body's word into the value under it: "Behandelingstraject Raad\nRaad
        # Justitie en Binnenlandse Zaken", "Besluitvormingsprocedure Raad\nGekwalificeerde meerderheid"
        if nl > 0 and re.fullmatch(_ORG_HEAD, s[:nl].strip()) and _SHORT_LABEL_LINE.fullmatch(
                text, text.rfind("\n", 0, m.start()) + 1, m.start() + nl):
            s = s[:nl].rstrip()
        # "Raad van State-advies": the advice of the body, named after it
        s = _ORG_STOP_TAIL.sub("", _NAMED_AFTER.sub("", s))
        s = re.sub(r"\s+\($", "", s)
        # nor into the day of a meeting: "de Raad WSBVC van 16 juni"
        day = _DAY_AT_END.search(s)
        if day and _MONTH_NEXT.match(text, m.start() + len(s)):
            s = s[:day.start()]
        if s.count("(") != s.count(")"):
            s = s[:s.rfind("(")].rstrip()
        # what was cut off a name ("Lid Raad van Bestuur" over "Stichting X") is looked at again
        pos = min(pos, m.start() + len(s) + 1)
        if len(s.split()) < 2:
            continue
        if _board_of_known(s, m.start(), known_starts):
            continue
        out.append(_named("Organisation", m.start(), s, "organisation.head-noun"))
    # a unit or committee named after its kind in lower case: "de commissie Van Geel", "de directie
    # CIO Rijk", "de inspectie Overheidsinformatie en Erfgoed"
    for m in _ORG_LOWER_HEAD.finditer(text):
        s = _ORG_STOP_TAIL.sub("", m.group("n"))
        body = _named("Organisation", m.start("n"), s, "organisation.head-noun")
        # a committee named after its chair names the chair too: "de commissie Van Geel", "de commissie Remkes"
        # (not a word the text also writes in lower case, a noun: "de commissie Onderwijs", "… over het onderwijs")
        chair = _CHAIRED.fullmatch(s)
        surname = chair.group("p").split()[-1] if chair else ""
        if chair and chair.group("p") not in NOT_NAMES and not re.search(rf"\b{re.escape(surname.lower())}\b", text) \
                and not gz.organisations().find(text, m.start("n") + chair.start("p"), m.start("n") + chair.end("p")):
            at = m.start("n") + chair.start("p")
            body = replace(body, parts=(person_candidate(chair.group("p"), at, at + len(chair.group("p")), "person.committee-chair"),))
        out.append(body)
    # the publisher a footnote cites, "1) Binnenlands Bestuur, 24 maart 2025, <title>"
    for m in _CITED_PUBLISHER.finditer(text):
        out.append(_named("Organisation", m.start("org"), m.group("org"), "organisation.cited-publisher"))
    # a body's word after a hyphen, "Venetië-Commissie", "VN-Comité"; a name written in camel case, as
    # brands of bodies and services are: "BelastingTelefoon", "MantelzorgNL"
    for m in _ORG_HYPHENATED.finditer(text):
        out.append(_named("Organisation", m.start(), m.group(), "organisation.compound"))
    # a body named by a compound of its kind: "Ministerraad", "Kindpanel", "Serviceteam", "Landsadvocaat"
    for m in _ORG_COMPOUND.finditer(text):
        if m.group().lower() not in _GENERIC_BODIES:
            out.append(_named("Organisation", m.start(), m.group(), "organisation.compound"))
    for m in _ORG_ADJECTIVE_HEAD.finditer(text):
        out.append(_named("Organisation", m.start(), m.group(), "organisation.head-noun"))
    # a regional body by its kind and its region: "de veiligheidsregio Rotterdam-Rijnmond", "GGD Amsterdam"
    for m in _REGIONAL_BODY.finditer(text):
        name = m.group()
        out.append(_named("Organisation", m.start(), name[:1].upper() + name[1:], "organisation.regional-body"))
    # a heading that opens with a body's word: "Adviescommissie Versterken weerbaarheid democratische rechtsorde"
    for m in _ORG_HEADING.finditer(text):
        name = _ORG_STOP_TAIL.sub("", m.group("h").rstrip()).rstrip(",")
        if _board_of_known(name, m.start("h"), known_starts):
            continue      # on a line of its own: "Raad van bestuur UWV,"
        if _ENDS_IN_INFINITIVE.search(name):
            continue      # an action, as a table's cell gives it: "Meldpunt discriminatie uitbreiden"
        if len(name.split()) <= 8:
            out.append(_named("Organisation", m.start("h"), name, "organisation.heading"))
    for m in _ORG_TAIL.finditer(text):
        s = m.group()
        first = s.split()[0]
        if first in NOT_NAMES or re.fullmatch(_SENTENCE_STARTERS, first) or re.fullmatch(_LABELS, first):
            continue      # (nor a letterhead's label: "Betreft Kwartiermaker Nationaal Fonds …")
        start = m.start()
        # a ministry's letters before the name are the ministry: "de minister van LNV Wageningen Research gevraagd"
        hit = gz.ministries().find(first)
        if hit and hit[0].start == 0 and hit[0].end == len(first) and len(s.split()) > 2:
            rest = s[len(first):]
            start += len(first) + len(rest) - len(rest.lstrip())
            s = rest.lstrip()
        out.append(_named("Organisation", start, s, "organisation.tail-noun"))
    # a kind of body, not one: "een Regionaal Meldpunt", "Lid Raad van Bestuur" (a one-word compound after
    # "een" may be the post the text names: "het benoemen van een Regeringscommissaris")
    out = [c for c in out if c.rule == "organisation.gazetteer" or c.label.lower() not in _KIND_NAMES
           and not (" " in c.label and _INDEFINITE.search(text, max(0, c.start - 8), c.start))]
    tk = g.by_key.get("organisation:oorg10002")
    if tk:
        for m in _KAMER.finditer(text):
            out.append(_entry_candidate(tk, m.start(1), m.end(1), "organisation.kamer"))
    return out


# a committee of a chamber, named after the policy it follows: "de vaste commissie voor Sociale Zaken en
# Werkgelegenheid", "Vaste Kamercommissie voor Digitale Zaken", "de tijdelijke commissie voor Uitvoeringsorganisaties"
_COMMITTEE = starting_with("[VvTt]", rf"\b(?:[Vv]aste|[Tt]ijdelijke)[ ]+(?:[Kk]amer)?commissie[ ]+voor[ ]+"
                                    rf"(?P<n>[{UP}][\w'’-]+(?:(?:,[ ]+|[ ]+en[ ]+|[ ]+)[{UP}][\w'’-]+){{0,6}})")


@recogniser
def committees(text: str) -> list[Candidate]:
    """Committees of the Kamer by their names. A ministry named in the committee's name ("… voor
    Sociale Zaken en Werkgelegenheid") stays a mention of its own, as a part, as a motion's submitters do;
    the committee's key is the ministry's, so the name spelt out and abbreviated is one body."""
    g = gz.ministries()
    out = []
    for m in _COMMITTEE.finditer(text):
        hits = [h for h in g.find(text, m.start("n"), m.end("n")) if h.start == m.start("n")]
        parts = ()
        name = m.group("n")
        key = slug(name)
        if hits:
            h = hits[0]
            e = g.by_key[h.key]
            name = text[h.start:h.end]
            key = e.key.split(":", 1)[1]
            parts = (_entry_candidate(e, h.start, h.end, "ministry.gazetteer"),)
        standing = m.group()[:1] in "Vv"
        label = ("Vaste" if standing else "Tijdelijke") + " commissie voor "
        end = m.start("n") + len(name)
        out.append(Candidate(m.start(), end, "Organisation", f"organisation:{'' if standing else 'tijdelijke-'}commissie-{key}",
                             label + _fold_space(name), "organisation.committee", parts=parts))
    return out


_AFTER_SURNAME = re.compile(rf"\b[{UP}][{LOW}'’-]+[ ]+\((?P<abbr>[A-Za-z0-9-]{{2,12}})\)")


@lru_cache(maxsize=1)
def _parties_by_abbreviation() -> dict[str, gz.Entry]:
    return {e.notation: e for key, e in gz.organisations().by_key.items()
            if key.startswith("organisation:partij-") and e.notation}


@recogniser
def parties_after_members(text: str) -> list[Candidate]:
    """A party's abbreviation in brackets after a member's name, "de leden Jansen (SP) en De Vries
    (CU)", where two letters alone would be too short to trust."""
    out = []
    for m in _AFTER_SURNAME.finditer(text):
        e = _parties_by_abbreviation().get(m.group("abbr"))
        if e is not None:
            out.append(_entry_candidate(e, m.start("abbr"), m.end("abbr"), "organisation.party-after-member"))
    return out


def _named(type_: str, start: int, name: str, rule: str) -> Candidate:
    """A candidate for a name no gazetteer knows, keyed by its words ("organisation:raad-voor-x")."""
    return Candidate(start, start + len(name), type_, f"{type_.lower()}:{slug(name)}", _fold_space(name), rule)


def _fold_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------- laws

_LAW_STOP = {
    "is", "wordt", "worden", "zijn", "was", "werd", "werden", "heeft", "hebben", "kan", "kunnen", "moet", "moeten",
    "zal", "zullen", "wil", "willen", "beoogt", "regelt", "gaat", "komt", "ligt", "bevat", "maakt", "geeft",
    "biedt", "treedt", "die", "dat", "waarin", "waarmee", "waarbij", "om", "te", "aan", "bij", "door", "met",
    "naar", "over", "uit", "als", "dan", "maar", "of", "ook", "nog", "niet", "al", "in", "per", "tot", "en",
    "wel", "zo", "er", "daarom", "hierin", "verder", "nader", "blijft", "blijven", "geldt", "gelden", "brengen", "deze", "dit", "die", "nu", "wet", "wetten", "artikel", "lid",
    "een", "mogelijk", "onder", "via", "sinds", "vanaf", "zodat", "omdat", "wanneer", "tijdens", "na", "vóór",
    # what a text goes on to say of the law: "de Wet betaalbare huur zoals bedoeld in …", "… die bepaalt"
    "zoals", "waarvan", "welke", "volgens", "zonder", "bepaalt", "stelt", "voorziet", "vraagt", "verplicht",
    "schrijft", "kent", "werkt", "loopt", "vervalt", "vervangt", "volgt", "gaan", "komen", "liggen", "staat", "staan",
}
_LAW_INNER = {"op", "van", "de", "het", "voor", "inzake", "der", "den", "tot"}
# acts that carry out, bring in or change another, named by it ("Uitvoeringswet AVG", "Invoeringswet Omgevingswet")
_ACT_OF_ANOTHER = {"Uitvoeringswet", "Invoeringswet", "Aanpassingswet", "Verzamelwet", "Reparatiewet", "Goedkeuringswet",
                   "Implementatiewet", "Veegwet"}
_ACRONYM_AFTER = re.compile(r"[ ](?:[A-Z]{2,6}\d?|[A-Z][a-z]{1,3}[A-Z]\w{0,4})\b")
# (a box of the income tax by its number: "Wet werkelijk rendement box 3")
_WORD_AFTER = re.compile(rf"\s+([{LOW}{UP}][\w'’/-]*|[A-Z]{{2,6}}|\d{{4}}|(?<=box )[1-3]\b)")


def _name_after(text: str, pos: int, max_words: int = 6, need_lower_first: bool = True) -> int:
    """End of a name that runs from ``pos`` over lower-case words (and acronyms or a year), stopping
    at a verb, pronoun or preposition that cannot be part of it."""
    end = pos
    last_good = pos
    words = 0
    while words < max_words:
        m = _WORD_AFTER.match(text, end)
        if not m:
            break
        w = m.group(1)
        lw = w.lower()
        if lw in _LAW_STOP or words > 0 and re.match(r"^(?:aan|in|vast|op|uit|af|toe|voor|door|mee|na)?ge\w+(?:[dt]|en)$", lw) \
                and not lw.startswith(("gelijk", "gezond", "gegeven", "gemeen", "geneesk", "gebied")):
            break
        gap = m.group()[:m.start(1) - m.start()]
        if w[0].isupper() and not w.isupper() and ("\n" in gap or words > 0 and re.fullmatch(_SENTENCE_STARTERS, w)):
            break     # a capitalised word on the next line, or a sentence opener, starts something new
        if words == 0 and need_lower_first and not (w[0].islower() or w.isupper()):
            break
        end = m.end()
        words += 1
        if lw not in _LAW_INNER:
            last_good = end
    return last_good


_JOINED_NOUN = re.compile(rf"[ ]en[ ]([{LOW}]{{3,}})\b(?=[ ]*[.,;:)]|[ ]+([{LOW}]+)\b)")
_SHARED_WET = starting_with(rf"[{UP}]", rf"\b[{UP}][{LOW}]+-[ ]en[ ][{LOW}]{{3,}}wet\b")
_CIVIL_CODE = starting_with("[Bb]", r"\b(?:[Bb]oek\s+(?P<b1>\d{1,2}[a-z]?)\s+van\s+het\s+)?Burgerlijk\s+Wetboek\b(?!\s+BES)"
                                     r"(?:\s+[Bb]oek\s+(?P<b2>\d{1,2}[a-z]?)\b)?")
# a decree's title in capitals after "Besluit": "Besluit Informatiehuishouding Rijksoverheid"
_CAPITALISED_TITLE = re.compile(rf"\s+[{UP}][{LOW}]{{5,}}\b(?:\s+[{UP}][{LOW}]+){{0,2}}")
# compounds in -regeling that name a kind of arrangement, not one scheme
_GENERIC_SCHEMES = {"betaling", "overgang", "subsidie", "uitvoering", "compensatie", "vergoeding", "tegemoetkoming",
                    "uitzondering", "hardheid", "bevoegdheid", "voor", "werk", "verlof", "pensioen", "afbetaling",
                    "schuld", "garantie", "tijdelijke", "bijzondere", "wettelijke", "fiscale", "nieuwe", "huidige",
                    "financiering", "bekostiging", "beloning", "experimenteer", "stimulering", "vrijstelling",
                    "tarief", "pilot", "regel", "samenloop", "hersteloperatie"}


# the patterns of the law recogniser below, each with what its matches start with
_COMPOUND_WET = starting_with(rf"[{UP}]", rf"\b(?:[{UP}][{LOW}]+(?:-[{LOW}]+)*|[{UP}][{LOW}]+e\s+[{LOW}]{{4,}})wet(?:\s+(?:\d{{4}}|BES))?\b")
# (a word that has the ending: spares the engine trying every split of every lower-case word)
_COMPOUND_SCHEME = starting_with(r"\b[\w%-]*?(?:regeling|richtlijn)",
                                 rf"\b(?:[{UP}][{LOW}]+|[{LOW}]{{4,}}|\d+%-|[A-Z]{{2,}}-)[{LOW}]*(?:regeling|richtlijn)\b")
_TITLE_OPENING = starting_with("[WBRAV]", r"\b(?:Wet|Besluit|Regeling|(?:Algemene\s+)?Verordening|Aanwijzingen(?=\s+(?:voor|inzake)\b))(?=\s)")
_BILL = starting_with("[WwIi]", r"\b(?:[Ww]etsvoorstel|[Ii]nitiatiefwetsvoorstel|[Ww]etsvoorstellen)(?=\s)")
# (not a verb, a participle or an adverb: "voorbereiden", "aangenomen", "uiteindelijk", "vervolgens", "eveneens")
# (not an adjective: "het wetsvoorstel uitvoerbaar is", "… onverminderd", "… noodzakelijk")
_ONE_WORD_BILL = re.compile(rf"[{LOW}]{{10,}}(?<!en)(?<![dt])(?<!de)(?<!te)(?<!lijk)(?<!gens)(?<!eens)(?<!ijds)(?<!waarts)"
                            rf"(?<!baar)(?<!ig)(?<!isch)(?<!loos)(?<!zaam)(?<!vol)")
_TREATY = starting_with(rf"[{UP}v]",
    rf"\b(?:[A-Z]{{2,4}}-[Vv]erdrag\s+(?:over|inzake|tegen|betreffende)\s+[{UP}][\w'-]*(?:,?[ ](?:en[ ]|van[ ]|de[ ]|het[ ])*[{UP}][\w'-]*){{0,8}}"
    rf"|[Vv]erdrag\s+tegen\s+[{LOW}]{{6,}}|(?:[{UP}][{LOW}]+[ ])?Verklaring\s+van\s+de\s+Rechten\s+van\s+(?:de\s+|het\s+)?[{UP}][{LOW}]+)")
# where a treaty's name ends before the end of its clause: "het Verdrag van Lissabon en het EVRM gelden"
_TREATY_END = re.compile(r"\s+(?:en\s+(?:de|het)\s|(?:is|wordt|worden|zijn|geldt|gelden|heeft|hebben|zal|zullen|treedt|bevat|regelt|"
                         r"verplicht|verplichten|bepaalt|biedt|vraagt|schrijft|blijft|blijven)\b)")
_TREATY_SHORT = starting_with("[A-Z]", rf"\b(?:[A-Z]{{2,4}}-[Vv]erdrag(?:\s+[{UP}][{LOW}]+)?|(?:(?:Europees|Internationaal)\s+)?Verdrag\s+"
                                       rf"(?:inzake|van|tot|betreffende|over|voor)\s+[^,.;()\n]{{5,90}}?(?=[,.;()\n]|{_TREATY_END.pattern}))")


_EU_ACT = starting_with("[RrVvUuGgKkBb]",
    r"\b(?P<kind>[Rr]ichtlijn|(?:[Uu]itvoerings|[Gg]edelegeerde[ ])?[Vv]erordening|[Kk]aderbesluit|[Bb]esluit)[ ]+(?:"
    r"\((?:EU|EG|EEG|EU,[ ]*Euratom)\)[ ]+(?:[Nn]r\.?[ ]+)?(?:(?P<y1>(?:19|20)\d\d)/(?P<n1>\d{1,4})|(?P<n3>\d{1,4})/(?P<y3>(?:19|20)\d\d))"
    r"|(?P<y2>(?:19|20)?\d\d)/(?P<n2>\d{1,4})/(?:EU|EG|EEG|JBZ|GBVB))\b")
# the kind of act in its European Legislation Identifier
_ELI_KIND = {"richtlijn": "dir", "kaderbesluit": "dec_framw", "besluit": "dec"}


_NOT_A_BILL_NAME = re.compile(r"\s+(?:voor|in|na|op|aan|bij|met|over|van|uiterlijk|eind|begin|medio|binnenkort|"
                              r"dit|deze|dat|die|nog|daarom|ook|wordt|is|zal|"
                              # what it does: "Het wetsvoorstel schrapt de kostendelersnorm …"
                              r"regelt|maakt|schrapt|bevat|zorgt|beoogt|strekt|voorziet|introduceert|wijzigt|vereenvoudigt|"
                              r"biedt|geeft|legt|brengt|heeft|kent|gaat|moet|kan|treedt|ligt|komt|werd|was|verplicht|"
                              r"verbiedt|verruimt|beperkt|verhoogt|verlaagt|vervangt|regelen|maken|bevatten)\b")
_EU_ACT_BY_SUBJECT = starting_with("[RV]", rf"\b(?:Richtlijn|Verordening)[ ]+(?:inzake|betreffende|over)[ ]+"
                                   rf"[{LOW}][^\n.;:()]{{4,140}}?(?=[.;:()]|\n|$|[ ]+(?:en|die|dat|wordt|is|zal|heeft)[ ])")
_EU_FORMAL_OPENING = re.compile(r"\w+\s+van\s+(?:het\s+Europees\s+Parlement|de\s+(?:Raad|Europese\s+Commissie|Commissie))\b")


@recogniser
def laws(text: str) -> list[Candidate]:
    g = gz.laws()
    out = [_entry_candidate(g.by_key[h.key], h.start, h.end, "law.gazetteer") for h in g.find(text)]
    # capitalised compounds ending in -wet: Participatiewet, Jeugdwet, Omgevingswet
    # ... and an adjective before a lower-case one: "Fiscale vereenvoudigingswet 2017"
    for m in _COMPOUND_WET.finditer(text):
        out.append(Candidate(m.start(), m.end(), "Law", "law:" + slug(m.group()), m.group(), "law.compound-wet"))
    # two words that share the "-wet": "de Tabaks- en rookwarenwet"
    for m in _SHARED_WET.finditer(text) if "- en " in text else ():
        out.append(Candidate(m.start(), m.end(), "Law", "law:" + slug(m.group()), m.group(), "law.compound-wet"))
    # the civil code, or one of its books, each an act of its own: "Boek 7 van het Burgerlijk Wetboek"
    for m in _CIVIL_CODE.finditer(text) if "Burgerlijk" in text else ():
        book = m.group("b1") or m.group("b2")
        entry = gz.civil_code_books().get(book.lower()) if book else None
        if entry:
            out.append(_entry_candidate(entry, m.start(), m.end(), "law.civil-code"))
        elif not book:
            out.append(Candidate(m.start(), m.end(), "Law", "law:burgerlijk-wetboek", "Burgerlijk Wetboek", "law.civil-code"))
    # named schemes: "Catshuisregeling", "werkkostenregeling", "30%-regeling", "ELTIF-richtlijn"
    for m in _COMPOUND_SCHEME.finditer(text):
        w = m.group()
        if w[0].islower() and (len(w) < 13 or w[:-8].rstrip("s") in _GENERIC_SCHEMES):
            continue
        if w.lower().rstrip() in ("regeling", "richtlijn") or w.lower()[:-8].rstrip("s") in _GENERIC_SCHEMES:
            continue
        out.append(Candidate(m.start(), m.end(), "Law", "law:" + slug(w), w, "law.compound-regeling"))
    # an act that carries out or brings in another, named by that other's short name: "Uitvoeringswet AVG" is the
    # "Uitvoeringswet Algemene verordening gegevensbescherming" the reference data knows
    hits = {c.start: c for c in out if c.rule == "law.gazetteer"}
    for c in [c for c in out if c.rule == "law.compound-wet" and c.label.endswith("wet") and " " not in c.label]:
        other = hits.get(c.end + 1) if text[c.end:c.end + 1] == " " else None
        if other is not None:
            title = f"{c.label} {other.label}"
            whole = [h for h in g.find(title) if h.start == 0 and h.end == len(title)]
            if whole:
                out.append(_entry_candidate(g.by_key[whole[0].key], c.start, other.end, "law.gazetteer"))
                continue
        # … and one the reference data does not know is named by both words, not by its kind alone: "Uitvoeringswet
        # DSA", "Invoeringswet Omgevingswet"
        if c.label in _ACT_OF_ANOTHER and (other is not None or (acronym := _ACRONYM_AFTER.match(text, c.end))):
            end = other.end if other is not None else acronym.end()
            s = _fold_space(text[c.start:end])
            out.append(Candidate(c.start, end, "Law", "law:" + slug(s), s, "law.compound-wet"))
    known = {(c.start, c.end) for c in out}
    # "Wet beslagvrije voet", "Wet op het financieel toezicht"
    # ... "Besluit Informatiehuishouding Rijksoverheid", "Aanwijzingen voor de regelgeving"
    for m in _TITLE_OPENING.finditer(text):
        end = _name_after(text, m.end())
        if m.group().endswith(("Besluit", "Verordening")) and end == m.end():
            capitalised = _CAPITALISED_TITLE.match(text, m.end())
            end = capitalised.end() if capitalised else end
        # a gazetteer title followed by more lower-case words: the title is the name ("Wet langdurige zorg blijft")
        if any(s == m.start() and e < end for s, e in known):
            continue
        # a short title of two nouns joined by "en", before a verb or a stop: "de Wet zorg en dwang geldt"
        # (not after a title the reference data knows: "de Wet maatschappelijke ondersteuning en gemeenten moeten")
        joined = _JOINED_NOUN.match(text, end) if end > m.end() and len(text[m.start():end].split()) <= 3 \
            and not any(s == m.start() for s, _ in known) else None
        if joined and joined.group(1) not in _LAW_STOP and joined.group(1) not in _LAW_INNER \
                and (not joined.group(2) or joined.group(2) in _LAW_STOP):
            end = joined.end(1)
        if end > m.end() and len(text[m.start():end].split()) >= 2:
            s = _fold_space(text[m.start():end])
            if _EU_FORMAL_OPENING.match(s):
                continue     # "Verordening van het Europees Parlement en de Raad betreffende …": who enacts, not a name
            out.append(Candidate(m.start(), end, "Law", "law:" + slug(s), s, "law.wet-name"))
    # named bills: "wetsvoorstel proactieve dienstverlening SZW"
    for m in _BILL.finditer(text):
        end = _name_after(text, m.end(), max_words=7, need_lower_first=False)
        if _NOT_A_BILL_NAME.match(text, m.end()):
            continue      # "het wetsvoorstel voor de zomer indienen": when, not which
        words = text[m.end():end].split()
        # a name of one word is a long compound noun: "het wetsvoorstel multiprobleemsituaties"
        if end > m.end() and (len(words) >= 2 or len(words) == 1 and _ONE_WORD_BILL.fullmatch(words[0])):
            s = _fold_space(text[m.start():end])
            out.append(Candidate(m.start(), end, "Law", "law:" + slug("wetsvoorstel " + s.split(" ", 1)[1]),
                                 "Wetsvoorstel " + s.split(" ", 1)[1], "law.bill-name"))
    # a bill by its title in quotes or italics: "het wetsvoorstel *Versterking participatie*"
    for m in re.finditer(r"\b[Ww]etsvoorstel\s+(?:[‘'\"“](?P<q>[^’'\"”\n]{4,100})[’'\"”]|\*(?P<i>[^*\n]{4,100})\*)", text):
        g = "q" if m.group("q") else "i"
        s = _fold_space(m.group(g))
        out.append(Candidate(m.start(g), m.end(g), "Law", "law:" + slug("wetsvoorstel " + s), s, "law.bill-name"))
    # treaties and EU instruments: "VN-verdrag over Economische, Sociale en Culturele Rechten", "het verdrag
    # tegen rassendiscriminatie", "Universele Verklaring van de Rechten van de Mens"
    for m in _TREATY.finditer(text):
        s = _fold_space(m.group())
        out.append(Candidate(m.start(), m.end(), "Law", "law:" + slug(s), s, "law.treaty"))
    # (the name ends where its clause goes on, so that a second may follow: "het Verdrag van Lissabon en het Europees
    # Verdrag …")
    for m in _TREATY_SHORT.finditer(text):
        name = m.group().rstrip()
        s = _fold_space(name)
        out.append(Candidate(m.start(), m.start() + len(name), "Law", "law:" + slug(s), s, "law.treaty"))
    # an EU regulation or directive by its number: "Verordening (EU) 2016/679", "Verordening (EU) nr. 910/2014",
    # "Richtlijn 2000/78/EG", "richtlijn (EU) 2019/1937": one entity per act, linked to its ELI
    for m in _EU_ACT.finditer(text):
        kind = _ELI_KIND.get(m.group("kind").lower(), "reg")
        year, number = next((m.group("y" + i), m.group("n" + i)) for i in "132" if m.group("y" + i))
        if len(year) == 2:
            year = ("19" if int(year) > 50 else "20") + year
        key = gz.eu_act_key(kind, year, number)
        known = gz.laws().by_key.get(key)
        label = known.label if known else _fold_space(m.group())
        out.append(Candidate(m.start(), m.end(), "Law", key, label, "law.eu-instrument",
                             same_as=(gz.eu_act_eli(kind, year, number),)))
    # an EU act (or the proposal for one) by its subject, as a fiche names it: "Fiche 3: Richtlijn inzake de
    # bestrijding van corruptie", "de Verordening betreffende de verbetering van de arbeidsvoorwaarden"
    for m in _EU_ACT_BY_SUBJECT.finditer(text):
        name = _fold_space(m.group().rstrip(" ,"))
        if len(name.split()) <= 14:
            out.append(Candidate(m.start(), m.start() + len(m.group().rstrip(" ,")), "Law", "law:" + slug(name), name,
                                 "law.eu-instrument"))
    for m in re.finditer(r"\bGrondwet\b", text):
        out.append(Candidate(m.start(), m.end(), "Law", "law:BWBR0001840", "Grondwet", "law.grondwet",
                             same_as=("https://wetten.overheid.nl/BWBR0001840",)))
    return _with_year_of_enactment(out)


def _with_year_of_enactment(cands: list[Candidate]) -> list[Candidate]:
    """An act the reference data knows by its short title, cited with the year its citation title adds
    ("Aanbestedingswet 2012" for the Aanbestedingswet): that act, over the whole span."""
    known = {(c.start, c.end): c for c in cands if c.rule == "law.gazetteer"}
    out = []
    for c in cands:
        year = _YEAR_AFTER.search(c.label) if c.rule != "law.gazetteer" else None
        short = known.get((c.start, c.end - len(year.group()))) if year else None
        if short is not None and (c.start, c.end) not in known:
            c = replace(short, end=c.end, rule=c.rule)
        out.append(c)
    return out


_YEAR_AFTER = re.compile(r"[ ](?:19|20)\d\d$")


# ----------------------------------------------------------------- motions

_NAMES = rf"{SURNAME}(?:\s*/\s*{SURNAME}|\s+en\s+{SURNAME})*"
_MOTION = starting_with(r"[(Mm]",
    rf"(?:\(\s*NR\.?\s*(?P<nr1>\d{{1,4}})\.?\s+)?\b(?P<word>[Mm]otie|MOTIE|[Mm]oties)(?:\s+|-(?=[{UP}]))"
    rf"(?:(?:van\s+(?:het\s+lid|de\s+leden|de\s+heer|mevrouw)\s+))?(?P<names>{_NAMES})"
    # a second motion of the same member: "motie Jansen II"
    rf"(?P<roman>[ ]+(?:II|III|IV)\b)?(?P<cs>\s+[cC]\.[sS]\.)?")
_MOTION_TAIL = re.compile(r"[^.;\n]{0,60}?[,(]?\s*(?:\(?(?:Kamerstuk(?:ken)?\s*(?:I{1,2}\s*)?(?:\d{4}[/–-]\d{2,4})?,?\s*)?(?P<dossier>\d{2}\s?\d{3}(?:[\s-]+[IVXLC]+\b|-\d{2}(?=\s*,?\s*nr\b))?)\s*,?\s*)?(?:[Nn][Rr]\.?|nummer)\s*(?P<nr>\d{1,4})")


def dossier_key(dossier: str, suffix: str | None) -> str:
    """A dossier as one paper IRI writes it, however the text spaced it: "36 410", "VII" -> "36410-VII"."""
    d = re.sub(r"\s+", "", dossier)
    return f"{d}-{suffix}" if suffix else d


def _submitter_parts(text: str, names: list[str], start: int, end: int) -> list[Candidate]:
    """The persons of a motion's submitters, where each is named between ``start`` and ``end`` (in
    whatever case: a heading writes them in capitals)."""
    window = text[start:end].lower()
    parts, pos = [], 0
    for n in names:
        i = window.find(n.lower(), pos)
        if i >= 0:
            parts.append(person_candidate(n, start + i, start + i + len(n), "person.motion-submitter", role="indiener motie"))
            pos = i + len(n)
    return parts


@recogniser
def motions(text: str) -> list[Candidate]:
    out = []
    for m in _MOTION.finditer(text):
        names = re.split(r"\s*/\s*|\s+en\s+", m.group("names"))
        names = [n.strip() for n in names if n.strip()]
        names = [n for n in names if n.split()[-1] not in NOT_NAMES]
        if not names:
            continue
        number = m.group("nr1")
        dossier = None
        tail = _MOTION_TAIL.match(text, m.end())
        if tail and not number:
            number = tail.group("nr")
            dossier = tail.group("dossier")
        end = m.end()
        parts = _submitter_parts(text, names, m.start("names"), end)
        label = "Motie " + "/".join(names) + (" c.s." if m.group("cs") else "")
        extra = [("submitters", "/".join(names))]
        if number:
            extra.append(("motionNumber", number))
        if dossier:
            # written as the paper recogniser writes it ("36 410 VII" -> "36410-VII"): one paper, one IRI
            doss = re.match(r"(\d{2}\s?\d{3})(?:[\s-]+([IVXLC]+)|-(\d{2}))?", dossier)
            extra.append(("dossier", dossier_key(doss.group(1), doss.group(2) or doss.group(3))))
        roman = (m.group("roman") or "").strip()
        if roman and not number:
            label += " " + roman
            extra[0] = ("submitters", extra[0][1] + " " + roman)
        key = "motion:" + slug("/".join(n.split()[-1] for n in names)) + (f"-{number}" if number else
                                                                         f"-{roman.lower()}" if roman else "")
        start = m.start() if m.group("nr1") else m.start("word")
        out.append(Candidate(start, end, "Motion", key, label, "motion.pattern", extra=tuple(extra),
                             parts=tuple(parts)))
    return out


# the heading of a motie as the Kamer publishes it, in capitals, under its paper's dossier number:
# "36 600 XV Vaststelling …\n\nNr. 48 MOTIE VAN HET LID DE KORT C.S."
_MOTION_HEADING = re.compile(
    rf"(?m)^[ ]*(?:Nr\.[ ]*(?P<nr>\d{{1,4}})[ ]+)?(?:GEWIJZIGDE[ ]+)?MOTIE[ ]+VAN[ ]+(?:HET[ ]+LID|DE[ ]+LEDEN)[ ]+"
    rf"(?P<names>[{UP}'’-]+(?:[ ][{UP}'’-]+)*?)(?P<cs>[ ]+C\.S\.)?"
    # an amended motie names the one it replaces: "… TER VERVANGING VAN DIE GEDRUKT ONDER NR. 31"
    rf"(?:[ ]+TER[ ]+VERVANGING[ ]+VAN[ ]+(?:DIE|DE[ ]+MOTIE)[ ]+GEDRUKT[ ]+ONDER[ ]+NR\.[ ]*\d{{1,4}})?[ ]*$")
_DOSSIER_LINE = re.compile(r"(?m)^[ ]*(?P<doss>\d{2}[ ]?\d{3})(?:[ ]+(?P<suf>[IVXLC]+|[A-Z])\b)?(?=[ ]|$)")
# the members who sign it, a name a line, under the closing formula "en gaat over tot de orde van de dag."
_SIGNER_LINE = re.compile(rf"[ ]*({CAP_PARTICLE_SURNAME})[ ]*\n")
_PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in"}


def _from_capitals(name: str) -> str:
    """A surname written in capitals as a surname without a first name is written: "VAN DER PLAS" -> "Van der Plas"."""
    words = name.lower().split()
    return " ".join(w if i and w in _PARTICLES else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))


@recogniser
def motion_headings(text: str) -> list[Candidate]:
    out = []
    for m in _MOTION_HEADING.finditer(text):
        names = [_from_capitals(n) for n in re.split(r"[ ]+EN[ ]+|[ ]*/[ ]*", m.group("names")) if n.strip()]
        if not names:
            continue
        # the members who sign under the closing formula are its submitters too
        signers = []
        close = ORDER_OF_THE_DAY.search(text, m.end())
        if close:
            padded = text + "\n"     # the last name may end the text
            pos = text.find("\n", close.end())
            while pos != -1 and len(signers) < 30:
                while text.startswith("\n", pos + 1) or text.startswith(" ", pos + 1):
                    pos += 1
                line = _SIGNER_LINE.match(padded, pos + 1)
                if not line or line.group(1).split()[-1] in NOT_NAMES:
                    break
                signers.append((line.group(1), line.start(1)))
                pos = line.end() - 1
        parts = _submitter_parts(text, names, m.start("names"), m.end())
        first = {n.lower() for n in names}
        parts.extend(person_candidate(n, i, i + len(n), "person.motion-submitter", role="indiener motie")
                     for n, i in signers if n.lower() not in first)
        number = m.group("nr")
        extra = [("submitters", "/".join(names + [n for n, _ in signers if n.lower() not in first]))]
        if number:
            extra.append(("motionNumber", number))
            # its dossier: the number that opens a line above the heading
            dossier = None
            for d in _DOSSIER_LINE.finditer(text, max(0, m.start() - 1500), m.start()):
                dossier = d
            if dossier:
                extra.append(("dossier", dossier_key(dossier.group("doss"), dossier.group("suf"))))
                # the paper the motie is ("Nr. 57" under "36 600 XV"), a mention of its own inside the heading
                nr = text.rfind("Nr", m.start(), m.start("nr"))
                parts.append(paper_candidate(nr, m.end("nr"), dossier.group("doss"), dossier.group("suf"), number,
                                             "paper.heading"))
        label = "Motie " + "/".join(names) + (" c.s." if m.group("cs") else "")
        key = "motion:" + slug("/".join(n.split()[-1] for n in names)) + (f"-{number}" if number else "")
        out.append(Candidate(m.start(), m.end(), "Motion", key, label, "motion.heading", extra=tuple(extra),
                             parts=tuple(parts)))
    return out


# ----------------------------------------------------------------- persons

_ROLE = (r"minister-president|minister|ministers|staatssecretaris|premier|informateur|formateur|burgemeester|"
         r"wethouder|voorzitter|directeur|lid|leden|Kamerlid|Kamerleden|mevrouw|mevr\.|de heer|dhr\.|heer|"
         r"collega|professor|prof\.|dr\.|mr\.|drs\.|ombudsman|commissaris")
_MINISTER_NAMED = re.compile(rf"\b(?P<role>minister|staatssecretaris)[ ]+van[ ]+[A-Z][A-Za-z&]{{1,5}}[ ]+"
                             rf"(?P<name>{CAP_PARTICLE_SURNAME})\b(?![ ]+[{UP}])")
_SALUTED = re.compile(rf"\b(?i:geachte)[ ]+(?i:heer|mevrouw)[ ]+(?P<name>{CAP_PARTICLE_SURNAME}[ ][{UP}][{LOW}'’]+)[ ]*,")
_ROLE_NAME = starting_with("(?i:[a-z])", rf"\b(?P<role>(?i:{_ROLE}))[ ]+(?P<name>{CAP_PARTICLE_SURNAME})(?:[ ]+\((?P<party>[A-Za-z0-9-]{{2,10}})\))?")
# roles held in an organisation: "voorzitter Woonbond", "burgemeester Utrecht" name the body, not a person
_OFFICE = {"voorzitter", "directeur", "burgemeester", "wethouder", "commissaris", "lid", "bestuurder"}
_COURTESY = {"mevrouw", "mevr.", "de heer", "dhr.", "heer"}
_TITLES = {"professor", "prof.", "dr.", "mr.", "drs."}
# offices on a board, longest first: "voorzitter-bestuurder Verenso", "bestuurslid CNV", "Bestuurder Levvel"
_BOARD_ROLE = (r"voorzitter-bestuurder|directeur-bestuurder|voorzitter raad van bestuur|lid raad van bestuur|"
               r"bestuursvoorzitter|bestuurslid|bestuurder")
_GIVEN = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
_PARTICLE = r"(?:van der|van den|van de|van 't|van|de|den|der|ter|ten|te|in 't|Van der|Van den|Van de|Van|De|Den|Ter|Ten|Te)"
# a personal name on its own: one or two given names, particles, a surname ("Dirk Jan van den Berg")
_FULL_NAME = rf"(?!(?:{_SENTENCE_STARTERS})\b){_GIVEN}(?:[ ]{_GIVEN})?(?:[ ]{_PARTICLE})?(?:[ ]{_PARTICLE})?[ ][{UP}][{LOW}'’]+(?:[- ][{UP}][{LOW}'’]+)?"
_FULL_NAME_AT = re.compile(_FULL_NAME + r"\b")
_WRAPPED_EMPHASIS = re.compile(r"\n(?P<rest>[^\n*]{2,40}?)\*")
_SIGNATURE_LINE = re.compile(
    rf"(?m)^[ *]*(?P<name>{_FULL_NAME})[ ]*(?:,[ ]*|\n[ *]*)(?P<role>(?i:{_BOARD_ROLE}|{_ROLE}|algemeen directeur|"
    rf"secretaris|penningmeester|oprichter|coördinator))\b")
# a full name with its office and body after a comma, in running text: "Anna de Wit, directeur van de Woonbond"
_NAME_COMMA_ROLE = starting_with(rf"[{UP}]", rf"(?<![{UP}{LOW}])(?P<name>{_FULL_NAME}),[ ](?P<role>(?i:{_BOARD_ROLE}|{_ROLE}))"
                                            rf"[ ]+(?:van|bij)[ ]")
# "mevrouw Anna de Wit": a given name before the surname
_ROLE_GIVEN_NAME = re.compile(rf"\b(?i:mevrouw|mevr\.|de heer|dhr\.|heer)[ ]+(?P<given>{_GIVEN})[ ]+(?P<name>{CAP_PARTICLE_SURNAME})\b")
# the signer under a closing or under "De minister van …", on a line of its own
_SIGNED_NAME = re.compile(
    rf"(?m)^[ *]*(?:(?:Met (?:vriendelijke|hartelijke) groet(?:en)?|Hoogachtend)[ ,]*|(?:De|de) (?:minister|staatssecretaris)"
    rf"(?:-president)?\b[^\n]*)\n(?:[ ]*\n)*(?:(?:De|de) (?:minister|staatssecretaris)\b[^\n]*\n(?:[ ]*\n)*)?"
    rf"[ *]*(?P<name>{_FULL_NAME})[ ,*]*$")
# a full name set off by commas after an office or the body it heads: "de commissaris van de Koning in Groningen,
# René Paas, …", "De Nationale ombudsman, Reinier van Zutphen, schreef"
# (the name set off by commas is looked for first, the office before it then: commas are few)
_APPOSED_NAME = re.compile(rf",[ ](?P<name>{_FULL_NAME})(?=,|[ ]\()")
_APPOSED_OFFICE = re.compile(r"(?i)\b(?:ombudsman|commissaris|voorzitter|directeur|burgemeester|wethouder|minister|"
                             r"staatssecretaris|rapporteur|president|informateur|kinderombudsman|bestuurder|topman|topvrouw)"
                             r"\b[^,.;:\n]{0,50}$")
# credits and chairs: "Redactie: Anna de Wit en Piet Klaassen", "onder leiding van Marie de Groot"
_CREDITED = starting_with("(?i:[rtas])|o",
    rf"\b(?:(?i:redactie|tekst|auteurs?|samenstelling)[ ]*:|onder leiding van|o\.l\.v\.|olv)[ ]+"
    rf"(?P<name>{_FULL_NAME})(?:[ ]*\n?[ ]*en[ ]+(?P<second>{_FULL_NAME}))?")
# a political office and a full name: "minister Piet Klaassen", "Kamerlid Anna de Wit"
_OFFICE_FULL_NAME = starting_with("(?i:[mspifkbwdvg])",
    rf"\b(?P<office>(?i:minister-president|minister|staatssecretaris|premier|informateur|formateur|kamerlid|burgemeester|"
    rf"wethouder|gedeputeerde|directeur|voorzitter))[ ]+"
    rf"(?P<name>{_FULL_NAME})\b")
# initials and surname on one line: "C.S.\n\nVoorgesteld" (cum suis, then the next line) is no name
# (a family name may open with a capitalised particle of another language: "R. El Amrani", "K. Ben Ali")
# (an initial of a name written with two or three letters anywhere among them: "S.Th.P.H. Palmen-Schlangen"; not "Nr.")
# (not a letter that ends a name after a hyphen: "in Strijp-S. Daarnaast")
_INITIALS = re.compile(rf"\b(?<!-)(?P<init>(?:(?:[{UP}]|Th|Ch|Ph|Tj|Sj|Chr|Joh|Fr)\.[ ]?){{1,5}}(?:[{UP}][a-z]?\.[ ]?)?)[ ]?"
                       # (the name one goes by, between brackets: "drs. K.A. (Karin) de Boer")
                       rf"(?:\((?P<called>[{UP}][{LOW}]+)\)[ ])?(?P<name>(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|in 't)\s+)?"
                       rf"(?:(?:El|Al|Ben|Bou|Abou|Abu|Ait|Aït|Da|Di|Dos|Del|La|Le)[ ](?=[{UP}][{LOW}]))?[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)?"
                       # a double family name that ends a line, as a signature writes it: "S. van Haersma Buma"
                       rf"(?:[ ][{UP}][{LOW}'’]+(?=[ \t]*(?:\n|$)))?)")


# a full name, not followed by another capitalised word that would make it a body's or a street's name
_GIVEN_FIRST = starting_with(rf"[{UP}]", rf"\b(?P<name>{_FULL_NAME})\b(?![ ]+[{UP}]|-[{UP}])")
_FULL_NAME_AND = re.compile(rf"(?<![{UP}{LOW}])(?P<name>{_FULL_NAME})[ ]en[ ]$")
# what is named after a person: "Willem Alexander Kazerne", "Anne Frank Huis"
_NAMED_AFTER_PERSON = re.compile(r"(?i)(?:kazerne|ziekenhuis|huis|school|college|stichting|fonds|prijs|plein|laan|straat|"
                                 r"weg|brug|park|centrum|instituut|lezing|zaal|gebouw|academie|museum|kliniek|haven|kade)$")
_AND_FULL_NAME = re.compile(rf"[ ]en[ ](?P<name>{_FULL_NAME})\b(?![ ]+[{UP}])")
_LIST_ROLE = {"leden": "lid", "kamerleden": "lid", "wethouders": "wethouder", "burgemeesters": "burgemeester",
              "ministers": "minister", "staatssecretarissen": "staatssecretaris"}
# a listed member, with a given name or not: "Daniëlle Jansen, Dijk, Paulusma"
_LISTED_NAME = rf"(?:{_GIVEN}[ ]+(?={CAP_PARTICLE_SURNAME}))?{CAP_PARTICLE_SURNAME}"
_LISTED = rf"{_LISTED_NAME}(?:[ ]+\([^()\n]{{2,30}}\))?"
_NAME_LIST = starting_with("(?i:[lkwbms])", rf"\b(?P<role>(?i:{'|'.join(_LIST_ROLE)})):?[ ]+"
                        rf"(?P<list>{_LISTED}(?:(?:,[ ]*|[ ]+en[ ]+){_LISTED})+)")


def person_candidate(name: str, start: int, end: int, rule: str, role: str | None = None,
                     full_name: bool = False) -> Candidate:
    """A person by ``name``; a ``full_name`` (a pattern's given name and surname), or a name that opens with a
    common given name, has its family name after the given name ("Eelco Heinen": Heinen, given name Eelco)."""
    label = name.strip()
    key = "person:" + slug(label)
    words = label.split()
    given = words[0] if len(words) > 1 and (full_name or words[0] in gz.given_names()) else None
    extra = [("familyName", " ".join(words[1:]) if given else label)]
    if given:
        extra.append(("givenName", given))
    if role:
        extra.append(("role", role))
    return Candidate(start, end, "Person", key, label, rule, extra=tuple(extra))


@recogniser
def persons(text: str) -> list[Candidate]:
    out = []
    for m in _SIGNATURE_LINE.finditer(text):
        name = m.group("name")
        if any(w in NOT_NAMES for w in name.split()) or gz.organisations().find(text, m.start("name"), m.end("name")):
            continue
        out.append(person_candidate(name, m.start("name"), m.end("name"), "person.signature-line",
                                    m.group("role").lower()))
    for m in _NAME_COMMA_ROLE.finditer(text):
        name = m.group("name")
        if not any(w in NOT_NAMES for w in name.split()) \
                and not gz.organisations().find(text, m.start("name"), m.end("name")):
            out.append(person_candidate(name, m.start("name"), m.end("name"), "person.name-role",
                                        m.group("role").lower(), full_name=True))
    for m in _ROLE_GIVEN_NAME.finditer(text):
        if m.group("name") in NOT_NAMES or m.group("given") in NOT_NAMES:
            continue
        out.append(person_candidate(text[m.start("given"):m.end("name")], m.start("given"), m.end("name"),
                                    "person.role-name"))
    for m in _ROLE_NAME.finditer(text):
        name = m.group("name")
        if name.split()[-1] in NOT_NAMES or name in NOT_NAMES:
            continue
        role = m.group("role").lower()
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].rstrip(" *")
        if role in _OFFICE and (not before or before.endswith(",")):
            continue      # "Liesbeth Spies, voorzitter Aedes" / "Burgemeester Utrecht": the body, not a name
        if role in _OFFICE and re.match(rf"[ ]+[{UP}]", text[m.end("name"):m.end("name") + 2]):
            continue      # "voorzitter Zorgverzekeraars Nederland"
        if gz.ministries().find(text, m.start("name"), m.end("name")):
            continue
        start, end = m.span("name")
        if role in _COURTESY or role in _TITLES or name in gz.given_names():
            # a given name and a surname after a title: "prof. dr. Kim Putters", "mevrouw Anne de Vries"; after
            # another role when the word after it is a given name: "directeur Marieke de Groot"
            full = _FULL_NAME_AT.match(text, start)
            if full:
                name, end = full.group(), full.end()
        if role in _COURTESY:
            role = None
        out.append(person_candidate(name, start, end, "person.role-name", role))
    # a member of government named after the ministry's letters: "toenmalig minister van BZK De Vries"
    for m in _MINISTER_NAMED.finditer(text):
        if m.group("name").split()[-1] not in NOT_NAMES:
            out.append(person_candidate(m.group("name"), m.start("name"), m.end("name"), "person.role-name",
                                        m.group("role").lower()))
    # the whole surname a salutation gives, up to its comma: "geachte heer Van Haersma Buma,"
    for m in _SALUTED.finditer(text):
        out.append(person_candidate(m.group("name"), m.start("name"), m.end("name"), "person.role-name"))
    # "de leden Jansen (SP) en Van der Wal (CU)", "Ondertekend door de leden: Bakker, Visser, Smit",
    # "de wethouders Jansen (Zwolle) en De Boer (Kampen)": every name of the list
    for m in _NAME_LIST.finditer(text):
        role = _LIST_ROLE[m.group("role").lower()]
        for mm in re.finditer(rf"(?:^|,\s*|\s+en\s+)(?P<n>{_LISTED_NAME})", m.group("list")):
            n = mm.group("n")
            if n.split()[-1] in NOT_NAMES:
                break
            start = m.start("list") + mm.start("n")
            out.append(person_candidate(n, start, start + len(n), "person.name-list", role))
    for m in _APPOSED_NAME.finditer(text):
        if _APPOSED_OFFICE.search(text, max(0, m.start() - 80), m.start()) \
                and not any(w in NOT_NAMES for w in m.group("name").split()):
            out.append(person_candidate(m.group("name"), m.start("name"), m.end("name"), "person.role-name"))
    for pattern, rule in ((_SIGNED_NAME, "person.signature-line"), (_CREDITED, "person.credited"),
                          (_OFFICE_FULL_NAME, "person.role-name")):
        for m in pattern.finditer(text):
            for group in ("name", "second"):
                if group in pattern.groupindex and m.group(group) and not any(w in NOT_NAMES for w in m.group(group).split()):
                    office = m.group("office").lower() if "office" in pattern.groupindex else None
                    name = m.group(group)
                    if office in _OFFICES_OF_ANYONE and name.split()[0] not in gz.given_names():
                        continue      # a body the office is of: "directeur Nieuwe Instituut"
                    # the place an office is of is no part of the name: "burgemeester Femke Halsema van Amsterdam"
                    place = _OF_PLACE.search(name)
                    if place and " " in name[:place.start()] and (_municipality(place.group(1)) or _province(place.group(1))):
                        name = name[:place.start()]
                    out.append(person_candidate(name, m.start(group), m.start(group) + len(name), rule, office,
                                                full_name=True))
    # a full name that opens with a known given name, anywhere: "René Cuperus en Josse de Voogd", "met Femke Halsema"
    given = gz.given_names()
    for m in _GIVEN_FIRST.finditer(text):
        name = m.group("name")
        words = name.split()
        if words[0] not in given or words[-1] in NOT_NAMES or words[-1] in given or _NAMED_AFTER_PERSON.search(words[-1]) \
                or gz.organisations().find(text, m.start("name"), m.end("name")):
            continue
        out.append(person_candidate(name, m.start("name"), m.end("name"), "person.given-name"))
        # the name beside it in "X en Y" may open with a given name the list lacks: "Josse de Voogd en René Cuperus"
        for other in (_AND_FULL_NAME.match(text, m.end("name")),
                      _FULL_NAME_AND.search(text, max(0, m.start("name") - 50), m.start("name"))):
            if other and not any(w in NOT_NAMES for w in other.group("name").split()) \
                    and not _NAMED_AFTER_PERSON.search(other.group("name")):
                out.append(person_candidate(other.group("name"), other.start("name"), other.end("name"), "person.given-name",
                                            full_name=True))
    for m in _INITIALS.finditer(text):
        name = m.group("name")
        if name in NOT_NAMES:
            continue
        init = m.group("init").replace(" ", "")
        if init.lower() == "c.s.":
            continue      # "motie Segers c.s. Voorgesteld …": "and others", no initials
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if line_start and len(init) == 2 and re.match(r"[ ]+[a-zà-ÿ]", text[m.end():m.end() + 3]):
            continue      # "C. Versterking van de …": a list item's letter, not an initial
        c = person_candidate(name, m.start("name"), m.end("name"), "person.initials")
        if m.group("called"):
            c = replace(c, extra=c.extra + (("givenName", m.group("called")),))
        out.append(c)
    return out


def _province(place: str) -> str | None:
    """The key of "Provincie <place>" in the gazetteer, when ``place`` is the whole of a province's name."""
    name = "Provincie " + place.strip()
    hits = gz.organisations().find(name)
    return hits[0].key if hits and hits[0].start == 0 and hits[0].end == len(name) else None


def _municipality(place: str) -> str | None:
    """The key of "Gemeente <place>" in the gazetteer, when ``place`` is the whole of a municipality's name."""
    name = "Gemeente " + place.strip()
    hits = gz.organisations().find(name)
    return hits[0].key if hits and hits[0].start == 0 and hits[0].end == len(name) else None


_PLACE = rf"[{UP}][{LOW}]+(?:[- ][{UP}][{LOW}]+)?"
# offices outside government, held by anyone, whose holder's name opens with a given name the reference data knows
_OFFICES_OF_ANYONE = {"burgemeester", "wethouder", "gedeputeerde", "directeur", "voorzitter"}
_OF_PLACE = re.compile(rf"[ ]van[ ]({_PLACE})$")
_BOARD_OF_PLACE = re.compile(
    rf"\b(?:(?:[Hh]et\s+)?[Cc]ollege\s+van\s+)?(?:[Bb]urgemeester\s+en\s+[Ww]ethouders|B\s?&\s?W)\s+(?:van\s+)?"
    rf"(?:(?:de\s+)?gemeente\s+)?(?P<p>{_PLACE})|\b(?P<gs>[Gg]edeputeerde\s+[Ss]taten)\s+(?:van\s+)?(?:de\s+provincie\s+)?(?P<p2>{_PLACE})")


_MUNICIPALITY_LIST = re.compile(
    rf"\b[Gg]emeenten?\b(?:[^.]{{0,40}}?\b(?:zoals|als|van|in|waaronder))?\s+(?:die[ ]+van[ ]+)?"
    rf"(?P<list>{_PLACE}(?:,[ ]+{_PLACE})*(?:[ ]+en[ ]+{_PLACE})?)")


@recogniser
def municipalities(text: str) -> list[Candidate]:
    """Places named as municipalities: "grote gemeenten, zoals die van Amsterdam, Utrecht en Rotterdam",
    "de gemeenten Eemsdelta, Groningen en Oldambt", "de gemeente Utrecht" (each place only when the
    reference data knows a municipality of that name)."""
    out = []
    # a municipality or a province by its board, which signs its letters and acts for it: "Burgemeester en
    # wethouders van Utrecht", "het college van B&W van Zwolle", "Gedeputeerde Staten van Gelderland"
    for m in _BOARD_OF_PLACE.finditer(text) if ("ethouders" in text or "B&W" in text or "Staten van" in text) else ():
        key = _municipality(m.group("p")) if m.group("gs") is None else _province(m.group("p2"))
        if key:
            out.append(_entry_candidate(gz.organisations().by_key[key], m.start(), m.end(), "organisation.board-of-place"))
    for m in _MUNICIPALITY_LIST.finditer(text):
        for p in re.finditer(_PLACE, m.group("list")):
            key = _municipality(p.group())
            if key:
                start = m.start("list") + p.start()
                out.append(_entry_candidate(gz.organisations().by_key[key], start, start + len(p.group()),
                                            "organisation.municipality-list"))
    return out


@recogniser
def office_bodies(text: str) -> list[Candidate]:
    """The body after an office in a signature line: "Marieke de Boer, voorzitter Woonbond"."""
    out = []
    for m in _SIGNATURE_LINE.finditer(text):
        role = m.group("role").lower()
        if role not in _OFFICE and role != "algemeen directeur" and not re.fullmatch(_BOARD_ROLE, role):
            continue
        rest = re.match(rf"[ ]+(?:van[ ]+(?:de[ ]+|het[ ]+)?)?(?:vereniging[ ]+|stichting[ ]+)?"
                        # a body's word in lower case opens a name too: "directeur branchevereniging X"
                        rf"(?P<org>(?:[{UP}0-9]|(?i:{_ORG_HEAD})\b)[^\n,;]{{1,80}}?)[ ,.;*]*$",
                        text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)])
        if not rest:
            continue
        org = rest.group("org")
        # an office in italics or bold that wraps: "*Voorzitter van het Strategisch Overleg\nMensenhandel*"
        line_end = m.end() + rest.end()
        wrapped = _WRAPPED_EMPHASIS.match(text, line_end)
        if wrapped and "*" in text[text.rfind("\n", 0, m.start("role")) + 1:m.start("role")] \
                and "*" not in text[m.end():line_end]:
            org = org + text[line_end:wrapped.end("rest")]
        if m.group("role").lower() == "wethouder":
            continue      # "Wethouder Opvang": a portfolio, the municipality follows on its own line
        if m.group("role").lower() == "burgemeester":
            key = _municipality(org)
            if key:
                start = m.end() + rest.start("org")
                out.append(_entry_candidate(gz.organisations().by_key[key], start, start + len(org),
                                            "organisation.mayor-of"))
            continue
        if len(org.split()) > 8 or org.split()[0] in NOT_NAMES and len(org.split()) == 1:
            continue
        start = m.end() + rest.start("org")
        found = gz.organisations().find(text, start, start + len(org))
        if found and found[0].start == start:
            continue      # the gazetteer recogniser has it, with its identifiers
        out.append(_named("Organisation", start, org, "organisation.signature-line"))
    return out


# ---------------------------------------------------------------- programmes

_PROG_HEAD = (r"Actieplan|Programma|Werkagenda|Agenda|Strategie|Aanpak|Akkoord|Pact|Deal|Offensief|"
              r"Deltaplan|Masterplan|Routekaart|Regeerprogramma|Regeerakkoord|Coalitieakkoord|Hoofdlijnenakkoord|"
              r"Hoofdlijnenbrief|Plan|Werkprogramma|Beleidsprogramma|Uitvoeringsagenda|Samenwerkingsagenda|"
              r"Manifest|Convenant|Investeringsagenda|Toekomstagenda|Code|Beleidslijn|Beleidskader|Afwegingskader|"
              # any compound of the kinds: "Bestuursakkoord Toegankelijkheid OV", "Deelprogramma X"
              rf"[{UP}][{LOW}]+(?:akkoord|agenda|programma|actieplan|strategie|deal|(?<!m)pact)")
# the words that join the capitalised words of a programme's title: "Route naar Werk", "Samen tegen Armoede", "Hart onder de Riem"
_PROG_JOIN = rf"(?:{_JOIN}|naar|zonder|over|onder)"
# a capitalised word of an enumeration in a title, before its "en": "Aanpak Geldzorgen, Armoede en Schulden"
_LISTED_WORD = rf",[ ](?!(?:{_SENTENCE_STARTERS})\b)[{UP}][\w'’-]*(?=(?:,[ ][{UP}][\w'’-]*)*[ ]en[ ][{UP}])"
_PROG = starting_with(rf"[{UP}]",
    # (with one more adjective: "Nationaal Strategisch Plan", "Landelijk Integratief Actieplan")
    rf"\b(?:(?:Nationaal|Nationale|Landelijk|Landelijke|Interbestuurlijk|Interbestuurlijke|Integraal|Integrale|Meerjarig|Europese|Europees)\s+"
    rf"(?:[{UP}][{LOW}]+(?:isch|ische|ief|ieve)\s+)?|"
    # the kind of deal is part of its name: "City Deal Slim Maatwerk", "Green Deal Zorg"
    rf"(?!(?:{_SENTENCE_STARTERS}|Nieuwe)\b)[{UP}][{LOW}]+[ ](?=Deal\b))?"
    # a lower-case word may sit between joining words: "Nationale Strategie voor de implementatie van het VN-verdrag"
    # a year is part of the name right after it ("Werkagenda 2025-2030"), not after a joining word ("… in 2026")
    rf"(?:{_PROG_HEAD})(?:\s+(?:(?:{_JOIN}\s+){{1,2}}[{LOW}]{{4,}}\s+(?={_JOIN}\s))?(?:(?:{_PROG_JOIN}\s+){{0,2}}(?:(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][\w'’-]*|[A-Z]{{2,}}-[a-z]+\s+[{UP}]\w+|[IVX]+\b)|\d{{4}}(?:[-–]\d{{4}})?)"
    rf"|{_LISTED_WORD}){{1,7}}")
_PROG_MARKED = re.compile(rf"(?:(?<=\*)|(?<=[‘'\"“]))(?P<t>(?:{_PROG_HEAD})[ ][^*‘’'\"“”\n]{{2,80}}?)(?=\*|[’'\"”])")
_TWO_PROGRAMMES = re.compile(rf"\s+en(\s+)(?:de\s+|het\s+)?(?:[{UP}][{LOW}]+\s+)?(?:{_PROG_HEAD})\b")
# the labels of a letterhead's lines, before a subject that may open with a kind: "Betreft Actieplan lerarentekort"
_LABELS = r"Betreft|Onderwerp|Inzake|Titel|Bijlage|Bijlagen|Kenmerk"
_LABEL_LINE = re.compile(rf"[ ]*(?:{_LABELS})\b")
_COMPOUND_KINDS = "akkoord|programma|agenda|actieplan|campagne|deal|(?<!m)pact|offensief|strategie|aanpak|fonds|visie"
_PROG_COMPOUND = starting_with(rf"[{UP}]",
    rf"\b(?:[{UP}][\w'’]*\s+)?[{UP}][\w'’]*-?(?:{_COMPOUND_KINDS})\b"
    # words before the kind, written apart: "Lokale Inclusie Agenda"
    rf"|\b(?!(?:{_SENTENCE_STARTERS}|{_LABELS})\b)[{UP}][{LOW}]+[ ](?:[{UP}][{LOW}]+[ ])?(?:Agenda|Akkoord|Actieplan|Pact|Strategie)\b(?![ ]+(?:[{UP}]|voor\b|van\b))")


def _unwrapped(text: str) -> bool:
    """Whether a text keeps each paragraph on one line (a quarter of its lines over 200 characters), so that a
    single line break ends a line of its own rather than wrapping running text."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return bool(lengths) and lengths[int(len(lengths) * 0.75)] > 200


def _heading_end(text: str, start: int, name: str) -> str:
    """``name`` up to an empty line that ends a short line or a letterhead's line ("Betreft … van de Raad
    voor het Openbaar Bestuur"): a heading or an address line ends there, while a name in wrapped running
    text may go on past a page break."""
    brk = re.search(r"[ ]*\n[ ]*\n", name)
    if not brk:
        return name
    line_start = text.rfind("\n", 0, start) + 1
    if start + brk.start() - line_start < 60 or _LABEL_LINE.match(text, line_start):
        return name[:brk.start()]
    return name


@recogniser
def programmes(text: str) -> list[Candidate]:
    g = gz.programmes()
    out = [_entry_candidate(g.by_key[h.key], h.start, h.end, "programme.gazetteer") for h in g.find(text)]
    pos = 0
    while (m := _PROG.search(text, pos)) is not None:
        s = m.group()
        pos = m.end()
        # "de City Deal Schone Lucht en de City Deal Slimme Wijken": two programmes, the second looked for again
        two = _TWO_PROGRAMMES.search(s)
        if two:
            s = s[:two.start()]
            pos = m.start() + two.end(1)
        s = _ORG_STOP_TAIL.sub("", _RUN_BY.sub("", _heading_end(text, m.start(), s)))
        # "en de …" / "en het …" opens the next thing named: "het Deltaprogramma en de Nationale Omgevingsvisie"
        s = _AND_THE.split(s)[0]
        # whose it is is no part of its name: "Invorderingsstrategie van Belastingdienst" (a body the reference data knows)
        owner = _OF_BODY.search(s)
        if owner:
            hits = gz.organisations().find(owner.group("o"))
            if hits and hits[0].start == 0 and hits[0].end == len(owner.group("o")):
                s = s[:owner.start()]
        if " " not in s.strip():
            continue      # the kind alone, cut off from what followed it on the next line
        # a title of one capitalised verbal noun goes on in lower case up to its verb: "het Programma Versterking
        # van het ambtelijk vakmanschap en de kracht van samenwerken gestart"
        if _VERBAL_NOUN_TITLE.fullmatch(s):
            tail = _LOWER_TAIL.match(text, m.start() + len(s))
            if tail:
                s = _fold_space(text[m.start():tail.end("t")])
        out.append(_named("Programme", m.start(), s, "programme.head-noun"))
    # a kind in lower case with a verbal noun right after it, no "van" between, names one: "de voortgang van de
    # aanpak versterking toegang tot het recht", "het programma vernieuwing sociale huur"
    for m in _LOWER_VERBAL_NOUN_NAME.finditer(text):
        out.append(_named("Programme", m.start("n"), _fold_space(m.group("n")), "programme.verbal-noun"))
    for m in _PROG_COMPOUND.finditer(text):
        s = m.group()
        first = s.split()[0]
        if len(s.split()) > 1 and first in {"De", "Het", "Een", "Dit", "Deze", "Dat", "Die", "Ook", "In", "Met"}:
            s = s.split(None, 1)[1]
            start = m.end() - len(s)
        elif len(s.split()) == 2 and _KIND_COMPOUND.fullmatch(s.split()[1]) and not _TITLE_ADJECTIVE.fullmatch(first) \
                and (_OPENS_SENTENCE.search(text[max(0, m.start() - 12):m.start()])
                     or re.search(rf"(?:^|\n)[ ]*(?:{_LABELS})[ ]*:?[ ]*$", text[max(0, m.start() - 20):m.start()])):
            # a word capitalised only because it opens a sentence or a subject line: "Betreft Voortgang Defensiestrategie"
            s = s.split(None, 1)[1]
            start = m.end() - len(s)
        else:
            start = m.start()
        if s.lower() in {"aanpak", "agenda", "programma", "strategie", "akkoord"}:
            continue
        if s.endswith("visie") and " " not in s:
            continue      # a vision is a policy's name with a word before it ("Nationale Omgevingsvisie"), not alone
                          # (a magazine: "Zorgvisie, 3 maart 2025")
        if len(s.split()) > 1 and _BODY_WORD.search(s.split()[0]):
            continue      # a body named after what it works on: "Deskundigencommissie Hervormingsagenda Jeugd"
        if _KIND_COMPOUND.fullmatch(s.split()[0]) and _OPENS_SENTENCE.search(text[max(0, start - 12):start]):
            continue      # capitalised because it opens a sentence or an item: "Communicatiestrategie is gereed."
        if s.endswith("fonds") and re.match(rf"[ ]+[{UP}]", text[m.end():m.end() + 3]):
            continue      # a fund named further is a foundation: "Stimuleringsfonds Creatieve Industrie"
        out.append(_named("Programme", start, s, "programme.compound"))
    # a title in quotes or italics that opens with what it is: "*Actieplan basisvaardigheden*", "de
    # 'Aanpak geldzorgen, armoede en schulden'"
    for m in _PROG_MARKED.finditer(text):
        name = m.group("t").rstrip(" .,;:")
        out.append(_named("Programme", m.start("t"), name, "programme.titled"))
    for pattern, rule in ((_HEADING, "programme.heading"), (_SHARED_KIND, "programme.compound"),
                          (_PROG_IS_A, "programme.titled"), (_PROG_SUCH_AS, "programme.titled")):
        for m in pattern.finditer(text):
            g = "h" if "h" in pattern.groupindex else 0
            name = _ORG_STOP_TAIL.sub("", m.group(g).rstrip())
            if len(name.split()) <= 12:
                out.append(_named("Programme", m.start(g), name, rule))
    # a kind capitalised inside a sentence, then its subject in lower case: "de Beleidslijn actieve
    # openbaarmaking", "het Actieplan laaggeletterdheid"; the subject ends in a noun built with a suffix
    # ("-ing", "-heid"), so that a verb after the kind ("de Werkagenda staat vast") is none
    for m in _PROG_CAPITALISED_KIND.finditer(text):
        end = pos = m.end()
        words = 0
        for w in _LOWER_WORDS.match(text, pos).group().split()[:3]:
            if w in _LAW_STOP or w in _LAW_INNER:
                break
            pos = text.index(w, pos) + len(w)
            words += 1
            if _NOUN_SUFFIX.search(w):
                end = pos
        # … or in a period, which only a title has: "het Actieplan lerarentekort 2026-2030"
        period = _TITLE_PERIOD.match(text, pos) if 1 <= words <= 2 else None
        if period:
            end = period.end()
        if end > m.end():
            out.append(_named("Programme", m.start(), text[m.start():end], "programme.titled"))
    # a title in sentence case, one capitalised word and a lower-case one joined by "tegen", "naar" or
    # "zonder": "het programma Samen tegen armoede", "de Werkagenda Route naar werk" (a title in capitals
    # ends at its last capitalised word: "het programma Kansrijke Start voor gemeenten")
    for m in _PROG_SENTENCE_CASE.finditer(text):
        g = "k" if m.group("k") else "t"
        out.append(_named("Programme", m.start(g), m.group(g), "programme.titled"))
    # a periodic report on the state of something: "de Staat van de Uitvoering", "de Stand van de uitvoering"
    # (a lower-case subject only inside a sentence, where the capital says it is a title)
    for m in _STATE_OF.finditer(text):
        if m.group("low") and _OPENS_SENTENCE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        out.append(_named("Programme", m.start(), m.group(), "programme.titled"))
    # a kind of deal named by the word before it: "Regio Deals", "City Deal"
    for m in _DEALS.finditer(text):
        if " " in m.group(1):
            # a deal named by more words is one deal: "de Clean Industrial Deal", "de European Green Deal"
            name = m.group(1) + " Deal"
            out.append(Candidate(m.start(), m.start() + len(name), "Programme", "programme:" + slug(name), name,
                                 "programme.head-noun"))
            continue
        # one programme, however many deals: "Regio Deal" and "Regio Deals" share the key
        out.append(Candidate(m.start(), m.end(), "Programme", "programme:" + slug(m.group(1) + " deals"),
                             m.group(1) + " Deals", "programme.deal"))
    # a title after the noun that says what it is: "het programma Werk aan Uitvoering", "het
    # actieplan ‘Open op Orde’", "het project *Loyale Tegenspraak*"
    for m in _PROG_TITLED.finditer(text):
        name = m.group("q") or m.group("i") or m.group("n")
        start = m.start("q") if m.group("q") else m.start("i") if m.group("i") else m.start("n")
        if "\n" in text[m.start():start] and m.start() - text.rfind("\n", 0, m.start()) < 60:
            continue      # the noun ends a heading, the next line opens a sentence: "2. Regionale aanpak\nSamen met …"
        # "het programma X en de Nationale Strategie Y": two programmes (the second is found by its kind)
        two = _TWO_PROGRAMMES.search(name)
        name = name[:two.start()] if two else name
        name = _ORG_STOP_TAIL.sub("", _RUN_BY.sub("", name)).rstrip(" .,;:")
        if len(name) < 4 or name.split()[0] in NOT_NAMES and len(name.split()) == 1:
            continue
        out.append(_named("Programme", start, name, "programme.titled"))
    for m in _PROG_SENTENCE_TITLE.finditer(text):
        out.append(_named("Programme", m.start("t"), m.group("t"), "programme.titled"))
    for m in _PART_OF_PROGRAMME.finditer(text):
        out.append(_named("Programme", m.start("y"), m.group("y"), "programme.part-of"))
    # the coalition agreement the government governs by: "de inzet van het regeerakkoord"; not one still to be
    # made while a cabinet is being formed ("in het regeerakkoord af te spreken", "formerende partijen")
    # … and the one the text names by its title, when it does: "het regeerakkoord ‘Omzien naar elkaar, …’"
    titled = next((c for c in out if c.rule == "programme.titled"
                   and re.search(r"(?:regeerakkoord|coalitieakkoord)\W{0,3}$", text[max(0, c.start - 20):c.start], re.I)), None)
    for m in _THE_AGREEMENT.finditer(text) if "akkoord" in text else ():
        if titled is not None:
            out.append(Candidate(m.start("a"), m.end("a"), "Programme", titled.key, titled.label, "programme.agreement"))
        else:
            out.append(_named("Programme", m.start("a"), m.group("a").capitalize(), "programme.agreement"))
    out = [c for c in out if c.label.lower() not in ("regeerakkoord", "coalitieakkoord")
           or not _FORMATION.search(text, max(0, c.start - 400), c.end + 400)]
    return out


_THE_AGREEMENT = re.compile(r"\b[Hh]et[ ](?P<a>regeerakkoord|coalitieakkoord)\b(?![ ]*[‘'\"“*])")
_FORMATION = re.compile(r"\b(?:formerende|formatie|kabinetsformatie|informateur|formateur|onderhandelingen)\b", re.I)


_STATE_OF = starting_with("S", rf"\b(?:Staat|Stand)[ ]+van[ ]+(?:de|het)[ ]+(?:[{UP}][{LOW}]+(?:[ ](?!(?:{_SENTENCE_STARTERS})\b)[{UP}][{LOW}]+)?\b"
                                   rf"|(?P<low>[{LOW}]{{5,}})\b)")
_OF_BODY = re.compile(rf"\s+van\s+(?:de\s+|het\s+)?(?P<o>[{UP}][\w'’-]*(?:\s+[{UP}][\w'’-]*)*)$")
_VERBAL_NOUN_TITLE = re.compile(r"(?:Programma|Actieplan|Aanpak|Agenda|Project)[ ][A-Z][a-z]+ing")
# a participle, also of a separable verb: "gestart", "aangegeven", "toegezegd"
_PARTICIPLE = (r"(?!(?:gemeenten|gebieden|gevallen|gebouwen|gezinnen|gedachten)\b)"
               r"(?:aan|op|af|in|uit|toe|voor|mee|door|over|terug|vast|bij)?ge\w+(?:[dt]|en)")
_LOWER_VERBAL_NOUN_NAME = re.compile(
    rf"\b(?:[Dd]e|[Hh]et|[Ee]en)[ ](?P<n>(?:aanpak|programma|actieplan|beleidsagenda|werkagenda|project)[ ]"
    rf"(?!(?:vorming|planning|regeling|werking|uitvoering|financiering|ondersteuning|begeleiding)\b)[a-z]{{4,}}ing"
    # (a line may break between its words, also with an empty line in a text laid out with them)
    rf"(?:\s+(?:(?:van|tot|en|voor|op)\s+(?:het\s+|de\s+)?)?(?!(?:is|wordt|zijn|worden|heeft|hebben|gaat|loopt|"
    rf"zal|kan|moet|die|dat|om|te|in|met|door|aan|bij|naar|uit|als|al|ook|nog|niet|wel)\b)(?!{_PARTICIPLE}\b)[a-z]{{3,}}){{1,6}})"
    rf"(?=[ ]*[.,;:)]|\s+(?:{_PARTICIPLE}|is|wordt|zijn|worden|heeft|hebben|gaat|loopt|zal|kan|die|dat|"
    rf"in|met|door|aan|bij|naar|uit|als|om|te)\b)")
# … in lower case after "van het"/"van de", up to a participle or a finite verb that ends the clause
_LOWER_TAIL = re.compile(r"(?P<t>\s+van\s+(?:het|de)\s+[a-z]+(?:\s+(?!ge\w+[dt]\b)[a-z]+){0,9}?)"
                         r"(?=\s+(?:ge\w+[dt]|is|wordt|zijn|worden|loopt|heeft|gaat|start|richt)\b|[.,;:])")
_TITLE_ADJECTIVE = re.compile(rf"{_ORG_ADJECTIVE}|Lokaal|Lokale|Regionaal|Integraal|Integrale|Interbestuurlijke|Interbestuurlijk|Nieuwe|Groene")
_TITLE_PERIOD = re.compile(r"[ ](?:19|20)\d\d(?:[-–](?:19|20)\d\d)?\b(?![-–/]?\d)")
_BODY_WORD = re.compile(r"(?:commissie|raad|college|dienst|bureau|inspectie|autoriteit|instituut|centrum|team)$", re.I)
_AND_THE = re.compile(r"\s+en\s+(?:de|het)\s+")
# the end of what comes before a word that opens a sentence or a list item
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n[ \t]*(?:(?:[-–•*]|\d+\.)[ \t]*)*)\Z")
_KIND_COMPOUND = re.compile(rf"[{UP}][\w'’]*-?(?:{_COMPOUND_KINDS})")
_LOWER_WORDS = re.compile(rf"(?:\s+[{LOW}]+\b(?![-’']))*")
_NOUN_SUFFIX = re.compile(r"(?:ing|heid|heden|teit|schap|isme|atie|ment|tuur|zorg|beleid)$")
_PROG_CAPITALISED_KIND = starting_with(rf"[{UP}]", rf"(?<=\b[dD]e[ ])(?:{_PROG_HEAD})\b|(?<=\b[hH]et[ ])(?:{_PROG_HEAD})\b")
# (a paper about a deal is not part of its name: "Kabinetsappreciatie Clean Industrial Deal")
_PAPER_KINDS = r"Kabinetsappreciatie|Kabinetsreactie|Appreciatie|Reactie|Kamerbrief|Brief|Fiche|Mededeling|Voorstel|Verslag|Evaluatie"
_DEALS = starting_with(rf"[{UP}]", rf"\b(?!(?:{_SENTENCE_STARTERS}|Nieuwe|{_PAPER_KINDS})\b)((?:[{UP}][{LOW}]+[ ]){{0,2}}[{UP}][{LOW}]+)[ ]Deals?\b")
_PROG_NOUN = (r"(?:programma|actieprogramma|uitvoeringsprogramma|werkprogramma|meerjarenprogramma|deelprogramma|"
              r"investeringsprogramma|beleidsprogramma|stimuleringsprogramma|innovatieprogramma|"
              r"project|actieplan|aanpak|traject|campagne|voorlichtingscampagne|bewustwordingscampagne|wervingscampagne|pilot|"
              r"initiatief|werkagenda|actieagenda|uitvoeringsagenda|netwerk|beweging|agenda|strategie|regeerakkoord|"
              r"coalitieakkoord|akkoord|convenant|pact|initiatiefnota)")
_PROG_TITLED = re.compile(
    # a title in quotes may follow what it is about: "actieplan informatiehuishouding ‘Open op Orde’"
    rf"\b{_PROG_NOUN}\s+(?:(?:[{LOW}]+[ ]){{0,2}}[‘'\"“](?P<q>[{UP}][^’'\"”\n]{{2,80}})[’'\"”]|\*(?P<i>[{UP}][^*\n]{{2,80}})\*|"
    # (a title capitalises its prepositions too: "het project Niets Over Ons Zonder Ons")
    rf"(?P<n>[{UP}][{LOW}]+(?:\s+(?:(?:aan|op|en|van|de|het|voor|met|in|tegen|naar|zonder|over)[ ]|"
    rf"(?:Over|Voor|Met|Op|In|Tot|Door|Uit|Aan|Naar|Zonder|Tegen)[ ](?=[{UP}][{LOW}])){{0,2}}(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][\w'’-]*"
    rf"|{_LISTED_WORD}){{1,5}}))")
_SENTENCE_CASE_TITLE = (rf"(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][{LOW}]+[ ](?:tegen|naar|zonder)[ ]"
                        rf"(?:(?:de|het|je|ons|onze|een)[ ])?[{LOW}]{{3,}}\b(?![-’'])")
_PROG_SENTENCE_CASE = starting_with("[a-zDH]", rf"\b{_PROG_NOUN}[ ]+(?P<t>{_SENTENCE_CASE_TITLE})"
                                    rf"|\b(?:[dD]e|[hH]et)[ ](?P<k>(?:{_PROG_HEAD})[ ]{_SENTENCE_CASE_TITLE})")
# who runs a programme is not part of its name: "het programma X van BZK", "… van het ministerie van SZW"
_RUN_BY = re.compile(r"\s+van\s+(?:het\s+ministerie\s+van\s+)?(?:(?:de\s+|het\s+)?[A-Z&]{2,6}|het|de)$")
# a heading that opens with a programme's kind
# (an initiative note by members of the Kamer, titled on a line of its own: "Initiatiefnota Ons land is beperkt")
_HEADING = _heading_opening_with(rf"(?:(?:Nationaal|Nationale|Landelijk|Landelijke|Lokale|Regionale)[ ])?(?:{_PROG_HEAD}|Initiatiefnota)")
# a title said to be one: "Welzijn op Recept is een initiatief van …", "Samen Sterk is een programma"
_PROG_IS_A = re.compile(rf"(?m)(?:^|(?<=[.!?]\s))(?P<h>(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][\w'’-]*(?:[ ][\w'’!-]+){{1,5}}?)"
                        rf"[ ](?:is|was)[ ](?:(?:een|het)[ ](?:\w+[ ])?(?:initiatief|programma|project|actieplan|campagne|"
                        rf"samenwerkingsverband|netwerk)|(?:een[ ])?(?:onderdeel|deel)[ ]van[ ](?:het|de)[ ](?:[Pp]rogramma|"
                        rf"[Aa]anpak|[Aa]ctieplan|[Pp]roject|[Ww]erkagenda|[Aa]genda)\b)\b")
# programmes given as examples: "In programma's als Samen tegen mensenhandel, …"
_PROG_SUCH_AS = re.compile(rf"\b(?:programma's|projecten|actieplannen)\s+(?:als|zoals)\s+"
                           rf"(?P<h>[{UP}][\w'’-]*(?:[ ][{LOW}\w'’-]+){{0,5}}?)(?=[,.;:]|\s+(?:en|of)\s)")
# the whole a named or numbered part belongs to: "Spoor 2 van de Participatiewet in Balans", "het deelprogramma
# Burgergerichte Overheid van de stelselvernieuwing rechtsbijstand (J&V)" (a title in capitals, or two or three
# lower-case words that end before a bracket or a stop; not an adjective's "-e": "pijler 2 van het huidige beleid")
_PART_OF_PROGRAMME = starting_with("[DdSsPpAaBbWw]",
    rf"\b(?:[Dd]eelprogramma|[Ss]poor|[Pp]ijler|[Aa]ctielijn|[Bb]ouwsteen|[Ww]erkspoor)[ ]+"
    rf"(?:\d+|[IVX]+|[{UP}][\w'’-]*(?:[ ][{UP}][\w'’-]*){{0,3}})[ ]+van[ ]+(?:de|het)[ ]+"
    rf"(?P<y>(?!(?:{_SENTENCE_STARTERS})\b)[{UP}][{LOW}]+(?:[ ](?:{_PROG_JOIN}[ ])?[{UP}][\w'’-]*)+"
    rf"|[{LOW}]{{4,}}(?<!e)(?:[ ][{LOW}]{{4,}}){{1,2}}(?=[ ]*[(,.;:)]))")
# a title in sentence case after the noun that says what it is, three words or more up to a verb, a stop or "en de":
# "het programma Een thuis voor iedereen en de …", "Het programma Wonen en zorg voor ouderen loopt …" (no article
# inside: "het programma Werk staan de …" is none)
_TITLE_VERBS = (r"is|wordt|zijn|worden|loopt|lopen|heeft|hebben|gaat|gaan|start|starten|draagt|dragen|richt|ondersteunt|"
                r"zal|zullen|kan|kunnen|moet|moeten|die|dat|staat|staan|bevat|omvat|zet|zetten|biedt|bieden|werkt|werken|"
                r"helpt|kent|krijgt|krijgen|levert|leveren|was|waren|wil|willen")
_PROG_SENTENCE_TITLE = starting_with("[pacPAC]",
    rf"\b(?:[Pp]rogramma|[Aa]ctieprogramma|[Pp]roject|[Cc]ampagne)[ ](?P<t>(?!(?:{_SENTENCE_STARTERS})\b(?<!Een))[{UP}][{LOW}]+"
    rf"(?:[ ](?!(?:en[ ](?:de|het)|de|het|een|{_TITLE_VERBS})\b)[{LOW}]+){{2,6}})"
    rf"(?=[ ]*[.,;:)]|[ ]+(?:en[ ]+(?:de|het)|{_TITLE_VERBS})\b)")
# "het Aanvullend Zorg- en Welzijnsakkoord": two words that share the kind
_SHARED_KIND = re.compile(rf"\b(?:[{UP}][{LOW}]+[ ])?[{UP}][{LOW}]+-[ ]en[ ][{UP}]?[{LOW}]+(?:akkoord|programma|agenda|actieplan|pact|plan)\b")


# ---------------------------------------------------------------- papers

_DOSS = r"(?P<doss>\d{2}\s?\d{3})"
# a budget chapter ("VII"), a letter, a bill's R-number, or a numbered sub-dossier before a paper's number
# ("21501-31, nr. 712", "21501-07-1390": the EU councils' series)
_SUFFIX = r"(?:[\s-]+(?:(?P<suf>[IVXLC]+|[A-Z])\b|\(?(?P<r>R\d{3,5})\)?)|-(?P<sub>\d{2})(?=\s*,?\s*nr\b|-\d))?"
_PAPER_NR = re.compile(rf"\b{_DOSS}{_SUFFIX}\s*,?\s*nr\.?\s*(?P<nr>\d{{1,4}})\b")
_PAPER_PREFIX = re.compile(
    rf"\b(?:[Kk]amerstuk(?:ken)?(?:\s+I{{1,2}})?(?:\s+\d{{4}}\s*[/–-]\s*\d{{2,4}})?,?|Kamerstuknr\.?|TK|EK|"
    rf"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{{4}}\s*[/–-]\s*\d{{2,4}},?)\s+{_DOSS}{_SUFFIX}(?:\s*-\s*(?P<nr>\d{{1,4}})|\s*,?\s*nr\.?\s*(?P<nr2>\d{{1,4}})"
    # the Eerste Kamer numbers its papers with letters: "Kamerstukken I 2022/23, 36 100, C"
    rf"|\s*,\s*(?P<letter>[A-Z]{{1,2}})(?!\w|\.\w))?\b")
# several papers of one dossier: "Kamerstuk 31 839, nrs. 1001 en 1002", "29 544, nrs. 1201, 1202 en 1210"
_PAPER_NRS = re.compile(rf"\b(?:[Kk]amerstuk(?:ken)?(?:\s+I{{1,2}})?(?:\s+\d{{4}}\s*[/–-]\s*\d{{2,4}})?,?\s+)?{_DOSS}{_SUFFIX}\s*,?\s*"
                        # (not the next dossier's first figures: "nrs. 1001 en 1002 en 29 544, nr. 3")
                        rf"nrs\.?\s*(?P<list>\d{{1,4}}(?:(?:\s*,\s*|\s+en\s+)\d{{1,4}}(?![ ]?\d))+)\b")
_DOSSIERS = re.compile(r"\bKamerstukken(?:\s+I{1,2})?,?\s+\d{4}\s*[/–-]\s*\d{2,4},\s+(?:\d{1,2}\s+[a-z]+\s+\d{4},\s+)?"
                       r"nrs?\.\s*(?P<list>\d{5}(?:(?:,\s*|\s+en\s+)\d{5})*)\b")
# a paper cited by its number alone, as decision lists and agendas do ("… - 36600-XV-52", "(34352-321)"):
# with the budget chapter's roman number, or after a dash or a bracket with nothing more after it
_PAPER_BARE = starting_with("[23]", r"\b(?P<doss>[23]\d{4})-(?:(?P<suf>[IVXLC]+|[A-Z])|(?P<sub>\d{2}))-(?P<nr>\d{1,4})\b(?![-/]\d)"
                         r"|(?<=[-–(][ ])(?P<doss2>[23]\d{4})-(?P<nr2>\d{1,4})(?=[ ]*(?:\)|$|\n|[,;]))|"
                         r"(?<=\()(?P<doss3>[23]\d{4})-(?P<nr3>\d{1,4})(?=\))", re.M)
_OWN_PAPER = re.compile(r"(?m)^[ ]*(?P<doss>\d{2}[ ]?\d{3})(?:[ ]+(?P<suf>[IVXLC]+|[A-Z])\b)?[ ]+\S[^\n]*\n(?:[ ]*\n)*"
                        r"[ ]*(?P<nrw>Nr\.[ ]*(?P<nr>\d{1,4}))[ ]+[A-Z]{3,}")
_DOCNR = re.compile(r"\b(20\d\d[DZ]\d{5})\b")
_AH = re.compile(r"\b(?:AH|Aanhangsel(?:\s+Handelingen)?(?:\s+II)?(?:,?\s+(?:vergaderjaar\s+)?(?P<y>\d{4})\s*[/–-]\s*\d{2,4})?,?)"
                 r"\s+(?:nr\.?\s*)?(?P<n>\d{1,5})\b")


def paper_candidate(start: int, end: int, dossier: str, suffix: str | None, number: str | None, rule: str) -> Candidate:
    d = dossier_key(dossier, suffix)
    label = f"Kamerstuk {d}" + (f", nr. {number}" if number else "")
    extra = [("dossier", d)]
    if number:
        extra.append(("number", number))
    # a numbered paper has the identifier officielebekendmakingen.nl publishes it under: "kst-36600-XV-12"
    same = (f"https://zoek.officielebekendmakingen.nl/kst-{d}-{number}",) if number else ()
    return Candidate(start, end, "ParliamentaryPaper", "paper:" + slug(d + ("-" + number if number else "")),
                     label, rule, notation=d + (f"-{number}" if number else ""), same_as=same, extra=tuple(extra))


@recogniser
def papers(text: str) -> list[Candidate]:
    out = []
    taken = []
    for m in _PAPER_NRS.finditer(text) if "nrs" in text else ():
        taken.append((m.start(), m.end()))
        for i, n in enumerate(re.finditer(r"\d{1,4}", m.group("list"))):
            start = m.start() if i == 0 else m.start("list") + n.start()
            out.append(paper_candidate(start, m.start("list") + n.end(), m.group("doss"),
                                       m.group("suf") or m.group("r") or m.group("sub"), n.group(), "paper.numbers"))
    for rx, rule in ((_PAPER_PREFIX, "paper.prefixed"), (_PAPER_NR, "paper.dossier-nr")):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            nr = m.group("nr") or m.groupdict().get("nr2") or m.groupdict().get("letter")
            out.append(paper_candidate(m.start(), m.end(), m.group("doss"), m.group("suf") or m.group("r") or m.group("sub"),
                                       nr, rule))
    for m in _PAPER_BARE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            doss, nr = next((m.group(d), m.group(n)) for d, n in (("doss", "nr"), ("doss2", "nr2"), ("doss3", "nr3"))
                            if m.group(d))
            out.append(paper_candidate(m.start(), m.end(), doss, m.group("suf") or m.group("sub"), nr, "paper.bare-number"))
    # the paper a document is, as the Kamer publishes it: its dossier's line, then "Nr. 1250 BRIEF VAN …"
    for m in _OWN_PAPER.finditer(text):
        out.append(paper_candidate(m.start("nrw"), m.end("nrw"), m.group("doss"), m.group("suf"), m.group("nr"),
                                   "paper.heading"))
    # whole dossiers cited by number: "Kamerstukken II 2021-2022, 9 september 2022, nrs. 35004 en 35005"
    for m in _DOSSIERS.finditer(text):
        for d in re.finditer(r"\d{5}", m.group("list")):
            start = m.start("list") + d.start()
            if not any(a <= start < b for a, b in taken):
                out.append(paper_candidate(start, start + 5, d.group(), None, None, "paper.dossier-list"))
    for m in _DOCNR.finditer(text):
        ident = m.group(1)
        out.append(Candidate(m.start(), m.end(), "ParliamentaryPaper", "paper:" + ident.lower(), ident,
                             "paper.document-number", notation=ident, extra=(("dossier", ident),)))
    for m in _AH.finditer(text):
        # the numbers start again each parliamentary year: with its year, the paper has the identifier
        # officielebekendmakingen.nl gives it ("ah-tk-20242025-2601"); without, only its number is known
        n, y = m.group("n"), m.group("y")
        ident = f"ah-tk-{y}{int(y) + 1}-{n}" if y else f"ah-{n}"
        out.append(Candidate(m.start(), m.end(), "ParliamentaryPaper", "paper:" + ident,
                             f"Aanhangsel Handelingen II {y}-{int(y) + 1}, nr. {n}" if y else f"Aanhangsel Handelingen {n}",
                             "paper.aanhangsel", notation=f"AH {n}",
                             same_as=(f"https://zoek.officielebekendmakingen.nl/{ident}",) if y else (),
                             extra=(("dossier", "AH"), ("number", n))))
    return out


# ------------------------------------------------- abbreviations defined in text

_DEFINED = re.compile(rf"\b((?:[{UP}][\w'’-]*|{_JOIN})(?:\s+(?:[{UP}][\w'’-]*|[{LOW}][\w'’-]*)){{1,8}})\s+\((?P<abbr>[{UP}][A-Za-z&]{{1,9}})\)")


def _in_order(letters: list[str], initials: list[str]) -> bool:
    it = iter(initials)
    return all(ch in it for ch in letters)


_DEFINED_AFTER = re.compile(rf"\b(?P<abbr>[A-Z]{{2,6}})[ ]+\((?P<name>[{UP}][\w'’-]*(?:[ ]+[\w'’-]+){{1,7}})\)")


def abbreviation_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """"Wet maatschappelijke ondersteuning (Wmo)", "een JIM (Jouw Ingebrachte Mentor)": (name start, name end,
    abbreviation, abbr start, abbr end). The name is trimmed to the words whose initials spell the abbreviation
    (or a gazetteer name)."""
    out = []
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr")
        spans = [w.span() for w in re.finditer(r"\S+", m.group(1))]
        words = [m.group(1)[a:b] for a, b in spans]
        initials = [w[0].lower() for w in words]
        letters = [c.lower() for c in abbr if c.isalpha()]
        # the shortest tail of words whose initials hold the abbreviation's letters in order; failing that,
        # one that opens with its first letter and has two capitalised words or as many words as letters
        best = next((k for k in range(len(words) - 1, -1, -1)
                     if initials[k] == letters[0] and _in_order(letters, initials[k:])), None)
        for k in range(len(words) - 1, -1, -1) if best is None else ():
            if initials[k] == letters[0]:
                best = k
                if sum(1 for w in words[k:] if w[0].isupper()) >= max(1, min(len(letters), 2)) or len(words) - k >= len(letters):
                    break
        if best is None:
            continue
        start = m.start(1) + spans[best][0]
        # the last word of the name must end right before " (ABBR)"
        end = m.end(1)
        out.append((start, end, abbr, m.start("abbr"), m.end("abbr")))
    # the other way round: "een JIM (Jouw Ingebrachte Mentor)", the initials of each word in order
    for m in _DEFINED_AFTER.finditer(text):
        words = m.group("name").split()
        if "".join(w[0] for w in words if w[0].isupper()).lower() == m.group("abbr").lower():
            out.append((m.start("name"), m.end("name"), m.group("abbr"), m.start("abbr"), m.end("abbr")))
    return out
