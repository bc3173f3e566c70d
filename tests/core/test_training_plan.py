"""The yearly training plan and the training-progress report on a small, hand-counted archive."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from kbdesk.cli.main import main
from kbdesk.reports.training_plan import expected_share, progress_csv, progress_markdown, training_plan
from kbdesk.services import Services
from kbdesk.storage.archive import Archive


def _fill(services: Services) -> dict[str, str]:
    bank = services.create("customer", {"name": "华东某银行"})["id"]
    insurer = services.create("customer", {"name": "Acme Insurance"})["id"]
    services.create("customer", {"name": "零培训客户"})
    course = services.create("course", {"title": "云数据库运维"})["id"]

    def session(customer, planned, status="planned", held=None, onsite=True):
        return services.create("training_session", {
            "course_id": course, "customer_id": customer, "planned_date": planned, "status": status,
            "held_date": held, "onsite": onsite})["id"]

    # The bank: 5 on-site planned in 2026 (Feb, Mar, Mar, Jun, Sep), 3 held by July
    # (Feb; the Mar one held in Apr; Jun) — expected by 2026-07-01 is int(5 * 181/365) = 2.
    s1 = session(bank, date(2026, 2, 10), "held", date(2026, 2, 10))
    s2 = session(bank, date(2026, 3, 5), "held", date(2026, 4, 2))
    session(bank, date(2026, 3, 20))
    session(bank, date(2026, 6, 1), "held")  # no held date: counts on the planned date
    session(bank, date(2026, 9, 1))
    session(bank, date(2026, 5, 1), "held", date(2026, 5, 1), onsite=False)  # remote: not the quota
    session(bank, date(2025, 12, 1), "held", date(2025, 12, 1))  # last year
    # The insurer: 2 planned on-site, 1 held, 1 cancelled → behind (1 < 2), too few planned.
    s3 = session(insurer, date(2026, 1, 15), "held", date(2026, 1, 16))
    session(insurer, date(2026, 8, 1))
    session(insurer, date(2026, 4, 1), "cancelled")
    for sid, name, attended, score in [(s1, "甲", True, 5), (s1, "乙", True, 4), (s1, "丙", False, None),
                                       (s2, "丁", True, 3), (s3, "Tom", True, 2)]:
        services.create("attendance", {"session_id": sid, "name": name, "attended": attended, "score": score})
    return {"bank": bank, "insurer": insurer}


@pytest.fixture
def services(tmp_path):
    with Archive.create(tmp_path / "arch") as archive:
        services = Services(archive, "trainer")
        _fill(services)
        yield services


def test_expected_share_is_pro_rata_and_whole_for_a_past_year():
    assert expected_share(5, 2026, date(2026, 1, 1)) == 0
    assert expected_share(5, 2026, date(2026, 7, 1)) == 2  # 181 of 365 days
    assert expected_share(5, 2026, date(2026, 12, 31)) == 4
    assert expected_share(5, 2025, date(2026, 7, 1)) == 5
    assert expected_share(5, 2027, date(2026, 7, 1)) == 0


def test_plan_by_month_counts_as_the_quota_rule(services):
    plan = training_plan(services, 2026, 5, date(2026, 7, 1))
    rows = {r.customer: r for r in plan.rows}
    bank, insurer, none = rows["华东某银行"], rows["Acme Insurance"], rows["零培训客户"]
    assert bank.planned_by_month == [0, 1, 2, 0, 0, 1, 0, 0, 1, 0, 0, 0]
    assert bank.held_by_month == [0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert (bank.planned, bank.held, bank.expected_by_now, bank.behind, bank.under_planned) == (5, 3, 2, False, False)
    assert (insurer.planned, insurer.held, insurer.behind, insurer.under_planned) == (2, 1, True, True)
    assert insurer.planned_by_month[3] == 0  # the cancelled April session
    assert (none.planned, none.held, none.behind) == (0, 0, True)
    # Behind first, then by name.
    assert [r.customer for r in plan.rows] == ["Acme Insurance", "零培训客户", "华东某银行"]
    # Attendance and feedback of held sessions: the bank 3 present (丙 absent), scores 5, 4, 3.
    assert (bank.attendees, bank.average_score) == (3, 4.0)
    assert (insurer.attendees, insurer.average_score) == (1, 2.0)
    assert none.average_score is None
    planned, held = plan.totals()
    assert sum(planned) == 7 and sum(held) == 4


def test_progress_report_as_csv_and_markdown(services):
    plan = training_plan(services, 2026, 5, date(2026, 7, 1), customer="华东某银行")
    [header, row] = list(csv.reader(io.StringIO(progress_csv(plan))))
    assert header[:4] == ["customer", "planned", "held", "quota"]
    assert row == ["华东某银行", "5", "3", "5", "2", "3", "4.0", "on track"]
    md = progress_markdown(plan)
    assert "| 华东某银行 | 5 | 3 | 5 | 2 | 3 | 4.0 | on track |" in md


def test_cli_training_progress(tmp_path, capsys):
    root = tmp_path / "cli"
    with Archive.create(root) as archive:
        _fill(Services(archive, "t"))
    assert main(["--archive", str(root), "training-progress", "--year", "2025", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    bank = next(r for r in rows if r[0] == "华东某银行")
    assert bank[1:5] == ["1", "1", "5", "5"] and "behind plan" in bank[7]
    assert main(["--archive", str(root), "training-progress", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "on-site quota 5 a year" in out and "Acme Insurance" in out and "behind plan" in out
    assert main(["--archive", str(root), "training-progress", "--customer", "Nobody"]) == 1
    assert "no customer is named 'Nobody'" in capsys.readouterr().err


def test_cli_import_course(tmp_path, capsys):
    root = tmp_path / "cli"
    Archive.create(root).close()
    folder = tmp_path / "课程"
    (folder / "Day1").mkdir(parents=True)
    (folder / "intro.md").write_text("# intro", "utf-8")
    (folder / "Day1" / "big.mp4").write_bytes(b"\x00" * (2 * 1024 * 1024))
    assert main(["--archive", str(root), "import-course", str(folder), "--course", "K8s", "--max-size", "1"]) == 0
    out = capsys.readouterr().out
    assert "Created course 'K8s': 1 material(s), 1 file(s) skipped." in out
    assert "skipped Day1/big.mp4: larger than the limit (2.0 MB > 1 MB)" in out
    assert main(["--archive", str(root), "import-course", str(tmp_path / "nope")]) == 1
    assert "is not a folder" in capsys.readouterr().err


def test_session_feedback_summary():
    from kbdesk.reports.training_plan import session_feedback

    rows = [{"attended": True, "score": 5, "comment": "很实用"}, {"attended": True, "score": 3, "comment": " "},
            {"attended": False, "score": None, "comment": ""}]
    summary = session_feedback(rows)
    assert (summary.listed, summary.present, summary.ratings, summary.average, summary.comments) == (3, 2, 2, 4.0, 1)
    assert session_feedback([]).average is None


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
