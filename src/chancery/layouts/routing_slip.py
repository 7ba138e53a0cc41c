"""Printed forms: the CIA's routing and record sheets and official routing slips.

A form is recognised by its printed words, which the clean stage keeps as stamps of kind
"form" ("OFFICIAL ROUTING SLIP", "TO NAME AND ADDRESS DATE INITIALS"); the addressees are the
names written into its numbered rows ("1  Mr. Amory"), its date the one filled in ("1/4/61").
"""

from __future__ import annotations

import re

from ..model import Document, Party
from ..pipeline.dates import parse_date
from ..pipeline.noise import ROUTING_FORM_HEADING
from . import found, party, rule

RULES = [
    rule(
        "addressee-row",
        r"(?m)^[\s\d]*\t\s*(?P<title>Mr\.|Mrs\.|Dr\.|"
        r"Gen\.)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[ \t]*(?:\t|$))",
        "a name written into a numbered row of the form",
        ["1\tMr. Amory", "2\tMr. Dulles\t"],
        ["CIA routing slips"],
    ),
    rule(
        "filled-date",
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        "the date filled in on the form",
        ["1/4/61"],
        ["CIA routing slips"],
    ),
    rule(
        "run-on-heading",
        rf"^(?:Body:\s*)?[^a-z\n]{{0,40}}?\b{ROUTING_FORM_HEADING}",
        "a form's printed heading opening a scan's text run into one line, where no line is the "
        "form's own",
        [
            "Body: XQ ROUTING AND RECORD SHEET SUBJECT: (Optional) FROM: DDA/Ex",
            "EXECUTIVE CRETARIAT ROUTING SLIP ACTION INFO DATE INITIAL 1 DCI 2 DDCI",
            "DATE TRANSMITTAL SLIP TO: ROOM NO. BUILDING",
        ],
        ["CIA reading room (CREST)"],
        [
            "The routing slip was returned to the Director with his note.",
            "OFFICIAL ROUTING SLIP PROCEDURES",
        ],
    ),
]
ADDRESSEE_ROW, FILLED_DATE, RUN_ON_HEADING = (r.pattern for r in RULES)
OCR_DIGIT_IN_WORD = re.compile(r"\b[A-Za-z]*[01][A-Za-z]+\b|\b[A-Za-z]+[01][A-Za-z]*\b")


def letters_for_digits(text: str) -> str:
    """OCR reads O as 0 and l as 1 inside words ("R0UTING"); same length, so spans still hold."""
    return OCR_DIGIT_IN_WORD.sub(lambda m: m.group().replace("0", "O").replace("1", "l"), text)


def is_routing_slip(doc: Document) -> bool:
    forms = letters_for_digits(" ".join(s.text for s in doc.stamps if s.kind == "form")).upper()
    return (
        "ROUTING" in forms
        or ("NAME AND ADDRESS" in forms and "NITIALS" in forms)
        or bool(RUN_ON_HEADING.match(doc.text[:200]))
    )


def fit(doc: Document) -> float:
    return 0.95 if is_routing_slip(doc) else 0.0


def read(doc: Document) -> None:
    found(doc, "type", "routing slip", basis="form: routing slip")
    found(doc, "title", "Official Routing Slip", basis="form: routing slip")
    for m in reversed(list(FILLED_DATE.finditer(doc.text))):
        when = parse_date(m.group())
        if when and found(doc, "date", when[0], m.start(), m.end(), "date on the form"):
            doc.date_basis = "date on the form"
            break
    addressees: list[Party] = []
    for source in [doc.text] + [s.text for s in doc.stamps if s.kind in ("form", "garbage")]:
        for m in ADDRESSEE_ROW.finditer(source):
            written = f"{m.group('title')} {m.group('name')}"
            if written not in [p.as_written for p in addressees]:
                start = m.start("title") if source is doc.text else -1
                addressees.append(party(written, start))
    found(doc, "recipients", addressees, basis="names written on the form")
