"""Line shapes that both ``split`` and ``clean`` read.

``noise.noise_kind`` knows the common furniture of scanned records; ``line_kind`` adds the
shapes it does not know (spaced or handling-marked banners, "Page 2 of 3", a telegram's
continuation header "-2- 1595, February 12, from Moscow", withheld-text marks, the lines of a
NARA declassification block). The other patterns here say where a document's header is:
headings, header fields ("FROM:", "SUBJECT:"), FRUS document headings, signatures.
"""

from __future__ import annotations

import re

from .noise import CAPS_NAME, CLASSIFICATION_WORDS, DATELINE, DECLASSIFICATION, PROPER_WORDS, Line, noise_kind, split_lines

__all__ = ["Line", "split_lines", "classify", "line_kind"]

HANDLING_WORDS = (
    r"EYES\s+ONLY(?:\s+[A-Z]+)?|NOFORN|NO\s+FOREIGN\s+DISSEM(?:INATION)?|EXDIS|NODIS|LIMDIS|SENSITIVE|ORCON|"
    r"WNINTEL|NOCONTRACT|PROPIN|LIMIT(?:ED)?\s+DISTRIBUTION|CONTROLLED\s+DISSEM|RESTRICTED\s+DATA|SPECIAL\s+HANDLING|"
    r"PERSONAL\s+AND\s+CONFIDENTIAL|CODEWORD|RYBAT|CHEROKEE|SPECAT"
)
# "SECRET/NOFORN", "TOP SECRET - EYES ONLY", "SECRET NODIS", "CONFIDENTIAL//LIMDIS".
BANNER_WITH_HANDLING = re.compile(
    rf"^\W*(?:{CLASSIFICATION_WORDS})(?:\s*(?:[-–/,]{{1,2}}|\s)\s*(?:{HANDLING_WORDS}))+\W*$"
)
# "S-E-C-R-E-T", "S E C R E T", "T O P  S E C R E T": single capitals with separators.
SPACED_CAPITALS = re.compile(r"^\W*(?:[A-Z][-.\s]{1,3}){3,}[A-Z]\W*$")
BANNER_PLAIN = re.compile(rf"^(?:{CLASSIFICATION_WORDS})$")
# "Page 2 of 3", "(Page 2 of 3 Pages)", "PAGE TWO OF THREE".
PAGE_OF = re.compile(r"(?i)^\W*page\s+(?:\d{1,3}|[a-z]{3,6})\s+of\s+(?:\d{1,3}|[a-z]{3,6})(?:\s+pages?)?\W*$")
# A continuation header that starts with the page number: "-2- 1595, February 12, 4 p.m., from Moscow".
DASH_NUMBER_LEAD = re.compile(r"^\s*[-–—]\s*\d{1,3}\s*[-–—]\s+(\S.*)$")
# One with the page number in the middle: "Mr. Khrushchev - 2 - February 22, 1961".
DASH_NUMBER_MIDDLE = re.compile(r"\S\s+[-–—]\s*\d{1,2}\s*[-–—]\s+\S")
# CREST marks for withheld or unreadable text: "STAT", "25X1", "25X1A", "ILLEGIB".
WITHHELD = re.compile(r"^\W*(?:STAT|ILLEGIB|25\s?X\s?\d[A-Z]?\d?(?:\s+25\s?X\s?\d[A-Z]?\d?)*)\W*$")
# Registry stamps with words in them.
REGISTRY_STAMP = re.compile(r"(?i)^\W*(?:executive\s+registry|registry\s+(?:no|number)\b|ER\s+\d)")
# The lines that follow "DECLASSIFIED" in a NARA or presidential-library block.
DECLASSIFICATION_DETAIL = re.compile(
    r"(?i)^\W*(?:by\b|date\b|authority\b|NL[A-Z]\b|MR\s*\d|NND\s*\d|NARA\b|e\.?\s*o\.?\s*1[23]\d{3}|sec(?:tion)?\.?\s*\d)"
)
DECLASSIFICATION_PARTS = re.compile(
    r"(?i)\b(?:NND\s*\d{3,}|NL[A-Z]\s*[-–]?\s*\d|E\.\s*O\.\s*1[23]\d{3}|NARA\b|MR\s*\d+\s*[-–]\s*\d+)"
)
PAGE_KINDS = {"page-header", "page-number", "page-marker"}

