"""Dialogue: who said what in a conversation, whose message was relayed, and where the
record itself looks wrong.

A memorandum of conversation reports speech as "Mikoyan said that ...", "The Secretary
observed ...", "He added ..."; each sentence with such an attribution starts a turn (or
continues one), a sentence without one continues the current speaker. The speaker is the
person the people stage linked at those words. A speaker who is not among the
participants is flagged, with the participant the words most likely belong to.
"""

from __future__ import annotations

import re

from ..authority.matcher import MatchContext, Matcher, name_tokens, ocr_distance, role_key, skeleton
from ..authority.registry import holds_office
from ..model import Document, Flag, Mention, Person, Turn

LEADING_OFFICES = {
    "President", "Vice President", "Secretary of State", "Chairman of the Council of Ministers",
    "First Secretary of the Communist Party", "General Secretary of the Communist Party", "Minister of Foreign Affairs",
    "Prime Minister", "Chancellor",
}
CONVERSATION_TYPES = {"memorandum of conversation", "record of meeting"}
SPEECH = (
    r"said|stated|observed|remarked|replied|noted|emphasized|emphasised|pointed out|declared|added|asked|continued|"
    r"agreed|interjected|concluded|opined|asserted|began|rejoined|suggested|thanked|expressed|responded|answered|"
    r"commented|explained|insisted|recalled|stressed|inquired|countered|opened|repeated|wondered|promised|indicated"
)
ATTRIBUTION = re.compile(
    rf"\b(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){{0,3}}|[Tt]he[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[Hh]e|[Ss]he)[ \t]+(?:{SPEECH})\b"
)
# A sentence that opens with a name and "<word> that": an attribution whose verb OCR damaged ("aclded that").
LOOSE_ATTRIBUTION = re.compile(r"^\s*(?P<who>(?:[Tt]he[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t]+\w+(?:[ \t]+\w+)?[ \t]+that\b")
SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?!\s*\n))+(?:[.!?]+[\"”’)]*|$)")
# The speaker's own going home: "upon his return to Moscow", "he would return to Moscow"
# (not "when Mikoyan returned to Moscow", which is about someone else).
MOSCOW_CUE = re.compile(r"(?i)\bhis\s+return\s+to\s+Moscow\b|\bhe\s+(?:would\s+|will\s+)?return(?:ed|s)?\s+to\s+Moscow\b")
WASHINGTON_CUE = re.compile(r"(?i)\bhis\s+return\s+to\s+Washington\b|\bhe\s+(?:would\s+|will\s+)?return(?:ed|s)?\s+to\s+Washington\b")
RELAY = re.compile(r"(?i)\bmessage\b[^.]{0,80}?\bfrom\s+")
RELAY_VERB = re.compile(r"(?i)\b(?:translated|conveyed|delivered|handed|relayed|passed\s+on|read)\b")


def dialogue(doc: Document, matcher: Matcher) -> Document:
    if doc.type in CONVERSATION_TYPES and doc.text:
        Conversation(doc, matcher).run()
    doc.channel = channel_of(doc)
    doc.flags += dead_participants(doc, matcher)
    return doc


class Conversation:
    def __init__(self, doc: Document, matcher: Matcher):
        self.doc = doc
        self.matcher = matcher
        self.participants = {p.person_id: p for p in doc.participants if p.person_id}
        self.side = {pid: p.side for pid, p in self.participants.items()}
        self.counts: dict[str, int] = {}

    def person_at(self, start: int, end: int) -> str | None:
        for mention in self.doc.mentions:
            if mention.person_id and mention.start < end and start < mention.end:
                return mention.person_id
        return None

    def body_start(self) -> int:
        """Where the reported conversation begins: after the header blocks and lists."""
        for m in re.finditer(r"(?m)^.+$", self.doc.text):
            if len(m.group()) > 60 and ATTRIBUTION.search(m.group()):
                return m.start()
        return len(self.doc.text)

    def run(self) -> None:
        text = self.doc.text
        turns: list[Turn] = []
        current: str | None = None
        written_as: dict[int, str] = {}  # turn index → the name as the record wrote it, when flagged
        start = self.body_start()
        for sentence in SENTENCE.finditer(text, start):
            s, e = sentence.start(), sentence.end()
            speaker, who = self.attributed(sentence.group(), s)
            if speaker is None:
                if turns and current:
                    turns[-1].end = e
                continue
            if speaker == "continue":
                speaker = current
            if speaker is None:
                continue
            if speaker not in self.participants and self.participants:
                speaker = self.misattributed(speaker, who, sentence.group(), s, e, turns, written_as)
            if turns and turns[-1].speaker == speaker:
                turns[-1].end = e
            else:
                turns.append(Turn(speaker, s, e))
            current = speaker
            self.counts[speaker] = self.counts.get(speaker, 0) + 1
        self.doc.turns = turns
        self.check_identity(turns, written_as)
        names = {p.id: p.name for p in self.doc.persons}
        self.doc.speakers = [Person(pid, names.get(pid, pid)) for pid in dict.fromkeys(t.speaker for t in turns)]

    def attributed(self, sentence: str, offset: int) -> tuple[str | None, str]:
        """The speaker a sentence names ('continue' for He/She), and the words naming them."""
        found = None
        for m in ATTRIBUTION.finditer(sentence):
            who = m.group("who")
            if re.search(r"\b[Aa]s\s+(?:the\s+)?$", sentence[: m.start("who")]):
                continue  # "as the President said": a reference inside someone's speech
            if who.lower() in ("he", "she"):
                found = ("continue", who) if found is None else found
                continue
            start, end = offset + m.start("who"), offset + m.end("who")
            person = self.person_at(start, end) or self.participant_like(who) or self.speaker_by_name(who, start, end)
            if person:
                found = (person, who)  # the last attribution is the main clause's ("When X objected, Y said")
        if found is None:
            m = LOOSE_ATTRIBUTION.match(sentence)
            person = m and (self.person_at(offset + m.start("who"), offset + m.end("who")) or self.participant_like(m.group("who")))
            if person and person in self.participants:
                found = (person, m.group("who"))
        return found if found else (None, "")

    def speaker_by_name(self, who: str, start: int, end: int) -> str | None:
        """A name the people stage left alone as a bare word ("Kennedy said") is still a speaker's
        name: linked here, with the office held on the date to choose among namesakes."""
        if not re.fullmatch(r"[A-Z][a-z][\w'-]+", who) or who in ("The", "He", "She"):
            return None
        date = self.doc.date or (self.doc.date_range[1] if self.doc.date_range else None)
        candidates = self.matcher.match_name(who, MatchContext(date=date, known={p for p in self.participants}), garbled=False)
        if len(candidates) > 1 and date:
            # A name said of someone absent most likely means the most prominent holder of it then.
            leading = [c for c in candidates if any(o.title in LEADING_OFFICES and holds_office(o, date) for o in c.person.offices)]
            candidates = leading if len(leading) == 1 else candidates
            if len(candidates) == 1:
                candidates[0].score = max(candidates[0].score, 0.6)
        if not candidates or candidates[0].score < 0.6:
            return None
        best = candidates[0]
        self.doc.mentions.append(Mention(who, start, end, "name", best.person.id, best.score, best.evidence + "; named as a speaker"))
        if all(p.id != best.person.id for p in self.doc.persons):
            self.doc.persons.append(Person(best.person.id, best.person.name))
        return best.person.id

    def participant_like(self, who: str) -> str | None:
        """A surname OCR garbled ("Dobryriin said") that is one participant's, within two slips."""
        key = role_key(who)
        if key:  # "The Secretory said": the participant listed by that role
            listed = {pid for pid, party in self.participants.items() if role_key(party.as_written) == key}
            return listed.pop() if len(listed) == 1 else None
        words = who.split()
        if len(words) != 1 or len(words[0]) < 5:
            return None
        key = skeleton(words[0])
        near = {
            pid for pid in self.participants
            if pid in self.matcher.by_id and ocr_distance(key, skeleton(name_tokens(self.matcher.by_id[pid].name)[-1]), 2.0) <= 2.0
        }
        return near.pop() if len(near) == 1 else None

    def misattributed(self, speaker: str, who: str, sentence: str, start: int, end: int, turns: list[Turn], written_as: dict) -> str:
        """Flag a speaker who was not there; return the participant the words most likely belong to."""
        previous = turns[-1].speaker if turns else None
        person = self.matcher.by_id.get(speaker)
        if MOSCOW_CUE.search(sentence):
            suggestion, why = self.principal("USSR"), "the words speak of returning to Moscow"
        elif WASHINGTON_CUE.search(sentence):
            suggestion, why = self.principal("US"), "the words speak of returning to Washington"
        elif turns and written_as.get(len(turns) - 1) == who:
            suggestion, why = previous, f"the previous words attributed to {who} were theirs too"
        elif previous and person and self.side.get(previous) == person.country:
            suggestion, why = previous, "the conversation continues on the same side"
        else:
            other = {"US": "USSR", "USSR": "US"}.get(self.side.get(previous) or "", None)
            suggestion, why = (self.principal(other) if other else None), "the other side's turn"
        suggestion = suggestion or previous
        name = lambda pid: (self.matcher.by_id[pid].name if pid in self.matcher.by_id else pid)  # noqa: E731
        self.doc.flags.append(
            Flag(
                "speaker-not-participant",
                f"{who} ({name(speaker)}) is not among the participants"
                + (f"; most likely {name(suggestion)}: {why}" if suggestion else ""),
                start,
                end,
                name(suggestion) if suggestion else None,
            )
        )
        if suggestion:
            written_as[len(turns) if not turns or turns[-1].speaker != suggestion else len(turns) - 1] = who
            return suggestion
        return speaker

    def check_identity(self, turns: list[Turn], corrected: dict) -> None:
        """A participant whose words contradict who they are: an American 'returning to Moscow'."""
        for i, turn in enumerate(turns):
            if i in corrected:
                continue
            words = self.doc.text[turn.start:turn.end]
            side = self.side.get(turn.speaker)
            for cue, wrong_side, place in ((MOSCOW_CUE, "US", "Moscow"), (WASHINGTON_CUE, "USSR", "Washington")):
                m = cue.search(words)
                if m and side == wrong_side:
                    name = self.matcher.by_id[turn.speaker].name if turn.speaker in self.matcher.by_id else turn.speaker
                    self.doc.flags.append(Flag(
                        "identity-contradiction",
                        f"{name} ({side}) speaks of returning to {place}: the words may be another participant's",
                        turn.start + m.start(), turn.start + m.end(), self.name(self.principal({"US": "USSR", "USSR": "US"}[side])),
                    ))

    def name(self, person_id: str | None) -> str | None:
        if person_id is None:
            return None
        return self.matcher.by_id[person_id].name if person_id in self.matcher.by_id else person_id

    def principal(self, side: str | None) -> str | None:
        """The participant of a side who has spoken most so far (or is listed first)."""
        members = [pid for pid, s in self.side.items() if s == side]
        if not members:
            return None
        return max(members, key=lambda pid: (self.counts.get(pid, 0), -list(self.participants).index(pid)))


def channel_of(doc: Document) -> list[Person]:
    """Originator → intermediaries → writer → addressee, when a message is reported as relayed."""
    m = RELAY.search(doc.text)
    if not m:
        return []
    names = {p.id: p.name for p in doc.persons}
    after = [x for x in doc.mentions if x.person_id and m.end() <= x.start < m.end() + 40]
    if not after:
        return []
    originator = after[0].person_id
    sentence_start = doc.text.rfind(".", 0, m.start()) + 1
    correspondents = {p.person_id for p in [doc.sender, *doc.recipients] if p}
    chain = [originator]
    if RELAY_VERB.search(doc.text[sentence_start:m.end() + 200]):
        # The intermediary: the last person named shortly before, other than the correspondents.
        before = [
            x for x in doc.mentions
            if x.person_id and m.start() - 400 <= x.start < m.start() and x.person_id not in correspondents | {originator}
        ]
        if before:
            chain.append(before[-1].person_id)
    for party in [doc.sender, *doc.recipients]:
        if party and party.person_id and party.person_id not in chain:
            chain.append(party.person_id)
    return [Person(pid, names.get(pid, pid)) for pid in chain] if len(chain) > 2 else []


def dead_participants(doc: Document, matcher: Matcher) -> list[Flag]:
    """Participants who had died by the document's date, listed on both sides, or listed by
    an office they did not hold on that date."""
    date = doc.date or (doc.date_range[0] if doc.date_range else None)
    flags = []
    for party in doc.participants:
        person = matcher.by_id.get(party.person_id or "")
        if not (date and person and party.role):
            continue
        named = [o for o in person.offices if o.title.lower() in party.role.lower()]
        if named and not any(holds_office(o, date) for o in named):
            flags.append(Flag("date-outside-office", f"{person.name} is listed as {party.role}, an office not held on {date}", party.start, party.end))
    for party in doc.participants:
        person = matcher.by_id.get(party.person_id or "")
        if date and person and person.died and person.died < int(date[:4]):
            flags.append(Flag("participant-dead", f"{person.name} died in {person.died}, before this document's date", party.start, party.end))
    sides: dict[str, set] = {}
    for party in doc.participants:
        if party.person_id and party.side:
            sides.setdefault(party.person_id, set()).add(party.side)
    for pid, found in sides.items():
        if len(found) > 1:
            flags.append(Flag("participant-both-sides", f"{pid} is listed on both sides ({', '.join(sorted(found))})"))
    return flags
