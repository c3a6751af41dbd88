"""Derive beleidsgraaf's reference data (ontology/reference/*.csv) from ../shared/reference.

Run from the repository root: python tools/make_reference.py [--shared ../shared]
The output is committed: the package never reads ../shared at run time. Every output row keeps
the source cell of the row it came from, so each identifier can be traced back.
"""
from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ontology" / "reference"

# Organisation kinds of the polder crosswalk that name bodies a policy text cites as organisations.
# organisatieonderdeel (internal units), gemeenschappelijke-regeling and rwt (thousands of local
# foundations) are left out: their names collide with common words far more often than they help;
# only the units that have a TOOI identifier of their own (the Openbaar Ministerie, the IND, the RIVM)
# are bodies a policy text names as such.
ORG_KINDS = {"zbo", "agentschap", "adviescollege", "hoge-college", "inspectie", "rechterlijke-instantie",
             "politie", "provincie", "caribisch-openbaar-lichaam", "gemeente", "waterschap"}
# Municipalities and water boards are recognised only by their full name ("gemeente Utrecht"): their
# bare place name is far more often a place than the body.
BY_FULL_NAME_ONLY = {"gemeente", "waterschap"}
# Other names the crosswalk gives a body that belong to another body, left out: (slug, name) -> why.
WRONG_OTHER_NAMES = {
    ("zbo-ser", "Sociaal-economische en ruimtelijke statistieken"): "the name of a department of the CBS, which the "
                                                                    "crosswalk's row for the SER (oorg10223) carries",
    ("zbo-sbb", "Staatsbosbeheer"): "Staatsbosbeheer is a body of its own (Wet verzelfstandiging "
                                    "Staatsbosbeheer, BWBR0008904); it only shares the letters SBB with the "
                                    "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven",
    ("onderdeel-uht", "Herstel"): "a word of every sentence on recovery ('Herstel van vertrouwen'), not the "
                                  "organisation's name on its own",
}
# Units without a TOOI identifier of their own that policy texts name as bodies in their own right, by
# name and abbreviation: slug -> why.
WANTED_UNITS = {
    "onderdeel-cpb": "the Centraal Planbureau, one of the three planning offices whose forecasts texts cite",
    "onderdeel-aivd": "the Algemene Inlichtingen- en Veiligheidsdienst, a service with its own statutory tasks (Wiv 2017)",
    "onderdeel-nctv": "the Nationaal Coördinator Terrorismebestrijding en Veiligheid, which publishes in its own name",
    "pbl": "the Planbureau voor de Leefomgeving, the third of the planning offices (with the CPB and the SCP)",
    "onderdeel-koninklijke-marechaussee-min-def": "the Koninklijke Marechaussee, a police force with tasks of its own (Politiewet 2012, art. 4)",
    "prorail": "ProRail, which manages the main railway network under the Spoorwegwet",
    "stichting-prodemos-huis-voor-democratie-en-rechtsstaat": "ProDemos, the house for democracy and the rule of law, which texts name for its civic education",
    "agentschap-adr": "the Auditdienst Rijk, the central government's internal auditor, which audits and reports in its own name",
    "onderdeel-algemene-bestuursdienst-min-bzk": "the Algemene Bestuursdienst, the senior civil service that texts on the civil service name",
    "onderdeel-bureau-ncdr-min-bzk": "the office of the Nationaal Coördinator tegen Discriminatie en Racisme, a post set up in 2021",
    "onderdeel-dosco-min-defensie": "the Defensie Ondersteuningscommando, the armed forces' support command",
    "onderdeel-commando-landstrijdkrachten-clas": "the army's command, which texts call the Koninklijke Landmacht",
    "onderdeel-commando-zeestrijdkrachten-czsk": "the navy's command, which texts call the Koninklijke Marine",
    "onderdeel-commando-lucht-en-ruimtestrijdkrachten": "the air force's command, which texts call the Koninklijke Luchtmacht",
    "onderdeel-commando-materieel-en-it": "the armed forces' command for equipment and IT (COMMIT), successor of the DMO",
    "onderdeel-b-fiod": "the FIOD, the tax authority's criminal investigation service",
    "onderdeel-kim-min-ienw": "the Kennisinstituut voor Mobiliteitsbeleid, which publishes its forecasts in its own name",
    "onderdeel-stichting-reclassering-nederland": "Reclassering Nederland, the probation service, with tasks of its own",
    "onderdeel-slachtofferhulp-nederland": "Slachtofferhulp Nederland, which supports victims of crime by law "
                                           "(Wetboek van Strafvordering, art. 51aa)",
    "onderdeel-team-kinderombudsman": "the Kinderombudsman, who reports in the ombudsman's name on children's rights",
    "onderdeel-uht": "the Uitvoeringsorganisatie Herstel Toeslagen, which carries out the recovery operation for the "
                     "parents of the childcare benefits affair and reports on it in its own name",
}
# Abbreviations the crosswalk lacks for a body, as texts write them: slug -> abbreviations.
EXTRA_ABBREVIATIONS = {
    "zbo-kvk": ["KvK"],      # the crosswalk writes KVK; the Kamer van Koophandel writes KvK
    "onderdeel-koninklijke-marechaussee-min-def": ["KMar"],
    "agentschap-adr": ["ADR"],
    "onderdeel-algemene-bestuursdienst-min-bzk": ["ABD"],
    "onderdeel-bureau-ncdr-min-bzk": ["NCDR"],
    "onderdeel-commando-landstrijdkrachten-clas": ["CLAS"],
    "onderdeel-commando-zeestrijdkrachten-czsk": ["CZSK"],
    "onderdeel-commando-lucht-en-ruimtestrijdkrachten": ["CLSK"],
    "onderdeel-commando-materieel-en-it": ["COMMIT"],
    "onderdeel-wodc-min-jenv": ["WODC"],
    "onderdeel-kim-min-ienw": ["KiM"],
    "onderdeel-om": ["OM"],   # "het OM", as om.nl and every text on criminal justice write it (two letters: kept as given)
}
# Names a body goes by that the crosswalk (or the shared identifiers) lacks: slug or key -> names (the armed
# forces by their common names, as defensie.nl names them; the coordinator by the post the office serves).
EXTRA_NAMES = {
    "onderdeel-bureau-ncdr-min-bzk": ["Nationaal Coördinator tegen Discriminatie en Racisme"],
    "onderdeel-commando-landstrijdkrachten-clas": ["Koninklijke Landmacht", "Landmacht"],
    "onderdeel-commando-zeestrijdkrachten-czsk": ["Koninklijke Marine"],
    "onderdeel-commando-lucht-en-ruimtestrijdkrachten": ["Koninklijke Luchtmacht", "Luchtmacht"],
    "onderdeel-uht": ["Uitvoeringsorganisatie Herstel Toeslagen"],   # the crosswalk opens its name with "Directie"
    "sociaal-en-cultureel-planbureau": ["Sociaal Cultureel Planbureau"],   # as texts often write it, without "en"
    "politie": ["Nationale Politie"],                          # the national police force, as politie.nl names it
    "onderdeel-stichting-reclassering-nederland": ["Reclassering Nederland"],
    "onderdeel-team-kinderombudsman": ["Kinderombudsman", "Kinderombudsvrouw"],
    "zbo-zinl": ["Zorginstituut"],                         # as texts shorten it: "het Zorginstituut"
    # its advisory division, which texts name in full and then as "de Afdeling" (the judicial division, Afdeling
    # bestuursrechtspraak, is a unit of its own in the crosswalk)
    "raad-van-state": ["Afdeling advisering van de Raad van State"],
}
# Regulation kinds whose citation titles are looked for in the text.
LAW_KINDS = {"wet", "rijkswet", "AMvB", "wet-BES", "KB", "verdrag", "ministeriele-regeling"}


