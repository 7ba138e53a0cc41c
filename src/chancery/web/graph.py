"""A network of people as a picture the server draws (no script on the page): where each
person goes, which of them form a group, and where each name goes so that no two collide.

People are placed by a small force-directed layout (Fruchterman–Reingold): ties pull, the
stronger the harder, everyone pushes everyone away. A fixed seed and a fixed number of rounds
make the same network give the same picture. Groups are found by label propagation over the
ties' weights and coloured. Names are tried in a few spots around their person, busiest people
first; one that fits nowhere is shortened to the surname, then left out (the person's circle
still says who it is, and the table of ties lists everyone).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

from ..wording import counted

WIDTH, HEIGHT = 920, 640
SIDE_ROOM = 90  # between a person and the picture's left and right edges: half a long name
TOP_ROOM = 24
ROUNDS = 300
SEED = 2026
GRAVITY = 0.1
REACH = 2.5  # times the settling distance
WITHIN, ACROSS = (
    2.0,
    0.5,
)  # how much harder a tie pulls inside a group, and how much less across groups
FONT_PX = 10  # the names' size in the stylesheet (svg.network text)
GROUP_COLOURS = 7  # groups beyond the seventh largest, and people alone, are drawn grey


@dataclass
class Node:
    id: str
    name: str
    documents: int
    x: float
    y: float
    r: float
    group: int = -1  # its colour; -1: alone, or in a group past the colours there are
    label: str = ""  # the name as shown: whole, the surname, or nothing when it fits nowhere
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"


@dataclass
class Tie:
    """One line between two people, for every kind of tie between them."""

    source: str  # names
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # the kind with the most documents, for the line's colour
    documents: int  # of all kinds together
    width: float
    weak: bool  # drawn faint
    says: str  # "A met B: 5 documents; A wrote to B: 1 document"


@dataclass
class Picture:
    nodes: list[Node] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)  # weakest first: the strongest are drawn on top
    width: int = WIDTH
    height: int = HEIGHT
    unlabelled: int = 0  # names that found no room
    # the table of ties: (name, kind, name, documents), strongest first
    rows: list[tuple[str, str, str, int]] = field(default_factory=list)


def neighbourhood(network: dict, person_id: str) -> dict:
    """One person, the people they are tied to, and the ties among them all."""
    near = {person_id}
    for e in network.get("edges", []):
        if person_id in (e["source"], e["target"]):
            near.update((e["source"], e["target"]))
    return {
        **network,
        "nodes": [n for n in network.get("nodes", []) if n["id"] in near],
        "edges": [
            e for e in network.get("edges", []) if e["source"] in near and e["target"] in near
        ],
    }


def pair_weights(edges: list[dict], ids: set[str]) -> dict[tuple[str, str], int]:
    """Documents behind each pair of people drawn, every kind of tie together."""
    weights: dict[tuple[str, str], int] = {}
    for e in edges:
        a, b = e["source"], e["target"]
        if a != b and a in ids and b in ids:
            pair = (a, b) if a < b else (b, a)
            weights[pair] = weights.get(pair, 0) + e["documents"]
    return weights


def force_layout(
    ids: list[str],
    weights: dict[tuple[str, str], int],
    width: float,
    height: float,
    center: str | None = None,
    group: dict[str, int] | None = None,
    rounds: int = ROUNDS,
    seed: int = SEED,
) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold in a width × height box (``center`` held in its middle); ties
    within a ``group`` pull harder than ties between groups, so that groups stand apart."""
    rng = random.Random(seed)
    pos = {i: [rng.uniform(0, width), rng.uniform(0, height)] for i in ids}
    if center in pos:
        pos[center] = [width / 2, height / 2]
    k = math.sqrt(width * height / max(len(ids), 1))  # the distance people settle at
    heaviest = max(weights.values(), default=1)
    # A tie of one document pulls a little; the strongest ties pull hardest and make the groups.
    pull = {pair: 0.05 + 0.95 * math.log1p(w) / math.log1p(heaviest) for pair, w in weights.items()}
    if group:
        pull = {
            (a, b): f * (WITHIN if group[a] == group[b] else ACROSS) for (a, b), f in pull.items()
        }
    heat = width / 8
    reach2 = (REACH * k) ** 2
    for step in range(rounds):
        push = {i: [0.0, 0.0] for i in ids}
        for n, a in enumerate(ids):
            pa, fa = pos[a], push[a]
            for b in ids[n + 1 :]:
                dx, dy = pa[0] - pos[b][0], pa[1] - pos[b][1]
                d2 = max(dx * dx + dy * dy, 0.01)
                if d2 > reach2:
                    # only near people push: far away, the crowd would fling the loosely tied out
                    continue
                f = k * k / d2  # k²/d along the unit vector (dx, dy)/d
                fa[0] += dx * f
                fa[1] += dy * f
                push[b][0] -= dx * f
                push[b][1] -= dy * f
        for (a, b), strength in pull.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 0.01
            f = d * strength / k  # d²/k along the unit vector
            push[a][0] -= dx * f
            push[a][1] -= dy * f
            push[b][0] += dx * f
            push[b][1] += dy * f
        for i in ids:  # a little gravity keeps people with few ties from drifting to the edges
            push[i][0] += (width / 2 - pos[i][0]) * GRAVITY
            push[i][1] += (height / 2 - pos[i][1]) * GRAVITY
        limit = heat * (1 - step / rounds) + 0.5
        for i in ids:
            if i == center:
                continue
            fx, fy = push[i]
            d = math.hypot(fx, fy) or 1.0
            step_length = min(d, limit)
            pos[i][0] += (
                fx / d * step_length
            )  # no walls: ``fit`` scales the result into the picture
            pos[i][1] += fy / d * step_length
    return {i: (x, y) for i, (x, y) in pos.items()}


