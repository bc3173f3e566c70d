"""One app per archive: the core lock, exercised by real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.storage.instance_lock import (
    LOCK_NAME,
    ArchiveInUseError,
    InstanceLock,
    LockedOnOtherHostError,
    read_holder,
    this_host,
)

HOLD = textwrap.dedent("""
    import sys, time
    from kbdesk.storage.instance_lock import InstanceLock
    lock = InstanceLock.acquire(sys.argv[1])
    print("HELD", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def archive_dir(tmp_path):
    with Archive.create(tmp_path / "a") as archive:
        services = Services(archive, actor="t")
        customer = services.create("customer", {"name": "华东某银行"})
        services.create("case", {"customer_id": customer["id"], "title": "OSS 403 AccessDenied",
                                 "category": "configuration_error", "severity": "low"})
    return tmp_path / "a"


def _hold_in_child(root):
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "HELD"
    return child


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_second_process_is_refused_and_told_who_holds_the_archive(archive_dir):
    child = _hold_in_child(archive_dir)
    try:
        with pytest.raises(ArchiveInUseError) as err:
            InstanceLock.acquire(archive_dir)
        assert err.value.holder.pid == child.pid
        assert err.value.holder.host == this_host()
        assert "already open in another kbdesk window" in str(err.value)
        assert f"process {child.pid}" in str(err.value)
    finally:
        child.kill()
        child.wait()


def test_a_killed_app_never_leaves_a_lock_that_blocks(archive_dir):
    child = _hold_in_child(archive_dir)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    # The file still names the dead process, but the OS lock went with it.
    assert read_holder(archive_dir).pid == child.pid
    with InstanceLock.acquire(archive_dir) as lock:
        assert lock.replaced is not None and lock.replaced.pid == child.pid
        assert read_holder(archive_dir).pid == os.getpid()


def test_a_stale_lock_file_with_a_dead_pid_is_taken_over(archive_dir):
    dead = _dead_pid()
    (archive_dir / LOCK_NAME).write_text(json.dumps(
        {"pid": dead, "host": this_host(), "started_at": "2026-01-01T00:00:00+00:00"}))
    lock = InstanceLock.acquire(archive_dir)
    assert lock.replaced.pid == dead
    assert read_holder(archive_dir).pid == os.getpid()
    lock.release()
    assert read_holder(archive_dir) is None  # released: the file names nobody


def test_a_lock_from_another_host_names_the_host_and_needs_consent(archive_dir):
    (archive_dir / LOCK_NAME).write_text(json.dumps(
        {"pid": 4242, "host": "laptop-of-wang", "started_at": "2026-03-01T08:00:00+00:00"}))
    with pytest.raises(LockedOnOtherHostError) as err:
        InstanceLock.acquire(archive_dir)
    assert "laptop-of-wang" in str(err.value)
    assert err.value.holder.pid == 4242
    # Refusing left the file as it was, so the question can be asked again.
    assert read_holder(archive_dir).host == "laptop-of-wang"
    with InstanceLock.acquire(archive_dir, take_over_other_host=True) as lock:
        assert lock.replaced.host == "laptop-of-wang"
        assert read_holder(archive_dir).host == this_host()


def test_cli_commands_still_work_while_an_app_holds_the_lock(archive_dir, tmp_path):
    child = _hold_in_child(archive_dir)
    try:
        for args in (["info"], ["reindex"], ["check"]):
            run = subprocess.run([sys.executable, "-m", "kbdesk", "--archive", str(archive_dir), *args],
                                 capture_output=True, text=True, timeout=120)
            assert run.returncode == 0, run.stderr
    finally:
        child.kill()
        child.wait()


def test_release_lets_the_next_app_in_at_once(archive_dir):
    first = InstanceLock.acquire(archive_dir)
    start = time.monotonic()
    first.release()
    InstanceLock.acquire(archive_dir).release()
    assert time.monotonic() - start < 1
