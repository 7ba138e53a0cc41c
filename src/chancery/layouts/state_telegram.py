"""State Department telegrams before automation (1940s–1960s), as sent and as FRUS prints them.

A received copy carries a header block ("INCOMING TELEGRAM", "FROM: Moscow", "TO: Secretary of
State", "NO: 1595, February 12, 4 p.m."). The text opens with the message number and often
says whom it is for and from whom ("3512. For the Secretary from Ambassador.", "Eyes only
for Secretary, from Lodge.", "Personal for Thompson EE."), and ends with the signer's surname
on a line of its own ("Harriman", "THOMPSON"). The signer is the sender; "for" names the
addressees, "from" the sender when the signature is cut off.
"""

from __future__ import annotations

import re

from ..authority.not_people import names_a_place, names_no_one
from ..authority.offices import is_institution, office_of, post_place
from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import FULL_DATE, MONTHS
from . import PROSE, SENTENCE_END, found, found_date, head_lines, party, rule, text_lines
from .cable import post_city
from .dateline import WEEKDAY_NAME
from .parties import HOLDER, correspondent, names_listed

RULES = [
    rule(
        "for-from",
        r"(?:^|\.\d{0,2}\s+|^[\w-]+\s+\d+\.\s+|"
        # ("39. London for Secretary.": the post where he is, before "for")
        r"^\d+\.\s+(?:[A-Z][a-z]+\s+\d+\.\s+|[A-Z][a-z]+\s+(?=for\s))?)\(?(?:(?:Strictly\s+)?(?:Eyes|"
        r"Personal)\s+(?:[Oo]nly\s+)?(?:[Ff]or\s+)?|"
        # ("Top secret for eyes only of Douglas from Marshall.")
        r"(?:(?:Top\s+)?[Ss]ecret\s+)?[Ff]or\s+eyes\s+only\s+of\s+|(?:[Ff]or|"
        r"FOR|[Pp]lease\s+pass(?:\s+to)?)\s+|"
        # ("770. Durbrow from Parsons.": whom it is for without the "For"; but "74. Doe from
        # Roe. Eyes only for Lovett from Marshall." is the channel's, before the writer's own)
        r"(?<=\d\.\s)(?=[A-Z][a-z]+\s+from\s+[A-Z][a-z]+\.(?!.*\b[Ff]or\b.*\bfrom\b)))"
        # (several, in a series: "711. For Bunker, Bennett, and Palmer.")
        r"(?P<for>(?:the\s+)?(?:(?:Dr|Mr|Mrs)\.\s+)?[A-Z][\w.'’/ -]*?"
        # (each a name of a word or two, not an office: "For Reveley, Mexican Division."; the
        # places, offices and days among them are left out after: series_addressees)
        r"(?:,\s+(?:and\s+)?(?!Dept\b|[A-Z][a-z]+\s+(?:Division|Office|Bureau|Section|Desk|Affairs)\b)"
        r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)*"
        r"(?:(?<=[a-z])\s+and\s+[A-Z][a-z][\w'’-]*)?)"
        # ("For Secretary—eyes only—from Smith": the handling between dashes)
        r"(?:\s*\([^)]*\))?(?:(?<![Ee]yes)\s+only)?(?:(?:,?\s+|\s*[—–]\s*eyes\s+only\s*[—–]\s*)(?:from|From|"
        r"FROM)\s+(?P<from>(?:the\s+)?(?:(?:Amb|Gen|Adm|Sec|Dep|Asst|Assist)\.\s+(?=[A-Z]))?"
        r"[A-Z][\w.'’ -]*?))?(?:\s+EE)?(?:\s+only)?(?:,\s+Dept)?"
        # (not the stop of "Dr." or "Mr.": "For the President and Dr. Brzezinski only."; a
        # cable's line in capitals has its own rule)
        # (nor an office cut short before the name: "For Assist. Sec. Bundy from Amb Green.",
        # though "For the Amb." ends there)
        r"\s*(?:(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bAssist)(?<!\bAsst)"
        r"(?:(?<!\bSec)(?<!\bAmb)(?<!\bDep)(?<!\bGen)|(?![.:]\s+(?:[A-Z][\w’'.]*\s+){1,3}(?:from|From)\b))"
        r"[.:](?:\d{1,2}\b)?|(?<=[a-z])$"
        # ("For Ambassador Doe; Zenda for Ambassador Roe.": a second post's addressee after it)
        r"|;(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+for\s))",
        "whom a telegram is for, and from whom",
        [
            "3512. For the Secretary from Ambassador.",
            "15. Eyes only for Secretary, from Lodge.",
            "3221. For S/AL Thompson and EUR Tyler.",
            "2505. Personal for Thompson EE.",
            "Tocah 165. For the Secretary from the President.",
            "1519. For the Secretary (Eyes Only).",
            "320. For the President from the Vice President.",
            "1902. Eyes only Secretary.",
            "2210. Secdel 317. For Bohlen from Matthews.4",
            "144480. Ref: Moscow 5368.2 For Ambassador From Secretary.",
            "683. For Acting Secretary Lovett’s eyes only from Smith.",
            "2207. Secdel 12. Personal for Doe for his eyes only from Roe.",
            "123456. For Dr. Brzezinski only. Quote.",
            "2210. Strictly Eyes Only for Ambassador Abel and Chargé Baker from the Secretary.",
            "Unnumbered. Please pass Secretary Doe from Ambassador Roe:",
            "For Secretary from Roe",  # a line of its own, without its full stop
            "2541. For Secretary—eyes only—from Smith.",
            "68027. For the President and Dr. Brzezinski only.",
            "931. Eyes only Bruce and Byroade, Dept. No other distribution whatsoever.",
            "39. London for Secretary. Department for Hoover.",
            "Secto 264/4975. For Eagleburger only from the Secretary.",
            "33. (For Collado.)",  # the editors' heading addressed his office
            "2151. Top secret for eyes only of Doe from Roe. Please see the Minister today.",
            "912. For Assist. Sec. Doe from Amb Roe. Ref: Deptel 44.",
            "14. For Dep. Asst. Sec. Doe from Amb. Roe.",
            "312. Doe from Roe. Deeply concerned at the news.",
            "74. Doe from Poe. Eyes only for Lovett from Roe. Your 761 refers.",
            "183243. For Ambassador Doe; Zenda for Ambassador Roe. Subject: The harvest.",
            "711. For Doe, Roe, and Poe. Your reports indicate a worse situation.",
        ],
        ["FRUS telegrams", "State Department telegrams"],
        [
            "For the record, the Ambassador said that he had no instructions.",
            "80. For the Secretary, Under Secretary and Doe only and any further handling they "
            "may choose.",
        ],
    ),
    rule(
        "also-for",
        r"\b(?:[A-Z][a-z]+\s+)?eyes\s+only\s+for\s+(?P<for>(?:the\s+)?Secretary(?:\s+of\s+State)?|"
        r"(?:the\s+)?President)\b"
        # "Department for Hoover.", "CINCPAC POLAD exclusive for Adm Felt.": one at another post
        r"|(?:\b(?:Department|Dept|[A-Z]{4,}(?:\s+[A-Z]{4,})?)|(?<=;\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
        r"\s+(?:exclusive\s+)?for\s+"
        r"(?P<at_post>(?:(?:Adm|Gen|Amb|Mr|Dr)\.?\s+|Ambassador\s+)?[A-Z][a-z]+)\.",
        "a second addressee named in the same line",
        [
            "For the President from the Vice President. Geneva eyes only for Secretary of State.",
            "39. London for Secretary. Department for Hoover.",
            "505. Eyes only for the Secretary. CINCPAC POLAD exclusive for Adm Felt.",
            "183243. For Ambassador Doe; Zenda for Ambassador Roe. Subject: The harvest.",
        ],
        ["FRUS telegrams"],
    ),
    rule(
        "pass-for",
        # A late-1970s telegram's line of whom to pass it to, after its subject: "Pass White House
        # for the President and Dr. Doe from the Secretary.", "Department for Doe and Roe.",
        # "Bonn for Dr. Doe." (a post and whom it is for there), "—Please pass to Secretary Roe."
        r"(?:(?<=\.\s)|(?<=[—–]))(?:(?:Please\s+)?[Pp]ass\s+(?:to\s+)?"
        r"(?:(?P<via>(?:the\s+)?White\s+House|(?:the\s+)?Department|[A-Z][a-z]+)\s+for\s+)?|"
        r"(?P<post>Department|Dept\.?|White\s+House|[A-Z][a-z]+)\s+for\s+)"
        r"(?P<for>(?:the\s+)?(?:(?:Dr|Mr|Mrs|Amb|Gen|Adm)\.\s+)?[A-Z][\w'’ -]{0,80}?"
        r"(?:,?\s+and\s+(?:the\s+)?(?:(?:Dr|Mr|Mrs|Amb|Gen|Adm)\.\s+)?[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*)?)?)"
        r"(?:\s+from\s+(?:the\s+)?[A-Z][\w'’ -]{0,80}?)?(?:\s+only)?\.(?=\s|$)",
        "whom a telegram is to be passed to, and at which post",
        [
            "Secto 123. Subject: Talks. Pass White House for the President and Dr. Doe from the "
            "Secretary.",
            "Secto 123. Subject: Talks. Department for Doe and Roe.",
            "Secto 45. Subject: Talks. For Acting Secretary—Please pass to Secretary Roe.",
            "Secto 45. Subject: Talks. Bonn for Dr. Doe.",
        ],
        ["FRUS telegrams (1970s–1980s)"],
        ["Subject: Request for Assistance.", "We thanked Roe for Doe’s message. Roe for his part."],
    ),
    rule(
        "signature",
        r"^(?:/s/\s*)?(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|"
        r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+|[A-Z]{3,}(?:[- ][A-Z]{3,})?)\.?$",
        "the signer's surname (or full name) on the last line",
        ["Harriman", "THOMPSON", "Toon", "Acheson", "John F. Kennedy."],
        ["FRUS telegrams", "State Department telegrams"],
        ["Thank you.", "Sincerely yours,"],
    ),
    rule(
        "message-for",
        r"^(?:\d+\.\s+)?(?:(?:Please\s+)?(?:[Dd]eliver|pass)\s+)?(?:the\s+)?[Ff]ollowing\s+(?:personal\s+)?message\s+(?:for\s+delivery\s+(?:soonest\s+)?)?"
        r"(?:to\s+(?P<to>[A-Z][\w.'’ -]*?)\s+from\s+(?P<from>(?:the\s+)?[A-Z][\w.'’ "
        r"-]*?)|from\s+(?P<from2>(?:the\s+)?[A-Z][\w.'’ "
        r"-]*?)\s+to\s+(?P<to2>(?:the\s+)?[A-Z][\w.'’ -]*?))(?:\s+soonest)?\s*[:.]",
        "a telegram carrying a message: its author and addressee",
        [
            "1131. Following message for delivery soonest to Gromyko from the Secretary:",
            "Please deliver following message from the President to Prime Minister Macmillan:",
            "384. Deliver following message from President to President Chiang Kai-shek soonest.",
            "Please pass following message to President Kennedy from Prime Minister Macmillan.",
        ],
        ["FRUS telegrams (1950s–1960s)"],
        ["The following message was received from Moscow today."],
    ),
    rule(
        "header-field",
        r"^(?P<field>FROM|TO|NO|DATE|REC'?D|Rec'?d|RECEIVED|Received|CONTROL|Control|"
        r"ACTION|Action|INFO|Info|SENT\s+TO|SUBJECT|THROUGH)"
        r"\s*[:.]\s*(?P<value>.+)$",
        "a field of a received telegram's header block",
        [
            "FROM: Moscow",
            "TO: Secretary of State",
            "NO: 1595, February 12, 4 p.m.",
            "REC'D: February 12, 1959, 11:02 a.m.",
            "Recd: January 15, 1953 7:21 p.m.",
            "Rec'd: June 6, 1962, 1:12 a.m.",
            "Control: 5627",
        ],
        ["State Department telegrams (1950s–1960s)"],
    ),
    rule(
        "outgoing-stamp",
        r"^(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<day>\d{1,2})\s+"
        r"\d{1,2}:\d\d\s*[AP]M\s*['‘’](?P<year>\d\d)\b",
        "the time stamp of the Department's outgoing telegram form (sent from Washington)",
        ["JUN 16 11:00 AM ‘67 [161500Z]", "OCT 22 7:15 PM '62"],
        ["State Department outgoing telegrams in presidential library files (1960s)"],
        ["JUNE 16, 1967"],
    ),
    rule(
        "dated-received",
        rf"^(?:\d+\s+)?(?P<post>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s+via\s+\w+)?\s+Dated\s+"
        rf"(?P<date>{FULL_DATE})\s+Rec['’]?d\b",
        "the 1940s incoming telegram form's line: number, post, the day it was sent, its receipt",
        ["4521 Paris via Army Dated March 9, 1947 Rec'd 11:05 a.m. |"],
        ["State Department incoming telegrams (1940s), library and web copies"],
        ["Your letter dated February 22, 1946 was received today."],
    ),
    rule(
        "from-only",
        # (the conference's series before the number: "Confe 1039. From Doe.")
        r"^(?:[A-Z][a-z]{2,5}\s+)?\d+\.\s+(?:(?:Eyes|Personal)\s+only\s+)?(?:from|From)\s+"
        # (not a time: "From Monday to Friday ...")
        rf"(?!(?:{MONTHS}|{WEEKDAY_NAME})\b)"
        r"(?P<from>(?:the\s+)?[A-Z][\w.'’ -]*?)"
        # ("3446. From Doe for Roe.": whom it is for after the writer; "for Roe only" too)
        r"(?:\s+for\s+(?P<for>[A-Z][a-z][\w'’-]*)(?:\s+only)?)?\.",
        "a telegram that says whom it is from (and, after him, whom it is for)",
        [
            "1158. Eyes only from Undersecretary Ball. President believes it essential that",
            "3446. From Doe for Roe. Following basic philosophy guides us.",
            "624. From Doe for Roe only.",
            "Confe 1039. From Doe.1",
        ],
        ["FRUS telegrams"],
        [
            "1158. From the point of view of the Embassy, the talks went well.",
            "Article 5. From Monday to Friday the offices stay shut.",
            "12. From Monday to Friday the offices stay shut.",
        ],
    ),
]
(
    FOR_FROM,
    ALSO_FOR,
    PASS_FOR,
    SIGNATURE,
    MESSAGE_FOR,
    HEADER_FIELD,
    OUTGOING_STAMP,
    DATED_RECEIVED,
    FROM_ONLY,
) = (r.pattern for r in RULES)
NUMBERED_LINE = re.compile(r"^(?:[A-Z][a-z]+\s+)?\d+(?:/\d+)?\.\s")  # "Secto 10071. ", "68027. "
# (in the two cases forms print it: a case-blind pattern has no letters for re to skip to, and
# every fit asks)
OUTGOING_FORM = re.compile(
    r"(?:OUTGOING\s+TELEGRAM|Outgoing\s+Telegram)\b[^\n]{0,40}"
    r"\b(?:DEPARTMENT\s+OF\s+STATE|Department\s+of\s+State)\b"
)
END_TEXT = re.compile(r"(?i)^end\s+(?:of\s+)?(?:verbatim\s+)?(?:text|message)\b")
TELEGRAM_WORD = re.compile(r"(?i)\btelegram\b|\bcable\b")
FROM_THE_DEPARTMENT = re.compile(r"\bFrom the (?:Department of State|Secretary of State)\b")
LONE_INITIAL = re.compile(r"\s[A-Z]$")
EMBASSY = re.compile(r"\bFrom the Embassy in (?P<country>(?:the\s+)?[A-Z][\w ]+?)(?:\s+to\b|$)")
NOT_SIGNATURES = re.compile(
    r"(?i)^(?:end|text|begin|sent|repeated|confidential|secret|unclassified|infra|ibid|see|none)\b"
)


