"""Commitments and requests: which sentences state a public actor's will, plan or ongoing promised
action, and which ask another party to act; with actor, status, deadline and links.

The cues are patterns of Dutch policy language, kept here as data (each list says what it is for).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Deadline, Mention, Span
from . import gazetteer as gz
from .patterns import CaseFree
from .dates import SIMPLE_PAST, find_deadlines

GOVERNMENT = "government:nl"
TWEEDE_KAMER = "organisation:oorg10002"

# Subjects that speak for the government.
_CABINET = CaseFree(r"\b(?:het|dit|ons)\s+kabinet\b|\bde\s+(?:Nederlandse\s+)?regering\b|\b[Kk]abinet\b(?=\s+(?:is|wil|gaat|zal|zet|werkt|komt|neemt|streeft|heeft|ziet|vindt|erkent|onderschrijft|presenteert|stimuleert|legt|differentieert|pakt))")
# the country in the EU's or another forum, as its government speaks of it, opening the sentence: "Nederland zal
# pleiten voor …", "Daarnaast zal Nederland …" (a pattern apart from _CABINET, whose alternatives all open with a
# word boundary, which keeps its search fast)
_COUNTRY_ACTS = CaseFree(r"\s*(?:(?:daarom|daarnaast|ook|verder|tevens|bovendien)\s+)?"
                         r"(?:zal\s+nederland\b|nederland\s+(?=(?:zal|zet\s+zich|gaat\s+zich|pleit|wil\s+zich|streeft)\b))")
_FIRST_PERSON = CaseFree(r"(?:^|[\s(,])(?:ik|wij|we|mijn\s+(?:ministerie|departement|collega)|ons\s+ministerie|onze)\b")
# A member of the government named as the one who acts ("De staatssecretaris van VWS informeert ...").
_MEMBER = re.compile(r"\b(?:[Dd]e|[Hh]et|[Oo]nze?|(?<!van\s)(?<!voor\s)(?<!aan\s)(?<!door\s)(?<!met\s)[Mm]ijn)\s+"
                     r"(?:minister|ministers|ministerie|ministeries|staatssecretaris|staatssecretarissen|bewindspersonen|"
                     r"bewindspersoon|rijksoverheid|Rijk|collega(?:'s)?(?=\s+(?:van|voor)\b))\b(?!\s+(?:heeft|hebben|had|hadden)\b)"
                     # … or by office and name, opening the sentence: "Staatssecretaris Szabó en minister Keijzer zullen …"
                     # (not "Minister van …", nor an office and name as an object: "advies aan staatssecretaris X")
                     r"|^\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Zo)\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)\s+"
                     r"(?!(?:van|voor)\b)(?:(?:de|der|ter|ten)\s+)?[A-Z][\w'’-]+\b(?!\s+(?:heeft|hebben|had|hadden)\b)")
# "de overheid" right before or after a verb of action (not "moet", "zou"): "probeert de overheid
# voorzieningen laagdrempelig te maken", "werken de overheid en partners aan", "de overheid investeert"
_STATE_VERB = (r"(?:probeert|proberen|werkt|werken|zet|zetten|investeert|investeren|geeft|geven|biedt|bieden|"
               r"ontwikkelt|ontwikkelen|treedt|gaat|gaan|zal|zullen|wil|willen|start|starten|ondersteunt|stimuleert|"
               r"neemt|pakt|helpt|maakt|zorgt|verbetert|versterkt|onderzoekt|onderzoeken|verkent|verkennen)")
# ... and the departments together: "Momenteel onderzoeken verschillende departementen of …"
_STATE = r"(?:(?:de|onze)\s+(?:Nederlandse\s+)?overheid|(?:de\s+)?(?:verschillende|betrokken|alle)\s+(?:departementen|ministeries))"
_STATE_ACTS = CaseFree(rf"\b{_STATE_VERB}\s+{_STATE}\b|^(?:\S+\s+){{0,3}}{_STATE}\s+{_STATE_VERB}\b")
# Verbs and phrases of will, plan or promised ongoing action.
# the verbs a minister promises with in the first person singular, by their stem ("ik werk aan", "stuur ik")
_I_VERBS = ("werk|stuur|verken|kom|informeer|zeg|onderzoek|zet|neem|start|zorg|maak|breng|geef|houd|bied|investeer|"
            "ontwikkel|presenteer|stel|richt|pak|help|ga|streef|blijf|verhoog|verlaag|verruim|verleng|verbreed|verdubbel|"
            "vereenvoudig|versterk|verbeter|wijzig|pas|schaf|trek|regel|introduceer|lanceer|financier|open|bouw|voer|"
            "evalueer|monitor|verminder|beperk|verbied|verplicht|continueer|publiceer|organiseer|betrek|herzie|vergroot|"
            "verklein|stimuleer|ondersteun|faciliteer|benut|borg|harmoniseer|vervang|versnel|intensiveer|breid|bundel|"
            "bericht|bekijk|treed|laat|zend")
_PROMISE = CaseFree(
    r"\b(?:zal|zullen|gaat|(?<!\bzijn\s)(?<!\bis\s)gaan|ga|wil|willen|komt\s+(?:\w+\s+){0,3}met|komen\s+(?:[^.;]{0,80}?\s)?met\s+(?:een|de|het)|komt\s+er|komen\s+er|zet\s+(?:zich\s+)?(?:\w+\s+)?in|zetten\s+(?:ons\s+)?(?:\w+\s+)?in|"
    r"werkt\s+(?:\w+\s+){0,4}aan|werken\s+(?:\w+\s+){0,4}aan|werkt\s+(?:deze|dit|die|dat|het|de|ze)\s+(?:\w+\s+){0,3}uit\b|streeft|streven|neemt|nemen|onderneemt|ondernemen|investeert|investeren|"
    r"onderzoekt|onderzoeken|verkent|verkennen|ontwikkelt|ontwikkelen|start|starten|begint|beginnen|presenteert|"
    # (not the noun: "Ik deel de zorgen van uw Kamer")
    r"presenteren|informeert|informeren|stuurt|sturen|zorgt|zorgen(?<!\bde\szorgen)(?<!\buw\szorgen)(?<!\bhun\szorgen)"
    r"(?<!\bmijn\szorgen)(?<!\bonze\szorgen)(?<!\bdeze\szorgen)(?<!\bdie\szorgen)(?<!\bgrote\szorgen)(?<!\bzijn\szorgen)"
    r"(?<!\bhaar\szorgen)|bereidt|pakt|pakken|stimuleert|stimuleren|"
    r"ondersteunt|ondersteunen|breidt|breiden|versterkt|versterken|voert|treft|treffen|legt|leggen|richt|richten|"
    r"differentieert|biedt|bieden|verbetert|verbeteren|intensiveert|continueert|brengt|brengen|maakt|maken|"
    r"voornemens|voornemen|toezegging|zeg\s+toe|zegt\s+toe|beoogt|beogen|helpt|helpen|houdt|houden|"
    # a bill tabled, with the bill between: "In 2027 dien ik een wijziging van de Vreemdelingenwet in"
    r"dien(?:t|en)?\s+(?:[^.;,]{0,80}?\s)?in(?=\s*(?:[.;,]|$|\s(?:bij|en|om|zodat)\b))|"
    # (with what is changed between: "RVO past de regelingen in 2027 aan"; not what fits: "past bij", "past in")
    r"past\s+(?:[^.;,]{0,80}?\s)?aan(?=\s*(?:[.;,]|$|\s(?:en|om|zodat|door|waardoor)\b))|"
    r"passen\s+(?:[^.;,]{0,80}?\s)?aan(?=\s*(?:[.;,]|$|\s(?:en|om|zodat|door|waardoor)\b))|stelt|stellen|geeft|geven|financiert|financieren|subsidieert|agendeert|"
    r"verduidelijkt|evalueert|evalueren|monitort|monitoren|betrekt|betrekken|organiseert|organiseren|"
    r"blijft|blijven|vervalt|ambitie|zet|zetten|bouwt|bouwen|opent|openen|introduceert|introduceren|verhoogt|verhogen|"
    r"verlaagt|verlagen|verruimt|verruimen|verlengt|verlengen|bekijkt|bekijken|"
    # more verbs of changing a policy, in the third person and the plural: "Het kabinet vereenvoudigt …", "We
    # beperken …", "We schaffen de eigen bijdrage af"
    # (an infinitive after "het" or "van" is a noun: "bijdragen aan het vergroten van transparantie")
    r"vereenvoudigt|vermindert|beperkt|verbiedt|verplicht|lanceert|publiceert|wijzigt|herziet|vergroot|verkleint|"
    r"verdubbelt|faciliteert|benut|borgt|harmoniseert|vervangt|versnelt|bundelt|regelt|schaft\s+(?:[^.;]{0,60}?\s)?af|"
    r"(?<!\bhet\s)(?<!\bhet\s\s)(?<!\bvan\s)(?:vereenvoudigen|verminderen|beperken|verbieden|verplichten|continueren|lanceren|publiceren|"
    r"wijzigen|herzien|vergroten|verkleinen|verdubbelen|faciliteren|benutten|borgen|harmoniseren|vervangen|versnellen|"
    r"intensiveren|bundelen|regelen|voeren|schaffen\s+(?:[^.;]{0,60}?\s)?af|trekken\s+(?:[^.;]{0,60}?\s)?uit)|"
    # what the writer expects to do: "Ik verwacht het wetsvoorstel na de zomer bij uw Kamer in te dienen"
    r"verwacht(?:en)?\s+(?!dat\b)(?:[^.;,]{0,80}?\s)?te\s+\w+en\b|"
    # the writer's own verb, in the first person right after or before "ik": "Ik leg de wijziging voor aan de Raad van
    # State", "Ik rond de evaluatie voor het einde van het jaar af", "Daarom schrijf ik een nieuwe regeling uit"
    r"(?<=\bik\s)(?:leg|breng|maak|houd|geef|bied|voer|pak|richt|rond|schrijf|zet|neem|stuur|bouw|open|financier|"
    r"investeer|omarm|versterk|verbeter|evalueer|betrek|publiceer|herzie|vergroot|versnel|bundel|regel|schaf|trek|help)\b|"
    r"\b(?:leg|breng|maak|houd|geef|bied|voer|pak|richt|rond|schrijf|zet|neem|stuur|bouw|open|financier|investeer|omarm|"
    r"versterk|verbeter|evalueer|betrek|publiceer|herzie|vergroot|versnel|bundel|regel|schaf|trek|help)(?=\s+ik\b)|"
    # an aim set: "De regering heeft zich ten doel gesteld om jaarlijks 100 000 woningen te bouwen"
    r"(?:heeft|hebben)\s+(?:zich|ons|zichzelf)\s+(?:\w+\s+){0,2}?ten\s+doel\s+gesteld|"
    # work begun: "De Belastingdienst is voorts gestart met een verkenning"
    r"(?:is|zijn)\s+(?:\w+\s+){0,2}(?:gestart|begonnen)\s+met|"
    # talks going on, and work commissioned: "Ik ben met de sector in gesprek over …", "Ik heb opdracht gegeven tot …"
    r"(?:ben|zijn)\s+(?:[^.;]{0,60}?\s)?in\s+(?:gesprek|overleg)\b|opdracht\s+(?:gegeven|verleend)|"
    # … or asked of a body by the writer: "Ik heb de NVWA gevraagd om de controles te verscherpen"
    r"(?:heb|hebben)\s+(?:[^.;]{0,60}?\s)?(?:gevraagd|verzocht)\s+om\s+(?:[^.;]{0,120}?\s)?te\s+\w+|"
    # money set aside, and a decision taken: "trekt hiervoor 100 miljoen euro uit", "Ik heb besloten de regeling te verlengen"
    r"trekt\s+(?:[^.;]{0,80}?\s)?uit|trekken\s+(?:[^.;]{0,80}?\s)?uit|reserveert|reserveren|besloten|"
    # (the verb, not the noun: "Ik betreur dat besluit", "de besluiten")
    r"(?<!\bhet\s)(?<!\bdat\s)(?<!\bdit\s)(?<!\been\s)(?<!\bdeze\s)besluit|(?<!\bde\s)(?<!\bdeze\s)besluiten|"
    # first person singular, the minister speaking, next to "ik" (the same words are nouns elsewhere:
    # "het grondige werk"): "ik werk aan", "stuur ik", "verken ik"
    rf"(?<=\bik\s)(?:\w+\s)?(?:{_I_VERBS})|(?:{_I_VERBS})(?=\s+ik\b))\b")
_PARTICIPLE = (
    # (not a verb of becoming, whose perfect takes "zijn": "Het aantal is in 2024 gestegen")
    r"(?:(?!(?:gestegen|gedaald|gegroeid|gebleken|geweest|gebleven|gekomen|gegaan|gelukt|geworden|gebeurd|gevallen|"
    r"geslaagd|gelopen|gezakt|gekrompen|geëindigd|getreden|"
    # (nor a noun that looks like a participle: "gemeenten", "gegevens")
    r"gemeenten|gebieden|gevallen|gebouwen|gezinnen|gedachten|gegevens|gebruikers|gesprekken|gedeelten|gewesten)\b)"
    r"ge\w+(?:d|t|en)|uitgewerkt|"
    # the participle of a separable verb: "wordt in 2026 opengesteld", "wordt vrijgemaakt"
    r"(?:open|vrij|vast|bij|terug|af|aan|op|in|uit|toe|mee|door|na|weg)ge\w+(?:d|t)|onderzocht|verkend|benoemd|ingevoerd|opgesteld|ontwikkeld|voortgezet|versterkt|"
    r"onderhouden|uitgebreid|aangepast|verbeterd|verduidelijkt|uitgevoerd|afgerond|verstuurd|opgenomen|"
    r"ingediend|aangeboden|toegezegd|afgesproken|ingezet|opgezet|verstrekt|vastgelegd|uitgebracht|"
    r"opgeleverd|ingericht|opgericht|aangesteld|bekeken|beschreven|besproken|verwerkt|meegenomen|overgenomen|"
    r"uitgezocht|voorbereid|ingesteld|afgesloten|aangenomen|vormgegeven|gerealiseerd|bijgehouden|ondersteund|"
    # what policy does to an amount, a term or a rule: "wordt per 1 januari verhoogd"
    r"verhoogd|verlaagd|verlengd|verruimd|vereenvoudigd|herzien|aangescherpt|afgeschaft|ingetrokken|bekostigd|"
    # … and what is paid out: "Eind 2026 wordt de eerste tranche uitbetaald"
    r"uitbetaald|terugbetaald|nabetaald)\b")
_PASSIVE = CaseFree(
    r"\b(?:wordt|worden|zal\s+(?:\w+\s+){0,6}worden|zullen\s+(?:\w+\s+){0,6}worden|is|zijn),?\s+(?:[^.;]{0,120}?\s)?"
    + _PARTICIPLE +
    # the participle before its auxiliary, in the future: "zullen er regionaal afspraken gemaakt worden"
    r"|\b(?:zal|zullen)\s+(?:[^.;]{0,120}?\s)?" + _PARTICIPLE + r"\s+(?:worden|zijn)\b")
# what comes, starts or lapses in a year ("In 2020 vervalt …", "Tegelijkertijd vervalt in 2020 …"), and trials
# or studies under way or starting ("Er loopt een onderzoek", "Zo beginnen in drie gebieden experimenten")
_ANNOUNCED = re.compile(
    r"\b(?:[Ii]n|[Vv]anaf|[Vv]oor)\s+20\d\d\s+(?:komt|komen|start|starten|vervalt|begint)\b|\bkomt\s+er\b|\bkomen\s+er\b"
    # … or in a season: "In het najaar van 2026 start een landelijke campagne"
    r"|\b(?:[Ii]n|[Vv]anaf)\s+(?:het|de)\s+(?:voorjaar|najaar|zomer|winter)(?:\s+van\s+20\d\d)?\s+(?:komt|komen|start|starten|"
    r"begint|beginnen|volgt|volgen|verschijnt)\b"
    # what becomes possible or required in a year: "In 2027 wordt het mogelijk om …", "Vanaf 2028 wordt het verplicht …"
    r"|\b(?:[Ii]n|[Vv]anaf|[Pp]er)\s+20\d\d\s+(?:wordt|worden)\s+(?:het\s+)?(?:mogelijk|verplicht|makkelijker|eenvoudiger)\b"
    # "Er komt een staatscommissie die …", "Er komen extra opvangplaatsen" (not "Er komt een moment dat …")
    r"|\b[Ee]r\s+(?:komt|komen)\s+(?:een|nieuwe|extra)\s+(?!(?:moment|tijd|dag)\b)"
    r"|\b(?:komt|komen|start|starten|vervalt|vervallen|begint|beginnen)\s+(?:\w+\s+)?(?:in|vanaf|per)\s+20\d\d\b"
    r"|\b[Ee]r\s+(?:loopt|lopen)\s+(?:\w+\s+){0,2}(?:onderzoek|onderzoeken|pilots?|experimenten?|proeven?|trajecten?)\b"
    r"|\b(?:beginnen|starten)\s+(?:[^.;]{0,60}?\s)?(?:experimenten|pilots|proeven|projecten)\b"
    # what comes this year or the next: "Dit jaar start de pilot", "Volgend jaar volgt de evaluatie"
    r"|\b(?:[Dd]it|[Kk]omend|[Vv]olgend)\s+(?:jaar|voorjaar|najaar)\s+(?:komt|komen|start|starten|begint|beginnen|volgt|volgen|vervalt)\b"
    # money that bodies will receive: "Gemeenten ontvangen in 2025 50 miljoen euro extra"
    r"|\b(?:ontvangt|ontvangen|krijgt|krijgen)\s+(?:[^.;]{0,40}?\s)?(?:in|vanaf|per|tot)\s+20\d\d\b(?=[^.;]*(?:€|\beuro\b|\bmiljoen\b|\bmiljard\b))"
    # what must come about: "Zo moeten er extra woonplekken komen"
    r"|\b(?:moet|moeten)\s+er\s+(?:[^.;]{0,60}?\s)?komen\b|\b[Ee]r\s+(?:moet|moeten)\s+(?:[^.;]{0,60}?\s)?komen\b"
    # what government provides: "Om … te stimuleren, is er een subsidie voor …", "Ook zijn er subsidies voor …"
    r"|\b(?:is|zijn)\s+er\s+(?:\w+\s+){0,2}(?:subsidies?|subsidieregelingen?|handleidingen?|budgetten?|"
    r"regelingen?|fondsen?|loketten?|meldpunten?)\s+(?:voor|om|over|waarmee|die)\b")
# what is held or done, now or to come: "In juni vindt de eerste sessie plaats", "Momenteel vindt overleg plaats"
_TAKES_PLACE = CaseFree(r"\b(?:vindt|vinden)\s+(?:[^.;]{0,80}?\s)?plaats\b")
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
# a body the government sets up, as the subject of what it will do: "Deze commissie gaat onderzoek doen",
# "De commissie presenteert binnen een jaar haar eindrapport"
_NEW_BODY = r"(?:commissie|staatscommissie|adviescommissie|werkgroep|taskforce|kwartiermaker|regeringscommissaris)"
_NEW_BODY_ACTS = re.compile(rf"^\s*(?:(?:Ook|Daarnaast|Vervolgens|Die)\s+)?(?:[Dd]e|[Dd]eze)\s+(?:\w+\s+)?{_NEW_BODY}\s+"
                            rf"(?:gaat|zal|presenteert|start|begint|brengt|komt|levert|onderzoekt|"
                            rf"adviseert\s+(?:(?:mij|ons|het\s+kabinet|de\s+regering|de\s+minister)\s+)?(?:binnen|voor|in|uiterlijk))\b")
_NEW_BODY_STARTS = re.compile(rf"\b(?:gaat|zal)\s+(?:\w+\s+)?(?:een|de)\s+(?:\w+\s+)?{_NEW_BODY}\s+(?:van\s+)?start\b|"
                              rf"\b(?:een|de)\s+(?:\w+\s+)?{_NEW_BODY}\s+(?:in\s+te\s+stellen|ingesteld\s+worden|wordt\s+ingesteld|"
                              rf"zal\s+worden\s+ingesteld)\b")
_ASKED = re.compile(r"\b(?:verzocht|verzoekt|verzoeken|gevraagd|vraagt)\b")
_FUTURE_TIME = CaseFree(rf"\b(?:in|voor|na|vanaf|eind|begin|medio|uiterlijk)\s+(?:de\s+|het\s+)?(?:20[2-4]\d|zomer|najaar|voorjaar|"
                          rf"winter|Q[1-4]|\w+reces|dit\s+jaar|(?:eerste|tweede|derde|vierde|laatste)\s+(?:kwartaal|helft)|"
                          rf"{_MONTH}(?!\s+(?:jl|j\.l)\b))\b|\b(?:binnenkort|komende|volgend|nog dit jaar|later\s+dit\s+jaar)\b"
                          # "dit najaar", "voor het einde van dit jaar", "in de loop van 2027"
                          rf"|\b(?:dit|deze)\s+(?:najaar|voorjaar|zomer|winter|kwartaal)\b"
                          rf"|\b(?:voor|tegen)\s+het\s+einde?\s+van\s+(?:dit\s+jaar|het\s+jaar|20[2-4]\d)\b"
                          rf"|\bin\s+de\s+loop\s+van\s+(?:dit\s+jaar|het\s+jaar|20[2-4]\d)\b"
                          # a last day: "uiterlijk 1 oktober"
                          rf"|\buiterlijk\s+\d{{1,2}}\s+{_MONTH}\b")
def is_future_time(sentence: str) -> bool:
    """Whether the sentence names a time to come ("de komende drie jaar", "voor de zomer", "in 2027")."""
    return bool(_FUTURE_TIME.search(sentence))


# the day, with its year, from which a rule applies or on which it comes: "per 1 januari 2027", "met ingang van 1 juli
# 2027", "op 1 januari 2027"
_FROM_DAY = CaseFree(rf"\b(?:per|op|met\s+ingang\s+van)\s+\d{{1,2}}\s+{_MONTH}\s+20[2-4]\d\b")
# Up to the participle within one clause; "jl." (last) is no full stop.
_CLAUSE = r"(?:[^.;]|(?<=jl)\.)"
# What the government reports it has delivered: a bill tabled, a letter sent to the Kamer, work started.
_MEMBERS = r"(?:de|het)\s+(?:minister|ministers|staatssecretaris|staatssecretarissen)\b"
_DELIVERED = CaseFree(
    # (also by members of government: "Zo hebben de staatssecretaris van VWS en de ministers van SZW een advies gevraagd")
    rf"(?:\b(?:heb\s+ik|hebben\s+(?:wij|we)|heeft\s+het\s+kabinet|is|zijn)\s+(?:{_CLAUSE}{{0,80}}?\s)?"
    r"(?:ingediend|gestart|begonnen|verstuurd|gestuurd|toegezonden|ondernomen|ingesteld|opgericht|gelanceerd|geopend|heropend)\b"
    # money set aside: "Het kabinet heeft 20 miljoen euro gereserveerd voor de pilot"
    rf"|\b(?:het\s+kabinet\s+heeft|ik\s+heb|(?:wij|we)\s+hebben|heb\s+ik|hebben\s+(?:wij|we)|heeft\s+het\s+kabinet)\s+"
    rf"(?:{_CLAUSE}{{0,80}}?\s)?(?:gereserveerd|uitgetrokken|vrijgemaakt|beschikbaar\s+gesteld)\b"
    rf"|^(?:\S+\s+){{0,2}}?(?:(?:heeft|hebben)\s+{_MEMBERS}[^.;]{{0,100}}?\s|{_MEMBERS}[^.;]{{0,100}}?\s(?:heeft|hebben)\s+"
    rf"(?:{_CLAUSE}{{0,80}}?\s)?)(?<!\bniet\s)(?:ingediend|gestart|ingesteld|gelanceerd|"
    r"(?:advies|adviezen|opdracht)\s+(?:\w+\s+)?(?:gevraagd|gegeven|verleend)))\b"
    r"|\bis\s+(?:[^.;]{0,40}?\s)?een\s+begin\s+gemaakt\b")
# Sentences that describe, ask or report others rather than promise. (What opens a sentence is looked for
# at its start only; the rest behind a look-ahead for its first letters, which makes the search about twice as
# fast: most positions fail on one character.)
_NOT_PROMISE_OPENING = (
    # what members of the Kamer want or ask: "De leden van de VVD-fractie willen weten hoe de minister …"
    r"(?:De|Deze|Die)\s+leden\b|(?:Het|Dit)\s+lid\b|"
    r"(?:Kent u|Deelt u|Bent u|Kunt u|Wat |Hoe |Waarom |Welke |Is |Zijn |Herkent u|Wilt u|Zo ja\b|Zo nee\b)|"
    # an opinion on what matters: "Van belang is dat …", "Het is belangrijk dat …"
    r"(?:Van belang is|Het is (?:van belang|belangrijk|essentieel|wenselijk))\s+(?:dat|om)\b|"
    # a numbered heading: "2. De inzet van het kabinet om de regio's te versterken"
    r"\d{1,2}\.\s[^.!?]*$|"
    # how the writer feels about what others do, what the writer is convinced of: "Ik ben blij dat de sector deze
    # stap zet", "Ik ben ervan overtuigd dat …"
    r"(?:\w+\s+){0,2}?(?:[Ii]k\s+ben|[Ww]ij\s+zijn|[Ww]e\s+zijn|ben\s+ik|zijn\s+wij|zijn\s+we)\s+(?:\w+\s+)?"
    r"(?:blij|verheugd|tevreden|trots|dankbaar|teleurgesteld|bezorgd)\s+(?:dat|met|over)\b|"
    r"(?:\w+\s+){0,2}?(?:[Ii]k\s+ben|[Ww]ij\s+zijn|[Ww]e\s+zijn|ben\s+ik|zijn\s+wij|zijn\s+we)\s+(?:ervan\s+|er\s+)?overtuigd\b")
_NOT_PROMISE_ANYWHERE = (
    # what the letter goes on to discuss: "Hieronder ga ik in op", "Later in deze brief ga ik nader in op"
    r"(?:ga|gaat|gaan)\s+(?:ik\s+|wij\s+|we\s+)?(?:\w+\s+){0,3}in\s+op\b|"
    # what the writer wants to say: "Ik wil benadrukken dat …", "Ik wil de Inspectie bedanken"
    r"(?:wil|willen)\s+(?:ik\s+|wij\s+|we\s+)?(?:\w+\s+){0,3}?(?:benadrukken|bedanken|danken|opmerken|onderstrepen|"
    r"memoreren|herhalen|stilstaan|wijzen)\b|"
    # a plan said not to hold: "Het streven om … op 1 juli te laten starten is te optimistisch"
    r"(?:is|blijkt|bleek)\s+(?:echter\s+|helaas\s+)?(?:te\s+optimistisch|te\s+ambitieus|niet\s+(?:haalbaar|realistisch|gelukt))\b|"
    # a trend: "Werkwijzen als … worden steeds meer toegepast"
    r"(?:steeds\s+meer|steeds\s+vaker|in\s+toenemende\s+mate)\s+(?:\w+\s+){0,2}?(?:toegepast|gebruikt|ingezet|gezien)\b|"
    # leaving a matter be: "Ik laat het hierbij"
    r"laat\s+(?:ik\s+)?het\s+(?:hier|daar)bij\b|"
    # a refusal: "Ik zie geen aanleiding om …", "Ik ben niet voornemens de pilot te versnellen", "Het kabinet neemt
    # deze aanbeveling niet over"
    r"(?:neemt|nemen|neem|volgt|volgen|volg)\s+(?:[^.;]{0,40}?\s)?(?:aanbeveling|aanbevelingen|advies|adviezen|voorstel|"
    r"voorstellen)\s+niet\b|"
    r"(?:zie|zien)\s+(?:[^.;]{0,40}?\s)?geen\s+(?:aanleiding|reden|noodzaak)\b|"
    # explaining, worrying, supposing: "Ik leg uit waarom …", "Ik zet uiteen hoe …", "Ik maak mij zorgen over …", "Ik
    # neem aan dat …"
    r"(?:leg|legt|leggen)\s+(?:ik\s+|wij\s+|we\s+)?(?:\w+\s+){0,3}?uit\s+(?:waarom|hoe|wat|welke|dat)\b|"
    r"(?:zet|zetten)\s+(?:ik\s+|wij\s+|we\s+)?(?:\w+\s+){0,3}?uiteen\b|"
    r"(?:maak|maakt|maken)\s+(?:ik\s+|wij\s+|we\s+)?(?:mij|me|ons|zich)\s+(?:\w+\s+)?zorgen\b|"
    r"(?:neem|neemt|nemen)\s+(?:ik\s+|wij\s+|we\s+)?aan\s+dat\b|"
    # what is not the writer's to decide: "Ik ga niet over de tarieven van zorgverzekeraars"
    r"(?:ga|gaat|gaan)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?niet\s+over\b|"
    # an assumption: "Ik ga ervan uit dat dit lukt"
    r"(?:ga|gaat|gaan)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:(?:er|daar|hier)\s*van\s+uit|uit\s+van)\b|"
    # no position taken: "Over de gesloten gebieden neem ik op dit moment geen standpunt in"
    r"(?:neem|neemt|nemen)\s+(?:[^.;]{0,40}?\s)?geen\s+(?:standpunt|positie)\s+in\b|"
    r"(?:ben|zijn|is)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?niet\s+(?:voornemens|van\s+plan|bereid)\b|"
    # what others say or found
    r"(?:volgens (?:de auteurs|hen|[A-Z][\w'’-]+(?= (?:is|zijn|moet|moeten|heeft|hebben|gaat|gaan)\b))|stellen de auteurs|"
    r"concludeerde|concludeert|blijkt uit|uit \w+ blijkt)\b")
_NOT_PROMISE = re.compile(rf"^(?:{_NOT_PROMISE_OPENING})|(?=[gwibsvculznm])\b(?:{_NOT_PROMISE_ANYWHERE})")
_DONE = CaseFree(
    rf"\b(?:is|zijn|werd|werden|heb|heeft|hebben)\s+(?:{_CLAUSE}{{0,80}}?\s)?(?:afgerond|gestart|begonnen|verstuurd|ingevoerd|"
    r"gepubliceerd|opgericht|aangenomen|benoemd|uitgebreid|gelegd|gezet|gemaakt|ontvangen|uitgevoerd|ingediend|heropend|ondernomen|"
    r"aangeboden|vastgesteld|opgeleverd|ingesteld|verschenen|gehouden|geopend|getekend|afgesproken|vastgelegd|"
    r"gerealiseerd|genomen|ingericht|aangesteld|gestuurd|toegekend|uitbetaald|geïnformeerd|opgesteld|afgesloten|"
    r"gereserveerd|uitgetrokken|vrijgemaakt|beschikbaar\s+gesteld|"
    # what policy did to a rule or an amount: "is de regeling per 1 juli aangepast", "is op 1 juli in werking getreden"
    r"aangepast|gewijzigd|verlengd|verhoogd|verlaagd|verruimd|afgeschaft|ingetrokken|vereenvoudigd|in\s+werking\s+getreden|"
    r"gevraagd|laten\s+\w+en)\b|"
    # the simple past ("stuurde u eerder"), and what the letter itself does ("Hierbij bied ik u ... aan")
    r"\b(?:stuurde|stuurden|zond|zonden|informeerde|informeerden|bood|boden)\b|^\s*(?:Hierbij|Hiermee|Bijgaand|Met\s+(?:deze|dit)\s+(?:brief|notitie|verslag|circulaire|mededeling|statenmededeling|raadsinformatiebrief|rapportage|voortgangsrapportage|nota))\s+(?:bied|stuur|zend|informeer|geef|reageer|kom|ontvangt|treft|bieden|sturen|zenden|informeren|geven|reageren|komen)\b|"
    r"\b(?:afgerond|gereed|voltooid|inmiddels\s+(?:is|zijn|heeft|hebben))\b|"
    # what the writer does in this very letter: "… informeer ik u in deze brief over …"
    r"\b(?:informeer|bericht|reageer)\s+ik\s+(?:u|uw\s+Kamer)\s+(?:[^.;]{0,20}?\s)?(?:in|met)\s+(?:deze|dit)\s+(?:brief|notitie)\b|"
    r"^\s*(?:In|Met)\s+(?:deze|dit)\s+(?:brief|notitie)\s+(?:informeer|bericht|reageer|geef|schets|beschrijf)\s+ik\b|"
    # a pledge kept: "Hiermee beschouw ik deze toezegging als afgedaan"
    r"\btoezegging\b[^.;]{0,60}?\b(?:afgedaan|voldaan|gestand)\b")
_IN_PROGRESS = CaseFree(
    r"\b(?:werkt|werken|loopt|lopen|momenteel|op dit moment|in uitvoering|in voorbereiding|bezig|streeft|streven|"
    r"zet\s+(?:zich\s+)?in|zetten\s+in|blijft|blijven|inzet|wordt\s+(?:\w+\s+){0,3}(?:gewerkt|uitgewerkt|onderzocht|verkend|ontwikkeld)|"
    r"worden\s+(?:\w+\s+){0,3}(?:uitgewerkt|onderzocht|verkend|ontwikkeld)|continu|doorlopend|stimuleert|ondersteunt|pakt)\b")
_PLANNED = CaseFree(
    r"\b(?:zal|zullen|gaat|(?<!\bte\s)gaan|ga(?=\s+(?:ik|wij|we)\b)|komt\s+(?:\w+\s+){0,3}met|komen\s+met|komt\s+er|komen\s+er|voornemens|voornemen|wil|willen|beoogt|plan|verwacht|bereid|ambitie|"
    # what is announced rather than under way: "volgt", "de komende periode", "wordt nog nader uitgewerkt",
    # "Uw Kamer wordt hierover geïnformeerd", "Streven is ...", "Inzet is ..."
    r"stree(?:ft|ven)\s+er\s*naar|ten\s+doel\s+gesteld|volgt|volgen|komende\s+periode|binnenkort|(?:wordt|worden)\s+(?:\w+\s+){0,3}nader|(?:wordt|worden)\s+(?:[^.;]{0,140}?\s)?"
    r"(?:geïnformeerd|gerapporteerd|meegenomen|bezien|gezonden|toegezonden|gestuurd|aangeboden)|^(?:het\s+)?(?:streven|inzet)\s+is|"
    # a letter to the Kamer still to be written: "Ik informeer uw Kamer …", "stuur ik de Kamer …"
    r"(?:informeer|informeren|stuur|sturen)\s+(?:ik\s+|wij\s+|we\s+)?(?:uw|de)\s+kamer|"
    # a pledge, made now or before: "zegt toe", "zegde toe", "is toegezegd", "de toezegging"
    r"zeg(?:t|de|den)?\s+(?:\w+\s+){0,3}toe|toegezegd|toezegging|aangekondigd\s+(?:dat|om|te)\b|"
    # a decision to act: "Ik heb besloten de regeling te verlengen"
    r"besloten\s+(?:om\s+)?(?:[^.;]{0,80}?\s)?te\s+\w+|"
    # a letter to come back in: "Ik kom in de volgende voortgangsbrief terug op …"
    r"kom(?:t|en)?\s+(?:[^.;]{0,60}?\s)?(?:terug\s+op|op\s+terug)|(?:volgende|eerstvolgende)\s+\w*(?:brief|rapportage))\b")

# Requests: asks addressed to another party.
_REQUEST = CaseFree(
    r"\b(?:doen\s+(?:wij|we|zij|ik)?\s*(?:daarom\s+|dan\s+ook\s+)?(?:een\s+|de\s+)?(?:\w+\s+)?(?:beroep|oproep)|roep(?:en|t)?\s+(?:wij\s+|we\s+|ik\s+)?(?:u|het\s+kabinet|de\s+regering|de\s+informateur|partijen|de\s+formerende|de\s+onderhandelaars|alle)|"
    r"roep(?:en|t)\s+(?:wij|we|ik)\s+(?:\w+\s+){1,4}op\b|(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:[^.;]{0,80}?\s)?(?:opgeroepen|geadviseerd|aanbevolen|verzocht)\b|"
    r"(?:wij|we)\s+stellen\s+(?:daarom\s+)?voor|stellen\s+(?:wij|we)\s+(?:daarom\s+)?voor|nodig(?:en)?\s+(?:wij\s+|we\s+)?u\b[^.;]{0,80}\buit\b|"
    r"pleit(?:en)?\s+(?:wij|we)\s+(?:er\s+)?(?:\w+\s+){0,3}voor|aandacht\s+vragen\s+(?:wij|we)|"
    # a wish put politely: "Wij zouden het op prijs stellen als u …"
    r"(?:wij|we|ik)\s+(?:zouden|zou)\s+het\s+(?:zeer\s+)?op\s+prijs\s+stellen\s+(?:als|indien|wanneer|dat)\b|"
    # the verb before its subject, and its particle after: "Daarnaast dringen wij erop aan dat …"
    r"dring(?:en|t)?\s+(?:wij|we|ik)\s+(?:er\s*op\s+|(?:\w+\s+){0,4})?aan\b|"
    r"(?:wij|we|ik)\s+(?:vragen|verzoeken|pleiten|adviseren|bevelen|dringen|willen\s+u\s+vragen|vragen\s+u|verzoeken\s+u|doen\s+de\s+oproep|roepen)|"
    # what is expected of another: "De inspectie verwacht van de ambulancedienst dat zij een verbeterplan opstelt"
    r"verwacht(?:en)?\s+(?:wij\s+|we\s+|(?:de|het)\s+\w+\s+)?van\s+(?:[^.;]{2,80}?\s)?dat\b|"
    r"van\s+(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris|u)\s+verwacht(?:en)?\s+(?:wij|we|ik)\b|"
    # a member of the Kamer asking in a debate: "Ik vraag de minister om …"
    r"ik\s+(?:vraag|verzoek)\s+(?:de\s+minister|de\s+staatssecretaris|de\s+minister-president|het\s+kabinet|de\s+regering)\b|"
    # the verb before its subject: "Verder verzoeken wij u om …", "Daarom vraag ik het kabinet …"
    r"(?:vragen|verzoeken|vraag|verzoek|adviseren|adviseer)\s+(?:wij|we|ik)\s+(?:u|uw|het\s+kabinet|de\s+regering|het\s+Rijk|"
    r"de\s+rijksoverheid|het\s+ministerie|de\s+(?:Tweede\s+)?Kamer|"
    r"de\s+minister|de\s+staatssecretaris|de\s+informateur|de\s+formerende|(?:dan\s+ook\s+|daarom\s+)?aandacht)\b|"
    r"verzoekt\s+de\s+regering|verzoekt\s+het\s+kabinet|verzoek(?:en|t)?\s+(?:u|het\s+kabinet|de\s+regering)|"
    # a body that writes, named with its verb first: "Tevens verzoekt de commissie u een overzicht te sturen"
    r"verzoekt\s+(?:de|het)\s+\w+\s+u\b|"
    # a motie's ask of one member of government, or its charge: "verzoekt de minister van VWS om …", "draagt de
    # regering op …"
    r"verzoekt\s+de\s+(?:minister|staatssecretaris|minister-president|bewindspersonen|bewindspersoon)\b|"
    r"draagt\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b[^.;]{0,80}?\bop\b|"
    r"pleit(?:en)?\s+(?:wij\s+|we\s+)?(?:voor|ervoor)|oproep\s+aan|beveelt\s+aan|bevelen\s+aan|adviseert|adviseren|"
    # the separable verbs of advice and appeal, with whom they address between: "De Rekenkamer beveelt de
    # minister aan om …", "Het SCP raadt aan om …", "De ombudsman roept de overheid op om …"
    r"(?:beveelt|bevelen|raadt|raden)\s+(?:\w+\s+){0,4}aan\s+(?:om|te|dat|(?:[^.;]{0,80}?\s)?te\s+\w+en)\b|roep(?:t|en)\s+(?:\w+\s+){1,4}op\s+(?:om|tot|te)\b|"
    r"(?:is|zijn)\s+(?:het\s+)?(?:van\s+(?:groot\s+|het\s+grootste\s+|cruciaal\s+)?belang|essentieel|cruciaal|noodzakelijk|nodig)\s+dat|"
    # (not what another does with it: "Hij onderschrijft onze aanbevelingen en zegt toe dat …")
    r"(?<!onderschrijft\s)(?<!onderschrijven\s)(?<!omarmt\s)(?<!volgt\s)(?<!neemt\s)(?<!deelt\s)(?<!op\s)"
    r"(?:ons|onze)\s+(?:oproep|verzoek|advies|aanbeveling))")
# an ask that a government text reports: by the Kamer, in a motie, by an advisory body
_REPORTED_ASK = CaseFree(
    r"\b(?:verzocht\s+(?:uw|de)\s+Kamer|(?:wordt|worden)\s+(?:[^.;]{0,80}?\s)?(?:verzocht|aanbevolen)|"
    # a motie's ask, also with its citation between ("De motie-X (Kamerstuk 36600 X, nr. 31) vraagt …") and what
    # it asks before its "te" ("… verzoekt de regering het beleid te herzien")
    r"motie\b(?:[^.;]|(?<=\bnr)\.){0,120}?\b(?:vraagt|verzoekt)\s+(?:(?:de\s+regering|het\s+kabinet)\s+)?"
    r"(?:om|(?<=regering\s)[^.;?]{0,100}?\ste\s+\w+|(?<=kabinet\s)[^.;?]{0,100}?\ste\s+\w+)|"
    r"(?:heeft|hebben)\s+(?:[^.;]{0,100}?\s)?(?:geadviseerd|aanbevolen|aanbevelingen\s+gedaan)\s+om|"
    # the Kamer, a member or a body asking the government: "Uw Kamer heeft mij verzocht om …", "De VNG vraagt het
    # kabinet om …", "… vroeg het lid Bikker om …"
    # … also with where between: "Uw Kamer heeft mij in de motie Van Kent (Kamerstuk 21501-31, nr. 712) verzocht om …"
    r"(?:heeft|hebben)\s+(?:mij|ons|het\s+kabinet|de\s+regering)\s+(?:(?:[^.;]|(?<=\bnr)\.){0,100}?\s)?(?:verzocht|gevraagd)\s+(?:om|te)|"
    # … and what it asks may come before its "te": "heeft uw Kamer de regering verzocht het minimum te herijken"
    # … or when and where: "heeft uw Kamer mij tijdens het commissiedebat van 3 oktober gevraagd om …"
    r"(?:heeft|hebben)\s+(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+(?:[^.;?]{0,100}?\s)?(?:verzocht|gevraagd)\s+(?:om|te|[^.;?]{0,100}?\ste\s+\w+)|"
    r"(?:vraagt|vragen|vroeg|vroegen)\s+(?:het\s+kabinet|de\s+regering|mij|ons|de\s+minister|de\s+staatssecretaris)\s+(?:\w+\s+){0,3}om|"
    # what a member asked in a debate, and what was asked there: "Het lid Van der Plas vroeg of de minister bereid is …",
    # "Tijdens het commissiedebat is gevraagd naar de stand van zaken"
    r"\b(?:het\s+lid|de\s+leden)\s+[^.;]{2,60}?\s+(?:vroeg|vroegen)\s+(?:of|om|naar)\b|"
    r"\b(?:tijdens|in)\s+het\s+(?:\w+)?debat\b[^.;]{0,60}?\b(?:is|werd)\s+(?:[^.;]{0,40}?\s)?(?:gevraagd|verzocht)\s+(?:om|naar|of)\b|"
    # … with the Kamer first, or in the passive: "Uw Kamer heeft met de motie Omtzigt gevraagd om …", "Met de motie
    # Van der Plas is de regering gevraagd om …"
    r"\b(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+(?:heeft|had)\s+(?:[^.;?]{0,100}?\s)?(?:gevraagd|verzocht)\s+(?:om|te)\b|"
    r"\b(?:is|werd|zijn|werden)\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris|mij|ons)\s+"
    r"(?:[^.;]{0,40}?\s)?(?:gevraagd|verzocht)\s+(?:om|te)\b|"
    r"vroeg(?:en)?\s+(?:het\s+lid|de\s+leden)\s+[^.;,]{2,40}?\s+om|"
    # an ask in the past, what was asked for after "om": "Kamerlid X vroeg in het debat om een register", "… heeft
    # namens de G4 om extra middelen gevraagd" (not "te vroeg om conclusies te trekken")
    r"(?<!\bte\s)(?<!\bzo\s)(?<!\bal\s)(?<!\bveel\s)(?<!\berg\s)(?<!\bnog\s)\bvroeg(?:en)?\s+(?:[^.;,]{0,60}?\s)?om\s+(?!te\b)\w+|"
    r"(?:heeft|hebben)\s+(?:[^.;]{0,80}?\s)?om\s+[^.;]{2,60}?\s+(?:gevraagd|verzocht)\b|"
    # … or after it, nobody asked between: "De ANWB en de RAI Vereniging hebben gevraagd om een tijdpad"
    r"(?:heeft|hebben)\s+(?:ook\s+|al\s+|eerder\s+|daarbij\s+|daarom\s+)?(?:gevraagd|verzocht)\s+om\b|"
    # an ask of someone named after "aan": "Ook vraagt de IGJ aan zorgaanbieders om de risico's in kaart te brengen"
    r"\b(?:vraagt|vragen|vraag|vroeg|vroegen)\s+(?:[^.;,]{0,40}?\s)?aan\s+[^.;]{2,60}?\s+om\s+[^.;]{0,120}?\ste\s+\w+|"
    # … in the perfect: "Tijdens het debat heeft het lid Kathmann (GroenLinks-PvdA) gevraagd om …"
    r"(?:heeft|hebben)\s+(?:het\s+lid|de\s+leden)\s+[^.;]{2,60}?\s+(?:gevraagd|verzocht)\s+(?:om|te)\b|"
    # a member who asked, named first: "Het lid Van Dijk (CDA) heeft gevraagd of de rente omlaag kan"
    r"^(?:het\s+lid|de\s+leden|kamerlid)\b[^.;]{2,60}?\b(?:heeft|hebben)\s+(?:[^.;]{0,40}?\s)?(?:gevraagd|verzocht)\s+"
    r"(?:om|of|te|naar|wat|hoe|wanneer|waarom)\b|"
    # members of the Kamer asking in a report of a written consultation or on a bill: "De leden van de VVD-fractie
    # vragen de minister om …", "Deze leden verzoeken de regering de Kamer … te informeren"
    # (also after an adverb, the verb first: "Ook verzoeken deze leden de regering een overzicht te sturen")
    r"(?:^(?:de|deze|die)\s+leden|^het\s+lid|^zij|^de\s+fractie|^deze\s+fractie|"
    r"^(?:ook|verder|daarnaast|tevens|voorts|tot\s+slot|tenslotte)\s+(?:vragen|verzoeken|vraagt|verzoekt)\s+"
    r"(?=(?:de|deze|die|het)\s+(?:leden|fractie|lid)\b))"
    r"\b[^.;?]{0,60}?\b(?:vragen|verzoeken|vraagt|verzoekt|leden|fractie|lid(?:\s+[A-Z][\w'’-]+)+)\s+"
    r"(?:de\s+(?:minister|staatssecretaris|regering)(?:\s+(?:van|voor)\s+[\w&]+)?|het\s+kabinet)\s+(?:om|[^.;?]{0,100}?\ste\s+\w+))\b")
# what others quoted in a government text say should be done: an adviser's word, then what should be
_ADVISER = CaseFree(r"\b(?:volgens\s+(?:hen|haar|hem|de\s+(?!regering\b)\w+|het\s+(?!kabinet\b)\w+)|stellen|stelt|betogen|betoogt|adviseert|adviseren|"
                      r"formuleert|formuleren|bepleit|bepleiten|pleit|pleiten|beveelt|bevelen)\b")
_ADVISED = CaseFree(r"\b(?:zou|zouden)\s+(?:\w+\s+){0,4}(?:moeten|kunnen\s+worden)\b|\b(?:wenselijk|noodzakelijk|van\s+belang)\b"
                    # what the government must do, in the adviser's words: "Volgens de Rekenkamer moet de minister …"
                    r"|\b(?:moet|moeten)\s+(?:de|het)\s+(?:minister|ministers|staatssecretaris|kabinet|regering|overheid|rijksoverheid)\b")
# (not the European Commission's legislative proposal: "De Commissie stelt een pakket maatregelen voor om …")
_EU_PROPOSES = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens)\s+)?(?:[Dd]e\s+)?(?:Europese\s+)?Commissie\s+(?:stelt|doet)\b")
# a proposal or a plea that a government text reports of another: "De commissie stelt voor om …", "De ombudsman pleit
# voor een vast aanspreekpunt", "Het adviescollege doet de aanbeveling om …"
_PROPOSES = CaseFree(r"\b(?:stelt|stellen)\s+(?:[^.;,]{0,40}?\s)?voor\s+(?:om|dat|te)\b|\bpleit(?:en)?\s+(?:er\s+)?(?:\w+\s+){0,2}voor\b|"
                     r"\bdo(?:et|en)\s+(?:\w+\s+){0,2}(?:aanbeveling|aanbevelingen)\b")
# a perfect passive with only a year or a season of one: done then ("In 2020 is de strategie opgesteld",
# "Het panel is in de zomer van 2020 gestart"), unless a future or a present passive goes with it
_DONE_IN_YEAR = CaseFree(r"^(?!.*\b(?:zal|zullen|wordt|worden|binnenkort|komende|volgend|uiterlijk|eind|begin|medio|vanaf)\b)"
                           r"(?=.*\b(?:is|zijn)\b)(?=.*\b\w*ge\w+[dt]\b).*\bin\s+(?:de\s+\w+\s+van\s+|het\s+\w+\s+van\s+)?20\d\d\b", re.S)
_CONDITION = re.compile(r"(?:Voor\s+zover|Als|Indien|Wanneer|Zodra|Mits)\b")
# what a letter from outside government says must happen: in such a letter, an ask
_NORMATIVE = CaseFree(
    r"\b(?:vraagt|vragen)\s+(?:met\s+klem\s+(?:om|aandacht)|aandacht\s+voor)|(?:wij|we)\s+hopen\s+dat|"
    # (not an offer: "Wij zijn graag bereid dit toe te lichten")
    r"(?:wij|we)\s+(?:gaan|zijn)\s+graag\b(?!\s+bereid)|\bgraag\s+(?:gaan|zijn|denken)\s+(?:wij|we)\b(?!\s+bereid)|"
    # what the sender counts on or expects of the government: "Wij rekenen erop dat het nieuwe kabinet …",
    # "Wij verwachten van het kabinet dat …"
    r"(?:wij|we)\s+rekenen\s+(?:er\s+)?(?:op|erop)\s+dat|(?:wij|we)\s+verwachten\s+van\s+(?:u|het\s+kabinet|de\s+regering|"
    r"de\s+minister|de\s+overheid|het\s+nieuwe\s+kabinet)\s+dat|"
    # … or that it does, would like to see it, finds it important: "Wij verwachten dat het kabinet …", "Graag zien
    # wij dat …", "Wij willen graag dat …", "Wij vinden het belangrijk dat …", "Ons voorstel is om …"
    r"(?:wij|we)\s+verwachten\s+dat\s+(?:u|het\s+(?:nieuwe\s+)?kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris|"
    r"de\s+overheid|de\s+Kamer)\b|graag\s+zien\s+(?:wij|we)\s+dat|(?:wij|we)\s+(?:zien|zouden)\s+(?:\w+\s+){0,2}graag\s+"
    r"(?:zien\s+)?dat|(?:wij|we)\s+willen\s+(?:graag\s+)?dat|(?:wij|we)\s+vinden\s+het\s+(?:van\s+(?:groot\s+)?belang|"
    r"belangrijk|essentieel|noodzakelijk|cruciaal|wenselijk)\s+dat|(?:ons|onze)\s+(?:\w+e\s+)?(?:voorstel|advies|aanbeveling|wens|"
    r"verzoek|oproep)\s+is\s+(?:om|dat|het)\b|"
    # what is a must, what the sender hopes for or stresses: "Het is daarbij zaak om …", "… hopen we dat u …",
    # "Om deze reden benadrukken we wederom het belang van …", "Die investeringsinstelling dient zich te richten op …"
    r"\bhet\s+is\s+(?:\w+\s+){0,3}?zaak\s+(?:om|dat)\b|\bhopen\s+(?:wij|we)\s+dat\b|"
    r"(?:(?:wij|we)\s+benadrukken|benadrukken\s+(?:wij|we))\s+(?:\w+\s+){0,2}het\s+belang\s+van\b|"
    r"\b(?:dient|dienen)\s+(?:[^.;]{0,60}?\s)?te\s+\w+en\b|"
    # what is needed: "Er is meer geld nodig", "Hiervoor is een eigen bewindspersoon onontbeerlijk"
    r"(?:is|zijn)\s+(?:[^.;]{0,80}?\s)?(?:nodig|noodzakelijk|onontbeerlijk|vereist)\s*[.!:]?$")
# what a letter from outside government says someone must do or must not: "Een nieuw kabinet moet …",
# "… zou de kern moeten zijn", "… mag niet ten koste gaan van …"
_MUST = CaseFree(
    # advice: "… zou de kern moeten zijn"
    r"\b(?:zou|zouden)\s+(?:[^.;:]{0,80}?\s)?moeten\b|"
    # a duty laid on whoever makes policy, or on policy itself: "Een nieuw kabinet moet …", "Nederland moet
    # daarom inzetten op …", "Regelgeving en aanbestedingen moeten …", "Houdbaarheid mag niet ten koste gaan"
    r"^(?:(?:een|het|de|dit|dat|ons|onze)\s+)?(?:(?:nieuwe?|volgende?|komende?)\s+)?(?:[\w-]+\s+(?:en|of)\s+)?"
    r"(?:kabinet|regering|regeerakkoord|coalitieakkoord|coalitie|Nederland|Rijk|rijksoverheid|beleid|regelgeving|"
    r"wetgeving|wet|politiek|formatie|instelling|aanpak|financiering|houdbaarheid|[\w-]*beleid|[\w-]*regeling)\b"
    r"(?:[^.;:]{0,40}?\s)?(?:moet|moeten|dient|dienen|mag\s+niet|mogen\s+niet)\b|"
    # what must be done or come: "Ook moeten de adviezen opgevolgd worden", "Tot slot moet er een systeem komen"
    r"\bmoet(?:en)?\s+(?:[^.;:]{0,120}?\s)?(?:worden|komen|krijgen|blijven)\b")
# ... unless the letter explains (to "je", the reader) or obliges itself ("we moeten")
_MUST_NOT_ASK = CaseFree(r"\b(?:je|jij|jouw)\b|\b(?:we|wij|ik)\s+(?:\w+\s+){0,2}(?:moeten|moet)\b|"
                           r"\b(?:moeten|moet)\s+(?:we|wij|ik)\b")
# a list item that opens in bold: in a letter from outside government, the form its demands take
_BOLD_ITEM = re.compile(r"\s*(?:[-•◆]|\d{1,2}[.)])\s+\*\*[^*\n]{8,}")
_TO_THE_READER = re.compile(r"\b(?:je|jij|jouw)\b", re.I)
_THEN_CLAUSE = re.compile(r",\s*dan\b")
# what a letter reports others to say or a text to lay down (a convention, a decree): not its own ask
_REPORTED = CaseFree(
    r"^(?:als|wanneer|indien|mocht|mochten)\b|\b(?:zegt|zeggen|staat|stelt|bepaalt|bepalen|betekent)\s+(?:ook\s+|wel\s+)?dat\b|"
    # what another said ("In het debat heeft de minister gezegd dat de termijnen beter moeten worden gehaald")
    r"\b(?:heeft|had)\s+(?:[^.;]{0,80}?\s)?(?:gezegd|aangegeven|verklaard|beloofd|toegezegd)\s+dat\b|"
    r"\bartikel\s+\d|\bdeelnemende\s+staten\b")
# Imperative openings of a demand ("Maak vaart met ...", "Zorg dat ...", "Investeer in ..."):
# common Dutch verbs in the imperative, the form letters and manifestos use for their demands.
IMPERATIVES = {
    "maak", "zorg", "kies", "red", "voorkom", "garandeer", "investeer", "stel", "betrek", "zet", "geef",
    "neem", "toon", "reserveer", "veranker", "waarborg", "schrap", "verhoog", "verlaag", "houd", "behoud",
    "start", "breng", "leg", "erken", "versterk", "regel", "bied", "vergroot", "verbeter", "herstel", "stop",
    "schaf", "zorgt", "blijf", "ga", "kom", "werk", "help", "ondersteun", "financier", "bescherm", "beschouw",
    "richt", "draag", "creëer", "ontwikkel", "benut", "gebruik", "hanteer", "respecteer", "borg", "verruim",
    "beperk", "vereenvoudig", "verminder", "realiseer", "faciliteer", "stimuleer", "onderzoek", "evalueer",
    "versnel", "ratificeer", "implementeer", "voer", "pak", "trek", "doe", "verbied", "handhaaf", "luister",
    "denk", "kijk", "durf", "wees", "laat", "til", "heb", "organiseer", "verduidelijk", "schep", "voorzie",
    "bouw", "koester", "verhelp", "verklein", "zoek", "onderken", "volg", "benoem", "betaal", "compenseer",
    "verstevig", "word", "weet", "wijs", "vraag", "bekijk", "begin", "onderscheid", "maak", "investeer",
    "omarm", "behandel", "laten", "neem", "schep", "maak",
}


# what comes before a deadline's first character when it is a date referred to: "van 10 j…", "van 1…"
_DATED = re.compile(r"\b(?:van|d\.d\.|gedateerd)\s+(?:\d{1,2}\s+\D|\d)$")


# a time right before the participle of a decision or a pledge, which it dates
_WHEN_DECIDED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:besloten|afgesproken|toegezegd|aangekondigd|vastgesteld|overeengekomen)\b")


def deadline_of(text: str, span: Span, doc_date: date | None, ref_year: int | None) -> Deadline | None:
    sent = text[span.start:span.end]
    # not the day of a letter or a debate the sentence refers to: "In mijn brief van 10 januari 2024 …"
    found = [f for f in find_deadlines(sent, doc_date, ref_year) if not _DATED.search(sent, 0, f[0] + 1)
             # nor when a decision gone by was taken: "Het kabinet heeft in 2024 besloten om …"
             and not (f[2] and doc_date and f[2] < doc_date and _WHEN_DECIDED.match(sent, f[1]))]
    if not found:
        return None
    s, e, d = found[0]
    return Deadline(text=re.sub(r"\s+", " ", sent[s:e]), span=Span(span.start + s, span.start + e), latest=d)


def asked_by(text: str, span: Span, doc_date: date | None, ref_year: int | None) -> Deadline | None:
    """By when a request asks it done: "verzoekt u om de Kamer uiterlijk 1 maart 2026 te informeren"; not a day gone
    by, which says when it was asked ("In de motie van 12 maart 2025 verzocht de Kamer …")."""
    dl = deadline_of(text, span, doc_date, ref_year)
    if dl is not None and (dl.latest is None or doc_date is not None and dl.latest < doc_date):
        return None
    return dl


def status_of(sentence: str, deadline: Deadline | None, doc_date: date | None) -> str:
    to_come = bool(deadline and deadline.latest and doc_date and deadline.latest > doc_date)
    # what has been done this year is done, though the year runs on: "Het aantal initiatieven is dit jaar uitgebreid"
    if to_come and deadline.latest.year == doc_date.year and _THIS_YEAR.fullmatch(deadline.text) and _HAS_BEEN.search(sentence):
        return "Done"
    # done, unless it is yet to be: "is naar verwachting eind dit jaar gereed", "Streven is om … gereed te hebben"
    # … or is being finished now: "De verkenning wordt in november afgerond"
    if _KEPT.search(sentence):
        return "Done"       # "Hiermee doe ik de toezegging gestand …", "Daarmee beschouw ik deze motie als afgedaan"
    if _DONE.search(sentence) and not to_come and not re.search(r"\b(?:zal|zullen|wordt\s+\w+\s+voor|moet|naar\s+verwachting|"
                                                                r"[Ss]treven\s+is|verwacht)\b", sentence, re.I) \
            and not _BEING_FINISHED.search(sentence):
        # what has started is under way: "Ook is gestart met de versterking van de aanpak", "is een begin gemaakt met"
        if _STARTED.search(sentence) and not _FINISHED.search(sentence):
            return "InProgress"
        return "Done"
    # a period of years that had begun when the text was written runs: "Van 2023 tot en met 2026 geeft de
    # overheid ieder jaar …" (in a letter of 2025)
    period = _PERIOD.search(sentence)
    if period and doc_date and int(period.group(1)) <= doc_date.year < int(period.group(2)) + 1:
        return "InProgress"
    # … as does what goes on until a time to come: "Ik zet de regionale aanpak voort tot en met 2030"
    if deadline and (deadline.text.lower().startswith(("tot ", "t/m ")) or any(
            until + deadline.text.lower() in sentence.lower() for until in ("tot ", "t/m ", "tot en met "))) \
            and _GOES_ON.search(sentence):
        return "InProgress"
    # part done, the rest to come: "De eerste tranche is uitbetaald; de tweede volgt in 2027"
    first, _, rest = sentence.partition(";")
    if to_come and rest and _DONE.search(first) and not _DONE.search(rest) \
            and not re.search(r"\b(?:zal|zullen|wordt|worden|gaat|gaan)\b", first, re.I):
        return "InProgress"
    if to_come or _PLANNED.search(sentence):
        return "Planned"
    if _IN_PROGRESS.search(sentence):
        return "InProgress"
    if _STARTS.search(sentence):
        return "Planned"        # what starts is yet to come: "Het kabinet start een programma", "Ook wordt een IBO gestart"
    # what has been done by a time already past: "Het SCP heeft in 2025 onderzoek gedaan naar …", "De campagne liep
    # in maart en april" (in a text of 2026)
    if deadline is not None and deadline.latest and doc_date and deadline.latest < doc_date \
            and (_PERFECT.search(sentence) or SIMPLE_PAST.search(sentence)) and not _PLANNED_WORDS.search(sentence):
        return "Done"
    if deadline is not None:
        return "Planned"
    return "InProgress"


_PLANNED_WORDS = re.compile(r"\b(?:zal|zullen|wordt|worden|gaat|gaan|moet|moeten|verwacht|streven|nog)\b", re.I)


_THIS_YEAR = re.compile(r"(?i)(?:dit|het\s+afgelopen)\s+jaar|in\s+\d{4}")
_HAS_BEEN = CaseFree(r"\b(?:is|zijn|heeft|hebben)\s+(?:[^.;]{0,80}?\s)?(?:ge\w+[dt]|uitgebreid|ondernomen|opgericht|ingevoerd|"
                     # (a participle without "ge-": "versterkt", "ontwikkeld", "bereikt")
                     r"aangesteld|opgezet|ingericht|verhoogd|verlaagd|(?:ver|be|ont|her)\w{3,}[dt])\b(?![^.;]*\b(?:zal|zullen|wordt|worden)\b)")
_KEPT = CaseFree(r"\b(?:toezegging|toezeggingen|motie|moties)\b[^.;]{0,60}?\b(?:gestand|afgedaan|voldaan)\b|"
                 r"\b(?:deze|die|de)\s+motie\s+(?:is\s+)?(?:hiermee\s+|daarmee\s+|inmiddels\s+)?uitgevoerd\b|"
                 # … kept by this very letter: "Met deze brief voldoe ik aan de toezegging …", "Zoals toegezegd …,
                 # informeer ik u hierbij over …"
                 r"\bvoldo(?:e|et|en)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:[^.;]{0,40}?\s)?aan\s+(?:de|deze|die|mijn|onze)\s+"
                 r"(?:toezegging|toezeggingen|motie|moties|verzoek)\b|"
                 r"\b(?:informeer|bericht|stuur|zend)\s+(?:ik|wij|we)\s+u\s+(?:hierbij|hiermee|met\s+deze\s+brief)\b")
# what a thing is called or taken for, its name between: "Dit wordt een onderzoek omtrent eigen handelen genoemd."
_CALLED = CaseFree(r"\b(?:wordt|worden)\s+(?:[^.;,]{0,80}?\s)?(?:genoemd|beschouwd|verstaan)\s*[.;]?$")
_AS_A_RESULT = re.compile(r"\s*(?:Hierdoor|Daardoor|Zodoende|Hiermee|Daarmee)\s+(?:komt|komen|ontstaat|ontstaan)\b")
_GOES_ON = CaseFree(r"\b(?:zet|zetten)\b[^.;]{0,80}?\bvoort\b|\bvoort(?:zetten|gezet)\b|\bcontinu(?:eer|eert|eren)\b|"
                    r"\b(?:blijf|blijft|blijven)\b|\bloopt\b|\blopen\b")
_PERIOD = CaseFree(r"\b(?:van|vanaf|sinds|periode|jaren)\s+(20\d\d)\s*(?:-|–|tot\s+en\s+met|t/m|tot)\s*(20\d\d)\b")
_BEING_FINISHED = CaseFree(r"\b(?:wordt|worden)\s+(?:[^.;]{0,60}?\s)?(?:afgerond|voltooid|opgeleverd)\b")
_STARTED = CaseFree(r"\b(?:is|zijn|heeft|hebben|werd|werden)\s+(?:[^.;]{0,60}?\s)?(?:gestart|begonnen)\b|\been\s+begin\s+gemaakt\b")
_FINISHED = CaseFree(r"\b(?:afgerond|gereed|voltooid|verstuurd|gestuurd|aangeboden|ingediend|gepubliceerd|verschenen)\b")
_STARTS = CaseFree(r"\b(?:start|starten|begint|beginnen|(?:wordt|worden)\s+(?:[^.;]{0,80}?\s)?(?:gestart|opgezet|geïntroduceerd|"
                   r"ingesteld|opgericht|ingevoerd)|introduceert|introduceren|"
                   r"sluit\s+(?:[^.;]{0,60}?\s)?af|sluiten\s+(?:[^.;]{0,60}?\s)?af|moeten\s+(?:[^.;]{0,60}?\s)?komen)\b")
_PRONOUN = CaseFree(r"\b(?:ik|wij|we)\b")
# "Ik verwacht dat …" is an expectation; "Ik verwacht uw Kamer eind 2025 te informeren" a plan
_EXPECTS_THAT = re.compile(r"Ik\s+verwacht\b(?!\s+(?:[^.;,]{0,80}?\s)?te\s+\w+en\b)")
# … a clause of what the writer or the government expects: "Ik verwacht (niettemin) dat …", "De regering verwacht
# dat dit de uitvoering eenvoudiger maakt"
_EXPECTS_CLAUSE = re.compile(r"(?:Ik\s+verwacht|(?:Wij|We)\s+verwachten|(?:Het|De)\s+(?:kabinet|regering)\s+verwacht)\s+"
                             r"(?:\w+\s+){0,2}dat\b")
_HANGS_ON = CaseFree(r"\b(?:dat|die|waarmee|waarin|waarop|waarbij|wat|zodat|omdat)\s+(?:volgens\s+)?$")


def _first_person_embedded(s: str) -> bool:
    """"We" or "ik" only inside a clause that hangs on a description ("een instrument waarmee we …
    willen", "Het inzicht dat we ontwikkelen is bedoeld om"), after a condition ("Wanneer …, dienen
    we"), or an expectation ("Ik verwacht dat …")."""
    if re.match(r"(?:Wanneer|Als|Indien)\b", s) or _EXPECTS_THAT.match(s):
        return True
    return _only_in_clauses(s, _PRONOUN)


def _cabinet_aside(s: str) -> bool:
    """The cabinet named only in a clause that hangs on something else, or as a place or company ("Ik zal mij in het
    kabinet inzetten voor …", "… met het kabinet bespreken"): not the one who acts."""
    return _only_in_clauses(s, _CABINET, _PLACE_OF)


_PLACE_OF = re.compile(r"\b(?:in|binnen|met|bij)\s+$", re.I)


def _only_in_clauses(s: str, subject: re.Pattern, also: re.Pattern | None = None) -> bool:
    """Every place ``subject`` is named opens a clause that hangs on something else ("… afwegingen die
    het kabinet graag met de Kamer maakt"), or follows what ``also`` matches."""
    for m in subject.finditer(s):
        before = re.sub(r"(?:het|de|dit|ons)\s+$", "", s[:m.start()], flags=re.I)
        if not (_HANGS_ON.search(before) or also is not None and also.search(before)):
            return False
    return True


# a purpose or a means without a main clause: "Door maatregelen te nemen om …", "Om de positie te verbeteren."
# a purpose or a means with no main clause ("Om de uitvoering te versterken."), unless the writer acts right after
# it, the comma left out: "Om de bouw te versnellen stel ik in 2027 … beschikbaar"
_FRAGMENT = re.compile(r"^(?:Door|Om)\b(?![^,]*\bte\s+\w+\s+\w+\s+(?:ik|wij|we)\b)[^,]*$")


# the cabinet's view, with nothing it will do: "Het kabinet vindt het belangrijk dat …", "Het kabinet
# onderschrijft het belang van …"
# (or a verb of action joined to the view: "Het kabinet onderschrijft deze aanbeveling en werkt deze uit in …")
_WILL = CaseFree(r"\b(?:zal|zullen|gaat|gaan|wil|willen)\b|\ben\s+(?:werkt|neemt|past|voert|legt|brengt|stelt|zet|"
                 r"start|begint|ontwikkelt|onderzoekt|verkent|investeert)\b")
_OPINION_VERB = CaseFree(r"\b(?:het\s+)?kabinet\s+(?:vindt|onderschrijft|erkent|deelt|waardeert|begrijpt|ziet|"
                         r"is\s+van\s+(?:mening|oordeel)|staat\s+(?:\w+\s+){1,2}tegenover|acht)\b")


_ENDS_IN_MONTH = CaseFree(_MONTH + r"$")


def _done_in_month(s: str) -> bool:
    """What has been done "in januari": a month alone, with a perfect and nothing still to do, says
    when it was done, not when it will be."""
    times = [m.group() for m in _FUTURE_TIME.finditer(s)]
    return (bool(times) and all(_ENDS_IN_MONTH.search(t) for t in times) and bool(_PERFECT.search(s))
            and not re.search(r"\b(?:zal|zullen|wordt|worden|gepland|voorzien|verwacht)\b", s))


# a pledge made: "heeft toegezegd", "zegde toe", "is toegezegd"; by a member of government, the cabinet or "ik"
# (or announced: "In de brief van mei heb ik aangekondigd dat ik een wetsvoorstel voorbereid")
_PLEDGED = CaseFree(r"\btoegezegd\b|\bzegde(?:n)?\s+(?:\w+\s+){0,3}toe\b|\baangekondigd\s+(?:dat|om|te)\b")
_PLEDGER = CaseFree(r"\b(?:de|het|mijn|onze?)\s+(?:minister|ministers|staatssecretaris|staatssecretarissen|bewindspersonen|"
                    r"kabinet|regering|ambtsvoorganger|voorganger)\b")
_PLEDGED_PASSIVE = CaseFree(r"\b(?:is|werd|wordt)\s+(?:[^.;]{0,40}?\s)?toegezegd\b|^toegezegd\s+is\b")
# what the Kamer is to receive from the government: "ontvangt u", "ontvangt uw Kamer", "zal de Kamer … ontvangen"
_KAMER_RECEIVES = CaseFree(r"\b(?:ontvangt|ontvangen)\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)\b"
                           r"|\b(?:u|uw\s+Kamer|de\s+(?:Tweede\s+|Eerste\s+)?Kamer)\s+(?:ontvangt|zal\s+(?:[^.;]{0,60}?\s)?ontvangen)\b")
# work done at the government's order
_COMMISSIONED = CaseFree(r"\bin\s+opdracht\s+van\s+(?:mij|ons|mijn\s+(?:ministerie|departement)|ons\s+ministerie|het\s+kabinet|"
                         r"de\s+regering|het\s+Rijk|(?:het\s+ministerie|de\s+minister|de\s+staatssecretaris)\s+van\s+\w+)\b")
# an agreement the government is a party to: "Rijk en gemeenten hebben afgesproken de toegang te verbeteren",
# "Met de VNG heb ik afgesproken dat …" (what it was agreed to do follows)
_AGREED = CaseFree(r"\b(?:heb|hebben|heeft)\s+(?:[^.;]{0,120}?\s)?afgesproken\s+(?:om\s+|dat\s+|[^.;]{0,80}?\ste\s+\w+)")
_AGREEING_PARTY = re.compile(r"\b(?:het\s+)?Rijk\b|\b(?:[Hh]et|[Dd]e)\s+(?:ministerie|ministeries|minister|ministers|staatssecretaris|"
                             r"rijksoverheid)\b")
# how the writer will do what the sentence before promised, its items following: "Dat doen we onder meer door:"
_HOW_WE_DO_IT = re.compile(r"\s*(?:Dat|Dit)\s+(?:doen|gaan)\s+(?:we|wij|ik)\s+(?:\w+\s+){0,3}?(?:door|via|met|langs)\s*:\s*$")
# the letter itself delivering what it announces: "Met deze brief ontvangt u …", "Hierbij ontvangt uw Kamer …",
# "Bijgaand treft u de antwoorden aan"
_LETTER_DELIVERS = CaseFree(r"\s*(?:hierbij|bijgaand|met\s+(?:deze|dit)\s+(?:brief|notitie|verslag))\s*,?\s+(?:ontvangt|treft)\s+(?:u|uw\s+kamer)\b")
# a day something is due by: "Uw Kamer ontvangt voor 1 juli de evaluatie"
_BY_DAY = CaseFree(rf"\b(?:voor|vóór)\s+\d{{1,2}}\s+{_MONTH}\b")
_NOT_SENT = CaseFree(r"\b(?:heeft|hebben|had|ontving|ontvingen)\b")
_UNDER_WAY = CaseFree(r"\b(?:momenteel|nu|op dit moment)\b")


# an intention stated as a noun: "Het streven is om …", "Streven is dat …", "Het voornemen is om …", "Het is de
# bedoeling dat …", "Mijn inzet is om …"
_AIM_STATED = re.compile(r"\s*(?:(?:Het|Mijn|Ons)\s+)?(?:[Ss]treven|[Vv]oornemen|[Pp]lan|[Ii]nzet)\s+is\s+(?:om|dat|te|erop)\b"
                         r"|\s*Het\s+is\s+(?:mijn\s+|ons\s+|het\s+)?(?:de\s+)?(?:bedoeling|voornemen|streven)\s+(?:om|dat)\b"
                         # what is aimed at, named by its noun: "Beoogd is inwerkingtreding per 1 januari 2027"
                         r"|\s*(?:Beoogd|Voorzien|Gepland)\s+is\s+(?:om\s+|dat\s+|de\s+|het\s+|een\s+)?\w+")


# what the government expects to deliver, and when: "De verwachting is dat het rapport in december verschijnt",
# "Ik verwacht de eerste resultaten begin 2026", "Naar verwachting is de visie eind dit jaar gereed" (not what
# it expects of the world: "Naar verwachting stijgt het aantal ouderen in 2030")
_EXPECTED = CaseFree(r"\b(?:verwacht|verwachten|verwachting)\b")
_DELIVERABLE = CaseFree(r"\b(?:verschijnt|verschijnen|gereed|klaar|afgerond|opgeleverd|resultaten|rapport|eindrapport|"
                        r"advies|evaluatie|uitkomsten|uitkomst|brief|wetsvoorstel|voorstel|herijkt|gepubliceerd|"
                        r"beschikbaar|in\s+werking)\b")
# … nor what it was expecting, nor what it awaits from others: "Het advies van de SER wordt eind 2022 verwacht"
_EXPECTED_BEFORE = CaseFree(r"\b(?:werd|werden|had|hadden|was|waren)\b|\b(?:wordt|worden)\b[^.;]*\bverwacht\b")


# a deliverable as the subject, and when it is ready: "Het plan is in het voorjaar van 2027 gereed", "Die evaluatie
# verschijnt in december", "De visie komt voor de zomer beschikbaar"
_DELIVERABLE_DUE = re.compile(
    r"\s*(?:(?:Ook|Daarnaast|Verder)\s+)?(?:[Dd]e|[Hh]et|[Dd]ie|[Dd]eze|[Dd]it|[Dd]at)\s+(?:[a-zé]+e\s+)?"
    r"(?:[a-zé]*(?:plan|evaluatie|rapport|rapportage|advies|visie|strategie|onderzoek|analyse|verkenning|brief|"
    r"wetsvoorstel|voorstel|monitor|handreiking|uitwerking|regeling|agenda|notitie|nota|kader|routekaart|"
    r"programma|actieplan|uitkomsten|resultaten|wet|wetswijziging|wijziging|besluit|maatregel|norm))\s+"
    r"(?:(?:verschijnt|verschijnen|volgt|volgen)\b|(?:is|zijn|komt|komen)\s+(?:[^.;,]{0,60}?\s)?(?:gereed|klaar|beschikbaar)\b|"
    # … or a rule that enters into force, a bill that goes out for consultation or to the Kamer: "Die regeling treedt
    # per 1 januari 2027 in werking", "Het wetsvoorstel gaat in het voorjaar van 2027 in internetconsultatie"
    r"(?:treedt|treden)\s+(?:[^.;,]{0,60}?\s)?in\s+werking\b|(?:gaat|gaan)\s+(?:[^.;,]{0,60}?\s)?(?:in\s+(?:internet)?consultatie|"
    r"naar\s+de\s+(?:Tweede\s+Kamer|Kamer|Raad\s+van\s+State))\b)"
    # … the verb first: "Daarnaast treedt de Wet versterking regie volkshuisvesting per 1 januari 2027 in werking"
    r"|\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Dan|Vervolgens)\s+)?(?:treedt|treden)\s+(?:de|het|die|deze)\s+[^.;,]{3,100}?\s+"
    r"in\s+werking\b"
    # … a law by its title as the subject: "De Energiewet treedt op 1 januari 2026 in werking", "De Wet open overheid
    # treedt per 1 mei in werking"
    r"|\s*(?:(?:Ook|Daarnaast|Verder|Tevens)\s+)?(?:[Dd]e|[Hh]et)\s+(?:[A-Z][\w-]*(?:wet|besluit|regeling)|Wet|Besluit|Regeling)"
    r"(?:\s+[a-z][\w-]*){0,6}?\s+(?:treedt|treden)\s+(?:[^.;,]{0,60}?\s)?in\s+werking\b")
# carrying out a motion: "Ter uitvoering van de motie …", "Ik voer deze motie uit door …", "Uitvoering geven aan de motie"
_IMPLEMENTS = CaseFree(r"\bter\s+uitvoering\s+van\b|\bbeschouw\s+ik\s+(?:deze|die|de)\s+motie\s+(?:[^.;]{0,60}?\s)?als\s+afgedaan\b|\bvoer(?:t|en)?\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?"
                       r"(?:deze|die|de|genoemde)\s+motie\b(?:[^.;]|(?<=\bnr)\.){0,120}?\buit\b|\buitvoering\s+(?:geven|te\s+geven|geef|geeft)\s+aan\s+(?:de|deze|die)\s+motie\b"
                       r"|\b(?:geef|geeft|geven)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:uitvoering|invulling)\s+aan\s+(?:de|deze|die)\s+motie\b"
                       # "Met deze brief voldoe ik ook aan de motie van het lid Kops"
                       r"|\bvoldo(?:e|et|en)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:[^.;]{0,40}?\s)?aan\s+(?:de|deze|die)\s+motie\b"
                       # "Met het besluit van 1 juli is deze motie uitgevoerd"
                       r"|\b(?:is|zijn)\s+(?:hiermee\s+|daarmee\s+)?(?:deze|die|de)\s+motie\s+(?:[^.;]{0,40}?\s)?uitgevoerd\b"
                       r"|\b(?:deze|die|de)\s+motie\s+is\s+(?:hiermee\s+|daarmee\s+|inmiddels\s+)?uitgevoerd\b")


# "de begroting van het Rijk", "het werk voor de minister": the member or the state is what a thing belongs to
_OF_MEMBER = re.compile(r"\b(?:van|voor|aan)\s+$")


def _member_acts(s: str) -> bool:
    """A member of government, a ministry or the state named in ``s``, unless the sentence only imagines
    a consequence for what is theirs ("Een vaste groei zou de begroting van het Rijk minder wendbaar
    maken"; while "Het programma zorgt voor … maatregelen van de rijksoverheid" is a plan)."""
    members = list(_MEMBER.finditer(s))
    if members and _WOULD.search(s):
        return any(not _OF_MEMBER.search(s, max(0, m.start() - 6), m.start()) for m in members)
    return bool(members)


_WOULD = re.compile(r"\b(?:zou|zouden)\b")


# The two costliest tests of a sentence, which each kind of commitment asks in turn of the same sentence: asked
# once (measured: a fifth of the statement rules' time went to asking them again)
@lru_cache(maxsize=16)
def _says_nothing(s: str) -> bool:
    return bool(_NOT_PROMISE.search(s))


@lru_cache(maxsize=16)
def _promises(s: str) -> bool:
    return bool(_PROMISE.search(s))


def is_commitment(sentence: str, government_doc: bool) -> str | None:
    """The rule that makes this sentence a commitment, or None."""
    s = sentence.strip()
    if s.endswith("?") or _says_nothing(s) or _EXPECTS_CLAUSE.match(s) or _lists_topics(s):
        # (not what the writer expects to happen, "Ik verwacht niettemin dat … zal bijdragen", nor the
        # introduction of a list of topics, "… gegroepeerd rond de thema's:")
        return None
    country = bool(_COUNTRY_ACTS.match(s))
    has_cab = country or bool(_CABINET.search(s))
    has_first = bool(_FIRST_PERSON.search(" " + s))
    has_promise = _promises(s)
    # (a short promise that introduces a list is one: "Het kabinet zet in op:")
    if len(s) < 25 and not (has_first and has_promise and s.endswith(".")) \
            and not ((has_first or has_cab) and has_promise and s.endswith(":")):
        return None
    if _IMPLEMENTS.search(s):
        return "commitment.implements-motion"
    if has_cab and _OPINION_VERB.search(s) and not _WILL.search(s):
        return None      # the cabinet's view, with nothing it will do: "Het kabinet is van mening dat … worden ingepast"
    if has_cab and has_promise and (country or not _cabinet_aside(s)):
        return "commitment.cabinet-verb"
    if has_cab and _FUTURE_TIME.search(s) and not re.search(r"\b(?:heeft|hebben|had|was|is)\b", s):
        return "commitment.cabinet-future"      # "Het kabinet sluit de komende jaren nieuwe deals af"
    if government_doc and has_first and has_promise and not _first_person_embedded(s) and not _FRAGMENT.match(s):
        return "commitment.first-person-verb"
    if government_doc and has_promise and (_member_acts(s) or _STATE_ACTS.search(s)):
        return "commitment.minister-verb"
    if government_doc and has_promise and _COMMISSIONED.search(s) and not re.search(r"\b(?:heeft|hebben|had|was|werd)\b", s):
        return "commitment.commissioned"   # "Het bureau X voert in opdracht van mijn ministerie een nulmeting uit"
    if government_doc and _AGREED.search(s) and (has_cab or has_first or _AGREEING_PARTY.search(s)):
        return "commitment.agreed"     # "In de Hervormingsagenda hebben Rijk, gemeenten en aanbieders afgesproken …"
    if government_doc and _HOW_WE_DO_IT.match(s):
        return "commitment.first-person-verb"     # "Dat doen we onder meer door:", its items the promises
    if government_doc and _LETTER_DELIVERS.match(s):
        return "commitment.letter"            # "Met deze brief ontvangt u de kabinetsappreciatie van …"
    if government_doc and _KAMER_RECEIVES.search(s) and (_FUTURE_TIME.search(s) or _BY_DAY.search(s)) \
            and not _NOT_SENT.search(s):
        return "commitment.kamer-receives"    # "Die reactie ontvangt u in het najaar", "U ontvangt voor de zomer …"
    if government_doc and _PLEDGED.search(s) and (has_cab or has_first or _PLEDGER.search(s) or _PLEDGED_PASSIVE.search(s)):
        return "commitment.pledged"       # "De minister heeft toegezegd de Kamer … te informeren", "Toegezegd is …"
    if government_doc and _PASSIVE.search(s) and (_FUTURE_TIME.search(s) or re.search(r"\b(?:zal|zullen|wordt|worden)\b", s)) \
            and not _done_in_month(s) and not _DONE_IN_YEAR.search(s):
        # not a description, nor what can be done ("Anderzijds kan de uitvoerder … worden gehouden"); such a sentence
        # may still report what was done ("Zo hebben de ministers een advies gevraagd over welke maatregelen getroffen
        # kunnen worden"): the rules below look at it
        if not (re.search(r"\b(?:wordt|worden)\s+(?:door\s+[^.;,]{0,60}?\s)?(?:gezien|beschouwd|genoemd|bedoeld|verstaan|gevormd|"
                          r"bepaald|veroorzaakt|ervaren|gebruikt|gerefereerd|verwezen|gesproken|gezegd|beschreven|"
                          # an estimate: "Het woningtekort wordt geraamd op 400 000 woningen"
                          r"geraamd|geschat|begroot|berekend)\b", s)
                or _main_clause_modal(s) or _CALLED.search(s)):
            return "commitment.passive-action"
    if government_doc and (_NEW_BODY_ACTS.search(s) and (has_promise or _names_time_to_come(s))
                           or _NEW_BODY_STARTS.search(s) and not _ASKED.search(s)):
        return "commitment.new-body"     # "Deze commissie gaat onderzoek doen", "gaat binnenkort een commissie van start"
    if government_doc and _EXPECTED.search(s) and _DELIVERABLE.search(s) and _FUTURE_TIME.search(s) \
            and not _EXPECTED_BEFORE.search(s):
        return "commitment.expected"      # "De verwachting is dat de Staat van X in december verschijnt"
    if government_doc and _DELIVERABLE_DUE.match(s) and (_FUTURE_TIME.search(s) or _FROM_DAY.search(s)) \
            and not _EXPECTED_BEFORE.search(s):
        return "commitment.deliverable-due"   # "Het plan is in het voorjaar van 2027 gereed", "Die evaluatie verschijnt in december"
    if government_doc and _AIM_STATED.match(s):
        return "commitment.intention"     # "Het streven is om het wetsvoorstel in 2026 in consultatie te brengen"
    if government_doc and _DELIVERED.search(s) and not re.search(r"^(?:Als|Indien|Wanneer|Nadat|Zodra)\b", s):
        return "commitment.delivered"
    if government_doc and (_ANNOUNCED.search(s)
                           or _TAKES_PLACE.search(s) and (_FUTURE_TIME.search(s) or _UNDER_WAY.search(s))) \
            and not _AS_A_RESULT.match(s):
        return "commitment.announcement"      # (not what follows from it: "Hierdoor komt er betere regelgeving")
    return None


_CONDITION_FIRST = re.compile(r"(?:Als|Indien|Wanneer|Mocht|Mochten|Zodra)\b")
_STANDING_TASK = re.compile(r"\b(?:houdt|houden)\s+(?:\w+\s+)?toezicht\s+op\b|\bis\s+verantwoordelijk\s+voor\b", re.I)


def is_agency_commitment(sentence: str, span: Span, mentions: list[Mention]) -> str | None:
    """A public body named as the subject of a verb of plan or action ("Ook onderzoekt het CJIB de
    mogelijkheden ...", "De Belastingdienst start in mei met ..."): a commitment in a government text."""
    s = sentence.strip()
    # (not what it did, but what it expects to have done by a time to come is its plan: "Het UWV verwacht voor eind
    # 2027 alle aanvragen te hebben afgehandeld")
    if s.endswith("?") or len(s) < 25 or _says_nothing(s) or not _promises(s) \
            or re.search(r"\b(?:zou|zouden|formuleert|adviseert|adviseerde|adviseerden|heeft|(?<!\bte\s)hebben|"
                         # (nor an adviser's view: "De Afdeling onderschrijft het doel, maar maakt opmerkingen over …")
                         r"onderschrijft|opmerkingen)\b", s):
        return None
    # … nor what a body would do on a condition ("Als de meldingen stijgen, zal het IMG personeel moeten aannemen")
    if _CONDITION_FIRST.match(s):
        return None
    # a body's standing task, with no time to come: "De Nederlandse Zorgautoriteit houdt toezicht op de zorgmarkt"
    if _STANDING_TASK.search(s) and not _names_time_to_come(s):
        return None
    actor = named_actor(s, span, mentions)
    # not what the European Commission proposes or a party wants: a Dutch public body's plan
    return "commitment.agency-verb" if actor and actor not in gz.not_dutch_government() else None


# what a programme or bill is for, as the sentence's subject: "Het Actieplan X richt zich op …", "De City
# Deal X werkt aan …", "Het wetsvoorstel X beoogt …", "Het programma X is bedoeld om …"
_INSTRUMENT_AIM = re.compile(r"^\s*(?:is|zijn)\s+(?:\w+\s+)?(?:bedoeld|erop\s+gericht|gericht)\b|^\s*richt(?:en)?\s+zich\b")
_PROMISE_NEXT = CaseFree(r"\s*" + _PROMISE.pattern)     # a verb of promise right after the subject
_SUBJECT_OPENING = CaseFree(r"^\s*(?:[-•–][ ]+)?(?:(?:ook|daarnaast|verder|tevens|zo)\s+)?(?:(?:de|het)\s+)?(?:\*)?$")


# subjects joined to it before the verb: "De Gelijke Kansen Alliantie en de regiodeals en gebiedsgerichte aanpak zorgen …"
_CO_SUBJECTS_PROMISE = CaseFree(r"\**\s*(?:,|\ben\b)\s+(?:de\s+|het\s+)?[^.;:()]{2,80}?\s+" + _PROMISE.pattern)
_THE_BILL = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Hiermee|Daarmee)\s+(?P<v>[a-z]+t)\s+(?:het|dit)\s+(?:wets)?voorstel\b"
                       # (what it is for between: "Het wetsvoorstel hiervoor gaat in januari in internetconsultatie")
                       r"|(?:(?:Ook|Daarnaast|Verder|Tevens)\s+)?(?:[Hh]et|[Dd]it)\s+(?:wets)?voorstel(?:\s+(?:hiervoor|daarvoor|hierover))?\b)")
