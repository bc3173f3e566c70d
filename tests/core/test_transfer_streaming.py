"""Export and import stream attachment content; bad lines are reported, never
crash; a killed import leaves nothing behind (reliability probe, defects 3, 8, 9)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.blobs import TEMP_PREFIX
from kbdesk.transfer.blob_lines import PART_BYTES
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

from .test_transfer import GOOD_CASE, GOOD_CUSTOMER, HEADER, dump, rejected, write_lines

REPO = Path(__file__).resolve().parents[2]


def temp_files(archive_root: Path) -> list[Path]:
    att = archive_root / "attachments"
    return [*att.glob(TEMP_PREFIX + "*"), *att.glob(f"??/{TEMP_PREFIX}*")]


def blob_lines(data: bytes, part_bytes: int = PART_BYTES) -> list[dict]:
    sha = hashlib.sha256(data).hexdigest()
    parts = [data[i:i + part_bytes] for i in range(0, len(data), part_bytes)]
    return [{"type": "blob", "sha256": sha, "size": len(data), "part": i, "parts": len(parts),
             "data": base64.b64encode(p).decode()} for i, p in enumerate(parts)]


def attachment(data: bytes, att_id: str = "att-1") -> dict:
    return {"type": "attachment", "data": {"id": att_id, "owner_type": "customer", "owner_id": "cust-1",
                                           "sha256": hashlib.sha256(data).hexdigest(),
                                           "filename": "big.bin", "size": len(data)}}


def write_with_parts(path: Path, lines: list[dict], blobs: int) -> None:
    records = sum(1 for ln in lines if ln.get("type") != "blob")
    out = [HEADER, *lines, {"kbdesk": "end", "records": records, "blobs": blobs}]
    path.write_text("".join(json.dumps(o) + "\n" for o in out))


# --- blobs in part lines ----------------------------------------------------------


def test_a_large_attachment_is_exported_in_part_lines_and_imported_back(services, archive, tmp_path):
    data = os.urandom(PART_BYTES * 2 + 1234)
    src = tmp_path / "big.bin"
    src.write_bytes(data)
    cust = services.create("customer", {"name": "客户"})
    att = services.attach_file("customer", cust["id"], src)
    export_jsonl(archive, tmp_path / "out.jsonl")
    blob_rows = [json.loads(ln) for ln in (tmp_path / "out.jsonl").read_text().splitlines()
                 if '"type":"blob"' in ln]
    assert [(b["part"], b["parts"]) for b in blob_rows] == [(0, 3), (1, 3), (2, 3)]
    assert all(len(base64.b64decode(b["data"])) <= PART_BYTES for b in blob_rows)
    with Archive.create(tmp_path / "copy") as copy:
        report = import_jsonl(copy, tmp_path / "out.jsonl")
        assert report.blobs_added == 1
        assert copy.blobs.read(att["sha256"]) == data
        assert temp_files(copy.root) == []


def test_a_small_attachment_keeps_the_one_line_format(services, archive, tmp_path):
    cust = services.create("customer", {"name": "客户"})
    (tmp_path / "a.txt").write_bytes(b"abc")
    services.attach_file("customer", cust["id"], tmp_path / "a.txt")
    export_jsonl(archive, tmp_path / "out.jsonl")
    blob = next(json.loads(ln) for ln in (tmp_path / "out.jsonl").read_text().splitlines()
                if '"type":"blob"' in ln)
    assert set(blob) == {"type", "sha256", "size", "data"}  # what older kbdesk reads


def test_an_older_export_with_one_large_blob_line_still_imports(archive, tmp_path):
    data = os.urandom(PART_BYTES * 3)
    one_line = {"type": "blob", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                "data": base64.b64encode(data).decode()}
    write_lines(tmp_path / "old.jsonl", [GOOD_CUSTOMER, attachment(data), one_line])
    report = import_jsonl(archive, tmp_path / "old.jsonl")
    assert report.blobs_added == 1 and archive.blobs.read(one_line["sha256"]) == data


@pytest.mark.parametrize("damage", ["missing_part", "swapped", "bad_hash", "bad_base64", "wrong_size"])
def test_broken_part_lines_are_refused_and_leave_no_file(archive, tmp_path, damage):
    data = os.urandom(4000)
    parts = blob_lines(data, part_bytes=1000)
    if damage == "missing_part":
        del parts[2]
    elif damage == "swapped":
        parts[1], parts[2] = parts[2], parts[1]
    elif damage == "bad_hash":
        parts[3]["data"] = base64.b64encode(b"x" * 1000).decode()
    elif damage == "bad_base64":
        parts[1]["data"] = "not base64!"
    elif damage == "wrong_size":
        for p in parts:
            p["size"] = 3999
    write_with_parts(tmp_path / "f.jsonl", [GOOD_CUSTOMER, attachment(data), *parts, GOOD_CASE], blobs=1)
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert problems and all(n > 0 for n, _ in problems)
    assert temp_files(archive.root) == [] and archive.blobs.all_hashes() == set()


# --- lines that used to crash the importer ------------------------------------------


@pytest.mark.parametrize(("line", "reason"), [
    ("[" * 200_000, "nested too deeply"),
    ('{"type": "case", "data": ' + '{"a": ' * 5000 + "1" + "}" * 5001, "nested too deeply"),
    ('{"type": "case", "data": {"a": ' + "[" * 500 + "]" * 500 + "}}", "nested more than"),
    ('{"type": "customer", "data": {"id": "cust-2", "name": "\\ud800"}}', "surrogate"),
    ('{"type": "customer", "data": {"id": "cust-2", "name": "x", "\\udfff": 1}}', "surrogate"),
    ('{"type": "customer", "data": {"id": "cust-2", "name": ' + "9" * 5000 + "}}", "not valid JSON"),
    ('{"type": "customer", "data": {"id": "cust-2", "name": NaN}}', "not valid JSON"),
])
def test_hostile_lines_are_reported_by_number(archive, tmp_path, line, reason):
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, line, GOOD_CASE])
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert any(n == 3 and reason in m for n, m in problems), problems


def test_a_paired_surrogate_escape_is_fine(archive, tmp_path):
    line = '{"type": "customer", "data": {"id": "cust-2", "name": "emoji \\ud83d\\ude00"}}'
    end = json.dumps({"kbdesk": "end", "records": 1, "blobs": 0})
    (tmp_path / "f.jsonl").write_text(f"{json.dumps(HEADER)}\n{line}\n{end}\n")
    import_jsonl(archive, tmp_path / "f.jsonl")
    assert Services(archive, "t").get("customer", "cust-2")["name"] == "emoji \U0001f600"


# --- leftovers of a killed import ---------------------------------------------------

IMPORT_CHILD = """
import sys
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import import_jsonl
import_jsonl(Archive.open(sys.argv[1]), sys.argv[2])
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to pause the import")
def test_blob_temp_files_of_a_killed_import_are_removed_at_next_open(archive, tmp_path):
    root = archive.root
    data = os.urandom(40_000)
    parts = blob_lines(data, part_bytes=1000)
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    child = subprocess.Popen([sys.executable, "-c", IMPORT_CHILD, str(root), str(fifo)], cwd=REPO)
    try:
        with open(fifo, "w") as feed:  # the import reads what we write, then waits for more
            for obj in [HEADER, GOOD_CUSTOMER, attachment(data), *parts[:20]]:
                feed.write(json.dumps(obj) + "\n")
            feed.flush()
            deadline = time.monotonic() + 60
            while not temp_files(root) and time.monotonic() < deadline:
                time.sleep(0.05)
            left = temp_files(root)
            assert left, "the import never started writing the attachment"
            assert f"{TEMP_PREFIX}p{child.pid}-" in left[0].name
            with Archive.open(root):  # opened elsewhere while the import is alive: its file stays
                assert temp_files(root) == left
            child.send_signal(signal.SIGKILL)
            child.wait(30)
    except BrokenPipeError:
        pass
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert temp_files(root) == left  # still there until the archive is opened
    with Archive.open(root) as again:
        assert temp_files(root) == []
        assert again.blobs.all_hashes() == set()
        assert Services(again, "t").count("customer") == 0


