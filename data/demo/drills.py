"""Drills (应急演练) of the runbooks, and real executions.

``start`` is the local (+08:00) start time; ``slow`` maps a step position to
how many times its estimate it took; ``failed`` maps a step position to the
note written when that step did not go as expected; ``notes`` adds a note to
a step that went fine. ``actions`` are the follow-ups:
(title, owner, due date, status, notes).
``case_scenario`` marks a real execution triggered by a case of that
scenario (the builder links them).
"""

DRILLS = [
    {
        "runbook": "rds-pitr", "customer": "hxbank", "date": "2025-03-20", "start": "22:10", "kind": "drill",
        "participants": ["张伟", "刘洋", "何志远", "韩东"],
        "outcome": "success",
        "deviations": "第 5 步克隆实例恢复耗时 58 分钟，比预计多 13 分钟（备份文件较预估大 30%）。",
        "findings": "恢复链路可用，RTO 约 2 小时 45 分钟，略超 2 小时目标；数据核对脚本需要提前准备。",
        "slow": {5: 1.3, 6: 1.5},
        "notes": {2: "通过 DAS 日志检索定位，比 mysqlbinlog 快。", 6: "核对脚本现场编写，耗时较长。"},
        "actions": [
            ("为核心库预置数据核对 SQL 脚本并纳入 Runbook 附件", "刘洋", "2025-04-15", "done", "脚本已提交到运维仓库 /dba/verify。"),
            ("评估将核心库实例升级为云盘版以缩短恢复时间", "何志远", "2025-06-30", "done", "已在 Q2 变更窗口完成升级。"),
        ],
    },
    {
        "runbook": "rds-pitr", "customer": "renhe", "date": "2025-08-14", "start": "20:00", "kind": "drill",
        "participants": ["刘洋", "赵敏", "苗欣"],
        "outcome": "partial",
        "deviations": "第 3 步发现 8 月 9 日 02:00–04:10 日志备份缺失，目标时间点落在缺口内，改为恢复到缺口前。",
        "findings": "日志备份在实例变配期间中断且无告警；若真实发生误删，将有约 2 小时数据无法恢复。",
        "failed": {3: "日志备份链在 08-09 02:00–04:10 断裂，无法恢复到所选时间点。"},
        "slow": {4: 1.0, 5: 0.9},
        "actions": [
            ("为日志备份连续性配置告警（备份链断裂即通知值班）", "赵敏", "2025-08-31", "done", "已配置并通过模拟验证。"),
            ("变配、迁移等操作后增加备份链检查项", "刘洋", "2025-09-15", "done", ""),
        ],
    },
    {
        "runbook": "rds-pitr", "customer": "dhrcb", "date": "2026-05-21", "start": "10:42", "kind": "real",
        "participants": ["张伟", "刘洋", "马俊", "邵雨桐"],
        "outcome": "success",
        "deviations": "为缩短时间，第 7 步改用库表恢复直接恢复到原实例新表，未走克隆实例导回。",
        "findings": "真实误删事件，从发现到数据恢复 1 小时 52 分钟。库表恢复方式在单表场景明显更快，建议写入 Runbook 作为分支。",
        "case_scenario": "rds_misdelete",
        "slow": {5: 0.6},
        "notes": {7: "使用库表恢复，生成 t_customer_account_backup 后 RENAME。"},
        "actions": [
            ("Runbook 增加“单表误删优先使用库表恢复”分支", "张伟", "2026-06-05", "done", "已更新 Runbook 第 4–7 步说明。"),
            ("回收应用账号 DROP 权限，生产 DDL 统一经 DMS 审批", "马俊", "2026-06-15", "in_progress", "客户安全部门审批中。"),
        ],
    },
    {
        "runbook": "oss-crr", "customer": "renhe", "date": "2025-06-12", "start": "21:30", "kind": "drill",
        "participants": ["王磊", "赵敏", "董明辉", "苗欣"],
        "outcome": "partial",
        "deviations": "第 4 步 CDN 目录刷新排队 40 分钟，期间部分影像缩略图仍从源站回源。",
        "findings": "PACS 影像调阅切换本身顺利；CDN 刷新是最慢环节，需要预先准备 URL 清单做精准刷新。",
        "failed": {4: "CDN 目录刷新排队超时，改为分批 URL 刷新后完成。"},
        "slow": {3: 1.2},
        "actions": [
            ("整理 PACS 影像 CDN 常用目录清单，切换时按 URL 批量刷新", "赵敏", "2025-07-10", "done", ""),
            ("CDN 回源地址纳入配置中心统一管理", "王磊", "2025-09-30", "cancelled", "客户决定后续整体迁移到新 CDN 架构，本项取消。"),
        ],
    },
    {
        "runbook": "oss-crr", "customer": "youpin", "date": "2026-03-18", "start": "02:00", "kind": "drill",
        "participants": ["王磊", "周婷", "叶青"],
        "outcome": "success",
        "deviations": "",
        "findings": "读写双向切换与回切共耗时 2 小时 10 分钟，复制延迟 3 分钟以内，满足大促容灾要求。",
        "slow": {6: 0.7},
        "actions": [],
    },
    {
        "runbook": "etcd-restore", "customer": "suda", "date": "2025-04-24", "start": "23:00", "kind": "drill",
        "participants": ["杨帆", "王磊", "陆一鸣", "黄小川"],
        "outcome": "failed",
        "deviations": "第 5 步 restore 时 --initial-cluster 成员名与实际 hostname 不一致，etcd 启动后无法组成集群；按回退步骤恢复原数据目录。",
        "findings": "演练环境与生产的成员命名不一致，Runbook 命令为手写，缺少参数自动生成脚本。控制面在回退后恢复正常，无业务影响。",
        "failed": {5: "成员名 etcd-1 与 hostname master-01 不一致，restore 参数错误。", 6: "成员无法互相发现，执行回退。"},
        "slow": {5: 2.0},
        "actions": [
            ("编写 etcd 恢复参数自动生成脚本（读取当前 member list）", "杨帆", "2025-05-20", "done", "脚本 etcd-restore.sh 已合入。"),
            ("统一各集群 etcd 成员命名规范", "陆一鸣", "2025-06-30", "done", ""),
            ("半年内重新演练并验证脚本", "王磊", "2025-10-25", "done", "已于 2025-10-23 重新演练成功。"),
        ],
    },
    {
        "runbook": "etcd-restore", "customer": "suda", "date": "2025-10-23", "start": "23:30", "kind": "drill",
        "participants": ["杨帆", "陆一鸣", "黄小川"],
        "outcome": "success",
        "deviations": "",
        "findings": "使用自动生成脚本后恢复过程 52 分钟，较预计缩短 30 分钟。",
        "slow": {5: 0.4, 8: 0.8},
        "actions": [],
    },
    {
        "runbook": "etcd-restore", "customer": "xingtu", "date": "2026-07-09", "start": "01:00", "kind": "drill",
        "participants": ["杨帆", "周婷", "何苗"],
        "outcome": "success",
        "deviations": "第 9 步客户侧核对人临时缺席，改为次日上午核对。",
        "findings": "恢复成功；快照上传 OSS 的保留策略为 3 天，建议延长到 7 天。",
        "notes": {9: "核对延后至次日 10:00 完成。"},
        "slow": {9: 1.5},
        "actions": [
            ("etcd 快照 OSS 保留期调整为 7 天", "何苗", "2026-07-31", "done", ""),
        ],
    },
    {
        "runbook": "redis-switch", "customer": "youpin", "date": "2025-09-25", "start": "03:00", "kind": "drill",
        "participants": ["陈晨", "叶青"],
        "outcome": "success",
        "deviations": "",
        "findings": "手动切换耗时 22 秒，订单中心 Lettuce 客户端 15 秒内自动恢复写入，未出现 READONLY。",
        "actions": [],
    },
    {
        "runbook": "redis-switch", "customer": "xingtu", "date": "2026-02-05", "start": "18:07", "kind": "real",
        "participants": ["陈晨", "杨帆", "何苗", "谭宇"],
        "outcome": "partial",
        "deviations": "第 4 步 READONLY 错误持续 9 分钟未自行消失，执行第 5 步滚动重启计价服务。",
        "findings": "真实主节点宕机。计价服务仍配置节点 IP，切换后未重连；营销券中心使用实例域名，未受影响。",
        "case_scenario": "redis_failover",
        "failed": {4: "计价服务持续报 READONLY You can't write against a read only replica。"},
        "slow": {5: 1.4},
        "actions": [
            ("计价服务 Redis 地址改为实例连接域名并开启拓扑刷新", "何苗", "2026-02-20", "done", ""),
            ("排查其余服务是否存在硬编码节点 IP", "陈晨", "2026-03-15", "done", "发现 2 个服务，已整改。"),
            ("订阅 Redis 实例事件到值班群", "杨帆", "2026-02-28", "done", ""),
        ],
    },
    {
        "runbook": "ecs-rollback", "customer": "qinghe", "date": "2025-07-17", "start": "14:00", "kind": "drill",
        "participants": ["刘洋", "邹晓"],
        "outcome": "success",
        "deviations": "",
        "findings": "暑假窗口演练，选课系统单节点回滚 48 分钟完成。",
        "actions": [],
    },
    {
        "runbook": "ecs-rollback", "customer": "zhongyuan", "date": "2026-04-16", "start": "19:30", "kind": "drill",
        "participants": ["李静", "刘洋", "贾文静"],
        "outcome": "partial",
        "deviations": "第 6 步中间件授权文件绑定了 MAC 地址，回滚后未变化可正常启动，但 ERP 客户端缓存需手工清理。",
        "findings": "采购软件对主机特征有依赖，回滚方案需增加厂商联系人与授权检查项。",
        "failed": {6: "ERP 客户端连接失败，需清理客户端缓存后恢复。"},
        "slow": {6: 1.8},
        "actions": [
            ("Runbook 增加采购软件授权检查与厂商联系人", "李静", "2026-05-15", "done", ""),
            ("与 ERP 厂商确认回滚场景下的客户端缓存处理方式", "贾文静", "2026-06-30", "open", "厂商答复需在下个版本评估。"),
        ],
    },
    {
        "runbook": "dns-failover", "customer": "ylgov", "date": "2025-11-20", "start": "21:00", "kind": "drill",
        "participants": ["杨帆", "王磊", "普丽华", "杨志刚"],
        "outcome": "partial",
        "deviations": "第 4 步注册商账户 MFA 持有人出差，联系耗时 35 分钟。",
        "findings": "备用 DNS 记录与主 DNS 有 6 条不一致（新增子域未同步）；注册商账户 MFA 单人持有存在单点。",
        "failed": {3: "备用 DNS 缺少 6 条新增子域记录，现场补录。"},
        "slow": {4: 3.5},
        "actions": [
            ("建立主备 DNS 记录每日自动比对", "杨帆", "2025-12-31", "done", ""),
            ("注册商账户 MFA 增加第二持有人", "普丽华", "2025-12-15", "done", ""),
        ],
    },
    {
        "runbook": "dns-failover", "customer": "xinyuan", "date": "2026-06-25", "start": "20:30", "kind": "drill",
        "participants": ["杨帆", "周婷", "袁嘉", "方晴"],
        "outcome": "success",
        "deviations": "",
        "findings": "切换后 15 分钟内 85% 拨测点解析正确，行情推送域名 TTL 已提前降为 60 秒。",
        "slow": {5: 0.6},
        "actions": [
            ("将行情、交易相关域名 TTL 长期保持 300 秒以内", "袁嘉", "2026-07-31", "in_progress", "交易域名已调整，行情域名待评估 CDN 影响。"),
        ],
    },
    {
        "runbook": "daily-backup", "customer": "ylgov", "date": "2026-01-15", "start": "09:30", "kind": "drill",
        "participants": ["刘洋", "普丽华"],
        "outcome": "success",
        "deviations": "",
        "findings": "电子证照库备份恢复校验通过，校验 SQL 结果一致。",
        "actions": [],
    },
    {
        "runbook": "daily-backup", "customer": "bhfirst", "date": "2026-09-10", "start": "10:00", "kind": "drill",
        "participants": ["刘洋", "赵敏", "蓝琪"],
        "outcome": "failed",
        "deviations": "第 5 步由 ECS 快照创建的临时实例上应用无法启动：依赖的院内 HIS 接口地址写死在配置中，隔离 VPC 内不可达。",
        "findings": "快照本身完整，但恢复验证环境缺少依赖桩；另发现 2 台服务器未纳入备份计划。",
        "failed": {5: "应用启动时连接院内 HIS 接口超时后退出。"},
        "notes": {1: "发现 2 台新上线服务器不在备份计划中。"},
        "actions": [
            ("补充新上线的 2 台服务器到备份计划", "蓝琪", "2026-09-20", "done", ""),
            ("为恢复验证环境准备 HIS 接口挡板服务", "赵敏", "2026-10-31", "in_progress", "挡板服务开发中。"),
            ("应用配置外部依赖地址改为可配置", "曲海峰", "2026-12-31", "open", "需院方开发商排期。"),
        ],
    },
]
