"""Drills of one runbook side by side: per-step actual minutes, failures and skips,
planned against actual total duration.

:func:`drill_comparison` gives the numbers (tests check them on a small
archive); :func:`comparison_figure` draws them with matplotlib's object API
(no pyplot, no Qt), so the UI embeds the same figure the CLI could save.

A step's actual minutes are its end minus its start. A drill step result
carries ``status`` (done / failed / skipped) when the archive records it,
otherwise ``ok`` says done or failed. A result finds its step by step id,
else by position. The planned total of a drill adds the minutes planned for
each step at the time when recorded (``planned_minutes``), else the step's
current estimate; the actual total adds the minutes of the steps that have
both times (a skipped step counts 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..paths import resource_root
from ..services.report_queries import StepResultRecord, drill_history

FONT_FILE = "NotoSansSC-kbdesk-Regular.otf"
NOT_RUN = "not_run"
STATUS_COLOURS = {"failed": "#d62728", "skipped": "#7f7f7f"}


@dataclass(frozen=True)
class StepRow:
    position: int
    action: str
    planned_minutes: int  # the step's current estimate


@dataclass(frozen=True)
class StepCell:
    status: str  # done | failed | skipped | not_run
    minutes: float | None  # None: no start or no end recorded


@dataclass(frozen=True)
class DrillColumn:
    drill_id: str
    date: date
    kind: str
    outcome: str
    planned_total: int
    actual_total: float | None  # None: no step has both times
    cells: tuple[StepCell, ...]  # one per row of :attr:`DrillComparison.steps`

    @property
    def failed(self) -> int:
        return sum(c.status == "failed" for c in self.cells)

    @property
    def skipped(self) -> int:
        return sum(c.status == "skipped" for c in self.cells)


@dataclass(frozen=True)
class DrillComparison:
    runbook_id: str
    title: str
    steps: tuple[StepRow, ...]
    drills: tuple[DrillColumn, ...]  # oldest first


def drill_comparison(source: Any, runbook_id: str) -> DrillComparison:
    history = drill_history(source, runbook_id)
    steps = history.steps
    rows = [StepRow(st.position, st.action, st.estimated_minutes) for st in steps]
    row_of_step = {st.id: i for i, st in enumerate(steps)}
    row_of_position = {st.position: i for i, st in enumerate(steps)}
    columns = []
    for d in history.drills:
        cells: list[StepCell] = [StepCell(NOT_RUN, None)] * len(rows)
        planned = [row.planned_minutes for row in rows]
        for r in history.results[d.id]:
            i = row_of_step.get(r.step_id) if r.step_id else None
            if i is None:
                i = row_of_position.get(r.position)
            if i is None:  # the step was removed since: keep it as a row of its own
                rows.append(StepRow(r.position, r.action or "", 0))
                cells.append(StepCell(NOT_RUN, None))
                planned.append(0)
                i = len(rows) - 1
            cells[i] = _cell(r)
            if r.planned_minutes is not None:
                planned[i] = r.planned_minutes
        columns.append((d, cells, planned))
    out = []
    for d, cells, planned in columns:
        cells += [StepCell(NOT_RUN, None)] * (len(rows) - len(cells))
        timed = [c.minutes for c in cells if c.minutes is not None]
        out.append(DrillColumn(
            drill_id=d.id, date=d.date, kind=d.kind, outcome=d.outcome,
            planned_total=sum(planned), actual_total=round(sum(timed), 1) if timed else None,
            cells=tuple(cells),
        ))
    return DrillComparison(runbook_id, history.title, tuple(rows), tuple(out))


def _cell(r: StepResultRecord) -> StepCell:
    status = r.status or ("done" if r.ok else "failed")
    if status == "skipped":
        return StepCell(status, 0.0 if r.started_at and r.ended_at else None)
    return StepCell(status, _minutes(r.started_at, r.ended_at))


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None or end < start:
        return None
    return round((end - start).total_seconds() / 60, 1)


# --- the figure ------------------------------------------------------------------

DEFAULT_TEXTS = {
    "steps_title": "Actual minutes per step", "totals_title": "Total duration per drill",
    "minutes": "minutes", "planned": "planned", "actual": "actual", "failed": "failed",
    "skipped": "skipped", "no_drills": "No drill of this runbook has been recorded yet.",
    "step": "Step %1", "real": "real", "within_plan": "within plan", "over_plan": "over plan",
    "with_failures": "with failures",
}


def chart_font_path() -> Path | None:
    """The bundled CJK font, or None when the file is absent (matplotlib's default font then)."""
    path = resource_root() / "resources" / "fonts" / FONT_FILE
    return path if path.is_file() else None


def _font():
    from matplotlib import font_manager

    path = chart_font_path()
    if path is None:
        return font_manager.FontProperties()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path))


