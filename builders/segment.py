"""Structure of a normalised text: sentences, footnotes, letters in a bundle, table rows, metadata.

Everything here returns spans into the normalised text; nothing edits it.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import NamedTuple

from ..model import Letter, Sentence, Span, TableRow
from .dates import MONTHS, parse_date

ABBREVIATIONS = {
    "o.a", "d.w.z", "bijv", "bv", "b.v", "nr", "nrs", "jl", "c.s", "e.a", "t.a.v", "m.b.t", "i.v.m", "z.g",
    "resp", "p", "pp", "art", "blz", "mr", "dr", "drs", "prof", "ir", "ing", "dhr", "mw", "mevr", "st",
    "stb", "stcrt", "e.d", "vs", "ca", "zgn", "incl", "excl", "min", "max", "jr", "sr", "i.o", "m.u.v",
    "t.b.v", "z.s.m", "n.a.v", "a.s", "kst", "o.b.v", "mln", "mld", "mrd", "vgl", "evt", "t/m", "ggz",
    "nl", "no", "fig", "afl", "red", "e.v", "v.w.b", "i.p.v", "m.i.v", "t.z.t", "a.i", "wnd",
}
TERMINAL = ".!?"
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_BULLET = re.compile(r"^(?:[-•◆▪●*–]\s|\(?\d{1,2}[.)]\s|[a-z][.)]\s)")
_SENT_END = re.compile(rf"([.!?…]+)([\"'”’)\]*_]*)([{SUPERSCRIPTS}\d]*)(\s+)(?=[\"'‘“(\[]?[A-ZÀ-Þ0-9{SUPERSCRIPTS}•*-])")


# the formula a motie closes with (no part of its last ask), over the names of the members who sign it
_ORDER = r"\ben gaat over tot de orde van de dag\b"
ORDER_OF_THE_DAY = re.compile(_ORDER, re.I)
_OPENS_WITH_ORDER = re.compile(r"[ ]*" + _ORDER, re.I)


def sentences(text: str, skip: list[Span] | None = None, breaks=()) -> list[Sentence]:
    """Split into sentences: paragraph and list structure first, then sentence-final punctuation.

    >>> t = "Het kabinet gaat dit doen. Dat gebeurt o.a. in 2020.\\n\\nKopje\\nTekst hier."
    >>> [t[s.span.start:s.span.end] for s in sentences(t)]
    ['Het kabinet gaat dit doen.', 'Dat gebeurt o.a. in 2020.', 'Kopje', 'Tekst hier.']

    ``breaks`` are offsets where a sentence must end (the edges of table cells).
    """
    cuts = set(breaks)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    width = _wrap_width(text, lines)
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        prev = text[lines[i - 1][0]:lines[i - 1][1]] if i else ""
        gap = text[lines[i - 1][1]:ls] if i else "\n\n"
        paragraph = gap.count("\n") >= 2
        first = line.lstrip()[:1]
        prev_end = prev.rstrip()[-1:] if prev else "."
        if not i:
            cuts.add(ls)
            continue
        if _FOOTNOTE_LINE.match(line) and prev_end not in TERMINAL + ":;" and _goes_on_below(lines, i, text):
            continue      # a note at the foot of a page, inside a sentence that goes on under it
        if _BULLET.match(line) or line.startswith(("**", "#")) or _OPENS_WITH_ORDER.match(line):
            cuts.add(ls)
        elif _FIELD_LINE.match(line) or _FIELD_LINE.match(prev) and prev_end not in TERMINAL + ",;" and first.isupper():
            # a labelled field of a decision list or a form ("Zaak: Toezegging - minister van SZW - 20 februari
            # 2025", "Besluit: Agenderen."), and the line under one, are units of their own
            cuts.add(ls)
        elif paragraph and not (first.islower() and prev_end not in TERMINAL + ":;"):
            cuts.add(ls)
        elif prev_end == ":" or prev.rstrip().endswith("**"):
            cuts.add(ls)
        elif SALUTATION.match(prev) and prev_end == ",":
            cuts.add(ls)      # the letter's first sentence under its salutation, no empty line between
        elif first.isupper() and _is_heading(prev, lines, i - 1, text, width):
            cuts.add(ls)
    for m in _SENT_END.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        word = re.search(r"(\S+)$", before)
        w = word.group(1).lower().rstrip(".") if word else ""
        w = w.lstrip("(\"'‘“")
        if m.group(1) == "." and (w in ABBREVIATIONS or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", w)
                                  or re.fullmatch(r"\d{1,2}", w) and not m.group(3) and _NUMBERED.search(text, 0, m.start())):
            continue      # "1. Kent u …": a number that numbers an item, not one that ends a sentence ("naar 25.")
        cuts.add(m.end())
    cuts.add(len(text))
    bounds = sorted(cuts)
    out = []
    block = 0
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        if "\n\n" in text[max(0, a - 2):a + 1]:
            block += 1
        s = a + (len(seg) - len(seg.lstrip()))
        e = b - (len(seg) - len(seg.rstrip()))
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            if skip and any(k.start <= s < k.end for k in skip):
                continue
            kind = "heading" if _heading_text(text[s:e]) else ("list-item" if _BULLET.match(text[s:e]) else "body")
            out.append(Sentence(Span(s, e), block, kind))
    return out


# a line that opens with the label of a field: one capitalised word and a colon ("Zaak: …", "Besluit: …",
# "Noot: …", "Agendapunt: …")
_FIELD_LINE = re.compile(rf"[ ]*[A-Z][a-z]{{2,14}}:[ ]+\S")


# a number of one or two digits at the start of a line numbers the item after it
_NUMBERED = re.compile(r"(?:^|\n)[ \t(]*\d{1,2}$")


def _goes_on_below(lines, idx: int, text: str) -> bool:
    """The first line under footnote line ``idx`` that is no footnote starts in lower case."""
    for ls, le in lines[idx + 1:]:
        if not _FOOTNOTE_LINE.match(text, ls):
            return text[ls:le].lstrip()[:1].islower()
    return False


def _heading_text(s: str) -> bool:
    return len(s) < 90 and s.rstrip()[-1:] not in TERMINAL + ",;:" and "\n" not in s.strip()


def _wrap_width(text: str, lines) -> int | None:
    """The length at which the text wraps its paragraphs: the median length of the lines that run on into
    the next line mid-sentence (None when too few do: a text that keeps each paragraph on one line, and
    breaks a line mid-sentence only now and then)."""
    lengths = sorted(b - a for (a, b), (c, _) in zip(lines, lines[1:])
                     if text[b - 1] not in TERMINAL + ":;" and c - b == 1 and text[c:c + 1].islower())
    return lengths[len(lengths) // 2] if len(lengths) >= 3 and len(lengths) * 10 >= len(lines) else None


def _is_heading(line: str, lines, idx: int, text: str, width: int | None = None) -> bool:
    s = line.strip()
    # (a heading may end in an abbreviation: "Motie Dobbe c.s.")
    last = s.rsplit(None, 1)[-1].lower().rstrip(".") if s else ""
    if not s or len(s) > 80 or s[-1] in TERMINAL + ",;:-" and not (s.endswith(".") and last in ABBREVIATIONS):
        return False
    # a line as long as the text's wrapped lines runs on into the next, whose first word has a capital of its
    # own ("… de voortgang van het Nationaal\nActieplan Dakloosheid."): no heading
    if width and len(s) >= 0.85 * width and len(s) >= 40 and not _BULLET.match(s):
        return False
    if idx == 0:
        return True
    before = text[lines[idx - 1][0]:lines[idx - 1][1]].rstrip()
    gap = text[lines[idx - 1][1]:lines[idx][0]]
    return gap.count("\n") >= 2 or before[-1:] in TERMINAL or len(before) < 60


# ------------------------------------------------------------------ footnotes

_FOOTNOTE_LINE = re.compile(rf"(?m)^[ ]*(?:([{SUPERSCRIPTS}]+)[ ]|(\d{{1,3}})[.)][ ]+(?=.*↩)|(\d{{1,3}})\)[ ]+(?=[A-Z]))(.+)$")
_SUPER = str.maketrans(SUPERSCRIPTS, "1234567890")


def footnotes(text: str) -> dict[str, Span]:
    """Footnote number -> span of the note's text, for notes set on their own line."""
    notes = {}
    for m in _FOOTNOTE_LINE.finditer(text):
        number = (m.group(1) or "").translate(_SUPER) or m.group(2) or m.group(3)
        notes.setdefault(number, Span(m.start(4), m.end(4)))
    return notes


