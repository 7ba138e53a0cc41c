"""HTML pages (history.state.gov FRUS documents and generic pages) to text.

The text keeps the shape of the page: a line per heading and paragraph, list items as
"  • item" (indented by nesting), page-break markers "[Page N]" inline, footnote markers
as digits after their word. Only the stdlib parser is used: no network, no external
entities; nesting deeper than a setting is refused as hostile.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..model import ReadError, Source
from .text import decode

SUFFIXES = {".html", ".htm", ".xhtml"}
BLOCKS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
          "blockquote", "pre", "dt", "dd", "dl", "hr", "figure", "header", "footer", "main", "aside", "address"}
SKIPPED = {"script", "style", "nav", "noscript", "template", "svg", "head", "button", "form", "select", "iframe"}
VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}


def fit(path: Path, head: bytes) -> float:
    if path.suffix.lower() in SUFFIXES:
        return 0.9
    return 0.6 if re.search(rb"(?i)<!doctype html|<html[\s>]", head[:1024]) else 0.0


class _TextParser(HTMLParser):
    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.stack: list[str] = []
        self.skip_depth = 0
        self.list_depth = 0
        self.parts: list[str] = []
        self.title = ""
        self.in_title = False
        self.too_deep = False

    def newline(self, blank: bool = True) -> None:
        self.parts.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br":
                self.newline(blank=False)
            return
        self.stack.append(tag)
        if len(self.stack) > self.max_depth:
            self.too_deep = True
            raise _TooDeep()
        if tag == "title":
            self.in_title = True
        if self.skip_depth or tag in SKIPPED:
            self.skip_depth += 1
            return
        if tag in ("ul", "ol"):
            self.list_depth += 1
        if tag == "li":
            self.newline(blank=False)
            self.parts.append("  " * self.list_depth + "• ")
        elif tag in BLOCKS:
            self.newline()

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            elif open_tag in ("ul", "ol"):
                self.list_depth = max(0, self.list_depth - 1)
                self.newline()
            elif open_tag in BLOCKS:
                self.newline()
            if open_tag == "title":
                self.in_title = False
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.skip_depth:
            return
        self.parts.append(re.sub(r"\s+", " ", data))


class _TooDeep(Exception):
    pass


def render(html: str, max_depth: int) -> tuple[str, str]:
    parser = _TextParser(max_depth)
    try:
        parser.feed(html)
        parser.close()
    except _TooDeep:
        raise
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+(?=[^ •\t])", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text, " ".join(parser.title.split())


def read(path: Path, data: bytes, settings) -> Source:
    try:
        text, title = render(decode(data), settings.max_html_depth)
    except _TooDeep:
        raise ReadError(
            f"{path}: element nesting deeper than {settings.max_html_depth} (setting max_html_depth), refused as hostile"
        ) from None
    meta = {"title": title} if title else {}
    volume = re.search(rb"/historicaldocuments/(frus[\w-]+)/d(\d+)", data)
    if volume:
        meta["frus_volume"], meta["frus_number"] = volume.group(1).decode(), int(volume.group(2))
    return Source(path=str(path), format="html", sha256="", text=text, meta=meta)