def comparison_figure(cmp: DrillComparison, texts: dict[str, str] | None = None, dpi: int = 100):
    """A matplotlib Figure: per-step minutes over the drills (top), totals (bottom)."""
    from matplotlib.figure import Figure

    t = {**DEFAULT_TEXTS, **(texts or {})}
    font = _font()
    fig = Figure(figsize=(9.5, 7.5), dpi=dpi, layout="constrained")
    if not cmp.drills:
        ax = fig.add_subplot()
        ax.axis("off")
        ax.text(0.5, 0.5, t["no_drills"], ha="center", va="center", fontproperties=font, fontsize=12)
        return fig
    top, bottom = fig.subplots(2, 1, height_ratios=(3, 2))
    labels = [_drill_label(d, t) for d in cmp.drills]
    xs = list(range(len(cmp.drills)))
    _step_lines(top, cmp, xs, t, font)
    _totals(bottom, cmp, xs, t, font)
    for ax in (top, bottom):
        ax.set_xticks(xs, labels, fontproperties=font)
        ax.grid(axis="y", alpha=0.3)
        ax.set_ylabel(t["minutes"], fontproperties=font)
    top.set_title(t["steps_title"], fontproperties=font, loc="left")
    bottom.set_title(t["totals_title"], fontproperties=font, loc="left")
    return fig


def _drill_label(d: DrillColumn, t: dict[str, str]) -> str:
    return d.date.isoformat() + (f"\n({t['real']})" if d.kind == "real" else "")


def _step_lines(ax, cmp: DrillComparison, xs: list[int], t: dict[str, str], font) -> None:
    from matplotlib import colormaps

    colours = colormaps["tab10"]
    for i, row in enumerate(cmp.steps):
        ys = [d.cells[i].minutes for d in cmp.drills]
        if all(y is None for y in ys) and not any(d.cells[i].status in STATUS_COLOURS for d in cmp.drills):
            continue
        name = f"{t['step'].replace('%1', str(row.position))} {_clip(row.action, 18)}"
        ax.plot(xs, [float("nan") if y is None else y for y in ys], marker="o", markersize=4,
                color=colours(i % 10), label=name, linewidth=1.5)
    # Failures and skips on top of the lines; a skipped step sits at 0 minutes.
    failed = [(x, d.cells[i].minutes or 0) for x, d in zip(xs, cmp.drills, strict=True)
              for i in range(len(cmp.steps)) if d.cells[i].status == "failed"]
    skipped = [(x, 0) for x, d in zip(xs, cmp.drills, strict=True)
               for i in range(len(cmp.steps)) if d.cells[i].status == "skipped"]
    if failed:
        ax.scatter(*zip(*failed, strict=True), marker="X", s=110, color=STATUS_COLOURS["failed"], zorder=5,
                   label=t["failed"])
    if skipped:
        ax.scatter(*zip(*skipped, strict=True), marker="s", s=70, facecolors="none", linewidths=1.8,
                   edgecolors=STATUS_COLOURS["skipped"], zorder=5, label=t["skipped"])
    # A little below 0, so a skipped step's marker is not hidden by the axis.
    ax.set_ylim(bottom=-0.04 * max(ax.get_ylim()[1], 1))
    ax.legend(prop=_small(font), loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=3, frameon=False)
    if len(xs) == 1:
        ax.set_xlim(-0.5, 0.5)


def _totals(ax, cmp: DrillComparison, xs: list[int], t: dict[str, str], font) -> None:
    actual = [d.actual_total or 0 for d in cmp.drills]
    planned = [d.planned_total for d in cmp.drills]
    colours = ["#d62728" if d.failed else ("#ff7f0e" if (d.actual_total or 0) > d.planned_total else "#2ca02c")
               for d in cmp.drills]
    from matplotlib.patches import Patch

    bars = ax.bar(xs, actual, width=0.5, color=colours, alpha=0.8)
    (line,) = ax.plot(xs, planned, color="#444444", linestyle="--", marker="_", markersize=18,
                      label=t["planned"])
    handles = [line] + [Patch(color=c, alpha=0.8, label=f"{t['actual']}: {t[key]}")
                        for c, key in (("#2ca02c", "within_plan"), ("#ff7f0e", "over_plan"),
                                       ("#d62728", "with_failures"))]
    for bar, d in zip(bars, cmp.drills, strict=True):
        if d.actual_total is not None:
            ax.annotate(f"{d.actual_total:g} / {d.planned_total}",
                        (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontsize=8, xytext=(0, 2), textcoords="offset points")
    ax.set_ylim(bottom=0, top=max([*actual, *planned, 1]) * 1.2)
    ax.legend(handles=handles, prop=_small(font), loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=4,
              frameon=False)


def _small(font):
    small = font.copy()
    small.set_size(8)
    return small


def _clip(text: str, width: int) -> str:
    first = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return first if len(first) <= width else first[: width - 1] + "…"


def save_comparison_png(cmp: DrillComparison, path: Path, texts: dict[str, str] | None = None) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = comparison_figure(cmp, texts)
    FigureCanvasAgg(fig).print_png(str(path))