_IN_OPENING = re.compile(r"\s*(?:[-•–][ ]+)?(?:(?:Ook|Daarnaast|Verder)\s+)?(?:[Ii]n|[Bb]innen)\s+(?:de|het)\s+\**")
_CENTRAL = re.compile(r"\**\s+(?:staat|staan)\s+[^.;]{3,120}?\s+centraal\b")


def is_instrument_commitment(sentence: str, span: Span, mentions: list[Mention]) -> str | None:
    """A programme or a bill as the acting subject of a verb of plan or action, or said to be meant
    for something: in a government text, what the government does through it."""
    s = sentence.strip()
    if s.endswith("?") or len(s) < 25 or _says_nothing(s) or re.search(r"\b(?:zou|zouden|heeft|hebben|had)\b", s):
        return None
    for m in mentions:
        if not span.start <= m.span.start < span.end or m.type not in ("Programme", "Law"):
            continue
        if m.type == "Law" and not m.surface.lower().startswith("wetsvoorstel"):
            continue
        before = sentence[:m.span.start - span.start]
        prefix = re.sub(r"(?i)\b(?:programma|actieplan|wetsvoorstel|project)\s*\**$", "", before)
        if not _SUBJECT_OPENING.match(prefix):
            continue
        after = sentence[m.span.end - span.start:].lstrip("*’'\" ")
        if _INSTRUMENT_AIM.match(after) or _PROMISE_NEXT.match(after) \
                or _CO_SUBJECTS_PROMISE.match(after):
            return "commitment.instrument-verb"
        return None
    # the government's bill as the subject, before or after its verb: "Het wetsvoorstel regelt dat …", "Daarnaast
    # legt het voorstel ook het uitdaagrecht wettelijk vast"
    bill = _THE_BILL.match(s)
    if bill and _PROMISE_NEXT.match(bill.group("v") or s[bill.end():]):
        return "commitment.instrument-verb"
    # what a programme puts first: "In de Werkagenda MBO staat een duurzame toekomst … centraal"
    for m in mentions:
        if span.start <= m.span.start < span.end and m.type == "Programme" \
                and _IN_OPENING.fullmatch(sentence, 0, m.span.start - span.start) \
                and _CENTRAL.match(sentence, m.span.end - span.start):
            return "commitment.instrument-verb"
    return None


