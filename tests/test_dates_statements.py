from datetime import date

from beleidsgraaf.builders.dates import find_deadlines, parse_date
from beleidsgraaf.builders.recognise import recognise
from beleidsgraaf.builders.resolve import resolve
from beleidsgraaf.builders.statements import (deadline_of, is_agency_commitment, is_commitment, is_instrument_commitment, is_request,
                                              is_status_commitment, status_of)
from beleidsgraaf.model import Deadline, Span


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
    # the verb before its subject, its particle after
    assert is_request("Daarnaast dringen wij erop aan dat zorgverzekeraars hun zorgplicht nakomen.", True)
    assert is_request("Daarom dringen wij er bij u op aan om de wet aan te passen.", True)
    assert is_request("Wij zouden het op prijs stellen als u de regeling verlengt.", True)
    assert is_request("Wij doen de dringende oproep om de regeling te verlengen.", True)


def test_what_policy_did_to_a_rule_is_done():
    assert status_of("Ter uitvoering van de motie is de regeling per 1 juli 2026 aangepast.", None, date(2026, 11, 1)) == "Done"
    assert status_of("De wet is op 1 juli 2026 in werking getreden.", None, date(2026, 11, 1)) == "Done"
    assert status_of("De regeling zal per 1 januari zijn aangepast.", None, date(2026, 11, 1)) == "Planned"


def test_status_from_wording():
    assert status_of("Het loket is in april geopend.", None, None) == "Done"
    assert status_of("Het kabinet zal dit onderzoeken.", None, None) == "Planned"
    assert status_of("We werken aan betere dienstverlening.", None, None) == "InProgress"


def test_a_bold_list_item_in_a_letter_from_outside_government_is_a_demand():
    assert is_request("- **Versterking van de wijkverpleging.** Nu wachten mensen te lang.", True)
    assert is_request("3. **Het bundelen van de regelingen voor mantelzorgers**", True)
    assert not is_request("- **Versterking van de wijkverpleging.** Nu wachten mensen te lang.", False)
    assert not is_request("- **Wat kost dat eigenlijk?**", True)
    assert not is_request("- Versterking van de wijkverpleging.", True)


def test_a_government_text_reports_the_asks_of_the_kamer_a_motie_or_an_advisory_body():
    assert is_request("Op 3 maart verzocht Uw Kamer om een reactie op het rapport.", False)
    assert is_request("De motie Jansen vraagt om een hardheidsclausule in elke wet.", False)
    assert is_request("Daarin wordt de Voorzitter verzocht een commissie in te stellen.", False)
    assert is_request("De Raad heeft in zijn advies geadviseerd om de regels te bundelen.", False)
    assert not is_request("De Raad heeft in zijn advies de regels beschreven.", False)


def test_a_named_member_of_government_who_acts_makes_a_commitment():
    assert is_commitment("De staatssecretaris van Financiën presenteert voor de zomer een plan aan de Kamer.", True)
    assert is_commitment("Daarnaast stuurt de minister van LNV in oktober een reactie naar de Kamer.", True)
    assert not is_commitment("De minister heeft in 2020 een plan gepresenteerd aan de Kamer.", True)
    assert not is_commitment("De staatssecretaris presenteert voor de zomer een plan aan de Kamer.", False)


def test_announced_work_is_planned_and_work_under_way_in_progress():
    assert status_of("De Tweede Kamer wordt hierover in de voortgangsbrief geïnformeerd.", None, None) == "Planned"
    assert status_of("Dit wordt de komende periode nader uitgewerkt met de gemeenten.", None, None) == "Planned"
    assert status_of("Streven is om de regeling in het voorjaar te openen.", None, None) == "Planned"
    assert status_of("Een tweede meting volgt na de zomer.", None, None) == "Planned"
    assert status_of("Er wordt hard gewerkt aan de uitbreiding van het loket.", None, None) == "InProgress"
    assert status_of("De pilot loopt in vier gemeenten.", None, None) == "InProgress"


def test_an_aim_to_act_is_planned_and_what_was_sent_asked_or_had_done_is_done():
    assert status_of("De minister streeft ernaar het voorstel dit jaar in te dienen.", None, None) == "Planned"
    assert status_of("Het kabinet streeft naar een betere verdeling van de woningen.", None, None) == "InProgress"
    assert status_of("Ik heb een onderzoek laten uitvoeren naar de oorzaken.", None, None) == "Done"
    assert status_of("De minister heeft de raad gevraagd te onderzoeken wat er bekend is.", None, None) == "Done"
    assert status_of("Het kabinet stuurde u eerder zijn visie op de regio.", None, None) == "Done"
    assert status_of("Hierbij bied ik u de gevraagde reactie aan.", None, None) == "Done"
    assert status_of("Ik zal de raad vragen om advies.", None, None) == "Planned"


def test_status_cell_promises_are_what_will_happen_or_is_happening():
    assert is_status_commitment("De eerste rapportage wordt eind 2026 voorzien.")
    assert is_status_commitment("De dienst verwacht in 2026 ongeveer 5000 huishoudens te helpen.")
    assert is_status_commitment("Het agentschap werkt met de banken aan een nieuwe werkwijze.")
    assert is_status_commitment("Deze volgt.")
    assert not is_status_commitment("De mogelijkheden zijn onderzocht en besproken met de partners.")
    assert not is_status_commitment("Op 1 april is een kwartiermaker gestart.")
    assert is_status_commitment("Het eerste steunpunt zal in juli 2026 worden geopend.")
    assert not is_status_commitment("Voor de herziening van de website is een plan van aanpak gemaakt.")


def test_requests_in_letters_ask_with_klem_or_an_imperative_not_with_an_example():
    assert is_request("Dit vraagt met klem om een gerichte agenda voor mantelzorgers.", True)
    assert is_request("De coalitie vraagt aandacht voor de positie van jonge mantelzorgers.", True)
    assert is_request("Investeer in betaalbare woningen voor ouderen.", True)
    assert not is_request("Denk hierbij aan buurthuizen en bibliotheken.", True)
    assert not is_request("Dit vraagt om een brede maatschappelijke visie.", True)


def test_a_letter_asks_by_saying_what_is_needed_and_by_proposing_urging_and_inviting():
    assert is_request("Voor jonge mantelzorgers is een eigen regeling nodig.", True)
    assert is_request("Er is meer geld en ambitie noodzakelijk.", True)
    assert is_request("Hiervoor is een vaste contactpersoon onontbeerlijk.", True)
    assert is_request("We stellen voor de regelingen samen te voegen.", True)
    assert is_request("Voor die taken pleiten we er dan ook voor het budget te verhogen.", True)
    assert is_request("Daarom roepen wij de overheid op om de regels te vereenvoudigen.", True)
    assert is_request("We doen daarom een nadrukkelijk beroep op u om de wet te steunen.", True)
    assert is_request("Wij nodigen u graag uit om met ons in gesprek te gaan.", True)
    assert is_request("In maart heb ik het vorige kabinet al opgeroepen om de aanpak te versterken.", True)
    assert is_request("Omarm de adviezen van de commissie.", True)
    # what a convention or a decree lays down, a condition, or a question, is not the letter's own ask
    assert not is_request("Het verdrag zegt dat daarvoor extra steun nodig is.", True)
    assert not is_request("Als het niet anders kan, is een uitzondering nodig.", True)
    assert not is_request("Is daarvoor een nieuwe wet nodig?", True)
    # outside a letter from a party, saying what is needed asks nothing
    assert not is_request("Voor jonge mantelzorgers is een eigen regeling nodig.", False)


def test_a_demand_repeated_in_a_letter_is_one_request(tmp_path):
    from beleidsgraaf import api
    (tmp_path / "brief.txt").write_text(
        "Geachte informateur,\n\nOnze punten:\n\n1. Investeer in betaalbare woningen voor ouderen\n\n"
        "Hieronder lichten wij dit toe.\n\n**Investeer in betaalbare woningen voor ouderen.** Er zijn te weinig "
        "woningen.\n\nMet vriendelijke groet,\n\nStichting Wonen Later\n", encoding="utf-8")
    api.build([tmp_path / "brief.txt"], store=tmp_path / "s")
    rows = api.query("SELECT ?q WHERE { ?r a bg:Request ; bg:quote ?q }", store=tmp_path / "s").rows
    assert len(rows) == 1 and "Investeer in betaalbare woningen" in rows[0][0]



def test_cabinet_plans_ambitions_and_the_state_acting_are_commitments_but_a_letter_talking_about_itself_is_not():
    assert is_commitment("Het kabinet sluit de komende jaren weer nieuwe woondeals af.", True)
    assert is_commitment("Het is de ambitie van het kabinet om de wachttijden te halveren.", True)
    assert is_commitment("Ik streef naar een divers samengestelde raad.", True)
    assert is_commitment("Daarnaast zet het kabinet in op een betere spreiding van zorg.", True)
    assert is_commitment("Daarnaast komen de minister van OCW en de minister voor Basisonderwijs in mei nog met "
                         "een reactie op het rapport.", True)
    assert is_commitment("Om de drempels te verlagen, probeert de overheid haar loketten eenvoudiger te maken.", True)
    assert is_commitment("Momenteel onderzoeken verschillende departementen of een loket wettelijk te regelen is.", True)
    # the same words as nouns, the letter's own outline, a numbered heading, the state as a topic
    assert not is_commitment("Ik sluit hiervoor aan bij het grondige werk dat de raad eerder heeft verricht.", True)
    assert not is_commitment("Later in deze brief ga ik uitgebreider in op de maatregelen die het kabinet neemt.", True)
    assert not is_commitment("2. De inzet van het kabinet om de regio's te versterken", True)
    assert not is_commitment("Uit onderzoek blijkt dat de overheid niet voor iedereen toegankelijk is.", True)
    assert not is_commitment("De digitale infrastructuur van de overheid moet interactie makkelijker maken.", True)


