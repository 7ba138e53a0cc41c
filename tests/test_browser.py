"""The web pages in a real browser: Playwright driving Debian's chromium against `chancery serve`.

The archive is built from synthetic documents plus one hostile document of our own; a second
pass reads the sample documents in ../shared/seeds when they are there. Every page visited is
saved, full page, to $CHANCERY_SCREENSHOTS (default: a pytest tmp folder); screenshots of the
sample documents never go inside the repository.

Deselect with `-k "not browser"` (the module is skipped, with the reason, when Playwright or
chromium is missing: `make test` installs chromium with apt when it can).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from browser_archive import (
    HOSTILE_SCRIPT,
    HOSTILE_WORD,
    build_archive_of,
    build_synthetic_archive,
    chromium_path,
    launch_chromium,
    served,
)

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="Playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(
        chromium_path() is None,
        reason="chromium is not on PATH (apt-get install chromium; `make test` tries this itself)",
    ),
]

QUERY = "Berlin"  # frequent in the synthetic archive (seed 7)
PERSON_QUERY = "Dobrynin"  # the person named in most synthetic documents (seed 7)
TIMEOUT_MS = 10_000
RESULT = "ol.results > li > a"  # a result's title link (a result also links the people it names)


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
    assert page.evaluate("typeof window.__pwned") == "undefined", f"markup from a document ran on {page.url}"


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

    # a facet value counting fewer documents than the whole answer: clicking it narrows to that count
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


def test_archive_timeline_draws_bars(page, site, shots):
    answer = page.goto(f"{site}/timeline?q={QUERY}")
    assert answer.status == 200
    svg = page.locator("svg").first
    expect(svg).to_be_visible()
    assert page.locator("svg rect").count() > 1, "no bars in the timeline"
    snap(page, shots, "timeline")


def test_network_view_draws_a_graph(page, site, shots):
    answer = page.goto(f"{site}/network?q={QUERY}")
    assert answer.status == 200
    svg = page.locator("svg").first
    expect(svg).to_be_visible()
    assert page.locator("svg circle, svg line, svg path, svg text").count() > 1, "an empty network"
    snap(page, shots, "network")


def test_keyboard_reaches_the_search_box_and_a_result(page, site, shots):
    page.goto(f"{site}/?q={QUERY}")
    page.locator("header .brand").focus()  # start at the top of the page, before the (autofocused) box
    seen_box = False
    for _ in range(300):
        page.keyboard.press("Tab")
        here = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                 return {box: e.matches('input#q'), result: e.matches('ol.results > li > a'),
                         visible: e.matches(':focus-visible') && s.outlineStyle !== 'none' && s.outlineWidth !== '0px'}; }"""
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
    assert page.evaluate("[...document.scripts].some(s => s.textContent.includes('__pwned'))") is False
    assert page.locator("img[src='x']").count() == 0
    snap(page, shots, "hostile")
    page.goto(page.url.replace("/documents/", "/api/documents/") + "/original")
    not_pwned(page)


# ---------------------------------------------------------------- the sample documents


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip(f"the sample documents are not here ({SEEDS} is absent)")
    db = build_archive_of([SEEDS], tmp_path_factory.mktemp("seeds-archive"))
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
