"""Split: one file may hold several documents (a cover letter, the letter, a routing slip).

Boundaries come from generic cues, each only after the current document has a body (or
is a form, which is complete in itself):

* a printed form (a routing slip's grid, even OCR-cut: "CIAL ROUTING", "NAME AND ADDRESS");
* a FRUS document heading "N. Title" ("62. Memorandum of Conversation");
* a second letter's salutation ("Dear Jack:") with its own header or after a closing;
* a new dateline after a finished document (a closing, a signature, an address block);
* a new heading ("Memorandum of Conversation", "MEMORANDUM FOR", "INCOMING TELEGRAM") after a
  closing, or anywhere when header fields ("FROM:", "SUBJECT:") or a dateline follow it;
* a block of header fields after a finished document;
* the form number that closes a presidential library's withdrawal sheet ("NA FORM 1429 (6-85)").

A page header that repeats the date ("November 15, 1960 Page Two"), a dateline right after a
page number, the release stamp on every page, and a letter quoted in a memorandum ("The
text reads as follows: / Dear Mr. President:") are not boundaries. A new document begins
at its own header (registry number, classification, letterhead, dateline) where there is one.
The parts partition the file's text exactly: splitting never loses a character.
"""

from __future__ import annotations

import re

from ..layouts.crest import SIGNER, SIGNER_OFFICE
from ..layouts.dateline import MARKING_BEFORE
from ..layouts.frus import (
    BY_HEADING,
    DESPATCH_NUMBER,
    is_correspondents_heading,
    is_dated_file_number,
    is_file_heading,
    is_office_heading,
)
from ..layouts.leaders_message import SENT_ON, is_message_heading
from ..layouts.library_folder import WITHDRAWAL_FORM_NUMBER, WITHDRAWAL_SHEET, is_specks
from ..model import Document, Source
from .dates import parse_date
from .lines import (
    DOCUMENT_START_FIELD,
    EDITORS_SIGNER,
    HEADING,
    NUMBERED_DOCUMENT_HEADING,
    NUMBERED_LINE,
    PAGE_KINDS,
    Line,
    classify,
    is_dateline,
    is_form,
    is_frus_heading,
    is_introduction,
    is_signature,
)
from .noise import (
    CLOSING,
    CLOSING_WORDS,
    FULL_DATE,
    HEADING_WORDS,
    NO_OBJECTION_STAMP,
    PAGE_OPENING_DATE,
    PAGE_OPENING_LETTERHEAD,
    PAGE_OPENING_ROUTING,
    RELEASE_STAMP,
    ROUTING_FORM_HEADING,
    SALUTATION_LINE,
)

ADDRESS_OPENER = re.compile(r"(?i)^\s*(?:The\s+Honou?rable|His\s+Excellency|Her\s+Excellency)\b")
# The copies and distribution list under a finished memorandum ("cc:", "Distribution:").
COPIES_LINE = re.compile(r"(?i)^(?:cc|bcc|copies\s+to|(?:additional\s+)?distribution)\s*:")
# A salutation whose colon the scan lost or garbled ("Dear Mr. Bartholoaasw s").
SALUTATION_OCR_LOST = re.compile(
    r"^(?:My\s+)?Dear\s+(?:Mr|Mrs|Miss|Dr|General|Admiral|Ambassador|Senator|Secretary)\.?\s+"
    r"[A-Z][\w'’-]+(?:\s+\S{1,2})?$"
)
ENCLOSURE_LINE = re.compile(r"^\[Enclosure(?:\s+\d{1,2})?\]$")
# A meeting's minutes, whose items are numbered from 1 ("1. Report of the Director ...").
MINUTES_HEADING = re.compile(
    r"(?i)\b(?:Memorandum\s+of\s+Discussion|Minutes\s+of|Summary\s+of\s+(?:Conclusions|"
    r"Discussion)|Record\s+of\s+(?:the\s+|a\s+)?Meeting|Notes\s+of\s+(?:a|the)\s+Meeting)\b"
)
# Pieces of its words, for a plain search first: the pattern is tried at every position of a
# line. Under IGNORECASE these letters match only their ASCII selves (unlike "s" and "i", which
# "ſ" and "ı" match too), so a line the pattern matches holds one of the pieces, lower-cased.
MINUTES_WORDS = ("memorandum", "nute", "ummary", "record", "note")
FIRST_ITEM = re.compile(r"^\s*1\.\s")
MIN_BODY = 300  # characters of body a document needs before a cue can start another
PROSE_LINE = 60  # a body line this long is prose, not a header or a signature
LOOK_AHEAD = 8  # non-blank lines searched for a heading's header fields
LOOK_BACK = 30  # lines a new document's header may reach back over
OPENING_LINES = 10  # non-blank lines of a document within which its own dateline stands
SHORT_LINES_TEXT = 200  # characters of text in the lines after a dateline that make a document


