"""CIA records: the reading room's catalogue block and the agency's memorandum forms.

A page copied from the CIA reading room (CREST) starts with the catalogue: a title line, then
"Document Type:", "Document Number (FOIA) /ESDN (CREST): CIA-RDP80R01284A001800040058-1",
"Original Classification: S", "Document Creation Date: December 19, 2016" (when the
catalogue entry was made, never the document's date), "Publication Date: March 29, 1968",
"Content Type: MFR", then "Body:" and the OCR text. The clean stage keeps the catalogue as
provenance (stamps of kind "catalogue"); this layout reads it, then the memorandum's own
fields: "MEMORANDUM FOR THE RECORD", "MEMORANDUM FOR: Mr. Dulles", "FROM: John F. Blake",
"SUBJECT: ...", a date near the top ("29 March 1968").
"""

from __future__ import annotations

import itertools
import re

from ..authority.not_people import INSTITUTIONS, names_no_one
from ..authority.offices import is_institution, office_of, post_place
from ..model import Document, Evidence, Party
from ..pipeline.dates import parse_date, repair_ocr
from ..pipeline.noise import MONTHS
from . import Line, fallback, found, found_date, head_lines, party, rule, text_lines
from .ocr_page import BODY_STARTS, SALUTATION, like_memorandum, printed_heading
from .parties import (
    INSTITUTION_END,
    NAME_WORD,
    OFFICE_SYMBOL_FIRST,
    first_name_phrase,
    office_phrase,
)
from .web_page import is_chrome

RULES = [
    rule(
        "catalogue-label",
        r"^(?P<label>Document Type|Collection|Document Number \(FOIA\) ?/ ?ESDN "
        r"\(CREST\)|Release Decision|Original Classification|"
        r"Document Page Count|Document Creation Date|Document Release Date|Sequence "
        r"Number|Case Number|Publication Date|"
        r"Content Type|File|Body)\s*:\s*(?P<value>.*)$",
        "a field of the reading room's catalogue",
        [
            "Document Type:",
            "Original Classification: S",
            "Publication Date: March 29, 1968",
            "Content Type: MFR",
            "Body:",
        ],
        ["CIA reading room (CREST)"],
        ["Subject: Document Type of the new forms"],
    ),
    rule(
        "catalogue-furniture",
        r"^(?:Attachment\s*\|?\s*Size\s*\|?|AttachmentSize|-{3}\|-{3}\|(?:-{3}\|)?|"
        r"!\[\]\(\)\s*\|.*|PDF icon\s.*|CIA-RDP[\w-]+\.pdf\s*\|.*|Document Type:?)$",
        "the catalogue's attachment table",
        [
            "AttachmentSize",
            "Attachment | Size |",
            "---|---|---|",
            "PDF icon CIA-RDP80R01284A001800040058-1.pdf98.94 KB",
            "![]() | 195.98 KB |",
        ],
        ["CIA reading room (CREST)"],
    ),
    rule(
        "memo-field",
        r"(?P<label>MEMORANDUM\s+FOR(?:\s+THE)?\s+RECORD|(?:MEMORANDUM|NOTE)\s+(?:F'?OR|TO)\s*(?:[:;.S]|[a-z](?=\s))?|"
        r"FROM\s*[:;,\ufffd]|FROM[ \t]+(?=[A-Z][a-z])|TO\s*[:;]|SUBJECT\s*[:;]?|DATE\s*[:;]?)"
        r"(?:(?<=RECORD)[ \t]*|\s*)"
        r"(?P<value>(?:(?!\b(?:SUBJECT|FROM|DATE)\s*[:;\ufffd])[^\n]){0,120})",
        "a field of a CIA memorandum (its value ends where the next field begins)",
        [
            "MEMORANDUM FOR THE RECORD",
            "MEMORANDUM FOR: Mr. Dulles",
            "FROM; John F. Blake",
            "SUBJECT: DCI Lunch with Mr. Cowles",
            "TO: The Secretary",
            "MEMORANDUM TO: Mr. McGeorge Bundy",
            "MEMORANDUM FOR JOHN DOE RICHARD ROE SUBJECT: The Talks",
            "NOTE FOR: General Doe",  # an officer's short memorandum
            "MEMORANDUM FORi",  # the colon read as a letter; the addressee on the next line
            "MEMORANDUM F'OR: DDCI",  # a speck in the word
            "FROM \ufffd John Q. Doe",  # the colon a character the scan could not read
            "FROM John Q. Doe",  # typed without its colon
            "FROM, John Q. Doe, Chairman",  # or with a comma for it
        ],
        ["CIA memoranda", "State Department memoranda (TO/FROM/SUBJECT)"],
    ),
    rule(
        "morning-meeting",
        r"(?i)\b(?P<title>Morning Meeting of \d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
        "the title of the Director's morning meeting notes",
        ["Morning Meeting of 29 March 1968"],
        ["CIA reading room (CREST)"],
    ),
    rule(
        "minutes-of-a-meeting",
        r"SUBJECT\s*[:;]?\s*Minutes\s+of\b|(?m:^|\S\s+)PRESENT\s*:"
        r"|(?m:^)(?:[A-Z][a-z]+\s+){1,3}(?:Meeting\s+)?Minutes\s+of\s+\d",
        "a memorandum for the record that is a meeting's minutes: its subject or title line says "
        "so, or it lists who was present",
        [
            "SUBJECT: Minutes of the Working Group's Meeting, 2 May 1961",
            "Staff Meeting Minutes of 14 July 1980",
            "SUBJECT: Review of Plans, 9 May 1961 PRESENT: Messrs. Abel, Baker, Cole",
            "PRESENT: General Abel, Mr. Baker",
        ],
        ["CIA memoranda for the record", "Kennedy Library files of the Special Group"],
        ["Those present: Mr. Abel", "SUBJECT: Morning Meeting of 29 March 1968"],
    ),
    rule(
        "memorandum-heading-run-on",
        r"\b(?:INTELLIGENCE|INFORMATION|RESEARCH)\s+MEMORANDUM\s+"
        r"(?P<title>[A-Z][^\n]{5,150}?)\s+1\.\s",
        "an office's memorandum heading over its title, in a scan read as one line",
        ["Office of Current Intelligence INTELLIGENCE MEMORANDUM The Berlin Situation 1. The"],
        ["CIA reading room (CREST)"],
        ["the intelligence memorandum of 3 May 1962"],
    ),
    rule(
        "dated-heading-run-on",
        r"^(?P<title>[A-Z][A-Z0-9 ,.'’/&()-]{8,200}?)\s+(?P<date>\d{1,2}\s+(?:January|February|"
        r"March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d)"
        r"\s+1\.\s",
        "a paper's heading in capitals, its date, then its first numbered paragraph: a scan's page "
        "read as one line",
        ["MATTERS OF SPECIAL INTEREST--SPECIAL GROUP MEETING 10 May 1962 1. DDCI described"],
        ["CIA reading room (CREST)"],
        ["SECRET 10 May 1962", "The Group met on 10 May 1962 1. DDCI"],
    ),
    rule(
        "addressee-in-capitals",
        # "The Secretary of State" / "THE HONORABLE CASPAR W. WEINBERGER": the first addressee's
        # office on its line, then the next one in capitals (the name on its own line)
        r"(?:[ \t]*\n[ \t]*The\s[A-Z][^\n]{3,60})?[ \t]*\n[ \t]*"
        r"(?:THE[ \t]+HONOU?RABLE|GENERAL|ADMIRAL)[ \t]+(?P<capitals>[A-Z][A-Z.]*"
        r"(?:[ \t][A-Z][A-Z.]*){1,3}(?:,[ \t]*JR\.?)?)[ \t]*(?=\n)",
        "the next addressee in capitals under the MEMORANDUM FOR line, over his office",
        ["\nThe Secretary of State\nTHE HONORABLE JOHN Q. DOE\n", "\nGENERAL RICHARD ROE, JR.\n"],
        ["CIA reading room (CREST)"],
        ["\nGENERAL DISCUSSION OF THE BUDGET ITEMS\n", "\nThe Honorable John Q. Doe\n"],
    ),
]
(
    CATALOGUE_LABEL,
    CATALOGUE_FURNITURE,
    MEMO_FIELD,
    MORNING_MEETING,
    MINUTES,
    RUN_ON_HEADING,
    DATED_HEADING,
    ADDRESSEE_IN_CAPITALS,
) = (r.pattern for r in RULES)
STAMP_WORDS = {
    "approved",
    "release",
    "for",
    "sanitized",
    "copy",
    "secret",
    "confidential",
    "unclassified",
    "memorandum",
}


