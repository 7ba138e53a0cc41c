"""The query language, parsed to a tree and validated before anything reaches the index.

    Menshikov AND disarmament      words (AND is implied between terms)
    "exact phrase"                 phrases
    Khrush*                        prefixes (at least 2 letters)
    Khrushchev~  Khrushchev~2      OCR-tolerant: also words one (or two) letters off ("Whrushchev")
    Khrushchev NEAR Berlin         both within 10 words of each other, in either order; NEAR/5 for 5
    NOT Berlin, -Berlin            exclusion
    Berlin OR Cuba                 alternatives (AND binds tighter than OR)
    ( ... )                        grouping
    type:letter  classification:secret  collection:crest   field filters
    person:Harriman  sender:Kennedy  recipient:  participant:  speaker:   people, by any name they
    go by
    place:Moscow  side:USSR        where a document was written; a side present at a conversation
    year:1960  year:1959..1961  date:1959-01..1959-06       date filters

Unknown fields and malformed input give a QueryError saying what is wrong.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .. import invisible
from ..errors import ChanceryError

FILTER_FIELDS = {"type", "classification", "collection", "side"}
TEXT_FIELDS = {"place"}  # matched word by word, like the text
PERSON_FIELDS = {
    "person",
    "sender",
    "recipient",
    "participant",
    "speaker",
}  # match every way the person is named
DATE_FIELDS = {"year", "date"}


class QueryError(ChanceryError, ValueError):
    """A query the grammar does not accept; the message says where and why."""

    http_status = 400

    @property
    def user_message(self) -> str:
        return f"bad query: {self}"


@dataclass
class Words:
    """Words that must appear next to each other (one word, or a phrase)."""

    words: list[str]


@dataclass
class Prefix:
    prefix: str


@dataclass
class Fuzzy:
    """A word, or words within ``distance`` edits of it (OCR damage: "Whrushchev" for
    "Khrushchev")."""

    word: str
    distance: int


@dataclass
class Near:
    """Two words or phrases within ``distance`` words of each other, in either order."""

    left: list[str]
    right: list[str]
    distance: int


@dataclass
class FieldWords:
    """Words in a text field other than the body (place:)."""

    field: str
    words: list[str]


@dataclass
class Filter:
    field: str
    value: str


@dataclass
class DateRange:
    start: str  # inclusive, "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    end: str


@dataclass
class Not:
    child: object


@dataclass
class And:
    children: list


@dataclass
class Or:
    children: list


TOKEN = re.compile(
    r'\s*(?:(?P<lparen>\()|(?P<rparen>\))|(?P<phrase>-?"[^"]*"?)|'
    r'(?P<field>-?[A-Za-z_]+:(?:"[^"]*"?|[^\s()]*))|(?P<word>[^\s()"]+))'
)
WORD_CHARS = re.compile(r"[^\W_]+", re.UNICODE)
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
NEAR = re.compile(r"^NEAR(?:/(\d{1,3}))?$")
FUZZY = re.compile(r"^(?P<word>[^~]+)~(?P<distance>\d)?$")
MAX_DEPTH = 32  # nested parentheses and NOTs; deeper is refused, never a stack overflow
NEAR_DEFAULT = 10
NEAR_MAX = 100


def tokenize_words(text: str) -> list[str]:
    """Split text as the index's default tokenizer does: lowercase alphanumeric runs."""
    return [w.lower() for w in WORD_CHARS.findall(text) if len(w) <= 40]


