"""Fault scenarios: 云数据库 RDS MySQL, Oracle on ECS, Redis.

Same shape as scenarios_ecs.py.
"""

SCENARIOS = [
    {
        "key": "rds_too_many_conn",
        "product": "云数据库 RDS MySQL", "component": "连接管理",
        "category": "configuration_error", "weight": 10,
        "grades": [("urgent", "T2"), ("high", "T3"), ("urgent", "C2"), ("critical", "C1"), ("high", "C3")],
        "titles": [
            "RDS MySQL 报 ERROR 1040 (HY000): Too many connections，{app} 无法建立新连接",
            "{app} 连接数据库失败：Too many connections",
            "RDS 实例 {rds} 连接数打满，应用大量 1040 报错",
        ],
        "phen": [
            "{t} 起 {app} 登录与下单接口报错，应用日志大量 Too many connections。RDS 控制台显示 {rds} 当前连接数 "
            "{n}/{n}，活跃会话中大量 Sleep 状态连接来自 {ip}。",
            "发布新版本后约 10 分钟，{app} 所有写接口返回 500；DBA 用高权限账号登录 {rds} 也提示 Too many connections。",
            "客户反馈 {app} 间歇性“系统繁忙”，数据库监控显示连接数曲线在每天 {t} 定时任务启动时冲到上限。",
        ],
        "impact": [
            "{app} 核心交易不可用约 {n} 秒，期间所有依赖该库的服务报错。",
            "{app} 高峰期约 {pct}% 请求失败，客服热线来电量明显上升。",
        ],
        "env": [
            "RDS MySQL 8.0 高可用版，规格 mysql.x4.large.2c（max_connections 默认 2000）；应用 20 个 Pod，"
            "每个 HikariCP maximumPoolSize=150。",
            "RDS MySQL 5.7 高可用版 4C8G，应用为 PHP-FPM（pm.max_children=200）× 12 台，未使用连接池。",
        ],
        "err": [
            "ERROR 1040 (HY000): Too many connections",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n"
            "Caused by: java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection, "
            "message from server: \"Too many connections\"",
            "SQLSTATE[HY000] [1040] Too many connections",
        ],
        "logs": [
            "{ts} [ERROR] HikariPool-1 - Exception during pool initialization.\n"
            "java.sql.SQLNonTransientConnectionException: Too many connections\n"
            "mysql> show status like 'Threads_connected';\n| Threads_connected | 2000 |",
            "mysql> select user, host, command, count(*) from information_schema.processlist group by 1,2,3 order by 4 desc limit 3;\n"
            "| app_rw | {ip}:* | Sleep | 1624 |\n| app_rw | {ip2}:* | Query | 211 |\n| repl   | {ip3}:* | Binlog Dump | 1 |",
        ],
        "cause": [
            "应用扩容后 Pod 数 × 连接池上限（20×150=3000）超过实例 max_connections，且连接池未设置 idleTimeout，大量空闲连接长期占用。",
            "PHP 短连接在慢查询堆积时无法及时释放，wait_timeout 为默认 28800 秒，Sleep 连接累计打满。",
            "定时任务在同一时刻并发启动 300 个线程各自新建连接，没有复用连接池。",
        ],
        "fix": [
            "临时 kill 空闲 Sleep 会话恢复业务；将连接池 maximumPoolSize 调整为 50、idleTimeout 600s；"
            "RDS 参数 wait_timeout 调整为 600；实例升配至 8C16G（max_connections 4000）；增加连接数 80% 告警。",
            "开启 RDS 数据库代理（连接池模式）收敛短连接；修复慢查询后连接数稳定在 30% 以下。",
            "定时任务改为固定大小线程池并复用连接；错峰调度到 {t} 之后 15 分钟依次启动。",
        ],
        "work": ["通过 DAS 会话管理批量结束来自 {ip} 的 Sleep 会话，并临时调高 max_connections。"],
        "tags": ["RDS MySQL", "1040", "Too many connections", "连接池"],
        "article": "rds-too-many-connections",
    },
    {
        "key": "rds_slow_sql",
        "product": "云数据库 RDS MySQL", "component": "SQL 性能",
        "category": "operation_error", "weight": 8,
        "grades": [("high", "C3"), ("urgent", "C2"), ("medium", "C4"), ("high", "T3")],
        "titles": [
            "RDS CPU 持续 100%，{app} 查询超时",
            "{app} 报表查询拖垮数据库，RDS {rds} CPU 打满",
            "新上线 SQL 未走索引，RDS 慢查询激增",
        ],
        "phen": [
            "{t} 起 RDS {rds} CPU 使用率持续 100%，活跃会话 300+，{app} 页面加载超过 30 秒。"
            "慢日志中同一条 SELECT 执行 {n} 次，平均耗时 12 秒。",
            "业务方新上线的统计报表在白天执行全表扫描，扫描行数 4000 万，导致主库 IOPS 与 CPU 同时打满。",
        ],
        "impact": ["{app} 整体变慢，部分接口超时；非报表业务同样受影响。"],
        "env": ["RDS MySQL 8.0 高可用版 8C32G，单表 orders 约 4200 万行，SQL 通过 MyBatis 动态拼接。"],
        "err": ["com.mysql.cj.jdbc.exceptions.MySQLTimeoutException: Statement cancelled due to timeout or client request"],
        "logs": [
            "# Query_time: 12.874  Lock_time: 0.000 Rows_sent: 20  Rows_examined: 41873220\n"
            "SELECT * FROM orders WHERE DATE_FORMAT(create_time,'%Y-%m-%d') = '{date}' AND status IN (1,2) ORDER BY id DESC LIMIT 20;",
        ],
        "cause": [
            "WHERE 条件对索引列 create_time 使用函数，导致索引失效全表扫描；报表在业务高峰期执行。",
            "缺少 (merchant_id, status) 联合索引，新版本查询条件变化后走了错误的索引。",
        ],
        "fix": [
            "DAS 对该 SQL 限流后 CPU 回落；改写为范围查询 create_time >= ? AND create_time < ?，"
            "新增索引 idx_status_ctime(status, create_time)；报表改为读取只读实例，上线前做 SQL 审核。",
        ],
        "work": ["使用 DAS SQL 限流（并发 2）控制问题 SQL，并 kill 正在执行的长查询。"],
        "tags": ["慢 SQL", "CPU 100%", "索引", "DAS"],
        "article": "rds-slow-sql-cpu",
    },
    {
        "key": "rds_replica_lag",
        "product": "云数据库 RDS MySQL", "component": "只读实例",
        "category": "configuration_error", "weight": 5,
        "grades": [("medium", "C4"), ("high", "T3"), ("medium", "T4")],
        "titles": [
            "RDS 只读实例复制延迟超过 30 分钟，{app} 查询到旧数据",
            "只读实例 Seconds_Behind_Master 持续增长",
        ],
        "phen": [
            "{app} 用户下单后在“我的订单”里看不到记录，查询走的是只读实例，延迟监控显示 1800+ 秒。",
            "{t} 执行大表 DDL 后只读实例延迟持续上升，读写分离地址返回的数据明显滞后。",
        ],
        "impact": ["读写分离场景数据不一致，用户重复提交，客服收到多起咨询。"],
        "env": ["RDS MySQL 5.7 主实例 8C16G + 只读实例 2C4G × 2，读写分离地址，大表无主键。"],
        "err": ["Seconds_Behind_Master: 1873"],
        "logs": ["mysql> show slave status\\G\n   Slave_IO_Running: Yes\n  Slave_SQL_Running: Yes\nSeconds_Behind_Master: 1873\n"
                 "Last_SQL_Error:"],
        "cause": [
            "只读实例规格远小于主实例，主库批量更新时回放能力不足。",
            "无主键大表执行 UPDATE，row 格式 binlog 在只读实例上逐行全表扫描回放。",
        ],
        "fix": [
            "只读实例升配至与主实例相同规格；为无主键表补充主键；读写分离设置延迟阈值 30 秒，超过自动剔除只读实例。",
        ],
        "work": ["临时将读流量全部切回主实例。"],
        "tags": ["只读实例", "复制延迟", "读写分离"],
        "article": "rds-replica-lag",
    },
    {
        "key": "rds_misdelete",
        "product": "云数据库 RDS MySQL", "component": "备份恢复",
        "category": "operation_error", "weight": 4,
        "grades": [("critical", "C1"), ("urgent", "C2")],
        "titles": [
            "误执行 DROP TABLE，需要按时间点恢复 {app} 数据",
            "{app} 生产库表数据被误删（DELETE 未带 WHERE），申请 PITR 恢复",
        ],
        "phen": [
            "客户 DBA 在 {t} 本想清理测试库，误连到生产实例 {rds} 执行了 DROP TABLE t_customer_account，{app} 开户查询全部报错。",
            "开发人员在生产执行 DELETE FROM order_item 漏写 WHERE 条件，影响约 {pct} 万行，发现时已过去 20 分钟。",
        ],
        "impact": ["{app} 相关功能不可用，涉及客户账户/订单数据，需要尽快恢复到误操作前一刻。"],
        "env": ["RDS MySQL 8.0 高可用版，自动备份每日一次，日志备份开启，保留 7 天。"],
        "err": ["ERROR 1146 (42S02): Table 'core.t_customer_account' doesn't exist"],
        "logs": ["# at 51834721\n#{date} {t}:07 server id 2837461  end_log_pos 51834866  Query  thread_id={n}\n"
                 "DROP TABLE `t_customer_account` /* generated by server */"],
        "cause": ["人为误操作：客户端同时打开多个连接窗口，误在生产实例执行了删除语句；生产账号拥有 DROP 权限。"],
        "fix": [
            "按《RDS MySQL 全量备份与时间点恢复》方案，用最近全量备份 + binlog 恢复到误操作前 1 秒的克隆实例，"
            "核对行数后将表数据导回生产库；回收应用账号 DROP 权限，生产变更改由 DMS 审批执行。",
        ],
        "work": ["先将受影响功能置为维护页，避免数据继续写入造成二次不一致。"],
        "tags": ["误删除", "PITR", "binlog", "按时间点恢复"],
        "article": "rds-pitr-restore",
        "runbook": "rds-pitr",
    },
    {
        "key": "rds_storage_full",
        "product": "云数据库 RDS MySQL", "component": "存储空间",
        "category": "configuration_error", "weight": 4,
        "grades": [("critical", "T1"), ("urgent", "C2"), ("high", "C3")],
        "titles": ["RDS 存储空间满被锁定为只读，{app} 写入失败", "RDS {rds} 报 The MySQL server is running with the --read-only option"],
        "phen": [
            "{t} 起 {app} 所有写操作失败，报 --read-only；控制台显示实例状态“锁定中”，存储使用 100%，其中 binlog 占 60%。",
        ],
        "impact": ["{app} 写业务全部中断，只读查询正常。"],
        "env": ["RDS MySQL 5.7 500G 本地 SSD，binlog 保留策略 18 小时，近期有大批量数据迁移。"],
        "err": ["ERROR 1290 (HY000): The MySQL server is running with the --read-only option so it cannot execute this statement"],
        "logs": ["{ts} 实例 {rds} 存储空间使用率 100%，已触发自动锁定（LockMode: LockReadInstanceByDiskQuota）"],
        "cause": ["数据迁移期间产生大量 binlog，本地盘空间不足触发实例锁定保护。"],
        "fix": ["扩容存储至 1T 后自动解锁；调整 binlog 本地保留为 6 小时并上传 OSS；开启存储空间自动扩容，阈值 90%。"],
        "work": ["清理本地 binlog（已上传备份部分）临时释放空间。"],
        "tags": ["RDS", "只读锁定", "binlog", "存储满"],
        "article": "rds-storage-locked",
    },
    {
        "key": "app_deadlock",
        "product": "云数据库 RDS MySQL", "component": "事务 / 锁",
        "category": "purchased_software", "weight": 4,
        "grades": [("medium", "C4"), ("high", "C3")],
        "titles": ["采购的 ERP 系统频繁报死锁 Deadlock found when trying to get lock", "{app} 批量过账时报 ERROR 1213 死锁"],
        "phen": ["{app} 月末结账批处理并发执行时，约每小时出现十几次死锁报错，部分单据过账失败需要人工重试。"],
        "impact": ["月末结账进度延后，财务人员需手工重试失败单据。"],
        "env": ["第三方 ERP（采购软件）+ RDS MySQL 8.0，隔离级别 REPEATABLE-READ，批处理 8 线程并发。"],
        "err": ["ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction"],
        "logs": ["LATEST DETECTED DEADLOCK\n------------------------\n*** (1) TRANSACTION: ... UPDATE gl_balance SET amount=... WHERE acct_id=1002\n"
                 "*** (2) TRANSACTION: ... UPDATE gl_balance SET amount=... WHERE acct_id=1001\n*** WE ROLL BACK TRANSACTION (2)"],
        "cause": ["ERP 批处理多线程以不同顺序更新同一批科目余额行，形成循环等待；属于采购软件自身设计问题。"],
        "fix": ["协调 ERP 厂商发布补丁：按 acct_id 排序后批量更新并增加死锁重试；临时将批处理并发降为 2。"],
        "work": ["降低批处理线程数，失败单据自动重试 3 次。"],
        "tags": ["死锁", "1213", "ERP", "采购软件"],
        "article": "mysql-deadlock-1213",
    },
    {
        "key": "oracle_tns_timeout",
        "product": "云服务器 ECS", "component": "自建 Oracle",
        "category": "network", "weight": 5,
        "grades": [("high", "C3"), ("urgent", "C2"), ("medium", "C4")],
        "titles": [
            "应用连接 Oracle 报 ORA-12170: TNS:Connect timeout occurred",
            "{app} 间歇性 ORA-12170，连接 {ip}:1521 超时",
        ],
        "phen": [
            "{app} 连接自建 Oracle（{ip}:1521）时偶发 ORA-12170，重试后成功；高峰期失败率升高。",
            "专线割接后，IDC 内的 {app} 连接云上 Oracle 全部报 ORA-12170，tnsping 超时。",
        ],
        "impact": ["{app} 部分请求失败，批处理作业中断需要重跑。"],
        "env": ["Oracle 19c 单实例部署在 ECS {ecs}（{ip}），客户端位于 IDC，经专线 + VPN 网关访问。"],
        "err": ["ORA-12170: TNS:Connect timeout occurred", "java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection"],
        "logs": ["$ tnsping ORCLPDB1\nUsed TNSNAMES adapter to resolve the alias\nAttempting to contact (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={ip})(PORT=1521))...)\n"
                 "TNS-12535: TNS:operation timed out"],
        "cause": [
            "中间防火墙空闲会话超时 30 分钟，连接池中的长连接被静默断开，复用时超时。",
            "安全组只放通了旧的 IDC 网段，专线割接后客户端出口网段变化，1521 端口被拦截。",
        ],
        "fix": [
            "在安全组中补充新的 IDC 网段访问 1521；sqlnet.ora 设置 SQLNET.EXPIRE_TIME=10 保活，"
            "连接池开启 testOnBorrow；防火墙空闲超时调整为 2 小时。",
        ],
        "work": ["应用侧临时缩短连接最大存活时间为 20 分钟。"],
        "tags": ["Oracle", "ORA-12170", "TNS", "专线"],
        "article": "oracle-ora-12170",
    },
    {
        "key": "redis_maxmemory",
        "product": "云数据库 Redis", "component": "内存",
        "category": "configuration_error", "weight": 6,
        "grades": [("urgent", "C2"), ("high", "C3"), ("high", "T3")],
        "titles": [
            "Redis 写入报 OOM command not allowed when used memory > 'maxmemory'",
            "{app} 缓存写失败，Redis 实例 {redis} 内存使用率 100%",
        ],
        "phen": [
            "{t} 起 {app} 登录态写入失败，日志报 OOM command not allowed；Redis {redis} 内存 100%，淘汰策略为 noeviction。",
            "大促预热导入商品缓存后，Redis 内存打满，写请求全部失败，读请求正常。",
        ],
        "impact": ["{app} 登录/加购等依赖缓存写入的功能失败，约 {pct}% 用户受影响。"],
        "env": ["云数据库 Redis 6.0 标准版 8G，maxmemory-policy=noeviction，大量 key 未设置过期时间。"],
        "err": ["OOM command not allowed when used memory > 'maxmemory'."],
        "logs": ["127.0.0.1:6379> info memory\nused_memory_human:8.00G\nmaxmemory_human:8.00G\nmaxmemory_policy:noeviction\nevicted_keys:0"],
        "cause": ["业务缓存未设置 TTL 且淘汰策略为 noeviction，数据持续累积至内存上限。"],
        "fix": ["淘汰策略改为 volatile-lru；为会话、商品缓存补充 TTL；实例升配至 16G；开启内存 85% 告警并定期做大 key 分析。"],
        "work": ["临时删除已下线活动的缓存前缀（使用 SCAN + UNLINK 分批）释放 2.3G。"],
        "tags": ["Redis", "maxmemory", "OOM", "淘汰策略"],
        "article": "redis-oom-maxmemory",
    },
    {
        "key": "redis_keys_block",
        "not_fault": ["用户自身使用原因：客户运维人员在生产实例执行 KEYS 命令排查数据"],
        "product": "云数据库 Redis", "component": "命令阻塞",
        "category": "operation_error", "weight": 4,
        "grades": [("urgent", "C2"), ("high", "C3")],
        "titles": ["执行 KEYS * 导致 Redis 阻塞，{app} 大面积超时", "Redis 慢日志出现 KEYS 命令，主线程阻塞 3 秒"],
        "phen": ["运维在 {t} 通过 redis-cli 执行 KEYS user:* 排查数据，随后 {app} 出现约 3 秒的全量超时，监控显示 Redis 延迟尖刺。"],
        "impact": ["{app} 所有依赖 Redis 的接口超时，持续数秒，多次执行导致多次抖动。"],
        "env": ["Redis 5.0 标准版 16G，key 数量约 3800 万。"],
        "err": ["redis.clients.jedis.exceptions.JedisConnectionException: java.net.SocketTimeoutException: Read timed out"],
        "logs": ["127.0.0.1:6379> slowlog get 1\n1) 1) (integer) {n}\n   3) (integer) 3120418\n   4) 1) \"KEYS\"\n      2) \"user:*\""],
        "cause": ["KEYS 为 O(N) 阻塞命令，在 3800 万 key 上执行阻塞主线程约 3 秒。"],
        "fix": ["通过参数禁用 KEYS/FLUSHALL 等高危命令（rename-command）；排查改用 SCAN；运维账号权限收敛，数据分析走离线 RDB 解析。"],
        "work": ["停止排查脚本。"],
        "tags": ["Redis", "KEYS", "慢日志", "阻塞"],
        "article": "redis-keys-blocking",
    },
    {
        "key": "redis_failover",
        "product": "云数据库 Redis", "component": "高可用",
        "category": "hardware", "weight": 4,
        "grades": [("critical", "T1"), ("urgent", "T2"), ("high", "T3")],
        "titles": ["Redis 主节点故障切换后 {app} 报 READONLY You can't write against a read only replica", "Redis 主从切换，客户端写入失败"],
        "phen": ["{t} Redis {redis} 主节点所在物理机故障，平台完成 HA 切换，但 {app} 仍连接旧地址，持续报 READONLY 错误约 10 分钟。"],
        "impact": ["{app} 写缓存失败，部分功能降级；切换本身约 30 秒，客户端未及时重连导致影响扩大。"],
        "env": ["Redis 6.0 标准版双副本，应用使用 Lettuce 客户端直连节点 IP 而非实例连接地址。"],
        "err": ["READONLY You can't write against a read only replica."],
        "logs": ["{ts} 实例 {redis} 发生主备切换，原因：主节点宕机（HostFailure），切换耗时 27 秒"],
        "cause": ["物理机硬件故障触发主备切换；应用配置了节点 IP 并缓存了连接，切换后仍写向降级为副本的原主节点。"],
        "fix": ["按《Redis 主从切换应急方案》确认新主状态；应用改用实例连接域名，Lettuce 开启拓扑刷新和 TCP keepalive；订阅实例事件通知。"],
        "work": ["滚动重启应用，强制重新解析连接地址。"],
        "tags": ["Redis", "主从切换", "READONLY", "高可用"],
        "article": "redis-failover-readonly",
        "runbook": "redis-switch",
    },
    {
        "key": "redis_pool_exhausted",
        "product": "云数据库 Redis", "component": "客户端连接池",
        "category": "configuration_error", "weight": 4,
        "grades": [("high", "C3"), ("medium", "C4")],
        "titles": ["Jedis 报 Could not get a resource from the pool，{app} 响应变慢", "{app} Redis 连接池耗尽"],
        "phen": ["{app} 高峰期接口 RT 从 50ms 升到 2s，日志中大量 Could not get a resource from the pool，Redis 服务端 CPU 仅 20%。"],
        "impact": ["{app} 高峰期变慢，少量请求失败。"],
        "env": ["Spring Boot + Jedis 2.9，maxTotal=8（默认），每实例 200 个业务线程。"],
        "err": ["redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool\n"
                "Caused by: java.util.NoSuchElementException: Timeout waiting for idle object"],
        "logs": ["{ts} WARN [http-nio-8080-exec-{n}] c.x.cache.RedisClient - borrow resource timeout after 2000ms, active=8 idle=0 waiters=173"],
        "cause": ["Jedis 连接池使用默认 maxTotal=8，远低于业务并发；部分代码未在 finally 中归还连接。"],
        "fix": ["maxTotal 调整为 64、maxIdle 32、minIdle 8；修复未关闭连接的代码（改用 try-with-resources）；增加连接池指标监控。"],
        "work": [""],
        "tags": ["Redis", "Jedis", "连接池"],
        "article": None,
    },
]
