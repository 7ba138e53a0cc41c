"""Describe: what a document is, when, where, how classified, from whom to whom, who took part.

Every value comes from a cue in the clean text (or a stamp, or the source note) and is
recorded with its evidence. A date the text does not state is never guessed exactly:
it becomes a range with its basis, or nothing.
"""

from __future__ import annotations

import re

from ..model import Document, Evidence, Party
from .dates import parse_date, parse_month_day, repair_ocr
from .noise import BANNER_WORDS, CAPS_NAME, CLOSING, DATELINE, SALUTATION, edit_distance, garbled_banner

HEAD_CHARS = 2500
LEVELS = ["Unclassified", "Official Use Only", "Confidential", "Secret", "Top Secret"]
CLASSIFICATION = re.compile(
    r"\b(TOP\s+SECRET|SECRET|CONFIDENTIAL|LIMITED\s+OFFICIAL\s+USE|OFFICIAL\s+USE\s+ONLY|UNCLASSIFIED)\b", re.I
)
HANDLING = re.compile(
    r"\b(Limit(?:ed)?\s+Distribution|Eyes\s+Only|Nodis|Exdis|Limdis|Noforn|No\s+Distribution|Personal\s+and\s+Confidential)\b", re.I
)
FRUS_HEADING = re.compile(r"^\s*(\d{1,4})\.\s+(\S.*)$")
FIELD = re.compile(r"(?im)^[ \t]*(DAT[EC]|SUBJECT|PLACE|FROM|TO|MEMORANDUM FOR|THROUGH|REF|Drafted by|Approved by)[ \t]*:[ \t]*(.*)$")
TYPE_HEADINGS = [
    (re.compile(r"(?im)^\W*memorandum\s+of\s+(?:a\s+)?conversation\b"), "memorandum of conversation"),
    (re.compile(r"(?im)^\W*(?:national|special\s+national)\s+intelligence\s+estimate\b|^\W*S?NIE\s+\d"), "intelligence estimate"),
    (re.compile(r"(?im)^\W*editorial\s+note\b"), "editorial note"),
    (re.compile(r"(?im)^\W*(?:record\s+of\s+(?:a\s+)?meeting|minutes\s+of\b|summary\s+record\s+of\b)"), "record of meeting"),
    (re.compile(r"(?im)^\W*(?:(?:incoming|outgoing|department\s+of\s+state)\s+)?telegram\b|^\W*(?:niact|flash|priority|immediate)\b.*$\n?.*\bfrom\b"), "telegram"),
    (re.compile(r"(?im)^\W*memorandum\s+for\b|^\W*memorandum\s*$|^\W*memorandum\s+from\b"), "memorandum"),
]
FRUS_TYPES = [
    (re.compile(r"(?i)^memorandum\s+of\s+(?:a\s+)?conversation"), "memorandum of conversation"),
    (re.compile(r"(?i)^editorial\s+note"), "editorial note"),
    (re.compile(r"(?i)^(?:telegram|airgram|despatch|circular)"), "telegram"),
    (re.compile(r"(?i)^letter\b"), "letter"),
    (re.compile(r"(?i)^message\b"), "letter"),
    (re.compile(r"(?i)^(?:memorandum|briefing\s+paper|paper|note\s+from|notes?\s+by)"), "memorandum"),
    (re.compile(r"(?i)^(?:minutes|record\s+of|summary\s+record|notes\s+of\s+(?:a\s+)?meeting|memorandum\s+for\s+the\s+record)"), "record of meeting"),
    (re.compile(r"(?i)^(?:special\s+)?national\s+intelligence\s+estimate|^intelligence\s+(?:memorandum|estimate)"), "intelligence estimate"),
]
TELEGRAM_FIELDS = re.compile(r"(?im)^\W*(?:control|rec'?d|action|info|priority|niact)\s*[:.]")
SIDE_HEADER = re.compile(
    r"^\W*(U\.?\s?S\.?(?:\s?S\.?\s?R\.?)?|United\s+States|Soviet\s+Union|USSR|Soviet\s+Side|American\s+Side|"
    r"U\.?\s?K\.?|United\s+Kingdom|Great\s+Britain|France|French|Germany|FRG|British|Soviet|American)\W*:?\s*$",
    re.I,
)
SIDE_NAMES = {
    "us": "US", "unitedstates": "US", "american": "US", "americanside": "US",
    "ussr": "USSR", "sovietunion": "USSR", "soviet": "USSR", "sovietside": "USSR",
    "uk": "UK", "unitedkingdom": "UK", "greatbritain": "UK", "british": "UK",
    "france": "France", "french": "France", "germany": "FRG", "frg": "FRG",
}
USSR_ROLE = re.compile(r"(?i)\bsoviet\b|\bUSSR\b|\bU\.S\.S\.R\.|\bKremlin\b|\bMoscow\s+Embassy\b")
US_ROLE = re.compile(
    r"(?i)\bAmerican\b|\bSecretary\s+of\s+State\b|\b(?:Under|Assistant|Deputy)\s+Secretary\b|\bDepartment\s+of\s+State\b|"
    r"\bOffice\s+of\b|\bU\.\s?S\.(?!\s?S)|\bWhite\s+House\b|\bPresident\s+of\s+the\s+United\s+States\b|\bDirector,\s"
)
HONORIFIC = re.compile(
    r"^(?:The\s+Honou?rable|His\s+Excellency|Her\s+Excellency|Honou?rable|Mr\.|Mrs\.|Miss|Ms\.|Dr\.|Sir)\s+", re.I
)
WASHINGTON_CUES = re.compile(r"(?i)\bWhite\s+House\b|\bSecretary'?s\s+office\b|\bDepartment\s+of\s+State\b|\bState\s+Department\b|\bWashington\b")
PLACE_IN_NOTE = re.compile(r"(?i)\b(?:held|took\s+place)\s+(?:at|in)\s+(?:the\s+)?([A-Z][\w.' ]+?)(?:[.,;]|$)")
PERSON_WORDS = r"((?:[A-Z][\w'\-]*\.?\s+){0,3}[A-Z][\w'\-]+)"
DRAFTED = re.compile(r"\bDrafted\s+by\s+" + PERSON_WORDS)
APPROVED = re.compile(r"\b[Aa]pproved\s+by\s+" + PERSON_WORDS)
NAME_WITH_ROLE = re.compile(r"^(?P<name>[^,(]+?)\s*(?:,\s*(?P<role>[^()]+?))?\s*(?:\((?P<paren>[^)]*)\))?\s*[,.]?\s*$")


