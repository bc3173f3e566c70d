"""One app window per archive, the read-only window, and start-up dialogs
that honour KBDESK_QUIT_AFTER_MS — with real second processes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kbdesk.errors import ReadOnlyArchiveError
from kbdesk.locate import Located
from kbdesk.services import Services
from kbdesk.settings import AppSettings
from kbdesk.storage.archive import Archive
from kbdesk.storage.instance_lock import LOCK_NAME, read_holder, this_host
from kbdesk.ui import i18n
from kbdesk.ui.app import DesktopApp

HOLD = textwrap.dedent("""
    import sys, time
    from kbdesk.storage.instance_lock import InstanceLock
    lock = InstanceLock.acquire(sys.argv[1])
    print("HELD", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def archive_dir(tmp_path):
    with Archive.create(tmp_path / "arch") as archive:
        services = Services(archive, actor="t")
        cust = services.create("customer", {"name": "华东某银行"})
        services.create("case", {"customer_id": cust["id"], "title": "OSS 403 AccessDenied",
                                 "category": "configuration_error", "severity": "low"})
    return tmp_path / "arch"


@pytest.fixture
def holder(archive_dir):
    """Another process holding the archive through the core lock API."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(archive_dir)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "HELD"
    yield child
    child.kill()
    child.wait()


@pytest.fixture
def desktop(qtbot):
    assert i18n.ensure_built() == []
    app = QApplication.instance()
    i18n.install(app, "en")
    desk = DesktopApp(app, AppSettings(language="en"), "tester")
    yield desk
    if desk.window is not None:
        desk.window.close()
    desk.close()


def _app_env(tmp_path, quit_after_ms: int) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KBDESK_QUIT_AFTER_MS": str(quit_after_ms),
            "KBDESK_CONFIG": str(tmp_path / "app-config")}


def _app(archive_dir, tmp_path, quit_after_ms: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kbdesk", "--archive", str(archive_dir), *extra],
                            env=_app_env(tmp_path, quit_after_ms), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _click_in_modal(object_name: str, clicked: list[str]) -> None:
    """Click a button of the modal dialog once it shows (driven, not skipped)."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        button = box.findChild(QPushButton, object_name) if box else None
        if button is None:
            QTimer.singleShot(50, attempt)
            return
        clicked.append(box.text())
        button.click()

    QTimer.singleShot(50, attempt)


def test_a_newer_schema_archive_does_not_hang_an_offscreen_run(archive_dir, tmp_path):
    db = sqlite3.connect(archive_dir / "kbdesk.sqlite")
    db.execute("INSERT INTO migrations(name, applied_at) VALUES ('9999_from_the_future', '2030-01-01')")
    db.commit()
    db.close()
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "kbdesk", "--archive", str(archive_dir)],
                         env=_app_env(tmp_path, 1500), capture_output=True, text=True, timeout=90)
    assert run.returncode == 1, run.stderr
    assert "newer kbdesk" in run.stderr
    assert time.monotonic() - start < 60


def test_the_in_use_question_honours_the_quit_timer_too(archive_dir, holder, tmp_path):
    second = _app(archive_dir, tmp_path, 1500)
    _out, err = second.communicate(timeout=90)
    assert second.returncode == 0, err
    assert "quit timer: closing the dialog" in err


def test_second_app_opens_read_only_with_a_marker_and_refuses_writes(desktop, archive_dir, holder):
    clicked: list[str] = []
    _click_in_modal("open_read_only", clicked)
    assert desktop.start(Located(archive_dir, "option")) is True
    assert clicked == ["This archive is already open in another kbdesk window."]
    window = desktop.window
    assert desktop.ctx.read_only and desktop.lock is None
    assert window.windowTitle().endswith("(read-only)")
    assert window.statusBar().findChild(type(window.index_label), "read_only_marker").text() == "Read-only"
    import_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Import…")
    assert not import_action.isEnabled()
    cases = window.show_section("cases")
    assert not cases.new_button.isEnabled()
    cases.table.selectRow(0)
    cases.form.editors["title"].setText("changed")
    assert not cases.save_button.isEnabled() and not cases.delete_button.isEnabled()
    assert not cases.article_button.isEnabled()
    assert not cases.timeline.note.isEnabled() and not cases.links.add.isEnabled()
    with pytest.raises(ReadOnlyArchiveError):
        desktop.ctx.services.update("case", cases.current["id"], {"title": "changed"})
    assert read_holder(archive_dir).pid == holder.pid  # the other window keeps the archive


def test_switch_asks_the_running_app_to_raise_its_window(desktop, archive_dir, tmp_path, qtbot):
    first = _app(archive_dir, tmp_path, 60000)
    try:
        qtbot.waitUntil(lambda: (h := read_holder(archive_dir)) is not None and h.pid == first.pid,
                        timeout=60000)
        time.sleep(0.5)  # its local server listens right after the lock is taken
        clicked: list[str] = []
        _click_in_modal("switch_window", clicked)
        assert desktop.start(Located(archive_dir, "option")) is False
        assert clicked and desktop.window is None and desktop.lock is None
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=60)
    assert "raising the window at the request of another kbdesk instance" in err


def test_a_real_second_app_with_read_only_runs_beside_the_first(archive_dir, holder, tmp_path):
    second = _app(archive_dir, tmp_path, 3000, "--read-only")
    _out, err = second.communicate(timeout=90)
    assert second.returncode == 0, err
    assert "opened read-only" in err


def test_a_lock_from_another_host_is_shown_and_can_be_taken_over(desktop, archive_dir):
    (archive_dir / LOCK_NAME).write_text(json.dumps(
        {"pid": 4242, "host": "laptop-of-wang", "started_at": "2026-03-01T08:00:00+00:00"}))
    clicked: list[str] = []
    _click_in_modal("take_over", clicked)
    assert desktop.start(Located(archive_dir, "option")) is True
    assert clicked == ["This archive was opened by kbdesk on another computer: laptop-of-wang."]
    assert not desktop.ctx.read_only
    assert read_holder(archive_dir).host == this_host() and read_holder(archive_dir).pid == os.getpid()
