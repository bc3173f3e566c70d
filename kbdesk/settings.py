"""Typed settings: each option declared once with its type and default.

App settings live in the config folder (``KBDESK_CONFIG`` overrides) as JSON,
read and written through :mod:`kbdesk.jsonstore`: a value of the wrong type
in the file falls back to its default instead of breaking start-up, and a
save replaces the file atomically.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .jsonstore import JsonStore, decode_fields


@dataclass
class AppSettings:
    last_archive: str = ""
    recent_archives: list[str] = field(default_factory=list)
    language: str = ""  # "" = follow the system; "zh_CN" or "en"
    actor: str = ""  # name written to the audit trail; "" = the OS user
    theme: str = "system"  # system | light | dark

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        return decode_fields(cls, JsonStore(path).read())

    def save(self, path: Path) -> None:
        JsonStore(path).write(asdict(self))

    def remember_archive(self, path: Path | str, keep: int = 8) -> None:
        p = str(path)
        self.last_archive = p
        self.recent_archives = [p, *[r for r in self.recent_archives if r != p]][:keep]


def default_actor() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or os.environ.get("USERNAME") or "user"
