"""Reading a published holiday list: a plain text list or an ICS calendar.

Text: one date (or a range) a line with a marker, e.g.::

    2027-01-01 holiday 元旦
    2027-02-06 ~ 2027-02-12 休 春节
    2027-02-14 workday        # make-up working day (调休 / 补班)

Chinese markers are accepted (休, 假, 放假 / 班, 上班, 补班, 调休). An ICS file's
all-day events are holidays unless their summary says they are working days
("补班", "上班", "调休", "workday"). A file is read whole; any bad line rejects
it with every problem and its line number, and nothing is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar

from ..errors import ImportRejected
from ..rules.holidays import merge_imported
from ..services.plan_store import read_plan, write_plan

# Working-day words first: "调休" contains "休" but marks a make-up working day.
WORKDAY_WORDS = ("调休", "补班", "上班", "班", "workday", "working day", "work day", "work")
HOLIDAY_WORDS = ("holiday", "off", "放假", "休", "假")
_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_RANGE = re.compile(_DATE + r"(?:\s*(?:~|～|至|到|to|–|—|-{1,2})\s*" + _DATE + r")?", re.IGNORECASE)
MAX_RANGE_DAYS = 31  # a longer "holiday" is a typo in a year


@dataclass
class HolidayList:
    holidays: set[date] = field(default_factory=set)
    workdays: set[date] = field(default_factory=set)

    @property
    def years(self) -> list[int]:
        return sorted({d.year for d in self.holidays | self.workdays})


def parse_holiday_text(text: str, source: str = "text") -> HolidayList:
    out, problems = HolidayList(), []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            days, working = _parse_line(line)
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        _add(out, days, working, number, problems)
    return _checked(out, problems, source)


def parse_holiday_ics(data: bytes, source: str = "ics") -> HolidayList:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise ImportRejected(source, [(0, f"not a readable ICS calendar ({exc})")]) from exc
    out, problems = HolidayList(), []
    for n, event in enumerate(cal.walk("VEVENT"), 1):
        summary = str(event.get("SUMMARY", ""))
        try:
            if not isinstance(event, icalendar.Event):  # from_ical makes every VEVENT an Event
                raise TypeError(f"{type(event).__name__} is not an event")
            start, end = _as_date(event.start), _as_date(event.end)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            problems.append((0, f"event {n} ({summary or 'no summary'}): no usable start date ({exc})"))
            continue
        days = [start + timedelta(days=i) for i in range(max(1, (end - start).days))]
        _add(out, days, _marker(summary) is True, 0, problems, f"event {n} ({summary})")
    if not out.holidays and not out.workdays and not problems:
        problems.append((0, "the calendar has no events"))
    return _checked(out, problems, source)


def read_holiday_file(path: Path | str) -> HolidayList:
    """Parse a holiday file; ICS by its content or .ics name, otherwise text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(str(path), [(0, f"cannot read the file: {exc.strerror}")]) from exc
    if path.suffix.lower() == ".ics" or data.lstrip(b"\xef\xbb\xbf \r\n").startswith(b"BEGIN:VCALENDAR"):
        return parse_holiday_ics(data, str(path))
    from .text_encoding import decode_text

    return parse_holiday_text(decode_text(data, str(path)).text, str(path))


def import_holiday_file(settings_path: Path, path: Path | str) -> HolidayList:
    """Read the file and keep its days in the archive's service plan (all or nothing)."""
    days = read_holiday_file(path)
    plan = read_plan(settings_path)
    write_plan(merge_imported(plan, days.holidays, days.workdays), settings_path)
    return days


# --- helpers ------------------------------------------------------------------


def _parse_line(line: str) -> tuple[list[date], bool]:
    match = _RANGE.search(line)
    if match is None:
        raise ValueError(f"no date in {line!r}; write it as YYYY-MM-DD")
    first = _date(*match.groups()[:3])
    last = _date(*match.groups()[3:]) if match.group(4) else first
    if last < first or (last - first).days >= MAX_RANGE_DAYS:
        raise ValueError(f"{line!r}: the range must run forwards and span at most {MAX_RANGE_DAYS} days")
    working = _marker(line[:match.start()] + " " + line[match.end():])
    if working is None:
        raise ValueError(f"{line!r}: say whether it is a holiday or a working day "
                         "(holiday / workday, 休 / 班)")
    return [first + timedelta(days=i) for i in range((last - first).days + 1)], working


def _marker(text: str) -> bool | None:
    """True = working day, False = holiday, None = neither word present."""
    low = text.casefold()
    if any(w in low for w in WORKDAY_WORDS if w != "work" or re.search(r"\bwork\b", low)):
        return True
    if any(w in low for w in HOLIDAY_WORDS if w != "off" or re.search(r"\boff\b", low)):
        return False
    return None


def _date(y: str, m: str, d: str) -> date:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        raise ValueError(f"{y}-{m}-{d} is not a date") from None


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ValueError(f"{value!r} is not a date")


def _add(out: HolidayList, days: list[date], working: bool, line: int, problems: list,
         where: str = "") -> None:
    for day in days:
        other = out.holidays if working else out.workdays
        if day in other:
            problems.append((line, f"{where + ': ' if where else ''}{day} is listed both as a holiday "
                                   "and as a working day"))
        (out.workdays if working else out.holidays).add(day)


def _checked(out: HolidayList, problems: list[tuple[int, str]], source: str) -> HolidayList:
    if problems:
        raise ImportRejected(source, problems)
    if not out.holidays and not out.workdays:
        raise ImportRejected(source, [(0, "the file lists no dates")])
    return out
