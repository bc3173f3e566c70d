"""Builds a small archive holding at least one record of every type."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8))


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CST)


def fill(services, tmp_path) -> dict[str, str]:
    """Create one of everything; returns the ids by name."""
    ids: dict[str, str] = {}
    cust = services.create("customer", {"name": "华东某银行", "plan_level": "premium",
                                        "service_manager": "王敏", "technical_manager": "李强",
                                        "drill_interval_months": 6})
    ids["customer"] = cust["id"]
    services.create("category", {"code": "network", "name_zh": "网络问题", "name_en": "Network"})
    ids["contact"] = services.create("contact", {"customer_id": cust["id"], "name": "张伟",
                                                 "designated": True, "phone": "13800000000"})["id"]
    case = services.create("case", {
        "customer_id": cust["id"], "title": "RDS MySQL 连接数打满 ERROR 1040",
        "phenomenon": "应用报错 ERROR 1040 (HY000): Too many connections", "category": "network",
        "severity": "urgent", "fault_level": "T2", "status": "closed", "reported_at": at(2),
        "occurred_at": at(2, 8, 50), "product": "RDS MySQL", "resolution": "调大 max_connections",
        "tags": ["mysql", "连接数"], "closed_at": at(3),
    })
    ids["case"] = case["id"]
    case2 = services.create("case", {"customer_id": cust["id"], "title": "OSS 403 AccessDenied",
                                     "category": "configuration_error", "severity": "low"})
    ids["case2"] = case2["id"]
    ids["timeline"] = services.add_timeline(case["id"], "progress_notice", "故障修复进展通告：已定位")["id"]
    ids["escalation"] = services.create("escalation", {"case_id": case["id"], "target": "duty_lead",
                                                       "reason": "T2 fault", "at": at(2, 9, 5)})["id"]
    ids["notification"] = services.create("notification", {
        "case_id": case["id"], "contact_id": ids["contact"], "contact_name": "张伟", "channel": "phone",
        "at": at(2, 9, 2), "notified_by": "王敏", "note": "电话告知故障与影响"})["id"]
    ids["confirmation"] = services.create("confirmation", {
        "case_id": case["id"], "kind": "business_verification", "person": "张伟", "at": at(2, 11),
        "text": "柜面交易恢复正常"})["id"]
    ids["service_record"] = services.create("service_record", {
        "customer_id": cust["id"], "date": date(2026, 3, 5), "engineer": "赵六",
        "channel": "onsite", "kind": "consultation", "content": "新技术交流"})["id"]
    ids["complaint"] = services.create("complaint", {
        "customer_id": cust["id"], "case_id": case["id"], "received_at": at(4),
        "channel": "phone", "subject": "响应慢"})["id"]
    ids["survey"] = services.create("survey", {"customer_id": cust["id"], "case_id": case["id"],
                                               "date": date(2026, 3, 6), "attitude": 5,
                                               "business": 4, "technical": 4})["id"]
    art = services.create("article", {"title": "MySQL Too many connections", "body": "# 处理\n调大参数",
                                      "product": "RDS MySQL", "tags": ["mysql"]})
    services.update("article", art["id"], {"body": "# 处理\n调大 max_connections"})
    ids["article"] = art["id"]
    rb = services.create("runbook", {"title": "RDS 时间点恢复", "kind": "recovery",
                                     "linked_systems": ["RDS"], "preconditions": "有全量备份",
                                     "drill_interval_months": 6})
    ids["runbook"] = rb["id"]
    step = services.create("runbook_step", {"runbook_id": rb["id"], "position": 1,
                                            "action": "创建恢复实例", "estimated_minutes": 15, "phase": "恢复",
                                            "commands": ["aliyun rds CloneDBInstance --RestoreTime 2026-11-30T02:00:00Z",
                                                         "echo 'a, b'\nwait"]})
    ids["runbook_step"] = step["id"]
    drill = services.create("drill", {"runbook_id": rb["id"], "customer_id": cust["id"],
                                      "date": date(2026, 3, 10), "participants": ["王敏", "李强"]})
    ids["drill"] = drill["id"]
    ids["drill_step"] = services.create("drill_step", {"drill_id": drill["id"], "step_id": step["id"],
                                                       "position": 1, "started_at": at(10, 14),
                                                       "ended_at": at(10, 14, 20)})["id"]
    ids["action"] = services.create("action", {"drill_id": drill["id"], "title": "补充监控",
                                               "due_date": date(2026, 4, 1)})["id"]
    course = services.create("course", {"title": "云数据库运维", "outline": "备份与恢复"})
    ids["course"] = course["id"]
    ids["material"] = services.create("material", {"course_id": course["id"], "title": "讲义",
                                                   "kind": "pdf", "text": "binlog 恢复"})["id"]
    session = services.create("training_session", {"course_id": course["id"],
                                                   "customer_id": cust["id"],
                                                   "planned_date": date(2026, 4, 2)})
    ids["training_session"] = session["id"]
    ids["attendance"] = services.create("attendance", {"session_id": session["id"],
                                                       "name": "学员甲", "score": 5})["id"]
    ids["link"] = services.link(("case", case["id"]), ("article", art["id"]), "solved_by")["id"]
    from kbdesk.services.match_feedback import MatchFeedbackService

    team = MatchFeedbackService(services)
    ids["match_feedback"] = team.confirm(case["id"], ("article", art["id"]))["id"]  # names the link above
    ids["match_feedback_dismissed"] = team.dismiss(("runbook", rb["id"]), text="ERROR 1040 Too many")["id"]
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\nfake-image-bytes")
    ids["attachment"] = services.attach_file("case", case["id"], shot)["id"]
    ids["attachment2"] = services.attach_file("case", case2["id"], shot)["id"]
    return ids
