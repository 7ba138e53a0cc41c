"""Offices as documents write them, mapped to the registry's offices; posts and their places.

"The Ambassador in the Soviet Union", "the President's Assistant for National Security
Affairs", "Soviet General Secretary": each names an office whose holder on the document's
date is the person meant. The registry keeps offices as (title, country) with dates
(``Office``); this table leads from the words to them. The first phrase that matches wins, so
the more specific come first.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "The American Ambassador" with no post named: the one in Moscow, unless the paper says which
# post it speaks of (``pipeline.people`` asks its header).
AMERICAN_AMBASSADOR = ("Ambassador to the Soviet Union", "US")
# (pattern over the office as written, (registry title, country)). Country None: the one the
# words name, else the document's.
OFFICE_PHRASES = [
    (
        # (not the Deputy Assistant's office: "Brent Scowcroft, Deputy Assistant to the
        # President for National Security Affairs" in 1975 was Kissinger's deputy)
        r"(?<!Deputy )\bAssistant to the President for National Security Affairs|"
        r"(?<!Deputy )\bPresident['’ʼ]s Assistant for National Security Affairs|"
        r"\bNational Security Advis[eo]r|\bSpecial Assistant (?:to the President )?for "
        r"National Security Affairs",
        ("National Security Adviser", "US"),
    ),
    (
        r"\bDeputy Assistant to the President for National Security Affairs|"
        r"\bPresident['’ʼ]s Deputy Assistant for National Security Affairs",
        ("Deputy National Security Adviser", "US"),
    ),
    (r"\bPress Secretary\b", ("White House Press Secretary", "US")),
    (r"^(?:the\s+)?Legal\s+Advis[eo]r$", ("Legal Adviser", "US")),  # the Department's
    (r"\bVice[- ]President\b", ("Vice President", "US")),
    (r"\bPresident[- ]elect\b", ("President-elect", "US")),
    # ("Eyes only Acting Secretary": in the Department's traffic, the Secretary of State's)
    (
        r"\bActing Secretary of State\b|^(?:the\s+)?Acting\s+(?:Secretary|Secy?\.?)$",
        ("Acting Secretary of State", "US"),
    ),
    (r"\bDeputy Secretary of State\b", ("Deputy Secretary of State", "US")),
    # The Deputy Under Secretaries: another office than the Under Secretary's.
    *[
        (
            rf"\bDeputy Under Secretary of State for {field}\b",
            (f"Deputy Under Secretary of State for {field}", "US"),
        )
        for field in ("Political Affairs", "Economic Affairs", "Administration", "Management")
    ],
    (r"\bDeputy Under Secretary(?: of State)?\b", ("Deputy Under Secretary of State", "US")),
    (
        r"\bUnder Secretary of State for Political Affairs\b",
        ("Under Secretary of State for Political Affairs", "US"),
    ),
    (
        # not "Under Secretary of the Army" or "of the Treasury": other departments'
        r"(?<!Deputy )\bUnder Secretary(?: of State)?\b(?! of (?:the )?(?:Army|Navy|Air|Treasury|"
        r"Defense|Commerce|Agriculture|Labor|Interior))|^Under Sec(?:t)?y\.?$",  # "Under Secy."
        ("Under Secretary of State", "US"),
    ),
    (
        r"\bSecretary of State for Foreign Affairs\b|\bForeign Secretary\b",
        ("Foreign Secretary", "UK"),
    ),
    (
        r"\bAssistant Secretary of State for European Affairs\b",
        ("Assistant Secretary of State for European Affairs", "US"),
    ),
    (
        # not "Assistant Secretary of State for ...": another office
        r"(?<!Assistant )(?<!Deputy Assistant )\bSecretary of State(?: of the USA)?\b|"
        r"^(?:the\s+)?(?:Secretary|Secy?|Secty|SecState)$",  # "the Sec said": notes of a call
        ("Secretary of State", "US"),
    ),
    (r"\bDeputy Secretary of Defense\b", ("Deputy Secretary of Defense", "US")),
    (r"\bSecretary of Defense\b", ("Secretary of Defense", "US")),
    (r"\bSecretary of the Treasury\b", ("Secretary of the Treasury", "US")),
    # Those the NSC's minutes of the 1950s and 1960s list as present, by office
    *[
        (rf"(?<!Under )(?<!Assistant )\b{title}\b", (title, "US"))
        for title in (
            "Secretary of the Army",
            "Secretary of the Navy",
            "Secretary of the Air Force",
            "Secretary of Commerce",
            "Secretary of War",  # the Army's, to 1947
        )
    ],
    (r"\bDirector for Mutual Security\b", ("Director for Mutual Security", "US")),
    # "the Director, Foreign Operations Administration", as the minutes write them
    *[
        (rf"\bDirector,? (?:of the )?{agency}\b", (f"Director of the {agency}", "US"))
        for agency in (
            "Foreign Operations Administration",
            "International Cooperation Administration",
            "Office of Defense Mobilization",
            "Office of Civil and Defense Mobilization",
            "Office of Management and Budget",
        )
    ],
    (
        r"\bDirector,? (?:of the )?Bureau of the Budget\b|\bBudget Director\b",
        ("Director of the Bureau of the Budget", "US"),
    ),
    (
        r"\bDirector,? (?:of the )?(?:U\.\s?S\.|United States) Information Agency\b|"
        r"\bDirector,? USIA\b",
        ("Director of the United States Information Agency", "US"),
    ),
    (
        r"\bChief of Staff,? (?:of the )?(?:U\.\s?S\.\s+)?Army\b|\bArmy Chief of Staff\b",
        ("Chief of Staff of the Army", "US"),
    ),
    (
        r"\bChief of Staff,? (?:of the )?(?:U\.\s?S\.\s+)?Air Force\b|"
        r"\bAir Force Chief of Staff\b",
        ("Chief of Staff of the Air Force", "US"),
    ),
    (r"\bChief of Naval Operations\b", ("Chief of Naval Operations", "US")),
    (
        r"\bCommandant,? (?:of the )?(?:U\.\s?S\.\s+)?Marine Corps\b",
        ("Commandant of the Marine Corps", "US"),
    ),
    (
        r"\bDeputy Executive Secretary,? (?:of the )?(?:NSC|National Security Council)\b",
        ("Deputy Executive Secretary of the National Security Council", "US"),
    ),
    (
        r"(?<!Deputy )\bExecutive Secretary,? (?:of the )?(?:NSC|National Security Council)\b",
        ("Executive Secretary of the National Security Council", "US"),
    ),
    (
        r"\bChairman,? (?:of the )?Atomic Energy Commission\b",
        ("Chairman of the Atomic Energy Commission", "US"),
    ),
    # Eisenhower's "The Assistant to the President" (Adams, then Persons): his chief of staff
    (r"^(?:the\s+)?Assistant to the President$", ("White House Chief of Staff", "US")),
    # (an Assistant or Deputy Attorney General holds another office)
    (
        r"(?<!Assistant )(?<!Deputy )(?<!Associate )\bAttorney General\b|\bMinister of Justice\b|"
        r"^(?:the\s+)?Atty\.?\s+Gen(?:eral|\.)?$",  # a cable's "From Atty General."
        ("Attorney General", "US"),
    ),
    (
        r"\bDeputy Director of Central Intelligence\b|\bDDCI\b",
        ("Deputy Director of Central Intelligence", "US"),
    ),
    (r"\bDirector of Central Intelligence\b|\bDCI\b", ("Director of Central Intelligence", "US")),
    # The CIA's deputy directors, as its own papers name them by office symbol ("DD/I") or with
    # the directorate in parentheses ("Deputy Director (Intelligence)").
    (
        r"\bDeputy Director (?:(?:for|of) |\()Intelligence\b|\bDD/?I\b",
        ("Deputy Director for Intelligence", "US"),
    ),
    (r"\bDeputy Director (?:(?:for|of) |\()Plans\b|\bDD/?P\b", ("Deputy Director for Plans", "US")),
    (
        r"\bDeputy Director (?:(?:for|of) |\()Science and Technology\b|\bDD/S\s?&\s?T\b",
        ("Deputy Director for Science and Technology", "US"),
    ),
    (
        r"\bDeputy Director (?:(?:for|of) |\()Support\b|\bDD/?S\b",
        ("Deputy Director for Support", "US"),
    ),
    (
        r"\bD/ONE\b|\bDirector,? (?:of the )?Office of National Estimates\b|"
        r"\bChairman of the Board of National Estimates\b",
        ("Chairman of the Board of National Estimates", "US"),
    ),
    (
        r"\bChairman(?:,| of the) Joint Chiefs\b|\bJCS Chairman\b",
        ("Chairman of the Joint Chiefs of Staff", "US"),
    ),
    (
        r"\bChargé(?: d['’]Affaires)? (?:in|to) (?:the Soviet Union|the USSR|Moscow)\b",
        ("Chargé d'Affaires ad interim to the Soviet Union", "US"),
    ),
    (
        r"\b(?:American|U\.\s?S\.|United States) Ambassador(?: to (?:Moscow|the Soviet "
        r"Union|the USSR|the U\.S\.S\.R\.))?|"
        r"\bAmbassador (?:in|to) (?:the Soviet Union|the USSR|the U\.S\.S\.R\.|Moscow)\b",
        AMERICAN_AMBASSADOR,
    ),
    (
        r"\bSoviet Ambassador\b|\bAmbassador of the (?:Soviet Union|USSR)\b|\bUSSR Ambassador\b",
        ("Ambassador to the United States", "USSR"),
    ),
    (r"\bBritish Ambassador\b", ("Ambassador to the United States", "UK")),
    (
        r"\b(?:Representative|Ambassador) (?:at|to) the (?:United Nations|U\.N\.|UN)\b",
        ("Ambassador to the United Nations", None),
    ),
    (
        r"\b(?:U\.N\.|UN|United Nations) Secretary[- ]General\b|\bSecretary[- ]General "
        r"of the (?:United Nations|U\.N\.|UN)\b|"
        r"\bGeneral Secretary of the (?:U\.N\.|UN|United Nations)\b|"
        r"^(?:the\s+)?Secretary[- ]General$",
        ("Secretary-General of the United Nations", "UN"),
    ),
    (r"\bGeneral Secretary\b", ("General Secretary of the Communist Party", "USSR")),
    (
        r"\bFirst Secretary of the (?:Central Committee|Communist Party|CPSU)\b",
        ("First Secretary of the Communist Party", "USSR"),
    ),
    (
        r"\bChairman of the Presidium\b|\bPresident of the Presidium\b",
        ("Chairman of the Presidium of the Supreme Soviet", "USSR"),
    ),
    (
        r"\bChairman of the Council of Ministers\b|\bSoviet Premier\b|\bhead of the "
        r"Soviet [Gg]overnment\b|^(?:the\s+)?Chairman$",
        ("Chairman of the Council of Ministers", "USSR"),
    ),
    (
        r"\bFirst Deputy (?:Foreign )?Minister\b",
        ("First Deputy Minister of Foreign Affairs", "USSR"),
    ),
    (
        r"\bDeputy (?:Foreign )?Minister(?: of Foreign Affairs)?\b",
        ("Deputy Minister of Foreign Affairs", "USSR"),
    ),
    (
        r"\bForeign Minister\b|\bMinister (?:of|for) Foreign Affairs\b|\bForeign "
        r"Commissar\b|\bPeople['’]s Commissar for Foreign Affairs\b|"
        r"\bFor?nMin\b",  # a cable's abbreviation ("FONMIN" in capitals, "FornMin.")
        ("Minister of Foreign Affairs", None),
    ),
    (r"\bPrime Minister\b|^(?:the\s+)?PM$|\bPri?Min\b", ("Prime Minister", None)),
    # The Shah by his title alone (in a name, "Mohammad Reza Shah Pahlavi", it names him)
    (
        r"^(?:His\s+Imperial\s+Majesty,?\s+|H\.\s?I\.\s?M\.\s+)?(?:the\s+)?"
        r"Shah(?:anshah)?(?:\s+of\s+Iran)?$",
        ("Shah", "IR"),
    ),
    # The Federal Chancellor; the registry holds no other (the Exchequer's is written out).
    (r"(?i)^(?:the\s+)?(?:(?:West\s+)?German\s+|Federal\s+)?Chancellor$", ("Chancellor", "FRG")),
    (
        r"^(?:the\s+)?(?:President|Pres)$|\bPresident of the United States\b|"
        r"\bU\.\s?S\.\s+President\b|\bAmerican President\b",
        ("President", "US"),
    ),
]
OFFICES = [(re.compile(p, re.I), office) for p, office in OFFICE_PHRASES]

NATIONALITY_WORDS = {
    "soviet": "USSR",
    "ussr": "USSR",
    "russian": "USSR",
    "u.s.s.r.": "USSR",
    "british": "UK",
    "uk": "UK",
    "u.k.": "UK",
    "french": "FR",
    "american": "US",
    "u.s.": "US",
    "us": "US",
}
NATIONALITY = re.compile(  # "U.S." ends at its full stop, where \b finds no word's end
    r"\b(Soviet|USSR|U\.S\.S\.R\.|Russian|British|UK|U\.K\.|French|American|U\.S\.|US)(?:\b|(?<=\.))"
)


SERVED = re.compile(r"\b(?:to|of|for)\s+(?:the\s+)?$", re.I)
AMBASSADOR_AT_POST = re.compile(
    r"\b(?:American|U\.\s?S\.|United States)\s+Ambassador\s+(?:to|in)\s+"
    r"(?P<country>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)
# An ambassador by his post alone, the editors' way: "The Ambassador in Greece", "Ambassador to
# Zaire" (not "the Soviet Ambassador in Greece", which says whose).
AMBASSADOR_IN = re.compile(
    r"^(?:[Tt]he\s+)?(?:Ambassador|Amb\.?)\s+(?:in|to)\s+"
    r"(?P<country>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})$"
)
# Countries by the names of their time, and the registry's name for the post now.
COUNTRY_NOW = {
    "Zaire": "the Democratic Republic of the Congo",
    "the Congo": "the Democratic Republic of the Congo",
    "Ceylon": "Sri Lanka",
    "Dahomey": "Benin",
    "Upper Volta": "Burkina Faso",
    "the Khmer Republic": "Cambodia",
    "Kampuchea": "Cambodia",
    "Great Britain": "the United Kingdom",
    "Britain": "the United Kingdom",
    "England": "the United Kingdom",
    "the UK": "the United Kingdom",
    "the Federal Republic of Germany": "Germany",
    "West Germany": "Germany",
    "the Federal Republic": "Germany",
    "Siam": "Thailand",
    "Persia": "Iran",
    "the Ivory Coast": "Côte d'Ivoire",
    "Ivory Coast": "Côte d'Ivoire",
    "the Malagasy Republic": "Madagascar",
    "the United Arab Republic": "Egypt",
    "the UAR": "Egypt",
    "the Republic of Korea": "Korea",
    "South Korea": "Korea",
    "the Republic of China": "China",
    "Nationalist China": "China",
    "Vietnam": "South Vietnam",  # the editors' "Vietnam" of 1954–75; the registry's is later
    "the Republic of Vietnam": "South Vietnam",
    "Tanganyika": "Tanzania",
    "Holland": "the Netherlands",
    "Netherlands": "the Netherlands",
    "Philippines": "the Philippines",
}
POSTED_ELSEWHERE = re.compile(
    r"\b(?:Soviet|USSR|British|Chinese|East\s+German|GDR|Polish|Czechoslovak|Hungarian|"
    r"Romanian|Bulgarian|Cuban|French|Indian)\s+Ambassador\s+(?:in|to)\s+(?!the\s+United\s+"
    r"(?:States|Nations)\b|the\s+U\.?\s?S\.?(?:A\.?)?\b|the\s+U\.?N\.?\b|America\b|Washington\b)"
    r"(?:the\s+)?[A-Z]"
)
SOVIET_POST = re.compile(r"(?:Moscow|the Soviet Union|the USSR|the U\.S\.S\.R)")


@lru_cache(maxsize=4096)  # a pure function asked about the same few phrases again and again
def office_of(written: str) -> tuple[str, str | None] | None:
    """The registry office (title, country) an office as written names, or None."""
    text = " ".join(written.replace("’", "'").split())
    post = AMBASSADOR_AT_POST.search(text)
    if post and not SOVIET_POST.fullmatch(post["country"]):
        # "U.S. Ambassador to Brazil": the post named, the American there ("in Tokyo": Japan)
        post_country = COUNTRY_OF_CAPITAL.get(post["country"], post["country"])
        return f"Ambassador to {post_country}", "US"
    if POSTED_ELSEWHERE.search(text):
        # "the Soviet Ambassador in the DPRK", "USSR Ambassador in the Republic of Cuba": another
        # country's envoy at a third post, no office the registry holds (not the one in Washington)
        return None
    for pattern, (title, country) in OFFICES:
        # "Private Secretary to Prime Minister" holds no premiership: an office served is not held.
        held = [m for m in pattern.finditer(text) if not SERVED.search(text[: m.start()])]
        if held:
            if country is None:
                m = NATIONALITY.search(text)
                country = NATIONALITY_WORDS.get(m.group(1).lower()) if m else None
            if ACTING.search(text[: held[0].start()]) and not title.startswith("Acting"):
                # "the Acting Director of Central Intelligence" is not the Director: the one
                # who acted (``matcher.ACTING_FOR``), or no one known
                return f"Acting {title}", country
            return title, country
    post = AMBASSADOR_IN.match(text)
    if post and post["country"] not in ("the United States", "the U.S.", "the USA"):
        # "The Ambassador in Greece (MacVeagh)": the editors' American envoy at that post, under
        # the name the registry gives the country now ("in Zaire": the Congo's)
        country = COUNTRY_OF_CAPITAL.get(post["country"], post["country"])
        return f"Ambassador to {COUNTRY_NOW.get(country, country)}", "US"
    foreign = FOREIGN_AMBASSADOR.search(text)
    if foreign and not SERVED.search(text[: foreign.start()]):
        # "the Iranian Ambassador" in the American records: his country's envoy to the U.S.
        code = country_code(NATIONALITIES[foreign.group(1)])
        return ("Ambassador to the United States", code) if code else None
    return None


def office_alone(written: str) -> bool:
    """Whether the words are an office and nothing else ("His Imperial Majesty the Shahanshah
    of Iran"): no name in them."""
    text = " ".join(written.replace("’", "'").split())
    return any(pattern.fullmatch(text) for pattern, _ in OFFICES)


ACTING = re.compile(r"\bActing\s+$", re.I)


# A nation's adjective, as FRUS writes it ("the Chilean Ambassador", "Romanian Side:"), and the
# nation.
NATIONALITIES = {
    "Romanian": "Romania",
    "Polish": "Poland",
    "Czechoslovak": "Czechoslovakia",
    "Hungarian": "Hungary",
    "Bulgarian": "Bulgaria",
    "Yugoslav": "Yugoslavia",
    "Cuban": "Cuba",
    "Vietnamese": "Vietnam",
    "Korean": "Korea",
    "Japanese": "Japan",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Indonesian": "Indonesia",
    "Egyptian": "Egypt",
    "Israeli": "Israel",
    "Iranian": "Iran",
    "Turkish": "Turkey",
    "Greek": "Greece",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Mongolian": "Mongolia",
    "Finnish": "Finland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Portuguese": "Portugal",
    "Irish": "Ireland",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Venezuelan": "Venezuela",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Thai": "Thailand",
    "Philippine": "Philippines",
    "Australian": "Australia",
    "Saudi": "Saudi Arabia",
    "Jordanian": "Jordan",
    "Syrian": "Syria",
    "Lebanese": "Lebanon",
    "Iraqi": "Iraq",
    "Afghan": "Afghanistan",
    "Ethiopian": "Ethiopia",
    "Moroccan": "Morocco",
    "Algerian": "Algeria",
    "Nigerian": "Nigeria",
    "Burmese": "Burma",
    "Laotian": "Laos",
    "Cambodian": "Cambodia",
    "Libyan": "Libya",
    "Tunisian": "Tunisia",
    "Sudanese": "Sudan",
    "Somali": "Somalia",
    "Somalian": "Somalia",
    "Kenyan": "Kenya",
    "Tanzanian": "Tanzania",
    "Ugandan": "Uganda",
    "Ghanaian": "Ghana",
    "Guinean": "Guinea",
    "Senegalese": "Senegal",
    "Malian": "Mali",
    "Liberian": "Liberia",
    "Congolese": "Congo",
    "Zairian": "Zaire",
    "Zambian": "Zambia",
    "Rhodesian": "Rhodesia",
    "South African": "South Africa",
    "Kuwaiti": "Kuwait",
    "Yemeni": "Yemen",
    "Cypriot": "Cyprus",
    "Maltese": "Malta",
    "Albanian": "Albania",
    "Icelandic": "Iceland",
    "Nepalese": "Nepal",
    "Ceylonese": "Ceylon",
    "Malaysian": "Malaysia",
    "Bolivian": "Bolivia",
    "Paraguayan": "Paraguay",
    "Uruguayan": "Uruguay",
    "Ecuadorian": "Ecuador",
    "Guatemalan": "Guatemala",
    "Honduran": "Honduras",
    "Nicaraguan": "Nicaragua",
    "Salvadoran": "El Salvador",
    "Panamanian": "Panama",
    "Costa Rican": "Costa Rica",
    "Dominican": "Dominican Republic",
    "Haitian": "Haiti",
    "Jamaican": "Jamaica",
    "New Zealand": "New Zealand",
    "Netherlands": "Netherlands",
    "Luxembourg": "Luxembourg",
    "Malayan": "Malaysia",
    "Sri Lankan": "Ceylon",
}


# Posts named in headings and the places their telegrams were sent from.
POSTS = [
    (r"\b(?:in|to) the Soviet Union\b|\bin the USSR\b|\bMoscow\b|\bin Russia\b", "Moscow"),
    (r"\bat the United Nations\b|\bto the United Nations\b|\bUSUN\b|\bin New York\b", "New York"),
    (
        r"\bDepartment of State\b|\bSecretary of State\b(?!.*\bat\b)|\bWhite House\b|"
        r"^(?:the\s+)?Central Intelligence Agency\b|"
        r"^(?:the\s+)?President\b|\bin Washington\b",
        "Washington",
    ),
    (r"\bin the United Kingdom\b|\bin London\b|\bin Great Britain\b", "London"),
    (r"\bin France\b|\bin Paris\b", "Paris"),
    (r"\bat Geneva\b|\bin Geneva\b", "Geneva"),
    (r"\bin Germany\b|\bin Bonn\b", "Bonn"),
    (r"\bin Poland\b|\bin Warsaw\b", "Warsaw"),
    (r"\bin Japan\b|\bin Tokyo\b", "Tokyo"),
    (r"\bin China\b|\bin Peking\b|\bin Beijing\b", "Beijing"),
]
# Embassies elsewhere, by the capital their telegrams of 1945–80 were sent from (where it did
# not move in those years), as FRUS spells it.
CAPITALS = {
    "Egypt": "Cairo", "the United Arab Republic": "Cairo", "Greece": "Athens",
    "Turkey": "Ankara", "Iran": "Tehran", "Iraq": "Baghdad", "Israel": "Tel Aviv",
    "Jordan": "Amman", "Lebanon": "Beirut", "Syria": "Damascus", "India": "New Delhi",
    "Indonesia": "Djakarta", "Korea": "Seoul", "the Republic of Korea": "Seoul",
    "Vietnam": "Saigon", "Viet-Nam": "Saigon", "Laos": "Vientiane", "Cambodia": "Phnom Penh",
    "Thailand": "Bangkok", "Burma": "Rangoon", "the Philippines": "Manila", "Italy": "Rome",
    "Spain": "Madrid", "Portugal": "Lisbon", "Belgium": "Brussels",
    "the Netherlands": "The Hague", "Austria": "Vienna", "Switzerland": "Bern",
    "Sweden": "Stockholm", "Norway": "Oslo", "Denmark": "Copenhagen", "Finland": "Helsinki",
    "Yugoslavia": "Belgrade", "Czechoslovakia": "Prague", "Hungary": "Budapest",
    "Romania": "Bucharest", "Bulgaria": "Sofia", "Cuba": "Havana", "Mexico": "Mexico City",
    "Chile": "Santiago", "Argentina": "Buenos Aires", "Canada": "Ottawa",
    "Ethiopia": "Addis Ababa", "Ghana": "Accra", "Afghanistan": "Kabul", "Ceylon": "Colombo",
    "the Republic of China": "Taipei", "Ireland": "Dublin", "Iceland": "Reykjavik",
    "Zaire": "Kinshasa", "Colombia": "Bogotá", "Venezuela": "Caracas", "Peru": "Lima",
    "Ecuador": "Quito", "Bolivia": "La Paz", "Uruguay": "Montevideo", "Paraguay": "Asunción",
    "Guatemala": "Guatemala City", "Honduras": "Tegucigalpa", "El Salvador": "San Salvador",
    "Nicaragua": "Managua", "Costa Rica": "San José", "Haiti": "Port-au-Prince",
    "Jamaica": "Kingston", "Saudi Arabia": "Jidda", "Kuwait": "Kuwait", "Morocco": "Rabat",
    "Algeria": "Algiers", "Tunisia": "Tunis", "Sudan": "Khartoum", "Kenya": "Nairobi",
    "Uganda": "Kampala", "Tanzania": "Dar es Salaam", "Guinea": "Conakry", "Senegal": "Dakar",
    "Mali": "Bamako", "Niger": "Niamey", "Zambia": "Lusaka", "Nigeria": "Lagos",
    "Liberia": "Monrovia", "the Ivory Coast": "Abidjan", "Cameroon": "Yaoundé",
    "Nepal": "Kathmandu", "Bangladesh": "Dacca", "Sri Lanka": "Colombo",
    "Malaysia": "Kuala Lumpur", "Singapore": "Singapore", "Australia": "Canberra",
    "New Zealand": "Wellington", "Cyprus": "Nicosia", "Luxembourg": "Luxembourg",
    "Mongolia": "Ulan Bator",
}  # fmt: skip
POSTS += [(rf"\bin {re.escape(country)}\b", capital) for country, capital in CAPITALS.items()]
COUNTRY_OF_CAPITAL = {capital: country for country, capital in CAPITALS.items()} | {
    "Tokyo": "Japan", "Paris": "France", "London": "the United Kingdom", "Bonn": "Germany",
    "Warsaw": "Poland", "Peking": "China",
}  # fmt: skip
POST_PATTERNS = [(re.compile(p), place) for p, place in POSTS]
# The registry's code for the country of a post, where its offices are the host's ("the
# PriMin" in a telegram from the Embassy in Israel is Israel's Prime Minister).
COUNTRY_CODES = {
    "Egypt": "EG", "the United Arab Republic": "EG", "Greece": "GR", "Turkey": "TR",
    "Iran": "IR", "Iraq": "IQ", "Israel": "IL", "Jordan": "JO", "Lebanon": "LB", "Syria": "SY",
    "India": "IN", "Pakistan": "PK", "Indonesia": "ID", "Korea": "ROK",
    "the Republic of Korea": "ROK", "Vietnam": "RVN", "Viet-Nam": "RVN", "Laos": "LA",
    "Cambodia": "KH", "Thailand": "TH", "Burma": "MM", "the Philippines": "PH", "Italy": "IT",
    "Spain": "ES", "Portugal": "PT", "Belgium": "BE", "the Netherlands": "NL", "Austria": "AT",
    "Switzerland": "CH", "Sweden": "SE", "Norway": "NO", "Denmark": "DK", "Finland": "FI",
    "Yugoslavia": "YU", "Czechoslovakia": "CS", "Hungary": "HU", "Romania": "RO",
    "Bulgaria": "BG", "Cuba": "CU", "Mexico": "MX", "Chile": "CL", "Argentina": "AR",
    "Canada": "CA", "Ethiopia": "ET", "Ghana": "GH", "Afghanistan": "AF", "Ceylon": "LK",
    "the Republic of China": "ROC", "Ireland": "IE", "Iceland": "IS", "Japan": "JP",
    "France": "FR", "the United Kingdom": "UK", "Germany": "FRG", "Poland": "PL",
    "the Soviet Union": "USSR", "Mongolia": "MN", "Brazil": "BR", "Venezuela": "VE",
    "Colombia": "CO", "Peru": "PE", "Australia": "AU", "Saudi Arabia": "SA", "Morocco": "MA",
    "Algeria": "DZ", "Nigeria": "NG", "Libya": "LY", "Tunisia": "TN", "Sudan": "SD",
    "Somalia": "SO", "Kenya": "KE", "Tanzania": "TZ", "Uganda": "UG", "Guinea": "GN",
    "Senegal": "SN", "Mali": "ML", "Liberia": "LR", "the Congo": "CD", "Zaire": "CD",
    "Zambia": "ZM", "Rhodesia": "RH", "South Africa": "ZA", "Kuwait": "KW", "Yemen": "YE",
    "Cyprus": "CY", "Malta": "MT", "Albania": "AL", "Nepal": "NP", "Malaysia": "MY",
    "Bolivia": "BO", "Paraguay": "PY", "Uruguay": "UY", "Ecuador": "EC", "Guatemala": "GT",
    "Honduras": "HN", "Nicaragua": "NI", "El Salvador": "SV", "Panama": "PA",
    "Costa Rica": "CR", "the Dominican Republic": "DO", "Haiti": "HT", "Jamaica": "JM",
    "New Zealand": "NZ", "Luxembourg": "LU",
}  # fmt: skip


# The nations' adjectives as one alternation, for the patterns that look for them.
NATION_ADJECTIVES = "|".join(NATIONALITIES)
FOREIGN_AMBASSADOR = re.compile(rf"\b({NATION_ADJECTIVES})\s+Ambassador\b")


def country_code(nation: str) -> str | None:
    """The registry's code for a nation as NATIONALITIES names it ("Netherlands")."""
    return COUNTRY_CODES.get(nation) or COUNTRY_CODES.get(f"the {nation}")


# The cities of the posts, as a letterhead or a translation's head prints one alone.
POST_CITIES = {
    *CAPITALS.values(),
    *(place for _, place in POSTS),
    "Pyongyang", "Hanoi", "Havana", "Habana", "Prague", "Budapest", "Bucharest", "Sofia", "Berlin",
    "Peking", "Beijing",
}  # fmt: skip


# The country of an embassy's city, as an automated cable names the post ("FM AMEMBASSY BONN").
POST_COUNTRIES = {
    **{capital: country for country, capital in reversed(list(CAPITALS.items()))},
    "Moscow": "the Soviet Union", "London": "the United Kingdom", "Paris": "France",
    "Bonn": "Germany", "Warsaw": "Poland", "Tokyo": "Japan", "Peking": "China",
    "Beijing": "China",
    # as cables spell them, in capitals without accents: "FM AMEMBASSY BOGOTA"
    "Bogota": "Colombia", "Asuncion": "Paraguay", "San Jose": "Costa Rica", "Yaounde": "Cameroon",
    "Jakarta": "Indonesia", "Mexico": "Mexico", "Islamabad": "Pakistan", "Brasilia": "Brazil",
    "Dar Es Salaam": "Tanzania", "Guatemala": "Guatemala", "Panama": "Panama",
    "Santo Domingo": "the Dominican Republic", "Valletta": "Malta", "Tripoli": "Libya",
    "Mogadiscio": "Somalia", "Mogadishu": "Somalia", "Pretoria": "South Africa",
    "Cape Town": "South Africa", "Havana": "Cuba", "Habana": "Cuba", "Sanaa": "Yemen",
    "Berne": "Switzerland",
}  # fmt: skip


def country_of_post(city: str) -> str | None:
    """The country of a cable's post, in capitals: "NEW DELHI", or "MOSCOW" before the
    precedence ("MOSCOW IMMEDIATE")."""
    city = city.title()
    return POST_COUNTRIES.get(city) or POST_COUNTRIES.get(city.split(" ")[0])


# Where the embassy "in China" sat, by the last year it sat there: the war capital, the
# Nationalists' capital, Taipei, then Peking.
CHINA_SEATS = [(1945, "Chungking"), (1949, "Nanking"), (1978, "Taipei")]
IN_CHINA = re.compile(r"\bin China\b")
IN_GERMANY = re.compile(r"\bin Germany\b")
# the embassy, then the political adviser, sat in Berlin; the Federal Republic in Bonn from 1949
GERMANY_SEATS = [(1948, "Berlin")]
IN_THE_CONGO = re.compile(r"\bin the Congo\b(?!\s*\(Brazzaville\))")


def post_place(written: str | None, year: int | None = None) -> str | None:
    """Where a post named in a heading sits: "the Embassy in the Soviet Union" → Moscow; "the
    Ambassador in China" in the year given, if any (Nanking in 1948)."""
    if not written:
        return None
    if year and IN_CHINA.search(written):
        return next((seat for last, seat in CHINA_SEATS if year <= last), "Beijing")
    if year and IN_GERMANY.search(written):
        return next((seat for last, seat in GERMANY_SEATS if year <= last), "Bonn")
    if IN_THE_CONGO.search(written):
        # Léopoldville until it was renamed in 1966 (the editors' Congo of 1960–65, undated too)
        return "Kinshasa" if year and year > 1966 else "Leopoldville"
    for pattern, place in POST_PATTERNS:
        if pattern.search(written):
            return place
    return None


# Words that name an institution, never a person, when they head a correspondent.
INSTITUTION = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:U\.\s?S\.|United States|American|Soviet|USSR|British|French|CPSU|"
    r"CC\s+CPSU|(?-i:[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)))\s+)?"  # "the Chinese Embassy"
    r"(?:Embassy|Embassies|Department|Mission|Delegation|Legation|Consulate|Ministry|"
    r"MFA|Foreign\s+Ministry|Foreign\s+Office|"
    r"Government|Office|Offices|Posts?|Certain|All|Secretariat|Council|Committee|"
    r"Central\s+Intelligence\s+Agency|Stations?|"  # "to the Station in the Congo": the CIA's
    r"White\s+House|Kremlin|Central\s+Committee|"
    r"Politburo|Presidium|Leadership|Agency|Bureau|Staff|Headquarters|Command|Chiefs|"
    r"Directorate|Section|Division|Joint\s+Chiefs|National\s+Security\s+Council|"
    r"Special\s+Group|Policy\s+Planning\s+(?:Staff|Council)|Board\s+of\s+National\s+Estimates|"
    r"\d{2,3}\s+Committee|Departments)\b"
    # "the National Security Agency", "the United States Pacific Command"
    r"|^(?:the\s+)?(?-i:(?:[A-Z][a-z]+\s+){1,3})(?:Agency|Command|Commission|Administration)$"
)


def is_institution(written: str) -> bool:
    return bool(INSTITUTION.match(written.strip())) and "(" not in written
