"""Report charts: the bundled CJK font, translated words, PNG/SVG/PDF export (Qt-free)."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime

import pytest
from matplotlib import font_manager

from kbdesk.render.charts import cjk_font_family, font_families, report_figure, save_figure
from kbdesk.reports.catalog import REPORTS, build_report
from kbdesk.reports.labels import chinese, english, resolving

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def test_charts_draw_chinese_with_the_bundled_font():
    family = cjk_font_family()
    assert family, "resources/fonts/NotoSansSC-kbdesk-Regular.otf should be registered with matplotlib"
    found = font_manager.findfont(font_manager.FontProperties(family=font_families()), fallback_to_default=False)
    assert found.endswith("NotoSansSC-kbdesk-Regular.otf")


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_chart_renders_in_chinese_without_missing_glyphs(archive, small, tmp_path, name):
    table = build_report(archive, name, now=NOW)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)"
        fig = report_figure(table.chart, resolving(chinese, table))
        save_figure(fig, tmp_path / f"{name}.png")
    assert (tmp_path / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    words = [t.get_text() for ax in fig.axes for t in [*ax.get_xticklabels(), ax.title, ax.yaxis.label]]
    words += [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    assert any("\u4e00" <= ch <= "\u9fff" for w in words for ch in w), words


def test_axis_words_follow_the_labeler(archive, small):
    table = build_report(archive, "cases", by="category", now=NOW)
    zh = report_figure(table.chart, resolving(chinese, table)).axes[0]
    en = report_figure(table.chart, resolving(english, table)).axes[0]
    assert [t.get_text() for t in zh.get_legend().get_texts()][:2] == ["严重", "紧急"]
    assert [t.get_text() for t in en.get_legend().get_texts()][:2] == ["Critical", "Urgent"]
    assert zh.get_xticklabels()[0].get_text() == "操作系统问题"
    assert en.yaxis.label.get_text() == "Cases" and zh.yaxis.label.get_text() == "工单数"


def test_svg_and_pdf_export_and_a_clear_error_for_other_formats(archive, small, tmp_path):
    fig = report_figure(build_report(archive, "satisfaction", now=NOW).chart, chinese)
    assert save_figure(fig, tmp_path / "s.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert save_figure(fig, tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    with pytest.raises(ValueError, match="png, svg, pdf"):
        save_figure(fig, tmp_path / "s.gif")