# A memorandum's "FROM: Chief, Soviet Division" names a writer; a telegram's "FROM: Moscow", a post.
WRITER_WORDS = re.compile(
    r"(?i)\b(?:Chief|Director|Deputy|Assistant|Head|Acting|Mr|Mrs|Dr|General|Colonel|Office|"
    r"Division|Branch|Staff|Section)\b"
    # a person's name, or an office symbol before it: "EUR - Arthur A. Hartman"
    r"|\b[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+|^[A-Z/]{2,}\s*[-–—]\s*[A-Z]"
)


def fit(doc: Document) -> float:
    heads = head_lines(doc, 10)
    fields = header_fields(heads)
    if is_telegram_header(fields) and ({"FROM", "TO"} <= fields.keys() or "NO" in fields):
        return 0.8
    if OUTGOING_FORM.search(doc.text[:3000]):
        return 0.8
    if (
        any(TELEGRAM_WORD.search(line.text) for line in heads[:4] if len(line.text) < PROSE)
        or doc.type == "telegram"
    ):  # "In my recent telegram ..." in the first paragraph makes no telegram
        return 0.5
    return 0.0


def header_fields(lines) -> dict[str, tuple[str, int]]:
    """The header block's fields on lines of their own: name → (value, its offset)."""
    fields: dict[str, tuple[str, int]] = {}
    for line in lines:
        m = HEADER_FIELD.match(line.text)
        if m:
            fields.setdefault(
                m.group("field").replace("'", "").upper(),
                (m.group("value").strip(), line.start + m.start("value")),
            )
    return fields


