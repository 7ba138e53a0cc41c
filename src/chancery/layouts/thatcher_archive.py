"""The Margaret Thatcher Foundation's archive pages: the editors' title says who wrote to whom
("Grenada: Reagan letter to Thatcher (decided to intervene) [declassified 2000]", "Cold War:
Reagan call to Thatcher (...)"), and their comments may give the day it went ("Editorial
comments: Despatched 2200 GMT 24 Oct 1983."). The page's fields ("Document type:", "Venue:",
"Themes:") are site chrome (``web_page``); the clean stage keeps them as stamps. The title's
"letter" does not type the page: it may show a summary or a covering note of one.
"""

from __future__ import annotations

from ..model import Document
from ..pipeline.dates import parse_date
from . import found, found_date, head_lines, party, rule
from .parties import correspondent

RULES = [
    rule(
        "title",
        r"^(?:[A-Z][^:\n]{1,60}:\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
        r"(?P<kind>letter|message|call|minute|note)\s+to\s+"
        r"(?P<whom>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?P<about>\s+\([^)]*\))?"
        r"(?:\s*\[[^\]]*\])*\s*$",
        'the editors\' title: writer, kind and addressee ("MT": Margaret Thatcher)',
        [
            "Falklands: MT letter to President Reagan (ceasefire) [declassified 2002]",
            "Grenada: Reagan letter to Thatcher (decided to intervene) [declassified 2000]",
            "Cold War: Thatcher letter to Reagan (Commonwealth & Grenada) [summary declassified "
            "2000]",
            'Cold War: Reagan call to Thatcher (returning her "morale boost" call) [unclassified] '
            "[covernote only]",
        ],
        ["the Margaret Thatcher Foundation's archive"],
        ["Cold War: Washington (Reagan-Gorbachev) Summit (one-on-one meeting)"],
    ),
    rule(
        "despatched",
        r"^Editorial comments:.*?\b(?:Despatched|Dispatched|Sent|Delivered)\s+(?:\d{3,4}\s+"
        r"(?:GMT|EST|EDT|BST)\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})",
        "the editors' comment on the day it was sent",
        ["Editorial comments: Despatched 2200 GMT 24 Oct 1983. A copy was sent ..."],
        ["the Margaret Thatcher Foundation's archive"],
    ),
]
TITLE, DESPATCHED = (r.pattern for r in RULES)


def archive_page(doc: Document) -> bool:
    return any(
        stamp.kind == "site-chrome" and stamp.text.startswith(("Archive (", "Importance ranking"))
        for stamp in doc.stamps
    )


def fit(doc: Document) -> float:
    lines = head_lines(doc, 3)
    return 0.6 if lines and TITLE.match(lines[0].text) and archive_page(doc) else 0.0


def read(doc: Document) -> None:
    line = head_lines(doc, 3)[0]
    m = TITLE.match(line.text)
    if not m:
        return
    title = line.text[: m.end("about") if m.group("about") else m.end("whom")]
    found(doc, "title", title, line.start, line.start + len(title), "archive title")
    writer = correspondent(m.group("who"), line.start + m.start("who"))
    if writer and writer.as_written == "MT":  # the Foundation's initials for her
        writer = party("MT", writer.start, name="Margaret Thatcher")
    if writer:
        found(doc, "sender", writer, writer.start, writer.end, "archive title")
    addressee = correspondent(m.group("whom"), line.start + m.start("whom"))
    if addressee and m.group("kind") != "call":  # the one called is no addressee
        found(doc, "recipients", [addressee], addressee.start, addressee.end, "archive title")
    for stamp in doc.stamps:
        sent = DESPATCHED.match(stamp.text) if stamp.kind == "site-chrome" else None
        when = parse_date(sent.group("date")) if sent else None
        if when:
            found_date(doc, when[0], -1, -1, "editors' comment: despatched")
            break