def test_temp_files_of_a_live_writer_are_left_alone(archive):
    with archive.blobs.open_writer() as writer:
        writer.write(b"half an attachment")
        with Archive.open(archive.root):  # another window opening the same archive
            assert writer.temp_path.exists()
        writer.write(b" and the rest")
        sha = writer.finish()
        assert writer.place()
    assert archive.blobs.read(sha) == b"half an attachment and the rest"
    assert temp_files(archive.root) == []


def test_temp_file_of_a_reused_pid_is_removed(archive):
    # Our own pid, but a start time that is not ours: the writer was an
    # earlier process that had this pid.
    stale = archive.root / "attachments" / f"{TEMP_PREFIX}p{os.getpid()}-1000-abcdef"
    stale.write_bytes(b"left by a dead process")
    with Archive.open(archive.root):
        assert not stale.exists()


def test_a_rejected_import_leaves_no_temp_file(archive, tmp_path):
    data = os.urandom(3000)
    write_with_parts(tmp_path / "f.jsonl", [GOOD_CUSTOMER, attachment(data), *blob_lines(data, 1000),
                                            {"type": "customer", "data": {"name": ""}}], blobs=1)
    before = dump(archive)
    with pytest.raises(Exception, match="archive unchanged"):
        import_jsonl(archive, tmp_path / "f.jsonl")
    assert dump(archive) == before
    assert temp_files(archive.root) == [] and archive.blobs.all_hashes() == set()


