"""The query library: one SPARQL query per .rq file in graph/queries/, its first comment line the
description. Values are bound through substitutions, never formatted into the query text."""
from __future__ import annotations

from importlib import resources


def names() -> list[str]:
    return sorted(p.name[:-3] for p in (resources.files("beleidsgraaf.graph") / "queries").iterdir()
                  if p.name.endswith(".rq"))


def load(name: str) -> str:
    path = resources.files("beleidsgraaf.graph") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise KeyError(f"no query named '{name}'; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def description(name: str) -> str:
    first = load(name).lstrip().splitlines()[0]
    return first.lstrip("# ").strip()
