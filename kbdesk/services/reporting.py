"""Reports for the front ends: building them, their tables and labels, charts, and
writing them to files (:mod:`kbdesk.reports`, :mod:`kbdesk.render.charts`)."""

from __future__ import annotations

from ..render.charts import report_figure, save_figure
from ..reports.catalog import REPORTS, build_report
from ..reports.drill_compare import DrillComparison, comparison_figure, drill_comparison
from ..reports.drill_report import build_drill_report
from ..reports.export import headers, heading, write_report
from ..reports.fault_report import FaultReport, build_fault_report, write_fault_report
from ..reports.labels import labeler_for, resolving
from ..reports.sla import TOTAL, Distribution, Ratio, SlaRow, sla_stats
from ..reports.table import ReportFilters, ReportTable, cell_text
from ..reports.training_plan import SessionFeedback, TrainingPlan, session_feedback, training_plan

__all__ = [
    "REPORTS",
    "TOTAL",
    "Distribution",
    "DrillComparison",
    "FaultReport",
    "Ratio",
    "ReportFilters",
    "ReportTable",
    "SessionFeedback",
    "SlaRow",
    "TrainingPlan",
    "build_drill_report",
    "build_fault_report",
    "build_report",
    "cell_text",
    "comparison_figure",
    "drill_comparison",
    "headers",
    "heading",
    "labeler_for",
    "report_figure",
    "resolving",
    "save_figure",
    "session_feedback",
    "sla_stats",
    "training_plan",
    "write_fault_report",
    "write_report",
]
