"""`kbdesk check`: is the database sound and is every attachment file intact?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from ..storage.archive import Archive
from ..storage.models import Attachment
from ..storage.registry import RECORD_TYPES
from .attachment_text import check_texts
from .fields import POLYMORPHIC


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attachments_checked: int = 0
    texts_compared: int = 0  # stored attachment texts extracted again and compared

    @property
    def ok(self) -> bool:
        return not self.problems


def check_archive(archive: Archive) -> CheckReport:
    report = CheckReport()
    with archive.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if rows != ["ok"]:
            report.problems += [f"database: {r}" for r in rows]
        # integrity_check does not look at foreign keys.
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            report.problems.append(f"{table} row {rowid} refers to a missing {parent} record")
        pending = conn.execute(text("SELECT COUNT(*) FROM index_queue")).scalar()
        if pending:
            report.notes.append(f"{pending} change(s) not yet in the search index (applied on next open)")
    with archive.read_session() as s:
        for poly_type, pairs in POLYMORPHIC.items():
            model = RECORD_TYPES[poly_type]
            for type_field, id_field in pairs:
                for rid, rtype, ref in s.execute(
                    select(model.__table__.c.id, getattr(model, type_field), getattr(model, id_field))
                ):
                    target = RECORD_TYPES.get(rtype)
                    if target is None or s.get(target, ref) is None:
                        report.problems.append(f"{poly_type} {rid} points at missing {rtype} {ref}")
        used: dict[str, list[str]] = {}
        for att_id, sha, name in s.execute(select(Attachment.id, Attachment.sha256, Attachment.filename)):
            used.setdefault(sha, []).append(f"{name} ({att_id})")
    for sha, names in sorted(used.items()):
        report.attachments_checked += 1
        why = archive.blobs.verify(sha)
        if why:
            report.problems.append(f"attachment {', '.join(names)}: {why}")
    orphans = archive.blobs.all_hashes() - set(used)
    if orphans:
        report.notes.append(f"{len(orphans)} stored file(s) no longer used by any attachment")
    texts = check_texts(archive)
    report.problems += texts.problems
    report.notes += texts.notes
    report.texts_compared = texts.compared
    return report
