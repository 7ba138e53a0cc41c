"""The web pages in a real browser: Playwright driving Debian's chromium against `chancery serve`.

The archive is built from synthetic documents plus one hostile document of our own; a second
pass reads the sample documents in ../shared/seeds when they are there. Every page visited is
saved, full page, to $CHANCERY_SCREENSHOTS (default: a pytest tmp folder); screenshots of the
sample documents never go inside the repository.

Deselect with `-k "not browser"` (the module is skipped, with the reason, when Playwright or
chromium is missing: `make test` installs chromium with apt when it can).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from browser_archive import (
    HOSTILE_SCRIPT,
    HOSTILE_WORD,
    build_archive_of,
    build_demo_archive,
    build_synthetic_archive,
    chromium_path,
    launch_chromium,
    served,
)
from conftest import shared_folder

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

pytestmark = [
    pytest.mark.skipif(
        sync_playwright is None, reason="Playwright is not installed (pip install -e '.[test]')"
    ),
    pytest.mark.skipif(
        chromium_path() is None,
        reason="chromium is not on PATH (apt-get install chromium; `make test` tries this itself)",
    ),
]

QUERY = "Berlin"  # frequent in the synthetic archive (seed 7)
PERSON_QUERY = "Dobrynin"  # the person named in most synthetic documents (seed 7)
TIMEOUT_MS = 10_000
RESULT = "ol.results > li > a"  # a result's title link (a result also links the people it names)
WIDTHS = [360, 390, 1400]  # the narrowest phone the pages are made for, a common phone, a desktop
SHOT_WIDTHS = (390, 1400)
PAGES = ["search", "document", "person", "people", "timeline", "network", "network-focus", "api"]

# The page's width, how wide its content is, and the header's parts that are not wholly on the
# screen.
FITS = """() => {
  const width = window.innerWidth;
  const inside = e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.left >= 0 && b.right <= width; };
  const parts = [...document.querySelectorAll('header .brand, header nav a, header input#q, header button')];
  return {width, scroll: document.documentElement.scrollWidth, parts: parts.length,
          outside: parts.filter(e => !inside(e)).map(e => e.outerHTML.slice(0, 60))};
}"""  # noqa: E501 (test data)
# The box of each name the network pictures show, as the browser drew it.
NAME_BOXES = """() => [...document.querySelectorAll('svg.network text')].map(t => {
  const b = t.getBoundingClientRect();
  return {name: t.textContent, left: b.left, top: b.top, right: b.right, bottom: b.bottom};
})"""


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("CHANCERY_SCREENSHOTS")
    folder = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = launch_chromium(p)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_synthetic_archive(tmp_path_factory.mktemp("archive"))
    with served(db) as base:
        yield base


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.errors = []  # uncaught script errors on the page: none expected anywhere
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


@contextlib.contextmanager
def page_at(browser, width: int):
    """A fresh page with a viewport ``width`` px wide (a phone's height, whatever the width)."""
    context = browser.new_context(viewport={"width": width, "height": 844})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    try:
        yield page
    finally:
        context.close()


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["name"], b["name"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    ]


def fits_the_screen(page) -> None:
    """Nothing wider than the screen, and the header's brand, views, search box and button all on
    it."""
    fit = page.evaluate(FITS)
    assert fit["scroll"] <= fit["width"], (
        f"{page.url} is {fit['scroll']} px wide on a {fit['width']} px screen"
    )
    assert fit["parts"] == 7 and fit["outside"] == [], (
        f"off the screen on {page.url}: {fit['outside']}"
    )
    expect(page.locator("header button")).to_be_visible()


def snap(page, folder: Path, name: str) -> None:
    """Full-page screenshot, and no uncaught script errors on the page so far."""
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    assert page.errors == [], f"script errors on {page.url}: {page.errors}"


def total(page) -> int:
    text = page.locator("p.count").inner_text()
    match = re.match(r"\s*(\d+) documents?", text)
    assert match, f"no count in {text!r}"
    return int(match.group(1))


def search(page, base: str, query: str) -> None:
    page.goto(base + "/")
    page.locator("input#q").fill(query)
    with page.expect_navigation():
        page.locator("input#q").press("Enter")
    assert "q=" in page.url


def open_first_result(page, base: str, query: str) -> str:
    search(page, base, query)
    first = page.locator(RESULT).first
    title = first.inner_text()
    first.click()
    page.wait_for_url(re.compile(r"/documents/[^/?]+$"))
    return title


def not_pwned(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined", (
        f"markup from a document ran on {page.url}"
    )


# ---------------------------------------------------------------- the synthetic archive


def test_search_shows_results_facets_and_highlights_and_a_facet_narrows(page, site, shots):
    search(page, site, QUERY)
    results = page.locator(RESULT)
    expect(results.first).to_be_visible()
    assert results.count() > 1
    expect(page.locator("aside.facets")).to_be_visible()
    marks = page.locator("ol.results .snippet mark")
    assert marks.count() > 0
    assert {m.lower() for m in marks.all_inner_texts()} == {QUERY.lower()}
    before = total(page)
    assert before > 1
    snap(page, shots, "search")

    # a facet value counting fewer documents than the whole answer: clicking it narrows to that
    # count
    choice = None
    for item in page.locator("aside.facets li").all():
        count = re.search(r"(\d+)\s*$", item.inner_text())
        if count and 0 < int(count.group(1)) < before:
            choice = item.locator("a"), int(count.group(1))
            break
    assert choice, "no facet value narrower than the whole answer"
    link, expected = choice
    with page.expect_navigation():
        link.click()
    after = total(page)
    assert after != before
    assert after == expected
    snap(page, shots, "search-facet")


def test_document_page_shows_facts_people_and_provenance(page, site, shots):
    title = open_first_result(page, site, PERSON_QUERY)
    expect(page.locator("h1")).to_have_text(title)
    facts = page.locator("dl.facts")
    expect(facts).to_be_visible()
    for label in ("Type", "Date", "Classification"):
        expect(facts.locator("dt", has_text=label)).to_have_count(1)
    people = page.locator("ul.people a")
    assert people.count() > 0
    assert any(PERSON_QUERY in name for name in people.all_inner_texts())
    expect(page.locator("aside.provenance")).to_contain_text("Provenance")
    expect(page.locator("aside.provenance")).to_contain_text(".txt")
    snap(page, shots, "document")


def test_person_link_leads_to_the_person_page(page, site, shots):
    open_first_result(page, site, PERSON_QUERY)
    link = page.locator("ul.people a", has_text=PERSON_QUERY).first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"/people/[^/?#]+$"))
    expect(page.locator("h1")).to_have_text(name)
    for section in ("#names", "#offices", "#timeline", "#network"):
        expect(page.locator(section)).to_be_visible()
    snap(page, shots, "person")


