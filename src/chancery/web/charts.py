"""Geometry for the timelines the pages draw as inline SVG (no script, no CDN): documents per
month as bars (the network of people is ``graph.py``'s).

Plain functions returning numbers; the templates turn them into SVG elements.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    month: str  # "1959-06"
    count: int


@dataclass
class Tick:
    x: float
    label: str


def month_index(month: str) -> int:
    year, m = month.split("-")
    return int(year) * 12 + int(m) - 1


def timeline_bars(
    months: list[tuple[str, int]], width: float = 960, height: float = 160
) -> tuple[list[Bar], list[Tick]]:
    """One bar per month from the first to the last month with documents; a tick at each year
    (every fifth or tenth year when the span is long)."""
    if not months:
        return [], []
    first = month_index(months[0][0]) // 12 * 12  # from January of the first year
    last = month_index(months[-1][0]) // 12 * 12 + 11
    slots = last - first + 1
    slot = width / slots
    tallest = max(n for _, n in months)
    bars = []
    for month, count in months:
        h = max(1.0, (height - 20) * count / tallest)
        x = (month_index(month) - first) * slot
        bars.append(
            Bar(
                round(x, 2),
                round(height - 20 - h, 2),
                round(max(slot * 0.8, 0.8), 2),
                round(h, 2),
                month,
                count,
            )
        )
    years = slots // 12
    step = 1 if years <= 15 else 5 if years <= 60 else 10
    first_year = first // 12
    ticks = [
        Tick(round((year - first_year) * 12 * slot, 2), str(year))
        for year in range(first_year, first_year + years)
        if year % step == 0 or year == first_year
    ]
    return bars, ticks