def stamp_debris(prefix: str) -> bool:
    """What may stand before a memorandum's date on its first line: a garbled release stamp, a
    record number, classification marks ("Approved Fo lea T5f1\"1L2 ... 29 March 1968"), but
    no words of running text."""
    return all(
        not re.fullmatch(r"[A-Za-z]{4,}[,.;:]?", t) or t.strip(",.;:").lower() in STAMP_WORDS
        for t in prefix.split()
    )


CLASSIFICATION_CODES = {
    "TS": "Top Secret",
    "T": "Top Secret",
    "S": "Secret",
    "C": "Confidential",
    "U": "Unclassified",
    "R": "Confidential",
}
BODY_HEAD = 800  # characters of the text a letter's salutation is looked for in
CONTENT_TYPES = {
    "MFR": "memorandum",
    "MF": "memorandum",
    "MEMO": "memorandum",
    "LETTER": "letter",
    "LTR": "letter",
    "CABLE": "telegram",
    "TELEGRAM": "telegram",
    "NSPR": "other",
    "NEWS": "other",
    "REPORT": "other",
    "MIN": "record of meeting",
    "NIE": "intelligence estimate",  # a National Intelligence Estimate
    "SNIE": "intelligence estimate",
}
MEMCON_HEADING = re.compile(r"^[ \t]*MEMORANDUM OF CONVERSATION[ \t]*$", re.M)
# The catalogue's title that is the paper's heading: "MEMORANDUM OF CONVERSATION", "MEMORANDUM OF
# MEETING WITH THE PRESIDENT RE CUBA" (one of several who met and acted: a record of the meeting).
TITLED_KIND = re.compile(r"MEMORANDUM\s+OF\s+(?:CONVERSATION|(?P<meeting>MEETING))\b")
# "MEMORANDUM FOR THE RECORD FROM L. K. WHITE", "LETTER TO THE HONORABLE ALLEN DULLES FROM
# CHESTERBOWLES", "LETTER TO THE HONORABLE WILLIAM E. COLBY BY JOHN C. STENNIS".
CATALOGUE_TITLE = re.compile(r"^(?P<kind>MEMORANDUM|MEMO|LETTER|NOTE|CABLE)\b")
INITIALS_ONLY = re.compile(r"[A-Z]{2,4}")  # "MSC", "AWD": a writer's initials


