"""Which archive to open: --archive, then KBDESK_HOME, then the last one used,
then the default folder, which a first run fills with a copy of the demo."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ArchiveError
from .paths import config_dir, default_archive, demo_source
from .settings import AppSettings
from .storage.archive import Archive
from .storage.team import is_team_url
from .transfer.jsonl import import_jsonl


@dataclass
class Located:
    path: Path
    source: str  # "option" | "KBDESK_HOME" | "last used" | "default"
    created_demo: bool = False
    url: str | None = None  # a team archive (postgresql://…); path is then unused


def choose_archive(option: str | None) -> Located:
    if option:
        return _located(option, "option")
    env = os.environ.get("KBDESK_HOME")
    if env:
        return _located(env, "KBDESK_HOME")
    settings = AppSettings.load(config_dir() / "settings.json")
    if settings.last_archive and is_team_url(settings.last_archive):
        return _located(settings.last_archive, "last used")
    if settings.last_archive and Path(settings.last_archive).is_dir():
        return Located(Path(settings.last_archive), "last used")
    return Located(default_archive(), "default")


def _located(where: str, source: str) -> Located:
    if is_team_url(where):
        return Located(Path(), source, url=where)
    return Located(Path(where).expanduser(), source)


def open_or_create(located: Located) -> Archive:
    """Open the chosen archive; a missing default or KBDESK_HOME folder gets the demo."""
    if located.url is not None:
        from .services.team_access import open_team_archive

        return open_team_archive(located.url)
    path = located.path
    in_use = path.is_file() or (path.is_dir() and any(path.iterdir()))
    if in_use:
        return Archive.open(path)
    if located.source == "option":
        raise ArchiveError(f"No archive at {path}. Create one with: kbdesk init {path}")
    located.created_demo = True
    return create_demo(path)


def create_demo(path: Path) -> Archive:
    """A fresh archive holding a copy of the demo data shipped with kbdesk."""
    source = demo_source()
    if not source.is_file():
        raise ArchiveError(f"The demo data {source} is missing from this installation.")
    archive = Archive.create(path)
    try:
        import_jsonl(archive, source, actor="demo")
    except Exception:
        archive.close()
        raise
    return archive
