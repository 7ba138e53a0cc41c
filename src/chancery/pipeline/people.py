"""People: find every reference to a person and link it to one identity of the registry.

Parties first (correspondents, participants, drafters), because they anchor the rest. When
the document is undated, the offices its named people held narrow down when it was written.
Then the text: offices standing for their holder ("the Secretary", resolved by the
document's own header, else by the office held then), titles with names ("President
Kennedy", "Mr. Menshikov", "Mrs. Rusk"), full names, and surnames alone where the document
or a dominant candidate makes them safe; names in the notes (not the source note's archival
citation); salutations. A name that matches nobody but is plainly a person's (a title or a
given name before it) becomes a person local to the archive, never dropped. Places,
institutions and ordinary words are never people (``authority.not_people``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from ..authority.events import written_after
from ..authority.matcher import (
    FAMILY_NAMES_SAID_FIRST,
    MONARCH_WORDS,
    OUT_OF_TIME,
    TITLE_OFFICES,
    Candidate,
    MatchContext,
    Matcher,
    days_between,
    fold,
    given_compatible,
    is_wife,
    name_tokens,
    ocr_distance,
    office_title_key,
    signs_as,
    skeleton,
)
from ..authority.not_people import PLACE_PHRASES, is_not_a_person, names_a_place, names_no_one
from ..authority.offices import (
    AMBASSADOR_IN,
    AMERICAN_AMBASSADOR,
    COUNTRY_CODES,
    COUNTRY_OF_CAPITAL,
    NATION_ADJECTIVES,
    NATIONALITIES,
    POSTED_ELSEWHERE,
    SOVIET_POST,
    country_code,
    country_of_post,
    is_institution,
    office_of,
)
from ..authority.registry import AuthorityPerson, earliest, holds_office, latest
from ..layouts.cable import cable_officers
from ..layouts.dateline import WEEKDAY_NAME
from ..layouts.letter import GENERIC_ADDRESS
from ..layouts.parties import COMRADE_PREFIX, KIND_BY, split_entry
from ..model import Document, Evidence, Flag, Mention, Party, Person
from ..record import local_person_id
from ..text_distance import edit_distance
from .dates import DAY_MONTH_YEAR, MONTH_DAY_YEAR, iso, month_number
from .noise import EMBASSY_WORD, INITIALS_ALONE, MONTHS
from .patterns import ACCENTED, CAPITAL_AT_WORD_START, whole_words

LINK_THRESHOLD = 0.6
WRAPPED_NAME_END = re.compile(r"[ \t]*\n[ \t]*(?P<word>[A-Z][\w'’-]+)\b")  # a line's first word
THE_BEFORE = re.compile(r"\b[Tt]he\s$")
IMPERATIVE_OBJECT = re.compile(r"\s+(?:the|a|an|this|these|those|our|your|all|following)\s")
COMRADE = re.compile(COMRADE_PREFIX)
WESTERN = {"US", "GB", "UK", "FR", "FRG", "CA", "IT"}  # registry countries no comrade is of
# A word before that makes the next one an ordinary noun or a verb ("ANY CASE", "THE READ-OUT",
# "AT HIS HOME", "I ALSO READ IT").
DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:any|the|a|an|this|these|each|every|some|such|its|our|my|your|their|his|her|at|"
    r"also|will|would|could|should|can|may|might|must|not|did|does)\s+$"
)
WEEKS_AFTER = 60  # days an undated paper is taken to follow the latest day it names
# The registry's country codes as the participants lists name sides: "Chile", "France", but
# "US", "USSR", "UK" as they are.
SIDE_LABELS = {
    code: nation.removeprefix("the ")
    for nation, code in reversed(COUNTRY_CODES.items())
    if code not in {"US", "USSR", "UK", "FRG", "GDR", "PRC", "DPRK", "ROC", "ROK"}
} | {"RVN": "South Vietnam"}
ARABIC_ARTICLE = r"(?:al|el|as|ash|ad)-"
NAME_WORD = (
    rf"(?:[A-Z](?![\w.'’])|[A-Z][a-z]?\.[ \t]?|[A-Z][A-Za-z{ACCENTED}'’ʼ-]*[a-z{ACCENTED}]"
    rf"[A-Za-z{ACCENTED}'’ʼ-]*|"
    r"[A-Z]{2,}(?![a-z])|(?:de|des|du|da|dos|das|do|del|von|van|der|la|le|e|y|bin|ibn)"
    r"(?=[ \t]+[A-Z])|"
    # an Arabic family name's article: "Anwar al-Sadat", "Hafez el-Assad"
    rf"{ARABIC_ARTICLE}[A-Z][a-z{ACCENTED}'’-]*[a-z{ACCENTED}])"
)
# Titles that stand before a name; offices among them make the mention a role.
HONORIFICS = (
    r"Mr|Mrs|Ms|Miss|Mme|Madame|Messrs|Sir|Lady|Lord|Comrade|Dr|Prof|Professor|Herr|Frau|"
    r"Monsieur|Signor|Señor|Senor|Señora|Senora"
)
OFFICE_TITLES = (
    r"(?:Vice\s+)?President(?:-elect)?|Chairman|Premier|Prime\s+Minister|"
    r"General\s+Secretary|First\s+Secretary|"
    r"Secretary(?:\s+of\s+(?:State|Defense|the\s+Treasury|Commerce|Agriculture|"
    r"the\s+Interior|Labor|the\s+Army|the\s+Navy|the\s+Air\s+Force))?|"
    r"(?:Under|Assistant|Deputy)\s+Secretary(?:\s+of\s+State)?|Press\s+Secretary|"
    # notes' short forms: "Secty Rusk", "Under Secy. Ball", "Asst. Secy. Bundy"
    r"(?:Under\s+|Asst\.\s+|Assistant\s+|Deputy\s+)?Sec(?:re)?t?y\.?(?=[ \t])|"
    r"For?n[Mm]in\.?|"  # a cable's "FonMin Gromyko", "FornMin. Bessmertnykh"
    r"Ambassador|Amb\.|(?:Deputy\s+|First\s+Deputy\s+)?(?:Foreign\s+)?Minister|"
    r"Foreign\s+Secretary|(?:Vice\s+|Foreign\s+)?Commissar|Senator|Sen\.|Congressman|"
    r"Representative|Governor|Gov\.|(?:Deputy\s+)?Mayor|"
    r"(?:Lt\.\s+|Lieutenant\s+|Maj\.\s+|Major\s+|Brig\.\s+)?General|Gen\.|Admiral|"
    r"Adm\.|(?:Field\s+)?Marshal|Colonel|Col\.|Major|Captain|Capt\.|"
    r"Chancellor|King|Queen|Shah|Emperor|Crown\s+Prince|Pope|Cardinal|(?:Arch)?[Bb]ishop|"
    r"Attorney\s+General|Justice|"
    r"Judge|Generalissimo|Director(?:\s+of\s+Central\s+Intelligence)?|DCI|Chargé|"
    # a cable's: "SYG LUNS", "UK PERMREP KILLICK", "USAID ADMINISTRATOR PARKER", "FONMIN SOARES"
    r"Syg|Permrep|Administrator|Fon[Mm]in|Pri?[Mm]in"
)
MODIFIERS = (
    r"(?:(?:the\s+late|former|then|acting|Soviet|American|U\.\s?S\.|US|USSR|British|French|"
    r"German|Chinese|Cuban|Presidential|Deputy|First|Vice|JCS)\s+)*"
)
# Where a title may start: TITLED is tried only at these words (a cheap scan finds them).
TITLE_START = re.compile(
    whole_words(
        """Mr Mrs Ms Miss Mme Madame Messrs Sir Lady Lord Comrade Dr Prof Professor Herr Frau
        Monsieur Signor the(?=\\s+late\\b) former then acting Soviet American U US USSR British
        French German Chinese Cuban Presidential Deputy First Vice JCS President Chairman Premier
        Prime General Secretary Secty Secy Asst Under Assistant Press Ambassador Amb Foreign
        Minister Commissar
        Senator Sen Congressman Representative Governor Gov Mayor Lt Lieutenant Maj Major Brig Gen
        Admiral Adm Field Marshal Colonel Col Captain Capt Chancellor King Queen Shah Emperor
        Crown Pope Cardinal Archbishop Bishop Attorney Justice Judge Generalissimo Director DCI
        Chargé Syg Permrep
        Administrator FonMin Fonmin FornMin PriMin Primin PrMin Prmin""".split()
    )
)
TITLED = re.compile(
    rf"\b(?=[A-Zfta])(?P<title>(?:{HONORIFICS})\.?|{MODIFIERS}(?:{OFFICE_TITLES}))[ "
    rf"\t]+(?P<name>(?:{NAME_WORD}[ \t]?){{0,3}}{NAME_WORD})"
)
# A full name: a given name or initials, then more name words ("Nikita S. Khrushchev", "A.A.
# Gromyko").
# Space within a name: a line may wrap inside it, a blank line may not.
NAME_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
# (a Wade-Giles name's first word may hold an apostrophe: "Ch'iao Kuan-hua"; a given name, a
# capital: "McGeorge Bundy", "DeWitt Clinton")
FULL_NAME = re.compile(
    rf"(?P<name>{CAPITAL_AT_WORD_START}(?:\.[ \t]?(?:[A-Z]\.[ \t]?){{0,2}}[A-Z][a-z][\w'’-]*[a-z]|"
    rf"(?:[a-z]{{1,2}}[A-Z])?[a-z]+(?:['’][a-z]+)?"
    rf"(?:{NAME_SPACE}(?:[A-Z]\.|[A-Z][a-z][\w'’-]*|de|van|von|de la|bin|ibn)){{0,4}}"
    rf"{NAME_SPACE}(?:{ARABIC_ARTICLE})?[A-Z][a-z][\w'’-]*[a-z]))"
)
# Where a second name begins inside a run of name words: a given name and initial after
# another name ("Karl E. Mundt Hugh D. Scott", "Wayne Morse Thomas J. Dodd"), or a
# new line after a whole name.
SECOND_NAME = re.compile(
    r"[a-z](?P<cut>\s+)(?=[A-Z][a-z]+\s+[A-Z]\.\s)|"
    r"^[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]{2}[\w'’-]*(?P<cut2>[ \t]*\n\s*)"  # one name a line
)
INVERTED = re.compile(
    r"\b(?P<surname>[A-Z][a-z]+),\s+(?P<given>[A-Z][a-z]+)\s+(?P<initials>(?:[A-Z]\.\s?){1,2})"
)
# A capitalised word; a footnote marker left glued to it ("Eisenhower2") is not part of it.
WORD = re.compile(  # "Perón", "Gomułka": accented letters are a name's too
    rf"{CAPITAL_AT_WORD_START}(?:[a-z{ACCENTED}][A-Za-z{ACCENTED}’'ʼ-]*[a-z{ACCENTED}]"
    rf"(?=\d{{0,2}}\b)|[A-Z]{{3,}}\b)"
)
# Titles in the plural before several names: "Generals Eisenhower and Clark", "Senators Lausche,
# Hickenlooper, and Russell".
PLURAL_TITLE_WORDS = (
    "Generals",
    "Senators",
    "Ambassadors",
    "Messrs",
    "Admirals",
    "Congressmen",
    "Governors",
    "Secretaries",
    "Comrades",  # a Soviet record's "Comrades Tikhonov, Kirilenko, Dolgikh"
)
PLURAL_TITLED = re.compile(
    rf"\b(?P<title>{'|'.join(PLURAL_TITLE_WORDS[:3])}|Messrs\.?|"
    rf"{'|'.join(PLURAL_TITLE_WORDS[4:])})\s+"
    r"(?P<names>[A-Z][A-Za-z'’-]+(?:\d{0,2})(?:,?\s+(?:and\s+)?[A-Z][A-Za-z'’-]+\d{0,2}){1,5})"
)
LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")
# A name as the subject of speech ("Godfrey advised", "Warner reported that"): a person.
SPEAKS = re.compile(
    r"^\d{0,2}\s+(?:(?:then|also|again|later|subsequently|further|\w+ly)\s+)?(?:said|"
    r"says|stated|reported|noted|advised|added|asked|"
    r"replied|remarked|pointed\s+out|commented|explained|observed|suggested|told|"
    r"called|urged|agreed|recalled|emphasized|"
    r"indicated|expressed|thought|believed|felt|wrote|wanted|promised|proposed|tabled|"
    r"recounted|briefed|gave|requested|"
    r"received|cautioned|warned|announced|declared|insisted|replied|responded|inquired|"
    r"reiterated|confirmed|mentioned)\b"
)
LIKENESS_WORDS = {"style", "type", "like", "era"}
# a cable's offices: "the PriMin" (and as the recasing of a cable in capitals leaves them)
# (listed, so that a plain search for them can come before the pattern's scan)
CABLE_OFFICE_WORDS = (
    "PrMin", "PriMin", "PRMIN", "PRIMIN", "Prmin", "Primin", "FonMin", "FONMIN", "Fonmin",
    "FornMin",
)  # fmt: skip
CABLE_ABBREVIATIONS = "|".join(CABLE_OFFICE_WORDS)
# "the Secretary", "the Soviet Ambassador", "Mr. Chairman", "The PM": an office standing for its
# holder.
ROLE_TEXT = re.compile(
    # Begins with its letters, not \b, so that re skips to them (see pipeline.patterns).
    r"[TtM](?<!\w[TtM])(?:(?<=[Tt])he\s+"
    r"(?:(?:U\.N\.|UN|Soviet|American|U\.\s?S\.|British|French)\s+)?(?:"
    # "the Iranian Ambassador": a nation's envoy
    rf"(?:{NATION_ADJECTIVES})\s+Ambassador(?!\s+[A-Z])|"
    r"Secretary\s+of\s+State(?:\s+of\s+the\s+USA)?|Secretary[- "
    r"]General(?:\s+of\s+the\s+(?:U\.N\.|UN|United\s+Nations))?|"
    # (the Secretary of any department but State is no "Secretary": "the Secretary of War")
    r"Secretary(?!\s+(?:of\b|General|[A-Z]))|"
    r"President-elect|Vice\s+President(?!\s+[A-Z])|"
    r"President(?!\s+(?:of\s+(?!the\s+United\s+States)|[A-Z]))|"
    r"Under\s+Secretary(?:\s+of\s+State)?(?!\s+[A-Z])|"
    # "the American Ambassador to Moscow": the post is part of the office as written
    r"Ambassador(?:\s+(?:to|in)\s+(?:Moscow|Washington|the\s+Soviet\s+Union|the\s+USSR|"
    r"the\s+United\s+States))?(?!\s+[A-Z])|"
    r"DCI|Director\s+of\s+Central\s+Intelligence|General\s+Secretary(?!\s+[A-Z])|"
    r"Chairman(?:\s+of\s+the|,)\s+Joint\s+Chiefs(?:\s+of\s+Staff)?|"
    # those an NSC meeting's record lists as present (authority.offices has them; the Budget's
    # Director is left to the lists of participants: read in running text he cost a set-aside
    # figure)
    r"(?:Director|Chairman)(?:,\s+|\s+of\s+the\s+)(?:"
    r"Atomic\s+Energy\s+Commission|Office\s+of\s+Defense\s+Mobilization|"
    r"Foreign\s+Operations\s+Administration|(?:U\.S\.|United\s+States)\s+Information\s+Agency)|"
    r"Chief\s+of\s+Naval\s+Operations|Chief\s+of\s+Staff(?:,|\s+of\s+the)\s+(?:U\.S\.\s+)?"
    r"(?:Army|Air\s+Force)|"
    # (an American board's or committee's chairman is no "the Chairman" of a Soviet record)
    r"Chairman(?!\s+[A-Z]|(?:,|\s+of\s+the)\s+(?:Atomic|Council\s+of\s+Economic|Federal|"
    r"Senate|House|National|Policy|Board|Joint|JCS|President['’]s))|"
    r"Prime\s+Minister(?!\s+[A-Z])|PM|Chancellor(?!\s+[A-Z])|"
    r"Premier(?!\s+[A-Z])|"  # "The Premier suggested": the premier the record names so
    rf"{CABLE_ABBREVIATIONS}|"
    r"Sec(?:y\b|\b)(?!\.?\s+(?:of\b|[A-Z]))|Pres\b(?!\.?\s+[A-Z])|"  # "the Sec said"
    r"Foreign\s+Minister(?!\s+[A-Z])|"
    r"Minister\s+of\s+Foreign\s+Affairs(?:\s+of\s+the\s+USSR)?|"
    r"First\s+Deputy\s+Foreign\s+Minister|Charg[ée]\s+d[’']\s?Affaires(?!\s+[A-Z])|"
    r"Director(?!\s+(?:of\s+(?!Central)|[A-Z]))|General(?!\s+[A-Z])|"
    r"Marshal(?!\s+[A-Z])|Generalissimo|Attorney\s+General(?!\s+[A-Z])|"
    r"Legal\s+Advis[eo]r(?!\s+[A-Z])|"  # the Department's lawyer, whichever way it is spelt
    # "the Shah", "the King": a sovereign by his throne alone ("the Shah of Iran" is read as
    # his name is, not counted a role: the seeds' gold does not)
    r"(?:Shah|King|Queen|Emperor)(?!\s+(?:of\b|[A-Z]))|"
    r"(?:Deputy\s+(?=Secretary\s+of\s+Defense))?"
    r"Secretary\s+of\s+(?:Defense|the\s+Treasury|War|the\s+(?:Navy|Army|Air\s+Force))(?!\s+[A-Z])|"
    r"head\s+of\s+the\s+Soviet\s+[Gg]overnment|"
    r"acting\s+General\s+Secretary\s+of\s+the\s+U\.N\.|"
    r"President['’ʼ]s\s+Assistant\s+for\s+National\s+Security\s+Affairs)\b"
    r"|(?<=M)(?:r\.|adame)\s+(?:Chairman|General\s+Secretary|President|Secretary|"
    r"Foreign\s+Minister|Ambassador|Prime\s+Minister)\b)"
)
# The CIA's offices by their symbols, standing for their holders (authority.offices has them).
OFFICE_SYMBOL = re.compile(  # its letter first, so that re skips to it (see pipeline.patterns)
    r"D(?<![\w/]D)(?:D/S\s?&\s?T|D/[IPS]|/ONE|DCI|DI|DP|CI)(?![\w/&])"
    r"(?!\s+\d+/\d|\s+(?:Files?|Directives?|Chrono)\b)"  # "DCI 1/1", "DCI File": papers
)
# "Telegram From the Department of State to the Embassy in the Soviet Union", "... From the
# Embassy in France to the Department of State".
CABLE_POST = re.compile(rf"(?m)^(?P<way>TO|FM)\s+{EMBASSY_WORD}\s+(?P<city>[A-Z]+(?: [A-Z]+)?)\b")
EMBASSY_IN_TITLE = re.compile(
    r"\b(?P<way>[Tt]o|[Ff]rom) the (?:Embassy|Legation) in "
    r"(?P<country>(?:the )?[A-Z][\w]+(?: [A-Z][\w]+)*)"
)
# The head of a post abroad by his post: "The Ambassador in Argentina", "The Chargé in Guatemala".
HEAD_OF_POST_IN = re.compile(
    r"^(?:[Tt]he\s+)?(?:Ambassador|Amb\.?|Charg[ée](?:\s+d['’]\s?Affaires)?|Minister)\s+"
    r"(?:in|to)\s+(?P<country>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})$"
)
# "The President" with nothing that says whose: "PRESIDENT", "the President's".
UN_SECRETARY_GENERAL = ("Secretary-General of the United Nations", "UN")
OF_NATO = re.compile(
    r"\s+of\s+(?:the\s+)?(?:NATO|North\s+Atlantic\s+(?:Treaty\s+Organization|Council))\b"
)
BARE_PRESIDENT_WORDS = re.compile(r"(?i)(?:the\s+)?president(?:['’]s)?")
# An office in capitals in a mixed-case text, after "the" or "by": an estimate's cover ("Submitted
# by the DIRECTOR OF CENTRAL INTELLIGENCE"), a form's printed line.
CAPITALS_OFFICE = re.compile(
    r"\b(?:the|THE|by|BY)\s+(?P<office>(?:DEPUTY\s+|ACTING\s+)?(?:DIRECTOR|SECRETARY)\s+OF\s+"
    r"(?:CENTRAL\s+INTELLIGENCE|STATE|DEFENSE|THE\s+TREASURY))\b"
)
# A cable's abbreviated offices stand for their holders with or without the article.
CABLE_OFFICE = re.compile(rf"\b(?:{CABLE_ABBREVIATIONS})\b")
# The CIA's release stamps, old and new: "CIA-RDP80B01676R...", "Approved for Release: 2017/09/07
# C00985960".
CIA_RELEASE = re.compile(r"CIA-RDP\d|(?i:approved\s+for\s+release):?\s*\d{4}/\d\d/\d\d\s+C\d{8}")
# A letterhead that is an office, on a line of its own over a letter ("THE UNDER SECRETARY OF
# STATE" / "WASHINGTON"): its holder, named by his office.
LETTERHEAD_OFFICE = re.compile(r"^[ \t]*(THE[ \t]+[A-Z][A-Z .,'’]+?)[ \t]*$", re.MULTILINE)
LETTERHEAD_CHARS = 1500  # how far into the text a letterhead stands
# Telegraphic style drops the article: "message from President", "For Secretary".
TELEGRAPHIC_ROLE = re.compile(
    whole_words("from for to that by with From For".split()) + r"\s+(?P<role>President|"
    r"Secretary)(?=[\s.,;:]+(?![A-Z]|of\b))"
)
# A cable's paragraph that opens with what the Secretary did: "1. SECRETARY RECEIVED FONMIN
# SOARES", "SECRETARY THEN STATED THAT ...".
SECRETARY_ACTS = re.compile(
    # the word first, what stands before it looked behind: re skips to the word
    r"(?P<role>Secretary)(?:(?<=^Secretary)|(?<=\d\.\sSecretary)|(?<=[.;]\sSecretary))"
    r"(?=\s+(?:then\s+|also\s+)?[a-z]+ed\b)",
    re.MULTILINE,
)
# A telegram drops the article anywhere: "which President called offensive", "President
# regards exchange of letters", "President’s message" (not "Vice President", "President of
# Finland", "President Kennedy").
BARE_PRESIDENT = re.compile(
    # the word first, what stands before it looked behind: re skips to the word
    r"(?P<role>President)(?<![Tt]he President)(?<!Vice President)(?<!Vice-President)"
    r"(?<![\w-]President)(?=['’]s\b|\b)"
    r"(?!['’]s\s+[A-Z])(?!\s+(?:of\b(?!\s+the\s+United\s+States)|[A-Z]|-?elect))"
)
ADDRESSEE_SALUTATION = re.compile(
    r"(?m)^\s*[\"“]?(?P<whole>(?:My\s+)?(?:Dear|Esteemed|"
    r"Respected)\s+(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|"
    r"To\s+(?P<office>(?:President|Chairman|General\s+Secretary|"
    r"Prime\s+Minister)\s+[A-Z][\w.]*))\s*[:,]"
)
# A paper that quotes a letter says whom it goes to: "text of message to Gursel from President",
# "send a special letter to President Diem".
LETTER_ADDRESSED = re.compile(
    r"\b(?i:letter|message|reply|note)\s+(?:(?i:from)\s+(?:the\s+)?President(?:\s+[A-Z][a-z]+)?\s+)?"
    r"(?i:to)\s+"
    r"(?:(?:President|Prime\s+Minister|Chairman|General\s+Secretary|King|Shah|Premier)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\b(?!\s+(?:Embassy|Government|House)\b)"
)
AGENCY_OFFICE = re.compile(r"Central Intelligence|Deputy Director for|National Estimates")
# The editors' pointer to where another paper is printed, up to its full stop.
TEXT_POINTER = re.compile(r"\bFor\s+(?:the\s+)?texts?\s+of\b[^.]*")
# An editors' note that identifies a person: his name, a comma, then his office or who he was
# ("K. P. S. Menon, Secretary, Indian Ministry of External Affairs."; "Ratan Kumar Nehru, Special
# Secretary"; "John Q. Doe, a correspondent of ...").
IDENTIFYING_NOTE = re.compile(
    # ("W. Bradley Connors, Officer in Charge of ...": an initial, then given name and surname)
    r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+)?|"
    r"[A-Z][a-z]+(?:\s[A-Z]\.)?"
    r"(?:\s[A-Z][a-z]+){1,2}),\s(?:the\s|an?\s|(?:then\s)?[A-Z][a-z]+\b)"
)
# A ministry named after "Minister" in a telegram's shorthand: "Minister Justice Mwamba".
PORTFOLIO = re.compile(
    r"(?:Justice|Education|Information|Interior|Defen[cs]e|Finance|Agriculture|Labou?r|Health|"
    r"Commerce|Economy|Trade|Planning|Transport|Mines|Public\s+Works)\s+(?=[A-Z])"
)
INITIALS_WORD = re.compile(r"\b[A-Z]{3,4}\b")
# Words of an archive's series and files, which no person's name holds.
ARCHIVE_WORDS = {"papers", "presidential", "files", "collection", "offices", "records", "archives"}
# A name followed by a word that makes it a place or an institution: "Lenin Hills", "Blair House".
NAMED_THING = re.compile(
    r"^['’]?s?\s+(?:Hills?|Street|Square|Avenue|Airport|Prize|Library|Museum|"
    r"Foundation|Fund|Doctrine|Plan|Administration|"
    r"Hall|House|Center|Centre|University|College|Institute|Line|River|Sea|Bay|Island|"
    r"Islands|Dam|Bridge|Memorial|"
    r"Committee|Commission|Report|Papers|File|Files|Collection|Series|Library|"
    r"Presidential|Act|Amendment|Amendments|amendments?|doctrine|plan|"  # "Tower amendment"
    r"Corporation|Company|Associates|Brothers|Peninsula|Heights|Cathedral|Palace|Hospital|"
    r"Hotel|Building|"
    r"Stadium|Award|Medal|Lectures?|Assassination|Appointment|Diary|Diaries|"
    # in capitals, as a catalogue or a form writes them ("KENNEDY ASSASSINATION RECORDS ACT")
    r"ASSASSINATION|LIBRARY|ACT|PAPERS|FILES?|COLLECTION|DOCTRINE|PLAN|ADMINISTRATION|"
    r"AIRPORT|MEMORIAL|FOUNDATION|CENTER)\d{0,2}\b"  # (a note's marker may follow: "amendment4")
)
# An office, then its holder between commas: "The Soviet Chargé, Nikolai V. Novikov, called".
APPOSITION = re.compile(r",[ \t]+")
APPOSITION_CLOSED = re.compile(
    r",(?![ \t]+(?:and\b|[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){0,3}(?:,|[ \t]+and\b)))"
)
# An office named after the one it serves: "Special Assistant to the President".
OFFICE_TO = re.compile(r"\b(?:Assistant|Adviser|Advisor|Counsel|Counsellor|Aide)\s+to\s+$")
# A paper's writer or reader before a surname: "memorandum from ", "letter to ", "from Doe to ".
PAPER_BETWEEN = re.compile(
    r"\b(?i:memorandum|letter|message|note|telegram|cable)\s+(?:from|to)\s+$|"
    r"\bfrom\s+(?P<other>[A-Z][a-z][\w'’-]*)\s+to\s+$"
)
# Words of time either side of "from ... to": "from Summer to Winter", "from Monday to Friday".
TIME_WORDS = re.compile(rf"(?:{MONTHS}|{WEEKDAY_NAME}|Spring|Summer|Autumn|Fall|Winter)$")
TIME_BEFORE = re.compile(r"\d[:.]?\d\d[ \t]*$")  # "12:00 Noon" (on the same line)
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")
# Words that open a clause, never a name: "Now Brandt has decided", "Then Schmidt said".
CLAUSE_STARTS = {
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "this", "that",
    "these", "there", "now", "then", "also", "thus", "here", "today", "perhaps", "meanwhile",
    "later", "again", "but", "and", "so", "yet", "still", "when", "while", "if", "as", "since",
    "once", "even", "indeed", "however", "moreover", "finally", "next", "already", "clearly",
}  # fmt: skip
# Words of time that follow a surname in a cable's capitals ("SMITH EARLY NEXT WEEK"): in mixed
# case the capital says "Stephen Early" is a name; in capitals nothing does.
TIME_AFTER_NAME = {"early", "late", "today", "tomorrow", "tonight", "yesterday", "soon"}


def paper_between(before: str) -> bool:
    """Whether the words before a surname make it a paper's writer or reader ("a memorandum
    from", "from Thompson to"; not "from Moscow to Adler", a journey)."""
    m = PAPER_BETWEEN.search(before)
    if not m:
        return False
    # ("from Summer to Winter": ordinary words either side)
    other = m["other"]
    return not (
        other and (names_a_place(other) or is_not_a_person(other) or TIME_WORDS.match(other))
    )