def is_telegram_header(fields: dict[str, tuple[str, int]]) -> bool:
    """FROM or TO with the telegram's number, or FROM naming a post rather than a writer."""
    if "FROM" not in fields and "TO" not in fields:
        return False
    if "NO" in fields:
        return True
    if {"SUBJECT", "THROUGH"} & fields.keys():
        return False  # a memorandum's form ("TO: The Secretary / THROUGH: S/S / SUBJECT: ...")
    return "FROM" in fields and not WRITER_WORDS.search(fields["FROM"][0])


def read(doc: Document) -> None:
    read_header_block(doc)
    read_outgoing_form(doc)
    read_dated_received(doc)
    if doc.type not in (None, "telegram"):
        return
    found(doc, "type", "telegram", basis="telegram conventions")
    heads = head_lines(doc, 10)
    sender_from = None
    for k, line in enumerate(heads[:6]):
        m = FOR_FROM.search(line.text)
        if not m and k + 1 < len(heads) and heads[k + 1].start == line.end + 1:
            # the line wrapped before "from the Secretary."; offsets hold across the join
            m = FOR_FROM.search(f"{line.text} {heads[k + 1].text}")
            # (a name ends in no lone initial: "FOR SECRETARY'S EYES ONLY" over "E.O. 11652" is
            # not for "SECRETARY'S EYES ONLY E")
            m = (
                m
                if m and m.start() < len(line.text) and not LONE_INITIAL.search(m["for"])
                else None
            )
        if not m:
            continue
        addressees = addressees_in(m.group("for"), line.start + m.start("for"))
        also = ALSO_FOR.search(line.text, m.end())
        if also:
            who = "for" if also["for"] else "at_post"
            addressees.append(party(also[who], line.start + also.start(who)))
        addressees = [a for a in addressees if not is_post(a.as_written)]
        acting = [a for a in addressees if a.as_written.startswith("Acting Secretary")]
        if acting:  # the Acting Secretary stands in for the Secretary the heading addresses
            doc.recipients = [r for r in doc.recipients if "Secretary of State" not in r.as_written]
        unheld = [  # an office the heading names that no table of holders knows
            r for r in doc.recipients if r.role and r.name == r.role and not office_of(r.role)
        ]
        persons = [a for a in addressees if not office_of(a.as_written)]
        if len(unheld) == 1 and len(persons) == 1:
            # "to the Director of the Office of ... Policy" over "33. (For Collado.)": the one
            # the text is for holds the office the heading addresses
            persons[0].role = unheld[0].role
            doc.recipients = [persons[0] if r is unheld[0] else r for r in doc.recipients]
        elif doc.recipients:  # the heading's addressee, and whom the text says it is "Personal for"
            doc.recipients += [
                a
                for a in addressees
                if a.as_written.lower() not in {r.as_written.lower() for r in doc.recipients}
                and not office_of(a.as_written)
            ]
        else:
            found(
                doc,
                "recipients",
                addressees,
                m.start("for") + line.start,
                m.end("for") + line.start,
                "telegram: for",
            )
        if m.group("from"):
            sender_from = party(m.group("from").strip(), line.start + m.start("from"))
        break
    if not doc.recipients:
        passed_to(doc, heads[:3])
    if not sender_from and not doc.recipients:
        sender_from = message_for(doc, heads)
    if not sender_from:
        sender_from = from_only(doc, heads[:6])
    signer = signature(doc)
    if (
        signer
        and sender_from
        and not FROM_THE_DEPARTMENT.search(doc.title or "")
        and not re.fullmatch(r"(?i)(?:the\s+)?Ambassador", sender_from.as_written)
        and sender_from.as_written.split()[-1].lower() != signer.as_written.split()[-1].lower()
    ):
        # "For President and Acting Secretary from Vice President." signed "Thompson": the
        # ambassador signs what he transmits; the author is whom the text says it is from. (The
        # Department's telegrams go out over the Secretary's name, and the gold counts him.)
        signer = None
    post = EMBASSY.search(doc.title or "")
    if signer and post and not signer.role:
        signer.role = (
            f"Ambassador in {post.group('country')}"  # the head of the post signs its telegrams
        )
    if (
        signer
        and doc.sender
        and doc.sender.name == doc.sender.as_written
        and office_of(doc.sender.as_written)
    ):
        # The heading names the sender by office ("The Secretary of State to ..."), the signature
        # by name ("Acheson"): the signer, holding that office.
        signer.role = doc.sender.as_written
        doc.sender = None
    if signer:
        found(doc, "sender", signer, signer.start, signer.end, "telegram: signature")
    elif sender_from and not re.fullmatch(r"(?i)(?:the\s+)?Ambassador", sender_from.as_written):
        heading = doc.evidence.get("sender")
        if (
            doc.sender
            and not office_of(sender_from.as_written)
            and (
                doc.sender.name == doc.sender.as_written
                and office_of(doc.sender.as_written)
                # the heading's head of the post ("The Ambassador in France (Caffery)"), the
                # text another ("For Secretary—eyes only—from Smith"): a visitor's telegram
                or heading is not None
                and heading.basis == "FRUS heading"
                and HOLDER.search(doc.sender.as_written)
                and sender_from.as_written.split()[-1].lower() not in doc.sender.as_written.lower()
            )
        ):
            # The heading names an office ("The Acting Secretary of State to ..."), the text whom
            # it is from ("For Bohlen from Matthews"): the named writer, who may not hold it.
            doc.sender = None
        if post and not office_of(sender_from.as_written):
            sender_from.role = (
                f"Ambassador in {post.group('country')}"  # "from Toon" at the Embassy
            )
        found(doc, "sender", sender_from, sender_from.start, sender_from.end, "telegram: from")
    elif sender_from:
        sender_from.role = sender_from.as_written  # "from Ambassador": the ambassador at the post
        found(doc, "sender", sender_from, sender_from.start, sender_from.end, "telegram: from")


