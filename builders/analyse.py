"""One RawDocument -> one Analysis: normalise, segment, recognise, resolve, find statements.

A pure function of the raw document and the rule set, so its result can be cached by
(content hash, beleidsgraaf version).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from ..model import Analysis, Deadline, Document, Entity, Letter, Mention, RawDocument, Span, Statement
from . import gazetteer as gz
from . import segment
from .affiliations import affiliations
from .dates import parse_date
from .normalise import normalise
from .overrides import Overrides
from .recognise import recognise, slug
from .resolve import resolve
from .decision_lists import DecisionList
from .statements import (BARE_OFFICE, GOVERNMENT, RECOMMENDATION_LABEL, TWEEDE_KAMER, acting_as, actor_of, asked_by, concerns, deadline_of, introduces_promises, is_agency_commitment,
                         is_commitment, is_instrument_commitment, is_progress_now, is_request, is_status_commitment,
                         is_future_time, item_promises, named_actor, names_cabinet, quote, status_of)

_ANSWER_BY = re.compile(r"Antwoord van (?:de )?(?:minister|staatssecretaris)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?\s*\((?P<dept>[^)]{3,80})\)")
# the heading of a set of answers: "Antwoorden van de minister van Infrastructuur en Waterstaat op vragen van het
# lid …", "Antwoord van de staatssecretaris voor Jeugd, Preventie en Sport op de vragen …"
_ANSWERS_OF = re.compile(r"Antwoord(?:en)?\s+van\s+(?:de\s+)?(?:minister|staatssecretaris)\s+(?:van|voor)\s+"
                         r"(?P<dept>[^\n()]{3,120}?)\s+(?:op|naar\s+aanleiding\s+van)\s+(?:de\s+)?(?:schriftelijke\s+)?vragen\b")
_SIGNED_BY = re.compile(r"(?im)^[ ]*(?:De|Het)\s+(?:minister|staatssecretaris)\s+van\s+(?P<dept>[^.\n]{3,80}?),?[ \t]*$")
# the ministry that leads on an EU proposal, in the government's fiche on it: "Eerstverantwoordelijk
# ministerie\nMinisterie van Sociale Zaken en Werkgelegenheid in nauwe samenwerking met …"
_LEAD_MINISTRY = re.compile(r"(?i)\beerstverantwoordelijke?\s+(?:ministerie|departement)\s*:?\s*(?:het\s+)?"
                            r"(?P<dept>ministerie\s+van\s+[^\n]{3,80})")
_POST_SIGNS = re.compile(r"(?im)^[ ]*(?:(?:Nr\.[ ]*\d{1,4}[ ]+)?BRIEF[ ]+VAN[ ]+)?(?:De|Het)?[ ]*minister[ ]+voor[ ]+"
                         r"(?P<post>[^,\n]{3,80}(?:,[ ]*[^,\n]{3,60}(?=[ ]+en[ ]))?[^,\n]{0,60}),?[ ]*$")
# the member of government a committee put its written questions to, in the list of questions and answers:
# "De vaste commissie voor … heeft een aantal vragen voorgelegd aan de Minister van Volksgezondheid, Welzijn en
# Sport over …"
_QUESTIONS_PUT_TO = re.compile(r"\bvragen\s+(?:en\s+opmerkingen\s+)?voorgelegd\s+aan\s+de\s+(?:minister|staatssecretaris)\s+(?:van|voor)\s+"
                               r"(?P<dept>[^.\n]{3,80}?)\s+(?:over|inzake|en|naar\s+aanleiding)\b", re.I)
_PRIME_MINISTER_SIGNS = re.compile(r"(?im)^[ ]*De\s+minister-president,[ \t]*$")
_ON_BEHALF = re.compile(r"\bnamens\s+(?:de|het|mijn)\s+(?:\w+\s+)?(?:minister|staatssecretaris|ministerie|collega)s?\s+"
                        r"(?:van|voor)\s+$", re.I)


def analyse(raw: RawDocument, overrides: Overrides | None = None) -> Analysis:
    overrides = overrides or Overrides()
    text, offsets = normalise(raw.raw_text)
    notes = segment.footnotes(text)
    letters = segment.letters(text)
    tables = [[[offsets.span_from_raw(*cell) for cell in row] for row in table] for table in raw.tables]
    rows = segment.structured_table_rows(text, tables) or segment.table_rows(text) or segment.action_blocks(text)
    sents = segment.sentences(text, breaks={i for table in tables for row in table for cell in row for i in cell})
    d = segment.document_date(text)
    cands = recognise(_cells_apart(text, tables)) + overrides.candidates(text)
    mentions, entities = resolve(text, cands)
    mentions, entities = overrides.apply(raw.path, mentions, entities)
    doc_type = segment.document_type(text, letters, rows)
    # a committee's decision list speaks for the committee: the ministers it names are not its writers
    speaker = _speaker(text, mentions) if doc_type != "besluitenlijst" else None
    speaker_person = _speaker_person(text, mentions)
    doc = Document(
        path=raw.path, sha256=raw.sha256, raw_text=raw.raw_text, text=text, offsets=offsets,
        sentences=tuple(sents), title=segment.title(text) or raw.metadata.get("title"), date=d,
        reference_year=None if d else segment.reference_year(text),
        doc_type=doc_type, identifiers=segment.identifiers(text),
        letters=tuple(_with_senders(text, letters, mentions, entities)),
        table_rows=tuple(rows), speaker=speaker, speaker_person=speaker_person, footnotes=notes,
        pages=raw.pages, format=raw.format, reference=segment.reference(text),
        overrides=overrides.sha256 or None)
    first = doc.letters[0] if doc.letters else None
    if first is not None:
        outside = first.sender and not first.sender.startswith("ministry:") and not speaker
        doc = replace(doc, addressee=first.addressee,
                      sender=first.sender if outside and len(doc.letters) == 1 else None)
    else:
        # a letter without a salutation: the address block ends where the letterhead's date or subject is
        end = re.search(r"(?im)^[ ]*(?:datum|betreft|onderwerp)\b", text[:2000])
        if doc_type != "besluitenlijst":
            doc = replace(doc, addressee=_addressee(text, Span(0, end.start() if end else 0), mentions))
    statements = _statements(doc, mentions)
    if GOVERNMENT not in entities and any(s.actor == GOVERNMENT for s in statements):
        entities[GOVERNMENT] = Entity(GOVERNMENT, "Government", "Kabinet")
    # who belongs to which ministry or body, where the text says so ("staatssecretaris X (Financiën)", a signature)
    for person, bodies in affiliations(text, mentions).items():
        e = entities[person]
        entities[person] = replace(e, extra=e.extra + tuple(("memberOf", b) for b in bodies if b in entities))
    for key in {speaker} | {k for st in statements for k in (st.actor, st.addressee)}:
        if key and key not in entities and key in gz.ministries().by_key:
            # the ministry a post is seated at, which the text itself need not name
            e = gz.ministries().by_key[key]
            entities[key] = Entity(e.key, e.type, e.label, e.notation, e.same_as, e.extra)
    return Analysis(document=doc, mentions=tuple(mentions), entities=entities, statements=tuple(statements))


def _cells_apart(text: str, tables: list[list[list[tuple[int, int]]]]) -> str:
    """The text with the one space that normalising left between two cells of a table row on one line (a table
    set out in columns) made a bar, so that no name runs on into the next cell ("Wet op het Defensiefonds  DGB");
    the text keeps its length and offsets."""
    gaps = [a[1] for table in tables for row in table for a, b in zip(row, row[1:]) if b[0] == a[1] + 1 and text[a[1]] == " "]
    if not gaps:
        return text
    chars = list(text)
    for i in gaps:
        chars[i] = "|"
    return "".join(chars)


_ADDRESS_TO_LINE = re.compile(r"[ \t]*(?:Aan|T\.a\.v\.|t\.a\.v\.)\s")
_COMMITTEE_FOR = re.compile(r"(?i)\bcommissie\s+voor\s+(?:de\s+|het\s+)?$")


def _speaker(text: str, mentions: list[Mention]) -> str | None:
    """The ministry of the answering or signing minister: answer header, signature, the lead ministry
    of an assessment of an EU proposal, the one a committee's questions were put to, letterhead."""
    for rx in (_ANSWER_BY, _ANSWERS_OF, _SIGNED_BY, _LEAD_MINISTRY, _QUESTIONS_PUT_TO):
        for m in rx.finditer(text):
            for mm in mentions:
                if mm.type == "Ministry" and m.start("dept") <= mm.span.start < m.end("dept"):
                    return mm.key
            # an answer by a minister whose post has no department: "Antwoord van minister X (Armoedebeleid, …)"
            # … or a state secretary's post ("De staatssecretaris van Participatie en Integratie,")
            seat = gz.post_ministry(m.group("dept")) if rx is not _LEAD_MINISTRY else None
            if seat:
                return seat
    # the prime minister signs as such, the Ministry of General Affairs his department
    if _PRIME_MINISTER_SIGNS.search(text):
        hits = gz.ministries().find("Ministerie van Algemene Zaken")
        if hits:
            return hits[0].key
    # a minister whose post has no department of its name signs or heads the letter: the ministry the post
    # is seated at ("De minister voor Armoedebeleid, Participatie en Pensioenen," -> SZW)
    for m in _POST_SIGNS.finditer(text):
        seat = gz.post_ministry(m.group("post"))
        if seat:
            return seat
    # (not a member of government the letter is written on behalf of: "mede namens de staatssecretaris van VWS")
    # nor the minister it is addressed to: "Aan de minister van Binnenlandse Zaken …"
    # (nor a ministry the body of a letter names: the letterhead ends at the salutation)
    salutation = segment.SALUTATION.search(text, 0, 3000)
    end = min(1500, salutation.start()) if salutation else 1500
    # (nor a ministry the subject line is about, "Betreft Resultaten verantwoordingsonderzoek bij het Ministerie
    # van …", nor one a Kamer committee is named after: "Vaste commissie voor Financiën")
    head = [mm for mm in mentions if mm.type == "Ministry" and mm.span.start < end
            and not _ON_BEHALF.search(text, max(0, mm.span.start - 80), mm.span.start)
            and not _ADDRESS_TO_LINE.match(text, text.rfind("\n", 0, mm.span.start) + 1)
            and not segment.SUBJECT_LINE.match(text, text.rfind("\n", 0, mm.span.start) + 1)
            and not _COMMITTEE_FOR.search(text, max(0, mm.span.start - 40), mm.span.start)]
    if head and re.search(r"(?im)^\s*(?:datum|kenmerk|betreft)\b", text[:3000]):
        return head[0].key
    # a publication's publisher, the ministry on a line of its own under the title ("Actieplan X\n\nMinisterie van
    # Volksgezondheid, Welzijn en Sport\n\nJuni 2026")
    # … or in the title itself: "Jaarverslag en slotwet Ministerie van Justitie en Veiligheid 2025"
    title_start = len(text) - len(text.lstrip())
    title_end = text.find("\n", title_start)
    for mm in head:
        line_start = text.rfind("\n", 0, mm.span.start) + 1
        line_end = text.find("\n", mm.span.end)
        in_title = line_start == title_start and mm.span.end <= title_end
        if mm.span.start < 800 and mm.surface.startswith("Ministerie") and in_title \
                and not text[title_start:mm.span.start].lstrip().startswith(("Aan", "T.a.v")):
            return mm.key
        if mm.span.start < 800 and mm.surface.lower().startswith("ministerie") \
                and not text[line_start:mm.span.start].strip() and not text[mm.span.end:line_end if line_end >= 0 else None].strip():
            return mm.key
    m = re.search(r"min([a-z]{2,5})\b", text[:1500])
    if m:
        for mm in mentions:
            if mm.type == "Ministry" and mm.surface.lower().replace("&", "en") == m.group(1):
                return mm.key
    return None


