"""Courses, their materials (with searchable text) and session feedback."""

COURSES = [
    {
        "key": "ecs-ops",
        "title": "云服务器 ECS 运维与故障排查实战",
        "trainer": "马俊", "hours": 6,
        "tags": ["ECS", "Linux", "故障排查"],
        "outline": "1. ECS 实例规格、云盘与快照基础\n2. Linux 常用排障命令：top / iostat / sar / ss / dmesg\n"
                   "3. 典型故障：磁盘满、inode 耗尽、OOM、conntrack 表满、时间漂移\n4. 安全组与操作审计\n"
                   "5. 快照回滚与镜像管理\n6. 实操：在演练环境复现并处理三个故障",
        "materials": [
            ("ECS 运维实战讲义", "pptx",
             "本讲义介绍 ECS 日常运维要点。磁盘写满时先用 df -h 与 df -i 区分块空间与 inode，再用 du 定位大目录，"
             "注意 lsof +L1 查找已删除但未释放的文件。内存问题通过 dmesg 查看 oom-killer 记录，规划 JVM 堆大小时为系统预留内存。"
             "网络丢包时检查 nf_conntrack_count 是否接近 nf_conntrack_max。"),
            ("Linux 排障命令速查表", "pdf",
             "top、vmstat 1、iostat -x 1、sar -n DEV 1、ss -s、ss -antp、dmesg -T、journalctl -k、lsof +L1、df -h、df -i、"
             "chronyc tracking、sysctl -a | grep conntrack。每条命令列出关注的指标与异常阈值，例如 iostat 的 await 超过 20ms、"
             "%util 持续 100% 说明磁盘成为瓶颈。"),
            ("实操手册：三个故障的复现与处理", "docx",
             "实验一：用 fallocate 写满数据盘，观察应用报 No space left on device 并扩容云盘；实验二：降低 nf_conntrack_max 后压测，"
             "观察 table full 日志并调优；实验三：误删安全组规则后通过操作审计恢复。每个实验附验收标准。"),
        ],
    },
    {
        "key": "rds-tuning",
        "title": "RDS MySQL 性能优化与备份恢复",
        "trainer": "林晓雯", "hours": 4,
        "tags": ["RDS", "MySQL", "慢 SQL", "备份恢复"],
        "outline": "1. RDS 架构与规格选择\n2. 连接数规划与 Too many connections\n3. 慢 SQL 定位、索引设计与 SQL 限流\n"
                   "4. 只读实例与复制延迟\n5. 备份策略、按时间点恢复与库表恢复\n6. 案例复盘：一次误删除的 2 小时恢复",
        "materials": [
            ("RDS 性能优化课件", "slides",
             "连接数规划公式：应用实例数乘以连接池上限再加运维预留，不超过 max_connections 的 80%。慢 SQL 优化关注 Rows_examined，"
             "避免在索引列上使用函数，例如 DATE_FORMAT(create_time) 会导致全表扫描，应改写为范围查询。只读实例规格不应小于主实例。"),
            ("备份恢复操作手册", "pdf",
             "误删除数据后先止损再定位时间点：mysqlbinlog 解析 binlog 找到 DROP TABLE 或 DELETE 事件，确认全量备份与日志备份覆盖该时间点，"
             "按时间点恢复到克隆实例，核对数据后导回。单表误删优先考虑库表恢复。恢复完成后释放克隆实例。"),
            ("讲师备注：常见提问汇总", "notes",
             "学员常问：wait_timeout 设多少合适？一般建议 600 到 1800 秒，并让连接池 maxLifetime 小于该值。"
             "PITR 能恢复到哪一秒？取决于日志备份是否连续，实例变配期间可能出现备份缺口，需要告警。"),
        ],
    },
    {
        "key": "k8s-ops",
        "title": "Kubernetes 容器服务运维：从入门到排障",
        "trainer": "陈晨", "hours": 6,
        "tags": ["K8s", "容器", "etcd", "排障"],
        "outline": "1. K8s 核心对象与控制面组件\n2. Pod 生命周期与探针（startup / liveness / readiness）\n"
                   "3. CrashLoopBackOff、ImagePullBackOff、OOMKilled 排查\n4. 节点 NotReady 与 PLEG\n"
                   "5. CoreDNS 与服务发现\n6. etcd 备份恢复与控制面高可用",
        "materials": [
            ("K8s 排障课件", "pptx",
             "kubectl describe pod 查看 Events 与 Last State，kubectl logs --previous 查看上一次崩溃日志。Exit Code 137 且 Reason 为 OOMKilled "
             "表示超过容器内存限制，Java 应用建议使用 -XX:MaxRAMPercentage。慢启动应用配置 startupProbe，避免 liveness 探针过早失败形成 CrashLoopBackOff。"),
            ("etcd 快照与恢复实验指导", "docx",
             "使用 etcdctl snapshot save 备份，snapshot status 校验，restore 时指定 --name、--initial-cluster、--initial-cluster-token。"
             "注意成员名必须与实际配置一致，否则集群无法组成。恢复前停止 kube-apiserver，恢复后重启 controller-manager 与 scheduler。"),
            ("课堂演示录像", "video", "演示一次 CrashLoopBackOff 排查与 rollout undo 回滚的完整过程（录像，约 25 分钟）。"),
        ],
    },
    {
        "key": "cloud-network",
        "title": "云上网络：VPC、SLB、NAT 与专线",
        "trainer": "马俊", "hours": 4,
        "tags": ["VPC", "SLB", "NAT", "DNS", "网络"],
        "outline": "1. VPC 地址规划与路由表\n2. 专线、VPN 与网段冲突\n3. SLB 监听、健康检查与 502/504 排查\n"
                   "4. NAT 网关与 SNAT 地址池\n5. DNS 解析、TTL 与故障切换",
        "materials": [
            ("云上网络课件", "slides",
             "SLB 健康检查来源网段为 100.64.0.0/10，后端安全组需要放通。502 通常是后端全部健康检查失败或后端主动断开连接，"
             "504 通常是后端处理超过监听超时时间。NAT 网关单个 EIP 的源端口有限，高并发外呼应绑定多个 EIP 组成地址池。"),
            ("IP 地址规划模板", "other",
             "地址规划表包含区域、网段、用途、负责人、申请日期五列。云上生产、测试与 IDC 网段严禁重叠，新建交换机须经网络组审批。"),
        ],
    },
    {
        "key": "security-bastion",
        "title": "云上安全基线与堡垒机运维规范",
        "trainer": "李静", "hours": 3,
        "tags": ["安全", "堡垒机", "RAM", "等保"],
        "outline": "1. 等保三级对云上运维的要求\n2. RAM 子账号与最小权限\n3. 堡垒机接入、双因素认证与会话审计\n"
                   "4. 安全组变更规范\n5. 证书管理与到期提醒",
        "materials": [
            ("安全基线课件", "pptx",
             "RAM 子账号遵循最小权限原则，AccessKey 定期轮换并核对授权。堡垒机启用 TOTP 双因素认证，服务器时间必须与 NTP 同步，"
             "否则动态口令校验失败。HTTPS 证书建立台账，到期前 30、7、1 天多人提醒。"),
            ("堡垒机管理员手册（节选）", "pdf",
             "新增主机、授权运维人员、配置命令审计与会话录像；RDP 协议错误 0x1104 可通过关闭目标主机 AVC/RemoteFX 图形模式规避。"),
        ],
    },
    {
        "key": "incident-process",
        "title": "故障应急处理流程与应急演练组织",
        "trainer": "林晓雯", "hours": 3,
        "tags": ["应急", "流程", "演练", "复盘"],
        "outline": "1. 故障分级与严重性判断\n2. 响应、升级与通告时限\n3. 故障修复进展通告的写法\n"
                   "4. 故障复盘与整改跟踪\n5. 应急演练的设计、执行与评估",
        "materials": [
            ("应急流程课件", "slides",
             "首次响应工作时间 10 分钟、非工作时间 1 小时。T1、T2、C1、C2 故障立即升级值班长；10 分钟无人接手或 1 小时无进展升级 GOC。"
             "重大故障 30 分钟内恢复，24 小时内提交故障分析。复盘时限：1–2 级 5 个工作日，3–4 级 10 个工作日。"),
            ("演练方案模板", "docx",
             "演练方案包括目标、范围、参与人、前置条件、步骤与预计时长、回退方式、观察点、评估标准。演练后记录每一步的实际开始与结束时间、"
             "偏差、发现的问题和整改项，整改项跟踪到关闭。"),
            ("讲师备注：进展通告练习题", "notes",
             "给出一段故障描述，让学员在 10 分钟内写出第一次进展通告：现象、影响、当前进展、下一步、预计恢复时间、下次通告时间。"),
        ],
    },
    {
        "key": "observability",
        "title": "新技术分享：云原生可观测性（日志、指标、链路追踪）",
        "trainer": "陈晨", "hours": 2,
        "tags": ["可观测性", "日志", "Prometheus", "链路追踪", "新技术"],
        "outline": "1. 可观测性三支柱\n2. 指标：Prometheus 与告警规则设计\n3. 日志：采集、结构化与检索\n"
                   "4. 链路追踪：OpenTelemetry 接入\n5. 从告警到根因：一次 5 秒延迟的定位过程",
        "materials": [
            ("可观测性分享课件", "slides",
             "告警规则应围绕用户体验设计，例如错误率与 P99 延迟，而非单纯 CPU。OpenTelemetry 统一采集链路与指标，"
             "一次集群内 5 秒延迟的定位中，通过链路追踪发现 DNS 查询耗时异常，最终定位到 conntrack 竞争导致的 UDP 丢包。"),
            ("Prometheus 告警规则示例", "other",
             "示例规则：连接数使用率超过 80% 持续 5 分钟；磁盘使用率超过 85%；Kafka 消费组 lag 超过 10 万；证书剩余有效期少于 14 天。"),
        ],
    },
]

SESSION_FEEDBACK = {
    "held": [
        "内容贴近我们的实际环境，实操环节很有帮助。",
        "案例讲解清楚，希望下次增加更多动手时间。",
        "讲师对现场提问解答细致，课件会后已共享。",
        "部分内容偏基础，建议按学员水平分班。",
        "结合上季度的真实故障进行复盘，大家反响很好。",
        "时间略紧，etcd 恢复实验没有全部完成。",
    ],
    "cancelled": [
        "客户侧临时有重保任务，培训取消，待重新排期。",
        "因学员集中参加等保测评，本次取消。",
        "客户要求改为线上形式，原线下场次取消。",
    ],
}

ATTENDEE_COMMENTS = {
    5: ["非常实用，回去就能用。", "讲得很透彻。", "实操环节设计得好。", ""],
    4: ["整体不错，希望多一些案例。", "内容充实。", "课件很清楚。", ""],
    3: ["节奏偏快，部分内容没跟上。", "希望提供实验环境账号。", ""],
    2: ["内容与我们的场景关系不大。"],
    1: ["内容与岗位职责关系不大，收获有限。"],
}
