"""Automated State Department cables (1973–1979), as the Access to Archival Databases and
their copies print them.

    CONFIDENTIAL
    PAGE 01 MOSCOW 13175 01 OF 02 291413Z
    ACTION EUR-25
    P R 291310Z AUG 74
    FM AMEMBASSY MOSCOW
    TO SECSTATE WASHDC PRIORITY 2020
    INFO AMEMBASSY LONDON
    E.O. 11652: GDS
    TAGS: PROR, UR
    SUBJECT: AUGUST TRENDS
    ...
    STOESSEL

The date-time group before FM dates it ("291310Z AUG 74" is 29 August 1974, 13:10 Zulu), FM
names the post (so the place), SUBJECT is the title, and the last line is the signer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..authority.not_people import is_not_a_person
from ..authority.offices import country_of_post, post_place
from ..model import Document
from ..pipeline.noise import EMBASSY_WORD, marking_level
from . import SENTENCE_END, Line, fallback, found, head_lines, party, rule, text_lines, top_lines
from .parties import correspondent, names_listed

MONTHS = {
    m: n for n, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)
}
# A scan's misreadings of a month in a date-time group ("OGT 76")
MONTH_MISREAD = {"OGT": "OCT", "0CT": "OCT", "N0V": "NOV", "DEG": "DEC"}
RULES = [
    rule(
        "date-time-group",
        r"^(?:[A-Z]{1,2}\s+){0,3}(?P<day>\d{2})(?P<time>\d{4})\s?Z\s+(?P<month>JAN|FEB|"
        rf"MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|{'|'.join(MONTH_MISREAD)})\s+(?P<year>\d{{2}})"
        r"(?:\s+ZFF[- ]?\d)?$",
        "the precedence and date-time group: day, time, month, year",
        [
            "P 220842Z OCT 75",
            "P R 291310Z AUG 74",
            "O 251114Z OCT 75",
            "R 021500Z JAN 77",
            "O 030051Z MAR 78 ZFF4",
            "O 141205Z MAR 76 ZFF-4",
            "O 232227Z FEB 79 ZFF 6",
            "O 310200 Z MAR 73",  # a copy that set the zone apart
            "R 182041Z OGT 76",  # OCR's G for C
        ],
        ["automated State cables"],
        ["PAGE 02 MOSCOW 13175 01 OF 02 291413Z"],
    ),
    rule(
        "from",
        # (a mission or an office of the US abroad: "USMISSION", "USDEL", "USLO", "USINT")
        rf"^(?:FM|FROM)\s+(?P<post>(?:{EMBASSY_WORD}|AMCONSUL|AMCONGEN|US[A-Z]{{2,9}}|"
        r"SECSTATE|AMEMB)\b.*?)$",
        "the post that sent it",
        [
            "FM AMEMBASSY MOSCOW",
            "FM SECSTATE WASHDC",
            "FM USMISSION USUN NEW YORK",
            "FM USLO RIYADH",
            "FM USINT CAIRO",
            "FM AMEMBASSSY JIDDA",  # (the teletype's or the scan's extra letter)
        ],
        ["automated State cables"],
    ),
    rule(
        "to",
        rf"^TO\s+(?P<post>(?:{EMBASSY_WORD}|AMCONSUL|AMCONGEN|US[A-Z]{{2,9}}|SECSTATE|"
        r"AMEMB|WHITE\s+HOUSE)\b.*?)$",
        "the post it went to",
        ["TO SECSTATE WASHDC PRIORITY 5870", "TO AMEMBASSY MOSCOW IMMEDIATE"],
        ["automated State cables"],
    ),
    rule(
        "subject",
        # (its colon lost, not a line of the text that begins with the word: "SUBJECT WITH
        # FAHMY, WHO IS ...")
        r"^(?:SUBJECT|SUBJ)(?:\s*:\s*|\s+(?=[A-Z])(?!(?:WITH|TO|OF|IN|ON|FOR|AND|IS|WAS|THAT|AS|AT|"
        r"BY|HAS|HAD|WHICH|WILL|WOULD)\b))(?P<subject>.+)$",
        "the subject line (the title)",
        [
            "SUBJECT: AUGUST TRENDS",
            "SUBJECT CALL ON FOREIGN MINISTER",
            "SUBJ: US-USSR COOPERATIVE AGREEMENTS",
        ],
        ["automated State cables"],
        ["SUBJECT WITH THE MINISTER, WHO IS NOW IN ZENDA."],
    ),
    rule(
        "signature",
        r"^(?!(?:NNN|BT|(?:TOP\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL "
        r"USE|EXDIS|NODIS|LIMDIS|SIGNED|END)$)"
        r"(?P<name>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})?)$",
        "the signer, in capitals on the last line",
        ["STOESSEL", "KISSINGER", "TOON"],
        ["automated State cables"],
        ["NNN", "CONFIDENTIAL"],
    ),
    rule(
        "for-from",
        r"^(?:(?:EXDIS|NODIS|LIMDIS|STADIS|CHER[A-Z]KEE|SPECAT|EYES\s+ONLY|PERSONAL|"
        r"LIMITED\s+DISTRIBUTION|(?:TOSEC|SECTO|TOVIP)\s+\d{1,6},?|"
        r"[A-Z]{4,12}(?=;)|DISTRIBUTE\s+AS\s+(?:NODIS|EXDIS|LIMDIS)\s+-)[;,]?\s+)*"
        # (a channel's code word: "EXDIS; KOOLAID; FOR ..."; "DISTRIBUTE AS NODIS - ...")
        # ("DEPARTMENT PASS WHITE HOUSE FOR ...": the Department passes it on to him)
        r"(?:(?:DEPARTMENT|DEPT)\s+(?:PLEASE\s+)?PASS\s+(?:TO\s+)?(?=WHITE\s+HOUSE\b))?"
        r"(?:(?:WHITE\s+HOUSE|DEPARTMENT|DEPT|USUN|USNATO|TREASURY|DEFENSE|DOD|COMMERCE|"
        # one of the posts it went to: "PARIS FOR ASSISTANT SECRETARY DOE" (read checks it)
        r"(?P<post>[A-Z]{4,}(?:\s[A-Z]{4,})?))\s+)?"
        r"(?:PERSONAL\s+)?(?:FOR|PASS(?:\s+TO)?)\s+"
        r"(?P<for>(?:THE\s+)?[A-Z][A-Z.' "
        # ("FOR LORD EYES ONLY FROM BARTHOLOMEW": the handling after the name)
        r"]*?[A-Z])(?:'S)?(?:\s+EYES)?(?:\s+ONLY)?"
        r"(?:\s+FROM\s+(?P<from>(?:THE\s+)?[A-Z][A-Z.' ]*?[A-Z]))?"
        r"(?:\s+ONLY|\s+WITH\s+[A-Z/' ]+PARTY)?\s*$",
        "whom the cable is for, and from whom",
        [
            "FOR THE SECRETARY",
            "EXDIS FOR THE AMBASSADOR",
            "FOR SHINN FROM GARRISON",
            "FOR THE CHARGE FROM THE SECRETARY",
            "WHITE HOUSE FOR PRESIDENT AND DR. BRZEZINSKI FROM SECRETARY VANCE",
            "DEPARTMENT FOR ACTING SECRETARY CHRISTOPHER ONLY",
            "CHERIKEE FOR THE CHARGE FROM THE SECRETARY",  # OCR's CHEROKEE
            "NODIS TOSEC 120 FOR SONNENFELDT",  # to the Secretary's party abroad
            "FOR THE SECRETARY ONLY FROM DOE",
            "FOR LORD EYES ONLY FROM BARTHOLOMEW",
            "FOR SECRETARY'S EYES ONLY",  # whose eyes: the Secretary's
            "EXDIS TOVIP 18, PASS TO ASST. SEC. DOE WITH VP/S PARTY",  # the Vice President's
            "EXDIS; KOOLAID; FOR DOE AND ROE ONLY FROM DICK POE",
            "EXDIS DISTRIBUTE AS NODIS - TREASURY FOR DOE",  # another department's head
            "PARIS FOR ASSISTANT SECRETARY DOE",  # at a post the cable also went to
            "MILAN PASS AMBASSADOR DOE",
            "DEPARTMENT PASS WHITE HOUSE FOR DOE",
        ],
        ["automated State cables"],
        [
            "FOR COMMUNICATIONS UNDER THE AGREEMENTS.",
            "WE ASKED FOR PROGRESS ON CAT AND INDIAN OCEAN AND EXPRESSED",
        ],
    ),
    rule(
        "drafted",
        r"^(?P<what>DRAFTED|APPROVED)\s+BY:?\s+(?:[A-Z/]+(?::|"
        r"\s+-\s+))?(?P<who>[A-Z][A-Z.' ]+?)(?:/|:|\s*$)",
        "the drafting and approving officers, office symbol first",
        [
            "DRAFTED BY EUR/SOV:SMCCALL/JDGLASSMAN/RLBARRY:MB",
            "APPROVED BY C:HSONNENFELDT",
            "DRAFTED BY: P:MMARKS",
            "APPROVED BY S/PRS - JOHN KING",
        ],
        ["automated State cables (outgoing)"],
    ),
    rule(
        "classified-by",
        r"\b(?:E\.\s?O\.\s?1[12]\d{3}|CLASSIFIED "
        r"BY)\s*:?.*?\((?P<surname>[A-Z][A-Z'-]+),\s*(?P<given>[A-Z][A-Z.' ]+?)\)",
        "the officer who classified the cable (its author at a post)",
        [
            "E.O. 12065: GDS 12/08/78 (GARRISON, MARK) OR-M",
            "E.O. 12065: RDS-3 10/12/99 (TOON, MALCOLM) OR-M",
        ],
        ["automated State cables (1978–1979)"],
    ),
    rule(
        "classified-by-unpunctuated",
        r"\bE\.?\s?O\.?\s?1[12]\d{3}\s+[A-Z]{2,4}-?\d?(?:\s+\d{1,2}){3}\s+(?P<surname>[A-Z][A-Z'-]+)\s+"
        r"(?P<given>[A-Z]{2,}(?:\s+[A-Z])?)\s+OR-[A-Z]\b",
        "the same, in a copy whose scan lost its punctuation",
        ["E O 12065 XDS-1 3 27 09 CASTRO RAUL H OR-M"],
        ["automated State cables (1978–1979), released as scans"],
        ["E O 12065 XDS-1 3 27 09"],
    ),
    rule(
        "classified-reference",
        r"^(?P<level>(?:[A-Z] ){5,}[A-Z]|TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLAS(?:SIFIED)?|"
        r"LIMITED\s+OFFICIAL\s+USE)\s+(?:(?P<post>[A-Z]+)\s+)?\d{3,6}\b",
        "the classification before the cable's own reference (post and number)",
        [
            "C O N F I D E N T I A L MOSCOW 14951",
            "S E C R E T STATE 235353 TOSEC 270601",
            "UNCLAS STATE 091234",
            "LIMITED OFFICIAL USE USUN 1234",
        ],
        ["automated State cables"],
        ["SECRET MEETING 12 WAS HELD"],
    ),
    rule(
        "page-reference",
        r"^PAGE\s+\d{2}\s+(?P<post>[A-Z][A-Z ]*?[A-Z])\s+\d{3,6}(?:\s+(?:\d{2}\s+OF\s+\d{2}\s+)?"
        r"\d{6}Z)?$",
        "the head of each printed page: page, post and cable number, section (if it has any), "
        "time sent",
        [
            "PAGE 02 ROME 04512 01 OF 02 101830Z",
            "PAGE 01 STATE 101010 01 OF 03 051200Z",
            "PAGE 02 LIMA 01873 300621Z",
            "PAGE 02 STATE 241551",  # a page of the text a PlusD copy shows without its header
        ],
        ["automated State cables (a copy that begins after the header)"],
        ["PAGE 2 OF THE REPORT"],
    ),
    rule(
        "routing",
        r"^(?:INFO|ACTION)\s+[A-Z]+-?\d|^[A-Z]{1,2}(?:\s+[A-Z])?\s+\d{6}\s?Z|^-{5,}|^\d{1,3}$|"
        r"^[A-Z]{1,6}-\d{2}(?:\s+[A-Z]{1,6}-\d{2})+(?:\s+/\d{3}\s+[A-Z])?$",
        "a routing line above FM: the offices informed, the precedence, the separator",
        [
            "INFO OCT-01 ARA-06 ISO-00 SS-15 SSO-00 /024 W",
            "ACTION H-02",
            "O 301330Z SEP 76",
            "--------------------- 088168",
            "55",
            "NSAE-00 NSC-10 PA-03 RSC-01 PRS-01 SS-15 USIA-12",  # the INFO line goes on
            "NIC-01 TRSE-00 OMB-01 SY-10 RSR-01 /097 W",
        ],
        ["automated State cables (a header printed after the text, on PlusD)"],
        ["INFORMATION ON THE TALKS FOLLOWS", "ACTION REQUESTED: NONE"],
    ),
    rule(
        "bureau-before-title",
        r"^(?!(?:THE|ASST|ACTG|DEP|SEC|SECY|AMB|GEN|ADM|MR|DR|UNDER)\b)[A-Z]{2,4}(?:/[A-Z]{1,4})?\s+"
        r"(?=(?:ASST|ASSISTANT|DEP|DEPUTY|UNDER|SEC|SECRETARY|AMB|AMBASSADOR)\b)",
        "the bureau's symbol before its officer's title in a FOR line: no part of his name",
        ["AF ASST SEC DOE", "EUR/RPM DEPUTY ASSISTANT SECRETARY ROE"],
        ["automated State cables"],
        ["ASST SEC DOE", "ACTG SEC ROE", "THE SECRETARY", "AMB DEP DOE"],
    ),
    rule(
        "undotted-title",
        r"\b(Asst|Sec|Secy|Dep|Amb|Adm|Gen)\b(?!\.)",
        'an office abbreviated without its point, as cables write it ("Asst Sec Doe")',
        ["Asst Sec Doe", "Amb Roe"],
        ["automated State cables"],
        ["Asst. Sec. Doe", "Secretary Roe"],
    ),
    rule(
        "numbered-paragraph",
        r"^\d{1,2}\.\s+[A-Z]",
        "where the cable's text begins: whom it is for is said above it",
        ["1. THE MINISTER SAID", "2. NO FURTHER ARTICLES"],
        ["automated State cables"],
        ["FOR THE AMBASSADOR", "1.5 MILLION DOLLARS", "10-4"],
    ),
]
(
    DTG,
    FROM,
    TO,
    SUBJECT,
    SIGNATURE,
    FOR_FROM,
    DRAFTED,
    CLASSIFIED_BY,
    CLASSIFIED_BY_BARE,
    CLASSIFIED_REFERENCE,
    PAGE_REFERENCE,
    ROUTING,
    BUREAU_BEFORE_TITLE,
    UNDOTTED_TITLE,
    NUMBERED_PARAGRAPH,
) = (r.pattern for r in RULES)


# Words a cable's reference may carry where a post would stand: its channel, a message series, a
# part ("SECRET TOSEC 110045", "CONFIDENTIAL NODIS 1234", "SECRET SECTION 1234").
NOT_A_POST = re.compile(
    r"(?:TOSEC|SECTO|TOVIP|VIPTO|TOAID|AIDTO|NODIS|EXDIS|LIMDIS|STADIS|ROGER|CHEROKEE|SECTION|"
    r"PAGE|PART|ANNEX|TELEGRAM|CABLE|MESSAGE|REPORT|NUMBER|ITEM|PARA)"
)


def read_reference_marking(doc: Document, lines) -> str:
    """ "C O N F I D E N T I A L MOSCOW 14951": the marking before the cable's reference, in the
    text or among the file marks the clean stage set aside; the post it names, if any."""
    candidates = [(line.text, line.start) for line in lines[:30]]
    candidates += [(s.text, -1) for s in doc.stamps if s.kind == "file-mark"]
    for text, start in candidates:
        m = CLASSIFIED_REFERENCE.match(text)
        if m:
            end = start + m.end("level") if start >= 0 else -1
            found(doc, "classification", reference_level(m["level"]), start, end, "cable reference")
            return m["post"] or ""
    # run on after the precedence: "TO USDEL SECRETARY FLASH LIMITED OFFICIAL USE STATE 311722"
    run_on = RUN_ON_REFERENCE.search(doc.text[:HEAD_OF_A_RUN_ON])
    if run_on:
        at, end = run_on.start("level"), run_on.end("level")
        found(doc, "classification", reference_level(run_on["level"]), at, end, "cable reference")
    return ""


def reference_level(words: str) -> str:
    """The level a cable reference's marking gives: "S E C R E T", "UNCLAS", "SECRET"."""
    words = re.sub(r"(?<=\b[A-Z]) (?=[A-Z]\b)", "", words)
    return marking_level("unclassified" if words.upper().startswith("UNCLAS") else words)


