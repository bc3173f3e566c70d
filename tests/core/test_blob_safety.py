"""No field of an import file, a record or an archive folder may name a file
outside the archive's attachments/ (reliability probe, defect 1)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from kbdesk.domain.filenames import safe_file_name
from kbdesk.errors import ArchiveError, KbdeskError, ValidationError
from kbdesk.storage.archive import Archive
from kbdesk.storage.blobs import BadBlobHash
from kbdesk.storage.models import Attachment
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

from .test_transfer import GOOD_CUSTOMER, rejected, write_lines

SECRET = b"root:x:0:0:secret outside the archive\n"


@pytest.fixture
def secret(archive) -> str:
    """A file beside the archive and the relative "hash" that used to reach it
    (attachments/<sha[:2]>/<sha> with sha = "../secret.txt")."""
    (archive.root.parent / "secret.txt").write_bytes(SECRET)
    sha = "../secret.txt"
    assert (archive.root / "attachments" / sha[:2] / sha).resolve().read_bytes() == SECRET
    return sha


def attachment_line(sha: str, owner: str = "cust-1") -> dict:
    return {"type": "attachment", "data": {"owner_type": "customer", "owner_id": owner, "sha256": sha,
                                           "filename": "passwd", "size": len(SECRET)}}


def test_import_refuses_a_hash_that_is_a_path(archive, tmp_path, secret):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, attachment_line(secret),
                                       attachment_line("../../../../../../../../etc/passwd")])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert [n for n, m in problems if "is not a SHA-256 hash" in m] == [3, 4]


def test_import_refuses_a_blob_line_whose_hash_is_a_path(archive, tmp_path):
    blob = {"type": "blob", "sha256": "../../x", "size": 3, "data": "YWJj"}
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, blob])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert any(n == 3 and "is not a SHA-256 hash" in m for n, m in problems)
    assert not list((archive.root / "attachments").rglob("x"))


@pytest.mark.parametrize("value", ["../secret.txt", "AB" * 32, "ab" * 31, "ab" * 32 + "\n", "/etc/passwd"])
def test_services_refuse_a_hash_that_is_not_one(services, secret, value):
    cust = services.create("customer", {"name": "客户"})
    with pytest.raises(ValidationError) as err:
        services.create("attachment", {"owner_type": "customer", "owner_id": cust["id"], "sha256": value,
                                       "filename": "a.txt", "size": 1})
    assert "64" in err.value.problems["sha256"]
    good = services.create("attachment", {"owner_type": "customer", "owner_id": cust["id"],
                                          "sha256": services.archive.blobs.put_bytes(b"a"),
                                          "filename": "a.txt", "size": 1})
    with pytest.raises(ValidationError) as err:
        services.update("attachment", good["id"], {"sha256": value})
    assert "sha256" in err.value.problems


@pytest.mark.parametrize("value", ["../secret.txt", "..", "", "ab" * 32 + "/../..", "ab" * 32 + "\n", "AB" * 32, None, 42])
def test_path_for_refuses_anything_but_a_hash(archive, value):
    with pytest.raises(BadBlobHash, match="not a valid attachment hash"):
        archive.blobs.path_for(value)


def test_path_for_refuses_a_prefix_folder_linked_elsewhere(archive, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    sha = "ab" * 32
    (outside / sha).write_bytes(SECRET)
    (archive.root / "attachments" / "ab").symlink_to(outside)
    with pytest.raises(ArchiveError, match="outside the attachments folder"):
        archive.blobs.read(sha)


def plant(archive, sha: str) -> None:
    """An attachment row carrying a bad hash, as an older kbdesk could import it."""
    with archive.session() as s:
        s.execute(update(Attachment).values(sha256=sha))


def test_export_never_writes_a_file_named_by_a_planted_hash(services, archive, tmp_path, secret):
    cust = services.create("customer", {"name": "客户"})
    services.attach_file("customer", cust["id"], _file(tmp_path / "a.txt", b"hello"))
    plant(archive, secret)
    with pytest.raises(KbdeskError, match="not a valid attachment hash"):
        export_jsonl(archive, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_check_reports_a_planted_hash_without_reading_it(services, archive, tmp_path, secret):
    from kbdesk.services.integrity import check_archive

    cust = services.create("customer", {"name": "客户"})
    services.attach_file("customer", cust["id"], _file(tmp_path / "a.txt", b"hello"))
    plant(archive, secret)
    report = check_archive(archive)
    assert any("not a valid attachment hash" in p for p in report.problems)


# --- the attachments folder itself --------------------------------------------


def test_open_refuses_attachments_linked_out_of_the_archive(archive, tmp_path):
    root = archive.root
    archive.close()
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "attachments").rmdir()
    (root / "attachments").symlink_to(outside)
    with pytest.raises(ArchiveError, match="link leading out of the archive"):
        Archive.open(root)
    assert list(outside.iterdir()) == []


def test_open_refuses_a_dangling_attachments_link(archive, tmp_path):
    root = archive.root
    archive.close()
    (root / "attachments").rmdir()
    (root / "attachments").symlink_to(tmp_path / "gone")
    with pytest.raises(ArchiveError, match="does not exist"):
        Archive.open(root)
    assert not (tmp_path / "gone").exists()  # nothing created through the link


def test_open_accepts_attachments_linked_inside_the_archive(archive):
    root = archive.root
    archive.close()
    (root / "attachments").rename(root / "files")
    (root / "attachments").symlink_to("files")
    with Archive.open(root) as again:
        sha = again.blobs.put_bytes(b"inside")
        assert (root / "files" / sha[:2] / sha).read_bytes() == b"inside"


def test_export_file_carrying_a_planted_blob_line_is_refused_whole(archive, tmp_path, secret):
    """The exact probe: the attachment line used to import and export read /etc/passwd."""
    lines = [json.dumps({"kbdesk": "export", "format": 1, "schema": 2}),
             json.dumps(GOOD_CUSTOMER), json.dumps(attachment_line(secret)),
             json.dumps({"kbdesk": "end", "records": 2, "blobs": 0})]
    (tmp_path / "f.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(KbdeskError):
        import_jsonl(archive, tmp_path / "f.jsonl")
    export_jsonl(archive, tmp_path / "out.jsonl")
    assert b"secret outside" not in (tmp_path / "out.jsonl").read_bytes()


# --- file names from records ------------------------------------------------------


@pytest.mark.parametrize(("name", "safe"), [
    ("error-1040.png", "error-1040.png"), ("../../etc/passwd", "passwd"), ("..\\..\\boot.ini", "boot.ini"),
    ("..", "attachment"), ("", "attachment"), ("a:b?.log", "a_b_.log"), ("CON.txt", "attachment-CON.txt"),
    ("报错截图.png", "报错截图.png"), ("/", "attachment"),
])
def test_file_names_from_records_are_never_paths(name, safe):
    assert safe_file_name(name) == safe
    assert Path(safe).name == safe and safe not in (".", "..")


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path



# --- through the command line, as the probe did ----------------------------------------


def test_cli_import_of_the_probe_file_is_refused_and_export_holds_no_secret(capsys, archive, tmp_path, secret):
    from kbdesk.cli.main import main

    write_lines(tmp_path / "probe.jsonl", [GOOD_CUSTOMER, attachment_line(secret)])
    root = archive.root
    archive.close()
    assert main(["--archive", str(root), "import", str(tmp_path / "probe.jsonl")]) != 0
    err = capsys.readouterr()
    assert "is not a SHA-256 hash" in err.out + err.err and "Traceback" not in err.out + err.err
    assert main(["--archive", str(root), "export", str(tmp_path / "out.jsonl")]) == 0
    assert b"secret outside" not in (tmp_path / "out.jsonl").read_bytes()
    assert base64.b64encode(SECRET) not in (tmp_path / "out.jsonl").read_bytes()


def test_cli_refuses_an_archive_whose_attachments_lead_outside(capsys, archive, tmp_path):
    from kbdesk.cli.main import main

    root = archive.root
    archive.close()
    (root / "attachments").rmdir()
    (root / "attachments").symlink_to(tmp_path)
    assert main(["--archive", str(root), "export", str(tmp_path / "out.jsonl")]) != 0
    err = capsys.readouterr()
    assert "link leading out of the archive" in err.out + err.err and "Traceback" not in err.out + err.err
    assert not (tmp_path / "out.jsonl").exists()