def catalogue(doc: Document) -> dict[str, str]:
    """The catalogue's fields (label → value) and its title, from the stamps clean kept."""
    fields: dict[str, str] = {}
    label = None
    for stamp in doc.stamps:
        if stamp.kind != "catalogue":
            continue
        m = CATALOGUE_LABEL.match(stamp.text)
        if m:
            label = m.group("label")
            if m.group("value").strip():
                fields[label] = m.group("value").strip()
            continue
        if label is None and "title" not in fields and not is_chrome(stamp.text):
            fields["title"] = stamp.text.strip()  # not the site's banner above it
        elif label and label not in fields and not CATALOGUE_FURNITURE.match(stamp.text):
            fields[label] = stamp.text.strip()
    return fields


def fit(doc: Document) -> float:
    if any(s.kind == "catalogue" for s in doc.stamps):
        return 0.9
    head = " ".join(line.text for line in head_lines(doc, 6))[:600]
    if re.search(
        r"MEMORANDUM\s+(?:FOR|TO)(?:\b|[a-z]\b)|NOTE\s+FOR\s*:|CENTRAL INTELLIGENCE AGENCY|CIA-RDP",
        head,
    ) or garbled_memorandum_for(head_lines(doc, 10)):
        return 0.6
    labels = {m.group(1) for line in head_lines(doc, 10) if (m := FORM_LABEL.match(line.text))}
    if {"FROM", "SUBJECT"} <= labels:
        return 0.5  # a memorandum's form (its TO line may be lost)
    if DATED_HEADING.match(doc.text[:300]) and any(s.kind == "release" for s in doc.stamps):
        return 0.3  # a scan's page under the release stamp: its heading, date and first item
    # An editors' "Memorandum for the Record": its signer is the memorandum's.
    return 0.1 if doc.type == "memorandum" and not doc.sender else 0.0


def read(doc: Document) -> None:
    fields = catalogue(doc)
    read_memo(doc)
    if fields:
        read_catalogue(doc, fields)