def describe(doc: Document) -> Document:
    text = doc.text
    doc.source_note, note_text = source_note(doc)
    doc.frus = frus_number(doc)
    doc.type, type_basis = document_type(doc)
    if doc.type:
        doc.evidence["type"] = type_basis
    describe_date(doc, note_text)
    doc.title = title_of(doc)
    doc.classification, doc.handling = classification_of(doc, note_text)
    doc.participants = participants_of(text)
    doc.distribution = distribution_of(text)
    doc.sender, doc.recipients = correspondents(doc)
    if note_text:
        doc.drafted_by = party_from(DRAFTED, note_text)
        doc.approved_by = party_from(APPROVED, note_text)
    fields = header_fields(text)
    if not doc.drafted_by and fields.get("DRAFTED BY"):
        doc.drafted_by = Party(fields["DRAFTED BY"][0], display_name(fields["DRAFTED BY"][0]))
    doc.place = place_of(doc, note_text, fields)
    doc.collection = collection_of(doc)
    return doc


def source_note(doc: Document) -> tuple[str | None, str]:
    for note in doc.footnotes:
        if note.marker == "0" or note.text.lower().startswith("source:"):
            if note.text.lower().startswith("source:"):
                value = note.text.split(":", 1)[1].strip()
                return value, value
    return None, ""