def split(source: Source) -> list[Document]:
    text = source.text
    lines = None
    if source.meta.get(
        "documents"
    ):  # the reader knows where each document is (a TEI volume's divs)
        bounds = [(d["start"], d["end"]) for d in source.meta["documents"]]
    else:
        lines = classify(text)
        sheet_ends = withdrawal_sheet_ends(text)
        starts = [0] + sorted(set(boundaries(lines) + run_on_page_starts(text) + sheet_ends))
        first = [x for x in lines if x.end <= starts[1]] if len(starts) > 1 else []
        opened = next((x.text.strip() for x in first if x.text.strip()), "")
        if (
            first
            and (
                is_introduction(first)
                or is_dateline(line_at(text, starts[1]))
                and introduction_over_a_header(first)
            )
            and not dated_title(opened)
            and starts[1] not in sheet_ends
        ):
            del starts[1]  # a site's words on what follows belong with its first document
        bounds = list(zip(starts, starts[1:] + [len(text)], strict=True))
    parts = [
        Document(source=source, part=n, parts=len(bounds), raw=text[a:b], raw_start=a)
        for n, (a, b) in enumerate(bounds, start=1)
    ]
    if len(parts) == 1 and lines is not None:
        parts[0].raw_lines = lines  # the clean stage reads the same lines
    return parts


MAX_HEADING = 300  # characters of a FRUS heading (as ``lines.is_frus_heading`` allows)


def heading_date(line: Line) -> set[str]:
    """The date a FRUS heading ends with ("213. Memorandum From ... Washington, October 19,
    1975."), as a dateline's key: the dateline under the printed letterhead that says the day
    again ("THE WHITE HOUSE" / "October 19, 1975") is the same paper's."""
    if not NUMBERED_DOCUMENT_HEADING.match(line.text) or len(line.text) > MAX_HEADING:
        return set()
    said = list(re.finditer(FULL_DATE, line.text))
    return {date_key(said[-1].group())} if said else set()


def line_at(text: str, offset: int) -> str:
    """The line of ``text`` that starts at ``offset``, stripped."""
    end = text.find("\n", offset)
    return text[offset : end if end >= 0 else len(text)].strip()


HEADER_LINES = 8  # short lines of a paper's own header (letterhead, marking, number)
RECORD_KIND = re.compile(r"(?i)\b(?:telegram|cable|memorandum|message|report)\b")


