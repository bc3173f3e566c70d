"""Material files with earlier versions, and importing a course folder as materials."""

from __future__ import annotations

import os

import pytest

from kbdesk.errors import ValidationError
from kbdesk.services import Services
from kbdesk.services import course_import as ci
from kbdesk.services.material_files import file_histories, files_of, replace_file
from kbdesk.storage.archive import Archive
from kbdesk.transfer.jsonl import export_jsonl, import_jsonl

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND"
       b"\xaeB`\x82")


@pytest.fixture
def services(tmp_path):
    with Archive.create(tmp_path / "arch") as archive:
        yield Services(archive, "trainer")


def _material(services):
    course = services.create("course", {"title": "云数据库运维"})
    return services.create("material", {"course_id": course["id"], "title": "讲义", "kind": "pptx"})


def test_a_replaced_file_stays_as_an_earlier_version(services, tmp_path):
    material = _material(services)
    v1 = tmp_path / "slides.md"
    v1.write_text("# 第一版 backup", "utf-8")
    first = services.attach_file("material", material["id"], v1)
    v2 = tmp_path / "slides-v2.md"
    v2.write_text("# 第二版 binlog", "utf-8")
    second = replace_file(services, first["id"], v2)
    v3 = tmp_path / "slides-v3.md"
    v3.write_text("# 第三版 PITR", "utf-8")
    third = replace_file(services, second["id"], v3)
    other = services.attach_file("material", material["id"], tmp_path / "slides.md")

    histories = files_of(services, "material", material["id"])
    assert [h.current["id"] for h in histories] == [third["id"], other["id"]]
    assert [a["id"] for a in histories[0].earlier] == [second["id"], first["id"]]
    assert histories[0].version == 3 and histories[1].version == 1
    # The old bytes are still there to open.
    assert services.attachment_path(first["id"]).read_text("utf-8") == "# 第一版 backup"


def test_only_the_current_version_can_be_replaced_and_only_on_its_record(services, tmp_path):
    material = _material(services)
    other = services.create("material", {"course_id": material["course_id"], "title": "实验", "kind": "notes"})
    f = tmp_path / "a.txt"
    f.write_text("one", "utf-8")
    first = services.attach_file("material", material["id"], f)
    f.write_text("two", "utf-8")
    replace_file(services, first["id"], f)
    with pytest.raises(ValidationError, match="already replaced"):
        replace_file(services, first["id"], f)
    with pytest.raises(ValidationError, match="its own record"):
        services.attach_file("material", other["id"], f, replaces_id=first["id"])
    with pytest.raises(ValidationError, match="no attachment"):
        services.attach_file("material", other["id"], f, replaces_id="f" * 32)


def test_deleting_the_newest_version_makes_the_previous_one_current(services, tmp_path):
    material = _material(services)
    f = tmp_path / "a.txt"
    f.write_text("one", "utf-8")
    first = services.attach_file("material", material["id"], f)
    f.write_text("two", "utf-8")
    second = replace_file(services, first["id"], f)
    services.delete("attachment", second["id"])
    [history] = files_of(services, "material", material["id"])
    assert history.current["id"] == first["id"] and history.earlier == []


def test_a_cycle_in_hand_edited_rows_does_not_hang():
    rows = [{"id": "a", "replaces_id": "b", "added_at": 1, "filename": "x"},
            {"id": "b", "replaces_id": "a", "added_at": 2, "filename": "x"}]
    assert file_histories(rows) == []  # both are replaced: nothing is current, nothing loops


def test_versions_and_sections_survive_export_and_import(services, tmp_path):
    material = _material(services)
    services.update("material", material["id"], {"section": "第一天"})
    f = tmp_path / "a.txt"
    f.write_text("one", "utf-8")
    first = services.attach_file("material", material["id"], f)
    f.write_text("two", "utf-8")
    second = replace_file(services, first["id"], f)
    dump = tmp_path / "dump.jsonl"
    export_jsonl(services.archive, dump)
    with Archive.create(tmp_path / "copy") as copy:
        import_jsonl(copy, dump, actor="t")
        again = Services(copy, "t")
        [history] = files_of(again, "material", material["id"])
        assert history.current["id"] == second["id"]
        assert [a["id"] for a in history.earlier] == [first["id"]]
        assert again.get("material", material["id"])["section"] == "第一天"


# --- importing a course folder ------------------------------------------------------


