"""People: find every reference to a person and link it to one identity of the registry.

Parties first (participants, correspondents, drafters), because they anchor the rest:
a role ("The Secretary") is resolved by the office held on the document's date, or, when
the document is undated, through the period its named people point to; a salutation
("Dear Jack") by the people the document names elsewhere. Then names in the text and in
the notes: titled surnames, full names, bare surnames of people already in the document
or unique in the registry, OCR-garbled names. A name that matches nobody becomes a
person local to the archive, never dropped.
"""

from __future__ import annotations

import re

from ..authority.matcher import ROLES, Candidate, MatchContext, Matcher, fold, name_tokens, ocr_distance, role_key, skeleton
from ..export.record import local_person_id
from ..authority.registry import holders, holds_office
from ..model import Document, Evidence, Mention, Party, Person

LINK_THRESHOLD = 0.6
TITLED = re.compile(
    r"\b(?P<title>Mr|Mrs|Dr|Ambassador|Chairman|President|Secretary|Governor|Senator|General|Premier|Minister|"
    r"Foreign Minister|Deputy Premier|Prime Minister|Marshal|Shah)\.?\s+(?P<name>(?!(?:Mr|Mrs|Dr)\b)(?:[A-Z]\.\s*)*[A-Z][\w-]+(?:['’][A-Z][\w-]+)?(?:\s+[A-Z][\w-]+)?)"
)
FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+|(?:al|el|as|es|de|van|von)-?[A-Z][a-z]+)){1,3}(?:,?\s+(?:Jr\.|II|III))?")
WORD = re.compile(r"\b[A-Z][a-z][\w'’-]{2,}\b")
# "the Secretary", "the Soviet Ambassador", "Mr. Chairman": an office standing for its holder.
ROLE_TEXT = re.compile(
    r"\b[Tt]he\s+(?:Secretary\s+of\s+State|Secretary(?!\s+(?:of\s+(?:Defense|the)|General))|President-elect|Vice\s+President|"
    r"President(?!\s+(?:of\s+)?[A-Z])|Under\s+Secretary|Soviet\s+Ambassador|American\s+Ambassador|DCI|Director\s+of\s+Central\s+Intelligence|"
    r"Soviet\s+Foreign\s+Minister|Foreign\s+Minister|First\s+Deputy\s+Foreign\s+Minister)\b|\bMr\.\s+(?:Chairman|General\s+Secretary|President)\b"
)
SALUTATION = re.compile(r"(?m)^\s*(?:My\s+)?Dear\s+(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[:,]")
# Words that start sentences or name institutions, never people on their own.
NOT_PEOPLE = {"The", "This", "That", "Soviet", "American", "United", "States", "Government", "Department", "Embassy",
              "Secretary", "President", "Ambassador", "Chairman", "Minister", "Mr", "Mrs", "He", "His", "They"}


def people(doc: Document, matcher: Matcher) -> Document:
    context = MatchContext(date=doc.date or (doc.date_range[1] if doc.date_range else None))
    linker = _Linker(doc, matcher, context)
    named = [p for p in party_list(doc) if not is_role_only(p.as_written)]
    for party in named:  # named parties first: they anchor roles and salutations
        linker.party(party)
    if not context.date:
        context.period = period_of(matcher, [matcher.by_id[i] for i in context.known if i in matcher.by_id])
    for party in party_list(doc):
        if is_role_only(party.as_written):
            linker.party(party)
    linker.scan_text()
    linker.scan_notes()
    linker.salutations()
    linker.relink_garbled_parties()
    doc.mentions = sorted(linker.mentions, key=lambda m: (m.start, m.end))
    doc.persons = linker.persons()
    return doc


def party_list(doc: Document) -> list[Party]:
    parties = [*doc.participants, *doc.recipients]
    for party in (doc.sender, doc.drafted_by, doc.approved_by):
        if party:
            parties.append(party)
    return parties


def is_role_only(written: str) -> bool:
    text = re.sub(r"\s*\(.*?\)\s*", " ", written).strip().rstrip(",")
    return bool(ROLE_TEXT.fullmatch(text)) or role_key(text) is not None