def frus_number(doc: Document) -> dict | None:
    first_line = doc.text.lstrip().split("\n", 1)[0]
    m = FRUS_HEADING.match(first_line)
    meta = doc.source.meta
    if m and (doc.source_note or doc.footnotes or meta.get("frus_volume") or len(m.group(2)) < 200):
        return {"volume": meta.get("frus_volume"), "number": int(m.group(1))}
    if meta.get("frus_number"):
        return {"volume": meta.get("frus_volume"), "number": int(meta["frus_number"])}
    return None


def form_stamps(doc: Document) -> list[str]:
    return [s.text for s in doc.stamps if s.kind == "form"]


def is_routing_slip(doc: Document) -> bool:
    forms = letters_for_digits(" ".join(form_stamps(doc))).upper()
    return "ROUTING" in forms or ("NAME AND ADDRESS" in forms and "NITIALS" in forms)


def document_type(doc: Document) -> tuple[str | None, Evidence | None]:
    text = doc.text
    if doc.frus:
        heading = FRUS_HEADING.match(text.lstrip().split("\n", 1)[0]).group(2)
        for pattern, kind in FRUS_TYPES:
            if pattern.match(heading):
                return kind, Evidence(0, len(heading), "FRUS heading")
    if is_routing_slip(doc):
        return "routing slip", Evidence(-1, -1, "form: routing slip")
    head = letters_for_digits(text[:HEAD_CHARS])
    for pattern, kind in TYPE_HEADINGS:
        m = pattern.search(head)
        if m:
            return kind, Evidence(m.start(), m.end(), "heading")
    if re.search(r"(?im)^\W*part[il1]c[il1]pants\s*:", head):
        return "memorandum of conversation", Evidence(-1, -1, "participants list")
    if len(TELEGRAM_FIELDS.findall(head)) >= 2:
        return "telegram", Evidence(-1, -1, "telegram header fields")
    for line_match in re.finditer(r"(?m)^.*$", head):
        if SALUTATION.match(line_match.group()):
            return "letter", Evidence(line_match.start(), line_match.end(), "salutation")
    if doc.frus:
        return "other", Evidence(-1, -1, "FRUS heading")
    return ("other", Evidence(-1, -1, "no cue")) if text.strip() else (None, None)


OCR_DIGIT_IN_WORD = re.compile(r"\b[A-Za-z]*[01][A-Za-z]+\b|\b[A-Za-z]+[01][A-Za-z]*\b")


def letters_for_digits(text: str) -> str:
    """OCR reads O as 0 and l as 1 inside words ("MEM0RANDUM"); same length, so spans still hold."""
    return OCR_DIGIT_IN_WORD.sub(lambda m: m.group().replace("0", "O").replace("1", "l"), text)


def header_fields(text: str) -> dict[str, tuple[str, int, int]]:
    fields = {}
    for m in FIELD.finditer(text[:HEAD_CHARS]):
        name = m.group(1).upper().replace("DATC", "DATE")
        value = m.group(2).strip()
        start = m.start(2)
        if not value:  # the value is on the next line
            rest = text[m.end():m.end() + 300].lstrip("\n")
            value = rest.split("\n", 1)[0].strip()
            start = m.end() + (len(text[m.end():m.end() + 300]) - len(rest))
        fields.setdefault(name, (value, start, start + len(value)))
    return fields


def describe_date(doc: Document, note_text: str) -> None:
    text = doc.text
    meta_date = doc.source.meta.get("date")
    if meta_date:
        doc.date, doc.date_basis = meta_date, "source metadata"
        doc.evidence["date"] = Evidence(-1, -1, "source metadata")
        return
    fields = header_fields(text)
    if "DATE" in fields:
        value, start, _ = fields["DATE"]
        found = parse_date(repair_ocr(value))
        if found:
            doc.date, doc.date_basis = found[0], "DATE field"
            doc.evidence["date"] = Evidence(start + found[1], start + found[2], "DATE field")
            return
    if doc.type == "routing slip":
        # A form is dated where it is filled in, usually its last lines.
        for m in reversed(list(re.finditer(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text))):
            found = parse_date(m.group())
            if found:
                doc.date, doc.date_basis = found[0], "date on the form"
                doc.evidence["date"] = Evidence(m.start(), m.end(), "date on the form")
                return
    # A dateline: a line near the top that is a date (optionally "Place, Date").
    offset = 0
    for line in text[:HEAD_CHARS].split("\n"):
        stripped = repair_ocr(line.strip())
        if stripped and (DATELINE.match(stripped) or TELEGRAM_DATELINE.match(stripped)):
            found = parse_date(stripped)
            if found:
                at = offset + len(line) - len(line.lstrip())
                doc.date, doc.date_basis = found[0], "dateline"
                doc.evidence["date"] = Evidence(at + found[1], at + found[2], "dateline")
                return
        offset += len(line) + 1
    if note_text:
        infer_range_from_note(doc, note_text)