_ROLE_LINE = re.compile(r"(?i)\b(?:directeur|voorzitter|bestuurder|informateur|formateur|secretaris|namens|"
                        r"gedeputeerde|wethouder|burgemeester|coördinator|manager|hoofd|president|ceo|lid|"
                        r"rapporteur|penningmeester|adviseur|ondertekenaars)\b")


def _signature_org(text: str, block: Span, mentions: list[Mention]) -> tuple[int, int] | None:
    """The organisation a signature names on a line of its own ("Deborah Lauria / Ieder(in)"), not the
    line that names the signer."""
    persons = [m.span for m in mentions if m.type == "Person" and block.start <= m.span.start < block.end]
    pos = text.index("\n", block.start) if "\n" in text[block.start:block.end] else block.end
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[pos:block.end])][:6]
    for i, (a, b) in enumerate(lines):
        line = text[pos + a:pos + b].strip().strip("*,")
        if i == 0 or not line or _ROLE_LINE.search(line) or re.search(r"\d|@|www\.|Postbus", line):
            continue
        if len(line) <= 60 and line[:1].isalpha() and len(line.split()) <= 6:
            s = pos + a + (len(text[pos + a:pos + b]) - len(text[pos + a:pos + b].lstrip()))
            if any(p.start < s + len(line) and s < p.end for p in persons):
                continue
            return s, s + len(line)
    return None


def _speaker_person(text: str, mentions: list[Mention]) -> str | None:
    """The answering minister by name, when the answer header gives it ("Antwoord van minister X (...)")."""
    m = _ANSWER_BY.search(text)
    if m and m.group("name"):
        for mm in mentions:
            if mm.type == "Person" and m.start("name") <= mm.span.start < m.end("name"):
                return mm.key
    return None


def _with_senders(text: str, letters: list[Letter], mentions: list[Mention], entities: dict) -> list[Letter]:
    out = []
    for letter in letters:
        block = segment.closing_block(text, letter.span)
        sender = None
        name = None
        if block:
            orgs = [m for m in mentions if m.type == "Organisation" and block.start <= m.span.start < block.end
                    and not m.key.startswith("organisation:partij-")]
            lines = [ln.strip() for ln in text[block.start:block.end].split("\n")[1:] if ln.strip()]
            name = lines[0] if lines else None
            ministries = [m for m in mentions if m.type == "Ministry" and block.start <= m.span.start < block.end]
            # a member of government signs by office, also in capitals ("DE MINISTER VAN INFRASTRUCTUUR EN
            # WATERSTAAT,"), whatever bodies a note under the signature names
            signing = _SIGNED_BY.search(text, block.start, block.end)
            by_office = gz.ministries().find(signing.group("dept")) if signing else []
            if by_office:
                sender = by_office[0].key
            elif ministries and not orgs:
                sender = ministries[0].key      # "De minister van Defensie," over the signer's name
            elif orgs:
                listed = [m for m in mentions if m.type == "Organisation" and block.start <= m.span.start < letter.span.end]
                foot = Span(block.start, min(letter.span.end, block.start + 1500))
                sender = _by_web_address(text, foot, listed, entities) or orgs[0].key
            else:
                found = _signature_org(text, block, mentions)
                if found:
                    s, e = found
                    label = text[s:e]
                    key = "organisation:" + slug(label)
                    entities.setdefault(key, Entity(key, "Organisation", label))
                    mentions.append(Mention(Span(s, e), "Organisation", label, key, "organisation.signature"))
                    sender = key
        if sender is None:
            # the body whose letterhead the letter is written on, above its address ("Nederlandse Woonbond /
            # Postbus 15 / … / Aan de leden van de vaste commissie …")
            top = _letterhead(text, letter)
            heads = [m for m in mentions if top and top.start <= m.span.start < top.end and m.type in ("Organisation", "Ministry")]
            if heads and heads[0].type == "Organisation" and not any(m.type == "Ministry" for m in heads):
                sender = heads[0].key
        to = _addressee(text, letter.head, mentions)
        if sender is None:
            # else the first body the letter names, not the one it is addressed to
            orgs = [m for m in mentions if m.type == "Organisation" and letter.span.start <= m.span.start < letter.span.end
                    and not m.key.startswith("organisation:oorg10002") and m.key != to]
            if orgs:
                sender = orgs[0].key
        if name and re.search(r"(?i)informateur|formateur", text[block.start:block.end] if block else ""):
            sender = "person:" + re.sub(r"\W+", "-", name.split()[-1].lower())
        out.append(Letter(letter.index, letter.span, letter.date, letter.subject, sender, name,
                          to if to != sender else None, letter.salutation, letter.head))
    return out


_WEB_NAME = re.compile(r"(?i)\b(?:www\.|[\w.-]+@)([a-z0-9-]{2,30})\.(?:nl|org|com|eu|net)\b")


def _by_web_address(text: str, span: Span, orgs: list[Mention], entities: dict) -> str | None:
    """Of the bodies a letter's closing lists, the one whose web or mail address its foot gives
    ("namens: APT, …, NVB, …" and "www.nvb.nl" below: the NVB sent it)."""
    names = {m.group(1).lower().replace("-", "") for m in _WEB_NAME.finditer(text, span.start, span.end)}
    if not names:
        return None
    for m in orgs:
        entity = entities.get(m.key)
        forms = {m.surface} | ({entity.label, entity.notation or ""} if entity else set())
        if any(re.sub(r"[^a-z0-9]", "", f.lower()) in names for f in forms if f):
            return m.key
    return None


def _addressee(text: str, head: Span | None, mentions: list[Mention]) -> str | None:
    """The organisation or ministry that opens a line of the address block ("De Tweede Kamer der
    Staten-Generaal", "Aan de minister van ...")."""
    if head is None:
        return None
    opening = []
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.type not in ("Organisation", "Ministry") or not head.start <= m.span.start < head.end:
            continue
        line_start = text.rfind("\n", 0, m.span.start) + 1
        before = _OPENS_ADDRESS.fullmatch(text, line_start, m.span.start)
        if before:
            opening.append((not before.group(1), m.key))
    # a line that says "Aan" is the address, whatever letterhead stands above it
    return min(opening, key=lambda o: o[0])[1] if opening else None


# (also the members of a committee: "Aan de leden van de vaste commissie voor Sociale Zaken en Werkgelegenheid")
_OPENS_ADDRESS = re.compile(r"(?i)[ ]*(aan[ ]+)?(?:de[ ]+|het[ ]+)?(?:(?:leden|voorzitter)[ ]+van[ ]+de[ ]+|"
                            r"(?:minister|staatssecretaris|ministerie)[ ]+(?:van|voor)[ ]+)?")


def _government_text(doc: Document) -> bool:
    return doc.doc_type in ("kamerbrief", "antwoord_kamervragen", "actieplan", "voortgangsrapportage", "fiche", "other")


def _party_letter(doc: Document, letter: Letter | None) -> bool:
    """A letter from a party outside government: its asks are requests, nothing in it is a commitment."""
    # the Tweede Kamer as sender is the informateur's office answering: no asks there
    return (letter is not None and letter.sender is not None
            and not letter.sender.startswith(("person:", "ministry:", "organisation:oorg10002")))


_ADDRESSED_TO = re.compile(r"(?m)^[ \t]*Aan\b")


def _letterhead(text: str, letter: Letter) -> Span | None:
    """The lines of a letter above its address block (the line that opens with "Aan"), if any."""
    if letter.head is None:
        return None
    m = _ADDRESSED_TO.search(text, letter.head.start, letter.head.end)
    return Span(letter.head.start, m.start()) if m and m.start() > letter.head.start else None


def _signed_by_sender(text: str, letter: Letter, mentions: list[Mention]) -> bool:
    """Whether the sender is the body that signs the letter or whose letterhead it is written on."""
    where = [x for x in (segment.closing_block(text, letter.span), _letterhead(text, letter)) if x is not None]
    return any(m.key == letter.sender and x.start <= m.span.start < x.end for m in mentions for x in where)


# a pledge a member of government a letter from outside speaks of made ("Hij zegt toe dat …", "De minister heeft
# toegezegd om …"), and one its addressee made ("In uw brief zegt u toe dat …", "heeft u toegezegd om …")
_THEY_PLEDGED = re.compile(r"\b(?:[Hh]ij|[Zz]ij|[Dd]e\s+minister|[Dd]e\s+staatssecretaris)\s+(?:zegt|zei|zegde)\s+(?:\w+\s+){0,3}toe\b|"
                           r"\b(?:[Hh]ij|[Zz]ij|[Dd]e\s+minister|[Dd]e\s+staatssecretaris)\s+(?:heeft|had)\s+(?:[^.;]{0,80}?\s)?toegezegd\b|"
                           r"\b(?:heeft|had)\s+(?:hij|zij|de\s+minister|de\s+staatssecretaris)\s+(?:[^.;]{0,80}?\s)?toegezegd\b")
