"""Which ministry or organisation a person belongs to, where the text says so.

A person is linked to a body when the text puts them together in one of these ways:

- the body in brackets right after the name: "staatssecretaris Van Oostenbruggen (Financiën)", "het lid Bikker
  (ChristenUnie)";
- the body after the office and the name: "minister Van Hijum van Sociale Zaken en Werkgelegenheid", "wethouder
  Jansen van de gemeente Utrecht";
- the name with its office and body after a comma: "Anna de Wit, directeur van de Woonbond";
- a signature: the name on the line or lines under the office or the body it signs for ("De minister van
  Volksgezondheid, Welzijn en Sport,\\n\\nJ.A. de Vries", "Patiëntenfederatie Nederland\\n\\nDianda Veldman").

The body must be a ministry or an organisation the text names there; the person's own role stays the role the
recogniser gave (``bg:role``); the link is ``org:memberOf``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ..model import Mention

# what may stand between a name and its body in brackets, or after the name and its office: "(", " van ", " van de "
_IN_BRACKETS = re.compile(r"[ ]*\([ ]*$")
_OF = re.compile(r"[ ]+(?:van|bij)[ ]+(?:de[ ]+|het[ ]+)?(?:gemeente[ ]+|provincie[ ]+)?$")
_COMMA_OFFICE = re.compile(r",[ ]+(?:\w+[ -]?){1,3}[ ]+(?:van|bij)[ ]+(?:de[ ]+|het[ ]+)?$")
# a line that is an office and its body, over a signature: "De minister van Volksgezondheid, Welzijn en Sport,"
_OFFICE_LINE = re.compile(r"(?i)^[ *]*(?:de[ ]+)?(?:minister|staatssecretaris|minister-president|voorzitter|directeur|"
                          r"burgemeester|wethouder)\b")
_BODY_TYPES = ("Ministry", "Organisation")
# what may stand before a signer's surname on its line: "J.A. de Vries", "mr. dr. A. Jansen", "Dianda Veldman"
_BEFORE_NAME = re.compile(r"[ *]*(?:(?:(?:[A-Z]\.)+|mr\.|dr\.|drs\.|prof\.|ir\.|ing\.|[A-Z][a-zé]+)[ ]*)*")


def affiliations(text: str, mentions: list[Mention]) -> dict[str, list[str]]:
    """Person key -> the keys of the bodies the text links them to, in the order found."""
    bodies = sorted((m for m in mentions if m.type in _BODY_TYPES and not m.key.startswith("organisation:oorg10002")),
                    key=lambda m: m.span.start)
    starts = [b.span.start for b in bodies]

    def between(a: int, z: int) -> list[Mention]:
        """The bodies named from ``a`` up to ``z``."""
        return bodies[bisect_left(starts, a):bisect_left(starts, z)]

    out: dict[str, list[str]] = {}
    for p in mentions:
        if p.type != "Person":
            continue
        for key in _linked(text, p, between):
            if key not in out.setdefault(p.key, []):
                out[p.key].append(key)
    return {k: v for k, v in out.items() if v}


# the bodies named from one offset up to another
_Named = Callable[[int, int], list[Mention]]


def _linked(text: str, p: Mention, bodies: _Named) -> list[str]:
    found = []
    line_end = text.find("\n", p.span.end)
    line_end = len(text) if line_end < 0 else line_end
    for b in bodies(p.span.end, min(line_end, p.span.end + 90) + 1):
        gap = text[p.span.end:b.span.start]
        # "Van Oostenbruggen (Financiën)", "Van Hijum van Sociale Zaken …", "Anna de Wit, directeur van de Woonbond"
        if _IN_BRACKETS.fullmatch(gap) or _OF.fullmatch(gap) or _COMMA_OFFICE.fullmatch(gap):
            found.append(b.key)
            break
    signer = _signs_for(text, p, bodies)
    if signer:
        found.append(signer)
    return found


def _signs_for(text: str, p: Mention, bodies: _Named) -> str | None:
    """The body a signer signs for, when the name is a line of its own: the body on the lines right under it
    (its office, over up to three lines: "Rutger Groot Wassink\n*Wethouder Opvang,\nGemeente Amsterdam*"), else
    the office or body on the line right above it ("De minister van …,\n\nJ.A. de Vries")."""
    start = text.rfind("\n", 0, p.span.start) + 1
    end = text.find("\n", p.span.end)
    end = len(text) if end < 0 else end
    if not _BEFORE_NAME.fullmatch(text[start:p.span.start]) or text[p.span.end:end].strip(" ,*"):
        return None         # the name is not alone on its line (but for initials, titles or a given name)
    # the lines under it, up to a blank line
    under_end = end
    for _ in range(3):
        nxt = text.find("\n", under_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if under_end >= len(text) or not text[under_end + 1:nxt].strip(" *"):
            break
        under_end = nxt
    under = bodies(end + 1, under_end)
    if under:
        return under[0].key
    before = text[:start].rstrip()
    line_start = before.rfind("\n") + 1
    line = before[line_start:]
    if not line or start - len(before) > 4 or under_end > end and not _OFFICE_LINE.match(text[end + 1:under_end]):
        return None         # no line right above it, more than a blank line between, or lines of its own under it
    named = bodies(line_start, len(before))
    if not named:
        return None
    # the line is the office with its body ("De minister van …,"), or the body alone ("Patiëntenfederatie Nederland")
    rest = (line[:named[0].span.start - line_start] + line[named[-1].span.end - line_start:]).strip(" ,*")
    if _OFFICE_LINE.match(line) or not rest:
        return named[0].key
    return None
