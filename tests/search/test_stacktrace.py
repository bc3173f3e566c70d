"""Structure of long reports: stack frames, exception chains, log templates (issue 11 point 6)."""

from __future__ import annotations

from kbdesk.search.stacktrace import extract, struct_tokens, template

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


def test_java_frames_are_normalised():
    st = extract(JAVA)
    # line numbers, module prefixes and anonymous-class suffixes are dropped
    assert "f:org.apache.hadoop.hdfs.dfsclient.dfsinputstream.choosedatanode" not in st.frames
    assert "f:org.apache.hadoop.hdfs.dfsclient$dfsinputstream.choosedatanode" in st.frames
    assert "f:org.apache.hadoop.mapred.maptask.run" in st.frames
    assert "f:java.lang.thread.run" in st.frames
    assert not any("generatedmethodaccessor" in f for f in st.frames)
    # the same frame at another line number (another release) is the same feature
    moved = JAVA.replace("DFSClient.java:1812", "DFSClient.java:2015")
    assert extract(moved).frames == st.frames


def test_exception_chain_and_signature():
    st = extract(JAVA)
    assert st.exceptions == ["x:java.io.ioexception", "x:java.net.sockettimeoutexception"]
    # signature = exception + its first frame outside the JDK
    assert "s:ioexception@org.apache.hadoop.hdfs.dfsclient$dfsinputstream.choosedatanode" in st.signatures
    assert "s:sockettimeoutexception@org.apache.hadoop.net.socketiowithtimeout.doio" in st.signatures
    # the message template ignores the block id and the file: another block, same template
    other = JAVA.replace("blk_-4265381634425813744_1032", "blk_77_1").replace("/t/000000_0", "/u/1")
    assert extract(other).messages == st.messages
    assert len(st.messages) == 2


def test_python_traceback():
    st = extract(PYTHON)
    assert st.frames == ["f:models.taskinstance._run_raw_task", "f:airflow.operators.python.execute"] or st.frames == [
        "f:models.taskinstance._run_raw_task",
        "f:operators.python.execute",
    ]
    assert st.exceptions == ["x:keyerror"]
    # Python prints the raising frame last
    assert st.signatures == [f"s:keyerror@{st.frames[-1][2:]}"]
    # a different install path gives the same frames
    moved = PYTHON.replace("/usr/lib/python3/dist-packages", "/home/me/.local/lib")
    assert extract(moved).frames == st.frames


def test_log_lines_become_templates():
    st = extract(LOG)
    assert len(st.templates) == 2
    # another job id, another thread, another timestamp: the same templates
    other = (
        LOG.replace("19:37:41,012", "07:01:02,999")
        .replace("ID:host-4951-1:1", "ID:other-1-2:3")
        .replace("Task-2341", "Task-7")
        .replace("ID:perf4-43114-9:1", "ID:x-1-1:1")
    )
    assert extract(other).templates == st.templates
    # a different message is a different template
    assert extract(LOG.replace("Duplicate dispatch", "Lost dispatch")).templates != st.templates


def test_template_masks_variable_words():
    assert template("Firing Job [id=ID:host-1:1, delay=5000]") == "firing job <*>"
    assert template("Could not obtain block blk_123 from /10.0.0.1:50010") == "could not obtain block <*> from <*>"
    assert template("12 34") == ""  # nothing constant: no template


def test_prose_and_chinese_give_no_structure():
    assert struct_tokens("The broker hangs at startup when the store is full.") == []
    assert struct_tokens("an IOException is thrown when reading") == []
    assert struct_tokens("应用连接数据库超时，报错后重启服务恢复") == []
    assert struct_tokens("主从延迟 at 凌晨 2 点开始，Redis 主从切换") == []
    assert struct_tokens("") == []


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
        "java.io.IOException: call failed\n" + _GENERIC.format(n=585) * 3,
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
        writer.case(f"{title} ({i})", body)
    return target, noise


def test_frame_lines_do_not_outweigh_the_report(writer, archive):
    from kbdesk.search import MatchParams, SearchService

    target, noise = _archive(writer)
    svc = SearchService(archive, procs=1)
    svc.open()
    ranked = [h.record_id for h in svc.match(QUERY).cases]
    svc.close()
    assert ranked[0] == target, ranked
    # as a bag of words (every frame line counting fully), the frames drown the report
    old = SearchService(archive, procs=1, params=MatchParams(frame_tf=1.0))
    old.open()
    ranked_old = [h.record_id for h in old.match(QUERY).cases]
    old.close()
    assert ranked_old[0] == noise, ranked_old
