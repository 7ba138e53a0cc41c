"""The American Presidency Project's pages: the President's name over his portrait ("Dwight D.
Eisenhower photo"), or in the older pages before the title ("Dwight D. Eisenhower: Letter to …",
under the site's menus, which are chrome), the paper's title ("Letter to Nikita Khrushchev,
Chairman, Council of Ministers, U.S.S.R.", "The President's News Conference") and its date on
lines of their own, then the text.

The President whose page it is wrote the letters and messages; the title names their addressee
and the kind of paper. A news conference is no letter or memorandum: "other", as the gold of the
shared set types transcripts of the kind.
"""

from __future__ import annotations

import re

from ..authority.not_people import names_a_place
from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import CLOSING, MONTHS
from . import Line, found, found_date, party, rule, text_lines, top_lines

RULES = [
    rule(
        "portrait",
        r"^(?P<president>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+photo$",
        "the President's name over his portrait, the page's first line",
        ["Dwight D. Eisenhower photo", "Jimmy Carter photo"],
        ["American Presidency Project"],
        ["A photo"],
    ),
    rule(
        "page-title",
        r"^(?P<president>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}):\s+(?P<title>\S.{8,300})$",
        "the older pages' title: the President's name, a colon, the paper's title (his name "
        "follows on a line of its own)",
        ["Dwight D. Eisenhower: Letter to John Q. Doe, Prime Minister of Freedonia."],
        ["American Presidency Project"],
        ["Subject: Letter to the Prime Minister"],
    ),
    rule(
        "paper-to",
        r"^(?P<kind>Letter|Message)\s+to\s+(?:the\s+)?(?P<addressee>[^,]+?)(?:,|\s+on\s|$)",
        "a title naming the kind of paper and its addressee",
        [
            "Letter to Nikita Khrushchev, Chairman, Council of Ministers, U.S.S.R.",
            "Message to Prime Minister John Q. Doe on the Anniversary of the Treaty",
        ],
        ["American Presidency Project"],
        ["Remarks to the Press"],
    ),
    rule(
        "news-conference",
        r"^(?:The\s+)?President['’]s\s+News\s+Conference\b",
        "a news conference's transcript",
        ["The President's News Conference"],
        ["American Presidency Project"],
    ),
    rule(
        "dated-note",
        rf"^\[\s*Released\s+[^\]]*?\bDated\s+(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\s*\]",
        "a note that the paper was released on the page's date and dated earlier",
        ["[ Released January 13, 1958. Dated January 12, 1958 ]"],
        ["American Presidency Project"],
    ),
    rule(
        "printed-note",
        r"^Note:\s+As\s+printed\s+above,\s+this\s+item\s+follows\s+the\s+text\s+of\b",
        "the page's note under the paper, below the President's signature (a page copied "
        "without its portrait)",
        [
            "Note: As printed above, this item follows the text of the President's letter as "
            "released by the Office of the Press Secretary."
        ],
        ["American Presidency Project"],
        ["Note: The text above was printed in the Zenda Gazette."],
    ),
    rule(
        "signer",
        r"^(?!The\b)(?P<president>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$",
        "the name signed above that note",
        ["Ronald Reagan", "Dwight D. Eisenhower"],
        ["American Presidency Project"],
        ["The White House"],
    ),
]
PORTRAIT, PAGE_TITLE, PAPER_TO, NEWS_CONFERENCE, DATED_NOTE, PRINTED_NOTE, SIGNER = (
    r.pattern for r in RULES
)
# Words of a closing or a house, no signer's: "Yours Ever", "Warm Regards", "Press Release"
NOT_A_NAME = re.compile(r"(?i)\b(?:yours|regards|wishes|release|office|house|press)\b")
KINDS = {"Letter": "letter", "Message": "letter"}


def page_title_at(texts: list[str]) -> int | None:
    """Where an older page's title stands among its non-blank lines ("Dwight D. Eisenhower:
    Letter to …" over "Dwight D. Eisenhower"): what comes before it is the site's menus."""
    for k, text in enumerate(texts[:-1]):
        m = PAGE_TITLE.match(text) if ": " in text else None  # asked of every page's top
        if m and texts[k + 1] == m["president"]:
            return k
    return None