def test_a_letter_asks_by_saying_what_policy_makers_or_policy_must_do_but_not_what_a_law_says_or_we_must():
    assert is_request("Een nieuw kabinet moet de huurtoeslag verhogen.", True)
    assert is_request("Nederland moet daarom inzetten op schone energie.", True)
    assert is_request("Regelgeving en subsidies moeten kleine boeren helpen, niet afremmen.", True)
    assert is_request("De bouw van scholen zou de kern moeten zijn van het nieuwe beleid.", True)
    assert is_request("Tot slot moet er een vast loket voor ondernemers komen.", True)
    assert is_request("Ook moeten de adviezen van de commissie opgevolgd worden.", True)
    assert not is_request("Artikel 7 zegt dat de overheid ervoor moet zorgen dat iedereen kan stemmen.", True)
    assert not is_request("Dat betekent dat honden altijd toegelaten moeten worden.", True)
    assert not is_request("Als ze dat niet kunnen, dan moeten ze hulp krijgen.", True)
    assert not is_request("Het is mooi dat we ouder worden, maar we moeten grote stappen zetten.", True)
    assert not is_request("Zij zouden gebaat zijn bij samenwerking.", True)
    # outside a letter from a party, a duty is no ask
    assert not is_request("Een nieuw kabinet moet de huurtoeslag verhogen.", False)


def test_what_has_come_about_a_question_an_opinion_and_a_reference_are_no_commitments():
    assert not is_commitment("In essentie zie ik dat mensen elkaar steeds minder zijn gaan begrijpen.", True)
    assert not is_commitment("Zo ja, hoe verhoudt zich dat tot het voornemen om loketten te openen?", True)
    assert not is_commitment("Zo ja, wordt de regeling dan aangepast", True)
    assert not is_commitment("Van belang is dat de loketten worden geopend op plekken dichtbij.", True)
    assert not is_commitment("In het rapport wordt gerefereerd aan gebieden waar de zorg wordt afgebouwd.", True)
    assert is_commitment("Het kabinet gaat de loketten in mei openen.", True)
    # the cabinet's view, and what it does with it
    assert not is_commitment("Het kabinet deelt de analyse van de Raad en het belang van goede zorg.", True)
    assert is_commitment("Het kabinet onderschrijft deze aanbeveling en werkt deze uit in de hervormingsagenda.", True)
    assert is_commitment("Het kabinet deelt de analyse van de Raad en neemt de aanbeveling over.", True)
    assert not is_commitment("De maatregel werkt goed uit voor gezinnen.", True)


def test_a_status_cell_reporting_an_ask_a_rule_a_possibility_or_a_condition_promises_nothing():
    assert not is_status_commitment("De motie Jansen vraagt om een hardheidsclausule in elke wet.")
    assert not is_status_commitment("Daarin wordt de Kamer verzocht een commissie in te stellen.")
    assert not is_status_commitment("Ook beleidsvoornemens kunnen worden onderworpen aan een toets.")
    assert not is_status_commitment("Op grond van de wet moeten registraties worden verwijderd.")
    assert not is_status_commitment("Met als doel om te onderzoeken of dit werkt.")
    # ... but a modal that hangs on the main clause, or a plan under a condition, does
    assert is_status_commitment("Daarbij wordt onderzocht hoe de loketten samengebracht kunnen worden.")
    assert is_status_commitment("Als de reden niet bekend is, zal dit worden aangegeven.")


def test_a_passive_that_says_what_can_or_must_be_done_is_no_commitment_but_one_with_a_purpose_is():
    assert not is_commitment("Anderzijds kan de uitvoerder beter op de hoogte worden gehouden.", True)
    assert not is_commitment("Bovendien moet de informatie worden aangepast aan de eisen van de tijd.", True)
    assert is_commitment("Om schulden eerder te kunnen zien, wordt de wet gewijzigd.", True)


def test_we_or_ik_inside_a_clause_that_hangs_on_a_description_or_a_fragment_promise_nothing():
    assert not is_commitment("Het loket is een instrument waarmee we het burgers makkelijker willen maken.", True)
    assert not is_commitment("Het inzicht dat we met deze cijfers ontwikkelen is bedoeld om te leren.", True)
    assert not is_commitment("Ik verwacht dat de afspraak zal bijdragen aan meer openheid.", True)
    assert not is_commitment("Wanneer steeds dezelfde groepen afhaken, dienen we ons zorgen te maken.", True)
    assert not is_commitment("Door maatregelen te nemen om de overheid dienstbaarder te maken.", True)
    assert is_commitment("Ik zal u informeren over de plannen die we maken.", True)
    assert is_commitment("Om de loketten te verbeteren, gaan we ze langer openen.", True)
    assert not is_commitment("Het zijn afwegingen die het kabinet graag met de Kamer maakt.", True)
    assert is_commitment("Het kabinet maakt de afwegingen die nodig zijn.", True)


def test_a_month_is_a_time_to_come_unless_it_is_past_or_says_when_something_was_done():
    assert is_status_commitment("Begin juni wordt verder opgeschaald naar 130 medewerkers.")
    assert is_status_commitment("Oplevering is gepland in juli 2025.")
    assert is_commitment("In juni testen we de nieuwe omgeving met de Belastingdienst, zo zal het kabinet doen.", True)
    assert not is_status_commitment("Het meldpunt is in januari gestart.")
    assert not is_commitment("De essays zijn in maart jl. verschenen.", True)


def test_the_cabinets_view_with_nothing_it_will_do_is_no_commitment():
    assert not is_commitment("Het kabinet vindt het belangrijk dat mensen inspraak hebben bij het nemen\nvan besluiten.", True)
    assert not is_commitment("Het kabinet onderschrijft het belang van het maken van goed beleid.", True)
    assert is_commitment("Het kabinet vindt inspraak belangrijk en zal daarom een burgerpanel instellen.", True)


def test_a_body_the_government_sets_up_promises_what_it_will_do_but_an_ask_to_set_one_up_is_no_promise():
    assert is_commitment("De commissie presenteert binnen een jaar haar eindrapport.", True)
    assert is_commitment("Deze werkgroep gaat de knelpunten in kaart brengen.", True)
    assert is_commitment("De eerste stap is om een onafhankelijke commissie in te stellen.", True)
    assert is_commitment("Op uw verzoek gaat binnenkort een commissie van start.", True)
    assert not is_commitment("Daarin wordt de Kamer verzocht een brede commissie in te stellen.", True)
    assert not is_commitment("De commissie heeft vorig jaar haar rapport gepresenteerd.", True)


def test_what_lapses_in_a_year_and_trials_or_studies_under_way_are_announced():
    assert is_commitment("Tegelijkertijd vervalt in 2027 de huidige inkomensgrens in de zorgtoeslag.", True)
    assert is_commitment("Er loopt een onderzoek naar de effecten op langere termijn.", True)
    assert is_commitment("Zo beginnen in vier regio's experimenten met een vast contactpersoon.", True)
    assert not is_commitment("Er loopt een weg langs het water.", True)
    assert not is_commitment("Tegelijkertijd vervalt in 2027 de inkomensgrens.", False)


def test_a_status_cell_promises_an_intention_a_pledge_and_a_passive_with_its_participle_first():
    assert is_status_commitment("Voornemen is om schulden te pauzeren totdat helder is of iemand gedupeerd is.")
    assert is_status_commitment("Inmiddels is het voornemen gecommuniceerd om ook private schulden af te lossen.")
    assert is_status_commitment("Toegezegd is voor het eind van het jaar te rapporteren.")
    assert is_status_commitment("Onderzocht wordt hoe de loketten samenwerken.")
    assert is_status_commitment("Daarnaast worden ook de advocatuur en de ombudsman bevraagd.")
    assert not is_status_commitment("De ombudsman is vorig jaar bevraagd.")


def test_a_passive_whose_auxiliary_a_comma_follows_is_still_a_passive():
    assert is_commitment("Vanuit mijn departement wordt, samen met het ministerie van Financiën, de mogelijkheid "
                         "onderzocht van een digitaal overzicht.", True) == "commitment.passive-action"


def test_a_future_passive_with_its_participle_before_the_auxiliary_is_a_commitment():
    # Dutch puts the participle before or after "worden": both orders promise the same
    assert is_commitment("Met de provincies zullen er regionaal afspraken hierover gemaakt worden.", True) \
        == "commitment.passive-action"
    assert is_commitment("Er zal voor de zomer een plan opgesteld worden.", True) == "commitment.passive-action"
    assert is_status_commitment("Er zal een plan opgesteld worden.")
    assert not is_commitment("Het aantal zal dan gestegen zijn.", True)
    assert not is_commitment("Er zullen afspraken gemaakt worden.", False)


