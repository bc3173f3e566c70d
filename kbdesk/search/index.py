"""The Whoosh index folder: schema, version marker, open/check, rebuild.

Layout inside ``archive.index_dir``::

    index/
      kbdesk-index.json   {"format", "analyzer", "schema", "generation", "complete"}
      gen-3/              the live Whoosh index
      gen-4.building/     a rebuild in progress (removed when cancelled)

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

from .analysis import ANALYZER_VERSION, GramTokenizer, MixedTokenizer, extract_codes, has_cjk
from .documents import ATTACH_INDEX_CHARS, attachment_excerpt, shorten_runs
from .fastwrite import FastPositions, LeanCodec

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


class IndexProblem(Exception):
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

    @property
    def marker_path(self) -> Path:
        return self.root / MARKER

    def _gen_dir(self, generation: int) -> Path:
        return self.root / f"gen-{generation}"

    def open(self) -> windex.Index:
        """Open the live index or raise :class:`IndexProblem` saying why not."""
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
        return ix

    def marker(self) -> Marker | None:
        return Marker.read(self.marker_path)

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
        self.root.mkdir(parents=True, exist_ok=True)
        old = self.marker()
        generation = (old.generation if old else 0) + 1
        while self._gen_dir(generation).exists():
            generation += 1
        building = self.root / f"gen-{generation}.building"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        try:
            ix = windex.create_in(str(building), self.schema)
            done = 0
            if progress:
                progress(0, total)
            opts: dict[str, Any] = {"limitmb": 128, "codec": LeanCodec()}
            if procs > 1:
                opts.update(procs=procs, multisegment=True, batchsize=256)
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
            ix.close()
            if built != done:  # e.g. a build worker process died
                raise IndexProblem(f"the index build lost documents ({built} of {done} indexed)")
            final = self._gen_dir(generation)
            os.replace(building, final)
            Marker(generation=generation, complete=True, built_seq=built_seq).write(self.marker_path)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        self._cleanup(keep=generation)
        return windex.open_dir(str(self._gen_dir(generation)), schema=self.schema)

    def _cleanup(self, keep: int) -> None:
        for child in self.root.iterdir():
            if child.is_dir() and child.name.startswith("gen-") and child.name != f"gen-{keep}":
                shutil.rmtree(child, ignore_errors=True)
