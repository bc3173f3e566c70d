"""One answer per solution: near-duplicate matches are grouped under one hit
(real archive and index in tmp_path; see kbdesk/search/grouping.py)."""

from __future__ import annotations

import pytest

from kbdesk.cli.main import main
from kbdesk.search.grouping import NEAR_IDENTICAL_TEXT, SAME_RESOLUTION, group_items, resolution_key

CONN_FIX = (
    "定时任务在同一时刻并发启动 300 个线程各自新建连接，没有复用连接池。\n"
    "定时任务改为固定大小线程池并复用连接；错峰调度到 {time} 之后依次启动。\n"
    "通过 DAS 会话管理批量结束来自 {ip} 的 Sleep 会话。"
)
LAG = "只读从库 Seconds_Behind_Master 持续增长，主从延迟升到 30 秒，业务读到旧数据。原因：{cause}。"
STACK = (
    "java.io.IOException: Connection reset by peer\n"
    "    at org.apache.hadoop.hdfs.DFSOutputStream$DataStreamer.run(DFSOutputStream.java:{line})\n"
    "    at org.apache.hadoop.hdfs.server.datanode.DataXceiver.writeBlock(DataXceiver.java:512)\n"
    "DataNode {host} fails to write block blk_{blk} during pipeline recovery, the client retries and gives up."
)


@pytest.fixture
def kb(writer, service):
    w = writer
    ids = {
        # three cases of one fault and one fix, differing only by instance, hour and IP
        "conn1": w.case("RDS 实例 rm-2zeqgdl7dlhrkbw6k 连接数打满，应用大量 1040 报错",
                        "高峰期应用报 ERROR 1040 (HY000): Too many connections", status="closed",
                        root_cause=CONN_FIX.format(time="09:13", ip="10.17.126.229")),
        "conn2": w.case("RDS 实例 rm-uf6q14laqm394510r 连接数打满，应用大量 1040 报错",
                        "高峰期应用报 ERROR 1040 (HY000): Too many connections", status="closed",
                        root_cause=CONN_FIX.format(time="11:49", ip="10.44.152.248")),
        "conn3": w.case("RDS 实例 rm-wz9wf3tpi6otc57fu 连接数打满，应用大量 1040 报错",
                        "高峰期应用报 ERROR 1040 (HY000): Too many connections", status="closed",
                        root_cause=CONN_FIX.format(time="14:02", ip="10.91.83.168")),
        # the same symptom, another cause and fix: a different answer
        "conn_php": w.case("RDS 连接数打满，应用报 1040 Too many connections",
                           "PHP 短连接堆积，ERROR 1040 (HY000): Too many connections", status="closed",
                           root_cause="PHP 短连接在慢查询堆积时无法及时释放，wait_timeout 为默认 28800 秒。",
                           resolution="开启 RDS 数据库代理（连接池模式）收敛短连接。"),
        # Chinese: the same title and symptom, different causes and fixes (shingle Jaccard 0.39)
        "lag_big": w.case("Redis 主从延迟持续升高", LAG.format(cause="大 key 删除阻塞主线程"), status="closed",
                          resolution="改用 UNLINK 异步删除大 key，并拆分大 key。"),
        "lag_net": w.case("Redis 主从延迟持续升高", LAG.format(cause="跨可用区专线抖动丢包"), status="closed",
                          resolution="专线切换到备用链路，并扩大复制积压缓冲区。"),
        # English: one unsolved stack trace reported twice (no resolution: text decides) …
        "hdfs1": w.case("DataNode fails to write block during pipeline recovery",
                        STACK.format(line=640, host="dn-17.example.org", blk="1073741903")),
        "hdfs2": w.case("DataNode fails to write block during pipeline recovery",
                        STACK.format(line=640, host="dn-04.example.org", blk="1073755112")),
        # … and the same title and trace with another cause (shingle Jaccard 0.39 with them)
        "hdfs_other": w.case("DataNode fails to write block during pipeline recovery",
                             "java.io.IOException: Connection reset by peer\n"
                             "    at org.apache.hadoop.hdfs.DFSOutputStream$DataStreamer.run(DFSOutputStream.java:640)\n"
                             "The disk of dn-17 is full: the DataNode rejects the write with No space left on "
                             "device; the balancer never ran."),
    }
    service.sync()
    return ids


def _answers(hits):
    return {h.record_id: {m.record_id for m in h.similar} for h in hits}