def period_of(matcher: Matcher, known) -> tuple[str, str] | None:
    """The years most of an undated document's named people held office: they narrow down
    when it was written (someone listed by a later or earlier title does not veto it)."""
    counts: dict[int, int] = {}
    for person in known:
        years = set()
        for office in person.offices:
            first = int((office.start or "1900")[:4])
            last = int((office.end or "2000")[:4])
            years.update(range(first, last + 1))
        for year in years:
            counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    years = sorted(y for y, n in counts.items() if n == best)
    return str(years[0]), str(years[-1])


# How a participants list writes the office a role phrase stands for.
ROLE_IN_LIST = {
    "Secretary of State": re.compile(r"^(?:the\s+)?Secretary of State\b", re.I),
    "President": re.compile(r"^(?:the\s+)?President\b(?!\s+of\s+(?!the\s+United\s+States))", re.I),
    "Ambassador to the United States": re.compile(r"\bSoviet Ambassador\b|Ambassador to the United States", re.I),
    "Ambassador to the Soviet Union": re.compile(r"\bAmerican Ambassador\b|Ambassador to (?:Moscow|the Soviet Union|the USSR)", re.I),
    "Under Secretary of State": re.compile(r"\bUnder Secretary\b", re.I),
    "Minister of Foreign Affairs": re.compile(r"^(?:Soviet\s+)?(?:Foreign Minister|Minister of Foreign Affairs)\b", re.I),
    "First Deputy Minister of Foreign Affairs": re.compile(r"First Deputy (?:Foreign )?Minister", re.I),
}


def confident_in_running_text(best: Candidate) -> bool:
    """A capitalised phrase in prose is a person when the match is strong and, for someone from
    an imported dataset, exactly a name the registry knows: "White House" is no "David W. Wain House"."""
    return best.score >= 0.85 and ("core" in best.person.sources or best.evidence.startswith("name as known"))


