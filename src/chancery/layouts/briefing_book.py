"""Documents as the National Security Archive's briefing books and the Cold War International
History Project's bulletins number them.

Each document of a collection is headed by its number, often its date, and a title in the
editors' words: "Document 3: 12 March 1962: Report from A. Ivanov on his trip to the US",
"DOCUMENT No. 4: Janos Szabo's Report to the Politburo of a Telephone Conversation with Leonid
Brezhnev, December 13, 1967". The heading gives the title, the date where it states one, the
kind from the title's words and the writer ("Report from X", "X's Report").
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import MONTHS
from . import found, found_date, head_lines, party, rule

RULES = [
    rule(
        "numbered-document",
        r"^(?i:document)\s+(?:No\.\s*)?\d{1,3}[A-Za-z]?\s*[:.]\s+(?:(?P<date>\d{1,2}\s+[A-Z][a-z]+"
        r"\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4})\s*:\s+)?(?P<title>\S.{8,300})$",
        "a collection's numbered heading: number, date, the editors' title",
        [
            "Document 3: 12 March 1962: Report from A. Ivanov on his trip to the US",
            "DOCUMENT No. 4: Janos Szabo's Report to the Politburo, December 13, 1967",
            "Document 12: Memorandum of Conversation, Rusk and Dobrynin, June 5, 1962",
        ],
        ["National Security Archive briefing books", "CWIHP Bulletin"],
        ["Document 3 of the file was not found.", "Document Type: MFR"],
    ),
]
(NUMBERED,) = (r.pattern for r in RULES)

KINDS = [
    (r"(?i)\bmemorandum of (?:a )?(?:telephone )?conversation\b|\brecord of (?:a )?conversation\b",
     "memorandum of conversation"),
    (r"(?i)\b(?:minutes|notes) (?:of|from)\b|\bsummary record\b", "record of meeting"),
    (r"(?i)\b(?:telegram|cable|ciphergram)\b", "telegram"),
    (r"(?i)\bletter\b", "letter"),
    (r"(?i)\b(?:report|memorandum|information)\b", "memorandum"),
]  # fmt: skip
# The writer the title names: "Report from A. Ivanov on ...", "Janos Szabo's Report to ...".
WRITER = re.compile(
    r"\b(?:Report|Letter|Memorandum|Telegram|Cable|Notes)\s+(?:from|by)\s+"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"|^(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)['’]s\s+(?:Report|Letter|Memorandum|Notes)\b"
)
# (after a comma or not: "... between George H.W. Bush and Helmut Kohl June 23, 1989"; not a
# date the title speaks of: "Report on the Agreement of August 5, 1961")
TRAILING_DATE = re.compile(
    rf"(?:,\s*|(?<!\bof)(?<!\bon)(?<!\bsince)\s+)(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s*\d{{4}}|"
    rf"\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}})\s*$"
)


def fit(doc: Document) -> float:
    return 0.6 if any(NUMBERED.match(line.text) for line in head_lines(doc, 6)) else 0.0


def read(doc: Document) -> None:
    for line in head_lines(doc, 6):
        m = NUMBERED.match(line.text)
        if not m:
            continue
        title, at = m.group("title").strip(), line.start + m.start("title")
        written, dated_at = m.group("date"), line.start + m.start("date")
        trailing = TRAILING_DATE.search(title)
        if trailing and not written and parse_date(trailing.group("date")):
            # "..., December 13, 1967": the date ends the title (where the heading gave none)
            written, dated_at = trailing.group("date"), at + trailing.start("date")
            title = title[: trailing.start()]
        found(doc, "title", title, at, at + len(title), "numbered heading")
        when = parse_date(written or "")
        if when and len(when[0]) == 10:
            found_date(doc, when[0], dated_at, dated_at + len(written), "numbered heading")
        kind = next((k for pattern, k in KINDS if re.search(pattern, title)), None)
        found(doc, "type", kind, at, at + len(title), "numbered heading")
        writer = WRITER.search(title)
        if writer and kind not in ("memorandum of conversation", "record of meeting"):
            who = writer.group("who") or writer.group("owner")
            start = at + writer.start("who" if writer.group("who") else "owner")
            found(doc, "sender", party(who, start), start, start + len(who), "numbered heading")
        return
