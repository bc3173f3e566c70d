"""Settings kept in JSON files: typed fields read forgivingly, files written atomically.

One helper for every settings file kbdesk keeps — the app's settings.json in
the config folder, the archive's settings.json (service plan, extraction
limits) and backup.json:

- :func:`decode_fields` turns a JSON object into a dataclass: each field
  takes the file's value when it has the right type (or passes the field's
  own check) and keeps its default otherwise, so a hand-edited file never
  stops the app;
- :class:`JsonStore` reads a file as one JSON object (missing, unreadable
  or not an object: empty) and writes it through a temporary file in the
  same folder renamed over the old one, so a crash or a full disk leaves the
  old file whole, never half a file. :meth:`JsonStore.write_section` keeps
  the file's other keys (the archive's settings.json holds several).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
# (field name, default value, value in the file) -> take the value?
Accept = Callable[[str, Any, Any], bool]


def same_type(_name: str, default: Any, value: Any) -> bool:
    """The value has the default's JSON type (a bool is not an int; an int may stand for a float)."""
    if isinstance(default, float) and type(value) is int:
        return True
    return type(value) is type(default)


def decode_fields(cls: type[T], raw: Any, accept: Accept = same_type) -> T:
    """A ``cls()`` with every field ``raw`` holds an acceptable value for; the rest keep their defaults."""
    out = cls()
    if not isinstance(raw, dict):
        return out
    for f in fields(out):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        default, value = getattr(out, f.name), raw[f.name]
        if accept(f.name, default, value):
            setattr(out, f.name, float(value) if isinstance(default, float) else value)
    return out


class JsonStore:
    """One JSON settings file holding an object."""

    def __init__(self, path: Path | str, make_parents: bool = True):
        self.path = Path(path)
        self.make_parents = make_parents

    def read(self) -> dict[str, Any]:
        """The file's object; empty when the file is missing, unreadable or holds no object."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def section(self, key: str) -> dict[str, Any]:
        """The object under ``key``; empty when absent or not an object."""
        value = self.read().get(key)
        return value if isinstance(value, dict) else {}

    def write(self, data: dict[str, Any]) -> None:
        """Replace the file with ``data`` atomically (the old file stays whole on any failure)."""
        text = json.dumps(data, ensure_ascii=False, indent=2)  # fails before the file is touched
        folder = self.path.parent
        if self.make_parents:
            folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.stem}-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def write_section(self, key: str, value: dict[str, Any]) -> None:
        """Set ``key`` to ``value``, keeping every other key of the file."""
        data = self.read()
        data[key] = value
        self.write(data)
