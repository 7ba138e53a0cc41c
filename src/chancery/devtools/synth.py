"""A deterministic generator of realistic archival documents, with gold files.

People and offices come from the project's own registry (``authority/core.json``), so a
"The Secretary" in a 1959 memorandum is whoever held the office then. Files carry the
noise real scans have: release stamps, classification banners, page headers, file marks,
FRUS page markers, several documents in one file, and OCR character errors at a chosen
rate. The gold says what a careful reader would extract, in the format of
``../shared/gold/seeds`` plus each document's span in its file.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..authority.registry import AuthorityPerson, holders, load_core
from ..wording import MONTHS

TOPICS = {
    "Berlin": [
        "the status of Berlin",
        "access routes to West Berlin",
        "a peace treaty with the German Democratic Republic",
        "the presence of Western troops in Berlin",
    ],
    "Disarmament": [
        "general and complete disarmament",
        "the control of nuclear weapons",
        "inspection on the territory of both countries",
        "a reduction of conventional forces",
    ],
    "Nuclear Testing": [
        "a treaty banning nuclear weapons tests",
        "the number of on-site inspections",
        "detection of underground tests",
        "the moratorium on testing",
    ],
    "Trade": [
        "trade between the two countries",
        "credits and the settlement of lend-lease accounts",
        "export controls on strategic goods",
        "a commercial agreement",
    ],
    "Cuba": [
        "the situation in Cuba",
        "Soviet military personnel in Cuba",
        "the withdrawal of offensive weapons",
        "the security of the Western Hemisphere",
    ],
    "Laos": [
        "a cease-fire in Laos",
        "a neutral and independent Laos",
        "the International Control Commission",
        "the Geneva conference on Laos",
    ],
    "Cultural Exchange": [
        "the exchange agreement",
        "visits of scientists and students",
        "the exchange of exhibitions",
        "radio and television broadcasts",
    ],
    "Civil Aviation": [
        "direct air service between New York and Moscow",
        "landing rights for both airlines",
        "the civil aviation agreement",
    ],
    "Middle East": [
        "the situation in the Middle East",
        "arms shipments to the area",
        "the Baghdad Pact",
        "the security of the oil routes",
    ],
    "Consular Matters": [
        "the opening of consulates",
        "the treatment of citizens detained abroad",
        "a consular convention",
    ],
}
SAY = [
    "said",
    "stated",
    "observed",
    "remarked",
    "replied",
    "noted",
    "emphasized",
    "pointed out",
    "declared",
    "added",
]
CLAUSES = [
    "{their} government attached great importance to {topic}",
    "it would be useful to continue the discussion of {topic} through diplomatic channels",
    "there could be no progress on {topic} unless both sides showed restraint",
    "{topic} should be examined by experts before the next meeting",
    "public opinion in {their} country would not understand any concession on {topic}",
    "the position of {their} government on {topic} had not changed",
    "he saw no reason why agreement on {topic} could not be reached within a few months",
    "the proposals made last month on {topic} deserved careful study",
    "the other side had misunderstood {their} intentions with regard to {topic}",
    "a solution to {topic} would open the way to better relations generally",
]
# More sentence shapes and words, so the prose has the variety of real records (search
# benchmarks on a handful of repeated sentences would measure nothing real).
SUBJECTS = [
    "the Soviet Government",
    "the United States Government",
    "his Government",
    "the Western powers",
    "the Foreign Ministry",
    "the Embassy",
    "the Department",
    "the Allies",
    "the Warsaw Pact countries",
    "the NATO Council",
    "the Chinese Communists",
    "the British Government",
    "the French Government",
    "the Federal Republic",
    "the United Nations",
    "the Administration",
    "the Congress",
    "the Soviet press",
    "the delegation",
    "the military authorities",
]
VERBS = [
    "would not accept",
    "was prepared to discuss",
    "had repeatedly proposed",
    "could not ignore",
    "was deeply concerned about",
    "had taken note of",
    "intended to raise",
    "would welcome progress on",
    "had rejected",
    "saw no objection to",
    "was studying",
    "had made clear its views on",
    "hoped to settle",
    "regarded as unacceptable",
    "had no intention of abandoning",
]
QUALIFIERS = [
    "at the present time",
    "in the near future",
    "before the summit meeting",
    "without prior consultation",
    "on a reciprocal basis",
    "in the spirit of the Geneva talks",
    "under present conditions",
    "as a matter of principle",
    "within the framework of the United Nations",
    "after the elections",
    "during the coming months",
    "in any circumstances",
]
PLACES = [
    "Geneva",
    "Vienna",
    "Paris",
    "London",
    "Bonn",
    "Warsaw",
    "Prague",
    "Belgrade",
    "Peking",
    "Tokyo",
    "New Delhi",
    "Cairo",
    "Baghdad",
    "Havana",
    "Vientiane",
    "Saigon",
    "Helsinki",
    "Stockholm",
    "Ottawa",
    "Ankara",
    "Tehran",
    "Karachi",
]
OCR_CONFUSIONS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("O", "0"),
    ("e", "c"),
    ("h", "b"),
    ("H", "M"),
    ("K", "W"),
    ("c", "e"),
    ("u", "ii"),
    ("d", "cl"),
    ("n", "ri"),
    ("a", "o"),
    ("i", "l"),
]
RELEASE_IDS = "0123456789"


@dataclass
class SynthFile:
    name: str
    text: str
    gold: list[dict] = field(default_factory=list)


@dataclass
class Cast:
    """Who holds what on the document's date."""

    date: str
    us_secretary: AuthorityPerson
    president: AuthorityPerson
    soviet_ambassador: AuthorityPerson | None
    soviet_minister: AuthorityPerson
    soviet_leader: AuthorityPerson | None
    us_people: list[AuthorityPerson]
    soviet_people: list[AuthorityPerson]


