from datetime import date

from beleidsgraaf.builders.dates import find_deadlines, parse_date
from beleidsgraaf.builders.statements import is_commitment, is_request, status_of


def latest(s, d=date(2025, 4, 18), year=None):
    found = find_deadlines(s, d, year)
    return found[0][2] if found else None


def test_parse_dutch_dates():
    assert parse_date("Datum 10 oktober 2022") == date(2022, 10, 10)
    assert parse_date("2025-04-18") == date(2025, 4, 18)
    assert parse_date("geen datum") is None


def test_deadlines_resolve_against_the_document_date():
    assert latest("voor de zomer een kwartiermaker") == date(2025, 6, 21)
    assert latest("in het najaar van 2019 komt het kabinet") == date(2019, 12, 20)
    assert latest("eind 2022 voorzien") == date(2022, 12, 31)
    assert latest("begin 2026 gereed") == date(2026, 4, 30)
    assert latest("in Q3 klaar") == date(2025, 9, 30)
    assert latest("binnen drie weken een brief") == date(2025, 5, 9)


def test_undated_document_uses_the_year_it_implies_or_nothing():
    assert latest("voor de zomer", d=None, year=2020) == date(2020, 6, 21)
    assert latest("voor de zomer", d=None, year=None) is None


def test_commitment_cues():
    assert is_commitment("Het kabinet zal de regeling in 2026 wijzigen.", True)
    assert is_commitment("Ik stuur uw Kamer voor de zomer een brief.", True)
    assert is_commitment("Ter uitvoering van de motie wordt een kwartiermaker benoemd.", True)
    assert is_commitment("In 2020 komt er een platform voor gemeenten.", True)
    assert not is_commitment("Kent u het bericht over de wachtlijsten?", True)
    assert not is_commitment("Veel mensen ervaren drempels bij de overheid.", True)


def test_request_cues():
    assert is_request("Wij doen een dringend beroep op u om de huur te bevriezen.", True)
    assert is_request("Maak huurbescherming de norm.", True)
    assert is_request("De Kamer verzoekt de regering om een plan te maken.", False)
    assert not is_request("Het kabinet maakt een plan.", False)


def test_status_from_wording():
    assert status_of("Het loket is in april geopend.", None, None) == "Done"
    assert status_of("Het kabinet zal dit onderzoeken.", None, None) == "Planned"
    assert status_of("We werken aan betere dienstverlening.", None, None) == "InProgress"
