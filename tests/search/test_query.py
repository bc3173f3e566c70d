"""Keyword query syntax, filters, facets, snippets, "did you mean", garbage input."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kbdesk.search import SearchFilters
from kbdesk.search.querylang import parse_date_range


@pytest.fixture
def corpus(writer, service):
    ids = {
        "ora": writer.case(
            "数据库连接超时",
            "应用连接 RDS 报 ORA-12170: TNS:Connect timeout occurred",
            customer="ACME",
            product="RDS",
            severity="high",
            status="closed",
            reported_at=datetime(2024, 3, 5, tzinfo=UTC),
            tags=["db", "network"],
            resolution="安全组放通 1521 端口",
        ),
        "oss": writer.case(
            "OSS 上传返回 HTTP 403",
            "上传文件时报 AccessDenied, HTTP 403 Forbidden",
            customer="Globex 环球",
            product="OSS",
            severity="medium",
            reported_at=datetime(2024, 5, 20, tzinfo=UTC),
        ),
        "npe": writer.case(
            "NameNode crashes with NullPointerException",
            "java.lang.NullPointerException at org.apache.hadoop.hdfs.server.namenode.FSNamesystem",
            customer="ACME",
            product="EMR",
            severity="critical",
            status="handling",
            reported_at=datetime(2023, 11, 2, tzinfo=UTC),
        ),
        "art": writer.article(
            "ORA-12170 连接超时排查",
            problem="连接数据库超时",
            solution="检查安全组、白名单与监听",
            product="RDS",
        ),
        "rb": writer.runbook(
            "数据库主备切换预案",
            "RDS 主库不可用时执行 failover",
            ["确认主库不可用", "执行 failover 并验证连接"],
            product="RDS",
        ),
    }
    service.sync()
    return ids


def found(result):
    return {h.record_id for h in result.hits}


def test_words_are_anded(service, corpus):
    assert found(service.search("连接 超时")) == {corpus["ora"], corpus["art"]}
    assert found(service.search("timeout RDS")) == {corpus["ora"]}


def test_phrases_in_english_and_chinese(service, corpus):
    assert found(service.search('"connect timeout"')) == {corpus["ora"]}
    assert found(service.search('"timeout connect"')) == set()
    assert found(service.search('"连接超时"')) == {corpus["ora"], corpus["art"]}
    assert found(service.search('"超时连接"')) == set()


def test_identifiers_match_whole_or_by_parts(service, corpus):
    assert found(service.search("NullPointerException")) == {corpus["npe"]}
    assert found(service.search("FSNamesystem")) == {corpus["npe"]}
    assert found(service.search("namenode")) == {corpus["npe"]}


def test_codes_match_exactly(service, corpus):
    assert found(service.search("ORA-12170")) == {corpus["ora"], corpus["art"]}
    assert found(service.search("code:ora-12170")) == {corpus["ora"], corpus["art"]}
    assert found(service.search("code:http-403")) == {corpus["oss"]}
    assert found(service.search("ＯＲＡ－１２１７０")) == {corpus["ora"], corpus["art"]}


def test_fields_exclusion_and_or(service, corpus):
    assert found(service.search("type:article 超时")) == {corpus["art"]}
    assert found(service.search("超时 -type:article")) == {corpus["ora"]}
    assert found(service.search("customer:globex")) == {corpus["oss"]}
    assert found(service.search("customer:acme severity:critical")) == {corpus["npe"]}
    assert found(service.search("product:rds type:runbook")) == {corpus["rb"]}
    assert found(service.search("tag:network")) == {corpus["ora"]}
    assert found(service.search("AccessDenied OR NullPointerException")) == {corpus["oss"], corpus["npe"]}
    assert found(service.search("title:failover")) == set()
    assert found(service.search("body:failover")) == {corpus["rb"]}


def test_date_ranges(service, corpus):
    assert found(service.search("date:2024-03")) == {corpus["ora"]}
    assert found(service.search("date:2024-01-01..2024-12-31 type:case")) == {corpus["ora"], corpus["oss"]}
    assert found(service.search("type:case date:<2024-01-01")) == {corpus["npe"]}
    assert parse_date_range("2024") == (datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59, 59, 999999))
    assert parse_date_range("junk") is None


def test_filters_and_facets(service, corpus):
    r = service.search("RDS")
    assert r.facets["type"] == {"case": 1, "article": 1, "runbook": 1}
    assert r.facets["product"] == {"RDS": 3}
    r = service.search("RDS", SearchFilters(types=["case", "article"]))
    assert found(r) == {corpus["ora"], corpus["art"]} and r.total == 2
    r = service.search("", SearchFilters(customers=["ACME"], date_from=date(2024, 1, 1)))
    assert found(r) == {corpus["ora"]}
    r = service.search("", SearchFilters(solved_only=True, types=["case"]))
    assert found(r) == {corpus["ora"]}


def test_snippets_are_highlighted_and_escaped(writer, service, corpus):
    r = service.search("AccessDenied")
    assert '<b class="match' in r.hits[0].snippet and "AccessDenied</b>" in r.hits[0].snippet
    writer.case("xss <script>alert(1)</script>", "payload <img src=x> AccessDenied")
    service.sync()
    for hit in service.search("AccessDenied").hits:
        assert "<script>" not in hit.snippet and "<img" not in hit.snippet


def test_did_you_mean(service, corpus):
    r = service.search("timout")
    assert r.corrections == {"timout": "timeout"}
    assert r.suggestion == "timeout"


def test_relaxed_when_no_document_has_all_words(service, corpus):
    r = service.search("failover nosuchwordanywhere")
    assert found(r) == {corpus["rb"]}
    assert "any of them" in r.notice


def test_only_exclusions_and_empty_queries(service, corpus):
    r = service.search("-RDS")
    assert found(r) == {corpus["oss"], corpus["npe"]} and r.notice
    r = service.search("")
    assert r.hits == [] and r.total == 0


GARBAGE = [
    '"',
    '"""',
    "-",
    "--",
    "OR",
    "OR OR",
    "a OR",
    ":",
    "type:",
    "date:",
    "date:2024-13-45",
    "foo:bar",
    "(((",
    ")",
    "[x]",
    "*",
    "?",
    "\\",
    "NOT",
    "AND",
    'title:"',
    '-"',
    "\x00",
    "customer:nobody",
    "type:nonsense",
    "ORA-",
    "-ORA-12170",
    "🙂🙂",
    "　",
    "’",
    "a" * 5000,
    "超" * 2000,
    " ".join(["word"] * 300),
    'title:"unclosed phrase',
    "code:",
    "solved:maybe",
]


@pytest.mark.parametrize("query", GARBAGE)
def test_garbage_never_raises(service, corpus, query):
    r = service.search(query)
    assert r.total >= 0


def test_notices_explain_repairs(service, corpus):
    assert "quote" in service.search('"connect timeout').notice
    assert "Parentheses" in service.search("(timeout)").notice
    assert "Unknown field" in service.search("foo:bar").notice
    assert "not a date" in service.search("date:yesterdayish").notice
    assert "Unknown record type" in service.search("type:nonsense").notice


def test_identifier_parts_must_be_adjacent(writer, service):
    near = writer.case("socket option", "we call get tcp delay on the socket")
    far = writer.case("scattered words", "get the value; tcp is slow; a delay appeared")
    whole = writer.case("exact identifier", "socket.getTcpNoDelay() returns false")
    service.sync()
    found_ids = {h.record_id for h in service.search("getTcpNoDelay").hits}
    assert whole in found_ids and near in found_ids and far not in found_ids
