"""Course materials are knowledge too: real course files found by search; replaced versions are not."""

from __future__ import annotations

import pytest

from kbdesk.cli.main import main
from kbdesk.search.service import SearchService
from kbdesk.services import Services
from kbdesk.services.attachment_text import extract_pending
from kbdesk.services.material_files import files_of, replace_file
from kbdesk.services.search_source import ArchiveDocuments
from kbdesk.storage.archive import Archive

from . import fixtures as fx


@pytest.fixture
def search(archive):
    s = SearchService(ArchiveDocuments(archive))
    s.open()
    yield s
    s.close()


def test_a_replaced_material_file_is_searched_in_its_new_version_only(tmp_path, services, search):
    course = services.create("course", {"title": "容器平台"})["id"]
    material = services.create("material", {"course_id": course, "title": "K8s 课件", "kind": "pptx"})["id"]
    v1 = services.attach_file("material", material, fx.write(tmp_path / "1", "slides.pptx", fx.pptx_bytes("zqoldslides")))
    extract_pending(services)
    search.sync()
    assert [h.record_id for h in search.search("zqoldslides").hits] == [material]

    replace_file(services, v1["id"], fx.write(tmp_path / "2", "slides-v2.pptx", fx.pptx_bytes("zqnewslides")))
    extract_pending(services)
    search.sync()
    hits = search.search("zqnewslides").hits
    assert [h.record_id for h in hits] == [material] and hits[0].attachment == "slides-v2.pptx"
    assert search.search("zqoldslides").hits == []  # the earlier version is history, still openable
    [history] = files_of(services, "material", material)
    assert [a["filename"] for a in history.earlier] == ["slides.pptx"]


def test_an_imported_course_folder_is_found_by_search(tmp_path, capsys):
    root = tmp_path / "arch"
    Archive.create(root).close()
    folder = tmp_path / "云数据库课程"
    words = {"讲义.pdf": ("zqcoursepdf", fx.pdf_bytes), "第一天/实验.docx": ("zqcoursedocx", fx.docx_bytes),
             "第一天/课件.pptx": ("zqcoursepptx", fx.pptx_bytes), "附录/参数表.xlsx": ("zqcoursexlsx", fx.xlsx_bytes),
             "备注.md": ("zqcoursemd", lambda w: f"# 备注\n\n{w}\n".encode())}
    for rel, (word, make) in words.items():
        fx.write(folder / rel.rpartition("/")[0] if "/" in rel else folder, rel.rpartition("/")[2], make(word))
    assert main(["--archive", str(root), "import-course", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "5 material(s), 0 file(s) skipped. Text extracted from 5 of 5 new file(s)" in out
    with Archive.open(root) as archive:
        services = Services(archive, "t")
        search = SearchService(ArchiveDocuments(archive))
        search.open()
        try:
            search.sync()
            titles = {m["id"]: (m["title"], m["section"]) for m in services.list("material")}
            for rel, (word, _) in words.items():
                hits = search.search(word).hits
                assert len(hits) == 1, rel
                assert hits[0].attachment == rel.rpartition("/")[2]
                section = rel.partition("/")[0] if "/" in rel else ""
                assert titles[hits[0].record_id][1] == section
        finally:
            search.close()