class _Linker:
    def __init__(self, doc: Document, matcher: Matcher, context: MatchContext):
        self.doc = doc
        self.matcher = matcher
        self.context = context
        self.mentions: list[Mention] = []
        self.local: dict[str, str] = {}  # person id → name, for people not in the registry
        self.taken: list[tuple[int, int]] = []
        self.cache: dict[tuple, list[Candidate]] = {}  # the same words recur through a document

    def match(self, text: str, title: str | None = None, garbled: bool = False) -> list[Candidate]:
        key = (text, title, garbled, len(self.context.known))
        if key not in self.cache:
            self.cache[key] = self.matcher.match_name(text, self.context, title=title, garbled=garbled)
        return [Candidate(c.person, c.score, c.evidence, c.office) for c in self.cache[key]]

    def link(self, written: str, start: int, end: int, kind: str, candidates: list[Candidate]) -> Mention:
        if candidates and candidates[0].score >= LINK_THRESHOLD:
            best = candidates[0]
            mention = Mention(written, start, end, kind, best.person.id, best.score, best.evidence)
            self.context.known.add(best.person.id)
        else:
            mention = Mention(written, start, end, kind, None, candidates[0].score if candidates else 0.0,
                              "; ".join(f"{c.person.name} ({c.score})" for c in candidates[:3]) or "no match")
        self.mentions.append(mention)
        if start >= 0:
            self.taken.append((start, end))
        return mention

    def is_salutation_name(self, party: Party) -> bool:
        return any(m.group("name") == party.as_written for m in SALUTATION.finditer(self.doc.text[:3000]))

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def role_from_list(self, role_text: str) -> list[Candidate]:
        """'The Secretary' in a document whose participants list names the Secretary of State."""
        key = role_key(role_text)
        office = ROLES.get(key) if key else None
        pattern = ROLE_IN_LIST.get(office[0]) if office else None
        if not pattern:
            return []
        found = [p for p in self.doc.participants if p.role and pattern.search(p.role) and p.person_id in self.matcher.by_id]
        if len({p.person_id for p in found}) != 1:
            return []
        return [Candidate(self.matcher.by_id[found[0].person_id], 0.95, f"participant listed as {found[0].role!r}")]

    def resolve_role(self, role_text: str) -> list[Candidate]:
        participants = [self.matcher.by_id[i] for i in self.context.known if i in self.matcher.by_id]
        return self.role_from_list(role_text) or self.matcher.resolve_role(role_text, self.context, participants)

    def party(self, party: Party) -> None:
        if self.is_salutation_name(party):
            return  # resolved with the salutations, by what the rest of the document says
        if party.start >= 0:
            self.taken.append((party.start, party.end))  # the entry's own role words are not mentions
        written = re.sub(r"\s*\(.*?\)\s*", " ", party.name).strip()
        if is_role_only(party.as_written):
            candidates = self.resolve_role(written)
            kind = "role"
        else:
            candidates = self.match(written, garbled=True)
            kind = "garbled" if candidates and candidates[0].evidence.startswith("OCR") else "name"
        span = (party.start, party.start + len(party.name)) if party.start >= 0 and self.doc.text[party.start:party.start + len(party.name)] == party.name else (party.start, party.end)
        mention = self.link(written, span[0], span[1], kind, candidates)
        if mention.person_id:
            party.person_id = mention.person_id
            person = self.matcher.by_id[mention.person_id]
            party.name = person.name
            if party.side is None and person.country in ("US", "USSR") and party in self.doc.participants:
                party.side = person.country  # knowing who they are tells their side
        else:  # nobody in the registry: a person local to the archive, kept with the name as written
            party.person_id = mention.person_id = self.local_id(party.name)

    def local_id(self, name: str) -> str:
        person_id = local_person_id(name)
        self.local[person_id] = name
        return person_id

    def scan_text(self) -> None:
        text = self.doc.text
        for m in ROLE_TEXT.finditer(text):
            if self.overlaps(m.start(), m.end()):
                continue
            candidates = self.resolve_role(m.group())
            if candidates:
                self.link(m.group(), m.start(), m.end(), "role", candidates)
        for m in TITLED.finditer(text):
            if self.overlaps(m.start(), m.end()):
                continue
            title = m.group("title")
            candidates = self.match(m.group("name"), title=title, garbled=True)
            # "Senator Kennedy" in 1960 names him by his office: a role; "President Roosevelt" in 1960 does not.
            kind = "garbled" if candidates and candidates[0].evidence.startswith("OCR") else ("role" if candidates and candidates[0].office else "name")
            if candidates:
                self.link(m.group(), m.start(), m.end(), kind, candidates)
        for m in FULL_NAME.finditer(text):
            if self.overlaps(m.start(), m.end()) or not self.matcher.knows_surname(m.group().split()[-1]):
                continue
            if m.group().split()[0] in ("Dear", "My", "Yours", "Sincerely"):
                continue
            candidates = self.match(m.group())
            if candidates and confident_in_running_text(candidates[0]):
                self.link(m.group(), m.start(), m.end(), "name", candidates)
        for m in WORD.finditer(text):
            if m.group() in NOT_PEOPLE or not self.matcher.knows_surname(m.group()) or self.overlaps(m.start(), m.end()):
                continue
            candidates = self.match(m.group())
            if candidates and self.bare_surname_ok(m.group(), candidates[0]):
                self.link(m.group(), m.start(), m.end(), "name", candidates)

    def bare_surname_ok(self, word: str, best: Candidate) -> bool:
        """A capitalised word alone is a person only if the document already names them, the
        registry knows the word as their name, or it is the surname of exactly one core person
        (a big imported registry must not turn every 'Long' or 'Bruce' into a person)."""
        if best.score < LINK_THRESHOLD:
            return False
        if best.person.id in self.context.known or best.evidence.startswith("name as known"):
            return True
        return len(word) >= 5 and self.matcher.unique_core_surname(word) is best.person

    def scan_notes(self) -> None:
        """Names in footnotes and the source note count as references too (no span in the text)."""
        notes = [f.text for f in self.doc.footnotes if f.text]
        for note in notes:
            for pattern in (FULL_NAME, TITLED):
                for m in pattern.finditer(note):
                    name = m.group("name") if pattern is TITLED else m.group()
                    candidates = self.match(name)
                    if candidates and confident_in_running_text(candidates[0]):
                        self.link(m.group(), -1, -1, "name", candidates)

    def salutations(self) -> None:
        for m in SALUTATION.finditer(self.doc.text[:3000]):
            written = m.group("name")
            start = m.start("name")
            if fold(written) in ROLES:
                continue  # a role ("Dear Mr. Chairman"), resolved with the others
            if " " in written:  # "Dear Mr. Menshikov"
                candidates = self.matcher.match_name(written, self.context)
            else:
                candidates = self.matcher.resolve_given_name(written, self.context)
            self.mentions = [x for x in self.mentions if not (x.start == start and x.end == start + len(written))]
            mention = self.link(written, start, start + len(written), "salutation", candidates)
            for party in self.doc.recipients:
                if party.as_written == written and mention.person_id:
                    party.person_id = mention.person_id
                    party.name = self.matcher.by_id[mention.person_id].name

    def relink_garbled_parties(self) -> None:
        """A participant whose name OCR damaged beyond the registry's reach ("Dobryriin") is the
        person the text names clearly elsewhere with a near surname and the same initial."""
        known = [self.matcher.by_id[i] for i in self.context.known if i in self.matcher.by_id]
        for party in party_list(self.doc):
            if not (party.person_id or "").startswith("local:"):
                continue
            tokens = name_tokens(party.name)
            if len(tokens) < 2:
                continue
            surname = skeleton(tokens[-1])
            near = [
                p for p in known
                if name_tokens(p.name) and name_tokens(p.name)[0][:1] == tokens[0][:1]
                and ocr_distance(surname, skeleton(name_tokens(p.name)[-1]), 2.0) <= 2.0
            ]
            if len(near) == 1:
                local_id, party.person_id, party.name = party.person_id, near[0].id, near[0].name
                for mention in self.mentions:
                    if mention.person_id == local_id:
                        mention.person_id = near[0].id
                        mention.evidence = f"OCR-garbled; near {near[0].name!r}, named elsewhere in the document"
                self.local.pop(local_id, None)

    def persons(self) -> list[Person]:
        seen: dict[str, Person] = {}
        for mention in self.mentions:
            if mention.person_id and mention.person_id not in seen:
                known = self.matcher.by_id.get(mention.person_id)
                seen[mention.person_id] = Person(mention.person_id, known.name if known else self.local[mention.person_id])
        return list(seen.values())


