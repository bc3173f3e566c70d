"""Text measures shared by every front end."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns a text takes in a monospace layout: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
