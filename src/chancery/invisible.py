"""Unicode format characters (category Cf): zero-width spaces and joiners, soft hyphens,
bidirectional marks, byte-order marks. They change nothing a reader sees but split a word
for a search ("Khru\u200bshchev" is not "Khrushchev"), so the readers remove them from the
text before anything else reads it, and the query parser from queries.

The table is fixed rather than computed at import (a scan of every code point takes a
fifth of a second per process); a test checks it holds every Cf character of the running
Python's Unicode database. It holds Unicode 15's too (Python 3.12).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

RANGES = [
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
]
FORMAT = re.compile(
    "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in RANGES) + "]"
)


def strip(text: str) -> str:
    return text if text.isascii() else FORMAT.sub("", text)


def strip_with_offsets(text: str) -> tuple[str, Callable[[int], int]]:
    """The text without format characters, and a function from an offset in the old text to
    the same place in the new (for page spans: the offsets after the readers stay consistent)."""
    if text.isascii():  # no format character is ASCII, and this check is ~100 times quicker
        return text, lambda offset: offset
    removed = [m.start() for m in FORMAT.finditer(text)]
    if not removed:
        return text, lambda offset: offset
    return FORMAT.sub("", text), lambda offset: offset - bisect.bisect_left(removed, offset)