_YOU_PLEDGED = re.compile(r"\b(?:zegt|zei|zegde)\s+u\s+(?:\w+\s+){0,3}toe\b|\b(?:heeft|had)\s+u\s+(?:[^.;]{0,80}?\s)?toegezegd\b|"
                          r"\bu\s+(?:heeft|had)\s+(?:[^.;]{0,80}?\s)?toegezegd\b|\buw\s+toezegging\s+(?:om|dat)\b", re.I)
# whom an ask in a letter to the Kamer names: the Kamer ("de Kamer", "u"), or the government
_NAMES_KAMER = re.compile(r"\b(?:Kamer|Kamerleden|u|uw)\b")
_NAMES_GOVERNMENT = re.compile(r"\b(?:kabinet|regering|minister|ministers|staatssecretaris|bewindspersonen?|ministerie|Rijk|"
                               r"rijksoverheid)\b", re.I)
# where a speaker's words begin after the heading of a turn in a debate
_AFTER_COLON = re.compile(r"[ \t]*:\s*")


def _statements(doc: Document, mentions: list[Mention]) -> list[Statement]:
    text = doc.text
    out: list[Statement] = []
    row_spans = []
    owners = [_row_owner(doc, row, mentions) for row in doc.table_rows]
    numbered = {row.number: owner for row, owner in zip(doc.table_rows, owners) if row.number}
    for row, owner in zip(doc.table_rows, owners):
        out.extend(_row_statements(doc, row, mentions, owner, numbered))
        end = row.status.end if row.status else row.description.end
        row_spans.append((text.rfind("\n", 0, row.description.start) + 1, end))   # from the row number on
    note_spans = [s for s in segment.footnote_spans(text)]
    # what somebody else is quoted as saying ("Hij zegt: "…"") is neither a promise nor an ask of the text
    quoted = [m.span("q") for m in _QUOTATION.finditer(text)]
    letters = list(doc.letters)
    publishers = {lt.index: _published_by(text, lt, mentions) for lt in letters}
    # a letter to the Kamer is a party's when a body signs it (not when a body is only the first one named)
    signed = {lt.index: _signed_by_sender(text, lt, mentions) for lt in letters}
    intro: _ListIntro | None = None     # a promise that introduces a list
    asks: _ListIntro | None = None      # an ask that introduces a list ("BEVEELT AAN dat Nederland … maatregelen neemt om:")
    asked: Statement | None = None      # … and the ask its items make
    author = _act_author(text, mentions)
    decisions = DecisionList(doc, mentions) if doc.doc_type == "besluitenlijst" else None
    collective = _cosigned(text, mentions)
    after_label = False     # the sentence before was a recommendation's label on its own ("Aanbeveling 2.")
    turns = segment.turns(text)
    speakers = _turn_speakers(text, turns, mentions)
    turn_starts = [t.heading.start for t in turns]
    for sent in doc.sentences:
        sp = sent.span
        turn = None
        if turns and (i := bisect_right(turn_starts, sp.start) - 1) >= 0 and sp.start < turns[i].end:
            turn = turns[i]
            if turn.kind == "chair":
                continue        # the chair leads the debate
            if sp.start <= turn.heading.end:
                # a turn's heading says who speaks; what is said starts after its colon
                body = _AFTER_COLON.match(text, turn.heading.end)
                if body is None or body.end() >= sp.end:
                    continue
                sp = Span(body.end(), sp.end)
            if turn.kind == "member":
                # a member asks, in so many words or by asking whether the minister will ("Kan de minister
                # toezeggen …?"), of the member of government in the debate; a member promises nothing
                s = text[sp.start:sp.end]
                ask = is_request(s, True) or ("request.question" if _ASKS_IN_DEBATE.search(s) else None)
                if ask:
                    to = next((speakers[t] for t in turns if t.kind == "government" and speakers[t]), GOVERNMENT)
                    out.append(Statement("Request", sp, quote(text, sp), speakers[turn], addressee=to, rule=ask,
                                         deadline=_asked_by(doc, sp), concerns=concerns(sp, mentions)))
                continue
        labelled, after_label = after_label, bool(RECOMMENDATION_LABEL.fullmatch(text, sp.start, sp.end))
        in_note = any(n.start <= sp.start < n.end for n in note_spans)
        if any(a <= sp.start < b for a, b in row_spans) \
                or any(2 * (min(b, sp.end) - max(a, sp.start)) > sp.end - sp.start for a, b in quoted):
            continue
        s = text[sp.start:sp.end]
        letter = next((lt for lt in letters if lt.span.start <= sp.start < lt.span.end), None)
        from_party = _party_letter(doc, letter) and (doc.doc_type in ("bundle", "brief", "other")
                                                     or doc.doc_type == "kamerbrief" and signed[letter.index])
        if letter is not None and letter.sender and letter.sender.startswith("person:"):
            continue   # the informateur's standard replies promise nothing
        if doc.doc_type == "bundle" and letter is None:
            continue
        outside = from_party or doc.doc_type == "bundle"     # a text from outside government
        if asks is not None and _next_item(text, asks.end, sp) and asks.marker in (None, marker := _marker_kind(text, sp)):
            # an item of a list an ask introduces asks it, of whom the introduction asks
            if asks.statement is not None:
                out.remove(asks.statement)
            item = _item_text(text, sp)
            ask = replace(asked, span=item, quote=quote(text, item), deadline=_asked_by(doc, item) or asked.deadline,
                          rule="request.list-item", concerns=concerns(item, mentions))
            out.append(ask)
            asks = asks._replace(end=sp.end, statement=None, marker=marker)
            continue
        asks = None
        rule = is_request(s, outside, labelled)
        if rule == "request.reported" and is_commitment(s, True) == "commitment.implements-motion":
            rule = None     # the writer carries out a motion, whose ask a clause quotes: "Ik voer de motie X uit, die …"
        faction = None
        if not rule and not outside and _ASKS_IN_DEBATE.search(s) and (faction := _faction_asking(text, sp, mentions)):
            rule = "request.question"   # in a written consultation: "Kan de minister toezeggen dat …?" under a party's questions
        # a footnote is read only for what a party's letter asks in it in so many words ("² … Wij vragen om
        # volledige opvolging van de adviezen …"); else it cites and explains
        if in_note and not (outside and rule == "request.ask-verb"):
            continue
        if decisions is not None:
            out.extend(decisions.statements(sp, s))
            continue
        if not outside and not rule and _ON_KAMER_REQUEST.match(s):
            # what the government does at the Kamer's request reports the ask as well: "Op verzoek van Uw Kamer
            # gaat binnenkort een commissie van start" (the commitment is looked for below)
            out.append(Statement("Request", sp, quote(text, sp), TWEEDE_KAMER, addressee=GOVERNMENT,
                                 rule="request.on-request", concerns=concerns(sp, mentions)))
        if doc.doc_type == "motie":
            # a motie asks in its own words ("verzoekt de regering …", "roept de regering op …"), in the name
            # of the Kamer that it opens with; what it finds and considers asks nothing, and it promises nothing
            if rule:
                out.append(Statement("Request", sp, quote(text, sp), TWEEDE_KAMER, addressee=_asked_member(sp, mentions, text),
                                     deadline=_asked_by(doc, sp),
                                     rule=rule, concerns=concerns(sp, mentions)))
            continue
        if rule:
            # a letter from outside asks for its sender; a government letter reports who asks
            asker = letter.sender if letter and outside else faction or _asker(s, sp, mentions)
            if rule == "request.recommendation" and asker is None:
                asker = _adviser(out, doc, mentions)
            asker = asker or author
            if letter is not None:
                asker = next((who for a, b, who in publishers.get(letter.index, ()) if a <= sp.start < b), asker)
            # asked of the ministry a letter from outside is addressed to ("Aan de minister van BZK"), else the government
            to = letter.addressee if letter and outside and (letter.addressee or "").startswith("ministry:") else GOVERNMENT
            # … or of the Kamer or its committee it is addressed to, when the ask says so and names no government ("Wij
            # roepen de Kamer op om …", "Wij nodigen u uit …" in a letter to the committee; not "Ons verzoek aan het
            # kabinet is …", nor an ask of no one in particular)
            if letter and outside and (letter.addressee == TWEEDE_KAMER or (letter.addressee or "").startswith(
                    "organisation:commissie-")) and _NAMES_KAMER.search(s) and not _NAMES_GOVERNMENT.search(s):
                to = letter.addressee
            # an ask a government text reports was made of its writer: "De RSJ heeft mij geadviseerd om …"
            if not outside and doc.speaker and _ASKED_OF_ME.search(s):
                to = doc.speaker
            # an ask made of a member of government: of the one named ("verzoeken de minister van SZW …"), or of
            # the writer when the office stands alone in the writer's text ("Deze leden verzoeken de minister …")
            of_member = _ASKED_OF_MEMBER.search(s)
            if of_member and not outside:
                named = [m for m in mentions if m.type == "Ministry" and 0 <= m.span.start - (sp.start + of_member.end()) <= 5]
                to = named[0].key if named else doc.speaker if doc.speaker and not of_member.group("dept") else to
            out.append(Statement("Request", sp, quote(text, sp), asker, deadline=_asked_by(doc, sp),
                                 addressee=to, letter=letter.index if letter and len(letters) > 1 else None, rule=rule,
                                 concerns=concerns(sp, mentions)))
            if s.rstrip().endswith(":") and rule in ("request.ask-verb", "request.reported"):
                # (an ask in so many words: "BEVEELT AAN dat Nederland … maatregelen neemt om:", not "… zouden centraal
                # moeten staan:")
                asks, asked = _ListIntro(asker or "", s, sp.end, out[-1]), out[-1]
            continue
        if outside:
            # a pledge the letter's addressee made ("In uw brief zegt u toe dat …", "heeft u toegezegd om …"): the
            # commitment of the ministry it is addressed to
            if letter and (letter.addressee or "").startswith("ministry:") and _YOU_PLEDGED.search(s):
                dl = deadline_of(text, sp, doc.date, doc.reference_year)
                out.append(Statement("Commitment", sp, quote(text, sp), letter.addressee, status=status_of(s, dl, doc.date),
                                     deadline=dl, concerns=concerns(sp, mentions),
                                     letter=letter.index if len(letters) > 1 else None, rule="commitment.reported"))
                continue
            if _THEY_PLEDGED.search(s) and (who := _minister_referred_to(text, sp, letter, mentions, pronoun=True)):
                dl = deadline_of(text, sp, doc.date, doc.reference_year)
                out.append(Statement("Commitment", sp, quote(text, sp), who, status=status_of(s, dl, doc.date),
                                     deadline=dl, concerns=concerns(sp, mentions),
                                     letter=letter.index if letter and len(letters) > 1 else None, rule="commitment.reported"))
                continue
            rule = is_commitment(s, True)
            # what a public body that writes from outside (a municipality, a province, an agency) will do itself
            sender = letter.sender if letter else doc.sender
            if _public_body(sender) and _pledges_itself(s, sp, rule, sender, mentions):
                dl = deadline_of(text, sp, doc.date, doc.reference_year)
                # a time to come, what recurs, or a will said in so many words ("We willen samen met … werken aan …",
                # "Graag werken we dit voorstel verder uit")
                if dl and dl.latest and doc.date and dl.latest > doc.date or is_future_time(s) or _RECURRING.search(s) \
                        or _WE_WILL.search(s) or _SHALL.search(s):
                    out.append(Statement("Commitment", sp, quote(text, sp), sender, status=status_of(s, dl, doc.date),
                                         deadline=dl, concerns=concerns(sp, mentions),
                                         letter=letter.index if letter and len(letters) > 1 else None,
                                         rule="commitment.public-body"))
                    continue
            # what a letter from outside reports the government will do ("Vanaf 2023 gaat het ministerie van
            # BZK meer ondersteuning geven"): the government's commitment, the government its actor
            if rule not in _REPORTED_RULES or _FIRST_PERSON_PLAIN.search(s) \
                    or s.lstrip().startswith("Een ") and not _IS_THAT.search(s):
                continue     # "Een aangenomen motie geeft de regering …": what a thing is (not "Een voorbeeld is dat de
                             # minister van VRO … wil maken": what the government will do)
            actor = named_actor(s, sp, mentions) or _minister_referred_to(text, sp, letter, mentions)
            dl = deadline_of(text, sp, doc.date, doc.reference_year)
            status = status_of(s, dl, doc.date)
            if status != "Done" and (actor and actor.startswith("ministry:") or _GOVERNMENT_SUBJECT.search(s)):
                out.append(Statement("Commitment", sp, quote(text, sp), actor or GOVERNMENT,
                                     status=status, deadline=dl, concerns=concerns(sp, mentions),
                                     letter=letter.index if letter and len(letters) > 1 else None,
                                     rule="commitment.reported"))
            continue
        if intro is not None and _next_item(text, intro.end, sp) \
                and intro.marker in (None, marker := _marker_kind(text, sp)):
            # an item of a list a promise introduces ("Het kabinet wil:" / "- Maatregelen nemen om ..."); not a
            # numbered heading after a list of dashes ("4. Monitoring en evaluatie")
            item = _item_text(text, sp)
            if not item_promises(text[item.start:item.end]):
                intro = intro._replace(end=sp.end, marker=marker)
                continue
            if intro.statement is not None:
                out.remove(intro.statement)
            intro = intro._replace(end=sp.end, statement=None, marker=marker)
            sp = item
            s = text[sp.start:sp.end]
            dl = deadline_of(text, sp, doc.date, doc.reference_year)
            # (an item the writer says is theirs: "Samen met de sector ontwikkel ik een campagne"; a body's, by its name as
            # the subject: "Het CBR gaat de rijopleiding vernieuwen")
            actor = doc.speaker if doc.speaker and _I_ACT.search(s) else named_actor(s, sp, mentions) or intro.actor
            out.append(Statement("Commitment", sp, quote(text, sp), actor,
                                 person=doc.speaker_person if actor == doc.speaker else None,
                                 status=status_of(intro.text + " " + s, dl, doc.date), deadline=dl,
                                 concerns=concerns(sp, mentions), rule="commitment.list-item"))
            continue
        intro = None
        rule = is_commitment(s, _government_text(doc)) or (
            _government_text(doc) and (is_agency_commitment(s, sp, mentions) or is_instrument_commitment(s, sp, mentions)))
        if rule == "commitment.instrument-verb" and doc.doc_type == "fiche" and _THE_PROPOSAL.match(s):
            continue    # in a fiche, "het voorstel" is the European Commission's, which the government assesses
        if not rule:
            continue
        dl = deadline_of(text, sp, doc.date, doc.reference_year)
        implements = tuple(m.key for m in mentions if m.type == "Motion" and sp.start <= m.span.start < sp.end) \
            or _motion_referred_to(text, sp, mentions)
        # (in a debate, "ik" is the member of government whose turn it is)
        speaker = speakers[turn] if turn is not None else doc.speaker
        actor = actor_of(s, sp, mentions, speaker, collective)
        if actor == GOVERNMENT and speaker is None:
            actor = _minister_referred_to(text, sp, letter, mentions) or actor
        out.append(Statement("Commitment", sp, quote(text, sp), actor,
                             person=doc.speaker_person if actor == doc.speaker else None,
                             status=status_of(s, dl, doc.date), deadline=dl, concerns=concerns(sp, mentions),
                             implements=implements if rule == "commitment.implements-motion" else (), rule=rule))
        if s.rstrip().endswith(":") and introduces_promises(s):
            # the introduction of a list: its items are the promises, and it is not one itself once they follow
            intro = _ListIntro(actor, s, sp.end, out[-1])
    if doc.doc_type == "antwoord_kamervragen" and doc.speaker:
        yes = _answered_yes(doc, mentions)
        # (the answer that only says yes to it is no commitment of its own: "Ja, dat zeg ik toe.")
        out = [st for st in out if not (st.kind == "Commitment" and _YES.fullmatch(text, st.span.start, st.span.end))] + yes
    return _once(_kept_here(text, out))