HEAD_OFFICES = {"Chairman of the Council of Ministers", "First Secretary of the Communist Party", "General Secretary of the Communist Party",
                "Prime Minister", "Premier", "President", "Chancellor", "Shah"}
COVER_NOTE = re.compile(r"(?i)\b(?:the\s+attached|enclosed|enclosure|attachment)\b")


def attribute_unsigned(documents: list[Document], matcher: Matcher) -> None:
    """Senders an unsigned letter's context establishes, with the reason as evidence.

    A letter sent with a cover letter ("the attached") in the same file is from the cover
    letter's writer; an unsigned letter to a foreign head of government is, in these
    records, the President's (a lower confidence, and said so)."""
    for i, doc in enumerate(documents):
        if doc.type != "letter" or doc.sender is not None:
            continue
        previous = documents[i - 1] if i else None
        if previous and previous.type == "letter" and previous.sender and COVER_NOTE.search(previous.text):
            doc.sender = Party(previous.sender.as_written, previous.sender.name, person_id=previous.sender.person_id)
            doc.evidence["sender"] = Evidence(-1, -1, f"inferred: the cover letter of part {previous.part} sends it")
            add_person(doc, doc.sender, matcher)
            continue
        date = doc.date or (doc.date_range[1] if doc.date_range else None)
        recipient = next((matcher.by_id.get(r.person_id) for r in doc.recipients if r.person_id in matcher.by_id), None)
        if not (date and recipient and recipient.country != "US"):
            continue
        if any(o.title in HEAD_OFFICES and o.country == recipient.country and holds_office(o, date) for o in recipient.offices):
            presidents = holders(matcher.persons, "President", "US", date)
            if len(presidents) == 1:
                doc.sender = Party("", presidents[0].name, person_id=presidents[0].id)
                doc.evidence["sender"] = Evidence(-1, -1, f"inferred: unsigned letter to a head of government; President on {date}")
                add_person(doc, doc.sender, matcher)


def add_person(doc: Document, party: Party, matcher: Matcher) -> None:
    if party.person_id and all(p.id != party.person_id for p in doc.persons):
        doc.persons.append(Person(party.person_id, party.name))
