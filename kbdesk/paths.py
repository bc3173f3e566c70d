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


# Where a built wheel keeps resources/ and data/ (copied there by setup.py's
# build step; a source checkout has no such folder and uses the repository's).
PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_DIR = PACKAGE_DIR / "_bundled"


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``data/``.

    The PyInstaller bundle's ``_internal`` folder, an installed wheel's
    ``kbdesk/_bundled`` or, in a source (or editable) checkout, the repository.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    if BUNDLED_DIR.is_dir():
        return BUNDLED_DIR
    return PACKAGE_DIR.parent


def is_source_checkout() -> bool:
    """True when resources are the repository's own (writable, may need building)."""
    return resource_root() == PACKAGE_DIR.parent


def demo_source() -> Path:
    return resource_root() / "data" / "demo.jsonl"
