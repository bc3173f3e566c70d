"""The services every front end uses: records plus the rules of each type."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..errors import NotFoundError, ReadOnlyArchiveError, ValidationError
from ..storage.models import Case
from .plain import row_to_dict
from .records import RecordService

# Support engineers attach log files; most systems know no type for .log.
mimetypes.add_type("text/plain", ".log")

class Services(RecordService):
    """Generic CRUD plus the operations of particular types (links, files, cases).

    Per-type write rules (case numbers, article versions, …) are policies
    (:mod:`kbdesk.services.policies`), applied by the unit of work."""

    # --- articles ----------------------------------------------------------

    def article_versions(self, article_id: str) -> list[dict[str, Any]]:
        return self.list("article_version", where={"article_id": article_id}, order_by="version")

    def article_from_case(self, case_id: str) -> dict[str, Any]:
        """Draft a KB article from a solved case; the user edits it afterwards."""
        case = self.get("case", case_id)
        if not (case["resolution"] or case["workaround"]).strip():
            raise ValidationError("article", {"source_case_id": "the case has no resolution yet"})
        body = "\n\n".join(
            part for part in (
                f"## 现象 / Symptom\n\n{case['phenomenon']}" if case["phenomenon"] else "",
                f"## 错误信息 / Error\n\n```\n{case['error_messages']}\n```" if case["error_messages"] else "",
                f"## 原因 / Cause\n\n{case['root_cause']}" if case["root_cause"] else "",
                f"## 解决方法 / Solution\n\n{case['resolution'] or case['workaround']}",
            ) if part
        )
        return self.create("article", {
            "title": case["title"], "body": body, "product": case["product"],
            "problem": case["phenomenon"], "solution": case["resolution"] or case["workaround"],
            "tags": list(case["tags"]), "source_case_id": case_id, "author": self.actor,
        })

    # --- links and attachments ---------------------------------------------

    def link(self, source: tuple[str, str], target: tuple[str, str], relation: str = "related") -> dict:
        if source == target:
            raise ValidationError("link", {"target_id": "a record cannot link to itself"})
        return self.create("link", {
            "source_type": source[0], "source_id": source[1],
            "target_type": target[0], "target_id": target[1], "relation": relation,
        })

    def links_of(self, record_type: str, record_id: str) -> list[dict[str, Any]]:
        """Links in both directions, each seen from this record's side."""
        out = self.list("link", where={"source_type": record_type, "source_id": record_id})
        out += self.list("link", where={"target_type": record_type, "target_id": record_id})
        return out

    def attach_file(self, owner_type: str, owner_id: str, path: Path | str,
                    replaces_id: str | None = None) -> dict[str, Any]:
        path = Path(path)
        if self.read_only:  # before the blob is stored, not only at the row
            raise ReadOnlyArchiveError()
        if not path.is_file():
            raise ValidationError("attachment", {"filename": f"{path} is not a readable file"})
        sha, size = self.archive.blobs.put_file(path)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return self.create("attachment", {
            "owner_type": owner_type, "owner_id": owner_id, "sha256": sha,
            "filename": path.name, "mime": mime, "size": size, "replaces_id": replaces_id,
        })

    def attachment_path(self, attachment_id: str) -> Path:
        att = self.get("attachment", attachment_id)
        path = self.archive.blobs.path_for(att["sha256"])
        if not path.is_file():
            raise NotFoundError("attachment file", att["sha256"])
        return path

    def attachments_of(self, owner_type: str, owner_id: str) -> list[dict[str, Any]]:
        return self.list("attachment", where={"owner_type": owner_type, "owner_id": owner_id})

    # --- cases -------------------------------------------------------------

    def find_case(self, id_or_number: str) -> dict[str, Any]:
        with self.archive.read_session() as s:
            obj = s.get(Case, id_or_number) or s.scalars(
                select(Case).where(Case.number == id_or_number)
            ).first()
            if obj is None:
                raise NotFoundError("case", id_or_number)
            return row_to_dict(obj)

    def add_timeline(self, case_id: str, kind: str, text: str, **extra: Any) -> dict[str, Any]:
        return self.create("timeline", {"case_id": case_id, "kind": kind, "text": text,
                                        "author": self.actor, **extra})

    def timeline_of(self, case_id: str) -> list[dict[str, Any]]:
        return self.list("timeline", where={"case_id": case_id}, order_by="at")
