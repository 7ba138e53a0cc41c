"""Regenerate docs/screenshots/*.png: each page (search, document, person, timeline, network) at a
desktop's width (1400 px, the whole page) and a phone's (390 px, the first screenful).

The archive is synthetic only (`chancery synth`, as `make demo` makes it but without the sample
documents), built in a temporary folder: nothing from ../shared goes into these images. The
browser is Debian's chromium driven by Playwright.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser_archive import (  # noqa: E402  (found on the path set just above)
    build_demo_archive,
    chromium_path,
    launch_chromium,
    served,
)

QUERY = "Berlin"
PERSON_QUERY = "Dobrynin"
# (width, height, whole page): a phone shows what its first screen holds
SCREENS = {"1400": (1400, 900, True), "390": (390, 844, False)}


def shoot_pages(page, base: str, out: Path, suffix: str, whole: bool, failed: list[str]) -> None:
    """Each page shot in ``page`` (a browser tab at one screen size) to ``out`` as
    NAME-SUFFIX.png; a page that cannot be shown goes in ``failed``."""

    def visit(name: str, url: str) -> bool:
        answer = page.goto(base + url)
        if answer is None or answer.status != 200:
            failed.append(f"{name}: {url} answered {answer.status if answer else 'nothing'}")
            return False
        return True

    def shoot(name: str) -> None:
        page.evaluate("document.activeElement && document.activeElement.blur()")
        path = out / f"{name}-{suffix}.png"
        page.screenshot(path=str(path), full_page=whole)
        print(
            f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}  "
            f"{page.url.removeprefix(base)}"
        )

    if visit("search", f"/?q={QUERY}"):
        shoot("search")
    if visit("document", f"/?q={PERSON_QUERY}"):
        page.locator("ol.results > li > a").first.click()
        page.wait_for_url("**/documents/**")
        shoot("document")
        person = page.locator("ul.people a", has_text=PERSON_QUERY).first
        href = person.get_attribute("href") if person.count() else None
        if href and href.startswith("/people/"):
            if visit("person", href):
                shoot("person")
        else:
            failed.append(f"person: the document's people link to {href!r}, not /people/{{id}}")
    if visit("timeline", f"/timeline?q={QUERY}"):
        shoot("timeline")
    if visit("network", "/network"):  # the whole archive: the busiest picture, 40 people
        shoot("network")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if chromium_path() is None:
        print("chromium is not on PATH: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    failed = []
    with tempfile.TemporaryDirectory(prefix="chancery-shots-") as tmp:
        db = build_demo_archive(Path(tmp))
        with served(db) as base, sync_playwright() as p:
            browser = launch_chromium(p)
            for suffix, (width, height, whole) in SCREENS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.set_default_timeout(10_000)

                shoot_pages(page, base, args.out, suffix, whole, failed)
                page.close()
            browser.close()
    for problem in failed:
        print(f"not written: {problem}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