def test_a_letter_that_sends_or_encloses_something_delivers_it():
    assert is_commitment("Hierbij zend ik u, mede namens de minister van VWS, de geannoteerde agenda voor de Raad.", True) \
        == "commitment.first-person-verb"
    assert is_commitment("Bijgaand treft u de antwoorden aan op de vragen van het lid Kops.", True) == "commitment.letter"
    assert status_of("Bijgaand treft u de antwoorden aan.", None, date(2026, 3, 1)) == "Done"
    assert not is_commitment("Bijgaand treft u de antwoorden aan op de vragen van het lid Kops.", False)


def test_a_period_counted_from_another_event_has_no_date():
    assert find_deadlines("Het kabinet stuurt uw Kamer binnen zes weken daarna een fiche.", date(2026, 3, 14))[0][2] is None
    assert find_deadlines("De evaluatie volgt binnen twee jaar na de inwerkingtreding.", date(2026, 3, 14))[0][2] is None
    assert find_deadlines("Ik reageer binnen drie weken, na overleg met de VNG.", date(2026, 3, 14))[0][2] == date(2026, 4, 4)


def test_a_rule_that_enters_into_force_on_a_day_with_its_year_is_due_then():
    assert is_commitment("Het wetsvoorstel treedt naar verwachting op 1 januari 2027 in werking.", True) \
        == "commitment.deliverable-due"
    assert not is_commitment("Het wetsvoorstel treedt in werking.", True)
    # … also a law by its title; a law that took effect is no one's act
    assert is_commitment("De Energiewet treedt op 1 januari 2026 in werking.", True) == "commitment.deliverable-due"
    assert is_commitment("De Wet open overheid treedt per 1 mei 2026 in werking.", True) == "commitment.deliverable-due"
    assert not is_commitment("De Wet open overheid is in 2022 in werking getreden.", True)


def test_an_agreement_the_government_is_a_party_to_is_a_commitment():
    assert is_commitment("In de Hervormingsagenda hebben Rijk, gemeenten en aanbieders afgesproken de toegang tot "
                         "specialistische hulp te verbeteren.", True) == "commitment.agreed"
    assert is_commitment("Met de VNG heb ik afgesproken dat gemeenten de regeling uitvoeren.", True) == "commitment.agreed"
    assert not is_commitment("Gemeenten en aanbieders hebben afgesproken de tarieven te verlagen.", True)


def test_an_advice_still_to_come_on_a_subject_is_the_advisers_deliverable_not_an_ask():
    advice = "De kwartiermaker adviseert mij voor 1 april 2027 over de governance van het fonds."
    assert not is_request(advice, False)
    assert is_commitment(advice, True) == "commitment.new-body"
    assert is_request("De Raad adviseert het kabinet om de regeling te verlengen.", False)
    assert is_request("De Raad van State adviseert over het wetsvoorstel.", False)


def test_work_done_at_the_governments_order_is_a_commitment():
    assert is_commitment("Het onderzoeksbureau Significant Public voert in opdracht van mijn ministerie een nulmeting "
                         "uit onder jongeren.", True) == "commitment.commissioned"
    assert not is_commitment("Het bureau voert in opdracht van de gemeente een meting uit.", True)


def test_a_pledge_kept_and_what_the_letter_itself_reports_are_done():
    kept = "Hiermee doe ik de toezegging gestand om u voor het zomerreces te informeren over de Berichtenbox."
    dl = find_deadlines(kept, date(2026, 9, 18))
    assert dl[0][2] == date(2026, 7, 4), "a kept pledge's time is this year's, not rolled over to the next"
    assert status_of(kept, Deadline("voor het zomerreces", Span(0, 1), dl[0][2]), date(2026, 9, 18)) == "Done"
    assert status_of("Zoals toegezegd informeer ik u in deze brief over de stand van zaken.", None, date(2026, 9, 18)) == "Done"
    assert status_of("In deze brief informeer ik uw Kamer over de voortgang.", None, date(2026, 9, 18)) == "Done"
    assert is_commitment("Daarmee beschouw ik deze motie als afgedaan.", True) == "commitment.implements-motion"


def test_a_passive_whose_agent_is_not_the_government_describes_and_a_noun_is_no_participle():
    assert not is_commitment("De Berichtenbox wordt door ruim tien miljoen mensen gebruikt.", True)
    assert not is_commitment("Er zijn dit jaar 342 gemeenten.", True)
    assert is_commitment("In 2027 wordt het mogelijk om berichten van gemeenten te ontvangen.", True) == "commitment.announcement"


def test_a_member_who_asked_in_a_debate_asks_the_government():
    assert is_request("Tijdens het debat heeft het lid Kathmann (GroenLinks-PvdA) gevraagd om alle algoritmes te "
                      "registreren.", False) == "request.reported"


def test_a_proposal_or_plea_a_government_text_reports_of_another_is_a_request_but_not_the_cabinets_own():
    assert is_request("De commissie stelt voor om een landelijk meldpunt in te richten.", False) == "request.advised"
    assert is_request("De Nationale ombudsman pleit voor een vast aanspreekpunt.", False) == "request.advised"
    assert is_request("Het adviescollege doet de aanbeveling om de regels te schrappen.", False) == "request.advised"
    assert is_request("Volgens de Rekenkamer moet de minister beter sturen op de uitvoering.", False) == "request.advised"
    assert not is_request("Het kabinet stelt voor om de regeling te verlengen.", False)
    assert not is_request("Volgens het kabinet moet de overheid dichterbij komen.", False)
    assert not is_request("De Europese Commissie stelt voor om platforms te verplichten gegevens te delen.", False)


def test_a_body_after_the_verb_of_a_listed_point_acts_and_a_place_reopened_was_delivered():
    s = "Ten derde start DJI dit jaar met de bouw van een nieuwe inrichting in Groningen."
    text = "De Dienst Justitiële Inrichtingen (DJI) kampt met een tekort. " + s
    mentions, _ = resolve(text, recognise(text))
    at = text.index(s)
    assert is_agency_commitment(s, Span(at, at + len(s)), mentions) == "commitment.agency-verb"
    reopened = "Ten eerste is in maart de Penitentiaire Inrichting Almelo heropend."
    assert is_commitment(reopened, True) == "commitment.delivered"
    assert status_of(reopened, None, date(2026, 4, 24)) == "Done"


def test_after_the_summer_is_due_by_the_end_of_the_autumn():
    assert find_deadlines("Na de zomer informeer ik uw Kamer.", date(2026, 4, 24))[0][2] == date(2026, 12, 20)
    assert find_deadlines("Ik stuur de resultaten na het zomerreces van 2027.", date(2026, 4, 24))[0][2] == date(2027, 12, 20)
    assert find_deadlines("De regeling start in de zomer.", date(2026, 4, 24))[0][2] == date(2026, 9, 22)


def test_a_programme_with_others_as_the_subject_or_what_it_puts_first_is_an_instrument_commitment():
    def rule(t):
        mentions, _ = resolve(t, recognise(t))
        return is_instrument_commitment(t, Span(0, len(t)), mentions)
    assert rule("In de Werkagenda MBO staat een duurzame toekomst voor jongeren centraal.") == "commitment.instrument-verb"
    assert rule("De *Gelijke Kansen Alliantie* en de regiodeals zorgen op veel plekken voor betere kansen.") \
        == "commitment.instrument-verb"
    assert not rule("Het Actieplan Groene Daken en de gemeente Utrecht is een goed voorbeeld.")


def test_the_governments_bill_as_the_subject_and_advice_members_of_government_asked_for_are_commitments():
    for bill in ("Daarnaast legt het voorstel ook het uitdaagrecht wettelijk vast.",
                 "Het wetsvoorstel regelt dat gemeenten een verordening maken."):
        assert is_instrument_commitment(bill, Span(0, len(bill)), []) == "commitment.instrument-verb", bill
    assert not is_instrument_commitment("Daarnaast ligt het voorstel bij de Raad van State.", Span(0, 50), [])
    asked = ("Zo hebben de staatssecretaris van VWS en de ministers van SZW een advies gevraagd aan de SER over welke "
             "maatregelen getroffen kunnen worden.")
    assert is_commitment(asked, True) == "commitment.delivered"
    assert not is_commitment("De minister heeft gezegd dat er maatregelen getroffen kunnen worden.", True)


def test_what_a_letter_from_outside_calls_a_must_hopes_for_or_stresses_is_its_ask_but_not_a_condition():
    for ask in ("Het is daarbij expliciet zaak om de houdbaarheid van de Wet langdurige zorg te evalueren.",
                "Hoewel onze problematiek om meer vraagt, hopen we dat u deze punten meeneemt.",
                "Om deze reden benadrukken we wederom het belang van voldoende middelen voor herstel.",
                "Die investeringsinstelling dient zich te richten op maatschappelijk noodzakelijke projecten."):
        assert is_request(ask, True) == "request.normative", ask
    assert not is_request("Mocht de staatscommissie tot andere inzichten komen, dan dient dit te worden herzien.", True)
    assert not is_request("Het is daarbij expliciet zaak om de houdbaarheid te evalueren.", False)