_STATUS_PLAN = CaseFree(r"\b(?:zal|zullen|gaat|gaan|voornemen|voornemens|verwacht|verwachten|beoogt|"
                          r"streeft|streven)\b")
_ONGOING_VERB = CaseFree(
    r"\b(?:werkt|werken)\s+(?:\w+\s+){0,6}aan\b|\b(?:bekijkt|bekijken|onderzoekt|onderzoeken|verkent|verkennen|"
    r"start|starten|begint|beginnen|volgt|volgen|verwacht|verwachten|ontwikkelt|ontwikkelen|bereidt|bereiden|"
    r"werkt|werken|zet|zetten|pakt|pakken|opent|openen|stuurt|sturen|informeert|informeren|loopt|lopen|"
    r"houdt|houden|neemt|nemen|onderneemt|ondernemen|voert|voeren|organiseert|organiseren|benut|benutten)\b|" + _TAKES_PLACE.pattern)
# (a participle in "-aan" too: "heeft onderzoek gedaan")
_PERFECT = CaseFree(r"\b(?:is|zijn|heeft|hebben)\s+(?:\w+\s+){0,8}(?:ge\w+[dt]|ge\w+en|ge\w*aan|\w+(?:eerd|erd|ond|ast))\b")
_PRESENT_PASSIVE = CaseFree(r"\b(?:wordt|worden)\s+(?:\w+\s+){0,8}(?:ge\w+|be\w+[dt]|\w+(?:eerd|erd|ond|ast|ien|en))\b"
                              # the participle first: "Onderzocht wordt hoe …"
                              r"|^\s*(?:ge|onder|be|ver|na|uit)\w+[dt]\s+(?:wordt|worden)\b")