def ministries(shared: Path) -> list[dict]:
    rows = defaultdict(dict)
    for r in csv.DictReader(open(shared / "reference" / "identifiers.csv", encoding="utf-8")):
        if r["kind"] != "ministry":
            continue
        name = r["canonical_name"]
        item = rows[name]
        item.setdefault("name", name)
        item.setdefault("abbreviations", r["abbreviations"])
        item.setdefault("source", r["source"].split(" | ")[0].split(" (")[0])
        item[r["scheme"]] = r["identifier"]
    out = []
    for name, item in rows.items():
        m = re.search(r"\((?:tot (\d{4}(?:-\d\d-\d\d)?)|(\d{4}(?:-\d\d-\d\d)?)[–-](\d{4}(?:-\d\d-\d\d)?))", name)
        until = (m.group(1) or m.group(3)) if m else ""
        since = (m.group(2) or "") if m else ""
        base = re.sub(r"\s*\(.*\)$", "", name)
        tooi = item.get("tooi") or item.get("tooi_historische_versie", "")
        out.append({"name": base, "abbreviations": item["abbreviations"], "tooi": tooi,
                    "historical": "yes" if (until or "tooi_historische_versie" in item) else "",
                    "valid_from": since, "valid_until": until, "wikidata": item.get("wikidata", ""),
                    "source": item["source"]})
    return out


