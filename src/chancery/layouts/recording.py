"""Transcripts of the presidents' recorded conversations, as the Presidential Recordings
editions publish them: a title naming who spoke and when ("Lyndon B. Johnson, Dean
Rusk, and Walt W. Rostow on 5 June 1967"), "Transcript", the editors' credit and
introduction, then each speaker's name on a line of its own over what they said (read by the
dialogue stage). Those the title names are the participants; a call or a meeting on tape is
neither memorandum nor telegram ("other", as a telephone conversation's transcript is)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document
from ..pipeline.dates import parse_date
from . import Line, found, found_date, head_lines, rule
from .memcon import participants_from
from .parties import names_listed

HEARD = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){1,3}"  # a name of those heard: "Dean Rusk"
RULES = [
    rule(
        "title",
        r"^(?P<who>[A-Z][^\n]{3,300}?)\s+on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})$",
        "the recording's title: who is heard, and the day",
        [
            "Lyndon B. Johnson, Dean Rusk, and Walt W. “Walt” Rostow on 5 June 1967",
            "John F. Kennedy and Robert S. McNamara on 2 October 1963",
        ],
        ["Presidential Recordings (Miller Center)"],
        ["Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht"],
    ),
    rule(
        "transcript",
        r"^Transcript$",
        "the word the edition prints between the title and the transcript",
        ["Transcript"],
        ["Presidential Recordings (Miller Center)"],
    ),
    rule(
        "day-over-speakers",
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
        r"(?P<date>[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\n+"
        r"[A-Z][a-z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,4}:\s+\S",  # "President Kennedy: ..."
        "a transcript's day on a line of its own over the first speaker's words",
        ["Tuesday, October 23, 1962\n\nPresident Kennedy: Good evening."],
        ["Presidential Recordings excerpts on news and library sites"],
        ["October 22, 1962\n\nThe President spoke first."],
        flags=re.M,
    ),
    rule(
        "session-heading",
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?P<date>[A-Z][a-z]+\s+\d{1,2},\s+"
        r"\d{4})\s+-\s+\d{1,2}:\d\d\s*[ap]m(?:\s+-\s+\d{1,2}:\d\d\s*[ap]m)?\n"
        rf"(?P<who>{HEARD}(?:,[ ]{HEARD})+)$",
        "a recording's page: its day and hours, and those heard, a line each",
        [
            "Monday, June 5, 1967 - 8:00pm - 9:00pm\nLyndon Johnson, Dean Rusk, Walt Rostow",
            "June 5, 1967 - 10:05am\nJohn Doe, Richard Roe",
        ],
        ["Presidential Recordings (Miller Center)"],
        ["Monday, June 5, 1967\nThe President met the Cabinet."],
        flags=re.M,
    ),
    rule(
        "call-heading",
        r"^(?P<who>(?:President\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+and\s+[A-Z][^\n:]{3,150}?),"
        r"\s+\d{1,2}:\d\d\s*[AaPp]\.?\s?[Mm]\.?$",
        "a call's heading in a book or a page of transcripts: who spoke, and the hour",
        [
            "President Johnson and B. Everett Jordan, with Walter Jenkins, 5:34 PM",
            "Lyndon Johnson and Richard Roe, 10:05 a.m.",
        ],
        ["Presidential Recordings excerpts on news and library sites"],
        ["The President and the Secretary met at noon, 12:00 PM"],
    ),
]
TITLE, TRANSCRIPT, DAY_OVER_SPEAKERS, SESSION_HEADING, CALL_HEADING = (r.pattern for r in RULES)
SPEAKER_FIRST = re.compile(r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}:\s+\S")  # "Jordan: Fine."
NICKNAME = re.compile(r"\s*[“\"][^”\"]{1,15}[”\"]")  # "Robert S. “Bob” McNamara"


def title_line(doc: Document):
    if "Transcript" not in doc.text[:600]:  # a plain search first: every fit asks
        return None
    lines = head_lines(doc, 6)
    if (
        lines
        and any(TRANSCRIPT.match(x.text) for x in lines[1:4])  # the cheaper test first
        and TITLE.match(lines[0].text)
    ):
        return lines[0]
    return None


def fit(doc: Document) -> float:
    if title_line(doc) or session_heading(doc) or call_heading(doc):
        return 0.7
    return 0.2 if day_over_speakers(doc) else 0.0


def call_heading(doc: Document) -> Line | None:
    """A call's heading among the first lines, over the first speaker's words ("President
    Johnson: Hi, Everett!")."""
    lines = head_lines(doc, 12)
    for k, line in enumerate(lines[:-1]):
        if CALL_HEADING.match(line.text) and SPEAKER_FIRST.match(lines[k + 1].text):
            return line
    return None


def session_heading(doc: Document) -> re.Match | None:
    return SESSION_HEADING.match(doc.text[:600]) if " - " in doc.text[:200] else None


def day_over_speakers(doc: Document) -> re.Match | None:
    return transcript_day(doc.text[:4000])


@lru_cache(maxsize=32)  # every fit asks again
def transcript_day(top: str) -> re.Match | None:
    return DAY_OVER_SPEAKERS.search(top) if ":" in top else None


def read(doc: Document) -> None:
    line = title_line(doc)
    if line is not None:
        read_title(doc, line)
    call = call_heading(doc)
    if call is not None:
        m = CALL_HEADING.match(call.text)
        assert m is not None  # call_heading matched it
        found(doc, "type", "other", call.start, call.end, "call heading")
        found(doc, "title", call.text, call.start, call.end, "call heading")
        # "... and B. Everett Jordan, with Walter Jenkins": one more of them (offsets kept)
        who = m.group("who").replace(", with ", ",      ")
        heard(doc, who, call.start + m.start("who"), "call heading")
    session = session_heading(doc)
    if session and (when := parse_date(session.group("date"))):
        # the day and hours over those heard: a meeting or a call on tape
        found_date(doc, when[0], session.start("date"), session.end("date"), "recording page")
        found(doc, "type", "other", session.start(), session.end("date"), "recording page")
        heard(doc, session.group("who"), session.start("who"), "recording page")
    day = day_over_speakers(doc)
    if day and (when := parse_date(day.group("date"))):
        # an excerpt of the tapes under a site's introduction: dated by the line over it
        found_date(doc, when[0], day.start("date"), day.end("date"), "date over the transcript")
        found(doc, "type", "other", day.start(), day.end(), "transcript")


def read_title(doc: Document, line: Line) -> None:
    m = TITLE.match(line.text)
    assert m is not None  # title_line matched it
    found(doc, "title", line.text, line.start, line.end, "recording title")
    found(doc, "type", "other", line.start, line.end, "recording title")
    when = parse_date(m.group("date"))
    if when:
        found_date(
            doc,
            when[0],
            line.start + m.start("date"),
            line.start + m.end("date"),
            "recording title",
        )
    heard(doc, m.group("who"), line.start + m.start("who"), "recording title")


def heard(doc: Document, who: str, at: int, basis: str) -> None:
    """The participants a recording's heading lists ("Lyndon B. Johnson, Dean Rusk, and Walt W.
    “Walt” Rostow"), each at its offset (``at`` is where ``who`` stands in the text)."""
    entries = [
        Line(NICKNAME.sub("", name), at + offset, at + offset + len(name))
        for name, offset in names_listed(who)
    ]
    parties = participants_from(entries)
    if parties:
        found(doc, "participants", parties, parties[0].start, parties[-1].end, basis)
