"""Fault matching: explanations, solved-only, matching a case, a small relevance set."""

from __future__ import annotations

import pytest

from kbdesk.search.matching import split_title

# Our own small archive of faults: (key, title, phenomenon, product, status, resolution)
CASES = [
    (
        "ora",
        "应用连接数据库超时",
        "应用日志报 ORA-12170: TNS:Connect timeout occurred，连接 RDS 实例 rm-bp1xyz 超时",
        "RDS",
        "closed",
        "安全组未放通 1521 端口，放通后恢复",
    ),
    (
        "ora2",
        "Oracle listener refused connection",
        "ORA-12541: TNS:no listener when connecting to 10.1.2.3",
        "RDS",
        "closed",
        "listener restarted",
    ),
    (
        "disk",
        "磁盘写满导致服务不可用",
        "写文件失败 No space left on device (ENOSPC)，/var/log 占用 100%",
        "ECS",
        "closed",
        "清理日志并配置 logrotate",
    ),
    (
        "oom",
        "Java 进程频繁 OOM 重启",
        "java.lang.OutOfMemoryError: Java heap space at com.acme.cache.LruCache.put",
        "ECS",
        "closed",
        "调大 -Xmx 并修复缓存泄漏",
    ),
    ("oom2", "容器被 OOMKilled", "Pod 状态 OOMKilled，内存 limit 512Mi 不足", "ACK", "handling", ""),
    (
        "oss403",
        "OSS 上传失败 403",
        "PutObject 返回 HTTP 403 AccessDenied，RAM 策略缺少 oss:PutObject",
        "OSS",
        "closed",
        "补充 RAM 授权",
    ),
    (
        "oss404",
        "OSS 下载返回 404",
        "GetObject NoSuchKey，HTTP 404，对象路径大小写不一致",
        "OSS",
        "closed",
        "修正路径",
    ),
    (
        "slb502",
        "SLB 返回 502 Bad Gateway",
        "负载均衡后端健康检查失败，502 Bad Gateway，后端 nginx 未启动",
        "SLB",
        "closed",
        "启动 nginx 并修复健康检查路径",
    ),
    (
        "dns",
        "域名解析失败",
        "curl: (6) Could not resolve host: api.example.com，DNS 服务器 100.100.2.136 超时",
        "ECS",
        "closed",
        "修改 resolv.conf",
    ),
    (
        "ssl",
        "HTTPS 证书过期",
        "浏览器提示 NET::ERR_CERT_DATE_INVALID，SSL certificate expired",
        "CDN",
        "closed",
        "更新证书",
    ),
    (
        "npe",
        "NameNode crashes with NullPointerException",
        "java.lang.NullPointerException at org.apache.hadoop.hdfs.server.namenode.FSNamesystem.getBlockLocations",
        "EMR",
        "closed",
        "patch HDFS-1234 applied",
    ),
    (
        "kafka",
        "Kafka consumer lag keeps growing",
        "consumer group rebalance loop, CommitFailedException",
        "Kafka",
        "recovered",
        "increase max.poll.interval.ms",
    ),
    (
        "redis",
        "Redis 连接池耗尽",
        "JedisConnectionException: Could not get a resource from the pool",
        "Redis",
        "closed",
        "调大 maxTotal，修复连接未归还",
    ),
    ("cpu", "ECS CPU 使用率 100%", "top 显示 kworker 占满 CPU，负载 40", "ECS", "handling", ""),
    (
        "mysqllock",
        "MySQL 死锁",
        "Deadlock found when trying to get lock; try restarting transaction (1213)",
        "RDS",
        "closed",
        "调整事务顺序",
    ),
    (
        "slowsql",
        "RDS 慢查询导致 CPU 飙高",
        "慢日志大量全表扫描 SELECT * FROM orders WHERE status=...",
        "RDS",
        "closed",
        "添加索引",
    ),
    (
        "vpn",
        "VPN 隧道断开",
        "IPsec 协商失败 IKE SA 超时，对端 203.0.113.5",
        "VPN",
        "closed",
        "修正预共享密钥",
    ),
    (
        "nas",
        "NAS 挂载超时",
        "mount.nfs: Connection timed out，挂载点 file-system-id.nas.aliyuncs.com",
        "NAS",
        "closed",
        "安全组放通 2049",
    ),
    (
        "k8sdns",
        "Pod 内无法解析 service 域名",
        "CoreDNS 报错 i/o timeout，kube-dns 解析失败",
        "ACK",
        "closed",
        "重启 CoreDNS",
    ),
    (
        "snapshot",
        "快照创建失败",
        "CreateSnapshot 返回 IncorrectDiskStatus，云盘状态异常",
        "ECS",
        "closed",
        "等待云盘 Available",
    ),
]
ARTICLES = [
    ("kb_ora", "ORA-12170 连接超时排查指南", "检查安全组、白名单、监听端口 1521"),
    ("kb_oom", "Java OutOfMemoryError 排查", "dump 堆，分析 MAT，调整 -Xmx"),
    ("kb_403", "OSS 403 AccessDenied 常见原因", "RAM 授权、Bucket Policy、防盗链"),
]
RUNBOOKS = [
    ("rb_disk", "磁盘空间告警处置预案", "磁盘使用率超过 90% 时清理日志", ["df -h 确认占用", "清理 /var/log"]),
    ("rb_db", "数据库主备切换预案", "RDS 主库不可用时执行切换", ["确认主库不可用", "执行 failover"]),
]