def read_catalogue(doc: Document, fields: dict[str, str]) -> None:
    code = fields.get("Original Classification", "").strip().upper()
    if code in CLASSIFICATION_CODES:
        found(
            doc,
            "classification",
            CLASSIFICATION_CODES[code],
            basis="catalogue: original classification",
        )
    kind = CONTENT_TYPES.get(fields.get("Content Type", "").strip().upper())
    title = fields.get("title", "")
    if re.match(r"(?i)MINUTES\s+OF\b", title) and kind in (None, "memorandum"):
        kind = "record of meeting"  # "MINUTES OF SPECIAL GROUP MEETING, 22 MARCH 1962", filed MFR
    m = CATALOGUE_TITLE.match(title)
    if m:
        kind = kind or {"LETTER": "letter", "CABLE": "telegram"}.get(m.group("kind"), "memorandum")
        # The catalogue's words about a document are weaker than the document's own signature
        # and salutation: they count only where the body names no one.
        # ("LETTER TO THE HONORABLE WILLIAM E. COLBY BY JOHN C. STENNIS": "by" as "from")
        # ("... FROM W. E. COLBY RE FOLLOW-UP ON OUR CONVERSATION": the subject after "RE")
        # ("FROM J.KENNETH ROBINSON, JOHN M. ASHBROOK ... AND C.W. BILL YOUNG": the first signs
        # first)
        sender = re.search(
            r"\b(?:FROM|BY)\s*(?P<who>[A-Z][A-Z. ]+?)(?=\s+RE\b|\s*,|\s+AND\b|\s*$)", title
        )
        if (
            sender
            and "SANITIZED" not in sender.group("who").upper()
            # ("FROM U.S.HOUSE OF REPRESENTATIVES PERMANENT SELECT COMMITTEE ON INTELLIGENCE")
            # (a surname that is the word is a man's: "FROM ROBERT C. POST")
            and not INSTITUTIONS & set(re.findall(r"[a-z]+", sender.group("who").lower())[:-1])
            # "FROM MSC": a writer's initials, no name (an office's letters, "FROM DCI", are one)
            and not (INITIALS_ONLY.fullmatch(sender.group("who")) and not office_of(sender["who"]))
        ):
            # ("J.KENNETH ROBINSON": the catalogue's initial without its space)
            who = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", sender.group("who").title())
            fallback(doc, "sender", party(who), "catalogue title")
        addressee = re.search(
            r"\b(?:TO|FOR:?)\s+(?:(?:THE\s+)?HONORABLE\s+)?(?P<who>(?:MR\.\s+)?[A-Z][A-Z. "
            r"]+?)(?=\s+(?:FROM|BY)\b|\s*$)",
            title,
        )
        who = addressee.group("who") if addressee else ""
        # ("MEMORANDUM FOR ALL CIA EMPLOYEES": a body of people, no one addressee)
        if addressee and not who.startswith("THE RECORD") and not is_institution(who.title()):
            fallback(doc, "recipients", [party(who.title())], "catalogue title")
    elif title and not doc.title:
        found(doc, "title", title, basis="catalogue title")
    salutation = SALUTATION.search(doc.text[:BODY_HEAD]) if kind in (None, "memorandum") else None
    if salutation and doc.type is None:
        # the catalogue's "MF" files letters too: the body's "Dear Mr. Doe," says which it is
        found(doc, "type", "letter", salutation.start(), salutation.end(), "salutation")
    heading = MEMCON_HEADING.search(doc.text[:BODY_HEAD]) if kind == "memorandum" else None
    if heading:  # the catalogue files a memcon as "MEMO"
        found(doc, "type", "memorandum of conversation", heading.start(), heading.end(), "heading")
    own_heading = TITLED_KIND.match(title) if kind == "memorandum" else None
    if own_heading:  # the catalogue's title, the paper's own heading: "MEMORANDUM OF CONVERSATION"
        kind = "record of meeting" if own_heading["meeting"] else "memorandum of conversation"
    found(doc, "type", kind, basis="catalogue: content type")
    published = parse_date(fields.get("Publication Date", ""))
    # The paper's own date legible to its month only ("2-4-August 1951"): the catalogue's day of
    # that month completes it, in a file of one paper or of the first of several.
    completes = published is not None and doc.part == 1 and month_of(doc.date, published[0])
    # "20 January 1934" on a scan the catalogue dates January 20, 1984: the scan misread a digit.
    misread = published is not None and doc.part == 1 and year_misread(doc.date, published[0])
    if completes or misread:
        doc.date = None
    if published is not None and doc.part == 1 and doc.parts > 1 and not (completes or misread):
        # in a file of several papers, the catalogue's date is its first paper's where that one
        # shows none of its own legibly (its dateline, read after this, comes first)
        if not published[0].endswith("-01-01"):
            fallback(doc, "date", published[0], "catalogue: publication date")
    if published is not None and (doc.parts == 1 or completes or misread):
        if not published[0].endswith("-01-01"):
            found_date(doc, published[0], -1, -1, "catalogue: publication date")
        else:
            # "Publication Date: January 1, 1949": the catalogue knew the year alone. Its title
            # may say the day ("MONDAY, 3 JANUARY 1949"); else the year bounds the date.
            titled = parse_date(title)
            year = published[0][:4]
            if titled and len(titled[0]) == 10 and titled[0][:4] == year:
                found_date(doc, titled[0], -1, -1, "catalogue title")
            elif not doc.date and not doc.date_range:
                doc.date_range = [f"{year}-01-01", f"{year}-12-31"]
                doc.date_basis = "catalogue: the year of publication"
    elif published is None and doc.parts == 1 and (title_day := TITLE_DAY.search(title)):
        # no publication date: the title's day ("TRANSCRIPT OF MEETING HELD IN ..., ON 8
        # JANUARY 1954") is the catalogue's word on it
        when = parse_date(title_day.group("date"))
        if when and len(when[0]) == 10:
            fallback(doc, "date", when[0], "catalogue title")

    doc.collection = "crest"


TITLE_DAY = re.compile(
    rf"(?:,|\bON)\s+(?P<date>\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|"
    rf"(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}})$",
    re.I,
)


def year_misread(date: str | None, day: str) -> bool:
    """Whether a date is the day with one digit of its year read wrong ("1934-01-20" for
    "1984-01-20")."""
    if not date or len(date) != 10 or len(day) != 10 or date[4:] != day[4:]:
        return False
    return sum(a != b for a, b in zip(date[:4], day[:4], strict=True)) == 1


def month_of(date: str | None, day: str) -> bool:
    """Whether a date stated to its month only ("1951-08") is the month of the day."""
    return bool(date) and len(date or "") == 7 and day.startswith(f"{date}-")


EDITORS_NOTE_AFTER = re.compile(r"\s*\[[a-z][^\]]{0,30}\]\s*$")  # "[initialed]", "[signed]"
RUN_ON_FROM = re.compile(r"\s+FROM\s+(?=[A-Z]{2,}\s+[A-Z])")
# "ATTENTION; Fred. H. Sligh" after the office a memorandum is for: the person there.
ATTENTION = re.compile(r"\bATTENTION\s*[:;]\s*(?P<who>[A-Z].{2,60})")
# The agency's head by his title alone, as its own papers address him.
THE_DIRECTOR = re.compile(r"(?i)(the\s+director)\b(?!\s+(?:of|for)\b|\s*\()")


