"""Write a synthetic corpus of policy documents in the style of the development corpus, for the build
benchmarks: kamerbrieven with a letterhead, answers to parliamentary questions, action tables with
numbered rows and a "Stand van zaken" column, and letters from organisations; page furniture,
footnote markers and line-break hyphenation included. Names, numbers, dates and sentences vary (drawn
from the reference data and from word lists below, with a fixed seed), so recognition and resolution
do realistic work.

    python benchmarks/generate_corpus.py OUT_DIR --mb 10 [--seed 1]
"""
from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT / "ontology" / "reference"
GIVEN = ["Anna", "Pieter", "Fatima", "Jan", "Sanne", "Mohamed", "Eva", "Daan", "Lotte", "Bram", "Noor", "Ruben",
         "Iris", "Thijs", "Yara", "Koen", "Femke", "Sem", "Lieke", "Milan"]
FAMILY = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
          "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "van Dijk"]
TOPICS = ["schulden", "bestaanszekerheid", "dienstverlening", "toegang tot het recht", "jeugdzorg", "wonen",
          "armoede", "werk en inkomen", "digitale overheid", "mantelzorg", "inburgering", "toeslagen"]
VERBS = ["uitwerken", "onderzoeken", "evalueren", "aanpassen", "versterken", "vereenvoudigen", "uitbreiden",
         "invoeren", "herzien", "verbeteren"]