def open_picture(page, url: str) -> None:
    """Open a page that draws a picture, and see it answered and its picture shown."""
    answer = page.goto(url)
    assert answer.status == 200
    expect(page.locator("svg").first).to_be_visible()


def test_archive_timeline_draws_bars(page, site, shots):
    open_picture(page, f"{site}/timeline?q={QUERY}")
    assert page.locator("svg rect").count() > 1, "no bars in the timeline"
    snap(page, shots, "timeline")


def test_network_view_draws_a_graph(page, site, shots):
    open_picture(page, f"{site}/network?q={QUERY}")
    assert page.locator("svg circle, svg line, svg path, svg text").count() > 1, "an empty network"
    snap(page, shots, "network")


def test_keyboard_reaches_the_search_box_and_a_result(page, site, shots):
    page.goto(f"{site}/?q={QUERY}")
    page.locator(
        "header .brand"
    ).focus()  # start at the top of the page, before the (autofocused) box
    seen_box = False
    for _ in range(300):
        page.keyboard.press("Tab")
        here = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                 return {box: e.matches('input#q'), result: e.matches('ol.results > li > a'),
                         visible: e.matches(':focus-visible') && s.outlineStyle !== 'none' && s.outlineWidth !== '0px'}; }"""  # noqa: E501 (test data)
        )
        if here["box"]:
            seen_box = True
            assert here["visible"], "the search box has no visible focus"
        if here["result"]:
            assert here["visible"], "the result link has no visible focus"
            break
    else:
        pytest.fail("Tab never reached a result link")
    assert seen_box, "Tab never reached the search box"
    snap(page, shots, "keyboard")


def test_document_text_with_markup_is_inert(page, site, shots):
    search(page, site, HOSTILE_WORD)
    assert total(page) == 1
    not_pwned(page)
    page.locator(RESULT).first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    expect(page.locator("article")).to_contain_text(HOSTILE_SCRIPT)  # shown as text, not dropped
    not_pwned(page)
    assert (
        page.evaluate("[...document.scripts].some(s => s.textContent.includes('__pwned'))") is False
    )
    assert page.locator("img[src='x']").count() == 0
    snap(page, shots, "hostile")
    page.goto(page.url.replace("/documents/", "/api/documents/") + "/original")
    not_pwned(page)


# ---------------------------------------------------------------- every page on a phone and a
# desktop


@pytest.fixture(scope="module")
def paths(site) -> dict[str, str]:
    """A path of each kind of page in the synthetic archive."""
    hit = get_json(f"{site}/api/search?q={PERSON_QUERY}&limit=1")["hits"][0]
    person = quote(get_json(f"{site}/api/people?q={PERSON_QUERY}")["people"][0]["id"], safe="")
    return {
        "search": f"/?q={QUERY}",
        "document": f"/documents/{hit['id']}",
        "person": f"/people/{person}",
        "people": "/people",
        "timeline": f"/timeline?q={QUERY}",
        "network": f"/network?q={QUERY}",
        "network-focus": f"/network?focus={person}",
        "api": "/docs",
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_the_screen_with_the_search_and_views_on_it(
    browser, site, paths, shots, name, width
):
    with page_at(browser, width) as page:
        answer = page.goto(site + paths[name])
        assert answer.status == 200
        fits_the_screen(page)
        assert (
            overlapping(page.evaluate(NAME_BOXES)) == []
        )  # the person and network pages' pictures
        if width in SHOT_WIDTHS:
            snap(page, shots, f"{name}-{width}")


@pytest.mark.parametrize("width", SHOT_WIDTHS)
def test_a_search_from_a_phone_leads_to_a_document(browser, site, width):
    with page_at(browser, width) as page:
        search(page, site, PERSON_QUERY)
        fits_the_screen(page)
        names = page.locator(RESULT).all_inner_texts()
        assert len(names) > 1 and len(set(names)) > len(names) // 2, f"results named alike: {names}"
        page.locator(RESULT).first.click()
        page.wait_for_url(re.compile(r"/documents/[^/?]+$"))
        fits_the_screen(page)


# ---------------------------------------------------------------- the demo archive's network


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    db = build_demo_archive(tmp_path_factory.mktemp("demo"), SEEDS)
    with served(db) as base:
        yield base


@pytest.mark.parametrize("width", SHOT_WIDTHS)
@pytest.mark.parametrize(
    "path",
    [
        "/network",
        "/network?q=Berlin",
        "/network?focus=dobrynin-anatoliy-f",
        "/people/dobrynin-anatoliy-f",
    ],
)
def test_no_two_names_overlap_in_the_demo_archives_networks(browser, demo_site, shots, path, width):
    with page_at(browser, width) as page:
        assert page.goto(demo_site + path).status == 200
        fits_the_screen(page)
        circles = page.locator("svg.network circle").count()
        boxes = page.evaluate(NAME_BOXES)
        if path == "/network":
            assert circles == 40  # the most a picture draws, with hundreds of ties among them
            snap(page, shots, f"demo-network-{width}")
        assert circles > 5 and len(boxes) >= circles * 0.8, (
            f"{len(boxes)} names for {circles} people"
        )
        assert overlapping(boxes) == []


# ---------------------------------------------------------------- the sample documents


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory):
    seeds = shared_folder(SEEDS, "*.txt", "the sample documents")
    db = build_archive_of([seeds], tmp_path_factory.mktemp("seeds-archive"))
    with served(db) as base:
        yield base


@pytest.fixture(scope="module")
def seed_shots(shots, tmp_path_factory) -> Path:
    """Screenshots of the sample documents: never inside the repository (we may not copy them)."""
    if shots.resolve().is_relative_to(REPO):
        return tmp_path_factory.mktemp("seed-screenshots")
    folder = shots / "seeds"
    folder.mkdir(exist_ok=True)
    return folder


def test_seeds_search_and_open_each_result(page, seeds_site, seed_shots):
    search(page, seeds_site, "Khrushchev")
    links = page.locator(RESULT)
    expect(links.first).to_be_visible()
    assert page.locator("ol.results mark").count() > 0
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    snap(page, seed_shots, "seeds-search")
    for i, href in enumerate(hrefs, 1):
        answer = page.goto(seeds_site + href)
        assert answer.status == 200, href
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator("aside.provenance")).to_contain_text("Provenance")
        not_pwned(page)
        snap(page, seed_shots, f"seeds-document-{i}")