def read_memo(doc: Document) -> None:
    """The memorandum's own fields, on lines of their own or run together by OCR."""
    head = doc.text[:1500]
    start_of_body = 0
    for m in MEMO_FIELD.finditer(head):
        label = " ".join(m.group("label").upper().replace("'", "").split()).rstrip(":;,.\ufffd ")
        value = m.group("value").strip()
        at = m.start("value")
        if label.startswith("MEMORANDUM FOR THE RECORD") or label == "MEMORANDUM FOR RECORD":
            minutes = MINUTES.search(head)
            if minutes:  # the meeting's record, with those present
                found(doc, "type", "record of meeting", minutes.start(), minutes.end(), "minutes")
            found(doc, "type", "memorandum", m.start(), m.end("label"), "memorandum for the record")
        elif label.startswith(("MEMORANDUM FOR", "MEMORANDUM TO", "NOTE FOR", "NOTE TO")) or (
            label == "TO"
        ):
            if label != "TO":
                found(doc, "type", "memorandum", m.start(), m.end("label"), "memorandum heading")
            value = ROUTED_VIA.split(value)[0]  # "Director VIA Deputy Director": the first
            # "MEMORANDUM FOR THE PRESIDENT FROM ZBIGNIEW BRZEZINSKI": the writer run on, his
            # colons lost in the scan
            run_on = RUN_ON_FROM.search(value) if value.isupper() else None
            writer = name_in_capitals(value[run_on.end() :]) if run_on else None
            if run_on and writer:
                where = at + run_on.end()
                found(doc, "sender", party(writer, where), where, where + len(writer), "FROM")
                value = value[: run_on.start()]
            attention = ATTENTION.search(value)
            # (a given name abbreviated, "Fred. H. Sligh", "Wm. Doe", is the name)
            named = (
                first_name_phrase(re.sub(r"^([A-Z][a-z]{2,4})\.\s+", r"\1 ", attention["who"]))
                if attention
                else None
            )
            if attention and named:
                # "MEMORANDUM FOR: Director, External Research Staff ... ATTENTION; Fred. H.
                # Sligh": the office's man it is for
                where = at + attention.start("who")
                found(
                    doc, "recipients", [party(named, where)], where, where + len(named), "ATTENTION"
                )
                value = value[: attention.start()]
            wrapped = WRAPPED_OFFICE.match(head, m.end())
            if wrapped:  # "Special Assistant to the President" / "for National Security Affairs"
                value = f"{value} {wrapped.group(1)}"
            address = ADDRESS_TITLE.match(value)  # "The Honorable Dean Rusk": the name after it
            if address:
                value, at = value[address.end() :], at + address.end()
            alone = ADDRESS_TITLE.fullmatch(f"{value} ")  # "FOR: The Honorable", its line's end
            below = NEXT_LINE.match(head, m.end()) if alone else None
            if below:  # "FOR: The Honorable" / "Allen Dulles .": the name on the line below
                value, at = below.group(1).rstrip(" ."), below.start(1)
            # "Special Assistant to the President" is an office, though its words look like a name
            listed = offices_listed(value, at)
            who = (
                None
                if listed
                else office_phrase(value)
                or first_name_phrase(value)
                # ("MEMORANDUM FOR GEORGE A. CARVER, JR.": an initial or a suffix says a name,
                # where "MEMORANDUM FOR DUTY OFFICER" is two words of an office)
                or (name_in_capitals(value) if INITIAL_OR_SUFFIX.search(value) else None)
            )
            director = None if listed or who else THE_DIRECTOR.match(value)
            if director:  # "MEMORANDUM FOR THE DIRECTOR": the agency's own, by the date
                who = " ".join(director.group(1).split()).title()
            listed = listed or (None if who else names_in_capitals(value.strip(), at))
            if who:
                # "MEMORANDUM FOR: DDCI" / "Mr. Duckett" / "Mr. Proctor": the others a line each
                more = addressees_below(head, m.end())
                whom = [party(who, at), *more]
                found(doc, "recipients", whom, at, whom[-1].end, f"{label} field")
            elif listed:  # "MEMORANDUM FOR JOHN DOE RICHARD ROE": two addressees
                found(doc, "recipients", listed, at, listed[-1].end, f"{label} field")
        elif label == "FROM":
            value = EDITORS_NOTE_AFTER.sub("", value)  # "DWIGHT L. CHAPIN [initialed]"
            symbol = OFFICE_SYMBOL_FIRST.match(value)  # "EUR - Foy D. Kohler"
            if symbol:
                value, at = value[symbol.end() :], at + symbol.end()
            # "FROM: Director of Central Intelligence": an office, resolved by the date
            who = first_name_phrase(value) or name_in_capitals(value) or office_phrase(value)
            if who and post_place(f"in {who.split()[0]}"):
                found(
                    doc,
                    "place",
                    post_place(f"in {who.split()[0]}"),
                    at,
                    at + len(who),
                    "FROM field: the post",
                )  # "FROM: Moscow"
            elif who:
                found(doc, "sender", party(who, at), at, at + len(who), "FROM field")
        elif label == "DATE" and value:
            when = parse_date(repair_ocr(value[:40]))
            if (
                when
                and when[1] == 0
                and found(doc, "date", when[0], at, at + when[2], "DATE field")
            ):
                doc.date_basis = "DATE field"
        elif label == "SUBJECT" and value:
            subject = re.sub(r"^\d\s+", "", value.split("  ")[0]).strip(" :")
            subject = re.split(r"\s+PRESENT\s*:", subject)[0]  # the list run on after it
            subject = BODY_STARTS.split(subject)[0]  # "... the Lectures This morning I called"
            subject = re.split(r"\s+1\.(?:\s|$)", subject)[0]  # "... Look Magazine 1. At lunch"
            found(doc, "title", subject, at, at + len(subject), "SUBJECT field")
        start_of_body = max(start_of_body, m.end())
    headed = re.search(r"MEMORANDUM\s+(?:FOR|TO)\b", head)
    garbled = None if headed else garbled_memorandum_for(head_lines(doc, 12))
    if garbled:
        line, m = garbled
        found(doc, "type", "memorandum", line.start, line.end, "memorandum heading (garbled)")
        at = line.start + m.start("value")
        who = first_name_phrase(m.group("value")) or office_phrase(m.group("value"))
        if who:
            found(doc, "recipients", [party(who, at)], at, at + len(who), "MEMORANDUM FOR field")
    if not doc.sender and (start_of_body or doc.type == "memorandum"):
        signed = signature_block(doc)
        if signed:
            found(doc, "sender", signed, signed.start, signed.end, "signature over an office")
    heading = RUN_ON_HEADING.search(head[:800])
    if heading:
        found(doc, "type", "memorandum", heading.start(), heading.start("title"), "heading")
        title = heading.group("title")
        found(doc, "title", title, heading.start("title"), heading.end("title"), "heading")
    meeting = MORNING_MEETING.search(head)
    if meeting:
        found(
            doc,
            "title",
            meeting.group("title"),
            meeting.start("title"),
            meeting.end("title"),
            "morning meeting notes",
        )
        found(doc, "type", "memorandum", basis="morning meeting notes")
    dated = DATED_HEADING.match(doc.text[:300])
    if dated:
        words = dated.group("title").strip(" -")
        found(doc, "title", words, dated.start("title"), dated.start() + len(words), "heading")
        when = parse_date(dated.group("date"))
        if when:
            found_date(doc, when[0], dated.start("date"), dated.end("date"), "dated heading")
    if not doc.date and not printed_heading(doc):  # the editors' dateline dates theirs
        released = release_year(doc)
        heads = head_lines(doc, 8)
        released = released or site_release_year(heads)
        above = None
        for line in heads:
            subject_goes_on = above is not None and SUBJECT_GOES_ON.match(above.text)
            above = line
            if subject_goes_on:
                continue  # "SUBJECT: Conversation with Secretary Brown," / "1 December 1977"
            when = parse_date(repair_ocr(line.text[:120]))
            if when and released and int(when[0][:4]) >= released:
                continue  # the catalogue's date of its scan, its labels lost: not the paper's
            if when and released and is_review_date(line.text[when[1] : when[2]], released):
                continue  # "NSC REVIEW COMPLETE D, 7/2/03": a review's stamp before the release
            if when and when[1] > 0 and line.text[when[1] - 1] in "~?'`^*":
                continue  # "~2 June 1966": the scan lost the day's first digit (22 June)
            if when and (when[1] < 4 or stamp_debris(line.text[: when[1]])):
                if found(
                    doc,
                    "date",
                    when[0],
                    line.start + when[1],
                    line.start + when[2],
                    "date at the head of the memorandum",
                ):
                    doc.date_basis = "date at the head"
                break