OBJECTS = ["de aanpak van {t}", "de regels rond {t}", "de ondersteuning bij {t}", "het loket voor {t}",
           "de samenwerking met gemeenten op het gebied van {t}", "de monitoring van {t}"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
STATUS = ["Afgerond.", "Loopt; de uitwerking volgt in {q} {y}.", "Gestart in {m} {y}.",
          "Het wetsvoorstel wordt voor de zomer van {y} ingediend.", "Deze actie is vertraagd."]


def _rows(name: str) -> list[dict]:
    with open(REF / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class Writer:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.ministries = [r["name"] for r in _rows("ministries.csv") if not r["historical"]]
        self.laws = [r["name"] for r in _rows("laws.csv") if r["kind"] in ("wet", "law") and len(r["name"]) < 60]
        self.orgs = [r["name"] for r in _rows("organisations.csv") if r["kind"] not in ("gemeente", "waterschap")]
        self.towns = [r["name"][9:] for r in _rows("organisations.csv") if r["kind"] == "gemeente"]

    def day(self) -> date:
        return date(2019, 1, 1) + timedelta(days=self.r.randrange(2500))

    def say(self, d: date) -> str:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def person(self) -> str:
        return f"{self.r.choice(GIVEN)} {self.r.choice(FAMILY)}"

    def promise(self, year: int) -> str:
        r = self.r
        t = r.choice(TOPICS)
        obj = r.choice(OBJECTS).format(t=t)
        law = r.choice(self.laws)
        when = r.choice([f"voor de zomer van {year + 1}", f"in het najaar van {year}", f"eind {year + 1}",
                         f"in {r.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {year + 1}", f"uiterlijk 1 {r.choice(MONTHS)} {year + 2}"])
        return r.choice([
            f"Het kabinet zal {when} {obj} {r.choice(VERBS)}.",
            f"Ik ga samen met de {r.choice(self.orgs)} {obj} {r.choice(VERBS)}, zodat de {law} beter werkt.",
            f"Ter uitvoering van de motie van het lid {r.choice(FAMILY).split()[-1].capitalize()} (Kamerstuk "
            f"{r.randint(29000, 36999)}, nr. {r.randint(1, 300)}) wordt {when} {obj} uitgewerkt.",
            f"De {law} wordt {when} gewijzigd om {obj} te {r.choice(VERBS)}.",
            f"Zoals toegezegd stuur ik uw Kamer {when} een brief over {obj}.",
        ])

    def filler(self) -> str:
        r = self.r
        t = r.choice(TOPICS)
        return r.choice([
            f"Veel huishoudens ervaren problemen met {t}; uit onderzoek van de {r.choice(self.orgs)} blijkt dat "
            f"de overheids-\nvoorzieningen niet altijd goed vindbaar zijn.",
            f"In {r.choice(self.towns)} en {r.choice(self.towns)} is ervaring opgedaan met een integrale aanpak van {t}.",
            f"De {r.choice(self.laws)} biedt daarvoor de grondslag{r.randint(1, 9)}.",
            "Gemeenten, uitvoeringsorganisaties en maatschappelijke partners werken daarbij nauw samen.",
        ])

    def kamerbrief(self, n: int) -> str:
        r = self.r
        d = self.day()
        minister = r.choice(self.ministries)
        head = (f"> Retouradres Postbus 20011 2500 EA Den Haag\n\nDe Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                f"Postbus 20018\n2500 EA DEN HAAG\n\nDatum {self.say(d)}\nKenmerk {d.year}-{r.randint(10**9, 10**10 - 1)}\n"
                f"Betreft Voortgang {r.choice(TOPICS)} ({n})\n\nGeachte voorzitter,\n\n")
        paras = []
        for i in range(r.randint(6, 14)):
            sents = [self.promise(d.year) if r.random() < 0.35 else self.filler() for _ in range(r.randint(2, 5))]
            paras.append(" ".join(sents))
            if i % 4 == 3:
                paras.append(f"Datum {self.say(d)}\nKenmerk {d.year}-000{n}\n\nPagina {i // 4 + 1} van 4")
        sign = minister.replace("Ministerie van", "De minister van")
        return head + "\n\n".join(paras) + f"\n\nHoogachtend,\n\n{sign},\n\n{self.person()}\n"

    def action_table(self, n: int) -> str:
        r = self.r
        y = self.day().year
        lines = [f"Stand van zaken acties {r.choice(TOPICS)} ({n})", "", "Nr. Omschrijving                  Stand van zaken", ""]
        for k in range(1, r.randint(8, 25)):
            lines.append(f"{k}. {r.choice(VERBS).capitalize()} {r.choice(OBJECTS).format(t=r.choice(TOPICS))}")
            lines.append(r.choice(STATUS).format(q=r.choice(["Q1", "Q2", "Q3"]), y=y + 1, m=r.choice(MONTHS)))
            lines.append("")
        return "\n".join(lines)

    def org_letter(self, n: int) -> str:
        r = self.r
        org = r.choice(self.orgs)
        d = self.day()
        asks = [f"- {r.choice(['Investeer in', 'Zorg voor', 'Versterk', 'Maak werk van'])} {r.choice(OBJECTS).format(t=r.choice(TOPICS))}."
                for _ in range(r.randint(3, 8))]
        return (f"Tweede Kamer\nT.a.v. de vaste commissie\n\n{r.choice(self.towns)}, {self.say(d)}\n\nBetreft: onze oproep ({n})\n\n"
                f"Geachte leden,\n\nWij doen een dringend beroep op u om {r.choice(OBJECTS).format(t=r.choice(TOPICS))} te "
                f"{r.choice(VERBS)}.\n\n" + "\n".join(asks) + f"\n\nMet vriendelijke groet,\n\n{self.person()}, voorzitter {org}\n")

    def document(self, n: int) -> str:
        kind = self.r.random()
        if kind < 0.55:
            return self.kamerbrief(n)
        if kind < 0.8:
            return self.action_table(n)
        return self.org_letter(n)


def generate(out: Path, megabytes: float, seed: int = 1) -> tuple[int, int]:
    out.mkdir(parents=True, exist_ok=True)
    w = Writer(seed)
    total, n = 0, 0
    while total < megabytes * 1_000_000:
        text = w.document(n)
        (out / f"doc{n:07d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        n += 1
    return n, total


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    files, size = generate(a.out, a.mb, a.seed)
    print(f"wrote {files} documents, {size / 1e6:.1f} MB, to {a.out}")
