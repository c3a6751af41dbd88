"""Reference data -> compiled matchers.

The reference tables live in ``ontology/reference/`` (each row keeps its source). A
:class:`Gazetteer` holds entries (an entity with its names) and finds them in a text token by
token, longest name first, whatever spaces, line breaks, case or accents differ between them.
Short all-capital names (abbreviations) must match case exactly; one-word names must match with
their capital letter.

>>> g = Gazetteer([Entry("law:BWBR0045337", "Law", "Wet gemeentelijke schuldhulpverlening",
...                      names=("Wet gemeentelijke schuldhulpverlening",))])
>>> [(m.key, m.start, m.end) for m in g.find("De wet Gemeentelijke\\nschuldhulpverlening geldt.")]
[('law:BWBR0045337', 3, 40)]
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

_TOKEN = re.compile(r"[^\W_]+|&")


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Case- and accent-folded form of a token (cached: the same words recur in every document)."""
    if s.isascii():
        return s.casefold()
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


_WORDLESS = re.compile(r"\W")
_WORDS = re.compile(r"[^\W_]+")
_BAD_SEPARATOR = re.compile(r"[^\s\-/&'’.,]")


def tokens(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s)]


@lru_cache(maxsize=4)
def _tokenised(s: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Tokens and their folded forms (cached: the gazetteers each look through the same text)."""
    toks = tokens(s)
    return toks, [fold(t) for _, _, t in toks]


@dataclass(frozen=True)
class Entry:
    key: str
    type: str
    label: str
    notation: str | None = None
    same_as: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    context_only: tuple[str, ...] = ()   # names valid only after "minister(ie) van" and the like
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Hit:
    key: str
    start: int
    end: int
    name: str


@dataclass
class Gazetteer:
    entries: list[Entry]
    _index: dict = field(default_factory=dict, repr=False)
    _lengths: dict = field(default_factory=dict, repr=False)
    by_key: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for e in self.entries:
            self.by_key[e.key] = e
            for name in e.names:
                self._add(name, e.key)
        self._lengths = {first: sorted(by_length, reverse=True) for first, by_length in self._index.items()}

    def _add(self, name: str, key: str) -> None:
        toks = tokens(name)
        if not toks:
            return
        folded = tuple(fold(t) for _, _, t in toks)
        # a short abbreviation, or a name spelt with brackets ("Ieder(in)"), is matched as written; a name of one
        # word only when capitalised, and one of two capitalised words only when its last is ("Per Saldo",
        # "provincie Groningen"): "voor ieder in Nederland", "per saldo" and "aedes" are words
        exact = len(name) <= 6 and name.upper() == name or len(toks) == 1 and len(name) <= 4 or "(" in name
        capital = len(toks) == 1 and name[:1].isupper() or len(toks) == 2 and all(t[:1].isupper() for _, _, t in toks)
        # first token -> number of tokens -> folded name -> candidates (in the order added): a lookup
        # per length at each token, however many names share a first word ("wet", "stichting")
        by_length = self._index.setdefault(folded[0], {})
        by_length.setdefault(len(folded), {}).setdefault(folded, []).append((key, name, exact, capital))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        toks, folded = _tokenised(text[start:end] if end is not None else text[start:])
        hits = []
        index = self._index
        following = 0     # the first token not inside the last hit
        # only a token that opens some name can start a match: look at those alone
        for i in [i for i, f in enumerate(folded) if f in index]:
            if i < following:
                continue
            best = None
            by_length = index[folded[i]]
            for n in self._lengths[folded[i]]:
                for key, name, exact, capital in by_length[n].get(tuple(folded[i:i + n]), ()):
                    s, e = toks[i][0], toks[i + n - 1][1]
                    bracketed = "(" in name
                    if bracketed and name.endswith(")") and text[start + e:start + e + 1] == ")":
                        e += 1        # "Ieder(in)": the closing bracket is part of the name
                    surface = text[start + s:start + e]
                    if exact and _WORDLESS.sub("", surface) != _WORDLESS.sub("", name):
                        continue
                    if capital and not toks[i + n - 1][2][:1].isupper():
                        continue
                    # a separator inside the match must be white space, a hyphen, a slash or an ampersand (or
                    # the brackets of a name spelt with them, as written)
                    if bracketed and surface == name:
                        pass
                    elif _BAD_SEPARATOR.search(_WORDS.sub("", surface)):
                        continue
                    best = (n, key, s, e, name)
                    break
                if best:
                    break
            if best:
                n, key, s, e, name = best
                # do not match inside a longer word ("Wmo" in "Wmo-loket" is fine, "AR" in "ARtikel" is not)
                hits.append(Hit(key, start + s, start + e, name))
                following = i + n
        return hits


def _rows(name: str) -> list[dict]:
    ref = resources.files("beleidsgraaf.ontology") / "reference" / name
    with ref.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


MINISTRY_CONTEXT_ONLY = {"AZ", "BZ", "EZ", "Fin", "FIN", "Def", "DEF", "VW", "BuZa", "MinJus"}


@lru_cache(maxsize=1)
def ministries() -> Gazetteer:
    """Ministries keyed by the TOOI code of their current incarnation; old names resolve to it."""
    rows = _rows("ministries.csv")
    current = [r for r in rows if not r["historical"]]
    entries: dict[str, dict] = {}
    for r in rows:
        abbrs = _split(r["abbreviations"])
        home = r
        if r["historical"]:
            for c in current:
                if set(abbrs) & set(_split(c["abbreviations"])):
                    home = c
                    break
        code = home["tooi"].rsplit("/", 1)[-1]
        e = entries.setdefault(code, {"label": home["name"], "notation": _split(home["abbreviations"])[0].upper(),
                                      "same_as": set(), "names": set(), "context": set()})
        if home is r:
            e["same_as"].add(r["tooi"])
            if r["wikidata"]:
                e["same_as"].add("http://www.wikidata.org/entity/" + r["wikidata"])
        dept = re.sub(r"^Ministerie van ", "", r["name"])
        e["names"].update({r["name"], dept})
        m = re.match(r"^(\w+ Zaken) en ", dept)
        if m:
            e["names"].add(m.group(1))
        for a in abbrs:
            (e["context"] if a in MINISTRY_CONTEXT_ONLY else e["names"]).add(a)
            if "en" in a[1:-1] and a[:1].isupper():
                e["names"].add(a.replace("en", "&"))          # JenV -> J&V, IenW -> I&W
    if "mnre1058" in entries:
        entries["mnre1058"]["names"].update({"J&V", "JenV", "V&J"})
    out = []
    for code, e in sorted(entries.items()):
        out.append(Entry(key=f"ministry:{code}", type="Ministry", label=e["label"], notation=e["notation"],
                         same_as=tuple(sorted(e["same_as"])), names=tuple(sorted(e["names"])),
                         context_only=tuple(sorted(e["context"]))))
    return Gazetteer(out)


@dataclass(frozen=True)
class Incarnation:
    """One organisational form of a ministry: its TOOI resource, names and period of validity."""

    tooi: str
    names: frozenset
    valid_from: str
    valid_until: str


@lru_cache(maxsize=1)
def ministry_incarnations() -> dict[str, tuple[Incarnation, ...]]:
    """Ministry key -> the TOOI resources of its lineage, current one last (no dates)."""
    g = ministries()
    out: dict[str, list[Incarnation]] = {}
    for r in _rows("ministries.csv"):
        hits = g.find(r["name"])
        key = next((h.key for h in hits if h.start == 0 and h.end == len(r["name"])), None)
        if key is None:
            continue
        dept = re.sub(r"^Ministerie van ", "", r["name"])
        names = frozenset(fold(n) for n in [r["name"], dept] + _split(r["abbreviations"]))
        out.setdefault(key, []).append(Incarnation(r["tooi"], names, r["valid_from"], r["valid_until"]))
    return {k: tuple(sorted(v, key=lambda i: (not i.valid_until and not i.valid_from, i.valid_from)))
            for k, v in out.items()}


def ministry_tooi_on(key: str, surface: str, on) -> str | None:
    """The TOOI resource of ministry ``key`` as it was organised on date ``on`` (a date or None),
    preferring the incarnation that bears the name used (EZK in 2020 -> Economische Zaken en Klimaat)."""
    lineage = ministry_incarnations().get(key, ())
    if not lineage:
        return None
    current = [i for i in lineage if not i.valid_from and not i.valid_until]
    if on is None:
        return current[-1].tooi if current else lineage[-1].tooi
    day = on.isoformat()

    def valid(i: Incarnation) -> bool:
        start = i.valid_from or "0000"
        end = i.valid_until or "9999"
        # a bare year as end means "during that year"
        return start <= day and (day < end if len(end) > 4 else day[:4] <= end)
    dated = [i for i in lineage if (i.valid_from or i.valid_until) and valid(i)]
    folded = fold(re.sub(r"^(?:het\s+)?ministerie\s+van\s+", "", surface, flags=re.I))
    named = [i for i in dated if folded in i.names or fold(surface) in i.names]
    if named:
        return named[0].tooi
    if dated:
        return dated[0].tooi
    return current[-1].tooi if current else None


# the article after "voor" or "van" in a body's name, which texts often leave out: "Raad voor (het) openbaar bestuur"
_INNER_ARTICLE = re.compile(r"(?:(?<=\bvoor )|(?<=\bvan ))(?:het|de|der) (?=\w)")


@lru_cache(maxsize=1)
def organisations() -> Gazetteer:
    out = []
    rows = _rows("organisations.csv") + _rows("other_organisations.csv")
    taken = {fold(n) for r in rows for n in [r["name"]] + _split(r["other_names"])}
    for r in rows:
        names = [r["name"]] + _split(r["abbreviations"])
        names += [n for n in _split(r["other_names"]) if len(n) > 4 and not n.startswith("Hoofd")]
        # a long name without its inner article, unless that is another body's name
        names += [v for n in names if (v := _INNER_ARTICLE.sub("", n)) != n and fold(v) not in taken]
        if r["kind"] == "provincie":
            names.append(r["name"])
        same = []
        if r["tooi"]:
            same.append(r["tooi"])
        if r["wikidata"]:
            same.append("http://www.wikidata.org/entity/" + r["wikidata"])
        key = "organisation:" + (r["tooi"].rsplit("/", 1)[-1] if r["tooi"] else r["key"])
        abbrs = _split(r["abbreviations"])
        # two letters name a body only as its abbreviation: an international one's ("de EU", "de VN"), or the few
        # the reference data gives a Dutch body because texts write it that short ("het OM", "de BD"); other
        # two-letter names collide with words and codes (a party's, "SP", only after a member's name: recognise)
        out.append(Entry(key=key, type="Organisation", label=r["name"], notation=abbrs[0] if abbrs else None,
                         same_as=tuple(same), names=tuple(dict.fromkeys(
                             n for n in names if len(n) >= 3 or n in abbrs and r["kind"] != "partij"))))
    return Gazetteer(out)


@lru_cache(maxsize=1)
def programmes() -> Gazetteer:
    """National programmes and agreements texts often name by their letters alone ("het NPLG", "het IZA") or
    in lower case ("de maatschappelijke diensttijd")."""
    out = []
    for r in _rows("programmes.csv"):
        abbrs = _split(r["abbreviations"])
        names = [r["name"]] + abbrs + _split(r["other_names"])
        out.append(Entry(key="programme:" + r["key"], type="Programme", label=r["name"],
                         notation=abbrs[0] if abbrs else None, names=tuple(dict.fromkeys(names))))
    return Gazetteer(out)


@lru_cache(maxsize=1)
def posts() -> dict[str, str]:
    """A minister's post without a department of its name ("minister voor Armoedebeleid, Participatie en
    Pensioenen", folded) -> the key of the ministry it is seated at."""
    g = ministries()
    out = {}
    for r in _rows("posts.csv"):
        hit = next(iter(g.find(r["ministry"])), None)
        if hit is not None:
            out[fold(r["post"])] = hit.key
    return out


def post_ministry(post: str) -> str | None:
    """The ministry a post is seated at, from the words after "minister voor" (which may run on: "…
    Pensioenen, mede namens …")."""
    folded = fold(post)
    return next((key for name, key in sorted(posts().items(), key=lambda kv: -len(kv[0]))
                 if folded.startswith(name) and not folded[len(name):len(name) + 1].isalnum()), None)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common Dutch given names: a capitalised word is a person's given name only when it is one of these."""
    return frozenset(r["name"] for r in _rows("given_names.csv"))


@lru_cache(maxsize=1)
def civil_code_books() -> dict[str, Entry]:
    """The books of the Burgerlijk Wetboek by their number ("7", "7a"), each an act with its own BWB id
    ("Burgerlijk Wetboek Boek 7, Bijzondere overeenkomsten")."""
    out = {}
    for e in laws().by_key.values():
        m = re.match(r"Burgerlijk Wetboek Boek (\d{1,2}[a-z]?),", e.label)
        if m:
            out[m.group(1).lower()] = e
    return out


@lru_cache(maxsize=1)
def not_dutch_government() -> frozenset[str]:
    """Keys of the bodies of the reference data that never act for the Dutch government: international
    bodies, the EU's institutions and Council configurations, political parties, the social partners, and
    the knowledge institutes, universities and civil-society organisations a policy text names."""
    return frozenset("organisation:" + r["key"] for r in _rows("other_organisations.csv")
                     if r["kind"] in NOT_GOVERNMENT_KINDS)


@lru_cache(maxsize=1)
def cabinet_bodies() -> frozenset[str]:
    """Keys of the bodies that, when they act, are the cabinet: the ministerraad."""
    return frozenset("organisation:" + r["key"] for r in _rows("other_organisations.csv") if r["kind"] == "regering")


# the kinds of other_organisations.csv whose bodies never act for the Dutch government
NOT_GOVERNMENT_KINDS = frozenset({"internationaal", "eu-raadsformatie", "partij", "sociale-partner", "kennisinstituut",
                                  "universiteit", "koepelorganisatie", "maatschappelijke-organisatie",
                                  "beroepsorganisatie", "brancheorganisatie"})


@lru_cache(maxsize=1)
def laws() -> Gazetteer:
    out = []
    extra: dict[str, list[str]] = {}
    for r in _rows("law_abbreviations.csv"):
        extra.setdefault(r["bwb_id"], []).append(r["abbreviation"])
    # the generated table, and the citation titles of acts whose source gives only a formal title
    rows = list(_rows("laws.csv")) + list(_rows("law_titles.csv"))
    # "Wet maatschappelijke ondersteuning 2015" replaced "Wet maatschappelijke ondersteuning": a text that
    # names the law without its year means the one in force, so the bare title is the newer law's too
    titles = {r["name"] for r in rows}
    renewed = {}
    for r in rows:
        m = re.fullmatch(r"(.+) ((?:19|20)\d\d)", r["name"])
        if m and m.group(1) in titles and renewed.get(m.group(1), ("", ""))[0] < m.group(2):
            renewed[m.group(1)] = (m.group(2), r["bwb_id"])
    for old, (_, successor) in renewed.items():
        extra.setdefault(successor, []).append(old)
    for r in rows:
        if r["name"] in renewed:
            continue
        names = [r["name"]] + _split(r["abbreviations"]) + [a for a in extra.get(r["bwb_id"], ())
                                                            if a not in _split(r["abbreviations"])]
        # a book of a code by its number alone: "Burgerlijk Wetboek Boek 7, Bijzondere overeenkomsten"
        book = re.match(r"(.+\bBoek \d+\w?),", r["name"])
        if book:
            names.append(book.group(1))
        out.append(Entry(key=f"law:{r['bwb_id']}", type="Law", label=r["name"],
                         notation=(_split(r["abbreviations"]) or [None])[0],
                         same_as=(f"https://wetten.overheid.nl/{r['bwb_id']}",), names=tuple(names)))
    for r in _rows("eu_acts.csv"):
        names = [r["name"]] + _split(r["abbreviations"]) + _split(r["other_names"])
        # the kind may also come first: "AI-verordening" is "de verordening AI", "NIS2-richtlijn" "de richtlijn NIS2"
        names += [f"{m.group(2)} {m.group(1)}" for n in list(names)
                  if (m := re.fullmatch(r"(\S+)-(verordening|richtlijn)", n))]
        out.append(Entry(key=eu_act_key(r["kind"], r["year"], r["number"]), type="Law", label=r["name"],
                         notation=(_split(r["abbreviations"]) or [None])[0],
                         same_as=(eu_act_eli(r["kind"], r["year"], r["number"]),), names=tuple(names)))
    return Gazetteer(out)


def eu_act_key(kind: str, year: str, number: str) -> str:
    """One key for an EU regulation or directive, by its kind and number, however a text names it."""
    return f"law:eu-{kind}-{year}-{int(number)}"


def eu_act_eli(kind: str, year: str, number: str) -> str:
    """The act's European Legislation Identifier (ELI), the public URI the Publications Office gives it."""
    return f"http://data.europa.eu/eli/{kind}/{year}/{int(number)}/oj"
