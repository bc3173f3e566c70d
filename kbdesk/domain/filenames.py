"""File names that come from records (attachment names): shown, never trusted as paths."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Names Windows reserves whatever the extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """One plain file name for writing a copy: no folders, no "..", no
    characters Windows refuses. Only ever the last part of a path."""
    base = re.split(r"[/\\]", name)[-1] if name else ""
    base = _UNSAFE.sub("_", base).strip(" .")
    if not base or _RESERVED.match(base):
        base = f"{fallback}-{base}" if base else fallback
    return base[:200]