def passed_to(doc: Document, heads) -> None:
    """ "Secto 10071. Subject: .... Pass White House for the President and Dr. Brzezinski from
    the Secretary. Department for Christopher and Saunders.": each of them a recipient."""
    for line in heads:
        subject = line.text.find("Subject:")
        if not NUMBERED_LINE.match(line.text) or subject < 0:
            continue  # (the form of the late 1970s: the subject first, whom to pass it to after)
        addressees = []
        for m in PASS_FOR.finditer(line.text, subject):
            post = m.group("post") or m.group("via") or ""
            words = post.split()
            if words and words[-1] not in ("Department", "Dept", "Dept.", "House"):
                if not names_a_place(post):
                    continue  # "Request for Assistance.": no post, no one to pass it to
            addressees += addressees_in(m.group("for"), line.start + m.start("for"))
        addressees = [a for a in addressees if not is_post(a.as_written)]
        if addressees:
            found(
                doc,
                "recipients",
                addressees,
                addressees[0].start,
                addressees[-1].end,
                "telegram: pass to",
            )
            return


def from_only(doc: Document, heads):
    """ "1158. Eyes only from Undersecretary Ball.": the writer, when no signature names one
    (and "3446. From Doe for Roe.": the addressee after him)."""
    for line in heads:
        m = FROM_ONLY.match(line.text)
        if m:
            writer = m.group("from")
            # (a bare name for a bare name: "From the Coordinator for Cuban Affairs", "From the
            # Assistant Secretary for Africa" are offices, whole)
            addressed = (
                m.group("for")
                and not writer.lower().startswith("the ")
                and len(writer.split()) == 1
                and not names_a_place(m.group("for"))
            )
            if m.group("for") and not addressed:
                writer = line.text[m.start("from") : m.end("for")]
            elif addressed and not doc.recipients:
                at = line.start + m.start("for")
                whom = party(m.group("for").strip(), at)
                found(doc, "recipients", [whom], at, whom.end, "telegram: from ... for")
            return party(writer.strip(), line.start + m.start("from"))
    return None


