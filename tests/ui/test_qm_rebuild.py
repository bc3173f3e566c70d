"""A stale .qm is rebuilt beside the old one and renamed into place.

A running kbdesk has its .qm mapped into memory; rewriting that file in
place would kill it with SIGBUS (seen when a second kbdesk rebuilt it).
"""

import os
import shutil
import time

import pytest

from kbdesk.ui import i18n


def test_a_stale_qm_is_replaced_not_rewritten(tmp_path, monkeypatch):
    if not i18n.is_source_checkout():
        pytest.skip("only a source checkout builds .qm files")
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(i18n.translations_dir() / "kbdesk_zh_CN.ts", folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.ensure_built() == []
    qm = folder / "kbdesk_zh_CN.qm"
    first = qm.stat().st_ino
    later = time.time() + 5
    os.utime(folder / "kbdesk_zh_CN.ts", (later, later))

    assert i18n.ensure_built() == []
    assert qm.stat().st_ino != first  # a new file, so old mappings stay valid
    assert sorted(p.name for p in folder.iterdir()) == ["kbdesk_zh_CN.qm", "kbdesk_zh_CN.ts"]
