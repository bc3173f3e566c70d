"""Structure of long reports: stack frames, exception chains, log templates (issue 11 point 6)."""

from __future__ import annotations

import itertools
import math

import pytest

from kbdesk.search.stacktrace import frame_lines

# A real-looking HDFS client trace (the shape Hadoop prints), with a cause.
JAVA = """\
Reading a file fails after the datanode restart
java.io.IOException: Could not obtain block: blk_-4265381634425813744_1032 file=/user/hive/warehouse/t/000000_0
\tat org.apache.hadoop.hdfs.DFSClient$DFSInputStream.chooseDataNode(DFSClient.java:1812)
\tat org.apache.hadoop.hdfs.DFSClient$DFSInputStream.blockSeekTo(DFSClient.java:1638)
\tat org.apache.hadoop.hdfs.DFSClient$DFSInputStream.read(DFSClient.java:1767)
\tat java.io.DataInputStream.read(DataInputStream.java:83)
\tat sun.reflect.GeneratedMethodAccessor12.invoke(Unknown Source)
\tat org.apache.hadoop.mapred.MapTask$1.run(MapTask.java:340)
\tat java.base/java.lang.Thread.run(Thread.java:829)
Caused by: java.net.SocketTimeoutException: 60000 millis timeout while waiting for channel to be ready for read
\tat org.apache.hadoop.net.SocketIOWithTimeout.doIO(SocketIOWithTimeout.java:164)
\t... 12 more
"""

PYTHON = """\
Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/airflow/models/taskinstance.py", line 1332, in _run_raw_task
    self._execute_task_with_callbacks(context)
  File "/opt/venv/lib/python3.11/site-packages/airflow/operators/python.py", line 175, in execute
    return_value = self.execute_callable()
KeyError: 'conf'
"""

LOG = """\
2013-04-18 19:37:41,012 DEBUG JobScheduler:JMS  kahadb.scheduler.JobSchedulerImpl:442 - Firing Job [id=ID:host-4951-1:1]
2015-01-05 20:25:21,310 [ActiveMQ Session Task-2341] WARN  apache.activemq.ActiveMQMessageConsumer - Duplicate dispatch on connection: ID:perf4-43114-9:1 to consumer: ID:perf4-43114-9:1:1:1
"""


def _lines(text: str) -> list[str]:
    return [text[a:b] for a, b in frame_lines(text)]


def test_java_frame_lines():
    lines = _lines(JAVA)
    assert len(lines) == 8  # 7 frames of the first exception, 1 of its cause
    assert all(line.startswith("\tat ") for line in lines)
    assert "\tat java.base/java.lang.Thread.run(Thread.java:829)" in lines  # module prefix
    assert "\tat sun.reflect.GeneratedMethodAccessor12.invoke(Unknown Source)" in lines
    # the exception chain is the report's identity: never a frame line
    joined = "\n".join(lines)
    assert "IOException" not in joined and "Caused by" not in joined and "SocketTimeoutException" not in joined
    assert "... 12 more" not in joined
    # the spans are those of the lines, disjoint and sorted
    spans = frame_lines(JAVA)
    assert spans == sorted(spans) and all(b <= c for (_, b), (c, _) in itertools.pairwise(spans))


def test_python_frame_lines_include_the_source_line():
    lines = _lines(PYTHON)
    assert len(lines) == 2
    assert lines[0].startswith('  File "/usr/lib/python3/dist-packages/airflow/models/taskinstance.py", line 1332')
    assert lines[0].endswith("self._execute_task_with_callbacks(context)")
    assert "KeyError" not in "\n".join(lines) and "Traceback" not in "\n".join(lines)


def test_log_lines_and_prose_are_not_frames():
    assert frame_lines(LOG) == []
    assert frame_lines("The broker hangs at startup when the store is full (see the log).") == []
    assert frame_lines("look at org.apache.Foo (the class) and at noon") == []


def test_chinese_text_is_unaffected():
    assert frame_lines("应用连接数据库超时，报错后重启服务恢复") == []
    assert frame_lines("主从延迟 at 凌晨 2 点开始，Redis 主从切换") == []
    assert frame_lines("") == []