HEAD_OF_A_RUN_ON = 3000
RUN_ON_REFERENCE = re.compile(
    r"\b(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE|NIACT|OPERATIONAL)\s+"
    r"(?P<level>TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLAS(?:SIFIED)?|LIMITED\s+OFFICIAL\s+USE)\s+"
    r"(?:[A-Z]+\s+)?\d{3,6}\b"
)


CABLE_WORDS = {
    "AMEMBASSY": "Embassy",
    "AMCONSUL": "Consulate",
    "AMCONGEN": "Consulate General",
    "SECSTATE": "Department of State",
}
NOT_SIGNATURE = re.compile(
    r"^(?:NNN|(?:TOP\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|EXDIS|"
    r"NODIS|LIMDIS|NOTE BY OC/T.*|END (?:TEXT|QUOTE)|BT|SIGNED|"
    # PlusD's own lines after the text ("*** Current Classification *** ..."), and the
    # teletype's end of message ("NNNNMAFVVZCZ", "NMAFVVZCZ")
    r"\*\*\*.*|N*[A-Z]{0,8}ZCZ[A-Z]{0,4})$"
)
CONTINUES = re.compile(r"^(?:REF|REFS|E\.O\.|TAGS|\d+\.|[A-Z]\.\s|SUMMARY|BEGIN|1\s)")