# a pledge this very letter says it keeps: "Met deze brief doe ik die toezegging gestand", "Hiermee is deze motie
# afgedaan"
_KEPT_HERE = re.compile(r"\b(?:die|deze)\s+(?:toezegging|motie)\b[^.;]{0,60}?\b(?:gestand|afgedaan|voldaan|uitgevoerd)\b|"
                        r"\b(?:gestand|afgedaan|voldaan|uitgevoerd)\b[^.;]{0,60}?\b(?:die|deze)\s+(?:toezegging|motie)\b|"
                        # … or sends with it what was pledged: "Het rapport treft u in de bijlage bij deze brief aan"
                        r"\b(?:treft|vindt|ontvangt)\s+u\s+(?:[^.;]{0,60}?\s)?(?:in\s+de\s+bijlage|bijgaand|hierbij)\b|"
                        r"\b(?:[Bb]ijgaand|[Ii]n\s+de\s+bijlage(?:\s+bij\s+deze\s+brief)?)\s+(?:treft|vindt|ontvangt)\s+u\b", re.I)
_PLEDGE_WORD = re.compile(r"\b(?:toegezegd|toezegging|zeg\w*\s+(?:\w+\s+){0,3}toe|motie)\b", re.I)


# the proposal a sentence is about, as its subject: "Het voorstel bouwt voort op …", "Daarnaast regelt het voorstel …"
_THE_PROPOSAL = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Hiermee|Daarmee)\s+\w+\s+)?(?:[Hh]et|[Dd]it|het|dit)\s+voorstel\b")
# the body that makes an act, on a line of its own in capitals before what it finds and decides: "DE RAAD VAN DE
# EUROPESE UNIE,", "DE EUROPESE COMMISSIE,"
_ACT_AUTHOR = re.compile(r"(?m)^[ \t]*(?:(?:DE|HET)[ ][A-ZÀ-Ý][A-ZÀ-Ý' -]{3,80},|EUROPESE[ ]COMMISSIE|RAAD[ ]VAN[ ]DE[ ]EUROPESE[ ]UNIE)[ \t]*$")


def _act_author(text: str, mentions: list[Mention]) -> str | None:
    m = _ACT_AUTHOR.search(text, 0, 3000)
    if m is None:
        return None
    return next((mm.key for mm in mentions if m.start() <= mm.span.start < m.end() and mm.type == "Organisation"), None)


def _kept_here(text: str, statements: list[Statement]) -> list[Statement]:
    """A pledge or motion a commitment names is done when the rest of its paragraph says this letter keeps it
    ("Tijdens het debat heb ik toegezegd u voor 1 december te informeren … Met deze brief doe ik die toezegging
    gestand.", "… De Raad heeft de wachttijden teruggebracht. Hiermee is deze toezegging afgedaan."), unless another
    pledge is named between."""
    out = list(statements)
    for i, st in enumerate(out):
        if st.kind != "Commitment" or st.status == "Done" or not _PLEDGE_WORD.search(st.quote):
            continue
        para = text.find("\n\n", st.span.end)
        kept = _KEPT_HERE.search(text, st.span.end, min(para if para >= 0 else len(text), st.span.end + 800))
        if kept and not any(o.kind == "Commitment" and st.span.end <= o.span.start and o.span.end <= kept.start()
                            and _PLEDGE_WORD.search(o.quote) for o in out):
            out[i] = replace(st, status="Done")
    return out


def _asked_by(doc: Document, sp: Span) -> Deadline | None:
    return asked_by(doc.text, sp, doc.date, doc.reference_year)


# a member's question in a debate whether the member of government will do something: "Kan de minister toezeggen
# dat …?", "Is de staatssecretaris bereid om …?"
_ASKS_IN_DEBATE = re.compile(r"\b(?:Kan|Wil|Is|Gaat|Zegt)\s+de\s+(?:minister|staatssecretaris|minister-president)\b[^?]*"
                             r"\b(?:toe|toezeggen|bereid|zorgen|regelen)\b[^?]*\?\s*$")


# the members of a party whose questions follow ("Vragen en opmerkingen van de leden van de PVV-fractie", "De leden
# van de CDA-fractie hebben kennisgenomen van …"), and the heading of the answers that ends them
_FACTION_MEMBERS = re.compile(r"\bleden\s+van\s+de\s+$", re.I)
_ANSWER_HEADING = re.compile(r"(?im)^[ \t]*(?:[IVX]+\.?[ \t]+)?(?:Antwoord|Reactie|Beantwoording)\b")


def _faction_asking(text: str, sp: Span, mentions: list[Mention]) -> str | None:
    """The party whose members' questions a sentence of a written consultation is among: the last party named
    after "leden van de" before it, with no answer begun between."""
    party = next((m for m in reversed(mentions) if m.span.start < sp.start and m.key.startswith("organisation:partij-")
                  and sp.start - m.span.start < 3000 and _FACTION_MEMBERS.search(text, max(0, m.span.start - 20), m.span.start)),
                 None)
    if party is None or _ANSWER_HEADING.search(text, party.span.end, sp.start):
        return None
    return party.key