# an intention or a promise stated as a noun or a participle: "Voornemen is om …", "Het is het voornemen om
# …", "Toegezegd is …"
_INTENDED = re.compile(r"^\s*(?:Het\s+)?[Vv]oornemen\s+is\b|\bis\s+het\s+voornemen\b|^\s*Toegezegd\s+is\b|\bis\s+toegezegd\b")


# in a status cell, an ask it reports is no promise ("De motie X vraagt om …", "… wordt verzocht …"); nor,
# unless it says what will be done, a condition, an example or a purpose, or what can or must be done
# as a rule ("Ook beleidsvoornemens kunnen worden getoetst", "registraties moeten worden verwijderd")
_ASK_IN_CELL = re.compile(r"\bvraagt\s+om\b|\b(?:wordt|worden)\s+(?:[^.;]{0,80}?\s)?verzocht\b")
_NOT_OWN_ACT = re.compile(r"(?:Als|Indien|Wanneer|Bijvoorbeeld|En\s+om|Met\s+als\s+doel|Dit\s+als)\b")
_MODAL = re.compile(r"\b(?:kan|kunnen|moet|moeten|zou|zouden|mag|mogen)\b")
_SUBORDINATE = CaseFree(r"\b(?:hoe|of|dat|die|welke|waarmee|waardoor|waarop|waarin|waarbij|zodat|om|wat|waar|wanneer|"
                          r"als|indien|omdat)\b")


