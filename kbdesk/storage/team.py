"""Where a team archive is: a PostgreSQL URL, and this desktop's cache of it.

A team archive's records live on the server; each desktop keeps its own
search index, attachment cache and bookkeeping in a cache folder named after
the URL (without the password), under the user's data folder.

Passwords never sit in the URL kbdesk saves: libpq reads ``PGPASSFILE`` (or
``~/.pgpass``) itself, and the system keyring is asked by the caller that
builds the engine (see ``credentials``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from ..paths import user_data_dir

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_team_url(location: str | Path | None) -> bool:
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def driver_url(url: str) -> str:
    """The SQLAlchemy URL for psycopg 3, whatever scheme the user typed."""
    for scheme in SCHEMES:
        if url.lower().startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def without_password(url: str) -> str:
    """The URL to show and to save: any password in it replaced by nothing."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "")
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def describe(url: str) -> str:
    """``user@host/db`` for messages and the window title."""
    u = make_url(driver_url(url))
    host = u.host or u.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{u.username or ''}@{host}/{u.database or ''}".lstrip("@")


def cache_dir_for(url: str) -> Path:
    key = hashlib.sha256(without_password(url).encode("utf-8")).hexdigest()[:16]
    return user_data_dir() / "team" / key


def make_engine(url: str, password: str | None = None) -> Engine:
    connect_args: dict[str, object] = {"application_name": "kbdesk", "connect_timeout": 10}
    if password is not None:
        connect_args["password"] = password
    return create_engine(driver_url(url), pool_pre_ping=True, connect_args=connect_args)
