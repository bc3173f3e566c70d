"""File → Connect to team archive…: connects off the UI thread to a real PostgreSQL."""

import pytest

from kbdesk.storage.archive import Archive
from kbdesk.ui.team_connect import TeamConnectDialog


@pytest.fixture
def team_url(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the desktop's cache folder goes here
    Archive.create_team(pg_url, cache_root=tmp_path / "admin-cache").close()
    return pg_url


def test_connecting_opens_the_team_archive(qtbot, team_url):
    dialog = TeamConnectDialog(url=team_url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_button.click()
    assert not dialog.connect_button.isEnabled()  # the UI thread went on while connecting
    qtbot.waitUntil(lambda: dialog.archive is not None, timeout=15000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.archive.is_team
    assert "@" in dialog.archive.label
    dialog.archive.close()


def test_an_unknown_database_is_explained_and_the_dialog_stays(qtbot, pg_server):
    dialog = TeamConnectDialog(url=pg_server.url("no_such_database"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.connect_button.click()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=15000)
    assert "Cannot open the team archive" in dialog.status.text()
    assert "no_such_database" in dialog.status.text()
    assert dialog.archive is None and dialog.isVisible()


def test_an_address_that_is_not_postgresql_is_refused_at_once(qtbot):
    dialog = TeamConnectDialog(url="/home/me/archive")
    qtbot.addWidget(dialog)
    dialog.connect_button.click()
    assert "postgresql://" in dialog.status.text()
    assert dialog.connect_button.isEnabled()
