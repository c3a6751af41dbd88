"""A committee's decision list (besluitenlijst): who asks what of whom, and the pledges it records.

Its items open with a number or an "Agendapunt:" line, the "Zaak:" lines under them name the letter or
pledge of a member of government the item is about ("Zaak: Toezegging - minister van SZW - …"), and its
"Besluit:" lines record what the committee decided. An ask is the committee's, or the member's it
names ("Verzoek van het lid Van Kent om …"), made of the ministry of the item's member of government;
a pledge it records is that ministry's commitment; what the committee decides is neither. A debate's list
that names one member of government at its head ("Bewindspersoon: minister van VWS") asks that ministry
wherever an item names none.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Document, Mention, Span, Statement
from .patterns import CaseFree
from .statements import (GOVERNMENT, TWEEDE_KAMER, asked_by, concerns, deadline_of, is_commitment, is_request,
                         named_actor, names_cabinet, quote, status_of)

# what a member asks in a committee ("Verzoek van het lid Van Kent (SP) om een brief over …", "Het lid Flach
# verzoekt om een technische briefing")
_MEMBER_ASKS = CaseFree(r"\bverzoek\s+van\s+(?:het\s+lid|de\s+leden)\s+[^.;:]{2,80}?\s+om\b"
                        r"|\b(?:het\s+lid|de\s+leden)\s+[^.;:]{2,80}?\s+(?:verzoekt|verzoeken|vraagt|vragen)\s+(?:om|de|het)\b")
_MEMBER_BEFORE = re.compile(r"(?i)\b(?:het\s+lid|de\s+leden)\s+$")
# the committee asking a member of government, as its decisions put it: "De commissie verzoekt de minister om …",
# "Besluit: Reactie vragen aan de staatssecretaris op …"
_COMMITTEE_ASKS = CaseFree(r"\b(?:verzoekt|verzoeken|verzocht|vraagt|vragen|gevraagd)\b(?=[^.;]{0,80}?\b(?:minister|staatssecretaris|"
                           r"bewindspersonen|bewindspersoon|kabinet|regering)\b)"
                           r"|\b(?:minister|staatssecretaris|bewindspersonen|bewindspersoon|kabinet|regering)\b[^.;]{0,80}?"
                           r"\b(?:verzoeken|vragen|te\s+verzoeken|te\s+vragen)\b")
# the line that records the committee's decision
_DECISION_LINE = re.compile(r"\s*Besluit\s*:")
# the pledges a list records are those of a member of government or the cabinet
_MEMBER_RULES = {"commitment.minister-verb", "commitment.pledged", "commitment.cabinet-verb", "commitment.cabinet-future",
                 "commitment.first-person-verb", "commitment.kamer-receives"}
_OFFICE_ALONE = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?:minister|staatssecretaris|ministerie|bewindspersoon)\b(?!\s+(?:van|voor)\b)")
# an item's heading line: a numbered line, or one that opens with "Agendapunt:"; and the "Zaak:" lines under it
_ITEM_HEAD = re.compile(r"(?m)^[ ]*(?:(?P<item>\d{1,3}[.)][ ]|Agendapunt[ ]*:)|Zaak[ ]*:)")
# a decision that a pledge is kept
_KEPT = re.compile(r"(?im)^[ ]*Besluit[ ]*:[^\n]*\b(?:voldaan|afgedaan|ingelost|nagekomen)\b")
_MEMBER_LINE = re.compile(r"(?im)^[ ]*(?:aanwezige[ ]+)?(?:bewindsperso(?:on|nen)|kabinet)[ ]*:[^\n]*")
_OFFICE_BEFORE = re.compile(r"(?i)\b(?:minister|staatssecretaris)\s+van\s+$")


class DecisionList:
    """The statements of one decision list, sentence by sentence; its items' heading lines are read once."""

    def __init__(self, doc: Document, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = mentions
        text = doc.text
        # the committee whose list this is: the first named at its head, else the Kamer
        self.committee = next((m.key for m in mentions if m.rule == "organisation.committee" and m.span.start < 600),
                              TWEEDE_KAMER)
        # each heading line: where it starts, whether it opens an item, the ministry whose member it names
        self._heads: list[tuple[int, bool, str | None]] = []
        for head in _ITEM_HEAD.finditer(text):
            end = text.find("\n", head.start())
            end = len(text) if end < 0 else end
            named = next((m.key for m in mentions if m.type == "Ministry" and head.start() <= m.span.start < end
                          and _OFFICE_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)), None)
            self._heads.append((head.start(), bool(head.group("item")), named))
        self._starts = [h[0] for h in self._heads]
        # the one member of government a debate's list names at its head ("Bewindspersoon: minister van VWS"):
        # the one its items ask and whose pledges they record, unless an item names another
        self.default: str | None = None
        head = _MEMBER_LINE.search(text, 0, 3000)
        if head:
            named = {m.key for m in mentions if m.type == "Ministry" and head.start() <= m.span.start < head.end()}
            self.default = named.pop() if len(named) == 1 else None

    def item_ministry(self, sp: Span) -> str | None:
        """The ministry of the member of government the sentence's item is about: the one a heading line
        of the item names, the nearest first ("Zaak: Toezegging - minister van SZW - …")."""
        for start, opens_item, named in reversed(self._heads[:bisect_right(self._starts, sp.start)]):
            if named:
                return named
            if opens_item:
                return self.default      # the item's own heading names no minister (a "Zaak:" line under it may)
        return self.default

    def statements(self, sp: Span, s: str) -> list[Statement]:
        doc, mentions, text = self.doc, self.mentions, self.doc.text
        asked = self.item_ministry(sp)
        rule = is_request(s, False) or ("request.member" if _MEMBER_ASKS.search(s) else None) or (
            "request.committee" if _DECISION_LINE.match(s) and _COMMITTEE_ASKS.search(s) else None)
        if rule:
            member = next((m.key for m in mentions if m.type == "Person" and sp.start <= m.span.start < sp.end
                           and _MEMBER_BEFORE.search(text, max(0, m.span.start - 20), m.span.start)), None)
            return [Statement("Request", sp, quote(text, sp), member or self.committee, addressee=asked or GOVERNMENT,
                              deadline=asked_by(text, sp, doc.date, doc.reference_year), rule=rule,
                              concerns=concerns(sp, mentions))]
        rule = is_commitment(s, True)
        if rule not in _MEMBER_RULES or _DECISION_LINE.match(s):
            return []
        actor = named_actor(s, sp, mentions) or (GOVERNMENT if names_cabinet(s) else None)
        if actor is None:
            actor = asked if asked and _OFFICE_ALONE.search(s) else GOVERNMENT
        dl = deadline_of(text, sp, doc.date, doc.reference_year)
        # the committee may record that the pledge is kept: "Besluit: De toezegging wordt als voldaan beschouwd."
        status = "Done" if _KEPT.search(text, sp.end, self._item_end(sp)) else status_of(s, dl, doc.date)
        return [Statement("Commitment", sp, quote(text, sp), actor, status=status, deadline=dl,
                          concerns=concerns(sp, mentions), rule=rule)]

    def _item_end(self, sp: Span) -> int:
        """Where the next heading line after the sentence starts (or the text ends)."""
        i = bisect_right(self._starts, sp.start)
        return self._starts[i] if i < len(self._starts) else len(self.doc.text)