def _turn_speakers(text: str, turns: list[segment.Turn], mentions: list[Mention]) -> dict[segment.Turn, str | None]:
    """Who speaks in each turn of a debate: a member by the person (else the party) its heading names; a member of
    government by the ministry the report introduces them with ("met de heer Van Weel, Minister van Justitie en
    Veiligheid"), else the one its office names, else the last it named; the chair is nobody."""
    out: dict[segment.Turn, str | None] = {}
    for t in turns:
        named = [m for m in mentions if t.heading.start <= m.span.start < t.heading.end]
        person = next((m.key for m in named if m.type == "Person"), None)
        if t.kind == "member":
            out[t] = person or next((m.key for m in named if m.type == "Organisation"), TWEEDE_KAMER)
        elif t.kind == "government":
            ministry = next((m.key for m in named if m.type == "Ministry"), None)
            if ministry is None and person is not None:
                introduced = [m.span.end for m in mentions if m.key == person and not any(
                    u.heading.start <= m.span.start < u.heading.end for u in turns)]
                ministry = next((mm.key for end in introduced for mm in mentions if mm.type == "Ministry"
                                 and 0 <= mm.span.start - end <= 60
                                 and _MEMBER_OF.search(text, max(0, mm.span.start - 40), mm.span.start)), None)
            if ministry is None:
                before = [mm for mm in mentions if mm.type == "Ministry" and mm.span.start < t.heading.start
                          and _MEMBER_OF.search(text, max(0, mm.span.start - 40), mm.span.start)]
                ministry = before[-1].key if before else None
            out[t] = ministry or GOVERNMENT
        else:
            out[t] = None
    return out


# a question that asks for a promise, and an answer that gives it without saying it again
# (not the question whether these questions will be answered in time: "Wilt u deze vragen … beantwoorden?")
_ASKS_PROMISE = re.compile(r"\s*(?:\d{1,2}[.)]?\s+)?(?:Bent u bereid|Wilt u|Zegt u toe|Kunt u toezeggen|Gaat u)\b"
                           r"(?![^?]*\b(?:deze|de(?:ze)?\s+\w+)\s+vragen\b)[^?]*\?\s*$")
_YES = re.compile(r"(?:Antwoord(?:\s+(?:op\s+vraag\s+)?\d{1,2})?\s*:?\s*|\d{1,2}[.)]?\s+)?Ja(?:[.!]|,\s*(?:dat|daartoe|hiertoe|daar|hier)"
                  r"\s+ben\s+ik\s+(?:toe\s+)?bereid[.!]|,\s*(?:dat|dit)\s+zeg\s+ik\s+(?:u\s+)?toe[.!])", re.I)


def _answered_yes(doc: Document, mentions: list[Mention]) -> list[Statement]:
    """In answers to Kamervragen, a question that asks for a promise ("Bent u bereid de Kamer voor de zomer te
    informeren?") answered with a plain yes ("Ja.", "Ja, daartoe ben ik bereid.") is the answering ministry's
    commitment, quoted by the question: the answer says no more than that. (An answer that states the promise
    itself is a commitment in its own right.)"""
    text = doc.text
    out = []
    sents = list(doc.sentences)
    for i, sent in enumerate(sents[:-1]):
        q = text[sent.span.start:sent.span.end]
        if not _ASKS_PROMISE.match(q):
            continue
        # the next sentence that is not the answer's label ("Antwoord 3")
        rest = [x for x in sents[i + 1:i + 3] if not _ANSWER_LABEL.fullmatch(text, x.span.start, x.span.end)]
        if not rest or not _YES.match(text, rest[0].span.start, rest[0].span.end):
            continue
        # the question without its number: "3. Bent u bereid …?"
        sp = Span(sent.span.start + _QUESTION_NUMBER.match(q).end(), sent.span.end)
        dl = deadline_of(text, sp, doc.date, doc.reference_year)
        out.append(Statement("Commitment", sp, quote(text, sp), doc.speaker, person=doc.speaker_person,
                             status="Planned", deadline=dl,
                             concerns=concerns(sp, mentions), rule="commitment.answered-yes"))
    return out


_ANSWER_LABEL = re.compile(r"\s*Antwoord(?:\s+(?:op\s+vraag\s+)?\d{1,2})?\s*:?\s*|\s*\d{1,2}[.)]?\s*", re.I)
_QUESTION_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]?\s+)?")


_ON_KAMER_REQUEST = re.compile(r"\s*(?:[Oo]p\s+(?:uitdrukkelijk\s+)?verzoek\s+van\s+(?:[Uu]w|de)\s+(?:Tweede\s+)?Kamer)\b")
_ASKED_OF_ME = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?:(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+)?(?:mij|ons)\b"
                          r"|\b(?:mij|ons)\s+(?:[^.;?]{0,100}?\s)?(?:geadviseerd|gevraagd|verzocht|aanbevolen|opgeroepen)\b", re.I)
_ASKED_OF_MEMBER = re.compile(r"\b(?:vragen|verzoeken|vraagt|verzoekt|verzocht|gevraagd|vroeg|vroegen)\s+(?:de|het)\s+"
                             r"(?:minister|staatssecretaris)\b(?P<dept>\s+(?:van|voor)\b)?", re.I)
_COSIGNED = re.compile(r"\bmede\s+namens\b[^.;]*", re.I)


def _cosigned(text: str, mentions: list[Mention]) -> bool:
    """Whether the writer writes on behalf of two or more other members of government ("mede namens de
    ministers van SZW, OCW en LNV, …"): its "wij" is then the cabinet's."""
    for m in _COSIGNED.finditer(text, 0, 4000):
        if len({mm.key for mm in mentions if mm.type == "Ministry" and m.start() <= mm.span.start < m.end()}) >= 2:
            return True
    return False


_ASKS_MEMBER = re.compile(r"(?i)\b(?:verzoekt|draagt|roept)\s+de\s+(?:minister|staatssecretaris)\s+(?:van|voor)\s+$")


def _asked_member(sp: Span, mentions: list[Mention], text: str) -> str:
    """Whom a motie asks: the ministry of the member of government it names ("verzoekt de minister van VWS
    om …"), else the government."""
    return next((m.key for m in mentions if m.type == "Ministry" and sp.start <= m.span.start < sp.end
                 and _ASKS_MEMBER.search(text, max(sp.start, m.span.start - 60), m.span.start)), GOVERNMENT)


_THIS_MOTION = re.compile(r"\b(?:[Dd]eze|[Dd]ie|[Dd]ezelfde|[Gg]enoemde)\s+motie\b")


def _motion_referred_to(text: str, sp: Span, mentions: list[Mention]) -> tuple[str, ...]:
    """The motion "deze motie" points back to: the last one named in the 600 characters before the sentence
    ("… in de motie Van Kent verzocht om … Ter uitvoering van deze motie zal ik …")."""
    if not _THIS_MOTION.search(text, sp.start, sp.end):
        return ()
    before = [m for m in mentions if m.type == "Motion" and sp.start - 600 <= m.span.start < sp.start]
    return (before[-1].key,) if before else ()


_GOVERNMENT_SUBJECT = re.compile(r"\b(?:het\s+kabinet|de\s+regering|de\s+(?:Nederlandse\s+|rijks)?overheid|het\s+Rijk)\b"
                                 # … or what only the government sets up: "Er komt een staatscommissie die …"
                                 r"|^\s*(?:Er\s+komt|Ook\s+komt\s+er)\s+een\s+(?:staatscommissie|regeringscommissaris)\b", re.I)
_REPORTED_RULES = {"commitment.cabinet-verb", "commitment.cabinet-future", "commitment.minister-verb",
                   "commitment.announcement", "commitment.pledged"}
# a member of government named with a department: "de minister van Binnenlandse Zaken", "de staatssecretaris van BZK"
_MEMBER_OF = re.compile(r"\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+$", re.I)


def _minister_referred_to(text: str, sp: Span, letter: Letter | None, mentions: list[Mention],
                          pronoun: bool = False) -> str | None:
    """In a text no member of government writes (a letter from outside government, the Kamer's report of a
    debate), the ministry of "de minister" without a department: the member of government the text named
    last before the sentence ("Op 21 oktober debatteert u met de minister van BZK …" … "De minister heeft
    toegezegd …"; "overleg gevoerd met de heer Nobel, staatssecretaris van Participatie en Integratie"), else
    the ministry the letter is addressed to, else the only ministry the text has named before it. With ``pronoun``,
    the same for the "hij" or "zij" a sentence pledges by ("Hij zegt toe dat …")."""
    if not (BARE_OFFICE.match(text, sp.start, sp.end) or pronoun and _HE_OR_SHE.match(text, sp.start, sp.end)):
        return None
    floor = letter.span.start if letter else 0
    named = [(m.span.start, m.key) for m in mentions if m.type == "Ministry" and floor <= m.span.start < sp.start
             and _MEMBER_OF.search(text, max(0, m.span.start - 40), m.span.start)]
    # … or by a post without a department of its name, seated at a ministry
    named += [(m.start(), seat) for m in _MEMBER_POST.finditer(text, floor, sp.start)
              if (seat := gz.post_ministry(m.group("post")))]
    if named:
        return max(named)[1]
    if letter and (letter.addressee or "").startswith("ministry:"):
        return letter.addressee
    # … else the one ministry the text has named so far: "Betreft Resultaten verantwoordingsonderzoek 2025 bij het
    # Ministerie van Infrastructuur en Waterstaat" … "De minister zal de Kamer vanaf 2027 jaarlijks informeren"
    named_so_far = {m.key for m in mentions if m.type == "Ministry" and floor <= m.span.start < sp.start}
    return named_so_far.pop() if len(named_so_far) == 1 else None


_HE_OR_SHE = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Zo|Daarbij)\s+)?(?:Hij|Zij)\s+(?:zegt|zei|zegde|heeft|had)\b")
_MEMBER_POST = re.compile(r"\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?P<post>[A-Z][^.;:()\n]{2,80})")
# what recurs, and so is to come: "elk kwartaal", "jaarlijks"
_RECURRING = re.compile(r"\b(?:elke?|ieder(?:e)?)\s+(?:kwartaal|jaar|maand|half\s+jaar|week)\b|\b(?:jaarlijks|halfjaarlijks|"
                        r"maandelijks|periodiek)\b", re.I)