def people(doc: Document, matcher: Matcher, file_dates: tuple[str, str] | None = None) -> Document:
    """Find, link and place the document's people. ``file_dates`` are the dates of the papers
    around it in the same file, for an undated one (see ``dates_around``)."""
    span = (doc.date_range[0], doc.date_range[1]) if doc.date_range else None
    context = MatchContext(date=doc.date, period=span)
    linker = Linker(doc, matcher, context)
    named = [p for p in party_list(doc) if not is_role_only(p)]
    for party in named:  # named parties first: they anchor roles and salutations
        # an undated enclosure's "The American Ambassador (Dunn)": the holder of the papers' time
        in_office = party.role and not doc.date and not span and file_dates
        context.period = file_dates if in_office else span
        linker.party(party)
    context.period = span
    linker.scan_names()
    linker.scan_notes()
    linker.scan_surnames()
    if doc.date and dated_after_its_people(doc.date, context.known, matcher):
        set_aside_date(doc)
        context.date = None
    if not doc.date and not narrow(doc.date_range):
        narrowed = after_events(
            within(period_of(doc, matcher, context, linker.titles), weeks_after_latest_day(doc)),
            written_after(doc.text),
        )
        if narrowed:
            context.period = narrowed
            linker.note_surnames_again()
    linker.scan_officers()
    linker.initialled_writer()
    # The header's offices alone ("FROM: Director of Central Intelligence") are read in the time
    # of the papers around an undated one; its text's roles keep to its own evidence.
    own_period = context.period
    if not doc.date and file_dates:
        context.period = within(own_period, file_dates)
    for party in party_list(doc):
        if is_role_only(party):
            linker.party(party)
    context.period = own_period
    linker.scan_roles()
    linker.majesty()
    linker.scan_note_roles()
    linker.scan_surnames()  # again: the roles may have named the person a surname is of
    linker.salutations()
    linker.surnames_named_in_full()
    linker.honorifics_follow_full_names()
    linker.flag_unsigned_telegram()
    linker.unlink_out_of_time()
    linker.drop_no_ones()
    doc.mentions = sorted(linker.mentions, key=lambda m: (m.start, m.end))
    drop_unknown_correspondents(doc)
    drop_unresolved_offices(doc)
    doc.persons = linker.persons()
    assign_sides(doc, matcher)
    return doc


# A sign-off of initials alone on its line near the end: "DA", "D.A.", "J.F.D."
INITIALS_SIGN_OFF = re.compile(rf"(?m)^[ \t]*(?P<initials>{INITIALS_ALONE})[ \t]*$")
SIGN_OFF_REACH = 400  # characters at a paper's end its sign-off stands in
# Offices whose holders sign their notes with initials.
INITIALLING_OFFICES = (
    "Secretary of State",
    "Under Secretary of State",
    "Secretary of Defense",
    "Director of Central Intelligence",
    "Assistant to the President for National Security Affairs",
)


PEOPLE_FOR_A_DATE = 3  # people of the registry a document must name to call its date late
YEARS_AFTER_THEIR_TIME = 15  # a date this long after all of them left office is not the paper's


def dated_after_its_people(day: str, known: set[str], matcher: Matcher) -> bool:
    """Whether a date falls long after every one of the document's people was at work: a blog's
    or a web page's date over a record of the 1960s ("Saturday, November 10, 2007" over a
    call of President Johnson's), not the record's."""
    ends = [span[1] for pid in known if (span := matcher.active.get(pid))]
    return len(ends) >= PEOPLE_FOR_A_DATE and int(day[:4]) > max(ends) + YEARS_AFTER_THEIR_TIME


def set_aside_date(doc: Document) -> None:
    """Keep a date the people stage found implausible as a flag, not as the document's date."""
    evidence = doc.evidence.pop("date", None)
    doc.flags.append(
        Flag(
            "date-after-its-people",
            f"the date {doc.date} ({doc.date_basis or 'as read'}) falls long after every person "
            f"the document names was in office; it is not taken as the document's date",
            evidence.start if evidence else -1,
            evidence.end if evidence else -1,
        )
    )
    doc.date, doc.date_basis = None, None


def drop_unknown_correspondents(doc: Document) -> None:
    """A sender or addressee named only by an office nobody could be found to hold ("For the
    Chargé", undated), or a signature that is no one's name, is no person: it leaves the
    correspondents, and a flag keeps the words."""
    signature = doc.evidence.get("sender")
    signed = bool(signature and "signature" in signature.basis)

    def unknown(party: Party) -> bool:
        if party.person_id is None:
            return True
        # A signature line that names nobody known is a cut-off word, not a signer ("THE NEC").
        return (
            party is doc.sender
            and signed
            and party.person_id.startswith("local:")
            and party.as_written.isupper()
        )

    for party in [p for p in [doc.sender, *doc.recipients] if p and unknown(p)]:
        doc.flags.append(
            Flag(
                "unresolved-correspondent",
                f"{party.as_written!r} names no one the registry or the document identifies",
                party.start,
                party.end,
            )
        )
    if doc.sender and unknown(doc.sender):
        doc.sender = None
    # "The Acting Secretary" of the heading and "For Acheson" of the text are one addressee.
    seen: set[str] = set()
    kept = []
    for party in doc.recipients:
        if not unknown(party) and party.person_id not in seen:
            seen.add(party.person_id or "")
            kept.append(party)
    doc.recipients = kept


def drop_unresolved_offices(doc: Document) -> None:
    """A participant named by an office nobody was found to hold ("The Director of the Bureau
    of the Budget" in minutes no one could date) is no person: it leaves the participants, and
    a flag keeps the words."""
    for party in [p for p in doc.participants if p.person_id is None and is_role_only(p)]:
        doc.flags.append(
            Flag(
                "unresolved-participant",
                f"{party.as_written!r} names an office whose holder was not found",
                party.start,
                party.end,
            )
        )
    doc.participants = [p for p in doc.participants if p.person_id or not is_role_only(p)]


def party_list(doc: Document) -> list[Party]:
    parties = [*doc.participants, *doc.recipients]
    for party in (doc.sender, doc.drafted_by, doc.approved_by):
        if party:
            parties.append(party)
    return parties


def without_address(text: str) -> str:
    """ "Mr. President" → "President": the salutation's address before an office."""
    return re.sub(r"^(?:Mr\.?|Mister|Madame|Madam)\s+(?=[A-Z])", "", text)


def is_role_only(party: Party) -> bool:
    """A party named by office alone ("The Secretary", "For Ambassador", "the President’s
    Assistant for National Security Affairs"): the layouts found no name in it."""
    text = without_address(party.name.strip().rstrip(","))
    return (
        party.name == party.as_written
        # "(Kohler)" names the holder; "(Intelligence)" is the CIA's directorate
        and not re.search(r"\((?!(?:Intelligence|Plans|Support|Science)\b)[A-Z]", text)
        and (
            office_of(text) is not None
            or fold(text).removeprefix("the ").rstrip(".")
            in ("ambassador", "amb", "general", "chairman", "charge")
            or bool(
                re.match(
                    r"The\s+(?:[A-Z][\w.-]*\s+){0,3}(?:Ambassador|Chief|Minister|Secretary|"
                    r"Director|Counselor|Chargé|Assistant|Chairman|Commandant|Administrator|"
                    r"Attorney|Adviser|Advisor|Counsel|Officer|Commissioner|Comptroller|"
                    r"Inspector|Representative)\b",  # "the Military Liaison Officer"
                    text,
                )
            )
        )
    )


def period_of(
    doc: Document,
    matcher: Matcher,
    context: MatchContext,
    titles: dict[str, set[str]] | None = None,
) -> tuple[str, str] | None:
    """When an undated document was written, from its people: the years in which everyone the
    header names with an office held that office (a strong bound), and within them the time
    in which the most of those the text calls by a title ("Ambassador Menshikov") held an
    office of that title (a past holder named by his old title, "President Kennedy" in a
    memcon of 1965, is outvoted, not a contradiction); else the years most of its people held
    office. A wider bound the document already has (a volume's years) stays a limit."""
    # Someone the header describes by a post none of his registry offices is called ("Chief of
    # USA Division", later a Deputy Minister) held those at another time: no evidence.
    elsewhere = {
        p.person_id
        for p in party_list(doc)
        if p.person_id in matcher.by_id
        and p.role
        and not office_of(p.role)
        and not held_such_post(matcher.by_id[p.person_id], p.role)
    }
    people = {pid for pid in context.known if pid in matcher.by_id and pid not in elsewhere}
    # ("Secretary Shultz" under "Treasury" is a Secretary of some department, which the text
    # reads as State only where nothing else is said: no bound on the paper's time)
    listed = {
        p.person_id: office
        for p in party_list(doc)
        if p.person_id in matcher.by_id
        and p.role
        and not BARE_SECRETARY.fullmatch(p.role.strip())
        and (office := office_of(p.role) or registry_office(p.role, matcher))
    }

    def side(p: Party) -> str | None:
        person = matcher.by_id.get(p.person_id or "")
        return p.side or (person.country if person else None)

    sides = {side(p) for p in doc.participants} - {None}
    for p in doc.participants:
        # "Amb. Stoessel" at U.S.–Soviet talks is the U.S. Ambassador to the Soviet Union (and a
        # Soviet "Amb." the Soviet Ambassador to the United States), whatever other posts he held.
        if (
            p.person_id in matcher.by_id
            and p.person_id not in listed
            and p.role
            and re.match(r"(?i)amb(?:assador|\.)", p.role)
            and sides >= {"US", "USSR"}
        ):
            listed[p.person_id] = (
                ("Ambassador to the Soviet Union", "US")
                if side(p) == "US"
                else ("Ambassador to the United States", "USSR")
            )
    low, high = (
        (context.period[0], context.period[1]) if context.period else ("1900-01-01", "2030-12-31")
    )
    spans = []
    for pid, (title, country) in listed.items():
        held = [
            o
            for o in matcher.person(pid).offices
            if o.title == title and (country is None or o.country == country)
        ]
        if held:
            spans.append(years_held(held))
    titled = []
    for pid, words in (titles or {}).items():
        if pid in listed or pid not in matcher.by_id:
            continue
        for word in words:
            kinds = TITLE_OFFICES.get(word, [])
            held = [
                o
                for o in matcher.by_id[pid].offices
                if any(o.title == t and (c is None or o.country == c) for t, c in kinds)
            ]
            if held:
                titled.append(years_held(held))
    if spans or titled:
        start = max([low, *(a for a, _ in spans)])
        end = min([high, *(b for _, b in spans)])
        if start <= end:
            start, end = most_covered(titled, start, end) or (start, end)
            # Within those years, the years most of its other people held office narrow it on
            # (Khrushchev as Chairman, 1958–64, with Eisenhower's staff secretary: 1958–61).
            if narrow([start, end]):
                return start, end  # a year at most: a count by whole years would only cut it
            most = busiest_years(people, matcher, start, end)
            return (max(start, most[0]), min(end, most[1])) if most else (start, end)
    most = busiest_years(people, matcher, low, high)
    return most


