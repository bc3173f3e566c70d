"""A real PostgreSQL server for the team-archive tests and benchmarks.

CI (``.ci/run``) installs the distribution's PostgreSQL, starts one server
from ``initdb`` in a temporary folder on a Unix socket, and exports its
address as ``KBDESK_TEST_PG`` (``host=<socket dir> port=<port>``). Without it
:func:`start` does the same here when the server programs are installed, so
``pytest`` on a developer machine runs the PostgreSQL tests too; without
them the tests are skipped, unless ``KBDESK_REQUIRE_PG=1`` (CI) turns the
skip into a failure.

Authentication is ``trust`` on the socket only: a test logs in as any role
by name, as a team member would with a password.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
_PSQL = shutil.which("psql") or "psql"  # found once: a test may empty PATH


@dataclass(frozen=True)
class Server:
    host: str  # the socket folder
    port: int

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.host}&port={self.port}"

    def psql(self, database: str, sql: str) -> str:
        out = subprocess.run(
            [_PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", self.host, "-p", str(self.port),
             "-U", SUPERUSER, "-d", database, "-c", sql],
            check=True, capture_output=True, text=True,
        )
        return out.stdout.strip()

    def create_database(self) -> str:
        name = "kbdesk_test_" + uuid.uuid4().hex[:12]
        self.psql("postgres", f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_roles(self, prefix: str) -> None:
        """Roles are cluster-wide: a test that made some removes them."""
        names = self.psql("postgres", f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{prefix}%'")
        for name in filter(None, names.splitlines()):
            self.psql("postgres", f'DROP ROLE IF EXISTS "{name}"')


def from_environment() -> Server | None:
    spec = os.environ.get("KBDESK_TEST_PG", "")
    if not spec:
        return None
    parts = dict(item.split("=", 1) for item in spec.split())
    return Server(parts["host"], int(parts.get("port", "5432")))


def bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class LocalServer:
    """A throw-away cluster: ``initdb`` into a temporary folder, socket only."""

    def __init__(self, port: int = 54329):
        self.bin = bindir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL server programs (initdb, pg_ctl) are not installed")
        self.dir = Path(tempfile.mkdtemp(prefix="kbdesk-pg-"))
        self.port = port + os.getpid() % 500
        self._as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:  # initdb refuses to run as root
            cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> Server:
        os.chmod(self.dir, 0o755)
        if self._as_root:
            shutil.chown(self.dir, SUPERUSER)
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-c listen_addresses='' -c unix_socket_directories={self.dir} -p {self.port} -c fsync=off"
        self._run("pg_ctl", "-D", str(data), "-w", "-o", opts, "-l", str(self.dir / "log"), "start")
        return Server(str(self.dir), self.port)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
