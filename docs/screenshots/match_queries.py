"""The match panel (Ctrl+M) and the search dialog (Ctrl+K) with three kinds of
query people type, in Chinese and in English (issue 11's done-criterion):

* ``cn``: Chinese only, unspaced (主从延迟);
* ``mixed``: Chinese mixed with a product name and an error number (RDS连接数打满1040);
* ``trace``: a pasted English Java stack trace.

    python docs/screenshots/match_queries.py [OUT_DIR]

Writes ``match_<query>_<lang>.png`` and ``search_<query>_<lang>.png`` (and
``match_grouped_<lang>.png``: a hit's "N more like this" opened) on a fresh
copy of the demo archive, offscreen.
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
from kbdesk.ui import fonts, i18n, theme  # noqa: E402

sys.path.insert(0, str(HERE))
from regenerate import open_window, settle  # noqa: E402

TRACE = """Order service throws OutOfMemoryError after the nightly batch
Exception in thread "http-nio-8080-exec-12" java.lang.OutOfMemoryError: Java heap space
    at java.util.Arrays.copyOf(Arrays.java:3332)
    at java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)
    at java.lang.StringBuilder.append(StringBuilder.java:136)
    at com.example.order.ExportService.buildReport(ExportService.java:218)
    at com.example.order.ExportController.export(ExportController.java:57)
Caused by: java.lang.OutOfMemoryError: GC overhead limit exceeded"""

QUERIES = {"cn": "主从延迟", "mixed": "RDS连接数打满1040", "trace": TRACE}
SEARCHES = {"cn": "主从延迟", "mixed": "RDS连接数打满1040", "trace": TRACE.split("\n", 2)[1]}


def shoot(app: QApplication, archive, lang: str, out: Path) -> list[Path]:
    ctx, win = open_window(app, archive, lang, out)
    saved = []

    def grab(widget, name: str) -> None:
        path = out / f"{name}_{lang}.png"
        widget.grab().save(str(path))
        saved.append(path)

    panel = win.show_section("match")
    for name, text in QUERIES.items():
        panel.input.setPlainText(text)
        panel.run_match()
        settle(app, ctx)
        grab(win, f"match_{name}")
    panel.input.setPlainText(QUERIES["mixed"])
    panel.run_match()
    settle(app, ctx)
    grouped = next((h for h in panel.results.result.cases if h.similar), None)
    if grouped is not None:
        panel.results.toggle_group(grouped.record_type, grouped.record_id)
        app.processEvents()
        grab(win, "match_grouped")

    win.open_search()
    dialog = win._search_dialog
    dialog.resize(980, 640)
    for name, text in SEARCHES.items():
        dialog.query.clear()
        QApplication.clipboard().setText(text)
        dialog.query.paste()  # as a user pastes it
        dialog.run_search()
        settle(app, ctx)
        grab(dialog, f"search_{name}")
    dialog.close()
    win.close()
    ctx.search.close()
    return saved


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")
    fonts.install_ui_fallback(app)  # the bundled Noto Sans SC, as the app does
    problems = i18n.ensure_built()
    if problems:
        raise SystemExit("\n".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KBDESK_CONFIG"] = str(Path(tmp) / "config")
        archive = create_demo(Path(tmp) / "demo")
        for lang in ("zh_CN", "en"):
            for path in shoot(app, archive, lang, out):
                print(path)
        archive.close()
    (out / ".settings.json").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
