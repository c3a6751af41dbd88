"""Raw text -> normalised text, through edit passes that keep the offset map in step.

Passes, in order: line endings; mojibake (ftfy, plus the ISO-8859-16 pattern ftfy does not know);
page furniture (lines repeated across pages, bare page numbers); line-break hyphenation; footnote
markers glued to words; white space. Normalising normalised text changes nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import ftfy

from .offsets import OffsetMap, apply_edits
from .patterns import starting_with

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_ISO_8859_16_MARKS = set("ĂăȘșȚțĄąŁłŚśŹźŻżĆćĘęŃńŐőŰű")
# a word with a letter outside ASCII, the only kind mojibake can be in: a whole run of non-space
_NON_ASCII_WORD = re.compile(r"(?<!\S)\S*[^\x00-\x7f\s]\S*")
_LINE = re.compile(r"[^\n]*\n?")
_PAGE_EDGE = 3      # lines at the top and at the bottom of a page where headers and footers sit


def normalise(raw: str) -> tuple[str, OffsetMap]:
    """Return the normalised text and its map back into ``raw``.

    >>> text, offsets = normalise("Het kabinet gaat overheids-\\nvoorzieningen  verbeteren.")
    >>> text
    'Het kabinet gaat overheidsvoorzieningen verbeteren.'
    >>> raw = "Het kabinet gaat overheids-\\nvoorzieningen  verbeteren."
    >>> raw[offsets.to_raw(text.index("voor"))]
    'v'
    """
    text, offsets = raw, OffsetMap.identity(len(raw))
    edits = _page_furniture(text)
    if edits:
        text, offsets = apply_edits(text, edits, offsets)
    # one pass can make work for another (a repaired word reveals a glued marker), so the passes
    # run until nothing changes: normalising normalised text is then a no-op
    for _ in range(4):
        changed = False
        for step in (_bullets, _line_endings, _footnote_markers, _mojibake, _furniture, _letterhead_in_sentence,
                     _hyphenation, _whitespace):
            edits = step(text)
            if edits:
                new_text, new_offsets = apply_edits(text, edits, offsets)
                if new_text != text:
                    changed = True
                text, offsets = new_text, new_offsets
        if not changed:
            break
    return text, offsets


# the bullets a word processor's lists come out with in text: a Symbol or Wingdings font's private characters
# (U+F0B7 …), squares, circles, arrows, and Word's second level "o" before a tab
_GLYPH_BULLET = re.compile("(?m)^[ \t]*([\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\u25aa\u25a0\u25cf\u25e6\u25cb\u27a2\u25ba"
                           "\u2023\u2043\u00b7\u2219]|o(?=\t))(?=[ \t]+\\S)")


def _bullets(text: str) -> list[tuple[int, int, str]]:
    """List items' bullets, whatever glyph they were written with, as the one bullet the rest reads: "•"."""
    return [(m.start(1), m.end(1), "•") for m in _GLYPH_BULLET.finditer(text)]