def fit(
    pos: dict[str, tuple[float, float]],
    left: float,
    top: float,
    right: float,
    bottom: float,
    center: str | None = None,
) -> dict[str, tuple[float, float]]:
    """Stretch the layout to fill the box (about its middle when ``center`` is held there)."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    if center in pos:
        cx, cy = pos[center]
        half_w = max(max(xs) - cx, cx - min(xs)) or 1.0
        half_h = max(max(ys) - cy, cy - min(ys)) or 1.0
        mx, my = (left + right) / 2, (top + bottom) / 2
        sx, sy = (right - left) / 2 / half_w, (bottom - top) / 2 / half_h
        return {i: (mx + (x - cx) * sx, my + (y - cy) * sy) for i, (x, y) in pos.items()}
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    if len(pos) == 1:
        return {i: ((left + right) / 2, (top + bottom) / 2) for i in pos}
    return {
        i: (
            left + (x - min(xs)) / span_x * (right - left),
            top + (y - min(ys)) / span_y * (bottom - top),
        )
        for i, (x, y) in pos.items()
    }


def groups(ids: list[str], weights: dict[tuple[str, str], int]) -> dict[str, int]:
    """Groups of people tied more to each other than to the rest: each person in turn moves to
    the neighbouring group that raises the modularity most, until no one moves (the first phase
    of Louvain). Groups are numbered largest first, people alone last."""
    order = {i: n for n, i in enumerate(ids)}
    around: dict[str, list[tuple[str, int]]] = {i: [] for i in ids}
    for (a, b), w in weights.items():
        around[a].append((b, w))
        around[b].append((a, w))
    degree = {i: sum(w for _, w in around[i]) for i in ids}
    twice_total = sum(degree.values()) or 1
    group = {i: i for i in ids}
    size = dict(degree)  # the ties' weight of each group's people
    for _ in range(30):
        moved = False
        for i in ids:
            if not around[i]:
                continue
            links: dict[str, int] = {}
            for other, w in around[i]:
                links[group[other]] = links.get(group[other], 0) + w
            was = group[i]
            size[was] -= degree[i]
            # the gain of joining a group: ties into it, less what chance would give a group its
            # size
            gain = {g: links.get(g, 0) - size[g] * degree[i] / twice_total for g in {was, *links}}
            best = min(gain, key=lambda g: (-gain[g], g != was, order[g]))
            group[i] = best
            size[best] += degree[i]
            moved = moved or best != was
        if not moved:
            break
    members: dict[str, int] = {}
    for g in group.values():
        members[g] = members.get(g, 0) + 1
    ranked = sorted(members, key=lambda g: (-members[g], order[g]))
    number = {g: n for n, g in enumerate(ranked)}
    return {i: number[group[i]] for i in ids}


def text_width(text: str, px: float = FONT_PX) -> float:
    """A generous estimate of a name's width (the widths of DejaVu Serif, wider than Georgia)."""
    em = 0.0
    for ch in text:
        if ch in "mwMW":
            em += 1.06
        elif ch.isupper():
            em += 0.9
        elif ch in " ijlft.,'’-()":
            em += 0.42
        else:
            em += 0.66
    return em * px


