"""The kbdesk JSON Lines format (docs/import-format.md): export and import."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .. import __version__
from ..domain.clock import utcnow
from ..errors import ImportRejected, KbdeskError
from ..services.changes import ChangeHub
from ..services.export_rows import attachment_hashes, records_by_type
from ..storage.archive import Archive
from . import long_lines
from .batch import Batch, Cancelled, ImportReport, Incoming, Progress
from .blob_lines import write_blob
from .lines import load_line
from .long_lines import LongLine, old_blob_body, read_lines

FORMAT = 1


# --- export ----------------------------------------------------------------


def export_jsonl(
    archive: Archive, path: Path | str, progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Write the whole archive to ``path``; returns record counts by type.

    Writes to a temporary file renamed at the end, so an interrupted or
    failed export never leaves a half file under the chosen name.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    counts: dict[str, int] = {}
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            _write(fh, {"kbdesk": "export", "format": FORMAT, "schema": archive.schema_version(),
                        "exported_at": utcnow().isoformat(), "app": __version__})
            records = _write_records(archive, fh, counts, progress, cancel)
            blobs = _write_blobs(archive, fh, cancel)
            _write(fh, {"kbdesk": "end", "records": records, "blobs": blobs})
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KbdeskError(f"Export to {path} failed: {exc.strerror}. Nothing was written.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _write(fh: IO[str], obj: dict) -> None:
    fh.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    fh.write("\n")


def _write_records(archive, fh, counts, progress, cancel) -> int:
    written = 0
    with records_by_type(archive) as types:
        for rtype, rows in types:
            n = 0
            for data in rows:
                if cancel and cancel():
                    raise Cancelled()
                _write(fh, {"type": rtype, "data": data})
                n += 1
                written += 1
                if progress and written % 2000 == 0:
                    progress(written, 0)
            counts[rtype] = n
    return written


def _write_blobs(archive, fh, cancel) -> int:
    hashes = attachment_hashes(archive)
    for sha in hashes:
        write_blob(archive.blobs, sha, fh, cancel)  # part by part: memory does not grow with the file
    return len(hashes)


# --- import ----------------------------------------------------------------


def import_jsonl(
    archive: Archive, path: Path | str, actor: str = "import",
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
    hub: ChangeHub | None = None,
) -> ImportReport:
    """Import a whole file or nothing. Raises ImportRejected listing every bad line.

    The report carries the import's change set; ``hub`` hears it once committed."""
    path = Path(path)
    batch = Batch(archive, str(path), actor, hub)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise ImportRejected(str(path), [(0, f"cannot read the file: {exc.strerror}")]) from exc
    try:
        with fh:
            _parse(fh, batch, cancel)
        batch.check()
        if batch.problems:
            raise ImportRejected(str(path), batch.problems)
        return batch.commit(progress, cancel)
    finally:
        batch.blob_lines.discard_all()  # staged files not moved into place


def _parse(fh: IO[bytes], batch: Batch, cancel: Callable[[], bool] | None = None) -> None:
    header_seen = False
    trailer: tuple[int, dict] | None = None
    records = 0
    last_line_complete = True
    n = 0
    for n, raw_bytes in enumerate(read_lines(fh), start=1):
        if cancel is not None and n % 64 == 0 and cancel():
            raise Cancelled()  # reading a large file takes a while: stay cancellable
        if isinstance(raw_bytes, LongLine):
            whole = _long_line(batch, n, raw_bytes, header_seen and trailer is None)
            if whole is None:
                if raw_bytes.complete:
                    continue
                break  # cut off by the end of the file
            raw_bytes = whole
        last_line_complete = raw_bytes.endswith(b"\n")
        cut = "" if last_line_complete else " (the line is cut off: file truncated?)"
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            batch.problem(n, f"not UTF-8 text ({exc.reason} at column {exc.start + 1}){cut}")
            continue
        if not raw.strip():
            continue
        if trailer is not None:
            batch.problem(n, "content after the end line")
            continue
        obj, why = load_line(raw)
        if why is not None:
            batch.problem(n, why + cut)
            continue
        if not isinstance(obj, dict) or obj.get("type") != "blob":
            batch.blob_lines.interrupted(n)  # a blob's part lines are consecutive
        if not isinstance(obj, dict):
            batch.problem(n, "each line must be a JSON object")
            continue
        if not header_seen:
            header_seen = True
            if raw.startswith("\ufeff"):
                batch.problem(n, "the file starts with a byte-order mark; save it as UTF-8 without BOM")
            if obj.get("kbdesk") != "export":
                batch.problem(n, 'the first line must be the header {"kbdesk": "export", …}')
            elif obj.get("format") != FORMAT:
                batch.problem(n, f"format {obj.get('format')!r} is not supported (this kbdesk reads {FORMAT})")
            continue
        if obj.get("kbdesk") == "end":
            trailer = (n, obj)
            continue
        rtype = obj.get("type")
        if rtype == "blob":
            batch.blob_lines.add(n, obj)
            continue
        records += 1
        data = obj.get("data")
        if not isinstance(rtype, str) or not isinstance(data, dict):
            batch.problem(n, 'a record line needs "type" (text) and "data" (object)')
            continue
        batch.add(Incoming(n, rtype, data))
    batch.blob_lines.interrupted(n)
    blobs = batch.blob_lines.count
    if not header_seen:
        batch.problem(1, "the file is empty")
    elif trailer is None:
        batch.problem(n, "the end line is missing: the file is truncated or incomplete")
    elif (trailer[1].get("records"), trailer[1].get("blobs")) != (records, blobs):
        batch.problem(
            trailer[0],
            f"the end line announces {trailer[1].get('records')} records and "
            f"{trailer[1].get('blobs')} blobs but the file holds {records} and {blobs}: lines are missing",
        )


def _long_line(batch: Batch, n: int, line: LongLine, in_body: bool) -> bytes | None:
    """Stream an older one-line blob; any other long line comes back whole
    (None when it was handled here: streamed, or too long to read)."""
    blob = old_blob_body(line) if in_body else None
    if blob is not None:
        batch.blob_lines.add_streamed(n, *blob)
    else:
        whole = line.whole(long_lines.MAX_LINE)
        if whole is not None:
            return whole
        batch.blob_lines.interrupted(n)
        batch.problem(n, f"the line is longer than {long_lines.MAX_LINE / 2**20:g} MiB and is not an "
                         "attachment (blob) line: not a line kbdesk writes")
    if not line.complete:
        batch.problem(n, "the line is cut off: file truncated?")
    return None