def message_for(doc: Document, heads):
    """ "Following message for delivery to Khrushchev from the President:" names the message's
    addressee (found here) and author (returned: the sender unless a signature names him)."""
    for line in heads[:6]:
        m = MESSAGE_FOR.search(line.text)
        if m:
            to, author = ("to", "from") if m.group("to") else ("to2", "from2")
            # ("to President Brezhnev and Chairman Khrushchev": each of them)
            found(
                doc,
                "recipients",
                addressees_in(m.group(to), line.start + m.start(to)),
                line.start + m.start(to),
                line.start + m.end(to),
                "telegram: message to",
            )
            return party(m.group(author), line.start + m.start(author))
    return None


OFFICE_SYMBOL = re.compile(r"^(?:[A-Z]{1,5}(?:/[A-Z]{1,5})+|[A-Z]{2,5})\s+(?=[A-Z][a-z])")


EYES_ONLY_AFTER = re.compile(r"(?i)(?:['’]s|\s+for\s+(?:his|her))?\s+eyes\s+only$")


# An office through which a telegram goes to the President: "Eyes only Acting Secretary for
# President from Secretary."
VIA_FOR = re.compile(
    r"(?P<via>(?:the\s+)?(?:Acting\s+|Under\s+)?Secretary)\s+for\s+(?P<to>(?:the\s+)?President)"
)


