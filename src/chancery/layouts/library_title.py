"""Presidential libraries' transcriptions: the catalogue title names the kind of paper, its
writer and its date ("Longhand Note of President Harry S. Truman, May 23, 1945.", "Letter from
Harry S. Truman to Joseph E. Davies, June 6, 1945"), above the subject headings and the text.

The writer the title names is the sender; the kind gives the type where it is one of ours (a
note or a diary entry stays "other").

A transcription wiki's page of a library scan is named after the library's file: "Ford,
Kissinger, Foreign Minister Genscher - June 5, 1975 (Gerald Ford Library)" is a conversation
of those people on that day. The name is the site's (the clean stage keeps it as a
"site-chrome" stamp), so what it says counts only where the page itself is silent.
"""

from __future__ import annotations

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import MONTHS
from . import fallback, found, party, rule, top_lines
from .parties import entry_party, names_listed

RULES = [
    rule(
        "paper-of",
        r"^(?:Unsent\s+|Draft\s+)?(?P<kind>(?:Longhand\s+|Handwritten\s+)?"
        r"(?:Note|Notes|Diary\s+Entry|Memorandum|Letter|Telegram|Cable))"
        r"\s+(?:of|by|from)\s+(?:Former\s+)?(?:President\s+|Ambassador\s+|Secretary\s+of\s+State\s+)?"
        r"(?P<writer>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}?)"
        r"(?:\s+to\s+(?P<addressee>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}?))?"
        rf"(?:,\s+(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\.?|\s+\((?P<year>\d{{4}})\))(?:\s|$)",
        "the catalogue title: the kind of paper, its writer (and addressee) and its date",
        [
            "Longhand Note of President Harry S. Truman, May 23, 1945. Longhand Notes.",
            "Longhand Note of Former President Harry S. Truman, June 2, 1954.",
            "Letter from Harry S. Truman to Joseph E. Davies, June 6, 1945",
            "Letter from Harry S. Truman to John Q. Doe (1946)",  # a year alone
            "Unsent Letter from President Harry S. Truman to John Q. O'Doe, November 28, 1952.",
        ],
        ["presidential libraries (Truman Library)"],
        ["Note of the Department's position, May 23, 1945."],
    ),
    rule(
        "scan-page-name",
        r"^Page:(?P<names>[^–\n]+?)\s+[-–]\s+"
        rf"(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\s*\([^()]*\bLibrary\)",
        "a wiki page of a library scan, named after the library's file: who met, and when",
        [
            "Page:Ford, Kissinger - June 5, 1975(Gerald Ford Library)(1552700).pdf/3",
            "Page:Ford, Kissinger, Foreign Minister Genscher - June 5, 1975(Gerald Ford "
            "Library).pdf/1",
        ],
        ["Wikisource transcriptions of presidential library scans"],
        ["Page:Annual report 1975 (State Library).pdf/3"],
    ),
]
PAPER_OF, SCAN_PAGE_NAME = (r.pattern for r in RULES)
KINDS = {
    "memorandum": "memorandum",
    "letter": "letter",
    "telegram": "telegram",
    "cable": "telegram",
}


def fit(doc: Document) -> float:
    if any(PAPER_OF.match(line.text) for line in top_lines(doc, 2000)[:12]):
        return 0.6
    return 0.2 if page_name(doc) else 0.0


def page_name(doc: Document):
    return next(
        (m for s in doc.stamps if s.kind == "site-chrome" and (m := SCAN_PAGE_NAME.match(s.text))),
        None,
    )


def read(doc: Document) -> None:
    named = page_name(doc)
    if named:
        read_page_name(doc, named)
    found_title = next(
        (
            (line, m)
            for line in top_lines(doc, 2000)[:12]
            if (m := PAPER_OF.match(line.text)) is not None
        ),
        None,
    )
    if found_title:
        read_title(doc, *found_title)


def read_page_name(doc: Document, m) -> None:
    """Who met and when, from the wiki page's name, where the page does not say."""
    basis = "the scan's catalogue name"
    when = parse_date(m.group("date"))
    if when:
        fallback(doc, "date", when[0], basis)
    people = [entry_party(name, -1) for name, _ in names_listed(m.group("names"))]
    if len(people) >= 2:
        fallback(doc, "type", "memorandum of conversation", basis)
        fallback(doc, "participants", people, basis)


def read_title(doc: Document, line, m) -> None:
    at = line.start
    kind = KINDS.get(m.group("kind").split()[-1].lower())
    if kind:
        found(doc, "type", kind, at + m.start("kind"), at + m.end("kind"), "catalogue title")
    writer = party(m.group("writer"), at + m.start("writer"))
    found(doc, "sender", writer, writer.start, writer.end, "catalogue title")
    if m.group("addressee"):
        addressee = party(m.group("addressee"), at + m.start("addressee"))
        found(doc, "recipients", [addressee], addressee.start, addressee.end, "catalogue title")
    when = parse_date(m.group("date")) if m.group("date") else None
    if when and found(
        doc, "date", when[0], at + m.start("date"), at + m.end("date"), "catalogue title"
    ):
        doc.date_basis = doc.date_basis or "catalogue title"
    if m.group("year") and not doc.date and not doc.date_range:
        doc.date_range = [f"{m['year']}-01-01", f"{m['year']}-12-31"]  # the year it was written
        doc.date_basis = "catalogue title: the year"
    title = line.text[: m.end("date") if m.group("date") else m.start("year") - 2].strip()
    found(doc, "title", title, at, at + len(title), "catalogue title")