def after_events(
    period: tuple[str, str] | None, earliest_day: str | None
) -> tuple[str, str] | None:
    """The years its people give an undated paper, from the latest event it names on ("their
    agreement at Potsdam" in a paper of 1939–45: from the summer of 1945); an event after them
    all leaves them be."""
    if period and earliest_day and period[0] < earliest_day <= period[1]:
        return earliest_day, period[1]
    return period


def within(period: tuple[str, str] | None, weeks: tuple[str, str] | None) -> tuple[str, str] | None:
    """The years an undated paper's people held office, narrowed to the weeks after the latest
    day it names when those weeks fall in them (a note on Khrushchev and Eisenhower, 1953–61,
    that cites a bulletin of August 1958 is of the autumn of 1958)."""
    if period and weeks:
        start, end = max(period[0], weeks[0]), min(period[1], weeks[1])
        return (start, end) if start <= end else period
    return period or weeks


FILE_DAYS = 120  # days either side of the neighbouring papers' dates


def weeks_after_latest_day(doc: Document) -> tuple[str, str] | None:
    """An undated paper its people do not place looks back on days just before it was written
    ("the report dated June 3, 1962"): it is taken to be of the weeks after the latest
    day its text names, within any bound it already has. Only offices are resolved by this;
    the document is given no date."""
    days = [
        day
        for m in (*MONTH_DAY_YEAR.finditer(doc.text), *DAY_MONTH_YEAR.finditer(doc.text))
        if (day := iso(int(m["year"]), month_number(m["month"]), int(m["day"])))
    ]  # ("DCI Meetings with the President, 1 January–31 March 1963": a folder's last day)
    if not days:
        return None
    start = max(days)
    end = (date.fromisoformat(start) + timedelta(days=WEEKS_AFTER)).isoformat()
    if doc.date_range:
        start, end = max(start, doc.date_range[0]), min(end, latest(doc.date_range[1]))
    return (start, end) if start <= end else None


def dates_around(documents: list[Document], index: int) -> tuple[str, str] | None:
    """The months around the dated papers just before and after an undated one in the same
    file: a covering memorandum and its enclosure, or the papers of one folder, were written
    within weeks of each other, so an office the undated one names ("FROM: Director of Central
    Intelligence") is resolved in their time. None when the paper is dated or none near it is."""
    if documents[index].date:
        return None

    def days_of(doc: Document) -> list[str]:  # its date, or the days a file number allows
        return [doc.date] if doc.date else list(doc.date_range or [])

    before = next((days_of(d) for d in reversed(documents[:index]) if days_of(d)), [])
    after = next((days_of(d) for d in documents[index + 1 :] if days_of(d)), [])
    days = [date.fromisoformat(d[:10]) for d in (*before, *after) if d and len(d) >= 10]
    if not days:
        return None
    margin = timedelta(days=FILE_DAYS)
    return ((min(days) - margin).isoformat(), (max(days) + margin).isoformat())


def registry_office(role: str, matcher: Matcher) -> tuple[str, None] | None:
    """An office the registry's posts name word for word ("the Assistant Secretary of State for
    Near Eastern and South Asian Affairs (Talbot)"), however hyphenated ("the Ambassador at Large
    (Jessup)" for "Ambassador-at-Large")."""
    title = re.sub(r"^[Tt]he\s+", "", " ".join(role.split(",")[0].split()))
    title = matcher.title_as_written.get(office_title_key(title), title)
    return (title, None) if title in matcher.by_title else None


def held_such_post(person: AuthorityPerson, role: str) -> bool:
    """Whether one of the person's registry offices is called by the role's first word
    ("Director, Policy Planning Staff" and the Director of Policy Planning)."""
    first = re.match(r"[A-Za-z]+", role)
    if first is not None and re.fullmatch(r"[A-Z]{2,6}", first[0]):
        # "Paul C. Warnke, ACDA": the initials of the agency he headed
        return any(initials_of(office.title).endswith(first[0]) for office in person.offices)
    return first is not None and any(
        first[0].lower() in office.title.lower().split() for office in person.offices
    )


def initials_of(title: str) -> str:
    """ "Director of the Arms Control and Disarmament Agency" → "DACDA"."""
    return "".join(w[0] for w in title.split() if w[:1].isupper())


def years_held(offices: list) -> tuple[str, str]:
    """From the first day of the first of these offices to the last day of the last."""
    return (
        min(earliest(o.start) if o.start else "1900-01-01" for o in offices),
        max(latest(o.end) if o.end else "2030-12-31" for o in offices),
    )


def most_covered(spans: list[tuple[str, str]], low: str, high: str) -> tuple[str, str] | None:
    """The longest stretch between two dates that the most of these spans cover together."""
    clipped = [(max(a, low), min(b, high)) for a, b in spans]
    clipped = [(a, b) for a, b in clipped if a <= b]
    best: tuple[int, int, tuple[str, str]] | None = None
    for point, _ in clipped:  # the most-covered stretch begins where some span begins
        covering = [(a, b) for a, b in clipped if a <= point <= b]
        window = (max(a for a, _ in covering), min(b for _, b in covering))
        rank = (len(covering), days_between(*window), window)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


OPEN_OFFICE_YEARS = 4  # an office with no end known, and nothing after it: a term's length


def busiest_years(
    people: set[str], matcher: Matcher, low: str, high: str
) -> tuple[str, str] | None:
    """The longest run of years, between two dates, in which the most of these people held an
    office, when at least two did."""
    counts: Counter[int] = Counter()
    for pid in people:
        years: set[int] = set()
        person = matcher.by_id[pid]
        starts = sorted(int(o.start[:4]) for o in person.offices if o.start)
        for office in person.offices:
            first = int((office.start or "1900")[:4])
            if office.end:
                last = int(office.end[:4])
                if office.end[5:7] and office.end[5:7] <= "03" and last > first:
                    last -= 1  # "1977-01-20": the first quarter of a year is no year in office
            else:  # an end the data lacks: the next office's start, not the century's end
                last = next((y for y in starts if y > first), None) or (
                    person.active[1] if person.active else first + OPEN_OFFICE_YEARS
                )
            years.update(range(first, last + 1))
        for year in years:
            if low[:4] <= str(year) <= high[:4]:
                counts[year] += 1
    if not counts or max(counts.values()) < 2:
        return None
    best = max(counts.values())
    run = longest_run(sorted(y for y, n in counts.items() if n == best))
    return f"{run[0]}-01-01", f"{run[-1]}-12-31"


def narrow(date_range: list[str] | None) -> bool:
    """A range of a year or less places the document well enough to resolve offices."""
    return bool(date_range and days_between(date_range[0], date_range[1]) <= 366)


def longest_run(years: list[int]) -> list[int]:
    runs, current = [], [years[0]]
    for year in years[1:]:
        if year == current[-1] + 1:
            current.append(year)
        else:
            runs.append(current)
            current = [year]
    runs.append(current)
    return max(runs, key=len)


def stands_out(candidates: list[Candidate]) -> bool:
    """Whether the best namesake for a surname alone is well known (the core registry's, or
    listed in several volumes), likely, and clearly ahead of the next."""
    best = candidates[0]
    return (
        best.score >= 0.8
        and ("core" in best.person.sources or best.person.volumes >= 3)
        and (len(candidates) == 1 or candidates[1].score <= best.score - 0.15)
    )


def seldom_and_time_unknown(person: AuthorityPerson, context: MatchContext) -> bool:
    """Whether a surname alone should not name this person: the paper's time unknown, and he one
    the volumes name once, in years they fix, with no office ("Tang" in an undated paper is no
    Tang Wensheng, an interpreter of the 1970s)."""
    return (
        context.span() is None
        and person.volumes < 2
        and not person.offices
        and person.active is not None
    )


def confident(best: Candidate) -> bool:
    """A capitalised phrase in prose is a person when the match is strong and, for someone from
    an imported dataset, exactly a name the registry knows: "White House" is no "David W. Wain
    House"."""
    return best.score >= 0.85 and (
        "core" in best.person.sources or best.evidence.startswith("name as known")
    )


COMMITTEE_OF_CONGRESS = re.compile(
    r"\b(?:Senate|House|Congressional|Armed\s+Services|Appropriations)\s+(?:\w+\s+){0,3}"
    r"(?:Sub)?[Cc]ommittee\b|\b(?:Senator|Congressman)\s+[A-Z]"
)
SOVIET_MATTERS = re.compile(r"\b(?:Soviets?|USSR|Moscow|Russians?|Kremlin)\b|\bU\.S\.S\.R\.")
POST_AFTER = 40  # characters after an ambassador's title his post is named in
# "[Head of Gosplan Nikolai] Baibakov": the editors' insertion ends on the given name.
BRACKETED_GIVEN_NAME = re.compile(
    r"\[[^\[\]\n]{0,80}?\b(?P<given>[A-Z][a-z]+)\][ \t]+(?P<surname>[A-Z][a-z][\w'’-]*[a-z])"
)
HONORIFIC_SURNAME = re.compile(r"(?:Mr|Ms|Dr)\.?\s+([A-Z][\w'’-]+)")  # not "Mrs.": a wife

# "so, Ms. Doe [Jane Doe, Some Paper]?": the reporter a news conference's President calls on.
REPORTER_CALLED = re.compile(
    r"\[(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}),[ \t]+[^\]\n]{2,80}\]"
)
# "Q. John Doe, Some Paper:" opening a line of a news conference's transcript.
QUESTIONER = re.compile(
    r"(?m)^[ \t]*Q\.[ \t]+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}),[ \t]+"
    r"[^:\n]{2,60}:"
)