# ------------------------------------------------------------------ debates

class Turn(NamedTuple):
    """One speaker's turn in the report of a debate: its heading ("Mevrouw Mutluer (GroenLinks-PvdA):") and
    what follows up to the next heading."""
    kind: str           # "member", "government" or "chair"
    heading: Span       # the speaker's name and party or office, without the colon
    end: int


_TURN = re.compile(r"(?m)^[ \t]*(?:(?P<member>(?:De[ ]heer|Mevrouw)[ ][^\n:()]{2,60}?(?:[ ]*\([^()\n]{2,40}\))?)|"
                   r"(?P<government>(?:Minister|Staatssecretaris|Minister-president)(?:[ ][^\n:.]{2,60}?)?)|"
                   r"(?P<chair>De[ ]voorzitter))[ \t]*:[ \t]*$")


def turns(text: str) -> list[Turn]:
    """The speakers' turns of a debate's report, each heading on a line of its own ending in a colon; three
    at least, so that a lone "Minister Van Weel:" in a letter is none."""
    heads = list(_TURN.finditer(text))
    if len(heads) < 3:
        return []
    out = []
    for i, m in enumerate(heads):
        kind = m.lastgroup
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        # the list of pledges or decisions that closes the report is nobody's turn
        closing = _CLOSING_SECTION.search(text, m.end(), end)
        out.append(Turn(kind, Span(m.start(kind), m.end(kind)), closing.start() if closing else end))
    return out


