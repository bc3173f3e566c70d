"""Bad queries never raise: impossible dates, huge words, undecodable bytes, fuzz."""

from __future__ import annotations

import logging
import random
import subprocess
import sys

import pytest

MAX_QUERY_WORD_CHARS = 100  # kbdesk.search.limits (spelled out: the test also runs on old code)

ROOT_SYNTAX = [
    '"',
    "-",
    ":",
    "|",
    "OR",
    "AND",
    "&&",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "..",
    ">",
    "<",
    "=",
    "*",
    "?",
]
FIELDS = [
    "type",
    "customer",
    "product",
    "severity",
    "status",
    "tag",
    "code",
    "title",
    "body",
    "date",
    "solved",
    "Date",
    "TYPE",
    "nofield",
    "",
]
DATES = [
    "9999",
    "9999-12",
    "9999-12-31",
    "0001",
    "0001-01-01",
    "2024",
    "2024-02-30",
    "2024-13",
    "99999",
    "2024..9999-12-31",
    "<9999-12-31",
    ">=9999",
    "..",
    "2024/03/05",
    "20240305",
    "1-1-1",
    "-1",
    "１９９９",
]
WORDS = [
    "ORA-12170",
    "超时",
    "数据库连接超时",
    "NameNode",
    "java.lang.OutOfMemoryError",
    "case",
    "案例",
    "ENOSPC",
    "x" * 150,
    "日本語",
    "한국어",
    "café",
    "ǅ",
    "\u0301",
    "\u200b",
    "\ufeff",
    "🙂",
    "\ufffd",
    "0x7f",
    "%s",
    "\\",
]


@pytest.fixture
def filled(writer, service):
    writer.case("数据库连接超时 ORA-12170", "TNS:Connect timeout occurred", customer="华为")
    writer.article("NameNode 启动失败", "SafeModeException: Name node is in safe mode")
    writer.runbook("磁盘写满", "No space left on device ENOSPC", steps=["清理日志", "扩容"])
    service.sync()
    return service


@pytest.mark.parametrize("query", ["date:9999", "date:<9999-12-31", "date:2024..9999-12-31", "date:9999-12"])
def test_dates_at_the_end_of_the_calendar_do_not_raise(filled, query):
    result = filled.search(query)
    dated = filled.search("date:>2000").total
    assert dated >= 2
    assert result.total == (0 if query in ("date:9999", "date:9999-12") else dated)


def test_one_huge_word_is_cut_with_a_notice(filled):
    result = filled.search("ORA-12170" + "x" * 200_000)
    assert "cut to its first 1,000 characters (it had 200,009)" in result.notice
    assert len(result.interpreted) < 5000
    long_word = filled.search("ORA-12170 " + "y" * (MAX_QUERY_WORD_CHARS + 50))
    assert "longer than 100 characters" in long_word.notice


def test_a_huge_paste_is_matched_on_its_start_with_a_notice(filled):
    text = "TNS:Connect timeout occurred ORA-12170\n" + ("z" * 1000 + " ") * 200
    result = filled.match(text)
    assert "The text is long" in result.notice
    assert [h.title for h in result.cases] == ["数据库连接超时 ORA-12170"]


def test_undecodable_bytes_are_replaced_not_logged_as_tracebacks(filled, caplog):
    bad = b"\xff\xfe".decode("utf-8", "surrogateescape")
    with caplog.at_level(logging.WARNING):
        for query in (bad, f"customer:{bad}", f"code:{bad}", f"ORA-12170{bad}"):
            result = filled.search(query)
            assert "not valid text" in result.notice
        filled.match(f"{bad} ORA-12170")
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_cli_search_with_non_utf8_bytes_says_no_traceback(archive, writer, service):
    writer.case("数据库连接超时 ORA-12170", "TNS:Connect timeout occurred")
    service.sync()
    code = "import sys; from kbdesk.cli.main import main; sys.exit(main())"
    for query in (b"\xff\xfe", b"customer:\xff\xfe", b"code:\xff"):
        proc = subprocess.run(
            [
                sys.executable.encode(),
                b"-c",
                code.encode(),
                b"--archive",
                str(archive.root).encode(),
                b"search",
                query,
            ],
            capture_output=True,
        )
        assert proc.returncode == 0, proc.stderr
        assert b"Traceback" not in proc.stderr and b"ERROR" not in proc.stderr
        assert "not valid text" in proc.stdout.decode("utf-8")


def _fuzz_query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 8)):
        kind = rng.random()
        if kind < 0.3:
            parts.append(f"{rng.choice(FIELDS)}:{rng.choice(DATES + WORDS)}")
        elif kind < 0.5:
            parts.append(rng.choice(ROOT_SYNTAX))
        elif kind < 0.75:
            parts.append(rng.choice(WORDS))
        else:  # random code points, surrogates excluded
            parts.append(
                "".join(
                    chr(
                        rng.choice(
                            [
                                rng.randint(32, 0x2FF),
                                rng.randint(0x3000, 0x9FFF),
                                rng.randint(0xE000, 0x10FFFF),
                            ]
                        )
                    )
                    for _ in range(rng.randint(1, 12))
                )
            )
    sep = rng.choice([" ", "", "\t", "\n", "  "])
    return sep.join(parts)


def test_two_thousand_fuzzed_queries_never_raise(filled):
    rng = random.Random(20261202)
    failures = []
    for _ in range(2000):
        q = _fuzz_query(rng)
        try:
            filled.search(q, limit=5)
            filled.match(q, limit=3)
        except Exception as exc:
            failures.append((q, f"{type(exc).__name__}: {exc}"))
    assert failures == []


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
