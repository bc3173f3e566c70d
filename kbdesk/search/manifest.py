"""A SHA-256 manifest of a generation's files, written after every commit.

Whoosh never rewrites a segment file once committed (deletions live in the
table of contents, which is a new file per commit), so every file named in
the manifest must keep its size, mtime and hash for as long as it exists.
Opening the index compares sizes and mtimes (cheap; a file whose mtime
alone changed, as when an archive is copied, is hashed once and accepted if
its content is the same); ``kbdesk check`` compares every hash. Files are hashed once: an entry whose size and mtime are
unchanged is carried over from the previous manifest.

The manifest may lag behind the index by one commit when a process died
between committing and writing it; files it does not list are then simply
not verified, and files it lists that a later merge removed are not missing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST = "kbdesk-manifest.json"
_TOC_RE = re.compile(r"^_MAIN_(\d+)\.toc$")
_SEG_RE = re.compile(r"^(MAIN_[0-9a-z]+)\.")


@dataclass
class Entry:
    size: int
    mtime_ns: int
    sha256: str


def live_files(gen_dir: Path, toc_generation: int, segment_ids: set[str]) -> list[str]:
    """The files the TOC ``toc_generation`` uses."""
    out = []
    for name in os.listdir(gen_dir):
        toc = _TOC_RE.match(name)
        seg = _SEG_RE.match(name)
        if (toc and int(toc.group(1)) == toc_generation) or (not toc and seg and seg.group(1) in segment_ids):
            out.append(name)
    return sorted(out)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read(gen_dir: Path) -> tuple[int, dict[str, Entry]] | None:
    try:
        data = json.loads((Path(gen_dir) / MANIFEST).read_text("utf-8"))
        files = {name: Entry(**e) for name, e in data["files"].items()}
        return int(data["toc_generation"]), files
    except (OSError, ValueError, TypeError, KeyError):
        return None


def write(gen_dir: Path, toc_generation: int, segment_ids: set[str]) -> None:
    """Record the files of TOC ``toc_generation`` (call right after a commit)."""
    gen_dir = Path(gen_dir)
    old = read(gen_dir)
    previous = old[1] if old else {}
    files: dict[str, Entry] = {}
    for name in live_files(gen_dir, toc_generation, segment_ids):
        st = (gen_dir / name).stat()
        prev = previous.get(name)
        if prev and prev.size == st.st_size and prev.mtime_ns == st.st_mtime_ns:
            sha = prev.sha256
        else:
            sha = _sha256(gen_dir / name)
        files[name] = Entry(st.st_size, st.st_mtime_ns, sha)
    _dump(gen_dir, toc_generation, files)


def verify(gen_dir: Path, toc_generation: int, full: bool = False) -> list[str]:
    """Problems found (empty: fine). ``full``: compare SHA-256 too."""
    gen_dir = Path(gen_dir)
    found = read(gen_dir)
    if found is None:
        return []  # an index from before manifests: nothing to compare with
    written_at, files = found
    problems = []
    touched = False  # same content, new mtime (e.g. the archive was copied)
    for name, entry in files.items():
        path = gen_dir / name
        try:
            st = path.stat()
        except FileNotFoundError:
            if written_at == toc_generation:
                problems.append(f"index file {name} is missing")
            continue
        if st.st_size != entry.size:
            problems.append(f"index file {name} changed size ({entry.size} → {st.st_size} bytes)")
        elif full or st.st_mtime_ns != entry.mtime_ns:
            if _sha256(path) != entry.sha256:
                problems.append(f"index file {name} is damaged (its checksum changed)")
            elif st.st_mtime_ns != entry.mtime_ns:
                entry.mtime_ns, touched = st.st_mtime_ns, True
    if touched and not problems:
        _save(gen_dir, written_at, files)
    return problems


def _dump(gen_dir: Path, toc_generation: int, files: dict[str, Entry]) -> None:
    data = {"toc_generation": toc_generation, "files": {n: e.__dict__ for n, e in files.items()}}
    tmp = gen_dir / f"{MANIFEST}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(data), "utf-8")
        os.replace(tmp, gen_dir / MANIFEST)
    finally:
        tmp.unlink(missing_ok=True)


def _save(gen_dir: Path, toc_generation: int, files: dict[str, Entry]) -> None:
    try:
        _dump(gen_dir, toc_generation, files)
    except OSError:  # e.g. a read-only index: verified again next time
        pass
