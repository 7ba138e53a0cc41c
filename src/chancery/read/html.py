"""HTML pages (history.state.gov FRUS documents and generic pages) to text.

The text keeps the shape of the page: a line per heading and paragraph, list items as
"  • item" (indented by nesting), page-break markers "[Page N]" inline, footnote markers
as digits after their word.

Parsed by lxml (libxml2's HTML parser), which takes time in proportion to the page: the
standard library's parser, used before, took over 120 s on "<a " repeated to 100 KB and
42 s on "</" to 400 KB, which lxml reads in milliseconds (selectolax/lexbor, also measured,
took 20 s on 100,000 nested <div>s). lxml builds a tree as a browser would, so 300
unclosed <p> are 300 paragraphs, not 300 levels of nesting. No network, no DTD, no
entities but HTML's own; nesting deeper than a setting (and than libxml2's own 256) is
refused as hostile.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..model import ReadError, Source
from .text import decode

SUFFIXES = {".html", ".htm", ".xhtml"}
BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "dl",
    "hr",
    "figure",
    "header",
    "footer",
    "main",
    "aside",
    "address",
}
SKIPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "head",
    "button",
    "form",
    "select",
    "iframe",
}
# The site around a saved document: left out of its text, kept as provenance
# (Source.meta["left_out"]).
CHROME_TAGS = {"nav", "aside"}
CHROME_NAMES = re.compile(
    r"(?i)breadcrumb|navigation|navbar|page-nav|nav-(?:prev|next)|sidebar|\btoc\b|skip|masthead|"
    r"site-?(?:header|footer|nav)|\bfooter\b|\bheader\b|\bmenu\b|search|share|social|cookie|banner"
)
# Where a saved page keeps its document, most specific first: history.state.gov's content
# column, then the HTML5 and common names. Taken when it holds a good part of the page's words.
CONTENT = [
    "//*[@id='content-inner']",
    "//*[@id='content-container']",
    "//main",
    "//*[@role='main']",
    "//article",
    "//*[@id='content']",
    "//*[@id='main-content']",
    "//*[@id='main']",
]
CONTENT_SHARE = 0.3
PARSER_DEPTH = (
    256  # libxml2 stops building the tree this deep (without its "huge" option, which we never set)
)
WHITESPACE = re.compile(r"\s+")


def fit(path: Path, head: bytes) -> float:
    if path.suffix.lower() in SUFFIXES:
        return 0.9
    return 0.6 if re.search(rb"(?i)<!doctype html|<html[\s>]", head[:1024]) else 0.0


class TooDeep(Exception):
    pass


def parse(markup: str):
    """The page's root element (None for a page with no elements) and whether libxml2 stopped at its
    depth limit."""
    parser = etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    root = etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return root, too_deep


def render(markup: str, max_depth: int) -> tuple[str, str, list[str]]:
    """(text, title, left out) of a page: the document's text, the page's title, and the
    site's own words around the document (navigation, breadcrumbs, sidebars, header and
    footer). Raises TooDeep for nesting deeper than ``max_depth``."""
    root, too_deep = parse(markup)
    if too_deep and max_depth >= PARSER_DEPTH:
        raise TooDeep()
    if root is None:
        return "", "", []
    title = root.find(".//title")
    title_text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    content = content_of(root)
    text, left_out = walk(root, content, max_depth)
    return text, title_text, left_out


def content_of(root):
    """The element holding the document on a saved page, or None for the whole page."""
    total = words_in(root)
    for path in CONTENT:
        for element in root.xpath(path)[:3]:
            if words_in(element) >= max(CONTENT_SHARE * total, 30):
                return element
    return None


def words_in(element) -> int:
    return sum(len(piece.split()) for piece in element.itertext())


def is_chrome(element, tag: str) -> bool:
    if tag in CHROME_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    return (
        bool(names.strip())
        and bool(CHROME_NAMES.search(names))
        and tag not in ("p", "li", "td", "span", "a", "sup", "body", "html")
    )


def walk(root, content, max_depth: int) -> tuple[str, list[str]]:
    """The text of the document (``content``, or the page without its chrome) and the text of
    what was left out, each a block of lines."""
    parts: list[str] = []
    chrome: list[str] = []
    holding = (
        set(content.iterancestors()) if content is not None else set()
    )  # never the site's: they hold the document
    list_depth = 0
    inside = content is None  # before and after the content element, the page is the site's
    # Walked with a stack of its own, not recursion: (element, depth, entering?, is the
    # element's parent the site's?). Text inside an element goes where the element belongs,
    # its tail where its parent does.
    stack = [(root, 1, True, False)]
    while stack:
        element, depth, entering, parent_left = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        around = chrome if parent_left or not inside else parts
        if not entering:
            if tag in ("ul", "ol"):
                list_depth = max(0, list_depth - 1)
            own = (
                chrome
                if (
                    parent_left
                    or (element not in holding and is_chrome(element, tag))
                    or not inside
                )
                and element is not content
                else parts
            )
            if tag in BLOCKS:
                own.append("\n\n")
            if element is content:
                inside = False
                around = chrome
            tail(element, around)
            continue
        if depth > max_depth:
            raise TooDeep()
        if not tag or tag in SKIPPED:
            tail(element, around)
            continue
        if element is content:
            inside = True
        left = parent_left or (
            element is not content and element not in holding and is_chrome(element, tag)
        )
        out = chrome if left or not inside else parts
        if tag in ("ul", "ol"):
            list_depth += 1
        if tag == "li":
            out.append("\n" + "  " * list_depth + "• ")
        elif tag == "br":
            out.append("\n")
        elif (tag in BLOCKS or tag in CHROME_TAGS) and not opens_item(element):
            out.append("\n\n")
        if element.text:
            out.append(WHITESPACE.sub(" ", element.text))
        stack.append((element, depth, False, parent_left))
        stack.extend((child, depth + 1, True, left) for child in reversed(element))
    left_out = [
        line
        for line in (" ".join(line.split()) for line in "".join(chrome).splitlines())
        if line.strip("• ")
    ]
    return tidy("".join(parts)), left_out


def opens_item(element) -> bool:
    """A paragraph that begins a list item stays on the item's line ("• Source: ...")."""
    parent = element.getparent()
    return (
        parent is not None
        and isinstance(parent.tag, str)
        and parent.tag.lower() == "li"
        and element.getprevious() is None
        and not (parent.text or "").strip()
    )


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+(?=[^ •\t])", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def tail(element, parts: list[str]) -> None:
    """The text after an element, up to the next one (its parent's, so read even when the element is
    skipped)."""
    if element.tail:
        parts.append(WHITESPACE.sub(" ", element.tail))


def read(path: Path, data: bytes, settings) -> Source:
    try:
        text, title, left_out = render(decode(data), settings.max_html_depth)
    except TooDeep:
        raise ReadError(
            f"{path}: element nesting deeper than "
            f"{min(settings.max_html_depth, PARSER_DEPTH)} (setting max_html_depth), "
            f"refused as hostile"
        ) from None
    meta: dict[str, str | int | list[str]] = {"title": title} if title else {}
    if left_out:
        meta["left_out"] = left_out
    volume = re.search(rb"/historicaldocuments/(frus[\w-]+)/d(\d+)", data)
    if volume:
        meta["frus_volume"], meta["frus_number"] = volume.group(1).decode(), int(volume.group(2))
    return Source(path=str(path), format="html", sha256="", text=text, meta=meta)