class Linker:
    def __init__(self, doc: Document, matcher: Matcher, context: MatchContext):
        self.doc = doc
        self.matcher = matcher
        self.context = context
        self.mentions: list[Mention] = []
        self.local: dict[str, str] = {}  # person id → name, for people not in the registry
        self.taken = bytearray(len(doc.text) + 1)  # characters already part of a mention
        self.text = cased(
            doc.text, matcher
        )  # what the patterns read; spans are the same as doc.text's
        self.all_capitals = mostly_capitals(doc.text, self.text)
        self.cache: dict[tuple, list[Candidate]] = {}  # the same words recur through a document
        self.titled: dict[
            str, set[str]
        ] = {}  # a title ("ambassador") → people the document names with it
        self.deferred: list[tuple[str, int, int]] | None = None  # surnames left for a second look
        self.note_words_left: list[str] = []  # a source note's surnames no one was found for
        self.titles: dict[
            str, set[str]
        ] = {}  # person id → titles the text gives them ("ambassador")
        self.surnames_of_known: tuple[int, dict[str, list]] = (-1, {})  # see known_surnames
        self.cias_own_paper: bool | None = None  # see cias_own
        self.participant_surnames: Counter[str] | None = None  # see participants_surname

    # -- bookkeeping -------------------------------------------------------------------
    def match(self, text: str, title: str | None = None, garbled: bool = True) -> list[Candidate]:
        key = (text, title, garbled, len(self.context.known), self.context.period)
        if key not in self.cache:
            found = self.matcher.match_name(text, self.context, title=title, garbled=garbled)
            self.cache[key] = self.agency_first(found)
        return [
            Candidate(c.person, c.score, c.evidence, c.office, c.former) for c in self.cache[key]
        ]

    def agency_first(self, candidates: list[Candidate]) -> list[Candidate]:
        """ "Mr. Dulles" in the CIA's own records is the Director, not his brother: among
        namesakes scored alike, the one who held a CIA office then comes first, surely."""
        date = self.context.date
        if len(candidates) < 2 or not date or not self.cias_own():
            return candidates
        agency = [
            c
            for c in candidates
            if c.score >= candidates[0].score - 0.15
            and any(
                AGENCY_OFFICE.search(o.title) and holds_office(o, date) for o in c.person.offices
            )
        ]
        if len(agency) != 1:
            return candidates
        first = agency[0]
        first.score = max(first.score, candidates[0].score)
        first.evidence += "; held a CIA office then, in the CIA's own record"
        return [first, *(c for c in candidates if c is not first)]

    def overlaps(self, start: int, end: int) -> bool:
        return start >= 0 and self.taken.find(1, start, end) != -1

    def take(self, start: int, end: int) -> None:
        if start >= 0:
            self.taken[start:end] = b"\x01" * (end - start)

    def add(
        self,
        written: str,
        start: int,
        end: int,
        kind: str,
        person_id: str,
        confidence: float,
        evidence: str,
    ) -> Mention:
        if start >= 0:
            written = self.doc.text[
                start:end
            ]  # as the document writes it, whatever the patterns read
        mention = Mention(written, start, end, kind, person_id, confidence, evidence)
        self.mentions.append(mention)
        self.take(start, end)
        if person_id in self.matcher.by_id:
            self.context.known.add(person_id)
        return mention

    def link(
        self,
        written: str,
        start: int,
        end: int,
        kind: str,
        candidates: list[Candidate],
        local_name: str | None = None,
    ) -> Mention | None:
        if candidates and candidates[0].score >= LINK_THRESHOLD:
            best = candidates[0]
            return self.add(written, start, end, kind, best.person.id, best.score, best.evidence)
        if local_name:
            person_id = self.local_id(local_name)
            why = (
                "; ".join(f"{c.person.name} ({c.score})" for c in candidates[:3])
                or "no match in the registry"
            )
            return self.add(
                written,
                start,
                end,
                kind,
                person_id,
                candidates[0].score if candidates else 0.0,
                f"not linked: {why}",
            )
        return None

    def local_id(self, name: str) -> str:
        person_id = local_person_id(name)
        self.local[person_id] = name
        return person_id

    def initialled_writer(self) -> None:
        """A dated memorandum signed off with initials alone ("DA", "J.F.D.") by the one holder,
        that day, of an office whose holders write such notes (the Secretary of State's of his
        talks with the President): he drafted a conversation's record, or sent a memorandum."""
        doc = self.doc
        if not doc.date or doc.sender or doc.drafted_by:
            return
        if doc.type not in ("memorandum of conversation", "memorandum"):
            return
        tail = doc.text[-SIGN_OFF_REACH:]
        offset = len(doc.text) - len(tail)
        sign_offs = list(INITIALS_SIGN_OFF.finditer(tail))
        if not sign_offs:
            return
        sign_off = sign_offs[-1]
        letters = re.sub(r"[^A-Z]", "", sign_off["initials"])
        fitting = {
            person.id: person
            for title in INITIALLING_OFFICES
            for person, _ in self.matcher.holders(title, "US", self.context)
            if signs_as(person.name, letters)
        }
        if len(fitting) != 1:
            return
        person = next(iter(fitting.values()))
        at = offset + sign_off.start("initials")
        written = sign_off["initials"]
        party = Party(written, person.name, at, at + len(written), person_id=person.id)
        if doc.type == "memorandum of conversation":
            doc.drafted_by = party
        else:
            doc.sender = party
        self.add(written, at, at + len(written), "signature", person.id, 0.85, "initials signed")

    def note_title(self, title: str, person_id: str) -> None:
        key = fold(title).split()[-1].strip(".")
        self.titled.setdefault(key, set()).add(person_id)

    # -- parties -----------------------------------------------------------------------
    def party(self, party: Party) -> None:
        role_only = is_role_only(party)
        listed = party in self.doc.participants
        if role_only:
            candidates = self.resolve_role(without_address(party.name))
            # "The President" in a participants list names him by his office: a role mention,
            # as in the text (he is a participant all the same).
            kind = "role"
            written, start, end = party.as_written, party.start, party.end
        elif WIFE.match(party.as_written or "") and (
            " " not in party.name or self.names_a_man(party.name)
        ):  # "Mrs. Dobrynin", "Madame Chiang Kai-shek": his wife, not he
            written, start, end = party_span(self.doc, party)
            kind = "participant" if listed else "name"
            mention = self.woman(written, start, end, party.name, kind)
            self.take(party.start, party.end)
            party.person_id = mention.person_id if mention else None
            person = self.matcher.by_id.get(party.person_id or "")
            local = self.local.get(party.person_id or "")
            party.name = person.name if person else local or party.as_written
            return
        else:
            if party in self.doc.recipients and " " not in party.name:
                # "Dear Jack:" where the catalogue says the letter is to John Q. Doe: he
                party.name = self.catalogued_addressee(party.name) or party.name
            title = party.role.split(",")[0] if party.role else None
            candidates = self.match(party.name, title=title_word(title), garbled=True)
            candidates = self.prefer_office(candidates, party.role, party.name)
            if not candidates and party.role and f"({party.name})" in party.as_written:
                candidates = self.holder_misread(party.name, party.role)
            if COMRADE.match(party.as_written or ""):
                # a comrade is of the other camp: "Comrade Damm" is no Kenneth W. Dam
                candidates = [c for c in candidates if c.person.country not in WESTERN]
            words = party.name.split()
            if (
                not candidates
                and len(words) == 2
                and (PATRONYMIC.fullmatch(words[1]) or re.fullmatch(r"[A-Z]\.?", words[1]))
            ):
                # "Dear Nikita Sergeyevich,"; "... and Mikhail S", a heading the copy cut short
                candidates = self.matcher.known_by_patronymic(words[0], words[1], self.context)
            if not candidates and party in self.doc.recipients and " " not in party.name:
                # "Dear Chip:": the one person of the time known by that name
                candidates = self.matcher.known_as(party.name, self.context)
            written, start, end = party_span(self.doc, party)
            # "The President's Special Assistant (Schlesinger)": the office written for him
            by_office = written != party.as_written and not is_institution(written)
            # (a post the layout inferred, "from Toon" at the Embassy, is not written: no title)
            stated = bool(party.role and party.role in self.doc.text and office_of(party.role))
            titled = bool(party.role and (stated or title_before_name(party) or by_office))
            # "Conversation Between ... and the Soviet Ambassador (Dobrynin)": the heading calls
            # a participant by his office, a role mention as much as a sender's would be
            office_alone = by_office and party.name.split()[-1] not in written
            if titled and (not listed or office_alone):
                kind = "role"
            else:
                kind = "participant" if listed else "name"
        local = None if role_only else party.name
        mention = self.link(written, start, end, kind, candidates, local_name=local)
        self.take(party.start, party.end)
        if mention is None:
            return
        party.person_id = mention.person_id
        person = self.matcher.by_id.get(mention.person_id) if mention.person_id else None
        if person:
            party.name = person.name
            role_office = office_of(party.role) if party.role else None
            if role_office and not role_office[0].startswith("Acting "):
                # the Acting Secretary stands in for the Secretary, who is still the Secretary
                self.note_title(role_office[0], person.id)

    def catalogued_addressee(self, given: str) -> str | None:
        """The addressee a catalogue's title names in full ("LETTER TO MR. CHARLES B.
        WRIGHTSMAN FROM ...") where the letter's salutation has his given name ("Dear Charlie:")."""
        catalogued = self.doc.fallbacks.get("recipients")
        for party in catalogued[0] if catalogued else []:
            name = split_entry(party.name)[0]  # "Rear Admiral J. W. Ludewig": his name
            words = name_tokens(name)
            if len(words) >= 2 and given_compatible([given.lower()], words[:1]):
                return name
        return None

    def prefer_office(
        self, candidates: list[Candidate], role: str | None, written: str = ""
    ) -> list[Candidate]:
        """ "The Ambassador in the Soviet Union (Smith)": the Smith who held that office then
        (a cable from Nairobi signed "MARSHALL": the ambassador there, whom the surname alone
        did not find among the better known Marshalls)."""
        office = (office_of(role) or registry_office(role, self.matcher)) if role else None
        if not office:
            return candidates
        words = name_tokens(written)
        if len(words) == 1 and (self.context.date or self.context.period):
            held = self.holder_by_surname(words[0], office, 0)
            if held and held.id not in {c.person.id for c in candidates}:
                why = f"surname of the one who held {office[0]} then"
                return [Candidate(held, 0.95, why), *candidates]
        if len(candidates) < 2:
            return candidates
        holders = {p.id for p, _ in self.matcher.holders(office[0], office[1], self.context)}
        if not holders:
            holders = {
                c.person.id
                for c in candidates
                if any(o.title == office[0] for o in c.person.offices)
            }
        chosen = [c for c in candidates if c.person.id in holders]
        if len(chosen) == 1:
            chosen[0].score = max(chosen[0].score, 0.95)
            chosen[0].evidence += f"; held {office[0]} then"
            return chosen + [c for c in candidates if c is not chosen[0]]
        return candidates

    def holder_misread(self, written: str, role: str) -> list[Candidate]:
        """ "The Ambassador in Greece (lacIVeagh)": the one who held the office then, his name
        as the scan misread it (a letter apart, or two in a long name)."""
        office = office_of(role)
        words = name_tokens(written)
        if not office or not words or len(words[-1]) < 5:
            return []
        apart = 2 if len(skeleton(words[-1])) >= 7 else 1
        held = self.holder_by_surname(words[-1], office, apart)
        if held is None:
            return []
        why = f"held {office[0]} then; {written!r} as the scan read his name"
        return [Candidate(held, 0.85, why)]

    def holder_by_surname(
        self, surname: str, office: tuple[str, str | None], apart: int
    ) -> AuthorityPerson | None:
        """The one who held the office then whose surname is this one, up to ``apart`` letters
        (a scan's misreading); None where no one or several are."""
        wanted = skeleton(surname)
        held = [
            person
            for person, _ in self.matcher.holders(office[0], office[1], self.context)
            if edit_distance(wanted, skeleton(name_tokens(person.name)[-1]), apart) <= apart
        ]
        return held[0] if len(held) == 1 else None

    # -- roles -------------------------------------------------------------------------
    def resolve_role(self, role_text: str, at: int = -1) -> list[Candidate]:
        """An office standing for its holder: the document's own header first (a participant
        or correspondent named with that office, or a person it names with that title), then
        whoever held the office at the document's time. ``at``: where the text says it."""
        sovereign = SOVEREIGN_ROLE.fullmatch(role_text.strip())
        if sovereign:
            return self.sovereign(sovereign.group(1))
        office = office_of(role_text)
        if office == UN_SECRETARY_GENERAL and at >= 0:
            after = self.doc.text[at + len(role_text) : at + len(role_text) + 40]
            if OF_NATO.match(after):  # "the Secretary General of NATO": the alliance's
                office = ("Secretary General of NATO", "NATO")
        key = title_key(role_text)
        if office is None and key not in (
            "ambassador",
            "charge",
            "general",
            "marshal",
            "director",
            "generalissimo",
            "chancellor",
            "premier",  # "The Premier": the one the record titles so ("Premier Zhou")
        ):
            return []
        if key == "ambassador" and office is None:
            at_post = self.ambassador_at_post(role_text)
            if at_post:
                return at_post
        if key == "charge" and office is None:  # "FOR CHARGE": the chargé at the post then
            country = self.post_country()
            return (
                self.matcher.resolve_office(f"Chargé d'Affaires to {country}", "US", self.context)
                if country
                else []
            )
        # "the American Ambassador" (no post named) is the one at whatever post the header names
        generic = office == AMERICAN_AMBASSADOR and not SOVIET_POST.search(role_text)
        holder = self.header_holder((None, "US") if generic else office, key)
        if holder:
            return [holder]
        if generic and not SOVIET_MATTERS.search(self.doc.text):
            # "the U.S. Ambassador" in a paper on the Congo that names no post: not the one in
            # Moscow (the table's default), but no one the text identifies
            return []
        if office == ("President", "US") and not role_text.lower().startswith(("mr", "dear")):
            president = self.president_present() or self.host_president(role_text, at)
            if president:
                return [president]
        if key == "chairman" and any(
            p.role and title_key(p.role) == key and p.person_id not in self.matcher.by_id
            for p in self.doc.participants
        ):
            # "the Chairman" of a meeting that lists its own chairman, one the registry does not
            # know: he, not the Soviet Chairman of the day
            return []
        if (
            key == "chairman"
            and COMMITTEE_OF_CONGRESS.search(self.doc.text)
            and not SOVIET_MATTERS.search(self.doc.text)
            and not self.titled_chairman_abroad()
        ):
            # "the Chairman" in a note on a briefing of a Congressional committee: its chairman,
            # not the Soviet Chairman of the day (nor, where one is named, "Chairman Mao")
            return []
        if BARE_SECRETARY.fullmatch(role_text.strip()):
            present = self.secretaries_present()
            if len(present) == 1:  # "the Secretary" at a lunch with the Secretary of the Interior
                return [Candidate(present[0], 0.9, "the one Secretary among those present")]
        titled = self.titled.get(key, set()) if key else set()
        if len(titled) == 1 and key in (
            "ambassador",
            "general",
            "marshal",
            "chairman",
            "minister",
            "secretary",
            "director",
            "premier",
            "chancellor",
            "generalissimo",
        ):
            pid = next(iter(titled))
            nation_fits = (  # "the Iranian Ambassador" is no American one the text names
                office is None
                or office[1] is None
                or pid not in self.matcher.by_id
                or self.matcher.by_id[pid].country == office[1]
            )
            # The CIA's records have no Secretary of their own: "the Secretary" in one that
            # names "Secretary Doe" is he, whichever department he heads.
            if (
                pid in self.matcher.by_id
                and nation_fits
                and (
                    office is None
                    # ("the Attorney General" is an office of its own, not "General Taylor")
                    or key in ("ambassador", "marshal")
                    or (key == "secretary" and self.cias_own())
                )
            ):
                return [
                    Candidate(
                        self.matcher.by_id[pid],
                        0.9,
                        f"the document names {self.matcher.by_id[pid].name} with this title",
                    )
                ]
        if (
            key == "chairman"
            and office is not None
            and office[1] == "USSR"
            and len(titled) == 1
            and (chairman := self.matcher.by_id.get(next(iter(titled))))
            and chairman.country not in (None, "US", "USSR")
        ):
            # "Chairman Mao" named, no Soviet Chairman: "the Chairman" is he, not Moscow's
            return [Candidate(chairman, 0.85, f"the document names {chairman.name} Chairman")]
        if key == "generalissimo" and not titled and CHINA_WORDS.search(self.doc.text):
            # "the Generalissimo" in a paper on China of his time (the Americans' name for him,
            # whom no office of the registry's calls so): Chiang Kai-shek
            year = (self.context.date or "")[:4]
            chiang = self.match(CHINAS_GENERALISSIMO[0])
            if chiang and (not year or CHINAS_GENERALISSIMO[1] <= year <= CHINAS_GENERALISSIMO[2]):
                return [Candidate(chiang[0].person, 0.9, "China's Generalissimo then")]
        if office is None and key == "director" and self.cias_own():
            office = (
                "Director of Central Intelligence",
                "US",
            )  # "the Director" in the CIA's own records
        if office is None:
            return self.ambassador_at_post(role_text) if key == "ambassador" else []
        if office[1] is None and office[0] in HOST_OFFICES:
            office = (office[0], COUNTRY_CODES.get(self.host_country() or ""))
        participants = [
            self.matcher.by_id[i] for i in self.context.known if i in self.matcher.by_id
        ]
        return self.matcher.resolve_office(office[0], office[1], self.context, participants)

    def sovereign(self, throne: str) -> list[Candidate]:
        """ "The King" is the one king the document names by his title ("King Hussein") or
        lists among those present, else the king of the country a telegram's post is in, at the
        document's time."""
        named = set(self.titled.get(throne.lower(), ())) | {
            p.person_id for p in self.doc.participants if p.person_id in self.matcher.by_id
        }
        titled = [
            person
            for i in named
            if (person := self.matcher.by_id.get(i))
            and any(o.title == throne for o in person.offices)
        ]
        if len(titled) == 1:
            return [Candidate(titled[0], 0.9, f"the document names {titled[0].name} {throne}")]
        country = COUNTRY_CODES.get(self.host_country() or "")
        if not titled and country:
            return self.matcher.resolve_office(throne, country, self.context)
        return []

    def header_holder(self, office: tuple | None, key: str | None) -> Candidate | None:
        """The one participant or correspondent the header names with this office."""
        listed = [
            p
            for p in [
                *self.doc.participants,
                *self.doc.recipients,
                *([self.doc.sender] if self.doc.sender else []),
            ]
            # (who acts for the Secretary is not "the Secretary")
            if p.person_id in self.matcher.by_id
            and p.role
            and not p.role.startswith("Acting ")
            and self.listed_as(p, office, key)
        ]
        if len({p.person_id for p in listed}) != 1:
            return None
        return Candidate(
            self.matcher.person(listed[0].person_id),
            0.95,
            f"named in the header as {listed[0].role!r}",
        )

    def titled_chairman_abroad(self) -> bool:
        """Whether the text names one foreign leader Chairman ("Chairman Mao")."""
        titled = self.titled.get("chairman", set())
        person = self.matcher.by_id.get(next(iter(titled))) if len(titled) == 1 else None
        return bool(person and person.country not in (None, "US", "USSR"))

    def secretaries_present(self) -> list[AuthorityPerson]:
        """The participants who were a Secretary of a department in the document's time, when
        none was the Secretary of State."""
        span = self.context.span()
        present = {
            p.person_id: self.matcher.by_id[p.person_id]
            for p in self.doc.participants
            if p.person_id in self.matcher.by_id
        }
        years = (int(span[0][:4]), int(span[1][:4])) if span else None

        def secretary(person: AuthorityPerson, of: str = "Secretary of") -> bool:
            if not person.offices:  # the historians' note on one they list without offices
                return (person.description or "").startswith(of) and (
                    years is None
                    or not person.active
                    or person.active[0] <= years[1]
                    and years[0] <= person.active[1]
                )
            return any(
                o.title.startswith(of)
                and o.country in (None, "US")
                and (
                    span is None
                    or (earliest(o.start) if o.start else "0") <= span[1]
                    and span[0] <= (latest(o.end) if o.end else "9")
                )
                for o in person.offices
            )

        if any(secretary(person, "Secretary of State") for person in present.values()):
            return []  # "the Secretary" of the Department's own records
        return [person for person in present.values() if secretary(person)]

    def listed_as(self, party: Party, office: tuple | None, key: str | None) -> bool:
        """Whether a header names this party with the office: the same office, or (where its own
        words name none we know) the same title and the office's country ("Ambassador Gromyko"
        for "the Soviet Ambassador")."""
        own = office_of(party.role or "")
        if office and own and own[0] == office[0]:
            # "Prime Minister" in the header and "the French Prime Minister" in the text: the same
            # office only if the header's holder is French.
            person = self.matcher.person(party.person_id)
            country = own[1] or person.country
            if len((party.role or "").split()) == 1 and person.country:
                country = person.country  # "President Pompidou": a President, of France
            elif len((party.role or "").split()) == 1 and party.side:
                # "President Kirchschlaeger" under "Austria", the registry silent on his country
                country = country_code(party.side) or party.side
            return country == office[1] or None in (country, office[1])
        if own is not None and office is not None and office[0] is not None:
            return False  # two offices, not the same
        if not key or title_key(party.role or "") != key:
            return False  # "the Ambassador" is the participant listed as "Soviet Ambassador"
        person = self.matcher.person(party.person_id)
        return office is None or office[1] is None or person.country == office[1]

    def cias_own(self) -> bool:
        """Whether this is the CIA's own record (from its reading room, or speaking of "DD/I"):
        "the Director" in it is the Director of Central Intelligence."""
        if self.cias_own_paper is None:
            self.cias_own_paper = (
                self.doc.collection == "crest"
                or bool(OFFICE_SYMBOL.search(self.text))
                or bool(CIA_RELEASE.search(self.doc.raw))
            )
        return self.cias_own_paper

    def ambassador_at_post(self, role_text: str) -> list[Candidate]:
        """ "For Ambassador" in a telegram to an embassy (or "from Ambassador" in one from it):
        the ambassador there then."""
        country = self.post_country()
        return (
            self.matcher.resolve_office(f"Ambassador to {country}", "US", self.context)
            if country
            else []
        )

    def flag_unsigned_telegram(self) -> None:
        """A telegram from an embassy whose copy shows no signature ("Telegram From the Embassy
        in Japan", "FM AMEMBASSY SEOUL"): who was the ambassador there on its day, as a flag to
        the reader. Not its sender: the copy does not establish that (a chargé may have signed),
        and the gold leaves such a sender unknown."""
        doc = self.doc
        if doc.sender is not None or not self.context.date:
            return
        country = self.post_country(sent_from=True)
        if not country:
            return
        holders = self.matcher.resolve_office(f"Ambassador to {country}", "US", self.context)
        if len(holders) != 1 or holders[0].score < LINK_THRESHOLD:
            return
        person = holders[0].person
        own_call = AMBASSADORS_OWN_CALL.search(doc.text[:SUBJECT_CHARS])
        if own_call and FIRST_PERSON.search(doc.text, own_call.end()):
            # "SUBJECT: AMBASSADOR'S CALL ON KUZNETSOV" / "1. I CALLED ON ...": the writer says
            # he is the ambassador
            doc.sender = Party(
                "", person.name, role=f"Ambassador to {country}", person_id=person.id
            )
            doc.evidence["sender"] = Evidence(
                own_call.start("call"), own_call.end(), "the ambassador's own call"
            )
            return
        doc.flags.append(
            Flag(
                "unsigned",
                f"the copy shows no signature; the ambassador in {country} that day was "
                f"{person.name}",
                suggestion=person.name,
            )
        )

    def president_present(self) -> Candidate | None:
        """ "The President" in the record of a conversation with a foreign President, where no
        American one took part (Dulles in Taipei with President Chiang): he."""
        if self.doc.type not in ("memorandum of conversation", "record of meeting") or any(
            is_role_only(p) and title_key(without_address(p.name)) == "president"
            for p in self.doc.participants
        ):
            return None  # "PARTICIPANTS: The President, President Frondizi": the first is ours
        day = self.doc.date
        presidents = {
            person.id: person
            for p in self.doc.participants
            if (person := self.matcher.by_id.get(p.person_id or ""))
            and (
                any(
                    o.title == "President" and (day is None or holds_office(o, day))
                    for o in person.offices
                )
                # the list says so where the registry has no office: "President of Tanzania"
                or re.match(r"President\s+of\s+(?!the\s+United\s+States)", p.role or "")
            )
        }
        if len(presidents) != 1:
            return None
        person = next(iter(presidents.values()))
        if person.country == "US":
            return None
        return Candidate(person, 0.85, "the one President among those present")

    def host_president(self, role_text: str, at: int) -> Candidate | None:
        """ "PRESIDENT" in a paper from a post abroad, once it has named that country's President
        by his title ("PRESIDENT SOMOZA ... THE PRESIDENT") and it names no American one: he,
        the President the post deals with, not Washington's. Not in the editors' notes."""
        if at < 0 or not BARE_PRESIDENT_WORDS.fullmatch(role_text.strip()):
            return None
        country = self.country_written_from()
        if not country or country == "US":
            return None
        titled = [
            self.matcher.by_id[pid]
            for pid in self.titled.get("president", set())
            if pid in self.matcher.by_id
        ]
        # ("a message from President Truman to President Perón ... the President": the host's;
        # the American one the post names by his name)
        hosts = [p for p in titled if p.country == country]
        if len(titled) != 1 and not (len(hosts) == 1 and len(titled) == 2):
            return None
        person = hosts[0] if len(titled) == 2 else titled[0]
        named = [m.start for m in self.mentions if m.person_id == person.id and m.start >= 0]
        if not named or min(named) > at:
            return None
        american = person.country == "US" or any(
            o.title == "President" and o.country == "US" for o in person.offices
        )
        if american or person.country not in (None, country):
            return None
        return Candidate(person, 0.85, f"the one President a paper from {country} names")

    def host_president_unknown(self, role_text: str, at: int) -> str | None:
        """As ``host_president``, for a President of the post's country the registry lacks: the
        one the paper named "President Arevalo" before (a local person; every American
        President is in the registry)."""
        if at < 0 or not BARE_PRESIDENT_WORDS.fullmatch(role_text.strip()):
            return None
        titled = self.titled.get("president", set())
        if len(titled) != 1 or not next(iter(titled)).startswith("local:"):
            return None
        country = self.country_written_from()
        if not country or country == "US":
            return None
        local = next(iter(titled))
        named = any(m.person_id == local and 0 <= m.start < at for m in self.mentions)
        return local if named else None

    def country_written_from(self) -> str | None:
        """The country code of the post abroad a paper came from: a telegram's title ("Telegram
        From the Embassy in Nicaragua"), an automated cable's "FM AMEMBASSY MANAGUA", or its
        sender's office ("The Ambassador in Argentina (Messersmith)")."""
        title = next(
            (
                m
                for m in EMBASSY_IN_TITLE.finditer(self.doc.title or "")
                if m["way"].lower() == "from"
            ),
            None,
        )
        sent = next(
            (m for m in CABLE_POST.finditer(self.doc.text[:3000]) if m["way"] == "FM"), None
        )
        post = HEAD_OF_POST_IN.match(self.doc.sender.role or "") if self.doc.sender else None
        if title:
            name = title["country"]
        elif sent:
            name = country_of_post(sent["city"]) or ""
        else:
            name = post["country"] if post else ""
        return COUNTRY_CODES.get(name)

    def host_country(self) -> str | None:
        """The country of the post a paper came from: a telegram's, or its sender's ("The
        Ambassador in Argentina (Messersmith)")."""
        post = AMBASSADOR_IN.match(self.doc.sender.role or "") if self.doc.sender else None
        return self.post_country() or (post["country"] if post else None)

    def post_country(self, sent_from: bool = False) -> str | None:
        """The country of the embassy a telegram went to or came from: its title's ("Telegram
        From the Embassy in Israel"), else an automated cable's (the post it came from, else
        the one it went to). ``sent_from``: only the embassy it came from."""
        if self.doc.type != "telegram":
            return None
        post = EMBASSY_IN_TITLE.search(self.doc.title or "")
        if post:
            return post["country"] if not sent_from or post["way"].lower() == "from" else None
        posts: dict[str, str] = {}
        for m in CABLE_POST.finditer(self.doc.text[:3000]):
            posts.setdefault(m["way"], m["city"])
        return country_of_post(posts.get("FM") or (None if sent_from else posts.get("TO")) or "")

    # -- the text ----------------------------------------------------------------------
    def scan_names(self) -> None:
        """Titled names and full names: they place the document in time before roles are read."""
        text = self.text
        if "] " in text:  # a plain search first: the editors' brackets are few
            for bracketed in BRACKETED_GIVEN_NAME.finditer(text):
                self.bracketed_given_name(bracketed)
        if "Q." in text:  # a plain search first: news conferences are few
            self.questioners()
        last = -1
        for start in TITLE_START.finditer(text):
            if start.start() < last:
                continue
            m = TITLED.match(text, start.start())
            if m:
                self.titled_name(m)
                last = m.end()
        for m in INVERTED.finditer(text[:300]):
            self.inverted_name(m)
        if any(
            word in text for word in PLURAL_TITLE_WORDS
        ):  # rare: a plain search is cheaper than the pattern's scan
            for m in PLURAL_TITLED.finditer(text):
                self.plural_titled(m)
        for m in FULL_NAME.finditer(text):
            self.names_run_together(text, m)
        initials = any(known in text for known in self.matcher.initialisms)  # a plain search first
        for m in INITIALS_WORD.finditer(text) if initials else ():  # "JFK and RFK ... with LBJ"
            person_id = self.matcher.initialisms.get(m.group())
            if person_id and not self.overlaps(m.start(), m.end()):
                if not NAMED_THING.match(text[m.end() : m.end() + 20]):  # "JFK Airport"
                    self.add(m.group(), m.start(), m.end(), "name", person_id, 0.9, "initials")

    def bracketed_given_name(self, m: re.Match) -> None:
        """ "Comrades [Head of Gosplan Nikolai] Baibakov and [Marshal Viktor] Kulikov": the
        translators' brackets close on the given name, the record's surname follows."""
        given, surname = m.group("given"), m.group("surname")
        start, end = m.start("given"), m.end("surname")
        if self.overlaps(start, end) or not self.matcher.is_given_name(given):
            return
        name = f"{given} {surname}"
        self.link(name, start, end, "name", self.match(name, garbled=False), local_name=name)

    def questioners(self) -> None:
        """A news conference's "Q. John Doe, Some Paper:", or the reporter its President calls on
        ("Mr. Doe [John Doe, Some Paper]?"): a person (the registry seldom knows him), the "Q."
        no initial and the paper no one."""
        called = REPORTER_CALLED.finditer(self.text) if "[" in self.text else ()
        for m in [*QUESTIONER.finditer(self.text), *called]:
            name = m.group("name")
            candidates = self.match(name, garbled=False)
            self.link(name, m.start("name"), m.end("name"), "name", candidates, local_name=name)
            self.take(m.start(), m.end())

    def scan_roles(self) -> None:
        text = self.text
        addressee = next(
            (r for r in self.doc.recipients if r.person_id in self.matcher.by_id), None
        )
        for m in ROLE_TEXT.finditer(text):
            if self.overlaps(m.start(), m.end()) or m.group().lower() in ("general", "director"):
                continue
            if OFFICE_TO.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Special Assistant to the President": an office's name, not its holder
            if m.group().startswith(
                ("General", "Director", "Marshal", "Chairman", "President", "Secretary")
            ) and not at_sentence_start(text, m.start()):
                # capitalised office words alone mid-sentence are headings or names, not roles
                continue
            named = self.named_after(m.end())
            if named:  # "The Soviet Chargé d'Affaires, Nikolai V. Novikov, called on me"
                self.add(m.group(), m.start(), m.end(), "role", named, 0.9, "named after it")
                continue
            if m.group().startswith(("Mr.", "Madame")) and addressee:
                # "I beg you, Mr. Ambassador, ...": a letter speaks to its addressee (a letter a
                # telegram quotes, to the one it goes to).
                holder = self.quoted_letter_addressee(m.start()) or self.office_addressed(
                    m.group().split(None, 1)[1], addressee
                )
                if holder:
                    self.add(m.group(), m.start(), m.end(), "role", holder[0], 0.9, holder[1])
                continue
            if m.group().startswith(("Mr.", "Madame")):
                # "Fine, Mr. President." in a conversation: the one the header names with the
                # office (not its holder by the date: he may address a foreign president)
                office_words = without_address(m.group())
                listed = self.header_holder(office_of(office_words), title_key(office_words))
                if listed:
                    self.link(m.group(), m.start(), m.end(), "role", [listed])
                    continue
            if POSTED_ELSEWHERE.search(text, m.start(), m.end() + POST_AFTER):
                continue  # "The Soviet Ambassador in Cuba": not the one in Washington
            unknown = self.host_president_unknown(m.group(), m.start())
            if unknown:  # "President Arevalo ... the President" in a letter from Guatemala
                why = "the one President a paper from abroad names, whom the registry lacks"
                self.add(m.group(), m.start(), m.end(), "role", unknown, 0.8, why)
                continue
            candidates = self.resolve_role(m.group(), m.start())
            if candidates:
                self.link(m.group(), m.start(), m.end(), "role", candidates)

        # a plain search first: the pattern begins with look-behinds, which re tries at every
        # position of the text, and few papers hold these words
        abbreviated = any(word in text for word in CABLE_OFFICE_WORDS)
        bare = BARE_CABLE_ROLE.finditer(text) if abbreviated or "Generalissimo" in text else ()
        for m in bare:
            # a cable's office without its article: "delivered to Generalissimo 0910 hours",
            # "Made my initial call on PriMin Nehru" is a name, "PriMin described ..." a role
            if not self.overlaps(m.start(), m.end()):
                candidates = self.resolve_role(m.group(), m.start())
                if candidates:
                    self.link(m.group(), m.start(), m.end(), "role", candidates)

        for m in LETTERHEAD_OFFICE.finditer(text, 0, LETTERHEAD_CHARS):
            if office_of(m.group(1)) and not self.overlaps(m.start(1), m.end(1)):
                candidates = self.resolve_role(m.group(1))
                if candidates:
                    self.link(m.group(1), m.start(1), m.end(1), "role", candidates)

        if not self.all_capitals and ("DIRECTOR" in text or "SECRETARY" in text):
            # "Submitted by the DIRECTOR OF CENTRAL INTELLIGENCE" (a plain search first)
            for m in CAPITALS_OFFICE.finditer(text):
                words = m.group("office")
                if office_of(words.title()) and not self.overlaps(m.start("office"), m.end()):
                    candidates = self.resolve_role(words.title(), m.start("office"))
                    if candidates:
                        self.link(words, m.start("office"), m.end(), "role", candidates)

        symbols = (
            OFFICE_SYMBOL.finditer(text) if "D/" in text or "DD" in text or "DCI" in text else ()
        )
        for m in symbols:  # "DD/I called the Director's attention to"
            if not self.overlaps(m.start(), m.end()):
                candidates = self.resolve_role(m.group())
                if candidates:
                    self.link(m.group(), m.start(), m.end(), "role", candidates)

        for m in CABLE_OFFICE.finditer(text) if abbreviated else ():
            if not self.overlaps(m.start(), m.end()):  # "PriMin told me": no article in a cable
                candidates = self.resolve_role(m.group())
                if candidates:
                    self.link(m.group(), m.start(), m.end(), "role", candidates)

        telegraphic: list[re.Match] = []
        if "President" in text or "Secretary" in text:  # a plain search first
            telegraphic += TELEGRAPHIC_ROLE.finditer(text)
            if self.doc.type == "telegram":
                telegraphic += BARE_PRESIDENT.finditer(text)
                telegraphic += SECRETARY_ACTS.finditer(text)
        for m in telegraphic:
            if not self.overlaps(m.start("role"), m.end("role")):
                candidates = self.resolve_role(m.group("role"), m.start("role"))
                if candidates:
                    self.link(m.group("role"), m.start("role"), m.end("role"), "role", candidates)

    def named_after(self, end: int) -> str | None:
        """The person an office is followed by in apposition, named in full: "the Soviet
        Ambassador, Anatoliy F. Dobrynin, said" (not a list: "the President, Rusk and ...")."""
        after = APPOSITION.match(self.text, end)
        if not after:
            return None
        for mention in self.mentions:
            if (
                mention.start == after.end()
                and mention.kind == "name"
                and mention.person_id
                and len(mention.text.split()) >= 2
                and APPOSITION_CLOSED.match(self.text, mention.end)
            ):
                return mention.person_id
        return None

    def majesty(self) -> None:
        """ "His Majesty said ...": the one sovereign the document names by his title
        ("Emperor Haile Selassie", "the Shah"), if it names one."""
        if "Majesty" not in self.text:
            return
        sovereigns = set().union(*(self.titled.get(key, set()) for key in MONARCH_WORDS))
        if len(sovereigns) != 1:
            return
        sovereign = next(iter(sovereigns))
        for m in MAJESTY.finditer(self.text):
            if not self.overlaps(m.start(), m.end()):
                self.add(
                    m.group(), m.start(), m.end(), "role", sovereign, 0.85, "the sovereign named"
                )

    def scan_note_roles(self) -> None:
        """ "The President" in the editors' footnotes (a quotation, a later meeting) is as much
        a reference as in the text; read once the document's time is known. Only a role with its
        article: a capitalised office alone in a note is a heading or an office's name."""
        for note in self.doc.footnotes:
            text = note.text or ""
            if text.lower().startswith("source:"):
                text = narrative_of_source_note(text)
            if "President" not in text and "Secretary" not in text and "Ambassador" not in text:
                continue
            for m in ROLE_TEXT.finditer(text):
                if not m.group().lower().startswith("the ") or OFFICE_TO.search(
                    text, max(0, m.start() - 30), m.start()
                ):
                    continue
                candidates = self.resolve_role(m.group())
                if candidates and candidates[0].score >= LINK_THRESHOLD:
                    best = candidates[0]
                    self.add(m.group(), -1, -1, "role", best.person.id, best.score, best.evidence)

    def scan_surnames(self) -> None:
        """Capitalised words that may be surnames; the second time, only those the first left."""
        if self.deferred is None:
            self.deferred = []
            # Most capitalised words are nobody's name wherever they stand ("The", "Moscow"),
            # and recur: each is judged once a document.
            no_name: set[str] = set()
            for m in WORD.finditer(self.text):
                if m.group() not in no_name and not self.bare_surname(m):
                    no_name.add(m.group())
            return
        deferred, self.deferred = self.deferred, []
        for word, start, end in deferred:
            if not self.overlaps(start, end):
                self.surname(word, start, end)

    def plural_titled(self, m: re.Match) -> None:
        """ "Generals Eisenhower and Clark": each name under the plural title."""
        title = (
            m.group("title").rstrip(".").removesuffix("s").removesuffix("e")
            if m.group("title").startswith("Messrs")
            else m.group("title")[:-1]
        )
        if m.group("title") == "Comrades" and any(
            len(piece.split()) > 1 for piece in LIST_SEPARATOR.split(m.group("names"))
        ):
            return  # "Comrades Nicolae Ceausescu, Ion Gheorghe Maurer": names in full, read so
        names = m.group("names")
        in_full = [  # "Messrs. Franklin Lincoln, George Anderson, and Robert Murphy"
            (piece.start(), piece.end())
            for piece in re.finditer(r"[A-Z][^,]*?(?=,|\s+and\s|$)", names)
            if len(piece.group().split()) > 1
        ]
        for name in re.finditer(r"[A-Z][A-Za-z'’-]+", names):
            start, end = m.start("names") + name.start(), m.start("names") + name.end()
            if any(a <= name.start() < b for a, b in in_full):
                continue  # a name in full is read as one (the names' scan finds it)
            if self.overlaps(start, end) or is_not_a_person(name.group()):
                continue
            known = self.known_by_surname(name.group())
            if known:  # "Comrades Tikhonov, Dolgikh" after "V. I. Dolgikh" in the list above
                self.add(name.group(), start, end, "name", known, 0.9, "surname of one named")
                continue
            candidates = self.match(name.group(), title=title_word(title))
            self.link(name.group(), start, end, "name", candidates, local_name=name.group())

    def inverted_name(self, m: re.Match) -> None:
        """ "Kirk, Alan G." in a file heading: an index's inverted name."""
        if self.overlaps(m.start(), m.end()) or not self.matcher.is_given_name(m.group("given")):
            return
        candidates = self.match(
            f"{m.group('given')} {m.group('initials')} {m.group('surname')}", garbled=False
        )
        if candidates and candidates[0].score >= 0.8:
            self.link(m.group(), m.start(), m.end(), "name", candidates)

    def titled_name(self, m: re.Match) -> None:
        start, end = m.start(), m.end()
        if self.overlaps(start, end) or re.search(
            r"\b(?:to|of|for)\s+the\s+$", self.text[max(0, start - 8) : start]
        ):
            return  # "Assistant to the President Kissinger": the title belongs to an office
        title, name = m.group("title"), m.group("name")
        honorific = re.match(rf"(?:{HONORIFICS})\.?$", title) is not None
        name = (
            self.given_and_word_surname(name)
            or trim_name(name)
            or ("" if honorific else self.word_surname_in_office(title, name))
        )
        if " " in name and self.ends_in_a_time_word(name, m.start("name"), m.end("name")):
            name = name.rsplit(" ", 1)[0]  # "PREMIER SMITH EARLY IN JUNE"
        if re.fullmatch(r"[A-Z][a-z]{2,}\s+[A-Z]", name):
            # "Col. Grogan C/EE" in a distribution list: an office's letter after the surname,
            # no surname of one letter
            name = name.split()[0]
        name_at = m.start("name")
        portfolio = PORTFOLIO.match(name) if title.rstrip("s") == "Minister" else None
        if portfolio:  # "Minister Justice Mwamba": the ministry, then the name
            name, name_at = name[portfolio.end() :], name_at + portfolio.end()
        if not name:
            return
        country = COUNTRY_AFTER_TITLE.get(name.split()[0])
        if country:  # "President USA", "Ambassador USSR in USA": an office, written the Soviet way
            self.office_of_country(title, country, start, name_at + len(name.split()[0]))
            return
        if len(name.split()) > 1 and all(len(word.strip(".")) <= 2 for word in name.split()):
            # "Secretary of State G NO": letters left of a form, no name ("Mr. K" is read below)
            return
        end = name_at + len(name)
        if self.named_thing_after(end):
            return
        if WIFE.match(title):
            self.woman(m.group(0)[: end - start], start, end, name)
            return
        knight = self.knight(name) if title.rstrip(".") == "Sir" else None
        if knight:  # "Sir Oliver" is Sir Oliver Franks, named in full before
            self.add(self.doc.text[start:end], start, end, "name", knight, 0.9, "Sir, given name")
            return
        if len(name) == 1 or re.fullmatch(r"[A-Z]\.?", name):  # "Mr. K"
            self.initial(m.group(0)[: end - start], start, end, name)
            return
        wrapped = WRAPPED_NAME_END.match(self.text, end)
        if wrapped:
            # "FOREIGN MINISTER HAFIZULLAH" / "AMIN.": a cable's line broke the name
            whole = self.match(f"{name} {wrapped['word']}", garbled=False)
            if whole and whole[0].score >= 0.95:
                name, end = f"{name} {wrapped['word']}", wrapped.end("word")
        words = name.split()
        # "Comrade Leonid Ilyich": a given name and patronymic after the title (a surname that
        # looks like one, "Foreign Minister Koca Popovich", is matched as a name)
        by_patronymic = (
            self.matcher.known_by_patronymic(words[0], words[1], self.context)
            if len(words) == 2 and PATRONYMIC.fullmatch(words[1])
            else []
        )
        candidates = (
            by_patronymic
            or self.match(
                name, title=title_word(title, self.text[max(0, start - 30) : start]), garbled=True
            )
            or self.near_known(name)
        )
        if not candidates and len(words) == 2 and not self.matcher.is_given_name(words[0]):
            # "Governor Xvrlth Harriman": scan debris before a surname the title fits.
            candidates = [
                c
                for c in self.match(words[1], title=title_word(title), garbled=False)
                if c.score >= 0.85
            ][:1]
        known = self.known_by_surname(name) if " " not in name else None
        weak = not candidates or candidates[0].score < LINK_THRESHOLD
        if known and not honorific and not (weak and known.startswith("local:")):
            # "Foreign Minister Kamil" after "Muhammad Ibrahim Kamil", whom the registry lacks,
            # is he; a title is not otherwise given to a namesake ("President Kennedy" after
            # "Robert F. Kennedy")
            known = None
        if known and known.startswith("local:"):
            # "Mr. Doe" after "John Q. Doe", whom the registry lacks
            why = f"surname of {self.local[known]}, named in the document"
            kind = "name" if honorific else "role"
            self.add(self.doc.text[start:end], start, end, kind, known, 0.8, why)
            return
        if known:
            candidates = self.named_here_first(candidates, known)
        kind = (
            "garbled"
            if candidates and candidates[0].evidence.startswith("OCR")
            else ("name" if honorific else "role")
        )
        plain = all(not is_not_a_person(w) for w in name.split())
        written = self.doc.text[start:end]
        mention = self.link(
            written,
            start,
            end,
            kind,
            candidates,
            local_name=name if plain and is_personal_title(title) else None,
        )
        if mention and mention.person_id:
            self.note_title(title, mention.person_id)
            key = title_word(title)
            if key in TITLE_OFFICES and mention.person_id in self.matcher.by_id:
                self.titles.setdefault(mention.person_id, set()).add(key)

    def given_and_word_surname(self, name: str) -> str | None:
        """ "Secretary Harold Brown": a given name, then a surname that is also a word ("Brown",
        "White", "Young"), where the registry knows the two together."""
        words = name.split()
        if len(words) < 2 or not is_not_a_person(words[1]) or not words[1][:1].isupper():
            return None
        if not self.matcher.is_common_given_name(words[0]):
            return None
        whole = f"{words[0]} {words[1].rstrip(',;:.')}"
        known = self.match(whole, garbled=False)
        return whole if known and known[0].score >= NAME_AS_KNOWN else None

    def word_surname_in_office(self, title: str, name: str) -> str:
        """ "Prime Minister Begin", "Secretary Brown": a surname that is also a word ("BEGIN
        TEXT"), after the title of an office its bearer held on the document's date."""
        word = re.sub(r"['’]s?$", "", name.split()[0]).rstrip(",;:.")
        if not (word[:1].isupper() and word[1:].islower()):
            return ""
        candidates = self.match(word, title=title_word(title), garbled=False)
        # (an undated paper's title is no proof: the office is checked at the date only)
        held = candidates and candidates[0].office and candidates[0].score >= LINK_THRESHOLD
        return word if held else ""

    def ends_in_a_time_word(self, name: str, start: int, end: int) -> bool:
        """Whether a name written in capitals ends in a word of time ("SMITH EARLY NEXT WEEK")
        the registry does not know as part of it ("STEPHEN EARLY" is the press secretary)."""
        return (
            name.split()[-1].lower() in TIME_AFTER_NAME
            and self.doc.text[start:end].isupper()
            and not self.matcher.is_known_name(name)
        )

    def named_here_first(self, candidates: list[Candidate], known: str) -> list[Candidate]:
        """ "Mr. Smith" after "Merriman Smith, United Press": the one namesake the document has
        named already, though another of the name held office then."""
        chosen = next((c for c in candidates if c.person.id == known), None)
        if chosen is None or chosen is candidates[0]:
            return candidates
        chosen.score = max(chosen.score, LINK_THRESHOLD)
        chosen.evidence += "; the one of the name named in the document"
        return [chosen, *(c for c in candidates if c is not chosen)]

    def named_thing_after(self, end: int) -> bool:
        """Whether the name ending here names a thing ("Kennedy Center", "Marshall Plan"); in a
        cable's capitals the word after it was read in lower case ("KENNEDY CENTER")."""
        after = self.text[end : end + 20]
        return bool(
            NAMED_THING.match(after) or self.all_capitals and NAMED_THING.match(after.title())
        )

    def knight(self, given: str) -> str | None:
        """The one person already named in the document whose given name this is: the British
        call a knight "Sir" and his given name."""
        named = {m.person_id for m in self.mentions if m.person_id in self.matcher.by_id}
        fitting = {pid for pid in named if self.matcher.by_id[pid].name.split()[0] == given}
        return fitting.pop() if len(fitting) == 1 else None

    def office_of_country(self, title: str, country: str, start: int, end: int) -> None:
        word = title_word(title)
        office = (
            {
                ("president", "US"): "President of the United States",
                ("ambassador", "USSR"): "Soviet Ambassador",
                ("ambassador", "US"): "American Ambassador",
                ("chairman", "USSR"): "Chairman of the Council of Ministers",
            }.get((word, country))
            if word
            else None
        )
        if not office:
            return
        extra = re.match(
            r"\s+in\s+(?:the\s+)?(?:USA|US|USSR|U\.S\.A\.)\b", self.text[end : end + 12]
        )  # "... in USA"
        end += extra.end() if extra else 0
        written = self.doc.text[start:end]
        candidates = self.resolve_role(office)
        if candidates:
            self.link(written, start, end, "role", candidates)

    def names_a_man(self, name: str) -> bool:
        """Whether the full name is a man's the registry knows ("Chiang Kai-shek")."""
        found = self.match(name, garbled=False)
        return bool(found) and not (
            is_female_record(found[0].person) or woman_by_name(found[0].person)
        )

    def woman(
        self, written: str, start: int, end: int, name: str, kind: str = "name"
    ) -> Mention | None:
        """ "Mrs. Rusk" is not Dean Rusk: his wife where the registry knows her, else a person of
        her own."""
        wives = self.matcher.wife_of(name.split()[-1])
        if len(wives) == 1:
            return self.add(
                written,
                start,
                end,
                kind,
                wives[0].id,
                0.8,
                f"wife of the {name} the registry knows",
            )
        candidates = [
            c
            for c in self.match(name, garbled=False)
            if not any(o.title for o in c.person.offices)
            and is_female_record(c.person)
            or woman_by_name(c.person)  # "Mrs. Gandhi", "Mrs. Meir": the Prime Minister herself
        ]
        # her name as written, without an office after it ("Mrs. Bonnie Doe, Notetaker")
        own_name = written.split(",")[0].strip()
        return self.link(written, start, end, kind, candidates, local_name=own_name)

    def near_known(self, name: str) -> list[Candidate]:
        """A surname OCR damaged past the registry's reach ("Mr. Dulle.-r") that is one slip
        from someone the document already names."""
        words = name.split()
        if not words or len(words[-1]) < 4:
            return []
        key = skeleton(words[-1])
        near = [
            self.matcher.by_id[i]
            for i in self.context.known
            if i in self.matcher.by_id
            and name_tokens(self.matcher.by_id[i].name)
            and ocr_distance(key, skeleton(name_tokens(self.matcher.by_id[i].name)[-1]), 1.0) <= 1.0
        ]
        return (
            [
                Candidate(
                    near[0], 0.7, f"OCR-garbled {name!r} ~ {near[0].name}, named in the document"
                )
            ]
            if len(near) == 1
            else []
        )

    def initial(self, written: str, start: int, end: int, letter: str) -> None:
        """ "Mr. K": the one person the document names whose surname starts so."""
        letter = letter.strip(".").lower()
        known = [self.matcher.by_id[i] for i in self.context.known if i in self.matcher.by_id]
        matching = [
            p for p in known if name_tokens(p.name) and name_tokens(p.name)[-1].startswith(letter)
        ]
        if len(matching) == 1:
            self.add(
                written,
                start,
                end,
                "name",
                matching[0].id,
                0.8,
                f"initial of {matching[0].name}, named in the document",
            )

    def names_run_together(self, text: str, m: re.Match) -> None:
        """A list's names run together ("Karl E. Mundt Hugh D. Scott", or one a line)
        are read one by one."""
        name = m.group("name")
        # both of the pattern's forms hold an initial's full stop: a plain search first
        second = SECOND_NAME.search(name) if "." in name else None
        if not second:
            self.full_name(m)
            return
        gap = "cut" if second.group("cut") else "cut2"
        cut, at = m.start("name") + second.start(gap), m.start("name") + second.end(gap)
        first = FULL_NAME.match(text, m.start("name"), cut)
        if first:
            self.full_name(first)
        rest = FULL_NAME.match(text, at, m.end("name"))
        if rest:
            self.names_run_together(text, rest)

    def full_name(self, m: re.Match) -> None:
        written = POSSESSIVE.sub("", m.group("name").rstrip())
        start = m.start("name")
        end = start + len(written)
        if self.overlaps(start, end):
            return
        words = written.split()
        if " ".join(words).lower() in PLACE_PHRASES:
            return  # "San Francisco": no Francisco
        if (
            words[0].lower() in CLAUSE_STARTS
            or any(is_not_a_person(w) for w in words if len(w) > 2)
            and not words[0].endswith(".")
            # ("Harold Brown", "Andrew Young": a surname that is also a word, with his name)
            and not self.matcher.is_known_name(written)
        ):
            return
        if NAMED_THING.match(self.text[end : end + 20]) or NAMED_THING.match(f" {words[-1]}"):
            return  # "Kremlin Palace", "Park Avenue"
        if ARCHIVE_WORDS & {part.lower() for w in words for part in w.split("-")}:
            return  # "Carter Presidential Papers-Staff Offices": a series of files
        initials = bool(re.match(r"^(?:[A-Z]\.\s?){1,3}", written))
        while not initials and len(words) > 2 and not self.matcher.is_given_name(words[0]):
            # "African Affairs Joseph Palmer": the name starts at its given name.
            start += len(words[0]) + 1
            start += len(self.text[start : start + 40]) - len(
                self.text[start : start + 40].lstrip()
            )
            words = words[1:]
            written = " ".join(words)
        if len(words) == 2 and PATRONYMIC.fullmatch(words[1]):
            # "Nikita Sergeyevich": a Russian given name and patronymic
            candidates = self.matcher.known_by_patronymic(words[0], words[1], self.context)
            self.link(written, start, end, "name", candidates)
            return
        if self.ends_in_a_time_word(written, start, end):
            return  # "SMITH EARLY": no name of two words (the bare surname is left unlinked)
        first = words[0]
        # "Zhang Motang": a Chinese or Korean name opens with its family name
        family_first = len(words) <= 3 and fold(first) in FAMILY_NAMES_SAID_FIRST
        if not initials and not self.matcher.is_given_name(first) and not family_first:
            if self.matcher.is_known_name(
                written
            ):  # "Tommy Thompson": a variant the registry holds
                candidates = self.match(written, garbled=False)
                self.link(written, start, end, "name", candidates)
            return
        if not self.matcher.knows_surname(words[-1]) and not initials:
            plain = (
                len(words) >= 2
                and len(words[-1]) >= 3
                and not any(w.endswith(".") for w in words[1:-1] if len(w) > 2)
            )
            opens_as_a_name = self.matcher.is_common_given_name(first) or family_first
            if plain and opens_as_a_name and not self.all_capitals:
                self.link(written, start, end, "name", [], local_name=written)
            return
        candidates = self.match(written, garbled=False)
        if candidates and candidates[0].score >= LINK_THRESHOLD:
            self.link(written, start, end, "name", candidates)
        elif not initials and (not self.all_capitals or self.matcher.is_common_given_name(first)):
            # In capitals any word may look like a name ("THE THIRD MAJOR ISSUE"): a person the
            # registry lacks needs a common given name there.
            self.link(written, start, end, "name", candidates, local_name=written)

    def bare_surname(self, m: re.Match) -> bool:
        """Link a capitalised word that is a surname here; False when the word itself is no
        one's name (too short, a place, an ordinary word), wherever it stands."""
        word = m.group()
        if word.endswith("s"):
            word = POSSESSIVE.sub("", word)
        start = m.start()
        end = start + len(word)
        if len(word) < 3:
            return False
        if (
            is_not_a_person(word)
            and not self.speaking_office_holder(word, end)
            and not self.participants_surname(word)
        ):
            return False  # a place or an ordinary word ("Kent suggested" is Sherman Kent)
        if (
            "-" not in word
            and not self.local
            and not self.matcher.knows_surname(word)
            and not SPEAKS.match(self.text[end : end + 40])
        ):
            return True
        if self.overlaps(start, end):
            return True
        if ROLE_TEXT.match(self.text, max(0, start - 4)) and THE_BEFORE.search(
            self.text, max(0, start - 4), start
        ):
            return True  # "The Chancellor said": an office the roles read, no surname
        if IMPERATIVE_OBJECT.match(self.text, end) and at_sentence_start(self.text, start):
            return True  # "Read the following excerpts": a verb, not Benjamin H. Read
        if self.named_thing_after(end) or TIME_BEFORE.search(self.text[max(0, start - 8) : start]):
            return True  # "Kremlin Palace"; "12:00 Noon" is a time, not Feroz Khan Noon
        if between_places(self.text, start, end):
            return True  # "Repeated to ... Manila, Wellington, New Delhi": a city
        pieces = word.split("-")
        if len(pieces) > 1 and pieces[-1].lower() in LIKENESS_WORDS:
            return True  # "NASSER-STYLE", "Gaullist-type": a manner, no mention of the man
        if len(pieces) > 1 and not self.matcher.knows_surname(word):
            # "Kennedy-Khrushchev exchange": two people (but "Kosciusko-Morizet" is one)
            offset = start
            for piece in pieces:
                if len(piece) >= 3 and piece[0].isupper() and not is_not_a_person(piece):
                    self.surname(piece, offset, offset + len(piece))
                offset += len(piece) + 1
            return True
        self.surname(word, start, end)
        return True

    def participants_surname(self, word: str) -> bool:
        """Whether an ordinary word is the surname of one of those the header lists ("Brown
        said" under "Secretary Harold Brown", "informing Begin" under "Prime Minister Begin")."""
        if self.participant_surnames is None:  # asked of every ordinary word: counted once
            self.participant_surnames = participant_surnames(self.doc)
        return self.participant_surnames[word.lower()] == 1

    def surname(self, word: str, start: int, end: int) -> None:
        def link(person_id: str, confidence: float, evidence: str) -> None:
            self.add(word, start, end, "name", person_id, confidence, evidence)

        if in_proper_noun(self.text, start, end):
            before = CAPITAL_BEFORE.search(self.text, max(0, start - 30), start)
            whole = f"{before.group(1)} {word}" if before else ""
            if before and self.matcher.is_known_name(whole):  # "U Thant": both words his name
                candidates = self.match(whole, garbled=False)
                self.link(whole, before.start(1), end, "name", candidates)
            return
        local = self.known_by_surname(word)
        if local and local.startswith("local:"):
            link(local, 0.8, f"surname of {self.local[local]}, named in the document")
            return
        if not self.matcher.knows_surname(word):
            if (
                not self.all_capitals
                and len(word) >= 4
                and SPEAKS.match(self.text[end : end + 40])
                and not CABLE_OFFICE.fullmatch(word)  # "PriMin strongly reiterated": an office
                and not (word.isupper() and office_of(word))  # "DDCI suggested": one too
            ):
                # "Goodwin subsequently requested": a person the registry does not know.
                link(self.local_id(word), 0.0, "the subject of speech; not in the registry")
            return
        mark = len(self.mentions)
        capitals = self.all_capitals or word.isupper()
        key = skeleton(word)
        known = self.known_surnames().get(key, [])
        if len(known) == 1:
            link(known[0].id, 0.9, f"surname of {known[0].name}, named elsewhere in the document")
            return
        if known:
            return
        candidates = self.match(word, garbled=False)
        if not candidates:
            return
        best = candidates[0]
        if (
            self.matcher.is_mostly_given_name(word)
            and not ("core" in best.person.sources and best.evidence.startswith("name as known"))
            and not SPEAKS.match(self.text[end : end + 40])
        ):
            # "Walter" alone is someone's given name, not a surname; "Nasser" is known by it, and
            # "Godfrey noted" in meeting notes is a surname.
            return
        safe = stands_out(candidates) or (
            # "Stalin" in 1960: the only one of that name, dead or not
            len(candidates) == 1
            and "core" in best.person.sources
            and best.score >= 0.7
            and not seldom_and_time_unknown(best.person, self.context)
        )
        if capitals and not (
            "core" in best.person.sources or best.person.volumes >= VOLUMES_IN_CAPITALS
        ):
            safe = False
        if capitals and DETERMINER_BEFORE.search(self.text, max(0, start - 12), start):
            safe = False  # "IN ANY CASE", "AT HOME": in capitals an ordinary word
        if safe:
            link(best.person.id, best.score, best.evidence)
        elif not capitals and self.plainly_a_person(start, end):
            # The words around make it a person ("Godfrey advised", "Malik and Moynihan"): the
            # dominant namesake if there is one, else a person known by this name alone.
            if (
                best.score >= LINK_THRESHOLD
                and clearly_best(candidates, margin=0.1)
                # (an interpreter the volumes name once is no "Tang" of an undated paper)
                and not seldom_and_time_unknown(best.person, self.context)
            ):
                link(best.person.id, best.score, best.evidence + "; the context makes it a person")
            else:
                link(
                    self.local_id(word),
                    best.score,
                    "a person by the context; namesakes: "
                    + "; ".join(c.person.name for c in candidates[:3]),
                )
        if len(self.mentions) == mark and self.deferred is not None:
            self.deferred.append((word, start, end))  # perhaps once the roles have named someone

    def speaking_office_holder(self, word: str, end: int) -> bool:
        """ "Kent suggested": a word that is also a place, the subject of speech, and the surname
        of someone who held an office on the document's date ("Washington said" is not)."""
        if not SPEAKS.match(self.text[end : end + 40]) or not self.context.date:
            return False
        return any(
            any(holds_office(o, self.context.date) for o in c.person.offices)
            for c in self.match(word, garbled=False)[:1]
            if c.score >= 0.9
        )

    def plainly_a_person(self, start: int, end: int) -> bool:
        """A capitalised word the sentence treats as a person: the subject of speech, or
        coordinated with a person already linked ("Trotsky and Lenin")."""
        after = self.text[end : end + 40]
        if SPEAKS.match(after):
            return True
        before = self.text[max(0, start - 30) : start]
        if paper_between(before):
            return True  # "a covering memorandum from Thompson to Bundy": the writer, the reader
        for m in (re.match(r"^\d{0,2}(?:,\s+|\s+and\s+|\s+or\s+)([A-Z][a-z][A-Za-z'’-]*)", after),):
            # ("Fine, Mr. President": one addressed after a comma is no coordinated name)
            vocative = m is not None and re.fullmatch(HONORIFICS, m.group(1)) is not None
            if m and not vocative and self.is_person_at(end + m.start(1), end + m.end(1)):
                return True
        m = re.search(r"([A-Z][a-z][A-Za-z'’-]*)\d{0,2}(?:,|\s+and|\s+or)\s+$", before)
        return m is not None and self.is_person_at(
            start - len(before) + m.start(1), start - len(before) + m.end(1)
        )

    def is_person_at(self, start: int, end: int) -> bool:
        """Whether the words at [start, end) are a person: already linked, or a surname the
        registry knows well."""
        if self.overlaps(start, end):
            return any(m.start <= start < m.end and m.person_id for m in self.mentions[-40:])
        word = self.text[start:end]
        found = (
            self.match(word, garbled=False)
            if self.matcher.knows_surname(word) and not is_not_a_person(word)
            else []
        )
        return bool(found) and found[0].score >= 0.8

    def scan_notes(self) -> None:
        """Names in footnotes count as references too (no span in the text); the source note's
        archival citation does not ("Brzezinski Donated Material", "Whitman File"). Read with
        the names, before surnames alone, so that "Ross and Wise" in the text finds the "David
        Wise and Thomas B. Ross" a note names."""
        for note in self.doc.footnotes:
            text = note.text or ""
            source_note = text.lower().startswith("source:")
            if source_note:
                # The archival citation names files and collections; what the editors tell
                # after it names people.
                text = narrative_of_source_note(text)
            if not text:
                continue
            if not source_note:
                self.identified_in_note(text)
            for m in TITLED.finditer(text):
                name = trim_name(m.group("name"))
                if not name or len(name) < 3:
                    continue
                candidates = self.match(
                    name,
                    title=title_word(m.group("title"), text[max(0, m.start() - 30) : m.start()]),
                )
                honorific = HONORIFIC_TITLE.match(m.group("title")) is not None
                written = text[m.start() : m.start("name") + len(name)]
                if candidates and candidates[0].score >= 0.8:
                    self.add(
                        written,
                        -1,
                        -1,
                        "name" if honorific else "role",
                        candidates[0].person.id,
                        candidates[0].score,
                        candidates[0].evidence,
                    )
                elif is_personal_title(m.group("title")) and len(name.split()) >= 2:
                    self.add(
                        written,
                        -1,
                        -1,
                        "name",
                        self.local_id(name),
                        0.0,
                        "named in a note; not in the registry",
                    )
            for m in FULL_NAME.finditer(text):
                written = POSSESSIVE.sub("", m.group("name").rstrip())
                words = written.split()
                if any(is_not_a_person(w) for w in words if len(w) > 2) or NAMED_THING.match(
                    text[m.end() : m.end() + 20]
                ):
                    continue
                candidates = self.match(written, garbled=False)
                # "Bill Jorden's new No. 2": a common given name and a surname that match one
                # person whole are a name, wherever the registry has him from.
                whole = bool(candidates) and candidates[0].score >= 0.95
                if candidates and (
                    confident(candidates[0])
                    or whole
                    and self.matcher.is_common_given_name(words[0])
                    and (len(candidates) == 1 or candidates[1].score < candidates[0].score - 0.15)
                ):
                    self.add(
                        written,
                        -1,
                        -1,
                        "name",
                        candidates[0].person.id,
                        candidates[0].score,
                        candidates[0].evidence,
                    )
                elif (
                    self.matcher.is_common_given_name(words[0])
                    and len(words[-1]) >= 3
                    and not candidates
                ):
                    self.add(
                        written,
                        -1,
                        -1,
                        "name",
                        self.local_id(written),
                        0.0,
                        "named in a note; not in the registry",
                    )
            # "For text of Khrushchev's letter to Eisenhower, see ...": a pointer to another
            # paper's printed text names that paper's correspondents, not this one's people.
            pointers = [(c.start(), c.end()) for c in TEXT_POINTER.finditer(text)]
            # "W. Bradley Connors": a given name inside a full name is no one's surname
            opening = IDENTIFYING_NOTE.match(text)
            inside = [(opening.start(), opening.end("name"))] if opening else []
            for m in WORD.finditer(text):
                if any(a <= m.start() and m.end() < b for a, b in inside):
                    continue
                word = POSSESSIVE.sub("", m.group())
                person = self.known_by_surname(word)
                if person and not is_not_a_person(word):
                    self.add(
                        word, -1, -1, "name", person, 0.85, "surname of a person the document names"
                    )
                elif NAMED_THING.match(text[m.end() : m.end() + 20]):
                    continue
                elif source_note:
                    # who handled the document, as the editors tell ("a covering memorandum from
                    # Thompson to Bundy": a writer and a reader, whoever the registry makes them)
                    before = text[max(0, m.start() - 30) : m.start()]
                    self.note_surname(word, paper_between(before))
                    self.note_words_left.append(word)
                elif not is_not_a_person(word) and not any(a <= m.start() < b for a, b in pointers):
                    self.surname_in_note(word)

    def identified_in_note(self, text: str) -> None:
        """The editors' note that identifies a person ("K. P. S. Menon, Secretary, Indian Ministry
        of External Affairs."): its opening name is a person's, initials and all, whether the
        registry knows him or not."""
        m = IDENTIFYING_NOTE.match(text)
        if not m:
            return
        name = m["name"]
        words = name.split()
        if (
            any(is_not_a_person(w) for w in words if len(w) > 2)
            or " ".join(words).lower() in PLACE_PHRASES
        ):
            return
        candidates = self.match(name, garbled=False)
        if candidates and candidates[0].score >= 0.85:  # a person, as the note says: any match
            best = candidates[0]
            self.add(name, -1, -1, "name", best.person.id, best.score, best.evidence)
        elif not candidates or candidates[0].score < LINK_THRESHOLD:
            self.add(
                name,
                -1,
                -1,
                "name",
                self.local_id(name),
                0.0,
                "identified in a note; not in the registry",
            )

    def surname_in_note(self, word: str) -> None:
        """A surname alone in an editors' note ("for Komer's attention"): the person, where one
        namesake clearly stands out in the document's time and is well known (the core
        registry's, or listed in several volumes)."""
        if len(word) < 4 or self.matcher.is_mostly_given_name(word):
            return
        if not self.matcher.knows_surname(word):
            return
        candidates = self.match(word, garbled=False)
        if candidates and stands_out(candidates):
            best = candidates[0]
            self.add(word, -1, -1, "name", best.person.id, best.score, best.evidence)

    def scan_officers(self) -> None:
        """The officers a note's drafting sentence names ("Drafted by Abbott; cleared by Van Horne
        and Ellis (White House)"), once the document's time is known."""
        for note in self.doc.footnotes:
            for word in officers_named(note.text or ""):
                self.officer_in_note(word)
        # the cable's capitals, which ``self.text`` has recased
        for token, start, end in cable_officers(self.doc.text):
            self.cable_officer(token, start, end)

    def cable_officer(self, token: str, start: int, end: int) -> None:
        """ "PDCONSTABLE" in an automated cable's drafting and clearing lines: initials run into a
        surname, split where the rest is a surname the registry knows for someone of those
        initials then."""
        if self.overlaps(start, end):
            return
        for cut in (1, 2, 3):
            initials, surname = token[:cut], token[cut:].title()
            if len(surname) < 3 or not self.matcher.knows_surname(surname):
                continue
            written = " ".join(f"{letter}." for letter in initials) + f" {surname}"
            best = clearly_best([c for c in self.match(written, garbled=False) if c.score >= 0.8])
            if best:
                self.add(token, start, end, "name", best.person.id, best.score, best.evidence)
                return

    def note_surname(self, word: str, a_correspondent: bool = False) -> None:
        """A surname alone in the editors' source note ("handed over by
        Dobrynin"): a principal official the registry knows well by it, with no namesake near.
        ``a_correspondent``: the note calls him a paper's writer or reader ("memorandum from
        Thompson to Bundy"), a person whether or not the registry can tell which."""
        if len(word) < 4 or is_not_a_person(word) or not self.matcher.knows_surname(word):
            return
        candidates = self.match(word, garbled=False)
        if not candidates or self.matcher.is_mostly_given_name(word):
            return
        best = clearly_best(candidates)
        if best and best.score >= 0.9 and "core" in best.person.sources:
            self.add(
                word, -1, -1, "name", best.person.id, best.score, best.evidence + "; in a note"
            )
        elif a_correspondent:
            top = clearly_best(candidates, margin=0.1)
            if top and top.score >= 0.8:
                self.add(
                    word, -1, -1, "name", top.person.id, top.score, top.evidence + "; in a note"
                )
            else:
                self.add(
                    word, -1, -1, "name", self.local_id(word), 0.0, "a correspondent in a note"
                )

    def note_surnames_again(self) -> None:
        """The source note's surnames no one was found for, once an undated paper's people have
        placed it in time ("A copy was sent to Vance." in a memorandum of Brzezinski's)."""
        noted = {m.text for m in self.mentions if m.start < 0}
        for word in dict.fromkeys(self.note_words_left):
            if word not in noted:
                self.note_surname(word)

    def officer_in_note(self, word: str) -> None:
        """A surname the editors' drafting note gives ("cleared with Matthews (G), Bohlen (C)"):
        the one person of that name the registry places at the document's time."""
        if self.known_by_surname(word) or is_not_a_person(word):
            return
        if self.matcher.is_mostly_given_name(word):
            return
        if " " not in word and not self.matcher.knows_surname(word):  # "Van Hollen" is matched
            return
        best = clearly_best(self.match(word, garbled=False))
        if best and best.score >= 0.8:
            self.add(word, -1, -1, "name", best.person.id, best.score, best.evidence)

    def known_surnames(self) -> dict[str, list]:
        """The registry persons the document names so far, by surname; kept until one more is named
        (a long text names the same few people thousands of times)."""
        if self.surnames_of_known[0] != len(self.context.known):
            by_key: dict[str, list] = {}
            for pid in self.context.known:
                person = self.matcher.by_id.get(pid)
                tokens = name_tokens(person.name) if person and not is_wife(person) else []
                if tokens:  # (a wife named is "Mrs. Doe", not her husband's "Doe")
                    by_key.setdefault(skeleton(tokens[-1]), []).append(person)
            self.surnames_of_known = (len(self.context.known), by_key)
        return self.surnames_of_known[1]

    def known_by_surname(self, word: str) -> str | None:
        """The one person the document already names (from the registry or not) whose surname
        this is."""
        key = skeleton(word)
        found = {p.id for p in self.known_surnames().get(key, []) if surname_key(p.name) == key}
        found |= {
            pid
            for pid, name in self.local.items()
            # (a wife named by her husband's name, "Mrs Zamyatin", is not "Zamyatin")
            if " " in name and surname_key(name) == key and not WIFE.match(name)
        }
        return found.pop() if len(found) == 1 else None

    def salutations(self) -> None:
        """ "Dear Jack:", "Dear Mr. President:": the letter's addressee, by what the document
        says."""
        for m in ADDRESSEE_SALUTATION.finditer(self.text[:3000]):
            whole, written = m.group("whole"), m.group("name") or m.group("office")
            start, end = m.start("whole"), m.end("whole")
            addressee = next(
                (r for r in self.doc.recipients if r.person_id in self.matcher.by_id), None
            )
            if re.match(
                r"(?:Mr\.|Madame)\s+(?:President|Chairman|General Secretary|Secretary|"
                r"Ambassador|Prime Minister|Foreign Minister)$",
                written,
            ):
                holder = self.quoted_letter_addressee(start) or self.office_addressed(
                    written.split(None, 1)[1], addressee
                )
                if holder:
                    self.replace(start, end)
                    self.add(
                        whole,
                        start,
                        end,
                        "role",
                        holder[0],
                        0.95 if holder[0] == (addressee and addressee.person_id) else 0.85,
                        holder[1],
                    )
                continue
            if GENERIC_ADDRESS.match(written):
                continue  # "Dear Sir:" names no one, whoever the address above it names
            if " " in written:  # "Dear Mr. Menshikov"
                candidates = self.match(written)
            else:
                candidates = self.matcher.resolve_given_name(written, self.context)
                if not candidates and addressee:
                    candidates = [
                        Candidate(
                            self.matcher.person(addressee.person_id), 0.7, "the letter's addressee"
                        )
                    ]
            self.replace(start, end)
            mention = self.link(whole, start, end, "salutation", candidates)
            if mention:
                for party in self.doc.recipients:
                    if (
                        party.as_written in (written, whole)
                        and party.person_id != mention.person_id
                    ):
                        party.person_id = mention.person_id
                        party.name = self.matcher.person(mention.person_id).name

    def quoted_letter_addressee(self, start: int) -> tuple[str, str] | None:
        """Whom a letter quoted in a memorandum or a telegram addresses as "Dear Mr. President":
        the person the paper says the letter goes to ("message to Gursel from President"), not
        the paper's own addressee. Only the last such phrase before the salutation counts."""
        if self.doc.type == "letter":
            return None
        said = next(reversed(list(LETTER_ADDRESSED.finditer(self.text, 0, start))), None)
        if said is None:
            return None
        candidates = self.match(said.group("name"))
        if not candidates or candidates[0].score < 0.6:
            return None
        if len(candidates) > 1 and candidates[1].score >= candidates[0].score:
            return None
        return candidates[0].person.id, f"the quoted letter goes to {said.group(0)!r}"

    def office_addressed(self, office: str, addressee: Party | None) -> tuple[str, str] | None:
        """Whom "Dear Mr. President" addresses: the letter's addressee, unless the addressee holds
        no such office and someone else, not the writer, held it then (a letter quoted in a
        note to an ambassador: "Dear Mr. President" is Truman, not the ambassador)."""
        word = office.lower()
        if addressee:
            person = self.matcher.person(addressee.person_id)
            if word in (addressee.role or "").lower() or any(
                word in o.title.lower() for o in person.offices
            ):
                return person.id, "the letter's addressee"
        writer = self.doc.sender.person_id if self.doc.sender else None
        others = [
            c
            for c in self.resolve_role(office)
            if c.person.id not in (writer, addressee and addressee.person_id)
        ]
        if (
            others
            and others[0].score >= LINK_THRESHOLD
            and others[0].person.id in self.context.known
        ):
            return others[
                0
            ].person.id, f"{others[0].person.name} held the office then and the document names him"
        if addressee and addressee.person_id:
            return addressee.person_id, "the letter's addressee"
        return None

    def replace(self, start: int, end: int) -> None:
        """Drop mentions inside a span a better reading covers."""
        self.mentions = [x for x in self.mentions if not (x.start >= start and x.end <= end)]

    def surnames_named_in_full(self) -> None:
        """A correspondent or participant by surname alone the registry could not place ("the
        President's Special Assistant (Schlesinger)" in an undated memorandum) is the one person
        of that surname the text names in full ("Arthur Schlesinger")."""
        header = {party.person_id for party in party_list(self.doc)}
        lone = {
            local: surname_key(name)
            for local, name in self.local.items()
            if local in header
            and len(name_tokens(name)) == 1
            and not WIFE.match(name)  # "Mrs. Dobrynin" is not the Ambassador
        }
        if not lone:  # the common case: nothing to look up
            return
        named: dict[str, set[str]] = {}
        for person_id in {mention.person_id for mention in self.mentions}:
            person = self.matcher.by_id.get(person_id or "")
            if person:
                named.setdefault(surname_key(person.name), set()).add(person.id)
        moved = {
            local: next(iter(fits))
            for local, key in lone.items()
            if len(fits := named.get(key, set())) == 1
        }
        for mention in self.mentions:
            if mention.person_id in moved:
                mention.person_id = moved[mention.person_id]
        for party in party_list(self.doc):
            if party.person_id in moved:
                party.person_id = moved[party.person_id]
                party.name = self.matcher.by_id[party.person_id].name

    def honorifics_follow_full_names(self) -> None:
        """ "Mr. Roe" read before the text's "William Roe": the one person of that surname the
        text names in full, not a namesake of the registry named nowhere else in it."""
        full: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.person_id and len(name_tokens(mention.text)) >= 2:
                full.setdefault(surname_key(mention.text), set()).add(mention.person_id)
        for mention in self.mentions:
            m = HONORIFIC_SURNAME.fullmatch(mention.text)
            fits = full.get(surname_key(m.group(1)), set()) if m else set()
            if (
                len(fits) == 1
                and mention.person_id not in fits
                and not any(mention.person_id in ids for ids in full.values())
                and not self.cias_own()  # "Mr. Dulles" of the agency's records is its Director
            ):
                mention.person_id = next(iter(fits))
                mention.evidence += "; the one of the surname the document names in full"

    def unlink_out_of_time(self) -> None:
        """A registry person found by surname alone before the document's time was known
        ("Ambassador Gross" read first, the paper then placed in 1951–53 by its other people), of
        other years than that time (an ambassador of 2009–12): a namesake of the document's own,
        not he. Whoever a mention names in full stays."""
        if not self.context.span():
            return
        by_surname: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.person_id in self.matcher.by_id:
                by_surname.setdefault(mention.person_id, []).append(mention)
        for person_id, mentions in by_surname.items():
            if not all(m.evidence.startswith("surname of") for m in mentions):
                continue
            fit, _ = self.matcher.time_fit(self.matcher.by_id[person_id], self.context)
            if fit > OUT_OF_TIME:
                continue
            surname = mentions[0].text.split()[-1].strip(".,;:’'")  # as the text writes it
            local = self.local_id(surname)
            for m in mentions:
                m.person_id, m.evidence = local, f"not linked: {m.evidence}; of other years"
            for party in party_list(self.doc):
                if party.person_id == person_id:
                    party.person_id, party.name = local, surname

    def drop_no_ones(self) -> None:
        """A person of the document's own whose name names no one ("Meeting", "Col", "Lt."),
        made of a list's or a scan's debris, is dropped with its mentions."""
        no_one = {
            pid
            for pid, name in self.local.items()
            if names_no_one(name) or RANK_ALONE.fullmatch(name.strip())
        }
        if no_one:
            self.mentions = [m for m in self.mentions if m.person_id not in no_one]
            self.doc.participants = [p for p in self.doc.participants if p.person_id not in no_one]

    def persons(self) -> list[Person]:
        seen: dict[str, Person] = {}
        for mention in self.mentions:
            if mention.person_id and mention.person_id not in seen:
                known = self.matcher.by_id.get(mention.person_id)
                seen[mention.person_id] = Person(
                    mention.person_id, known.name if known else self.local[mention.person_id]
                )
        for party in party_list(self.doc):
            if party.person_id and party.person_id not in seen:
                known = self.matcher.by_id.get(party.person_id)
                if known or party.person_id in self.local:
                    seen[party.person_id] = Person(
                        party.person_id, known.name if known else self.local[party.person_id]
                    )
        return list(seen.values())