_CLOSING_SECTION = re.compile(r"(?m)^[ \t]*(?:Toezeggingen|Sluiting|Besluiten|Afspraken|Overzicht\s+toezeggingen)\b"
                              r"[^\n.]{0,40}$")


def footnote_spans(text: str) -> list[Span]:
    """Whole lines that are footnotes (so that they are not read as body sentences)."""
    return [Span(m.start(), m.end()) for m in _FOOTNOTE_LINE.finditer(text)]


# ------------------------------------------------------------------- metadata

# (the label may stand on a line of its own above its value, as in the letterhead column of a PDF)
_DATE_LABEL = re.compile(r"(?im)^[ ]*(?:(?:peil)?datum|date)\b[ \t:]*(?:\n[ \t]*)?(?:[A-Z][a-z]+,[ ]*)?([^\n]{6,40})$")
# the day a paper was received, in brackets or on a line of its own: "(ontvangen 3 maart 2025)", "Ontvangen 12 februari 2026"
_RECEIVED = re.compile(r"(?m)(?:\(ontvangen|^[ ]*Ontvangen)[ ]+(\d{1,2} \w+ \d{4})(?:\)|[ ]*$)")
# (an EU document writes the day in figures: "Brussel, 8.7.2025")
_PLACE_DATE = re.compile(r"(?m)^[ ]*(?:Den Haag|'s-Gravenhage|Amsterdam|Utrecht|Rotterdam|[A-Z][a-z]+),[ ]+(\d{1,2} \w+ \d{4}|\d{1,2}\.\d{1,2}\.\d{4})[ ]*$")
# a site's page under its title, a publication's month, questions sent in (see document_date)
_SITE_DATE = re.compile(r"(?im)^[ \t]*(?:Kamerstuk:[ ]*)?(?:Kamerbrief|Brief|Rapport|Publicatie|Nieuwsbericht|Besluit|"
                        r"Beleidsnota|Kamerstuk|Toespraak|Brochure)[ ]*\|[ ]*(\d{1,2})-(\d{1,2})-(\d{4})[ \t]*$")
_SUBMITTED = re.compile(r"\(ingezonden[ ]+(\d{1,2}[ ]+\w+[ ]+\d{4})\)")
_MONTH_LINE = re.compile(rf"(?im)^[ \t]*({'|'.join(sorted(MONTHS, key=len, reverse=True))})[ ]+((?:19|20)\d\d)[ \t]*$")
# the day a motie was moved, or a report or list of answers settled, under its heading: "Voorgesteld 14 november
# 2024", "Vastgesteld 12 november 2025"
_PROPOSED = re.compile(r"(?m)^[ ]*(?:Voorgesteld|Vastgesteld)(?:[ ]+(?:op|ter vergadering van))?[ ]+(\d{1,2} \w+ \d{4})[ ]*$")
# a report of progress dated by the day it describes: "Stand van zaken per 1 oktober 2026"
_AS_OF = re.compile(r"(?im)^[ \t]*(?:stand\s+van\s+zaken|stand|situatie|peildatum)\s+(?:per|op)\s+(\d{1,2}\s+\w+\s+\d{4})[ \t]*$"
                    # … or in the sentence that introduces the table: "In onderstaande tabel staat de stand van zaken per 1
                    # oktober 2026"
                    r"|\bstand\s+van\s+zaken\s+(?:per|op)\s+(\d{1,2}\s+\w+\s+\d{4})\b")
# an act of the EU, dated under its heading ("AANBEVELING VAN DE RAAD" / "van 8 juli 2025") or where it was made
# ("Gedaan te Brussel, 8 juli 2025.")
_ACT_DAY = re.compile(r"(?m)^[ ]*van[ ]+(\d{1,2} \w+ \d{4})[ ]*$")
_DONE_AT = re.compile(r"(?m)^[ ]*Gedaan te [A-Z][\w-]+,[ ]+(\d{1,2} \w+ \d{4})\.?[ ]*$")
_SUBJECT = re.compile(r"(?im)^[ ]*(?:betreft|onderwerp)\b[ \t:]*([^\n]{3,250})$")
# the start of a letterhead's subject line
SUBJECT_LINE = re.compile(r"(?i)[ \t]*(?:betreft|onderwerp)\b")
_IDENT = re.compile(r"\b(20\d\d[DZ]\d{5})\b")