def test_what_has_been_done_this_year_is_done_though_the_year_runs_on():
    def status(s, day=date(2026, 6, 1)):
        dl = find_deadlines(s, day)
        deadline = Deadline(s[dl[0][0]:dl[0][1]], Span(*dl[0][:2]), dl[0][2]) if dl else None
        return status_of(s, deadline, day)
    assert status("Het aantal lokale praktijkinitiatieven is dit jaar uitgebreid naar twintig.") == "Done"
    assert status("In 2026 is de regeling ingevoerd.") == "Done"
    assert status("Het aantal initiatieven wordt dit jaar uitgebreid.") == "Planned"
    assert status("In 2026 zal de regeling worden ingevoerd.") == "Planned"
    assert status("Om te sturen op een divers bestuur zijn er acties ondernomen om groepen uit te nodigen.") == "Done"


def test_a_condition_that_mentions_an_ask_is_no_request():
    assert is_request("De commissie wordt verzocht om te onderzoeken hoe dat kan.", False)
    assert not is_request("Voor zover wordt verzocht om stukken, geldt deze afspraak.", False)


def test_what_others_quoted_in_a_government_text_say_should_be_done_is_a_request():
    assert is_request("Ook is volgens hen meer aandacht wenselijk voor kleine gemeenten.", False) == "request.advised"
    assert is_request("De Raad formuleert voorwaarden die de overheid zou moeten waarborgen.", False) == "request.advised"
    assert not is_request("Volgens hen is de opkomst gestegen.", False)
    assert not is_request("Het is wenselijk dat dit lukt.", False)


def test_what_the_government_provides_is_announced_in_a_government_text():
    assert is_commitment("Om vrijwilligers te steunen, is er een subsidie voor het opzetten van een netwerk.", True)
    assert is_commitment("Ook zijn er subsidies voor de inzet van consulenten.", True)
    assert not is_commitment("Ook zijn er subsidies voor de inzet van consulenten.", False)
    assert not is_commitment("Er is een regel die dat verbiedt.", True)


def test_what_must_come_about_is_announced_in_a_government_text():
    assert is_commitment("Zo moeten er extra opvangplekken komen, zodat mensen sneller verder kunnen.", True)
    assert not is_commitment("Zo moeten er extra opvangplekken komen.", False)


def test_a_perfect_passive_with_only_a_year_was_done_then():
    # in a letter it is what was delivered, not an action to come
    assert is_commitment("Het panel is in de zomer van 2020 gestart met tien kinderen.", True) == "commitment.delivered"
    assert not is_status_commitment("In 2020 is de communicatiestrategie opgesteld.")
    assert is_status_commitment("In 2027 wordt de communicatiestrategie opgesteld.")
    assert is_commitment("De strategie zal in 2027 zijn opgesteld.", True)


def test_a_month_without_a_year_is_due_in_the_year_the_document_is_dated_in_or_names():
    assert find_deadlines("Er starten workshops in september.", None, 2021)[0][2] == date(2021, 9, 30)
    assert find_deadlines("Begin juni wordt verder opgeschaald.", date(2021, 3, 1))[0][2] == date(2021, 6, 10)
    assert find_deadlines("In april jl. is de brief verstuurd.", None, 2021) == []
    assert find_deadlines("Er starten workshops in september.", None, None)[0][2] is None
    assert find_deadlines("In februari stuur ik de Kamer een brief.", date(2021, 11, 5))[0][2] == date(2022, 2, 28)


def test_what_is_expected_or_aimed_to_be_done_is_not_done_yet():
    assert status_of("Het plan is naar verwachting eind dit jaar opgesteld.", None, date(2021, 6, 1)) != "Done"
    assert status_of("Streven is om het plan in september te hebben afgerond.", None, date(2021, 6, 1)) != "Done"
    assert status_of("Het plan is in mei opgesteld.", None, date(2021, 6, 1)) == "Done"


def test_the_day_of_a_letter_referred_to_is_no_deadline_and_a_day_before_a_month_and_year_is_kept():
    from beleidsgraaf.builders.statements import deadline_of
    from beleidsgraaf.model import Span
    june = date(2024, 6, 5)

    def due(s):
        d = deadline_of(s, Span(0, len(s)), june, None)
        return d and (d.text, d.latest)
    assert due("In mijn brief van 10 januari 2024 heb ik toegezegd u voor de zomer te informeren.") == \
        ("voor de zomer", date(2024, 6, 21))
    assert due("Ik stuur u op 10 januari 2025 een brief.") == ("op 10 januari 2025", date(2025, 1, 10))
    assert due("Ik stuur u voor het eind van dit jaar een brief.")[1] == date(2024, 12, 31)
    assert due("Ik stuur u vóór 1 december 2024 een uitwerking.") == ("vóór 1 december 2024", date(2024, 12, 1))


def test_a_passive_of_what_policy_does_to_an_amount_or_a_rule_is_a_commitment():
    assert is_commitment("Daarnaast wordt de vergoeding voor sociaal advocaten per 1 januari 2025 verhoogd.", True)
    assert is_commitment("De regeling wordt in 2026 afgeschaft.", True)
    assert not is_commitment("De vergoeding werd in 2019 verhoogd.", True)


def test_a_pledge_the_government_made_is_a_planned_commitment_but_a_bodys_pledge_is_not_the_governments():
    pledged = "De minister heeft toegezegd de Kamer voor de zomer een brief te sturen."
    assert is_commitment(pledged, True) == "commitment.pledged"
    assert is_commitment("Toegezegd is voor het eind van het jaar te rapporteren.", True)
    assert not is_commitment("De gemeente heeft toegezegd mee te werken.", True)
    # a plan announced before is a pledge as well, not work done
    announced = "In de brief van mei heb ik aangekondigd dat ik een wetsvoorstel voorbereid."
    assert is_commitment(announced, True) == "commitment.pledged" and status_of(announced, None, None) == "Planned"
    assert not is_commitment("De Europese Commissie heeft aangekondigd dat zij een voorstel doet.", True)
    assert not is_commitment(pledged, False)
    assert status_of("Zoals is toegezegd, ontvangt de Kamer een eerste rapportage.", None, None) == "Planned"


def test_what_the_kamer_is_to_receive_and_a_plan_to_inform_it_are_commitments_an_expectation_is_not():
    assert is_commitment("Die reactie ontvangt u in het najaar.", True) == "commitment.kamer-receives"
    assert is_commitment("Uw Kamer zal de evaluatie voor de zomer ontvangen.", True)
    assert not is_commitment("Uw Kamer heeft de evaluatie in mei ontvangen.", True)
    assert not is_commitment("Die reactie ontvangt u in het najaar.", False)
    assert is_commitment("Ik verwacht uw Kamer eind 2025 te informeren over de uitkomsten.", True)
    assert not is_commitment("Ik verwacht dat gemeenten in 2025 meer aanvragen zullen krijgen.", True)
    assert not is_commitment("De regering verwacht dat dit de uitvoering voor gemeenten eenvoudiger maakt.", True)
    assert is_commitment("Het kabinet verwacht het wetsvoorstel in 2027 in te dienen.", True)
    # the times to come a letter is promised by
    for when in ("Voor het einde van dit jaar", "Voor het eind van 2026", "Dit najaar", "Na de zomer",
                 "In de loop van 2027", "Later dit jaar"):
        assert is_commitment(f"{when} ontvangt u hierover een brief.", True) == "commitment.kamer-receives", when


def test_a_last_day_and_advice_given_with_the_addressee_between():
    assert is_commitment("De Kamer ontvangt uiterlijk 1 oktober 2024 de evaluatie van de Jeugdwet.", True)
    # a day referred to without "uiterlijk" may be past: "ouders die zich voor 15 februari hebben aangemeld"
    assert not is_commitment("Dat zijn alle ouders die zich voor 15 februari 2021 hebben aangemeld.", True)
    from beleidsgraaf.builders.statements import is_request
    assert is_request("Wij raden u aan de Kamer jaarlijks te informeren over de voortgang.", True)
    assert not is_request("Wij raden u de Kamer aan.", True)


def test_a_season_already_past_is_next_years_unless_the_sentence_tells_what_happened():
    november = date(2024, 11, 15)
    assert latest("Over de financiering kom ik in het voorjaar bij uw Kamer terug.", november) == date(2025, 6, 20)
    assert latest("Ik stuur u voor de zomer een brief.", november) == date(2025, 6, 21)
    assert latest("In het voorjaar is de regeling ingevoerd.", november) == date(2024, 6, 20)
    assert latest("in het najaar van 2024 verschijnt het", november) == date(2024, 12, 20)
    assert latest("Ik verhoog de bijslag met ingang van 1 januari 2026.", november) == date(2026, 1, 1)


def test_an_intention_stated_as_a_noun_is_a_commitment_and_a_reported_recommendation_an_ask():
    assert is_commitment("Het streven is om het wetsvoorstel in het eerste kwartaal van 2026 in consultatie te brengen.", True)
    assert is_commitment("Het is de bedoeling dat de regeling in 2026 ingaat.", True)
    assert not is_commitment("Het doel is dat meer mensen werken.", True)
    assert is_request("De Nationale ombudsman heeft aanbevolen om de regeling te vereenvoudigen.", False)
    assert status_of("Met deze brief kom ik die toezegging na.", None, None) == "Done"