_I_ACT = re.compile(r"\bik\b", re.I)
# what "wij" did or were: "hebben wij … aangenomen", "waren wij"
_WE_DID = re.compile(r"\b(?:hebben|hadden|waren|was|werden|zijn)\b", re.I)
# "wij" or "we" as the one who acts, not only "ons" or "onze"
_WE_ACT = re.compile(r"\b(?:wij|we)\b", re.I)
# the bodies of the reference data that are part of the Dutch state by their TOOI code: municipalities,
# provinces, water boards, independent administrative bodies and other government organisations
_PUBLIC_BODY = re.compile(r"organisation:(?:gm|pv|ws|zb|oorg)\d")


def _public_body(key: str | None) -> bool:
    return bool(key and _PUBLIC_BODY.match(key) and key != TWEEDE_KAMER and key not in gz.not_dutch_government())


def _pledges_itself(s: str, sp: Span, rule: str | None, sender: str, mentions: list[Mention]) -> bool:
    """Whether the sender of a letter says what it will do itself (the caller checks that a time to come is
    named): by its own name, doing what is to come or recurs ("UWV informeert u elk kwartaal over de
    voortgang"), or as "wij", with a verb of promise or any verb not in the past ("Ook stellen wij vanaf
    1 januari 2026 een urgentieregeling in", "Daarnaast werven wij in het voorjaar van 2027 …")."""
    if (_RECURRING.search(s) or is_future_time(s) or _SHALL.search(s)) and is_agency_commitment(s, sp, mentions) \
            and named_actor(s, sp, mentions) == sender:
        return True
    if (kind := _OWN_KIND.match(s)) and kind.group(1).lower() == _OWN_KIND_OF.get(sender.split(":")[-1][:2]) \
            and not _BOARD_DID.search(s) and not s.rstrip().endswith("?"):
        return True     # the sender by its kind: "De provincie stelt in 2027 nog eens 80 miljoen euro beschikbaar"
    board = _OWN_BOARD.search(s)
    own = _OWN_BOARD_OF.get(sender.split(":")[-1][:2])
    if board and own and own in board.group().lower() and not _WE_ACT.search(s):
        # the sender's board, as its letters call it: "Daarnaast stelt het college dit jaar een nieuwe verordening vast"
        return not _BOARD_DID.search(s) and not s.rstrip().endswith("?")
    return bool(_WE_ACT.search(s)) and (rule == "commitment.first-person-verb"
                                        or not rule and not _WE_DID.search(s) and not s.rstrip().endswith("?"))


# the board of a municipality, a province or a water board, by the name its own letters give it
_OWN_BOARD = re.compile(r"\b(?:het\s+college|gedeputeerde\s+staten|het\s+dagelijks\s+bestuur)\b", re.I)
_OWN_BOARD_OF = {"gm": "college", "pv": "staten", "ws": "dagelijks bestuur"}
# a municipality, a province or a water board that calls itself by its kind, as the subject of a sentence
_OWN_KIND = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Voorts)\s+)?(?:de|het)\s+(gemeente|provincie|waterschap)\s+"
                       r"(?!(?:is|zijn|wordt|worden|kan|kunnen|moet|moeten|mag|mogen|heeft|hebben)\b)[a-z]+t\b", re.I)
_OWN_KIND_OF = {"gm": "gemeente", "pv": "provincie", "ws": "waterschap"}
# what the board did or was
_BOARD_DID = re.compile(r"\b(?:heeft|hebben|had|hadden|was|waren|werd|werden)\b", re.I)


# a plain future: "De AP zal het wetsvoorstel na indiening opnieuw beoordelen"
_SHALL = re.compile(r"\b(?:zal|zullen)\b", re.I)
_WE_WILL = re.compile(r"\b(?:(?:wij|we)\s+(?:willen|gaan|zullen)|(?:willen|gaan|zullen)\s+(?:wij|we)|graag\s+\w+\s+(?:wij|we))\b",
                      re.I)
_IS_THAT = re.compile(r"\b(?:is|zijn)\s+dat\b")
_FIRST_PERSON_PLAIN = re.compile(r"\b(?:wij|we|ik|ons|onze)\b", re.I)


# a sentence that goes on with the one before it: "Dit gebeurt langs drie sporen:"
_GOES_ON = re.compile(r"\s*(?:Dit|Dat|Daarbij|Hierbij|Hiervoor|Daarvoor|Hiertoe)\b")


# the colophon of a brochure or report sent with a letter: "Deze brochure is een uitgave van de Alliantie …"
_COLOPHON = re.compile(r"\b(?:Deze|Dit)\s+(?:brochure|publicatie|uitgave|rapport|boekje|folder|factsheet|notitie)\s+is\s+"
                       r"(?:een\s+)?(?:uitgave|uitgegeven|gemaakt|opgesteld|geschreven)\s+(?:van|door)\s+(?:de\s+|het\s+)?"
                       r"(?P<name>[^.\n]{3,120})")


_SIGNATURE = re.compile(r"[^\n]*(?:\n[ ]*)*(?:[^\n]*\S[^\n]*(?:\n|$))*")