def surname(person: AuthorityPerson) -> str:
    name = person.name.replace(", Jr.", "").replace(" Jr.", "")
    words = [w for w in name.split() if w not in ("II", "III")]
    return words[-1] if len(words) > 1 else words[0]


def given(person: AuthorityPerson) -> str:
    return person.name.split()[0]


def alive(person: AuthorityPerson, year: int) -> bool:
    return (person.born or 1880) + 28 <= year and (person.died is None or person.died >= year)


def cast_on(persons: list[AuthorityPerson], date: str) -> Cast | None:
    year = int(date[:4])

    def one(title: str, country: str) -> AuthorityPerson | None:
        found = holders(persons, title, country, date)
        return found[0] if found else None

    active = lambda country: [  # noqa: E731
        p
        for p in persons
        if p.country == country
        and alive(p, year)
        and any(o.country == country and holds(o, date) for o in p.offices)
    ]
    us_secretary = one("Secretary of State", "US")
    president = one("President", "US")
    soviet_minister = one("Minister of Foreign Affairs", "USSR")
    us_people, soviet_people = active("US"), active("USSR")
    if not (
        us_secretary
        and president
        and soviet_minister
        and len(us_people) >= 3
        and len(soviet_people) >= 2
    ):
        return None
    return Cast(
        date=date,
        us_secretary=us_secretary,
        president=president,
        soviet_ambassador=one("Ambassador to the United States", "USSR"),
        soviet_minister=soviet_minister,
        soviet_leader=one("Chairman of the Council of Ministers", "USSR")
        or one("First Secretary of the Communist Party", "USSR")
        or one("General Secretary of the Communist Party", "USSR"),
        us_people=us_people,
        soviet_people=soviet_people,
    )


def holds(office, date: str) -> bool:
    from ..authority.registry import holds_office

    return holds_office(office, date)


def written_date(rng: random.Random, date: str) -> str:
    y, m, d = int(date[:4]), int(date[5:7]), int(date[8:10])
    if rng.random() < 0.8:
        return f"{MONTHS[m - 1]} {d}, {y}"
    return f"{d} {MONTHS[m - 1]} {y}"


def random_date(rng: random.Random) -> str:
    year = rng.randint(1947, 1989)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{year:04d}-{month:02d}-{day:02d}"


