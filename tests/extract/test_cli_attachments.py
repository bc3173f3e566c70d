"""`kbdesk attach`, `kbdesk attachments`, `kbdesk check` and `kbdesk reindex` with attachment text."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from kbdesk.cli.main import main
from kbdesk.services import Services
from kbdesk.storage.archive import Archive

from . import fixtures as fx


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as a:
        s = Services(a, "tester")
        customer = s.create("customer", {"name": "华东某银行"})["id"]
        s.create("case", {"customer_id": customer, "title": "连接数打满", "phenomenon": "ERROR 1040",
                          "category": "operation_error", "severity": "urgent"})
    return root


def test_attach_extracts_and_search_and_match_find_the_words(capsys, tmp_path, root):
    files = [fx.write(tmp_path, "slow_query.log", fx.gb18030_log("zqcliword ORA-12170")),
             fx.write(tmp_path, "deck.pptx", fx.pptx_bytes("zqdeckword")),
             fx.write(tmp_path, "shot.png", fx.png_bytes())]
    code, out, err = run(capsys, "--archive", root, "attach", "case", "CS-2026-0001", *files)
    assert code == 0, err
    assert "slow_query.log: attached" in out and "text extracted" in out
    assert "shot.png: attached" in out and "skipped: image (no OCR)" in out
    code, out, _ = run(capsys, "--archive", root, "search", "zqdeckword")
    assert "连接数打满" in out and "(1 of 1 shown)" in out
    code, out, _ = run(capsys, "--archive", root, "search", "--json", "zqcliword")
    hits = json.loads(out)["hits"]
    assert [h["attachment"] for h in hits] == ["slow_query.log"]
    code, out, _ = run(capsys, "--archive", root, "match", "应用报错 zqcliword")
    assert "连接数打满" in out and "in_attachment" in out.replace("in attachment", "in_attachment")


def test_a_file_that_cannot_be_attached_is_reported_and_the_others_are_attached(capsys, tmp_path, root):
    good = fx.write(tmp_path, "ok.txt", b"zqgood")
    code, out, err = run(capsys, "--archive", root, "attach", "case", "CS-2026-0001", tmp_path / "nope.txt", good)
    assert code == 1
    assert "nope.txt: not attached" in err
    assert "ok.txt: attached" in out and "1 file(s) attached" in out


def test_attach_to_a_missing_record_says_so(capsys, tmp_path, root):
    code, _, err = run(capsys, "--archive", root, "attach", "article", "nope", fx.write(tmp_path, "a.txt", b"x"))
    assert code == 1 and "No article with id 'nope'" in err


def test_skipped_lists_the_encrypted_pdf_and_the_image_with_reasons(capsys, tmp_path, root):
    run(capsys, "--archive", root, "attach", "case", "CS-2026-0001",
        fx.write(tmp_path, "secret.pdf", fx.pdf_bytes("x", password="pw")),
        fx.write(tmp_path, "shot.png", fx.png_bytes()), fx.write(tmp_path, "fine.log", b"fine"))
    code, out, _ = run(capsys, "--archive", root, "attachments", "--skipped")
    assert code == 0
    assert "secret.pdf" in out and "encrypted" in out
    assert "shot.png" in out and "skipped: image (no OCR)" in out
    assert "fine.log" not in out and "(2 file(s) gave no text)" in out
    code, out, _ = run(capsys, "--archive", root, "attachments", "--skipped", "--json")
    assert {json.loads(line)["status"] for line in out.splitlines()} == {"encrypted", "image"}


def test_reextract_after_an_extractor_upgrade(capsys, tmp_path, root):
    run(capsys, "--archive", root, "attach", "case", "CS-2026-0001", fx.write(tmp_path, "a.log", b"zqold"))
    with Archive.open(root) as a, a.session() as s:  # as if written by an older extractor
        s.execute(text("UPDATE attachment_texts SET extractor_version = 0, text = 'stale'"))
    code, out, _ = run(capsys, "--archive", root, "attachments")
    assert "1 not extracted yet" in out
    code, out, _ = run(capsys, "--archive", root, "attachments", "--reextract")
    assert code == 0 and "1 file(s) extracted: 1 with text" in out
    code, out, _ = run(capsys, "--archive", root, "search", "zqold")
    assert "(1 of 1 shown)" in out


def test_reindex_extracts_files_that_have_no_text(capsys, tmp_path, root):
    with Archive.open(root) as a:  # attached without extraction (as an import does)
        s = Services(a, "tester")
        s.attach_file("case", s.find_case("CS-2026-0001")["id"], fx.write(tmp_path, "r.docx", fx.docx_bytes("zqre")))
    code, out, err = run(capsys, "--archive", root, "reindex")
    assert code == 0, err
    code, out, _ = run(capsys, "--archive", root, "search", "zqre")
    assert "(1 of 1 shown)" in out


def test_check_compares_stored_text_with_the_files(capsys, tmp_path, root):
    run(capsys, "--archive", root, "attach", "case", "CS-2026-0001", fx.write(tmp_path, "a.log", b"zqcheck"))
    code, out, _ = run(capsys, "--archive", root, "check")
    assert code == 0 and "1 extracted text(s) compared" in out
    with Archive.open(root) as a, a.session() as s:
        s.execute(text("UPDATE attachment_texts SET text = 'tampered'"))
        s.execute(text("INSERT INTO attachment_texts VALUES (:h, 1, 'ok', '', 'ghost', '2026-01-01')"),
                  {"h": "ab" * 32})
    code, out, _ = run(capsys, "--archive", root, "check")
    assert code == 1
    assert "the stored text of a.log differs from a fresh extraction" in out
    assert "belongs to no stored file" in out


def test_check_notes_attached_files_without_text(capsys, tmp_path, root):
    with Archive.open(root) as a:
        s = Services(a, "tester")
        s.attach_file("case", s.find_case("CS-2026-0001")["id"], fx.write(tmp_path, "n.txt", b"x"))
    code, out, _ = run(capsys, "--archive", root, "check")
    assert code == 0 and "1 attached file(s) without current extracted text" in out
