"""Every field, code and search state has words, in Chinese and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kbdesk.services.fields import CHOICES, SPECS
from kbdesk.ui import i18n, labels

from .visible_text import latin_only

# Fields whose values are codes on purpose (fault levels C1…T4 are what engineers say).
CODE_VALUED = {("case", "fault_level")}
# Choices whose values are record types: named by type_label.
TYPE_VALUED = {("link", "source_type"), ("link", "target_type"), ("attachment", "owner_type")}


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    assert i18n.ensure_built() == []
    i18n.install(QApplication.instance(), request.param)
    labels.clear_cache()
    yield request.param
    i18n.install(QApplication.instance(), "en")
    labels.clear_cache()


@pytest.fixture
def chinese(qapp):
    assert i18n.ensure_built() == []
    i18n.install(QApplication.instance(), "zh_CN")
    labels.clear_cache()
    yield
    i18n.install(QApplication.instance(), "en")
    labels.clear_cache()


def test_every_field_of_every_record_type_has_a_label(language):
    missing = [f"{t}.{f}" for t, spec in SPECS.items() for f in spec.fields if not labels.has_field_label(t, f)]
    assert missing == []
    if language == "zh_CN":
        english = [f"{t}.{f}: {labels.field_label(t, f)}" for t, spec in SPECS.items() for f in spec.fields
                   if latin_only(labels.field_label(t, f))]
        assert english == []


def test_a_field_without_a_label_fails_when_strict(monkeypatch, qapp):
    monkeypatch.setenv("KBDESK_STRICT_LABELS", "1")
    with pytest.raises(labels.MissingLabel, match=r"case\.brand_new_field"):
        labels.field_label("case", "brand_new_field")
    monkeypatch.setenv("KBDESK_STRICT_LABELS", "0")
    assert labels.field_label("case", "brand_new_field") == "Brand new field"


def test_every_allowed_code_has_words(language):
    untranslated = []
    for (rtype, field), codes in CHOICES.items():
        if (rtype, field) in CODE_VALUED:
            continue
        if (rtype, field) in TYPE_VALUED:
            words = {c: labels.type_label(c) for c in codes}
        else:
            assert (rtype, field) in labels.FIELD_TABLE, f"{rtype}.{field} has codes but no table of words"
            words = {c: labels.field_value_label(rtype, field, c) for c in codes}
        for code, word in words.items():
            english_code = language == "en" and word == code and code.islower()
            if english_code or (language == "zh_CN" and latin_only(word)):
                untranslated.append(f"{rtype}.{field}={code}: {word}")
    assert untranslated == []


def test_the_audit_action_and_the_rectification_action_are_told_apart(chinese):
    from kbdesk.ui.sections.audit import COLUMNS

    assert labels.field_label("audit", "action") == "操作"
    assert labels.field_label("runbook_step", "action") == "操作内容"
    # The case workflow's table of rectification actions keeps its own word.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("CaseWorkflowPanel", "Action") == "措施"
    assert "action" in COLUMNS


def test_every_state_in_the_search_index_has_words(chinese, tmp_path):
    """The status facet and match cards show each indexed record's state or
    kind: read the documents the indexer builds from the demo archive."""
    from kbdesk.locate import create_demo
    from kbdesk.search.documents import INDEXED, DocBuilder
    from kbdesk.services.search_source import ArchiveDocuments

    assert set(labels.INDEX_STATE_TABLE) <= set(INDEXED)
    seen: dict[str, set[str]] = {}
    with create_demo(tmp_path / "demo") as archive, ArchiveDocuments(archive).reading() as reader:
        builder = DocBuilder(reader)
        for rtype, rows in reader.iter_records(2000):
            for doc in builder.build(rtype, rows):
                if doc.get("status"):
                    seen.setdefault(rtype, set()).add(doc["status"])
    assert {"case", "runbook", "drill", "material", "service_record", "complaint"} <= set(seen)
    english = [f"{t}: {code} -> {labels.index_state_label(t, code)}" for t, codes in seen.items()
               for code in codes if latin_only(labels.index_state_label(t, code))]
    english += [f"facet: {code} -> {labels.facet_label('status', code)}" for codes in seen.values()
                for code in codes if latin_only(labels.facet_label("status", code))]
    assert english == []


def test_every_material_and_service_kind_reads_as_a_word(chinese):
    from kbdesk.domain.enums import MaterialKind, ServiceKind

    for kind in MaterialKind:  # pdf, docx, pptx read as the product names PDF, Word, PowerPoint
        assert not latin_only(labels.index_state_label("material", kind.value)), kind
    assert labels.index_state_label("material", "docx") == "Word"
    for kind in ServiceKind:
        assert not latin_only(labels.index_state_label("service_record", kind.value)), kind
    assert labels.index_state_label("complaint", "open") == "未结案"


def test_attachment_kinds_are_words(chinese):
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert labels.file_kind_label(docx, "方案.docx") == "Word 文档"
    assert labels.file_kind_label("image/png", "截图.png") == "PNG 图片"
    assert labels.file_kind_label("text/plain", "mysqld.log") == "日志文件"
    assert labels.file_kind_label("application/octet-stream", "dump.hprof") == "HPROF 文件"
    assert labels.file_kind_label("application/octet-stream", "") == "文件"


def test_audit_view_header_reads_operation(chinese, tmp_path, qtbot):
    from kbdesk.services import Services
    from kbdesk.storage.archive import Archive
    from kbdesk.ui.sections.audit import COLUMNS
    from kbdesk.ui.table_model import RecordTableModel

    with Archive.create(tmp_path / "a") as archive:
        model = RecordTableModel(Services(archive, "t"), "audit", COLUMNS)
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert headers[COLUMNS.index("action")] == "操作"
    assert not any(latin_only(h) for h in headers)


def test_audit_changes_read_as_words(chinese):
    from kbdesk.ui.sections.audit import changes_text

    text = changes_text("case", "update", {"severity": ["medium", "low"], "title": ["旧标题", "新标题"]})
    assert text.splitlines() == ["严重性: 中 → 低", "标题: 旧标题 → 新标题"]
    created = changes_text("drill_step", "create", {"ok": False, "position": 2, "notes": None})
    assert created.splitlines() == ["是否成功: ✗", "序号: 2", "备注: —"]
    assert changes_text("case", "update", {"retired_field": ["a", "b"]}) == "retired_field: a → b"