TELEGRAM_DATELINE = re.compile(r"^[A-Z][A-Za-z .]+,\s+\w+\.?\s+\d{1,2},\s+\d{4}(?:,\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s*m\.?)?\.?$")


def infer_range_from_note(doc: Document, note_text: str) -> None:
    """'Drafted ... on September 16' bounds the date from above, when a year is known."""
    year = None
    years = re.findall(r"\b(19[4-9]\d)\b", " ".join([note_text, doc.source.meta.get("volume_title", "")]))
    found = parse_date(note_text)
    if found:
        doc.date_range = [found[0][:4] + "-01-01", found[0]] if len(found[0]) == 10 else None
        doc.date_basis = f"source note: {note_text[max(0, found[1] - 20):found[2]].strip()}"
        return
    if len(set(years)) == 1:
        year = int(years[0])
    drafted = re.search(r"Drafted[^.]*?\bon\s+([A-Z][a-z]+\.?\s+\d{1,2})", note_text)
    if year and drafted:
        month_day = parse_month_day(drafted.group(1))
        if month_day:
            month, day = month_day[0], month_day[1]
            doc.date_range = [f"{year}-01-01", f"{year}-{month:02d}-{day:02d}"]
            doc.date_basis = f"source note: drafted {drafted.group(1)}"


def title_of(doc: Document) -> str | None:
    if doc.type == "routing slip":
        return "Official Routing Slip"
    fields = header_fields(doc.text)
    if "SUBJECT" in fields:
        value, start, end = fields["SUBJECT"]
        if value:
            doc.evidence["title"] = Evidence(start, end, "SUBJECT field")
            return normalize_quotes(value)
    if doc.frus:
        # FRUS pages print the subject as the first one-item list after the heading.
        blocks = bullet_blocks(doc.text)
        if blocks and len(blocks[0]) == 1 and not SIDE_HEADER.match(blocks[0][0][1]):
            _, value, start = blocks[0][0]
            doc.evidence["title"] = Evidence(start, start + len(value), "FRUS subject line")
            return normalize_quotes(value)
    return None


def normalize_quotes(value: str) -> str:
    return value.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').strip()


BULLET = re.compile(r"^(?P<indent>[ \t]*)[•·▪\-*]\s+(?P<item>\S.*?)\s*$")


def bullet_blocks(text: str) -> list[list[tuple[int, str, int]]]:
    """Consecutive bulleted lines (indent, item, offset), block by block, near the top."""
    blocks: list[list[tuple[int, str, int]]] = []
    current: list[tuple[int, str, int]] = []
    offset = 0
    for line in text[:HEAD_CHARS * 2].split("\n"):
        m = BULLET.match(line)
        if m:
            current.append((len(m.group("indent").expandtabs(4)), m.group("item"), offset + m.start("item")))
        else:
            if current:
                blocks.append(current)
                current = []
            if blocks and len(line) > 120:
                break  # the body has begun
        offset += len(line) + 1
    if current:
        blocks.append(current)
    return blocks