def cable_lines(doc: Document, most: int) -> list[Line]:
    """The header's lines: those before the running text, and past a routing line as long as a
    paragraph ("ACTION ARA-15 BUENOS 02399 ... OCT-01 ISO-00 NSCE-00 ... 075 W", a copy's
    page that lost its breaks), which does not end the header."""
    lines = head_lines(doc, most)
    if len(lines) == 1 and ROUTING.match(lines[0].text):
        return list(top_lines(doc, 3000)[:most])
    return lines


def fit(doc: Document) -> float:
    heads = [line.text for line in cable_lines(doc, 30)]
    if (
        any(FROM.match(t) for t in heads)
        # (a repeat sent for information has no TO line: "FM SECSTATE WASHDC" / "INFO ...",
        # under its date-time group)
        and (
            any(TO.match(t) or DTG.match(t) for t in heads)
            or any(DTG.match(stamp.text) for stamp in doc.stamps[:40])
        )
        or trailing_header(doc)
        # a copy that begins at the cable's reference ("S E C R E T TEHRAN 2077") over its
        # TAGS line, the routing header left out
        or any(
            CLASSIFIED_REFERENCE.match(t)
            for t in [*heads[:3], *(s.text for s in doc.stamps[:3] if s.kind == "file-mark")]
        )
        and any(t.startswith("TAGS") for t in heads[:12])
    ):
        return 0.9
    return 0.5 if page_reference(doc) else 0.0


