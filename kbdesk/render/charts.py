"""Charts with matplotlib, Qt-free: figures in the bundled CJK font, shared colours, export.

Matplotlib because one maintained library draws on screen (embedded in the
app through its Qt backend) and writes PNG, SVG and PDF from the same
figure. Figures are built with the object API (``Figure()``, never pyplot),
so a worker thread can build one and the GUI thread only shows it.

Other modules may reuse :func:`new_figure`, :func:`cjk_font_properties`,
:data:`PALETTE` and :func:`save_figure`; :func:`report_figure` draws a
report's :class:`~kbdesk.reports.table.ChartSpec`.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..paths import resource_root

log = logging.getLogger(__name__)

CJK_FONT_FILE = "NotoSansSC-kbdesk-Regular.otf"
EXPORT_FORMATS = ("png", "svg", "pdf")
# Colour-blind-safe qualitative palette (Okabe–Ito), then matplotlib's defaults.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
# Severities keep one colour everywhere: red for critical down to grey for low.
SEVERITY_COLOURS = {
    "critical": "#C62828",
    "urgent": "#EF6C00",
    "high": "#F9A825",
    "medium": "#1E88E5",
    "low": "#90A4AE",
}


@cache
def cjk_font_family() -> str | None:
    """Register the bundled CJK font with matplotlib once; its family name, or None if absent."""
    path = resource_root() / "resources" / "fonts" / CJK_FONT_FILE
    if not path.is_file():
        log.info("bundled CJK font %s not found: charts use matplotlib's default font", path)
        return None
    try:
        font_manager.fontManager.addfont(str(path))
        return font_manager.FontProperties(fname=str(path)).get_name()
    except (OSError, RuntimeError) as exc:  # a damaged font file: draw in the default font
        log.warning("bundled CJK font %s could not be loaded: %s", path, exc)
        return None


def font_families() -> list[str]:
    family = cjk_font_family()
    # The bundled font first (Chinese), DejaVu behind it for symbols it lacks.
    return [family, "DejaVu Sans"] if family else ["DejaVu Sans"]


def cjk_font_properties(size: float | None = None) -> font_manager.FontProperties:
    return font_manager.FontProperties(family=font_families(), size=size)


class _Figure(Figure):
    _kbdesk_dark = False  # made for the dark theme: read by style_axes


def new_figure(width: float = 8.0, height: float = 4.5, dpi: int = 100, dark: bool = False) -> Figure:
    """A figure whose text uses the bundled CJK font; ``dark`` for the dark theme."""
    fig = _Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    fig.set_facecolor("#2b2b2b" if dark else "white")
    fig._kbdesk_dark = dark
    return fig


def style_axes(ax: Any) -> None:
    fig = ax.figure
    dark = getattr(fig, "_kbdesk_dark", False)
    ink = "#e0e0e0" if dark else "#222222"
    ax.set_facecolor("#2b2b2b" if dark else "white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(ink)
    ax.tick_params(colors=ink, labelsize=9)
    ax.yaxis.grid(True, color=ink, alpha=0.15)
    ax.set_axisbelow(True)
    for text in (ax.title, ax.xaxis.label, ax.yaxis.label):
        text.set_color(ink)
    for label in ax.get_xticklabels() + ax.get_yticklabels():
        label.set_fontfamily(font_families())


def save_figure(fig: Figure, path: Path | str, fmt: str | None = None) -> Path:
    """Write ``fig`` as PNG, SVG or PDF (from the suffix unless ``fmt`` is given)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"a chart is saved as {', '.join(EXPORT_FORMATS)}, not {fmt or 'no format'!r}")
    # SVG: text as paths so Chinese shows without the font installed; PDF embeds the font.
    with _rc({"svg.fonttype": "path", "pdf.fonttype": 42 if _truetype() else 3}):
        fig.savefig(path, format=fmt, dpi=150 if fmt == "png" else None, facecolor=fig.get_facecolor())
    return path


def _truetype() -> bool:
    # The bundled font is OpenType/CFF: matplotlib embeds such fonts as Type 3 only.
    return False


def _rc(values: dict):
    import matplotlib

    return matplotlib.rc_context(values)


# --- report charts -------------------------------------------------------------


def report_figure(
    spec: Any, label: Any, width: float = 8.0, height: float | None = None, dark: bool = False
) -> Figure:
    """Draw a :class:`ChartSpec`; ``label(namespace, key)`` gives every visible word."""
    panels = spec.panels
    fig = new_figure(width, height or (3.6 * len(panels) + 0.6), dark=dark)
    axes: Any = fig.subplots(len(panels), 1, squeeze=False)[:, 0] if panels else []
    for ax, panel in zip(axes, panels, strict=False):
        _draw_panel(ax, panel, label)
    if spec.title:
        fig.suptitle(label("report", spec.title), fontproperties=cjk_font_properties(12))
    return fig


def _category_names(panel: Any, label: Any) -> list[str]:
    if panel.category_table:
        return [label(panel.category_table, c) for c in panel.categories]
    return [str(c) for c in panel.categories]


def _series_name(series: Any, label: Any) -> str:
    return label(series.code_table, series.key) if series.code_table else label("report", series.key)


def _colour(series: Any, i: int) -> str:
    if series.code_table == "severity":
        return SEVERITY_COLOURS.get(series.key, PALETTE[i % len(PALETTE)])
    return PALETTE[i % len(PALETTE)]


def _draw_panel(ax: Any, panel: Any, label: Any) -> None:
    names = _category_names(panel, label)
    n, k = len(names), max(len(panel.series), 1)
    xs = list(range(n))
    font = cjk_font_properties(9)
    if not n:
        ax.text(
            0.5,
            0.5,
            label("report", "no_data"),
            ha="center",
            va="center",
            transform=ax.transAxes,
            fontproperties=cjk_font_properties(11),
        )
        ax.set_xticks([])
    elif panel.kind == "line":
        for i, s in enumerate(panel.series):
            ax.plot(
                xs,
                [v if v is not None else float("nan") for v in s.values],
                marker="o",
                color=_colour(s, i),
                label=_series_name(s, label),
            )
    elif panel.kind == "stacked":
        base = [0.0] * n
        for i, s in enumerate(panel.series):
            vals = [v or 0.0 for v in s.values]
            ax.bar(xs, vals, 0.7, bottom=base, color=_colour(s, i), label=_series_name(s, label))
            base = [b + v for b, v in zip(base, vals, strict=True)]
    else:  # bar, histogram: grouped bars
        width = 0.8 / k
        for i, s in enumerate(panel.series):
            offs = [x - 0.4 + width * (i + 0.5) for x in xs]
            ax.bar(
                offs,
                [v or 0.0 for v in s.values],
                width * 0.95,
                color=_colour(s, i),
                label=_series_name(s, label),
            )
    if n:
        ax.set_xticks(xs)
        long = max(len(t) for t in names) * n > 60
        ax.set_xticklabels(
            names, rotation=30 if long else 0, ha="right" if long else "center", fontproperties=font
        )
    if panel.y_max is not None:
        ax.set_ylim(0, panel.y_max * 1.05)
    if panel.y_max is None:  # counts: whole numbers on the axis
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(label("report", panel.title) if panel.title else "", fontproperties=cjk_font_properties(11))
    ax.set_xlabel(label("report", panel.x_label) if panel.x_label else "", fontproperties=font)
    ax.set_ylabel(label("report", panel.y_label) if panel.y_label else "", fontproperties=font)
    if panel.series and n:
        # Beside the plot, so it never hides a bar.
        ax.legend(prop=cjk_font_properties(8), frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    style_axes(ax)