def classification_of(doc: Document, note_text: str) -> tuple[str | None, list[str]]:
    found: list[str] = []
    handling: list[str] = []
    if doc.type != "routing slip":
        found += [closest_banner(s.text.replace("~", "")) for s in doc.stamps if s.kind == "classification"]
        found += [s.text for s in doc.stamps if s.kind == "page-header" and CLASSIFICATION.search(s.text)]
    head = doc.text[:600]
    for m in re.finditer(r"(?m)^\W*(" + CLASSIFICATION.pattern + r")\W*$", head):
        found.append(m.group(1))
    if note_text:
        # "... CF 1183. Secret; Limit Distribution." (OCR may have damaged the word)
        for m in re.finditer(r"(?:^|[.;]\s+)([A-Za-z01 ]{4,20})\s*[;.]", note_text):
            if level_of(m.group(1)) or garbled_banner(m.group(1)):
                found.append(closest_banner(m.group(1)))
        handling += [normalize_handling(h) for h in HANDLING.findall(note_text)]
    for stamp in doc.stamps:
        if stamp.kind == "classification":
            handling += [normalize_handling(h) for h in HANDLING.findall(stamp.text)]
    levels = [level_of(f) for f in found]
    levels = [lv for lv in levels if lv is not None]
    best = max(levels, key=LEVELS.index) if levels else None
    return best, list(dict.fromkeys(handling))


def closest_banner(text: str) -> str:
    """The classification a (possibly OCR-damaged) marking stands for."""
    if level_of(text):
        return text
    upper = text.strip().upper()
    return min(BANNER_WORDS, key=lambda banner: edit_distance(upper, banner, 20))


def level_of(text: str) -> str | None:
    m = CLASSIFICATION.search(text.replace("~", ""))
    if not m:
        return None
    word = " ".join(m.group(1).split()).lower()
    return {
        "top secret": "Top Secret", "secret": "Secret", "confidential": "Confidential",
        "limited official use": "Official Use Only", "official use only": "Official Use Only", "unclassified": "Unclassified",
    }[word]


def normalize_handling(value: str) -> str:
    value = " ".join(value.split())
    return value.title() if len(value) > 6 else value.capitalize()


def display_name(written: str) -> str:
    """A readable name from the words as written: honorifics off, capitals made title case."""
    name = HONORIFIC.sub("", written.strip().strip(",.;:")).strip()
    name = re.sub(r"\s+", " ", name)
    if name.isupper():
        name = " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize() for w in name.split())
    return name


def party_from(pattern: re.Pattern, text: str) -> Party | None:
    m = pattern.search(text)
    if not m:
        return None
    written = m.group(1).strip()
    return Party(written, display_name(written))


def participants_of(text: str) -> list[Party]:
    """From a 'PARTICIPANTS:' block (sides as group headers) or a FRUS participants list."""
    m = re.search(r"(?im)^\W*part[il1]c[il1]pants\s*:", text[:HEAD_CHARS])  # OCR: "PARTlCIPANTS"
    if m:
        return participants_block(text, m.end())
    blocks = bullet_blocks(text)
    if FRUS_HEADING.match(text.lstrip().split("\n", 1)[0]) and blocks:
        people = blocks[1] if len(blocks) > 1 and len(blocks[0]) == 1 else blocks[0]
        return participants_bullets(people)
    return []


def participants_block(text: str, start: int) -> list[Party]:
    parties: list[Party] = []
    side = None
    offset = start
    previous_open = False
    pending = ""  # an entry whose role continues on the next line
    for line in text[start:start + 3000].split("\n"):
        stripped = line.strip()
        line_start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        if not stripped:
            continue
        if re.match(r"(?i)^\W*(copies\s+to|distribution|subject|date)\s*:", letters_for_digits(stripped)) or len(stripped) > 120:
            break
        if re.match(r"^[A-Z0-9 /&.-]{3,30}:\s*$", stripped):
            break  # the next header field, however OCR spelled it
        if len(stripped.split()) >= 8 and stripped.endswith((".", "?", "!", '"', "”")):
            break  # a sentence: the conversation itself has begun
        header = SIDE_HEADER.match(stripped)
        if header:
            side = side_name(header.group(1))
            previous_open = False
            continue
        if previous_open and parties:
            pending = f"{pending} {stripped}"
            parties[-1] = party_from_entry(pending, parties[-1].start, line_start + len(stripped), parties[-1].side)
        else:
            pending = stripped
            parties.append(party_from_entry(stripped, line_start, line_start + len(stripped), side))
        previous_open = stripped.endswith(",")
    return infer_sides(parties)


