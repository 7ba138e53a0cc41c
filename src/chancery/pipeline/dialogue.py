"""Dialogue: who said what in a conversation, whose message was relayed, and where the
record itself looks wrong.

Two forms. A script gives each turn a speaker label at the start of a line ("Gromyko: I
see ...", "The Secretary: There are ...", "K: From a TV producer."): labels are resolved
through the people stage's mentions, the header's participants, or, for initials and
abbreviations ("K", "Church", "Pres."), the one person of the document they fit. A narrative
reports speech ("Mikoyan said that ...", "The Secretary observed ...", "I replied ..."): each
sentence with an attribution starts or continues a turn, a sentence without one continues
the current speaker, "I" is the memorandum's writer. A speaker who is not among the
participants is flagged, with the participant the words most likely belong to.

Every step is linear in the text: sentences are found by one scan, speech verbs by one
regular expression with a bounded look-back for the speaker, and the person at a span by
bisection over the sorted mentions.
"""

from __future__ import annotations

import bisect
import re

from ..authority.matcher import Matcher, fold, name_tokens, ocr_distance, signs_as, skeleton
from ..authority.offices import office_of
from ..authority.registry import holds_office
from ..layouts.memcon import INITIALS_ALONE
from ..model import Document, Evidence, Flag, Mention, Party, Person, Turn
from .noise import MONTHS
from .patterns import alternation
from .people import REPORTER_CALLED, participant_surnames

CONVERSATION_TYPES = {"memorandum of conversation", "record of meeting"}
SAID = (
    "said says stated observed remarked replied noted emphasized emphasised pointed\\s+out "
    "declared added asked continued agreed interjected concluded opined asserted rejoined "
    "suggested thanked expressed responded answered commented explained insisted recalled "
    "stressed inquired countered repeated wondered promised indicated told reported mentioned "
    "proposed urged raised described outlined maintained contended acknowledged affirmed "
    "reiterated recommended advised cautioned warned confirmed objected invited referred spoke"
).split()
MORE_SPEECH = (
    "assured argued opened began claimed conceded admitted protested retorted queried elaborated "
    "pressed "
    "summarized requested announced underlined underscored predicted complained reminded "
    "recounted contradicted interrupted intervened launched joked quipped boasted denied "
    "disagreed doubted estimated presented briefed questioned reviewed covered "
    "provided\\s+background gave\\s+(?:a|an|his|her)\\s+(?:report|account|summary|briefing|review|"
    "rundown) made\\s+the\\s+following\\s+points "
    "made\\s+(?:the\\s+point|clear|it\\s+clear) summed\\s+up wanted\\s+to\\s+know "
    "felt\\s+that thought\\s+that believed\\s+that was\\s+concerned\\s+that "
    "had\\s+(?:some\\s+|serious\\s+|strong\\s+)?reservations "
    # the present tense of records in translation: "McCloy remarks that", "Mikoyan asks"
    "remarks notes asks replies answers responds adds stresses emphasizes explains declares "
    "observes objects agrees proposes suggests insists states points\\s+out speaks believes"
).split()