def _main_clause_modal(s: str) -> bool:
    """A modal verb in a clause of its own ("Ook beleidsvoornemens kunnen worden getoetst"), not in one that
    hangs on another ("onderzoeken hoe deze samengebracht kunnen worden")."""
    for m in _MODAL.finditer(s):
        clause = re.split(r"[,;:]", s[:m.start()])[-1]
        if not _SUBORDINATE.search(clause):
            return True
    return False


def is_status_commitment(sentence: str) -> str | None:
    """A promise stated in an action table's status cell: what will happen or is being done now
    ("De eerste Staat van de uitvoering wordt eind 2022 voorzien", "UHT verwacht 7800 ouders te
    helpen", "Toeslagen werkt met de BKR aan ..."), not what was done ("is onderzocht", "is gestart")."""
    s = sentence.strip()
    if s.endswith("?") or len(s) < 8 or _NOT_PROMISE.search(s) or _ASK_IN_CELL.search(s) or _EXPECTS_CLAUSE.match(s) \
            or _CALLED.search(s) or _lists_topics(s):
        return None
    if _STATUS_PLAN.search(s) and not _PERFECT.search(s) or _INTENDED.search(s):
        return "commitment.status-cell-plan"
    if _NOT_OWN_ACT.match(s) or _main_clause_modal(s):
        return None
    future = bool(_FUTURE_TIME.search(s)) or bool(re.search(r"\b(?:Q[1-4]|week\s+\d+|deze\s+zomer|dit\s+najaar|"
                                                           r"na\s+de\s+zomer|volgt|volgen)\b", s, re.I))
    if _PERFECT.search(s) and (not future or _done_in_month(s)) or _DONE_IN_YEAR.search(s):
        return None
    if future or _PRESENT_PASSIVE.search(s) or _ONGOING_VERB.search(s):
        return "commitment.status-cell"
    return None