def participants_bullets(items: list[tuple[int, str, int]]) -> list[Party]:
    parties: list[Party] = []
    side, side_indent = None, -1
    for indent, item, start in items:
        header = SIDE_HEADER.match(item)
        if header:
            side, side_indent = side_name(header.group(1)), indent
            continue
        parties.append(party_from_entry(item, start, start + len(item), side if indent > side_indent else None))
    return infer_sides(parties)


def side_name(written: str) -> str:
    key = re.sub(r"[^a-z]", "", written.lower())
    return SIDE_NAMES.get(key, written.strip())


def party_from_entry(entry: str, start: int, end: int, side: str | None) -> Party:
    entry = " ".join(entry.split())
    entry_for_name = re.sub(r",\s*(Jr\.|Sr\.|II|III)(?=,|$)", r" \1", entry)  # "Bissell, Jr., Deputy ..." keeps Jr.
    m = NAME_WITH_ROLE.match(entry_for_name)
    name, role = (m.group("name"), m.group("role") or m.group("paren")) if m else (entry, None)
    if m and m.group("role") and m.group("paren"):
        role = f"{m.group('role')} ({m.group('paren')})"
    return Party(as_written=entry.rstrip(","), name=display_name(name), start=start, end=end, side=side, role=role)


def infer_sides(parties: list[Party]) -> list[Party]:
    """Sides from the roles ('Soviet Ambassador', 'Secretary of State'), then from neighbours."""
    for party in parties:
        if party.side is None and party.role:
            if USSR_ROLE.search(party.role):
                party.side = "USSR"
            elif US_ROLE.search(party.role):
                party.side = "US"
    for i, party in enumerate(parties):
        if party.side is None:
            before = next((p.side for p in reversed(parties[:i]) if p.side), None)
            after = next((p.side for p in parties[i + 1:] if p.side), None)
            if before and before == after:
                party.side = before
    return parties


def distribution_of(text: str) -> list[str]:
    m = re.search(r"(?im)^\W*(?:copies\s+to|distribution|cc)\s*:[ \t]*", text)
    if not m:
        return []
    items: list[str] = []
    rest = text[m.end():m.end() + 1500]
    first = True
    for line in rest.split("\n"):
        stripped = line.strip()
        if not stripped:
            if first:
                continue
            break
        first = False
        if len(stripped) > 100:
            break
        cells = re.split(r"\t+|\s{2,}|,\s*|;\s*", stripped)
        items += [c.strip() for c in cells if re.search(r"[A-Za-z]", c)]
    return items


def correspondents(doc: Document) -> tuple[Party | None, list[Party]]:
    text = doc.text
    fields = header_fields(text)
    sender, recipients = None, []
    if doc.type == "telegram" and "FROM" in fields and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", fields["FROM"][0]):
        pass  # a telegram's FROM names the post it came from, a place, not a person
    elif "FROM" in fields and fields["FROM"][0]:
        value, start, end = fields["FROM"]
        sender = Party(value, display_name(value), start, end)
    for key in ("TO", "MEMORANDUM FOR"):
        if key in fields and fields[key][0]:
            value, start, end = fields[key]
            recipients.append(Party(value, display_name(value), start, end))
    if doc.type == "routing slip":
        recipients += routing_addressees(doc)
        return sender, recipients
    if doc.type == "telegram" and sender is None:
        # A telegram is signed with the sender's surname in capitals on its last line ("THOMPSON").
        lines = line_spans(text)
        if lines and re.fullmatch(r"[A-Z][A-Z'-]{3,}", lines[-1][0]):
            written, start, end = lines[-1]
            sender = Party(written, display_name(written), start, end)
    if doc.type != "letter":
        return sender, recipients
    lines = line_spans(text)
    # Letterhead: a name in capitals among the first lines.
    for stripped, start, end in lines[:6]:
        if CAPS_NAME.match(stripped) and not DATELINE.match(stripped):
            sender = sender or Party(stripped, display_name(stripped), start, end)
            break
    address = address_block(lines)
    if address:
        recipients.append(address)
    # Signature: the first name-like line after the closing.
    for i, (stripped, start, end) in enumerate(lines):
        if CLOSING.match(stripped):
            for following, s2, e2 in lines[i + 1:i + 3]:
                if ADDRESS_OPENER.match(following):
                    break
                if re.match(r"^(?:[A-Z]\.\s*)*[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'-]+){1,3}$", following):
                    sender = sender or Party(following, display_name(following), s2, e2)
                    break
            break
    if not recipients:
        for stripped, start, end in lines[:15]:
            m = SALUTATION.match(stripped)
            if m:
                written = re.sub(r"(?i)^\s*(?:my\s+)?dear\s+", "", stripped).rstrip(":,").strip()
                recipients.append(Party(written, display_name(written) if not written.startswith("Mr. Chairman") else written, start, end))
                break
    return sender, recipients


