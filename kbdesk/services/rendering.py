"""Markdown to HTML for the front ends: the one renderer and sanitiser of
:mod:`kbdesk.render.markdown`, and the URLs it gives attachments."""

from __future__ import annotations

from ..render.markdown import ATTACHMENT_SCHEME, LINK_SCHEMES, attachment_url, render_markdown

__all__ = ["ATTACHMENT_SCHEME", "LINK_SCHEMES", "attachment_url", "render_markdown"]
