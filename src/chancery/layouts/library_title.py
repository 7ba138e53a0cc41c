"""Presidential libraries' transcriptions: the catalogue title names the kind of paper, its
writer and its date ("Longhand Note of President Harry S. Truman, May 23, 1945.", "Letter from
Harry S. Truman to Joseph E. Davies, June 6, 1945"), above the subject headings and the text.

The writer the title names is the sender; the kind gives the type where it is one of ours (a
note or a diary entry stays "other").
"""

from __future__ import annotations

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import MONTHS
from . import found, party, rule, top_lines

RULES = [
    rule(
        "paper-of",
        r"^(?P<kind>(?:Longhand\s+|Handwritten\s+)?"
        r"(?:Note|Notes|Diary\s+Entry|Memorandum|Letter|Telegram|Cable))"
        r"\s+(?:of|by|from)\s+(?:Former\s+)?(?:President\s+|Ambassador\s+|Secretary\s+of\s+State\s+)?"
        r"(?P<writer>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}?)"
        r"(?:\s+to\s+(?P<addressee>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}?))?"
        rf",\s+(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\.?(?:\s|$)",
        "the catalogue title: the kind of paper, its writer (and addressee) and its date",
        [
            "Longhand Note of President Harry S. Truman, May 23, 1945. Longhand Notes.",
            "Longhand Note of Former President Harry S. Truman, June 2, 1954.",
            "Letter from Harry S. Truman to Joseph E. Davies, June 6, 1945",
        ],
        ["presidential libraries (Truman Library)"],
        ["Note of the Department's position, May 23, 1945."],
    ),
]
(PAPER_OF,) = (r.pattern for r in RULES)
KINDS = {
    "memorandum": "memorandum",
    "letter": "letter",
    "telegram": "telegram",
    "cable": "telegram",
}


def fit(doc: Document) -> float:
    return 0.6 if any(PAPER_OF.match(line.text) for line in top_lines(doc, 2000)[:12]) else 0.0


def read(doc: Document) -> None:
    line, m = next(
        (line, m)
        for line in top_lines(doc, 2000)[:12]
        if (m := PAPER_OF.match(line.text)) is not None
    )
    at = line.start
    kind = KINDS.get(m.group("kind").split()[-1].lower())
    if kind:
        found(doc, "type", kind, at + m.start("kind"), at + m.end("kind"), "catalogue title")
    writer = party(m.group("writer"), at + m.start("writer"))
    found(doc, "sender", writer, writer.start, writer.end, "catalogue title")
    if m.group("addressee"):
        addressee = party(m.group("addressee"), at + m.start("addressee"))
        found(doc, "recipients", [addressee], addressee.start, addressee.end, "catalogue title")
    when = parse_date(m.group("date"))
    if when and found(
        doc, "date", when[0], at + m.start("date"), at + m.end("date"), "catalogue title"
    ):
        doc.date_basis = doc.date_basis or "catalogue title"
    title = line.text[: m.end("date")].strip()
    found(doc, "title", title, at, at + len(title), "catalogue title")