# Headings that open a document (optionally after "INCOMING"/"DEPARTMENT OF STATE").
HEADING = re.compile(
    r"(?i)^\W*(?:(?:incoming|outgoing|department\s+of\s+state|action|info(?:rmation)?)\s+)*"
    r"(?:memorandum\s+of\s+conversation|memorandum\s+for\b|memorandum\s+to\b|memo\s+for\b|telegram\b|airgram\b|"
    r"cable\b|minutes\s+of\b|record\s+of\s+(?:meeting|conversation)|editorial\s+note|note\s+for\s+the\s+record|"
    r"memorandum\s+for\s+the\s+record)"
)
# A header field that a new document's first lines carry.
FIELD = re.compile(
    r"(?i)^\W*(memorandum\s+for|from|to|subject|subj|date|no|nr|ref|info|action|participants|present|place|time|"
    r"control|rec'?d|received|attention|through|via|sent|distribution)\s*[:.]\s*\S"
)
BLOCK_FIELD_HEAD = re.compile(r"(?i)^\W*(participants|present)\s*:\s*$")
# "62. Memorandum of Conversation", "112. Telegram From the Embassy ...": a FRUS document heading.
FRUS_HEADING = re.compile(
    r"^(\s*)(\d{1,4})\.\s+(?:Memorandum|Telegram|Letter|Editorial|Minutes|Record|Notes?|Paper|Message|Despatch|"
    r"Dispatch|Airgram|Circular|Instruction|Summary|Report|National|Special|Intelligence|Draft|Diary|Briefing|"
    r"Position|Oral|Aide|Current|Discussion|Conversation|Transcript|Agreed|Joint|Statement|Circular)\b"
)
NUMBERED_LINE = re.compile(r"^\s*(\d{1,4})\.\s")
# A signature or an initialled sign-off: "THOMPSON", "ROBERT AMORY, JR.", "McG. B.", "/s/ Dean Rusk".
NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|JR|SR|II|III|IV)\.?$")
INITIALS = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.\s*){1,4}$")
SIGNED = re.compile(r"^\s*/s/")
CAPS_WORDS = re.compile(r"^[A-Z][A-Z.'’\- ]{2,38}[A-Z.]$")


def line_kind(text: str) -> str | None:
    """The kind of noise a whole line is (a Stamp kind), or None for body text."""
    kind = noise_kind(text)
    if kind is not None:
        return kind
    stripped = text.strip().strip("*").strip()
    if not stripped or len(stripped) > 100:
        return None
    if WITHHELD.match(stripped):
        return "garbage"
    if is_banner(stripped):
        return "classification"
    if PAGE_OF.match(stripped):
        return "page-header"
    m = DASH_NUMBER_LEAD.match(stripped)
    if m and len(m.group(1).split()) <= 12 and any(ch.isdigit() for ch in m.group(1)):
        return "page-header"
    if DASH_NUMBER_MIDDLE.search(stripped) and len(stripped.split()) <= 10 and not stripped.endswith("."):
        return "page-header"
    if REGISTRY_STAMP.match(stripped) and len(stripped) <= 40:
        return "file-mark"
    return None


def is_banner(text: str) -> bool:
    """A classification banner noise_kind does not take: spaced letters or handling caveats."""
    text = text.replace("~", "").strip()
    if len(text) > 80:
        return False
    if BANNER_WITH_HANDLING.match(text):
        return True
    if SPACED_CAPITALS.match(text):
        words = re.split(r"\s{2,}", text) if "  " in text else text.split() if "-" in text else [text]
        collapsed = " ".join(re.sub(r"[-.\s]", "", w) for w in words).strip(" *")
        return bool(BANNER_PLAIN.match(collapsed))
    return False


def classify(text: str, offset: int = 0) -> list[Line]:
    """Lines of ``text`` with their kinds; a declassification block's detail lines join it."""
    lines = split_lines(text, offset)
    previous: Line | None = None  # the last non-blank line
    for line in lines:
        if not line.text.strip():
            continue
        line.kind = line_kind(line.text)
        if previous is not None and previous.kind == "declassification" and line.kind != "release":
            stripped = line.text.strip()
            if len(stripped) <= 60 and (DECLASSIFICATION_DETAIL.match(stripped) or DECLASSIFICATION.search(stripped)):
                line.kind = "declassification"
        previous = line
    return lines


def is_signature(text: str) -> bool:
    """A sign-off line: a name in capitals, initials, or "/s/"."""
    text = NAME_SUFFIX.sub("", text.strip())
    if not text or len(text) > 40:
        return False
    return bool(SIGNED.match(text) or INITIALS.match(text) or CAPS_NAME.match(text) or (CAPS_WORDS.match(text) and " " not in text))


def is_name_line(text: str) -> bool:
    """A short line that names someone or something (so never scan garbage)."""
    text = text.strip()
    return is_signature(text) or bool(PROPER_WORDS.match(NAME_SUFFIX.sub("", text)))


def is_frus_heading(text: str, last_numbered: int | None) -> bool:
    """A FRUS document heading, not an item of a numbered list (a note or a numbered paragraph)."""
    m = FRUS_HEADING.match(text)
    if not m or len(text) > 300:
        return False
    stripped = text.rstrip()
    follows_list = last_numbered is not None and int(m.group(2)) == last_numbered + 1
    if follows_list and (m.group(1) or stripped.endswith(".")):
        return False
    return not (stripped.endswith(".") and len(stripped.split()) > 14)


def is_dateline(text: str) -> bool:
    return bool(DATELINE.match(text))
