"""The match panel and the similar-cases tab show near-duplicates as one hit
with "N more like this", which expands to the grouped cases (each openable
and linkable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from kbdesk.services import Services
from kbdesk.storage.archive import Archive
from kbdesk.ui import i18n, labels
from kbdesk.ui.case_tabs import SimilarCasesTab
from kbdesk.ui.match_panel import MatchPanel

FIX = "定时任务在同一时刻并发启动 300 个线程各自新建连接，没有复用连接池；错峰调度到 {t} 之后依次启动。"
TITLES = ["RDS 实例 rm-2zeqgdl7dlhrkbw6k 连接数打满，应用大量 1040 报错",
          "RDS 实例 rm-uf6q14laqm394510r 连接数打满，应用大量 1040 报错",
          "RDS 实例 rm-wz9wf3tpi6otc57fu 连接数打满，应用大量 1040 报错"]


@pytest.fixture
def seeded(tmp_path):
    archive = Archive.create(tmp_path / "archive")
    s = Services(archive, "seed")
    customer = s.create("customer", {"name": "华信银行"})["id"]
    ids = []
    for title, t in zip(TITLES, ("09:13", "11:49", "14:02"), strict=True):
        ids.append(s.create("case", {"customer_id": customer, "title": title, "category": "operation_error",
                                     "severity": "high", "phenomenon": "ERROR 1040 (HY000): Too many connections",
                                     "root_cause": FIX.format(t=t)})["id"])
    ids.append(s.create("case", {"customer_id": customer, "title": "一网通办连接数据库失败：Too many connections",
                                 "category": "operation_error", "severity": "high",
                                 "phenomenon": "PHP 短连接堆积", "resolution": "开启 RDS 数据库代理收敛短连接。"})["id"])
    yield archive, ids
    archive.close()


def _grouped(view, ids):
    result = view.result
    leader = next(h for h in result.cases if h.record_id in ids[:3])
    return leader, [m for m in leader.similar]


@pytest.fixture
def language(request):
    assert i18n.ensure_built() == []
    app = QApplication.instance()
    i18n.install(app, request.param)
    labels.clear_cache()
    yield request.param
    i18n.install(app, "en")
    labels.clear_cache()


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_match_panel_shows_and_expands_more_like_this(qtbot, make_ctx, seeded, language):
    archive, ids = seeded
    ctx = make_ctx(archive, language=language, start=True)
    panel = MatchPanel(ctx)
    qtbot.addWidget(panel)
    panel.input.setPlainText("RDS 连接数打满\n应用报 ERROR 1040 (HY000): Too many connections")
    panel.run_match()
    qtbot.waitUntil(lambda: panel.results.result is not None, timeout=15000)
    leader, members = _grouped(panel.results, ids)
    assert len(members) == 2
    label = {"en": "2 more like this", "zh_CN": "另有 2 条相同答案"}[language]
    text = panel.results.toPlainText()
    assert label in text
    assert all(m.title not in text for m in members)  # folded until expanded

    panel.results.anchorClicked.emit(QUrl(f"kbdesk:expand/case/{leader.record_id}"))
    text = panel.results.toPlainText()
    assert all(m.title in text for m in members)
    assert all(f"kbdesk:open/case/{m.record_id}" in panel.results.toHtml() for m in members)
    with qtbot.waitSignal(panel.sig_open_record) as opened:
        panel.results.anchorClicked.emit(QUrl(f"kbdesk:open/case/{members[0].record_id}"))
    assert opened.args == ["case", members[0].record_id]

    panel.results.anchorClicked.emit(QUrl(f"kbdesk:expand/case/{leader.record_id}"))
    assert all(m.title not in panel.results.toPlainText() for m in members)  # folded again


def test_similar_cases_tab_groups_and_links_a_grouped_case(qtbot, make_ctx, seeded):
    archive, ids = seeded
    ctx = make_ctx(archive, start=True)
    tab = SimilarCasesTab(ctx)
    qtbot.addWidget(tab)
    tab.set_case(ids[3])
    qtbot.waitUntil(lambda: tab.view.result is not None, timeout=15000)
    leader, members = _grouped(tab.view, ids)
    assert len(members) == 2 and "2 more like this" in tab.view.toPlainText()
    tab.view.anchorClicked.emit(QUrl(f"kbdesk:expand/case/{leader.record_id}"))
    assert f"kbdesk:link/case/{members[1].record_id}" in tab.view.toHtml()
    tab.view.anchorClicked.emit(QUrl(f"kbdesk:link/case/{members[1].record_id}"))
    ctx.tasks.wait()
    qtbot.waitUntil(lambda: any(lk["target_id"] == members[1].record_id
                                for lk in ctx.services.links_of("case", ids[3])), timeout=10000)
    qtbot.waitUntil(lambda: (members[1].record_type, members[1].record_id) in tab.view.linked, timeout=10000)
    assert members[0].title in tab.view.toPlainText()  # still expanded after the link