def lex(query: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(query):
        m = TOKEN.match(query, pos)
        if not m or m.end() == pos:
            if query[pos:].strip() == "":
                break
            raise QueryError(f"cannot read the query at: {query[pos : pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup
        assert kind is not None  # every alternative of TOKEN is a named group
        tokens.append((kind, m.group(kind)))
    return tokens


def parse(query: str, max_chars: int = 1000) -> object | None:
    """Parse a query string into a tree; None for an empty query (match everything)."""
    if len(query) > max_chars:
        raise QueryError(f"query is {len(query)} characters long; the limit is {max_chars}")
    # The archive's text has no format characters (the readers removed them): neither may a query.
    tokens = lex(invisible.strip(query))
    if not tokens:
        return None
    parser = _Parser(tokens)
    tree = parser.parse_or()
    if parser.pos < len(tokens):
        raise QueryError(f"unexpected {tokens[parser.pos][1]!r}")
    return tree


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def deeper(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"the query nests parentheses or NOTs more than {MAX_DEPTH} deep")

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def parse_or(self):
        children = [self.parse_and()]
        while self.peek() == ("word", "OR"):
            self.pos += 1
            children.append(self.parse_and())
        return children[0] if len(children) == 1 else Or(children)

    def parse_and(self):
        children = []
        while True:
            kind, value = self.peek()
            if kind is None or kind == "rparen" or (kind, value) == ("word", "OR"):
                break
            if (kind, value) == ("word", "AND"):
                self.pos += 1
                if self.peek()[0] in (None, "rparen") or self.peek() == ("word", "OR"):
                    raise QueryError("a search term is missing after AND")
                continue
            children.append(self.parse_near())
        if not children:
            raise QueryError("a search term is missing (before ')' or after AND/OR)")
        return children[0] if len(children) == 1 else And(children)

    def parse_near(self):
        """``a NEAR b``; a chain ``a NEAR b NEAR c`` means a near b, and b near c."""
        left = self.parse_unary()
        pairs = []
        while self.peek()[0] == "word" and NEAR.match(self.peek()[1]):
            distance = int(NEAR.match(self.peek()[1]).group(1) or NEAR_DEFAULT)
            self.pos += 1
            if self.peek()[0] in (None, "rparen"):
                raise QueryError("NEAR must be followed by a word or a phrase")
            right = self.parse_unary()
            if not (isinstance(left, Words) and isinstance(right, Words)):
                raise QueryError("NEAR joins two words or phrases, e.g. Khrushchev NEAR/5 Berlin")
            if distance > NEAR_MAX:
                raise QueryError(f"NEAR/{distance}: the largest distance is {NEAR_MAX} words")
            pairs.append(Near(left.words, right.words, distance))
            left = right
        if not pairs:
            return left
        return pairs[0] if len(pairs) == 1 else And(pairs)

    def parse_unary(self):
        kind, value = self.peek()
        if (kind, value) == ("word", "NOT"):
            self.pos += 1
            if self.peek()[0] in (None, "rparen"):
                raise QueryError("NOT must be followed by a term")
            self.deeper()
            node = Not(self.parse_unary())
            self.depth -= 1
            return node
        if kind == "lparen":
            self.pos += 1
            self.deeper()
            inner = self.parse_or()
            if self.peek()[0] != "rparen":
                raise QueryError("a '(' is not closed")
            self.pos += 1
            self.depth -= 1
            return inner
        if kind == "rparen":
            raise QueryError("a ')' has no matching '('")
        if kind == "word" and NEAR.match(value):
            raise QueryError("NEAR needs a word or a phrase on each side")
        self.pos += 1
        negate = value.startswith("-") and len(value) > 1
        node = self.term(kind, value[1:] if negate else value)
        return Not(node) if negate else node

    def term(self, kind, value):
        if kind == "phrase":
            words = tokenize_words(value.strip('"'))
            if not words:
                raise QueryError(f"the phrase {value!r} has no words")
            return Words(words)
        if kind == "field":
            name, _, arg = value.partition(":")
            return field_node(name.lower(), arg.strip('"'))
        fuzzy = FUZZY.match(value)
        if fuzzy:
            words = tokenize_words(fuzzy.group("word"))
            distance = int(fuzzy.group("distance") or 1)
            if len(words) != 1:
                raise QueryError(f"'~' follows one word, e.g. Khrushchev~: {value!r}")
            if not 1 <= distance <= 2:
                raise QueryError(f"'~' allows 1 or 2 letters off, not {distance}: {value!r}")
            return Fuzzy(words[0], distance)
        if value.endswith("*"):
            stem = tokenize_words(value[:-1])
            if len(stem) != 1 or len(stem[0]) < 2:
                raise QueryError(
                    f"a prefix needs at least 2 letters or digits before '*': {value!r}"
                )
            return Prefix(stem[0])
        words = tokenize_words(value)
        if not words:
            raise QueryError(f"{value!r} has no letters or digits to search for")
        return Words(words)


def real_date(text: str) -> bool:
    """ "1959-02-30" and "1959-13" pass the pattern but are no date (a typo, worth saying)."""
    parts = [int(p) for p in text.split("-")]
    try:
        datetime.date(
            parts[0] or 1, parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
        )
    except ValueError:
        return False
    return True


def field_node(name: str, value: str):
    if not value:
        raise QueryError(f"{name}: needs a value")
    if name in FILTER_FIELDS:
        return Filter(name, value.replace("_", " ").lower())
    if name in PERSON_FIELDS:
        return Filter(name, value.replace("_", " "))
    if name in TEXT_FIELDS:
        words = tokenize_words(value.replace("_", " "))
        if not words:
            raise QueryError(f"{name}:{value} has no letters or digits to search for")
        return FieldWords(name, words)
    if name in DATE_FIELDS:
        start, sep, end = value.partition("..")
        end = end if sep else start
        for part in (start, end):
            if part and not DATE.match(part):
                raise QueryError(
                    f"{name}:{value} — dates are YYYY, YYYY-MM or YYYY-MM-DD, ranges FROM..TO"
                )
            if part and not real_date(part):
                raise QueryError(f"{name}:{value} — {part} is not a date in the calendar")
        if not start and not end:
            raise QueryError(f"{name}: needs a date or a range")
        return DateRange(start or "0000", end or "9999")
    known = ", ".join(sorted(FILTER_FIELDS | TEXT_FIELDS | DATE_FIELDS | PERSON_FIELDS))
    raise QueryError(f"unknown field {name!r}; known fields: {known}")
