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
BLOCKS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
          "blockquote", "pre", "dt", "dd", "dl", "hr", "figure", "header", "footer", "main", "aside", "address"}
SKIPPED = {"script", "style", "nav", "noscript", "template", "svg", "head", "button", "form", "select", "iframe"}
PARSER_DEPTH = 256  # libxml2 stops building the tree this deep (without its "huge" option, which we never set)
WHITESPACE = re.compile(r"\s+")


def fit(path: Path, head: bytes) -> float:
    if path.suffix.lower() in SUFFIXES:
        return 0.9
    return 0.6 if re.search(rb"(?i)<!doctype html|<html[\s>]", head[:1024]) else 0.0


class TooDeep(Exception):
    pass


def parse(markup: str):
    """The page's root element (None for a page with no elements) and whether libxml2 stopped at its depth limit."""
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    root = etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return root, too_deep


def render(markup: str, max_depth: int) -> tuple[str, str]:
    """(text, title) of a page; raises TooDeep for nesting deeper than ``max_depth``."""
    root, too_deep = parse(markup)
    if too_deep and max_depth >= PARSER_DEPTH:
        raise TooDeep()
    if root is None:
        return "", ""
    parts: list[str] = []
    title = root.find(".//title")
    list_depth = 0
    # Walked with a stack of its own, not recursion: (element, depth, entering?).
    stack = [(root, 1, True)]
    while stack:
        element, depth, entering = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if entering:
            if depth > max_depth:
                raise TooDeep()
            if not tag or tag in SKIPPED:
                tail(element, parts)
                continue
            if tag in ("ul", "ol"):
                list_depth += 1
            if tag == "li":
                parts.append("\n" + "  " * list_depth + "• ")
            elif tag == "br":
                parts.append("\n")
            elif tag in BLOCKS:
                parts.append("\n\n")
            if element.text:
                parts.append(WHITESPACE.sub(" ", element.text))
            stack.append((element, depth, False))
            stack.extend((child, depth + 1, True) for child in reversed(element))
            continue
        if tag in ("ul", "ol"):
            list_depth = max(0, list_depth - 1)
        if tag in BLOCKS:
            parts.append("\n\n")
        tail(element, parts)
    text = "".join(parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+(?=[^ •\t])", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    title_text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    return text, title_text


def tail(element, parts: list[str]) -> None:
    """The text after an element, up to the next one (its parent's, so read even when the element is skipped)."""
    if element.tail:
        parts.append(WHITESPACE.sub(" ", element.tail))


def read(path: Path, data: bytes, settings) -> Source:
    try:
        text, title = render(decode(data), settings.max_html_depth)
    except TooDeep:
        raise ReadError(
            f"{path}: element nesting deeper than {min(settings.max_html_depth, PARSER_DEPTH)} (setting max_html_depth), refused as hostile"
        ) from None
    meta = {"title": title} if title else {}
    volume = re.search(rb"/historicaldocuments/(frus[\w-]+)/d(\d+)", data)
    if volume:
        meta["frus_volume"], meta["frus_number"] = volume.group(1).decode(), int(volume.group(2))
    return Source(path=str(path), format="html", sha256="", text=text, meta=meta)