def short_name(name: str) -> str:
    """The surname: "Alexander M. Haig, Jr." → "Haig"."""
    words = [
        w
        for w in re.split(r"[\s,]+", name)
        if w and w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")
    ]
    return words[-1] if words else name


Box = tuple[float, float, float, float]  # left, top, right, bottom


def label_spots(node: Node, width: float) -> list[tuple[float, float, str, Box]]:
    """Where a name may go around its circle, best first: (x, y of the baseline, anchor, box)."""
    ascent, descent = FONT_PX * 0.95, FONT_PX * 0.3
    spots = []
    for gap in (3, 10, 20):
        d = node.r + gap
        for dx, dy in (
            (1, 0),
            (-1, 0),
            (0, -1),
            (0, 1),
            (0.7, -0.7),
            (0.7, 0.7),
            (-0.7, -0.7),
            (-0.7, 0.7),
        ):
            x, y = node.x + dx * d, node.y + dy * d
            anchor = "start" if dx > 0 else "end" if dx < 0 else "middle"
            left = x if anchor == "start" else x - width if anchor == "end" else x - width / 2
            # the baseline: level with the circle's middle beside it, below or above it otherwise
            base = y + (ascent - descent) / 2 if dy == 0 else y + ascent if dy > 0 else y - descent
            spots.append(
                (
                    round(x, 1),
                    round(base, 1),
                    anchor,
                    (left, base - ascent, left + width, base + descent),
                )
            )
    return spots


def overlaps(a: Box, b: Box, pad: float = 1.5) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def covers_circle(box: Box, node: Node) -> bool:
    nearest_x = min(max(node.x, box[0]), box[2])
    nearest_y = min(max(node.y, box[1]), box[3])
    return math.hypot(node.x - nearest_x, node.y - nearest_y) < node.r + 1


def place_labels(nodes: list[Node], width: float, height: float) -> int:
    """Give each node a name that collides with no other name and no circle, busiest first;
    returns how many found no room."""
    placed: list[Box] = []
    left_out = 0
    for node in sorted(nodes, key=lambda n: (-n.documents, n.name)):
        for text in dict.fromkeys((node.name, short_name(node.name))):
            spot = next(
                (
                    s
                    for s in label_spots(node, text_width(text))
                    if 0 <= s[3][0]
                    and s[3][2] <= width
                    and 0 <= s[3][1]
                    and s[3][3] <= height
                    and not any(overlaps(s[3], box) for box in placed)
                    and not any(covers_circle(s[3], other) for other in nodes)
                ),
                None,
            )
            if spot:
                node.label, node.label_x, node.label_y, node.anchor = (
                    text,
                    spot[0],
                    spot[1],
                    spot[2],
                )
                placed.append(spot[3])
                break
        else:
            left_out += 1
    return left_out