# a list of topics or groups, not of actions: "… gegroepeerd rond de thema's:", "Doelgroepen:"
_TOPIC_INTRO = CaseFree(r"\b(?:thema['’]?s|onderwerpen|doelgroepen|aandachtspunten|uitgangspunten|kenmerken|"
                          r"voorbeelden)\s*:\s*$")
_CLAUSE_VERB = CaseFree(r"\b(?:is|was|zijn|waren|staat|stond|moet|moeten|kan|kunnen|heeft|hebben|had)\b")


def _lists_topics(s: str) -> bool:
    """The introduction of a list of topics ("… gegroepeerd rond de thema's:"); it ends in a colon."""
    return s.rstrip().endswith(":") and bool(_TOPIC_INTRO.search(s))


def introduces_promises(intro: str) -> bool:
    """Whether the items under this introduction ("… langs vijf lijnen:") are promises, not topics."""
    return not _TOPIC_INTRO.search(intro)


# where an item's own words end: punctuation, or a word that opens a clause hanging on them
_ITEM_CLAUSE_END = re.compile(r"[:,;(]|\b(?:dat|die|om|waar\w*|hoe|of|zodat|welke|wie|wat|wanneer|als|indien|omdat)\b")


def item_promises(item: str) -> bool:
    """A list item under a promise is one too when it names an action ("Versterking van de toets;",
    "het actief bijdragen aan …"); an item that is a clause of its own ("Voorop staat dat …", "Een
    reden was …") only when it promises by itself."""
    head = _ITEM_CLAUSE_END.split(item, maxsplit=1)[0]
    return not _CLAUSE_VERB.search(head) or bool(is_commitment(item, True) or is_status_commitment(item))


