from hypothesis import given, settings
from hypothesis import strategies as st

from beleidsgraaf.builders.normalise import normalise
from beleidsgraaf.builders.offsets import OffsetMap, apply_edits
from beleidsgraaf.builders.segment import sentences


def test_line_break_hyphenation_is_undone_and_maps_back():
    raw = "de toegankelijkheid van overheids-\nvoorzieningen voor iedereen"
    text, m = normalise(raw)
    assert "overheidsvoorzieningen" in text
    i = text.index("voorzieningen")
    assert raw[m.to_raw(i):m.to_raw(i) + 5] == "voorz"


def test_capitalised_continuation_keeps_its_hyphen():
    text, _ = normalise("in Noord-\nHolland en elders")
    assert "Noord-Holland" in text


def test_iso_8859_16_mojibake_is_repaired():
    text, _ = normalise("De Parlementaire EnquĂȘtecommissie Fraudebeleid")
    assert "Enquêtecommissie" in text


def test_cp1252_mojibake_is_repaired():
    text, _ = normalise("Het onderwijs wordt geÃ«valueerd.")
    assert "geëvalueerd" in text


def test_repeated_page_furniture_and_page_numbers_are_removed():
    page = "Datum\n\nKenmerk\n2024-0001\n\n"
    raw = ("Eerste alinea loopt door.\n\n" + page) * 3 + "Slot.\n\n12\n\nnog een zin."
    text, _ = normalise(raw)
    assert text.count("Kenmerk") == 1 and text.count("2024-0001") == 1   # the first is the letterhead
    assert "\n12\n" not in text


def test_a_letterhead_block_inside_a_sentence_is_removed_and_the_sentence_joined():
    raw = ("In die brief heb ik geadviseerd\n\nDatum\n1 december 2025\nOnze referentie\n14092\n\n \n"
           "om de aanpak te versterken.\n\nDatum\n2 december 2025\n\nDe volgende alinea.")
    text, m = normalise(raw)
    assert "geadviseerd om de aanpak te versterken." in text
    assert "1 december 2025" not in text and "2 december 2025" in text   # between sentences it stays
    i = text.index("om de aanpak")
    assert raw[m.to_raw(i):m.to_raw(i) + 6] == "om de "
    # under a title, a date and a table's first row are no letterhead to remove
    raw = ("Voortgang acties zorg\n\nDatum 3 maart 2024\n\nNr.  Omschrijving  Stand van zaken\n\n"
           "1.  Loketten bereikbaar maken\n     voor ouderen\n")
    text, _ = normalise(raw)
    assert "Omschrijving" in text and "1. Loketten bereikbaar maken" in text


def test_superscript_footnote_marker_is_detached_from_a_word_but_stays_with_its_sentence():
    text, _ = normalise("Dit blijkt uit het rapport van Palmen³ en uit onderzoek.⁴ Daarna volgt meer.")
    assert "Palmen ³" in text
    assert "onderzoek.⁴ Daarna" in text
    ends = [text[s.span.start:s.span.end] for s in sentences(text)]
    assert ends == ["Dit blijkt uit het rapport van Palmen ³ en uit onderzoek.⁴", "Daarna volgt meer."]


def test_digit_footnote_marker_is_detached_when_a_note_exists():
    raw = "Ter uitvoering van de motie Van Dam/Palmen2 wordt iets gedaan.\n\n  2. Kamerstuk 36 600 VI, nr. 9↩\n"
    text, _ = normalise(raw)
    assert "Palmen 2" in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -\n\t.ÃĂȘ«é²1 ")), max_size=120))
def test_normalising_twice_changes_nothing(raw):
    once, _ = normalise(raw)
    twice, _ = normalise(once)
    assert twice == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offset_map_points_into_the_raw_text(raw):
    text, m = normalise(raw)
    assert len(m) == len(text)
    for i in range(len(text)):
        assert 0 <= m.to_raw(i) <= len(raw)
    # the map never runs backwards
    assert all(m.to_raw(i) <= m.to_raw(i + 1) for i in range(len(text)))


def test_apply_edits_rejects_overlaps():
    import pytest
    with pytest.raises(ValueError):
        apply_edits("abcdef", [(0, 3, "x"), (2, 4, "y")], OffsetMap.identity(6))


def test_a_word_processors_bullet_glyphs_become_one_bullet_and_map_back():
    raw = "Maatregelen:\r\n\r\n\uf0b7\tDe snelheid gaat omlaag.\r\n\u25aa\tWe investeren in fietspaden.\r\no\tHet CBR vernieuwt.\r\nomdat het kan\r\n"
    text, offsets = normalise(raw)
    assert text == "Maatregelen:\n\n• De snelheid gaat omlaag.\n• We investeren in fietspaden.\n• Het CBR vernieuwt.\nomdat het kan"
    assert raw[offsets.to_raw(text.index("We"))] == "W"