def apart(nodes: list[Node], gap: float = 6, rounds: int = 50) -> None:
    """Push circles that touch apart (strong ties may pull two people onto each other)."""
    for _ in range(rounds):
        moved = False
        for n, a in enumerate(nodes):
            for b in nodes[n + 1 :]:
                dx, dy = b.x - a.x, b.y - a.y
                d = math.hypot(dx, dy)
                need = a.r + b.r + gap
                if d < need:
                    if d < 0.01:
                        dx, dy, d = 1.0, 0.0, 1.0
                    shift = (need - d) / 2
                    a.x, a.y = a.x - dx / d * shift, a.y - dy / d * shift
                    b.x, b.y = b.x + dx / d * shift, b.y + dy / d * shift
                    moved = True
        if not moved:
            return


def describe_ties(edges: list[dict], names: dict[str, str]) -> str:
    parts = sorted(edges, key=lambda e: -e["documents"])
    return "; ".join(
        f"{names[e['source']]} {e['kind']} {names[e['target']]}: "
        f"{counted(e['documents'], 'document')}"
        for e in parts
    )


def network_picture(
    network: dict, center: str | None = None, width: int = WIDTH, height: int = HEIGHT
) -> Picture:
    """Positions, groups, names and lines for a network of people ({nodes, edges} as the store
    gives them); ``center``, when one of them, is held in the middle."""
    people = network.get("nodes", [])
    if not people:
        return Picture(width=width, height=height)
    ids = [p["id"] for p in people]
    weights = pair_weights(network.get("edges", []), set(ids))
    group = groups(ids, weights)
    layout = force_layout(ids, weights, width, height, center, group)
    pos = fit(layout, SIDE_ROOM, TOP_ROOM, width - SIDE_ROOM, height - TOP_ROOM, center)
    most = max((p["documents"] for p in people), default=1) or 1
    members = [list(group.values()).count(g) for g in range(len(ids))]
    colour = {
        i: g if g < GROUP_COLOURS and members[g] > 1 else -1 for i, g in group.items()
    }  # people alone: grey
    nodes = [
        Node(
            p["id"],
            p["name"],
            p["documents"],
            pos[p["id"]][0],
            pos[p["id"]][1],
            round(4 + 8 * math.sqrt(p["documents"] / most), 1),
            colour[p["id"]],
        )
        for p in people
    ]
    apart(nodes)
    for node in nodes:
        node.x = round(min(width - node.r, max(node.r, node.x)), 1)
        node.y = round(min(height - node.r, max(node.r, node.y)), 1)
    unlabelled = place_labels(nodes, width, height)
    by_id = {n.id: n for n in nodes}
    names = {n.id: n.name for n in nodes}
    kinds: dict[tuple[str, str], list[dict]] = {}
    for e in network.get("edges", []):
        if e["source"] in by_id and e["target"] in by_id and e["source"] != e["target"]:
            kinds.setdefault(tuple(sorted((e["source"], e["target"]))), []).append(e)
    strongest = max(weights.values(), default=1)
    ties = []
    for (a, b), w in sorted(weights.items(), key=lambda item: (item[1], item[0])):
        na, nb = by_id[a], by_id[b]
        main = max(kinds[(a, b)], key=lambda e: (e["documents"], e["kind"]))
        ties.append(
            Tie(
                na.name,
                nb.name,
                na.x,
                na.y,
                nb.x,
                nb.y,
                main["kind"],
                w,
                round(0.8 + 4.2 * w / strongest, 1),
                w / strongest < 0.25,
                describe_ties(kinds[(a, b)], names),
            )
        )
    rows = sorted(
        (
            (names[e["source"]], e["kind"], names[e["target"]], e["documents"])
            for pair in kinds.values()
            for e in pair
        ),
        key=lambda row: (-row[3], row[0], row[2]),
    )
    return Picture(nodes, ties, width, height, unlabelled, rows)
