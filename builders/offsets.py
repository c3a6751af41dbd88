"""The only code that does offset arithmetic between the raw text and the normalised text.

A normalisation step is a list of edits ``(start, end, replacement)`` against the current text;
:func:`apply_edits` returns the new text and an :class:`OffsetMap` that still points every
character of the new text at a character of the original raw text.

>>> text, m = apply_edits("overheids-\\nvoorzieningen", [(9, 11, "")], OffsetMap.identity(23))
>>> text
'overheidsvoorzieningen'
>>> m.to_raw(9)
11
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Iterable


class OffsetMap:
    """``raw[i]`` is the raw-text index of normalised character ``i``; one extra entry for the end."""

    __slots__ = ("raw",)

    def __init__(self, raw: array):
        self.raw = raw

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls(array("l", range(length + 1)))

    def __len__(self) -> int:
        return len(self.raw) - 1

    def to_raw(self, i: int) -> int:
        """Raw index of normalised index ``i`` (``len`` maps to the raw end)."""
        return self.raw[i]

    def from_raw(self, r: int) -> int:
        """The first normalised index at or after raw index ``r`` (raw text the normaliser removed
        maps to the next character that was kept)."""
        return bisect_left(self.raw, r)

    def span_from_raw(self, start: int, end: int) -> tuple[int, int]:
        """Normalised half-open span of the raw ``[start, end)``."""
        s = self.from_raw(start)
        return s, max(s, self.from_raw(end))

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw half-open span covering normalised ``[start, end)``."""
        if end <= start:
            return self.raw[start], self.raw[start]
        return self.raw[start], self.raw[end - 1] + 1


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]], offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text``; the map of the result is composed with ``offsets``."""
    pieces: list[str] = []
    raw = array("l")
    pos = 0
    old = offsets.raw
    for start, end, repl in sorted(edits):
        if start < pos:
            raise ValueError(f"overlapping edit at {start}")
        pieces.append(text[pos:start])
        raw.extend(old[pos:start])
        pieces.append(repl)
        width = end - start
        for k in range(len(repl)):
            # a replacement of the same length maps one to one; otherwise every new character
            # points at the start of what it replaced (an insertion at the character it precedes)
            raw.append(old[start + k] if width == len(repl) else old[start + min(k, max(width - 1, 0))])
        pos = end
    pieces.append(text[pos:])
    raw.extend(old[pos:])
    return "".join(pieces), OffsetMap(raw)
