import re

import pytest

from beleidsgraaf.builders import dates, recognise, statements
from beleidsgraaf.builders.patterns import CaseFree, _lower_letters, starting_with

SENTENCES = [
    "Het Kabinet zal in het najaar van 2026 een Actieplan presenteren.",
    "IK STUUR UW KAMER VOOR DE ZOMER EEN BRIEF OVER DE UITVOERING VAN DE MOTIE.",
    "De Minister van SZW werkt met gemeenten aan de Wet inburgering; Q3 2025 volgt een evaluatie.",
    "Wij roepen u op om uiterlijk 1 Januari 2027 de regeling aan te passen.",
    "Het İnstituut wordt in Mei onderzocht en is inmiddels afgerond.",      # "İ" lower-cases to two characters
    "Er vindt momenteel overleg plaats met de VNG, het UWV en de SVB.",
    "De Staatssecretaris heeft toegezegd dat het Ministerie binnen drie weken antwoordt.",
]


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_lower_letters_keeps_escapes_and_group_names():
    assert _lower_letters(r"\bQ[1-4]\S+(?P<Naam>Kabinet)(?P=Naam)\B") == r"\bq[1-4]\S+(?P<Naam>kabinet)(?P=Naam)\B"


def test_case_free_finds_what_re_i_finds():
    pattern = r"\b(?:het\s+)?Kabinet\s+(?:zal|gaat)\b|\bQ[1-4]\b|\binstituut\b"
    fast, slow = CaseFree(pattern), re.compile(pattern, re.I)
    for s in SENTENCES:
        assert _spans(fast, s) == _spans(slow, s)
        assert bool(fast.search(s)) == bool(slow.search(s))
        assert bool(fast.match(s)) == bool(slow.match(s))
    # a text whose lower-casing changes its length is matched as it is, positions true
    s = SENTENCES[4]
    assert len(s.lower()) != len(s)
    assert [s[a:b] for a, b in _spans(CaseFree(r"\bmei\b"), s)] == ["Mei"]


@pytest.mark.parametrize("module", [statements, dates])
def test_every_case_free_rule_matches_as_re_i(module):
    rules = [v for v in vars(module).values() if isinstance(v, CaseFree)]
    rules += [rx for rx, _ in getattr(module, "_PATTERNS", ())]
    assert len(rules) > 5
    for rule in rules:
        slow = re.compile(rule.pattern, rule.flags)
        for s in SENTENCES:
            assert _spans(rule, s) == _spans(slow, s), rule.pattern


def test_starting_with_finds_what_the_pattern_finds():
    pattern = r"(?<=\bde\s)(?:Agenda|Aanpak)\b|\b[A-Z]{2,4}\b"
    fast, plain = starting_with("[A-Z]", pattern), re.compile(pattern)
    for s in SENTENCES + ["volgens de Aanpak en de Agenda van de VNG"]:
        assert _spans(fast, s) == _spans(plain, s)
    assert _spans(fast, "volgens de Aanpak") == [(11, 17)]


def test_recognisers_patterns_with_a_first_character_match_as_written():
    text = " ".join(SENTENCES) + (" De Nationale Raad voor Toegankelijkheid (NRT) en het Actieplan Samen Sterk. "
                                  "Motie Van Nispen/Palmen, minister Piet Klaassen, leden Jansen en De Vries.")
    fast = [v for v in vars(recognise).values() if isinstance(v, re.Pattern) and v.pattern.startswith("(?=")]
    assert len(fast) >= 10
    for rule in fast:
        inner = rule.pattern[rule.pattern.index(")(?:") + 4:-1]     # "(?=<first>)(?:<pattern>)"
        assert _spans(rule, text) == _spans(re.compile(inner, rule.flags), text), rule.pattern