def line_spans(text: str) -> list[tuple[str, int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            spans.append((stripped, start, start + len(stripped)))
        offset += len(line) + 1
    return spans


ADDRESS_OPENER = re.compile(r"^(?:The\s+Honou?rable|His\s+Excellency|Her\s+Excellency|Honou?rable)\b\s*(.*)$", re.I)


def address_block(lines: list[tuple[str, int, int]]) -> Party | None:
    """'The Honorable Allen W. Dulles / Washington' or 'His Excellency / Nikita S. Khrushchev, / Chairman ...'."""
    for i, (stripped, start, end) in enumerate(lines):
        m = ADDRESS_OPENER.match(stripped)
        if not m:
            continue
        rest = m.group(1).strip()
        if rest:
            name = re.split(r",|\s+(?:Washington|Moscow|London|Paris|New\s+York)\b", rest)[0]
            return Party(stripped, display_name(name), start, start + len(stripped))
        if i + 1 < len(lines):
            following, s2, e2 = lines[i + 1]
            name = following.split(",")[0]
            return Party(f"{stripped} {following}", display_name(name), start, e2)
    return None


def routing_addressees(doc: Document) -> list[Party]:
    """Names in the NAME AND ADDRESS rows of a routing slip (in the text or kept as form stamps)."""
    found = []
    sources = [doc.text] + [s.text for s in doc.stamps if s.kind in ("form", "garbage")]
    for source in sources:
        for m in re.finditer(r"(?m)^[\s\d]*\t\s*(Mr\.|Mrs\.|Dr\.|Gen\.)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[ \t]*(?:\t|$))", source):
            written = f"{m.group(1)} {m.group(2)}"
            if written not in [p.as_written for p in found]:
                found.append(Party(written, display_name(written)))
    return found


def place_of(doc: Document, note_text: str, fields: dict) -> str | None:
    if "PLACE" in fields and fields["PLACE"][0]:
        return fields["PLACE"][0].rstrip(".")
    for stripped, start, end in line_spans(doc.text[:HEAD_CHARS]):
        m = re.match(r"^([A-Z][A-Za-z .]+),\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})", stripped)
        if m and len(m.group(1)) < 30:
            doc.evidence["place"] = Evidence(start, start + len(m.group(1)), "dateline")
            return m.group(1).strip()
    held = PLACE_IN_NOTE.search(note_text or "")
    if held:
        return "Washington" if WASHINGTON_CUES.search(held.group(1)) else held.group(1).strip()
    if "DATE" in fields:
        # A memorandum's header often names the room ("Secretary's office") below the date.
        after = doc.text[fields["DATE"][2]:fields["DATE"][2] + 200]
        if WASHINGTON_CUES.search(after.split("SUBJECT")[0]):
            return "Washington"
    return None


def collection_of(doc: Document) -> str | None:
    if doc.release and (doc.release.get("id") or "").upper().startswith("CIA-RDP"):
        return "crest"
    if doc.frus or (doc.source_note and doc.footnotes):
        return "frus"
    return None
