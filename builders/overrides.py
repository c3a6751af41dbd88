"""A researcher's corrections, applied on every build so that they survive rebuilds.

An overrides file is TOML with three kinds of table; entities are named by key
(``organisation:oorg10002``) or by IRI (``https://w3id.org/beleidsgraaf/id/organisation/oorg10002``)::

    [[merge]]                       # these entities are one: mentions of "from" become "into"
    into = "organisation:oorg10002"
    from = ["organisation:tweede-kamer"]

    [[alias]]                       # recognise another name for an entity
    entity = "law:BWBR0015703"
    name = "P-wet"
    type = "Law"                    # needed only for an entity the reference data does not know
    label = "Participatiewet"       # idem

    [[reject]]                      # this is not an entity (optionally: only of this type, in this file)
    text = "Voorgesteld"
    type = "Person"
    file = "corpus/brief.txt"
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import BeleidsgraafError
from ..model import ENTITY_TYPES, Entity, Mention, Span
from . import gazetteer as gz


class OverridesError(BeleidsgraafError):
    """The overrides file cannot be used: names the file and what is wrong."""


@dataclass(frozen=True)
class Alias:
    key: str
    name: str
    type: str
    label: str


@dataclass(frozen=True)
class Reject:
    text: str
    type: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class Overrides:
    merges: dict = field(default_factory=dict)       # key -> key it is merged into
    aliases: tuple[Alias, ...] = ()
    rejects: tuple[Reject, ...] = ()
    sha256: str = ""

    def candidates(self, text: str) -> list:
        """Mentions of the aliases in ``text``, as recognition candidates."""
        from .recognise import Candidate
        if not self.aliases:
            return []
        g = gz.Gazetteer([gz.Entry(a.key, a.type, a.label, names=(a.name,)) for a in self.aliases])
        by_key = {a.key: a for a in self.aliases}
        out = []
        for hit in g.find(text):
            known = _known_entry(hit.key)
            if known is not None:
                out.append(Candidate(hit.start, hit.end, known.type, known.key, known.label, "override.alias",
                                     known.notation, known.same_as, known.extra))
            else:
                a = by_key[hit.key]
                out.append(Candidate(hit.start, hit.end, a.type, a.key, a.label, "override.alias"))
        return out

    def apply(self, path: str, mentions: list[Mention], entities: dict[str, Entity]
              ) -> tuple[list[Mention], dict[str, Entity]]:
        """Drop rejected mentions and redirect merged entities."""
        kept = []
        for m in mentions:
            if any(_rejects(r, m, path) for r in self.rejects):
                continue
            target = self._final(m.key)
            if target != m.key:
                if target not in entities:
                    known = _known_entry(target)
                    source = entities.get(m.key)
                    entities[target] = (Entity(target, known.type, known.label, known.notation, known.same_as)
                                        if known else replace(source, key=target) if source
                                        else Entity(target, m.type, m.surface))
                m = replace(m, key=target, type=entities[target].type, rule=m.rule + "+override.merge")
            kept.append(m)
        used = {m.key for m in kept}
        return kept, {k: e for k, e in entities.items() if k in used or k not in {m.key for m in mentions}}

    def _final(self, key: str) -> str:
        seen = set()
        while key in self.merges and key not in seen:
            seen.add(key)
            key = self.merges[key]
        return key


def _rejects(r: Reject, m: Mention, path: str) -> bool:
    return (" ".join(m.surface.split()).casefold() == r.text.casefold()
            and (r.type is None or r.type == m.type) and (r.file is None or r.file == path))


def _known_entry(key: str):
    for g in (gz.ministries(), gz.organisations(), gz.laws()):
        if key in g.by_key:
            return g.by_key[key]
    return None


def as_key(name: str) -> str:
    """An entity key from a key or an IRI minted by beleidsgraaf."""
    name = name.strip()
    m = re.match(r"^https?://.+/id/([a-z]+)/([^/#?]+)$", name)
    if m:
        return f"{m.group(1)}:{m.group(2)}"
    if ":" not in name:
        raise ValueError(f"'{name}' is neither an entity key (type:id) nor an entity IRI")
    return name


def load(path: Path | str | None) -> Overrides:
    """Read an overrides file; a missing path gives no overrides."""
    if path is None:
        return Overrides()
    path = Path(path)
    try:
        data = path.read_bytes()
        doc = tomllib.loads(data.decode("utf-8"))
    except FileNotFoundError:
        raise OverridesError(f"{path}: no such overrides file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise OverridesError(f"{path}: not valid TOML ({err})") from None
    unknown = set(doc) - {"merge", "alias", "reject"}
    if unknown:
        raise OverridesError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}; use merge, alias, reject")
    try:
        merges = {}
        for i, t in enumerate(doc.get("merge", []), 1):
            into = as_key(t["into"])
            froms = t["from"] if isinstance(t["from"], list) else [t["from"]]
            for f in froms:
                merges[as_key(f)] = into
        aliases = []
        for t in doc.get("alias", []):
            key = as_key(t["entity"])
            known = _known_entry(key)
            typ = t.get("type") or (known.type if known else None)
            if typ not in ENTITY_TYPES:
                raise ValueError(f"alias '{t['name']}': give a type, one of {', '.join(ENTITY_TYPES)}")
            aliases.append(Alias(key, t["name"], typ, t.get("label") or (known.label if known else t["name"])))
        rejects = []
        for t in doc.get("reject", []):
            if t.get("type") and t["type"] not in ENTITY_TYPES:
                raise ValueError(f"reject '{t['text']}': unknown type {t['type']}")
            rejects.append(Reject(t["text"], t.get("type"), t.get("file")))
    except KeyError as err:
        raise OverridesError(f"{path}: a table lacks the field {err}") from None
    except (ValueError, TypeError) as err:
        raise OverridesError(f"{path}: {err}") from None
    return Overrides(merges, tuple(aliases), tuple(rejects), hashlib.sha256(data).hexdigest())


__all__ = ["Overrides", "OverridesError", "load", "Span"]
