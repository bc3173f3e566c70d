"""`kbdesk report NAME` in every format, on the hand-computed archive."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from kbdesk.cli.main import main
from kbdesk.reports.catalog import REPORTS

FORMATS = ("table", "csv", "xlsx", "md")
# One figure per report, checked in every format: (row label, column header, value).
EXPECTED = {
    "sla": ("Critical", "Cases", 2),
    "times": ("Critical", "p50 (min)", 5),
    "cases": ("OS problem", "Cases", 3),
    "complaints": ("2026-03", "Received", 1),
    "satisfaction": ("2026-Q2", "Technical level", 5),
    "training": ("甲银行", "Held", 1),
    "drills": ("R1 数据库恢复", "Done", 2),
}
PERIOD = ["--from", "2026-01-01", "--to", "2026-12-31"]


@pytest.mark.parametrize("name", list(REPORTS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_in_every_format(archive, small, tmp_path, capsys, name, fmt):
    out = tmp_path / f"{name}.{fmt}"
    assert main(["--archive", str(archive.root), "report", name, *PERIOD, "--format", fmt, "--out", str(out)]) == 0
    first, header, value = EXPECTED[name]
    if fmt == "xlsx":
        ws = load_workbook(out).active
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        head = rows[1]
        found = next(r for r in rows[2:] if first in (r[0], r[1]))
        assert found[head.index(header)] == value
    elif fmt == "csv":
        text = out.read_text("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        found = next(r for r in rows[1:] if first in (r[0], r[1]))
        assert float(found[rows[0].index(header)]) == value
    else:
        text = out.read_text("utf-8")
        line = next(ln for ln in text.splitlines() if first in ln and ("|" in ln or fmt == "table"))
        assert line
        if fmt == "md":
            assert text.startswith("# ") and "|---" in text
            cells = [c.strip() for c in line.strip("|").split("|")]
            heads = [c.strip() for c in next(ln for ln in text.splitlines() if ln.startswith("| ")).strip("|")
                     .split("|")]
            shown = cells[heads.index(header)]
            assert shown.rstrip("m") == str(value) or float(shown) == value


def test_table_to_stdout_with_customer_by_name_and_chart(archive, small, tmp_path, capsys):
    chart = tmp_path / "cases.svg"
    code = main(["--archive", str(archive.root), "report", "cases", "--customer", "乙公司", "--chart", str(chart)])
    assert code == 0
    out = capsys.readouterr().out
    assert "Cases by category" in out and "Customer: 乙公司" in out
    assert "OS problem" in out and "Configuration error" in out
    assert chart.read_text("utf-8").lstrip().startswith("<?xml")


def test_unknown_customer_and_xlsx_without_out_are_clear_errors(archive, small, capsys):
    assert main(["--archive", str(archive.root), "report", "sla", "--customer", "无此客户"]) == 1
    assert "No customer called '无此客户'" in capsys.readouterr().err
    assert main(["--archive", str(archive.root), "report", "sla", "--format", "xlsx"]) == 1
    assert "--out" in capsys.readouterr().err
    assert main(["--archive", str(archive.root), "report", "times", "--by", "month"]) == 1
    assert "has no grouping" in capsys.readouterr().err