def _published_by(text: str, letter: Letter, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """The stretch of a letter's file after its signature that a colophon credits to a body: an
    attachment speaks for whoever published it, not for whoever sent the letter. The body is the
    organisation named in the colophon, or the one named elsewhere whose every word the colophon's
    name has ("Alliantie VN-verdrag Handicap" for "Alliantie voor de implementatie van het VN-verdrag
    Handicap")."""
    block = segment.closing_block(text, letter.span)
    if block is None:
        return []
    out = []
    # the attachment starts after the signature: the closing line, then the paragraph under it
    start = _SIGNATURE.match(text, block.start).end()
    for m in _COLOPHON.finditer(text, start, letter.span.end):
        named = set(re.findall(r"\w+", m.group("name").lower()))
        orgs = [x for x in mentions if x.type == "Organisation" and (
            m.start("name") <= x.span.start < m.end("name")
            or set(re.findall(r"\w+", x.surface.lower())) <= named)]
        if orgs:
            who = max(orgs, key=lambda x: (m.start("name") <= x.span.start < m.end("name"), len(x.surface))).key
            out.append((start, m.end(), who))
        start = m.end()
    return out


# a quotation of some length introduced by a colon: "Hij zegt: *"Er is een groeiende kloof … "*"
_QUOTATION = re.compile(r":\s*\*?[\"“„](?P<q>[^\"”“\n]{100,3000})[\"”]")


class _ListIntro(NamedTuple):
    actor: str
    text: str
    end: int                        # where the introduction, or the last item so far, ends
    statement: Statement | None     # the introduction as a commitment, until an item follows
    marker: str | None = None       # the kind of marker its items open with: a list goes on with the same kind


# The marker that opens a list item ("- ", "• ", "1) ", "a. "); a line that opens with one, what may
# stand between two items, and the markers before an item's text.
_MARKER = r"(?:[-•◆–*]|\d{1,2}[.)]|[a-zA-Z][.)])"
_LIST_ITEM = re.compile(rf"[ \t]*{_MARKER}[ \t]")
_LIST_GAP = re.compile(rf"(?:\s*{_MARKER})*\s*")
_ITEM_MARKER = re.compile(rf"(?:{_MARKER}[ \t]+)+")


def _next_item(text: str, after: int, sp: Span) -> bool:
    """Whether the sentence at ``sp`` opens a list item that follows ``after`` with only markers between."""
    return bool(_LIST_ITEM.match(text, text.rfind("\n", 0, sp.start) + 1) and _LIST_GAP.fullmatch(text, after, sp.start))


def _marker_kind(text: str, sp: Span) -> str:
    """The kind of marker the list item at ``sp`` opens with: a bullet, a number or a letter."""
    first = text[text.rfind("\n", 0, sp.start) + 1:sp.end].lstrip(" \t")[:1]
    return "number" if first.isdigit() else "letter" if first.isalpha() else "bullet"


def _item_text(text: str, sp: Span) -> Span:
    """A list item's sentence without the marker that opens it ("- 1) ", "B. ")."""
    m = _ITEM_MARKER.match(text, sp.start)
    return Span(m.end(), sp.end) if m and m.end() < sp.end else sp


def _once(statements: list[Statement]) -> list[Statement]:
    """One request per sentence text: a demand repeated as a heading, in a summary and in the body
    is one demand (the first place it appears is kept). Commitments repeat on purpose (an action
    table restates a promise per row), so they are kept as they are."""
    seen: set[tuple[str, str]] = set()
    out = []
    for st in statements:
        words = tuple(re.findall(r"\w+", st.quote.lower()))
        while words and words[0].isdigit():
            words = words[1:]
        key = (st.kind, " ".join(words))
        if key in seen and st.kind == "Request":
            continue
        seen.add(key)
        out.append(st)
    return out


_MOTIE = re.compile(r"\bmotie\b", re.I)
# the verb of an ask a government text reports
_ASK_VERB = re.compile(r"\b(?:verzoekt|verzoeken|verzocht|vraagt|vragen|vroeg|adviseert|adviseren|geadviseerd|"
                       r"formuleert|formuleren|stelt|stellen|betoogt|betogen|bepleit|pleit|beveelt)\b", re.I)


def _asker(s: str, sp: Span, mentions: list[Mention]) -> str | None:
    """Who asks in a sentence that reports an ask: the Tweede Kamer for a motion it passed ("De motie
    Van Brenk vraagt om …"), else the body or person named before the verb of asking, or right after it."""
    inside = [m for m in mentions if sp.start <= m.span.start < sp.end]
    if any(m.type == "Motion" for m in inside) or _MOTIE.search(s):
        return TWEEDE_KAMER
    verb = _ASK_VERB.search(s)
    end = sp.start + verb.start() if verb else sp.end
    asking = [m for m in inside if m.type in ("Organisation", "Person")]
    before = next((m.key for m in asking if m.span.start < end), None)
    # or right after it, the subject after its verb: "Op 24 februari verzocht Uw Kamer …"
    after = next((m.key for m in asking if verb and 0 <= m.span.start - (sp.start + verb.end()) < 12), None)
    if before or after:
        return before or after
    if _THESE_MEMBERS.match(s):
        # "Deze leden verzoeken …": the party whose members the text named last
        party = [m for m in mentions if m.key.startswith("organisation:partij-") and sp.start - 1500 < m.span.start < sp.start]
        return party[-1].key if party else TWEEDE_KAMER
    if _IN_A_DEBATE.search(s):
        return TWEEDE_KAMER     # "Tijdens het commissiedebat is gevraagd naar …": the Kamer's members
    if _SHE_ASKS.match(s):
        # "Zij adviseert voorts …": the body the text named last
        named = [m for m in mentions if m.type == "Organisation" and sp.start - 1500 < m.span.start < sp.start
                 and not m.key.startswith("organisation:oorg10002")]
        return named[-1].key if named else None
    return None


_SHE_ASKS = re.compile(r"\s*(?:Zij|Ze|Hij)\s+(?:\w+\s+)?(?:adviseert|adviseren|vraagt|vragen|verzoekt|verzoeken|beveelt|"
                       r"bevelen|raadt|raden|roept|roepen|pleit|pleiten)\b")
_IN_A_DEBATE = re.compile(r"\b(?:tijdens|in)\s+het\s+(?:\w+)?debat\b", re.I)


def _adviser(found: list[Statement], doc: Document, mentions: list[Mention]) -> str | None:
    """Whose recommendation a government text quotes under its number ("Aanbeveling 2: …"): the body that
    the asks reported before it came from ("De raad adviseert …"), else the body the text's subject names
    ("Betreft Kabinetsreactie op het advies … van de Raad voor het Openbaar Bestuur")."""
    asked = [st.actor for st in found if st.kind == "Request" and st.actor and st.actor != TWEEDE_KAMER]
    if asked:
        return asked[-1]
    at = doc.text.find(doc.title) if doc.title else -1
    titled = next((m.key for m in mentions if m.type == "Organisation" and at <= m.span.start < at + len(doc.title)
                   and m.key != TWEEDE_KAMER), None) if at >= 0 else None
    if titled:
        return titled
    # … else the body a sentence names as the one that made the recommendations ("… de landspecifieke aanbevelingen
    # die de Europese Commissie op 4 juni heeft gepubliceerd")
    for sent in doc.sentences:
        if _OF_RECOMMENDATIONS.search(doc.text, sent.span.start, sent.span.end):
            body = next((m.key for m in mentions if m.type == "Organisation" and sent.span.start <= m.span.start < sent.span.end
                         and m.key != TWEEDE_KAMER), None)
            if body:
                return body
    return None


_OF_RECOMMENDATIONS = re.compile(r"\b(?:aanbevelingen|adviezen|advies)\b", re.I)


_THESE_MEMBERS = re.compile(r"\s*(?:Deze|Die)\s+leden\b|\s*Zij\s+(?:vragen|verzoeken)\b|"
                            r"\s*(?:Ook|Verder|Daarnaast|Tevens|Voorts)\s+(?:vragen|verzoeken)\s+(?:deze|die)\s+leden\b")


# a status cell that reports the action done: "afgerond", "is … naar de Tweede Kamer gezonden", "De uitkomsten
# zijn 25 juni jl. naar de Kamer gestuurd", "heeft de minister van SZW de brief naar de Tweede Kamer gestuurd"
# (what "is gestart" is under way)
_ROW_DONE = re.compile(r"\b(?:afgerond|afgedaan|voldaan|gereed|uitgevoerd|(?:is|zijn|heeft|hebben)\s+(?:[^.;]|(?<=jl)\.){0,100}?\b"
                       r"(?:verstuurd|gestuurd|toegezonden|gezonden|ingevoerd|gepubliceerd|aangenomen|vastgesteld|"
                       r"opgericht|ingesteld|geïnformeerd|aangeboden|ingediend))\b", re.I)


def _bodies_named(sp: Span, mentions: list[Mention]) -> dict[str, int]:
    """How often each government body (a ministry, or an agency of the reference data) is named in a
    span, in order of first mention."""
    counts: dict[str, int] = {}
    for m in mentions:
        if sp.start <= m.span.start < sp.end and (
                m.type == "Ministry" or m.type == "Organisation" and m.rule == "organisation.gazetteer"
                and not m.key.startswith("organisation:oorg10002") and m.key not in gz.not_dutch_government()):
            key = acting_as(m.key)        # the ministerraad is the cabinet
            counts[key] = counts.get(key, 0) + 1
    return counts


def _due_cell(text: str, cell: Span, doc: Document) -> Deadline | None:
    """The deadline a table's column gives: a day on its own ("1 december 2026", "2026-12-01") is the
    day itself, not the month's end; else what the cell says ("Voor de zomer 2026", "Q1 2027")."""
    s = text[cell.start:cell.end].strip()
    day = parse_date(s) if _DAY_ALONE.fullmatch(s) else None
    # … or a year alone, due by its end: "Wanneer: 2027"
    day = day or (date(int(s), 12, 31) if re.fullmatch(r"(?:19|20)\d\d", s) else None)
    if day:
        start = text.index(s, cell.start)
        return Deadline(text=s, span=Span(start, start + len(s)), latest=day)
    return deadline_of(text, cell, doc.date, doc.reference_year)


_DAY_ALONE = re.compile(r"\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[-/]\d{1,2}[-/]\d{4}", re.I)
_NOT_STARTED = re.compile(r"\s*(?:nog\s+niet\s+(?:gestart|begonnen)|niet\s+gestart|gepland)\b", re.I)


_BRACKETED_LIST = re.compile(r"\([^()\n]*,[^()\n]*\)")


_ALL_GOVERNMENT = re.compile(r"(?i)\b(?:alle\s+(?:ministeries|departementen|bewindspersonen)|het\s+kabinet|kabinet|rijksbreed)\b")


def _row_owner(doc: Document, row, mentions: list[Mention]) -> str:
    """Who carries out an action-table row, in this order:
    - the ministry or body a column of owners names;
    - the writer's (or the referred-to) ministry, for a description that opens with a member of government
      by office alone, whatever body it names after ("De minister gaat in gesprek met de VNG …");
    - the government body (a ministry, or an agency of the reference data) named most often in the
      description, the first on a tie; not one in a bracketed list of fields ("(sociale zekerheid, BD,
      Toeslagen)"), a partner ("Met het CvdRM overleggen …"), one the work is for ("… voor in ieder geval
      Belastingdienst") or one it sets up ("Verkenning Nationaal coördinator …");
    - an agency its status cell names at least twice, or, if the cell also names a ministry, that ministry,
      which answers for the agency's work;
    - the body the cell says acts on its own ("Op dit moment bekijkt de Belastingdienst …", "Over de
      voortgang wordt door de staatssecretaris van BZK gerapporteerd"), or whose own website a cell written
      as "we" names ("In juni testen we …", "… op belastingdienst.nl");
    - else the cabinet.
    (Counting every body of the status cell matched the actor of 206 of the development corpus's 329
    matched commitments, the description alone 219; on 410 matched, adding the agencies a cell names
    twice took it from 285 to 296 (297 once a sentence that names the cabinet keeps it; once 255,
    ministries as well 278), and their ministry to 302; on 425 matched, the body the cell says acts took
    it from 330 to 344, leaving out a body the work is for or sets up to 351, the website to 359; a
    status sentence about another row or the whole government is not the row's: 362.)"""
    doc_text = doc.text
    if row.owner:
        # a column that says who answers for the row ("Bewindspersoon: Minister van IenW") names it
        named = _bodies_named(row.owner, mentions)
        cell = doc_text[row.owner.start:row.owner.end]
        if _ALL_GOVERNMENT.search(cell):
            return GOVERNMENT       # "Wie: alle ministeries, UWV, SVB": the government as a whole
        # the department also when the cell names the post with "voor" ("Minister voor Klimaat en Groene Groei")
        ministries = [k for k in named if k.startswith("ministry:")] or [h.key for h in gz.ministries().find(cell)]
        post = re.search(r"(?:minister|staatssecretaris)\s+(?:voor|van)\s+(.+)", cell, re.I)
        seat = post and gz.post_ministry(post.group(1))
        if ministries or seat or named:
            return ministries[0] if ministries else seat or acting_as(next(iter(named)))
    # a member of government by office alone as the description's subject acts, whoever it names after the verb ("De
    # minister gaat in gesprek met de VNG over …")
    if BARE_OFFICE.match(doc_text, row.description.start, row.description.end):
        return doc.speaker or _minister_referred_to(doc_text, row.description, None, mentions) or GOVERNMENT
    # (not a body in a list of fields between brackets: "op de genoemde terreinen (sociale zekerheid, BD, Toeslagen)")
    listed = [Span(m.start(), m.end()) for m in _BRACKETED_LIST.finditer(doc_text, row.description.start, row.description.end)]
    # (nor the partner the work is done with: "Met het College voor de Rechten van de Mens overleggen hoe …", those
    # it is done for: "… verbreden voor in ieder geval Belastingdienst en Toeslagen", nor a body it sets up:
    # "Verkenning Nationaal coördinator tegen discriminatie", "Adviescollege … ingesteld met de inwerkingtreding …")
    bystanders = {m.key for m in mentions if row.description.start <= m.span.start < row.description.end
                  and (_NOT_THE_DOER.search(doc_text, max(row.description.start, m.span.start - 40), m.span.start)
                       or _SET_UP.match(doc_text, m.span.end))}
    counts = _bodies_named(row.description, [m for m in mentions if m.key not in bystanders
                                             and not any(b.start <= m.span.start < b.end for b in listed)])
    if not counts and row.status:
        named = _bodies_named(row.status, mentions)
        ministries = {k: n for k, n in named.items() if k.startswith("ministry:")}
        if any(n >= 2 for k, n in named.items() if k not in ministries):
            counts = ministries or {k: n for k, n in named.items() if n >= 2}
    # … else the body its status cell names as acting, when the description names no fields of work
    if not counts and row.status and not listed:
        acting = _cell_actor(doc, row.status, mentions) or _site_owner(doc_text, row.status, mentions)
        if acting and acting not in bystanders:
            return acting
    if not counts:
        return GOVERNMENT
    best = max(counts.values())
    return next(k for k in counts if counts[k] == best)


# the letter a member of government writes, which names them but not as the one who carries out the row: "in de
# voortgangsbrief over X van de minister van BZK"
_LETTER_OF = re.compile(r"brief\b[^.;]{0,60}?\bvan\s+(?:de\s+)?(?:minister|staatssecretaris)s?\s+(?:van|voor)\b", re.I)


# the body a row's work is done with, for, or that it sets up: "Met het UWV overleggen over …", "… voor in ieder
# geval de SVB", "Verkenning Nationaal coördinator …", "Instellen Staatscommissie …", "X ingesteld met …"
_NOT_THE_DOER = re.compile(r"(?i:\b(?:met|samen\s+met|in\s+overleg\s+met|voor(?:\s+in\s+ieder\s+geval|\s+onder\s+meer|\s+ook)?|"
                           r"verkenning(?:\s+naar)?|instellen(?:\s+van)?|instelling\s+van|oprichten(?:\s+van)?|oprichting\s+van)"
                           r"\s+(?:een\s+|het\s+|de\s+)?)$")
_SET_UP = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:ingesteld|opgericht|opgezet)\b")