TEXT_BEFORE_HEADER = 300  # characters of a cable's text that put its header after it
FROM_ANY_LINE = re.compile(FROM.pattern, re.MULTILINE)


def trailing_header(doc: Document) -> tuple[list, int] | None:
    """A header printed after the text: a PlusD page shows the cable without its header
    ("Show Headers") and then in full, header first, so a cut copy ends with FM and TO. The
    header's lines, and where the text before it ends."""
    # one search first, after a plain one: every fit asks
    if "FM" not in doc.text and "FROM" not in doc.text or not FROM_ANY_LINE.search(doc.text):
        return None
    lines = text_lines(doc.text)
    for k, line in enumerate(lines[:-1]):
        if FROM.match(line.text) and any(TO.match(x.text) for x in lines[k + 1 : k + 3]):
            first = k
            while first > 0 and ROUTING.match(lines[first - 1].text):
                first -= 1
            # (a header at the top has at most a page head and routing lines above it)
            body = lines[first].start >= TEXT_BEFORE_HEADER
            return (lines[first : k + 20], lines[first].start) if body else None
    return None


def page_reference(doc: Document):
    """A printed page's head ("PAGE 02 ROME 04512 01 OF 02 101830Z"), in a copy that may
    begin after the cable's header: the line and its match."""
    in_text = (
        ((line, m) for line in text_lines(doc.text) if (m := PAGE_REFERENCE.match(line.text)))
        if "PAGE 0" in doc.text  # a plain search first: every fit asks
        else iter(())
    )
    # the clean stage may have taken it for a page's furniture (no place in the text then)
    in_stamps = (
        (Line(stamp.text, -1, -1), m)
        for stamp in doc.stamps
        if stamp.text.startswith("PAGE 0") and (m := PAGE_REFERENCE.match(stamp.text))
    )
    return next(in_text, None) or next(in_stamps, None)


