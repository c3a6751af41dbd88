"""Analysis of whole short documents written for the tests: statements in their context (lists,
table rows, letters) and who sent a letter."""
from datetime import date

from beleidsgraaf.builders.analyse import analyse
from beleidsgraaf.builders.segment import table_rows
from beleidsgraaf.builders.sources import SourceFile, read
from beleidsgraaf.builders.statements import is_commitment, status_of



# the opening of a letter to the Kamer, and an action table's title, header and first row, that the
# tests below go on from
_KAMERBRIEF = ("Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 maart 2024\nBetreft Wachttijden\n\n"
               "Geachte voorzitter,\n\n")
_ACTION_TABLE = ("Voortgangsrapportage acties ouderenzorg\n\nDatum 3 maart 2024\n\n"
                 "Nr.  Omschrijving                         Stand van zaken\n\n"
                 "1.  Loketten beter bereikbaar maken \n     voor ouderen\n")


def _analysed(tmp_path, text):
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(read(SourceFile(path.resolve(), path.name)))


def test_the_items_of_a_list_a_promise_introduces_are_the_commitments(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Om de wachttijden te verkorten wil het kabinet:\n\n"
                         "- 1) Meer capaciteit inzetten bij de regionale loketten;\n"
                         "- 2) Een landelijk meldpunt voor vastgelopen aanvragen openen.\n\n"
                         "De gemeenten merken dat de vraag toeneemt.\n")
    commitments = {s.quote: s for s in analysis.statements if s.kind == "Commitment"}
    items = [q for q, s in commitments.items() if s.rule == "commitment.list-item"]
    assert len(items) == 2 and all(commitments[q].actor == "government:nl" for q in items)
    assert any("meldpunt" in q for q in items)
    assert not any(q.rstrip().endswith(":") for q in commitments), "the introduction is not itself a commitment"
    assert not any("vraag toeneemt" in q for q in commitments)


def test_what_the_government_reports_as_delivered_is_a_commitment_done(tmp_path):
    assert is_commitment("Hiertoe heb ik het wetsvoorstel over de inspraak van bewoners ingediend.", True)
    assert is_commitment("De taakopdracht is op 8 juli jl. aan de Tweede Kamer verstuurd.", True)
    assert is_commitment("Ook is een begin gemaakt met een jaarlijks festival voor bewoners.", True)
    assert not is_commitment("Als het onderzoek is gestart, volgt een eerste rapportage van de raad.", True)
    assert not is_commitment("De taakopdracht is op 8 juli jl. aan de Tweede Kamer verstuurd.", False)
    assert status_of("De taakopdracht is op 8 juli jl. aan de Tweede Kamer verstuurd.", None, None) == "Done"
    assert is_commitment("Daar wil ik aan werken.", True) and not is_commitment("Dat weet ik wel.", True)


def test_a_public_body_named_as_the_one_who_acts_makes_a_commitment_it_is_the_actor_of(tmp_path):
    analysis = _analysed(tmp_path, "Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 maart 2024\n"
                         "Betreft Schulden\n\nGeachte voorzitter,\n\n"
                         "Ook onderzoekt het Centraal Justitieel Incassobureau de mogelijkheden om schulden eerder te zien.\n\n"
                         "Het Centraal Justitieel Incassobureau heeft in 2020 een rapport gepubliceerd over de inning.\n")
    commitments = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [s.rule for s in commitments] == ["commitment.agency-verb"]
    assert analysis.entities[commitments[0].actor].label.startswith("Centraal Justitieel Incassobureau")


def test_a_table_row_rendered_as_text_with_both_cells_on_one_line_is_split_between_them():
    text = ("Nr.  Omschrijving                         Stand van zaken\n\n"
            "1.  Loketten beter bereikbaar maken \n     voor ouderen\n"
            "Het loket in Zwolle is sinds maart open. Er volgen nog twee loketten.\n\n"
            "2.  Landelijk meldpunt  Gewerkt wordt aan een eerste versie van het meldpunt voor ouderen.\n\n"
            "3.  Nieuwe regeling mantelzorg Het ministerie werkt de regeling uit met de gemeenten.\n\n"
            "4.  Wetsvoorstel zorgplicht verder \n     brengen Planning volgt in mei.\n")
    rows = {r.number: r for r in table_rows(text)}
    cell = {n: (text[r.description.start:r.description.end], text[r.status.start:r.status.end]) for n, r in rows.items()}
    assert " ".join(cell["1"][0].split()) == "Loketten beter bereikbaar maken voor ouderen"
    assert cell["2"] == ("Landelijk meldpunt", "Gewerkt wordt aan een eerste versie van het meldpunt voor ouderen.")
    assert cell["3"][0] == "Nieuwe regeling mantelzorg" and cell["3"][1].startswith("Het ministerie werkt")
    assert " ".join(cell["4"][0].split()) == "Wetsvoorstel zorgplicht verder brengen"
    assert cell["4"][1] == "Planning volgt in mei."


def test_of_the_bodies_a_letter_is_signed_for_the_one_whose_web_address_it_gives_sent_it(tmp_path):
    analysis = _analysed(tmp_path, "Aan de informateur\n\nDatum: 3 maart 2025\n\nGeachte informateur,\n\n"
                         "Wij verzoeken u de zorg voor ouderen een plaats in het akkoord te geven.\n\n"
                         "Met vriendelijke groet,\n\nJan Jansen,\nVoorzitter\n\nnamens\n\n"
                         "- Landelijke Vereniging van Tuinders (LVT)\n- Stichting Groen Dorp\n"
                         "- Nederlandse Vereniging van Bakkers (NVBa)\n\nPostbus 1\n1000 AA Amsterdam\nwww.nvba.nl\n")
    requests = [s for s in analysis.statements if s.kind == "Request"]
    assert requests and analysis.entities[requests[0].actor].label == "Nederlandse Vereniging van Bakkers"


def test_a_name_defined_with_an_abbreviation_is_a_body_only_when_built_on_a_word_for_one(tmp_path):
    analysis = _analysed(tmp_path, "Het Landelijk Bureau Mondzorg (LBM) gebruikt het Integraal Toetsingskader (ITK). "
                         "Het LBM past het ITK toe. Een maatschappelijke kosten-batenanalyse (MKBA) volgt.\n")
    kinds = {m.surface: m.type for m in analysis.mentions}
    assert kinds.get("Landelijk Bureau Mondzorg") == "Organisation" and kinds.get("LBM") == "Organisation"
    # an instrument with a capitalised title is tracked as a programme; a kind of study in lower case is nothing
    assert kinds.get("Integraal Toetsingskader") == "Programme" and kinds.get("ITK") == "Programme"
    assert "MKBA" not in kinds


def test_the_items_of_a_list_a_status_cell_introduces_with_a_promise_are_commitments(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "De bereikbaarheid wordt versterkt langs twee lijnen:\n\n"
                         "A. Langere openingstijden van de loketten;\n\n"
                         "B. Een terugbelservice voor wie niet kan komen.\n\n"
                         "Doelgroepen:\n\n- Ouderen die thuis wonen\n\n- Mantelzorgers\n\n"
                         "In juni vindt de eerste rondetafel met gemeenten plaats.\n")
    quotes = {s.quote: s.rule for s in analysis.statements if s.kind == "Commitment"}
    assert quotes.get("Langere openingstijden van de loketten;") == "commitment.list-item"
    assert quotes.get("Een terugbelservice voor wie niet kan komen.") == "commitment.list-item"
    assert not any("Mantelzorgers" in q or "thuis wonen" in q for q in quotes), "a list no promise introduces"
    assert any("rondetafel" in q for q in quotes)


def test_an_attachment_speaks_for_the_body_its_colophon_names_not_for_the_sender(tmp_path):
    analysis = _analysed(tmp_path, "Aan de informateur\n\nDatum: 3 maart 2025\n\nGeachte informateur,\n\n"
                         "Wij verzoeken u de zorg voor ouderen een plaats in het akkoord te geven.\n\n"
                         "Met vriendelijke groet,\n\nJan Jansen\nStichting Groen Dorp\n\n\n\n"
                         "Groen, Blauw en Stichting Groen Dorp vormen samen de Alliantie Schone Lucht.\n\n"
                         "Wij roepen het kabinet op om de luchtkwaliteit te verbeteren.\n\n"
                         "Deze brochure is een uitgave van de Alliantie voor de bescherming van Schone Lucht.\n")
    requests = {s.quote: analysis.entities[s.actor].label for s in analysis.statements if s.kind == "Request"}
    assert requests["Wij verzoeken u de zorg voor ouderen een plaats in het akkoord te geven."] == "Stichting Groen Dorp"
    assert requests["Wij roepen het kabinet op om de luchtkwaliteit te verbeteren."] == "Alliantie Schone Lucht"