# --- memory does not grow with the attachment ------------------------------------------

MEMORY_CHILD = """
import json, resource, sys
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

mode, root, path = sys.argv[1:4]
archive = Archive.open(root) if mode == "export" else Archive.create(root)
before = peak_mb()
if mode == "export":
    export_jsonl(archive, path)
else:
    import_jsonl(archive, path)
print(json.dumps({"before": before, "after": peak_mb()}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_export_and_import_memory_does_not_grow_with_the_attachment(services, archive, tmp_path):
    size = 64 << 20
    src = tmp_path / "big.bin"
    with open(src, "wb") as fh:
        for _ in range(size >> 20):
            fh.write(os.urandom(1 << 20))
    cust = services.create("customer", {"name": "客户"})
    services.attach_file("customer", cust["id"], src)
    src.unlink()
    archive.close()

    def run(*args) -> float:
        out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, *map(str, args)], cwd=REPO,
                             capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr
        figures = json.loads(out.stdout)
        return figures["after"] - figures["before"]

    export_growth = run("export", archive.root, tmp_path / "out.jsonl")
    import_growth = run("import", tmp_path / "copy", tmp_path / "out.jsonl")
    as_one_line(tmp_path / "out.jsonl", tmp_path / "old.jsonl")
    old_import_growth = run("import", tmp_path / "copy-old", tmp_path / "old.jsonl")
    limit = size / (1 << 20) / 4  # MB; holding the attachment once would be 64
    assert export_growth < limit, f"export peak RSS grew by {export_growth:.0f} MB"
    assert import_growth < limit, f"import peak RSS grew by {import_growth:.0f} MB"
    assert old_import_growth < limit, f"import of the one-line blob grew by {old_import_growth:.0f} MB"


def as_one_line(export: Path, target: Path) -> None:
    """Rewrite an export as an older kbdesk wrote it: each blob on one line."""
    with open(export) as src, open(target, "w") as out:
        for line in src:
            if not line.startswith('{"type":"blob"'):
                out.write(line)
                continue
            part = json.loads(line)
            if part.get("part", 0) == 0:
                out.write(f'{{"type":"blob","sha256":"{part["sha256"]}","size":{part["size"]},"data":"')
            out.write(part["data"])  # every part but the last is a multiple of 3 bytes
            if part.get("part", 0) == part.get("parts", 1) - 1:
                out.write('"}\n')


# --- cancel and missing files while streaming -------------------------------------------


def test_cancel_while_reading_blob_parts_writes_nothing(archive, tmp_path):
    from kbdesk.transfer.batch import Cancelled

    data = os.urandom(200 * 100)
    write_with_parts(tmp_path / "f.jsonl", [GOOD_CUSTOMER, attachment(data), *blob_lines(data, 100)], blobs=1)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1  # on the second check, in the middle of the parts

    before = dump(archive)
    with pytest.raises(Cancelled):
        import_jsonl(archive, tmp_path / "f.jsonl", cancel=cancel)
    assert dump(archive) == before and temp_files(archive.root) == []
    assert archive.blobs.all_hashes() == set()


def test_export_with_a_missing_attachment_file_says_so(services, archive, tmp_path):
    from kbdesk.errors import KbdeskError

    cust = services.create("customer", {"name": "客户"})
    (tmp_path / "a.txt").write_bytes(b"abc")
    att = services.attach_file("customer", cust["id"], tmp_path / "a.txt")
    archive.blobs.path_for(att["sha256"]).unlink()
    with pytest.raises(KbdeskError, match="is missing"):
        export_jsonl(archive, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.jsonl.partial").exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_writer_names_its_temp_file_as_its_own_process(archive):
    archive.blobs.open_writer().discard()  # the parent has named a temp file once
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: start a blob and wait to be killed
        writer = archive.blobs.open_writer()
        os.write(write_end, writer.temp_path.name.encode())
        time.sleep(60)
        os._exit(0)
    try:
        name = os.read(read_end, 200).decode()
        assert name.startswith(f"{TEMP_PREFIX}p{pid}-")
        archive.blobs.sweep_stale_temps()  # the child is alive: its file stays
        assert (archive.root / "attachments" / name).exists()
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert archive.blobs.sweep_stale_temps() == 1


# --- over-long lines: older one-line blobs are streamed, anything else refused -----------


@pytest.fixture
def small_line_limit(monkeypatch):
    from kbdesk.transfer import long_lines

    monkeypatch.setattr(long_lines, "STREAM_FROM", 4096)
    monkeypatch.setattr(long_lines, "MAX_LINE", 20_000)


def old_blob_line(data: bytes) -> str:
    """A blob line exactly as kbdesk wrote them before part lines."""
    return json.dumps({"type": "blob", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                       "data": base64.b64encode(data).decode()}, separators=(",", ":"))


def write_raw(path: Path, lines: list[str], records: int, blobs: int) -> None:
    end = json.dumps({"kbdesk": "end", "records": records, "blobs": blobs})
    path.write_text("\n".join([json.dumps(HEADER), *lines, end]) + "\n")


@pytest.mark.parametrize("size", [3 * 4096, 3 * 4096 + 1, 3 * 4096 + 2, 50_001])
def test_an_older_one_line_blob_longer_than_the_limit_is_streamed(archive, tmp_path, small_line_limit, size):
    data = os.urandom(size)
    write_raw(tmp_path / "old.jsonl", [json.dumps(GOOD_CUSTOMER), json.dumps(attachment(data)),
                                       old_blob_line(data), json.dumps(GOOD_CASE)], records=3, blobs=1)
    report = import_jsonl(archive, tmp_path / "old.jsonl")
    assert report.blobs_added == 1 and report.counts["case"] == 1
    assert archive.blobs.read(hashlib.sha256(data).hexdigest()) == data


@pytest.mark.parametrize("damage", ["flipped", "no_end", "cut_off", "not_a_blob", "bad_size"])
def test_a_damaged_over_long_line_is_refused(archive, tmp_path, small_line_limit, damage):
    data = os.urandom(20_000)
    blob = old_blob_line(data)
    if damage == "flipped":
        i = len(blob) // 2
        blob = blob[:i] + ("A" if blob[i] != "A" else "B") + blob[i + 1:]
    elif damage == "no_end":
        blob = blob[:-2]
    elif damage == "not_a_blob":
        blob = json.dumps({"type": "customer", "data": {"name": "x" * 30_000}})
    elif damage == "bad_size":
        blob = blob.replace(f'"size":{len(data)}', '"size":7')
    lines = [json.dumps(GOOD_CUSTOMER), json.dumps(attachment(data)), blob]
    if damage == "cut_off":
        (tmp_path / "f.jsonl").write_text("\n".join([json.dumps(HEADER), *lines])[:-100])
    else:
        write_raw(tmp_path / "f.jsonl", [*lines, json.dumps(GOOD_CASE)], records=3, blobs=1)
    problems = rejected(archive, tmp_path / "f.jsonl")
    assert any(n == 4 for n, _ in problems), problems
    assert temp_files(archive.root) == [] and archive.blobs.all_hashes() == set()


def test_a_long_record_line_below_the_maximum_is_read_whole(archive, tmp_path, small_line_limit):
    logs = "ERROR 1040 (HY000): Too many connections 连接数打满\n" * 300  # well over 4096 bytes
    case = {"type": "case", "data": {**GOOD_CASE["data"], "logs": logs}}
    write_lines(tmp_path / "f.jsonl", [GOOD_CUSTOMER, case])
    import_jsonl(archive, tmp_path / "f.jsonl")
    assert Services(archive, "t").get("case", "case-1")["logs"] == logs