def addressed_post(lines, city: str) -> bool:
    """Whether the header's TO or INFO lines name a post in the city ("AMEMBASSY PARIS")."""
    posts = re.compile(rf"\b(?:{EMBASSY_WORD}|AMCONSUL|AMCONGEN|USMISSION)\s+{re.escape(city)}\b")
    return any(posts.search(line.text) for line in lines[:40])


def post_city(post: str) -> str | None:
    """ "AMEMBASSY MOSCOW" (or a page head's "NEW DELHI") → the city; the Department
    ("SECSTATE WASHDC", "STATE") → Washington."""
    if post.startswith(("SECSTATE", "STATE")):
        return "Washington"
    travelling = SECRETARY_TRAVELLING.match(post)
    if travelling:  # "USDEL SECRETARY IN ANKARA": where his party was, if the cable says
        return post_city(travelling["city"]) if travelling["city"] else None
    city = re.sub(
        rf"^(?:{EMBASSY_WORD}|AMCONSUL|AMCONGEN|US[A-Z]{{2,9}}|AMEMB)\s+", "", post
    ).title()
    return MISSION_CITIES.get(city) or post_place(f"in {city}") or city


# The Secretary's party abroad: "FM USDEL SECRETARY IN ANKARA" (the city may be cut off).
SECRETARY_TRAVELLING = re.compile(r"^USDEL\s+SECRETARY(?:\s+IN(?:\s+(?P<city>[A-Z][A-Z ]*))?)?$")


# Missions by the body they are accredited to, and the city they sat in (in the years of
# automated cables, 1973 on): "FM USMISSION NATO" wrote from Brussels.
MISSION_CITIES = {
    "Habana": "Havana",  # as the cables spell the post, as it is spelt now
    "Nato": "Brussels",
    "Usnato": "Brussels",
    "Usun": "New York",
    "Usun New York": "New York",
    "Usun New York Ny": "New York",
}