# Words that say who spoke in a memorandum of conversation; SAID alone decides whether another
# memorandum reports a conversation at all (a writer "argued" and "requested" in his own name).
SPEECH = re.compile(
    rf"\b(?:{alternation(SAID + MORE_SPEECH)})\b"
    r"|['’]s\s+(?:view|reply|answer|response)\s+was\b"  # "The Secretary's reply was that"
)
REPORTED_SPEECH = re.compile(rf"\b(?:{alternation(SAID)})\b")
DATED_EVENT = re.compile(
    rf"\s*(?:On|By|Since)\s+(?:\d{{1,2}}\s+[A-Z][a-z]+|(?:{MONTHS})\s+\d{{1,2}})\b"
)
PASSIVE_SPEECH = re.compile(
    r"\b(?:was|were)\s+(?:asked|told|assured|informed|questioned)\s+by\s+"
    r"(?P<who>(?:(?:Mr|Mrs|Dr)\.\s+|Ambassador\s+|[Tt]he\s+)?[A-Z][\w’'-]+)"
)
# A clause of what may yet be said: "in the event Khrushchev asks", "if the Soviets propose".
HYPOTHETICAL = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ss]hould|[Ii]n\s+case|[Ii]n\s+the\s+event(?:\s+that)?|[Ww]hether)"
    r"\s+(?:the\s+)?$"
)
# What may stand before a sentence's or clause's subject: nothing, "Then", or text up to a comma.
CLAUSE_OPENING = re.compile(r"\s*(?:(?:Then|Later|Finally)\s+|.*[,;]\s*)?", re.S)
# The first of two subjects joined by "and", just before the second.
PAIRED_SUBJECT = re.compile(
    r"(?P<other>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t]+and[ \t]+$"
)
JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){0,3}[A-Z]")  # the word before a stop: "N", "A.I"
# Letters with stops that end sentences as well as any word: "... to the U.S. The Secretary"
ABBREVIATIONS = {"U.S", "U.S.S.R", "U.K", "U.N", "D.C", "A.M", "P.M", "U.A.R", "F.R.G", "G.D.R"}
LOOK_BACK = 60  # characters before a speech verb searched for its subject
SUBJECT_END = re.compile(
    r"(?P<who>\b[Hh]e[ \t]+\([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}\)|"
    r"\b[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}|\b[Tt]he[ "
    r"\t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}|\b[Hh]e|\b[Ss]he|\bI)"
    r"(?:,[^,]{1,40},)?(?:[ \t]+(?:then|also|again|further|later|finally|first|next|"
    r"however|only|simply|\w+ly))*[ \t]*$"
)
LABEL = re.compile(
    # A news conference's questioner: "Q. John Doe, Some Paper: Mr. President, ..."
    r"Q\.\s+(?P<asker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+[^:\n]{2,60}:\s+(?=\S)"
    # A party's notes: "Cde. Mikoyan: Without Nagy ...", "Cde. Molotov--With Nagy left ..."
    # ("Cde Pham Van Dong:", "Cde. Nguyen Duy Trinh:": a name of three words)
    r"|(?P<comrade>(?:Cde|Com|Comrade)\.?\s+(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w'’-]+"
    r"(?:\s[A-Z][\w'’-]+){0,2})"
    r"\s*(?::|--|—)\s*(?=\S)"
    r"|(?P<label>(?:The\s+|Mr\.\s+|Dr\.\s+|Ambassador\s+|Amb\.\s+|General\s+|"
    r"President\s+|Secretary\s+(?:of\s+(?:State|Defense|the\s+Treasury)\s+)?|Chairman\s+|"
    r"Foreign\s+Minister\s+|General\s+Secretary\s+|Prime\s+Minister\s+|"
    r"Minister\s+)?(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)"
    r"\s*:\s+(?=\S)"
    # Notes taken at the table abbreviate: "Pres. We should ...", "Ed. reported ..."
    r"|(?P<short>(?!(?:Mr|Mrs|Ms|Dr|Gen|Amb|St|No|Sr|Jr|Lt|Col|Adm|Sen|"
    r"Gov)\.)[A-Z][a-z]{1,4})\.\s+(?=[A-Z])"
    # A record in translation: "MAO ZEDONG. In 1954 you asked ...", "N.S. KHRUSHCHEV. Yes, ...",
    # "HO CHI MINH. Does ...", and without the full stop "N. S. KHRUSHCHEV The Western ..."
    r"|(?P<caps>(?:[A-Z]\.\s?){0,3}(?:[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}))"
    r"\.\s+(?=[A-Z])"
    r"|(?P<bare>(?:[A-Z]\.\s?){1,3}[A-Z]{3,}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2})\s+(?=[A-Z][a-z])"
    # ... or in ordinary case after the initials: "A.A. Gromyko. I am afraid ...", "C. Vance. We"
    r"|(?P<initialled>(?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w'’-]+)\.\s+(?=[A-Z])"
    # Notes of a telephone call: "W— I am interested ...", "H —The press ..."
    r"|(?P<dash>[A-Z][a-z]{0,10}|[A-Z]{1,3})\s?[—–]\s?(?=[A-Z])"
    # A transcript of a call by initials: "K. Good morning, Mr. President.", "N. Go ahead." (not the
    # French "M. Molotov"); the words on the same line ("G." over "Brigadier General" signs)
    # (not "I. On the question of ...", a part's Roman number)
    r"|(?P<initial>[A-HJ-LN-Z])\.[ \t]+(?=[A-Z])"
)
# A speaker's name alone on its line, the words on the next ("Robert S. “Bob” McNamara").
NAME_PIECE = r"(?:[A-Z][\w.'’-]*|[“\"][A-Z][^”\"\n]{0,15}[”\"])"
OWN_LINE_LABEL = re.compile(rf"[ \t]*(?P<own>{NAME_PIECE}(?:[ \t]+{NAME_PIECE}){{0,4}})[ \t]*\n\s*")
TITLED = re.compile(
    r"(?:Mr\.|Dr\.|Ambassador|Amb\.|General|President|Secretary|Chairman|Foreign|Prime|Minister)\s"
)
NOTED_OPENING = re.compile(
    r"(?:Reviewed|Said|Stated|Noted|Reported|Described|Commented|Outlined|Summarized|"
    r"Explained|Recommended|Emphasized|Pointed\s+out|Indicated|Observed|Urged)\s"
)
MIXED_CASE = re.compile(
    r"[A-Z](?:[a-z]|\s+[a-z])"
)  # words after a label in capitals, in ordinary case
SCRIPT_LINES = (
    3  # labelled lines that make a document a script (one, when every label is a participant)
)
# The speaker's own going home: "upon his return to Moscow", "he would return to Moscow"
# (not "when Mikoyan returned to Moscow", which is about someone else).
MOSCOW_CUE = re.compile(
    r"(?i)\bhis\s+return\s+to\s+Moscow\b|\bhe\s+(?:would\s+|will\s+)?return(?:ed|"
    r"s)?\s+to\s+Moscow\b"
)
WASHINGTON_CUE = re.compile(
    r"(?i)\bhis\s+return\s+to\s+Washington\b|\bhe\s+(?:would\s+|will\s+)?return(?:ed|"
    r"s)?\s+to\s+Washington\b"
)
RELAY = re.compile(r"(?i)\bmessage\b[^.]{0,80}?\bfrom\s+")
RELAY_VERB = re.compile(
    r"(?i)\b(?:translated|conveyed|delivered|handed|relayed|passed\s+on|read)\b"
)
NOT_LABELS = re.compile(
    r"(?i)^(?:note|subject|source|summary|participants|present|date|place|time|ref|"
    r"comment|begin|end|text|tab|"
    r"annex|attachment|enclosure|item|question|answer|q|a|re|cc|copies|distribution|"
    r"from|to|page|section|paragraph)$"
)


# The first words of a turn spoken, never of a meeting item's topic.
SPOKEN_OPENING = re.compile(
    r"(?:I|We|You|Yes|No|Well|Our|My|Your|Let\s+me|Let\s+us|Of\s+course|Certainly|Thank)\b"
)
BY_OFFICE = re.compile(r",?\s+by\s+(?P<office>(?:the\s+)?[A-Z][\w.’' ]+)$")


