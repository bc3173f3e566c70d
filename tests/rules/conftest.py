from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

CST = timezone(timedelta(hours=8))


def cst(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CST)


@pytest.fixture
def customer(services):
    return services.create("customer", {"name": "华东某银行"})


@pytest.fixture
def make_case(services, customer):
    def make(**fields):
        data = {"customer_id": customer["id"], "title": "RDS 连接数打满", "category": "operation_error",
                "severity": "high", "reported_at": cst(2025, 3, 3, 10)}
        data.update(fields)
        return services.create("case", data)

    return make


@pytest.fixture
def workflow(services):
    from kbdesk.services.workflow import CaseWorkflow

    return CaseWorkflow(services)


def verify(workflow, case_id, at):
    """Both verifications of recovery, so the case may move on from recovered."""
    workflow.confirm(case_id, "technical_verification", "值班工程师", "监控指标恢复", at=at)
    workflow.confirm(case_id, "business_verification", "客户运维", "业务交易正常", at=at)
