"""Where things live. Every location can be redirected, so tests and portable
installs never touch a user's real data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "kbdesk"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    """App-level settings (recent archives, language); ``KBDESK_CONFIG`` overrides."""
    env = os.environ.get("KBDESK_CONFIG")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP, appauthor=False))


def default_archive() -> Path:
    return user_data_dir() / "archive"


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``data/``: the repo, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def demo_source() -> Path:
    return resource_root() / "data" / "demo.jsonl"