FUNCTION_WORDS = {
    "the",
    "of",
    "and",
    "for",
    "to",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "that",
    "this",
    "is",
    "was",
    "be",
    "will",
    "would",
    "not",
    "have",
    "has",
    "had",
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "his",
    "her",
    "their",
    "our",
    "its",
    "said",
    "but",
    "or",
    "as",
    "if",
    "which",
    "who",
    "are",
    "were",
    "been",
    "there",
    "so",
    "no",
    "all",
    "any",
    "also",
}
CAPITALISED = {
    "mr",
    "mrs",
    "dr",
    "secretary",
    "president",
    "ambassador",
    "minister",
    "chairman",
    "general",
    "premier",
    "senator",
    "governor",
    "admiral",
    "marshal",
    "director",
    "foreign",
    "deputy",
    "under",
    "assistant",
    "vice",
    "prime",
    "charge",
    "soviet",
    "american",
    "british",
    "french",
    "amb",
    "gen",
    "sir",
    "state",
    "defense",
    "chancellor",
    "king",
    "queen",
    "shah",
    "emperor",
    "crown",
    "prince",
    "fonmin",  # a cable's Foreign Minister ("FONMIN SOARES")
    "primin",
    "prmin",
    "syg",  # a cable's Secretary General ("SYG LUNS")
    "permrep",  # its Permanent Representative ("UK PERMREP KILLICK")
    "administrator",
}


WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
POSSESSIVE = re.compile(r"['’ʼ]s$")
# A stretch this long without a lower-case letter is text in capitals, not a heading.
STRETCH = 300
CAPITALS_STRETCH = re.compile(rf"[^a-z]{{{STRETCH},}}")
HONORIFIC_TITLE = re.compile(rf"(?:{HONORIFICS})\.?$")


COUNTRY_AFTER_TITLE = {"USA": "US", "U.S.A.": "US", "US": "US", "USSR": "USSR", "U.S.S.R.": "USSR"}


def clearly_best(candidates: list[Candidate], margin: float = 0.15) -> Candidate | None:
    """The first candidate, where no other comes within ``margin`` of it."""
    if (
        len(candidates) == 1
        or len(candidates) > 1
        and (candidates[1].score <= candidates[0].score - margin)
    ):
        return candidates[0]
    return None


def surname_key(name: str) -> str:
    tokens = name_tokens(name)
    return skeleton(tokens[-1]) if tokens else ""


def cased(text: str, matcher: Matcher) -> str:
    """Text in capitals (automated cables, OCR of banners) as the patterns can read it, letter
    for letter: names the registry knows and titles capitalised, everything else lower case.
    Each long stretch without a lower-case letter is recased on its own, so a cable quoted in
    a page, or one under a release stamp in mixed case on every page, is read too."""
    # A stretch of 300 holds a whole one of the text's 150-character pieces: where every piece
    # has a lower-case letter (upper-casing changes it), there is none, and no pattern need look.
    if all(
        (piece := text[k : k + STRETCH // 2]) != piece.upper()
        for k in range(0, len(text) - STRETCH // 2 + 1, STRETCH // 2)
    ):
        return text
    stretches = list(CAPITALS_STRETCH.finditer(text))
    if not stretches:
        return text
    memo: dict[str, str] = {}

    def recase_word(word: str) -> str:
        if word not in memo:
            lower = word.lower()
            core = POSSESSIVE.sub("", lower)
            person_like = (
                core in CAPITALISED
                or (matcher.knows_surname(core) or matcher.is_given_name(core))
                and not is_not_a_person(core)
            )
            if "-" in word and not person_like:  # "KENNEDY-KHRUSHCHEV": each name on its own
                memo[word] = "-".join(map(recase_word, word.split("-")))
            else:  # "KOSCIUSKO-MORIZET": one surname
                memo[word] = (
                    word[0] + word[1:].lower()
                    if core not in FUNCTION_WORDS and person_like
                    else lower
                )
        return memo[word]

    def recase(m: re.Match) -> str:
        return recase_word(m.group())

    pieces, at = [], 0
    for stretch in stretches:
        pieces += [text[at : stretch.start()], WORDS.sub(recase, stretch.group())]
        at = stretch.end()
    pieces.append(text[at:])
    return "".join(pieces)


def mostly_capitals(text: str, cased_text: str) -> bool:
    """Whether most of the text was in capitals (a cable, a banner's OCR): its words' case says
    little, and a name it does not know is no local person."""
    if cased_text is text:
        return False
    sample = text[:4000]
    letters = sum(map(str.isalpha, sample))
    return sum(map(str.islower, sample)) <= letters * 0.15


def narrative_of_source_note(text: str) -> str:
    """What a source note says after its citation and classification ("... POL 7 US. Top Secret;
    Nodis. Drafted by Krimer. Rusk told the President ...")."""
    m = re.search(
        r"(?:Top Secret|Secret|Confidential|Unclassified|Official Use Only|No "
        r"classification marking)[^.]*\.\s+",
        text,
    )
    rest = text[m.end() :] if m else ""
    return re.sub(r"^(?:Drafted|Approved|Cleared)[^.]*\.\s*", "", rest)


PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w.-]+(?:[ \t][A-Z][\w.-]+)?),[ \t]*$")
PLACE_AFTER = re.compile(r",?[ \t]*(?:and[ \t]+)?(?P<place>[A-Z][\w.-]+(?:[ \t][A-Z][\w.-]+)?)")


def between_places(text: str, start: int, end: int) -> bool:
    """Whether a word stands in a list of places, a place either side of it."""

    def place(name: str) -> bool:
        return names_a_place(name) or name in COUNTRY_OF_CAPITAL

    before = PLACE_BEFORE.search(text, max(0, start - 40), start)
    after = PLACE_AFTER.match(text, end)
    return bool(before and after and place(before["place"]) and place(after["place"]))


def party_span(doc: Document, party: Party) -> tuple[str, int, int]:
    """The words a party's mention covers: the office for "The Ambassador in the Soviet Union
    (Harriman)" (a role), else the whole entry."""
    m = re.search(r"\s*\(\s?([A-Z][^()]*)\)\s*$", party.as_written)  # "( Cabot )" too
    if m and party.start >= 0 and party.role is not None:
        office = party.as_written[: m.start()]
        kind = KIND_BY.match(office)  # "Memorandum by the Executive Secretary (Lay)"
        skip = kind.end() if kind else 0
        return office[skip:], party.start + skip, party.start + len(office)
    return party.as_written, party.start, party.end


TITLE_KEYS = (
    "president",
    "secretary",
    "ambassador",
    "amb",
    "chairman",
    "minister",
    "general",
    "marshal",
    "director",
    "premier",
    "chancellor",
    "generalissimo",
    "commissar",
    "charge",
    "senator",
    "governor",
    "admiral",
    "pm",
)


# The editors' drafting and distribution notes: "Drafted by Barbour (EUR/EE); cleared in
# substance with Secretary Acheson, Matthews (G), Bohlen (C), and Bonbright (EUR)", "Copies were
# transmitted by Matthews to Lovett, Bradley, and Smith".
OFFICERS_SENTENCE = re.compile(
    r"(?:[Dd]rafted|[Cc]leared|[Aa]pproved|[Ii]nitialed|[Cc]opies)\b[^.]*(?:\.(?=\S)[^.]*)*"
)
OFFICER = re.compile(
    r"(?:\b(?:by|to|with|and)\s+|,\s*(?:and\s+)?)"
    r"(?P<name>(?:(?:Van|Von|van|von|De|de|Mac)\s)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    # an office after it: "(EUR)", "(S/S)", "(White House)"
    r"(?=\s*\([A-Z][\w/&-]{0,12}(?: [A-Z]\w+)?\)|\s*[,;.]|\s+and\b|\s+(?:on|in)\b|\s*$)"
)


def officers_named(note: str) -> list[str]:
    """The surnames a drafting or distribution note lists."""
    return [
        m.group("name")
        for sentence in OFFICERS_SENTENCE.finditer(note)
        for m in OFFICER.finditer(sentence.group())
    ]


def title_key(text: str) -> str | None:
    """The title a role is headed by ("the Soviet Ambassador" → "ambassador"; "Assistant to the
    President" → None: the President is the one served, not the title held)."""
    words = re.findall(r"[a-z']+", fold(text))
    for n, word in enumerate(words):
        if word in TITLE_KEYS and not (
            n >= 1
            and words[n - 1] in ("to", "of", "for")
            or n >= 2
            and words[n - 2] in ("to", "of", "for")
            and words[n - 1] == "the"
        ):
            if word == "secretary" and n >= 1 and words[n - 1] in LESSER_SECRETARIES:
                return None  # an Assistant Secretary is no "Secretary"
            if word == "general" and n >= 1 and words[n - 1] in CIVIL_GENERALS:
                return None  # the Attorney General is no "General"
            if n >= 1 and words[n - 1] in ("vice", "deputy"):
                return None  # a Vice Premier is no "Premier", a Deputy Minister no "Minister"
            return "ambassador" if word == "amb" else word
    return None


# "Attorney General", "Consul General": offices of their own, no officer's rank.
CIVIL_GENERALS = {"attorney", "solicitor", "inspector", "postmaster", "surgeon", "consul"}
# "Assistant Secretary", "Deputy Secretary", "First Secretary": other offices than the Secretary's.
LESSER_SECRETARIES = {
    "assistant", "deputy", "under", "executive", "press", "first", "second", "third", "private",
    "staff", "general",
}  # fmt: skip


def title_before_name(party: Party) -> bool:
    """ "Ambassador Abbott", "Chargé Barlow": an office title written before the name."""
    role = party.role or ""
    return (
        party.as_written.startswith(role)
        and not HONORIFIC_TITLE.match(role)
        and title_key(role) is not None
    )


# The titles of two words the offices table knows: "Under Secretary" is no "Secretary".
TITLES_OF_TWO_WORDS = [key for key in TITLE_OFFICES if " " in key]


def title_word(title: str | None, before: str = "") -> str | None:
    """The title that says which office to prefer ("Soviet General Secretary" → "general
    secretary"). ``before``: the words before it; "Israel's UN Representative" sits in no
    Congress."""
    if not title or (title.rstrip(".").lower() == "representative" and ENVOY_BEFORE.search(before)):
        return None
    # "Secretary of State Vance": a Secretary; what he is Secretary of names no title
    folded = re.split(r"\s+of\s+", fold(title).strip(". "))[0]
    folded = re.sub(r"\bsec(?:re)?t?y$", "secretary", folded)  # "Secty", "Under Secy."
    for key in TITLES_OF_TWO_WORDS:
        if folded.endswith(key):
            return key
    return folded.split()[-1] if folded else None


# Words that make a "Representative" an envoy: "UN", "Permanent", "Israel's".
ENVOY_BEFORE = re.compile(
    r"(?:\bU\.?\s?N\.?|\bPermanent|\bAlternate|\bSpecial|\bPersonal|[A-Z][a-z]+['’]s)\s+$"
)


def is_personal_title(title: str) -> bool:
    """Titles that only people bear (so an unknown name after one is still a person)."""
    return not re.search(
        r"(?i)\b(?:General|Director|Justice|Major|Captain|Chancellor|"
        r"King|Queen|Pope|Emperor)$",
        title.strip(),
    ) or bool(re.match(r"(?i)^(?:Mr|Mrs|Dr|Sir)\b", title))


def trim_name(name: str) -> str:
    """The name part of a title's match, without words that start the next clause."""
    words = name.split()
    kept: list[str] = []
    for n, word in enumerate(words):
        if word == "I." and kept and n + 1 < len(words):
            kept.append(word)  # "Leonid I. Brezhnev": an initial, not the "I" of a new clause
            continue
        if word.lower().strip(",.") in CLAUSE_STARTS or is_not_a_person(word) and kept:
            break
        if is_not_a_person(word):
            return ""
        possessive = re.match(r"^(.+?)['’ʼ]s?$", word)
        if possessive:
            kept.append(
                possessive.group(1)
            )  # "Humphrey’s Recent Visit": the name ends at the possessive
            break
        kept.append(word)
    return " ".join(kept).rstrip(",;:")


NAME_AS_KNOWN = 0.9  # a match of given name and surname, not of the surname alone
CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")


def in_proper_noun(text: str, start: int, end: int) -> bool:
    """A capitalised word next to another is part of a longer name ("Red Cross", "Security
    Council"), unless the other is a title or a given name the name stage took."""
    before = CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    after = CAPITAL_AFTER.match(text, end, end + 30)
    return bool(
        before
        and not at_sentence_start(text, before.start())
        and not TITLE_WORD.match(before.group(1))
    ) or bool(after)


TITLE_WORD = re.compile(
    rf"(?:{HONORIFICS})\.?$|(?:President|Secretary|Ambassador|Chairman|Minister|"
    rf"General|Senator|Premier|Marshal|Admiral|"
    # telegraphic titles: "Acting FonOff Kuznetsov", "Chairman Presidium Voroshilov"
    rf"FonMin|FonOff|SecState|PriMin|Presidium)$"
)


def at_sentence_start(text: str, start: int) -> bool:
    return bool(SENTENCE_START.search(text[max(0, start - 4) : start])) or start == 0


MAJESTY = re.compile(r"\b(?:His|Her)\s+(?:Imperial\s+|Royal\s+)?Majesty\b(?!['’]s\s+Government)")


# Offices a telegram's words mean of the country it was sent from or to, unless they say whose.
HOST_OFFICES = ("Prime Minister", "Minister of Foreign Affairs")
# A surname alone in a cable's capitals is read only for a core person or one this many FRUS
# volumes name: an ordinary word in capitals looks like any surname.
VOLUMES_IN_CAPITALS = 6
# A subject that is the ambassador's own doing, which the cable then tells in the first person.
AMBASSADORS_OWN_CALL = re.compile(
    r"(?im)^[ \t]*SUBJ(?:ECT)?[ \t]*[:.][ \t]*(?P<call>(?:[^\n]{0,40}\s)?ambassador['’]s\s+"
    r"(?:[a-z]+\s+){0,2}(?:call|meeting|conversation|talk|discussion|visit|lunch|luncheon|"
    r"dinner|audience))"
)
SUBJECT_CHARS = 3000  # a cable's subject line stands in its header
FIRST_PERSON = re.compile(r"\b(?:I|MY|ME|my|me)\b")
BARE_CABLE_ROLE = re.compile(
    rf"(?<![\w.])(?<!the )(?<!The )(?:Generalissimo|{CABLE_ABBREVIATIONS})\b(?!\s+[A-Z])"
)
# "the Generalissimo" of the Americans' papers on China: who, and the years he was so called.
CHINAS_GENERALISSIMO = ("Chiang Kai-shek", "1928", "1975")
CHINA_WORDS = re.compile(r"\b(?:China|Chinese|Chungking|Nanking|Formosa|Kuomintang|Sino-\w+)\b")
SOVEREIGN_ROLE = re.compile(r"(?i)the\s+(King|Queen|Emperor)")
BARE_SECRETARY = re.compile(r"(?i)(?:the\s+)?secretary")  # of whichever department is present
PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)")
WIFE = re.compile(r"(?i)^(?:Mrs|Mme|Madame|Lady|Miss)\b")  # a title that is no husband's
FEMALE = re.compile(r"(?i)\b(?:wife|widow|daughter|mother|sister|Mrs\.|Madame|Lady|she|her)\b")


