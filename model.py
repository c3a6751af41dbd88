"""The frozen records that flow between the stages of a build.

Offsets are half-open ``[start, end)`` code-point indexes into ``Document.text`` (the normalised
text) unless a name says otherwise; ``Document.offsets`` maps them back to the raw text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .builders.offsets import OffsetMap

ENTITY_TYPES = ("Ministry", "Organisation", "Government", "Person", "Law", "Motion", "Programme",
                "ParliamentaryPaper")
STATUSES = ("Planned", "InProgress", "Done", "Unknown")


@dataclass(frozen=True)
class RawDocument:
    """What a reader made of one file: its text as read, before normalisation."""

    path: str            # the folder's name and the path under it, or the file's name
    sha256: str          # of the file's bytes
    raw_text: str        # the text the reader made of the file (for plain text: the file's characters)
    format: str
    pages: tuple[int, ...] = ()          # raw_text offset where each page starts (paginated formats)
    tables: tuple = ()                   # tables > rows > (start, end) raw_text spans of the cells
    metadata: dict = field(default_factory=dict, compare=False)   # title, author, ... from the file's properties


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Sentence:
    span: Span
    block: int            # index of the block (paragraph, table cell, footnote) it belongs to
    kind: str = "body"    # body | heading | footnote | list-item | table-description | table-status


@dataclass(frozen=True)
class Letter:
    """One letter inside a file that bundles several."""

    index: int
    span: Span
    date: date | None = None
    subject: str | None = None
    sender: str | None = None            # entity key of the sender, when recognised
    sender_name: str | None = None
    addressee: str | None = None         # entity key of the addressee named in the address block
    salutation: str | None = None
    head: Span | None = None             # the address block and letterhead before the salutation


@dataclass(frozen=True)
class TableRow:
    """One numbered row of an action table: rendered as text, or a real table's row."""

    number: str
    section: str | None
    description: Span
    status: Span | None
    motion_refs: tuple[Span, ...] = ()
    owner: Span | None = None       # a cell that names who answers for the row ("Bewindspersoon")
    due: Span | None = None         # a cell that gives its deadline ("Termijn")


@dataclass(frozen=True)
class Document:
    path: str
    sha256: str
    raw_text: str
    text: str
    offsets: OffsetMap = field(compare=False, repr=False)
    sentences: tuple[Sentence, ...] = ()
    title: str | None = None
    date: date | None = None
    reference_year: int | None = None    # year the text implies when it has no date
    doc_type: str = "other"
    identifiers: tuple[str, ...] = ()
    letters: tuple[Letter, ...] = ()
    table_rows: tuple[TableRow, ...] = ()
    speaker: str | None = None           # ministry key of the signing or answering minister
    speaker_person: str | None = None    # person key of that minister
    footnotes: dict = field(default_factory=dict, compare=False)  # number -> Span of the footnote text
    pages: tuple[int, ...] = ()          # raw_text offset where each page starts
    format: str = "txt"
    reference: str | None = None         # the sender's kenmerk / referentie
    addressee: str | None = None         # entity key of the addressee of the (first) letter
    sender: str | None = None            # entity key of the sender of a single letter from outside government
    overrides: str | None = None         # SHA-256 of the overrides file applied, if any

    def page_of(self, start: int) -> int | None:
        """1-based page of normalised offset ``start``, for paginated formats."""
        if not self.pages:
            return None
        from bisect import bisect_right
        return bisect_right(self.pages, self.offsets.to_raw(start))


@dataclass(frozen=True)
class Mention:
    span: Span
    type: str            # one of ENTITY_TYPES
    surface: str         # == Document.text[span.start:span.end]
    key: str             # resolved entity key, e.g. "ministry:mnre1034" or "law:BWBR0015703"
    rule: str            # which pattern or gazetteer fired


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    label: str
    notation: str | None = None
    same_as: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()   # (property local name, value) pairs, e.g. ("dossier", "36600-VI")


@dataclass(frozen=True)
class Deadline:
    text: str
    span: Span
    latest: date | None


@dataclass(frozen=True)
class Statement:
    """A commitment or a request found in one sentence."""

    kind: str                      # Commitment | Request
    span: Span
    quote: str
    actor: str | None              # entity key
    person: str | None = None      # entity key of the speaking person, if named
    addressee: str | None = None
    status: str = "Unknown"
    deadline: Deadline | None = None
    concerns: tuple[str, ...] = ()
    implements: tuple[str, ...] = ()
    letter: int | None = None      # index of the letter it comes from, in a bundle
    number: str | None = None      # action-table row number
    section: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str        # error | warning
    message: str
    path: str


@dataclass(frozen=True)
class Analysis:
    document: Document
    mentions: tuple[Mention, ...]
    entities: dict                 # key -> Entity
    statements: tuple[Statement, ...]
    problems: tuple[Problem, ...] = ()
