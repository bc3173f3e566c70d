"""Opening a team archive by URL, with the password from the system keyring.

The URL kbdesk saves and shows never holds a password. libpq finds one in
``PGPASSFILE`` (or ``~/.pgpass``) by itself; otherwise the system keyring is
asked under the URL without password. A machine without a usable keyring
(a headless Linux without a secret service) says so instead of failing.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from ..errors import ArchiveError
from ..storage import team_roles
from ..storage.archive import Archive
from ..storage.team import describe, is_team_url, without_password

__all__ = [
    "ROLES",
    "KeyringUnavailable",
    "add_team_user",
    "describe",
    "forget_password",
    "init_team",
    "is_team_url",
    "open_team_archive",
    "remember_password",
    "saved_password",
    "team_users",
    "without_password",
]

SERVICE = "kbdesk"


class KeyringUnavailable(ArchiveError):
    def __init__(self, reason: str):
        super().__init__(
            f"The system keyring cannot be used here ({reason}). Put the password in a PGPASSFILE "
            "instead (see docs/team-archive.md); kbdesk never keeps it in its settings."
        )


def saved_password(url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, without_password(url))
    except (KeyringError, RuntimeError):
        return None  # no keyring here: libpq's PGPASSFILE is the other way


def remember_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, without_password(url), password)
    except (KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def forget_password(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, without_password(url))
    except (PasswordDeleteError, KeyringError, RuntimeError):
        pass


def open_team_archive(url: str, password: str | None = None, cache_root: Path | None = None) -> Archive:
    """Open the team archive at ``url``: a password typed in the URL is used once, never saved."""
    if not is_team_url(url):
        raise ArchiveError(f"{url} is not a team archive address (postgresql://user@host/database).")
    typed = urlsplit(url).password
    if password is None:
        password = typed if typed is not None else saved_password(url)
    return Archive.open_team(without_password(url), cache_root=cache_root, password=password)


ROLES = team_roles.ROLES


def init_team(url: str) -> None:
    """``kbdesk team init``: the schema, then the team's roles, GRANTs and row-level security."""
    archive = Archive.create_team(url, password=saved_password(url))
    try:
        with archive.engine.begin() as conn:
            team_roles.install(conn)
    finally:
        archive.close()


def add_team_user(url: str, name: str, role: str, password: str | None) -> None:
    archive = Archive.open_team(url, password=saved_password(url))
    try:
        with archive.engine.begin() as conn:
            team_roles.add_user(conn, name, role, password)
    except ValueError as exc:
        raise ArchiveError(str(exc)) from exc
    finally:
        archive.close()


def team_users(url: str) -> list[tuple[str, str]]:
    archive = Archive.open_team(url, password=saved_password(url))
    try:
        with archive.engine.connect() as conn:
            return team_roles.users(conn)
    finally:
        archive.close()
