"""An archive is one folder: database, attachment blobs, search index, settings.

::

    my-archive/
      kbdesk.sqlite        the records (SQLite, WAL)
      attachments/ab/ab…   attachment files named by SHA-256
      index/               the full-text index (rebuildable from the database)
      settings.json        archive settings (working hours, quotas, …)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.orm import Session, sessionmaker

from .. import __version__
from ..domain.enums import BUILTIN_CATEGORIES
from ..errors import ArchiveError, ArchiveTooNewError, NotAnArchiveError, storage_error
from . import feed, schema, team
from .blobs import BlobStore, check_attachments_folder
from .models import AppliedMigration, Category, Meta
from .schema import SCHEMA_VERSION
from .team_blobs import TeamBlobStore
from .team_dump import dump_before_upgrade

DB_NAME = "kbdesk.sqlite"
APP_MARK = "kbdesk-archive"


def _make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Take transactions away from the stdlib driver: its implicit BEGIN
        # breaks SAVEPOINT; we emit BEGIN ourselves in _on_begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Writers take the write lock up front so a read-then-write
        # transaction never fails with SQLITE_BUSY halfway through.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Archive:
    """An open archive. Build with :meth:`create` or :meth:`open`."""

    def __init__(self, root: Path, engine: Engine, url: str | None = None):
        self.root = root  # a team archive: this desktop's cache folder of it
        self.engine = engine
        self.url = url  # a team archive's URL (no password); None for a SQLite archive
        self.blobs = BlobStore(root / "attachments") if url is None else TeamBlobStore(root / "attachments", engine)
        if url is None:
            self._writer = sessionmaker(
                bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
            )
        else:
            self._writer = sessionmaker(bind=engine, expire_on_commit=False)
            feed.install(self._writer)
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self.upgraded_from: int | None = None
        self.db_user: str | None = None  # a team archive: who logged in (current_user)
        self.upgrade_dump: Path | None = None  # a team archive's pg_dump made before an upgrade

    @property
    def is_team(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """What the user knows this archive by: its folder, or ``user@host/db``."""
        return team.describe(self.url) if self.url else str(self.root)

    # --- locations ---------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    # --- lifecycle ----------------------------------------------------------

    @classmethod
    def create(cls, root: Path | str) -> Archive:
        root = Path(root).expanduser().resolve()
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise ArchiveError(
                f"Cannot create an archive in {root}: the folder is not empty. "
                "Choose a new or empty folder."
            )
        try:
            (root / "attachments").mkdir(parents=True, exist_ok=True)
            (root / "index").mkdir(exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"Cannot create {root}: {exc.strerror}") from exc
        archive = cls(root, _make_engine(root / DB_NAME))
        archive._migrate(from_version=0)
        with archive.session() as s:
            for code, (zh, en) in BUILTIN_CATEGORIES.items():
                s.add(Category(code=code, name_zh=zh, name_en=en, builtin=True))
        return archive

    @classmethod
    def open(cls, root: Path | str) -> Archive:
        root = Path(root).expanduser().resolve()
        db = root / DB_NAME
        if not root.is_dir():
            raise ArchiveError(f"No archive at {root}: the folder does not exist.")
        if not db.is_file():
            raise NotAnArchiveError(
                f"{root} is not a kbdesk archive (no {DB_NAME} inside). "
                "Open the folder that contains it, or create a new archive."
            )
        check_attachments_folder(root)
        version = _read_version(db)
        if version > SCHEMA_VERSION:
            raise ArchiveTooNewError(
                f"{root} was written by a newer kbdesk (schema {version}; this "
                f"kbdesk {__version__} knows up to {SCHEMA_VERSION}). Update kbdesk "
                "to open it; the archive was not changed."
            )
        archive = cls(root, _make_engine(db))
        if version < SCHEMA_VERSION:
            archive._backup_before_upgrade(version)
            archive._migrate(from_version=version)
            archive.upgraded_from = version
        if not (archive.index_dir.exists() or archive.index_dir.is_symlink()):  # else: see search
            archive.index_dir.mkdir()
        # Attachment files of an import or attach killed halfway (never referenced).
        archive.blobs.sweep_stale_temps()
        archive._sweep_unplaced_blobs()
        return archive

    # --- team archive (PostgreSQL) --------------------------------------------

    @classmethod
    def create_team(cls, url: str, cache_root: Path | None = None, password: str | None = None) -> Archive:
        """Build the schema in an empty PostgreSQL database (``kbdesk team init``)."""
        engine = team.make_engine(url, password)
        version = _team_version(engine, url, allow_empty=True)
        if version is not None:
            engine.dispose()
            raise ArchiveError(f"{team.describe(url)} already holds a kbdesk archive (schema {version}).")
        archive = cls(_team_cache(url, cache_root), engine, url=team.without_password(url))
        archive.db_user = _current_user(engine)
        archive._migrate(from_version=0)
        with archive.session() as s:
            for code, (zh, en) in BUILTIN_CATEGORIES.items():
                s.add(Category(code=code, name_zh=zh, name_en=en, builtin=True))
        return archive

    @classmethod
    def open_team(cls, url: str, cache_root: Path | None = None, password: str | None = None) -> Archive:
        engine = team.make_engine(url, password)
        version = _team_version(engine, url, allow_empty=False)
        assert version is not None
        if version > SCHEMA_VERSION:
            engine.dispose()
            raise ArchiveTooNewError(
                f"The team archive {team.describe(url)} was written by a newer kbdesk (schema {version}; "
                f"this kbdesk {__version__} knows up to {SCHEMA_VERSION}). Update kbdesk to open it."
            )
        archive = cls(_team_cache(url, cache_root), engine, url=team.without_password(url))
        archive.db_user = _current_user(engine)
        if version < SCHEMA_VERSION:
            archive.upgrade_dump = dump_before_upgrade(url, password, archive.root / "backups", version)
            archive._migrate(from_version=version)
            archive.upgraded_from = version
        archive.blobs.sweep_stale_temps()
        return archive

    def _sweep_unplaced_blobs(self) -> None:
        """Blobs a killed writer placed just before a COMMIT that never came.

        In a write transaction, so no live import is between placing and
        COMMIT; a blob touched since the journal was written was re-used by a
        later write (an attach that found it already stored) and stays."""
        stale = self.blobs.stale_placements()
        if not stale:
            return
        from .models import Attachment

        wanted = {h for _, hashes in stale for h in hashes}
        with self.session() as s:
            used = set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(wanted))))
            for journal, hashes in stale:
                written = journal.stat().st_mtime
                for sha in hashes:
                    path = self.blobs.path_for(sha)
                    if sha not in used and path.is_file() and path.stat().st_mtime <= written + 1:
                        path.unlink()
                journal.unlink()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- sessions -----------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on error.

        A full disk surfaces as :class:`DiskFullError` (the transaction was
        rolled back, so the sentence's "nothing was changed" holds)."""
        try:
            with self._writer.begin() as session:
                yield session
        except Exception as exc:
            known = storage_error(exc)
            if known is None or known is exc:
                raise
            raise known from exc

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only unit of work that never takes the write lock."""
        with self._reader() as session:
            yield session

    # --- schema -------------------------------------------------------------

    def schema_version(self) -> int:
        with self.read_session() as s:
            return len(s.scalars(select(AppliedMigration.name)).all())

    def meta(self, key: str) -> str | None:
        with self.read_session() as s:
            row = s.get(Meta, key)
            return row.value if row else None

    def _migrate(self, from_version: int) -> None:
        # One transaction for all steps: an upgrade interrupted halfway
        # leaves the archive at its old version, not in between.
        with self.engine.begin() as conn:
            schema.upgrade(conn, from_version)
            if from_version == 0:
                conn.execute(text("INSERT INTO meta VALUES ('app', :v)"), {"v": APP_MARK})
                conn.execute(text("INSERT INTO meta VALUES ('created_by', :v)"), {"v": __version__})

    def _backup_before_upgrade(self, version: int) -> None:
        target = self.root / f"{DB_NAME}.schema{version}.bak"
        src = sqlite3.connect(self.db_path)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()


def _current_user(engine: Engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SELECT current_user")).scalar_one()


def _team_cache(url: str, cache_root: Path | None) -> Path:
    root = Path(cache_root) if cache_root is not None else team.cache_dir_for(url)
    try:
        (root / "attachments").mkdir(parents=True, exist_ok=True)
        (root / "index").mkdir(exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"Cannot create the local cache of the team archive in {root}: {exc.strerror}") from exc
    return root


def _team_version(engine: Engine, url: str, allow_empty: bool) -> int | None:
    """Schema version of a team archive; None for an empty database (``allow_empty``)."""
    where = team.describe(url)
    try:
        with engine.connect() as conn:
            if conn.execute(text("SELECT to_regclass('meta')")).scalar() is None:
                if allow_empty:
                    return None
                raise NotAnArchiveError(
                    f"{where} is an empty database, not a kbdesk team archive. "
                    "Create one with: kbdesk team init URL"
                )
            mark = conn.execute(text("SELECT value FROM meta WHERE key='app'")).scalar()
            if mark != APP_MARK:
                raise NotAnArchiveError(f"{where} is a database but not a kbdesk team archive.")
            return conn.execute(text("SELECT COUNT(*) FROM migrations")).scalar_one()
    except NotAnArchiveError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        known = storage_error(exc)
        if known is not None and known is not exc:
            raise known from exc
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise ArchiveError(f"Cannot open the team archive {where}: {reason}") from exc


def _read_version(db: Path) -> int:
    """Schema version of an archive file, checked read-only."""
    try:
        return _version_of(db, read_only=True)
    except sqlite3.OperationalError as exc:
        # A writer killed mid-transaction leaves a WAL that only a read-write
        # connection may recover (SQLITE_READONLY_RECOVERY): recover, then read.
        if "readonly" not in str(exc):
            raise NotAnArchiveError(f"{db} is not a kbdesk archive or is damaged ({exc}).") from exc
        return _version_of(db, read_only=False)


def _version_of(db: Path, read_only: bool) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True) if read_only else sqlite3.connect(db)
    except sqlite3.Error as exc:
        raise NotAnArchiveError(f"{db} cannot be opened as a database: {exc}") from exc
    try:
        mark = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
        if not mark or mark[0] != APP_MARK:
            raise NotAnArchiveError(f"{db} is a database but not a kbdesk archive.")
        return conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if read_only and "readonly" in str(exc):
            raise  # recovered by the caller with a read-write connection
        raise NotAnArchiveError(f"{db} is not a kbdesk archive or is damaged ({exc}).") from exc
    except sqlite3.DatabaseError as exc:
        raise NotAnArchiveError(
            f"{db} is not a kbdesk archive or is damaged ({exc})."
        ) from exc
    finally:
        conn.close()