def test_money_set_aside_a_decision_taken_and_what_comes_this_year_are_commitments():
    assert is_commitment("Het kabinet trekt hiervoor structureel 100 miljoen euro uit.", True)
    decided = "Ik heb besloten de regeling met een jaar te verlengen."
    assert is_commitment(decided, True) and status_of(decided, None, date(2025, 3, 1)) == "Planned"
    assert is_commitment("Dit jaar start de pilot in vijf gemeenten.", True)
    assert is_commitment("Gemeenten ontvangen in 2025 50 miljoen euro extra.", True)
    assert not is_commitment("Gemeenten ontvingen in 2020 een brief over de regeling.", True)
    assert not is_commitment("Het bestuur besloot de vergadering te sluiten.", True)


def test_a_letter_from_outside_asks_by_what_it_counts_on_or_expects_of_the_government():
    assert is_request("Het is van groot belang dat het kabinet de bezuiniging terugdraait.", True)
    assert is_request("Wij rekenen erop dat het nieuwe kabinet de afspraken nakomt.", True)
    assert is_request("Wij verwachten van het kabinet dat het de uitvoering versterkt.", True)
    assert is_request("Graag gaan wij met u in gesprek over de uitwerking.", True)
    assert not is_request("Wij verwachten dat de vraag naar zorg toeneemt.", True)
    assert not is_request("Graag werken we dit voorstel verder uit in een wet.", True), "an offer to do, not an ask"


def test_a_body_set_up_to_advise_is_no_ask_but_the_kamer_asking_before_its_te_is():
    s = "Ter uitvoering van deze motie stel ik een commissie in die uiterlijk eind 2026 adviseert."
    assert not is_request(s, False) and is_commitment(s, True)
    assert is_request("De Raad van State adviseert het kabinet om de wet aan te passen.", False)
    assert is_request("Met de motie van het lid Van Kent (Kamerstuk 24515, nr. 790) heeft uw Kamer de regering "
                      "verzocht het bestaansminimum te herijken.", False) == "request.reported"


def test_the_recesses_of_the_kamer_are_deadlines_of_their_own():
    assert latest("Ik informeer uw Kamer voor het zomerreces.", date(2025, 7, 2)) == date(2025, 7, 4)
    assert latest("voor het herfstreces", date(2025, 7, 2)) == date(2025, 10, 17)
    assert latest("voor de zomer", date(2025, 7, 2)) == date(2026, 6, 21)


def test_the_kamer_receiving_something_in_a_quarter_or_before_a_recess_is_a_commitment():
    assert is_commitment("In het eerste kwartaal van 2026 ontvangt uw Kamer de evaluatie van de wet.", True)
    assert is_commitment("Uw Kamer ontvangt de brief voor het kerstreces.", True)


def test_what_the_government_expects_to_deliver_by_a_date_is_a_commitment():
    assert is_commitment("De verwachting is dat de Staat van de Volkshuisvesting in december 2025 verschijnt.", True) \
        == "commitment.expected"
    assert is_commitment("Ik verwacht de eerste resultaten van de expertteams begin 2026.", True) == "commitment.expected"
    assert not is_commitment("Naar verwachting stijgt het aantal ouderen in 2030 tot 4 miljoen.", True)
    assert not is_commitment("Ik verwacht dat de inflatie stijgt.", True)
    assert not is_commitment("Het advies van de SER wordt eind 2022 verwacht.", True)


def test_carrying_out_a_motion_and_a_pledge_declared_kept():
    assert is_commitment("Ik voer deze motie uit door in 2026 een pilot te starten.", True) == "commitment.implements-motion"
    assert is_commitment("Ik geef uitvoering aan de motie door een pilot te starten.", True) == "commitment.implements-motion"
    assert status_of("Hiermee beschouw ik deze toezegging als afgedaan.", None, None) == "Done"


def test_an_agency_named_after_the_verb_when_the_sentence_opens_with_when_or_why_acts():
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.builders.statements import is_agency_commitment
    from beleidsgraaf.model import Span

    def agency(s):
        mentions, _ = resolve(s, recognise(s))
        return is_agency_commitment(s, Span(0, len(s)), mentions)
    assert agency("Om dit op te lossen opent DJI in 2026 twee nieuwe locaties.")
    assert agency("Vanaf januari 2026 voert de SVB de regeling uit.")
    assert not agency("Daarom heeft het UWV een nieuwe dienst.")


def test_being_willing_to_do_something_is_planned():
    assert status_of("Ik ben bereid dit te onderzoeken.", None, None) == "Planned"


def test_the_letter_delivering_what_it_announces_is_a_kept_commitment():
    s = "Met deze brief ontvangt u, mede namens de minister van KGG, de kabinetsappreciatie van deze mededeling."
    assert is_commitment(s, True) == "commitment.letter" and status_of(s, None, None) == "Done"
    assert is_commitment("Hierbij ontvangt uw Kamer het verslag van de Raad.", True) == "commitment.letter"
    assert is_commitment("Hierbij ontvangt u het verslag van de Raad.", False) is None


def test_what_starts_is_planned_and_what_has_started_is_under_way():
    assert status_of("Het kabinet start een interdepartementaal programma.", None, None) == "Planned"
    assert status_of("Ook wordt een beleidsonderzoek naar het mbo gestart.", None, None) == "Planned"
    assert status_of("Ook is gestart met de versterking van de aanpak van discriminatie.", None, None) == "InProgress"
    assert status_of("Ten slotte is een begin gemaakt met een jaarlijks festival.", None, None) == "InProgress"
    assert status_of("Het onderzoek is in mei gestart en inmiddels afgerond.", None, None) == "Done"


def test_te_gaan_in_a_purpose_clause_is_no_future_and_an_ambition_is_a_plan():
    assert status_of("Het kabinet zet zich met acties in om discriminatie tegen te gaan.", None, None) == "InProgress"
    assert status_of("Het is de ambitie van het kabinet om de invloed van mensen te vergroten.", None, None) == "Planned"


def test_the_kamer_to_be_informed_with_a_long_phrase_between_is_planned():
    s = ("De Tweede Kamer wordt over de versterkte aanpak van discriminatie en racisme in de voortgangsbrief over "
         "discriminatie van 24 juni geïnformeerd.")
    assert status_of(s, None, None) == "Planned"


def test_what_is_being_set_up_in_the_present_passive_is_planned():
    assert status_of("Verder wordt er een rijksbrede arbeidsmarktcampagne opgezet.", None, None) == "Planned"
    assert status_of("Om problemen te voorkomen worden bovendien lichte teams geïntroduceerd.", None, None) == "Planned"


def test_an_agency_examining_now_or_having_started_work_acts():
    from beleidsgraaf.builders.recognise import recognise
    from beleidsgraaf.builders.resolve import resolve
    from beleidsgraaf.builders.statements import is_agency_commitment, named_actor
    from beleidsgraaf.model import Span

    def parsed(s):
        mentions, _ = resolve(s, recognise(s))
        return Span(0, len(s)), mentions
    s = "Op dit moment bekijkt de Belastingdienst in hoeverre de reden van registratie te achterhalen is."
    assert is_agency_commitment(s, *parsed(s))
    s = "De Belastingdienst is voorts gestart met een verkenning van de vaktechnische structuur."
    assert is_commitment(s, True) and named_actor(s, *parsed(s)) == "organisation:oorg12368"
    assert status_of(s, None, None) == "InProgress"
    # what it expects to have done by a time to come, not what it has done
    s = "Het UWV verwacht voor eind 2027 alle aanvragen te hebben afgehandeld."
    assert is_agency_commitment(s, *parsed(s))
    s = "Het UWV en de SVB hebben in 2026 alle aanvragen afgehandeld."
    assert not is_agency_commitment(s, *parsed(s))
    # an adviser's view is no plan
    s = "De Raad van State onderschrijft het doel van het voorstel, maar maakt opmerkingen over de uitvoerbaarheid."
    assert not is_agency_commitment(s, *parsed(s))


def test_more_deadline_expressions():
    d = date(2025, 10, 15)
    assert latest("begin volgend jaar", d) == date(2026, 4, 30)
    assert latest("in de loop van 2026", d) == date(2026, 12, 31)
    assert latest("voor het einde van 2025", d) == date(2025, 12, 31)
    assert latest("voor 2027", d) == date(2026, 12, 31) and latest("in 2027", d) == date(2027, 12, 31)
    assert latest("Ik informeer u voor Prinsjesdag.", date(2025, 5, 15)) == date(2025, 9, 16)   # third Tuesday
    assert latest("Ik informeer u voor Prinsjesdag.", d) == date(2026, 9, 15)


def test_what_is_being_finished_is_not_done_but_what_has_been_finished_is():
    assert status_of("De verkenning wordt in november afgerond.", None, None) != "Done"
    assert status_of("De evaluatie wordt momenteel afgerond.", None, None) == "InProgress"
    assert status_of("De verkenning is in november afgerond.", None, None) == "Done"