def dialogue(doc: Document, matcher: Matcher) -> Document:
    if doc.text:
        conversation = Conversation(doc, matcher)
        if conversation.script():
            type_by_turns(doc)
            if doc.type == "record of meeting":
                also_reported(doc, matcher)
        elif reports_speech(doc):
            conversation.narrative()
    doc.channel = channel_of(doc)
    doc.flags += dead_participants(doc, matcher)
    return doc


def also_reported(doc: Document, matcher: Matcher) -> None:
    """Minutes labelled by speaker ("Mr. Dulles:" over his items) that report others' words
    inside a section ("Mr. Helms said he knew that ..."): those participants spoke too. The
    labels keep the turns; the speakers gain the participants the reports name."""
    turns, speakers, flags = doc.turns, doc.speakers, list(doc.flags)
    Conversation(doc, matcher).narrative()
    named = {p.id for p in speakers}
    listed = {p.person_id for p in doc.participants}
    doc.speakers = speakers + [p for p in doc.speakers if p.id not in named and p.id in listed]
    doc.turns, doc.flags = turns, flags


def type_by_turns(doc: Document) -> None:
    """A memcon's later page, its heading gone ("Kissinger: ..." / "Ch'iao: ..."): a classified
    script of two speakers or more that nothing else typed (a taped call's transcript has no
    marking, and stays "other")."""
    said = doc.evidence.get("type")
    if (
        doc.type == "other"
        and said
        and said.basis == "no cue"
        and doc.classification
        and len({t.speaker for t in doc.turns}) >= 2
        and len(doc.turns) >= SCRIPT_LINES
    ):
        doc.type = "memorandum of conversation"
        doc.evidence["type"] = Evidence(doc.turns[0].start, doc.turns[0].end, "turns")


def reports_speech(doc: Document) -> bool:
    """Memoranda of conversation and records of meetings; other memoranda that report a
    conversation (not the CIA's daily meeting notes). (Telegrams that report a talk too were
    measured: speakers fell on every set, 0.88 to 0.85 on the tuned part of ../shared/real.)"""
    if doc.type in CONVERSATION_TYPES:
        return True
    if doc.type == "other" and TELEPHONE_TITLE.search(doc.title or ""):
        return True  # a call's transcript told in the third person: "K said ... D said ..."
    if doc.type == "other" and TRANSCRIPT_HEAD.search(doc.text[:TRANSCRIPT_HEAD_WITHIN]):
        return True  # a recording's transcript under its heading ("Transcript")
    return (
        doc.type == "memorandum"
        and doc.collection != "crest"
        and len(REPORTED_SPEECH.findall(doc.text)) >= 4
    )


SHORT_OFFICE = re.compile(r"(?:[Tt]he\s+)?(Pres|Sec|Secy)\.?")
SHORT_OFFICES = {
    "pres": ("President", "US"),
    "sec": ("Secretary of State", "US"),
    "secy": ("Secretary of State", "US"),
}
TRANSCRIPT_HEAD = re.compile(r"(?m)^[ \t]*Transcript[ \t]*$")
TRANSCRIPT_HEAD_WITHIN = 400  # characters: the heading stands under the title
TELEPHONE_TITLE = re.compile(r"(?i)\bTelephone\s+(?:Conversation|Call)\b|\bTelcon\b")
# The editors' footnote marker may follow the full stop ("verses by the poet.1 Both ...").
SENTENCE_END = re.compile(r"[.!?][\"”’)\]']*(?:(?<=[a-z]\.)\d{1,2})?(?=\s|$)|\n[ \t]*\n")
NOT_AN_END = {
    "Mr",
    "Mrs",
    "Dr",
    "Ms",
    "St",
    "Gen",
    "Amb",
    "Adm",
    "Col",
    "Lt",
    "Sen",
    "Gov",
    "No",
    "vs",
    "Sec",  # a call's notes: "The Sec. said ... The Pres. said"
    "Secy",
    "Pres",
}


def sentences(text: str, start: int = 0):
    """(start, end) of each sentence: up to . ! ? (with closing quotes) or a blank line. One
    pass of a pattern without nested repetition, so linear in the text."""
    begin = start
    for m in SENTENCE_END.finditer(text, start):
        if m.group()[0] == ".":
            # the word before the stop, also at a paragraph's start ("\n\nMr. Doe said")
            cut = max(text.rfind(" ", begin, m.start()), text.rfind("\n", begin, m.start()))
            word = text[max(cut + 1, begin) : m.start()].strip()
            if word in NOT_AN_END or JOINED_INITIALS.fullmatch(word) and word not in ABBREVIATIONS:
                continue  # "Mr." and initials ("N. S.", "A.I.") do not end a sentence
        end = m.end() if m.group()[0] in ".!?" else m.start()
        if text[begin:end].strip():
            yield begin, end
        begin = m.end()
    if text[begin:].strip():
        yield begin, len(text)