# A subject line too short to have been broken for want of room: with the next line's first
# word it comes to fewer characters than this ("SUBJECT: JULY 13 EA PRESS SUMMARY" / "INDOCHINA").
WRAP_WIDTH = 45
MEMO_FIELD = re.compile(r"(?:TO|FROM|INFO|REF)\s*:")
# A subject line that stops on a word that cannot end it: "PRIME MINISTER'S VISIT TO" / "WASHINGTON"
BROKEN_AFTER = re.compile(r"(?:\b(?:TO|OF|ON|IN|AND|THE|FOR|WITH|BY|AT|FROM|A|AN)|-)$")


def read(doc: Document) -> None:
    lines = cable_lines(doc, 100)
    trailing = trailing_header(doc)
    if trailing:
        lines = trailing[0]
    found(doc, "type", "telegram", basis="automated cable")
    subject_at = -99
    for_at = -99
    # whom a cable is for is said above its text: a line of a paragraph that opens with "FOR
    # SUPPOSEDLY SEIZING ..." names no one
    body_at = next((k for k, line in enumerate(lines) if NUMBERED_PARAGRAPH.match(line.text)), 999)
    reference_post = read_reference_marking(doc, lines)
    for k, line in enumerate(lines):
        m = DTG.match(line.text)
        if m and not doc.date:
            date_from_group(doc, m, line.start, line.end)
        m = FROM.match(line.text)
        if m:
            found(doc, "place", post_city(m.group("post")), line.start, line.end, "cable: FM")
        m = SUBJECT.match(line.text)
        if m and not doc.title:
            subject, end = m.group("subject").strip(), line.end
            above = len(line.text)
            for following in lines[k + 1 : k + 3]:
                if (
                    CONTINUES.match(following.text)
                    or FOR_FROM.match(following.text)
                    or "--" in following.text
                    or len(following.text) > 70
                    or following.text.endswith(":")
                    # a subject goes on on the next line only where the teletype ran out of
                    # room for its next word ("SUBJECT: JULY 13 EA PRESS SUMMARY" / "INDOCHINA":
                    # the first line of the text), and with no blank line between
                    or above + 1 + len(following.text.split()[0]) < WRAP_WIDTH
                    and not BROKEN_AFTER.search(subject)
                    or "\n\n" in doc.text[end : following.start]
                    or MEMO_FIELD.match(following.text)  # "TO: EA - MR. HOLBROOKE" under it
                ):
                    break
                subject, end = f"{subject} {following.text}", following.end
                above = len(following.text)
            found(doc, "title", subject, line.start + m.start("subject"), end, "cable: SUBJECT")
            subject_at = k
        joined, offsets = joined_with_from(line, lines[k + 1 : k + 2])
        # ("DEPT FOR VEST; WHITE HOUSE FOR BRZEZINSKI": each addressee at his post)
        for segment, at in for_segments(joined, offsets):
            m = FOR_FROM.match(segment)
            # Whom it is for is said before the subject, or on the line after it; a second line may
            # name more ("WHITE HOUSE FOR PRESIDENT ..." / "DEPARTMENT FOR ACTING SECRETARY ...").
            if m and m.group("post") and not addressed_post(lines, m.group("post")):
                m = None  # "THANKS FOR ..." names no post
            if (
                m
                and k < body_at
                and (not doc.recipients or k - for_at <= 2)
                and (not doc.title or k - subject_at <= 3)
            ):
                addressee = m.group("for").strip()
                if not re.match(
                    r"(?:THE\s+)?(?:RECORD|COMMUNICATIONS|INFORMATION|ACTION|EMBASSY|CONSULATE|MISSION|"
                    r"YOUR|INFO|GUIDANCE|BACKGROUND|US\s*DEL|DEL|DELEGATION|US\s*MISSION|"
                    r"[A-Z]{2,8}\s+(?:DEL|DELEGATION)$)\b",
                    # ("FOR YOUR INFORMATION AND GUIDANCE ...", "GENEVA FOR US DEL CSCE", "GENEVA
                    # FOR MEPC DEL": a body)
                    addressee,
                ):
                    addressees = [  # "ASST. SEC. HARTMAN": the name, its office apart
                        addressee_party(name.title(), at(m.start("for") + offset))
                        for name, offset in map(without_bureau, names_listed(addressee))
                    ]
                    if doc.recipients and k - for_at <= 2:
                        doc.recipients += addressees
                    else:
                        found(doc, "recipients", addressees, line.start, line.end, "cable: FOR")
                    for_at = k
                    if m.group("from"):
                        sender = party(m.group("from").strip().title(), at(m.start("from")))
                        for officer in (doc.approved_by, doc.drafted_by):
                            if (
                                officer
                                and officer.name.split()[-1].lower()
                                == sender.name.split()[-1].lower()
                            ):
                                sender.name = (
                                    officer.name
                                )  # "FROM KING" is the "JOHN KING" who approved it
                        fallback(doc, "sender", sender, "cable: FROM")
        m = DRAFTED.match(line.text)
        if m and not is_not_a_person(m.group("who").strip()):  # "IO/UNP:STAFF:EK": its staff
            who = m.group("who").strip()
            officer_written = who.title() if " " in who else officer_name(who)
            if officer_written:
                found(
                    doc,
                    "drafted_by" if m.group("what") == "DRAFTED" else "approved_by",
                    party(officer_written),
                    basis="cable: " + m.group("what").lower(),
                )
        m = CLASSIFIED_BY.search(line.text) or CLASSIFIED_BY_BARE.search(line.text)
        if m:
            fallback(
                doc,
                "sender",
                party(
                    f"{m.group('given').title()} {m.group('surname').title()}",
                    line.start + m.start("surname"),
                ),
                "cable: the officer who classified it",
            )
    for stamp in doc.stamps:  # the E.O. line may have left the text as a file mark
        m = CLASSIFIED_BY.search(stamp.text)
        if m:
            fallback(
                doc,
                "sender",
                party(f"{m.group('given').title()} {m.group('surname').title()}"),
                "cable: the officer who classified it",
            )
    paged = page_reference(doc)
    if paged:
        line, m = paged
        found(doc, "place", post_city(m.group("post")), line.start, line.end, "cable page head")
    if not doc.place and len(reference_post) >= 4 and not NOT_A_POST.fullmatch(reference_post):
        # "UNCLAS GABORONE 0097": the post that numbered it, where nothing else placed it
        found(doc, "place", post_city(reference_post), basis="cable reference: the post")
    if not doc.date:  # its date-time group was taken for a page's furniture
        for stamp in doc.stamps:
            m = DTG.match(stamp.text)
            if m:
                date_from_group(doc, m)
                break
    signer = last_line_signature(doc, trailing[1] if trailing else len(doc.text))
    country = embassy_country(lines)
    if signer and country and not signer.role:
        signer.role = f"Ambassador in {country}"  # the head of the post signs its cables
    if signer:
        found(doc, "sender", signer, signer.start, signer.end, "cable: signature")