def addressees_in(written: str, start: int) -> list:
    """ "S/AL Thompson and EUR Tyler", "President and Secretary": each addressee, without the
    office symbols before their names."""
    found = []
    relayed = VIA_FOR.fullmatch(written)
    if relayed:  # "Acting Secretary for President": for the one, through the other
        return [party(relayed[key], start + relayed.start(key)) for key in ("to", "via")]
    for n, (text, at) in enumerate(names_listed(written)):
        if n and "," in written and not series_addressee(text):
            continue  # "For Bunker, Saigon, and Vientiane", "For Bunker, Acting Secretary"
        symbol = OFFICE_SYMBOL.match(text)
        if symbol:
            text, at = text[symbol.end() :], at + symbol.end()
        text = EYES_ONLY_AFTER.sub("", text)  # "For Acting Secretary Lovett’s eyes only"
        if text:  # "Chargé Barlow": the name apart from the office
            found.append(correspondent(text, start + at) or party(text, start + at))
    return found


def series_addressee(text: str) -> bool:
    """Whether a later item of a series after "For" names someone: not a place, an office, an
    institution or a day ("For Bunker, Saigon, and Vientiane", "For Bunker, Acting Secretary")."""
    text = re.sub(r"^and\s+", "", text.strip())
    return not (
        names_a_place(text)
        or names_no_one(text)
        or is_institution(text)
        or re.fullmatch(WEEKDAY_NAME, text)
        or TITLE_ALONE.fullmatch(text)
    )