def _course_folder(tmp_path):
    folder = tmp_path / "Kubernetes 入门"
    (folder / "第一天").mkdir(parents=True)
    (folder / "Labs" / "deeper").mkdir(parents=True)
    (folder / "01_overview.md").write_text("# 概览 kubelet", "utf-8")
    (folder / "handout.pdf").write_bytes(b"%PDF-1.4\n% not parsed here\n")
    (folder / "第一天" / "架构图.png").write_bytes(PNG)
    (folder / "第一天" / "notes.txt").write_text("etcd quorum", "utf-8")
    (folder / "第一天" / "notes copy.txt").write_text("etcd quorum", "utf-8")  # same bytes
    (folder / "Labs" / "lab1.pptx").write_bytes(b"PK\x03\x04 fake slides")
    (folder / "Labs" / "demo.mp4").write_bytes(b"\x00" * 64)
    (folder / "Labs" / "huge.mkv").write_bytes(b"\x00" * 5000)
    (folder / "Labs" / "deeper" / "ignored.txt").write_text("x", "utf-8")
    (folder / "Thumbs.db").write_bytes(b"junk")
    (folder / "~$handout.docx").write_bytes(b"lock")
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("do not import", "utf-8")
    os.symlink(secret, folder / "secret.txt")
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    os.symlink(outside_dir, folder / "linked")
    os.symlink(folder / "01_overview.md", folder / "inside-link.md")  # inside: allowed, but a duplicate
    return folder


def test_a_course_folder_becomes_materials_with_their_files(services, tmp_path):
    folder = _course_folder(tmp_path)
    steps = []
    report = ci.import_course_folder(services, folder, max_bytes=4096, progress=lambda d, t: steps.append((d, t)))
    assert report.course_created and report.course["title"] == "Kubernetes 入门"
    made = {(m["title"], m["kind"], m["section"]) for m in report.materials}
    assert made == {("01 overview", "notes", ""), ("handout", "pdf", ""), ("架构图", "other", "第一天"),
                    ("notes", "notes", "第一天"), ("lab1", "pptx", "Labs"), ("demo", "video", "Labs")}
    skipped = {(s.path, s.reason) for s in report.skipped}
    assert skipped == {
        ("secret.txt", ci.LINK_OUTSIDE), ("linked/", ci.LINKED_FOLDER), ("Labs/huge.mkv", ci.TOO_LARGE),
        ("Labs/deeper/", ci.TOO_DEEP), ("第一天/notes copy.txt", ci.DUPLICATE),
        ("inside-link.md", ci.DUPLICATE), ("Thumbs.db", ci.SYSTEM_FILE), ("~$handout.docx", ci.SYSTEM_FILE),
    }
    assert steps[-1] == (8, 8)
    for material in report.materials:
        [att] = services.attachments_of("material", material["id"])
        assert ci.title_from_filename(att["filename"]) == material["title"]
    # Nothing of the linked file reached the archive.
    assert all("do not import" not in services.archive.blobs.path_for(h).read_text("utf-8", "replace")
               for h in services.archive.blobs.all_hashes())


def test_importing_the_folder_again_adds_nothing_twice(services, tmp_path):
    folder = _course_folder(tmp_path)
    ci.import_course_folder(services, folder, course_title="K8s", max_bytes=4096)
    (folder / "new.md").write_text("新增 ingress", "utf-8")
    report = ci.import_course_folder(services, folder, course_title="K8s", max_bytes=4096)
    assert not report.course_created
    assert [m["title"] for m in report.materials] == ["new"]
    # The six materials and the two copies of their content.
    assert sum(s.reason == ci.ALREADY_IN_COURSE for s in report.skipped) == 8
    assert services.count("course") == 1 and services.count("material") == 7


def test_a_stopped_import_writes_no_record(services, tmp_path):
    folder = _course_folder(tmp_path)
    calls = []

    def stop_after_two():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ci.ImportStopped):
        ci.import_course_folder(services, folder, should_stop=stop_after_two)
    assert services.count("course") == services.count("material") == services.count("attachment") == 0


def test_not_a_folder_is_refused_in_words(services, tmp_path):
    with pytest.raises(ci.KbdeskError, match="is not a folder"):
        ci.import_course_folder(services, tmp_path / "missing")


def test_kind_and_title_guesses():
    assert ci.guess_kind("Intro.PPTX") == "pptx" and ci.guess_kind("a.key") == "slides"
    assert ci.guess_kind("b.xlsx") == "other" and ci.guess_kind("c.webm") == "video"
    assert ci.title_from_filename("01_k8s__intro.md") == "01 k8s intro"


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
