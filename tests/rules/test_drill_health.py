"""Runbook health: last drilled, next due, overdue; in Attention and `kbdesk runbooks --health`."""

from __future__ import annotations

from datetime import date

from kbdesk.cli.main import main
from kbdesk.rules.drill_health import add_months
from kbdesk.rules.plan import ServicePlan
from kbdesk.services.attention import attention_items, health_rows

from .conftest import cst


def _runbook(services, title, **extra):
    return services.create("runbook", {"title": title, "kind": "recovery", **extra})


def test_next_due_follows_the_plan_interval_or_the_runbooks_own(services, archive):
    yearly = _runbook(services, "RDS 主备切换")
    quarterly = _runbook(services, "OSS 跨区域恢复", drill_interval_months=3)
    for day in (date(2024, 5, 10), date(2025, 1, 31)):
        services.create("drill", {"runbook_id": yearly["id"], "date": day})
    services.create("drill", {"runbook_id": quarterly["id"], "date": date(2025, 1, 31), "kind": "real"})
    rows = {h.title: h for h in health_rows(archive, date(2025, 6, 1), ServicePlan())}
    assert rows["RDS 主备切换"].last_drilled == date(2025, 1, 31)
    assert rows["RDS 主备切换"].next_due == date(2026, 1, 31) and not rows["RDS 主备切换"].overdue
    assert rows["OSS 跨区域恢复"].next_due == date(2025, 4, 30)  # 31 Jan + 3 months: end of April
    assert rows["OSS 跨区域恢复"].overdue
    two_yearly = {h.title: h for h in health_rows(archive, date(2025, 6, 1), ServicePlan(drill_interval_months=24))}
    assert two_yearly["RDS 主备切换"].next_due == date(2027, 1, 31)
    assert two_yearly["OSS 跨区域恢复"].next_due == date(2025, 4, 30)  # its own interval wins


def test_a_customers_interval_applies_to_its_runbooks_unless_a_runbook_sets_its_own(services, archive):
    bank = services.create("customer", {"name": "华东某银行", "drill_interval_months": 6})
    plain = _runbook(services, "核心库切换", customer_id=bank["id"])
    own = _runbook(services, "网银回滚", customer_id=bank["id"], drill_interval_months=24)
    for rb in (plain, own):
        services.create("drill", {"runbook_id": rb["id"], "date": date(2025, 1, 10)})
    rows = {h.title: h for h in health_rows(archive, date(2025, 6, 1), ServicePlan())}
    assert (rows["核心库切换"].interval_months, rows["核心库切换"].next_due) == (6, date(2025, 7, 10))
    assert (rows["网银回滚"].interval_months, rows["网银回滚"].next_due) == (24, date(2027, 1, 10))
    assert rows["核心库切换"].customer == "华东某银行"


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)


def test_overdue_and_due_soon_drills_are_in_attention(services):
    late = _runbook(services, "RDS 主备切换")
    services.create("drill", {"runbook_id": late["id"], "date": date(2024, 1, 10)})
    soon = _runbook(services, "Redis 持久化恢复")
    services.create("drill", {"runbook_id": soon["id"], "date": date(2024, 5, 1)})
    fine = _runbook(services, "ECS 快照回滚")
    services.create("drill", {"runbook_id": fine["id"], "date": date(2025, 2, 1)})
    items = [d for d in attention_items(services, cst(2025, 3, 3, 10)) if d.kind == "drill"]
    assert [(d.title, d.state, d.record_type) for d in items] == [
        ("RDS 主备切换", "breached", "runbook"), ("Redis 持久化恢复", "due_soon", "runbook")]
    assert items[0].record_id == late["id"]
    assert items[0].due_at == cst(2025, 1, 11)  # due at the end of 10 Jan 2025, in the plan's zone


def test_cli_health_table(services, archive, capsys):
    late = _runbook(services, "RDS 主备切换")
    services.create("drill", {"runbook_id": late["id"], "date": date(2020, 1, 10)})
    _runbook(services, "新写的方案")
    assert main(["--archive", str(archive.root), "runbooks", "--health"]) == 0
    out = capsys.readouterr().out
    header, first, second = out.splitlines()[:3]
    assert header.split() == ["runbook", "last", "drilled", "next", "due", "every", "overdue"]
    assert first.split()[:4] == ["RDS", "主备切换", "2020-01-10", "2021-01-10"] and "yes" in first
    assert second.split()[:2] == ["新写的方案", "never"] and second.rstrip().endswith("no")
    assert "1 overdue" in out
