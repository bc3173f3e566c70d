"""A folder of course files becomes a course's materials, one material per file.

The folder is hostile input: links leading out of it are not followed, linked
folders are not entered, files over the size limit are refused, files deeper
than one subfolder are listed rather than walked, and a file whose content is
already in the course (or earlier in the folder) is not added twice. Every
refusal is listed with a reason code the front ends put into words.

File contents are stored first (with progress); the course, the materials and
their attachments are then written in one transaction, so an import that is
stopped or fails halfway changes no record.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.clock import new_id
from ..domain.enums import MaterialKind
from ..errors import KbdeskError

if TYPE_CHECKING:
    from .archive_services import Services

DEFAULT_MAX_BYTES = 1024 * 1024 * 1024

KIND_BY_EXTENSION = {
    ".pdf": MaterialKind.PDF, ".docx": MaterialKind.DOCX, ".doc": MaterialKind.DOCX,
    ".pptx": MaterialKind.PPTX, ".ppt": MaterialKind.PPTX, ".odp": MaterialKind.SLIDES,
    ".key": MaterialKind.SLIDES, ".md": MaterialKind.NOTES, ".markdown": MaterialKind.NOTES,
    ".txt": MaterialKind.NOTES, ".mp4": MaterialKind.VIDEO, ".mov": MaterialKind.VIDEO,
    ".mkv": MaterialKind.VIDEO, ".avi": MaterialKind.VIDEO, ".webm": MaterialKind.VIDEO,
    ".wmv": MaterialKind.VIDEO, ".flv": MaterialKind.VIDEO, ".m4v": MaterialKind.VIDEO,
}
# Files a file manager or an office program leaves behind, never course material.
SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}

# Reason codes of a skipped file (the UI and the CLI say them in words).
LINK_OUTSIDE = "link_outside"
LINKED_FOLDER = "linked_folder"
TOO_LARGE = "too_large"
TOO_DEEP = "too_deep"
DUPLICATE = "duplicate"
ALREADY_IN_COURSE = "already_in_course"
SYSTEM_FILE = "system_file"
UNREADABLE = "unreadable"
NOT_A_FILE = "not_a_file"


class ImportStopped(KbdeskError):
    """The user stopped the import before anything was written."""


@dataclass
class SkippedFile:
    path: str  # relative to the imported folder, with "/"
    reason: str  # one of the codes above
    detail: str = ""  # e.g. the size, the duplicate's path, the system's error


@dataclass
class CourseImportReport:
    course: dict[str, Any]
    course_created: bool
    materials: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


@dataclass
class _Candidate:
    path: Path
    relative: str
    section: str


def guess_kind(filename: str) -> str:
    return str(KIND_BY_EXTENSION.get(Path(filename).suffix.lower(), MaterialKind.OTHER))


def title_from_filename(filename: str) -> str:
    stem = Path(filename).stem.replace("_", " ").strip()
    return " ".join(stem.split()) or filename


def scan_course_folder(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[_Candidate], list[SkippedFile]]:
    """The files to import (folder and first-level subfolders) and those refused, in name order."""
    root = folder.resolve()
    if not root.is_dir():
        raise KbdeskError(f"{folder} is not a folder; choose the folder that holds the course files.")
    found: list[_Candidate] = []
    skipped: list[SkippedFile] = []
    for entry in _sorted_entries(root, skipped, ""):
        if entry.is_dir(follow_symlinks=False):
            for inner in _sorted_entries(Path(entry.path), skipped, entry.name + "/"):
                rel = f"{entry.name}/{inner.name}"
                if inner.is_dir(follow_symlinks=False):
                    skipped.append(SkippedFile(rel + "/", TOO_DEEP))
                else:
                    _consider(root, Path(inner.path), rel, entry.name, max_bytes, found, skipped)
        else:
            _consider(root, Path(entry.path), entry.name, "", max_bytes, found, skipped)
    return found, skipped


def _sorted_entries(folder: Path, skipped: list[SkippedFile], prefix: str) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: (Path(e.name).stem.lower(), e.name.lower()))
    except OSError as exc:
        skipped.append(SkippedFile(prefix or ".", UNREADABLE, exc.strerror or str(exc)))
        return []
    keep = []
    for entry in entries:
        if entry.is_symlink() and _is_dir(entry):
            skipped.append(SkippedFile(prefix + entry.name + "/", LINKED_FOLDER))
        else:
            keep.append(entry)
    return keep


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _consider(root: Path, path: Path, rel: str, section: str, max_bytes: int,
              found: list[_Candidate], skipped: list[SkippedFile]) -> None:
    if path.name.lower() in SYSTEM_FILES or path.name.startswith("~$"):
        skipped.append(SkippedFile(rel, SYSTEM_FILE))
        return
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            skipped.append(SkippedFile(rel, LINK_OUTSIDE, str(os.readlink(path))))
            return
    try:
        info = path.stat()
    except OSError as exc:
        skipped.append(SkippedFile(rel, UNREADABLE, exc.strerror or str(exc)))
        return
    if not path.is_file():
        skipped.append(SkippedFile(rel, NOT_A_FILE))
    elif info.st_size > max_bytes:
        skipped.append(SkippedFile(rel, TOO_LARGE, str(info.st_size)))
    else:
        found.append(_Candidate(path, rel, section))


def import_course_folder(
    services: Services, folder: Path | str, course_title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> CourseImportReport:
    """Create one material per file of ``folder`` in the course ``course_title``.

    The course is found by its exact title or created (default title: the
    folder's name).
    """
    root = Path(folder).resolve()
    candidates, skipped = scan_course_folder(root, max_bytes)
    title = (course_title or root.name).strip()
    if not title:
        raise KbdeskError("The course needs a title: give one with --course NAME.")
    existing = services.list("course", where={"title": title}, limit=1)
    course = existing[0] if existing else {"id": new_id(), "title": title}
    known = _hashes_in_course(services, course["id"]) if existing else {}
    stored: list[tuple[_Candidate, str, int]] = []
    seen: dict[str, str] = {}
    for done, cand in enumerate(candidates):
        if should_stop is not None and should_stop():
            raise ImportStopped("The import was stopped; no material was added.")
        if progress is not None:
            progress(done, len(candidates))
        try:
            sha, size = _store(services, cand.path, root)
        except OSError as exc:
            skipped.append(SkippedFile(cand.relative, UNREADABLE, exc.strerror or str(exc)))
            continue
        except KbdeskError as exc:
            skipped.append(SkippedFile(cand.relative, UNREADABLE, str(exc)))
            continue
        if size > max_bytes:  # it grew between the scan and the copy
            skipped.append(SkippedFile(cand.relative, TOO_LARGE, str(size)))
        elif sha in seen:
            skipped.append(SkippedFile(cand.relative, DUPLICATE, seen[sha]))
        elif sha in known:
            skipped.append(SkippedFile(cand.relative, ALREADY_IN_COURSE, known[sha]))
        else:
            seen[sha] = cand.relative
            stored.append((cand, sha, size))
    if progress is not None:
        progress(len(candidates), len(candidates))
    report = CourseImportReport(course=course, course_created=not existing, skipped=skipped)
    items = [] if existing else [("course", course)]
    for cand, sha, size in stored:
        material = {"id": new_id(), "course_id": course["id"], "title": title_from_filename(cand.path.name),
                    "kind": guess_kind(cand.path.name), "section": cand.section}
        items.append(("material", material))
        items.append(("attachment", _attachment(material["id"], cand.path.name, sha, size)))
    if should_stop is not None and should_stop():
        raise ImportStopped("The import was stopped; no material was added.")
    created = services.create_all(items) if items else []
    if not existing and created:
        report.course = created[0]
    report.materials = [r for r, (t, _d) in zip(created, items, strict=True) if t == "material"]
    report.attachments = [r for r, (t, _d) in zip(created, items, strict=True) if t == "attachment"]
    return report


def _store(services: Services, path: Path, root: Path) -> tuple[str, int]:
    """Copy a file into the archive's store, refusing one that became a link out of the folder."""
    if path.is_symlink() and not path.resolve().is_relative_to(root):
        raise KbdeskError(f"{path.name} became a link leading out of the folder; it was not read")
    return services.archive.blobs.put_file(path)


def _attachment(owner_id: str, filename: str, sha: str, size: int) -> dict[str, Any]:
    return {"owner_type": "material", "owner_id": owner_id, "sha256": sha, "filename": filename,
            "mime": mimetypes.guess_type(filename)[0] or "application/octet-stream", "size": size}


def _hashes_in_course(services: Services, course_id: str) -> dict[str, str]:
    """Content already attached to the course's materials: hash → file name."""
    out: dict[str, str] = {}
    for material in services.list("material", where={"course_id": course_id}):
        for att in services.attachments_of("material", material["id"]):
            out.setdefault(att["sha256"], att["filename"])
    return out

