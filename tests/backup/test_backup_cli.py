"""The three commands as a person uses them: exit codes, sentences, Ctrl+C."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from kbdesk.backup.config import BackupConfig
from kbdesk.cli.main import main

from .helpers import make_archive


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_the_backup_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("backup", "verify-backup", "restore"):
        assert command in out


def test_backup_with_a_default_name_then_verify_and_restore(capsys, tmp_path):
    src = make_archive(tmp_path / "src")
    code, out, _ = run(capsys, "--archive", src, "backup")
    assert code == 0 and "Backup written:" in out
    made = list((tmp_path / "backups").glob("src-*.kbdesk-backup.tar"))
    assert len(made) == 1
    last = BackupConfig.load(src).last
    assert last.path == str(made[0]) and not last.verified
    code, out, _ = run(capsys, "verify-backup", made[0])
    assert code == 0 and out.startswith("OK:") and "every checksum verified" in out
    code, out, _ = run(capsys, "restore", made[0], "--to", tmp_path / "new")
    assert code == 0 and "Restored into" in out
    code, out, _ = run(capsys, "--archive", tmp_path / "new", "check")
    assert code == 0


def test_backup_verify_option_records_a_verified_backup(capsys, tmp_path):
    src = make_archive(tmp_path / "src")
    code, out, _ = run(capsys, "--archive", src, "backup", "--verify", "--to", tmp_path / "x.tar")
    assert code == 0 and "written and verified" in out
    assert BackupConfig.load(src).last.verified


def test_refusals_are_sentences_with_exit_code_1(capsys, tmp_path):
    src = make_archive(tmp_path / "src")
    run(capsys, "--archive", src, "backup", "--to", tmp_path / "b.tar")
    data = (tmp_path / "b.tar").read_bytes()
    (tmp_path / "cut.tar").write_bytes(data[: len(data) // 3])
    code, _, err = run(capsys, "verify-backup", tmp_path / "cut.tar")
    assert code == 1 and "cut off" in err and "Traceback" not in err
    code, _, err = run(capsys, "restore", tmp_path / "b.tar", "--to", src)
    assert code == 1 and "not empty" in err
    code, _, err = run(capsys, "--archive", tmp_path / "nothing", "backup")
    assert code == 1 and "No archive at" in err
    code, _, err = run(capsys, "verify-backup", tmp_path / "missing.tar")
    assert code == 1 and "Cannot read the backup" in err


def test_ctrl_c_cancels_a_backup_and_leaves_no_file(tmp_path):
    src = make_archive(tmp_path / "src", attachments=60, attachment_kb=1024)
    target = tmp_path / "out" / "b.kbdesk-backup.tar"
    proc = subprocess.Popen([sys.executable, "-m", "kbdesk", "--archive", str(src), "--progress-lines",
                             "backup", "--to", str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith("PROGRESS")  # it is writing
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, out + err
    assert "cancelled" in err and "Traceback" not in err
    assert list((tmp_path / "out").iterdir()) == []


FULL_DISK = """
import resource, signal, sys
from kbdesk.cli.main import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
sys.exit(main(sys.argv[2:]))
"""


def _with_file_size_limit(limit: int, *args) -> subprocess.CompletedProcess:
    """Run kbdesk where no file may grow past ``limit`` bytes: a full disk, as writes see it."""
    return subprocess.run([sys.executable, "-c", FULL_DISK, str(limit), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_a_full_disk_during_backup_is_a_sentence_and_leaves_no_file(tmp_path):
    src = make_archive(tmp_path / "src", attachments=4, attachment_kb=512)
    result = _with_file_size_limit(1_000_000, "--archive", src, "backup", "--to", tmp_path / "out" / "b.tar")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Could not write the backup" in result.stderr and "Traceback" not in result.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_a_full_disk_during_restore_is_a_sentence_and_leaves_no_folder(tmp_path, capsys):
    src = make_archive(tmp_path / "src", attachments=4, attachment_kb=512)
    main(["--archive", str(src), "backup", "--to", str(tmp_path / "b.tar")])
    result = _with_file_size_limit(300_000, "restore", tmp_path / "b.tar", "--to", tmp_path / "r")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "while restoring" in result.stderr and "Traceback" not in result.stderr
    assert "damaged" not in result.stderr  # the backup is fine; the disk is full
    assert not (tmp_path / "r").exists() and not list(tmp_path.glob(".r.restoring-*"))
