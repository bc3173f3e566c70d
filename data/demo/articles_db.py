"""Knowledge-base articles: RDS MySQL, Oracle, Redis, Kafka.

Same shape as articles_ecs.py.
"""

ARTICLES = [
    {
        "key": "rds-too-many-connections",
        "title": "RDS MySQL 报 ERROR 1040 (HY000): Too many connections 的应急与根治",
        "product": "云数据库 RDS MySQL",
        "tags": ["RDS MySQL", "1040", "Too many connections", "连接池", "wait_timeout"],
        "author": "赵敏", "from_case": True,
        "problem": "应用报 Too many connections，新连接被拒绝；高权限账号也可能无法登录。",
        "solution": "应急：DAS 批量结束 Sleep 会话、临时调高 max_connections；根治：按实例上限规划连接池、缩短 wait_timeout、使用数据库代理、修复慢 SQL。",
        "history": [
            {"by": "张伟", "days": 0, "drop": ["## 连接数规划公式", "## 告警建议"],
             "title": "RDS Too many connections 处理"},
            {"by": "刘洋", "days": 20, "drop": ["## 告警建议"]},
        ],
        "final": {"by": "张伟", "days": 75},
        "body": r"""## 现象

```
ERROR 1040 (HY000): Too many connections
SQLSTATE[HY000] [1040] Too many connections
java.sql.SQLNonTransientConnectionException: ... "Too many connections"
```

## 应急（先恢复业务）

1. 控制台 → DAS → 会话管理，按来源 IP / 用户分组查看，批量结束 `Sleep` 且时间较长的会话。
2. 参数设置中临时调高 `max_connections`（受规格上限约束），无需重启。
3. 若大量会话处于 `Query` 状态，先处理慢 SQL（见《RDS CPU 100%：定位并限流慢 SQL》）。

```sql
SELECT user, SUBSTRING_INDEX(host, ':', 1) ip, command, COUNT(*) c
FROM information_schema.processlist GROUP BY 1, 2, 3 ORDER BY c DESC LIMIT 10;
```

## 常见根因

| 根因 | 特征 |
|---|---|
| 连接池总量超上限 | Pod/实例数 × maximumPoolSize > max_connections |
| 空闲连接不回收 | 大量 Sleep，`wait_timeout` 为默认 28800 |
| 慢 SQL 堆积 | 大量 Query 状态，CPU 高 |
| 短连接风暴 | PHP-FPM / 脚本每请求新建连接 |

## 连接数规划公式

`应用实例数 × 连接池上限 + 运维预留（≥ 50）≤ max_connections × 80%`

HikariCP 建议：`maximumPoolSize` 按 `CPU 核数 × 2 + 有效磁盘数` 起步，配合 `idleTimeout=600000`、`maxLifetime` 小于 `wait_timeout`。

## 根治

- 收敛连接池、缩短 `wait_timeout`（如 600 秒）。
- 短连接场景开启数据库代理（连接池模式）。
- 定时任务错峰并复用连接池。

## 告警建议

连接使用率 80% 告警、活跃会话数告警，通知到值班群与客户 DBA。
""",
    },
    {
        "key": "rds-slow-sql-cpu",
        "title": "RDS CPU 100%：定位并限流慢 SQL",
        "product": "云数据库 RDS MySQL",
        "tags": ["慢 SQL", "CPU 100%", "索引", "SQL 限流"],
        "author": "刘洋", "from_case": True,
        "problem": "RDS CPU 持续打满、活跃会话堆积，应用大面积超时。",
        "solution": "DAS 定位 TOP SQL 并限流 / kill；改写 SQL 避免索引列函数运算，补充联合索引；报表走只读实例；上线前 SQL 审核。",
        "body": r"""## 定位

1. DAS → 实时性能 → 活跃会话，按 SQL 模板聚合，找到执行次数 × 耗时最高的语句。
2. 慢日志：关注 `Rows_examined` 远大于 `Rows_sent` 的语句。

```
# Query_time: 12.874  Rows_sent: 20  Rows_examined: 41873220
SELECT * FROM orders WHERE DATE_FORMAT(create_time,'%Y-%m-%d') = '2025-06-18' ...
```

## 应急

- DAS → SQL 限流：按关键字限制并发（如 2），立即生效。
- `KILL <id>` 结束正在执行的问题语句。

## 优化

| 写法 | 问题 | 改写 |
|---|---|---|
| `DATE_FORMAT(create_time, …) = ?` | 索引列上做函数 | `create_time >= ? AND create_time < ?` |
| `WHERE a = ? ORDER BY b` 无联合索引 | filesort | `INDEX(a, b)` |
| `SELECT *` 大表 | 回表多 | 只取需要的列 / 覆盖索引 |

```sql
EXPLAIN SELECT ...;   -- type=ALL、rows 巨大即为全表扫描
ALTER TABLE orders ADD INDEX idx_status_ctime (status, create_time), ALGORITHM=INPLACE, LOCK=NONE;
```

## 预防

报表与统计查询走只读实例；上线前使用 SQL 审核；慢 SQL 数量纳入日常巡检。
""",
    },
    {
        "key": "rds-replica-lag",
        "title": "RDS 只读实例复制延迟大的原因与处理",
        "product": "云数据库 RDS MySQL",
        "tags": ["只读实例", "复制延迟", "读写分离", "无主键"],
        "author": "刘洋", "from_case": True,
        "problem": "Seconds_Behind_Master 持续增长，读写分离读到旧数据。",
        "solution": "只读实例规格不低于主实例；无主键表补主键；大事务拆分；读写分离设置延迟阈值自动剔除。",
        "body": r"""## 常见原因

1. 只读实例规格小于主实例，回放能力不足。
2. 无主键 / 无索引大表的 UPDATE、DELETE（row 格式下逐行全表扫描）。
3. 大事务、大表 DDL。
4. 只读实例上有长查询与回放线程争抢资源。

## 排查

```sql
SHOW SLAVE STATUS\G
SELECT table_schema, table_name FROM information_schema.tables t
WHERE table_type = 'BASE TABLE' AND NOT EXISTS (
  SELECT 1 FROM information_schema.table_constraints c
  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
    AND c.constraint_type = 'PRIMARY KEY')
  AND table_schema NOT IN ('mysql','sys','information_schema','performance_schema');
```

## 处理

- 只读实例升配到与主实例相同规格。
- 为无主键表添加主键（先评估业务与 DDL 影响）。
- 大批量更新拆成每批 1000–5000 行。
- 读写分离地址设置“延迟阈值”（如 30 秒），超阈值自动把读流量切回主实例。
""",
    },
    {
        "key": "rds-pitr-restore",
        "title": "误删数据后用 RDS 按时间点恢复（PITR）找回",
        "product": "云数据库 RDS MySQL",
        "tags": ["PITR", "按时间点恢复", "误删除", "binlog", "DROP TABLE"],
        "author": "张伟", "from_case": True,
        "problem": "误执行 DROP TABLE / 无条件 DELETE / TRUNCATE，需要把数据恢复到误操作前。",
        "solution": "定位误操作精确时间（binlog），用全量备份 + 日志备份克隆到新实例的时间点，核对后导回生产；收紧权限与变更流程。",
        "history": [
            {"by": "张伟", "days": 0, "drop": ["## 常见坑"]},
            {"by": "赵敏", "days": 28, "drop": []},
        ],
        "final": {"by": "许文博", "days": 88},
        "body": r"""## 先做的三件事

1. **止损**：受影响功能挂维护页，避免继续写入造成更复杂的不一致。
2. **定时间**：在 binlog 中找到误操作的精确位置与时间。

```bash
mysqlbinlog --base64-output=decode-rows -vv mysql-bin.000123 | grep -n -i -B5 "DROP TABLE"
```

3. **确认备份**：控制台 → 备份恢复，确认最近全量备份与日志备份覆盖该时间点。

## 恢复

- 控制台 → 备份恢复 → 数据库恢复（原克隆实例）→ 按时间点，选择误操作前 1 秒。
- 也可使用“库表恢复”只恢复指定库表到原实例（生成新表名）。
- 恢复完成后核对行数、抽样比对，再用 DTS 或 `INSERT … SELECT` 导回生产。

| 方式 | 耗时 | 影响 |
|---|---|---|
| 克隆实例 + 导回 | 与数据量相关，较长 | 不影响原实例 |
| 库表恢复 | 较快 | 原实例新增表 |

## 常见坑

- 时间点要用实例时区换算；binlog 时间与控制台时间核对一致。
- 导回前确认应用是否已写入新数据，必要时做合并而非覆盖。
- 克隆实例用完及时释放，避免额外费用。

详细操作步骤见 Runbook《RDS MySQL 全量备份与时间点恢复》。
""",
    },
    {
        "key": "rds-storage-locked",
        "title": "RDS 存储空间满被锁定（--read-only）",
        "product": "云数据库 RDS MySQL",
        "tags": ["RDS", "存储满", "只读锁定", "binlog"],
        "author": "赵敏", "from_case": True,
        "problem": "写入报 ERROR 1290 (HY000): The MySQL server is running with the --read-only option，控制台实例状态为锁定中。",
        "solution": "扩容存储自动解锁；清理已备份的 binlog、临时表与大表碎片；开启存储自动扩容。",
        "body": r"""## 确认

- 控制台：实例状态“锁定中”，存储空间 100%。
- 空间构成：数据、binlog、临时文件、系统文件，在“监控与报警 → 空间”查看。

## 处理

1. 最快：**扩容存储**，完成后自动解锁。
2. binlog 占比高：调整本地保留时长（已上传到备份的可清理）。
3. 临时文件占比高：排查大排序 / 大 JOIN 产生的临时表。
4. 数据碎片：`OPTIMIZE TABLE`（评估锁表影响，建议用 DMS 无锁变更）。

## 预防

开启存储空间自动扩容（阈值 90%，上限按预算设置）；存储使用率 80% 告警；大批量导入前评估 binlog 增量。
""",
    },
    {
        "key": "mysql-deadlock-1213",
        "title": "ERROR 1213 Deadlock found when trying to get lock：分析死锁日志",
        "product": "云数据库 RDS MySQL",
        "tags": ["死锁", "1213", "InnoDB", "事务"],
        "author": "李静", "from_case": True,
        "problem": "批处理或高并发更新报 ERROR 1213 (40001) 死锁，事务被回滚。",
        "solution": "读取 LATEST DETECTED DEADLOCK 确认两个事务的加锁顺序；统一更新顺序、缩小事务、应用层重试。",
        "body": r"""## 获取死锁信息

```sql
SHOW ENGINE INNODB STATUS\G   -- 查看 LATEST DETECTED DEADLOCK
```

RDS 也可在 DAS → 锁分析 → 死锁分析中查看历史死锁。

## 典型模式

```
事务 1: UPDATE gl_balance ... WHERE acct_id=1002  (持有) → 等待 acct_id=1001
事务 2: UPDATE gl_balance ... WHERE acct_id=1001  (持有) → 等待 acct_id=1002
```

多线程以不同顺序更新同一批行，形成循环等待。

## 解决

- 所有更新按主键排序后执行（统一加锁顺序）。
- 缩小事务范围，避免在事务中调用远程接口。
- 确保 WHERE 条件走索引，避免锁住大范围记录。
- 应用层捕获 1213 并有限次重试。

若死锁来自采购软件的固定 SQL，收集死锁日志与复现步骤提交厂商。
""",
    },
    {
        "key": "oracle-ora-12170",
        "title": "ORA-12170: TNS:Connect timeout occurred 排查",
        "product": "云服务器 ECS",
        "tags": ["Oracle", "ORA-12170", "TNS", "网络", "专线"],
        "author": "王磊", "from_case": True,
        "problem": "客户端连接 Oracle 报 ORA-12170 / TNS-12535，持续或间歇。",
        "solution": "持续失败查安全组、路由、监听；间歇失败查防火墙空闲超时，设置 SQLNET.EXPIRE_TIME 与连接池校验。",
        "history": [
            {"by": "王磊", "days": 0, "drop": ["## 间歇性超时"]},
        ],
        "final": {"by": "杨帆", "days": 33},
        "body": r"""## 持续失败

```bash
tnsping ORCLPDB1
telnet 10.x.x.x 1521        # 或 nc -zv
lsnrctl status              # 服务端确认监听
```

- telnet 不通：安全组 / 网络 ACL / 系统防火墙 / 路由（专线、VPN 网段是否放通）。
- telnet 通但 tnsping 超时：检查 `tnsnames.ora` 地址与服务名。

## 间歇性超时

中间防火墙或 NAT 会回收空闲会话，连接池里的“僵尸连接”复用时超时。

```
# 服务端 sqlnet.ora
SQLNET.EXPIRE_TIME = 10
```

连接池开启借出校验（`testOnBorrow` / `validationQuery=SELECT 1 FROM DUAL`），最大存活时间小于防火墙空闲超时。

## 专线割接检查表

| 项 | 说明 |
|---|---|
| 客户端出口网段 | 割接后是否变化 |
| 安全组 1521 授权 | 是否包含新网段 |
| VPC 路由 | 回程路由是否指向专线 |
""",
    },
    {
        "key": "redis-oom-maxmemory",
        "title": "Redis 报 OOM command not allowed when used memory > 'maxmemory'",
        "product": "云数据库 Redis",
        "tags": ["Redis", "maxmemory", "淘汰策略", "TTL", "大 key"],
        "author": "陈晨", "from_case": True,
        "problem": "Redis 内存达到上限，写命令被拒绝。",
        "solution": "确认淘汰策略与 key 过期情况；SCAN + UNLINK 清理无用前缀；设置合理 TTL 与 volatile-lru；必要时升配。",
        "body": r"""## 检查

```
INFO memory      # used_memory、maxmemory、maxmemory_policy
INFO keyspace    # keys 与 expires 的比例
INFO stats       # evicted_keys
```

`maxmemory_policy:noeviction` 且 `expires` 远少于 `keys`，说明大量 key 永不过期。

## 应急清理（不要用 KEYS）

```bash
redis-cli -h <host> -a <pwd> --scan --pattern 'promo:2024*' --count 1000 | xargs -n 500 redis-cli -h <host> -a <pwd> UNLINK
```

## 淘汰策略选择

| 策略 | 适用 |
|---|---|
| volatile-lru | 缓存与持久数据混存，只淘汰带 TTL 的 key |
| allkeys-lru | 纯缓存 |
| noeviction | 不能丢数据的场景（需严格容量管理） |

## 预防

缓存统一设置 TTL；内存 85% 告警；每月做一次大 key / 热 key 分析。
""",
    },
    {
        "key": "redis-keys-blocking",
        "title": "KEYS / FLUSHALL 等高危命令导致 Redis 阻塞",
        "product": "云数据库 Redis",
        "tags": ["Redis", "KEYS", "慢日志", "高危命令"],
        "author": "陈晨", "from_case": True,
        "problem": "执行 KEYS 等 O(N) 命令阻塞主线程，业务大面积超时。",
        "solution": "禁用高危命令，排查改用 SCAN；慢日志巡检；运维账号权限收敛。",
        "body": r"""## 现象

- 业务 `Read timed out` 集中出现数秒；
- `SLOWLOG GET` 中出现 `KEYS`、`HGETALL` 大 key、`FLUSHALL`、`SMEMBERS` 大集合等。

## 处理

1. 参数设置中通过 `rename-command` 禁用 `KEYS`、`FLUSHALL`、`FLUSHDB`。
2. 排查需求改用 `SCAN 0 MATCH user:* COUNT 1000` 迭代。
3. 数据分析使用离线备份（RDB）解析，不在线上实例执行全量遍历。
4. 运维账号只读化，高危操作走审批。
""",
    },
    {
        "key": "redis-failover-readonly",
        "title": "Redis 主备切换后报 READONLY You can't write against a read only replica",
        "product": "云数据库 Redis",
        "tags": ["Redis", "主从切换", "READONLY", "Lettuce", "高可用"],
        "author": "陈晨", "from_case": True,
        "problem": "主备切换完成后，客户端仍连接原主节点（已降为副本），写入报 READONLY。",
        "solution": "使用实例连接地址而非节点 IP；客户端开启拓扑刷新与 keepalive；切换后必要时重启应用；见 Runbook。",
        "history": [
            {"by": "陈晨", "days": 0, "drop": ["## 客户端配置参考"]},
            {"by": "周婷", "days": 6, "drop": []},
        ],
        "final": {"by": "陈晨", "days": 40},
        "body": r"""## 为什么会这样

平台完成 HA 切换后，实例连接地址会指向新主。若应用直接配置节点 IP，或长连接未断开，客户端会继续写向已降级为副本的原主节点。

## 应急

1. 控制台确认切换已完成、新主健康。
2. 滚动重启应用或触发连接池重建。
3. 按 Runbook《Redis 主从切换应急方案》检查数据完整性。

## 客户端配置参考

| 客户端 | 建议 |
|---|---|
| Lettuce | 开启 `TCP keepalive`；集群模式 `enablePeriodicRefresh(30s)` + 自适应刷新 |
| Jedis | 使用实例域名；`testOnBorrow=true` |
| redis-py | `health_check_interval=30`，`retry_on_error=[ReadOnlyError]` |
""",
    },
    {
        "key": "kafka-rebalance-lag",
        "title": "Kafka 消费堆积与频繁 Rebalance（CommitFailedException）",
        "product": "消息队列 Kafka",
        "tags": ["Kafka", "Rebalance", "消费堆积", "max.poll.interval.ms"],
        "author": "杨帆", "from_case": True,
        "problem": "消费组堆积持续增长，日志 CommitFailedException / poll timeout，分区反复重分配。",
        "solution": "使单批处理耗时远小于 max.poll.interval.ms（减小 max.poll.records 或异步处理）；消费者数与分区数对齐；堆积告警。",
        "body": r"""## 判断

```
CommitFailedException: ... the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms
... sending LeaveGroup request to coordinator due to consumer poll timeout has expired.
```

单次 `poll()` 返回的记录处理时间 = `max.poll.records × 单条耗时`，超过 `max.poll.interval.ms` 即被踢出消费组。

## 参数建议

| 参数 | 建议 |
|---|---|
| max.poll.records | 按单条耗时计算，保证一批处理 < interval 的 1/3 |
| max.poll.interval.ms | 默认 300000，不建议无限调大 |
| session.timeout.ms | 10000–30000 |
| 消费者实例数 | ≤ 分区数 |

## 处理

- 减小 `max.poll.records`，或将耗时逻辑放入线程池并手动提交位点。
- 扩展消费者到与分区数一致；必要时增加分区。
- 堆积量（lag）告警阈值按业务可接受延迟设置。
""",
    },
    {
        "key": "kafka-broker-disk-full",
        "title": "Kafka Broker 磁盘写满下线的恢复与容量治理",
        "product": "消息队列 Kafka",
        "tags": ["Kafka", "磁盘满", "retention", "容量"],
        "author": "杨帆", "from_case": True,
        "problem": "Broker 数据盘 100% 后 LogDir 下线，生产者报 NotLeaderOrFollowerException。",
        "solution": "缩短高流量 Topic 的保留期并清理旧分段，扩容磁盘后重启 Broker；新 Topic 上线前容量评审。",
        "body": r"""## 应急

1. 找到占用最大的 Topic：`du -sh /data/kafka-logs/* | sort -rh | head`。
2. 临时缩短保留期：

```bash
kafka-configs.sh --bootstrap-server <broker>:9092 --alter --entity-type topics \
  --entity-name tracking_events --add-config retention.ms=86400000,retention.bytes=107374182400
```

3. 磁盘释放后重启下线 Broker，观察 ISR 恢复：`kafka-topics.sh --describe --under-replicated-partitions`。

## 治理

- 每个 Topic 明确保留期与 `retention.bytes`。
- 磁盘 75% 告警；新 Topic 上线提交峰值流量与保留期评估。
""",
    },
]