def test_a_ministers_first_person_verb_of_raising_lowering_or_changing_is_a_commitment():
    for s in ("Ik verhoog de subsidie per 1 januari 2027 naar 30.000 euro.",
              "Ik verleng de regeling tot en met 2028.",
              "Daarom pas ik de regeling aan.",
              "Per 2027 schaf ik de eigen bijdrage af."):
        assert is_commitment(s, True) == "commitment.first-person-verb", s
    assert not is_commitment("Ik verhoog mijn verwachtingen niet.", False)


def test_a_motions_ask_is_reported_with_its_citation_between_and_its_object_before_te():
    assert is_request("De motie-Boswijk over het behoud van militairen (Kamerstuk 36 600 X, nr. 31) vraagt de regering "
                      "het loopbaanbeleid te herzien.", False) == "request.reported"
    assert is_request("De motie Boswijk verzoekt het kabinet de regeling te verlengen.", False) == "request.reported"
    assert is_request("De motie vraagt aandacht voor te weinig personeel.", False) is None


def test_a_decision_as_a_noun_promises_nothing_but_staying_on_does():
    assert not is_commitment("Ik betreur dat besluit.", True)
    assert not is_commitment("Ik ken de besluiten van de Commissie over de derogatie.", True)
    assert is_commitment("Het kabinet besluit de regeling te verlengen.", True)
    assert is_commitment("Ik blijf mij in Brussel inzetten voor een overgangsperiode.", True) == "commitment.first-person-verb"


def test_a_deliverable_said_to_be_ready_at_a_time_to_come_is_a_commitment():
    for s in ("Het plan is in het voorjaar van 2027 gereed.", "Die evaluatie verschijnt in december.",
              "De nieuwe handreiking komt voor de zomer beschikbaar.", "De uitkomsten volgen eind 2027."):
        assert is_commitment(s, True) == "commitment.deliverable-due", s
    assert not is_commitment("Het plan was in het voorjaar van 2025 gereed.", True)
    assert not is_commitment("Het plan is gereed.", True)


def test_a_heading_that_names_the_asks_is_not_itself_an_ask():
    assert is_request("Onze aanbevelingen", True) is None
    assert is_request("Oproep aan het nieuwe kabinet", True) is None
    assert is_request("Onze aanbeveling is de regeling te verlengen.", True)


def test_halves_of_a_year_next_month_in_so_many_months_and_the_budget_day_are_deadlines():
    d = date(2026, 11, 15)
    def latest(s):
        return find_deadlines(s, d)[0][2]
    assert latest("Dat volgt in de eerste helft van volgend jaar.") == date(2027, 6, 30)
    assert latest("Dat volgt in het eerste halfjaar van 2027.") == date(2027, 6, 30)
    assert latest("Ik informeer u volgende maand.") == date(2026, 12, 31)
    assert latest("Ik informeer u over twee maanden.") == date(2027, 1, 16)
    assert latest("Dat hoort u bij de Miljoenennota.") == date(2027, 9, 21)


def test_a_day_without_a_year_already_past_is_next_years_when_something_is_due_by_it_but_not_when_it_happened():
    d = date(2026, 11, 15)
    assert find_deadlines("Ik stuur het plan voor 1 januari a.s.", d)[0][2] == date(2027, 1, 1)
    assert find_deadlines("De brief, die op 9 september naar de Kamers is verstuurd, noemt de stappen die worden "
                          "genomen.", d)[0][2] == date(2026, 9, 9)


def test_what_the_letter_does_with_hiermee_is_done():
    assert status_of("Hiermee geef ik uitvoering aan de motie van het lid Soepboer c.s. en kom ik de toezegging na.",
                     None, None) == "Done"


def test_we_widen_is_a_promise_in_an_action_plans_numbered_action():
    assert is_commitment("Actie 1. We breiden de campagne uit naar het hele jaar.", True) == "commitment.first-person-verb"


def test_more_verbs_of_changing_a_policy_promise_but_an_infinitive_used_as_a_noun_does_not():
    for s in ("We vereenvoudigen de regeling voor ouders in 2027.", "Wij schaffen de eigen bijdrage per 2027 af.",
              "Ik beperk het aantal regels.", "Het kabinet vereenvoudigt de toeslagen.", "We harmoniseren de normen."):
        assert is_commitment(s, True), s
    assert not is_commitment("Het kabinet zoekt naar instrumenten die bijdragen aan het vergroten van transparantie.", True)


def test_what_a_body_expects_would_like_to_see_or_proposes_is_its_ask_but_not_what_it_expects_to_happen():
    for s in ("Ons voorstel is om de toeslagen af te schaffen.", "Wij verwachten dat het kabinet de motie uitvoert.",
              "Graag zien wij dat de minister in gesprek gaat met de sector.", "Wij willen graag dat de minister met ons "
              "in gesprek gaat.", "Wij vinden het belangrijk dat de regeling blijft bestaan.",
              "Wij zouden graag zien dat het budget wordt verhoogd."):
        assert is_request(s, True) == "request.normative", s
    assert is_request("Wij verwachten dat de vraag toeneemt.", True) is None


def test_a_condition_or_an_explanation_to_the_reader_is_no_ask_but_an_imperative_with_your_is():
    assert is_request("Kom je er met de werkgever niet uit, dan kun je een klacht indienen.", True) is None
    assert is_request("Het is gratis en je hebt er geen advocaat voor nodig.", True) is None
    assert is_request("Bied je hulp aan.", True) == "request.imperative"
    assert is_request("Er is meer geld nodig.", True) == "request.normative"


def test_what_a_plan_or_a_budget_is_for_is_no_deadline_but_the_one_the_sentence_names_later_is():
    found = find_deadlines("Er komt een programmaplan voor 2022, dat eind dit jaar naar de Kamer gaat.", date(2021, 6, 1))
    assert [d for _, _, d in found] == [date(2021, 12, 31)]
    assert find_deadlines("Ik stuur het voor 2027 naar de Kamer.", None, 2026)[0][2] == date(2026, 12, 31)


def test_a_rule_that_enters_into_force_or_a_bill_that_goes_out_at_a_time_to_come_is_a_commitment():
    for s in ("Die regeling treedt per 1 januari 2027 in werking.",
              "Het wetsvoorstel gaat in het voorjaar van 2027 in internetconsultatie.",
              "Het besluit gaat nog dit jaar naar de Raad van State."):
        assert is_commitment(s, True) == "commitment.deliverable-due", s
    assert not is_commitment("De wet trad per 1 januari 2024 in werking.", True)
    assert not is_commitment("Dat zijn de ouders die zich voor 15 februari 2021 hebben aangemeld.", True)


def test_an_ask_with_its_verb_before_the_one_who_asks_is_a_request_and_a_lead_in_to_the_asks_is_none():
    assert is_request("Verder verzoeken wij u om gemeenten meer ruimte te geven bij de toewijzing.", True)
    assert is_request("Daarom vraag ik het kabinet de regeling met twee jaar te verlengen.", True)
    assert is_request("Tot slot vragen wij aandacht voor de positie van mantelzorgers.", True)
    assert not is_request("Kort samengevat vragen we u het volgende:", True)
    assert not is_request("Wij vragen ons af of dit voldoende is.", True)


def test_more_ways_a_minister_promises_and_what_only_sounds_like_it():
    for s in ("Ik bericht uw Kamer voor de zomer over de uitkomsten.",
              "Daarnaast bekijk ik hoe de uitvoering eenvoudiger kan.",
              "Ik treed in overleg met de provincies.",
              "Ik ben met de sector in gesprek over de uitwerking.",
              "Ik heb opdracht gegeven tot een onafhankelijk onderzoek naar de wachtlijsten.",
              "Uw Kamer ontvangt voor 1 juli de evaluatie.",
              "De subsidieregeling wordt in 2026 opengesteld.",
              "Dit najaar start een landelijke campagne."):
        assert is_commitment(s, True), s
    for s in ("Het aantal wachtenden is in 2024 gestegen.",
              "Ik wil benadrukken dat dit een complex vraagstuk is.",
              "Ik wil de Inspectie bedanken voor haar werk.",
              "Ik ben blij dat de sector deze stap zet.",
              "Het is van belang dat er interbestuurlijk wordt samengewerkt.",
              "Dat zijn alle ouders die zich voor 15 februari 2021 hebben aangemeld."):
        assert not is_commitment(s, True), s


def test_a_bodys_urgent_ask_is_a_request_and_its_offer_to_explain_is_none():
    assert is_request("Ons dringende verzoek is om de regeling te handhaven.", True)
    assert is_request("We gaan graag met u in gesprek over de uitwerking.", True)
    assert not is_request("Wij zijn graag bereid om dit toe te lichten.", True)


def test_a_period_of_years_is_due_by_its_last_and_runs_once_it_has_begun():
    d = date(2026, 4, 1)
    assert [x[2] for x in find_deadlines("Het Rijk stelt in de periode 2026-2029 geld beschikbaar.", d)] == [date(2029, 12, 31)]
    assert [x[2] for x in find_deadlines("In de jaren 2026 tot en met 2028 investeren we.", d)] == [date(2028, 12, 31)]
    assert [x[2] for x in find_deadlines("De regeling loopt tot en met 2029.", d)] == [date(2029, 12, 31)]
    s = "Van 2025 tot en met 2028 geeft de overheid ieder jaar een miljoen extra."
    due = find_deadlines(s, d)[-1][2]
    assert status_of(s, Deadline("tot en met 2028", Span(0, 1), due), d) == "InProgress"
    s = "Van 2027 tot en met 2028 geeft de overheid ieder jaar een miljoen extra."
    assert status_of(s, Deadline("tot en met 2028", Span(0, 1), date(2028, 12, 31)), d) == "Planned"