def introduction_over_a_header(lines: list[Line]) -> bool:
    """A site's introduction, then the top of the paper it introduces ("SECRET", "The Director
    of Central Intelligence", "NIC# 02648-85"; "CODED TELEGRAM", "Top Secret") in short lines,
    cut off from the paper at its dateline: all of it the paper's."""
    text = [line for line in lines if line.text.strip()]
    for n in range(1, min(HEADER_LINES, len(text) - 1) + 1):
        header = [line.text.strip() for line in text[-n:]]
        if not all(
            len(h) < PROSE_LINE
            and not CLOSING.match(h)
            and not SALUTATION_LINE.match(h)
            and (RECORD_KIND.search(h) or not is_signature(h))  # ("CODED TELEGRAM": no name)
            and not EDITORS_SIGNER.fullmatch(h)  # ("[DOE]" signs the paper above)
            for h in header
        ):
            return False
        if is_introduction(text[:-n]) and any(is_prose_line(x.text.strip()) for x in text[:-n]):
            return True
    return False


# OCR that ran a whole scan into one line keeps its page seams only as release stamps, each
# page's at its foot and the next page's at its head ("... CIA-RDP80B01676R004300040012-0
# Approved For Release 2006/07/27: CIA-RDP80B01676R004300040012-0 NTIAL October 13, 1959 ...").
RUN_ON = 1000  # a line this long is a page (or a scan) run together
# A page that opens with a full date (after a few capitals: a marking's remains, or a
# publication's name) opens a new document (noise.PAGE_OPENING_DATE): a continued page opens
# mid-sentence or "-2-".


# The end of a paper just before a page's stamps: a closing with its signature ("Warm regards,
# Saunders 1215/69") or without ("Faithfully, (Enclosure)"), or the copies and attachments
# under a memorandum ("Attachment AWD/c 1 cc--DCI 1 cc--ER"), the printed foot of a routing form.
ENDED_BEFORE_STAMP = re.compile(
    rf"(?i)\b(?:{CLOSING_WORDS}|warm(?:est)?\s+regards)\s*,\s*(?:[A-Z(][^.]{{0,60}})?$"
    r"|\bAttachments?\b.{0,80}\bcc\b.{0,80}$"
    # or a routing and record sheet's foot, its form's number: "FORM 610 USE PREVIOUS EDITIONS",
    # as scans read it ("FORM I-79 61 0 USEDITIO OUS", "FORM 61 O USE PREVIOUS")
    r"|\b6\s?1\s?[0O]\s+US(?:E\s+PREVIOUS|\s?E?DITIO).{0,60}$"
)


ROUTING_FORM = re.compile(ROUTING_FORM_HEADING)
SLIP_LENGTH = 2500  # the most characters a routing form's page runs to
SLIP_HEAD = 600  # where its heading and the form's words after it stand, past the page's stamps


def run_on_page_starts(text: str) -> list[int]:
    """Where a new document begins inside a scan run into one line: at the release stamps of a
    page that opens with its own date, once the document before has a body."""
    starts: list[int] = []
    offset = 0
    for line in text.split("\n"):
        if len(line) >= RUN_ON:
            last = offset
            stamps = list(RELEASE_STAMP.finditer(line)) or list(NO_OBJECTION_STAMP.finditer(line))
            for n, stamp in enumerate(stamps):
                following = stamps[n + 1] if n + 1 < len(stamps) else None
                if following and following.start() - stamp.end() <= 2:
                    continue  # a run of stamps: the page begins after the last
                first = stamp.start()
                while n > 0 and first - stamps[n - 1].end() <= 2:
                    n -= 1
                    first = stamps[n].start()
                page = line[stamp.end() : stamp.end() + 120]
                at = offset + first
                # A page that opens with a full date opens a new document: a continued page
                # opens mid-sentence or "-2-".
                # A scan whose pages were saved out of order opens with a later page, mid-sentence:
                # what stands before the dated page is its continuation, not a document.
                continued = line[last - offset : last - offset + 1].islower()
                opens = (
                    PAGE_OPENING_DATE.match(page)
                    or PAGE_OPENING_LETTERHEAD.match(page)
                    or PAGE_OPENING_ROUTING.match(page)
                    # the page before ended its paper: a closing and signature, its copies
                    or ENDED_BEFORE_STAMP.search(line[max(0, first - 160) : first])
                )
                # or was a routing slip, a page of its own (and short), over the paper it sends
                slip = at - last <= SLIP_LENGTH and ROUTING_FORM.search(
                    line[last - offset : last - offset + SLIP_HEAD]
                )
                body = MIN_BODY // 3 if slip else MIN_BODY
                if (opens or slip) and at - last >= body and not continued:
                    starts.append(at)
                    last = at
        offset += len(line) + 1
    return starts


