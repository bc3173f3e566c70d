"""Copy a SQLite archive's tables and attachment files into an empty team archive.

One transaction on the target: an interrupted or failed copy leaves it as
``create_team`` made it (schema and built-in categories, nothing else).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, Integer, func, insert, select, text

from .models import Base

SKIPPED = {"index_queue", "meta", "migrations", "feed_head", "blobs", "blob_chunks"}
BATCH = 5000
CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]


class TargetNotEmpty(Exception):
    pass


def _tables() -> list:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _blob_files(attachments: Path) -> Iterator[Path]:
    if attachments.is_dir():
        for p in sorted(attachments.rglob("*")):
            if p.is_file() and len(p.name) == 64 and not p.name.startswith("."):
                yield p


def copy_archive(source: Engine, target: Engine, attachments: Path, progress: Progress | None = None) -> dict[str, int]:
    """Copy every table of ``source`` into ``target``; return rows copied per table."""
    tables = _tables()
    with source.connect() as src:
        totals = {t.name: src.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
    files = list(_blob_files(attachments))
    total = sum(totals.values()) + len(files)
    done = 0
    counts: dict[str, int] = {}
    with target.begin() as dst:
        for t in tables:
            if t.name == "categories":
                continue
            n = dst.execute(select(func.count()).select_from(t)).scalar_one()
            if n:
                raise TargetNotEmpty(f"the table {t.name} already holds {n} rows")
        if "categories" in totals:
            dst.execute(text("DELETE FROM categories"))
        with source.connect() as src:
            for t in tables:
                counts[t.name] = 0
                result = src.execution_options(yield_per=BATCH).execute(select(t))
                for rows in result.partitions(BATCH):
                    batch = [dict(r._mapping) for r in rows]
                    dst.execute(insert(t), batch)
                    counts[t.name] += len(batch)
                    done += len(batch)
                    if progress:
                        progress(done, total)
        blobs = Base.metadata.tables["blobs"]
        chunks = Base.metadata.tables["blob_chunks"]
        seen: set[str] = set()
        counts["blobs"] = 0
        for path in files:
            h = hashlib.sha256()
            with path.open("rb") as f:
                for block in iter(lambda: f.read(CHUNK), b""):
                    h.update(block)
            sha = h.hexdigest()
            if sha not in seen:
                seen.add(sha)
                dst.execute(insert(blobs).values(sha256=sha, size=path.stat().st_size))
                with path.open("rb") as f:
                    for seq, block in enumerate(iter(lambda: f.read(CHUNK), b"")):
                        dst.execute(insert(chunks).values(sha256=sha, seq=seq, data=block))
                counts["blobs"] += 1
            done += 1
            if progress:
                progress(done, total)
        for t in tables:
            pk = list(t.primary_key.columns)
            if len(pk) == 1 and isinstance(pk[0].type, Integer) and pk[0].autoincrement in (True, "auto"):
                serial = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": pk[0].name}).scalar()
                if serial:
                    dst.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX("{pk[0].name}") FROM "{t.name}"), 1), '
                                     f'(SELECT MAX("{pk[0].name}") FROM "{t.name}") IS NOT NULL)'), {"s": serial})
        dst.execute(text("UPDATE feed_head SET revision = 0"))
    return counts