def test_an_expectation_a_name_a_plan_said_not_to_hold_and_a_list_of_topics_promise_nothing():
    for s in ("Ik verwacht niettemin dat de afspraak eraan zal bijdragen dat de Kamer beter wordt geïnformeerd.",
              "Dit wordt een onderzoek naar eigen handelen genoemd.",
              "Het streven om de commissaris al op 1 juli te laten starten is te optimistisch.",
              "Hierin wordt een reeks acties aangekondigd, gegroepeerd rond de thema's:"):
        assert not is_commitment(s, True), s
        assert not is_status_commitment(s), s
    assert is_commitment("Ik verwacht uw Kamer eind 2025 te informeren.", True)
    assert is_commitment("Het onderzoek wordt in het najaar uitgevoerd.", True)


def test_a_conviction_a_trend_and_a_consequence_promise_nothing():
    for s in ("Ik ben ervan overtuigd dat een toegankelijke overheid zorgt dat mensen goed geholpen worden.",
              "Burgerpanels worden bijvoorbeeld steeds meer toegepast en verder ontwikkeld.",
              "Hierdoor komt er betere regelgeving die burgers beter ondersteunt."):
        assert not is_commitment(s, True), s
    assert is_commitment("In 2027 komt er een landelijk meldpunt voor burgers.", True)


def test_a_new_body_or_extra_places_that_there_will_be_are_announced():
    assert is_commitment("Er komt een staatscommissie die zich over de toekomst van de zorg buigt.", True) \
        == "commitment.announcement"
    assert is_commitment("Er komen extra opvangplaatsen in Ter Apel.", True)
    assert not is_commitment("Er komt een moment dat dit niet meer kan.", True)
    assert not is_commitment("Er komen steeds meer ouderen bij.", True)


def test_the_budgets_spring_and_autumn_memoranda_are_deadlines_and_no_season():
    d = date(2026, 10, 2)
    assert [(x[2]) for x in find_deadlines("Een besluit neem ik bij de Voorjaarsnota 2027.", d)] == [date(2027, 5, 31)]
    assert [(x[2]) for x in find_deadlines("Dit volgt bij de Voorjaarsnota.", d)] == [date(2027, 5, 31)]
    assert [(x[2]) for x in find_deadlines("Ik kom hierop terug bij de Najaarsnota.", d)] == [date(2026, 11, 30)]
    assert is_commitment("Ik laat in 2027 een evaluatie uitvoeren naar de effecten.", True)
    assert not is_commitment("Ik laat het hierbij.", True)
    # the Kamer's budget debates, over by the end of November; the year names the budget's
    assert [x[2] for x in find_deadlines("Ik informeer u voor de begrotingsbehandeling van VWS.", d)] == [date(2026, 11, 30)]
    assert [x[2] for x in find_deadlines("Ik informeer u bij de begrotingsbehandeling 2028.", d)] == [date(2027, 11, 30)]
    assert [x[2] for x in find_deadlines("Ik informeer u voor de begrotingsbehandeling.", date(2026, 12, 10))] \
        == [date(2027, 11, 30)]
    # (not the debate something happened in)
    assert not find_deadlines("De moties die tijdens de begrotingsbehandeling zijn aangenomen, voer ik uit.", d)


def test_a_purpose_without_its_comma_before_the_writer_acts_and_a_law_said_to_enter_into_force_verb_first():
    assert is_commitment("Om de bouw te versnellen stel ik in 2027 € 500 miljoen beschikbaar.", True)
    assert not is_commitment("Om de uitvoering te versterken.", True)
    assert is_commitment("Daarnaast treedt de Wet betaalbare huur per 1 januari 2027 in werking.", True)
    assert not is_commitment("Daarnaast trad de wet in 2021 in werking.", True)


def test_what_starts_in_a_year_is_due_when_that_year_begins():
    d = date(2026, 4, 1)
    assert [x[2] for x in find_deadlines("De cursus wordt vanaf 2027 in alle provincies aangeboden.", d)] == [date(2027, 1, 1)]
    assert [x[2] for x in find_deadlines("De regeling geldt per 2028.", d)] == [date(2028, 1, 1)]
    assert [x[2] for x in find_deadlines("De wet wordt in 2027 aangepast.", d)] == [date(2027, 12, 31)]
    assert [x[2] for x in find_deadlines("Dit gebeurt voor 2028.", d)] == [date(2027, 12, 31)]


def test_what_goes_on_until_a_time_to_come_is_under_way():
    d = date(2026, 5, 1)
    for s, expected in (("Samen met de PO-Raad zet ik de regionale aanpak voort tot en met 2030.", "InProgress"),
                        ("De regeling loopt tot 2028.", "InProgress"),
                        ("Ik stuur de evaluatie uiterlijk 2027.", "Planned")):
        dl = find_deadlines(s, d)[0]
        assert status_of(s, Deadline(s[dl[0]:dl[1]], Span(dl[0], dl[1]), dl[2]), d) == expected, s


def test_an_ask_of_someone_named_after_aan_is_a_request():
    assert is_request("Ook vraagt de inspectie aan scholen om de resultaten openbaar te maken.", False)
    assert is_request("Ik vraag aan gemeenten om hun plannen voor 1 mei te delen.", False)
    assert not is_request("De inspectie vraagt aandacht aan de hand van voorbeelden.", False)


def test_coming_back_to_something_in_a_later_letter_is_planned():
    assert status_of("Ik kom in de volgende voortgangsbrief terug op de positie van scholen.", None, date(2026, 9, 1)) == "Planned"
    assert status_of("Daar kom ik in de eerstvolgende brief op terug.", None, date(2026, 9, 1)) == "Planned"


def test_members_of_government_by_office_and_name_promise_and_past_asks_after_om_are_requests():
    assert is_commitment("Staatssecretaris Szabó en minister Keijzer zullen de Kamer in december informeren.", True)
    assert not is_commitment("Minister Keijzer heeft de brief gestuurd.", True)
    assert is_request("Kamerlid Jansen vroeg in het debat van 3 september om een register voor gemeenten.", False)
    assert is_request("De burgemeester heeft namens de G4 om extra middelen gevraagd.", False)
    assert not is_request("Het is te vroeg om conclusies te trekken over de regeling.", False)


def test_what_is_aimed_at_by_its_participle_first_is_an_intention():
    assert is_commitment("Beoogd is inwerkingtreding per 1 januari 2027.", True) == "commitment.intention"
    assert is_commitment("Voorzien is dat de evaluatie in 2027 verschijnt.", True) == "commitment.intention"


def test_a_paper_that_is_sent_in_the_present_passive_is_yet_to_come():
    assert status_of("Het verslag van de evaluatie wordt aan beide Kamers gezonden.", None, date(2026, 3, 1)) == "Planned"


def test_a_budget_memorandum_for_a_year_comes_on_the_prinsjesdag_before_it():
    found = find_deadlines("Ik kom daar in de Miljoenennota 2027 op terug.", date(2026, 8, 28))
    assert [d for _, _, d in found] == [date(2026, 9, 15)]
    assert [d for _, _, d in find_deadlines("Ik informeer u op Prinsjesdag 2027.", date(2026, 8, 28))] == [date(2027, 9, 21)]


def test_a_separable_participle_ends_a_future_passive_and_a_member_named_first_asks():
    assert is_commitment("De resterende bezwaren worden uiterlijk in het eerste kwartaal van 2027 afgehandeld.", True)
    assert is_request("Het lid Van Dijk (CDA) heeft gevraagd of de rente op belastingschulden omlaag kan.", False)
    assert status_of("Ik onderzoek dat en kom daar in de volgende brief op terug.", None, date(2026, 8, 1)) == "Planned"


def test_a_refusal_promises_nothing_and_asking_a_body_to_act_is_the_writers_commitment():
    assert not is_commitment("Ik zie geen aanleiding om een aparte compensatieregeling in te stellen.", True)
    assert not is_commitment("Ik ben niet voornemens de pilot te versnellen voordat de resultaten bekend zijn.", True)
    assert is_commitment("Ik ben voornemens de pilot te versnellen.", True)
    assert is_commitment("Ik heb de NVWA gevraagd om de controles op de ophokplicht te verscherpen.", True)


def test_a_meeting_on_a_day_half_a_year_and_next_week_are_deadlines():
    d = date(2026, 3, 10)      # a Tuesday
    cases = {"Ik stuur de brief voor het commissiedebat van 3 juni.": date(2026, 6, 3),
             "Ik stuur de brief vóór de stemmingen op 14 april 2026.": date(2026, 4, 14),
             "Ik stuur de brief over een half jaar.": date(2026, 9, 9),
             "Ik stuur de brief volgende week.": date(2026, 3, 22)}
    for s, due in cases.items():
        assert [x for _, _, x in find_deadlines(s, d)] == [due], s
    assert not find_deadlines("Tijdens het commissiedebat van 3 februari heb ik dat toegezegd.", d)