def test_a_letter_from_outside_reports_what_the_government_will_do_as_the_governments_commitment(tmp_path):
    analysis = _analysed(tmp_path, "Aan de informateur\n\nDatum: 3 maart 2025\n\nGeachte informateur,\n\n"
                         "Van 2026 tot en met 2028 geeft de overheid ieder jaar extra geld aan de bibliotheken. "
                         "In 2019 is het kabinet het programma Lezen Loont gestart. "
                         "Het kabinet heeft in 2019 een leesfonds opgericht en stimuleert zo het lezen. "
                         "Een aangenomen motie geeft de regering de opdracht om iets te doen. "
                         "Een goed voorbeeld is dat de minister van Volkshuisvesting en Ruimtelijke Ordening het bouwen "
                         "van mantelzorgwoningen gemakkelijker wil maken. "
                         "Wij willen dat het kabinet meer doet.\n\n"
                         "Met vriendelijke groet,\n\nJan Jansen\nStichting Groen Dorp\n")
    commitments = {s.quote[:30]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert commitments == {"Van 2026 tot en met 2028 geeft": "government:nl",
                           "Een goed voorbeeld is dat de m": "ministry:mnre1171"}, commitments


def test_a_bodys_letter_reports_a_ministers_pledge_as_that_ministrys_and_is_not_the_ministrys_letter(tmp_path):
    analysis = _analysed(tmp_path, "Vereniging Groen Dorp\n\nAan de vaste commissie voor Binnenlandse Zaken\n\n"
                         "Datum: 4 september 2026\nBetreft: Inbreng commissiedebat\n\nGeachte leden van de commissie,\n\n"
                         "Op 12 september debatteert u met de minister van Binnenlandse Zaken en Koninkrijksrelaties. "
                         "De minister heeft in het debat van 3 juni toegezegd de Kamer voor 1 maart 2027 te informeren "
                         "over de kosten voor dorpen. Wij vragen u de regering te verzoeken om die kosten te dragen.\n\n"
                         "Met vriendelijke groet,\n\nJan Jansen\nVereniging Groen Dorp\n")
    assert analysis.document.speaker is None, "the ministry the body's letter names is not its writer"
    kinds = {s.quote[:20]: (s.kind, s.actor) for s in analysis.statements}
    bzk = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    assert kinds["De minister heeft in"] == ("Commitment", bzk) and "Binnenlandse Zaken" in analysis.entities[bzk].label
    assert kinds["Wij vragen u de rege"][0] == "Request"


def test_a_letter_to_the_kamer_signed_by_a_body_asks_for_the_body_and_promises_nothing(tmp_path):
    analysis = _analysed(tmp_path, "Aan de vaste commissie voor Sociale Zaken en Werkgelegenheid\n"
                         "Tweede Kamer der Staten-Generaal\n\nUtrecht, 4 september 2024\n\n"
                         "Betreft: Commissiedebat arbeidsmarkt\n\nGeachte leden van de commissie,\n\n"
                         "Op 12 september debatteert u met de minister van Sociale Zaken en Werkgelegenheid. "
                         "Graag geven wij u enkele punten mee.\n\n"
                         "1. Verhoog het minimumloon verder naar 16 euro per uur.\n\n"
                         "Met vriendelijke groet,\n\nJan Jansen\nStichting Groen Dorp\n")
    assert analysis.document.doc_type == "kamerbrief"
    kinds = {s.quote: (s.kind, s.actor) for s in analysis.statements}
    assert kinds == {"1. Verhoog het minimumloon verder naar 16 euro per uur.": ("Request", "organisation:stichting-groen-dorp")}


def test_a_letter_on_a_bodys_letterhead_is_that_bodys_and_asks_for_it(tmp_path):
    analysis = _analysed(tmp_path, "Nederlandse Woonbond\nPostbus 15\n1000 AA Amsterdam\n\n"
                         "Aan de leden van de vaste commissie voor Binnenlandse Zaken\nTweede Kamer der Staten-Generaal\n\n"
                         "Amsterdam, 3 oktober 2024\n\nBetreft: commissiedebat huurbeleid\n\nGeachte Kamerleden,\n\n"
                         "Wij vragen u de huurverhoging in 2025 te beperken tot de inflatie.\n\n"
                         "Met vriendelijke groet,\n\nZeynep Aydin\nDirecteur\n")
    asks = [(s.kind, analysis.entities[s.actor].label) for s in analysis.statements]
    assert asks == [("Request", "Nederlandse Woonbond")]


def test_a_programme_or_bill_that_acts_or_is_meant_for_something_is_a_government_commitment(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "De City Deal Schone Havens werkt aan walstroom in drie havens. "
                         "Het wetsvoorstel digitale loketten beoogt de aanvraag eenvoudiger te maken. "
                         "Het programma *Sneller Thuis* is bedoeld om wachttijden te verkorten. "
                         "Het Actieplan Groen heeft in 2020 veel bereikt.\n")
    rules = {s.quote: s.rule for s in analysis.statements if s.kind == "Commitment"}
    assert sum(r == "commitment.instrument-verb" for r in rules.values()) == 3, rules
    assert not any("veel bereikt" in q for q in rules)


def test_what_a_status_cell_says_is_going_on_now_is_progress_unless_it_says_what_comes(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "Momenteel wordt de opzet van de loketten verder uitgewerkt. "
                         "Op dit moment worden de voorbereidingen getroffen, zodat de loketten eind 2024 openen. "
                         "Op dit moment bekijkt de Belastingdienst in hoeverre de registratie te achterhalen is.\n")
    quotes = [s.quote for s in analysis.statements if s.kind == "Commitment" and s.rule != "commitment.table-row"]
    assert not any(q.startswith("Momenteel") for q in quotes)
    assert any("eind 2024 openen" in q for q in quotes)
    assert any(q.startswith("Op dit moment bekijkt de Belastingdienst") for q in quotes), "what a named body is doing"


def test_a_list_of_topics_is_no_list_of_promises_and_an_item_that_is_a_clause_must_promise_itself(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "In de brief worden acties aangekondigd, gegroepeerd rond de thema's:\n\n"
                         "- Mobiliteit en continuïteit\n- Vergroting van de transparantie\n\n"
                         "Om de wachttijden te verkorten wil het kabinet:\n\n"
                         "- Meer capaciteit inzetten bij de loketten, zodat wie belt sneller geholpen kan worden;\n"
                         "- Voorop staat dat de loketten open moeten blijven.\n")
    items = [s.quote for s in analysis.statements if s.rule == "commitment.list-item"]
    assert any(q.startswith("Meer capaciteit") for q in items)       # its verbs are in a clause that hangs on it
    assert not any("Mobiliteit" in q or "transparantie" in q or "Voorop" in q for q in items)


def test_what_somebody_else_is_quoted_as_saying_is_no_commitment_of_the_text(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Dat blijkt ook uit het rapport van de heer Jansen. Hij zegt: \"Er wordt te weinig "
                         "geluisterd naar de regio en de verschillen worden de komende jaren groter. Dat gevoel "
                         "wordt gedeeld door veel inwoners.\" Het kabinet zal de regio daarom vaker bezoeken.\n")
    quotes = [s.quote for s in analysis.statements if s.kind == "Commitment"]
    assert any(q.startswith("Het kabinet zal") for q in quotes)
    assert not any("verschillen" in q or "gevoel" in q for q in quotes)


def test_a_sentence_goes_on_under_a_footnote_a_page_break_set_inside_it(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Het kabinet gaat onderzoek doen naar de kosten van wonen voor\n\n"
                         "¹ Kamerstuk 36000, nr. 12\n\nalleenstaande ouders in de grote steden.\n")
    quotes = [s.quote for s in analysis.statements if s.kind == "Commitment"]
    assert quotes == ["Het kabinet gaat onderzoek doen naar de kosten van wonen voor alleenstaande ouders in de grote steden."]


def test_a_programme_that_acts_in_a_list_item_is_a_government_commitment(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "De aanpak bestaat uit:\n\n"
                         "- Het *Actieplan leesvaardigheid* richt zich op beter leesonderwijs;\n"
                         "- Scholen krijgen meer ruimte.\n")
    quotes = [s.quote for s in analysis.statements if s.kind == "Commitment"]
    assert any(q.startswith("- Het *Actieplan leesvaardigheid* richt zich") for q in quotes)


def test_a_status_cell_list_introduced_by_a_sentence_going_on_with_a_promise_or_by_acts_undertaken(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "In het voorjaar vindt een inventarisatie plaats. Dit gebeurt langs twee sporen:\n\n"
                         "a. een analyse van de wachtlijsten;\n\n"
                         "b. gesprekken met de gemeenten.\n\n"
                         "Het was druk bij de loketten. Dit bleek uit de cijfers:\n\n"
                         "a. een stijging van de wachttijden;\n\n"
                         "Hiertoe onderneemt het kabinet een aantal acties:\n\n"
                         "- het openen van twee nieuwe loketten.\n")
    quotes = {s.quote: s.rule for s in analysis.statements if s.kind == "Commitment"}
    assert quotes.get("een analyse van de wachtlijsten;") == "commitment.list-item"
    assert quotes.get("gesprekken met de gemeenten.") == "commitment.list-item"
    assert quotes.get("het openen van twee nieuwe loketten.") == "commitment.list-item"
    assert "een stijging van de wachttijden;" not in quotes      # the sentence before promised nothing


def test_a_member_of_government_who_acts_anywhere_in_the_sentence_is_the_actor(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "De Kamer wordt in het najaar door de minister van Sociale Zaken en Werkgelegenheid geïnformeerd. "
                         "Voor de zomer zal de minister van SZW een wetsvoorstel indienen. "
                         "Het kabinet gaat de wachttijden samen met de minister van SZW verkorten. "
                         "De Kamer zal hierover in een brief over werk van de minister van SZW in juni bericht worden. "
                         "Het deelprogramma Werk Loont (SZW) onderzoekt de armoedeval.\n")
    actors = {s.quote[:20]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert actors["De Kamer wordt in he"] == actors["Voor de zomer zal de"] == "ministry:mnre1073"
    assert actors["De Kamer zal hierove"] == actors["Het deelprogramma We"] == "ministry:mnre1073"
    assert actors["Het kabinet gaat de "] != "ministry:mnre1073"


def test_a_ministry_named_as_the_one_who_acts_after_the_verb_is_the_actor(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Vanaf 2027 gaat het ministerie van Sociale Zaken en Werkgelegenheid gemeenten meer ondersteunen. "
                         "Het ministerie van Sociale Zaken en Werkgelegenheid voert de regeling samen met het UWV uit. "
                         "In 2020 is het ministerie van Sociale Zaken en Werkgelegenheid verhuisd naar Den Haag.\n")
    actors = {s.quote[:20]: (s.actor, s.rule) for s in analysis.statements if s.kind == "Commitment"}
    assert actors["Vanaf 2027 gaat het "][0] == "ministry:mnre1073"
    assert actors["Het ministerie van S"] == ("ministry:mnre1073", "commitment.minister-verb")
    assert "In 2020 is het minis" not in actors


def test_a_motion_and_its_paper_cited_with_a_roman_suffix_name_one_paper(tmp_path):
    from beleidsgraaf.builders.emit import emit
    from beleidsgraaf.graph.iri import Minter
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Hiermee voer ik de motie van het lid Bikker c.s. (Kamerstuk 36 410 VII, nr. 23) uit.\n")
    graph = emit(analysis, Minter("https://example.org/id/")).graph()
    papers = {str(s) for s, _, _ in graph.triples((None, None, None)) if "/paper/" in str(s)}
    assert papers == {"https://example.org/id/paper/36410-vii-23"}


def test_a_ministry_the_letter_is_written_on_behalf_of_is_not_the_writers(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris van Volksgezondheid, "
                         "Welzijn en Sport, over de opvang.\n\nVoor de zomer stuur ik uw Kamer een brief over de opvang.\n")
    assert analysis.document.speaker is None
    analysis = _analysed(tmp_path, _KAMERBRIEF.replace("Aan de Voorzitter", "Ministerie van Sociale Zaken en "
                                                       "Werkgelegenheid\n\nAan de Voorzitter") +
                         "Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris van Volksgezondheid, "
                         "Welzijn en Sport, over de opvang.\n")
    assert analysis.document.speaker == "ministry:mnre1073"


def test_a_body_opening_the_sentence_without_article_is_the_actor_but_a_heading_of_its_name_is_no_promise(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "UWV start per 1 mei met een nieuwe werkwijze, zodat ouders geen brief meer krijgen.\n\n"
                         "Adviescommissie Versterken weerbaarheid rechtsstaat\n\n"
                         "CBS-cijfers laten zien dat meer ouders in de schulden zitten.\n\n"
                         "Ik informeer uw Kamer in de eerstvolgende voortgangsrapportage over de uitvoering.\n")
    commitments = {s.quote[:12]: s for s in analysis.statements if s.kind == "Commitment"}
    assert analysis.entities[commitments["UWV start pe"].actor].notation == "UWV"
    assert not any(q.startswith(("Adviescommis", "CBS-cijfers")) for q in commitments)
    assert commitments["Ik informeer"].status == "Planned"


def test_a_body_with_its_own_abbreviation_in_brackets_is_still_the_subject_that_acts(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "De Raad voor Rechtsbijstand (RvR) start op 1 september 2024 met een pilot in Rotterdam.\n")
    commitments = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [analysis.entities[s.actor].label for s in commitments] == ["Raad voor Rechtsbijstand"]


def test_an_advisory_body_that_recommends_or_calls_with_the_addressee_between_asks(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "De Algemene Rekenkamer beveelt de minister aan om de doelen meetbaar te maken. "
                         "De Nationale ombudsman roept de overheid op om burgers sneller te helpen.\n")
    askers = {analysis.entities[s.actor].label for s in analysis.statements if s.kind == "Request"}
    assert askers == {"Algemene Rekenkamer", "Nationale ombudsman"}


def test_an_ask_of_the_kamer_a_member_or_a_body_that_a_government_letter_reports_is_a_request(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Uw Kamer heeft mij verzocht om voor de zomer een evaluatie te sturen. "
                         "De Vereniging van Nederlandse Gemeenten vraagt het kabinet om structureel meer middelen. "
                         "Ik vraag mij af of dat klopt.\n")
    asks = {s.quote[:10]: analysis.entities[s.actor].label for s in analysis.statements if s.kind == "Request"}
    assert asks == {"Uw Kamer h": "Tweede Kamer der Staten-Generaal",
                    "De Verenig": "Vereniging van Nederlandse Gemeenten"}


def test_an_ask_a_status_cell_reports_is_a_request_not_a_commitment(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "De motie Jansen vraagt om een evaluatie van de loketten in alle gemeenten. "
                         "Volgens de ombudsman is meer overleg met gemeenten wenselijk. "
                         "In juni vindt de eerste rondetafel met gemeenten plaats.\n")
    kinds = {s.quote[:22]: s.kind for s in analysis.statements}
    assert kinds["De motie Jansen vraagt"] == "Request"
    assert {s.rule for s in analysis.statements if s.kind == "Request"} == {"request.reported", "request.advised"}
    assert kinds["In juni vindt de eerst"] == "Commitment"


def test_who_asks_in_a_reported_ask_the_kamer_for_its_motion_else_the_body_named_with_the_verb(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "De motie Jansen vraagt de regering om een evaluatie van de loketten. "
                         "Op 3 maart verzocht Uw Kamer om een brief over de wachttijden. "
                         "Het UWV heeft in zijn advies aan de SVB geadviseerd om de loketten samen te voegen.\n")
    askers = {s.quote[:12]: s.actor for s in analysis.statements if s.kind == "Request"}
    assert askers["De motie Jan"] == askers["Op 3 maart v"] == "organisation:oorg10002"
    assert analysis.entities[askers["Het UWV heef"]].label.startswith("Uitvoeringsinstituut")


def test_an_ask_by_she_or_he_is_the_body_named_before(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "De Nationale ombudsman heeft onderzoek gedaan naar de loketten. "
                         "Zij adviseert de minister om de loketten langer open te houden.\n")
    ask = next(s for s in analysis.statements if s.kind == "Request")
    assert ask.actor and analysis.entities[ask.actor].label == "Nationale ombudsman", ask


def test_a_letter_signed_under_a_ministers_office_is_sent_by_the_ministry_not_by_the_signer(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Het UWV en de SVB werken samen. Ik zal de Kamer in mei informeren.\n\n"
                         "Hoogachtend,\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\nJan de Groot\n")
    assert [lt.sender for lt in analysis.document.letters] == ["ministry:mnre1073"]
    assert not any(m.type == "Organisation" and "Groot" in m.surface for m in analysis.mentions)


def test_a_row_whose_status_cell_names_one_agency_twice_is_that_agencys_or_its_ministrys_work(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "De Sociale Verzekeringsbank heeft de loketten in kaart gebracht. In juni testen we "
                         "een nieuwe afsprakenmodule. De Sociale Verzekeringsbank zal de module in september invoeren. "
                         "Het kabinet wil de loketten in 2025 ook op zaterdag openen.\n\n"
                         "2.  Terugbelservice invoeren \n"
                         "In overleg met het UWV wordt een terugbelservice ontwikkeld. In mei volgt een proef.\n\n"
                         "3.  Wachttijden uitkeringen verkorten \n"
                         "Het UWV heeft de wachttijden gemeten. Met het ministerie van Sociale Zaken en Werkgelegenheid "
                         "heeft het UWV afspraken gemaakt. In juli volgt een plan van aanpak.\n")
    actors = {s.quote: s.actor for s in analysis.statements if s.kind == "Commitment"}
    svb = next(k for k, e in analysis.entities.items() if e.label == "Sociale Verzekeringsbank")
    assert actors["In juni testen we een nieuwe afsprakenmodule."] == svb
    assert actors["Het kabinet wil de loketten in 2025 ook op zaterdag openen."] == "government:nl"
    # an agency the cell names once is no more than a party the work involves
    assert actors["In mei volgt een proef."] == "government:nl"
    # an agency's work the cell reports beside its ministry is the ministry's to answer for
    assert actors["In juli volgt een plan van aanpak."] == "ministry:mnre1073"


def test_a_letter_signed_with_the_ministers_office_alone_is_the_ministrys_and_what_u_will_receive_its_promise(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "De Nationale ombudsman schreef over de wachttijden. "
                         "Ook heeft de Kamer gevraagd om een reactie op dat rapport. Die reactie ontvangt u in het najaar.\n\n"
                         "De minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. de Groot\n")
    assert [lt.sender for lt in analysis.document.letters] == ["ministry:mnre1073"]
    statements = {s.quote[:12]: (s.kind, s.actor) for s in analysis.statements}
    assert statements["Die reactie "] == ("Commitment", "ministry:mnre1073")
    assert statements["Ook heeft de"] == ("Request", "organisation:oorg10002")


_MOTIE = ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023–2024\n\n"
          "31 839 Jeugdbeleid\n\nNr. 912 MOTIE VAN DE LEDEN VAN DER BERG EN KOOIMAN C.S.\n\n"
          "Voorgesteld 7 februari 2024\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
          "constaterende dat de wachtlijsten in de jeugdzorg oplopen;\n\n"
          "overwegende dat de regering moet sturen op de beschikbaarheid van specialistische zorg;\n\n"
          "verzoekt de regering om voor 1 juni een plan voor regionale expertisecentra aan de Kamer te sturen,\n\n"
          "en gaat over tot de orde van de dag.\n\nVan der Berg\nKooiman\nWesterveld\n")


def test_a_motie_as_the_kamer_publishes_it_is_a_motion_with_its_signers_its_paper_its_day_and_the_kamers_ask(tmp_path):
    analysis = _analysed(tmp_path, _MOTIE)
    doc = analysis.document
    assert (doc.doc_type, doc.date.isoformat()) == ("motie", "2024-02-07")
    motion = next(e for e in analysis.entities.values() if e.type == "Motion")
    extra = dict(motion.extra)
    assert motion.label == "Motie Van der Berg/Kooiman c.s."
    assert extra["submitters"] == "Van der Berg/Kooiman/Westerveld"
    assert (extra["dossier"], extra["motionNumber"]) == ("31839", "912")
    # the closing formula is no part of the ask, and what the Kamer finds and considers asks nothing
    asks = [s for s in analysis.statements if s.kind == "Request"]
    assert [(s.quote, s.actor) for s in asks] == [(
        "verzoekt de regering om voor 1 juni een plan voor regionale expertisecentra aan de Kamer te sturen,",
        "organisation:oorg10002")]
    assert asks[0].deadline.latest.isoformat() == "2024-06-01", "a motie asks by a day"
    assert not any(s.kind == "Commitment" for s in analysis.statements)
    # "C.S." over the next line is no person's initials
    assert not any(m.type == "Person" and m.surface == "Voorgesteld" for m in analysis.mentions)


def test_an_advisory_letter_to_a_minister_is_addressed_to_the_ministry_and_not_spoken_by_it(tmp_path):
    analysis = _analysed(tmp_path, "Raad voor het Openbaar Bestuur\n\n"
                         "Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties\nPostbus 20011\n2500 EA Den Haag\n\n"
                         "Datum: 14 mei 2024\nOnderwerp: Advies over gemeenten\n\nGeachte minister,\n\n"
                         "De Raad adviseert het kabinet om gemeenten meer middelen te geven.\n\nHoogachtend,\n\n"
                         "Raad voor het Openbaar Bestuur\n\ndrs. J.A. de Vries\nvoorzitter\n")
    letter = analysis.document.letters[0]
    assert (letter.sender, letter.addressee) == ("organisation:oorg10166", "ministry:mnre1034")
    assert analysis.document.speaker is None
    # its ask is made of the ministry it is addressed to
    assert [(s.actor, s.addressee) for s in analysis.statements if s.kind == "Request"] == [
        ("organisation:oorg10166", "ministry:mnre1034")]


def test_a_numbered_pledge_names_the_member_of_government_who_acts(tmp_path):
    analysis = _analysed(tmp_path, "Lijst van toezeggingen commissiedebat Jeugdzorg\n\nDatum 12 maart 2024\n\n"
                         "1. De staatssecretaris van Volksgezondheid, Welzijn en Sport stuurt de Kamer voor de zomer "
                         "een brief over de wachtlijsten.\n\n2. Het kabinet informeert de Kamer in het najaar over de pilot.\n")
    actors = {s.quote[:2]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert actors == {"1.": "ministry:mnre1025", "2.": "government:nl"}


_DECISION_LIST = ("Vaste commissie voor Infrastructuur en Waterstaat\n\nBesluitenlijst procedurevergadering\n\n"
                  "Datum: dinsdag 4 februari 2025\n\n")


def test_a_decision_list_asks_for_its_committee_or_member_and_records_the_pledges_of_the_minister_it_names(tmp_path):
    analysis = _analysed(tmp_path, _DECISION_LIST +
                         "1. Agendapunt: Brief regering - minister van Infrastructuur en Waterstaat - 20 januari 2025\n\n"
                         "Zaak: Stand van zaken spoorveiligheid - 29893-310\n"
                         "Besluit: De minister wordt verzocht de Kamer voor 1 april 2025 te informeren over de overwegen.\n"
                         "Besluit: Het verzoek wordt niet gehonoreerd.\n"
                         "Besluit: Reactie vragen aan de minister op de petitie over geluidsoverlast.\n"
                         "Besluit: Agenderen voor het commissiedebat Spoor.\n\n"
                         "2. Agendapunt: Toezeggingen\n\n"
                         "Zaak: Toezegging - minister van Infrastructuur en Waterstaat - 15 januari 2025\n"
                         "De minister stuurt de Kamer in het najaar van 2025 een evaluatie van de Wegenverkeerswet.\n\n"
                         "Zaak: Toezegging - minister van Infrastructuur en Waterstaat - 10 januari 2025\n"
                         "De minister informeert de Kamer voor 1 februari 2025 over de tolheffing.\n"
                         "Besluit: De toezegging wordt als voldaan beschouwd.\n\n"
                         "3. Rondvraag\n\n"
                         "Het lid Bamenga (D66) verzoekt om een rondetafelgesprek over verkeersveiligheid.\n")
    doc = analysis.document
    assert doc.doc_type == "besluitenlijst" and doc.speaker is None
    requests = {s.quote: s for s in analysis.statements if s.kind == "Request"}
    informed = next(s for q, s in requests.items() if "overwegen" in q)
    assert informed.actor == "organisation:commissie-mnre1130" and informed.addressee == "ministry:mnre1130"
    assert informed.deadline.latest.isoformat() == "2025-04-01", "the committee asks by a day"
    asked = next(s for q, s in requests.items() if "rondetafelgesprek" in q)
    assert asked.actor.startswith("person:") and asked.addressee == "government:nl", "item 3 names no minister"
    assert doc.title == "Besluitenlijst procedurevergadering"
    assert next(s for q, s in requests.items() if "petitie" in q).addressee == "ministry:mnre1130"
    assert not any("Agenderen" in q or "gehonoreerd" in q for q in requests)
    commitments = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [s.actor for s in commitments] == ["ministry:mnre1130"] * 2, "the committee's decisions are no promises"
    assert commitments[0].quote.startswith("De minister stuurt") and str(commitments[0].deadline.latest).startswith("2025-1")
    # a pledge the committee records as kept is done; the one before it in another item is not
    assert [s.status for s in commitments] == ["Planned", "Done"]


def test_a_fiche_on_an_eu_proposal_is_the_lead_ministrys_and_the_commissions_proposal_no_promise(tmp_path):
    analysis = _analysed(tmp_path, "Fiche: Richtlijn over grensoverschrijdend vervoer\n\n1. Algemene gegevens\n\n"
                         "c) Nr. Commissiedocument\nCOM(2025) 99\n\n"
                         "g) Eerstverantwoordelijk ministerie\nMinisterie van Infrastructuur en Waterstaat\n\n"
                         "2. Essentie voorstel\n\nDe Europese Commissie stelt voor om vervoerders te verplichten tot registratie. "
                         "Het voorstel bouwt voort op de bestaande richtlijn. Daarnaast regelt het voorstel een Europees "
                         "register.\n\n"
                         "3. Nederlandse positie\n\nHet kabinet is van mening dat de kosten worden gedragen door de sector. "
                         "Nederland zal pleiten voor een langere overgangstermijn. "
                         "De werkloosheid in Nederland zal dalen.\n")
    assert analysis.document.doc_type == "fiche" and analysis.document.speaker == "ministry:mnre1130"
    commitments = {s.quote: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert commitments == {"Nederland zal pleiten voor een langere overgangstermijn.": "government:nl"}


def test_an_ask_of_the_kamer_in_a_motion_is_reported_and_the_promise_to_carry_out_this_motion_implements_it(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF +
                         "Uw Kamer heeft mij in de motie Kops (Kamerstuk 21501-33, nr. 1011) verzocht om in de Raad "
                         "te pleiten voor lagere netkosten. Ter uitvoering van deze motie zal ik dit punt in de Raad agenderen. "
                         "Nederland steunt het doel van het voorstel. Nederland zal zich verzetten tegen nieuwe heffingen. "
                         "Daarnaast zal Nederland pleiten voor een evaluatie. De vraag in Nederland zal stijgen.\n")
    request = next(s for s in analysis.statements if s.kind == "Request")
    assert request.actor == "organisation:oorg10002" and "netkosten" in request.quote
    commitments = {s.quote: s for s in analysis.statements if s.kind == "Commitment"}
    assert commitments["Ter uitvoering van deze motie zal ik dit punt in de Raad agenderen."].implements == ("motion:kops-1011",)
    assert commitments["Nederland zal zich verzetten tegen nieuwe heffingen."].actor == "government:nl"
    assert commitments["Daarnaast zal Nederland pleiten voor een evaluatie."].actor == "government:nl"
    assert "De vraag in Nederland zal stijgen." not in commitments
    assert "Nederland steunt het doel van het voorstel." not in commitments, "a position, not a promise"


def test_a_motie_that_asks_one_member_of_government_or_charges_the_government_asks_them(tmp_path):
    analysis = _analysed(tmp_path, _MOTIE.replace(
        "verzoekt de regering om voor 1 juni een plan voor regionale expertisecentra aan de Kamer te sturen,",
        "verzoekt de staatssecretaris van Volksgezondheid, Welzijn en Sport om voor 1 juni een plan te sturen;\n\n"
        "draagt de regering op de expertisecentra structureel te financieren,"))
    asks = {s.quote: s.addressee for s in analysis.statements if s.kind == "Request"}
    assert asks == {
        "verzoekt de staatssecretaris van Volksgezondheid, Welzijn en Sport om voor 1 juni een plan te sturen;": "ministry:mnre1025",
        "draagt de regering op de expertisecentra structureel te financieren,": "government:nl"}


def test_a_letter_as_the_kamer_publishes_it_signed_by_a_post_is_the_ministry_the_post_is_seated_at(tmp_path):
    analysis = _analysed(tmp_path, "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n\n"
                         "32 847 Integrale visie op de woningmarkt\n\nNr. 1150 BRIEF VAN DE MINISTER VOOR VOLKSHUISVESTING "
                         "EN RUIMTELIJKE ORDENING\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                         "Den Haag, 14 maart 2024\n\nMet deze brief informeer ik uw Kamer over de bouw van woningen. "
                         "Ik zal in juni een wetsvoorstel indienen.\n\n"
                         "De Minister voor Volkshuisvesting en Ruimtelijke Ordening,\nH.M. de Jonge\n")
    doc = analysis.document
    assert (doc.doc_type, doc.speaker) == ("kamerbrief", "ministry:mnre1034")
    assert analysis.entities["ministry:mnre1034"].label.endswith("Koninkrijksrelaties"), "the actor is described"
    assert not any(m.type == "Ministry" for m in analysis.mentions), "a post is no mention of a ministry"
    commitments = {s.quote: s for s in analysis.statements if s.kind == "Commitment"}
    assert {s.actor for s in commitments.values()} == {"ministry:mnre1034"}
    assert commitments["Met deze brief informeer ik uw Kamer over de bouw van woningen."].status == "Done"
    assert commitments["Ik zal in juni een wetsvoorstel indienen."].status == "Planned"
    papers = {analysis.entities[m.key].notation for m in analysis.mentions if m.type == "ParliamentaryPaper"}
    assert papers == {"32847-1150"}
    assert doc.title == "Integrale visie op de woningmarkt", "the dossier's title, not its publisher"


def test_an_answer_by_a_minister_with_a_post_is_the_ministry_it_is_seated_at_and_its_title_the_questions(tmp_path):
    analysis = _analysed(tmp_path, "2024Z01234\n\nVragen van het lid Dijk (SP) aan de minister voor Medische Zorg over "
                         "wachttijden (ingezonden 3 januari 2024).\n\nAntwoord van minister Dijkstra (Medische Zorg) "
                         "(ontvangen 30 januari 2024).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa. "
                         "Ik stuur uw Kamer voor de zomer een plan.\n")
    doc = analysis.document
    assert doc.speaker == "ministry:mnre1025" and doc.title.startswith("Vragen van het lid Dijk")
    assert [s.actor for s in analysis.statements if s.kind == "Commitment"] == ["ministry:mnre1025"]


def test_a_minister_whose_post_has_no_department_acts_for_the_ministry_the_post_is_seated_at(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "De minister voor Rechtsbescherming stuurt de Kamer voor de zomer "
                         "een brief over de rechtsbijstand.\n")
    assert [s.actor for s in analysis.statements if s.kind == "Commitment"] == ["ministry:mnre1058"]
    assert analysis.entities["ministry:mnre1058"].label == "Ministerie van Justitie en Veiligheid"


def test_an_amended_motie_is_a_motion_with_its_signers_and_the_paper_it_is(tmp_path):
    analysis = _analysed(tmp_path, _MOTIE.replace(
        "Nr. 912 MOTIE VAN DE LEDEN VAN DER BERG EN KOOIMAN C.S.",
        "Nr. 915 GEWIJZIGDE MOTIE VAN DE LEDEN VAN DER BERG EN KOOIMAN C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 912"))
    motion = next(e for e in analysis.entities.values() if e.type == "Motion")
    assert dict(motion.extra)["motionNumber"] == "915" and motion.label == "Motie Van der Berg/Kooiman c.s."
    papers = {analysis.entities[m.key].notation for m in analysis.mentions if m.type == "ParliamentaryPaper"}
    assert papers == {"31839-915"}
    assert {analysis.entities[m.key].label for m in analysis.mentions if m.type == "Person"} >= {"Kooiman", "Westerveld"}


def test_the_ministerraad_acting_is_the_cabinet():
    from beleidsgraaf.builders.statements import GOVERNMENT, named_actor
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.model import Span
    s = "De ministerraad gaat de besluitenlijsten voortaan openbaar maken."
    mentions, _ = resolve(s, recognise(s))
    assert named_actor(s, Span(0, len(s)), mentions) == GOVERNMENT


def test_an_action_row_naming_the_ministerraad_is_the_cabinets_and_a_knowledge_institute_carries_out_none(tmp_path):
    analysis = _analysed(tmp_path, "Voortgangsrapportage acties\n\nDatum 3 maart 2024\n\n"
                         "Nr.  Omschrijving                         Stand van zaken\n\n"
                         "1.  Besluitenlijsten van de ministerraad \n     openbaar maken\n\n"
                         "2.  Met het Nibud de budgetten \n     herijken\n")
    rows = {s.quote: analysis.entities[s.actor].label for s in analysis.statements if s.rule == "commitment.table-row"}
    assert set(rows.values()) == {"Kabinet"}, rows
    assert len(rows) == 2


def test_a_member_of_government_after_heeft_or_komt_acts_and_the_writer_acts_when_the_cabinet_is_only_in_a_clause():
    from beleidsgraaf.builders.statements import actor_of
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.model import Span
    def actor(s, speaker="ministry:mnre1034"):
        mentions, _ = resolve(s, recognise(s))
        return actor_of(s, Span(0, len(s)), mentions, speaker)
    assert actor("Als vervolg op de motie heeft de minister van LNV Wageningen Research gevraagd dit te onderzoeken.") \
        == "ministry:mnre1153"
    assert actor("Daarnaast komt de minister van LNV op 14 oktober met een appreciatie.") == "ministry:mnre1153"
    assert actor("Hierbij bied ik u de reactie aan, waarbij ik inga op oplossingen die volgens het kabinet aansluiten.") \
        == "ministry:mnre1034"
    assert actor("Het kabinet zal de wet aanpassen, zoals ik eerder schreef.") == "government:nl"


def test_a_bill_named_after_a_ministry_acts_for_it():
    from beleidsgraaf.builders.statements import named_actor
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.model import Span
    s = "Het wetsvoorstel proactieve dienstverlening SZW wil de toegang tot de sociale zekerheid verbeteren."
    mentions, _ = resolve(s, recognise(s))
    assert named_actor(s, Span(0, len(s)), mentions) == "ministry:mnre1073"
    s = "Het wetsvoorstel proactieve dienstverlening wil de toegang verbeteren."
    mentions, _ = resolve(s, recognise(s))
    assert named_actor(s, Span(0, len(s)), mentions) is None


def test_a_ministry_in_brackets_after_the_subject_acts_however_many_words_stand_before_aan():
    from beleidsgraaf.builders.statements import named_actor
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.model import Span
    s = "Het deelprogramma Burgergerichte Overheid (J&V) werkt op dit moment concreet aan een sturingskader."
    mentions, _ = resolve(s, recognise(s))
    assert named_actor(s, Span(0, len(s)), mentions) == "ministry:mnre1058"


def test_a_body_that_closes_brackets_at_a_sentences_start_is_no_subject():
    from beleidsgraaf.builders.statements import named_actor
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.model import Span
    # the rest of a list item split where the brackets close: "(… adviseert de Raad van State); het stelsel …"
    s = "Raad van State); het stelsel van macht en tegenmacht wordt onderzocht."
    mentions, _ = resolve(s, recognise(s))
    assert any(m.surface == "Raad van State" for m in mentions)
    assert named_actor(s, Span(0, len(s)), mentions) is None
    s = "Raad van State onderzoekt het stelsel van macht en tegenmacht."
    mentions, _ = resolve(s, recognise(s))
    assert named_actor(s, Span(0, len(s)), mentions) == next(m.key for m in mentions if m.surface == "Raad van State")


def _letter_of_bzk(tmp_path, on_behalf, body):
    return _analysed(tmp_path, "Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 maart 2024\nBetreft Wachttijden\n\n"
                     f"Geachte voorzitter,\n\nHierbij bied ik u de reactie aan, mede namens {on_behalf}.\n\n{body}\n\n"
                     "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nJ. Jansen\n")


def test_wij_in_a_letter_on_behalf_of_several_members_of_government_is_the_cabinet(tmp_path):
    body = "Wij gaan de loketten in 2025 uitbreiden. Ik zal de Kamer in mei informeren."
    several = _letter_of_bzk(tmp_path, "de ministers van SZW en OCW", body)
    actors = {s.quote: s.actor for s in several.statements if s.kind == "Commitment"}
    assert actors["Wij gaan de loketten in 2025 uitbreiden."] == "government:nl"
    assert actors["Ik zal de Kamer in mei informeren."] == "ministry:mnre1034"
    one = _letter_of_bzk(tmp_path, "de minister van SZW", body)
    actors = {s.quote: s.actor for s in one.statements if s.kind == "Commitment"}
    assert actors["Wij gaan de loketten in 2025 uitbreiden."] == "ministry:mnre1034"


def test_the_kamer_to_be_informed_is_informed_by_the_writer(tmp_path):
    one = _letter_of_bzk(tmp_path, "de minister van SZW", "Uw Kamer wordt in mei over de uitkomsten geïnformeerd.")
    actors = {s.quote: s.actor for s in one.statements if s.kind == "Commitment"}
    assert actors["Uw Kamer wordt in mei over de uitkomsten geïnformeerd."] == "ministry:mnre1034", actors


def test_an_ask_a_government_letter_reports_was_made_of_me_is_addressed_to_the_writers_ministry(tmp_path):
    one = _letter_of_bzk(tmp_path, "de minister van SZW",
                         "De Raad voor het Openbaar Bestuur heeft mij geadviseerd om de regels te vereenvoudigen. "
                         "De Raad van State heeft geadviseerd om de wet aan te passen.")
    to = {s.quote: s.addressee for s in one.statements if s.kind == "Request"}
    assert to["De Raad voor het Openbaar Bestuur heeft mij geadviseerd om de regels te vereenvoudigen."] == "ministry:mnre1034"
    assert to["De Raad van State heeft geadviseerd om de wet aan te passen."] == "government:nl"


def test_a_debates_decision_list_takes_the_member_of_government_at_its_head_and_names_its_members(tmp_path):
    analysis = _analysed(tmp_path, "Besluitenlijst commissiedebat\n\nVaste commissie voor Volksgezondheid, Welzijn en Sport\n\n"
                         "Datum: 25 september 2025\nOnderwerp: Commissiedebat Acute zorg\n\n"
                         "Aanwezige leden: Daniëlle Jansen, Dijk, Paulusma\n\n"
                         "Bewindspersoon: minister van Volksgezondheid, Welzijn en Sport\n\nToezeggingen\n\n"
                         "1. De minister stuurt de Kamer in het eerste kwartaal van 2026 de evaluatie van de regeling.\n\n"
                         "Besluiten\n\n- De commissie verzoekt de minister om voor 1 november 2025 een reactie op het rapport.\n")
    vws = "ministry:mnre1025"
    kinds = {(s.kind, s.actor if s.kind == "Commitment" else s.addressee) for s in analysis.statements}
    assert kinds == {("Commitment", vws), ("Request", vws)}, kinds
    persons = {analysis.entities[m.key].label for m in analysis.mentions if m.type == "Person"}
    assert {"Daniëlle Jansen", "Dijk", "Paulusma"} <= persons


def test_a_state_secretary_whose_post_has_no_department_of_its_name_signs_and_acts_for_the_ministry_it_is_seated_at(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Ik zal de regeling in 2026 vereenvoudigen.\n\n"
                         "De staatssecretaris van Digitalisering en Koninkrijksrelaties presenteert voor de zomer een visie.\n\n"
                         "De staatssecretaris van Participatie en Integratie,\n\nJ. Nobel\n")
    actors = {s.quote: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert actors["Ik zal de regeling in 2026 vereenvoudigen."] == "ministry:mnre1073"       # SZW
    assert actors["De staatssecretaris van Digitalisering en Koninkrijksrelaties presenteert voor de zomer een visie."] \
        == "ministry:mnre1034"                                                                 # BZK


def test_a_signature_with_commas_in_the_post_or_ministry_names_the_writer():
    from beleidsgraaf.builders.analyse import _SIGNED_BY
    for line in ("De minister van Volksgezondheid, Welzijn en Sport,", "De staatssecretaris van Fiscaliteit, Belastingdienst en Douane,"):
        m = _SIGNED_BY.search("Geachte voorzitter,\n\n" + line + "\n\nA. Jansen\n")
        assert m and m.group("dept") == line.split(" van ", 1)[1].rstrip(","), line
    assert not _SIGNED_BY.search("De staatssecretaris van Financiën presenteert voor de zomer een visie.\n")


def test_an_action_rows_status_cell_that_reports_a_letter_sent_is_done_and_one_that_reports_a_start_is_under_way(tmp_path):
    analysis = _analysed(tmp_path, "Voortgangsrapportage acties\n\nDatum 3 juli 2024\n\n"
                         "Nr.  Omschrijving                         Stand van zaken\n\n"
                         "1.  Knelpunten in kaart brengen \n     voor ouders\n"
                         "De uitkomsten zijn 25 juni jl. naar de Kamer gestuurd.\n\n"
                         "2.  Uitwerken afschaffing regeling \n     voor ouders\n"
                         "Op 30 april jl. heeft de minister van SZW de brief naar de Tweede Kamer gestuurd.\n\n"
                         "3.  Opzetten van een programma \n     voor ouders\n"
                         "Aanvullend op de initiatieven is het rijksbrede programma Samen Sterk gestart.\n")
    status = {s.number: s.status for s in analysis.statements if s.rule == "commitment.table-row"}
    assert status == {"1": "Done", "2": "Done", "3": "InProgress"}, status


def test_what_the_government_does_at_the_kamers_request_is_a_commitment_and_reports_the_ask(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Op verzoek van Uw Kamer gaat binnenkort een commissie van start die "
                                                 "het sociaal minimum onderzoekt.\n")
    kinds = {(s.kind, s.actor) for s in analysis.statements}
    assert ("Request", "organisation:oorg10002") in kinds and any(k == "Commitment" for k, _ in kinds), kinds


def test_an_ask_a_party_letter_makes_in_a_footnote_is_a_request_but_a_footnote_of_a_government_letter_promises_nothing(tmp_path):
    party = _analysed(tmp_path, "Aan de informateur\n\nDatum: 3 maart 2025\n\nGeachte informateur,\n\n"
                      "Wij roepen u op de regio te steunen.¹\n\nMet vriendelijke groet,\n\nJan Jansen\nStichting Groen Dorp\n\n"
                      "¹ Met steun doelen wij op de adviezen van de commissie. Wij vragen om volledige opvolging van de adviezen.\n")
    asks = {s.quote for s in party.statements if s.kind == "Request"}
    assert "Wij vragen om volledige opvolging van de adviezen." in asks, asks
    assert not any(q.startswith("Met steun doelen") or q.startswith("¹") for q in asks)
    gov = _analysed(tmp_path, _KAMERBRIEF + "Het kabinet zal de regio steunen.¹\n\n"
                    "¹ Het kabinet zal hierover in 2026 rapporteren, zie Kamerstuk 35510, nr. 10.\n")
    assert not any("rapporteren" in s.quote for s in gov.statements)


def test_members_asks_in_a_report_of_a_written_consultation_are_their_partys_requests_of_the_minister(tmp_path):
    analysis = _analysed(tmp_path, "Tweede Kamer der Staten-Generaal\n\nNr. 8 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
                         "Vastgesteld 10 november 2026\n\nVragen en opmerkingen van de leden van de VVD-fractie\n"
                         "De leden van de VVD-fractie willen weten hoe de minister de organisaties betrekt. "
                         "Deze leden verzoeken de minister de Kamer elk half jaar te informeren over de voortgang.\n\n"
                         "Reactie van de minister\n\nIk zal uw Kamer vanaf januari 2027 elk half jaar informeren.\n\n"
                         "De minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. van Hijum\n")
    kinds = {s.quote[:24]: (s.kind, s.actor, s.addressee) for s in analysis.statements}
    szw = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    assert kinds["Deze leden verzoeken de "] == ("Request", "organisation:partij-vvd", szw), kinds
    assert "De leden van de VVD-frac" not in kinds, "what members want to know promises nothing"
    assert kinds["Ik zal uw Kamer vanaf ja"][:2] == ("Commitment", szw)


def test_a_note_on_a_report_is_dated_the_day_received_and_a_members_ask_with_its_verb_first_is_their_partys(tmp_path):
    analysis = _analysed(tmp_path, "Tweede Kamer der Staten-Generaal\n\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
                         "Ontvangen 12 februari 2026\n\n1. Algemeen\n\n"
                         "De leden van de CDA-fractie vragen de regering om de gevolgen voor gemeenten toe te lichten. "
                         "Ook verzoeken deze leden de regering een overzicht te sturen van de kosten per gemeente.\n\n"
                         "De regering zal het overzicht voor de behandeling aan de Kamer sturen. Zodra de Commissie haar "
                         "voorstel publiceert, stuurt de regering uw Kamer binnen zes weken daarna een appreciatie.\n\n"
                         "De Minister van Sociale Zaken en Werkgelegenheid,\n\nM. Jansen\n")
    assert analysis.document.date == date(2026, 2, 12)
    kinds = {s.quote[:24]: s for s in analysis.statements}
    assert kinds["Ook verzoeken deze leden"].kind == "Request", kinds
    assert kinds["Ook verzoeken deze leden"].actor == "organisation:partij-cda"
    appraisal = kinds["Zodra de Commissie haar "]
    assert appraisal.kind == "Commitment" and appraisal.deadline.latest is None, appraisal.deadline


def test_a_motion_the_writer_carries_out_is_a_commitment_though_a_clause_quotes_its_ask(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Daarnaast voer ik de motie van het lid Kröger (Kamerstuk 29023, nr. 512) "
                         "uit, die de regering verzoekt om maatschappelijke voorrang wettelijk te verankeren.\n\n"
                         "De minister van Klimaat en Groene Groei,\n\nS. Hermans\n")
    found = [s for s in analysis.statements if s.quote.startswith("Daarnaast voer ik")]
    assert [(s.kind, s.rule) for s in found] == [("Commitment", "commitment.implements-motion")], found
    assert found[0].implements


def test_a_municipalitys_board_signs_its_letter_in_a_bundle_and_the_addressee_is_not_the_sender(tmp_path):
    letter = ("Aan de vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening\n\nUtrecht, 4 maart 2026\n\n"
              "Onderwerp: standpunt\n\nGeachte commissieleden,\n\nWij zullen in 2026 een nieuwe woonvisie vaststellen. "
              "Wij vragen het Rijk om structurele middelen.\n\nBurgemeester en wethouders van Utrecht,\n\n"
              "de burgemeester,\nSharon Dijksma\n")
    other = ("Aan de vaste commissie voor Volkshuisvesting en Ruimtelijke Ordening\n\nDatum: 2 maart 2026\n\n"
             "Geachte leden van de commissie,\n\nWij vragen u de regie wettelijk te verankeren.\n\n"
             "Met vriendelijke groet,\n\nMartin van Rijn\nvoorzitter Aedes\n\n---\n\n")
    analysis = _analysed(tmp_path, "Bundel van inbreng\n\n" + other + letter)
    utrecht = analysis.document.letters[-1]
    assert analysis.entities[utrecht.sender].label == "Gemeente Utrecht", utrecht
    pledge = next(s for s in analysis.statements if s.quote.startswith("Wij zullen in 2026"))
    assert pledge.kind == "Commitment" and pledge.actor == utrecht.sender


def test_a_row_naming_no_body_is_the_one_its_status_cell_says_acts_and_its_sentences_without_one_are_too(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "Er starten in september workshops voor medewerkers. Over de voortgang wordt door de "
                         "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties gerapporteerd in het jaarverslag.\n\n"
                         "2.  Beslagvrije voet herzien \n"
                         "Op dit moment onderzoekt het CJIB hoe de beslagvrije voet wordt berekend. Daarbij zal ook "
                         "naar de rol van gemeenten worden gekeken.\n\n"
                         # the writer of a letter the cell mentions, and a partner, carry out nothing
                         "3.  Wachttijden in kaart brengen \n"
                         "De Kamer wordt hierover in de voortgangsbrief van de minister van Sociale Zaken en "
                         "Werkgelegenheid in juni geïnformeerd.\n\n"
                         "4.  Met het UWV overleggen over de loketten \n"
                         "Het UWV werkt aan een nieuwe planning. In mei volgt een proef.\n\n"
                         "5.  Lokale teams versterken \n"
                         "De VNG ondersteunt de gemeenten bij de inrichting. Eind 2027 heeft elke gemeente een team.\n\n"
                         "6.  Wachtlijsten verkorten \n"
                         "De Nederlandse Zorgautoriteit houdt toezicht op de uitvoering. In juni volgt een eerste meting.\n")
    found = {s.quote[:16]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    bzk = "ministry:mnre1034"
    cjib = next(k for k, e in analysis.entities.items() if e.label == "Centraal Justitieel Incassobureau")
    assert found["Loketten beter b"] == found["Er starten in se"] == bzk, found
    assert found["Beslagvrije voet"] == found["Daarbij zal ook "] == cjib, found
    assert found["Wachttijden in k"] == "government:nl", found
    assert found["Met het UWV over"] == found["In mei volgt een"] == "government:nl", found
    assert found["Lokale teams ver"] == found["Wachtlijsten ver"] == "government:nl", found


def test_a_body_a_row_is_done_for_or_sets_up_does_not_own_it(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE + "Loopt. De eerste loketten gaan in mei open.\n\n"
                         "2.  Uitkomsten onderzoek verbreden voor in ieder geval het UWV \n"
                         "Loopt. Eerste fase van het onderzoek wordt voorzien in het najaar.\n\n"
                         "3.  Verkenning Nationaal Coördinator Groningen \n"
                         "Loopt. De verkenning wordt in juni afgerond.\n\n"
                         "4.  Centraal Justitieel Incassobureau ingesteld met de nieuwe wet \n"
                         "Loopt. De wet treedt in juli in werking.\n\n"
                         "5.  Burgerpanels bij het UWV \n"
                         "Loopt. Het eerste panel komt in juni bijeen.\n")
    rows = {s.number: s.actor for s in analysis.statements if s.rule == "commitment.table-row"}
    assert rows["2"] == rows["3"] == rows["4"] == "government:nl", rows
    assert analysis.entities[rows["5"]].label == "Uitvoeringsinstituut Werknemersverzekeringen"


def test_a_status_cell_written_in_the_first_person_about_a_bodys_own_website_is_that_bodys(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE + "Loopt. De SVB heeft de loketten in kaart gebracht.\n\n"
                         "2.  Burgers beter informeren over uitstel van betaling \n"
                         "Loopt. In juni testen we de nieuwe pagina's onder gebruikers. Streven is om in oktober de "
                         "vernieuwde omgeving op svb.nl gereed te hebben.\n\n"
                         "3.  Brieven begrijpelijker maken \n"
                         "Loopt. In mei proberen we de nieuwe brieven uit. Zie ook rijksoverheid.nl.\n")
    found = {s.quote[:16]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    svb = next(k for k, e in analysis.entities.items() if e.label == "Sociale Verzekeringsbank")
    assert found["Burgers beter in"] == found["In juni testen w"] == found["Streven is om in"] == svb, found
    assert found["Brieven begrijpe"] == "government:nl", found


def test_a_body_a_status_cell_refers_to_by_its_kind_acts(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE + "Loopt. Het Meldpunt Fouten in Registraties (MFR) is op 1 maart "
                         "gestart. Het meldpunt werkt aan een netwerk van uitvoeringsorganisaties.\n")
    actor = next(s.actor for s in analysis.statements if s.quote.startswith("Het meldpunt werkt"))
    assert analysis.entities[actor].label == "Meldpunt Fouten in Registraties"


def test_the_items_of_a_list_a_status_cell_introduces_are_the_work_of_the_body_the_introduction_names(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE +
                         "De Sociale Verzekeringsbank test in juni een afsprakenmodule. Het UWV werkt op dit moment "
                         "concreet aan:\n- het invoeren van een terugbelservice;\n- het verruimen van de openingstijden.\n")
    found = {s.quote[:16]: s for s in analysis.statements if s.kind == "Commitment"}
    labels = {q: analysis.entities[s.actor].label for q, s in found.items()}
    assert labels["Loketten beter b"] == labels["De Sociale Verze"] == "Sociale Verzekeringsbank", labels
    assert found["het invoeren van"].rule == found["het verruimen va"].rule == "commitment.list-item"
    assert labels["het invoeren van"] == labels["het verruimen va"] == "Uitvoeringsinstituut Werknemersverzekeringen", labels


def test_an_advisers_work_done_does_not_make_a_row_its_and_the_minister_by_office_is_the_writers(tmp_path):
    analysis = _analysed(tmp_path, "Ministerie van Justitie en Veiligheid\n\nVoortgangsrapportage wetgeving\n\n"
                         "Datum 1 november 2026\n\nNr.  Omschrijving                         Stand van zaken\n\n"
                         "1.  Wetsvoorstel modernisering strafvordering \n"
                         "De Raad van State heeft op 3 mei 2026 advies uitgebracht. Het wetsvoorstel wordt in december "
                         "bij de Tweede Kamer ingediend.\n\n"
                         "2.  Wachttijden rechtspraak terugdringen \n"
                         "De Raad voor de rechtspraak heeft een plan van aanpak opgesteld. De minister bespreekt het plan "
                         "in januari met de Raad.\n")
    found = {s.quote[:16]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert found["Wetsvoorstel mod"] == found["Het wetsvoorstel"] == found["Wachttijden rech"] == "government:nl", found
    assert found["De minister besp"] == "ministry:mnre1058", found


def test_a_status_sentence_is_the_work_of_the_row_it_refers_to_or_of_the_whole_government(tmp_path):
    analysis = _analysed(tmp_path, _ACTION_TABLE + "Loopt. Het kabinet werkt aan een plan voor de loketten.\n\n"
                         "2.  Wachttijden uitkeringen verkorten \n"
                         "Loopt. Het UWV werkt aan een nieuwe planning. Overige loketten worden in het kader van het "
                         "plan bezien, zie actie 1. Na de zomer zal de aanpak ook in het rijk ter hand worden genomen. "
                         "In september volgt een evaluatie.\n")
    found = {s.quote[:16]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    uwv = next(k for k, e in analysis.entities.items() if e.label == "Uitvoeringsinstituut Werknemersverzekeringen")
    assert found["Wachttijden uitk"] == found["In september vol"] == uwv, found
    assert found["Overige loketten"] == found["Na de zomer zal "] == "government:nl", found


def test_rows_without_numbers_have_owners_of_their_own(tmp_path):
    analysis = _analysed(tmp_path, "Overzicht toezeggingen\n\nToezegging | Debat | Stand van zaken\n"
                         "Een handreiking over de bijstand | Commissiedebat, 12 februari 2026 | Loopt.\n"
                         "De minister van Defensie stuurt de Kamer een brief | Commissiedebat, 20 maart 2026 | Loopt.\n")
    rows = {s.quote[:10]: s.actor for s in analysis.statements if s.rule == "commitment.table-row"}
    assert rows == {"Een handre": "government:nl", "De ministe": "ministry:mnre1018"}, rows


def test_a_body_in_a_bracketed_list_of_fields_does_not_own_a_table_row(tmp_path):
    text = ("Voortgang\n\nNr. Omschrijving Stand van zaken\n\n1. Kijken naar handhaving op de terreinen\n"
            "(sociale zekerheid, UWV, SVB)\n\nOok wordt onderzocht hoe dit zou moeten doorwerken in de regels.\n")
    analysis = _analysed(tmp_path, text)
    row = next(s for s in analysis.statements if s.rule == "commitment.table-row")
    assert row.actor == "government:nl", row


def test_an_action_plan_a_ministry_publishes_is_its_and_a_how_introduces_the_items_a_heading_ends(tmp_path):
    analysis = _analysed(tmp_path, "Actieplan Eenzaamheid 2026-2028\n\nMinisterie van Volksgezondheid, Welzijn en Sport\n\n"
                         "Juni 2026\n\n1. Taboes\n\nWe gaan het gesprek over eenzaamheid normaliseren. Dat doen we onder "
                         "meer door:\n- de Week tegen Eenzaamheid jaarlijks te ondersteunen;\n- in 2027 een handreiking te "
                         "publiceren voor werkgevers.\n\n2. Monitoring en evaluatie\n\nIn het najaar van 2026 start een "
                         "landelijke campagne.\n")
    vws = analysis.document.speaker
    assert vws and analysis.entities[vws].label == "Ministerie van Volksgezondheid, Welzijn en Sport"
    found = {s.quote: s for s in analysis.statements}
    items = [q for q, s in found.items() if s.rule == "commitment.list-item"]
    assert items == ["de Week tegen Eenzaamheid jaarlijks te ondersteunen;",
                     "in 2027 een handreiking te publiceren voor werkgevers."], items
    assert all(found[q].actor == vws for q in items)
    assert found["In het najaar van 2026 start een landelijke campagne."].kind == "Commitment"


def test_a_member_of_government_by_office_alone_in_a_ministrys_letter_is_that_ministry(tmp_path):
    analysis = _analysed(tmp_path, "Ministerie van Defensie\n\n" + _KAMERBRIEF +
                         "De staatssecretaris heeft in het debat van 12 juni toegezegd de Kamer voor het einde van het "
                         "jaar een evaluatie te sturen.\n\nDe minister van Defensie,\n\nR.P. Brekelmans\n")
    pledge = next(s for s in analysis.statements if s.kind == "Commitment")
    assert analysis.entities[pledge.actor].label == "Ministerie van Defensie", pledge


def test_the_pledges_a_report_of_a_debate_lists_are_the_ministry_of_the_member_it_debated_with(tmp_path):
    analysis = _analysed(tmp_path, "Tweede Kamer der Staten-Generaal\n\nNr. 812 VERSLAG VAN EEN COMMISSIEDEBAT\n\n"
                         "Vastgesteld 20 november 2026\n\nDe vaste commissie heeft op 29 oktober 2026 overleg gevoerd met "
                         "de heer Nobel, staatssecretaris van Participatie en Integratie, over armoede.\n\nToezeggingen\n\n"
                         "- De staatssecretaris zegt toe de Kamer voor de zomer van 2027 te informeren over de pilot.\n"
                         "- De staatssecretaris stuurt de Kamer in het eerste kwartaal van 2027 een brief over de evaluatie.\n")
    actors = {analysis.entities[s.actor].label for s in analysis.statements if s.kind == "Commitment"}
    assert actors == {"Ministerie van Sociale Zaken en Werkgelegenheid"}, actors


def test_a_cabinet_response_quotes_the_advisers_numbered_recommendations_as_its_requests(tmp_path):
    analysis = _analysed(tmp_path, "Aan de Voorzitter van de Tweede Kamer\n\nDatum 3 maart 2024\n"
                         "Betreft Kabinetsreactie op het advies 'Dicht bij huis' van de Raad voor Volksgezondheid en Samenleving\n\n"
                         "Geachte voorzitter,\n\nHierbij ontvangt u de kabinetsreactie op dit advies.\n\n"
                         "Aanbeveling 1: Investeer in wijkteams die ouderen thuis opzoeken.\n"
                         "Reactie: Het kabinet neemt deze aanbeveling over en stelt in 2025 extra middelen beschikbaar.\n\n"
                         "Aanbeveling 2. Zorg voor één loket per gemeente.\n"
                         "Reactie: Het kabinet deelt de analyse, maar neemt deze aanbeveling niet over.\n\n"
                         "Aanbeveling 3: Dit advies gaat over de wijk.\n\n"
                         "De minister van Volksgezondheid, Welzijn en Sport,\n\nA. de Wit\n")
    requests = [s for s in analysis.statements if s.kind == "Request"]
    # (a label with a colon is part of its sentence; one with a full stop is a line of its own)
    assert [s.quote for s in requests] == ["Aanbeveling 1: Investeer in wijkteams die ouderen thuis opzoeken.",
                                           "Zorg voor één loket per gemeente."], requests
    assert {analysis.entities[s.actor].label for s in requests} == {"Raad voor Volksgezondheid en Samenleving"}
    assert all(s.rule == "request.recommendation" for s in requests)


def test_a_consequence_imagined_for_the_states_budget_promises_nothing():
    assert not is_commitment("Een vaste groei zou de begroting van het Rijk minder wendbaar maken.", True)
    assert is_commitment("De minister zou voor de zomer een wetsvoorstel over de begroting van het Rijk sturen.", True)
    assert is_commitment("Het programma zorgt voor een samenhangend pakket maatregelen van de rijksoverheid.", True)


def test_a_public_body_writing_to_a_minister_promises_what_it_will_do_by_a_time_it_names(tmp_path):
    analysis = _analysed(tmp_path, "Gemeente Deventer\n\nAan de minister van Volkshuisvesting en Ruimtelijke Ordening\n"
                         "Postbus 20011\n2500 EA Den Haag\n\nDeventer, 9 september 2025\nOnderwerp: Spoedzoekers\n\n"
                         "Geachte minister,\n\nSamen met de corporaties bouwen wij de komende drie jaar 300 flexwoningen.\n"
                         "Daarnaast hebben wij drie medewerkers aangenomen voor het loket.\n"
                         "Wij vragen u de regeling voor flexwoningen te verlengen.\n\nMet vriendelijke groet,\n\n"
                         "Het college van burgemeester en wethouders van Deventer\n")
    commitments = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [s.quote[:25] for s in commitments] == ["Samen met de corporaties "], commitments
    assert analysis.entities[commitments[0].actor].label == "Gemeente Deventer"
    assert commitments[0].status in ("Planned", "InProgress")
    assert [s.kind for s in analysis.statements if "verlengen" in s.quote] == ["Request"]


def test_a_civil_society_body_writing_to_a_minister_makes_no_commitment_of_its_plans(tmp_path):
    analysis = _analysed(tmp_path, "Patiëntenfederatie Nederland\n\nAan de minister van Volksgezondheid, Welzijn en Sport\n"
                         "Postbus 20350\n2500 EJ Den Haag\n\nUtrecht, 9 september 2025\nOnderwerp: Wachttijden\n\n"
                         "Geachte minister,\n\nDe komende drie jaar bouwen wij een meldpunt voor wachttijden.\n\n"
                         "Met vriendelijke groet,\n\nPatiëntenfederatie Nederland\n")
    assert not [s for s in analysis.statements if s.kind == "Commitment"]


def test_the_heading_of_a_set_of_answers_names_the_ministry_that_answers(tmp_path):
    analysis = _analysed(tmp_path, "Antwoorden van de minister van Infrastructuur en Waterstaat op vragen van het lid "
                         "Jansen (CDA) over de A69 (ingezonden 12 februari 2026)\n\nVraag 1\nBent u bereid de Kamer te "
                         "informeren?\n\nAntwoord 1\nJa, ik zal uw Kamer voor de zomer van 2026 informeren over de planning.\n")
    assert analysis.entities[analysis.document.speaker].label == "Ministerie van Infrastructuur en Waterstaat"
    pledge = next(s for s in analysis.statements if s.kind == "Commitment")
    assert pledge.actor == analysis.document.speaker


def test_a_question_asking_for_a_promise_answered_with_a_plain_yes_is_the_answering_ministrys_commitment(tmp_path):
    analysis = _analysed(tmp_path, "Antwoorden van de minister van Infrastructuur en Waterstaat op vragen van het lid "
                         "Jansen over de A69 (ingezonden 12 februari 2026)\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\n"
                         "Vraag 2\nBent u bereid voor de zomer met de provincie in overleg te treden?\n\nAntwoord 2\nJa.\n\n"
                         "Vraag 3\nBent u bereid de Kamer te informeren?\n\nAntwoord 3\nJa, ik zal uw Kamer in het najaar "
                         "informeren.\n\nVraag 4\nWilt u de regeling verlengen?\n\nAntwoord 4\nNee.\n\n"
                         "Vraag 5\nWilt u deze vragen beantwoorden voor het commissiedebat?\n\nAntwoord 5\nJa.\n")
    pledges = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [s.quote for s in pledges if s.rule == "commitment.answered-yes"] == [
        "Bent u bereid voor de zomer met de provincie in overleg te treden?"], pledges
    assert all(s.actor == analysis.document.speaker for s in pledges)
    assert len(pledges) == 2 and any(s.quote.startswith("Ja, ik zal") for s in pledges)
    assert next(s for s in pledges if s.rule == "commitment.answered-yes").deadline is not None


def test_a_motion_headed_by_its_first_submitter_is_the_numbered_one_and_the_kamers_ask_of_me_is_addressed_to_me(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Motie Dobbe c.s.\nDe motie van de leden Dobbe en Slagt-Tichelman "
                         "(Kamerstuk 30169, nr. 91) verzoekt de regering om de mantelzorgwaardering te verankeren. "
                         "Ik voer deze motie uit door in 2027 een wetsvoorstel in te dienen.\n\nTot slot heeft uw Kamer mij "
                         "tijdens het commissiedebat van 3 oktober gevraagd om u te informeren over de mantelzorgpas.\n\n"
                         "De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nV. Karremans\n")
    motions = {e.label for e in analysis.entities.values() if e.type == "Motion"}
    assert motions == {"Motie Dobbe/Slagt-Tichelman"}, motions
    requests = [s for s in analysis.statements if s.kind == "Request"]
    assert not any(s.quote.startswith("Motie Dobbe c.s.") for s in requests), "the heading is a line of its own"
    asked = next(s for s in requests if "mantelzorgpas" in s.quote)
    assert asked.addressee == analysis.document.speaker


def test_an_agency_writing_to_its_minister_promises_what_it_will_do_in_any_words_and_its_board_signs_for_it(tmp_path):
    analysis = _analysed(tmp_path, "Uitvoeringsinstituut Werknemersverzekeringen\n\nAan de minister van Sociale Zaken en "
                         "Werkgelegenheid\nPostbus 90801\n2509 LV Den Haag\n\nAmsterdam, 15 september 2026\nOnderwerp: "
                         "Uitvoeringstoets\n\nGeachte minister,\n\nWij passen onze systemen in 2027 aan. Daarnaast werven wij in "
                         "het voorjaar van 2027 extra verzekeringsartsen. UWV informeert u elk kwartaal over de voortgang. "
                         "In 2025 hebben wij 300 artsen aangenomen. Wij adviseren u om de wet niet eerder dan 2028 in te "
                         "voeren. We willen samen met de gemeenten werken aan betere dienstverlening. Wij merken dat de "
                         "werkdruk stijgt.\n\nMet vriendelijke groet,\n\nRaad van bestuur UWV,\n\nM. de Groot\nvoorzitter\n")
    uwv = "Uitvoeringsinstituut Werknemersverzekeringen"
    assert analysis.entities[analysis.document.sender].label == uwv
    assert not any(e.label.startswith("Raad van bestuur") for e in analysis.entities.values())
    pledges = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [s.quote[:20] for s in pledges] == ["Wij passen onze syst", "Daarnaast werven wij", "UWV informeert u elk",
                                               "We willen samen met "]
    assert {analysis.entities[s.actor].label for s in pledges} == {uwv}
    assert [s.kind for s in analysis.statements if "adviseren" in s.quote] == ["Request"]


def test_an_item_the_writer_says_is_theirs_in_a_list_the_cabinet_introduces_is_the_writers(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Het kabinet neemt daarom de volgende maatregelen:\n\n"
                         "1. Het kabinet verruimt per 1 januari 2027 de inzet van medewerkers in opleiding.\n"
                         "2. Samen met de sector ontwikkel ik een campagne om het beroep aantrekkelijker te maken.\n\n"
                         "De minister van Sociale Zaken en Werkgelegenheid,\n\nY. van Hijum\n")
    items = {s.quote[:12]: analysis.entities[s.actor].label for s in analysis.statements if s.rule == "commitment.list-item"}
    assert items == {"Het kabinet ": "Kabinet", "Samen met de": "Ministerie van Sociale Zaken en Werkgelegenheid"}, items


def test_an_advisers_letter_numbering_its_recommendations_on_lines_of_their_own_asks_with_each(tmp_path):
    analysis = _analysed(tmp_path, "Raad voor Volksgezondheid & Samenleving\n\nAan de minister van Volksgezondheid, Welzijn "
                         "en Sport\nPostbus 20350\n2500 EJ Den Haag\n\nDatum 3 maart 2026\nBetreft Advies\n\nGeachte minister,\n\n"
                         "Onze aanbevelingen\n\nAanbeveling 1. Geef de regio's een eigen budget.\nAanbeveling 2. Maak "
                         "verzekeraars en gemeenten samen verantwoordelijk.\n\nMet vriendelijke groet,\n\nRaad voor "
                         "Volksgezondheid & Samenleving\n")
    assert [s.quote for s in analysis.statements if s.kind == "Request"] == [
        "Geef de regio's een eigen budget.", "Maak verzekeraars en gemeenten samen verantwoordelijk."]


def test_a_state_commission_a_letter_from_outside_says_will_come_is_the_cabinets_commitment(tmp_path):
    analysis = _analysed(tmp_path, "Patiëntenfederatie Nederland\n\nAan de informateur\n\nUtrecht, 9 september 2025\n"
                         "Onderwerp: Zorg\n\nGeachte informateur,\n\nEr komt een staatscommissie die zich zal buigen over de "
                         "toekomst van de zorg. Er komt een moment dat wij moeten kiezen.\n\nMet vriendelijke groet,\n\n"
                         "Patiëntenfederatie Nederland\n")
    pledges = [s for s in analysis.statements if s.kind == "Commitment"]
    assert [(s.quote[:25], s.actor) for s in pledges] == [("Er komt een staatscommiss", "government:nl")], pledges


def test_a_list_of_answers_is_dated_when_settled_and_answered_by_the_member_the_questions_were_put_to(tmp_path):
    analysis = _analysed(tmp_path, "36 900 XV Vaststelling van de begrotingsstaten voor het jaar 2027\n\n"
                         "Nr. 7 LIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 4 november 2026\n\n"
                         "De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft een aantal vragen voorgelegd aan "
                         "de Minister van Sociale Zaken en Werkgelegenheid over de begroting voor 2027.\n\n"
                         "Vraag 1\nWanneer komt de evaluatie?\n\nAntwoord\n"
                         "Ik stuur uw Kamer de evaluatie voor 1 april 2027.\n")
    assert analysis.document.date == date(2026, 11, 4)
    szw = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    promise = next(s for s in analysis.statements if s.quote.startswith("Ik stuur"))
    assert promise.actor == szw, promise


def test_a_committees_letter_asks_by_a_date_and_is_not_written_by_the_ministry_it_is_named_after(tmp_path):
    analysis = _analysed(tmp_path, "Vaste commissie voor Infrastructuur en Waterstaat\n\n"
                         "Aan de Minister van Infrastructuur en Waterstaat\nPostbus 20901\n2500 EX Den Haag\n\n"
                         "Datum 9 februari 2026\nBetreft Verzoek om een brief over sluizen\n\nGeachte minister,\n\n"
                         "De commissie verzoekt u om de Kamer uiterlijk 15 maart 2026 te informeren over de sluizen. "
                         "Daarnaast verzoekt de commissie u een lijst te sturen van de kosten.\n\nHoogachtend,\n\n"
                         "De griffier van de vaste commissie voor Infrastructuur en Waterstaat,\nJ. de Vries\n")
    assert analysis.document.speaker is None
    asks = [s for s in analysis.statements if s.kind == "Request"]
    assert [s.quote[:24] for s in asks] == ["De commissie verzoekt u ", "Daarnaast verzoekt de co"], asks
    assert asks[0].deadline.latest == date(2026, 3, 15) and asks[1].deadline is None
    assert all(s.actor.startswith("organisation:commissie") for s in asks), asks


def test_an_auditors_letter_about_a_ministry_reports_that_ministers_pledge_and_not_its_own_recommendations_adopted(tmp_path):
    analysis = _analysed(tmp_path, "Algemene Rekenkamer\nPostbus 20015\n2500 EA Den Haag\n\n"
                         "Aan de voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                         "Datum 18 mei 2026\nBetreft Verantwoordingsonderzoek bij het Ministerie van Defensie\n\n"
                         "Geachte voorzitter,\n\n"
                         "Wij bevelen de minister aan om voor eind 2026 een plan voor de kazernes op te stellen. "
                         "De minister onderschrijft onze aanbevelingen. "
                         "De minister zal de Kamer vanaf 2027 jaarlijks informeren over de kazernes. "
                         "Ook adviseren wij de minister om de wet niet eerder dan 1 januari 2028 in werking te laten treden.\n\n"
                         "Algemene Rekenkamer\n\ndr. A. Bakker,\npresident\n")
    assert analysis.document.speaker is None
    defensie = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    by = {s.quote[:20]: s for s in analysis.statements}
    assert by["Wij bevelen de minis"].kind == "Request" and by["Wij bevelen de minis"].deadline.latest == date(2026, 12, 31)
    assert "De minister onderschr" not in by, by
    assert (by["De minister zal de K"].kind, by["De minister zal de K"].actor) == ("Commitment", defensie), by
    earliest = by["Ook adviseren wij de"]
    assert earliest.kind == "Request" and earliest.deadline is None, earliest.deadline


def test_a_municipalitys_board_by_the_name_its_letters_give_it_pledges_what_is_to_come(tmp_path):
    analysis = _analysed(tmp_path, "Gemeente Arnhem\n\nAan de gemeenteraad\nDatum: 3 februari 2026\n"
                         "Onderwerp: Voortgang armoedebeleid\n\nGeachte raadsleden,\n\n"
                         "Het college heeft in 2025 de regeling verruimd. "
                         "Daarnaast stelt het college dit jaar een nieuwe verordening vast.\n\n"
                         "Met vriendelijke groet,\n\nBurgemeester en wethouders van Arnhem,\n\nde burgemeester,\nA. Marcouch\n")
    pledges = {s.quote[:26]: s for s in analysis.statements if s.kind == "Commitment"}
    assert list(pledges) == ["Daarnaast stelt het colleg"], pledges
    assert pledges["Daarnaast stelt het colleg"].actor == analysis.document.sender == "organisation:gm0202"


def test_an_action_plans_labelled_blocks_are_its_rows_with_owner_deadline_and_status(tmp_path):
    analysis = _analysed(tmp_path, "Actieplan Schone Lucht\n\nMinisterie van Infrastructuur en Waterstaat\n\nApril 2026\n\n"
                         "1. Acties\n\n"
                         "Actie 1: Meetpunten bij alle scholen\nWie: IenW, RIVM\nWanneer: eind 2026\n"
                         "Het RIVM plaatst in 2026 meetpunten bij scholen in de grote steden.\n\n"
                         "Actie 2: Strengere normen voor houtkachels\nWie: alle ministeries, gemeenten\nWanneer: 2027\n"
                         "Gemeenten krijgen meer ruimte om stookverboden in te stellen.\n\n"
                         "Actie 3: Verkenning naar roet\nWie: RIVM\nWanneer: afgerond\n"
                         "Het RIVM heeft in 2025 een verkenning gedaan naar roet.\n\n"
                         "2. Monitoring\n\nDe minister informeert de Kamer jaarlijks.\n")
    assert analysis.document.date == date(2026, 4, 1) and analysis.document.doc_type == "actieplan"
    rows = {s.number: s for s in analysis.statements if s.rule == "commitment.table-row"}
    assert sorted(rows) == ["1", "2", "3"], rows
    ienw = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    assert (rows["1"].quote, rows["1"].actor, rows["1"].deadline.latest) == ("Meetpunten bij alle scholen", ienw,
                                                                            date(2026, 12, 31))
    assert rows["2"].actor == "government:nl" and rows["2"].deadline.latest == date(2027, 12, 31)
    assert rows["3"].status == "Done" and rows["3"].deadline is None
    done = next(s for s in analysis.statements if s.quote.startswith("Het RIVM heeft in 2025"))
    assert done.status == "Done", done


def test_one_action_heading_alone_is_no_plan_of_actions(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Actie 1: bellen\nWie: ik\n\nDat is het plan. Ik stuur u voor de zomer een brief.\n")
    assert not analysis.document.table_rows


def test_a_pledge_row_by_office_alone_is_the_ministry_the_list_is_of(tmp_path):
    analysis = _analysed(tmp_path, "Overzicht openstaande toezeggingen van het Ministerie van Defensie\n\n"
                         "Toezegging | Debat | Stand van zaken\n"
                         "De minister stuurt de Kamer een brief over de kazernes | Commissiedebat, 3 maart 2026 | Loopt.\n"
                         "Het kabinet verkent een dienjaar | Begrotingsdebat, 9 november 2025 | Afgerond.\n")
    defensie = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    rows = {s.quote[:13]: s for s in analysis.statements if s.rule == "commitment.table-row"}
    assert (rows["De minister s"].actor, rows["De minister s"].status) == (defensie, "InProgress"), rows
    assert (rows["Het kabinet v"].actor, rows["Het kabinet v"].status) == ("government:nl", "Done"), rows


def test_a_letter_that_keeps_a_pledge_or_carries_out_a_motion_by_itself_is_done(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Zoals toegezegd in het debat van 2 februari 2024, informeer ik u hierbij "
                         "over de wachtlijsten. Met deze brief voldoe ik ook aan de motie van het lid Bikker (Kamerstuk "
                         "36 200, nr. 14).\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nF. Jansen\n")
    by = {s.quote[:20]: s for s in analysis.statements}
    assert by["Zoals toegezegd in h"].status == "Done", by
    motion = by["Met deze brief voldo"]
    assert (motion.status, motion.rule) == ("Done", "commitment.implements-motion") and motion.implements, motion


def test_in_the_report_of_a_debate_members_ask_and_the_minister_whose_turn_it_is_promises(tmp_path):
    analysis = _analysed(tmp_path, "Nr. 88 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 2 december 2025\n\n"
                         "De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft op 5 november 2025 overleg gevoerd "
                         "met mevrouw Paul, Minister van Onderwijs, Cultuur en Wetenschap, over het lerarentekort.\n\n"
                         "De voorzitter:\nIk open de vergadering.\n\n"
                         "Mevrouw Beckerman (SP):\nIk vraag de minister om de Kamer voor de zomer te informeren over de "
                         "zij-instromers. Ik zal daar zelf ook op letten.\n\n"
                         "Minister Paul:\nIk zal uw Kamer voor 1 juni 2026 een brief sturen over de zij-instromers.\n\n"
                         "De heer Soepboer (NSC):\nIs de minister bereid om met de sectorraden te praten?\n\n"
                         "Minister Paul:\nDaartoe ben ik bereid.\n\nToezeggingen\n"
                         "- De minister stuurt de Kamer voor 1 juni 2026 een brief over de zij-instromers.\n")
    ocw = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    by = {s.quote[:22]: s for s in analysis.statements}
    assert "Ik open de vergadering" not in by and "Ik zal daar zelf ook o" not in by, by
    ask = by["Ik vraag de minister o"]
    assert (ask.kind, ask.actor, ask.addressee) == ("Request", "person:beckerman", ocw), ask
    question = by["Is de minister bereid "]
    assert (question.kind, question.actor) == ("Request", "person:soepboer"), question
    promise = by["Ik zal uw Kamer voor 1"]
    assert (promise.kind, promise.actor, promise.deadline.latest) == ("Commitment", ocw, date(2026, 6, 1)), promise
    pledge = next(s for s in analysis.statements if s.quote.startswith("- De minister stuurt"))
    assert pledge.actor == ocw, pledge


def test_a_planning_column_beside_a_status_column_is_the_rows_deadline_and_an_actiehouder_its_owner(tmp_path):
    analysis = _analysed(tmp_path, "Voortgang actieplan wonen\n\nDatum 1 maart 2026\n\n"
                         "Actie | Actiehouder | Planning | Status\n"
                         "Meer flexwoningen bouwen | Ministerie van Volkshuisvesting en Ruimtelijke Ordening | Q4 2026 | Loopt\n"
                         "Regels voor splitsen verruimen | Ministerie van Volkshuisvesting en Ruimtelijke Ordening | 1 juli 2026 | Afgerond\n")
    rows = {s.quote: s for s in analysis.statements if s.rule == "commitment.table-row"}
    vro = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    first, second = rows["Meer flexwoningen bouwen"], rows["Regels voor splitsen verruimen"]
    assert (first.actor, first.status, first.deadline.latest) == (vro, "InProgress", date(2026, 12, 31)), first
    assert (second.status, second.deadline.latest) == ("Done", date(2026, 7, 1)), second


def test_a_site_page_is_dated_by_its_kind_and_day_and_an_actions_cell_names_no_body(tmp_path):
    analysis = _analysed(tmp_path, "Voortgang aanpak discriminatie\n\nKamerbrief | 12-05-2026\n\n"
                         "Maatregel | Actiehouder | Status\n"
                         "Meldpunt discriminatie uitbreiden | Minister van BZK | Nog niet gestart\n"
                         "Campagne voor werkgevers | Minister van SZW | Afgerond. De campagne liep in maart en april.\n")
    assert analysis.document.date == date(2026, 5, 12)
    assert not any(e.label.startswith("Meldpunt") for e in analysis.entities.values()), analysis.entities
    ran = next(s for s in analysis.statements if s.quote.startswith("De campagne liep"))
    assert ran.status == "Done" and ran.deadline.latest == date(2026, 3, 31), ran


def test_a_letter_without_empty_lines_signed_in_capitals_over_a_note_is_the_ministers(tmp_path):
    analysis = _analysed(tmp_path, "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nDatum 9 juli 2026\n"
                         "Betreft Laadpalen\nGeachte voorzitter,\nMet deze brief informeer ik uw Kamer over de laadpalen.\n"
                         "Ik stuur uw Kamer in het najaar een wetsvoorstel. De ANWB heeft gevraagd om een tijdpad.\n"
                         "Hoogachtend,\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\nR. Tieman\n1 CBS, Statline, 2026.\n")
    ienw = "ministry:mnre1130"
    assert analysis.document.speaker == ienw and analysis.document.letters[0].sender == ienw
    by = {s.quote[:20]: s for s in analysis.statements}
    assert (by["Met deze brief infor"].actor, by["Met deze brief infor"].status) == (ienw, "Done"), by
    assert by["Ik stuur uw Kamer in"].actor == ienw
    assert (by["De ANWB heeft gevraa"].kind, by["De ANWB heeft gevraa"].actor) == ("Request", "organisation:anwb"), by


def test_a_source_cited_with_its_year_is_no_row_of_bodies(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Het aantal laadpalen steeg.¹ Het UWV, de SVB en MIND werken samen.\n\n"
                         "¹ CBS, Statline, 2026.\n")
    labels = {e.label for e in analysis.entities.values() if e.type == "Organisation"}
    assert "MIND" in labels and "Statline" not in labels, labels


def test_a_letter_the_prime_minister_signs_is_the_ministry_of_general_affairs(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Ik zal uw Kamer jaarlijks informeren over de rechtsstaat.\n\n"
                         "De Minister-President,\nMinister van Algemene Zaken,\n\nD. Schoof\n")
    az = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    assert analysis.document.speaker == az and analysis.statements[0].actor == az, analysis.statements


def test_a_pledge_a_letter_from_outside_says_its_addressee_made_is_that_ministrys(tmp_path):
    analysis = _analysed(tmp_path, "Vereniging van Nederlandse Gemeenten\nPostbus 30435\n2500 GK Den Haag\n\n"
                         "Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties\n\nDatum 2 december 2026\n"
                         "Betreft Jeugdzorg\n\nGeachte minister,\n\n"
                         "Tijdens het overleg van 20 november heeft u toegezegd om voor 1 februari 2027 met een voorstel te komen. "
                         "Wij verzoeken u de compensatie ook voor 2028 vast te leggen.\n\nMet vriendelijke groet,\n\n"
                         "Vereniging van Nederlandse Gemeenten\n\nS. van Haersma Buma\nvoorzitter\n")
    bzk = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    by = {s.quote[:20]: s for s in analysis.statements}
    pledge = by["Tijdens het overleg "]
    assert (pledge.kind, pledge.actor, pledge.deadline.latest) == ("Commitment", bzk, date(2027, 2, 1)), pledge
    assert by["Wij verzoeken u de c"].kind == "Request" and by["Wij verzoeken u de c"].deadline is None
    assert any(e.label == "van Haersma Buma" for e in analysis.entities.values()), analysis.entities


def test_answers_with_no_day_of_their_own_are_dated_when_the_questions_were_sent_in(tmp_path):
    analysis = _analysed(tmp_path, "Antwoorden van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur op vragen van "
                         "het lid Vedder (CDA) over vogelgriep (ingezonden 4 november 2026)\n\nVraag 1\nGaat u iets doen?\n\n"
                         "Antwoord 1\nIk zal uw Kamer in april informeren.\n")
    assert analysis.document.date == date(2026, 11, 4)
    assert analysis.statements[0].deadline.latest == date(2027, 4, 30)


def test_a_report_titled_with_its_ministry_speaks_for_it_and_a_supplementary_budget_has_its_month(tmp_path):
    analysis = _analysed(tmp_path, "Jaarverslag Ministerie van Justitie en Veiligheid 2025\n\nMei 2026\n\n"
                         "We onderzoeken de oorzaken en rapporteren daarover in de eerste suppletoire begroting.\n")
    jenv = next(k for k, e in analysis.entities.items() if e.type == "Ministry")
    (promise,) = analysis.statements
    assert analysis.document.speaker == jenv and promise.actor == jenv
    assert promise.deadline.latest == date(2026, 5, 31)


def test_a_short_promise_that_introduces_a_list_makes_its_items_promises(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Het kabinet zet in op:\n- 5.000 extra opleidingsplaatsen in 2027;\n"
                         "- een stagefonds voor mbo-studenten.\n\nKnelpunten zijn onder meer:\n- de hoge werkdruk;\n"
                         "- de lage lonen.\n")
    items = [s.quote for s in analysis.statements if s.rule == "commitment.list-item"]
    assert items == ["5.000 extra opleidingsplaatsen in 2027;", "een stagefonds voor mbo-studenten."], items


def test_a_letter_to_a_committee_asks_the_committee_when_it_says_so_and_the_government_otherwise(tmp_path):
    analysis = _analysed(tmp_path, "Stichting Armoedefonds\nPostbus 1142\n1000 BC Amsterdam\n\n"
                         "Aan de leden van de vaste commissie voor Sociale Zaken en Werkgelegenheid\n\n"
                         "Amsterdam, 10 november 2026\n\nBetreft: begroting SZW\n\nGeachte Kamerleden,\n\n"
                         "Wij roepen de Kamer op om de bezuiniging op de bijstand terug te draaien. Ons verzoek aan het kabinet "
                         "is om de energietoeslag opnieuw in te voeren. Daarnaast pleiten wij voor een hoger minimumloon.\n\n"
                         "Met vriendelijke groet,\n\nStichting Armoedefonds\n")
    to = {s.quote[:20]: s.addressee for s in analysis.statements if s.kind == "Request"}
    committee = analysis.document.letters[0].addressee
    assert committee and committee.startswith("organisation:commissie"), analysis.document.letters
    assert to == {"Wij roepen de Kamer ": committee, "Ons verzoek aan het ": "government:nl",
                  "Daarnaast pleiten wi": "government:nl"}, to


def test_a_progress_report_is_dated_by_the_day_it_describes_and_what_was_done_that_year_is_done(tmp_path):
    analysis = _analysed(tmp_path, "Voortgangsrapportage jeugd\n\nStand van zaken per 1 oktober 2026\n\n"
                         "Actie Omschrijving Stand van zaken\n\n1. Lokale teams\n\nversterken\n\n"
                         "Gemeenten hebben in 2026 de lokale teams versterkt. Het streven is dat eind 2027 alle gemeenten "
                         "een lokaal team hebben.\n")
    assert analysis.document.date == date(2026, 10, 1)
    by = {s.quote[:20]: s.status for s in analysis.statements}
    assert by["Gemeenten hebben in "] == "Done" and by["Het streven is dat e"] == "Planned", by


def test_the_kamers_ask_with_the_kamer_first_or_in_the_passive_is_reported(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Uw Kamer heeft met de motie Omtzigt gevraagd om een onderzoek naar de "
                         "hardheden. Met de motie Van der Plas is de regering gevraagd om boeren te compenseren.\n\n"
                         "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nF. Wiersma\n")
    asks = [(s.quote[:20], s.actor) for s in analysis.statements if s.kind == "Request"]
    assert asks == [("Uw Kamer heeft met d", "organisation:oorg10002"), ("Met de motie Van der", "organisation:oorg10002")], asks


def test_a_motion_said_to_be_carried_out_is_done_and_implemented(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "In deze brief geef ik de stand van zaken van de moties.\n\n"
                         "- De motie van het lid De Hoop c.s. (Kamerstuk 32 847, nr. 1201) verzoekt de regering om de "
                         "huurverhoging te bevriezen. Met het besluit van 1 juli 2026 is deze motie uitgevoerd.\n\n"
                         "De minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nM. Keijzer\n")
    by = {s.quote[:20]: s for s in analysis.statements}
    assert by["In deze brief geef i"].status == "Done", by
    done = by["Met het besluit van "]
    assert (done.kind, done.status, done.rule) == ("Commitment", "Done", "commitment.implements-motion"), done
    assert done.implements and done.implements[0].startswith("motion:"), done.implements


def test_a_pledge_the_next_sentence_says_this_letter_keeps_is_done(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Tijdens het debat van 10 februari 2024 heb ik toegezegd om uw Kamer voor "
                         "1 juni 2024 te informeren over de bouwkosten. Met deze brief doe ik die toezegging gestand.\n\n"
                         "Ik zal uw Kamer voor 1 juli 2024 ook informeren over de huren.\n")
    status = {s.quote[:20]: s.status for s in analysis.statements}
    assert status["Tijdens het debat va"] == "Done", status
    assert status["Ik zal uw Kamer voor"] == "Planned", status


def test_a_pledge_its_paragraph_goes_on_to_call_kept_is_done(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Tijdens het commissiedebat heb ik toegezegd uw Kamer te informeren over de "
                         "wachttijden. De Raad heeft de wachttijden teruggebracht tot acht weken. Hiermee is deze toezegging "
                         "afgedaan.\n\nIk heb toegezegd uw Kamer twee keer per jaar te informeren over de voortgang. De "
                         "volgende rapportage ontvangt u in december 2024.\n\nHiermee is deze toezegging afgedaan.\n")
    status = {s.quote[:20]: s.status for s in analysis.statements}
    assert status["Tijdens het commissi"] == "Done", status
    assert status["Ik heb toegezegd uw "] == "Planned", "a pledge kept is said so in its own paragraph"


def test_a_written_consultation_is_answered_by_the_ministry_asked_and_a_partys_question_for_a_pledge_asks(tmp_path):
    analysis = _analysed(tmp_path, "Tweede Kamer der Staten-Generaal\n\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
                         "Vastgesteld 18 november 2026\n\nDe vaste commissie voor Infrastructuur en Waterstaat heeft een aantal "
                         "vragen en opmerkingen voorgelegd aan de minister van Infrastructuur en Waterstaat over de agenda van "
                         "de Transportraad.\n\nI Vragen en opmerkingen vanuit de fracties\n\nDe leden van de CDA-fractie hebben "
                         "kennisgenomen van de agenda. Kan de minister toezeggen dat hij tegen het voorstel stemt?\n\n"
                         "II Antwoord van de minister\n\nIk zal tegen het voorstel stemmen. Kan de Raad dit besluiten? "
                         "Is de minister daartoe bereid? Dat is aan de lidstaten.\n")
    assert analysis.document.speaker == "ministry:mnre1130"
    asks = [s for s in analysis.statements if s.kind == "Request"]
    assert [(s.actor, s.rule) for s in asks] == [("organisation:partij-cda", "request.question")], asks
    (pledge,) = [s for s in analysis.statements if s.kind == "Commitment"]
    assert pledge.actor == "ministry:mnre1130" and pledge.quote.startswith("Ik zal tegen")


def test_a_public_body_writing_pledges_what_it_shall_do_and_a_province_by_its_kind(tmp_path):
    ap = _analysed(tmp_path, "Autoriteit Persoonsgegevens\n\nAan de minister van Binnenlandse Zaken en Koninkrijksrelaties\n\n"
                   "Datum 3 november 2026\nOnderwerp Advies\n\nGeachte minister,\n\nDe Autoriteit Persoonsgegevens (AP) adviseert de noodzaak beter te "
                   "onderbouwen. De AP zal het wetsvoorstel na indiening opnieuw beoordelen. De AP heeft het voorstel gelezen."
                   "\n\nHoogachtend,\n\nAutoriteit Persoonsgegevens,\n\nmr. A. Wolfsen\nvoorzitter\n")
    ap_body = ap.document.sender
    assert ap_body and [(s.actor, s.quote[:10]) for s in ap.statements if s.kind == "Commitment"] == [(ap_body, "De AP zal ")]
    province = _analysed(tmp_path, "Provincie Noord-Brabant\n\nAan Provinciale Staten van Noord-Brabant\n\nDatum 9 september 2026\n"
                         "Onderwerp Stikstof\n\nGeachte Statenleden,\n\nDe provincie stelt in 2027 nog eens 80 miljoen euro "
                         "beschikbaar voor deze regeling. De provincie heeft in 2026 veertig bedrijven gesproken. De gemeente "
                         "stelt in 2027 een plan op. Daarnaast vragen wij het Rijk om de middelen sneller beschikbaar te stellen."
                         "\n\nGedeputeerde Staten van Noord-Brabant,\n\nI. Adema\n")
    sender = province.document.sender
    found = [(s.kind, s.actor, s.quote[:20]) for s in province.statements]
    assert found == [("Commitment", sender, "De provincie stelt i"), ("Request", sender, "Daarnaast vragen wij")], found


def test_a_register_of_pledges_in_labelled_blocks_gives_each_pledge_its_deadline_and_status(tmp_path):
    analysis = _analysed(tmp_path, "Overzicht openstaande toezeggingen\n\nDatum 1 december 2026\n\n"
                         "Toezegging: De minister zal de Kamer informeren over de uitkomsten van de verkenning.\n"
                         "Gedaan in: Commissiedebat Klimaat van 14 maart 2026\nTermijn: Voor 1 november 2026\n"
                         "Stand van zaken: Afgedaan met de brief van 30 oktober 2026.\n\n"
                         "Toezegging: De minister onderzoekt de mogelijkheden voor een subsidie voor thuisbatterijen.\n"
                         "Gedaan in: Plenair debat, 3 juni 2026\nTermijn: Eerste kwartaal 2027\nStand van zaken: In voorbereiding.\n")
    rows = [s for s in analysis.statements if s.rule == "commitment.table-row"]
    assert [(s.quote[:20], s.status, s.deadline.latest if s.deadline else None) for s in rows] == [
        ("De minister zal de K", "Done", date(2026, 11, 1)), ("De minister onderzoe", "InProgress", date(2027, 3, 31))], rows


def test_a_pledge_a_letter_from_outside_reports_by_he_or_she_is_the_ministry_named_before(tmp_path):
    analysis = _analysed(tmp_path, "Stichting Open Overheid\n\nAan de vaste commissie voor Binnenlandse Zaken\n\n"
                         "Amsterdam, 15 oktober 2026\n\nBetreft: Woo\n\nGeachte commissieleden,\n\nIn het debat heeft de "
                         "minister van Binnenlandse Zaken en Koninkrijksrelaties gezegd dat de termijnen beter moeten worden "
                         "gehaald. Hij zegt toe dat ministeries voor de zomer van 2027 hun achterstanden hebben weggewerkt. "
                         "Wij verwachten van het kabinet dat het de termijnen haalt.\n\nMet vriendelijke groet,\n\n"
                         "Stichting Open Overheid\n")
    found = [(s.kind, s.actor, s.quote[:16]) for s in analysis.statements]
    assert found == [("Commitment", "ministry:mnre1034", "Hij zegt toe dat"),
                     ("Request", analysis.document.sender, "Wij verwachten v")], found


def test_an_acts_list_of_asks_each_asks_for_the_body_that_makes_it_by_the_acts_date(tmp_path):
    analysis = _analysed(tmp_path, "AANBEVELING VAN DE RAAD\n\nvan 8 juli 2025\n\nover het beleid van Nederland\n\n"
                         "DE RAAD VAN DE EUROPESE UNIE,\n\nOverwegende hetgeen volgt:\n\n(1) Het woningtekort wordt geraamd "
                         "op 400 000 woningen. De Nederlandse regering heeft zich ten doel gesteld om tot 2030 jaarlijks "
                         "100 000 woningen te bouwen.\n\nBEVEELT AAN dat Nederland in 2025 en 2026 maatregelen neemt om:\n\n"
                         "1. de belasting op arbeid te verlagen;\n\n2. het aanbod van huurwoningen te vergroten.\n\n"
                         "Gedaan te Brussel, 8 juli 2025.\n")
    assert analysis.document.date == date(2025, 7, 8)
    asks = [s for s in analysis.statements if s.kind == "Request"]
    council = {s.actor for s in asks}
    assert [s.quote for s in asks] == ["de belasting op arbeid te verlagen;", "het aanbod van huurwoningen te vergroten."]
    assert len(council) == 1 and analysis.entities[council.pop()].label == "Raad van de Europese Unie"
    assert all(s.deadline.latest == date(2026, 12, 31) for s in asks)
    (aim,) = [s for s in analysis.statements if s.kind == "Commitment"]
    assert (aim.quote[:26], aim.actor, aim.status) == ("De Nederlandse regering he", "government:nl", "Planned")


def test_numbered_answers_to_kamervragen_and_a_yes_that_pledges_quote_the_question(tmp_path):
    analysis = _analysed(tmp_path, "Antwoorden op Kamervragen over kinderopvang\n\nDatum 11 november 2026\n\n1\nKent u het "
                         "onderzoek?\n\n1\nJa, ik ken het onderzoek.\n\n2\nWilt u de Kamer voor de zomer informeren over de "
                         "voortgang?\n\n2\nJa, dat zeg ik toe.\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\n"
                         "Y.J. van Hijum\n")
    assert analysis.document.doc_type == "antwoord_kamervragen"
    found = [(s.quote, s.actor, s.rule) for s in analysis.statements if s.kind == "Commitment"]
    assert found == [("Wilt u de Kamer voor de zomer informeren over de voortgang?", "ministry:mnre1073",
                      "commitment.answered-yes")], found


def test_an_eu_assessments_recommendations_to_the_netherlands_are_the_commissions_asks(tmp_path):
    analysis = _analysed(tmp_path, "EUROPESE COMMISSIE\n\nBrussel, 8.7.2025\nSWD(2025) 921 final\n\nVerslag over de rechtsstaat 2025\n\n"
                         "Nederland heeft stappen gezet.\n\nOp basis hiervan wordt Nederland aanbevolen om:\n"
                         "- gedragsregels voor lobbyen in te voeren;\n- het toezicht op de inlichtingendiensten te herzien.\n")
    assert analysis.document.date == date(2025, 7, 8)
    asks = [(s.actor, s.quote) for s in analysis.statements if s.kind == "Request"]
    assert asks == [("organisation:europese-commissie", "gedragsregels voor lobbyen in te voeren;"),
                    ("organisation:europese-commissie", "het toezicht op de inlichtingendiensten te herzien.")], asks


def test_recommendations_a_government_letter_answers_are_the_body_its_opening_says_made_them(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Hierbij ontvangt u de kabinetsappreciatie van de landspecifieke aanbevelingen "
                         "die de Europese Commissie op 4 juni 2024 heeft gepubliceerd.\n\nAanbeveling 1: Beperk de groei van de "
                         "uitgaven.\nHet kabinet onderschrijft deze aanbeveling.\n")
    asks = [(s.actor, s.rule) for s in analysis.statements if s.kind == "Request"]
    assert asks == [("organisation:europese-commissie", "request.recommendation")], asks


def test_a_body_defined_by_its_letters_whose_name_ends_in_orgaan_acts_and_the_bill_for_it_and_the_writer_with_another(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Het Nationaal Regieorgaan Onderwijsonderzoek (NRO) start in 2025 een onderzoek "
                         "naar de uitval van leraren. Daarnaast wordt de bevoegdheidseis versoepeld. Het wetsvoorstel hiervoor "
                         "gaat in januari 2025 in internetconsultatie. De Vereniging Hogescholen en ik hebben afgesproken dat de "
                         "pabo's in 2025 een deeltijdroute aanbieden.\n\nDe minister van Onderwijs, Cultuur en Wetenschap,\n\n"
                         "E.E.W. Bruins\n")
    nro = next(e for e in analysis.entities.values() if e.label == "Nationaal Regieorgaan Onderwijsonderzoek")
    assert nro.type == "Organisation"
    actors = {s.quote[:20]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert actors["Het Nationaal Regieo"] == nro.key, actors
    assert actors["Het wetsvoorstel hie"] == "government:nl", actors
    assert actors["De Vereniging Hogesc"] == "ministry:mnre1109", actors


def test_a_progress_report_is_dated_by_the_day_its_opening_sentence_gives_the_state_of_affairs_for(tmp_path):
    analysis = _analysed(tmp_path, "Voortgangsrapportage Actieplan Dakloosheid\n\nIn onderstaande tabel staat per actie de stand "
                         "van zaken per 1 oktober 2026.\n\nActie Omschrijving Stand van zaken\n\n1. Monitor\n\nopzetten\n\n"
                         "De eerste monitor verschijnt in december.\n")
    assert analysis.document.date == date(2026, 10, 1)
    assert any(s.deadline and s.deadline.latest == date(2026, 12, 31) for s in analysis.statements), analysis.statements


def test_a_pledge_row_opened_by_the_minister_is_the_ministers_whatever_body_it_names_after(tmp_path):
    analysis = _analysed(tmp_path, "Lijst van openstaande toezeggingen van de minister van Sociale Zaken en Werkgelegenheid\n\n"
                         "Nr. | Toezegging | Termijn | Stand van zaken\n"
                         "1 | De minister gaat in gesprek met de VNG over de bijstand voor jongeren. | Eind 2026 | Loopt\n"
                         "2 | Een handreiking van de VNG over de bijstand voor ouderen. | Eind 2026 | Loopt\n")
    rows = {s.quote[:10]: s.actor for s in analysis.statements if s.rule == "commitment.table-row"}
    assert rows == {"De ministe": "ministry:mnre1073", "Een handre": "organisation:vereniging-van-nederlandse-gemeenten"}, rows


def test_items_of_a_promising_list_with_glyph_bullets_are_each_a_commitment_a_named_body_its_own(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Om het aantal verkeersdoden terug te dringen neemt het kabinet de volgende "
                         "maatregelen:\n\n\uf0b7\tDe maximumsnelheid wordt op meer wegen verlaagd.\n\uf0b7\tWe investeren 200 "
                         "miljoen euro in fietspaden.\n\u25aa\tHet Centraal Bureau Rijvaardigheidsbewijzen gaat de rijopleiding "
                         "vernieuwen.\n")
    items = [(s.quote[:12], s.actor) for s in analysis.statements if s.rule == "commitment.list-item"]
    assert [q for q, _ in items] == ["De maximumsn", "We investere", "Het Centraal"], items
    assert items[0][1] == "government:nl" and items[2][1] != "government:nl", items


def test_what_was_asked_in_a_debate_by_the_kamer_or_a_member_and_a_body_asking_the_minister_are_reported_asks(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Tijdens het commissiedebat Wonen is gevraagd naar de stand van zaken van de "
                         "huurbevriezing. Het lid Van der Plas vroeg of de minister bereid is de regeling te verlengen. De "
                         "Algemene Rekenkamer vraagt de minister om de verantwoording te verbeteren. Ik verleng de regeling tot "
                         "1 juli 2024. In het debat is gesproken over de kosten.\n")
    asks = [(s.quote[:20], s.actor) for s in analysis.statements if s.kind == "Request"]
    assert [q for q, _ in asks] == ["Tijdens het commissi", "Het lid Van der Plas", "De Algemene Rekenkam"], asks
    assert asks[0][1] == "organisation:oorg10002" and asks[1][1].startswith("person:"), asks
    (pledge,) = [s for s in analysis.statements if s.kind == "Commitment"]
    assert pledge.deadline.latest == date(2024, 7, 1)


def test_a_pledge_whose_paragraph_sends_what_was_pledged_in_an_annex_is_done(tmp_path):
    analysis = _analysed(tmp_path, _KAMERBRIEF + "Tijdens het commissiedebat heb ik toegezegd u het onderzoek naar de "
                         "wachttijden te sturen. Het rapport treft u in de bijlage bij deze brief aan.\n\n"
                         "Ik heb toegezegd u te informeren over de kosten. Ik zal dat voor de zomer van 2024 doen.\n")
    status = {s.quote[:20]: s.status for s in analysis.statements if s.kind == "Commitment"}
    assert status["Tijdens het commissi"] == "Done" and status["Ik heb toegezegd u t"] == "Planned", status


def test_an_answer_names_a_colleagues_ministry_and_the_writer_acts_inside_the_cabinet(tmp_path):
    analysis = _analysed(tmp_path, "Antwoord van minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 2 december 2026)"
                         "\n\nVraag 1\nBent u bereid de toeslagen te verhogen?\n\nAntwoord 1\nMijn collega van Financiën zal in de "
                         "Voorjaarsnota 2027 een besluit nemen over de kinderbijslag. Ik zal mij in het kabinet inzetten voor "
                         "een verhoging van het kindgebonden budget.\n")
    assert analysis.document.doc_type == "antwoord_kamervragen"
    actors = {s.quote[:12]: s.actor for s in analysis.statements if s.kind == "Commitment"}
    assert actors == {"Mijn collega": "ministry:mnre1090", "Ik zal mij i": "ministry:mnre1073"}, actors