class Writer:
    """Builds one document's text while recording the gold mentions with their offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[dict] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def person(self, text: str, person: AuthorityPerson, kind: str) -> None:
        self.mentions.append(
            {
                "text": text,
                "person": person.name,
                "kind": kind,
                "start": self.length,
                "end": self.length + len(text),
            }
        )
        self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


def sentence(rng: random.Random, topic: str, their: str) -> str:
    phrases = TOPICS[topic]
    shape = rng.random()
    if shape < 0.35:
        return rng.choice(CLAUSES).format(topic=rng.choice(phrases), their=their)
    if shape < 0.75:
        text = (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(phrases)} "
            f"{rng.choice(QUALIFIERS)}"
        )
    else:
        text = (
            f"at the meeting in {rng.choice(PLACES)} on {MONTHS[rng.randrange(12)]} "
            f"{rng.randint(1, 28)}, "
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(phrases)}"
        )
    if rng.random() < 0.3:
        text += (
            f", and {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
            f"{rng.choice(TOPICS[rng.choice(list(TOPICS))])}"
        )
    return text


def prose(rng: random.Random, words: int, topic: str, their: str = "his") -> str:
    out, count = [], 0
    while count < words:
        sentence_text = sentence(rng, topic, their)
        sentence_text = sentence_text[0].upper() + sentence_text[1:] + "."
        out.append(sentence_text)
        count += len(sentence_text.split())
    return " ".join(out)


def paragraphs(rng: random.Random, words: int, topic: str) -> list[str]:
    result, left = [], words
    while left > 0:
        n = min(left, rng.randint(60, 140))
        result.append(prose(rng, n, topic, rng.choice(["his", "their", "the"])))
        left -= n
    return result


def classification_choice(rng: random.Random) -> str | None:
    return rng.choices(
        ["Top Secret", "Secret", "Confidential", "Official Use Only", None], [8, 40, 30, 7, 15]
    )[0]


def new_gold(doc_type: str, date: str | None, **extra) -> dict:
    gold: dict = {
        "doc_type": doc_type,
        "date": date,
        "date_in_text": True,
        "title": None,
        "place": None,
        "classification": None,
        "handling": [],
        "sender": None,
        "recipients": [],
        "participants": [],
        "persons_mentioned": [],
        "role_mentions": [],
        "speakers": [],
        "turns": [],
        "misattributions": [],
        "distribution": [],
        "collection": None,
    }
    gold.update(extra)
    return gold


def memcon(rng: random.Random, cast: Cast, words: int, frus: bool, number: int) -> tuple[str, dict]:
    w = Writer()
    topic = rng.choice(list(TOPICS))
    us = [cast.us_secretary] + rng.sample(
        [p for p in cast.us_people if p is not cast.us_secretary], k=min(2, len(cast.us_people) - 1)
    )
    soviet_lead = cast.soviet_ambassador or cast.soviet_minister
    soviets = [soviet_lead] + rng.sample(
        [p for p in cast.soviet_people if p is not soviet_lead],
        k=min(1, len(cast.soviet_people) - 1),
    )
    classification = classification_choice(rng) or "Confidential"
    gold = new_gold(
        "memorandum of conversation", cast.date, title=topic, classification=classification
    )
    participants = []
    if frus:
        w.add(f"{number}. Memorandum of Conversation0\n\n\n  • {topic}\n\n\n")
        gold["date_in_text"] = False
        for side, people in (("USSR", soviets), ("US", us)):
            for p in people:
                role = next(
                    (o.title for o in p.offices if holds(o, cast.date)), p.description.split(";")[0]
                )
                w.add("  • ")
                w.person(p.name, p, "name")
                w.add(f", {role}\n")
                participants.append(
                    {"name": p.name, "side": side, "as_written": f"{p.name}, {role}"}
                )
        w.add("\n")
    else:
        w.add(
            "DEPARTMENT OF STATE\n\n"
            + rng.choice(["Memorandum of Conversation", "MEMORANDUM OF CONVERSATION"])
            + "\n\n"
        )
        w.add(f"{rng.choice(['DATE', 'Date'])}: {written_date(rng, cast.date)}\n")
        room = rng.choice(["Secretary's office.\n\n", "Department of State\n\n", "\n"])
        w.add(room)
        gold["place"] = "Washington" if room.strip() else None
        w.add(f"SUBJECT: {topic}\n\nPARTICIPANTS:\n\n")
        for side, header, people in (("US", "U.S.", us), ("USSR", "U.S.S.R.", soviets)):
            w.add(header + "\n")
            for i, p in enumerate(people):
                if side == "US" and i == 0:
                    w.person("The Secretary", p, "role")
                    gold["role_mentions"].append({"as_written": "The Secretary", "person": p.name})
                    w.add("\n")
                    participants.append(
                        {"name": p.name, "side": side, "as_written": "The Secretary"}
                    )
                    continue
                role = next((o.title for o in p.offices if holds(o, cast.date)), "")
                w.person(p.name, p, "name")
                w.add(f", {role}\n" if role else "\n")
                participants.append(
                    {
                        "name": p.name,
                        "side": side,
                        "as_written": f"{p.name}, {role}" if role else p.name,
                    }
                )
            w.add("\n")
        w.add("COPIES TO:\n\nS/S\tEUR\tSOV\nWhite House\tAmbassador Moscow\n\n")
        gold["distribution"] = ["S/S", "EUR", "SOV", "White House", "Ambassador Moscow"]
    gold["participants"] = participants
    speakers_cycle = [us[0], soviets[0]]
    absent = [p for p in [cast.president, cast.soviet_leader] if p and p not in us + soviets]
    planted = absent and rng.random() < 0.125
    turns = []
    remaining = words
    turn_index = 0
    while remaining > 0:
        speaker = speakers_cycle[turn_index % 2]
        if speaker is cast.us_secretary:
            said_as = "The Secretary"
            kind = "role"
        else:
            said_as = surname(speaker)
            kind = "name"
        written_as, misattributed = said_as, False
        if planted and turn_index == 2:
            written_as, kind, misattributed = surname(absent[0]), "name", True
        text = prose(rng, rng.randint(40, 110), topic)
        verb = rng.choice(SAY)
        if misattributed:
            w.person(written_as, absent[0], "name")  # the name is in the text, however wrongly
            w.add(f" {verb} that ")
            gold["misattributions"].append({"as_written": written_as, "true_speaker": speaker.name})
        else:
            w.person(written_as, speaker, kind)
            w.add(f" {verb} that ")
            if kind == "role":
                gold["role_mentions"].append({"as_written": written_as, "person": speaker.name})
        w.add(text[0].lower() + text[1:] + " ")
        w.add(
            rng.choice(["He added that ", "He continued that ", ""])
            + prose(rng, rng.randint(20, 50), topic).lower()
            + "\n\n"
        )
        turns.append({"speaker": speaker.name, "said_as": written_as, "text": text[:60]})
        remaining -= len(text.split()) + 40
        turn_index += 1
    gold["turns"] = turns
    gold["speakers"] = list(dict.fromkeys(t["speaker"] for t in turns))
    if frus:
        drafter = us[-1]
        day = int(cast.date[8:10])
        note = (
            f"  1. Source: Department of State, Central Files, "
            f"{rng.randint(100, 999)}.{rng.randint(10, 99)}/"
            f"{int(cast.date[5:7])}-{day}{cast.date[2:4]}. {classification}; Limit Distribution. "
            f"Drafted by {surname(drafter)} on {MONTHS[int(cast.date[5:7]) - 1]} "
            f"{min(28, day + 1)}.\n"
        )
        w.add(note)
        gold["handling"] = ["Limit Distribution"]
        gold["collection"] = "frus"
        gold["place"] = None
    gold["mentions"] = w.mentions
    return w.text(), gold


def letter(rng: random.Random, cast: Cast, words: int) -> tuple[str, dict]:
    w = Writer()
    topic = rng.choice(list(TOPICS))
    sender = rng.choice([cast.president, cast.us_secretary] + cast.us_people[:3])
    recipient = rng.choice(
        [p for p in [cast.soviet_leader, cast.soviet_minister, cast.soviet_ambassador] if p]
        + [p for p in cast.us_people if p is not sender][:2]
    )
    classification = rng.choices([None, "Confidential", "Secret"], [60, 25, 15])[0]
    gold = new_gold(
        "letter",
        cast.date,
        classification=classification,
        sender=sender.name,
        recipients=[recipient.name],
    )
    if rng.random() < 0.5:
        w.person(sender.name.upper(), sender, "name")
        w.add("\n\n")
    if classification:
        w.add(classification.upper() + "\n\n")
    w.add(written_date(rng, cast.date) + "\n\n")
    if recipient.country == "USSR":
        if recipient is cast.soviet_leader:
            chairman = holders(
                [recipient], "Chairman of the Council of Ministers", "USSR", cast.date
            )
            salutation = "Mr. Chairman" if chairman else "Mr. General Secretary"
        else:
            salutation = f"Mr. {surname(recipient)}"
    else:
        salutation = given(recipient) if rng.random() < 0.5 else f"Mr. {surname(recipient)}"
    w.add("Dear ")
    w.person(salutation, recipient, "salutation")
    w.add(":\n\n")
    if salutation in (
        "Mr. Chairman",
        "Mr. General Secretary",
    ):  # an office as salutation is a role mention; a name is not
        gold["role_mentions"].append({"as_written": salutation, "person": recipient.name})
    for paragraph in paragraphs(rng, words, topic):
        w.add(paragraph + "\n\n")
    w.add(
        rng.choice(["Sincerely,", "Sincerely yours,", "With warm regards,", "Faithfully yours,"])
        + "\n\n"
    )
    if rng.random() < 0.6:
        w.person(sender.name, sender, "signature")
        w.add("\n\n")
    w.add("The Honorable " if recipient.country == "US" else "His Excellency\n")
    w.person(recipient.name, recipient, "address")
    w.add(",\nWashington, D. C.\n" if recipient.country == "US" else ",\nMoscow.\n")
    gold["mentions"] = w.mentions
    return w.text(), gold


def telegram(rng: random.Random, cast: Cast, words: int) -> tuple[str, dict]:
    w = Writer()
    topic = rng.choice(list(TOPICS))
    classification = rng.choices(
        ["Secret", "Confidential", "Official Use Only", "Top Secret"], [45, 35, 10, 10]
    )[0]
    gold = new_gold(
        "telegram",
        cast.date,
        classification=classification,
        place="Moscow",
        recipients=[cast.us_secretary.name],
    )
    y, m, d = cast.date.split("-")
    w.add(f"TELEGRAM\n\n{classification.upper()}\n\nFROM: Moscow\nTO: ")
    w.person("Secretary of State", cast.us_secretary, "role")
    gold["role_mentions"].append(
        {"as_written": "Secretary of State", "person": cast.us_secretary.name}
    )
    w.add(f"\nNO: {rng.randint(100, 3999)}\n")
    w.add(f"Moscow, {MONTHS[int(m) - 1]} {int(d)}, {y}, {rng.randint(1, 11)} p.m.\n\n")
    w.add(rng.choice(["PRIORITY\n\n", "NIACT\n\n", ""]))
    for paragraph in paragraphs(rng, words, topic):
        w.add(paragraph.upper() if rng.random() < 0.3 else paragraph)
        w.add("\n\n")
    ambassadors = holders(cast.us_people, "Ambassador to the Soviet Union", "US", cast.date)
    if ambassadors:
        ambassador = ambassadors[0]
        w.person(surname(ambassador).upper(), ambassador, "signature")
        w.add("\n")
        gold["sender"] = ambassador.name
    gold["mentions"] = w.mentions
    return w.text(), gold


def memorandum(rng: random.Random, cast: Cast, words: int) -> tuple[str, dict]:
    w = Writer()
    topic = rng.choice(list(TOPICS))
    classification = classification_choice(rng)
    author = rng.choice(cast.us_people)
    gold = new_gold(
        "memorandum", cast.date, classification=classification, title=topic, sender=author.name
    )
    if classification:
        w.add(classification.upper() + "\n\n")
    w.add(
        f"{written_date(rng, cast.date)}\n\nMEMORANDUM FOR THE "
        f"{rng.choice(['SECRETARY', 'PRESIDENT', 'DIRECTOR'])}\n\n"
    )
    w.add("FROM: ")
    w.person(author.name, author, "name")
    w.add(f"\n\nSUBJECT: {topic}\n\n")
    for paragraph in paragraphs(rng, words, topic):
        w.add(paragraph + "\n\n")
    gold["mentions"] = w.mentions
    return w.text(), gold


def routing_slip(rng: random.Random, cast: Cast) -> tuple[str, dict]:
    w = Writer()
    addressee = rng.choice(cast.us_people)
    y, m, d = cast.date.split("-")
    gold = new_gold(
        "routing slip", cast.date, title="Official Routing Slip", recipients=[addressee.name]
    )
    w.add(
        "UNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\nOFFICIAL ROUTING SLIP\n\nTO\tNAME AND "
        "ADDRESS\tDATE\tINITIALS\n1\t"
    )
    w.person(f"Mr. {surname(addressee)}", addressee, "name")
    w.add(
        "\n2\t\n\nACTION\tDIRECT REPLY\tPREPARE "
        "REPLY\nAPPROVAL\tDISPATCH\tRECOMMENDATION\nCOMMENT\tFILE\tRETURN\nCONCURRENCE\tINFORMATION\tSIGNATURE\n\n"
    )
    w.add(
        f"Remarks: {prose(rng, 20, rng.choice(list(TOPICS)))}\n\nFOLD HERE TO RETURN TO SENDER\n\n"
    )
    w.add(f"{int(m)}/{int(d)}/{y[2:]}\n")
    gold["mentions"] = w.mentions
    return w.text(), gold


def editorial_note(rng: random.Random, cast: Cast, words: int, number: int) -> tuple[str, dict]:
    w = Writer()
    topic = rng.choice(list(TOPICS))
    gold = new_gold("editorial note", None, date_in_text=False, collection="frus")
    w.add(f"{number}. Editorial Note\n\n")
    for paragraph in paragraphs(rng, words, topic):
        w.add(paragraph + "\n\n")
    gold["mentions"] = w.mentions
    return w.text(), gold


def ocr_garble(rng: random.Random, text: str, rate: float) -> tuple[str, int]:
    """Apply OCR confusions to about ``rate`` of the words; returns the text and the count."""
    if rate <= 0:
        return text, 0
    out, changed = [], 0
    for token in text.split(" "):
        if len(token) > 3 and rng.random() < rate:
            for a, b in rng.sample(OCR_CONFUSIONS, len(OCR_CONFUSIONS)):
                at = token.find(a)
                if at >= 0:
                    token = token[:at] + b + token[at + len(a) :]
                    changed += 1
                    break
        out.append(token)
    return " ".join(out), changed


def paginate(
    rng: random.Random, text: str, classification: str | None, release: str | None, crest: bool
) -> str:
    """Cut a document into pages and add each page's stamps, banners and headers."""
    paras = text.split("\n\n")
    pages, current, count = [], [], 0
    for para in paras:
        current.append(para)
        count += len(para.split())
        if count > 330:
            pages.append(current)
            current, count = [], 0
    if current:
        pages.append(current)
    out = []
    banner = classification.upper() if classification else None
    for n, page in enumerate(pages, start=1):
        head = []
        if release:
            head.append(release)
        if banner:
            head.append(banner)
        if n > 1:
            head.append(rng.choice([f"- {n} -", f"-{n}-", f"Page {n}"]))
        if crest and rng.random() < 0.3:
            head.append(f"{rng.choice(['CU', 'CW', 'FE'])}-{rng.randint(100, 9999)}")
        foot = []
        if banner:
            foot.append(banner)
        if rng.random() < 0.2:
            foot.append("BEST COPY AVAILABLE")
        if release and rng.random() < 0.7:
            foot.append(release)
        out.append("\n\n".join(head + page + foot))
    return "\n\n".join(out)