def test_not_taking_over_a_recommendation_promises_nothing():
    assert not is_commitment("Reactie: Het kabinet neemt deze aanbeveling niet over.", True)
    assert not is_commitment("Het kabinet volgt het advies niet.", True)
    assert is_commitment("Het kabinet neemt deze aanbeveling over en werkt die uit.", True)


def test_a_letter_whose_writers_inform_by_it_in_the_plural_is_done():
    assert status_of("Met deze brief informeren wij u over de toeslagen.", None, date(2026, 12, 1)) == "Done"


def test_my_ministry_as_subject_and_what_is_paid_out_promise():
    assert is_commitment("Mijn ministerie ontwikkelt samen met gemeenten een handreiking.", True)
    assert is_commitment("Eind 2026 wordt de eerste tranche uitbetaald.", True)
    assert is_commitment("Mijn ministerie heeft de brief gestuurd.", True) != "commitment.minister-verb"


def test_days_in_figures_and_the_turn_of_the_year_are_deadlines():
    d = date(2026, 3, 10)
    cases = {"Ik stuur de brief per 1-1-2027.": date(2027, 1, 1), "Ik stuur de brief op 01-07-2026.": date(2026, 7, 1),
             "Ik stuur de brief voor 2027-07-01.": date(2027, 7, 1),
             "Ik stuur de brief rond de jaarwisseling.": date(2027, 1, 31)}
    for s, due in cases.items():
        assert [x for _, _, x in find_deadlines(s, d)] == [due], s


def test_a_quarter_without_a_year_already_past_is_next_years_and_a_calendar_year_is_a_year():
    assert latest("Dit volgt in het eerste kwartaal.", d=date(2026, 5, 10)) == date(2027, 3, 31)
    assert latest("Ik informeer u in Q1.", d=date(2026, 5, 10)) == date(2027, 3, 31)
    assert latest("Ik informeer u in het derde kwartaal.", d=date(2026, 5, 10)) == date(2026, 9, 30)
    assert latest("In het eerste kwartaal is de regeling ingevoerd.", d=date(2026, 5, 10)) == date(2026, 3, 31)
    assert latest("Ik informeer u voor het einde van dit kalenderjaar.", d=date(2026, 5, 10)) == date(2026, 12, 31)


def test_no_position_taken_promises_nothing_and_a_change_with_its_object_between_is_one():
    assert not is_commitment("Over de gesloten gebieden neem ik op dit moment geen standpunt in.", True)
    assert is_commitment("Over de gesloten gebieden neem ik voor de zomer een besluit.", True)
    assert is_commitment("Ik pas de regeling voor jonge landbouwers in 2027 aan.", True)
    assert is_commitment("Het kabinet past de codebesluiten aan, zodat netbeheerders vaker flexibele contracten aanbieden.", True)
    assert not is_commitment("Deze aanpak past goed bij de wensen van gemeenten.", True)


def test_an_assumption_or_no_reason_seen_promises_nothing_but_what_i_go_and_expect_to_do_does():
    assert not is_commitment("Ik ga ervan uit dat gemeenten dit oppakken.", True)
    assert not is_commitment("Het kabinet gaat uit van een groei van twee procent.", True)
    assert not is_commitment("Ik zie op dit moment geen reden om een verplichting op te nemen.", True)
    assert is_commitment("Ik verwacht het wetsvoorstel na de zomer bij uw Kamer in te dienen.", True)
    assert not is_commitment("Ik verwacht dat gemeenten meer aanvragen krijgen.", True)
    assert status_of("Wel ga ik met de netbeheerders in gesprek.", None, None) == "Planned"


def test_a_bill_tabled_with_the_bill_between_the_verb_and_its_particle_is_a_commitment():
    assert is_commitment("In 2027 dien ik een wijziging van de Vreemdelingenwet 2000 in.", True)
    assert is_commitment("Het kabinet dient het wetsvoorstel voor de zomer in bij de Tweede Kamer.", True)
    assert not is_commitment("Gemeenten dienen hun aanvraag in bij de provincie.", True)


def test_a_time_since_which_something_holds_is_no_deadline_once_gone_by():
    d = date(2026, 12, 3)
    assert latest("Sinds 1 oktober 2026 worden geen gedetineerden meer heengezonden.", d=d) is None
    assert latest("Vanaf 1 januari 2026 geldt de regel al.", d=d) is None
    assert latest("Vanaf 1 maart 2027 geldt de nieuwe regel.", d=d) == date(2027, 3, 1)
    assert latest("Vanaf januari 2027 gaat de regeling in.", d=d) == date(2027, 1, 31)


def test_a_bodys_standing_task_or_past_advice_is_no_commitment_of_it():
    from beleidsgraaf.builders.recognise import recognise as rec
    from beleidsgraaf.builders.resolve import resolve as res

    def agency(s):
        mentions, _ = res(s, rec(s))
        return is_agency_commitment(s, Span(0, len(s)), mentions)
    assert not agency("De Nederlandse Zorgautoriteit houdt toezicht op de zorgmarkt.")
    assert agency("De Nederlandse Zorgautoriteit houdt vanaf 2027 extra toezicht op de wachttijden.")
    assert not agency("De Raad voor Volksgezondheid & Samenleving adviseerde in 2024 om meer in preventie te investeren.")


def test_the_time_a_decision_was_taken_is_no_deadline_and_a_bodys_act_on_a_condition_no_commitment():
    from beleidsgraaf.builders.recognise import recognise as rec
    from beleidsgraaf.builders.resolve import resolve as res
    decided = "Het kabinet heeft in 2024 besloten om 1,2 miljard euro extra beschikbaar te stellen."
    assert deadline_of(decided, Span(0, len(decided)), date(2026, 12, 2), None) is None
    to_come = "Het kabinet heeft besloten om in 2027 1,2 miljard euro extra beschikbaar te stellen."
    assert deadline_of(to_come, Span(0, len(to_come)), date(2026, 12, 2), None).latest == date(2027, 12, 31)
    s = "Als het aantal meldingen stijgt, zal het Instituut Mijnbouwschade Groningen extra personeel aannemen."
    assert not is_agency_commitment(s, Span(0, len(s)), res(s, rec(s))[0])


def test_the_writers_own_present_tense_verbs_promise_and_explaining_worrying_or_supposing_do_not():
    for s in ("Ik leg de wijziging voor advies voor aan de Raad van State.", "Ik rond de evaluatie voor het einde van het jaar af.",
              "Daarom schrijf ik een nieuwe regeling uit.", "Ik omarm het advies van de commissie.",
              "Het kabinet heeft 20 miljoen euro gereserveerd voor de pilot.",
              "Het kabinet heeft in de Voorjaarsnota al 500 miljoen euro extra beschikbaar gesteld."):
        assert is_commitment(s, True), s
    assert status_of("Het kabinet heeft 20 miljoen euro gereserveerd voor de pilot.", None, date(2026, 1, 1)) == "Done"
    for s in ("Ik leg uit waarom dit nodig is.", "Ik zet uiteen hoe de regeling werkt.",
              "Ik maak mij zorgen over de wachttijden.", "Ik neem aan dat gemeenten dit oppakken."):
        assert not is_commitment(s, True), s


def test_sharing_concerns_and_what_is_not_the_writers_to_decide_promise_nothing():
    for s in ("Ik deel de zorgen van uw Kamer over de wachttijden.", "Ik begrijp de zorgen van ouders.",
              "Ik ga niet over de tarieven van zorgverzekeraars."):
        assert not is_commitment(s, True), s
    assert is_commitment("Wij zorgen ervoor dat iedereen toegang heeft tot de regeling.", True)


def test_what_runs_until_a_time_to_come_is_under_way_and_so_is_what_is_part_done():
    d = date(2026, 12, 1)
    later = "De pilot wordt op 1 juli 2027 afgerond; de resultaten stuur ik u na de zomer."
    assert status_of(later, deadline_of(later, Span(0, len(later)), d, None), d) == "Planned"
    for s in ("De pilot loopt nog tot eind 2027.", "De eerste tranche is uitbetaald; de tweede volgt in 2027."):
        assert status_of(s, deadline_of(s, Span(0, len(s)), d, None), d) == "InProgress", s
    s = "De pilot start in 2027 en loopt tot eind 2028."
    assert status_of(s, deadline_of(s, Span(0, len(s)), d, None), d) == "Planned"


def test_a_circular_or_a_report_that_informs_by_itself_is_done():
    for s in ("Met deze circulaire informeren wij u over de ontwikkeling van het gemeentefonds.",
              "Met deze voortgangsrapportage informeer ik u over de stand van zaken."):
        assert status_of(s, None, None) == "Done", s


def test_before_a_meeting_in_a_month_is_due_by_the_months_end():
    d = date(2025, 3, 21)
    assert latest("Ik informeer uw Kamer voor de Europese Raad van juni over de voortgang.", d=d) == date(2025, 6, 30)
    assert latest("Voor het commissiedebat in maart stuur ik u een brief.", d=date(2025, 4, 2)) == date(2026, 3, 31)