def document_date(text: str) -> date | None:
    head = text[:4000]
    for pattern in (_DATE_LABEL, _RECEIVED, _PLACE_DATE, _PROPOSED, _AS_OF, _ACT_DAY):
        for m in pattern.finditer(head):
            d = parse_date(next(g for g in m.groups() if g))
            if d:
                return d
    # a page of a government site, its kind and day under its title: "Kamerbrief | 12-05-2026"
    m = _SITE_DATE.search(text, 0, 1500)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    # a publication dated by its month on a line of its own under its title: "Maart 2026" (its first day)
    m = _MONTH_LINE.search(text, 0, 1500)
    if m:
        return date(int(m.group(2)), MONTHS[m.group(1).lower()], 1)
    m = _DONE_AT.search(text)
    if m and (d := parse_date(m.group(1))):
        return d
    # answers with no day of their own: the day the questions were sent in, the earliest they can be
    m = _SUBMITTED.search(text, 0, 3000)
    return parse_date(m.group(1)) if m else None


def reference_year(text: str) -> int | None:
    """For an undated text, the year it most often names (2000-2049)."""
    years = Counter(int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text))
    return years.most_common(1)[0][0] if years else None


# lines above a paper's title: its publisher and session ("Tweede Kamer der Staten-Generaal", "Vergaderjaar
# 2024–2025"); a document or zaak number alone is no title either
_PUBLISHER_LINE = re.compile(r"(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s*\d*$|Vergaderjaar\s+\d{4}")
_DOSSIER_NUMBER = re.compile(r"^\d{2}\s?\d{3}(?:\s+(?:[IVXLC]+|[A-Z])\b)?\s+(?=[A-Z])")


def title(text: str) -> str | None:
    m = _SUBJECT.search(text[:5000]) or _DECISION_LIST_TITLE.search(text[:1500])
    if m and len(m.group(1).strip()) > 3:
        return m.group(1).strip()
    for line in text.split("\n"):
        s = line.strip().strip("*# ")
        if len(s) > 8 and not s.startswith("[") and not re.match(r"^(De |t\.a\.v|Postbus|\d{4} [A-Z]{2})", s) \
                and not _IDENT.fullmatch(s) and not _PUBLISHER_LINE.match(s):
            # a paper's dossier line is its title without the number: "29 544 Arbeidsmarktbeleid"
            return _DOSSIER_NUMBER.sub("", s)[:250] or s[:250]
    return None


def identifiers(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(_IDENT.findall(text[:3000]))))


# a motie as the Kamer publishes it: its heading, or its opening "De Kamer, gehoord de beraadslaging,"
_MOTION_TEXT = re.compile(r"(?m)^[ ]*(?:Nr\.[ ]*\d{1,4}[ ]+)?(?:GEWIJZIGDE[ ]+)?MOTIE[ ]+VAN\b|"
                          r"^[ ]*De Kamer,[ ]*\n\s*gehoord de beraadslaging")


# a committee's list of decisions: its title, or its "Besluit:" lines
_DECISION_LIST = re.compile(r"(?im)^[ ]*(?:besluitenlijst|lijst van besluiten)\b")
_DECISION_LIST_TITLE = re.compile(r"(?im)^[ ]*((?:besluitenlijst|lijst van besluiten)\b[^\n]{0,200})$")
_DECISION = re.compile(r"(?m)^[ ]*Besluit[ ]*:")
# the government's assessment of a proposal of the European Commission (a BNC-fiche): its numbered parts
_EU_FICHE = re.compile(r"(?im)^[ ]*(?:[a-z0-9][.)][ ]*)?(?:nr\.|datum[ ]+ontvangst)[ ]*commissiedocument\b"
                       r"|^[ ]*(?:\d\.[ ]*)?nederlandse positie\b"
                       r"|^[ ]*fiche[ ]*\d*[ ]*:")


# a letter to the Kamer as the Kamer publishes it ("Nr. 1250 BRIEF VAN DE MINISTER VAN …"), or addressed to it
_KAMERSTUK_LETTER = re.compile(r"(?m)^[ ]*(?:Nr\.[ ]*\d{1,4}[ ]+)?BRIEF[ ]+VAN[ ]+(?:DE|HET)[ ]+"
                               r"|^[ ]*Aan[ ]+de[ ]+(?:[Vv]oorzitter[ ]+van[ ]+de[ ]+)?(?:Tweede|Eerste)[ ]+Kamer\b")


def document_type(text: str, letters: list[Letter], rows: list[TableRow]) -> str:
    head = text[:3000].lower()
    if len(letters) > 1:
        return "bundle"
    if _MOTION_TEXT.search(text[:3000]) and ORDER_OF_THE_DAY.search(text):
        return "motie"
    if rows:
        # a plan of actions, not a report of their progress: "Actieplan Digitale Inclusie" over its labelled actions
        plan = re.search(r"\bactieplan\b", head[:600]) and not re.search(r"\b(?:voortgang|stand\s+van\s+zaken)", head[:600])
        return "actieplan" if plan else "voortgangsrapportage"
    if _DECISION_LIST.search(text[:1500]) or len(_DECISION.findall(text)) >= 3 and not letters:
        return "besluitenlijst"
    if _EU_FICHE.search(text[:3000]):
        return "fiche"
    # "antwoord" as a word of its own: not inside "eerstverantwoordelijk"
    if re.search(r"\bantwoord", head) and re.search(r"\b(?:kamer)?vragen\b|\bvraag\s+\d", head):
        return "antwoord_kamervragen"
    if re.search(r"(?m)^\s*(betreft|datum)\b", head) and "kamer" in head or _KAMERSTUK_LETTER.search(text[:3000]):
        return "kamerbrief"
    if re.search(r"\bactieplan\b", head[:600]):
        return "actieplan"
    if letters and not re.search(r"(?m)^\s*(?:betreft|kenmerk)\b", head):
        return "brief"
    return "other"


