"""Messages between heads of government (Stalin, Roosevelt, Churchill, Truman, Khrushchev,
Kennedy), as FRUS conference volumes and the Soviet edition of the wartime correspondence
print them.

The heading names writer and addressee by title and surname, with no word for the kind of
document ("Marshal Stalin to President Truman"); the message opens by saying it again with its
marking ("Personal and secret from Premier J. V. Stalin to President H. S. Truman."). Both give
sender and addressee; the opening line also the classification.
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import MONTHS
from . import Line, found, found_date, head_lines, rule, top_lines
from .frus import split_to
from .parties import correspondent

LEADER_TITLE = (
    r"(?:President|Marshal|Premier|Prime\s+Minister|Generalissimo|Chairman|Chancellor|"
    r"General\s+Secretary|General|Mr\.)"
)
RULES = [
    rule(
        "titled-heading",
        rf"^(?P<who>{LEADER_TITLE}\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+\s+to\s+(?:the\s+)?{LEADER_TITLE}\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+)\s*\d{{0,2}}$",
        "a heading naming writer and addressee by title and surname alone",
        [
            "Marshal Stalin to President Roosevelt 2",
            "Prime Minister Churchill to President Roosevelt",
            "President Truman to Generalissimo Stalin",
            "President Eisenhower\nto Prime Minister Churchill",
        ],
        ["FRUS conference volumes (Potsdam, Yalta)", "Stalin's correspondence (Moscow, 1957)"],
        [
            "President Truman to return to Washington",
            "The Secretary of State to the Ambassador in the Soviet Union",
        ],
    ),
    rule(
        "personal-from",
        r"^(?P<marking>(?i:(?:personal\s+and\s+)?(?:top\s+|most\s+)?secret(?:\s+and\s+personal)?|"
        r"personal|strictly\s+personal))\s+(?i:message\s+)?"
        # (a heading, not a sentence: "Personal message from the President to the Prime Minister
        # was delivered at noon")
        r"(?i:from)\s+(?!.*\b(?:was|were|is|are|has|had|will|would)\b)(?P<who>.+?\s+to\s+.+?)\.?$",
        "the opening line: marking, writer and addressee",
        [
            "Personal and secret from Premier J. V. Stalin to President F. D. Roosevelt.",
            "Personal and top secret message from Premier J. V. Stalin to the Prime "
            "Minister, Mr. W. Churchill",
            "Secret and personal from the President to Marshal Stalin.",
            "Personal and Secret Message from Premier Stalin to Prime Minister Churchill",
            "Most Secret and Personal Message from the Prime Minister, Mr Winston Churchill, to "
            "Premier Stalin",
        ],
        ["Stalin's correspondence (Moscow, 1957)", "FRUS"],
        [
            "Personal from the start, the talks went well.",
            "Personal message from the President to the Prime Minister was delivered at noon.",
        ],
    ),
    rule(
        "capitals-heading",
        r"^(?P<who>(?:[A-Z]\.\s*){1,3}[A-Z][A-Z'’-]+\s+TO\s+(?:[A-Z]\.\s*){1,3}[A-Z][A-Z'’-]+)\*?$",
        "the edition's heading in capitals, writer's and addressee's initials and surnames",
        ["W. CHURCHILL TO J. V. STALIN*", "J. V. STALIN TO F. D. ROOSEVELT"],
        ["Stalin's correspondence (Moscow, 1957), as the Marxists Internet Archive copies it"],
        ["MEMORANDUM TO THE PRESIDENT", "J. DOE TO ATTEND"],
    ),
    rule(
        "sent-on",
        rf"^(?P<way>Sent|Received)\s+on\s+(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\.?$",
        "the edition's line over each message: the day it was sent (the writer's date) or "
        "received (not its own)",
        ["Sent on January 8, 1942", "Received on January 5, 1942"],
        ["Stalin's correspondence (Moscow, 1957)"],
        ["Sent on to Moscow the next day."],
    ),
]
TITLED_HEADING, PERSONAL_FROM, CAPITALS_HEADING, SENT_ON = (r.pattern for r in RULES)


def is_message_heading(text: str) -> bool:
    """A heading that names a message's writer and addressee, in any of the editions' forms."""
    return bool(
        TITLED_HEADING.match(text) or PERSONAL_FROM.match(text) or CAPITALS_HEADING.match(text)
    )


HEAD_LINES = 16
EDITION_PAGE = re.compile(r"(?m)^(?:Source|Publisher|Public Domain)\s*:")
MEMORANDUM_HEADING = re.compile(r"^Memorandum\s+(?:to|for|from)\s+(?:the\s+)?[A-Z]")


def heading_lines(doc: Document) -> list[Line]:
    """The head's lines, a heading broken before its "to" ("President Eisenhower" / "to Prime
    Minister Churchill") joined into one (the line break read as the space it stands for)."""
    joined: list[Line] = []
    # (the head's lines; in the edition's copy, those under its page of source and licence too,
    # whose prose ends the head early)
    edition = EDITION_PAGE.search(doc.text[:2500])
    for line in top_lines(doc, 2500)[:HEAD_LINES] if edition else head_lines(doc, 8):
        last = joined[-1] if joined else None
        if last and line.text.startswith("to ") and line.start == last.end + 1:
            joined[-1] = Line(f"{last.text} {line.text}", last.start, line.end)
        else:
            joined.append(line)
    return joined