def test_same_fix_differing_only_by_instance_and_time_is_one_answer(service, kb):
    result = service.match("RDS 连接数打满\n应用报 ERROR 1040 (HY000): Too many connections", limit=10)
    answers = _answers(result.cases)
    conn = {kb["conn1"], kb["conn2"], kb["conn3"]}
    leader = next(h for h in result.cases if h.record_id in conn)
    assert {m.record_id for m in leader.similar} == conn - {leader.record_id}
    assert all(m.like == SAME_RESOLUTION for m in leader.similar)
    assert len([r for r in answers if r in conn]) == 1
    # the same symptom with another fix stays an answer of its own
    assert kb["conn_php"] in answers and not answers[kb["conn_php"]]


def test_chinese_and_english_non_duplicates_are_not_merged(service, kb):
    result = service.match("Redis主从延迟持续升高，从库延迟 30 秒", limit=10)
    answers = _answers(result.cases)
    assert kb["lag_big"] in answers and kb["lag_net"] in answers
    result = service.match("DataNode fails to write block\njava.io.IOException: Connection reset by peer", limit=10)
    answers = _answers(result.cases)
    assert kb["hdfs_other"] in answers and not answers[kb["hdfs_other"]]
    assert kb["hdfs_other"] not in {m for ms in answers.values() for m in ms}
    assert len([r for r in answers if r in (kb["hdfs1"], kb["hdfs2"])]) == 1  # while those two are one


def test_near_identical_unsolved_reports_are_one_answer(service, kb):
    result = service.match(
        "Pipeline recovery fails\njava.io.IOException: Connection reset by peer at DFSOutputStream", limit=10)
    answers = _answers(result.cases)
    pair = {kb["hdfs1"], kb["hdfs2"]}
    leaders = [r for r in answers if r in pair]
    assert len(leaders) == 1 and answers[leaders[0]] == pair - set(leaders)
    member = next(h for h in result.cases if h.record_id == leaders[0]).similar[0]
    assert member.like == NEAR_IDENTICAL_TEXT and member.title  # openable: type, id and title


def test_ten_hits_are_ten_different_answers(writer, service):
    """Each fix filed three times: the first 10 hits are 10 fixes, the copies under them."""
    for i in range(12):
        for j in range(3):
            writer.case(f"订单服务 order-{i} 故障 实例 i-bp{i}x{j}abc9zz 超时报警", f"接口超时 第 {i} 类故障",
                        status="closed", resolution=f"第 {i} 种处理办法：调整参数 p{i} 并重启服务。")
    service.sync()
    result = service.match("订单服务 故障 超时报警", limit=10)
    assert len(result.cases) == 10
    keys = [resolution_key(h.resolution) for h in result.cases]
    assert len(set(keys)) == 10
    assert all(len(h.similar) == 2 for h in result.cases)
    flat = service.match("订单服务 故障 超时报警", limit=10, group_similar=False)
    assert len({resolution_key(h.resolution) for h in flat.cases}) < 10


def test_the_evaluation_keeps_every_case(service, kb):
    ids = service.match_ids("RDS 连接数打满\n应用报 ERROR 1040 (HY000): Too many connections", limit=10)
    assert {kb["conn1"], kb["conn2"], kb["conn3"], kb["conn_php"]} <= set(ids)


def test_a_case_view_groups_its_similar_cases(service, kb):
    result = service.match(case_id=kb["conn1"], limit=6)
    answers = _answers(result.cases)
    assert kb["conn1"] not in answers  # its own record is left out
    leader = next(r for r in answers if r in (kb["conn2"], kb["conn3"]))
    assert answers[leader] == {kb["conn2"], kb["conn3"]} - {leader}


def test_short_or_empty_resolutions_never_merge():
    assert resolution_key("") is None and resolution_key("已解决") is None and resolution_key("restart") is None
    items = [("a", "磁盘写满 清理日志", "已解决"), ("b", "网络抖动 切换专线", "已解决")]
    groups = group_items(items, text=lambda x: x[1], resolution=lambda x: x[2])
    assert [g.leader[0] for g in groups] == ["a", "b"]


def test_cli_match_says_how_many_more_are_like_a_hit(capsys, service, kb, archive):
    service.close()
    code = main(["--archive", str(archive.root), "match", "--limit", "3",
                 "RDS 连接数打满，应用报 ERROR 1040 (HY000): Too many connections"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 more like this:" in out and "(same resolution)" in out
    for key in ("conn1", "conn2", "conn3"):
        assert kb[key] in out  # the grouped ones are listed with their ids
    code = main(["--archive", str(archive.root), "match", "--all", "--limit", "5",
                 "RDS 连接数打满，应用报 ERROR 1040 (HY000): Too many connections"])
    out = capsys.readouterr().out
    assert "more like this" not in out and all(kb[k] in out for k in ("conn1", "conn2", "conn3"))


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