# -------------------------------------------------------------------- letters

SALUTATION = re.compile(r"(?m)^[ ]*(?:Geachte|Beste|Hooggeachte)\b[^\n]*$")
_CLOSING = re.compile(r"(?im)^[ ]*(?:met vriendelijke groet(?:en)?|hoogachtend|met hartelijke groet(?:en)?|vriendelijke groet(?:en)?)\b[^\n]*$"
                      # a minister signs with the office alone, over the name: "De minister van Sociale Zaken
                      # en Werkgelegenheid,\n\nY.J. van Hijum"
                      r"|^[ ]*de[ ]+(?:minister|staatssecretaris|minister-president)\b[^\n.;:]{0,90}?,?[ ]*$"
                      r"(?=\n[ ]*\n?[ ]*(?-i:[A-Z])[^\n]{2,40}$)"
                      # a municipality's or a province's board signs for it: "Burgemeester en wethouders van Utrecht,"
                      r"|^[ ]*(?:het[ ]+college[ ]+van[ ]+)?(?:burgemeester[ ]+en[ ]+wethouders|gedeputeerde[ ]+staten)\b"
                      r"[^\n.;:]{0,60}?,[ ]*$")


_REFERENCE = re.compile(r"(?im)^[ ]*(?<!uw )(?:ons[ ]+)?(?:kenmerk|referentie|ons[ ]+nummer)[ ]*:?[ ]*\n?[ ]*"
                        r"(?P<ref>[A-Z0-9][\w./-]*\d[\w./-]*)[ ]*$")


