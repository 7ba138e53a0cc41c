"""The network picture (web/graph.py): where people go, their groups, their names and the lines
between them."""

import math
import random

from chancery.web import graph


def network(*edges, counts=None):
    counts = counts or {}
    people = sorted({p for e in edges for p in e[:2]} | set(counts))
    return {
        "nodes": [{"id": p, "name": p.title(), "documents": counts.get(p, 1)} for p in people],
        "edges": [
            {"source": a, "target": b, "kind": kind, "documents": n} for a, b, kind, n in edges
        ],
    }


def crowd(people=40, ties=250, seed=1):
    """A dense network like a search's: long names, hundreds of ties of one to twenty documents."""
    rng = random.Random(seed)
    ids = [f"p{n:02d}" for n in range(people)]
    edges = {}
    while len(edges) < ties:
        a, b = rng.sample(ids, 2)
        edges[(a, b)] = rng.choice([1, 1, 1, 2, 3, 5, 20])
    return {
        "nodes": [
            {
                "id": i,
                "name": f"Aleksandr {chr(65 + n % 26)}. Person-{i}, Jr.",
                "documents": rng.randint(1, 90),
            }
            for n, i in enumerate(ids)
        ],
        "edges": [
            {"source": a, "target": b, "kind": "met", "documents": n} for (a, b), n in edges.items()
        ],
    }


def label_box(node: graph.Node) -> tuple[float, float, float, float]:
    width = graph.text_width(node.label)
    left = {"start": node.label_x, "end": node.label_x - width, "middle": node.label_x - width / 2}[
        node.anchor
    ]
    return (
        left,
        node.label_y - graph.FONT_PX * 0.95,
        left + width,
        node.label_y + graph.FONT_PX * 0.3,
    )


def distance(a: graph.Node, b: graph.Node) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def test_an_empty_network_draws_nothing():
    picture = graph.network_picture({"nodes": [], "edges": []})
    assert picture.nodes == [] and picture.ties == []


def test_the_same_network_gives_the_same_picture():
    assert graph.network_picture(crowd()) == graph.network_picture(crowd())


def test_the_person_of_the_page_is_in_the_middle():
    net = network(
        ("lund", "berg", "met", 3), ("lund", "holm", "wrote to", 1), ("berg", "holm", "met", 1)
    )
    picture = graph.network_picture(net, center="lund")
    lund = next(n for n in picture.nodes if n.id == "lund")
    assert (lund.x, lund.y) == (picture.width / 2, picture.height / 2)


def test_everyone_and_every_name_is_inside_the_picture():
    picture = graph.network_picture(crowd())
    for node in picture.nodes:
        assert (
            node.r <= node.x <= picture.width - node.r
            and node.r <= node.y <= picture.height - node.r
        )
        if node.label:
            left, top, right, bottom = label_box(node)
            assert 0 <= left and right <= picture.width and 0 <= top and bottom <= picture.height


def test_no_two_names_collide_in_a_crowd():
    picture = graph.network_picture(crowd())
    boxes = [label_box(n) for n in picture.nodes if n.label]
    assert len(boxes) >= 35  # nearly everyone is named in full or by surname
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not graph.overlaps(a, b, pad=0), (a, b)


def test_no_name_covers_a_circle():
    picture = graph.network_picture(crowd())
    for node in picture.nodes:
        if node.label:
            assert not any(graph.covers_circle(label_box(node), other) for other in picture.nodes)


