"""The Record Identification Form the National Archives put before each record of the JFK
Assassination Records Collection (CIA, FBI, State and presidential library files alike).

"JFK Assassination System" / "Identification Form" / "Agency Information" / "AGENCY CIA" /
"RECORD NUMBER 104-10001-10001" / "Document Information" / "ORIGINATOR CIA" / "FROM: SMITH,
JOHN" / "TO" / "TITLE :" / "DATE : 06/05/1962" / "DOCUMENT TYPE MEMORANDUM FOR THE RECORD" /
"CLASSIFICATION Secret" / ... / "COMMENTS". The clean stage keeps the form as
provenance (stamps of kind "record-form"), so the record's own text starts after it; this
layout reads the form's fields as what the archivists say of the record, which counts only
where the record itself does not say it (its own date, signature and heading come first).
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.dates import parse_date
from . import fallback, party, rule

RULES = [
    rule(
        "form-title",
        r"(?i)^(?:JFK\s+Assassination\s+System\b.*|Identification\s+Form|Agency\s+Information|"
        r"Document\s+Information|.*RELEASE\s+UNDER\s+THE\s+PRESIDENT\s+JOHN\s+F[\W_]+KENNEDY\s+"
        r"ASSASSINATION\s+RECORDS\s+ACT\b.*)$",
        "the form's printed titles",
        [
            "JFK Assassination System Date: 6/20/2017",
            "Identification Form",
            "Agency Information",
            "104-10001-10001 RELEASE UNDER THE PRESIDENT JOHN F_ KENNEDY ASSASSINATION "
            "RECORDS ACT OF 1992",
        ],
        ["JFK Assassination Records Collection (NARA)"],
        ["Information about the agency's budget"],
    ),
    rule(
        "form-field",
        r"^(?P<label>AGENCY FILE NUMBER|AGENCY|RECORD NUMBER|RECORD SERIES|ORIGINATOR|FROM|TO|"
        r"TITLE|DATE OF LAST ?REVIEW|DATE|PAGES|SUBJECTS|DOCUMENT TYPE|CLASSIFICATION|"
        r"RESTRICTIONS|CURRENT STATUS|OPENING CRITERIA|COMMENTS)\b\s*:?\s*(?P<value>.*)$",
        "a field of the form: its printed label in capitals, the value after it",
        [
            "AGENCY CIA",
            "RECORD NUMBER 104-10001-10001",
            "FROM: SMITH, JOHN",
            "DATE : 06/05/1962",
            "DOCUMENT TYPE MEMORANDUM FOR THE RECORD",
            "CLASSIFICATION Secret",
            "DATE OF LASTREVIEW :",
        ],
        ["JFK Assassination Records Collection (NARA)"],
        ["Agency officials met on Tuesday."],
    ),
]
FORM_TITLE, FORM_FIELD = (r.pattern for r in RULES)
RECORDS_ACT_RELEASE = re.compile(r"RELEASE\s+UNDER\s+THE\s+PRESIDENT\s+JOHN\s+F[\W_]+KENNEDY")
FIELDS_NEEDED = 5  # printed labels that make a block of lines the form
DOCUMENT_TYPES = [
    (r"MEMORANDUM\s+OF\s+CONVERSATION", "memorandum of conversation"),
    (r"MEMO|MFR", "memorandum"),
    (r"LETTER", "letter"),
    (r"CABLE|TELEGRAM|AIRGRAM", "telegram"),
    (r"MINUTES", "record of meeting"),
    (r"REPORT|PAPER|NOTES?", "other"),
]
CLASSIFICATIONS = ("Top Secret", "Secret", "Confidential", "Unclassified")


def form_lines(texts: list[str]) -> range | None:
    """Which of the first lines (stripped) are the form: from its first title to its COMMENTS
    field and the record number under it."""
    head = texts[:60]
    titles = [k for k, text in enumerate(head) if FORM_TITLE.match(text)]
    fields = [k for k, text in enumerate(head) if FORM_FIELD.match(text)]
    if not titles or len(fields) < FIELDS_NEEDED:
        return None
    last = max(fields)
    # The comment's value and the scanner's line ("H# 50955 DocId:32283348 Page 1") under it.
    for k in range(last + 1, min(last + 4, len(head))):
        if re.search(r"DocId|^H#", head[k]):
            last = k
    return range(min(titles[0], fields[0]), last + 1)


def fields_of(doc: Document) -> dict[str, str]:
    fields: dict[str, str] = {}
    for stamp in doc.stamps:
        if stamp.kind != "record-form":
            continue
        m = FORM_FIELD.match(stamp.text.strip())
        if m and m.group("value").strip(" :|"):
            fields.setdefault(m.group("label"), m.group("value").strip(" :|"))
    return fields


def fit(doc: Document) -> float:
    return 0.3 if any(s.kind == "record-form" for s in doc.stamps) else 0.0


def read(doc: Document) -> None:
    fields = fields_of(doc)
    kind = fields.get("DOCUMENT TYPE", "").upper()
    for pattern, name in DOCUMENT_TYPES:
        if re.search(pattern, kind):
            fallback(doc, "type", name, "record identification form")
            break
    classification = fields.get("CLASSIFICATION", "").title()
    if classification in CLASSIFICATIONS:
        fallback(doc, "classification", classification, "record identification form")
    when = parse_date(fields.get("DATE", ""))
    if when:
        fallback(doc, "date", when[0], "record identification form")
    if fields.get("TITLE"):
        fallback(doc, "title", fields["TITLE"], "record identification form")
    sender = person_filed(fields.get("FROM", ""))
    if sender:
        fallback(doc, "sender", party(sender), "record identification form")
    addressee = person_filed(fields.get("TO", ""))
    if addressee:
        fallback(doc, "recipients", [party(addressee)], "record identification form")


def person_filed(value: str) -> str | None:
    """ "SMITH, JOHN" → "John Smith" (the people stage links it); an agency ("CIA", "DIRECTOR,
    FBI") is no person."""
    m = re.fullmatch(r"(?P<surname>[A-Z][A-Z'-]+),\s*(?P<given>[A-Z][A-Z. ]+)", value.strip())
    if not m or re.search(r"\b(?:FBI|CIA|DIRECTOR|CHIEF|AGENCY|STATION)\b", value):
        return None
    return f"{m.group('given').title()} {m.group('surname').title()}"