# Releases began under the 1995 order: the site's dates over a paper are this late.
RELEASES_BEGIN = 1995
SITE_DATES = 2  # the reading room's newer pages open with two: release and posting
SITE_DATE_CHARS = 40  # such a line is a date alone ("Friday, September 22, 2017")


def site_release_year(heads: list) -> int | None:
    """The year the reading room's newer pages released a paper: their first two lines are dates
    alone, this late or later ("September 22, 2017" / "October 4, 2017"), over the paper's own
    older date further down ("November 28, 1957")."""
    late = []
    for line in heads[:SITE_DATES]:
        when = parse_date(line.text) if len(line.text) <= SITE_DATE_CHARS else None
        if not when or int(when[0][:4]) < RELEASES_BEGIN or len(line.text.rstrip(". ")) > when[2]:
            return None
        late.append(int(when[0][:4]))
    older = any(
        (when := parse_date(repair_ocr(line.text[:120]))) and int(when[0][:4]) < RELEASES_BEGIN
        for line in heads[SITE_DATES:]
    )
    return min(late) if len(late) == SITE_DATES and older else None


TWO_DIGIT_YEAR = re.compile(r"(?<!\d)(\d\d)\W*$")


def is_review_date(written: str, released: int) -> bool:
    """Whether a date written with two digits of its year ("7/2/03") is, in this century, no
    later than the scan's release: a reviewer's date, not 1903."""
    year = TWO_DIGIT_YEAR.search(written)
    return year is not None and 2000 + int(year.group(1)) <= released


# A subject line that goes on below: the date there is what the subject speaks of (the talk
# the memorandum for the record records), not the day it was written.
SUBJECT_GOES_ON = re.compile(r"(?i)^\W*SUBJECT\s*[:;.]\s*.*,\s*$")
# The release stamp's year, however garbled its words ("Approved For Rase 2007/03/14").
RELEASE_YEAR = re.compile(r"(?i)\bapproved\s+for\s+r\S{0,8}\s*[-.,]?\s*((?:19|20)\d\d)\s*/\s*\d")


