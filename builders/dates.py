"""Dutch dates and deadline expressions -> dates.

>>> parse_date("10 oktober 2022")
datetime.date(2022, 10, 10)
>>> find_deadlines("Het kabinet komt voor de zomer met een plan.", date(2025, 4, 18))[0][2]
datetime.date(2025, 6, 21)
>>> find_deadlines("Dit wordt eind 2022 afgerond.", None)[0][2]
datetime.date(2022, 12, 31)
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .patterns import CaseFree

MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
          "okt": 10, "nov": 11, "dec": 12}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "twaalf": 12}


def parse_date(s: str) -> date | None:
    s = s.strip().lower()
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.search(rf"(\d{{1,2}})\s+({_MONTH})\.?\s+(\d{{4}})", s)
    if m:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def _end_of_month(y: int, mo: int) -> date:
    return date(y, mo, calendar.monthrange(y, mo)[1])


_YEAR = r"(?:(?:van\s+)?(\d{4}))"
_VOOR = r"v(?:oo|óó)r"     # "voor", or "vóór" written with its accents to say "before"
_SEASON_END = {"voorjaar": (6, 20), "lente": (6, 20), "zomer": (9, 22), "najaar": (12, 20),
               "herfst": (12, 20), "winter": (3, 20)}
# Patterns: (regex, function(match, year) -> date). "year" is the reference year when the text does
# not say; each yields the latest date the expression allows.
_PATTERNS: list[tuple[re.Pattern, object]] = []


def _pattern(rx: str):
    def register(fn):
        _PATTERNS.append((CaseFree(rx), fn))
        return fn
    return register


# the first day of the Tweede Kamer's recesses, as they usually fall (the Kamer sets them each year)
_RECESS_START = {"voorjaarsreces": (2, 14), "meireces": (4, 25), "zomerreces": (7, 4), "herfstreces": (10, 17),
                 "kerstreces": (12, 19), "kerst": (12, 20)}


@_pattern(rf"\b{_VOOR}\s+(?:de\s+)?(?:het\s+)?(zomerreces|zomer|kerstreces|kerst|voorjaarsreces|meireces|herfstreces|"
          rf"jaareinde|einde van het jaar|eind van het jaar)\b(?:\s+{_YEAR})?")
def _before_season(m, ref):
    y = int(m.group(2)) if m.group(2) else ref
    what = m.group(1).lower()
    if y is None:
        return None
    if what == "zomer":
        return date(y, 6, 21)
    if what in _RECESS_START:
        return date(y, *_RECESS_START[what])
    return date(y, 12, 31)


# after the summer (its recess): in the autumn, whose end is the latest it can mean ("Na de zomer informeer ik
# uw Kamer", "na het zomerreces van 2026")
@_pattern(rf"\bna\s+(?:de\s+|het\s+)?(zomer|zomerreces|zomerperiode)\b(?:\s+{_YEAR})?")
def _after_summer(m, ref):
    y = int(m.group(2)) if m.group(2) else ref
    return date(y, *_SEASON_END["najaar"]) if y is not None else None


# (the season on its own: "Voorjaarsnota" and "zomerreces" are other things)
@_pattern(rf"\b(?:in\s+)?(?:het\s+|de\s+)?(voorjaar|najaar|zomer|winter|lente|herfst)\b(?:\s+{_YEAR})?")
def _in_season(m, ref):
    y = int(m.group(2)) if m.group(2) else ref
    if y is None:
        return None
    mo, d = _SEASON_END[m.group(1).lower()]
    return date(y + 1 if m.group(1).lower() == "winter" else y, mo, d)


@_pattern(r"\b(begin|medio|half|eind|einde|uiterlijk eind)\s+(\d{4})\b")
def _part_of_year(m, ref):
    y = int(m.group(2))
    return {"begin": date(y, 4, 30), "medio": date(y, 7, 31), "half": date(y, 7, 31)}.get(m.group(1).lower(), date(y, 12, 31))


# the Kamer's meetings something may be due before
_MEETING = r"debat|commissiedebat|overleg|notaoverleg|wetgevingsoverleg|behandeling|begrotingsbehandeling|stemmingen"


# a meeting on a day, before which something is due: "voor het commissiedebat van 3 juni", "vóór de stemmingen op
# 14 april 2026" (the day itself; a day of a meeting "van" a day is otherwise when something was said)
@_pattern(rf"\b{_VOOR}\s+(?:het|de)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETING}|hoorzitting|rondetafelgesprek|procedurevergadering)\b"
          rf"(?:\s+[\w-]+){{0,3}}?\s+(?:van|op)\s+(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?")
def _before_meeting(m, ref):
    return _day_month(m, ref)


# … or in a month: "voor de Europese Raad van juni", "vóór het commissiedebat in maart" (the month's end)
@_pattern(rf"\b{_VOOR}\s+(?:het|de)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETING}|Europese\s+Raad|Raad)\b(?:\s+[\w-]+){{0,3}}?\s+"
          rf"(?:van|in)\s+({_MONTH})\b(?!\s+\d)")
def _before_meeting_month(m, ref):
    return _end_of_month(ref, MONTHS[m.group(1).lower()]) if ref else None


# a day written in figures: "per 1-1-2027", "op 01-07-2026", "voor 2027-07-01"
@_pattern(rf"\b(?:{_VOOR}|uiterlijk|per|op|met\s+ingang\s+van)\s+(?:(\d{{1,2}})-(\d{{1,2}})-(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b")
def _day_in_figures(m, ref):
    y, mo, d = (m.group(3), m.group(2), m.group(1)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


# the turn of the year: "rond de jaarwisseling" (by the end of January)
@_pattern(rf"\b(?:rond|{_VOOR}|na|bij)\s+de\s+(jaarwisseling)\b")
def _turn_of_year(m, ref):
    return date(ref + 1, 1, 31) if ref else None


# (a day before a month and year first: "op 10 januari 2025" is the 10th, not the end of January)
@_pattern(rf"\b(?:{_VOOR}|uiterlijk|per|op|met\s+ingang\s+van|vanaf|tot(?:\s+en\s+met)?|t/m)\s+(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?")
def _day_month(m, ref):
    y = int(m.group(3)) if m.group(3) else ref
    try:
        return date(y, MONTHS[m.group(2).lower()], int(m.group(1))) if y else None
    except ValueError:
        return None


@_pattern(rf"\b(?:(begin|medio|eind|einde|uiterlijk)\s+)?({_MONTH})\s+(\d{{4}})\b")
def _month_year(m, ref):
    y, mo = int(m.group(3)), MONTHS[m.group(2).lower()]
    if (m.group(1) or "").lower() == "begin":
        return date(y, mo, 10)
    return _end_of_month(y, mo)


@_pattern(r"\b(?:in\s+)?(?:het\s+)?(Q[1-4]|(?:eerste|tweede|derde|vierde)\s+kwartaal)(?:\s+(?:van\s+)?(\d{4}))?")
def _quarter(m, ref):
    q = m.group(1).lower()
    n = int(q[1]) if q.startswith("q") else {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}[q.split()[0]]
    y = int(m.group(2)) if m.group(2) else ref
    return _end_of_month(y, n * 3) if y else None


@_pattern(r"\b(?:in\s+(?:de|het)\s+)?(eerste|tweede)\s+(?:helft|halfjaar|half\s+jaar)\s+van\s+(?:(\d{4})|(dit|komend|volgend)\s+jaar)\b")
def _half(m, ref):
    """"in de eerste helft van 2027", "het eerste halfjaar van volgend jaar"."""
    y = int(m.group(2)) if m.group(2) else ref + (m.group(3).lower() != "dit") if ref else None
    if y is None:
        return None
    return date(y, 6, 30) if m.group(1).lower() == "eerste" else date(y, 12, 31)


@_pattern(rf"\b(?:in|{_VOOR}|vanaf|per|tot|(begin|medio|eind|einde|uiterlijk))\s+({_MONTH})\b(?!\s+(?:\d{{4}}|jl\b|j\.l\.))")
def _month_only(m, ref):
    """"in september", "begin juni": the month of the year the document is dated in or names."""
    if ref is None:
        return None
    mo = MONTHS[m.group(2).lower()]
    return date(ref, mo, 10) if (m.group(1) or "").lower() == "begin" else _end_of_month(ref, mo)


@_pattern(r"\b(?:binnen|over)\s+(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|(?:een\s+)?half)\s+"
          r"(dag|dagen|week|weken|maand|maanden|jaar)\b|\b(?:volgende|komende)\s+(maand|week)\b")
def _within(m, ref_date):
    return None  # resolved in find_deadlines, which knows the document's date


@_pattern(r"\b(?:(begin|medio|half|eind|einde)\s+)?(dit|komend|volgend)\s+(?:kalender)?jaar\b")
def _this_year(m, ref):
    if ref is None:
        return None
    y = ref + (0 if m.group(2).lower() == "dit" else 1)
    return {"begin": date(y, 4, 30), "medio": date(y, 7, 31), "half": date(y, 7, 31)}.get((m.group(1) or "").lower(),
                                                                                         date(y, 12, 31))


# the budget's spring and autumn memoranda, sent to the Kamer before 1 June and before 1 December
# (Comptabiliteitswet 2016, art. 2.18): "bij de Voorjaarsnota", "voor de Najaarsnota 2027"
# … and the supplementary budgets that go with them: "in de eerste suppletoire begroting", "bij de tweede suppletoire wet"
@_pattern(rf"\b(?:{_VOOR}|op|met|rond|bij|in)\s+(?:de\s+)?(Voorjaarsnota|Najaarsnota|voorjaarsbesluitvorming|"
          rf"eerste\s+suppletoire\s+(?:begroting|wet)|tweede\s+suppletoire\s+(?:begroting|wet))(?:\s+{_YEAR})?")
def _spring_memorandum(m, ref):
    y = int(m.group(2)) if m.group(2) else ref
    if y is None:
        return None
    return date(y, 11, 30) if m.group(1).lower().startswith(("najaarsnota", "tweede")) else date(y, 5, 31)


# the opening of the parliamentary year, the third Tuesday of September: "voor Prinsjesdag"; the budget memorandum
# for a year is presented on the Prinsjesdag before it ("in de Miljoenennota 2027": September 2026)
@_pattern(rf"\b(?:{_VOOR}|op|met|rond|bij|in)\s+(?:de\s+)?(Prinsjesdag|Miljoenennota)(?:\s+{_YEAR})?")
def _prinsjesdag(m, ref):
    y = int(m.group(2)) - (m.group(1).lower() == "miljoenennota") if m.group(2) else ref
    if y is None:
        return None
    first = date(y, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


# the Kamer's debates on the budgets, after Prinsjesdag and over by the end of November; a year names the budget's
# year, debated the autumn before ("voor de begrotingsbehandeling", "bij de begrotingsbehandeling 2028": November 2027)
@_pattern(rf"\b(?:{_VOOR}|bij|rond)\s+(?:de\s+)?(begrotingsbehandeling(?:en)?|begrotingsdebat(?:ten)?)"
          rf"(?:\s+(?:van\s+)?(?:\w+\s+)?{_YEAR})?")
def _budget_debate(m, ref):
    y = int(m.group(2)) - 1 if m.group(2) else ref
    return date(y, 11, 30) if y else None


# a period of years, by its last: "in de periode 2026-2029", "in de jaren 2026 tot en met 2028"
@_pattern(r"\b(?:in\s+)?de\s+(?:periode|jaren)\s+(?:van\s+)?20\d\d\s*(?:-|–|tot\s+en\s+met|t/m|tot)\s*(20\d\d)\b")
def _period(m, ref):
    return date(int(m.group(1)), 12, 31)


# "voor 2027" is before the year begins; "in 2027", "in de loop van 2027", "eind 2027", "tot en met 2027" within it
# (two years joined: "in 2025 en 2026" is by the end of the later)
@_pattern(rf"\b(in|in\s+de\s+loop\s+van|{_VOOR}\s+het\s+einde?\s+van|{_VOOR}|eind|uiterlijk|vanaf|per|tot\s+en\s+met|t/m|tot)\s+(20\d\d)\b"
          r"(?:\s+(?:en|of)\s+(20\d\d)\b)?")
def _year(m, ref):
    y = int(m.group(3) if m.group(3) and not re.match(rf"{_VOOR}$|vanaf$|per$", m.group(1).lower()) else m.group(2))
    if re.fullmatch(_VOOR, m.group(1).lower()):
        return date(y - 1, 12, 31)
    # "vanaf 2027", "per 2027": what starts then is due when the year begins
    return date(y, 1, 1) if m.group(1).lower() in ("vanaf", "per") else date(y, 12, 31)


# verbs in the simple past that tell what happened
_SIMPLE_PAST_FORMS = (r"liep|liepen|ging|gingen|kwam|kwamen|vond|vonden|hield|hielden|gaf|gaven|stond|stonden|sprak|spraken|"
                      r"startte|startten|stuurde|stuurden|opende|openden|sloot|sloten|verscheen|verschenen")
SIMPLE_PAST = CaseFree(rf"\b(?:{_SIMPLE_PAST_FORMS})\b")
# a sentence that tells what happened, with nothing still to come: its month or season is this year's
# ("In het voorjaar is de regeling ingevoerd", in a letter of November)
_TOLD_AS_PAST = CaseFree(r"^(?!.*\b(?:zal|zullen|gaat|gaan|wordt|worden|kom|komt|komen|volgt|volgen)\b)"
                         # (or a verb in the simple past: "De campagne liep in maart en april")
                         rf".*\b(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden|{_SIMPLE_PAST_FORMS})\b"
                         # a pledge kept, whose time has come: "Hiermee doe ik de toezegging gestand om u voor de zomer …"
                         r"|\b(?:toezegging|motie)\b[^.;]{0,60}?\b(?:gestand|afgedaan|voldaan)\b")
# a plan, a budget or goals for a year, right before its "voor"
_FOR_A_PLAN = re.compile(r"(?:plan|plannen|begroting|begrotingen|budget|programma|agenda|doelen|doelstellingen|ambitie|ambities|"
                         r"prognose|raming|ramingen|middelen|kader|planning|"
                         # money for a year, and what holds "also" for it: "de compensatie ook voor 2028"
                         r"tekort|tekorten|compensatie|bedrag|bedragen|subsidie|subsidies|bijdrage|tarief|tarieven|ook)\s+$", re.I)
# a period counted from an event other than the writing ("binnen zes weken daarna", "binnen drie maanden na de
# inwerkingtreding", "binnen een jaar nadat …")
_AFTER_EVENT = re.compile(r"\s+(?:daarna|erna|nadien|nadat|na|vanaf|volgend\s+op)\b", re.I)
# a day a thing happened or happens ("die op 9 september is verstuurd"), unlike one it is due by ("voor 1 januari")
_ON_DAY = re.compile(r"op\b", re.I)
# the expressions that may name no year, each with the group of its year, if it has one
_ROLLS_OVER = {_before_season: 2, _in_season: 2, _after_summer: 2, _month_only: None, _prinsjesdag: 2, _day_month: 3,
               _before_meeting: 3, _spring_memorandum: 2, _quarter: 2, _before_meeting_month: None, _budget_debate: 2}
# what comes before the earliest a thing may be: "niet eerder dan 1 januari 2028", "niet vóór 2027"
_NOT_BEFORE = re.compile(r"(?i)\bniet\s+(?:(eerder\s+dan|v[oó]{2}r)\s+(?:\d{1,2}\s+)?)?$")
# what holds since a time, no deadline: "sinds 1 oktober 2026 worden geen gedetineerden meer heengezonden"
_SINCE = re.compile(r"(?i)\b(?:sinds|sedert|vanaf)\s+(?:\d{1,2}\s+)?$")


def find_deadlines(sentence: str, doc_date: date | None, ref_year: int | None = None) -> list[tuple[int, int, date | None]]:
    """Deadline expressions in a sentence: (start, end, latest date or None)."""
    ref = doc_date.year if doc_date else ref_year
    found: list[tuple[int, int, date | None]] = []
    taken: list[tuple[int, int]] = []
    for rx, fn in _PATTERNS:
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            # the earliest a thing may be, no deadline: "niet eerder dan 1 januari 2028", "niet vóór 2027"
            not_before = _NOT_BEFORE.search(sentence, max(0, m.start() - 25), m.start())
            if not_before and (not_before.group(1) or m.group().lower().startswith(("voor", "vóór"))):
                continue
            since = _SINCE.search(sentence, max(0, m.start() - 12), m.start()) or m.group().lower().startswith(("vanaf", "sinds"))
            if fn is _within and m.group(3) == "week":
                # "volgende week": the Sunday that ends the week after the document's
                value = doc_date + timedelta(days=13 - doc_date.weekday()) if doc_date else None
            elif fn is _within and m.group(3):
                # "volgende maand": the end of the month after the document's
                nxt = (doc_date.replace(day=1) + timedelta(days=32)) if doc_date else None
                value = _end_of_month(nxt.year, nxt.month) if nxt else None
            elif fn is _within:
                n = m.group(1).lower()
                n = int(n) if n.isdigit() else 0.5 if n.endswith("half") else NUMBERS[n]
                unit = m.group(2).lower()
                days = n * {"dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": 31, "maanden": 31, "jaar": 366}[unit]
                # counted from another event, not from the letter: "binnen zes weken daarna", "… na ontvangst"
                after = _AFTER_EVENT.match(sentence, m.end())
                value = doc_date + timedelta(days=days) if doc_date and not after else None
            elif fn is _year and _FOR_A_PLAN.search(sentence, 0, m.start()) and m.group(1).lower() in ("voor", "vóór"):
                continue      # what a plan or a budget is for: "een programmaplan voor 2022" is no deadline
            else:
                value = fn(m, ref)
                year = _ROLLS_OVER.get(fn, 0)
                if fn in _ROLLS_OVER and value and doc_date and value < doc_date and not (year and m.group(year)) \
                        and not _TOLD_AS_PAST.search(sentence) and not (fn is _day_month and _ON_DAY.match(m.group())):
                    # a month or season already past when the document was written is next year's ("in
                    # februari", "in het voorjaar", "voor de zomer", in a letter of November)
                    value = fn(m, ref + 1)
            if since and value and doc_date and value <= _end_of_month(doc_date.year, doc_date.month):
                continue     # since a time gone by ("sinds 1 oktober 2026", in a letter of December)
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), value))
    return sorted(found)
