"""The rules' regular expressions, compiled so that Python's engine runs them fast, with the same matches.

- ``starting_with``: a look-ahead for the first character of every match, in front of a pattern that
  opens with alternatives or a look-behind. The engine gives up on a failing look-ahead at once;
  without it, it tries every alternative at every position (two to three times slower on the
  recognisers' patterns).
- ``CaseFree``: a case-insensitive pattern. The engine skips an alternative on its first letter only
  when it matches case-sensitively, so a long alternation of verbs under ``re.I`` is tried alternative
  by alternative at every word. A ``CaseFree`` pattern is the pattern with its letters lower-cased,
  matched case-sensitively on the lower-cased text (three times faster on the statement rules).
  Lower-casing keeps a text's length, and so every position, for all but a few letters ("İ"); for a
  text where it does not, the pattern falls back to ``re.I`` on the text itself. Matches found on the
  lower-cased text are on that text: ``group()`` gives it lower-cased, ``start()`` and ``end()`` are
  positions in the text searched.
"""
from __future__ import annotations

import re


def starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern``, whose every match starts where ``first`` matches (a character class, or a look-ahead's
    content when a class would not say enough)."""
    return re.compile(f"(?={first})(?:{pattern})", flags)


def _lower_letters(pattern: str) -> str:
    """``pattern`` with its literal letters lower-cased, leaving escapes (``\\S``, ``\\B``) and group
    names (``(?P<Name>``) as they are."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            end = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:end + 1])
            i = end + 1
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


class CaseFree:
    """``re.compile(pattern, flags | re.I)`` in behaviour, for the methods the rules use."""

    __slots__ = ("pattern", "flags", "_folded", "_plain")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern      # as written, so that other patterns can be built from it
        self.flags = flags | re.I
        self._folded = re.compile(_lower_letters(pattern), flags & ~re.I)
        self._plain = re.compile(pattern, flags | re.I)

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        low = text.lower()
        return (self._folded, low) if len(low) == len(text) else (self._plain, text)

    def search(self, text: str, *pos) -> re.Match | None:
        pattern, text = self._pick(text)
        return pattern.search(text, *pos)

    def match(self, text: str, *pos) -> re.Match | None:
        pattern, text = self._pick(text)
        return pattern.match(text, *pos)

    def finditer(self, text: str, *pos):
        pattern, text = self._pick(text)
        return pattern.finditer(text, *pos)