def is_female_record(person) -> bool:
    return bool(FEMALE.search(person.description or ""))


# Given names the women of the records bore, where their records say nothing of it: "Mrs. X" may
# be the office holder herself.
WOMEN_GIVEN_NAMES = {
    "indira", "golda", "sirimavo", "margaret", "isabel", "eleanor", "clare", "eugenie",
    "frances", "jacqueline", "patricia", "pearl", "mary", "anne", "elizabeth", "jeane",
    "juanita", "patsy", "shirley", "imelda", "corazon", "benazir", "bonnie", "jeanne", "nancy",
    "barbara", "helen", "ruth", "dorothy", "betty", "joan", "alice", "susan", "louise",
    "katharine", "catherine", "ellen", "jane", "rosalynn", "ethel", "martha",
}  # fmt: skip


def woman_by_name(person) -> bool:
    """Whether the person's first given name is a woman's."""
    tokens = name_tokens(person.name)
    return len(tokens) > 1 and tokens[0].lower() in WOMEN_GIVEN_NAMES


def participant_surnames(doc: Document) -> Counter[str]:
    """How many of the participants the header lists (and the pipeline identified) bear each
    surname, lower case."""
    return Counter(p.name.split()[-1].lower() for p in doc.participants if p.person_id and p.name)


def assign_sides(doc: Document, matcher: Matcher) -> None:
    """Sides from the list's headings, else from the person's nationality (never from the
    country of their post: the U.S. Ambassador to the USSR is on the U.S. side), else from the
    nationality the entry states, else from neighbours on the same side."""
    for party in doc.participants:
        if party.side:
            continue
        person = matcher.by_id.get(party.person_id or "")
        if person and person.country:
            party.side = SIDE_LABELS.get(person.country, person.country)
            continue
        m = re.search(
            r"\b(Soviet|USSR|U\.S\.S\.R\.|British|UK|French|American|U\.S\.)\b",
            f"{party.role or ''} {party.as_written}",
        )
        if m:
            party.side = {
                "soviet": "USSR",
                "ussr": "USSR",
                "u.s.s.r.": "USSR",
                "british": "UK",
                "uk": "UK",
                "french": "France",
                "american": "US",
                "u.s.": "US",
            }[m.group(1).lower()]
            continue
        nation = NATION_ADJECTIVE.search(f"{party.role or ''} {party.as_written}")
        if nation:  # "Mr. Hussein Ala, Iranian Ambassador": of Iran, whoever sits beside him
            party.side = NATIONALITIES[nation.group(1)]
            continue
        head = HEAD_OF_NATION.search(f"{party.role or ''}, {party.as_written}")
        if (
            head and head["nation"] in COUNTRY_CODES
        ):  # "President of Tanzania" (not an envoy's post)
            code = COUNTRY_CODES[head["nation"]]
            party.side = SIDE_LABELS.get(code, code)
    for group in list_groups(doc):
        # A list set out in groups by blank lines, one delegation each: the side its known
        # members share is its unknown members' ("Deputy Foreign Minister Malita").
        sides = {p.side for p in group if p.side}
        if len(sides) == 1:
            for party in group:
                party.side = party.side or next(iter(sides))
    for i, party in enumerate(doc.participants):
        if party.side is None:
            before = next((p.side for p in reversed(doc.participants[:i]) if p.side), None)
            after = next((p.side for p in doc.participants[i + 1 :] if p.side), None)
            if before and before == after:
                party.side = before