_NOW = CaseFree(r"\b(?:momenteel|op dit moment|thans|nu)\b")


def is_progress_now(sentence: str) -> bool:
    """What a status cell says is going on as it is written ("Momenteel wordt de toets uitgewerkt",
    "Op dit moment worden de eerste voorbereidingen getroffen"): progress, unless it also says what
    will come or when."""
    return bool(_NOW.search(sentence)) and not (_STATUS_PLAN.search(sentence) or _FUTURE_TIME.search(sentence)
                                                 or re.search(r"\b(?:Q[1-4]|eind|begin|medio|volgt|volgen)\b", sentence))


_ASKS_GOVERNMENT = CaseFree(r"verzoekt de regering|verzoekt het kabinet|verzoekt de minister|verzoekt de staatssecretaris|"
                            r"verzoekt de bewindsperso|draagt|roep|beroep|beveelt|bevelen|adviseert|raadt|raden")


# an advice on a subject, which a time to come makes a deliverable: "adviseert mij voor 1 april 2027 over de governance"
_ADVISES_ON = re.compile(r"\badvise(?:ert|ren)\s+(?:(?:mij|ons|het\s+kabinet|de\s+regering|de\s+minister)\s+)?"
                         r"(?:[^.;,]{0,60}?\s)?over\b(?![^.;]*\bom\s)", re.I)
_WITHIN = CaseFree(r"\bbinnen\s+(?:een|één|twee|drie|vier|zes|\d+)\s+(?:weken|week|maanden|maand|jaar)\b")


def _names_time_to_come(s: str) -> bool:
    """A time to come, a day something is due by, or a period from now: "in het najaar", "voor 1 april",
    "binnen een jaar"."""
    return bool(_FUTURE_TIME.search(s) or _BY_DAY.search(s) or _WITHIN.search(s))
# a relative clause that says a body advises: "een commissie die uiterlijk eind 2026 adviseert"
_ADVISES_WHO = re.compile(r"\b(?:die|dat|welke)\b[^,.;:]{0,80}?\badvise(?:ert|ren)\b", re.I)


