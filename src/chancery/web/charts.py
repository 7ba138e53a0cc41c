"""Geometry for the small pictures the pages draw as inline SVG (no script, no CDN):
documents per month as bars, and people as a ring of nodes joined by their ties.

Plain functions returning numbers; the templates turn them into SVG elements.
"""

from __future__ import annotations

import math
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


def timeline_bars(months: list[tuple[str, int]], width: float = 960, height: float = 160) -> tuple[list[Bar], list[Tick]]:
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
        bars.append(Bar(round(x, 2), round(height - 20 - h, 2), round(max(slot * 0.8, 0.8), 2), round(h, 2), month, count))
    years = slots // 12
    step = 1 if years <= 15 else 5 if years <= 60 else 10
    first_year = first // 12
    ticks = [
        Tick(round((year - first_year) * 12 * slot, 2), str(year))
        for year in range(first_year, first_year + years)
        if year % step == 0 or year == first_year
    ]
    return bars, ticks


@dataclass
class Node:
    id: str
    name: str
    documents: int
    x: float
    y: float
    r: float
    label_x: float = 0.0  # labels sit outside the ring, anchored away from the centre
    label_y: float = 0.0
    anchor: str = "middle"


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str
    documents: int
    width: float
    source: str
    target: str


def ring_layout(network: dict, center: str | None = None, size: float = 640) -> tuple[list[Node], list[Edge]]:
    """People on a circle (the person a page is about in the middle), ties as straight lines
    whose width grows with the number of documents behind them."""
    people = network.get("nodes", [])
    if not people:
        return [], []
    mid = size / 2
    ring = [p for p in people if p["id"] != center]
    radius = size / 2 - 110
    most = max((p["documents"] for p in people), default=1) or 1
    nodes = {}
    for i, p in enumerate(ring):
        angle = 2 * math.pi * i / max(len(ring), 1) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        r = round(4 + 8 * math.sqrt(p["documents"] / most), 1)
        anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
        nodes[p["id"]] = Node(p["id"], p["name"], p["documents"], round(mid + radius * cos, 1), round(mid + radius * sin, 1), r,
                              round(mid + (radius + r + 6) * cos, 1), round(mid + (radius + r + 6) * sin + 4, 1), anchor)
    for p in people:
        if p["id"] == center:
            nodes[p["id"]] = Node(p["id"], p["name"], p["documents"], mid, mid, 14, mid, mid + 30, "middle")
    strongest = max((e["documents"] for e in network.get("edges", [])), default=1) or 1
    edges = []
    for e in network.get("edges", []):
        a, b = nodes.get(e["source"]), nodes.get(e["target"])
        if a and b:
            edges.append(Edge(a.x, a.y, b.x, b.y, e["kind"], e["documents"], round(1 + 4 * e["documents"] / strongest, 1), a.name, b.name))
    return list(nodes.values()), edges