# A rank whose name the scan lost ("Lt. General , Assistant to the President ..."): no one.
RANK_ALONE = re.compile(r"(?i)(?:Col|Lt|Colonel|Lieutenant|Capt|Gen|Adm|Sgt|Maj|Cmdr)\.?")


def list_groups(doc: Document) -> list[list[Party]]:
    """The participants as their list sets them out in groups, a blank line between."""
    groups: list[list[Party]] = []
    previous: Party | None = None
    for party in doc.participants:
        apart = (
            previous is None
            or party.start < 0
            or previous.end < 0
            or "\n\n" in doc.text[previous.end : party.start]
        )
        if apart:
            groups.append([])
        groups[-1].append(party)
        previous = party
    return groups


NATION_ADJECTIVE = re.compile(rf"\b({NATION_ADJECTIVES})\b")
# The head of a state or of its government, or its foreign minister, is of the nation his office
# names: "Julius Nyerere, President of Tanzania". An ambassador's post is not his nation.
HEAD_OF_NATION = re.compile(
    r"(?:^|,\s*)(?:President|Vice\s+President|Prime\s+Minister|Premier|King|Queen|Shah|"
    r"Emperor|Chancellor|Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs)\s+"
    r"of\s+(?P<nation>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
HEAD_OFFICES = {
    "Chairman of the Council of Ministers",
    "First Secretary of the Communist Party",
    "General Secretary of the Communist Party",
    "Prime Minister",
    "Premier",
    "President",
    "Chancellor",
    "Shah",
}
COVER_NOTE = re.compile(r"(?i)\b(?:the\s+attached|enclosed|enclosure|attachment)\b")


def attribute_unsigned(documents: list[Document], matcher: Matcher) -> None:
    """Senders an unsigned letter's context establishes, with the reason as evidence.

    A letter sent with a cover letter ("the attached") in the same file is from the cover
    letter's writer; an unsigned letter to a foreign head of government is, in these
    records, the President's (a lower confidence, and said so)."""
    for i, doc in enumerate(documents):
        if doc.type != "letter" or doc.sender is not None:
            continue
        previous = documents[i - 1] if i else None
        if (
            previous
            and previous.type == "letter"
            and previous.sender
            and COVER_NOTE.search(previous.text)
        ):
            doc.sender = Party(
                previous.sender.as_written,
                previous.sender.name,
                person_id=previous.sender.person_id,
            )
            doc.evidence["sender"] = Evidence(
                -1, -1, f"inferred: the cover letter of part {previous.part} sends it"
            )
            add_person(doc, doc.sender, matcher)
            continue
        date = doc.date or (doc.date_range[1] if doc.date_range else None)
        recipient = next(
            (
                matcher.by_id.get(r.person_id)
                for r in doc.recipients
                if r.person_id in matcher.by_id
            ),
            None,
        )
        if not (date and recipient and recipient.country != "US"):
            continue
        if any(
            o.title in HEAD_OFFICES and o.country == recipient.country and holds_office(o, date)
            for o in recipient.offices
        ):
            presidents = matcher.office_holders("President", "US", date)
            if len(presidents) == 1:
                doc.sender = Party("", presidents[0].name, person_id=presidents[0].id)
                doc.evidence["sender"] = Evidence(
                    -1,
                    -1,
                    f"inferred: unsigned letter to a head of government; President on {date}",
                )
                add_person(doc, doc.sender, matcher)


def add_person(doc: Document, party: Party, matcher: Matcher) -> None:
    if party.person_id and all(p.id != party.person_id for p in doc.persons):
        doc.persons.append(Person(party.person_id, party.name))