def make_document(
    rng: random.Random, persons: list[AuthorityPerson], words: int, kind: str, number: int
) -> tuple[str, dict]:
    for _ in range(50):
        cast = cast_on(persons, random_date(rng))
        if cast:
            break
    else:
        raise ValueError("the registry has too few people with offices to generate documents")
    if kind == "memcon":
        return memcon(rng, cast, words, frus=False, number=number)
    if kind == "frus memcon":
        return memcon(rng, cast, words, frus=True, number=number)
    if kind == "letter":
        return letter(rng, cast, words)
    if kind == "telegram":
        return telegram(rng, cast, words)
    if kind == "memorandum":
        return memorandum(rng, cast, words)
    if kind == "routing slip":
        return routing_slip(rng, cast)
    return editorial_note(rng, cast, words, number)


KINDS = [
    "memcon",
    "frus memcon",
    "letter",
    "telegram",
    "memorandum",
    "routing slip",
    "editorial note",
]
KIND_WEIGHTS = [28, 12, 25, 15, 12, 4, 4]


def generate(
    count: int, seed: int = 1, ocr_noise: float = 0.0, persons=None, words: int = 1000
) -> Iterator[SynthFile]:
    """``count`` documents in files of one to three documents, deterministic in ``seed``."""
    rng = random.Random(seed)
    persons = persons if persons is not None else load_core()
    made = 0
    file_number = 0
    while made < count:
        file_number += 1
        crest = rng.random() < 0.3
        if crest and rng.random() < 0.35 and count - made >= 2:
            kinds = (
                ["letter", "letter", "routing slip"][: min(3, count - made)]
                if rng.random() < 0.5
                else ["letter", "routing slip"]
            )
        else:
            kinds = [rng.choices(KINDS, KIND_WEIGHTS)[0]]
        release = None
        if crest:
            rid = "".join(rng.choice(RELEASE_IDS) for _ in range(12))
            release_date = (
                f"{rng.randint(1998, 2012)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
            )
            release = (
                f"Approved For Release {release_date} : "
                f"CIA-RDP80B{rid[:5]}R{rid[5:]}-{rng.randint(1, 9)}"
            )
        pieces, golds, offset = [], [], 0
        for part, kind in enumerate(kinds, start=1):
            if crest and kind in ("frus memcon", "editorial note"):
                kind = "memcon"
            number = rng.randint(1, 400)
            text, gold = make_document(
                rng, persons, words if kind != "routing slip" else 40, kind, number
            )
            if not kind.startswith("frus") and kind != "editorial note":
                text = paginate(rng, text, gold["classification"], release, crest)
            else:
                text = add_page_markers(rng, text)
            if not kind.startswith("frus") and kind != "editorial note":
                # FRUS web texts are typeset, not scanned: no OCR errors there.
                text, _ = ocr_garble(rng, text, ocr_noise)
            if part > 1:
                pieces.append("\n\n")
                offset += 2
            gold["part"] = part
            gold["noisy_ocr"] = (
                ocr_noise > 0 and not kind.startswith("frus") and kind != "editorial note"
            )
            gold["start"], gold["end"] = offset, offset + len(text)
            if release:
                gold["collection"] = "crest"
                gold["release"] = {
                    "date": release[21:31].replace("/", "-"),
                    "id": release.split(": ")[1],
                }
            gold["persons_mentioned"] = list(
                dict.fromkeys(m["person"] for m in gold.pop("mentions"))
            )
            for participant in gold["participants"]:
                if participant["name"] not in gold["persons_mentioned"]:
                    gold["persons_mentioned"].append(participant["name"])
            pieces.append(text)
            offset += len(text)
            golds.append(gold)
        made += len(kinds)
        yield SynthFile(f"{file_number:06d}", "".join(pieces), golds)


def add_page_markers(rng: random.Random, text: str) -> str:
    """FRUS web texts carry the printed volume's page breaks as inline "[Page N]" markers."""
    paras = text.split("\n\n")
    page = rng.randint(10, 900)
    for i in range(2, len(paras) - 1, 3):
        words = paras[i].split(" ")
        if len(words) > 10 and not paras[i].lstrip().startswith(("•", "1.")):
            at = rng.randint(3, len(words) - 3)
            words.insert(at, f"[Page {page}]")
            page += 1
            paras[i] = " ".join(words)
    return "\n\n".join(paras)


def write_archive(
    out_dir, count: int, seed: int = 1, ocr_noise: float = 0.0, words: int = 1000, progress=None
) -> int:
    out = Path(out_dir)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    written = 0
    for synth_file in generate(count, seed=seed, ocr_noise=ocr_noise, words=words):
        (out / "docs" / f"{synth_file.name}.txt").write_text(synth_file.text, encoding="utf-8")
        (out / "gold" / f"{synth_file.name}.json").write_text(
            json.dumps(synth_file.gold, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        written += len(synth_file.gold)
        if progress:
            progress(len(synth_file.gold))
    return written