def release_year(doc: Document) -> int | None:
    """The year the paper was released: it was written no later."""
    years = [int(m.group(1)) for m in RELEASE_YEAR.finditer(doc.raw)]
    # (or the catalogue says when, where OCR garbled the stamps: "Approved 0 Release 2003/09/02")
    catalogued = parse_date(catalogue(doc).get("Document Release Date", ""))
    years += [int(catalogued[0][:4])] if catalogued else []
    return min(years) if years else None


# Where an office begins: "Director of Central Intelligence Deputy Director of Central
# Intelligence" is two addressees.
OFFICE_START = re.compile(
    r"\b(?:(?:Deputy|Assistant|Executive|Special|Under|Acting)\s+)*"
    r"(?:Director|Secretary|Chairman|Counsel|Comptroller|Inspector)\b"
)


def offices_listed(value: str, at: int) -> list | None:
    """Addressees named by offices one after another without commas, each an office whose
    holder the date finds; None unless there are two or more."""
    starts = [m.start() for m in OFFICE_START.finditer(value)]
    if len(starts) < 2:
        return None
    pieces = [value[a:b].strip() for a, b in zip(starts, [*starts[1:], len(value)], strict=True)]
    offices = [office_phrase(piece) for piece in pieces]
    if not all(offices):
        return None
    return [party(o or "", at + start) for o, start in zip(offices, starts, strict=True)]


CAPITALS_NAME = re.compile(
    r"^(?:[A-Z]{2,}\s+(?:[A-Z]\.\s+)?)[A-Z]{2,}(?:[’'-][A-Z]+)?"
    r"(?:,?\s+(?:JR|SR)\.?|\s+I{2,3}|\s+IV)?$"
)


INITIAL_OR_SUFFIX = re.compile(r"\s[A-Z]\.\s|,?\s+(?:JR|SR)\.?\s*$|\s(?:II|III|IV)$")


def name_in_capitals(value: str) -> str | None:
    """ "BRENT SCOWCROFT" (a FROM field's value on the line under it): the name, as written."""
    value = value.strip(" :;.")
    if not CAPITALS_NAME.match(value) or office_phrase(value) or names_no_one(value):
        return None  # "THE SECRETARY", "DEPARTMENT STATE": no one's name
    return value


def names_in_capitals(value: str, at: int) -> list | None:
    """ "JOHN DOE RICHARD ROE NAT SMITH": addressees in capitals without commas, a given name and
    a surname each (an initial between them too); None unless the words pair up so."""
    words = list(re.finditer(r"[A-Z][A-Za-z'’-]*\.?", value))
    if len(words) < 4 or any(not w.group().isupper() for w in words):
        return None
    if words[0].group() == "THE" or INSTITUTION_END.search(value.strip().title()):
        return None  # "THE OPERATIONS COORDINATING BOARD": one body, no two people
    names, k = [], 0
    while k < len(words):
        size = 3 if k + 2 < len(words) and re.fullmatch(r"[A-Z]\.", words[k + 1].group()) else 2
        if k + size > len(words) or len(words[k].group()) < 2:
            return None
        first, last = words[k], words[k + size - 1]
        written = value[first.start() : last.end()].title()
        names.append(party(written, at + first.start()))
        k += size
    return names if len(names) <= 6 else None


