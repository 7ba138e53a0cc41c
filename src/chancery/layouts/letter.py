"""Letters: a salutation, the body, a closing and the signature, sometimes a letterhead above
and the addressee's name and address below.

"Dear Mr. President:" names the addressee by office, "Dear Jack:" by given name, "Dear Mr.
Menshikov:" by name; translations of Soviet letters open "Esteemed Mr. President" and notes
"To President Brezhnev,". "Sincerely, / Jimmy Carter", "L. Brezhnev" sign it; "The Honorable
Allen W. Dulles, / Director of Central Intelligence" or "His Excellency / Nikita S.
Khrushchev" addresses it.
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.noise import CAPS_NAME, CLOSING, CLOSING_WORDS, OPENING_DATE
from . import fallback, found, head_lines, party, rule, text_lines
from .crest import lone_signer

RULES = [
    rule(
        "salutation",
        r"^[\"“]?(?P<open>(?:My\s+)?[Dd][eco][ao][rn]|Esteemed|Respected|"
        r"Dear\s+and\s+Esteemed|To)\s+(?P<whom>(?:Mr\.|Mrs\.|Madame|Sir|Comrade|Dr\.|"
        r"President|Chairman|General|Ambassador|Secretary|"
        r"Prime\s+Minister)?\s*[A-Z][\w.'’ -]{0,40}?)\s*(?:[:,]-?\s*$|:\s+(?=[A-Z]))",
        "the salutation, naming the addressee",
        [
            "Dear Mr. President:",
            "Dear Jack:",
            "My dear Mr. Ambassador:",
            "Esteemed Mr. President:",
            "To President Brezhnev,",
            "“Dear Chris:",
            "Dear Doc: Yesterday I had a long talk with the Deputy Minister.",
            "My dear John:-",  # an older typist's colon and dash
        ],
        [
            "letters in FRUS",
            "presidential libraries",
            "CIA reading room",
            "Soviet letters in translation",
        ],
        [
            "To the Department of State:",
            "Dear Sirs and Madam, we have been asked to reply on behalf of the committee.",
        ],
    ),
    rule(
        "closing",
        rf"(?i)^(?:{CLOSING_WORDS})",
        "the closing before the signature",
        ["Sincerely yours,", "Faithfully,", "With warmest regards,", "With respect,"],
        ["letters"],
    ),
    rule(
        "signature",
        r"^(?:\((?i:signed)\)\s*|/?s/\s*|\[)?(?P<name>(?:[A-Z][a-z]*\.?\s+){0,3}[A-Z][\w'’-]+"
        r"(?:,\s+Jr\.)?|(?:[A-Z]+\.?\s+){1,3}[A-Z]{2,}[\w'’-]*)\]?[,.]?$",
        "the signer's name under the closing",
        [
            "Jimmy Carter",
            "L. Brezhnev",
            "Chester Bowles",
            "(signed) Chris",
            "(Signed) Dean Rusk",
            "s/ Dean Rusk",
            "DEAN RUSK",
            "[Dean Rusk]",
        ],
        ["letters"],
    ),
    rule(
        "address",
        r"^(?:The\s+(?:(?:Right|Rt\.?)\s+)?(?:Hon(?:ou?rable|\.)|\W?[I|l1]?[Oo]norable)|His\s+Excellency|"
        r"Her\s+Excellency)\b\s*(?P<rest>.*)$",
        "the addressee's name in an address block",
        [
            "The Honorable Allen W. Dulles,",
            "His Excellency",
            "The %Ionorable",
            "The Right Honorable",
        ],
        ["letters"],
    ),
    rule(
        "bare-address",
        r"^Hon(?:ou?rable|\.)\s+(?P<rest>(?!Members\b)[A-Z].*)$",
        "an address block's name with no article before the title (taken only where the "
        "salutation follows it: a list of copies names the Honorable too)",
        ["Honorable Richard Roe, Chairman", "Hon. John Q. Doe"],
        ["letters", "CIA reading room full text"],
        ["Honorable men may differ", "The Honorable Richard Roe", "Honorable Members of the House"],
    ),
    rule(
        "office-address",
        r"^[\"“]?(?P<open>)(?P<whom>(?:Mr\.|Madame)\s+(?:President|Secretary(?:\s+of\s+State)?|"
        r"Chairman|Prime\s+Minister|Minister|Ambassador))\s*(?::|,\s*$)",
        "a letter that opens by addressing the office alone, as Soviet notes in translation do",
        ["Mr. Secretary: I have the honor to inform you", "Mr. President:", "Mr. Chairman,"],
        ["Soviet letters in translation", "FRUS (1940s–50s)"],
        ["Mr. President said that he would come.", "Mr. Chairman, I think we should go on."],
    ),
    rule(
        "comrade-addressed",
        r"^(?:Comrade|Cde\.)\s+(?P<who>(?:[A-Z]\.\s?){0,2}[A-Z][a-z][\w'’-]+)\.?$",
        "the addressee under a Soviet-bloc paper's address (\"To the Minister of Foreign Affairs"
        ' ..." over "Comrade Gromyko")',
        ["Comrade Qwertov", "Cde. A. A. Qwertov"],
        ["Wilson Center translations (Soviet and East European covering letters)"],
        ["Comrade Qwertov said that the harvest was good."],
    ),
    rule(
        "page-title",
        r"^(?:President\s+)?(?P<writer>[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z]+){0,2})\s+"
        r"(?:to|writes(?:\s+to)?)\s+(?P<addressee>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\.?$",
        "a site's title over a letter it transcribes: its writer and addressee",
        [
            "Khrushchev to Kennedy",
            "Khrushchev writes Kennedy",
            "President John Q Doe to Richard Roe",
        ],
        ["mirror sites", "history sites' transcriptions"],
        ["Letters to the editor", "to Kennedy"],
    ),
]
(
    SALUTATION_RULE,
    CLOSING_RULE,
    SIGNATURE,
    ADDRESS,
    BARE_ADDRESS,
    OFFICE_ADDRESS,
    COMRADE_ADDRESSED,
    PAGE_TITLE,
) = (r.pattern for r in RULES)


def fit(doc: Document) -> float:
    return 0.3 if salutation_line(doc) or comrade_addressed(doc) else 0.0


ADDRESS_REACH = 3  # lines between "To the Minister ..." and the comrade it names
HEAD_CHARS = 2500  # characters of a paper its address stands within


def comrade_addressed(doc: Document):
    """ "To the Minister of Foreign Affairs of the Union" / "of Soviet Socialist Republics" /
    "Comrade Gromyko": the comrade a paper is addressed to, under its address (the line and
    the match)."""
    head = doc.text[:HEAD_CHARS]
    if "Comrade" not in head and "Cde." not in head:
        return None  # a plain search first: every fit asks
    # (below the archive's summary, a long line a head of the paper's lines would stop at)
    lines = text_lines(head)[:SALUTATION_LINES]
    for k, line in enumerate(lines):
        m = COMRADE_ADDRESSED.match(line.text)
        if m and any(
            above.text.startswith("To ") for above in lines[max(0, k - ADDRESS_REACH) : k]
        ):
            return line, m
    return None


SALUTATION_LINES = 20  # a web copy's caption and a letter's address block come before it


def salutation_line(doc: Document):
    for line in head_lines(doc, SALUTATION_LINES):
        m = SALUTATION_RULE.match(line.text) or OFFICE_ADDRESS.match(line.text)
        if m and not re.match(
            r"(?i)to\s+the\s+(?:department|embassy|secretary of state:)", line.text
        ):
            return line, m
    return None


GENERIC_ADDRESS = re.compile(r"(?i)^(?:friends?|sirs?|colleagues?|comrades?|madam|gentlemen)$")


def read(doc: Document) -> None:
    hit = salutation_line(doc)
    addressed_to = comrade_addressed(doc)
    if addressed_to and not doc.recipients:
        line, m = addressed_to
        whom = party(m.group("who"), line.start + m.start("who"))
        found(doc, "recipients", [whom], whom.start, whom.end, "comrade addressed")
    if not hit:
        return
    line, m = hit
    if doc.type == "other" and (doc.title or "").startswith("Message"):
        doc.type = None  # a head of government's "Message" with a salutation is a letter
    found(doc, "type", "letter", line.start, line.end, "salutation")
    if doc.type != "letter":
        return
    whom = m.group("whom").strip()
    start = line.start + m.start("whom")
    salutation = party(
        whom,
        start,
        role=whom
        if re.match(
            r"(?i)(?:Mr\.|Madame)\s+(?:President|Chairman|Secretary|Ambassador|Prime Minister)$|"
            r"President|Chairman|General Secretary",
            whom,
        )
        else None,
    )
    addressed = address_block(doc) or (
        inside_address(doc, line.start) if GENERIC_ADDRESS.match(whom) else None
    )
    if addressed or not GENERIC_ADDRESS.match(whom):  # "Dear Friend,": named elsewhere
        found(
            doc,
            "recipients",
            [addressed or salutation],
            salutation.start,
            salutation.end,
            "salutation" if not addressed else "address block",
        )
    signer = signature(doc) or letterhead(doc, line.start)
    if signer:
        found(doc, "sender", signer, signer.start, signer.end, "signature")
    for top in text_lines(doc.text[: line.start])[:3]:
        titled = PAGE_TITLE.match(top.text)
        if titled:  # a site's title over the letter: "Khrushchev to Kennedy"
            fallback(doc, "sender", party(titled.group("writer"), top.start), "page title")
            at = top.start + titled.start("addressee")
            fallback(doc, "recipients", [party(titled.group("addressee"), at)], "page title")
            break


def letterhead(doc: Document, before: int):
    """A name in capitals printed above the salutation ("W. AVERELL HARRIMAN")."""
    for line in text_lines(doc.text[:before])[:6]:
        if (
            CAPS_NAME.match(line.text)
            and not re.search(r"\d", line.text)
            and not OFFICE_LETTERHEAD.search(line.text)
            and not MARKING_WORDS.search(line.text)
        ):
            return party(line.text, line.start)
    return None


OFFICE_LETTERHEAD = re.compile(
    r"\b(?:SECRETARY|DEPARTMENT|OFFICE|WASHINGTON|HOUSE|EMBASSY|AGENCY|STATE|UNITED|"
    r"CENTRAL|DIRECTOR|MEMORANDUM)\b"
)
# A marking or its handling, however the scan cut it, as whole words: "SECRE SITIVE",
# "CONFIDENTIA L", "SENSI TIVE EYES ONLY", "SECRET NODIS" (a name like "SECREST" is no marking).
MARKING_WORDS = re.compile(
    r"\b(?:SECRET|SECRE|CONFIDENTIAL|CONFIDENTIA|CONFIDEN|SENSITIVE|SENSI|SITIVE|TIVE|"
    r"EYES\s+ONLY|NODIS|EXDIS|LIMDIS|GDS)\b"
)


def signature(doc: Document):
    """The first name-like line after the closing, else a name alone on the last line."""
    lines = text_lines(doc.text)
    for k, line in enumerate(lines):
        if CLOSING_RULE.match(line.text) or CLOSING.match(line.text):
            inline = re.search(
                r"(?:\(signed\)|/s/)\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)", line.text
            )
            if inline:
                return party(inline.group(1).strip(",. "), line.start + inline.start(1))
            for following in lines[k + 1 : k + 3]:
                if ADDRESS.match(following.text):
                    return None  # the addressee's block, not a signature: the letter is unsigned
                m = SIGNATURE.match(following.text)
                if m and not is_cut_office(m.group("name")):
                    return party(m.group("name"), following.start)
            return None
    return lone_signer(doc)  # "Mr. President: ... Dean Rusk", without a closing


OFFICE_WORDS_SIGNED = (
    "director",
    "secretary",
    "ambassador",
    "president",
    "chairman",
    "minister",
    "deputy",
    "assistant",
)


def is_cut_office(word: str) -> bool:
    """ "Direc" under a garbled signature is the office the scan cut off, not a name."""
    folded = word.strip(" .,").lower()
    return (
        len(folded) >= 4
        and " " not in folded
        and any(office.startswith(folded) for office in OFFICE_WORDS_SIGNED)
    )


# The inside address's first line, a titled name: "President Harry S. Truman," over the street.
TITLED_ADDRESSEE = re.compile(
    r"^(?:President|Mr\.|Mrs\.|Dr\.|Senator|General|Secretary|Ambassador)\s+"
    r"(?P<name>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}),?$"
)


def inside_address(doc: Document, salutation_at: int):
    """Whom "Dear Sir:" addresses: the titled name opening the address block above it."""
    above = text_lines(doc.text[:salutation_at])[-5:]
    for line in above:
        m = TITLED_ADDRESSEE.match(line.text)
        if m:
            written = line.text.rstrip(",")
            return party(written, line.start)
    return None


ADDRESS_LINES = 6  # lines of an address block: its name, office, committee, city ...


def addressed_below(lines: list, k: int) -> bool:
    """Whether the letter's first salutation follows the line within an address block's lines,
    no date between them (a letterhead's "Hon. John Doe" above the date is the writer's)."""
    salutation = next((j for j, line in enumerate(lines) if SALUTATION_RULE.match(line.text)), -1)
    return k < salutation <= k + ADDRESS_LINES and not any(
        OPENING_DATE.match(line.text) for line in lines[k + 1 : salutation]
    )


def address_block(doc: Document):
    """The addressee of "The Honorable Allen Dulles, / Central Intelligence Agency." (or OCR's
    "The %Ionorable")."""
    lines = text_lines(doc.text)
    for k, line in enumerate(lines):
        text = line.text
        m = ADDRESS.match(text)
        if m is None and text.startswith("Hon") and addressed_below(lines, k):
            m = BARE_ADDRESS.match(text)
        if not m:
            continue
        rest = m.group("rest").strip(" ,")
        if not rest and k + 1 < len(lines):
            rest, start = lines[k + 1].text.split(",")[0], lines[k + 1].start
        else:
            start = line.start + max(line.text.find(rest), 0)
        name = re.split(r",|\s+(?:Washington|Moscow|London|Paris)\b", rest)[0].strip()
        if name and re.match(r"[A-Z]", name):
            return party(name, start)
    return None