def fit(doc: Document) -> float:
    if portrait(doc) or page_titled(doc):
        return 0.7
    lines = top_lines(doc, 400)
    if lines and PAPER_TO.match(lines[0].text) and signed_above_note(doc):
        return 0.7
    return 0.5 if lines and NEWS_CONFERENCE.match(lines[0].text) else 0.0


def portrait(doc: Document) -> tuple[str, int] | None:
    """The President the page is of, and where his name stands (-1: in a line the clean stage
    took out of the text)."""
    for stamp in doc.stamps[:3]:
        m = PORTRAIT.match(stamp.text.strip())
        if m:
            return m["president"], -1
    lines = top_lines(doc, 400)
    m = PORTRAIT.match(lines[0].text) if lines else None
    return (m["president"], lines[0].start + m.start("president")) if m else None


def signed_above_note(doc: Document) -> tuple[str, int] | None:
    """The President who signed a paper copied without the page's portrait: the name on the
    line above the page's note under it ("Ronald Reagan" / "Note: As printed above, ..."),
    and where it stands."""
    tail_at = max(0, len(doc.text) - 1500)
    lines = text_lines(doc.text[tail_at:])
    for k, line in enumerate(lines):
        # (a closing or a place above the note is no signer: "Sincerely yours")
        signer = SIGNER.match(lines[k - 1].text) if k else None
        if (
            signer
            and PRINTED_NOTE.match(line.text)
            and not CLOSING.match(signer["president"])
            and not NOT_A_NAME.search(signer["president"])
            and not names_a_place(signer["president"])
        ):
            return lines[k - 1].text, tail_at + lines[k - 1].start
    return None


def page_titled(doc: Document) -> tuple[str, int, Line] | None:
    """An older page's President, where his name stands, and its title (the words after the
    colon), where the text opens with that title."""
    lines = top_lines(doc, 400)
    titled = page_title_at([line.text for line in lines[:2]]) == 0
    m = PAGE_TITLE.match(lines[0].text) if titled else None
    if not m:
        return None
    start = lines[0].start
    title = Line(m["title"], start + m.start("title"), start + m.end("title"))
    return m["president"], start + m.start("president"), title


def read(doc: Document) -> None:
    lines = [line for line in top_lines(doc, 600) if not PORTRAIT.match(line.text)]
    if not lines:
        return
    titled = page_titled(doc)
    if titled:  # the older page: its title after the President's name, which follows again
        lines = [titled[2], *lines[2:]]
    title = lines[0]
    found(doc, "title", title.text, title.start, title.end, "the page's title")
    dated = DATED_NOTE.match(lines[2].text) if len(lines) > 2 else None
    if dated and (when := parse_date(dated["date"])):
        # "[ Released January 13, 1958. Dated January 12, 1958 ]": the page's date is the release
        at = lines[2].start + dated.start("date")
        found_date(doc, when[0], at, at + len(dated["date"]), "the page's note of the date")
    when = parse_date(lines[1].text) if len(lines) > 1 and len(lines[1].text) <= 30 else None
    if when:
        found_date(doc, when[0], lines[1].start, lines[1].end, "the page's date")
    if NEWS_CONFERENCE.match(title.text):
        found(doc, "type", "other", title.start, title.end, "a news conference")
        return
    paper = PAPER_TO.match(title.text)
    whose = titled[:2] if titled else portrait(doc) or signed_above_note(doc)
    if not paper or not whose:
        return
    found(doc, "type", KINDS[paper["kind"]], title.start, title.end, "the page's title")
    name, at = whose
    president = party(name, at)
    found(doc, "sender", president, at, at + len(name) if at >= 0 else -1, "the page's President")
    at = title.start + paper.start("addressee")
    addressee = party(paper["addressee"], at)
    found(doc, "recipients", [addressee], at, at + len(paper["addressee"]), "the page's title")