ROUTED_VIA = re.compile(r"\s+(?:VIA|THROUGH|THRU)\b")
# An addressee a line under the first: "Mr. Duckett", "Gen. Wilson", "Mr. .Knoche".
ADDRESSEE_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?P<title>Mr|Mrs|Ms|Dr|Gen|Adm|Col)\.[ \t]+[.,]?(?P<name>[A-Z][\w'’-]+"
    r"(?:[ \t][a-z]+)?)[ \t]*(?=\n)"
)


RANKS = {"Gen": "General", "Adm": "Admiral", "Col": "Colonel"}
# A body's head noun ending an addressee line in capitals ("GENERAL ACCOUNTING OFFICE"); a
# surname that is a word ("FRANK PRESS") is no body.
BODY_AT_END = re.compile(
    r"\b(?:ADMINISTRATION|OFFICE|AGENCY|SERVICES?|COMMISSION|COMMITTEE|BOARD|BUREAU|"
    r"DEPARTMENT|COUNCIL|COMPANY|CORPORATION)$"
)


def addressees_below(head: str, at: int) -> list[Party]:
    """The addressees listed a line each under the MEMORANDUM FOR line (an OCR space in a
    name, "Brec inridge", closed up), or in capitals each over his office ("THE HONORABLE
    CASPAR W. WEINBERGER" / "The Secretary of Defense")."""
    listed = []
    while m := ADDRESSEE_LINE.match(head, at) or ADDRESSEE_IN_CAPITALS.match(head, at):
        if "capitals" in m.groupdict():
            who = name_in_capitals(m["capitals"])
            # ("GENERAL SERVICES ADMINISTRATION", "GENERAL ACCOUNTING OFFICE": bodies)
            if not who or BODY_AT_END.search(m["capitals"]):
                break
            listed.append(party(who, m.start("capitals")))
            at = m.end()
            continue
        name = m["name"].replace(" ", "")
        rank = RANKS.get(m["title"])  # "Gen. Wilson": a general, no prime minister
        listed.append(party(f"{m['title']}. {name}", m.start("title"), name=name, role=rank))
        at = m.end()
    return listed


WRAPPED_OFFICE = re.compile(r"[ \t]*\n[ \t]*((?:for|of|and|on)\s[^\n]{3,60})")
FORM_LABEL = re.compile(r"^(TO|FROM|SUBJECT|NO)\s*:")


SIGNER = re.compile(
    rf"^(?:{NAME_WORD}|[A-Z]\.)(?:\s+(?:[A-Z]\.|{NAME_WORD})){{1,3}}(?:,?\s+Jr\.?)?$|"
    r"^[A-Z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z]+){1,2}$"
)
# A full name alone on the memorandum's last line, after a blank line: "McGeorge Bundy",
# "J. A. McCone".
LONE_SIGNER = re.compile(
    rf"^(?:/s/\s*)?(?P<name>{NAME_WORD}(?:\s+[A-Z]\.)*(?:\s+{NAME_WORD}){{1,2}}|"
    rf"(?:[A-Z]\.\s?){{1,3}}{NAME_WORD})$"
)
SIGNER_OFFICE = re.compile(
    r"^(?:Acting\s+|Deputy\s+|Assistant\s+|Special\s+Assistant\s+)*(?:Director|Chief|Secretary|"
    r"Executive|Inspector|General\s+Counsel|Special\s+Assistant|Assistant|Deputy|Chairman)\b"
    r"|^[A-Z]{1,4}(?:/[A-Z]{1,5}){1,3}$"  # the agency's letters for it: "D/DCI/NIO", "DD/I"
)


# "INEXRANDUM PGR THE DIRECTOR": MEMORANDUM FOR as OCR misreads both words.
GARBLED_MEMORANDUM_FOR = re.compile(
    r"^(?P<word>[A-Z][A-Za-z0-9~!|]{6,11})\s+(?P<for>[A-Z0-9][A-Z0-9][A-Z0-9])\s*[:;.]?\s+"
    r"(?P<value>\S.*)$"  # "MEM!ORANDU1 FOR: ..."
)
FOR_MISREAD = {"FOR", "F0R", "PGR", "FGR", "POR", "FOB", "EOR", "FQR", "FDR", "TOR"}


def garbled_memorandum_for(lines) -> tuple[Line, re.Match] | None:
    """The line that says MEMORANDUM FOR in letters OCR damaged, and its match."""
    for line in lines:
        m = GARBLED_MEMORANDUM_FOR.match(line.text)
        if m and m.group("for") in FOR_MISREAD and like_memorandum(m.group("word")):
            return line, m
    return None


def signature_block(doc: Document):
    """The signer of a memorandum: a name on a line of its own over his office ("Allen W.
    Dulles" / "Director", "SHERMAN KENT" / "Assistant Director"), near the end."""
    offset = max(0, len(doc.text) - 600)
    tail = text_lines(doc.text[offset:])[-7:]
    for line, below in itertools.pairwise(tail):
        signed = line.text.lstrip("-–~ ")  # "-Herbert Hetu": the pen's stroke before the name
        if SIGNER.match(signed) and SIGNER_OFFICE.match(below.text):
            name = signed.title() if signed.isupper() else signed
            return party(name, offset + line.start + len(line.text) - len(signed))
    return lone_signer(doc)


def lone_signer(doc: Document):
    """A full name alone on the last line, after a blank line: who signed it."""
    offset = max(0, len(doc.text) - 300)
    tail = text_lines(doc.text[offset:])[-2:]
    if len(tail) >= 2 and "\n\n" in doc.text[offset + tail[-2].end : offset + tail[-1].start]:
        lone = LONE_SIGNER.match(tail[-1].text)
        if lone:
            return party(lone.group("name"), offset + tail[-1].start + lone.start("name"))
    return None


NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]{3,60})")
# ("THE HONORABLE" in capitals too)
ADDRESS_TITLE = re.compile(r"(?i:(?:The\s+)?(?:Right\s+)?Honou?rable\s+)|His\s+Excellency\s+")


def slip_passes_the_date_on(documents: list[Document]) -> None:
    """The catalogue's date given to a file's first paper, a routing slip that shows none of its
    own, is the paper's it sends, the next one, where that shows none either."""
    if len(documents) < 2:
        return
    slip, sent = documents[0], documents[1]
    basis = "catalogue: publication date"
    if slip.type == "routing slip" and slip.date_basis == basis and not sent.date:
        sent.date, sent.date_basis = slip.date, basis
        sent.evidence["date"] = Evidence(-1, -1, f"{basis}, passed on by the routing slip over it")
        slip.date, slip.date_basis = None, None
        slip.evidence.pop("date", None)


def is_catalogue_line(text: str) -> bool:
    return bool(CATALOGUE_LABEL.match(text) or CATALOGUE_FURNITURE.match(text))