# an adviser's recommendation as a government text quotes it before its reply, by its label and number: on a line
# of its own ("Aanbeveling 2."), or before what it recommends ("Aanbeveling 1: Geef gemeenten meer …")
_RECOMMENDATION_HEAD = r"(?:Aanbeveling|Advies)[ ]*(?:\d{1,2}[a-z]?|[IVX]{1,4})?[ ]*"
RECOMMENDATION_LABEL = re.compile(rf"\s*{_RECOMMENDATION_HEAD}[.:]?\s*")
_RECOMMENDATION = re.compile(rf"{_RECOMMENDATION_HEAD}:[ ]*")


_WONDERS = re.compile(r"\b(?:vragen|vraag)\s+(?:(?:wij|we|ik)\s+)?(?:ons|me|mij)\s+(?:dan\s+ook\s+|daarom\s+|wel\s+)?af\b", re.I)


def _opens_imperative(s: str) -> bool:
    first = re.match(r"[\wÀ-ÿ]+", s)
    return bool(first and first.group()[0].isupper() and first.group().lower() in IMPERATIVES)


def is_request(sentence: str, letter_from_party: bool, after_label: bool = False) -> str | None:
    s = sentence.strip().lstrip("-•◆*0123456789.) ").strip("* ")
    if len(s) < 12:
        return None
    # a heading that names the asks is none ("Onze aanbevelingen"); a demand may be a heading ("Word VN-ambassadeur")
    heading = len(s.split()) < 7 and not s.endswith((".", "!"))
    if not letter_from_party and _REPORTED_ASK.search(s) and not _CONDITION.match(s):
        return "request.reported"     # not "Voor zover wordt verzocht om …, geldt …": a condition
    if not letter_from_party and _ADVISER.search(s) and _ADVISED.search(s) and not s.rstrip().endswith("?"):
        return "request.advised"      # "Ook is volgens hen meer aandacht wenselijk voor …"
    if not letter_from_party and _PROPOSES.search(s) and not s.rstrip().endswith("?") \
            and not (names_cabinet(s) or _FIRST_PERSON.search(" " + s) or _EU_PROPOSES.match(s)):
        return "request.advised"      # "De commissie stelt voor om …", "De ombudsman pleit voor …" (not the cabinet's own)
    if not letter_from_party and (rec := _RECOMMENDATION.match(s)) and _opens_imperative(s[rec.end():]):
        return "request.recommendation"   # "Aanbeveling 1: Geef gemeenten meer eigen belastinggebied."
    if not letter_from_party and after_label and _opens_imperative(s):
        return "request.recommendation"   # "Aanbeveling 2." on its own, then "Zorg voor een stabiele groei …"
    if s.rstrip().endswith(":") and re.search(r"\b(?:het|de)\s+volgende\b", s, re.I):
        return None      # a lead-in to the asks: "Kort samengevat vragen we u het volgende:" (its items ask)
    if _REQUEST.search(s) and not heading:
        # what a body is set up to advise on is no ask: "… stel ik een commissie in die eind 2026 adviseert";
        # nor is wondering: "Wij vragen ons af of …"
        if not _REQUEST.search(_WONDERS.sub(" ", _ADVISES_WHO.sub(" ", s))):
            return None
        if _ADVISES_ON.search(s) and _names_time_to_come(s) and not letter_from_party:
            return None      # an advice still to come, on what: "De kwartiermaker adviseert mij voor 1 april over …"
        if not letter_from_party and not _ASKS_GOVERNMENT.search(s):
            return None
        return "request.ask-verb"
    # (not what a text explains to its reader: "… en je hebt er geen advocaat voor nodig")
    if letter_from_party and _NORMATIVE.search(s) and not _REPORTED.search(s) and not s.rstrip().endswith("?") \
            and not _TO_THE_READER.search(s):
        return "request.normative"
    if letter_from_party and _MUST.search(s) and not (_REPORTED.search(s) or _MUST_NOT_ASK.search(s)
                                                      or s.rstrip().endswith("?")):
        return "request.must"
    if letter_from_party and _BOLD_ITEM.match(sentence) and not s.rstrip().endswith("?"):
        return "request.list-item"       # "- **Versterking van de eerstelijnszorg.** …": a demand as a bold list item
    if letter_from_party:
        if re.match(r"(?i)denk\s+(?:hierbij|daarbij|bijvoorbeeld|verder|aan|ook)\b", s):
            return None       # "Denk hierbij aan ...": an example, not a demand
        # (a verb that opens a condition: "Kom je er niet uit, dan kun je …")
        if _opens_imperative(s) and not _THEN_CLAUSE.search(s):
            return "request.imperative"
    return None


def names_cabinet(sentence: str) -> bool:
    """Whether the sentence names the cabinet or the government as the one who acts."""
    return bool(_CABINET.search(sentence) or _COUNTRY_ACTS.match(sentence))


def actor_of(sentence: str, span: Span, mentions: list[Mention], speaker: str | None, collective: bool = False) -> str:
    """Who makes the commitment: the body the sentence names as its subject, the cabinet, the writer's
    ministry for "ik" (and for "wij", unless the writer writes on behalf of several members of government:
    ``collective``, whose "wij" is the cabinet), the writer for a Kamer that is to be informed, else the cabinet."""
    s = sentence
    if speaker and _WITH_ME.match(s):
        return speaker      # the writer with another as the subject: "De Vereniging Hogescholen en ik hebben afgesproken …"
    named = named_actor(s, span, mentions) or _post_acts(s)
    if named:
        return named
    # the cabinet, unless the writer acts and the cabinet is named only in a clause ("Hierbij bied ik u de
    # reactie aan, …, waarbij ingegaan wordt op oplossingsrichtingen die volgens het kabinet aansluiten")
    if names_cabinet(s) and not (speaker and _FIRST_PERSON.search(" " + s) and not _COUNTRY_ACTS.match(s)
                                 and _cabinet_aside(s)):
        return GOVERNMENT
    if collective and _WE.search(" " + s) and not _I.search(" " + s):
        return GOVERNMENT
    if speaker and (_FIRST_PERSON.search(" " + s) or _KAMER_RECEIVES.search(s) or _KAMER_INFORMED.search(s)
                    or BARE_OFFICE.match(s)):
        # "ik", or the letter's writer, who sends what "u ontvangt", who informs the Kamer; a member of government
        # by office alone is the writer's department ("De staatssecretaris heeft toegezegd …")
        return speaker
    return speaker if speaker and re.search(r"\b(?:mijn|ons)\b", s, re.I) else GOVERNMENT


# the writer and another as the subject of a sentence: "De VNG en ik hebben afgesproken …", "Samen met gemeenten en ik"
_WITH_ME = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder|Tevens)\s+)?(?:[Dd]e|[Hh]et)\s+[^.;,]{2,80}?\s+en\s+ik\s+(?:hebben|zullen|gaan|"
                      r"werken|zijn|maken|spreken|starten|willen)\b")
# a member of government by office alone, as the sentence's subject (an item's dash before it): "De staatssecretaris
# heeft … toegezegd", "- De minister zegt toe …"
BARE_OFFICE = re.compile(r"\s*(?:[-•–]\s+)?(?:(?:Ook|Daarnaast|Verder|Tevens|Zo)\s+)?[Dd]e\s+(?:minister|staatssecretaris)\b"
                         r"(?!\s+(?:van|voor)\b)")
_WE = CaseFree(r"(?:^|[\s(,])(?:wij|we|ons|onze)\b")
_I = CaseFree(r"(?:^|[\s(,])(?:ik|mijn)\b")
# the Kamer to be informed, by the writer: "Uw Kamer wordt separaat geïnformeerd over de uitkomsten"
_KAMER_INFORMED = CaseFree(r"\b(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+(?:wordt|zal)\s+(?:[^.;]{0,80}?\s)?(?:geïnformeerd|worden\s+geïnformeerd)\b")


# a minister or state secretary whose post has no department of its name, as the one who acts: "De minister voor Rechtsbescherming
# stuurt …", "Ook zal de minister voor Medische Zorg …", "… wordt door de minister voor Klimaat en Energie …"
_POST_ACTS = re.compile(r"(?:^\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Zo)\s+)?|\b(?:door|zal|zullen|gaat|wil)\s+)[Dd]e\s+(?:minister\s+voor|staatssecretaris\s+van)\s+"
                        r"(?P<post>[A-Z][^.;:()]{2,80})")


def _post_acts(sentence: str) -> str | None:
    m = _POST_ACTS.search(sentence)
    return gz.post_ministry(m.group("post")) if m else None


_PASSIVE_AFTER = re.compile(r"\s+(?:is|zijn|wordt|worden|werd|werden)\s+(?:\w+\s+){0,3}(?:ge(?!start\b)\w+|gevraagd)\b")


def acting_as(key: str) -> str:
    """Who a body acting is: the cabinet for the council of ministers ("De ministerraad besluit …"), else itself."""
    return GOVERNMENT if key in gz.cabinet_bodies() else key


def named_actor(sentence: str, span: Span, mentions: list[Mention]) -> str | None:
    """A ministry or body named as the sentence's acting subject: "De minister van SZW streeft",
    "Ook onderzoekt het CJIB", not "... is door het CJIB onderzocht" nor the Tweede Kamer."""
    s = sentence
    inside = [m for m in mentions if span.start <= m.span.start < span.end]
    for m in inside:
        if m.type != "Ministry":
            continue
        before = s[:m.span.start - span.start]
        # a member of government who acts, wherever the sentence names them: "… wordt door de minister van
        # BZK geïnformeerd", "In aanloop naar Prinsjesdag zal de staatssecretaris van BZK …"; a ministry in
        # brackets after the subject that acts: "Het deelprogramma X (J&V) onderzoekt …"
        if _OFFICE_ACTS.search(before) or len(before) < 100 and before.rstrip().endswith("(") \
                and _PROMISE_NEXT.match(s[m.span.end - span.start:].lstrip(" )")):
            return m.key
    for m in inside:
        if m.type in ("Ministry", "Organisation") and m.span.start - span.start < 80:
            before = s[:m.span.start - span.start].lower()
            after = s[m.span.end - span.start:m.span.end - span.start + 40]
            # the subject opening the sentence, with or without its article, and followed by more than a
            # full stop ("Het CJIB onderzoekt", "Dienst Toeslagen past … aan", not a heading that is a
            # body's name); or the subject after the verb ("Ook onderzoekt het CJIB")
            # ("Mijn collega van Financiën zal …": the member of government of that ministry)
            if re.search(r"^\s*(?:\d{1,2}[.)]\s+|[-•]\s+)?(?:(?:ook|daarnaast|tevens|verder|zo|in \d{4})\s+)?(?:(?:de|het)\s+(?:minister|staatssecretaris|ministerie)?\s*(?:van\s+)?|(?:mijn|onze)\s+collega(?:'s)?\s+(?:van|voor)\s+)?$", before) \
                    and after.strip(" .") or \
               re.search(r"\b(?:onderzoekt|verkent|start|gaat|zal|wil)\s+(?:de|het)\s+(?:(?:minister|staatssecretaris|ministerie)\s+van\s+)?$", before) or \
               _VERB_SECOND.search(before):
                if _PASSIVE_AFTER.match(after) or re.match(r"[-\w)]", after):
                    continue      # done to it, part of a longer word ("CBS-cijfers"), or the end of brackets
                # not a body with a ministry in brackets after it, but a body with its own abbreviation: "De Raad
                # voor Rechtsbijstand (RvR) start …"
                own = any(x.key == m.key and m.span.end < x.span.start <= m.span.end + 3 for x in inside)
                if not re.match(r"\s*\(", after) or m.type == "Ministry" or own:
                    if m.key.startswith("organisation:oorg10002"):   # the Tweede Kamer does not promise
                        continue
                    return acting_as(m.key)
    # a bill or programme that ends in a ministry's letters, as the subject: "Het wetsvoorstel proactieve
    # dienstverlening SZW wil …" is that ministry's
    for m in inside:
        if m.type in ("Law", "Programme") and _SUBJECT_OPENING.match(s[:m.span.start - span.start]):
            last = m.surface.split()[-1]
            hit = gz.ministries().find(last)
            if len(m.surface.split()) > 1 and hit and hit[0].start == 0 and hit[0].end == len(last):
                return hit[0].key
    return None


# the subject right after the verb, when the sentence opens with when or why: "In 2026 opent DJI twee locaties",
# "Om dit op te lossen opent het CJIB …", "Vanaf januari biedt het UWV …"
_VERB_SECOND = re.compile(r"^\s*(?:in\s+\d{4}|vanaf\s+[^,]{2,30}?|om\s+[^,]{2,60}?\s+te\s+\w+|daarom|daarnaast|binnenkort|"
                          # … or with the point it makes in a list: "Ten derde start DJI dit jaar met de bouw …"
                          r"ten\s+(?:eerste|tweede|derde|vierde|vijfde|slotte)|ook|verder|tevens|vervolgens|tot\s+slot|bovendien|"
                          r"op\s+dit\s+moment|momenteel|inmiddels|nu|"
                          r"dit\s+jaar|volgend\s+jaar|komend\s+jaar|na\s+de\s+zomer|voor\s+de\s+zomer)[,]?\s+"
                          r"(?!(?:is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd)\b)[a-z]{3,}t\s+(?:de\s+|het\s+)?$")
_OFFICE_ACTS = CaseFree(r"\b(?:door|zal|zullen|gaat|gaan|wil|willen|informeert|informeren|stuurt|zendt|komt|komen|heeft|hebben|"
                          # … or the subject of a clause: "Een voorbeeld is dat de minister van VRO … wil maken"
                          r"(?:is|zijn)\s+dat|"
                          # the letter a member of government writes: "in een brief over X van de minister van JenV"
                          r"(?:kamer|voortgangs)?brief\b[^.;]{0,60}?\bvan)\s+(?:de\s+)?"
                          r"(?:minister|staatssecretaris|ministers|staatssecretarissen)\s+(?:van|voor)\s+$")
_NOTE_INSIDE = re.compile(r"\n[ ]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ ][^\n]*(?=\n)")


def quote(text: str, span: Span) -> str:
    """The sentence on one line, without a footnote that a page break set inside it (the span, and the
    annotation's exact text, keep it)."""
    return re.sub(r"\s+", " ", _NOTE_INSIDE.sub(" ", text[span.start:span.end])).strip()


def concerns(sp: Span, mentions: list[Mention]) -> tuple[str, ...]:
    """The laws, programmes and organisations a statement's sentence names."""
    return tuple(sorted({m.key for m in mentions if sp.start <= m.span.start < sp.end
                         and m.type in ("Law", "Programme", "Organisation")}))
