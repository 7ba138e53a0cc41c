"""Pieces of patterns the stages share, written for the speed of Python's re.

re skips through a text to the characters a pattern can begin with, but only when the pattern
begins with a character (or a class of them); one that begins with ``\\b`` or a lookahead is
tried at every position, about twice as slow over a whole document. So a word's boundary is
checked after its first letter, by looking behind: ``[A-Z](?<!\\w[A-Z])`` is ``\\b[A-Z]``.
"""

from __future__ import annotations

# The letters of names beyond ASCII, for classes like [A-Za-z]: "Perón", "Gomułka", "Sáez".
ACCENTED = "À-ÖØ-öø-ÿĀ-ſ"
# A capital letter that begins a word: ``\b[A-Z]`` as re can skip to it.
CAPITAL_AT_WORD_START = r"[A-Z](?<!\w[A-Z])"


def by_letter(words: list[str] | tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Each first letter with the rest of the words that begin with it, in their order."""
    grouped: dict[str, list[str]] = {}
    for word in words:
        grouped.setdefault(word[0], []).append(word[1:])
    return list(grouped.items())


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """The words as one alternation grouped by first letter: Python's re tries the alternatives of
    a group in turn at every word, and a letter first rules most of them out at once."""
    return "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in by_letter(words))


def whole_words(words: list[str] | tuple[str, ...]) -> str:
    """``\\b(?:word|word…)\\b``, written to begin with the words' first letters (each word's
    first character a letter; the rest may be a pattern, "pointed\\s+out")."""
    branches = (
        f"{letter}(?<!\\w{letter})(?:{'|'.join(rest)})" for letter, rest in by_letter(words)
    )
    return f"(?:{'|'.join(branches)})\\b"
