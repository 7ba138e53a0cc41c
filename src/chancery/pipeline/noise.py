"""What a line of a scanned or published record is: body text or one kind of noise.

Shared by ``split`` (which must not split on a page header) and ``clean`` (which moves
noise out of the body). Rules follow the shapes archival noise takes, not particular files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_distance import edit_distance
from .dates import MONTH_DAY, SHORT_DAY_MONTH_YEAR, embeddable, parse_date, repair_ocr

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# "June 5, 1962", "June 5th, 1962", "5th June, 1962", "05 JUN 1962", "June 28 and 29, 1960".
DATE_TEXT = (
    # (a scan may lose the space after the comma: "January 2,1946")
    rf"(?:(?:{MONTHS}|{MONTH_ABBR})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+and\s+\d{{1,2}})?"
    rf"(?:,\s*|\s+)\d{{4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}|{MONTH_ABBR})\.?,?\s+\d{{4}})"
)
# "5 Jun 62": the CIA's short form with a two-digit year (the dates module reads it).
SHORT_DATE_TEXT = embeddable(SHORT_DAY_MONTH_YEAR)
DATE_ANYWHERE = re.compile(rf"{DATE_TEXT}|{SHORT_DATE_TEXT}", re.I)
# The place may stand in the editors' brackets ("[Moscow,] June 5, 1962").
# "June 5, 1962, 7 p.m.", "June 5, 1962—noon": the time of a telegram's dateline.
CLOCK_AFTER = r"(?:\s*[,;—–-]\s*(?:\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.|noon|midnight))?"
# A letterhead's city as scans spell it ("WASHINGTO]'J", "WASH1NGTON"): the garble after it apart.
WASHINGTON_SPELLED = r"WASH[I1l]NGT[O0]N?"
DATELINE = re.compile(
    # (the place may carry an OCR speck for a letter: "Pari*, May 22, 1957")
    # (a letterhead's city without its comma, maybe garbled: "WASHINGTO]'J September 20, 1974")
    rf"^\s*[\"“]?(?:\[?[A-Z][A-Za-z .]+\*?,\]?\s+|{WASHINGTON_SPELLED}[^\s\d,]{{0,3}}\s+)?"
    rf"(?:{DATE_TEXT}|{SHORT_DATE_TEXT})"
    rf"{CLOCK_AFTER}\.?\s*$",
    re.I,
)
# A full date among a page's first words, after a marking's remains ("NTIAL October 13, 1959")
# or a publication's name ("CENTRAL INTELLIGENCE BULLETIN 10 October 1959").
FULL_DATE = rf"(?:{MONTHS})\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?:{MONTHS})\s+(?:19|20)\d\d"
OPENING_DATE = re.compile(rf"^\s*[^a-z.]{{0,45}}?(?<![\w/])(?P<date>{FULL_DATE})\b")
# Enough to see that a page opens with a date, where a speck may split the day ("1.6 May 1962"),
# after its title in capitals ("MATTERS OF SPECIAL INTEREST--SPECIAL GROUP MEETING 10 May 1962").
PAGE_OPENING_DATE = re.compile(rf"^\s*[^a-z]{{0,80}}?(?<![\w/])(?:{FULL_DATE})\b")
# Or with a letterhead: "THE DIRECTOR OF CENTRAL INTELLIGENCE WASHINGTON 25, D.C.", "THE WHITE
# HOUSE", "DEPARTMENT OF STATE".
PAGE_OPENING_LETTERHEAD = re.compile(
    r"^\s*[^a-z]{0,12}?(?:THE\s+DIRECTOR\s+OF\s+CENTRAL\s+INTELLIGENCE|CENTRAL\s+INTELLIGENCE\s+"
    r"AGENCY|THE\s+WHITE\s+HOUSE|DEPARTMENT\s+OF\s+STATE|OFFICE\s+OF\s+THE\s+DIRECTOR)\b"
)
# "AMEMBASSY", the State cables' word for an embassy, with the extra letter a teletype or a scan may
# add ("FM AMEMBASSSY JIDDA"): every pattern that reads a cable's posts spells it so.
EMBASSY_WORD = r"AMEMBAS{1,3}Y"

# A routing form's printed heading as scans read it ("EXECUTIVE CRETARIAT ROUTING SLIP", "ROUTING
# AND TRANSMITTAL SUP"), with the form's own words on its line after it (not a memorandum's
# "USE OF THE TRANSMITTAL SLIP", "OFFICIAL ROUTING SLIP PROCEDURES").
ROUTING_FORM_HEADING = (
    r"(?:ROUTING\s+AND\s+(?:RECORD|TRANSMITTAL)\s+(?:SHEET|SLIP|SUP)|"
    r"(?:SECRETARIAT|CRETARIAT|OFFICIAL)\W{0,4}\s*ROUTING\s+SLIP|TRANSMITTAL\s+SLIP)\b"
    r"(?=[^\n]{0,300}\b(?:(?i:INITIALS?|ACTION|DATE|INSTRUCTIONS|ROOM)\b|FROM:|TO:))"
)

# Or with a routing form's heading, after its marking: "UNCLASSIFIED -;EXECUTIVE SECRETARIAT,.
# Routing Slip", "UNCLASSIFIED CONFIDENTIAL ROUTING AND RECORD SHEET".
PAGE_OPENING_ROUTING = re.compile(
    r"^\s*[^a-z]{0,40}?(?i:EXECUTIVE\s+SECRETARIAT\W{0,4}\s*ROUTING\s+SLIP|ROUTING\s+AND\s+"
    r"RECORD\s+SHEET|OFFICIAL\s+ROUTING\s+SLIP|TRANSMITTAL\s+SLIP)"
)

# A whole release stamp, however garbled, with its date and record number ("Approved For ReI
# '~(se 2003/08/05 : CIA-RDP80B0l676ROQW00030006-8"): where a page of a run-together scan ends.
RELEASE_STAMP = re.compile(
    r"(?i)a?pp?r[o0]ved\s+f[o0]r\s+re\S{0,8}(?:\s+\S{1,6})?\s+[.,'\"]?\d{4}\s*/\s*\d{1,2}\s*/\s*\d\d"
    r"\s*\S{0,3}\s*\S+"  # OCR's specks: "Release .2002/07/29", "2002/ 7/29"
)
# The Library of Congress's stamp on the Kissinger papers, on every page ("No Objection to
# Declassification in Full 2013/03/19 : LOC-HAK-3-3-17-6").
NO_OBJECTION_STAMP = re.compile(
    r"No\s+Objection\s+to\s+Declassification\s+in\s+(?:Full|Part)\s+\d{4}/\d\d/\d\d\s*:\s*\S+"
)
# A writer's initials alone on a line, signing off: "DA", "D.A.", "J.F.D."
INITIALS_ALONE = r"(?:[A-Z]\.?[ \t]?){2,3}"
# OCR garbles stamps as much as text: "Approved For Rclease", "pproved For TREIGS".
RELEASE = re.compile(
    r"(?i)(?:a?pp?r[o0]ved\s+f[o0]r\s+(?:r\S{5,6}|treigs)|CIA-RDP\d)"
    # a stamp the copy cut short at the page's (or the excerpt's) end: "Approved For"
    r"|^a?pp?r[o0]ved\s+f[o0]r(?:\s+r\S{0,6})?$"
    r"|^\S{0,3}ved\s+f[o0]r\s+rel"  # its head cut off: "ved For Release 2Q&~/ 8 i"
)
RELEASE_PARSED = re.compile(
    r"(?i)approved\s+for\s+release\s*(\d{4})/(\d{2})/(\d{2})\s*:?\s*(CIA-RDP[0-9A-Z]+-[0-9A-Z]+)"
)
DECLASSIFICATION = re.compile(
    r"(?i)^\W*(?:declassified\b|sanitized\s+copy|authority\s+NN[DK]|e\.\s*o\.\s*1[23]\d{3}|"
    r"foreign\s+relations\s+of\s+the\s+united\s+states\W*$|by\s+\w+\s+nara\b|nara,?\s+date|"
    # the State Department's review stamp on PlusD copies, whole or cut short at the page's end
    r".{0,40}\bdeclassified/?\s?released\s+US\b.*)"
)
CLASSIFICATION_WORDS = (
    r"TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED\s+OFFICIAL\s+USE|OFFICIAL\s+USE\s+ONLY"
)
BANNER = re.compile(
    rf"^\W*(?:{CLASSIFICATION_WORDS})(?:\s*[-–]\s*(?:EYES\s+ONLY|NOFORN|EXDIS|NODIS|LIMDIS))?\W*$"
)
BEST_COPY = re.compile(r"(?i)^\W*best\s+copy\s+available\W*$")
PAGE_MARKER = re.compile(r"\[Page (\d+)\]\s?")
PAGE_NUMBER = re.compile(r"^\s*[-–—]\s*(\d{1,4})\s*[-–—]\s*$|^\s*(\d{1,3})\s*$")
PAGE_WORDS = "Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\\d{1,3}"
PAGE_HEADER = re.compile(
    rf"(?i)^\W*(?:(?:{CLASSIFICATION_WORDS})\s+)?(?:{DATE_TEXT}\s*)?(?:[-–]\s*)?Page\s+(?:{PAGE_WORDS})\W*$"
    rf"|^\W*(?:{CLASSIFICATION_WORDS})\s+{DATE_TEXT}\W*$"
)
TIMESTAMP = re.compile(rf"^\s*(?:{MONTH_ABBR})\s+\d{{1,2}}(?:\s+\d{{1,2}}){{2,}}\s*$")
RECEIVING_STAMP = re.compile(
    r"(?i)^\W*(?:recording\s*&\s*communications(?:\s+section)?|"
    r"division\s+of\s+communications\s+and\s+records|"
    r"records\s+management\s+(?:branch|section|division))\W*$"
)
STAT = re.compile(r"^\W*STAT\W*$")  # CREST's mark for withheld text
DIGIT_TOKEN = re.compile(r"(?:^|\s|[-/(])\d{2,}|^\d+(?:\s|$)|\s\d(?:\s|$)")
NUMERIC_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\.?\s*$")
# The words a letter closes with, before the signature ("With respect," in Soviet letters).
CLOSING_WORDS = (
    r"sincerely|faithfully|respectfully|cordially|very\s+truly|"
    r"yours\s+(?:sincerely|faithfully|truly)|"
    r"with\s+(?:warm(?:est)?\s+)?(?:personal\s+)?regards|best\s+regards|"
    r"with\s+(?:(?:deep|great|sincere|profound)\s+)?respect"
)
CLOSING = re.compile(rf"(?i)^\s*(?:{CLOSING_WORDS})\b[^.]{{0,30}}[.,]?\s*$")
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# A name in capitals, as letterheads print it: "W. AVERELL HARRIMAN", "JOHN F. KENNEDY".
CAPS_NAME = re.compile(
    r"^(?=.*[A-Z]{4})(?:[A-Z]\.\s*)*[A-Z][A-Z'-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'-]+)){1,4}$"
)
# A name or title in capitals or title case: "Chairman Khrushchev", "The Kremlin".
PROPER_WORDS = re.compile(
    r"^(?=.*[A-Za-z]{4})(?:[A-Z][\w.'’-]*|of|the|and|de|von|"
    r"van)(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|de|von|van)){0,5}[.,]?$"
)
# A field whose value is the block of lines below it.
BLOCK_FIELD = re.compile(
    r"(?i)^\W*(?:copies\s+to|distribution|participants|present|cc|addressees)\s*:\s*$"
)
SALUTATION_LINE = re.compile(r"^\s*(?:My\s+)?D[eco][ao][rn]\s+[^:\n]{1,60}[:,]\s*$")
# Headings that are short and rare in prose, so the garbage rule must not take them.
HEADING_WORDS = re.compile(
    r"(?i)^\W*(?:(?:incoming|outgoing)\s+)?(?:telegram|airgram|memorandum|priority|"
    r"niact|immediate|flash|routine|"
    r"department\s+of\s+state|the\s+white\s+house|central\s+intelligence\s+agency|"
    r"editorial\s+note)\W*$"
)

# Words of printed forms (routing slips, transmittal sheets); OCR often cuts them.
FORM_WORDS = (
    "UNCLASSIFIED",
    "CONFIDENTIAL",
    "SECRET",
    "ROUTING",
    "NAME AND ADDRESS",
    "INITIALS",
    "ACTION",
    "DIRECT REPLY",
    "PREPARE REPLY",
    "APPROVAL",
    "DISPATCH",
    "RECOMMENDATION",
    "COMMENT",
    "FILE",
    "RETURN",
    "SIGNATURE",
    "CONCURRENCE",
    "INFORMATION",
    "FOLD HERE",
    "SENDER",
    "CENTRAL INTELLIGENCE",
    "AGENCY",
    "OFFICIAL",
    "REMARKS",
    "DATE",
)
FORM_FRAGMENTS = [w for w in FORM_WORDS] + [
    "CONFIDEN",
    "TIAL",
    "ETURN",
    "IGNATURE",
    "GENCY",
    "RAL INTELLIGENCE",
    "CIAL",
]


@dataclass
class Line:
    start: int  # offset of the line in the text it came from
    end: int  # offset of its end (without the newline)
    text: str
    kind: str | None = None  # None = body; else a Stamp kind
    keep: bool = False  # body for certain (a line of a field block), never judged as garbage
    new_page: bool = False  # the line follows a form feed (a page boundary the reader saw)


# A FRUS decimal file number over its heading ("760C.61/4–2245"): the editors' line, which dates
# the document, not a registry's mark.
# ("711.11 EI/7–2053", "740.00119 Council/8–2445": a word of the file's subject before the date)
DECIMAL_FILE = re.compile(
    r"^\s*\d{3}[A-Z]?\.[\dA-Z]+(?:\s+[A-Z][\w.]*)?(?:/[\w ()]+)*/\d{1,2}\s*[–-]\s*\d{3,4}\s*$"
)


ADDRESSED = re.compile(r"\bFOR\s+(?:THE\s+)?[A-Z]{3,}")
DAY_AND_YEAR = re.compile(r"^\s*\d{1,2},\s+(?:1[89]|20)\d\d\b")


def is_file_mark(text: str) -> bool:
    """Registry numbers, file and form numbers: short, with digits, hardly any lowercase words."""
    if (
        len(text) > 30
        or DECIMAL_FILE.match(text)
        or DAY_AND_YEAR.match(text)  # "19, 1946—6 p.m.": a dateline's end, its month above
        or not DIGIT_TOKEN.search(text)
        or NUMERIC_DATE.match(text)
        or DATE_ANYWHERE.search(text)
    ):
        return False
    if TIME.search(text) or ADDRESSED.search(text):
        return False  # "NODIS TOSEC 120 FOR SONNENFELDT" says whom a cable is for
    lowercase = sum(1 for ch in text if ch.islower())
    if lowercase > 3:
        return False
    if MONTH_DAY.fullmatch(text.rstrip(",")):
        return False  # "June 27," of a dateline a narrow column set a piece a line
    when = parse_date(repair_ocr(text))  # "Sept. 5, 1962", "June5, 1962": a date, not a mark
    return when is None or len(when[0]) < 10


BANNER_WORDS = ("TOP SECRET", "SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "OFFICIAL USE ONLY")
# The contract's classification for the words of a marking, a stamp or an editors' note.
MARKING_LEVELS = {
    "top secret": "Top Secret",
    # Soviet and East European papers' own highest level, as translators render it
    "fully secret": "Top Secret",
    "strictly secret": "Top Secret",
    "absolutely secret": "Top Secret",
    "secret": "Secret",
    "confidential": "Confidential",
    "limited official use": "Official Use Only",
    "official use only": "Official Use Only",
    "unclassified": "Unclassified",
    "restricted": "Confidential",  # the lowest US level until 1953; the contract's nearest
    # TOP with a letter the scan lost or misread ("TP SECRET", "T0P SECRET")
    "tp secret": "Top Secret",
    "t0p secret": "Top Secret",
}


def marking_level(words: str) -> str:
    """The contract's classification for a marking's words, however cased and spaced."""
    return MARKING_LEVELS[" ".join(words.lower().split())]


def nearest_banner(upper: str) -> str:
    """The banner words a damaged marking in capitals is nearest to ("SECRFT": "SECRET")."""
    return min(BANNER_WORDS, key=lambda banner: edit_distance(upper, banner, 20))


def garbled_banner(text: str) -> bool:
    """A banner line OCR damaged by a letter or two ("SECRFT", "C0NFIDENTIAL")."""
    words = text.replace("~", "").strip(" *-").upper()
    if (
        not words
        or len(words) > 20
        or not words.replace(" ", "").isalpha()
        and not any(c in words for c in "01")
    ):
        return False
    return any(
        edit_distance(words, banner, 1 if len(banner) < 8 else 2) <= (1 if len(banner) < 8 else 2)
        for banner in BANNER_WORDS
    )
