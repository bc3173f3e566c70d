"""Real archives and real backup files for the backup tests, and a way to
rewrite a backup's tar member by member to tamper with it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import tarfile
from pathlib import Path

from sqlalchemy import create_engine, text

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.migrations import MIGRATIONS


def make_archive(root: Path, attachments: int = 3, attachment_kb: int = 4) -> Path:
    with Archive.create(root) as a:
        s = Services(a, "tester")
        cust = s.create("customer", {"name": "华东某银行"})
        rnd = random.Random(1)
        for i in range(attachments):
            case = s.create("case", {"customer_id": cust["id"], "title": f"RDS ERROR 1040 #{i}",
                                     "category": "os_problem", "severity": "low"})
            f = root.parent / f"att-{root.name}-{i}.bin"
            f.write_bytes(rnd.randbytes(attachment_kb * 1024))
            s.attach_file("case", case["id"], f)
    (root / "settings.json").write_text('{"working_hours": {}}', "utf-8")
    return root


def members(backup: Path) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(backup, "r") as tar:
        return [(m, tar.extractfile(m).read() if m.isreg() else b"") for m in tar.getmembers()]


def write_tar(path: Path, items: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in items:
            info = _copy(info)
            if info.isreg():
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    return path


def _copy(info: tarfile.TarInfo) -> tarfile.TarInfo:
    new = tarfile.TarInfo(info.name)
    for attr in ("size", "mode", "mtime", "type", "linkname"):
        setattr(new, attr, getattr(info, attr))
    return new


def regular(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def special(name: str, kind: bytes, linkname: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = linkname
    return info, b""


def reseal(items: list[tuple[tarfile.TarInfo, bytes]], manifest: dict) -> list:
    """Replace the manifest and recompute its checksum, as a careful forger would."""
    body = json.dumps(manifest).encode()
    out = []
    for info, data in items:
        if info.name == "manifest.json":
            data = body
        elif info.name == "manifest.sha256":
            data = hashlib.sha256(body).hexdigest().encode()
        out.append((info, data))
    return out


def jsonl_with_cases(path: Path, n_cases: int, n_blobs: int) -> dict[str, bytes]:
    """An import file: customers, cases and attachments. Returns the blobs by sha256."""
    rnd = random.Random(5)
    blobs = {}
    lines = [{"kbdesk": "export", "format": 1, "schema": 2}]
    lines += [{"type": "customer", "data": {"id": f"imp-cust-{c}", "name": f"导入客户{c}"}} for c in range(20)]
    for i in range(n_cases):
        lines.append({"type": "case", "data": {
            "id": f"imp-case-{i}", "number": f"CS-I-{i:06d}", "customer_id": f"imp-cust-{i % 20}",
            "title": f"导入 OSS 403 AccessDenied #{i}", "phenomenon": "日志 ERROR 1040 Too many connections",
            "category": "os_problem", "severity": "low", "status": "reported",
            "reported_at": "2026-03-01T09:00:00+08:00"}})
    for i in range(n_blobs):
        data = rnd.randbytes(2048)
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        lines.append({"type": "blob", "sha256": sha, "size": len(data),
                      "data": base64.b64encode(data).decode()})
        lines.append({"type": "attachment", "data": {
            "id": f"imp-att-{i}", "owner_type": "case", "owner_id": f"imp-case-{i}", "sha256": sha,
            "filename": f"log-{i}.txt", "size": len(data)}})
    records = sum(1 for x in lines if x.get("type") not in (None, "blob"))
    lines.append({"kbdesk": "end", "records": records, "blobs": n_blobs})
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return blobs


def make_schema1_archive(root: Path) -> None:
    """An archive as kbdesk with schema 1 wrote it (as in tests/core/test_archive.py)."""
    root.mkdir()
    engine = create_engine(f"sqlite:///{root / 'kbdesk.sqlite'}")
    with engine.begin() as c:
        MIGRATIONS[0][1](c)
        c.execute(text("INSERT INTO migrations VALUES ('0001_initial', '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO meta VALUES ('app', 'kbdesk-archive')"))
        c.execute(text("INSERT INTO customers (id, name, organisation, plan_level, service_manager,"
                       " technical_manager, region, notes, created_at, updated_at) VALUES"
                       " ('c1', '旧客户', '', 'standard', '', '', '', '', '2026-01-01', '2026-01-01')"))
    engine.dispose()
