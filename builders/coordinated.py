"""Bodies known by their company: names listed beside a body are bodies too.

A name with no word for a body in it ("MIND", "Per Saldo", "Juridisch Loket") is recognised by no
pattern and no gazetteer, but a text often names it in a row with bodies that are known: "het UWV,
de SVB en MIND", "X, Y en Z vormen samen de Alliantie …", or a list of the bodies that sign a letter
("namens de betrokken partijen" followed by one name per line). Such a name becomes an organisation,
and so does every other place the text writes it the same way.
"""
from __future__ import annotations

import re

from .patterns import starting_with
from .recognise import _INDEFINITE, _ORG_HEAD, _SENTENCE_STARTERS, LOW, NOT_NAMES, UP, Candidate, slug

_BODY_TYPES = {"Organisation", "Ministry", "Government"}
# types that make a row something else than a row of bodies ("Jansen, De Vries en het UWV")
_OTHER_TYPES = {"Person", "Law", "Programme", "Motion", "ParliamentaryPaper"}
_JOIN = r"(?:van|voor|de|het|der|den|op|in|tegen)"
_WORD = rf"(?:[{UP}][\w'’&.-]*(?:\([{LOW}]+\))?|[A-Z0-9]{{2,}}[\w-]*)"
_NAME = rf"(?!(?:{_SENTENCE_STARTERS})\b){_WORD}(?:[ ]+(?:{_JOIN}[ ]+){{0,2}}{_WORD}){{0,5}}"
_ITEM = starting_with(rf"[dh{UP}0-9]", rf"(?:(?:de|het|De|Het)[ ]+)?(?P<name>{_NAME})")
_SEP = re.compile(r"[ ]*,[ ]*(?:en[ ]+)?|[ ]+en[ ]+")
_THINGS_AFTER = re.compile(rf"(?:{_SEP.pattern})[{LOW}]")
_THINGS_BEFORE = re.compile(rf"[{LOW}][ ]*,[ ]*(?:(?:de|het)[ ]+)?$")
# "X, Y en Z vormen (samen) de …": the members of the body that follows
_FORM = re.compile(r"[ ]+(?:vormen|vormden)(?:[ ]+samen)?[ ]+(?:de|het)[ ]+")
# a letter signed by several bodies: the list under "namens de betrokken partijen"
_SIGNED_BY = re.compile(
    r"(?im)^(?:namens[ ]+(?:de|het)[ ]+(?:betrokken|ondertekenende|volgende|onderstaande|deelnemende)[ ]+"
    r"(?:partijen|organisaties|koepels|leden)|ondertekenaars|ondertekend[ ]+door|de[ ]+ondertekenaars)[ ]*:?[ ]*\n+")
_LIST_LINE = re.compile(r"(?m)^[ ]*(?:[-•*◆][ ]+)?(?P<name>[^\n]{2,90})\n")
_TRAILING_ABBREVIATION = re.compile(r"[ ]*\([^()]*\)[ ]*$")


def coordinated_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Organisation candidates for the unknown names in rows and lists of bodies, and for every other
    place the text writes those names."""
    names: dict[str, None] = {}
    groups = [(spans, forms, False) for spans, forms in _rows(text)] + [(spans, False, True) for spans in _signatories(text)]
    for spans, forms, signed in groups:
        kinds = [_kind(s, e, cands) for s, e in spans]
        if not signed and ("other" in kinds or not (forms or "body" in kinds)):
            continue
        for (s, e), kind in zip(spans, kinds):
            if kind == "free" and _plausible(text[s:e]) \
                    and not _INDEFINITE.search(text, max(0, s - 8), s):      # "een Bestuurlijk Overleg": a kind
                names.setdefault(text[s:e])
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            out.append(Candidate(m.start(), m.end(), "Organisation", "organisation:" + slug(name), name,
                                 "organisation.coordinated"))
    return out


def _rows(text: str) -> list[tuple[list[tuple[int, int]], bool]]:
    """Rows of two or more names joined by commas and "en": the names' spans, and whether the row
    "vormt" what follows."""
    rows = []
    pos = 0
    while m := _ITEM.search(text, pos):
        spans = [m.span("name")]
        end = m.end()
        closed = False
        while not closed and (sep := _SEP.match(text, end)) and (nxt := _ITEM.match(text, sep.end())):
            spans.append(nxt.span("name"))
            end = nxt.end()
            closed = "en" in sep.group().split()
        pos = end
        if len(spans) < 2:
            continue
        # "DUO, Garage, maatwerk of …", "wonen, werk, Y en Z": a row of things, not of names
        if not closed and _THINGS_AFTER.match(text, end) or _THINGS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        # "CBS, Statline, 2026": a source cited in a note, its year after it
        if not closed and any(text[a:b].isdigit() for a, b in spans):
            continue
        rows.append((spans, _FORM.match(text, end) is not None))
    return rows


def _signatories(text: str) -> list[list[tuple[int, int]]]:
    """The names listed one per line under "namens de betrokken partijen" and the like."""
    out = []
    for m in _SIGNED_BY.finditer(text):
        spans = []
        pos = m.end()
        while line := _LIST_LINE.match(text, pos):
            s, e = line.span("name")
            name = _TRAILING_ABBREVIATION.sub("", text[s:e]).rstrip(" ,;.")
            spans.append((s, s + len(name)))
            pos = line.end()
        out.append(spans)
    return out


def _kind(start: int, end: int, cands: list[Candidate]) -> str:
    """"other" when a candidate of another type overlaps the name, "body" when a body's does, else "free"."""
    over = [c for c in cands if c.start < end and start < c.end]
    if any(c.type in _OTHER_TYPES for c in over):
        return "other"
    return "body" if any(c.type in _BODY_TYPES for c in over) else "free"


def _plausible(name: str) -> bool:
    words = name.split()
    return (len(words) <= 6 and len(name) >= 2 and not name.isdigit()
            and not (len(words) == 1 and words[0] in NOT_NAMES) and not re.search(r"[.:;!?]$", name)
            # a body's kind alone ("Commissie en Opinie Raad voor …") is no name
            and not (len(words) == 1 and re.fullmatch(_ORG_HEAD, words[0]))
            # a personal name's shape: "Marie de Groot", "Jan van der Berg"
            and not re.fullmatch(rf"[{UP}][{LOW}]+(?:[ ](?:van|de|den|der|ter|te|ten))+[ ][{UP}][{LOW}]+", name)
            # a title with its year ("Monitor Brede Welvaart 2021"), a plural ("ADV's")
            and not re.search(r"(?:\b(?:19|20)\d\d|['’]s)$", name))
