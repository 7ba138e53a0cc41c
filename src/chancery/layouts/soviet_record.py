"""Soviet records in translation, as the Wilson Center's Digital Archive and the Cold War
International History Project publish them.

The title says what the record is and between whom: "Telegram from Soviet Ambassador to the
USA Dobrynin to USSR Foreign Ministry", "Record of Conversation between N.S. Khrushchev and
...", "A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy", "From the cable on the
conversation between Gromyko and Kennedy". The archive's page quotes it again in a citation
("\\"Soviet Record of ... conversation between ...,\\" November 01, 1962, History and Public
Policy Program Digital Archive, ...") and puts the date above it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..authority.not_people import is_not_a_person, names_a_place
from ..authority.offices import POST_CITIES, post_place
from ..model import Document, Party
from ..pipeline.dates import parse_date, roman_month
from ..pipeline.noise import FULL_DATE, MONTHS, marking_level
from . import MEETING_IN_A_SERIES, Line, fallback, found, found_date, lines_of, rule
from .frus import split_to
from .parties import capitalised, correspondent, split_entry

RECORD_WORDS = (
    r"Telegram|Cable|Cipher(?:ed)?\s+Telegram|Letter|Message|Record|Memorandum|Minutes|"
    r"(?:Working\s+)?Notes?|"
    r"Report|Transcript|From\s+the\s+(?:cable|record|diary|journal)|Soviet\s+Record|"
    r"Conversation\s+Record|"
    # "Discussion between Zhou Enlai, Chen Yi and ...", "Conversation between Raul Castro and ..."
    # (the conversation's capital as the title has it: prose says "Conversation between the two")
    r"Discussions?(?=\s+between\s)|(?-i:Conversations?)(?=\s+between\s+[A-Z])"
)
RULES = [
    rule(
        "title",
        rf"^(?P<day>[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}}\s+)?"
        rf"(?:(?P<lead>(?:[A-Z]\.){{1,3}}\s*[A-Z][\w-]+|"
        rf"(?:[A-Z][\w ]{{0,40}}?(?:Embassy|Legation|Consulate|Mission)\b[\w ]{{0,30}}?)"
        rf"\s\((?P<holder>[A-Z][a-z][\w-]*)\)),\s+)?"
        rf"(?:Excerpts?,?\s+(?:from\s+(?:the\s+)?)?)?"
        rf"{MEETING_IN_A_SERIES}?"
        rf"(?P<marking>Top\s+Secret\s+|Secret\s+)?(?P<title>(?i:{RECORD_WORDS})\b.*?\b(?:[Ff]rom|[Bb]etween|[Ww]ith|to|[Oo]f)\b.*?)(?:\s*\(\d+\))?(?:\s+-\s+History)?$",
        "the record's title: kind, writer, addressee or participants",
        [
            "Telegram from Soviet Ambassador to the USA Dobrynin to USSR Foreign Ministry (1)",
            "A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy",
            "From the cable on the conversation between Gromyko and Kennedy",
            "Top Secret Cipher Telegram from Soviet Ambassador Dobrynin to CPSU Central Committee",
            "June 5, 1962 Letter from Khrushchev to Ulbricht Regarding the Berlin Talks",
            "Excerpt, Note from the Session of the Political Bureau of the Central Committee",
            "Second Meeting: Record of a Conversation between Cde. J. Q. Doe and Cde. R. Roe",
            "Discussion between Zhou Enlai, Chen Yi and John Q. Doe",
            "Conversation between Richard Roe, and a Member of the Zendan Politburo, J. Qwertov",
            "Ruritanian Embassy in Zenda (Qwertov), Report on a Conversation with the Minister",
        ],
        ["Wilson Center Digital Archive", "Cold War International History Project"],
    ),
    rule(
        "citation",
        # (at the line's start, or run on after the archive's summary: '... assistance."Journal',
        # or after its label where the whole page is one line: 'Citation: "Discussion ...')
        r"(?:^|(?<=[.!?])|(?<=Citation: ))[\"“](?P<title>[^\"”]{10,300}?),?[\"”],?\s+"
        r"(?P<date>[A-Z][a-z]+ \d{1,2}, "
        r"\d{4}),\s+(?:History and Public Policy Program )?Digital Archive",
        "the archive's citation: title and date",
        [
            '"Soviet Record of a Dinner Conversation between A.I. Mikoyan and John '
            'McCloy," November 01, 1962, History and Public Policy Program Digital '
            "Archive, AVP RF",
            'Kim Il Sung remarks on friction with the government."Journal of Soviet Ambassador to '
            'the DPRK A.M. Puzanov for 2 May 1957," May 02, 1957, History and Public Policy '
            "Program Digital Archive",
            "Summary text. Citation: “Discussion between John Q. Doe and Richard Roe,” "
            "November 17, 1968, History and Public Policy Program Digital Archive",
        ],
        ["Wilson Center Digital Archive"],
    ),
    rule(
        "dictated",
        r"^Dictated\s+by\s+(?:(?:Cde|Comrade)\.?\s+)?(?P<who>[A-Z][\w. ]{2,40}?)"
        r"(?:\s+on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?\.?$",
        "a record dictated by its author, as the title says",
        ["Dictated by Cde. N. S. Khrushchev on 5 June 1962"],
        ["Wilson Center Digital Archive"],
    ),
    rule(
        "signed-date",
        r"\b(?P<day>\d{1,2})\.(?P<month>[IVX]{1,4})\.(?P<year>\d{2})\b",
        "a date written the Russian way under the signature",
        ["5.XI.62 A. DOBRYNIN"],
        ["Soviet records in translation"],
    ),
    rule(
        "date-above",
        r"^(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})$",
        "the record's date, alone on the line above its title",
        ["May 13, 1950", "13 May 1950"],
        ["Wilson Center Digital Archive"],
    ),
    rule(
        "translation-marking",
        # (a page run into one line: the marking after the site's "English Translation")
        r"\b(?:English\s+Translation|English\s+Transcription|Scan\s+of\s+Original\s+Document|"
        r"Level\s+of\s+confidentiality:?)\s+(?:[A-Z][\w/]*\s+){0,5}?"
        r"(?P<level>TOP\s+SECRET|Top\s+[Ss]ecret|SECRET|Secret|CONFIDENTIAL|Confidential)(?![a-z])",
        "the translation's own marking, where the site's page runs into one line",
        [
            "Original Language: German Contents: English Translation Top Secret To all members",
            "Document Level of confidentiality: TOP SECRET Transcript of the Meeting",
            "English Transcription Scan of Original Document MEMORANDUM THE WHITE HOUSE "
            "WASHINGTON TOP SECRET/SENSITIVE",
        ],
        ["Wilson Center Digital Archive"],
        ["English Translation Secretary Doe met the Minister", "English Translation Letter from"],
    ),
    rule(
        "ciphergram-field",
        # (the surname in capitals, then the editors' note number and the cable's handling)
        r"^(?P<label>To|From):\s*(?:\[(?P<added>[^\]]+)\]\s*)?"
        r"(?P<surname>[A-ZÀ-Ž][A-ZÀ-Ž'’-]{2,})(?:,?\s?\d{1,2})?"
        r"(?:,\s*\d{0,2}\s*(?i:urgent|immediate|flash))?(?:,\s*\d{0,2}\s*(?i:eyes\s+only))?$",
        "a translated ciphergram's addressee or sender, the editors' additions in brackets",
        [
            "To: [Foreign Ministry Director Jan] NOWAK1",
            "From: [Ambassador Adam] KOWAL2",
            "To: [Foreign Ministry Director Jan] NOWAK 1",
            "To: [Foreign Ministry Director Jan] NOWAK,1 EYES ONLY",
            "To: NOWAK, EYES ONLY",
            "To: NOWAK, Urgent, EYES ONLY",
            "To: [Director General Jan] NOWAK, URGENT, Eyes Only",
        ],
        ["Polish ciphergrams in translation"],
        ["To: Moscow", "From: Moscow, 12 May", "To: NOWAK and the Embassy"],
    ),
    rule(
        "telegram-of",
        # (a writer by title, nationality or initials: "of Condolence" is the telegram's kind)
        r"^(?:Ciphered\s+)?(?:Telegram|Cable|Letter)\s+of\s+"
        r"(?P<rest>(?=(?:[A-Z][a-z]+\s+){0,2}(?:Ambassador|Comrade|Cde\.|Minister|Consul|"
        r"Charg[ée]|Chairman|President|Premier)\b|(?:[A-Z]\.\s?){1,3}[A-Z]).+)$",
        "the writer of a telegram or letter the title says is his",
        [
            "Telegram of Ruritanian Ambassador to Zenda I.V. Qwertov to the Ruritanian Ministry",
            "Letter of Hungarian Ambassador John Q. Doe to the Hungarian Foreign Ministry",
        ],
        ["Wilson Center Digital Archive"],
        [
            "Telegram of Condolence to Comrade Ivan Qwertov",
            "Letter of Credence of Ambassador Richard Doe to President John Roe",
            "Telegram of Greetings to the Zendan Communist Party Congress",
        ],
    ),
    rule(
        "kind-then-correspondents",
        # (before any "from" further on: "transmitting Letter from ..." is the enclosure's)
        r"^(?i:(?:Ciphered\s+)?(?:Telegram|Cable|Letter|Message))(?:\s+No\.\s*[\d/-]+)?,\s+"
        # (a writer by name or title: "Instructions to the Embassy" is what the cable holds)
        r"(?![Ff]rom\s)(?!(?:Instructions|Comments|Reply|Answer|Response|Notes?|Greetings|"
        r"Information|Reports?)\b)(?P<rest>[A-Z][^,]*?\s+to\s+[^,]+|"
        # (a writer and his office between commas: "Letter, John Q. Doe, Director of the
        # Zendan Relief Fund, to President Roe")
        r"(?:[A-Z][a-z.]*\s+){1,3}[A-Z][\w'’-]+,\s+[A-Z][^,]{3,80},\s+to\s+[^,]+)",
        "the Digital Archive's kind, writer and addressee: 'Cable No. 12, Doe to Roe, ...'",
        [
            "Telegram, Qwertov to Cde. I.V. Doe, Transmitting Letter from Richard Roe",
            "Cable No. 600308, Doe to Roe, transmitting Letter from Qwertov",
            "Cable No. 25, Ambassador Doe to the Foreign Minister, 'Zenda Talks'",
            "Ciphered telegram, Qwertov to Richard Roe",
            "Letter, John Q. Doe, Director of the Zendan Relief Fund, to President Roe",
        ],
        ["Wilson Center Digital Archive"],
        [
            "Telegram from Qwertov to Doe, Meeting with Roe",
            "Letter from Doe to Roe, 5 May 1961",
            "Cable, Meeting with the Zendan Ambassador",
            "Cable No. 2220, from Qwertov [Doe] to Roe",  # the "from" reading keeps the bracket
            "Cable, repeated to London and Paris",
            "Cable No. 25, Instructions to the Embassy in Zenda",
            "Letter, as promised to the Ambassador last week",
        ],
    ),
    rule(
        "post-in-city",
        r"\b(?:Embassy|Legation|Consulate|Mission)\s+in\s+(?P<city>[A-Z][a-z]+)\b",
        "a cable's post named by its city ('from Czech Embassy in Pyongyang')",
        ["Telegram from Zendan Embassy in Pyongyang to Foreign Ministry"],
        ["Wilson Center Digital Archive"],
        ["Telegram from the Embassy to the Ministry"],
    ),
    rule(
        "record dateline",
        # (an office's words may stand before the city: "Far East Department Berlin, 30.04.1982")
        # (not after a courtesy: "Mr. Jordan, 10 June 1969" is a man)
        rf"^(?!.*\b(?:Mr|Mrs|Dr|Comrades?|Cdes?|Ambassador|Minister|General|President)\b)"
        rf"(?:[A-Z][\w.]*\s+){{0,4}}?"
        rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+"
        rf"(?P<date>\d{{1,2}}\s+(?:{MONTHS}),?\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}|"
        rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}})\.?$",
        "the translated record's own dateline: the city it was written in, and the day",
        [
            "Zenda, 10 June 1969",
            "Strelsau, 1 September, 1975",
            "Far East Department Zenda, 30.04.1982",
            "Zenda, March 3, 1961",
        ],
        ["Wilson Center Digital Archive"],
        [
            "Zenda",
            "Received 10 June 1969",
            "Moscow and Zenda, talks of 1969",
            "Mr. Jordan, 10 June 1969",
            "Ambassador Jordan, 10 June 1969",
            "Comrades Jordan, 10 June 1969",
        ],
    ),
]
(
    TITLE,
    CITATION,
    DICTATED,
    SIGNED_DATE,
    DATE_ABOVE,
    TRANSLATION_MARKING,
    CIPHER_FIELD,
    TELEGRAM_OF,
    KIND_THEN_CORRESPONDENTS,
    POST_IN_CITY,
    RECORD_DATELINE,
) = (r.pattern for r in RULES)
TYPES = [
    (r"(?i)^(?:Cipher(?:ed)?\s+)?Telegram|^(?:From\s+the\s+)?[Cc]able", "telegram"),
    (
        # ("Record of Chairman Mao’s conversation with ...", "Conversation records between")
        r"(?i)\bRecord of (?:a |the )?(?:[\w’']+\s+){0,3}[Cc]onversation|Memorandum of "
        r"Conversation|^Notes? (?:of|on|concerning) (?:a |the )?[Cc]onversation|"
        r"^Conversation Record\b|^Transcript,? (?:of )?(?:a |the )?(?:Meeting|Conversation)\b|"
        r"^From the (?:[Dd]iary|[Jj]ournal) of\b|"
        r"[Cc]onversation(?:\s+records?)? between|[Dd]iscussion between|[Cc]ontacts? between|"
        # "Note by the East German Embassy ... on a Conversation of Comrade X with ...",
        # "Notes regarding the conversation of Cde. X and Cde. Y"
        r"\b(?:on|about|regarding|concerning)\s+(?:a|the)\s+[Cc]onversation\s+(?:of|with|between)\b",
        "memorandum of conversation",
    ),
    # "Memorandum Regarding the Meeting Between Comrade Brezhnev, ...", "Notes by Wilhelm Pieck
    # on the discussion with Stalin": a meeting's record
    (
        r"(?i)^Memorandum\s+(?:Regarding|on|about|concerning)\s+(?:the\s+|a\s+)?Meeting\b|"
        r"^Notes\s+by\s+[^,]{3,60}?\s+(?:on|of|from)\s+(?:the\s+|a\s+)?(?:discussion|talks|meeting)\b",
        "record of meeting",
    ),
    # "Memorandum from Lavrentiy Beria to the CPSU CC Presidium regarding ...": his memorandum
    (r"(?i)^Memorandum\s+(?:from|by)\s", "memorandum"),
    # "Report on Anastas Mikoyan's meeting with ...": a post's report, of the kind the export
    # calls other (a report "on a conversation between" two men is its record, above)
    (r"(?i)^Report\b", "other"),
    (
        r"(?i)^Minutes|^Record of (?:a |the )?Meeting|"
        r"^(?:Working )?Notes? (?:from|of|on) (?:a |the )?(?:Session|Meeting)\b|"
        # "Transcript of CPSU CC Politburo Discussions on Afghanistan"
        r"^Transcript of (?:the )?(?:\w+ ){0,3}(?:Politburo|Presidium|Secretariat) "
        r"(?:Discussions?|Session|Meeting)\b",
        "record of meeting",
    ),
    (r"(?i)^Letter", "letter"),
]

CIPHER_FIELD_LINES = 15  # a ciphergram's fields stand near the page's top
LONGEST_TITLE = (
    300  # "Note by the East German Embassy in Hanoi on a Conversation of ... [Excerpts]"
)
# A title run into one long OCR line after a journal's running head:
# "304 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN Telegram from ... 30 October 1962 ...".
INLINE_TITLE = re.compile(
    rf"^(?:\d+\s+[A-Z][A-Z "
    rf"]+?\s+)?(?P<title>(?:{RECORD_WORDS})\s+from\s+.{{10,160}}?|"
    # "Memorandum of A. I. Mikoyan’s Conversation with Comrades F. Castro, ...  November 22, 1962"
    rf"Memorandum\s+of\s+(?:[A-Z]\.\s?){{1,3}}[A-Z][\w-]+['’]s\s+Conversation\s+with\s+.{{10,200}}?)"
    rf"\s+(?P<date>\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}})\b"
)


TITLE_DATE = re.compile(FULL_DATE)  # a day the title itself names


def record_lines(doc: Document):
    """The lines of the page's top: the archive's summary may run long before the citation. A
    title set on two lines ("RECORD OF CONVERSATION" / "of A.A. Gromyko with ...") is one."""
    return list(joined_title(doc.text[:3000]))


@lru_cache(maxsize=32)  # every fit asks again
def joined_title(top: str) -> tuple[Line, ...]:
    lines = list(lines_of(top)[:30])
    for k in range(len(lines) - 1):
        if KIND_LINE.match(lines[k].text) and TITLE_GOES_ON.match(lines[k + 1].text):
            last = k + 1  # and a third line where the second breaks off ("... with" / "Kissinger")
            if last + 1 < len(lines) and BROKEN_OFF.search(lines[last].text):
                last += 1
            whole = top[lines[k].start : lines[last].end].replace("\n", " ")
            lines[k : last + 1] = [Line(whole, lines[k].start, lines[last].end)]
            break
    return tuple(lines)


# A title that is Soviet: its words, or names written with two initials ("A.A. Gromyko").
SOVIET_WORDS = (
    r"Soviet|USSR|CPSU|Foreign Ministry|MFA|Cde\.|Comrade|Political Bureau|Politburo|"
    r"\b[A-Z]\.\s?[A-Z]\.\s?[A-Z](?:[a-z]+|[A-Z]{2,})"
)
TWO_NAMED = re.compile(r"\bbetween\s+(?:\S+\s+){0,6}?[A-Z][\w.-]+\s+and\s+(?:\S+\s+){0,6}?[A-Z]")
# "FROM THE DIARY OF A.A. GROMYKO" over "RECEPTION OF U.S. AMBASSADOR THOMPSON" or "Record of a
# Conversation with Secretary of State Rusk": the diarist and whom he received.
# "Journal of Soviet Ambassador in Cuba A.I. Alekseyev for 5 June 1962" too.
# "From the Journal of Ambassador P. A. Orlov: Memorandum of Conversation with Zhou Enlai, 28
# March 1957": the diarist, then whom he talked with on the same line.
# (the entry's title may follow in quotes: "From the Journal of N.G. Doe, Soviet Ambassador to
# the DPRK, 'Record of a Conversation with ...'")
SESSION_DAY = re.compile(r"\bon\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\.?$")  # its day
DIARY = re.compile(
    r"(?i)^(?:From\s+the\s+)?(?:diary|journal)\s+of\s+(?P<who>[^:'‘“]+?)"
    r"(?:\s+for\s+(?:the\s+period\s+)?(?:\d|[A-Z][a-z]+\s+\d)[^:]*)?\.?"
    r"(?:(?::\s*|,\s*['‘“])(?P<entry>.+?)['’”]?)?$"
)
RECEIVED = re.compile(
    r"(?i)^(?:reception\s+of|(?:(?:record|memorandum)\s+of\s+(?:a\s+)?)?conversation\s+with)\s+"
    r"(?P<who>.+?)(?:,?\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\.?$"
)  # "..., 28 March 1957", "... on 8 March 1955"
# "From the Journal of P. F. Yudin, 12 March 1955, Top Secret": the marking closes the line.
# "..., Top Secret", "Telegram from X to Y, TOP SECRET, No. 76.013, Flash"
MARKING_AT_END = re.compile(
    r",\s+(?P<marking>(?i:(?:Top\s+|Strictly\s+)?Secret|Confidential))(?:\.?$|,\s)"
)
SENTENCE_AFTER_NAME = re.compile(r"(?<=[a-z])\.\s+(?=(?:I|He|She|We|They|The|After)(?:\s|$))")
# The diarist's first words of the day: "I visited Fidel Castro and told him of ...".
VISITED = re.compile(
    r"(?m)^I\s+(?:visited|received|called\s+on|met\s+with|had\s+a\s+conversation\s+with)\s+"
    r"(?:Comrade\s+|Cde\.\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
# "the chairman of the People's government of China MAO ZEDONG [MAO TSE-TUNG] on": the name
# a translation prints in capitals after the office it writes in words.
NAME_IN_CAPITALS = re.compile(r"(?:[A-Z]\.\s?){0,3}[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2}\b(?![a-z])")
KIND_LINE = re.compile(r"(?i)^(?:record|memorandum|minutes|notes?) of (?:a )?conversation$")
BROKEN_OFF = re.compile(r"\b(?:with|and|of|to|between|the)$")
TITLE_GOES_ON = re.compile(r"^(?:of|between|with)\s+\S")


# The Digital Archive's page around the record: its funder's line, its name, its first words
# (plain searches: every fit asks).
ARCHIVE_MARKS = ("made possible with support from", "Digital Archive")


def fit(doc: Document) -> float:
    top = doc.raw[:3000]  # the clean text lost the page's chrome
    archive_page = top.startswith("Skip to content") or any(m in top for m in ARCHIVE_MARKS)
    dictated = "Dictated by" in top
    lines = record_lines(doc)
    for n, line in enumerate(lines):
        if dictated and n < 4 and DICTATED.match(line.text) or n < 3 and DIARY.match(line.text):
            return 0.65
        if CITATION.search(line.text):
            return 0.65
        title = TITLE.match(line.text)  # once a line: every fit asks, and it is slow to fail
        if title and (archive_page or re.search(SOVIET_WORDS, line.text)):
            return 0.65
        if n < 3 and title and title.group("lead"):
            return 0.65  # "A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy"
        if n == 0 and title and TWO_NAMED.search(line.text):
            return 0.65  # "Minutes of Conversation between Khrushchev and Kennedy", first
        if n and DATE_ABOVE.match(lines[n - 1].text) and KIND_THEN_CORRESPONDENTS.match(line.text):
            return 0.65  # the archive's date over "Cable No. 25, Ambassador Doe to the Minister"

    first = lines[:1]
    if first and INLINE_TITLE.match(first[0].text):
        return 0.65
    return 0.0


def read(doc: Document) -> None:
    lines = record_lines(doc)
    first = lines[0] if lines else None
    inline = INLINE_TITLE.match(first.text) if first and len(first.text) > 220 else None
    if first and inline:
        title, start = inline.group("title"), first.start + inline.start("title")
        found(doc, "title", title, start, start + len(title), "record title")
        read_kind(doc, title, start)
        when = parse_date(inline.group("date"))
        if when and found(
            doc,
            "date",
            when[0],
            first.start + inline.start("date"),
            first.start + inline.end("date"),
            "record title",
        ):
            doc.date_basis = "date under the title"
    run_on = next((line for line in lines[:6] if len(line.text) > 220), None)
    marking = TRANSLATION_MARKING.search(run_on.text, 0, 4000) if run_on else None
    if run_on and marking:
        at = run_on.start + marking.start("level")
        level = marking_level(" ".join(marking["level"].split()))
        found(doc, "classification", level, at, at + len(marking["level"]), "translation's marking")
    for line in lines:
        m = CITATION.search(line.text)
        if m:
            title, start = m.group("title"), line.start + m.start("title")
            found(doc, "title", title, start, start + len(title), "archive citation")
            read_kind(doc, title, start)
            when = parse_date(m.group("date"))
            # (not where the page runs into one line: the site's date there may slip a month,
            # "March 22, 1972" for February's memcon, and the record's own is further on)
            if when and not line.text[: m.start()].endswith("Citation: "):
                found(doc, "date", when[0], basis="archive citation")
            break
    for k, line in enumerate(lines):
        line = once(line)
        m = TITLE.match(line.text)
        if not m or len(line.text) > LONGEST_TITLE:
            continue
        above = lines[k - 1] if k else None
        when = parse_date(above.text) if above and DATE_ABOVE.match(above.text) else None
        held = TITLE_DATE.search(line.text)
        said = parse_date(held.group()) if held else None
        if (
            held
            and said
            and when
            and len(said[0]) == 10
            and said[0][4:] == when[0][4:]
            and said[0][:4] != when[0][:4]
        ):
            # "September 5, 1985" over "Transcript of the ... Session held on 5 September 1989":
            # the page's slip of the year (a record of an earlier day is dated by the page)
            at = line.start + held.start()
            found_date(doc, said[0], at, at + len(held.group()), "record title")
        elif above and when and len(when[0]) == 10:
            # the Digital Archive's page sets the record's date alone above its title
            found_date(doc, when[0], above.start, above.end, "date above the title")
        title, start = m.group("title"), line.start + m.start("title")
        if m.group("lead"):
            title, start = line.text[: m.end("title")].strip(), line.start
            # "A.I. Mikoyan, Memorandum of Conversation with ...": his record ("he" is the other)
            holder = m.group("holder")  # "Hungarian Embassy in Havana (Beck), Report on ..."
            refused = holder and (is_not_a_person(holder) or names_a_place(holder))
            lead = "holder" if holder else "lead"
            # ("(Translation)", "(Excerpts)", "(Havana)" in the brackets: no writer at all)
            writer = None if refused else correspondent(m.group(lead), line.start + m.start(lead))
            if writer:
                found(doc, "drafted_by", writer, writer.start, writer.end, "record title")
            if writer and holder:  # the post's report: its head sent it
                found(doc, "sender", writer, writer.start, writer.end, "record title")
        if m.group("day"):  # "September 28, 1961 Letter from Khrushchev to Ulbricht": the
            when = parse_date(m.group("day"))  # archive's older pages put the date first
            if when:
                at, end = line.start + m.start("day"), line.start + m.end("day")
                found_date(doc, when[0], at, end, "date before the title")
        after_day = line.text[m.end("day") if m.group("day") else 0 :]
        at = line.end - len(after_day.lstrip())  # (the title's words start here, not the day's)
        found(
            doc,
            "title",
            " ".join(re.sub(r"\s+-\s+History$", "", after_day).split()),
            at,
            line.end,
            "record title",
        )
        read_kind(doc, m.group("title"), line.start + m.start("title"))
        session = SESSION_DAY.search(line.text)
        if session and doc.type == "record of meeting":
            # "Working Notes from the Session of the CPSU CC Presidium on 21 October 1956"
            when = parse_date(session.group("date"))
            if when and len(when[0]) == 10:
                at = line.start + session.start("date")
                found_date(doc, when[0], at, at + len(session.group("date")), "record title")
        if m.group("marking"):
            found(
                doc,
                "classification",
                m.group("marking").strip().title(),
                line.start + m.start("marking"),
                line.start + m.end("marking"),
                "record title",
            )
        break
    for line in lines[:4]:
        dictated = DICTATED.match(line.text)
        if dictated:
            found(doc, "title", line.text, line.start, line.end, "record title")
            writer = correspondent(dictated.group("who"), line.start + dictated.start("who"))
            if writer:
                found(doc, "sender", writer, writer.start, writer.end, "dictated by")
            when = parse_date(dictated.group("date") or "")
            if when:
                found_date(doc, when[0], -1, -1, "record title")
            break
    for line in lines[:5]:
        marking = MARKING_AT_END.search(line.text)
        if marking and (DIARY.match(line.text) or TITLE.match(line.text)):
            at = line.start + marking.start("marking")
            level = marking_level(marking["marking"])
            found(doc, "classification", level, at, line.end, "record title")
            break
    diary_entry(doc, lines)
    ciphergram_fields(doc, lines)
    record_dateline(doc, lines)
    signed = SIGNED_DATE.search(doc.text[-400:])
    if signed and not doc.date:
        month = roman_month(signed.group("month"))
        if month:
            found(
                doc,
                "date",
                f"19{signed.group('year')}-{month:02d}-{int(signed.group('day')):02d}",
                basis="date under the signature",
            )


def record_dateline(doc: Document, lines: list[Line]) -> None:
    """The translated record's own dateline under the archive's summary ("Pyongyang, 10 June
    1969"): the city it was written in (a place the tables know), and its day where the page
    gave none (a dotted day, "Berlin, 30.04.1982", the dates' reader does not take: the city
    alone)."""
    for line in lines:
        m = RECORD_DATELINE.match(line.text)
        # ("Department Berlin": the office's last word before the city)
        if not m:
            continue
        words = (m["place"], m["place"].split()[-1])
        place = next((p for p in words if names_a_place(p) or p in POST_CITIES), None)
        if not place:
            continue
        at = line.start + m.end("place") - len(place)
        found(doc, "place", place, at, at + len(place), "the record's dateline")
        when = parse_date(m["date"])
        if when and len(when[0]) == 10 and not doc.date:
            at = line.start + m.start("date")
            found_date(doc, when[0], at, at + len(m["date"]), "the record's dateline")
        return


def ciphergram_fields(doc: Document, lines: list[Line]) -> None:
    """The To: and From: fields of a translated ciphergram: the holder of the office the editors
    name in brackets, his given name with the surname the cable prints in capitals."""
    for k, line in enumerate(lines[:30]):
        m = CIPHER_FIELD.match(line.text)
        if not m or is_not_a_person(m["surname"]) or names_a_place(m["surname"].title()):
            continue  # "To: HEADQUARTERS, EYES ONLY", "From: WARSAW"
        if k >= CIPHER_FIELD_LINES and not m["added"]:
            continue  # far down the page, only the editors' bracket says a name
        written = f"{m['added'] or ''} {m['surname'].capitalize()}".strip()
        name, _, office = split_entry(written)  # "Foreign Ministry Director" is his office
        if not name:
            continue
        at = line.start + m.start("surname")
        who = Party(written, name, at, line.start + m.end("surname"), role=office)
        if m["label"] == "To":
            found(doc, "recipients", [who], who.start, who.end, "ciphergram: To")
        else:
            found(doc, "sender", who, who.start, who.end, "ciphergram: From")


def diary_entry(doc: Document, lines: list[Line]) -> None:
    """A Soviet official's diary record: he wrote it ("I" is he) and took part, with whom the
    next line says he received or talked with."""
    for k, line in enumerate(lines[:4]):
        diary = DIARY.match(line.text)
        if not diary:
            continue
        who = diary.group("who")
        who = capitalised(who) if who.isupper() else who  # "FROM THE DIARY OF A.A. GROMYKO"
        writer = correspondent(who, line.start + diary.start("who"))
        if not writer:
            return
        found(doc, "drafted_by", writer, writer.start, writer.end, "diary of")
        found(doc, "sender", writer, writer.start, writer.end, "diary of")
        found(doc, "type", "memorandum of conversation", line.start, line.end, "diary of")
        found(doc, "title", line.text, line.start, line.end, "diary of")
        parties = [writer]
        entry = (
            [Line(diary["entry"], line.start + diary.start("entry"), line.end)]
            if diary["entry"]
            else []
        )
        for following in entry + joined_titles(lines[k + 1 : k + 4])[:2]:
            received = RECEIVED.match(following.text)
            if received:
                written, at = received.group("who"), following.start + received.start("who")
                named = NAME_IN_CAPITALS.search(written)
                if named and not written.isupper():  # the office in words, the name in capitals
                    written, at = named.group(), at + named.start()
                who = correspondent(capitalised(written), at)
                parties += [who] if who else []
                break
        visited = VISITED.search(doc.text, line.end, line.end + 1500)
        if len(parties) == 1 and visited:  # "I visited Fidel Castro and ..."
            # ("I visited Nam Il. I presented ...": the sentence ends after his name)
            who = correspondent(SENTENCE_AFTER_NAME.split(visited["who"])[0], visited.start("who"))
            parties += [who] if who else []
        if len(parties) == 2:
            found(doc, "participants", parties, parties[0].start, parties[-1].end, "diary of")
        return


def joined_titles(lines: list[Line]) -> list[Line]:
    """ "Memorandum of Conversation" over "with the chairman ... MAO ZEDONG" is one title (the
    joined line keeps the offsets of its second half)."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last and KIND_LINE.match(last.text) and line.text.startswith("with "):
            text = f"{last.text} {line.text}"
            joined[-1] = Line(text, line.start - len(last.text) - 1, line.end)
        else:
            joined.append(line)
    return joined


def once(line: Line) -> Line:
    """A title run into the page's repeat of its second half ("Record of Conversations between
    A and B between A and B"): the title once."""
    for m in re.finditer(r"\s(?=(?:between|of|with)\s)", line.text):
        head, tail = line.text[: m.start()], line.text[m.end() :]
        if head.endswith(tail):
            return Line(head, line.start, line.start + len(head))
    return line


NOTES_BY = re.compile(r"^Notes\s+by\s+(?P<who>[^,]{3,60}?)\s+(?:on|of|from)\s")


def read_kind(doc: Document, title: str, start: int) -> None:
    for pattern, kind in TYPES:
        if re.search(pattern, title, re.I if title.isupper() else 0):
            found(doc, "type", kind, start, start + len(title), "record title")
            break
    # "Telegram from X to Y", or the Digital Archive's "Cable, X to Y, Meeting with Robert Kennedy".
    # "From the cable on the conversation between Gromyko and Kennedy": the cable is the first
    # one's report.
    m = (
        KIND_THEN_CORRESPONDENTS.match(title)
        or re.search(
            r"^From\s+the\s+\w+\s+on\s+the\s+conversation\s+between\s+(?P<rest>.+?)\s+and\s", title
        )
        or re.search(r"\bfrom\s+(?!the\s+(?:cable|record|diary)\b)(?P<rest>.+)$", title, re.I)
        # "Telegram of Soviet Ambassador to Cuba A.I. Alekseev to the USSR Ministry of ..."
        or TELEGRAM_OF.search(title)
    )
    by = NOTES_BY.match(title)
    if by and doc.type == "record of meeting":  # "Notes by Wilhelm Pieck on ...": his notes
        writer = correspondent(by.group("who"), start + by.start("who"))
        if writer:
            found(doc, "sender", writer, writer.start, writer.end, "record title")
    if m and doc.type in ("telegram", "letter", "memorandum"):
        # "... Embassy in London (Kovacs), 4 May 1961", "... (Bastian Pinto), 5 p.m., Wednesday":
        # the date and hour are the title's
        rest = re.sub(
            # (not an addressee after the comma: "... (Doe), to the Foreign Ministry (Roe)")
            r",\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$|(?<=\)),\s+(?!to\s).*$",
            "",
            m.group("rest"),
        )
        sender_text, addressee_text, at = split_to(rest)
        if sender_text:  # "John Q. Doe, Director of the Relief Fund,": the man, not his office
            sender_text = re.sub(r",\s+(?!Jr\b|Sr\b)[A-Z].*$|,\s*$", "", sender_text)
        if addressee_text:  # "to Ulbricht Regarding the Berlin Talks": the subject
            # (or "to Foreign Minister Gromyko on the German Problem")
            addressee_text = re.split(
                r"\s+(?:[Rr]egarding|[Cc]oncerning|[Aa]bout|On|on\s+the)\s", addressee_text
            )[0]
            # "to Zhou Enlai and CCP CC": the man, and a body named by its letters
            addressee_text = re.sub(r"\s+and\s+(?:[A-Z]{2,6}\s*)+$", "", addressee_text)
        sender = correspondent(sender_text or rest, start + m.start("rest"))
        if sender:
            found(doc, "sender", sender, sender.start, sender.end, "record title")
        post = (
            post_place(re.sub(r"\s*\([^()]*\)$", "", sender_text or rest))  # holder after post
            if doc.type == "telegram"
            else None
        )
        city = POST_IN_CITY.search(sender_text or rest) if doc.type == "telegram" else None
        if not post and city and city["city"] in POST_CITIES:
            post = city["city"]  # "Telegram from Czech Embassy in Pyongyang": the city itself
        if post:  # "Cable from the Chinese Embassy in the Soviet Union": sent from Moscow
            fallback(doc, "place", post, "record title: the sender's post")
        if addressee_text:
            addressee = correspondent(addressee_text, start + m.start("rest") + at)
            if addressee:
                found(
                    doc, "recipients", [addressee], addressee.start, addressee.end, "record title"
                )