ONSET = re.compile(
    r"(?:[AEIOUY]|MC|SCHW?|STR|SPR|SCR|TH|SH|CH|PH|WH|WR|[BCDFGKPT][LR]|S[CKLMNPTW]|"
    r"[BCDFGHJKLMNPQRSTVWXZ][AEIOUY])"
)


# An officer in the drafting and clearing lines, office symbol first: "NEA:JJSISCO/PDCONSTABLE",
# "L:AWROVINE", "S/S -O: JMEALUM", "C - HSONNENFELDT".
OFFICER_TOKEN = re.compile(r"(?:[:/]|\s-)\s?(?P<token>[A-Z]{5,})(?=[/:]|[ \t]*$)")


def cable_officers(text: str) -> list[tuple[str, int, int]]:
    """The officers an outgoing cable's header lists from "DRAFTED BY" down to its date-time
    group, as written (initials run into the surname), with their spans; none where the header
    does not end in a date-time group."""
    if "DRAFTED" not in text[:3000]:  # a plain search first: few papers are outgoing cables
        return []
    officers: list[tuple[str, int, int]] = []
    drafting = False
    for line in text_lines(text, 3000):
        drafted = DRAFTED.match(line.text)
        drafting = drafting or bool(drafted and drafted["what"] == "DRAFTED")
        if drafting and DTG.match(line.text):
            return officers
        if drafting:
            officers += [
                (m["token"], line.start + m.start("token"), line.start + m.end("token"))
                for m in OFFICER_TOKEN.finditer(line.text)
                if not is_not_a_person(m["token"])  # ("EUR/RPM:STAFF": the office's staff)
            ]
    return []


def officer_name(run_together: str) -> str | None:
    """ "SMCCALL" → "S. McCall", "HSONNENFELDT" → "H. Sonnenfeldt", "RLBARRY" → "R. L. Barry":
    cables write an officer's initials and surname as one word."""
    word = run_together.strip().split()[0] if run_together.strip() else ""
    if not re.fullmatch(r"[A-Z]{4,}", word):
        return None
    # One initial, unless the surname would then start as no English name does ("LBARRY").
    initials, surname = (word[:1], word[1:]) if ONSET.match(word[1:]) else (word[:2], word[2:])
    surname = surname.title()
    surname = re.sub(r"^Mc([a-z])", lambda x: "Mc" + x.group(1).upper(), surname)
    return " ".join(f"{ch}." for ch in initials) + f" {surname}"


def date_from_group(doc: Document, m: re.Match, start: int = -1, end: int = -1) -> None:
    year = 1900 + int(m.group("year"))
    month = MONTH_MISREAD.get(m.group("month"), m.group("month"))
    iso = f"{year}-{MONTHS[month]:02d}-{m.group('day')}"
    if found(doc, "date", iso, start, end, "cable date-time group"):
        doc.date_basis = "date-time group"


