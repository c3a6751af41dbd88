"""Sentences of a normalised text: where they end and where they go on."""
from beleidsgraaf.builders.segment import sentences, table_rows


def _split(text):
    return [text[s.span.start:s.span.end] for s in sentences(text)]


def test_a_number_ends_a_sentence_unless_it_numbers_an_item():
    text = ("Het aantal loketten is uitgebreid naar 25. Bij deze loketten helpt men direct. "
            "Zie Kamerstuk 36000, nr. 12. Dat volgt.\n1. Kent u het bericht?\n"
            "Zie artikel 3. Lid twee geldt niet.")
    assert _split(text) == ["Het aantal loketten is uitgebreid naar 25.", "Bij deze loketten helpt men direct.",
                            "Zie Kamerstuk 36000, nr. 12.", "Dat volgt.", "1. Kent u het bericht?",
                            "Zie artikel 3.", "Lid twee geldt niet."]


def test_a_sentence_goes_on_under_a_footnote_set_inside_it_by_a_page_break():
    text = "Het kabinet onderzoekt de kosten voor\n\n¹ Kamerstuk 36000, nr. 12\n\nalleenstaande ouders.\n\nNieuw punt."
    assert _split(text)[0].startswith("Het kabinet onderzoekt de kosten voor") \
        and _split(text)[0].endswith("alleenstaande ouders.")


def test_a_status_cell_that_opens_with_its_verdict_starts_however_short_its_first_line():
    from beleidsgraaf.builders.segment import table_rows
    text = ("Nr. Omschrijving Stand van zaken\n\n"
            "1. Verkennen van een regeling voor\nscholing van zij-instromers\n\n"
            "De verkenning is afgerond. Het ministerie van OCW\npubliceert de regeling in het najaar.\n\n"
            "2. Meer inspecteurs bij de Nederlandse\nArbeidsinspectie\n\n"
            "Afgerond. Per 1 januari zijn er 150 extra\ninspecteurs aangesteld.\n")
    cells = {r.number: (text[r.description.start:r.description.end], r.status and text[r.status.start:r.status.end])
             for r in table_rows(text)}
    assert cells["2"] == ("Meer inspecteurs bij de Nederlandse\nArbeidsinspectie",
                          "Afgerond. Per 1 januari zijn er 150 extra\ninspecteurs aangesteld.")
    assert cells["1"][1].startswith("De verkenning is afgerond.")


def test_an_action_table_rendered_as_text_may_head_its_columns_maatregel_and_status():
    text = ("Voortgangsoverzicht\n\nNr.  Maatregel                          Status\n\n"
            "1.  Uitbreiden van het aantal plekken\n    in de vier grote steden\n"
            "Loopt. In 2026 zijn 400 extra plekken gerealiseerd.\n\n"
            "2.  Landelijke monitor dakloosheid\nAfgerond. De monitor is op 1 juli 2026 gepubliceerd.\n")
    rows = table_rows(text)
    assert [r.number for r in rows] == ["1", "2"]
    assert text[rows[1].status.start:rows[1].status.end].startswith("Afgerond.")
    assert table_rows("De maatregel krijgt de status van een wet.\n\n1. Eerste punt\nTweede regel.\n") == []


def test_an_action_table_may_head_its_columns_actiepunt_or_afspraak_and_realisatie_or_a_status_with_its_comment():
    for header in ("Nr. Actiepunt Stand van zaken/toelichting", "Afspraak Realisatie"):
        text = (f"Voortgang\n\n{header}\n\n1. Landelijk meldpunt\ninstellen\n\n"
                "Afgerond. Het meldpunt is per 1 maart 2026 geopend en gemeenten verwijzen ernaar.\n")
        rows = table_rows(text)
        assert [r.number for r in rows] == ["1"], header
        assert text[rows[0].status.start:rows[0].status.end].startswith("Afgerond."), header


def test_a_registers_column_of_where_a_pledge_was_made_is_neither_its_description_nor_its_status():
    text = ("Nr. Toezegging Vindplaats Stand van zaken\n\n1. De minister stuurt de Kamer\n\nvoor de zomer een brief.\n\n"
            "Commissiedebat leraren,\n\n12 februari 2026\n\nAfgedaan met de brief van 30 juni 2026.\n\n"
            "2. De minister onderzoekt een\n\nlerarenbeurs.\n\nPlenair debat OCW-begroting, 20 november 2025\n\n"
            "Het onderzoek loopt.\n")
    rows = table_rows(text)
    cells = [(text[r.description.start:r.description.end], text[r.status.start:r.status.end]) for r in rows]
    assert cells == [("De minister stuurt de Kamer\n\nvoor de zomer een brief.", "Afgedaan met de brief van 30 juni 2026."),
                     ("De minister onderzoekt een\n\nlerarenbeurs.", "Het onderzoek loopt.")], cells
