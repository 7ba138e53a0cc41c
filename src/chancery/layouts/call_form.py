"""The White House's "Recommended Telephone Call" form (Reagan and Bush library files, and the
Thatcher Foundation's copies of them): whom the President is to call ("TO: Margaret Thatcher,
Prime Minister"), the day, and who recommends the call ("RECOMMENDED BY: Frank Carlucci"), the
form's writer. The one called is no addressee of the form: it goes to the President.
"""

from __future__ import annotations

from ..model import Document
from . import found, head_lines, party, rule
from .parties import first_name_phrase

RULES = [
    rule(
        "form-heading",
        r"^(?:Recommended\s+Telephone\s+Call|RECOMMENDED\s+TELEPHONE\s+CALL)$",
        "the form's printed heading",
        ["Recommended Telephone Call", "RECOMMENDED TELEPHONE CALL"],
        ["Reagan Library", "Bush Library", "Margaret Thatcher Foundation"],
        ["Recommended telephone call to the Prime Minister was made."],
    ),
    rule(
        "recommended-by",
        r"^RECOMMENDED\s+BY\s*:\s*(?P<who>[A-Z].{2,60}?)\s*$",
        "the one who recommends the call: the form's writer",
        ["RECOMMENDED BY: Frank Carlucci", "RECOMMENDED BY: John Q. Doe"],
        ["Reagan Library", "Bush Library"],
    ),
]
FORM_HEADING, RECOMMENDED_BY = (r.pattern for r in RULES)


def fit(doc: Document) -> float:
    return 0.6 if any(FORM_HEADING.match(line.text) for line in head_lines(doc, 40)) else 0.0


def read(doc: Document) -> None:
    lines = head_lines(doc, 60)
    heading = next(line for line in lines if FORM_HEADING.match(line.text))
    found(doc, "type", "other", heading.start, heading.end, "call form")
    found(doc, "title", "Recommended Telephone Call", heading.start, heading.end, "call form")
    for line in lines:
        m = RECOMMENDED_BY.match(line.text)
        who = first_name_phrase(m.group("who")) if m else None
        if m and who:
            at = line.start + m.start("who")
            found(doc, "sender", party(who, at), at, at + len(who), "RECOMMENDED BY field")
            break
