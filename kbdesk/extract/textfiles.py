"""Text and HTML files: find the encoding (GB18030 logs are common), strip markup."""

from __future__ import annotations

import codecs
from html.parser import HTMLParser

import charset_normalizer

from ..transfer.text_encoding import BOMS, GB_FAMILY

SAMPLE = 256 * 1024  # bytes given to the detector


def encoding_of(data: bytes) -> str:
    """A codec name for ``data``: BOM, else UTF-8 when it decodes, else detected."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _reads_as_chinese(data):
        return "gb18030"  # a detector can mistake a few Chinese words among pages of ASCII
    # the detector sees the part that is not ASCII: logs often start with pages of it
    start = max(0, first_bad - 1024)
    best = charset_normalizer.from_bytes(data[start : start + SAMPLE]).best()
    if best is None:
        return "gb18030"  # the usual non-UTF-8 text in China
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return "gb18030" if name in GB_FAMILY else best.encoding


def _reads_as_chinese(data: bytes) -> bool:
    """Strict GB18030 decodes it and most of what is not ASCII is Chinese."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    wide = [c for c in text if ord(c) > 127]
    chinese = sum(
        1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
    )
    return bool(wide) and chinese >= 0.6 * len(wide)


def plain_text(data: bytes) -> str:
    return data.decode(encoding_of(data), errors="replace").removeprefix("\ufeff")


class _TextParser(HTMLParser):
    SKIP = frozenset({"script", "style", "head", "noscript", "template"})
    BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "table",
            "section",
            "article",
            "blockquote",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._skipping:
            self.parts.append(data)

    def text(self) -> str:
        body = "".join(self.parts)
        lines = [" ".join(line.split()) for line in body.splitlines()]
        title = " ".join("".join(self._title).split())
        return "\n".join(x for x in [title, *lines] if x)


def html_text(data: bytes) -> str:
    parser = _TextParser()
    parser.feed(plain_text(data))
    parser.close()
    return parser.text()
