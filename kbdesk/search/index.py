"""The Whoosh index folder: schema, version marker, open/check, rebuild.

Layout inside ``archive.index_dir``::

    index/
      kbdesk-index.json   {"format", "analyzer", "schema", "generation", "complete"}
      gen-3/              the live Whoosh index
      gen-4.building/     a rebuild in progress (removed when cancelled; its
                          BUILDER lock tells a live build from a crashed one)

Each generation holds ``kbdesk-manifest.json`` (see manifest.py). Another
process may switch the marker to a new generation at any time: open
instances notice the change and reopen (see service.py).

A rebuild writes a new generation beside the live one and switches the marker
atomically when it is complete, so searches keep working during a rebuild and a
cancelled or crashed rebuild leaves the previous index in place.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, TEXT, Schema  # noqa: F401

from ..errors import KbdeskError
from . import housekeeping, manifest
from .analysis import ANALYZER_VERSION, GramTokenizer, MixedTokenizer, extract_codes, has_cjk
from .documents import ATTACH_INDEX_CHARS, attachment_excerpt, shorten_runs
from .fastwrite import FastPositions, LeanCodec
from .workers import WatchedMpWriter

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 4: the attach field (text of attached files)
MARKER = "kbdesk-index.json"
FACET_FIELDS = ("rtype", "customer", "product", "severity", "status")
WRITE_TIMEOUT = 30.0


def make_schema() -> Schema:
    words = MixedTokenizer()
    schema = Schema(
        uid=ID(stored=True, unique=True),
        rtype=ID(sortable=True),
        title=TEXT(analyzer=words, phrase=True),
        body=TEXT(analyzer=words, phrase=True),
        attach=TEXT(analyzer=words, phrase=True),
        grams=TEXT(analyzer=GramTokenizer(), phrase=True),
        codes=KEYWORD(lowercase=True, scorable=True),
        tags=KEYWORD(commas=True, lowercase=True, scorable=True),
        customer=ID(sortable=True),
        product=ID(sortable=True),
        severity=ID(sortable=True),
        status=ID(sortable=True),
        solved=ID(sortable=True),
        date=DATETIME(sortable=True),
    )
    for name in ("title", "body", "grams"):
        schema[name].format = FastPositions(field_boost=schema[name].format.field_boost)
    return schema


def to_fields(doc: dict[str, Any]) -> dict[str, Any]:
    """Index fields of a document from :mod:`kbdesk.search.documents`."""
    fields = dict(doc)
    files = fields.pop("attachments", None)
    if files:  # all of it for keyword search, an excerpt in the body for matching
        fields["attach"] = shorten_runs("\n".join(t for _, t in files)[:ATTACH_INDEX_CHARS])
        fields["body"] = f"{doc.get('body', '')}\n{attachment_excerpt(doc)}"
    text = f"{fields.get('title', '')}\n{fields.get('body', '')}"
    codes = extract_codes(text)
    if codes:
        fields["codes"] = " ".join(codes)
    if not text.isascii() and has_cjk(text):
        fields["grams"] = text
    return fields


def _tidy(ix: windex.Index) -> None:
    """Remove files a killed writer left in the live generation (segments
    no TOC names, its ``MAIN.tmp`` pool). Only while holding Whoosh's write
    lock, taken without waiting: a live writer's files are never touched."""
    try:
        lock = ix.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            return
    except OSError:  # e.g. a read-only index
        return
    try:
        toc = ix._read_toc()
        windex.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
        shutil.rmtree(Path(ix.storage.folder) / f"{ix.indexname}.tmp", ignore_errors=True)
    except OSError as exc:
        log.info("index leftovers not removed: %s", exc)
    finally:
        lock.release()


class IndexProblem(KbdeskError):
    """The index cannot be used as it is (missing, damaged, outdated)."""


@dataclass
class Marker:
    generation: int = 0
    complete: bool = False
    analyzer: int = ANALYZER_VERSION
    schema: int = SCHEMA_VERSION
    format: int = 1
    built_seq: int = 0

    @classmethod
    def read(cls, path: Path) -> Marker | None:
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except (OSError, ValueError, TypeError):
            return None

    def write(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.__dict__), "utf-8")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)


class Cancelled(Exception):
    """A rebuild was cancelled; the previous index is still in use."""


Progress = Callable[[int, int], None]


