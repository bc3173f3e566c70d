"""Error codes people paste, one test per family (docs/matching.md, "Error-code
families"), no codes from ordinary sentences, and codes as exact-match fields."""

from __future__ import annotations

import pytest

from kbdesk.search.analysis import extract_codes


def codes(text: str) -> set[str]:
    return set(extract_codes(text))


def test_mysql_and_mariadb_number_and_sqlstate():
    assert codes("ERROR 1040 (HY000): Too many connections") >= {"mysql-1040", "sqlstate-hy000"}
    assert codes("ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction") >= {
        "mysql-1213",
        "sqlstate-40001",
    }
    assert "mysql-1045" in codes("ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5'")
    assert "mysql-1205" in codes("Error Code: 1205. Lock wait timeout exceeded; try restarting transaction")
    assert codes("SQLSTATE[HY000] [1040] Too many connections") >= {"sqlstate-hy000", "mysql-1040"}
    assert "mysql-1062" in codes("MariaDB error 1062: Duplicate entry '42' for key 'PRIMARY'")


def test_postgresql_sqlstate_and_too_many_connections():
    assert "sqlstate-53300" in codes('pq: sorry, too many clients already (SQLSTATE 53300)')
    assert "sqlstate-53300" in codes("FATAL:  sorry, too many clients already")
    assert "sqlstate-53300" in codes('FATAL: too many connections for role "app"')
    assert "sqlstate-40p01" in codes("ERROR: deadlock detected\nSQLSTATE: 40P01")
    assert "sqlstate-57014" in codes("org.postgresql.util.PSQLException: canceling statement SQLSTATE 57014")


def test_alibaba_cloud_openapi_codes():
    assert "invaliddiskcategory.notsupported" in codes(
        "ErrorCode: InvalidDiskCategory.NotSupported Message: The specified disk category is not supported."
    )
    assert "throttling.user" in codes("Throttling.User : Request was denied due to user flow control.")
    assert "forbidden.ram" in codes("Forbidden.RAM: User not authorized to operate on the specified resource.")
    assert "operationdenied.nostock" in codes("OperationDenied.NoStock 库存不足")
    assert "incorrectinstancestatus" in codes('{"Code": "IncorrectInstanceStatus", "Message": "..."}')


def test_kubernetes_reasons():
    text = (
        "NAME        READY   STATUS             RESTARTS   AGE\n"
        "web-7d9f    0/1     CrashLoopBackOff   12         40m\n"
        "api-5c4b    0/1     ImagePullBackOff   0          3m\n"
        "job-1a2b    0/1     Evicted            0          1h\n"
        "    Last State:  Terminated\n      Reason:    OOMKilled\n"
        "  Warning  FailedScheduling  0/3 nodes are available: 3 Insufficient memory."
    )
    assert codes(text) >= {"crashloopbackoff", "imagepullbackoff", "evicted", "oomkilled", "failedscheduling"}
    assert "notready" in codes("k8s节点NotReady")
    assert "evicted" in codes("Pod 被驱逐，状态 Evicted")


def test_linux_kernel_messages():
    assert "kernel-io-error" in codes(
        "kernel: blk_update_request: I/O error, dev vdb, sector 2048 op 0x1:(WRITE) flags 0x800"
    )
    assert "kernel-oom-kill" in codes(
        "kernel: Out of memory: Killed process 2314 (java) total-vm:8123456kB, anon-rss:6012345kB"
    )
    assert "kernel-oom-kill" in codes("java invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE)")
    assert "kernel-conntrack-full" in codes("kernel: nf_conntrack: table full, dropping packet")
    assert "kernel-hung-task" in codes("INFO: task jbd2/vda1-8:312 blocked for more than 120 seconds.")
    assert "kernel-soft-lockup" in codes("watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [java:1234]")


def test_redis_error_replies():
    assert "redis-readonly" in codes("-READONLY You can't write against a read only replica.")
    assert "redis-readonly" in codes("(error) READONLY You can't write against a read only slave.")
    assert "redis-oom" in codes("OOM command not allowed when used memory > 'maxmemory'.")
    assert "redis-loading" in codes("-LOADING Redis is loading the dataset in memory")


def test_jvm_out_of_memory_kinds():
    assert codes("java.lang.OutOfMemoryError: GC overhead limit exceeded") >= {
        "outofmemoryerror",
        "jvm-gc-overhead",
    }
    assert "jvm-heap-space" in codes("java.lang.OutOfMemoryError: Java heap space")
    assert "jvm-metaspace" in codes("java.lang.OutOfMemoryError: Metaspace")
    assert "jvm-native-thread" in codes("java.lang.OutOfMemoryError: unable to create new native thread")


def test_windows_hresult_and_ntstatus():
    assert "0x8007000e" in codes("HRESULT: 0x8007000E (E_OUTOFMEMORY)")
    assert "0x8007000e" in codes("failed with E_OUTOFMEMORY")
    assert "0x80070005" in codes("HRESULT 80070005")
    assert "0xc0000005" in codes("Exception code: 0xc0000005")
    assert "0xc0000005" in codes("STATUS_ACCESS_VIOLATION in module app.exe")


@pytest.mark.parametrize(
    "sentence",
    [
        "the reason evicted from the list was a stale cache",
        "Evicted from the list, the entry was added again.",
        "The table is READONLY in prose, said the DBA.",
        "Error handling is explained in the code: see below.",
        "ERROR 2024 was a good year for us",
        "Throttling is applied per user; forbidden words are listed.",
        "Out of memory errors are rare here.",
        "Invalid input. Please retry.",
        "客户反馈主从延迟，连接数打满，报 1040 之后重启了应用。",
        "节点状态正常，驱逐策略没有触发。",
        "内存不足导致进程退出，磁盘只读。",
    ],
)
def test_no_codes_from_ordinary_sentences(sentence):
    assert extract_codes(sentence) == []


def test_a_family_code_is_an_exact_match_field_and_a_reason(writer, service):
    deadlock = writer.case("订单库死锁", "应用报 ERROR 1213 (40001): Deadlock found when trying to get lock")
    writer.case("订单库锁等待", "应用报 Lock wait timeout，没有死锁")
    service.sync()
    r = service.search("code:mysql-1213")
    assert [h.record_id for h in r.hits] == [deadlock]
    m = service.match(text="支付库报错\nERROR 1213 (40001): Deadlock found")
    top = m.cases[0]
    assert top.record_id == deadlock
    reason = next(x for x in top.reasons if x["kind"] == "error_code")
    assert "mysql-1213" in reason["ids"] and "sqlstate-40001" in reason["ids"]


def test_no_code_from_a_piece_of_a_hyphenated_name():
    # A Tomcat thread name in a pasted trace is not error code "nio-8080".
    line = 'Exception in thread "http-nio-8080-exec-12" java.lang.OutOfMemoryError: Java heap space'
    assert "nio-8080" not in codes(line)
    assert "java.lang.outofmemoryerror" in codes(line) or "outofmemoryerror" in codes(line)
    assert codes("TNS-12535: TNS:operation timed out; ORA-12170 (HDFS-1234)") >= {"tns-12535", "ora-12170", "hdfs-1234"}