SHEET_LENGTH = 4000  # characters a withdrawal sheet's words stand within, before its number
SHEET_TAIL_LINES = 4  # lines of the scan's specks after the number, before the next paper


def withdrawal_sheet_ends(text: str) -> list[int]:
    """Where the paper after a withdrawal sheet begins: after the sheet's form number
    (``layouts.library_folder``), often on the same OCR'd line, past the specks that follow,
    when a document's worth of text follows (a sheet alone ends the file, or the page chrome)."""
    starts = []
    for number in WITHDRAWAL_FORM_NUMBER.finditer(text):
        opened = WITHDRAWAL_SHEET.search(
            text, max(0, number.start() - SHEET_LENGTH), number.start()
        )
        at = number.end()
        for _ in range(SHEET_TAIL_LINES):
            end = text.find("\n", at)
            rest = text[at : end if end >= 0 else len(text)]
            if end < 0 or (rest.strip() and not is_specks(rest)):
                break
            at = end + 1  # (the line's rest is blank, or the scan's specks)
        at += len(text[at : at + 200]) - len(text[at : at + 200].lstrip(" \t"))
        following = len(re.sub(r"\s", "", text[at : at + MIN_BODY]))
        if opened and following >= MIN_BODY // 3:
            starts.append(at)
    return starts


def minutes_heading(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in MINUTES_WORDS) and bool(MINUTES_HEADING.search(text))