def _line_endings(text: str) -> list[tuple[int, int, str]]:
    edits = [(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?|[\u2028\u2029\x0c\x0b]", text)]
    edits += [(m.start(), m.end(), " ") for m in re.finditer(r"[\u00a0\u2007\u202f\t]", text)]
    edits += [(m.start(), m.end(), "") for m in re.finditer(r"[\u00ad\u200b\ufeff]", text)]
    return edits


@lru_cache(maxsize=20_000)
def _fix_word(word: str) -> str:
    fixed = ftfy.fix_text(word, normalization="NFC", uncurl_quotes=False, fix_latin_ligatures=False,
                          fix_character_width=False)
    if fixed == word and _ISO_8859_16_MARKS & set(word):
        try:
            fixed = word.encode("iso8859_16").decode("utf-8")
        except UnicodeError:
            fixed = word
    return fixed


def _mojibake(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _NON_ASCII_WORD.finditer(text):
        word = m.group()
        fixed = _fix_word(word)
        if fixed != word:
            edits.append((m.start(), m.end(), fixed))
    return edits


def _page_furniture(text: str) -> list[tuple[int, int, str]]:
    """Headers and footers of a paginated text (pages separated by form feeds), told by their
    repetition in the first or last lines of at least half the pages, digits ignored ("Pagina 2 van
    5"). A line that is the same on every page (a letterhead with the date and reference) keeps its
    first occurrence as content; a line whose digits change (a page counter) goes everywhere."""
    if "\f" not in text:
        return []
    pages, pos = [], 0
    for chunk in text.split("\f"):
        pages.append([(pos + m.start(), pos + m.end(), m.group()) for m in _LINE.finditer(chunk)
                      if m.group().strip()])
        pos += len(chunk) + 1
    if len(pages) < 2:
        return []
    seen: dict[str, list[tuple[int, int, int, str]]] = {}
    for number, lines in enumerate(pages):
        edge = lines[:_PAGE_EDGE] + lines[-_PAGE_EDGE:]
        for start, end, line in dict.fromkeys(edge):
            s = " ".join(line.split())
            if len(s) <= 100:
                seen.setdefault(re.sub(r"\d+", "#", s.lower()), []).append((number, start, end, s))
    need = max(2, (len(pages) + 1) // 2)
    edits = []
    for occurrences in seen.values():
        if len({o[0] for o in occurrences}) < need:
            continue
        varies = len({o[3] for o in occurrences}) > 1
        for i, (_, start, end, _) in enumerate(sorted(occurrences)):
            if i == 0 and not varies:
                continue
            edits.append((start, end, ""))
    return edits


def _furniture(text: str) -> list[tuple[int, int, str]]:
    """Lines that repeat like page headers, and bare page numbers between blank lines."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    counts = Counter(line.strip() for _, line in lines if line.strip())
    edits = []
    first_seen: set[str] = set()
    for i, (start, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][1].strip()
        repeated = (counts[s] >= 3 and len(s) <= 40 and not re.match(r"^(?:[-•*(]|\d{1,3}[.)](?:\s|$))", s)
                    and not s.endswith((".", ":", ",")) and len(s.split()) <= 5)
        page_number = re.fullmatch(r"\d{1,3}", s) is not None and prev_blank and next_blank
        if repeated and s not in first_seen:
            # the first occurrence is content (a letterhead, a table header); its repeats are furniture
            first_seen.add(s)
            continue
        if repeated or page_number:
            edits.append((start, start + len(line), ""))
    return edits


# A letterhead block a page break puts inside a sentence: "... heb ik geadviseerd\n\nDatum\n1 december
# 2025\nOnze referentie\n14092\n\nom bij de versterking ...". Labels of the Dutch government letterhead.
_LETTERHEAD_LABEL = re.compile(r"(?i)(?:datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|onze\s+referentie|uw\s+referentie|"
                               r"referentie|pagina\s+\d+\s+van\s+\d+|bijlage\(?n?\)?|betreft)\b")
_BLOCK_IN_SENTENCE = re.compile(r"(?<=[a-zà-ÿ,])[ ]*\n(?P<block>(?:[^\n]{0,40}\n){2,10}?)[ ]*(?=[a-zà-ÿ])")


def _letterhead_in_sentence(text: str) -> list[tuple[int, int, str]]:
    """Drop a block of short letterhead lines (at least one a label such as Datum or Onze referentie)
    that stands between a line ending mid-sentence and the line, in lower case, that continues it."""
    edits = []
    for m in _BLOCK_IN_SENTENCE.finditer(text):
        lines = [ln.strip() for ln in m.group("block").split("\n") if ln.strip()]
        label = _LETTERHEAD_LABEL.match(lines[0]) if lines else None
        if label and (label.end() == len(lines[0]) or len(lines[0]) < 40) \
                and not any(ln.endswith((".", ";", ":")) for ln in lines) and all(map(_letterhead_line, lines, [""] + lines)):
            edits.append((m.start(), m.end(), " "))
    return edits


def _letterhead_line(line: str, before: str) -> bool:
    """A label, the value under a label, or a short date or number ("1 december 2025", "14092")."""
    bare = _LETTERHEAD_LABEL.match(before)
    return bool(_LETTERHEAD_LABEL.match(line) or bare and bare.end() == len(before)
                or len(line) < 30 and re.search(r"\d", line))


def _hyphenation(text: str) -> list[tuple[int, int, str]]:
    # "overheids-\nvoorzieningen" -> "overheidsvoorzieningen"; "Noord-\nHolland" keeps its hyphen
    edits = []
    for m in re.finditer(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])", text):
        edits.append((m.start(), m.end(), ""))
    for m in re.finditer(r"(?<=[A-Za-zÀ-ÿ])-[ \t]*\n[ \t]*(?=[A-ZÀ-Þ])", text):
        edits.append((m.start() + 1, m.end(), ""))
    return edits


def _footnote_markers(text: str) -> list[tuple[int, int, str]]:
    """Detach superscript markers glued to a word, and digit markers where the text has notes with
    that number ("Palmen2" with a note "2. ... ↩" or "²")."""
    # (not after the punctuation that ends a sentence or a clause: "wordt geregeld.²¹ Daarnaast …" keeps its note
    # with the sentence it belongs to)
    edits = [(m.start(), m.start(), " ") for m in re.finditer(rf"(?<=[^\s{SUPERSCRIPTS}.!?,;:)\]\"'’”])[{SUPERSCRIPTS}]+", text)]
    notes = {m.group(1) for m in re.finditer(r"(?m)^\s*(\d{1,3})[.)]?\s.*↩\s*$", text)}
    if notes:
        for m in re.finditer(r"(?<=[a-zà-ÿ\)])(\d{1,3})(?=[\s.,;:)]|$)", text):
            if m.group(1) in notes:
                edits.append((m.start(), m.start(), " "))
    return edits


_SPACES = starting_with(r"\s", r"[ ]{2,}|[ ]+(?=\n)|(?<=\n)[ ]+|\n{3,}|^\s+|\s+$")


def _whitespace(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _SPACES.finditer(text):
        s = m.group()
        if m.start() == 0 or m.end() == len(text):
            edits.append((m.start(), m.end(), ""))
        elif "\n" in s:
            edits.append((m.start(), m.end(), "\n\n"))
        else:
            edits.append((m.start(), m.end(), " " if m.end() < len(text) and text[m.end()] != "\n" and text[m.start() - 1] != "\n" else ""))
    return edits