class Conversation:
    first_heard: tuple[str, int] | None = None  # set by attributed: another speaker before

    def __init__(self, doc: Document, matcher: Matcher):
        self.doc = doc
        self.matcher = matcher
        self.participants = {p.person_id: p for p in doc.participants if p.person_id}
        self.side = {pid: p.side for pid, p in self.participants.items()}
        self.counts: dict[str, int] = {}
        spans = sorted(
            (m.start, m.end, m.person_id) for m in doc.mentions if m.person_id and m.start >= 0
        )
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        self._reporters: list[tuple[int, str]] | None = None

    def person_at(self, start: int, end: int) -> str | None:
        """The person a mention overlapping [start, end) names (the last such mention)."""
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.spans[i][0] >= start - 80:
            s, e, pid = self.spans[i]
            if s < end and start < e:
                return pid
            i -= 1
        return None

    # -- scripts ---------------------------------------------------------------------
    def script(self) -> bool:
        """Turns from speaker labels at the start of lines, or on lines of their own over what
        each said; False when the text is no script."""
        return self.turns_from(self.labels_in_lines()) or self.turns_from(
            self.labels_over_lines(), alone_enough=False
        )

    def labels_in_lines(self) -> list[tuple[int, re.Match]]:
        """ "Gromyko: I see ...", "MAO ZEDONG. In 1954 ...": labels opening lines."""
        text = self.doc.text
        labelled = []
        # "For State: Messrs. Rusk, Ball" in the participants list is an entry, not a turn, and
        # a heading above the list ("CC CPSU Politburo transcript") is no speaker
        listed = [(p.start, p.end) for p in self.doc.participants if p.end > p.start >= 0]
        list_end = max((end for _, end in listed), default=0)
        for m in re.finditer(r"(?m)^[ \t]*(?P<bullet>[•·*–—-][ \t]+)?(?=\S)", text):
            if m.end() < list_end:
                continue
            found = LABEL.match(text, m.end(), min(len(text), m.end() + 60))
            if m.group("bullet") and found and not found.group("label"):
                # "• Gromyko: ..." is a turn; "• Dep. Foreign Minister Semenov" a line of a list
                continue
            if found and label_of(found) == "Q" and self.reporters():
                labelled.append((m.end(), found))  # a news conference's question
            elif found and (
                not NOT_LABELS.match(label_of(found).rstrip("."))
                or self.participant_surname(label_of(found))  # "Begin:" is Menachem Begin
            ):
                labelled.append((m.end(), found))
        return labelled

    def participant_surname(self, label: str) -> bool:
        """Whether the label is the surname of one of those the header lists."""
        return participant_surnames(self.doc)[label.lower()] > 0

    def reporters(self) -> list[tuple[int, str]]:
        """The reporters a news conference's transcript names in brackets as the President calls
        on them ("Ms. Doe [Jane Doe, Some Paper]?"), each with where it is named: the "Q." after
        is theirs."""
        if self._reporters is None:
            self._reporters = []
            text = self.doc.text
            for m in REPORTER_CALLED.finditer(text) if "[" in text else ():
                person = self.person_at(m.start("name"), m.end("name"))
                if person:
                    self._reporters.append((m.end(), person))
        return self._reporters

    def speaker_of(self, found: re.Match, at: int, resolved: dict) -> str | None:
        if label_of(found) == "Q":
            return next((pid for end, pid in reversed(self.reporters()) if end <= at), None)
        return resolved.get(label_of(found))

    def labels_over_lines(self) -> list[tuple[int, re.Match]]:
        """A transcript's speaker on a line of their own over what they said ("Robert S. “Bob”
        McNamara" / "Well, we have the figures now."); a name over another name (a list) or over
        nothing (a signature) is no label."""
        text = self.doc.text
        labelled = []
        starts = [self.body_start()]
        while (at := text.find("\n", starts[-1])) >= 0:  # the line starts: cheaper than "(?m)^"
            starts.append(at + 1)
        for start in starts:
            found = OWN_LINE_LABEL.match(text, start)
            if not found:
                continue
            line_end = text.find("\n", found.end())
            said = text[found.end() : line_end if line_end >= 0 else len(text)].strip()
            if (
                not said
                # (a name over a name is a list; "Yeah." under a name is a turn)
                or OWN_LINE_LABEL.fullmatch(said + "\n")
                and not said.endswith((".", "?", "!"))
                or NOT_LABELS.match(label_of(found))
            ):
                continue
            labelled.append((found.start("own"), found))
        return labelled

    def turns_from(self, labelled: list[tuple[int, re.Match]], alone_enough: bool = True) -> bool:
        """Turns from the labels, if they make the text a script: three labels that name
        someone, or (``alone_enough``) any that each name a participant."""
        text = self.doc.text
        labels = [f for _, f in labelled]
        resolved = {}
        for label in {label_of(f) for f in labels} - {"Q"}:
            resolved[label] = self.resolve_label(label, labels)
        self.drop_topics(resolved, labelled[0][0] if labelled else 0)
        hits = [f for at, f in labelled if self.speaker_of(f, at, resolved)]
        all_listed = (
            alone_enough
            and bool(hits)
            and all(resolved[label_of(f)] in self.participants for f in hits)
            and len(hits) == len(labels)
        )
        # "Ambassador Smith:" / "Secretary of State Rusk:" (or "Cde. N. Ceausescu:"): two people
        # labelled with their titles open a verbatim record's turns.
        titled = (
            self.doc.type in CONVERSATION_TYPES
            and len({resolved[label_of(f)] for f in hits}) >= 2
            and all(
                f.groupdict().get("comrade")
                or f.groupdict().get("label")
                and TITLED.match(label_of(f))
                for f in hits
            )
        )
        # Notes of a meeting report each one's words: "Under Secretary Ball: Reviewed the
        # problem of military assistance ...": a turn however few there are.
        noted = (
            self.doc.type in CONVERSATION_TYPES
            and bool(hits)
            and all(f.groupdict().get("label") and NOTED_OPENING.match(text, f.end()) for f in hits)
        )
        # A record in translation prints each speaker's surname in capitals over his words in
        # ordinary case ("BREZHNEV. This question is not ..."): a turn however few there are.
        in_capitals = (
            self.doc.type in CONVERSATION_TYPES
            and bool(hits)
            and all(f.groupdict().get("caps") and MIXED_CASE.match(text, f.end()) for f in hits)
        )
        # A party's minutes label each comrade's words ("Cde. Nicolae Ceausescu: We thought of
        # making a short presentation ..."): a turn however few there are.
        comrades = (
            self.doc.type in CONVERSATION_TYPES
            and bool(hits)
            and all(f.groupdict().get("comrade") for f in hits)
        )
        if len(hits) < SCRIPT_LINES and not (
            all_listed or titled or noted or in_capitals or comrades
        ):
            return False
        turns: list[Turn] = []
        for k, (line_start, found) in enumerate(labelled):
            speaker = self.speaker_of(found, line_start, resolved)
            if not speaker:
                continue
            end = labelled[k + 1][0] if k + 1 < len(labelled) else len(text)
            end = min(
                end, text.find("\n\n\n", line_start) if text.find("\n\n\n", line_start) > 0 else end
            )
            if turns and turns[-1].speaker == speaker:
                turns[-1].end = end
            else:
                turns.append(Turn(speaker, line_start, end))
            label_end = line_start + len(label_of(found))
            if label_of(found) != "Q" and not self.person_at(line_start, label_end):
                self.doc.mentions.append(
                    Mention(
                        label_of(found),
                        line_start,
                        label_end,
                        # "President:", "The Secretary:": named by an office, a role mention
                        "role" if office_of(label_of(found)) else "name",
                        speaker,
                        0.8,
                        "speaker label",
                    )
                )
        self.finish(turns)
        self.speakers_present(any(f.groupdict().get("asker") or label_of(f) == "Q" for f in labels))
        return True

    def speakers_present(self, news_conference: bool) -> None:
        """A transcript with no list of those present: those who speak in it were there (a
        telephone call taped, "K: Hello?" / "R: Yes, go ahead."); a news conference's
        reporters are no participants."""
        if self.doc.participants or len(self.doc.speakers) < 2 or news_conference:
            return
        for speaker in self.doc.speakers:
            person = self.matcher.by_id.get(speaker.id)
            self.doc.participants.append(
                Party(
                    as_written=speaker.name,
                    name=speaker.name,
                    person_id=speaker.id,
                    side=person.country if person else None,
                )
            )

    def drop_topics(self, resolved: dict[str, str | None], first_label: int) -> None:
        """Notes taken at a meeting head an item with the person it is about ("Kosygin: arriving
        NY late tomorrow"): where at least two labels name people at the table (the
        participants, the header's people, those named before the first label), a label
        naming someone else is a topic, not a speaker."""
        at_table = set(self.participants) | {
            p.person_id for p in [self.doc.sender, *self.doc.recipients] if p and p.person_id
        }
        at_table |= {
            m.person_id for m in self.doc.mentions if m.person_id and 0 <= m.start < first_label
        }
        if sum(1 for pid in set(resolved.values()) if pid in at_table) < 2:
            return
        for label, pid in resolved.items():
            if pid and pid not in at_table and not self.speaks_after(label):
                resolved[label] = None

    def speaks_after(self, label: str) -> bool:
        """Whether the words after the label are someone speaking ("Doe: Yes, we do.", "Doe: I
        think"), as an item's topic ("Doe: arriving late tomorrow") never is: one missing from a
        garbled list of those present still speaks."""
        return any(
            SPOKEN_OPENING.match(self.doc.text, m.end())
            for m in re.finditer(rf"(?m)^[ \t]*{re.escape(label)}\s*:\s*", self.doc.text)
        )

    def resolve_label(self, label: str, labels) -> str | None:
        """The person a speaker label names."""
        start = next(f.start() for f in labels if label_of(f) == label)
        person = self.person_at(start, start + len(label))
        if person:
            return person
        keyed = self.keyed(label.rstrip(".:").strip())
        if keyed:
            return keyed
        word = re.sub(r"^(?:[A-Z]\.\s?)+", "", label.rstrip(".").strip())  # "N.S. KHRUSHCHEV"
        word = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Mme|Cde|Com)\.\s+", "", word)  # "Dr. Brown:" is Brown
        listed = {
            p.person_id
            for p in self.doc.participants
            if p.person_id and fold(p.as_written).startswith(fold(word))
        }
        if len(listed) == 1:
            return listed.pop()  # "The Secretary:" where the list has "The Secretary of State"
        by_surname = {
            p.person_id
            for p in self.doc.participants
            if p.person_id and fold(p.name).split()[-1:] == [fold(word)]
        }
        if len(by_surname) == 1:
            return by_surname.pop()  # "Jordan:" for "B. Everett Jordan", whom the heading named
        people = self.people_in_document()
        office = (
            office_of(word)
            if re.match(r"(?i)^(?:the\s+)?(?:Pres|President|Secretary|Chairman|Ambassador)", word)
            else None
        )
        if (word.lower().startswith("pres") and len(word) <= 5) or word in ("P", "Pr"):
            office = ("President", "US")
        if office:
            holders = [pid for pid in people if self.holds(pid, office)]
            if len(holders) == 1 or " " not in word or word.lower().startswith("the "):
                return holders[0] if len(holders) == 1 else None
            word = word.split()[-1]  # "Ambassador Abbott:": the name after the title
        letters = skeleton(word)
        by_initials = self.by_initials(word, people)
        if by_initials:
            return by_initials
        if len(word) <= 2:  # "K", "D": the one person of the header whose surname starts so
            parties = [
                p
                for p in [*self.doc.participants, *self.doc.recipients, self.doc.sender]
                if p and p.person_id in self.matcher.by_id
            ]
            header = [p.person_id for p in parties if p.person_id]
            fitting = surnames_beginning(self.matcher, header or people, word[0])
            fitting |= {  # one the registry lacks, listed by surname ("(Wilson)" for "W—")
                p.person_id
                for p in self.doc.participants
                if p.person_id
                and p.person_id.startswith("local:")
                and p.name.split()[-1][:1].lower() == word[0].lower()
            }
            if not fitting:  # "S:" for the one listed as "The Secretary"
                fitting = {
                    p.person_id
                    for p in parties
                    if p.person_id
                    and re.sub(r"(?i)^the\s+", "", p.as_written)[:1] == word[0].upper()
                    and office_of(p.as_written)
                }
            return fitting.pop() if len(fitting) == 1 else None
        fitting = surnames_beginning(self.matcher, people, word[:4]) | {
            pid for pid in people if skeleton(surname_of(self.matcher, pid)).startswith(letters)
        }
        if not fitting:  # one the registry lacks, named in the text ("Comrade Baibakov")
            fitting = {
                p.id
                for p in self.doc.persons
                if p.id.startswith("local:") and fold(p.name).split()[-1:] == [fold(word)]
            }
        return fitting.pop() if len(fitting) == 1 else None

    def keyed(self, letters: str) -> str | None:
        """The person a transcript's key above the talk gives the label's letters to
        ("President Carter (P)" / "Chancellor Schmidt (S)", then "P: ...", "S: ...")."""
        if not re.fullmatch(r"[A-Z]{1,3}", letters):
            return None
        key = re.search(
            rf"(?m)^[ \t]*(?P<who>[A-Z][^\n()]{{2,60}}?)[ \t]+\({letters}\)[ \t]*$",
            self.doc.text[:KEY_HEAD],
        )
        return self.person_at(key.start("who"), key.end("who")) if key else None

    def holds(self, pid: str, office) -> bool:
        person = self.matcher.by_id.get(pid)
        date = self.doc.date or (self.doc.date_range[1] if self.doc.date_range else None)
        return person is not None and any(
            o.title == office[0]
            and (office[1] is None or o.country == office[1])
            and (not date or holds_office(o, date))
            for o in person.offices
        )

    def people_in_document(self) -> list[str]:
        return list(
            dict.fromkeys(
                [
                    *self.participants,
                    *(p.id for p in self.doc.persons if p.id in self.matcher.by_id),
                ]
            )
        )

    # -- narratives ------------------------------------------------------------------
    def narrative(self) -> None:
        text = self.doc.text
        turns: list[Turn] = []
        current: str | None = None
        written_as: dict[
            int, str
        ] = {}  # turn index → the name as the record wrote it, when flagged
        author = self.author()
        previous: tuple[int, int] | None = None
        for s, e in sentences(text, self.body_start()):
            speaker, who = self.attributed(s, e, author)
            if speaker == "continue" and current is None and previous:
                # "The President was late. As he came in he remarked ...": no one has spoken
                # yet, so "he" is the one the sentence before began with
                speaker = self.subject_of(*previous)
            previous = (s, e)
            first = self.first_heard
            if speaker not in (None, "continue") and first and first[0] != speaker:
                # "He asked my view, and I replied that ...": the asker's turn first
                if turns and turns[-1].speaker == first[0]:
                    turns[-1].end = first[1]
                else:
                    turns.append(Turn(first[0], s, first[1]))
                self.counts[first[0]] = self.counts.get(first[0], 0) + 1
                s = first[1]
            if speaker is None:
                if turns and current:
                    turns[-1].end = e
                continue
            if speaker == "continue":
                speaker = current
            if speaker is None:
                continue
            if speaker not in self.participants and self.participants and speaker != author:
                speaker = self.misattributed(speaker, who, text[s:e], s, e, turns, written_as)
            if turns and turns[-1].speaker == speaker:
                turns[-1].end = e
            else:
                turns.append(Turn(speaker, s, e))
            current = speaker
            self.counts[speaker] = self.counts.get(speaker, 0) + 1
        self.check_identity(turns, written_as)
        self.finish(turns)

    def subject_of(self, s: int, e: int) -> str | None:
        """The person a sentence begins with ("The President was delayed ...")."""
        for mention in self.doc.mentions:
            if s <= mention.start < e and mention.person_id:
                opening = self.doc.text[s : mention.start].strip(" \t\n•-")
                # (the initials a translation writes before a surname in capitals: "A.I. MIKOYAN")
                return (
                    mention.person_id if not opening or INITIALS_ALONE.fullmatch(opening) else None
                )
            if mention.start >= e:
                break
        return None

    def finish(self, turns: list[Turn]) -> None:
        self.doc.turns = turns
        names = {p.id: p.name for p in self.doc.persons}
        for pid in {t.speaker for t in turns}:
            if pid not in names and pid in self.matcher.by_id:
                names[pid] = self.matcher.by_id[pid].name
                self.doc.persons.append(Person(pid, names[pid]))
        self.doc.speakers = [
            Person(pid, names.get(pid, pid)) for pid in dict.fromkeys(t.speaker for t in turns)
        ]

    def body_start(self) -> int:
        """Where the reported conversation begins: after the header blocks and lists."""
        participants_end = max((p.end for p in self.doc.participants if p.end > 0), default=0)
        return participants_end

    def author(self) -> str | None:
        """Who "I" is: the drafter; else the one participant of the writer's side the text never
        names after the list (the writer does not name himself)."""
        drafter = self.doc.drafted_by.person_id if self.doc.drafted_by else None
        if drafter:
            return drafter
        if self.doc.sender and self.doc.sender.person_id:
            return self.doc.sender.person_id
        by = BY_OFFICE.search(self.doc.title or "")
        office = office_of(by["office"]) if by else None
        if office:  # "Memorandum of Conversation, by the Secretary of State"
            holders = [pid for pid in self.participants if self.holds(pid, office)]
            if len(holders) == 1:
                return holders[0]
        after = self.body_start()
        named = {m.person_id for m in self.doc.mentions if m.start >= after and m.person_id}
        sides = {p.side for p in self.doc.participants}
        own = [
            pid for pid, p in self.participants.items() if p.side in ("US", None) or len(sides) == 1
        ]
        if len(own) == 1 and len(self.participants) == 2:
            return own[0]  # a conversation of two, written by the American
        silent = [pid for pid in own if pid not in named]
        return silent[0] if len(silent) == 1 else None

    def attributed(self, s: int, e: int, author: str | None) -> tuple[str | None, str]:
        """The speaker a sentence names ('continue' for He/She), and the words naming them; the
        last attribution of the sentence is the main clause's ("When X objected, Y said")."""
        text = self.doc.text
        found = None
        heard: list[tuple[str, int]] = []  # who spoke in the sentence, and where their clause ends
        self.first_heard = None
        if DATED_EVENT.match(text, s):
            return None, ""  # "On 24 October U Thant proposed ...": what was said before, elsewhere
        for verb in SPEECH.finditer(text, s, e):
            window_start = max(s, verb.start() - LOOK_BACK)
            before = text[window_start : verb.start()]
            m = SUBJECT_END.search(before)
            if not m:
                continue
            who = m.group("who")
            if re.search(r"\b[Aa]s\s+(?:the\s+)?$", before[: m.start("who")]):
                continue  # "as the President said": a reference inside someone's speech
            if HYPOTHETICAL.search(before[: m.start("who")]):
                continue  # "guidance in the event Khrushchev asks": no one has spoken
            subject_at = window_start + m.start("who")
            if who in ("I",):
                if author:
                    found = (author, who)
                    heard.append((author, subject_at))
                continue
            if who.lower() in ("he", "she"):
                other = self.other_than(author)
                found = ((other, who) if other else ("continue", who)) if found is None else found
                if other:
                    heard.append((other, subject_at))
                continue
            start = window_start + m.start("who")
            named = re.match(r"[Hh]e\s+\((.+)\)$", who)
            if named:  # "He (Dobrynin) said": the editors name him
                who, start = named.group(1), start + named.start(1)
            person = (
                self.person_at(start, start + len(who))
                or self.participant_like(who)
                or self.by_initials(who)
                or self.by_letter_or_office(who)
            )
            if person:
                found = (person, who)
                heard.append((person, subject_at))
                # "Selwyn Lloyd and Eden then pressed the Secretary": both of them spoke
                pair = PAIRED_SUBJECT.search(text, max(s, subject_at - LOOK_BACK), subject_at)
                opens = bool(pair and CLAUSE_OPENING.fullmatch(text, s, pair.start("other")))
                other = (
                    self.person_at(pair.start("other"), pair.end("other"))
                    if pair and opens
                    else None
                )
                if pair and other and other != person:
                    heard.append((other, pair.start("other")))
        passives = PASSIVE_SPEECH.finditer(text, s, e) if text.find(" by ", s, e) >= 0 else ()
        for passive in passives:  # "was asked by Mr. Smith"
            at = passive.start("who")
            person = self.person_at(at, passive.end("who")) or self.participant_like(
                passive.group("who")
            )
            if person:
                heard.append((person, passive.start()))
                found = found or (person, passive.group("who"))
        heard.sort(key=lambda h: h[1])  # in the order the sentence names them
        if (
            found
            and len(heard) >= 2
            and heard[0][0] != found[0]
            and heard[-1][0] == found[0]
            and heard[0][1] < heard[-1][1]
        ):
            # the sentence's first speaker has the words up to the main clause's subject
            self.first_heard = (heard[0][0], heard[-1][1])
        return found if found else (None, "")

    def other_than(self, author: str | None) -> str | None:
        """In a conversation of two written by one of them, "he" is the other."""
        if author and len(self.participants) == 2 and author in self.participants:
            return next(pid for pid in self.participants if pid != author)
        return None

    def by_initials(self, who: str, people=None) -> str | None:
        """ "JFD spoke of ...", "DR:": the one participant (or person of ``people``) whose
        initials these are, all of them or the first and last ("DR" for Dean Rusk, "LBJ")."""
        given_cut = re.fullmatch(r"(Mc|Mac)([A-Z])([A-Z])", who)  # "McGB": McGeorge Bundy
        if not re.fullmatch(r"[A-Z]{2,4}", who) and not given_cut:
            return None
        fitting = set()
        for pid in self.participants if people is None else people:
            person = self.matcher.by_id.get(pid)
            if person is None:
                continue
            tokens = [t for t in name_tokens(person.name) if t[:1].isalpha()]
            if given_cut and tokens:
                if tokens[0].startswith(who[:-1].lower()) and tokens[-1][0] == who[-1].lower():
                    fitting.add(pid)
            elif signs_as(person.name, who):
                fitting.add(pid)
        return fitting.pop() if len(fitting) == 1 else None

    def by_letter_or_office(self, who: str) -> str | None:
        """A call's notes name each by a letter or an office cut short ("K said ... D said",
        "The Sec. said ... The Pres. said"): the one participant whose surname begins with the
        letter, or who held the office."""
        short = SHORT_OFFICE.fullmatch(who)
        if short:
            office = SHORT_OFFICES[short.group(1).lower()]
            holders = [pid for pid in self.participants if self.holds(pid, office)]
            return holders[0] if len(holders) == 1 else None
        if not re.fullmatch(r"[A-Z]\.?", who):  # ("M. said he put him straight")
            return None
        fitting = surnames_beginning(self.matcher, self.participants, who[0])
        return fitting.pop() if len(fitting) == 1 else None

    def participant_like(self, who: str) -> str | None:
        """A surname OCR garbled ("Dobryriin said") that is one participant's, within two slips."""
        words = who.split()
        if len(words) != 1 or len(words[0]) < 5:
            return None
        key = skeleton(words[0])
        near = {
            pid
            for pid in self.participants
            if pid in self.matcher.by_id
            and ocr_distance(key, skeleton(surname_of(self.matcher, pid)), 2.0) <= 2.0
        }
        return near.pop() if len(near) == 1 else None

    def misattributed(
        self,
        speaker: str,
        who: str,
        sentence: str,
        start: int,
        end: int,
        turns: list[Turn],
        written_as: dict,
    ) -> str:
        """Flag a speaker who was not there; return the participant the words most likely belong
        to."""
        previous = turns[-1].speaker if turns else None
        person = self.matcher.by_id.get(speaker)
        if MOSCOW_CUE.search(sentence):
            suggestion, why = self.principal("USSR"), "the words speak of returning to Moscow"
        elif WASHINGTON_CUE.search(sentence):
            suggestion, why = self.principal("US"), "the words speak of returning to Washington"
        elif turns and written_as.get(len(turns) - 1) == who:
            suggestion, why = previous, f"the previous words attributed to {who} were theirs too"
        else:
            self.doc.flags.append(
                Flag(
                    "speaker-not-participant",
                    f"{who} ({self.name(speaker)}) is not among the participants",
                    start,
                    end,
                )
            )
            return speaker  # someone present but not listed (an aide, a host): the words are theirs
        suggestion = suggestion or previous
        self.doc.flags.append(
            Flag(
                "speaker-not-participant",
                f"{who} ({self.name(speaker)}) is not among the participants"
                + (f"; most likely {self.name(suggestion)}: {why}" if suggestion else ""),
                start,
                end,
                self.name(suggestion) if suggestion else None,
            )
        )
        if suggestion:
            written_as[
                len(turns) if not turns or turns[-1].speaker != suggestion else len(turns) - 1
            ] = who
            return suggestion
        return speaker if person else speaker

    def check_identity(self, turns: list[Turn], corrected: dict) -> None:
        """A participant whose words contradict who they are: an American 'returning to Moscow'."""
        for i, turn in enumerate(turns):
            if i in corrected:
                continue
            words = self.doc.text[turn.start : turn.end]
            side = self.side.get(turn.speaker)
            for cue, wrong_side, place in (
                (MOSCOW_CUE, "US", "Moscow"),
                (WASHINGTON_CUE, "USSR", "Washington"),
            ):
                if side == wrong_side and (m := cue.search(words)):  # the cheap test first
                    self.doc.flags.append(
                        Flag(
                            "identity-contradiction",
                            f"{self.name(turn.speaker)} ({side}) speaks of returning "
                            f"to {place}: the words may be another participant's",
                            turn.start + m.start(),
                            turn.start + m.end(),
                            self.name(self.principal({"US": "USSR", "USSR": "US"}[side])),
                        )
                    )

    def name(self, person_id: str | None) -> str | None:
        if person_id is None:
            return None
        return self.matcher.by_id[person_id].name if person_id in self.matcher.by_id else person_id

    def principal(self, side: str | None) -> str | None:
        """The participant of a side who has spoken most so far (or is listed first)."""
        members = [pid for pid, s in self.side.items() if s == side]
        if not members:
            return None
        return max(
            members, key=lambda pid: (self.counts.get(pid, 0), -list(self.participants).index(pid))
        )


