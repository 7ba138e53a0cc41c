"""Events an undated paper may name, and the day each began: a paper that speaks of the
Potsdam agreement or of the Cuban missile crisis was written after it (or weeks before, while
it was prepared), so "the Secretary" in it is no earlier Secretary. Only a lower bound: papers
look back on an event for decades.

Each event with the words the records call it by and example phrases the tests check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Event:
    name: str
    pattern: re.Pattern
    began: str  # "YYYY-MM-DD"
    examples: tuple[str, ...]


def event(name: str, pattern: str, began: str, *examples: str) -> Event:
    return Event(name, re.compile(pattern), began, examples)


EVENTS = [
    event("Yalta Conference", r"\bYalta\b|\bCrimea [Cc]onference\b", "1945-02-04",
          "the agreements reached at Yalta", "the Crimea Conference"),
    event("Potsdam Conference", r"\bPotsdam\b", "1945-07-17",
          "their agreement at Potsdam", "he had not been at Moscow or Potsdam"),
    event("Truman Doctrine", r"\bTruman Doctrine\b", "1947-03-12", "since the Truman Doctrine"),
    event("Marshall Plan", r"\bMarshall Plan\b|\bEuropean Recovery Program\b", "1947-06-05",
          "aid under the Marshall Plan"),
    event("Berlin airlift", r"\bBerlin [Aa]irlift\b|\bairlift to Berlin\b", "1948-06-26",
          "the cost of the Berlin airlift"),
    event("North Atlantic Treaty", r"\bNATO\b|\bNorth Atlantic Treaty\b", "1949-04-04",
          "the NATO Council", "under the North Atlantic Treaty"),
    event("Korean War", r"\bKorean [Ww]ar\b", "1950-06-25", "since the Korean war began"),
    event("Suez crisis", r"\bSuez [Cc]risis\b", "1956-10-29", "after the Suez crisis"),
    event("Sputnik", r"\bSputnik\b", "1957-10-04", "the launching of Sputnik"),
    event("Bay of Pigs", r"\bBay of Pigs\b", "1961-04-17", "the failure at the Bay of Pigs"),
    event("Berlin Wall", r"\bBerlin [Ww]all\b", "1961-08-13", "the Berlin wall"),
    event("Cuban missile crisis", r"\bCuban [Mm]issile [Cc]risis\b", "1962-10-16",
          "during the Cuban missile crisis"),
    event("Limited Test Ban Treaty", r"\b(?:Limited|Partial|Moscow) (?:Nuclear )?Test Ban Treaty\b",
          "1963-07-25", "the Limited Test Ban Treaty"),
    event("Tonkin Gulf resolution", r"\b(?:Gulf of Tonkin|Tonkin Gulf) [Rr]esolution\b",
          "1964-08-07", "the Tonkin Gulf Resolution"),
    event("Six-Day War", r"\bSix[- ]Day [Ww]ar\b", "1967-06-05", "after the Six-Day War"),
    event("Tet offensive", r"\bTet [Oo]ffensive\b", "1968-01-30", "the Tet offensive"),
    event("Watergate", r"\bWatergate\b", "1972-06-17", "the Watergate affair"),
    event("SALT II", r"\bSALT II\b", "1972-11-21", "the SALT II negotiations"),
    event("October War", r"\bYom Kippur [Ww]ar\b|\bOctober [Ww]ar\b", "1973-10-06",
          "since the October war"),
    event("Vladivostok accord", r"\bVladivostok (?:[Aa]ccord|[Aa]greement|[Uu]nderstanding)",
          "1974-11-24", "the Vladivostok accord"),
    event("Helsinki Final Act", r"\bHelsinki Final Act\b", "1975-08-01",
          "the Helsinki Final Act"),
    event("Camp David Accords", r"\bCamp David [Aa]ccords\b", "1978-09-17",
          "the Camp David accords"),
]  # fmt: skip
PREPARED_DAYS = 60  # an event is spoken of by its name this long before it began
# Every event's words in one pattern: one scan of a text finds whether it names any event, and
# where the first is (the patterns begin with \b, which re tries at every position, so 23 scans
# took most of a millisecond a paper; few papers name an event).
ANY_EVENT = re.compile("|".join(f"(?:{e.pattern.pattern})" for e in EVENTS))


def written_after(text: str) -> str | None:
    """The earliest day a paper can be of, by the latest event it names."""
    first = ANY_EVENT.search(text)
    if not first:
        return None
    # no event is named before the first that any is
    days = [e.began for e in EVENTS if e.pattern.search(text, first.start())]
    if not days:
        return None
    return (date.fromisoformat(max(days)) - timedelta(days=PREPARED_DAYS)).isoformat()
