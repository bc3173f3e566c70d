"""Knowledge-base articles: ECS, operating system, bastion host, middleware,
and a few process articles for the support team.

``from_case``: the builder sets ``source_case_id`` to the first solved case of
the scenario whose ``article`` is this key. ``history`` lists the earlier
versions (editor, days after creation, sections missing then, older title);
``final`` is the editor of the current version and its day offset.
"""

ARTICLES = [
    {
        "key": "ecs-disk-full",
        "title": "Linux 磁盘空间或 inode 耗尽（No space left on device）排查与处理",
        "product": "云服务器 ECS",
        "tags": ["磁盘满", "errno 28", "inode", "logrotate"],
        "author": "张伟", "from_case": True,
        "problem": "应用写文件报 No space left on device（errno 28），可能是块空间耗尽，也可能是 inode 耗尽或已删除文件未释放。",
        "solution": "df -h / df -i 区分类型；du 定位大目录；lsof +L1 找已删除未释放文件；配置 logrotate 与磁盘告警，必要时在线扩容。",
        "history": [
            {"by": "张伟", "days": 0, "drop": ["## inode 耗尽", "## 预防建议"],
             "title": "Linux 磁盘写满（No space left on device）处理"},
            {"by": "周婷", "days": 37, "drop": ["## 预防建议"]},
        ],
        "final": {"by": "许文博", "days": 96},
        "body": r"""## 问题现象

- 应用日志出现 `No space left on device`、`errno 28` 或 `[Errno 28]`。
- systemd 服务反复重启，pid 文件、临时文件写入失败。
- 云监控磁盘使用率告警（>95%）。

## 排查步骤

1. 确认是哪种“满”：

```bash
df -h      # 块空间
df -i      # inode
lsof +L1   # 已删除但仍被进程占用的文件
```

2. 定位大目录：`du -xh --max-depth=1 / | sort -rh | head`
3. 常见大户：`/var/log`、应用 `logs/`、`catalina.out`、`/tmp`、导出临时目录、docker `overlay2`。

| 现象 | 判断 | 处理 |
|---|---|---|
| df -h 100% | 块空间耗尽 | 清理 / 压缩 / 扩容 |
| df -h 有余量，df -i 100% | inode 耗尽 | 批量删除小文件 |
| du 统计远小于 df | 已删除文件未释放 | 重启或截断占用进程的句柄 |

## 解决方案

- 日志：`gzip` 后移动到数据盘，或 `> file` 截断（不要直接 rm 正在写的日志）。
- 已删除未释放：`lsof +L1` 找到进程，滚动重启；或 `: > /proc/<pid>/fd/<fd>`。
- 扩容：控制台扩容云盘后执行 `growpart /dev/vdb 1 && resize2fs /dev/vdb1`（xfs 用 `xfs_growfs`）。

## inode 耗尽

小文件（会话、缩略图、队列文件）过多时块空间有余但 inode 用尽。按时间分批删除，避免一次性 `rm` 导致 IO 打满：

```bash
find /data/cache -type f -mtime +30 -print0 | xargs -0 -n 5000 rm -f
```

新建文件系统可用 `mkfs.ext4 -i 8192` 提高 inode 密度，会话类数据建议迁到 Redis。

## 预防建议

- 所有应用日志接入 logrotate（daily、rotate 7、compress、copytruncate）。
- 云监控配置磁盘与 inode 使用率 85% 告警，通知到值班群。
- 定期巡检 `/tmp` 与导出目录，任务结束后清理临时文件。
""",
    },
    {
        "key": "ecs-conntrack",
        "title": "nf_conntrack: table full, dropping packet —— 连接跟踪表满导致丢包",
        "product": "云服务器 ECS",
        "tags": ["conntrack", "丢包", "内核参数", "sysctl"],
        "author": "王磊", "from_case": True,
        "problem": "高并发网关或容器节点 dmesg 出现 nf_conntrack: table full, dropping packet，新建连接失败、请求超时。",
        "solution": "调大 nf_conntrack_max / buckets，缩短 TIME_WAIT 超时，上游开启 keepalive，对无需跟踪的流量 NOTRACK，并监控 conntrack 使用率。",
        "history": [
            {"by": "王磊", "days": 0, "drop": ["## 监控"]},
        ],
        "final": {"by": "王磊", "days": 21},
        "body": r"""## 问题现象

```
kernel: nf_conntrack: table full, dropping packet
kernel: net_ratelimit: 1286 callbacks suppressed
```

已建立连接基本正常，**新建连接**随机失败；ping 有丢包；Nginx 报 `connect() timed out`。

## 原因

iptables、docker、kube-proxy 会加载 `nf_conntrack` 模块，每条连接占一个条目。短连接 + 高 QPS 时 TIME_WAIT 条目堆积，达到 `nf_conntrack_max` 后新包被丢弃。

## 处理

```bash
sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max
cat > /etc/sysctl.d/90-conntrack.conf <<'EOF'
net.netfilter.nf_conntrack_max = 1048576
net.netfilter.nf_conntrack_tcp_timeout_time_wait = 30
net.netfilter.nf_conntrack_tcp_timeout_established = 1200
EOF
sysctl --system
echo 262144 > /sys/module/nf_conntrack/parameters/hashsize
```

每个条目约 300 字节，100 万条约 300MB 内存，按实例内存评估。

- 上游开启 keepalive，减少短连接。
- 纯转发、无状态的 80/443 流量可在 raw 表 `-j NOTRACK`。

## 监控

将 `nf_conntrack_count / nf_conntrack_max` 作为自定义监控项，超过 70% 告警。
""",
    },
    {
        "key": "ecs-oom-killer",
        "title": "Linux OOM Killer 杀掉 Java 进程的定位与内存规划",
        "product": "云服务器 ECS",
        "tags": ["OOM", "oom-killer", "JVM", "内存规划"],
        "author": "刘洋", "from_case": True,
        "problem": "进程突然消失，dmesg 有 Out of memory: Killed process (java)，多见于同机多 JVM 或未设置堆上限。",
        "solution": "核对各进程堆与堆外内存之和，按实例规格规划 -Xmx 并为系统预留；关键进程 oom_score_adj；拆分部署或升配。",
        "body": r"""## 如何确认

```bash
dmesg -T | grep -i -E "killed process|out of memory"
journalctl -k --since "2 hours ago" | grep -i oom
```

日志中 `anon-rss` 是被杀进程的实际物理内存占用。

## 常见原因

1. 同一台 ECS 上多个 JVM 的 `-Xmx` 之和接近或超过物理内存。
2. 未设置 `-Xmx`，JDK 按物理内存 1/4 自动取值，多个服务叠加。
3. 堆外内存：线程栈（默认 1M/线程）、DirectBuffer、Metaspace、JNI。

## 内存规划参考

| 实例内存 | 系统预留 | 应用可用 |
|---|---|---|
| 8G | 1.5G | 6.5G |
| 16G | 2G | 14G |
| 32G | 4G | 28G |

JVM 总占用 ≈ Xmx + MaxMetaspaceSize + 线程数 × Xss + MaxDirectMemorySize。

## 处理

- 显式设置 `-Xms/-Xmx`、`-XX:MaxDirectMemorySize`，合计不超过“应用可用”。
- 数据库、搜索引擎等组件独立部署。
- 关键进程：`echo -500 > /proc/<pid>/oom_score_adj`（写入 systemd 的 `OOMScoreAdjust=`）。
""",
    },
    {
        "key": "ecs-sg-ssh",
        "title": "安全组规则变更后 SSH / 业务端口不通的快速恢复",
        "product": "云服务器 ECS",
        "tags": ["安全组", "SSH", "操作审计", "变更管理"],
        "author": "陈晨", "from_case": True,
        "problem": "安全组规则被删除或修改后，22 端口或业务端口 Connection timed out。",
        "solution": "用操作审计找到变更记录，恢复规则；通过 VNC 确认实例本身正常；安全组变更纳入审批。",
        "history": [
            {"by": "陈晨", "days": 0, "drop": ["## 变更规范"]},
            {"by": "杨帆", "days": 15, "drop": []},
        ],
        "final": {"by": "陈晨", "days": 60},
        "body": r"""## 现象

```
ssh: connect to host 10.x.x.x port 22: Connection timed out
```

与 `Connection refused`（端口有响应但无进程监听）不同，timed out 通常是安全组、网络 ACL 或系统防火墙丢弃。

## 排查顺序

1. 控制台 → 实例 → 安全组 → 入方向，确认是否放通来源网段（堡垒机出口、办公网）。
2. 操作审计（ActionTrail）按事件名 `RevokeSecurityGroup` / `AuthorizeSecurityGroup` 查询最近 24 小时记录。
3. VNC 远程连接进入实例，检查 `sshd`、`firewalld`/`iptables`。

## 恢复

按审计记录中的原规则重新添加，例如：

| 方向 | 协议端口 | 授权对象 | 描述 |
|---|---|---|---|
| 入 | TCP 22/22 | 堡垒机出口 /32 | bastion-ssh |
| 入 | TCP 8080/8080 | SLB 健康检查 100.64.0.0/10 | slb-hc |

## 变更规范

- 每条规则写清“描述”（用途 + 负责人）。
- 批量变更先在测试安全组验证，生产变更走审批并在窗口内执行。
- 注意：由客户自行修改安全组造成的中断，按服务方案属于“用户自身使用原因”，可标记为非故障。
""",
    },
    {
        "key": "win-update-0x80070005",
        "title": "Windows Server 更新失败 0x80070005（拒绝访问）",
        "product": "云服务器 ECS",
        "tags": ["Windows", "0x80070005", "补丁", "Windows Update"],
        "author": "赵敏", "from_case": True,
        "problem": "Windows Update 或累积更新安装失败，错误代码 0x80070005（E_ACCESSDENIED）。",
        "solution": "检查终端安全软件拦截与目录权限；重置 SoftwareDistribution / catroot2；必要时离线安装 .msu。",
        "body": r"""## 现象

- 更新历史：`错误 0x80070005`
- `CBS.log`：`STATUS_ACCESS_DENIED`、`HRESULT = 0x80070005 - E_ACCESSDENIED`

## 处理步骤

1. 临时停用或为 `TrustedInstaller.exe`、`wuauclt.exe`、`TiWorker.exe` 添加安全软件白名单。
2. 以管理员身份运行：

```bat
net stop wuauserv
net stop cryptSvc
net stop bits
ren C:\Windows\SoftwareDistribution SoftwareDistribution.old
ren C:\Windows\System32\catroot2 catroot2.old
net start bits
net start cryptSvc
net start wuauserv
```

3. 执行 `DISM /Online /Cleanup-Image /RestoreHealth` 与 `sfc /scannow`。
4. 仍失败时从微软更新目录下载对应 `.msu`，`wusa xxx.msu /quiet /norestart` 离线安装。

## 注意

- 加入域的主机先确认组策略是否修改了系统目录 ACL。
- 打补丁前创建系统盘快照，便于回滚。
""",
    },
    {
        "key": "ecs-ntp-drift",
        "title": "服务器时间漂移引起签名过期 / 401 的处理",
        "product": "云服务器 ECS",
        "tags": ["NTP", "chrony", "时间同步", "签名"],
        "author": "杨帆", "from_case": True,
        "problem": "接口签名、JWT、TOTP 校验依赖时间，服务器时钟偏差数分钟即会报 timestamp expired / 401。",
        "solution": "启用 chronyd 并指向平台内网 NTP；chronyc makestep 立即校准；自定义镜像纳入时间同步检查。",
        "body": r"""## 检查

```bash
timedatectl
chronyc tracking
chronyc sources -v
```

`System time` 偏差超过 1 秒即应处理；`506 Cannot talk to daemon` 表示 chronyd 未运行。

## 处理

```bash
systemctl enable --now chronyd
# /etc/chrony.conf 仅保留平台内网 NTP 服务器
chronyc makestep
```

Windows：`w32tm /config /manualpeerlist:<内网NTP> /syncfromflags:manual /update`，再 `w32tm /resync`。

## 影响范围

| 依赖时间的机制 | 常见容忍度 |
|---|---|
| API 签名 timestamp | 15 分钟 |
| JWT exp/nbf | 视 leeway 配置 |
| TOTP 动态口令 | ±30 秒 × 窗口数 |
| Kerberos | 5 分钟 |
""",
    },
    {
        "key": "ecs-host-failure",
        "title": "宿主机故障导致 ECS 重启：如何确认、如何降低影响",
        "product": "云服务器 ECS",
        "tags": ["宿主机故障", "系统事件", "部署集", "高可用"],
        "author": "王磊", "from_case": True,
        "problem": "实例非预期重启或短暂失联，系统事件为 SystemFailure.Reboot / 宕机迁移。",
        "solution": "在系统事件与平台通知中确认原因；应用配置开机自启；核心实例用部署集打散；订阅系统事件。",
        "history": [
            {"by": "王磊", "days": 0, "drop": ["## 对客户的说明口径"]},
        ],
        "final": {"by": "孙海涛", "days": 9},
        "body": r"""## 如何确认

- 控制台 → 实例 → 系统事件：`SystemFailure.Reboot`、`SystemMaintenance.Reboot`。
- 实例内：`last -x | head`、`journalctl --list-boots`。
- 若同一时间多台实例同时重启，通常位于同一宿主机。

## 降低影响

1. **开机自启**：应用以 systemd 管理并 `enable`；容器节点确认 kubelet 自启。
2. **部署集**：同一业务的多台实例加入“高可用策略”部署集，分散到不同物理机。
3. **事件订阅**：订阅 ECS 系统事件到值班群，计划内维护事件可提前迁移。
4. 有状态服务启用主备，避免单机。

## 对客户的说明口径

> 您的实例所在物理服务器于 {时间} 检测到硬件异常，平台已自动将实例迁移至健康服务器并完成重启，
> 中断时长约 N 分钟。故障服务器已下线维修。建议为核心业务实例启用部署集以避免同机风险。

平台侧硬件故障按服务方案计入 T 类故障，须按级别完成复盘。
""",
    },
    {
        "key": "ecs-snapshot-rollback",
        "title": "使用快照回滚 ECS 系统盘（误操作后整机恢复）",
        "product": "云服务器 ECS",
        "tags": ["快照", "回滚", "误操作", "glibc"],
        "author": "刘洋", "from_case": True,
        "problem": "误升级系统库（如 glibc）、误删系统文件导致实例无法使用，需要整机回到某个时间点。",
        "solution": "确认可用快照与回滚影响，停机后用快照回滚系统盘，回滚后补部署快照之后的变更；详见 Runbook。",
        "body": r"""## 适用场景

- `libc.so.6: version 'GLIBC_2.28' not found` 之类系统库损坏；
- 误执行 `rm -rf /usr`、`chmod -R` 等导致系统不可用；
- 内核升级后无法启动。

## 回滚前确认

| 检查项 | 说明 |
|---|---|
| 快照时间点 | 快照之后的数据将丢失，确认数据盘是否需要一起回滚 |
| 实例状态 | 必须先**停止实例** |
| 业务流量 | 先从 SLB 摘除该节点 |

## 步骤概要

1. SLB 摘除节点并停止实例。
2. （建议）对当前损坏状态再打一个快照，保留现场。
3. 云盘 → 快照 → 选择时间点 → 回滚云盘。
4. 启动实例，检查系统与应用，补发布快照之后的版本。
5. 加回 SLB，观察 30 分钟。

完整步骤、预计耗时与回退方式见 Runbook《ECS 整机快照/镜像回滚》。
""",
    },
    {
        "key": "bastion-totp",
        "title": "堡垒机动态口令（TOTP）校验失败",
        "product": "堡垒机",
        "tags": ["堡垒机", "MFA", "TOTP", "时间同步"],
        "author": "赵敏", "from_case": True,
        "problem": "多名用户同时提示动态口令错误，手机令牌正常。",
        "solution": "校准堡垒机服务器时间并启用 chronyd；确认 TOTP 容忍窗口；应急时启用备用认证方式。",
        "body": r"""## 判断

- 多人同时失败 → 服务端时间问题概率高；个别人失败 → 手机时间或令牌绑定问题。
- 堡垒机日志：`totp verify failed ... drift=+4 windows`，每个窗口 30 秒。

## 处理

1. 登录堡垒机管理节点（或通过 VNC），`date` 与标准时间比对。
2. 启用并校准：`systemctl enable --now chronyd && chronyc makestep`。
3. 在堡垒机系统设置中确认 TOTP 容忍窗口（建议 ±1）。
4. 应急：管理员可为当班人员临时开启短信验证码，事后关闭并在审计中备注。

## 说明

堡垒机为采购软件，版本升级需联系厂商；本问题按“采购软件问题”分类。
""",
    },
    {
        "key": "bastion-rdp-0x1104",
        "title": "经堡垒机 RDP 连接 Windows 报协议错误 0x1104",
        "product": "堡垒机",
        "tags": ["堡垒机", "RDP", "0x1104", "Windows"],
        "author": "赵敏", "from_case": False,
        "problem": "通过堡垒机远程桌面访问 Windows Server 2019/2022 时 1–2 分钟后断开，提示协议错误 0x1104。",
        "solution": "目标主机关闭 AVC/RemoteFX 图形模式，或升级堡垒机到兼容版本。",
        "body": r"""## 临时规避（目标主机组策略）

`计算机配置 → 管理模板 → Windows 组件 → 远程桌面服务 → 远程桌面会话主机 → 远程会话环境`

- “为远程桌面连接设置 H.264/AVC 444 图形模式的优先级”：**已禁用**
- “配置 RemoteFX 自适应图形”：**已禁用**

执行 `gpupdate /force` 后重新连接。

## 根治

联系堡垒机厂商升级到修复 RDP 图形协议兼容性的版本，升级前在测试环境验证会话录像与文件传输功能。
""",
    },
    {
        "key": "middleware-metaspace",
        "title": "商业 Java 中间件 OutOfMemoryError: Metaspace（热部署类泄漏）",
        "product": "云服务器 ECS",
        "tags": ["Metaspace", "中间件", "热部署", "ClassLoader"],
        "author": "李静", "from_case": True,
        "problem": "多次热部署后报 java.lang.OutOfMemoryError: Metaspace，只能重启。",
        "solution": "改为停机部署；适当调大 MaxMetaspaceSize；定位泄漏的 ClassLoader 引用并向厂商申请补丁。",
        "body": r"""## 原因

热部署会创建新的 ClassLoader。若旧 ClassLoader 仍被线程（如定时器、JDBC 驱动清理线程）或静态变量引用，旧类元数据无法卸载，Metaspace 持续增长。

## 定位

```bash
jcmd <pid> VM.metaspace
jcmd <pid> GC.class_stats | head   # JDK 8 需 -XX:+UnlockDiagnosticVMOptions
jmap -clstats <pid> | grep -c dead
```

## 处理

1. 生产环境禁用热部署，改为“停止 → 部署 → 启动”。
2. `-XX:MaxMetaspaceSize=512m`，并开启 `-XX:+HeapDumpOnOutOfMemoryError`。
3. 将堆转储提供给中间件厂商，申请补丁（采购软件问题）。
""",
    },
    {
        "key": "capacity-checklist",
        "title": "业务高峰 / 大促前容量评估检查清单",
        "product": "云服务器 ECS",
        "tags": ["容量评估", "大促", "压测", "技术咨询"],
        "author": "孙海涛", "from_case": False,
        "problem": "营销活动、开学选课、年报等高峰前，需要系统化评估各层容量并提前扩容。",
        "solution": "按接入层、应用层、缓存、数据库、消息、出网六层逐项评估，联合压测后锁定配置与变更冻结期。",
        "history": [
            {"by": "孙海涛", "days": 0, "drop": ["## 时间计划"]},
            {"by": "马俊", "days": 30, "drop": []},
        ],
        "final": {"by": "林晓雯", "days": 120},
        "body": r"""## 评估清单

| 层 | 关键指标 | 余量要求 | 常见动作 |
|---|---|---|---|
| 接入 SLB | 新建连接/s、QPS、带宽 | ≥ 50% | 升级规格、开启 CDN |
| 应用 ECS/K8s | CPU、RT、线程池 | ≥ 40% | 弹性伸缩、预热节点 |
| 缓存 Redis | 内存、QPS、带宽、大 key | ≥ 30% | 升配、拆分热点 |
| 数据库 RDS | CPU、IOPS、连接数 | ≥ 40% | 只读实例、SQL 优化 |
| 消息 Kafka | 堆积、磁盘、分区数 | ≥ 50% 磁盘 | 扩分区、调保留期 |
| 出网 NAT/EIP | SNAT 连接、带宽 | ≥ 50% | 多 EIP 地址池 |

## 压测要点

- 压测模型按真实接口比例，目标为预估峰值的 1.5 倍。
- 压测期间同时观察 SLB、应用、数据库监控，记录第一个瓶颈。

## 时间计划

- T-14 天：评估与扩容申请；T-7 天：联合压测；T-3 天：变更冻结；T 日：驻场/远程值守。
""",
    },
    {
        "key": "fault-level-guide",
        "title": "故障分级、响应时限与升级规则速查（值班必读）",
        "product": "",
        "tags": ["流程", "故障分级", "升级", "SLA"],
        "author": "郑凯", "from_case": False,
        "problem": "值班人员需要快速判断案例严重性、故障级别、响应与恢复时限以及何时升级。",
        "solution": "按严重性表判断；T1/T2/C1/C2 立即升级值班长；10 分钟无人接手或 1 小时无进展升级 GOC；按级别完成复盘。",
        "history": [
            {"by": "郑凯", "days": 0, "drop": ["## 非故障的判定"]},
            {"by": "孙海涛", "days": 45, "drop": []},
        ],
        "final": {"by": "郑凯", "days": 180},
        "body": r"""## 严重性

| 级别 | 含义 | 处理要求 |
|---|---|---|
| 严重 Critical | 关键业务或核心组件明显受损 / 服务不可用 | 立即处理 |
| 紧急 Urgent | 关键业务或核心组件受到严重影响 / 重要功能不可用 | 尽快处理 |
| 高 High | 重要业务功能受损或降级 | 优先处理 |
| 中 Medium | 非关键功能异常 | 计划处理 |
| 低 Low | 一般技术或咨询问题 | 正常排期 |

## 时限

- 首次响应：工作时间 **10 分钟**内，非工作时间 **1 小时**内。
- 重大故障：立即通知客户指定联系人，**30 分钟**内恢复服务，**24 小时**内提交完整故障分析与解决方案。

## 升级

1. 判定为 **T1、T2、C1、C2** 的故障立即升级到值班长（产品研发 / L2）。
2. 发现后 **10 分钟**无人接手，或 **1 小时**无进展，升级到 GOC。
3. 升级时更新进展通告，重新评估影响范围。

## 复盘

- 1–2 级：**5 个工作日**内完成；3–4 级：**10 个工作日**内完成。
- 故障报告包含原因与整改计划，整改项跟踪到关闭。

## 非故障的判定

计划内变更引起的预期异常、用户自身使用原因引起的异常不计为故障，在案例中勾选“非故障”并写明原因，不计入故障统计。
""",
    },
    {
        "key": "fault-info-checklist",
        "title": "报障信息收集清单：第一次响应时要问清楚的 10 件事",
        "product": "",
        "tags": ["流程", "信息收集", "首次响应"],
        "author": "李静", "from_case": False,
        "problem": "首次响应时信息不全，导致反复追问、定位变慢。",
        "solution": "按清单一次性收集现象、时间、范围、变更、报错原文与截图、实例 ID 等信息。",
        "body": r"""## 清单

1. **现象**：用户看到什么？报错原文（不要转述），附截图。
2. **开始时间**：精确到分钟；是否持续、是否间歇。
3. **影响范围**：哪些业务 / 用户 / 地域；占比多少。
4. **最近变更**：发布、配置修改、安全组、扩缩容、证书、DNS。
5. **资源标识**：实例 ID（`i-…`、`rm-…`、`r-…`）、集群 ID、Bucket 名、域名。
6. **网络路径**：客户端 → SLB → 应用 → 数据库，是否跨专线 / VPN。
7. **日志片段**：应用日志、`dmesg`、`kubectl describe` 输出。
8. **已做操作**：客户已尝试的重启、回滚等。
9. **联系人**：现场联系人与指定联系人电话。
10. **业务窗口**：是否允许重启 / 变更，何时是业务高峰。

## 小技巧

把报错原文直接粘贴到 kbdesk 的“相似案例”中，先看历史上同类问题是怎么解决的。
""",
    },
    {
        "key": "progress-notice-template",
        "title": "故障修复进展通告与恢复通告模板",
        "product": "",
        "tags": ["流程", "进展通告", "模板"],
        "author": "吴佳琪", "from_case": False,
        "problem": "重大故障期间需要按固定格式向客户通报进展，口径需一致。",
        "solution": "使用统一模板：时间、现象、影响、当前进展、下一步、预计恢复时间、下次通告时间。",
        "body": r"""## 进展通告模板

```
【故障修复进展通告】第 N 次
客户：XXX            案例编号：CS-YYYY-NNNN
故障现象：……
业务影响：……（范围 / 用户数 / 是否持续）
当前进展：已定位 / 正在处理 / 已采取临时措施……
下一步计划：……
预计恢复时间：HH:MM
下次通告时间：HH:MM（重大故障每 30 分钟一次）
```

## 恢复通告模板

```
【故障恢复通告】
故障于 HH:MM 恢复，经我方技术验证与贵方业务验证，服务已正常。
故障时长：N 分钟。初步原因：……
完整故障分析报告将于 24 小时内提交。
```
""",
    },
]