TITLE_ALONE = re.compile(
    r"(?:(?:Acting|Deputy|Under|Assistant|Executive)\s+)?(?:Secretary|Ambassador|Minister|Director|"
    r"President|Chargé|Charge|Counselor|Consul(?:\s+General)?|Adviser|Advisor)"
)


def is_post(written: str) -> bool:
    return bool(re.match(r"(?i)(?:the\s+)?(?:Department|Embassy|Mission|Delegation)\b", written))


def signature(doc: Document):
    """The signer: a surname alone on the last line of the body, or on the last line of the
    message a telegram carries ("John F. Kennedy." / "End Verbatim Text.")."""
    lines = text_lines(doc.text)
    ends = [i for i, line in enumerate(lines[-4:]) if END_TEXT.match(line.text.strip())]
    last_text = lines[-1].text.strip("“”\"' ") if lines else ""
    own = (
        SIGNATURE.match(last_text)
        if ends and len(lines) > 2 and not NOT_SIGNATURES.match(last_text)
        else None
    )
    if own and ends[-1] < 3 and SENTENCE_END.search(lines[-2].text):
        # "End Verbatim Text." / "... is not to be published." / "Rusk": the telegram's own
        # signer, under the message it carried
        return party(own.group("name"), lines[-1].start + lines[-1].text.index(own.group("name")))
    if ends:
        lines = lines[: len(lines) - 4 + ends[-1]]
    last = lines[-3:]
    for k in range(len(last) - 1, -1, -1):
        line = last[k]
        text = line.text.strip("“”\"' ")
        if NOT_SIGNATURES.match(text):
            continue
        m = SIGNATURE.match(text)
        before = lines[: len(lines) - len(last) + k]
        above = next((a for a in reversed(before) if not NOT_SIGNATURES.match(a.text)), None)
        if m and above and not SENTENCE_END.search(above.text):
            return None  # "... RESOLUTIONS CONDEMNING" / "SOUTH": cut off, not signed
        if m and len(lines) > 2:
            return party(m.group("name"), line.start + line.text.index(m.group("name")))
        if len(text) > 40:
            return None
    return None