class IndexFolder:
    """Owns the index folder: opening, checking and (re)building generations."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.schema = make_schema()
        self.write_lock = threading.RLock()  # one writer in this process
        self.generation = 0  # the generation last opened or built here
        self.moved_aside: Path | None = None  # what prepare_root() moved out of the way

    @property
    def marker_path(self) -> Path:
        return self.root / MARKER

    def _gen_dir(self, generation: int) -> Path:
        return self.root / f"gen-{generation}"

    def open(self) -> windex.Index:
        """Open the live index or raise :class:`IndexProblem` saying why not."""
        self.prepare_root()
        marker = Marker.read(self.marker_path)
        if marker is None:
            raise IndexProblem(
                "no search index yet" if not self.marker_path.exists() else "the index marker is unreadable"
            )
        if marker.analyzer != ANALYZER_VERSION or marker.schema != SCHEMA_VERSION:
            raise IndexProblem(
                f"the index was built by another version (analyzer {marker.analyzer}, "
                f"schema {marker.schema}; this kbdesk uses {ANALYZER_VERSION}/{SCHEMA_VERSION})"
            )
        if not marker.complete:
            raise IndexProblem("the last index build did not finish")
        path = self._gen_dir(marker.generation)
        try:
            ix = windex.open_dir(str(path), schema=self.schema)
            with ix.searcher() as s:  # touch every segment once
                s.doc_count()
        except Exception as exc:
            raise IndexProblem(f"the index is damaged ({type(exc).__name__}: {exc})") from exc
        toc_generation = ix.latest_generation()
        problems = manifest.verify(path, toc_generation)
        if problems:
            ix.close()
            raise IndexProblem(f"the index is damaged ({problems[0]})")
        self.generation = marker.generation
        housekeeping.sweep(self.root, marker.generation, toc_generation)
        _tidy(ix)
        return ix

    def prepare_root(self) -> None:
        """Make sure the index folder is a folder: anything else in its place
        (e.g. a file named ``index``) is moved aside so a rebuild can start."""
        if self.root.is_dir():
            return
        if self.root.exists() or self.root.is_symlink():
            try:
                moved = housekeeping.move_aside(self.root)
            except OSError as exc:
                raise IndexProblem(
                    f"{self.root} is a file, not the search index folder, and could not be "
                    f"moved aside ({exc.strerror}); move or delete it, then reopen the archive"
                ) from exc
            log.warning("%s was not a folder; moved it to %s", self.root, moved)
            self.moved_aside = moved
        self.root.mkdir(parents=True, exist_ok=True)

    def record_commit(self, ix: windex.Index) -> None:
        """Write the manifest of ``ix``'s newest commit (after each commit)."""
        toc = ix._read_toc()
        ids = {seg.segment_id() for seg in toc.segments}
        try:
            manifest.write(Path(ix.storage.folder), toc.generation, ids)
        except OSError as exc:  # the index itself is committed; only the checksum is missing
            log.warning("index manifest not written: %s", exc)

    def marker(self) -> Marker | None:
        return Marker.read(self.marker_path)

    def marker_identity(self) -> tuple[int, int, int] | None:
        """Changes whenever the marker is rewritten (a generation switch)."""
        try:
            st = self.marker_path.stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def rebuild(
        self,
        batches: Iterable[list[dict]],
        total: int,
        built_seq: int,
        progress: Progress | None = None,
        cancel: Any = None,
        procs: int = 1,
    ) -> windex.Index:
        """Build a new generation from ``batches`` and make it the live one."""
        self.prepare_root()
        generation, building = self._new_building()
        lock = housekeeping.BuildLock(building)
        try:
            lock.acquire()
            ix = windex.create_in(str(building), self.schema)
            done = 0
            if progress:
                progress(0, total)
            opts: dict[str, Any] = {"limitmb": 128, "codec": LeanCodec()}
            if procs > 1:  # workers that die with this process (see workers.py)
                writer = WatchedMpWriter(ix, procs=procs, multisegment=True, batchsize=256, **opts)
            else:
                writer = ix.writer(**opts)
            try:
                for batch in batches:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled("rebuild cancelled; the previous index is still in use")
                    for doc in batch:
                        writer.add_document(**to_fields(doc))
                    done += len(batch)
                    if progress:
                        progress(done, total)
                if cancel is not None and cancel.is_set():
                    raise Cancelled("rebuild cancelled; the previous index is still in use")
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            # from the TOC: opening readers would copy the new segments' files
            built = sum(seg.doc_count_all() for seg in ix._read_toc().segments)
            self.record_commit(ix)
            ix.close()
            if built != done:  # e.g. a build worker process died
                raise IndexProblem(f"the index build lost documents ({built} of {done} indexed)")
            # unlinked before unlocking: a folder without a marker counts as live for a minute
            (building / housekeeping.BUILDER).unlink(missing_ok=True)
            lock.release()
            final = self._gen_dir(generation)
            os.replace(building, final)
            Marker(generation=generation, complete=True, built_seq=built_seq).write(self.marker_path)
        except BaseException:
            lock.release()
            shutil.rmtree(building, ignore_errors=True)
            raise
        self.generation = generation
        ix = windex.open_dir(str(self._gen_dir(generation)), schema=self.schema)
        housekeeping.sweep(self.root, generation, ix.latest_generation())
        return ix

    def _new_building(self) -> tuple[int, Path]:
        """A fresh ``gen-N.building`` folder no other process is using."""
        old = self.marker()
        generation = max(old.generation if old else 0, self.generation) + 1
        while True:
            building = self.root / f"gen-{generation}.building"
            if not self._gen_dir(generation).exists():
                try:
                    building.mkdir()
                    return generation, building
                except FileExistsError:
                    pass  # another process's build (live or not)
            generation += 1
