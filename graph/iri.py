"""Deterministic IRIs: from stable keys (a TOOI or BWB id, else type + normalised name) and from
content hashes; never from build order.

>>> Minter("https://example.org/id/").entity("law:BWBR0015703")
rdflib.term.URIRef('https://example.org/id/law/BWBR0015703')
"""
from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from .vocab import DEFAULT_BASE


def short_hash(s: str, n: int = 16) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


class Minter:
    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        kind, _, rest = key.partition(":")
        rest = re.sub(r"[^A-Za-z0-9._~-]+", "-", rest).strip("-") or short_hash(key)
        return URIRef(f"{self.base}{kind}/{rest}")

    def document(self, sha256: str) -> URIRef:
        return URIRef(f"{self.base}doc/{sha256[:16]}")

    def letter(self, sha256: str, index: int) -> URIRef:
        return URIRef(f"{self.base}doc/{sha256[:16]}/letter/{index}")

    def graph(self, sha256: str) -> URIRef:
        return URIRef(f"{self.base}graph/{sha256[:16]}")

    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    def statement(self, kind: str, sha256: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}{kind.lower()}/{sha256[:16]}-{start}-{end}")

    def annotation(self, sha256: str, start: int, end: int, key: str) -> URIRef:
        return URIRef(f"{self.base}annotation/{sha256[:16]}-{start}-{end}-{short_hash(key, 8)}")

    def activity(self, version: str) -> URIRef:
        return URIRef(f"{self.base}activity/beleidsgraaf-{version}")
