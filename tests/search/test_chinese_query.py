"""Chinese typed without spaces: a run is segmented into words that are ANDed
like space-separated words (with the any-word fallback), only quotes make a
phrase, and words typed next to each other rank higher."""

from __future__ import annotations

import pytest

from kbdesk.search import SearchService
from kbdesk.services.search_source import ArchiveDocuments

FALLBACK = "No record contains all the words"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kbdesk.locate import create_demo

    archive = create_demo(tmp_path_factory.mktemp("demo") / "demo")
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    svc.open()
    yield svc
    svc.close()
    archive.close()


def titles(result) -> list[str]:
    return [h.title for h in result.hits]


# --- the demo archive ----------------------------------------------------------


def test_an_unspaced_chinese_query_finds_what_the_spaced_one_finds(demo):
    unspaced = demo.search("主从延迟", limit=100)
    spaced = demo.search("主从 延迟", limit=100)
    assert unspaced.total == spaced.total > 0
    assert FALLBACK in (unspaced.notice or "")
    assert {h.record_id for h in unspaced.hits} == {h.record_id for h in spaced.hits}


def test_redis_master_replica_delay_mixed_with_english(demo):
    r = demo.search("Redis主从延迟")
    assert r.total > 0 and FALLBACK in (r.notice or "")
    # the records with both "Redis" and "主从" come first
    assert "Redis" in r.hits[0].title and "主从" in r.hits[0].title


def test_rds_connections_full_with_an_error_number(demo):
    r = demo.search("RDS连接数打满1040")
    assert r.notice is None  # every word is in the expected records
    top = r.hits[0].title
    assert "RDS" in top and "连接数打满" in top and "1040" in top


def test_k8s_node_not_ready(demo):
    r = demo.search("k8s节点NotReady")
    assert r.total > 0 and r.notice is None
    assert all("NotReady" in t for t in titles(r)[:3])


def test_read_replica_delay_ranks_the_adjacent_words_first(demo):
    r = demo.search("只读实例复制延迟")
    assert "只读实例复制延迟" in r.hits[0].title


def test_a_quoted_chinese_phrase_still_acts_as_a_phrase(demo):
    assert demo.search('"主从延迟"').total == 0
    phrase = demo.search('"复制延迟"', limit=200)
    words = demo.search("复制延迟", limit=200)
    assert 0 < phrase.total < words.total  # the words apart match only unquoted
    assert {h.record_id for h in phrase.hits} < {h.record_id for h in words.hits}


# --- a small hand-built archive ---------------------------------------------


@pytest.fixture
def small(writer, service):
    ids = {
        "delay": writer.case("Redis 主从延迟升高", "从节点复制延迟持续增长，主节点写入量大，主从"),
        "apart": writer.case("主从切换后延迟", "Redis 集群主从切换，业务延迟短暂升高"),
        "copy": writer.case("跨区域任务积压", "复制任务失败，重试后延迟"),
        "mysql": writer.case("RDS 连接数打满", "应用报 ERROR 1040 (HY000): Too many connections，连接数打满"),
        "node": writer.case("K8s 节点 NotReady", "kubelet 停止上报，节点状态 NotReady"),
        "disk": writer.case("磁盘空间不足", "No space left on device"),
    }
    service.sync()
    return ids


def test_unspaced_words_are_anded_not_a_phrase(small, service):
    r = service.search("主从延迟")
    # "apart" has 主从 and 延迟 but not next to each other: found, ranked lower
    assert [h.record_id for h in r.hits] == [small["delay"], small["apart"]]
    assert r.notice is None


def test_adjacent_words_rank_above_scattered_ones(small, service):
    r = service.search("复制延迟")
    assert r.hits[0].record_id == small["delay"]
    r = service.search("主从复制延迟")
    assert r.hits[0].record_id == small["delay"]


def test_mixed_chinese_english_and_codes(small, service):
    assert [h.record_id for h in service.search("RDS连接数打满1040").hits] == [small["mysql"]]
    assert [h.record_id for h in service.search("k8s节点NotReady").hits] == [small["node"]]
    assert service.search("Redis主从延迟").hits[0].record_id == small["delay"]


def test_unspaced_chinese_falls_back_to_any_word_with_a_notice(small, service):
    r = service.search("主从磁盘")  # no record has both
    assert FALLBACK in (r.notice or "")
    assert {h.record_id for h in r.hits} == {small["delay"], small["apart"], small["disk"]}


def test_quoted_chinese_is_a_phrase(small, service):
    assert [h.record_id for h in service.search('"复制延迟"').hits] == [small["delay"]]
    assert [h.record_id for h in service.search('"主从延迟"').hits] == [small["delay"]]
    assert service.search('"集群延迟"').total == 0
    assert service.search("集群延迟").total == 1  # unquoted: the words apart


def test_or_and_exclusion_keep_a_run_together(small, service):
    r = service.search("主从延迟 OR 磁盘")
    assert {h.record_id for h in r.hits} == {small["delay"], small["apart"], small["disk"]}
    r = service.search("Redis -主从延迟")
    assert {h.record_id for h in r.hits} == set()  # both Redis records have 主从 and 延迟
