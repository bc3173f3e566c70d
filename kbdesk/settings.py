"""Typed settings: each option declared once with its type and default.

App settings live in the config folder (``KBDESK_CONFIG`` overrides) as JSON;
a value of the wrong type in the file falls back to its default instead of
breaking start-up.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path


@dataclass
class AppSettings:
    last_archive: str = ""
    recent_archives: list[str] = field(default_factory=list)
    language: str = ""  # "" = follow the system; "zh_CN" or "en"
    actor: str = ""  # name written to the audit trail; "" = the OS user
    theme: str = "system"  # system | light | dark

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        for f in fields(cls):
            value = raw.get(f.name) if isinstance(raw, dict) else None
            if value is not None and isinstance(value, type(getattr(settings, f.name))):
                setattr(settings, f.name, value)
        return settings

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)

    def remember_archive(self, path: Path, keep: int = 8) -> None:
        p = str(path)
        self.last_archive = p
        self.recent_archives = [p, *[r for r in self.recent_archives if r != p]][:keep]


def default_actor() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or os.environ.get("USERNAME") or "user"
