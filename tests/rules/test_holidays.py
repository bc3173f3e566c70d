"""Next year's official holidays: the notice from December, importing text and ICS lists,
and deadlines marked "estimated" until the calendar knows the days (frozen clock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from kbdesk.cli.main import main
from kbdesk.errors import ImportRejected
from kbdesk.rules.holidays import builtin_years, merge_imported, special_days, unknown_years
from kbdesk.rules.plan import ServicePlan
from kbdesk.rules.working_calendar import WorkCalendar
from kbdesk.services.attention import case_deadlines
from kbdesk.services.plan_store import read_plan
from kbdesk.transfer.holidays import import_holiday_file, parse_holiday_ics, parse_holiday_text

# The clock is frozen in the December of the last year the installed library knows
# (2026 with chinesecalendar 1.11): next year is unknown until imported.
LAST = builtin_years()[1]
NEXT = LAST + 1
CST = timezone(timedelta(hours=8))
TODAY = date(LAST, 12, 2)
NOW = datetime(LAST, 12, 2, 14, 30, tzinfo=CST)

# The published list for NEXT in the format people type it (dates shifted to the year).
TEXT = f"""# 国务院办公厅关于{NEXT}年部分节假日安排的通知
{NEXT}-01-01 holiday 元旦
{NEXT}/2/6 ~ {NEXT}/2/12  休  春节
{NEXT}年2月14日 班   # 调休上班
{NEXT}-04-05 假 清明节
{NEXT}-09-26 调休
"""


def test_the_installed_library_stops_at_its_last_year():
    cal = WorkCalendar(ServicePlan())
    assert cal.knows_year(LAST) and not cal.knows_year(NEXT)
    assert cal.is_estimated(date(NEXT, 1, 4)) and not cal.is_estimated(date(LAST, 12, 31))


@pytest.mark.parametrize("today, expected", [
    (date(LAST, 11, 30), []),  # before December: no notice yet
    (TODAY, [NEXT]),  # December and next year unknown
    (date(NEXT, 1, 5), [NEXT]),  # next year started and still unknown
])
def test_notice_from_december_when_next_year_is_unknown(today, expected):
    assert unknown_years(ServicePlan(), today) == expected


def test_no_notice_once_imported_or_without_the_official_calendar():
    plan = merge_imported(ServicePlan(), {date(NEXT, 1, 1)}, set())
    assert unknown_years(plan, TODAY) == []
    assert unknown_years(ServicePlan(use_official_calendar=False), TODAY) == []


def test_text_list_with_english_and_chinese_markers_and_ranges():
    days = parse_holiday_text(TEXT)
    assert date(NEXT, 1, 1) in days.holidays
    assert {date(NEXT, 2, d) for d in range(6, 13)} <= days.holidays
    assert days.workdays == {date(NEXT, 2, 14), date(NEXT, 9, 26)}  # 班 and 调休 are working days
    assert date(NEXT, 4, 5) in days.holidays
    assert days.years == [NEXT]


def test_text_list_problems_name_their_lines():
    text = f"{NEXT}-01-01 holiday\n\nsome words\n{NEXT}-02-30 休\n{NEXT}-03-01\n{NEXT}-01-01 班\n"
    with pytest.raises(ImportRejected) as err:
        parse_holiday_text(text, "h.txt")
    problems = dict(err.value.problems)
    assert set(problems) == {3, 4, 5, 6}
    assert "no date" in problems[3]
    assert "is not a date" in problems[4]
    assert "holiday or a working day" in problems[5]
    assert "both as a holiday and as a working day" in problems[6]


def _ics(events: list[tuple[date, date | None, str]]) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//holidays//")
    cal.add("version", "2.0")
    for i, (start, end, summary) in enumerate(events):
        ev = icalendar.Event()
        ev.add("uid", f"{i}@test")
        ev.add("summary", summary)
        ev.add("dtstart", start)
        if end is not None:
            ev.add("dtend", end)
        cal.add_component(ev)
    return cal.to_ical()


def test_ics_events_are_holidays_unless_they_say_working_day():
    data = _ics([(date(NEXT, 1, 1), date(NEXT, 1, 4), "元旦"),  # DTEND is exclusive: 1–3 January
                 (date(NEXT, 2, 14), None, "春节补班"), (date(NEXT, 9, 26), None, "国庆节 调休上班")])
    days = parse_holiday_ics(data)
    assert days.holidays == {date(NEXT, 1, 1), date(NEXT, 1, 2), date(NEXT, 1, 3)}
    assert days.workdays == {date(NEXT, 2, 14), date(NEXT, 9, 26)}


def test_broken_ics_is_refused_in_words(tmp_path):
    path = tmp_path / "holidays.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nthis is not ical\r\n")
    with pytest.raises(ImportRejected, match="not a readable ICS calendar"):
        import_holiday_file(tmp_path / "settings.json", path)
    assert not (tmp_path / "settings.json").exists()


def test_imported_days_drive_the_calendar_and_replace_an_earlier_import(tmp_path):
    settings = tmp_path / "settings.json"
    (tmp_path / "h.txt").write_text(TEXT, "utf-8")
    import_holiday_file(settings, tmp_path / "h.txt")
    cal = WorkCalendar(read_plan(settings))
    assert not cal.is_workday(date(NEXT, 1, 1)) and not cal.is_estimated(date(NEXT, 1, 1))
    assert cal.is_workday(date(NEXT, 2, 14))  # a Sunday made a working day
    assert cal.is_workday(date(NEXT, 3, 3))  # an ordinary weekday of a known year
    # A corrected list for the same year replaces the first, it does not pile up.
    (tmp_path / "fix.txt").write_text(f"{NEXT}-01-01 holiday\n", "utf-8")
    import_holiday_file(settings, tmp_path / "fix.txt")
    plan = read_plan(settings)
    assert plan.imported_holidays == [f"{NEXT}-01-01"] and plan.imported_workdays == []


def test_a_deadline_on_unknown_days_stays_estimated_until_imported(services, make_case, tmp_path):
    # Recovered on the last Monday of the year: the 5-working-day postmortem runs into NEXT.
    recovered = datetime(LAST, 12, 28, 16, 0, tzinfo=CST)
    while recovered.weekday() != 0:
        recovered -= timedelta(days=1)
    case = make_case(fault_level="T1", severity="critical", reported_at=recovered - timedelta(hours=2),
                     recovered_at=recovered, status="recovered")
    settings = services.archive.settings_path

    def postmortem():
        rows = case_deadlines(services, case["id"], NOW)
        return next(d for d in rows if d.kind == "postmortem")

    before = postmortem()
    assert before.estimated
    response = next(d for d in case_deadlines(services, case["id"], NOW) if d.kind == "response")
    assert not response.estimated  # reported on a day the calendar knows
    (tmp_path / "h.txt").write_text(TEXT, "utf-8")
    import_holiday_file(settings, tmp_path / "h.txt")
    after = postmortem()
    assert not after.estimated
    if date(NEXT, 1, 1).weekday() < 5:  # 2027: a Friday
        assert after.due_at - before.due_at >= timedelta(days=1)  # 元旦 no longer counts as a working day


def test_special_days_list_where_each_answer_comes_from():
    plan = merge_imported(ServicePlan(extra_holidays=[f"{NEXT}-03-03"]), {date(NEXT, 1, 1)},
                          {date(NEXT, 2, 14)})
    days = {d.day: d for d in special_days(plan, NEXT)}
    assert days[date(NEXT, 2, 14)].working and days[date(NEXT, 2, 14)].source == "imported"
    assert days[date(NEXT, 3, 3)].source == "extra"
    assert all(d.source != "weekday" for d in days.values())


def test_cli_holidays_import_list_and_attention_marks_estimated(capsys, archive, tmp_path, make_case):
    root = str(archive.root)
    make_case(reported_at=datetime(NEXT, 1, 4, 10, 0, tzinfo=CST))  # a day the calendar does not know
    assert main(["--archive", root, "attention", "--all", "--now", NOW.isoformat()]) == 0
    out = capsys.readouterr().out
    assert f"the official holidays of {NEXT} are not known yet" in out
    assert "times in Beijing time UTC+8" in out and " estimated" in out
    assert main(["--archive", root, "holidays", "list", str(NEXT)]) == 0
    assert "not known yet" in capsys.readouterr().out
    (tmp_path / "h.txt").write_text(TEXT, "utf-8")
    assert main(["--archive", root, "holidays", "import", str(tmp_path / "h.txt")]) == 0
    assert f"Imported the official calendar of {NEXT}" in capsys.readouterr().out
    assert main(["--archive", root, "holidays", "list", str(NEXT)]) == 0
    out = capsys.readouterr().out
    assert "not known yet" not in out
    assert f"{NEXT}-02-14" in out and "working day" in out and "imported" in out
    assert main(["--archive", root, "attention", "--all", "--now", NOW.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "not known yet" not in out and " estimated" not in out


def test_cli_holiday_import_refusal_is_a_sentence(capsys, archive, tmp_path):
    (tmp_path / "bad.txt").write_text(f"{NEXT}-01-01\n", "utf-8")
    assert main(["--archive", str(archive.root), "holidays", "import", str(tmp_path / "bad.txt")]) == 1
    err = capsys.readouterr().err
    assert "line 1:" in err and "holiday or a working day" in err and "Traceback" not in err
    assert read_plan(archive.settings_path).imported_holidays == []