# query text → the case key that must be first
RELEVANCE = [
    ("客户反馈应用连不上数据库，报错 ORA-12170 connect timeout", "ora"),
    ("TNS:no listener ORA-12541", "ora2"),
    ("服务器磁盘满了，写日志报 No space left on device", "disk"),
    ("Exception in thread main java.lang.OutOfMemoryError: Java heap space", "oom"),
    ("上传文件到 OSS 报 403 AccessDenied", "oss403"),
    ("访问网站出现 502 Bad Gateway，后端健康检查失败", "slb502"),
    ("Could not resolve host 域名解析失败", "dns"),
    ("NameNode NPE in FSNamesystem.getBlockLocations", "npe"),
    ("kafka consumer CommitFailedException rebalance", "kafka"),
    ("JedisConnectionException Could not get a resource from the pool", "redis"),
    ("Deadlock found when trying to get lock", "mysqllock"),
    ("nfs 挂载 Connection timed out", "nas"),
    ("ＯＲＡ－１２１７０ 全角报错 连接超时", "ora"),
    ("coredns i/o timeout pod 无法解析", "k8sdns"),
]


@pytest.fixture
def kb(writer, service):
    ids = {}
    for key, title, body, product, status, resolution in CASES:
        ids[key] = writer.case(
            title,
            body,
            product=product,
            status=status,
            resolution=resolution,
            customer="ACME" if key != "dns" else "Globex",
        )
    for key, title, solution in ARTICLES:
        ids[key] = writer.article(title, problem=title, solution=solution)
    for key, title, summary, steps in RUNBOOKS:
        ids[key] = writer.runbook(title, summary, steps)
    service.sync()
    return ids


@pytest.mark.parametrize("text,expected", RELEVANCE)
def test_relevance_set_top_hit(service, kb, text, expected):
    result = service.match(text)
    assert result.cases, text
    assert result.cases[0].record_id == kb[expected], [h.title for h in result.cases[:3]]


def test_relevance_set_overall(service, kb):
    hits = sum(
        1 for text, key in RELEVANCE if kb[key] in [h.record_id for h in service.match(text, limit=3).cases]
    )
    assert hits == len(RELEVANCE)


def test_explanations_name_codes_terms_and_product(service, kb):
    result = service.match("应用连接数据库超时\nORA-12170: TNS:Connect timeout occurred", product="RDS")
    top = result.cases[0]
    kinds = {r["kind"]: r for r in top.reasons}
    assert kinds["error_code"]["ids"] == ["ora-12170"]
    assert kinds["error_code"]["codes"] == ["ORA-12170"]  # as the hit (and the query) write it
    assert "超时" in kinds["shared_terms"]["terms"]
    assert "similar_title" in kinds
    assert kinds["same_product"]["product"] == "RDS"
    assert "ora-12170" in result.codes
    assert top.resolution.startswith("安全组")
    assert result.articles[0].record_id == kb["kb_ora"]
    assert result.runbooks[0].record_id == kb["rb_db"]


def test_solved_only_returns_solved_cases_with_resolution(service, kb):
    result = service.match("OOM 内存不足 OutOfMemoryError OOMKilled", solved_only=True)
    assert kb["oom2"] not in [h.record_id for h in result.cases]
    assert all(h.solved for h in result.cases)
    assert result.cases[0].resolution


def test_match_an_existing_case_leaves_it_out(service, kb):
    result = service.match(case_id=kb["oom"])
    ids = [h.record_id for h in result.cases]
    assert kb["oom"] not in ids
    assert result.articles[0].record_id == kb["kb_oom"]
    assert any(r["kind"] == "same_product" for r in result.cases[0].reasons) or result.cases


def test_same_customer_reason(service, kb):
    result = service.match(case_id=kb["dns"])
    assert result.cases  # k8sdns shares 解析 / timeout
    result = service.match("域名解析 超时", customer="Globex")
    top = result.cases[0]
    assert top.record_id == kb["dns"]
    assert {"kind": "same_customer", "customer": "Globex"} in top.reasons


def test_long_text_is_reduced_to_few_terms(service, kb):
    log = "\n".join(
        f"2024-03-0{i % 9 + 1} 12:00:{i:02d} WARN worker-{i} retry {i} of request id-{i * 7919}"
        for i in range(400)
    )
    result = service.match("Java 进程 OOM\n" + log + "\njava.lang.OutOfMemoryError: Java heap space")
    assert len(result.key_terms) <= 30
    assert result.cases[0].record_id == kb["oom"]


def test_empty_and_unknown_inputs(service, kb):
    assert service.match("").notice
    assert service.match(case_id="nope").notice
    assert service.match("zzzz qqqq").cases == []


def test_split_title():
    assert split_title("first line\nrest of it") == ("first line", "rest of it")
    assert split_title("one line only") == ("", "one line only")