def reference(text: str) -> str | None:
    """The sender's reference ("Kenmerk 2022-0000550200", "Referentie : 25-1002/JO"), not "Uw kenmerk".

    >>> reference("Uw kenmerk\\n\\nKenmerk\\n2022-0000550200\\nDatum 10 oktober 2022")
    '2022-0000550200'
    """
    for m in _REFERENCE.finditer(text[:4000]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not re.match(r"(?i)\s*uw\b", text[line_start:m.start() + 4]):
            return m.group("ref")
    return None


def letters(text: str) -> list[Letter]:
    """Letters in a text: each begins at the address block before a salutation."""
    sal = list(SALUTATION.finditer(text))
    if not sal:
        return []
    starts = []
    prev_end = 0
    for m in sal:
        start = _header_start(text, m.start(), prev_end)
        starts.append(start)
        prev_end = m.end()
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if i == 0:
            start = 0
        body = text[start:end]
        head = text[start:sal[i].start()]
        d = None
        for pattern in (_DATE_LABEL, _PLACE_DATE):
            mm = pattern.search(head)
            if mm and parse_date(mm.group(1)):
                d = parse_date(mm.group(1))
                break
        subj = _SUBJECT.search(head) or _SUBJECT.search(body[:1500])
        subject = subj.group(1).strip() if subj else None
        if subject is None:
            label = re.search(r"(?im)^[ ]*(?:betreft|onderwerp)[ ]*:?[ ]*\n+([^\n]{3,200})", head)
            subject = label.group(1).strip() if label else None
        salutation = sal[i].group().strip()
        out.append(Letter(index=i + 1, span=Span(start, end), date=d, subject=subject, salutation=salutation,
                          head=Span(start, sal[i].start())))
    return out


def closing_block(text: str, span: Span) -> Span | None:
    """The signature block of a letter: from its closing formula to ten lines on."""
    m = None
    for mm in _CLOSING.finditer(text, span.start, span.end):
        m = mm
        break
    if not m:
        return None
    tail = text[m.end():span.end]
    lines = [x for x in re.finditer(r"[^\n]+", tail)][:8]
    end = m.end() + (lines[-1].end() if lines else 0)
    return Span(m.start(), min(end, span.end))


def _header_start(text: str, pos: int, floor: int) -> int:
    """Walk back from a salutation over short lines (address, date, reference) to the header's start."""
    line_starts = [m.start() for m in re.finditer(r"(?m)^", text[floor:pos])]
    start = pos
    for ls in reversed(line_starts):
        line = text[floor + ls:text.find("\n", floor + ls) if text.find("\n", floor + ls) != -1 else len(text)]
        if _CLOSING.match(line):
            # the signature (the paragraph after the closing formula) belongs to the letter before
            sig = re.match(r"[^\n]*\n+(?:[^\n]+\n)+", text[floor + ls:pos])
            if sig:
                start = max(start, floor + ls + sig.end())
            break
        if len(line.strip()) > 90 or re.match(r"^\s*(?:[-•◆]|\d+\.)\s", line):
            break
        start = floor + ls
    # skip leading blank lines
    while start < pos and text[start] == "\n":
        start += 1
    return start


# ----------------------------------------------------------------- table rows

# a header line: a column of what is to be done ("Omschrijving", "Maatregel", "Actie", "Toezegging") and one of
# how far it got ("Stand van zaken", "Status", "Voortgang"), a few short words apart
_TABLE_HEADER = re.compile(r"(?im)^[ ]*(?:(?:nr\.?|#|actie)[ ]+)?(?:omschrijving|beschrijving|maatregel|maatregelen|actie|acties|"
                           r"actiepunt|actiepunten|toezegging|toezeggingen|activiteit|activiteiten|afspraak|afspraken)\b(?:[ ]+[\w./-]+){0,3}?[ ]+"
                           r"(?:stand[ ]van[ ]zaken|status|voortgang|realisatie)(?:[ ]*/[ ]*toelichting)?[ ]*$")
_ROW = re.compile(r"(?m)^[ ]*(\d{1,3})\.[ ]+(\S[^\n]*)$")
_SECTION = re.compile(r"(?m)^[ ]*([A-ZÀ-Þ][A-ZÀ-Þ ,&/'-]{3,80})[ ]*$")
_MOTION_REF = re.compile(r"\((?:NR\.?|nr\.?)\s*\d+[^)\n]*(?:\)|$)", re.M)


def table_rows(text: str) -> list[TableRow]:
    """Rows of an action table rendered as text: "N. description ... status ..." under a header
    with "Omschrijving" and "Stand van zaken". The description is the run of short lines after the
    number (table cells wrap narrow), the status the longer lines that follow."""
    header = _TABLE_HEADER.search(text)
    if not header:
        return []
    rows = [m for m in _ROW.finditer(text, header.end())]
    source_column = _SOURCE_HEAD.search(header.group())
    sections = [(m.start(), m.group(1).strip()) for m in _SECTION.finditer(text, header.end())
                if sum(c.isalpha() for c in m.group(1)) >= 4]
    widths = sorted(len(ln) for ln in text[header.end():].split("\n") if len(ln) > 20)
    wide = widths[int(len(widths) * 0.5)] if widths else 100
    narrow_limit = min(70, max(45, int(wide * 0.62)))
    expected = 1
    out = []
    valid = []
    for m in rows:
        n = int(m.group(1))
        if n == expected or (valid and n == int(valid[-1].group(1)) + 1):
            valid.append(m)
            expected = n + 1
    for i, m in enumerate(valid):
        end = valid[i + 1].start() if i + 1 < len(valid) else len(text)
        for pos, _ in sections:
            if m.end() < pos < end:
                end = pos
                break
        section = None
        for pos, name in sections:
            if pos < m.start():
                section = name
        desc_start = m.start(2)
        desc_end = m.end()
        refs = []
        cursor = m.end()
        cut = _cell_break(text, desc_start, m.end())
        if cut:                                   # both cells on the number's line
            desc_end, cursor = cut
        for line in re.finditer(r"[^\n]+", text[m.end():end]):
            if cut:
                break
            s = line.group().strip()
            ls, le = m.end() + line.start(), m.end() + line.end()
            if _MOTION_REF.match(s):
                refs.append(Span(ls + (len(line.group()) - len(line.group().lstrip())), le))
                cursor = le
                continue
            if source_column and cursor == desc_end and not refs and _SOURCE_CELL.match(s):
                # the cell that says where the pledge was made ("Commissiedebat leraren,\n\n12 februari 2026"), up
                # to the line with its year, is neither what was pledged nor how far it got
                year = _A_YEAR.search(text, ls, min(end, ls + 200))
                cursor = text.find("\n", year.end()) if year else le
                cursor = end if cursor < 0 or cursor > end else cursor
                break
            if len(line.group()) <= narrow_limit and cursor == desc_end and not refs and not _STATUS_OPENING.match(s):
                cut = _cell_break(text, ls, le)
                desc_end, cursor = cut or (le, le)
                continue
            break
        # the reference line closes the description cell
        status_start = cursor
        while status_start < end and text[status_start] in " \n":
            status_start += 1
        status = Span(status_start, end) if status_start < end else None
        if status is not None:
            st = text[status.start:status.end].rstrip()
            status = Span(status.start, status.start + len(st)) if st else None
        out.append(TableRow(number=m.group(1), section=section, description=Span(desc_start, desc_end),
                            status=status, motion_refs=tuple(refs)))
    return out


# a column that says where a pledge was made, and the way its cell opens: "Vindplaats" / "Commissiedebat leraren, 12
# februari 2026", "Plenair debat OCW-begroting"
_SOURCE_HEAD = re.compile(r"(?i)\b(?:vindplaats|bron|herkomst|debat|datum\s+toezegging|gedaan\s+in|toegezegd\s+in)\b")
_SOURCE_CELL = re.compile(r"(?:Commissiedebat|Plenair\s+debat|Notaoverleg|Wetgevingsoverleg|Kamerbrief|Brief|Kamerstuk|"
                          r"Schriftelijk\s+overleg|Begrotingsbehandeling|Mondelinge\s+vragen|Vragenuur|Debat|Algemeen\s+overleg|"
                          r"AO|WGO|VAO|Tweeminutendebat|Verslag|Antwoord|Beantwoording)\b")


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a status cell that opens with its verdict, however short its line: "Afgerond. Per 1 januari …", "Loopt:"
_VERDICTS = (r"Afgerond|Gereed|Voltooid|Uitgevoerd|Loopt|Lopend|Doorlopend|Gestart|Vertraagd|In uitvoering|In voorbereiding|"
             r"Nog niet gestart")
_STATUS_OPENING = re.compile(rf"(?:{_VERDICTS})(?:[.:]|$)")
# … in a field of its own, in any case: "Wanneer: afgerond"
_STATUS_WORD = re.compile(rf"(?i)(?:{_VERDICTS})\b")


# Where a description cell ends and the status cell begins on one line of text: a gap of spaces
# ("Generieke digitale infrastructuur  Gewerkt wordt ..."), a dash before a named party ("... Toeslagen -
# Belastingdienst: ..."), or a sentence that opens after a title ("Staat van de Uitvoering Het primaire
# doel ...", "... verder brengen Planning voor dit wetsvoorstel ...").
_CELL_BREAK = re.compile(
    r"(?<=\w)(?:[ ]{2,}|[ ]-[ ](?=[A-Z][\w ]{0,40}:))(?=[A-Z(‘'\"])|"
    r"(?<=[\w)])[ ](?=(?:Het|De|Er|In|Op|Met|Dit|Deze|Hier\w*|Zo|Momenteel|Naar|Voor|Vanaf|Bij|Ook|Daarnaast|"
    r"Inmiddels|Gewerkt|Planning|Wij|We|Ik|Sinds|Tot|Na)[ ]+[a-z0-9])")


def _cell_break(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the description, start of the status) when one line holds both cells, else None."""
    line = text[start:end].rstrip()
    m = _CELL_BREAK.search(line)
    if m is None or m.start() < 8 or len(line) - m.end() < 12:
        return None
    return start + m.start(), start + m.end()


_DESCRIPTION_HEAD = re.compile(r"(?i)\b(?:omschrijving|beschrijving|actie|acties|maatregel|maatregelen|motie|moties|"
                               r"toezegging|toezeggingen|activiteit|afspraak|afspraken|wat)\b")
_STATUS_HEAD = re.compile(r"(?i)\b(?:stand van zaken|status|voortgang|stand|planning)\b")
# who answers for a row, and by when: "Bewindspersoon", "Verantwoordelijk ministerie"; "Termijn", "Deadline"
_OWNER_HEAD = re.compile(r"(?i)\b(?:bewindspersoon|bewindspersonen|bewindslieden|verantwoordelijke?|eigenaar|trekker|"
                         r"ministerie|departement|uitvoerder|actiehouder|actiehouders|penvoerder|wie)\b")
_PLANNING_HEAD = re.compile(r"(?i)\bplanning\b")
_DUE_HEAD = re.compile(r"(?i)\b(?:termijn|deadline|uiterlijk|wanneer|einddatum|gereed\s+in|vervaldatum)\b")
_NUMBER_CELL = re.compile(r"^\s*(\d{1,3})[.)]?\s*$")


# an action plan's actions as labelled blocks: a numbered heading ("Actie 3: Eenvoudige taal in overheidsbrieven"),
# lines of labelled fields ("Wie: BZK, UWV", "Wanneer: eind 2026", "Status: loopt"), then what is done about it
# … or a register of pledges, each a block without a number ("Toezegging: De minister zal …" / "Gedaan in: …" /
# "Termijn: …" / "Stand van zaken: …")
_ACTION_HEADING = re.compile(r"(?m)^[ \t]*(?:Actie|Actiepunt|Maatregel|Toezegging|Afspraak)(?:[ ]+(\d{1,3})[ \t]*[:.]|[ \t]*:)[ \t]*"
                             r"(\S[^\n]{2,400}?)[ \t]*$")
_FIELD = re.compile(r"[ \t]*(?P<label>Wie|Trekker|Eigenaar|Verantwoordelijke?|Uitvoerder|Bewindspersoon|Wanneer|Termijn|Planning|"
                    r"Deadline|Gereed|Status|Stand van zaken|Voortgang|Betrokken(?:[ ]partijen)?|Partners|Samen met|Middelen|Budget|"
                    # where and when a pledge was made, and where it is recorded
                    r"Gedaan (?:in|tijdens|op)|Vindplaats|Bron|Datum(?: toezegging)?|Kamerstuk|Toegezegd (?:in|tijdens|op))"
                    r"[ \t]*:[ \t]*(?P<value>[^\n]*)")
_OWNER_FIELD = re.compile(r"(?i)wie|trekker|eigenaar|verantwoordelijke?|uitvoerder|bewindspersoon")
_DUE_FIELD = re.compile(r"(?i)wanneer|termijn|planning|deadline|gereed")
_STATUS_FIELD = re.compile(r"(?i)status|stand van zaken|voortgang")
# a numbered section heading that ends the last block: "3. Monitoring"
_NUMBERED_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][^\n.:;]{2,80}$")


def action_blocks(text: str) -> list[TableRow]:
    """The actions of a plan written as labelled blocks, one row each: the heading's title is the
    description, a "Wie"/"Trekker" field its owner, a "Wanneer"/"Termijn" field its deadline, and a
    "Status" field with what the block goes on to say its status. Two numbered headings in a row
    at least, and fields under each, make a plan of actions (a lone "Actie 1:" is a sentence's label)."""
    heads = list(_ACTION_HEADING.finditer(text))
    blocks = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        section = _NUMBERED_HEADING.search(text, h.end(), end)
        blocks.append((h, section.start() if section else end))
    rows: list[TableRow] = []
    for h, end in blocks:
        owner = due = status = None
        pos = h.end()
        body = None
        for line in re.finditer(r"[^\n]*\n?", text[pos:end]):
            ls = pos + line.start()
            raw = line.group().rstrip("\n")
            if not raw.strip():
                continue
            f = _FIELD.fullmatch(raw)
            if f is None:
                body = ls + len(raw) - len(raw.lstrip())
                break
            value = Span(ls + f.start("value"), ls + f.end("value"))
            if value.end <= value.start:
                continue
            if owner is None and _OWNER_FIELD.fullmatch(f.group("label")):
                owner = value
            elif due is None and _DUE_FIELD.fullmatch(f.group("label")) and not _STATUS_WORD.match(text, value.start):
                due = value
            elif status is None and _DUE_FIELD.fullmatch(f.group("label")):
                status = value       # "Wanneer: afgerond" says how far it got
            elif status is None and _STATUS_FIELD.fullmatch(f.group("label")):
                status = value
        if owner is None and due is None and status is None:
            continue
        tail = text[:end].rstrip()
        if status is not None:
            status = Span(status.start, len(tail))
        elif body is not None and body < len(tail):
            status = Span(body, len(tail))
        rows.append(TableRow(number=h.group(1) or str(len(rows) + 1), section=None, description=Span(h.start(2), h.end(2)), status=status,
                             motion_refs=(Span(h.start(2), h.end(2)),), owner=owner, due=due))
    return rows if len(rows) >= 2 else []


def structured_table_rows(text: str, tables) -> list[TableRow]:
    """Rows of real tables (DOCX, ODT, HTML): a header row names a description column ("Omschrijving",
    "Actie", "Maatregel", ...) and perhaps a status column ("Stand van zaken", "Status"); each later
    row is one action. A row with one filled cell is a section heading. ``tables`` holds spans into
    ``text``."""
    out: list[TableRow] = []
    for table in tables:
        if len(table) < 2:
            continue
        header = [text[s:e] for s, e in table[0]]
        desc = next((i for i, h in enumerate(header) if _DESCRIPTION_HEAD.search(h)), None)
        if desc is None:
            continue
        # (a "Planning" column is the deadline when another says how far a row got, else it says that too)
        status = next((i for i, h in enumerate(header) if i != desc and _STATUS_HEAD.search(h) and not _PLANNING_HEAD.search(h)),
                      None)
        if status is None:
            status = next((i for i, h in enumerate(header) if i != desc and _STATUS_HEAD.search(h)), None)
        owner = next((i for i, h in enumerate(header) if i not in (desc, status) and _OWNER_HEAD.search(h)), None)
        due = next((i for i, h in enumerate(header) if i not in (desc, status, owner)
                    and (_DUE_HEAD.search(h) or _PLANNING_HEAD.search(h))), None)
        section = None
        for k, row in enumerate(table[1:], 1):
            cells = [Span(s, e) for s, e in row]
            filled = [c for c in cells if c.end > c.start]
            if len(filled) == 1 and (len(cells) < len(header) or cells[desc] != filled[0]):
                section = text[filled[0].start:filled[0].end].strip()
                continue
            if desc >= len(cells) or cells[desc].end <= cells[desc].start:
                continue
            number = next((m.group(1) for c in cells[:desc] if (m := _NUMBER_CELL.match(text[c.start:c.end]))), str(k))
            st, by, when = (cells[i] if i is not None and i < len(cells) and cells[i].end > cells[i].start else None
                            for i in (status, owner, due))
            out.append(TableRow(number=number, section=section, description=cells[desc], status=st,
                                motion_refs=(cells[desc],), owner=by, due=when))
    return out
