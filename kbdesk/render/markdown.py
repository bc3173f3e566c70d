"""Markdown to HTML that is safe to show: no scripts, no remote loads.

The one renderer and sanitiser policy of kbdesk: the article viewer, the
handover package's pages and the fault and drill reports all render here.
Articles are written by colleagues but often pasted from mail, tickets and
web pages, so the HTML Python-Markdown produces (which passes raw HTML
through) is sanitised with nh3 before any viewer sees it:

- only structural tags survive (headings, lists, tables, code, quotes, …);
- links keep an ``href`` only for http, https and mailto;
- images keep a ``src`` only for ``data:image/…`` and ``kbdesk-attachment:``
  (an attachment of the archive), so showing an article never reaches the
  network; a blocked image is replaced by its alt text;
- scripts, styles, iframes, event handlers and comments are removed.

A document written to files (a fault report) points its attachment images at
a data: URI or a file beside it with :func:`resolve_attachment_images`, after
sanitising.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Mapping

import markdown
import nh3

ATTACHMENT_SCHEME = "kbdesk-attachment"

# fenced_code: ``` blocks for logs and commands; tables: version matrices;
# sane_lists: a numbered list after a bulleted one stays numbered;
# nl2br: a single newline is a line break. Chinese text has no spaces to
# re-flow, and pasted error output and step lists rely on their line breaks.
EXTENSIONS = ["fenced_code", "tables", "sane_lists", "nl2br"]

TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "pre", "code", "kbd", "samp", "em", "strong", "b", "i", "u", "del", "s", "sub", "sup",
    "blockquote", "a", "img",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
}
LINK_SCHEMES = ("http", "https", "mailto")

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|bmp);base64,", re.IGNORECASE)
_ALIGN_STYLE = re.compile(r'\sstyle="text-align: (left|right|center);"')
# nh3 writes every attribute value in double quotes (a quote inside is &quot;),
# so an element's attributes can be matched exactly even when a value holds ">".
_IMG = re.compile(r'<img((?:\s+[\w-]+="[^"]*")*)\s*/?>')
_ALT = re.compile(r'\salt="([^"]*)"')
_ATTACHMENT_SRC = re.compile(r'(<img\b[^>]*?\ssrc=")' + ATTACHMENT_SCHEME + r':([^"]*)(")')


def attachment_url(attachment_id: str) -> str:
    """How an article refers to an attached image: ``![alt](kbdesk-attachment:ID)``."""
    return f"{ATTACHMENT_SCHEME}:{attachment_id}"


def render_markdown(text: str) -> str:
    """Markdown source to sanitised HTML (a fragment, without <html>/<body>)."""
    html = markdown.markdown(text or "", extensions=EXTENSIONS, output_format="html")
    # Table alignment arrives as inline style, which is not allowed through.
    html = _ALIGN_STYLE.sub(r' align="\1"', html)
    html = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={*LINK_SCHEMES, "data", ATTACHMENT_SCHEME},
        url_relative="deny",
        attribute_filter=_filter_attribute,
        link_rel=None,
        strip_comments=True,
    )
    return _IMG.sub(_blocked_image, html)


def resolve_attachment_images(html: str, targets: Mapping[str, str]) -> str:
    """Point the attachment images of sanitised HTML at the caller's own targets.

    ``targets`` maps an attachment id to what the page should load instead of
    ``kbdesk-attachment:ID`` — a data: URI, or a file the caller wrote beside
    the page (an exported document has no attachment loader). Only ids in
    ``targets`` change, to values the caller made, so text an author typed
    never gains a source the sanitiser would have refused.
    """
    if not targets:
        return html

    def point(m: re.Match) -> str:
        target = targets.get(html_lib.unescape(m.group(2)))
        return m.group(0) if target is None else f"{m.group(1)}{html_lib.escape(target)}{m.group(3)}"

    return _ATTACHMENT_SRC.sub(point, html)


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        return value if _scheme(value) in LINK_SCHEMES else None
    if tag == "img" and attr == "src":
        scheme = _scheme(value)
        if scheme == ATTACHMENT_SCHEME or (scheme == "data" and _DATA_IMAGE.match(value.strip())):
            return value
        return None
    return value


def _scheme(url: str) -> str:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else ""


def _blocked_image(match: re.Match) -> str:
    """An image whose src was removed becomes its alt text in brackets."""
    if re.search(r'\ssrc="', match.group(1)):
        return match.group(0)
    alt = _ALT.search(match.group(1))
    label = alt.group(1) if alt and alt.group(1) else "image"
    return f'<span class="blocked-image">[{label}]</span>'
