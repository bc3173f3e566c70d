"""Rendering of stored text for display (Markdown to safe HTML). No Qt here."""

from .markdown import ATTACHMENT_SCHEME, attachment_url, render_markdown

__all__ = ["ATTACHMENT_SCHEME", "attachment_url", "render_markdown"]
