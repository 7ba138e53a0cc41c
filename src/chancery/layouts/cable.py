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

from ..authority.offices import post_place
from ..model import Document
from . import found, head_lines, party, rule, text_lines

MONTHS = {m: n for n, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
RULES = [
    rule(
        "date-time-group",
        r"^(?:[A-Z]{1,2}\s+){0,3}(?P<day>\d{2})(?P<time>\d{4})Z\s+(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<year>\d{2})$",
        "the precedence and date-time group: day, time, month, year",
        ["P 220842Z OCT 75", "P R 291310Z AUG 74", "O 251114Z OCT 75", "R 021500Z JAN 77"],
        ["automated State cables"],
        ["PAGE 02 MOSCOW 13175 01 OF 02 291413Z"],
    ),
    rule(
        "from",
        r"^(?:FM|FROM)\s+(?P<post>(?:AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|USDEL|SECSTATE|USNATO|USUN|AMEMB)\b.*?)$",
        "the post that sent it",
        ["FM AMEMBASSY MOSCOW", "FM SECSTATE WASHDC", "FM USMISSION USUN NEW YORK"],
        ["automated State cables"],
    ),
    rule(
        "to",
        r"^TO\s+(?P<post>(?:AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION|USDEL|SECSTATE|USNATO|USUN|AMEMB|WHITE\s+HOUSE)\b.*?)$",
        "the post it went to",
        ["TO SECSTATE WASHDC PRIORITY 5870", "TO AMEMBASSY MOSCOW IMMEDIATE"],
        ["automated State cables"],
    ),
    rule(
        "subject",
        r"^(?:SUBJECT|SUBJ)\s*:\s*(?P<subject>.+)$",
        "the subject line (the title)",
        ["SUBJECT: AUGUST TRENDS", "SUBJ: US-USSR COOPERATIVE AGREEMENTS"],
        ["automated State cables"],
    ),
    rule(
        "signature",
        r"^(?P<name>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})?)$",
        "the signer, in capitals on the last line",
        ["STOESSEL", "KISSINGER", "TOON"],
        ["automated State cables"],
        ["NNN", "CONFIDENTIAL"],
    ),
]
DTG, FROM, TO, SUBJECT, SIGNATURE = (r.pattern for r in RULES)
CABLE_WORDS = {"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "AMCONGEN": "Consulate General", "SECSTATE": "Department of State"}
NOT_SIGNATURE = re.compile(r"^(?:NNN|(?:TOP\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|EXDIS|NODIS|LIMDIS|NOTE BY OC/T.*|END (?:TEXT|QUOTE)|BT|SIGNED)$")
CONTINUES = re.compile(r"^(?:REF|REFS|E\.O\.|TAGS|\d+\.|[A-Z]\.\s|SUMMARY|BEGIN|1\s)")


def fit(doc: Document) -> float:
    heads = [line.text for line in head_lines(doc, 30)]
    return 0.9 if any(FROM.match(t) for t in heads) and any(TO.match(t) for t in heads) else 0.0


def read(doc: Document) -> None:
    lines = head_lines(doc, 60)
    found(doc, "type", "telegram", basis="automated cable")
    for k, line in enumerate(lines):
        m = DTG.match(line.text)
        if m and not doc.date:
            year = 1900 + int(m.group("year"))
            iso = f"{year}-{MONTHS[m.group('month')]:02d}-{m.group('day')}"
            if found(doc, "date", iso, line.start, line.end, "cable date-time group"):
                doc.date_basis = "date-time group"
        m = FROM.match(line.text)
        if m:
            post = m.group("post")
            place = "Washington" if post.startswith("SECSTATE") else post_place(f"in {post.split(None, 1)[-1].title()}")
            found(doc, "place", place or post.split(None, 1)[-1].title(), line.start, line.end, "cable: FM")
        m = SUBJECT.match(line.text)
        if m and not doc.title:
            subject, end = m.group("subject").strip(), line.end
            for following in lines[k + 1 : k + 3]:
                if CONTINUES.match(following.text) or len(following.text) > 70 or following.text.endswith(":"):
                    break
                subject, end = f"{subject} {following.text}", following.end
            found(doc, "title", subject, line.start + m.start("subject"), end, "cable: SUBJECT")
    signer = last_line_signature(doc)
    if signer:
        found(doc, "sender", signer, signer.start, signer.end, "cable: signature")


def last_line_signature(doc: Document):
    for line in reversed(text_lines(doc.text)[-5:]):
        if NOT_SIGNATURE.match(line.text):
            continue
        m = SIGNATURE.match(line.text)
        return party(m.group("name"), line.start) if m else None
    return None