def embassy_country(lines: list[Line]) -> str | None:
    """The country of the embassy the cable comes from ("FM AMEMBASSY SANTIAGO": Chile)."""
    for line in lines:
        m = FROM.match(line.text)
        if m:
            embassy = re.match(rf"{EMBASSY_WORD}\b", m.group("post"))
            city = post_city(m.group("post")) if embassy else None
            return country_of_post(city) if city else None
    return None


def last_line_signature(doc: Document, end: int):
    """The signer on the last line of the text that ends at ``end``."""
    lines = [line for line in text_lines(doc.text[:end])[-6:] if not NOT_SIGNATURE.match(line.text)]
    if not lines:
        return None
    m = SIGNATURE.match(lines[-1].text)
    if not m or len(lines) > 1 and not SENTENCE_END.search(lines[-2].text):
        # "... RESOLUTIONS CONDEMNING" / "SOUTH": a cable cut in mid-sentence, not signed
        return None
    return party(m.group("name"), lines[-1].start)


FROM_LINE = re.compile(r"FROM\s+(?:THE\s+)?[A-Z][A-Z.' ]*[A-Z]\s*$")


def without_bureau(listed: tuple[str, int]) -> tuple[str, int]:
    name, offset = listed
    symbol = BUREAU_BEFORE_TITLE.match(name)
    return (name[symbol.end() :], offset + symbol.end()) if symbol else listed


def addressee_party(written: str, start: int):
    """ "Asst. Sec. Hartman": the name, its office apart; "Asst Sec Moose" too, the cable's
    abbreviations without their points."""
    as_read = correspondent(written, start)
    if as_read and as_read.role:
        return as_read
    dotted = correspondent(UNDOTTED_TITLE.sub(r"\1.", written), start)
    if dotted and dotted.role:
        return party(written, start, name=dotted.name, role=dotted.role)
    return as_read or party(written, start)


def for_segments(text: str, at: Callable[[int], int]) -> list[tuple[str, Callable[[int], int]]]:
    """A FOR line's parts between semicolons (or commas), each with its offsets ("DEPT FOR VEST;
    WHITE HOUSE FOR BRZEZINSKI", "PRETORIA FOR DOE ONLY, USUN FOR ROE"); the line whole where
    it reads as one ("EXDIS; KOOLAID; FOR ...", "FOR DOE, ROE AND POE")."""
    if (";" not in text and "," not in text) or FOR_FROM.match(text):
        return [(text, at)]
    parts: list[tuple[str, Callable[[int], int]]] = []
    offset = 0
    for piece in re.split(r"[;,]", text):
        lead = len(piece) - len(piece.lstrip())
        parts.append((piece.strip(), shifted(at, offset + lead)))
        offset += len(piece) + 1
    if not all(FOR_FROM.match(part) for part, _ in parts):
        return [(text, at)]  # "... WOULD AGREE; FOR THE MOMENT HOWEVER ...": prose, no addressees
    return parts


def shifted(at: Callable[[int], int], by: int) -> Callable[[int], int]:
    """Offsets in a part of a line, as the line's."""
    return lambda i: at(by + i)


def joined_with_from(line, following) -> tuple[str, Callable[[int], int]]:
    """A FOR line whose FROM runs onto the next ("... FOR PRESIDENT AND DR. BRZEZINSKI FROM" /
    "SECRETARY VANCE"), joined; and a function from an offset in the joined text to the
    document's."""
    if (
        following
        and re.search(r"(?:^|\s)FOR$", line.text)
        and " FROM " not in line.text
        # a routing line's ("S/S-O PASS TO ... FOR"), or one the next line signs ("... FROM
        # BELL"); not a subject's words ("SUBJECT: CONGRESSIONAL BACKING FOR" / "PRESIDENT ...")
        and not SUBJECT.match(line.text)
        and (re.search(r"\bPASS\b", line.text) or " FROM " in f" {following[0].text} ")
    ):
        # "S/S-O PASS TO THE SECRETARY'S PARTY FOR" / "AMBASSADOR DOE FROM ROE": from its FOR on
        nxt, cut = following[0], 4
        lead = line.start + len(line.text) - 3
        return f"FOR {nxt.text}", lambda i: lead + i if i < cut else nxt.start + i - cut
    if following and (
        line.text.endswith(" FROM")
        # "USUN FOR SECRETARY" / "FROM ATHERTON": the sender on a line of his own
        or (" FROM " not in line.text and FROM_LINE.match(following[0].text))
    ):
        nxt = following[0]
        joined = f"{line.text} {nxt.text}"
        cut = len(line.text) + 1
        return joined, lambda i: line.start + i if i < cut else nxt.start + i - cut
    return line.text, lambda i: line.start + i