def read_outgoing_form(doc: Document) -> None:
    """The Department's outgoing telegram form ("OUTGOING TELEGRAM Department of State", "JUN 16
    11:00 AM '67"): a telegram sent from Washington on the day its stamp gives."""
    form = OUTGOING_FORM.search(doc.text[:3000])
    if not form:
        return
    found(doc, "type", "telegram", form.start(), form.end(), "outgoing telegram form")
    found(doc, "place", "Washington", form.start(), form.end(), "outgoing telegram form")
    for line in head_lines(doc, 30):
        m = OUTGOING_STAMP.match(line.text)
        when = m and parse_date(f"{m['month'].title()} {m['day']}, 19{m['year']}")
        if m and when:
            start = line.start + m.start()
            if found(doc, "date", when[0], start, line.start + m.end(), "outgoing telegram stamp"):
                doc.date_basis = "outgoing telegram stamp"
            return


# The mission's word at the head of a FROM field, whatever the scan made of it ("AP4EiBASSY").
MISSION_WORD = re.compile(r"(?i)bassy|consul|legation|^am\w*\d")
CITY_FIRST = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)?(?=\s+\d|\s*$)")


def read_dated_received(doc: Document) -> None:
    """ "4521 Paris via Army Dated March 9, 1947 Rec'd 11:05 a.m.": the day it was sent."""
    for line in head_lines(doc, 8):
        m = DATED_RECEIVED.match(line.text)
        when = parse_date(m.group("date")) if m else None
        if m and when:
            at = line.start + m.start("date")
            found(doc, "type", "telegram", line.start, line.end, "incoming telegram form")
            found_date(doc, when[0], at, at + len(m.group("date")), "incoming telegram: Dated")
            post, city = line.start + m.start("post"), m.group("post")
            if names_a_place(city):  # ("Paris via Army": the post it came from)
                found(doc, "place", city, post, post + len(city), "incoming telegram")
            return


def read_header_block(doc: Document) -> None:
    """FROM (the post), TO, NO (number, date and time of sending) of a received copy."""
    read_fields(doc, header_fields(head_lines(doc, 14)))


def read_fields(doc: Document, fields: dict[str, tuple[str, int]]) -> bool:
    """The header block's fields (name → value and its offset), on lines of their own or run
    together by OCR: the type, the post, the addressee and the date. False when it is no
    telegram's header (neither FROM nor TO)."""
    if not is_telegram_header(fields):
        return False
    found(doc, "type", "telegram", basis="telegram header block")
    if "FROM" in fields:
        value, start = fields["FROM"]
        pieces = [piece.strip() for piece in value.split(",")]
        # "FROM: AMEMBASSY, KARACHI 556 November 3, 1951" (the embassy's word garbled or not):
        # the city is the piece after it.
        after = MISSION_WORD.search(pieces[0]) and len(pieces) > 1 and CITY_FIRST.match(pieces[1])
        found(
            doc,
            "place",
            post_place(f"in {value}")
            or (post_city(after.group().strip()) if after else pieces[0].title()),
            start,
            start + len(value),
            "telegram header: FROM",
        )
    if "TO" in fields:
        value, start = fields["TO"]
        m = re.match(r"(?i)(?:the\s+)?Secretary\s+of\s+State\b|(?:the\s+)?President\b", value)
        if m:
            found(
                doc,
                "recipients",
                [party(m.group(), start)],
                start,
                start + m.end(),
                "telegram header: TO",
            )
    year = None
    for key in ("DATE", "RECD", "RECEIVED"):
        if key in fields:
            when = parse_date(fields[key][0])
            if when:
                year = when[0][:4]
                if key == "DATE":
                    found(
                        doc,
                        "date",
                        when[0],
                        fields[key][1],
                        fields[key][1] + len(fields[key][0]),
                        "telegram header: DATE",
                    )
                    doc.date_basis = doc.date_basis or "telegram header"
                break
    if "NO" in fields and year:
        value, start = fields["NO"]
        when = parse_date(f"{value.split(',', 1)[-1].strip()}, {year}".replace(", ,", ","))
        m = re.search(r"([A-Z][a-z]+\.?\s+\d{1,2})", value)
        if m:
            when = parse_date(f"{m.group(1)}, {year}")
            if when and found(
                doc,
                "date",
                when[0],
                start + m.start(1),
                start + m.end(1),
                "telegram header: NO (year from receipt)",
            ):
                doc.date_basis = "telegram header"
    return True