KEY_HEAD = 3000  # a transcript's key to its labels stands above the talk


def label_of(found: re.Match) -> str:
    if found.re is OWN_LINE_LABEL:
        return found.group("own")
    return (
        found.group("label")
        or found.group("comrade")
        or found.group("asker")
        or found.group("short")
        or found.group("caps")
        or found.group("bare")
        or found.group("initialled")
        or found.group("dash")
        or found.group("initial")
    )


def surname_of(matcher: Matcher, person_id: str) -> str:
    person = matcher.by_id.get(person_id)
    tokens = name_tokens(person.name) if person else []
    return tokens[-1] if tokens else ""


def surnames_beginning(matcher: Matcher, person_ids, letters: str) -> set[str]:
    """The people whose surname begins with these letters: a script's "K:" or a call's "K said"
    is the one of those present whose surname begins with K."""
    return {pid for pid in person_ids if surname_of(matcher, pid).startswith(letters.lower())}


def channel_of(doc: Document) -> list[Person]:
    """Originator → intermediaries → writer → addressee, when a message is reported as relayed."""
    # RELAY needs the word; a plain search for it first takes a sixth of the pattern's time
    m = RELAY.search(doc.text) if "message" in doc.text.lower() else None
    if not m:
        return []
    names = {p.id: p.name for p in doc.persons}
    after = [x.person_id for x in doc.mentions if x.person_id and m.end() <= x.start < m.end() + 40]
    if not after:
        return []
    originator = after[0]
    sentence_start = doc.text.rfind(".", 0, m.start()) + 1
    correspondents = {p.person_id for p in [doc.sender, *doc.recipients] if p}
    chain = [originator]
    if RELAY_VERB.search(doc.text[sentence_start : m.end() + 200]):
        # The intermediary: the last person named shortly before, other than the correspondents.
        before = [
            x.person_id
            for x in doc.mentions
            if x.person_id
            and m.start() - 400 <= x.start < m.start()
            and x.person_id not in correspondents | {originator}
        ]
        if before:
            chain.append(before[-1])
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
            flags.append(
                Flag(
                    "date-outside-office",
                    f"{person.name} is listed as {party.role}, an office not held on {date}",
                    party.start,
                    party.end,
                )
            )
    for party in doc.participants:
        person = matcher.by_id.get(party.person_id or "")
        if date and person and person.died and person.died < int(date[:4]):
            flags.append(
                Flag(
                    "participant-dead",
                    f"{person.name} died in {person.died}, before this document's date",
                    party.start,
                    party.end,
                )
            )
    sides: dict[str, set] = {}
    for party in doc.participants:
        if party.person_id and party.side:
            sides.setdefault(party.person_id, set()).add(party.side)
    for pid, found in sides.items():
        if len(found) > 1:
            flags.append(
                Flag(
                    "participant-both-sides",
                    f"{pid} is listed on both sides ({', '.join(sorted(found))})",
                )
            )
    return flags
