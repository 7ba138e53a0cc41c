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
from . import Line, found, head_lines, rule
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
        r"^(?P<marking>(?i:(?:personal\s+and\s+)?(?:top\s+)?secret(?:\s+and\s+personal)?|"
        r"personal|strictly\s+personal))\s+(?:message\s+)?"
        r"from\s+(?P<who>.+?\s+to\s+.+?)\.?$",
        "the opening line: marking, writer and addressee",
        [
            "Personal and secret from Premier J. V. Stalin to President F. D. Roosevelt.",
            "Personal and top secret message from Premier J. V. Stalin to the Prime "
            "Minister, Mr. W. Churchill",
            "Secret and personal from the President to Marshal Stalin.",
        ],
        ["Stalin's correspondence (Moscow, 1957)", "FRUS"],
        ["Personal from the start, the talks went well."],
    ),
]
TITLED_HEADING, PERSONAL_FROM = (r.pattern for r in RULES)


MEMORANDUM_HEADING = re.compile(r"^Memorandum\s+(?:to|for|from)\s+(?:the\s+)?[A-Z]")


def heading_lines(doc: Document) -> list[Line]:
    """The head's lines, a heading broken before its "to" ("President Eisenhower" / "to Prime
    Minister Churchill") joined into one (the line break read as the space it stands for)."""
    joined: list[Line] = []
    for line in head_lines(doc, 8):
        last = joined[-1] if joined else None
        if last and line.text.startswith("to ") and line.start == last.end + 1:
            joined[-1] = Line(f"{last.text} {line.text}", last.start, line.end)
        else:
            joined.append(line)
    return joined


def fit(doc: Document) -> float:
    lines = heading_lines(doc)
    if any(TITLED_HEADING.match(line.text) or PERSONAL_FROM.match(line.text) for line in lines):
        return 0.55
    return 0.0


def read(doc: Document) -> None:
    lines = heading_lines(doc)
    for k, line in enumerate(lines):
        heading = TITLED_HEADING.match(line.text)
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
        correspondents(doc, m.group("who"), line.start + m.start("who"))
        if opening and re.search(r"(?i)secret", m.group("marking")):
            level = "Top Secret" if re.search(r"(?i)top\s+secret", m.group("marking")) else "Secret"
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