def fit(doc: Document) -> float:
    return 0.55 if any(is_message_heading(line.text) for line in heading_lines(doc)) else 0.0


def read(doc: Document) -> None:
    lines = heading_lines(doc)
    sent = next((m for line in lines if (m := SENT_ON.match(line.text))), None)
    when = parse_date(sent.group("date")) if sent and sent.group("way") == "Sent" else None
    if sent and when:
        line = next(line for line in lines if line.text == sent.string)
        at = line.start + sent.start("date")
        found_date(doc, when[0], at, at + len(sent.group("date")), "the edition's 'Sent on'")
    for k, line in enumerate(lines):
        heading = TITLED_HEADING.match(line.text) or CAPITALS_HEADING.match(line.text)
        opening = PERSONAL_FROM.match(line.text)
        m = heading or opening
        if not m:
            continue
        if heading:
            found(
                doc,
                "title",
                m.group("who"),
                line.start + m.start("who"),
                line.start + m.end("who"),
                "heading",
            )
        # "Memorandum to the President From the Prime Minister" under the heading: what it is
        named = next((n for n in lines[k + 1 : k + 3] if MEMORANDUM_HEADING.match(n.text)), None)
        if named:
            found(doc, "type", "memorandum", named.start, named.end, "the message's own heading")
        found(doc, "type", "letter", line.start, line.end, "a message between heads of government")
        # ("W. CHURCHILL TO J. V. STALIN": the edition's capitals; one word for another)
        who = re.sub(r"(?<=\s)TO(?=\s)", "to", m.group("who"))
        correspondents(doc, who, line.start + m.start("who"))
        if opening and re.search(r"(?i)secret", m.group("marking")):
            # (the British "Most Secret" is their highest grade)
            highest = re.search(r"(?i)(?:top|most)\s+secret", m.group("marking"))
            level = "Top Secret" if highest else "Secret"
            found(
                doc,
                "classification",
                level,
                line.start + m.start("marking"),
                line.start + m.end("marking"),
                "the message's marking",
            )


def correspondents(doc: Document, words: str, start: int) -> None:
    sender_text, addressee_text, at = split_to(words)
    if not sender_text:
        return
    sender = correspondent(sender_text, start)
    if sender:
        found(doc, "sender", sender, sender.start, sender.end, "message heading")
    addressee = correspondent(addressee_text, start + at) if addressee_text else None
    if addressee:
        found(doc, "recipients", [addressee], addressee.start, addressee.end, "message heading")
