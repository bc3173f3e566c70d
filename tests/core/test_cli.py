import json

import pytest

from kbdesk.cli.main import main
from kbdesk.services import Services
from kbdesk.storage.archive import Archive

from .sample import fill


@pytest.fixture
def filled(tmp_path):
    root = tmp_path / "arch"
    with Archive.create(root) as a:
        fill(Services(a, "tester"), tmp_path)
    return root


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    for command in ("init", "import", "import-csv", "export", "list", "show", "check",
                    "search", "match", "reindex"):
        assert command in out


def test_init_list_show(capsys, tmp_path, filled):
    code, out, _ = run(capsys, "init", tmp_path / "new")
    assert code == 0 and (tmp_path / "new" / "kbdesk.sqlite").is_file()
    code, out, _ = run(capsys, "--archive", filled, "list", "case")
    assert code == 0 and "CS-2026-0001" in out and "(2 of 2)" in out
    code, out, _ = run(capsys, "--archive", filled, "list", "case", "--where", "severity=urgent", "--json")
    assert [json.loads(x)["severity"] for x in out.splitlines()] == ["urgent"]
    code, out, _ = run(capsys, "--archive", filled, "show", "case", "CS-2026-0001")
    assert "ERROR 1040" in out


def test_errors_are_sentences_not_tracebacks(capsys, tmp_path, filled):
    code, _, err = run(capsys, "--archive", filled, "show", "case", "CS-9999")
    assert code == 1 and "No case with id 'CS-9999'" in err
    code, _, err = run(capsys, "--archive", tmp_path / "nothing-here", "list", "case")
    assert code == 1 and "kbdesk init" in err
    code, _, err = run(capsys, "--archive", filled, "list", "case", "--where", "colour=red")
    assert code == 1 and "colour: is not a field of case" in err


def test_export_import_and_rejected_import(capsys, tmp_path, filled):
    out_file = tmp_path / "dump.jsonl"
    code, out, _ = run(capsys, "--archive", filled, "export", out_file)
    assert code == 0 and "Exported" in out
    run(capsys, "init", tmp_path / "b")
    lines = out_file.read_text().splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines[:-1]) + "\n")  # trailer lost: truncated
    code, _, err = run(capsys, "--archive", tmp_path / "b", "import", bad)
    assert code == 1 and "archive unchanged" in err and "truncated" in err


def test_check_finds_a_damaged_attachment(capsys, filled):
    code, out, _ = run(capsys, "--archive", filled, "check")
    assert code == 0 and out.strip().endswith("1 attachment file(s) verified, 0 problem(s).")
    blob = next((filled / "attachments").glob("??/*"))
    blob.write_bytes(b"corrupted")
    code, out, _ = run(capsys, "--archive", filled, "check")
    assert code == 1 and "screenshot.png" in out and "damaged" in out


def test_first_run_opens_a_fresh_demo_copy(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KBDESK_HOME", str(tmp_path / "home"))
    code, _, err = run(capsys, "info")
    assert code == 0 and "First run" in err
    assert (tmp_path / "home" / "kbdesk.sqlite").is_file()
    _, _, err = run(capsys, "info")
    assert "First run" not in err


def test_an_empty_archive_searches_matches_checks_and_reindexes(tmp_path, capsys):
    # An index with no document reads through a reader that has no segment.
    root = tmp_path / "empty"
    assert run(capsys, "init", root)[0] == 0
    for command in (["search", "x"], ["match", "ERROR 1040 too many connections"], ["check"], ["reindex"],
                    ["search", "x"]):
        code, _out, err = run(capsys, "--archive", root, *command)
        assert code == 0, (command, err)
        assert "Traceback" not in err and "Error" not in err, (command, err)