def test_frame_terms_weigh_less_in_the_plan(service, writer):
    from kbdesk.search import MatchParams
    from kbdesk.search.matching import FaultMatcher, split_title

    writer.case("Namenode restart", "block reports queue up; ProtobufRpcEngine invoker call")
    service.sync()
    title, body = split_title(QUERY)
    with service._read_lock:
        scorer = service.scorer()
        plan = FaultMatcher(scorer, MatchParams()).plan(title, body)
        flat = FaultMatcher(scorer, MatchParams(frame_tf=1.0)).plan(title, body)
    # "protobuf" occurs twice, on a frame line only: two halves (1 + ln 2 as plain words);
    # "queue" occurs in the prose only: the same weight either way
    assert plan.terms["protobuf"] == pytest.approx(1.0)
    assert flat.terms["protobuf"] == pytest.approx(1.0 + math.log(2))
    assert plan.terms["queue"] == flat.terms["queue"] == 1.0


# --- matching: frame lines weigh less than the report's own words ---------------

_GENERIC = """\
\tat org.apache.hadoop.ipc.ProtobufRpcEngine$Server$ProtoBufRpcInvoker.call(ProtobufRpcEngine.java:{n})
\tat org.apache.hadoop.ipc.RPC$Server.call(RPC.java:1049)
\tat org.apache.hadoop.ipc.Server$Handler$1.run(Server.java:2049)
\tat org.apache.hadoop.ipc.Server$Handler$1.run(Server.java:2045)
\tat java.security.AccessController.doPrivileged(Native Method)
\tat javax.security.auth.Subject.doAs(Subject.java:415)
\tat org.apache.hadoop.security.UserGroupInformation.doAs(UserGroupInformation.java:1657)
\tat org.apache.hadoop.ipc.Server$Handler.run(Server.java:2043)
"""

QUERY = (
    "Block reports are never processed after the namenode restart\n"
    "After restarting the namenode, block reports from the datanodes queue up and are never processed; "
    "replication stays stuck.\n"
    "java.io.IOException: report rejected\n"
    "\tat org.apache.hadoop.hdfs.server.blockmanagement.BlockManager.processReport(BlockManager.java:1804)\n"
    + _GENERIC.format(n=616)
)


def _archive(writer):
    target = writer.case(
        "Namenode restart: datanode block reports queue up, not processed",
        "After a restart of the namenode the block reports sent by datanodes are queued and never processed, "
        "so replication is stuck.",
    )
    noise = writer.case(
        "RPC handler call stack in server log",
        "java.io.IOException: call failed\n" + _GENERIC.format(n=585) * 2,
    )
    for i, (title, body) in enumerate(
        [
            ("Balancer moves no blocks", "balancer iteration finishes without moving data"),
            ("Secondary namenode checkpoint fails", "fsimage upload timeout"),
            ("Datanode disk failure not detected", "volume failed but datanode keeps writing"),
            ("YARN container killed for memory", "container exceeded physical memory limits"),
            ("Hive query hangs on metastore", "metastore lock wait"),
            ("Kerberos ticket expired", "GSS initiate failed, no valid credentials"),
        ]
    ):
        writer.case(f"{title} ({i})", body + ("\n" + _GENERIC.format(n=i) if i % 3 == 0 else ""))
    return target, noise


def test_frame_lines_do_not_outweigh_the_report(writer, archive):
    from kbdesk.search import MatchParams, SearchService
    from kbdesk.services.search_source import ArchiveDocuments

    target, noise = _archive(writer)
    svc = SearchService(ArchiveDocuments(archive), procs=1)
    svc.open()
    ranked = [h.record_id for h in svc.match(QUERY).cases]
    svc.close()
    assert ranked[0] == target, ranked
    # as a bag of words (every frame line counting fully), the frames drown the report
    old = SearchService(ArchiveDocuments(archive), procs=1, params=MatchParams(frame_tf=1.0))
    old.open()
    ranked_old = [h.record_id for h in old.match(QUERY).cases]
    old.close()
    assert ranked_old[0] == noise, ranked_old


import pytest as _both_engines_pytest  # noqa: E402

pytestmark = _both_engines_pytest.mark.both_engines
