"""SPARQL queries kept as .rq files in the package.

``graph/queries/*.rq`` are the queries beleidsgraaf itself runs (stats, labels, views);
``graph/queries/library/*.rq`` is the query library users run by name (``beleidsgraaf query --name``).
A library query's first comment line is its description; ``# param NAME TYPE [= DEFAULT]: text``
lines declare its parameters (TYPE: text, date, integer, iri; a date may default to ``today``; an
empty text leaves the parameter unbound, so the query's ``!BOUND(?p) || …`` filters let everything
through).
Values are bound as typed RDF terms in a VALUES block at the top of the first ``WHERE {`` (a query
whose parameters belong in a sub-select leaves the outer WHERE keyword out, which SPARQL allows, so
the block lands where the values narrow the search first): each term is
made and serialised by pyoxigraph, so a value is always data, never query syntax. (pyoxigraph's own
substitutions bind only projected variables and, measured on the corpus store, made a two-entity
query 170 times slower than the same bindings as inline data.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import resources

import pyoxigraph as ox

_PARAM = re.compile(r"^#\s*param\s+(?P<name>[A-Za-z_]\w*)\s+(?P<type>text|date|integer|iri)"
                    r"(?:\s*=\s*(?P<default>\"[^\"]*\"|\S+))?\s*:\s*(?P<doc>.*)$")
XSD = "http://www.w3.org/2001/XMLSchema#"


def _dir(sub: str = ""):
    base = resources.files("beleidsgraaf.graph") / "queries"
    return base / sub if sub else base


def names() -> list[str]:
    return sorted(p.name[:-3] for p in _dir().iterdir() if p.name.endswith(".rq"))


def load(name: str) -> str:
    path = _dir() / f"{name}.rq"
    if not path.is_file():
        raise KeyError(f"no query named '{name}'; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None       # None: required
    doc: str


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bindings(self, given: dict[str, str] | None = None, today: date | None = None) -> dict:
        """Typed terms (pyoxigraph) for ``given`` values (strings), defaults filled in; unknown or
        missing parameters and malformed values raise ValueError."""
        given = dict(given or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ValueError(f"query '{self.name}' has no parameter {', '.join(unknown)}; "
                             f"it takes: {', '.join(sorted(known)) or 'none'}")
        out = {}
        for p in self.params:
            value = given.get(p.name, p.default)
            if value is None:
                raise ValueError(f"query '{self.name}' needs --param {p.name}=… ({p.doc})")
            out[p.name] = _term(p, value, today or date.today())
        return out

    def bound(self, given: dict[str, str] | None = None, today: date | None = None) -> str:
        """The query with its parameters bound (see the module's docstring)."""
        terms = self.bindings(given, today)
        if not terms:
            return self.text
        # an empty text is no filter at all: UNDEF (Virtuoso, unlike Oxigraph, finds "" in no string)
        block = ("VALUES (" + " ".join("?" + n for n in terms) + ") { ("
                 + " ".join("UNDEF" if t is None else str(t) for t in terms.values()) + ") }")
        return self.text.replace("WHERE {", "WHERE {\n  " + block, 1)


def _term(p: Param, value: str, today: date):
    if p.type == "text":
        return ox.Literal(value) if value else None
    if p.type == "date":
        day = today.isoformat() if value == "today" else value
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            raise ValueError(f"parameter {p.name}: '{value}' is not a date (YYYY-MM-DD)")
        date.fromisoformat(day)
        return ox.Literal(day, datatype=ox.NamedNode(XSD + "date"))
    if p.type == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ValueError(f"parameter {p.name}: '{value}' is not an integer")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if not re.fullmatch(r"https?://\S+", value):
        raise ValueError(f"parameter {p.name}: '{value}' is not an http(s) IRI")
    return ox.NamedNode(value)


def library() -> dict[str, LibraryQuery]:
    out = {}
    for path in sorted(_dir("library").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".rq"):
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        description = lines[0].lstrip("# ").strip()
        params = []
        for line in lines[1:]:
            m = _PARAM.match(line.strip())
            if m:
                default = m.group("default")
                if default is not None and default.startswith('"'):
                    default = default[1:-1]
                params.append(Param(m.group("name"), m.group("type"), default, m.group("doc").strip()))
        if params and "WHERE {" not in text:
            raise ValueError(f"{path.name}: a query with parameters needs a 'WHERE {{' to bind them in")
        out[path.name[:-3]] = LibraryQuery(path.name[:-3], description, tuple(params), text)
    return out


def library_query(name: str) -> LibraryQuery:
    lib = library()
    if name not in lib:
        raise KeyError(f"no library query named '{name}'; known: {', '.join(lib)}")
    return lib[name]
