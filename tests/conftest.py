import os

import pytest

# Qt must never look for a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path, monkeypatch):
    """No test reads or writes the user's real settings or archive."""
    monkeypatch.delenv("KBDESK_HOME", raising=False)
    monkeypatch.setenv("KBDESK_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def archive(tmp_path):
    from kbdesk.storage.archive import Archive

    a = Archive.create(tmp_path / "archive")
    yield a
    a.close()


@pytest.fixture
def services(archive):
    from kbdesk.services import Services

    return Services(archive, actor="tester")

# A field without a label fails the test instead of showing its English name (kbdesk/ui/labels.py).
os.environ.setdefault("KBDESK_STRICT_LABELS", "1")