# a body's own website, named bare: "op belastingdienst.nl"
_BARE_SITE = re.compile(r"\b([a-z][a-z0-9-]{1,30})\.(?:nl|eu)\b")
_WE_DO = re.compile(r"\b(?:we|wij)\s+\w+|\b\w+\s+(?:we|wij)\b", re.I)


def _site_owner(text: str, cell: Span, mentions: list[Mention]) -> str | None:
    """The government body that writes a status cell in the first person and names its own website ("In juni
    testen we de nieuwe omgeving" and "… op belastingdienst.nl gereed te hebben": the Belastingdienst)."""
    cell_text = text[cell.start:cell.end]
    if not _WE_DO.search(cell_text):
        return None
    sites = {m.group(1).replace("-", "") for m in _BARE_SITE.finditer(cell_text)}
    for m in mentions:
        if m.type == "Organisation" and m.rule == "organisation.gazetteer" \
                and re.sub(r"[^a-z0-9]", "", m.surface.lower()) in sites and m.key not in gz.not_dutch_government():
            return acting_as(m.key)
    return None


# work done: "heeft … advies uitgebracht", "hebben … onderzoek gedaan", "heeft … een plan opgesteld"
_HAS_DONE = re.compile(r"\b(?:heeft|hebben)\b[^.;]{0,80}?\b(?:uit|op|aan|in|af|door|mee|over|voor|toe|vast|bij)?ge[a-zë]+(?:[dt]|en)\b")


def _sentences_over(doc: Document, span: Span) -> tuple:
    """The document's sentences that overlap ``span``, found by halving (a table's rows each look at their
    own few sentences, not at every sentence of the document): the one it starts in, and those starting in it."""
    first = max(bisect_right(doc.sentences, span.start, key=lambda s: s.span.start) - 1, 0)
    return doc.sentences[first:bisect_left(doc.sentences, span.end, key=lambda s: s.span.start)]


def _cell_actor(doc: Document, cell: Span, mentions: list[Mention]) -> str | None:
    """The government body a status cell names as acting on its own ("Op dit moment bekijkt de Belastingdienst …",
    "Over de voortgang wordt door de staatssecretaris van BZK gerapporteerd"): not the writer of a letter it
    mentions, nor one of two bodies acting together."""
    text = doc.text
    for sent in _sentences_over(doc, cell):
        sp = sent.span
        if not cell.start <= sp.start < cell.end:
            continue
        s = text[sp.start:sp.end]
        who = named_actor(s, sp, mentions)
        if not who or who == GOVERNMENT or _LETTER_OF.search(s):
            continue
        # (an agency's or adviser's work done already is no more than a step: "De Raad van State heeft op 3 mei
        # advies uitgebracht", "De Inspectie heeft onderzoek gedaan"; a ministry's is its own: "Op 30 april heeft
        # de minister van SZW de brief gestuurd")
        if not who.startswith("ministry:") and _HAS_DONE.search(s):
            continue
        named = _bodies_named(sp, mentions)
        if who not in named or sum(k.startswith("ministry:") for k in named) > 1:
            continue
        # (not a body with another: "Het UWV en de SVB denken mee"; nor one that helps or oversees those who do:
        # "De VNG ondersteunt de gemeenten bij de inrichting", "De NZa houdt toezicht op de uitvoering")
        if not any(m.key == who and sp.start <= m.span.start < sp.end
                   and (_AND_ANOTHER.match(text, m.span.end) or _ANOTHER_AND.search(text, sp.start, m.span.start)
                        or _HELPS.match(text, m.span.end))
                   for m in mentions):
            return who
    return None


_AND_ANOTHER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+en\s")
_ANOTHER_AND = re.compile(r"\sen\s+(?:de\s+|het\s+)?$")
_HELPS = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:ondersteunt|helpt|adviseert|denkt\s+mee|houdt\s+(?:\w+\s+)?toezicht|ziet\s+toe)\b")


# another row the sentence says its work belongs to: "Overige wetten worden geïnventariseerd …, zie actie 37."
_SEE_ROW = re.compile(r"\b(?:zie|conform|onder)\s+(?:actie|rij|maatregel)\s+(\d{1,3})\b", re.I)
# the work done across the government: "… zal het onderzoek ook verder in het rijk ter hand worden genomen"
# (not "rijksbreed", which also says how far a body's own work reaches: "… wordt bezien hoe … rijksbreed kan worden
# bijgedragen")
_ACROSS_GOVERNMENT = re.compile(r"\b(?:in\s+het\s+(?:hele\s+)?rijk|bij\s+alle\s+(?:departementen|ministeries)|"
                                r"in\s+alle\s+(?:departementen|ministeries))\b", re.I)


def _row_statements(doc: Document, row, mentions: list[Mention], owner: str, owners: dict[str, str]) -> list[Statement]:
    """The commitments (and asks) of an action-table row: the description, with the row's status, and each
    promise of its status cell. ``owner`` carries out the row, ``owners`` each numbered row of the table."""
    text = doc.text
    desc = row.description
    status_text = text[row.status.start:row.status.end] if row.status else ""
    motions = tuple(sorted({m.key for m in mentions if m.type == "Motion"
                            and any(r.start <= m.span.start < r.end for r in row.motion_refs)}))
    if _ROW_DONE.search(status_text[:400]) and not re.search(r"\b(?:loopt|zal|zullen|wordt)\b", status_text[:200]):
        status = "Done"
    elif status_text:
        # "Nog niet gestart" is planned, whatever follows
        going = re.search(r"\b(?:loopt|lopen|wordt|worden|werkt|werken|gestart|bezig|momenteel|in\s+voorbereiding|"
                          r"in\s+uitvoering)\b", status_text, re.I)
        status = "InProgress" if going and not _NOT_STARTED.match(status_text) else "Planned"
    else:
        status = "Unknown"
    # the deadline a column gives ("Termijn: 1 december 2026"), else the one the description names
    dl = (row.due and _due_cell(text, row.due, doc)) or deadline_of(text, desc, doc.date, doc.reference_year)
    out = [Statement("Commitment", desc, quote(text, desc), owner, status=status, deadline=dl,
                     concerns=concerns(desc, mentions), implements=motions, number=row.number,
                     section=row.section, rule="commitment.table-row")]
    if row.status:
        list_from = None       # where the items of a list the cell introduces ("… langs vijf lijnen:") may start
        intro = None           # that introduction as a commitment, until its first item follows
        promised = False       # whether the sentence before was a promise
        by = None              # the body the introduction of that list names as acting
        for sent in _sentences_over(doc, row.status):
            sp = sent.span
            if sp.start < row.status.start < sp.end:       # a sentence run on from the description cell
                sp = Span(row.status.start, sp.end)
            if not (row.status.start <= sp.start < row.status.end) or sp.start < desc.end and desc.start < sp.end:
                continue
            s = text[sp.start:sp.end]
            if list_from is not None and _next_item(text, list_from, sp):
                list_from = sp.end
                sp = _item_text(text, sp)
                s = text[sp.start:sp.end]
                if not item_promises(s):
                    continue
                rule = "commitment.list-item"
                if intro is not None:       # an introduction is no promise once its items are
                    out.remove(intro)
                    intro = None
            else:
                asked = is_request(s, False)
                if asked:
                    # an ask the cell reports ("De motie Van Brenk vraagt om …", "… heeft geadviseerd om …")
                    out.append(Statement("Request", sp, quote(text, sp), _asker(s, sp, mentions), addressee=GOVERNMENT,
                                         concerns=concerns(sp, mentions), rule=asked))
                    promised, list_from, intro = False, None, None
                    continue
                rule = is_commitment(s, True)
                if rule == "commitment.delivered":   # in a status cell, what was done is progress, not a promise
                    rule = None
                rule = rule or is_status_commitment(s)
                # a promise that introduces a list: its items are promises too ("Doelgroepen:" is no promise);
                # so does a sentence that goes on with the promise before it ("Dit gebeurt langs drie sporen:")
                opens = s.rstrip().endswith(":") and introduces_promises(s)
                list_from = sp.end if opens and (rule or promised and _GOES_ON.match(s)) else None
                # the body the introduction names does what its items say ("Het deelprogramma … (J&V) werkt
                # op dit moment aan:")
                by = named_actor(s, sp, mentions) if list_from is not None else None
                intro = None
                if rule in ("commitment.passive-action", "commitment.status-cell") and not list_from and is_progress_now(s) \
                        and not named_actor(s, sp, mentions):
                    # what is going on as the cell is written is progress ("Momenteel wordt …"); not what a
                    # named minister or body is doing ("De ministers bereiden momenteel … voor")
                    rule = None
            promised = bool(rule)
            if not rule:
                continue
            sdl = deadline_of(text, sp, doc.date, doc.reference_year)
            # ("De minister bespreekt het plan …" in a ministry's table: the writer's ministry; but "we" in a row an
            # agency carries out is that agency)
            actor = actor_of(s, sp, mentions, doc.speaker if owner == GOVERNMENT or owner.startswith("ministry:") else None)
            elsewhere = _SEE_ROW.search(s)
            if actor == GOVERNMENT and not names_cabinet(s) and not _ACROSS_GOVERNMENT.search(s):
                # the row's own work, its list's, or that of the row it refers to
                actor = by if rule == "commitment.list-item" and by else \
                    owners.get(elsewhere.group(1), owner) if elsewhere else owner
            out.append(Statement("Commitment", sp, quote(text, sp), actor,
                                 status=status_of(s, sdl, doc.date), deadline=sdl, concerns=concerns(sp, mentions),
                                 number=row.number, section=row.section, rule=rule))
            if list_from is not None and rule != "commitment.list-item":
                intro = out[-1]
    return out