def boundaries(lines: list[Line]) -> list[int]:
    """Offsets where a new document begins (never 0), in order."""
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    starts = [0]
    body = 0  # characters of body in the current document
    # How the current document seems to have ended: "closing" (a closing, an address
    # block, a form) or "signature" (a name under the last paragraph), else None.
    ended: str | None = None
    prose = False  # the current document has running text (a list of names is no document)
    in_form = False
    dates_seen: set[str] = set()
    last_numbered: int | None = None
    previous: Line | None = None  # the previous non-blank line
    # A series' opening, kept across its documents (each the next of the series): the heading
    # under the first document's dateline, and its first line's words and the date it names.
    opening: str | None = None
    first_title: tuple[str, str] | None = None
    minutes = False  # the document is a meeting's minutes, its items numbered
    message = False  # the document is a leaders' message under its heading
    lines_in_document = 0
    for position, i in enumerate(nonblank):
        line = lines[i]
        stripped = line.text.strip()
        kind = line.kind
        cue = None
        lines_in_document += 1
        if is_form(line):
            if not in_form and (body >= MIN_BODY or (ended == "closing" and body >= MIN_BODY // 6)):
                cue = header_start(lines, i, starts[-1], form=True)
            in_form = True
        elif kind is None:
            ready = (
                body >= MIN_BODY and prose or in_form
            )  # a form is complete in itself: what has its own header follows it
            titled = dated_title(stripped)
            if lines_in_document == 1:
                dates_seen |= heading_date(line)
            if lines_in_document == 1:
                first_title = titled
            if lines_in_document <= OPENING_LINES and minutes_heading(stripped):
                minutes = True
            if (
                lines_in_document > 1
                and titled
                and first_title
                and titled[0] == first_title[0]
                and titled[1] != first_title[1]
                and prose
                and body >= MIN_BODY // 3
            ):
                # "Working Notes from the Session of the CPSU CC Presidium on 21 October 1956",
                # then "... on 23 October 1956": the next of a series, another day's
                cue = header_start(lines, i, starts[-1])
            elif is_frus_heading(line.text, last_numbered):
                if ready and not (minutes and FIRST_ITEM.match(stripped)):
                    # (the minutes' first item, "1. Report of the Director of Central
                    # Intelligence", opens their discussion, not another paper)
                    cue = header_start(lines, i, starts[-1])
            elif (
                (is_file_heading(stripped) or ENCLOSURE_LINE.match(stripped))
                and ready
                and correspondents_follow(lines, nonblank, position)
                or is_dated_file_number(stripped)
                and ready
                and by_heading_follows(lines, nonblank, position)
            ):
                # the 1940s volumes' "868.00/1-1147: Telegram" (or "[Enclosure]") over "The
                # Ambassador in Greece (MacVeagh) to the Secretary of State": the next document
                cue = header_start(lines, i, starts[-1])
            elif (
                prose
                and body >= MIN_BODY // 3
                and is_office_heading(stripped)
                and (
                    dateline_follows(lines, nonblank, position)
                    or heading_wraps(lines, nonblank, position)
                    and dateline_follows(lines, nonblank, position + 1)
                )
            ):
                # "The Ambassador in the Soviet Union to the President" / "Moscow, 23 December
                # 1943" after a paper: a copy of the volume's papers that lost their numbers
                cue = header_start(lines, i, starts[-1])
            elif (
                message
                and body >= MIN_BODY // 3
                and (
                    SENT_ON.match(stripped)
                    and message_heading_follows(lines, nonblank, position)
                    or is_message_heading(stripped)
                    and previous is not None
                    and DESPATCH_NUMBER.match(previous.text.strip())  # the edition's "No. 29"
                )
            ):
                # "No. 29" / "Sent on January 8, 1942" / "J. V. STALIN TO W. CHURCHILL": the next
                # message of an edition of leaders' correspondence, however short the one before
                cue = header_start(lines, i, starts[-1])
            elif SALUTATION_LINE.match(stripped) or SALUTATION_OCR_LOST.match(stripped):
                if body >= MIN_BODY and not introduces_quote(previous):
                    start = header_start(lines, i, starts[-1])
                    if (
                        ended or start < line.start
                    ):  # a second letter, with its own header or after a closing
                        cue = start
                    else:  # an enclosed letter on a page of its own, its address over it
                        cue = page_seam_before(lines, nonblank, position)
            elif is_dateline(stripped):
                continuation = previous is not None and previous.kind in PAGE_KINDS
                new_date = date_key(stripped) not in dates_seen
                heading = next_text(lines, nonblank, position)
                if opening is None and lines_in_document <= OPENING_LINES:
                    opening = series_key(heading) if heading and heads_a_series(heading) else ""
                elif (
                    opening
                    and heading
                    and series_key(heading) == opening
                    and prose
                    and body >= MIN_BODY // 4
                    and not continuation
                ):
                    # "May 3, 1951" / "MEETING WITH THE PRESIDENT" again after "S:DA:dhm": the
                    # next of a series of short papers of one day, each opening the same way
                    cue = header_start(lines, i, starts[-1])
                # a scan's page that opens with a date under the release stamps (the page
                # before it ended with them) is a new paper's first page
                after_stamps = previous is not None and previous.kind == "release"
                # a cover note, short and signed, over the paper it sends ("J.F.Dulles" /
                # "April 28, 1950" / "Memorandum of Conversation with President Truman")
                covered = ended == "signature" and heading_follows(lines, nonblank, position)
                if (
                    (ended or after_stamps or heading_follows(lines, nonblank, position))
                    and body >= (MIN_BODY // 3 if covered else MIN_BODY)
                    and new_date
                    and not continuation
                    and text_follows(lines, nonblank, position)
                ):
                    cue = header_start(lines, i, starts[-1])
                dates_seen.add(date_key(stripped))
            elif HEADING.match(stripped) and not stripped.startswith(('"', "“")):
                # (a heading in quotes is an archive's citation of the record, not another one)
                if ready and (ended == "closing" or header_follows(lines, nonblank, position)):
                    cue = header_start(lines, i, starts[-1])
            elif (
                DOCUMENT_START_FIELD.match(stripped)
                and ended
                and body >= MIN_BODY
                and header_follows(lines, nonblank, position - 1)
            ):
                cue = header_start(lines, i, starts[-1])
        if cue is not None and cue > starts[-1]:
            starts.append(cue)
            lines_in_document = 1
            minutes = False
            message = False
            body = 0
            prose = False
            ended = None
            in_form = is_form(line)
            dates_seen = (
                {date_key(stripped)}
                if kind is None and is_dateline(stripped)
                else heading_date(line)
                if kind is None
                else set()
            )
        if kind is None:
            message = message or is_message_heading(stripped)
            m = NUMBERED_LINE.match(line.text)
            if m:
                last_numbered = int(m.group(1))
            if (
                CLOSING.match(stripped)
                or ADDRESS_OPENER.match(stripped)
                or (body >= MIN_BODY and COPIES_LINE.match(stripped))
            ):
                ended = "closing"
            elif (
                is_signature(stripped) and signed_under_body(lines, i, starts[-1])
            ) or signer_over_office(stripped, next_text(lines, nonblank, position)):
                ended = ended or "signature"
            elif not SALUTATION_LINE.match(stripped):
                body += len(stripped)
                prose = prose or is_prose_line(stripped)
                if len(stripped) >= PROSE_LINE and not is_correspondents_heading(stripped):
                    ended = None  # prose goes on: what looked like an ending was not one
        if in_form:
            ended = "closing"  # a form is complete in itself
        previous = line
    return starts[1:]


FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "at", "on", "a", "an", "with", "by"}
BARE_MEMORANDUM = re.compile(r"(?i)^\W*memorandum\W*$")


def dated_title(text: str) -> tuple[str, str] | None:
    """A heading's first words and the full date it ends with, if it is one."""
    dated = TITLE_DATE.search(text) if len(text) <= 160 else None
    when = parse_date(dated.group()) if dated else None
    if not when or len(when[0]) != 10:
        return None
    return " ".join(text.lower().split()[:TITLE_WORDS]), when[0]


TITLE_DATE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?$|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?$")
TITLE_WORDS = 4  # the words a series' headings share


def series_key(heading: str) -> str:
    """A series' heading with its number left out: "Item 1." and "Item 2." open one series."""
    return re.sub(r"\d+", "#", heading)


def heads_a_series(heading: str) -> bool:
    """A short line, or one opening in capitals ("MEMORANDUM OF CONVERSATION WITH THE PRESIDENT
    February 14, at 12:30 p.m."): a heading the next of a series may repeat."""
    return len(heading) < PROSE_LINE or " ".join(heading.split()[:TITLE_WORDS]).isupper()


def next_text(lines: list[Line], nonblank: list[int], position: int) -> str | None:
    """The next non-blank line's text."""
    return lines[nonblank[position + 1]].text.strip() if position + 1 < len(nonblank) else None


def signer_over_office(text: str, below: str | None) -> bool:
    """A name over its office ("John Q. Doe" / "Deputy Director"): a memorandum signed."""
    return bool(below and SIGNER.match(text) and SIGNER_OFFICE.match(below))


def is_prose_line(text: str) -> bool:
    """Running text: a sentence, not a name with its office ("Mr. Dobrynin, Chief, American
    Countries Division, USSR Ministry of Foreign Affairs")."""
    words = text.split()
    lowercase = sum(1 for w in words if w[:1].islower() and w.strip(",.;:") not in FUNCTION_WORDS)
    return (
        len(words) >= 6
        and lowercase >= 3
        or text.rstrip().endswith((".", "?", "!"))
        and len(words) >= 5
    )


ADDRESS_LINES = 4  # lines of an inside address between a page's seam and the salutation


def page_seam_before(lines: list[Line], nonblank: list[int], position: int) -> int | None:
    """Where the page the salutation is on begins, when only its address (a few short lines,
    scan debris) stands between it and the release stamps of a page seam; else None."""
    for p in range(position - 1, max(position - 1 - ADDRESS_LINES - 3, -1), -1):
        line = lines[nonblank[p]]
        if line.kind == "release":
            return lines[nonblank[p + 1]].start
        if line.kind is None and len(line.text.strip()) >= PROSE_LINE:
            return None
    return None


def correspondents_follow(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether the editors' heading of who wrote to whom stands on the next line."""
    following = nonblank[position + 1 : position + 2]
    return any(is_correspondents_heading(lines[p].text.strip()) for p in following)


def dateline_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether a dateline stands on the next non-blank line (in a printed volume's OCR, after
    the marking set to its left, the editors' note number run into the year: "SECRET
    SAIGON, January 2, 19510")."""
    following = next_text(lines, nonblank, position)
    if following is None:
        return False
    marked = MARKING_BEFORE.match(following)
    dated = NOTE_IN_THE_YEAR.sub(r"\1", following[marked.end() :]) if marked else ""
    return is_dateline(following) or bool(dated and is_dateline(dated))


# A printed heading's second line: "of Greek, Turkish, and Iranian Affairs (Jernegan)",
# "American Republics".
HEADING_WRAPPED = re.compile(
    r"^(?:(?:of|and|for|to|in|on|the)\s[^.]{3,120}\)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})$"
)


def heading_wraps(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether the next line goes on with a heading broken over two (the holder's surname in
    parentheses at its end)."""
    following = next_text(lines, nonblank, position)
    return following is not None and bool(HEADING_WRAPPED.match(following))


NOTE_IN_THE_YEAR = re.compile(r"((?:19|20)\d\d)\d\s*$")  # "January 2, 19510": the note's 0


def message_heading_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether a heading naming a message's writer and addressee stands on the next line."""
    following = next_text(lines, nonblank, position)
    return following is not None and is_message_heading(following)


def by_heading_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether "Memorandum of Conversation, by the Secretary of State" stands on the next line."""
    following = nonblank[position + 1 : position + 2]
    return any(BY_HEADING.match(lines[p].text.strip()) for p in following)


# The Digital Archive's description of the record above it, after its text: the record's date,
# the editors' summary, then "Author(s):", "Document Information", "Associated Places".
ARCHIVE_INFORMATION = re.compile(
    r"^(?:Author\(s\):|Document\s+Information|Associated\s+(?:People|Places|Topics))"
)
INFORMATION_REACH = 4  # lines from the date to the description's labels


def text_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether a document could follow this line: a dateline under a signature with nothing
    after it dates the letter it ends ("N. KHRUSHCHEV" / "Moscow, October 26, 1962"), and one
    over the archive's description of the record is the description's."""
    following = [
        lines[nonblank[p]]
        for p in range(position + 1, min(position + 1 + LOOK_AHEAD, len(nonblank)))
    ]
    if any(ARCHIVE_INFORMATION.match(line.text.strip()) for line in following[:INFORMATION_REACH]):
        return False
    # a paragraph, or (OCR of a narrow page, a note's short lines) several lines of text
    return any(len(line.text.strip()) >= PROSE_LINE for line in following) or (
        sum(len(line.text.strip()) for line in following if line.kind is None) >= SHORT_LINES_TEXT
    )


def heading_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """A dateline with a memorandum's heading right under it ("27 February 1952" / "MEMORANDUM")."""
    for i in nonblank[position + 1 : position + 3]:
        text = lines[i].text.strip()
        if lines[i].kind is None and (HEADING.match(text) or BARE_MEMORANDUM.match(text)):
            return True
    return False


def introduces_quote(line: Line | None) -> bool:
    """A line that introduces quoted text ("The text of the letter reads as follows:")."""
    return (
        line is not None
        and line.kind is None
        and line.text.rstrip().endswith(":")
        and len(line.text.strip()) > 20
    )


def date_key(text: str) -> str:
    """A dateline compared without its punctuation and spacing ("November 15, 1960." = "November 15
    1960")."""
    return re.sub(r"[\W_]+", "", text).lower()


def header_follows(lines: list[Line], nonblank: list[int], position: int) -> bool:
    """Whether header fields or a dateline follow the heading at ``nonblank[position]``."""
    fields = set()
    for i in nonblank[position + 1 : position + 1 + LOOK_AHEAD]:
        line = lines[i]
        if line.kind is not None:
            continue
        stripped = line.text.strip()
        m = DOCUMENT_START_FIELD.match(stripped)
        if m:
            fields.add((m.group(1) or m.group(2)).lower())
        elif is_dateline(stripped):
            return True
        elif len(stripped) >= PROSE_LINE and not fields:
            return False  # prose came first: a heading inside the body
    return len(fields) >= (
        1 if position >= 0 and HEADING.match(lines[nonblank[position]].text.strip()) else 2
    )


def header_start(lines: list[Line], i: int, floor: int, form: bool = False) -> int:
    """Where the new document begins: before its own header lines (registry number,
    classification, letterhead, dateline), after the previous document's last stamps,
    body and signature. A form begins at its first printed line (a banner above it is the
    previous page's foot); any other document never takes the lines of a form before it."""
    header_kinds = {"file-mark", "timestamp", "garbage", "form" if form else "classification"}
    j = i
    steps = 0
    while j - 1 >= 0 and lines[j - 1].start >= floor and steps < LOOK_BACK:
        steps += 1
        line = lines[j - 1]
        kind = line.kind
        text = line.text.strip()
        if not text or kind in header_kinds:
            j -= 1
            continue
        if kind is None and (
            is_header_line(text) or is_correspondents_heading(text) or is_file_heading(text)
        ):
            if is_signature(text) and signed_under_body(lines, j - 1, floor):
                break  # the previous document's signature, not the new one's letterhead
            if EDITORS_SIGNER.fullmatch(text):
                break  # "[LANE]": the editors print the telegram's signer so, at its end
            j -= 1
            continue
        break
    while j < i and not lines[j].text.strip():
        j += 1
    return lines[j].start


def is_header_line(text: str) -> bool:
    """A letterhead or heading line: short capitals, a heading, a dateline."""
    if CLOSING.match(text):
        return False
    if len(text) <= 40 and text.upper() == text and any(ch.isalpha() for ch in text):
        return True
    return bool(
        HEADING.match(text)
        or HEADING_WORDS.match(text)
        or is_dateline(text)
        or HANDLING_LINE.match(text)
    )


# A marking in ordinary case over a paper ("Personal and Confidential"): its header's.
HANDLING_LINE = re.compile(
    r"(?i)^(?:personal\s+and\s+|strictly\s+)?(?:top\s+secret|secret|confidential|eyes\s+only)\.?$"
)


def signed_under_body(lines: list[Line], k: int, floor: int) -> bool:
    """Whether the line at ``k`` directly follows a paragraph or a closing (so it is a
    signature)."""
    for j in range(k - 1, max(k - 4, -1), -1):
        if lines[j].start < floor:
            return False
        text = lines[j].text.strip()
        if not text:
            continue
        if lines[j].kind is not None:
            return False
        # The paragraph's last line may be short ("for coming events."): the line above it is not.
        above = lines[j - 1].text.strip() if j > 0 and lines[j - 1].start >= floor else ""
        return (
            len(text) >= PROSE_LINE
            or bool(CLOSING.match(text))
            or (text.endswith(".") and len(above) >= PROSE_LINE)
        )
    return False
