"""How far apart two spellings are, for every module that compares them: the pipeline (banners,
month names), search (fuzzy matches in snippets), the registry's matcher (OCR-damaged names)
and the evaluation. It imports nothing of chancery, so any of them can import it without a cycle."""

from __future__ import annotations

from collections.abc import Set


def edit_distance(
    a: str, b: str, limit: float = 2, half_cost_pairs: Set[frozenset[str]] = frozenset()
) -> float:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``.
    Substituting one letter of a pair in ``half_cost_pairs`` for the other costs a half (the
    letters OCR confuses); without such pairs, the distance is a whole number."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous: list[float] = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current: list[float] = [i]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cost: float = 0
            elif half_cost_pairs and frozenset((ca, cb)) in half_cost_pairs:
                cost = 0.5
            else:
                cost = 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