def _ascii(s: str) -> str:
    """The text without its accents: "coördinator" is "coordinator"."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def organisations(shared: Path) -> list[dict]:
    out = []
    seen = set()
    for r in csv.DictReader(open(shared / "reference" / "identifiers.csv", encoding="utf-8")):
        if r["kind"] != "organisation" or r["canonical_name"] in seen:
            continue
        seen.add(r["canonical_name"])
        ids = {x["scheme"]: x["identifier"] for x in csv.DictReader(open(shared / "reference" / "identifiers.csv", encoding="utf-8"))
               if x["canonical_name"] == r["canonical_name"]}
        name = re.sub(r"\s*\(.*\)$", "", r["canonical_name"])
        # (an ASCII key, since it may become an IRI: "nationaal-coordinator-groningen")
        key = re.sub(r"[^a-z0-9]+", "-", _ascii(name.lower())).strip("-")
        out.append({"key": key, "name": name,
                    "abbreviations": r["abbreviations"], "other_names": ";".join(EXTRA_NAMES.get(key, [])),
                    "kind": "identifiers",
                    "tooi": ids.get("tooi", ""), "wikidata": ids.get("wikidata", ""),
                    "source": r["source"].split(" | ")[0]})
    names = {o["name"].lower() for o in out}
    # a body the verified identifiers already have (by its TOOI id) keeps their row, with the crosswalk's names
    # for it added ("Directoraat-generaal Toeslagen" for the Dienst Toeslagen), unless the crosswalk names it
    # wrongly (its row for the SER is named after a CBS department)
    verified = {o["tooi"]: o for o in out if o["tooi"]}
    for r in csv.DictReader(open(shared / "reference" / "organisations.csv", encoding="utf-8")):
        if r["tooi"] and r["tooi"] in verified:
            row = verified[r["tooi"]]
            known = {row["name"].lower(), *(n.lower() for n in row["other_names"].split(";") if n)}
            extra = [n for n in [r["name"]] + r["other_names"].split(";")
                     if n and n.lower() not in known and (r["slug"], n) not in WRONG_OTHER_NAMES]
            row["other_names"] = ";".join(n for n in row["other_names"].split(";") + extra if n)
            continue
        if r["kind"] not in ORG_KINDS and not (r["kind"] == "organisatieonderdeel" and r["tooi"]) \
                and r["slug"] not in WANTED_UNITS or r["valid_until"] and r["valid_until"] < "2000":
            continue
        # "Immigratie- en Naturalisatiedienst (IND)": the abbreviation is written in the name
        bracketed = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z]{2,9})\)", r["name"])
        name = bracketed.group(1) if bracketed else r["name"]
        if name.lower() in names:
            continue
        names.add(name.lower())
        abbrs = ";".join(dict.fromkeys(a for a in r["abbreviations"].split(";") + ([bracketed.group(2)] if bracketed else [])
                         + EXTRA_ABBREVIATIONS.get(r["slug"], [])
                         if (len(a) >= 3 or a in EXTRA_ABBREVIATIONS.get(r["slug"], []))
                         and a[0].isupper() and sum(c.isupper() for c in a) >= 2))
        full_only = r["kind"] in BY_FULL_NAME_ONLY
        # the crosswalk names some (mostly former) municipalities and water boards by the place alone ("Echt",
        # "De Dommel"); their full name says what they are, so that the bare place name is no match
        if full_only and not re.match(r"(?i)(?:gemeente|waterschap|hoogheemraadschap|wetterskip)\b", name):
            name = ("Gemeente " if r["kind"] == "gemeente" else "Waterschap ") + name
        other = ";".join(o for o in r["other_names"].split(";") if (r["slug"], o) not in WRONG_OTHER_NAMES)
        if r["kind"] == "organisatieonderdeel":
            # a unit's other names are sometimes its group ("Diensten en Agentschappen"): keep those
            # that share a word with its name ("Douane" for the Directoraat-generaal Douane)
            words = {w for w in re.findall(r"\w{4,}", name.lower())}
            other = ";".join(o for o in other.split(";") if words & set(re.findall(r"\w{4,}", o.lower())))
        other = ";".join(o for o in other.split(";") + EXTRA_NAMES.get(r["slug"], []) if o)
        out.append({"key": r["slug"], "name": name, "abbreviations": "" if full_only else abbrs,
                    "other_names": "" if full_only else other, "kind": r["kind"], "tooi": r["tooi"],
                    "wikidata": r["wikidata"],
                    "source": "anneschuth/polder@82b2d3b (via shared/reference/organisations.csv, slug " + r["slug"] + ")"})
    return out


# a formal title: "Wet van 3 maart 1881", "Besluit van 6 juni 1888, tot …"
_FORMAL_TITLE = re.compile(r"^(?:Rijkswet|Wet|Besluit|Koninklijk besluit|Regeling|Beschikking|Verdrag)\s+van\s+\d", re.I)
# the citation title a formal title gives in brackets at its end: "… van een nieuwe Politiewet (Politiewet 2012)"
_BRACKETED_TITLE = re.compile(r"\((?P<t>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7})\)\s*$")


def citation_title(title: str) -> str:
    """The name a regulation is cited by when the source gives no short title: the title itself when it is
    no formal one ("Burgerlijk Wetboek Boek 1, Personen- en familierecht"), or the citation title a formal
    title ends with in brackets; else none."""
    title = title.strip()
    if not _FORMAL_TITLE.match(title):
        return title if re.search(r"(?i)wet(?:boek)?\b", title) else ""
    m = _BRACKETED_TITLE.search(title)
    return m.group("t") if m and re.search(r"(?i)(?:wet|besluit|regeling|wetboek)\b", m.group("t")) else ""


def laws(shared: Path) -> list[dict]:
    out = {}
    for r in csv.DictReader(open(shared / "reference" / "identifiers.csv", encoding="utf-8")):
        if r["scheme"] != "bwb":
            continue
        name = re.sub(r"\s*\(.*\)$", "", r["canonical_name"]).strip()
        abbrs = [a for a in r["abbreviations"].split(";") if a and "(" not in a and len(a) <= 40]
        out[r["identifier"]] = {"bwb_id": r["identifier"], "name": name, "abbreviations": ";".join(abbrs),
                                "kind": r["kind"], "source": r["source"].split(" | ")[0]}
    for r in csv.DictReader(open(shared / "reference" / "laws.csv", encoding="utf-8")):
        # an act without a short title is cited by its own title when that is no formal one (not a
        # ministerial regulation: their long titles read as ordinary phrases, "Aanwijzing opsporingsambtenaren")
        title = r["short_title"].strip() or (citation_title(r["title"]) if r["kind"] in ("wet", "rijkswet", "wet-BES") else "")
        if r["bwb_id"] in out or r["kind"] not in LAW_KINDS or not title:
            continue
        if len(title.split()) > 8 or len(title) < 6 or not title[0].isupper():
            continue
        if r["kind"] == "ministeriele-regeling" and r["valid_until"]:
            continue
        out[r["bwb_id"]] = {"bwb_id": r["bwb_id"], "name": title, "abbreviations": r["abbreviations"],
                            "kind": r["kind"], "source": r["source"].split(" | ")[0]}
    return sorted(out.values(), key=lambda x: x["bwb_id"])


def write(name: str, rows: list[dict]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = ap.parse_args()
    write("ministries.csv", ministries(args.shared))
    write("organisations.csv", organisations(args.shared))
    write("laws.csv", laws(args.shared))


if __name__ == "__main__":
    main()
