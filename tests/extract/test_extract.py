"""kbdesk.extract on real files: formats, encodings, limits, the child process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile

import psutil
import pytest

from kbdesk.extract import ExtractRunner, Limits, extract_text
from kbdesk.extract.textfiles import encoding_of

from . import fixtures as fx


@pytest.mark.parametrize(
    ("name", "data", "word"),
    [
        ("a.pdf", fx.pdf_bytes("zqpdf one"), "zqpdf"),
        ("a.docx", fx.docx_bytes("zqdocx"), "zqdocx"),
        ("a.pptx", fx.pptx_bytes("zqpptx"), "zqpptx"),
        ("a.xlsx", fx.xlsx_bytes("zqxlsx"), "zqxlsx"),
        ("slow.log", fx.gb18030_log("zqlog"), "数据库连接被拒绝"),
        ("notes.md", "# 标题\n\nzqmd 内容".encode(), "zqmd"),
        ("t.csv", "名称,值\nzqcsv,1\n".encode("utf-16"), "zqcsv"),
    ],
)
def test_each_format_gives_its_text(name, data, word):
    result = extract_text(data, name)
    assert result.status == "ok", result.reason
    assert word in result.text


def test_a_gb18030_log_after_pages_of_ascii_is_decoded_as_gb18030():
    data = b"INFO ok\n" * 50_000 + "错误 连接超时".encode("gb18030")
    assert encoding_of(data) == "gb18030"
    assert extract_text(data, "messages.log").text.endswith("错误 连接超时")


def test_html_keeps_the_text_not_the_script():
    page = (
        "<html><head><title>故障</title><script>var zqscript=1</script></head>"
        "<body><p>zqhtml&amp;more</p><style>.x{}</style></body></html>"
    )
    result = extract_text(page.encode(), "page.html")
    assert "zqhtml&more" in result.text and "故障" in result.text
    assert "zqscript" not in result.text


def test_a_zip_is_read_one_level_deep_and_never_unpacked_to_disk(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deeper.txt", "zqdeep")
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("../../etc/evil.log", "zqzipped log line")
        z.writestr("notes.docx", fx.docx_bytes("zqzipdocx"))
        z.writestr("nested.zip", inner.getvalue())
        z.writestr("shot.png", fx.png_bytes())
    before = set(os.listdir(tmp_path))
    result = extract_text(outer.getvalue(), "logs.zip")
    assert result.status == "ok"
    assert "zqzipped" in result.text and "zqzipdocx" in result.text
    assert "zqdeep" not in result.text
    assert any("nested.zip" in n for n in result.notes) and any("shot.png" in n for n in result.notes)
    assert set(os.listdir(tmp_path)) == before


def test_a_zip_bomb_is_refused_by_its_declared_size():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("zeros.log", b"\0" * (30 * 1024 * 1024))
    assert len(bomb.getvalue()) < 100_000
    result = extract_text(bomb.getvalue(), "bomb.zip", limits=Limits(max_unpacked_bytes=10 * 1024 * 1024))
    assert result.status == "too_large"


def test_too_many_members_are_refused():
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        for i in range(30):
            z.writestr(f"{i}.txt", "x")
    assert extract_text(many.getvalue(), "many.zip", limits=Limits(max_members=20)).status == "too_large"


def test_statuses_for_files_without_text(tmp_path):
    assert extract_text(fx.pdf_bytes("x", password="pw"), "s.pdf").status == "encrypted"
    assert extract_text(fx.pdf_bytes("", text_layer=False), "scan.pdf").status == "no_text_layer"
    assert extract_text(fx.png_bytes(), "shot.png").status == "image"
    assert extract_text(b"\x00\x01\x02" * 10, "dump.bin").status == "unsupported"
    damaged = extract_text(fx.pdf_bytes("zq")[:200], "cut.pdf")
    assert damaged.status == "damaged" and damaged.reason
    big = fx.write(tmp_path, "big.log", b"x" * 2048)
    assert extract_text(big, "big.log", limits=Limits(max_input_bytes=1024)).status == "too_large"


def test_text_is_cut_at_the_kept_size():
    result = extract_text(b"word " * 1000, "a.txt", limits=Limits(max_text_chars=100))
    assert result.status == "ok" and len(result.text) == 100 and "cut" in result.reason


def test_the_runner_extracts_in_another_process_and_reuses_it(tmp_path):
    path = fx.write(tmp_path, "a.docx", fx.docx_bytes("zqrunner"))
    with ExtractRunner() as runner:
        assert "zqrunner" in runner.extract(path, "a.docx").text
        assert "zqbytes" in runner.extract(b"zqbytes", "b.txt").text
        assert runner.started == 1


def test_a_file_that_takes_too_long_times_out_and_the_next_one_still_works(tmp_path, monkeypatch):
    # a FIFO nobody writes to: reading it blocks the child, as a looping parser would
    fifo = tmp_path / "stuck.log"
    os.mkfifo(fifo)
    with ExtractRunner(Limits(timeout_s=1.5)) as runner:
        started = time.monotonic()
        result = runner.extract(fifo, "stuck.log")
        assert result.status == "timeout"
        assert time.monotonic() - started < 10
        assert runner.extract(b"zqafter", "after.txt").text == "zqafter"
        assert runner.started == 2


CHILD_OF_A_DYING_PARENT = """
import sys, time
from kbdesk.extract import ExtractRunner, Limits
runner = ExtractRunner(Limits(timeout_s=600))
runner._start()
print(runner._proc.pid, flush=True)
time.sleep(600)
"""


def test_the_child_dies_with_its_parent():
    parent = subprocess.Popen(
        [sys.executable, "-c", CHILD_OF_A_DYING_PARENT], stdout=subprocess.PIPE, text=True
    )
    child_pid = int(parent.stdout.readline())
    assert psutil.pid_exists(child_pid)
    parent.kill()
    parent.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if psutil.Process(child_pid).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    else:
        pytest.fail("the extractor child outlived its parent")


def test_limits_come_from_the_archive_settings(archive):
    import json

    from kbdesk.services.attachment_text import limits_for

    assert limits_for(archive) == Limits()
    archive.settings_path.write_text(json.dumps(
        {"extraction": {"max_input_mb": 5, "timeout_s": 2.5, "max_text_mb": "lots"}}), "utf-8")
    limits = limits_for(archive)
    assert limits.max_input_bytes == 5 * 1024 * 1024 and limits.timeout_s == 2.5
    assert limits.max_text_chars == Limits().max_text_chars  # a wrong value keeps the default


def test_a_frozen_build_runs_the_child_through_its_own_command_line(monkeypatch):
    from kbdesk.extract import runner as runner_module

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert runner_module.worker_command() == [sys.executable, "extract-worker"]
    monkeypatch.setattr(runner_module, "worker_command", lambda: [sys.executable, "-m", "kbdesk", "extract-worker"])
    with ExtractRunner() as runner:
        assert runner.extract(b"zqfrozen", "a.txt").text == "zqfrozen"
