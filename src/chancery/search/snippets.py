"""The snippet of a search result: the stretch of its text holding the most of the query's
words, and where those words are in it.

The words are found with ``str.find`` in the lowercased text and kept where they stand as
whole words (the index's tokens are runs of letters and digits). That takes half the time of
tantivy's snippet generator, which cuts every result's whole text into tokens again, and
also marks prefixes (``Khrush*``), which tantivy's does not.
"""

from __future__ import annotations

import itertools
import re

from ..text_distance import edit_distance
from .query import Fuzzy, Near, Not, Prefix, Words

WORD = re.compile(r"[^\W_]+")
MOST_PER_WORD = 12  # a word on every line of a long document: its first places are enough


def query_words(tree) -> tuple[list[str], list[str]]:
    """The words and the prefixes a result's text may be matched by (not those after NOT)."""
    words: list[str] = []
    prefixes: list[str] = []

    def walk(node, negated=False):
        if negated:
            return
        if isinstance(node, Words):
            words.extend(node.words)
        elif isinstance(node, Fuzzy):
            words.append(node.word)
        elif isinstance(node, Near):
            words.extend(node.left + node.right)
        elif isinstance(node, Prefix):
            prefixes.append(node.prefix)
        elif isinstance(node, Not):
            walk(node.child, True)
        elif hasattr(node, "children"):
            for child in node.children:
                walk(child)

    if tree is not None:
        walk(tree)
    return list(dict.fromkeys(words)), list(dict.fromkeys(prefixes))


def word_spans(text: str, words: list[str], prefixes: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every whole word of ``words`` and every word starting with a prefix."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would drift
        pattern = "|".join(
            [re.escape(w) for w in words] + [re.escape(p) + r"[^\W_]*" for p in prefixes]
        )
        matches = (
            re.finditer(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", text, re.IGNORECASE)
            if pattern
            else iter([])
        )
        most = MOST_PER_WORD * (len(words) + len(prefixes))
        return [m.span() for m in itertools.islice(matches, most)]
    spans = []
    for needle, whole in [(w, True) for w in words] + [(p, False) for p in prefixes]:
        found = 0
        at = low.find(needle)
        while at != -1 and found < MOST_PER_WORD:
            end = at + len(needle)
            if at == 0 or not low[at - 1].isalnum():
                if not whole:
                    while end < len(low) and low[end].isalnum():
                        end += 1
                if end == len(low) or not low[end].isalnum():
                    spans.append((at, end))
                    found += 1
            at = low.find(needle, end)
    return merged(spans) if len(words) + len(prefixes) > 1 else spans


def snippet(
    text: str, spans: list[tuple[int, int]], chars: int
) -> tuple[str, list[tuple[int, int]]]:
    """The ``chars`` characters of ``text`` around the most distinct matched words (the first
    such stretch), cut at spaces, with the matches' ranges in it."""
    if not spans:
        return text[:chars], []
    # A window slides over the matches, counting each word in it, so that every start is weighed
    # once: the most distinct words win, then the most matches, then the earliest.
    words = [text[a:b].lower() for a, b in spans]
    counts: dict[str, int] = {}
    best, best_score, last = 0, (0, 0), 0
    for first in range(len(spans)):
        while last < len(spans) and (last == first or spans[last][1] - spans[first][0] <= chars):
            counts[words[last]] = counts.get(words[last], 0) + 1
            last += 1
        score = (len(counts), last - first)
        if score > best_score:
            best, best_score = first, score
        if last == len(spans):
            break  # later windows hold fewer of the same matches
        counts[words[first]] -= 1
        if not counts[words[first]]:
            del counts[words[first]]
    inside = [s for s in spans[best:] if s[1] - spans[best][0] <= chars] or [spans[best]]
    covered = inside[-1][1] - inside[0][0]
    start = max(0, inside[0][0] - max(0, chars - covered) // 2)
    if start > 0:  # begin at a word
        space = text.find(" ", start, inside[0][0])
        start = space + 1 if space != -1 else start
    end = min(len(text), start + chars)
    if end < len(text):  # end at a word, keeping the matches
        space = text.rfind(" ", inside[-1][1], end)
        end = space if space != -1 else end
    return text[start:end], [(a - start, b - start) for a, b in spans if a >= start and b <= end]


def with_near_spellings(
    full: str, fragment: str, ranges: list, targets: list, chars: int
) -> tuple[str, list]:
    """Also mark near spellings in the snippet; a document found only through one gets a
    snippet around its first occurrence."""
    if not fragment.strip() or not ranges:
        spans = near_spelling_spans(full, targets)
        if not spans:
            return fragment, ranges
        first = spans[0][0]
        start = full.rfind(" ", 0, max(0, first - chars // 3)) + 1
        fragment = full[start : start + chars]
        ranges = []
    return fragment, merged(ranges + near_spelling_spans(fragment, targets))


def near_spelling_spans(text: str, targets: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where ``text`` has a word within the allowed edits of a target (OCR-tolerant searches)."""
    spans, verdicts = [], {}
    for m in WORD.finditer(text):
        word = m.group().lower()
        if word not in verdicts:
            verdicts[word] = any(
                abs(len(word) - len(t)) <= d and edit_distance(word, t, d) <= d for t, d in targets
            )
        if verdicts[word]:
            spans.append((m.start(), m.end()))
    return spans


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