def test_a_name_with_no_room_is_shortened_to_the_surname_then_left_out():
    picture = graph.network_picture(crowd(people=30, ties=60), width=260, height=160)
    labels = [n.label for n in picture.nodes]
    assert any(
        label and "Person" in label and "Aleksandr" not in label for label in labels
    )  # the surname only
    assert picture.unlabelled == labels.count("") > 0
    boxes = [label_box(n) for n in picture.nodes if n.label]
    assert not any(graph.overlaps(a, b, pad=0) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_the_surname_leaves_out_initials_and_suffixes():
    assert graph.short_name("Alexander M. Haig, Jr.") == "Haig"
    assert graph.short_name("James A. Baker III") == "Baker"
    assert graph.short_name("Dobrynin") == "Dobrynin"


def test_two_groups_tied_within_are_coloured_apart_and_drawn_apart():
    edges = [
        (a, b, "met", 6)
        for group in (["ann", "bob", "cy", "dee"], ["eve", "fay", "gus", "hal"])
        for i, a in enumerate(group)
        for b in group[i + 1 :]
    ]
    picture = graph.network_picture(network(*edges, ("dee", "eve", "met", 1)))
    by_id = {n.id: n for n in picture.nodes}
    first, second = (
        [by_id[i] for i in ("ann", "bob", "cy", "dee")],
        [by_id[i] for i in ("eve", "fay", "gus", "hal")],
    )
    assert len({n.group for n in first}) == 1 and len({n.group for n in second}) == 1
    assert first[0].group != second[0].group and -1 not in (first[0].group, second[0].group)
    within = max(distance(a, b) for group in (first, second) for a in group for b in group)
    across = min(distance(a, b) for a in first for b in second)
    assert within < across


def test_someone_alone_is_in_no_group():
    picture = graph.network_picture(network(("lund", "berg", "met", 1), counts={"solo": 3}))
    assert next(n for n in picture.nodes if n.id == "solo").group == -1


def test_busier_people_get_bigger_circles():
    picture = graph.network_picture(
        network(("lund", "berg", "met", 1), counts={"lund": 9, "berg": 1})
    )
    by_id = {n.id: n for n in picture.nodes}
    assert by_id["lund"].r > by_id["berg"].r


def test_the_strongest_ties_are_widest_darkest_and_drawn_last():
    net = network(
        ("lund", "berg", "met", 20), ("lund", "holm", "wrote to", 5), ("berg", "holm", "met", 1)
    )
    ties = graph.network_picture(net).ties
    assert [t.documents for t in ties] == [1, 5, 20]  # the strongest on top of the rest
    assert ties[0].width < ties[1].width < ties[2].width
    assert ties[0].weak and not ties[2].weak


def test_a_line_joins_its_two_people():
    picture = graph.network_picture(network(("lund", "berg", "met", 2)))
    by_name = {n.name: n for n in picture.nodes}
    [tie] = picture.ties
    assert (tie.x1, tie.y1) == (by_name[tie.source].x, by_name[tie.source].y)
    assert (tie.x2, tie.y2) == (by_name[tie.target].x, by_name[tie.target].y)


def test_ties_of_several_kinds_between_two_people_are_one_line_that_says_each():
    net = network(("lund", "berg", "met", 2), ("berg", "lund", "wrote to", 3))
    picture = graph.network_picture(net)
    [tie] = picture.ties
    assert tie.documents == 5 and tie.kind == "wrote to"
    assert tie.says == "Berg wrote to Lund: 3 documents; Lund met Berg: 2 documents"
    assert picture.rows == [
        ("Berg", "wrote to", "Lund", 3),
        ("Lund", "met", "Berg", 2),
    ]  # the table, strongest first


def test_ties_to_people_not_drawn_are_left_out():
    net = network(("lund", "berg", "met", 1))
    net["edges"].append({"source": "lund", "target": "nobody", "kind": "met", "documents": 5})
    picture = graph.network_picture(net)
    assert [(t.source, t.target) for t in picture.ties] == [("Berg", "Lund")]


def test_a_neighbourhood_is_a_person_their_ties_and_the_ties_among_those_people():
    net = network(
        ("lund", "berg", "met", 1),
        ("lund", "holm", "met", 1),
        ("berg", "holm", "met", 1),
        ("holm", "vik", "met", 1),
    )
    near = graph.neighbourhood(net, "lund")
    assert [n["id"] for n in near["nodes"]] == ["berg", "holm", "lund"]
    assert {(e["source"], e["target"]) for e in near["edges"]} == {
        ("lund", "berg"),
        ("lund", "holm"),
        ("berg", "holm"),
    }


def test_a_network_of_forty_is_drawn_quickly():
    import time

    start = time.perf_counter()
    graph.network_picture(crowd())
    assert time.perf_counter() - start < 2  # about 0.15 s on the development machine
