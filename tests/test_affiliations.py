"""Which ministry or organisation a person belongs to, where the text says so (builders/affiliations.py)."""
from beleidsgraaf.builders.affiliations import affiliations
from beleidsgraaf.builders.analyse import analyse
from beleidsgraaf.builders.recognise import recognise
from beleidsgraaf.builders.resolve import resolve
from beleidsgraaf.builders.sources import SourceFile, read


def _linked(text):
    mentions, entities = resolve(text, recognise(text))
    return {entities[p].label: [entities[b].label for b in bodies] for p, bodies in affiliations(text, mentions).items()}


def test_a_body_in_brackets_or_after_the_office_and_the_name_is_the_persons():
    linked = _linked("Vragen van het lid Bikker (ChristenUnie) aan de staatssecretaris van Financiën. Antwoord van "
                     "staatssecretaris Van Oostenbruggen (Financiën). Ook wethouder Jansen van de gemeente Utrecht sprak.")
    assert linked == {"Bikker": ["ChristenUnie"], "Van Oostenbruggen": ["Ministerie van Financiën"],
                      "Jansen": ["Gemeente Utrecht"]}, linked


def test_a_name_with_its_office_and_body_after_a_comma_is_a_person_of_that_body():
    text = "Volgens Anna de Wit, directeur van de Woonbond, is dat nodig."
    people = {c.label: dict(c.extra) for c in recognise(text) if c.type == "Person"}
    assert people == {"Anna de Wit": {"familyName": "de Wit", "givenName": "Anna", "role": "directeur"}}, people
    assert _linked(text) == {"Anna de Wit": ["Nederlandse Woonbond"]}


def test_a_signer_belongs_to_the_body_under_the_name_else_to_the_office_above_it():
    linked = _linked("Met vriendelijke groet,\n\nNamens de G4-gemeenten\n\nJan van Zanen\nBurgemeester Den Haag\n\n"
                     "Sharon Dijkma\nBurgemeester Utrecht\n\nRutger Groot Wassink\n*Wethouder Opvang,\nGemeente Amsterdam*\n")
    assert linked == {"Jan van Zanen": ["Gemeente Den Haag"], "Sharon Dijkma": ["Gemeente Utrecht"],
                      "Rutger Groot Wassink": ["Gemeente Amsterdam"]}, linked
    linked = _linked("Tot slot.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nJ.A. de Vries\n")
    assert linked == {"de Vries": ["Ministerie van Volksgezondheid, Welzijn en Sport"]}, linked
    # a name in running text, or a name under a line that names a body among other words, belongs to nothing
    assert not _linked("Het UWV heeft de loketten geopend.\nJan Jansen\n")
    assert not _linked("De SVB en het UWV spraken met Jan Jansen over de loketten.\n")


def test_the_link_is_exported_as_org_member_of(tmp_path):
    from beleidsgraaf.builders.pipeline import process
    path = tmp_path / "brief.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 maart 2024\nBetreft Wachttijden\n\n"
                    "Geachte voorzitter,\n\nIk zal de Kamer in mei informeren.\n\n"
                    "De minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. van Hijum\n", encoding="utf-8")
    analysis = analyse(read(SourceFile(path.resolve(), path.name)))
    person = next(e for e in analysis.entities.values() if e.type == "Person")
    assert ("memberOf", "ministry:mnre1073") in person.extra
    out = process(SourceFile(path.resolve(), path.name), None, None, "https://w3id.org/beleidsgraaf/id/")
    assert any("<http://www.w3.org/ns/org#memberOf>" in line and "/person/" in line.split(" ")[0]
               and "/ministry/" in line.split(" ")[2] for line in out.ntriples.splitlines()), out.ntriples[:500]
