"""Codes the archive stores. The UI turns codes into words (both languages)."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    CRITICAL = "critical"  # 严重
    URGENT = "urgent"  # 紧急
    HIGH = "high"  # 高
    MEDIUM = "medium"  # 中
    LOW = "low"  # 低


class CaseStatus(StrEnum):
    REPORTED = "reported"
    PRE_ASSESSMENT = "pre_assessment"  # 故障预判
    HANDLING = "handling"  # 故障处理
    ESCALATED = "escalated"  # 故障升级
    RECOVERED = "recovered"  # 故障恢复
    POSTMORTEM = "postmortem"  # 故障复盘
    CLOSED = "closed"


# Solved means a resolution exists that a matcher may show as the answer.
SOLVED_STATUSES = frozenset({CaseStatus.RECOVERED, CaseStatus.POSTMORTEM, CaseStatus.CLOSED})


class FaultLevel(StrEnum):
    """Fault levels of the service plan; the digit drives postmortem deadlines."""

    T1 = "T1"
    T2 = "T2"
    T3 = "T3"
    T4 = "T4"
    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    C4 = "C4"

    @property
    def number(self) -> int:
        return int(self.value[1])


BUILTIN_CATEGORIES = {
    "operation_error": ("系统操作错误", "Operation error"),
    "configuration_error": ("配置错误", "Configuration error"),
    "os_problem": ("操作系统问题", "OS problem"),
    "purchased_software": ("采购软件问题", "Purchased-software problem"),
}


class TimelineKind(StrEnum):
    STATUS_CHANGE = "status_change"
    PROGRESS_NOTICE = "progress_notice"  # 故障修复进展通告
    NOTE = "note"
    ASSIGNMENT = "assignment"
    CUSTOMER_NOTIFIED = "customer_notified"  # the customer's contact was told
    CONFIRMATION = "confirmation"  # recovery plan, review, approval, verification
    RECOVERY_NOTICE = "recovery_notice"  # 故障恢复通告


class NotifyChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    IM = "im"
    ONSITE = "onsite"


class ConfirmationKind(StrEnum):
    RECOVERY_PLAN = "recovery_plan"  # 恢复方案
    PLAN_REVIEW = "plan_review"  # 方案评审
    CUSTOMER_APPROVAL = "customer_approval"  # 客户批准
    TECHNICAL_VERIFICATION = "technical_verification"  # 厂商技术验证
    BUSINESS_VERIFICATION = "business_verification"  # 客户业务验证


class EscalationTarget(StrEnum):
    DUTY_LEAD = "duty_lead"  # 值班长 / L2
    GOC = "goc"


class ServiceChannel(StrEnum):
    ONSITE = "onsite"
    REMOTE = "remote"
    PHONE = "phone"
    EMAIL = "email"


class ServiceKind(StrEnum):
    VISIT = "visit"
    REMOTE_SESSION = "remote_session"
    CONSULTATION = "consultation"  # 技术咨询
    BRIEFING = "briefing"  # new-technology briefing
    TRAINING = "training"


class RunbookKind(StrEnum):
    BACKUP = "backup"
    RECOVERY = "recovery"
    EMERGENCY = "emergency"


class DrillKind(StrEnum):
    DRILL = "drill"
    REAL = "real"


class DrillOutcome(StrEnum):
    SUCCESS = "success"
    PARTIAL = "partial"
    FAILED = "failed"


class DrillStatus(StrEnum):
    RUNNING = "running"  # a run under way: offered again until finished
    FINISHED = "finished"


class StepStatus(StrEnum):
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MaterialKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    PPTX = "pptx"
    SLIDES = "slides"
    NOTES = "notes"
    VIDEO = "video"
    OTHER = "other"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ComplaintChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ONSITE = "onsite"
    LETTER = "letter"
    PORTAL = "portal"


class PlanLevel(StrEnum):
    STANDARD = "standard"
    PREMIUM = "premium"
    ENTERPRISE = "enterprise"


class LinkRelation(StrEnum):
    RELATED = "related"
    SOLVED_BY = "solved_by"
    DUPLICATE_OF = "duplicate_of"
    CAUSED_BY = "caused_by"


class FeedbackKind(StrEnum):
    """What a person said about a match suggestion."""

    SAME_FAULT = "same_fault"
    SOLVED_BY = "solved_by"
    DISMISSED = "dismissed"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
