"""Regenerate the screenshots in this folder, in Chinese and in English.

    python docs/screenshots/regenerate.py

Renders offscreen on a fresh copy of the demo archive, with the CJK font
kbdesk bundles (as the app does), so no system font is needed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kbdesk.locate import create_demo  # noqa: E402
from kbdesk.settings import AppSettings  # noqa: E402
from kbdesk.ui import fonts, i18n, labels, theme  # noqa: E402
from kbdesk.ui.context import AppContext  # noqa: E402
from kbdesk.ui.main_window import MainWindow  # noqa: E402

FAULT = {
    "zh_CN": "订单服务高峰期大量报错 ERROR 1040 (HY000): Too many connections，应用连接 RDS MySQL 失败，"
             "用户下单超时",
    "en": "Checkout API fails at peak: ERROR 1040 (HY000): Too many connections when the app "
          "connects to RDS MySQL",
}


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(6):
        ctx.tasks.wait()
        app.processEvents()


def open_window(app: QApplication, archive, lang: str, out: Path) -> tuple[AppContext, MainWindow]:
    """The main window over ``archive`` in ``lang``, shown and settled (also used by match_queries.py)."""
    i18n.install(app, lang)
    labels.clear_cache()
    ctx = AppContext(archive, AppSettings(language=lang), out / ".settings.json", "demo")
    ctx.start()
    win = MainWindow(ctx)
    win.resize(1440, 880)
    win.show()
    settle(app, ctx)
    return ctx, win


def shoot(app: QApplication, archive, lang: str, out: Path) -> list[Path]:
    ctx, win = open_window(app, archive, lang, out)
    saved = []

    def grab(widget, name: str) -> None:
        path = out / f"{name}_{lang}.png"
        widget.grab().save(str(path))
        saved.append(path)

    panel = win.show_section("match")
    panel.input.setPlainText(FAULT[lang])
    panel.run_match()
    settle(app, ctx)
    grab(win, "match")

    cases = win.show_section("cases")
    cases.table.selectRow(2)
    cases.tabs.setCurrentWidget(cases.similar)
    settle(app, ctx)
    grab(win, "case_similar")
    cases.tabs.setCurrentIndex(0)
    settle(app, ctx)
    grab(win, "case_details")

    kb = win.show_section("kb")
    kb.table.selectRow(0)
    kb.tabs.setCurrentIndex(1)  # the body: editor beside the rendered preview
    settle(app, ctx)
    grab(win, "knowledge")

    for key in ("attention", "sla", "runbooks", "training"):
        if key in win._factories:
            section = win.show_section(key)
            settle(app, ctx)
            shown = section.tabs.currentWidget() if hasattr(section, "sections") else section
            if hasattr(shown, "table") and shown.table.model().rowCount():
                shown.table.selectRow(1)
                if getattr(shown, "child_tables", None):
                    shown.tabs.setCurrentWidget(shown.child_tables[0])
            settle(app, ctx)
            grab(win, key)

    shoot_dossier_and_reports(app, ctx, win, grab)

    win.open_search()
    dialog = win._search_dialog
    dialog.resize(980, 640)
    dialog.query.setText("ORA-12170" if lang == "en" else "连接超时")
    dialog.run_search()
    settle(app, ctx)
    grab(dialog, "search")
    dialog.close()
    win.close()
    ctx.search.close()
    return saved


def shoot_dossier_and_reports(app: QApplication, ctx: AppContext, win: MainWindow, grab) -> None:
    customers = win.show_section("customers")
    section = customers.sections["customer"]
    section.select_record("cust-hxbank")
    section.show_dossier()
    settle(app, ctx)
    grab(win, "dossier")
    reports = win.show_section("reports")
    reports.report_list.setCurrentRow(1)  # response and recovery times: two histograms
    settle(app, ctx)
    grab(win, "reports")


def shoot_drill(app: QApplication, archive, lang: str, out: Path) -> list[Path]:
    """The execution screen part-way through a run, and the drill record it leaves."""
    from datetime import timedelta

    from kbdesk.services.drill_runs import DrillRuns
    from kbdesk.storage.types import utcnow

    i18n.install(app, lang)
    labels.clear_cache()
    ctx = AppContext(archive, AppSettings(language=lang), out / ".settings.json", "demo")
    win = MainWindow(ctx)
    win.resize(1440, 880)
    win.show()
    settle(app, ctx)
    services = ctx.services
    runbook = max(services.list("runbook"), key=lambda r: services.count("runbook_step", {"runbook_id": r["id"]}))
    steps = services.list("runbook_step", where={"runbook_id": runbook["id"]}, order_by="position")
    runs = DrillRuns(services)
    now = utcnow()
    names = ["王敏", "李强", "张伟"] if lang == "zh_CN" else ["Wang Min", "Li Qiang", "Zhang Wei"]
    drill_id = runs.start(runbook["id"], "drill", names, at=now - timedelta(minutes=14)).drill["id"]
    runs.mark(drill_id, steps[0]["id"], "done", at=now - timedelta(minutes=9))
    note = "备份文件在另一地域，改用跨地域恢复" if lang == "zh_CN" else "backup in another region: restored cross-region"
    runs.mark(drill_id, steps[1]["id"], "failed", note, at=now - timedelta(minutes=2))
    saved = []
    window = win.runs.open_run(runs.state(drill_id))
    window.resize(1280, 800)
    settle(app, ctx)
    path = out / f"drill_run_{lang}.png"
    window.grab().save(str(path))
    saved.append(path)
    window.close()
    services.delete("drill", drill_id)
    # The record of a whole run, an hour and a half ago: each step near its estimate.
    at = now - timedelta(minutes=sum(s["estimated_minutes"] for s in steps) + 30)
    drill_id = runs.start(runbook["id"], "drill", names, at=at).drill["id"]
    for i, step in enumerate(steps):
        at += timedelta(minutes=step["estimated_minutes"] * (0.8, 1.3, 1.0)[i % 3])
        runs.mark(drill_id, step["id"], "failed" if i == 1 else "skipped" if i == 6 else "done",
                  note if i == 1 else "", at=at)
    runs.add_deviation(drill_id, "DBA 晚到 10 分钟" if lang == "zh_CN" else "DBA joined 10 min late", at=at)
    runs.finish(drill_id, at=at + timedelta(minutes=2))
    services.update("drill", drill_id, {"findings": "恢复实例规格过小，克隆耗时超出预期。" if lang == "zh_CN"
                                        else "The restore instance was too small; cloning took longer."})
    win.open_record("drill", drill_id)
    settle(app, ctx)
    path = out / f"drill_record_{lang}.png"
    win.grab().save(str(path))
    saved.append(path)
    win.close()
    services.delete("drill", drill_id)  # the demo archive stays as it was for the next language
    return saved


def main() -> None:
    app = QApplication([])
    theme.apply(app, "light")
    fonts.install_ui_fallback(app)  # the bundled Noto Sans SC, as the app does
    problems = i18n.ensure_built()
    if problems:
        raise SystemExit("\n".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KBDESK_CONFIG"] = str(Path(tmp) / "config")
        archive = create_demo(Path(tmp) / "demo")
        only_drill = sys.argv[1:] == ["drill"]  # regenerate.py drill: only the drill screens
        for lang in ("zh_CN", "en"):
            for path in [] if only_drill else shoot(app, archive, lang, HERE):
                print(path.relative_to(HERE.parent.parent))
            for path in shoot_drill(app, archive, lang, HERE):
                print(path.relative_to(HERE.parent.parent))
        archive.close()


if __name__ == "__main__":
    main()
