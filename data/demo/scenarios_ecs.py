"""Fault scenarios: 云服务器 ECS and the operating system.

A scenario is a template for many cases. Each text field is a list of
variants; the builder picks one per case and fills the ``{placeholders}``
(instance ids, addresses, business system, times) deterministically.

Placeholders: {app} {ecs} {ecs2} {rds} {redis} {ip} {ip2} {ip3} {host}
{node} {pod} {ns} {bucket} {domain} {t} {ts} {ts2} {date} {n} {pct}
{topic} {group} {cluster}.

``grades`` lists (severity, fault level) pairs the scenario may take.
``not_fault`` (optional) lists reasons for cases marked as not a fault.
"""

SCENARIOS = [
    {
        "key": "ecs_disk_full",
        "product": "云服务器 ECS", "component": "系统盘 / 数据盘",
        "category": "os_problem", "weight": 9,
        "grades": [("high", "T3"), ("high", "C3"), ("medium", "C4"), ("urgent", "C2")],
        "titles": [
            "{app} 应用服务器磁盘写满，日志报 No space left on device",
            "ECS 实例 {ecs} 数据盘 100%，{app} 上传功能失败",
            "{host} 磁盘空间耗尽导致服务写文件失败（errno 28）",
        ],
        "phen": [
            "客户反馈 {app} 附件上传一直转圈，后台日志大量 errno 28。登录 {host} 后 df -h 看到根分区 "
            "/ 使用率 100%，/var/log 下有单个 38G 的 catalina.out。",
            "{t} 起 {app} 部分接口返回 500，排查发现实例 {ecs}（{ip}）/data 分区使用率 100%，"
            "应用写临时文件失败。df -h 显示 /dev/vdb1 已用 500G/500G。",
            "监控告警：{host} 磁盘使用率连续 15 分钟超过 95%，随后应用进程写 pid 文件失败，systemd 反复重启服务。",
        ],
        "impact": [
            "{app} 上传、导出类功能不可用，查询类功能正常，影响约 {n} 名用户。",
            "{app} 单节点异常，SLB 摘除后剩余节点负载升高，高峰期响应变慢。",
        ],
        "env": [
            "{zone} 可用区 B，ECS g7.2xlarge，CentOS 7.9，系统盘 40G ESSD，数据盘 500G ESSD PL1；Tomcat 9 + JDK 8。",
            "{zone} 可用区 H，ECS c6.xlarge，Alibaba Cloud Linux 3，Nginx 1.22 + Spring Boot 2.7，日志未接入日志服务。",
        ],
        "err": [
            "java.io.IOException: No space left on device\n"
            "    at java.io.FileOutputStream.writeBytes(Native Method)\n"
            "    at java.io.FileOutputStream.write(FileOutputStream.java:326)",
            "write /data/tmp/upload_{n}.part: no space left on device (errno 28)",
            "OSError: [Errno 28] No space left on device: '/var/lib/app/cache/session.db'",
        ],
        "logs": [
            "$ df -h\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/vda1        40G   40G     0 100% /\n"
            "/dev/vdb1       500G  211G  289G  43% /data\n"
            "$ du -sh /var/log/* | sort -rh | head -3\n38G   /var/log/tomcat\n1.2G  /var/log/messages\n410M  /var/log/secure",
            "$ df -h /data\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/vdb1       500G  500G     0 100% /data\n"
            "$ du -sh /data/tmp\n486G    /data/tmp\n"
            "{ts2} {host} app[{n}]: ERROR export job failed: write /data/tmp/export_{n}.csv: no space left on device",
            "$ df -h /\n/dev/vda1        40G   40G     0 100% /\n$ du -sh --exclude=/proc / 2>/dev/null\n12G     /\n"
            "$ lsof +L1 | head -3\nCOMMAND   PID USER   FD   TYPE DEVICE   SIZE/OFF NLINK  NODE NAME\n"
            "java    {n} app    1w   REG  253,1 27917287424     0 13422 /var/log/app/app.log.1 (deleted)",
        ],
        "cause": [
            "应用日志未配置滚动（logrotate 规则缺失），catalina.out 持续增长写满根分区。",
            "批量导出任务在 /data/tmp 生成临时文件后未清理，累计占满数据盘。",
            "某进程已删除的日志文件仍被句柄占用（lsof | grep deleted），空间未释放。",
        ],
        "fix": [
            "清理历史日志并重启应用释放句柄；为 /var/log/tomcat 配置 logrotate（daily、rotate 7、compress、copytruncate）；"
            "数据盘在线扩容至 800G 并 resize2fs；增加磁盘使用率 85% 告警。",
            "删除 /data/tmp 下 7 天前临时文件，修改导出任务在完成后清理；新增 crontab 清理脚本并接入云监控磁盘告警。",
            "通过 lsof +L1 找到占用已删除文件的 java 进程，滚动重启后空间释放 37G；后续改为 copytruncate 方式切割日志。",
        ],
        "work": ["临时将大日志 gzip 压缩并移动到数据盘，腾出根分区空间后服务恢复写入。"],
        "tags": ["磁盘满", "errno 28", "logrotate", "ECS"],
        "article": "ecs-disk-full",
    },
    {
        "key": "ecs_inode",
        "product": "云服务器 ECS", "component": "文件系统",
        "category": "os_problem", "weight": 4,
        "grades": [("medium", "C4"), ("high", "C3")],
        "titles": [
            "df 显示有空间但写入报 No space left on device（inode 耗尽）",
            "{host} inode 使用率 100%，{app} 生成会话文件失败",
        ],
        "phen": [
            "{app} 登录后偶发掉线，排查 {host} 发现 df -h 仍有 120G 可用，但 touch 任意文件都报 No space left on device。",
            "PHP 会话目录 /var/lib/php/session 下小文件数量超过 800 万，df -i 显示 IUse% 100%。",
        ],
        "impact": ["用户登录状态无法保存，{app} 频繁要求重新登录，影响体验但核心数据无损。"],
        "env": ["ECS g6.large，CentOS 7.6，ext4 文件系统，数据盘 200G（默认 inode 比例）。"],
        "err": ["touch: cannot touch '/data/test': No space left on device"],
        "logs": [
            "$ df -i /data\nFilesystem       Inodes    IUsed IFree IUse% Mounted on\n/dev/vdb1      13107200 13107200     0  100% /data",
        ],
        "cause": ["应用产生海量小文件（会话 / 缩略图缓存）且无清理机制，ext4 inode 被耗尽。"],
        "fix": [
            "按修改时间批量删除 30 天前的缓存小文件（find -mtime +30 -delete，分批执行避免 IO 打满）；"
            "会话存储改为 Redis；新数据盘格式化时使用 mkfs.ext4 -i 8192 提高 inode 数量。",
        ],
        "work": ["先删除最旧的 200 万个缓存文件，临时恢复写入。"],
        "tags": ["inode", "小文件", "ext4"],
        "article": "ecs-disk-full",
    },
    {
        "key": "ecs_conntrack",
        "product": "云服务器 ECS", "component": "网络 / 内核",
        "category": "os_problem", "weight": 7,
        "grades": [("urgent", "T2"), ("high", "T3"), ("high", "C3"), ("critical", "T1")],
        "titles": [
            "{app} 网关节点间歇性丢包，dmesg 报 nf_conntrack: table full",
            "高峰期新建连接失败，kernel: nf_conntrack: table full, dropping packet",
            "ECS {ecs} 连接跟踪表满导致 {app} 请求超时",
        ],
        "phen": [
            "{t} 业务高峰时 {app} 出现大量超时，客户端 ping {ip} 有丢包；dmesg 中持续刷出 "
            "nf_conntrack: table full, dropping packet，已有连接基本正常，新建连接失败率约 {pct}%。",
            "Nginx 网关节点 {host} 上游请求大量 connect() timed out，同一时间 /var/log/messages 出现 conntrack 表满告警。",
        ],
        "impact": [
            "{app} 约 {pct}% 请求失败，客户投诉集中，持续约 40 分钟。",
            "对外接口成功率从 99.9% 下降到 {pct}%，涉及下游合作方回调。",
        ],
        "env": [
            "ECS c7.4xlarge × 4 作为 Nginx 网关，CentOS 7.9，内核 3.10.0-1160，iptables 规则约 200 条，"
            "net.netfilter.nf_conntrack_max=262144。",
        ],
        "err": ["kernel: nf_conntrack: table full, dropping packet", "nf_conntrack: nf_conntrack: table full, dropping packet"],
        "logs": [
            "{ts} {host} kernel: nf_conntrack: table full, dropping packet\n"
            "{ts} {host} kernel: nf_conntrack: table full, dropping packet\n"
            "{ts2} {host} kernel: net_ratelimit: 1286 callbacks suppressed\n"
            "$ sysctl net.netfilter.nf_conntrack_count\nnet.netfilter.nf_conntrack_count = 262144",
        ],
        "cause": [
            "节点开启了 iptables / docker 导致 conntrack 生效，nf_conntrack_max 仍为默认值，"
            "大促流量下短连接激增，TIME_WAIT 状态连接占满跟踪表。",
            "上游服务未使用 keepalive，每个请求新建 TCP 连接，conntrack 条目数量随 QPS 线性增长。",
        ],
        "fix": [
            "调大 net.netfilter.nf_conntrack_max=1048576、nf_conntrack_buckets=262144，"
            "缩短 nf_conntrack_tcp_timeout_time_wait=30，写入 /etc/sysctl.d/90-conntrack.conf 持久化；"
            "Nginx upstream 开启 keepalive 64；增加 conntrack 使用率监控。",
            "对不需要状态跟踪的 80/443 流量在 raw 表设置 NOTRACK；参数调优后观察 24 小时无丢包。",
        ],
        "work": ["临时执行 sysctl -w net.netfilter.nf_conntrack_max=1048576 并扩容 2 台网关节点分流。"],
        "tags": ["conntrack", "丢包", "内核参数", "Nginx"],
        "article": "ecs-conntrack",
    },
    {
        "key": "ecs_oom",
        "product": "云服务器 ECS", "component": "内存",
        "category": "os_problem", "weight": 6,
        "grades": [("high", "C3"), ("urgent", "C2"), ("medium", "C4")],
        "titles": [
            "{app} 进程被系统 OOM Killer 杀掉，服务间歇性中断",
            "{host} 内存耗尽，dmesg 出现 Out of memory: Killed process (java)",
        ],
        "phen": [
            "{app} 每天 {t} 左右跑批时服务中断几分钟，随后自动拉起。查看 dmesg 发现 java 进程被 OOM Killer 杀掉。",
            "监控显示 {host} 内存使用率在 5 分钟内从 60% 升到 99%，随后 java 进程消失，supervisor 重启进程。",
        ],
        "impact": ["跑批期间 {app} 短暂不可用（约 3–5 分钟），夜间批处理结果延迟。"],
        "env": [
            "ECS r6.xlarge（4C32G），CentOS 7.9，无 swap；同机部署应用（-Xmx24g）与 Elasticsearch 节点（-Xmx8g）。",
            "ECS g6.2xlarge（8C32G），Ubuntu 20.04，部署 3 个 Spring Boot 服务，均未限制堆大小。",
        ],
        "err": ["Out of memory: Killed process {n} (java) total-vm:35651584kB, anon-rss:31457280kB"],
        "logs": [
            "{ts} {host} kernel: java invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0\n"
            "{ts} {host} kernel: Out of memory: Kill process {n} (java) score 912 or sacrifice child\n"
            "{ts2} {host} kernel: Killed process {n} (java) total-vm:35651584kB, anon-rss:31457280kB",
        ],
        "cause": [
            "同机多个 JVM 堆上限之和超过物理内存，跑批时堆增长触发系统级 OOM。",
            "JVM 未设置 -Xmx，默认取物理内存 1/4，三个服务叠加堆外内存后超过实例规格。",
        ],
        "fix": [
            "按实例规格重新规划各进程堆大小（应用 -Xmx16g、ES -Xmx8g），为系统保留 4G；"
            "将 Elasticsearch 迁出到独立实例；为关键进程设置 oom_score_adj=-500；增加内存 90% 告警。",
            "为每个服务显式设置 -Xms/-Xmx 和 -XX:MaxDirectMemorySize；实例升配到 r6.2xlarge。",
        ],
        "work": ["临时停掉非关键的报表服务释放内存。"],
        "tags": ["OOM", "oom-killer", "JVM", "内存"],
        "article": "ecs-oom-killer",
    },
    {
        "key": "ecs_burst_credit",
        "product": "云服务器 ECS", "component": "实例规格",
        "category": "configuration_error", "weight": 4,
        "grades": [("medium", "C4"), ("low", None), ("high", "C3")],
        "titles": [
            "突发性能实例 CPU 积分耗尽，{app} 性能突然下降",
            "ECS {ecs} CPU 使用率被限制在 20%，接口响应从 200ms 涨到 3s",
        ],
        "phen": [
            "从 {t} 开始 {app} 响应明显变慢，top 看 CPU 使用率只有 20% 左右但 load 很高，st 值偏高。",
            "客户反映同样的压测脚本周一正常，周三开始 TPS 下降到原来的五分之一。",
        ],
        "impact": ["{app} 响应变慢，未中断，测试环境压测结论失真。"],
        "env": ["ECS t6-c1m2.large 突发性能实例（基准性能 20%），CentOS 7.9。"],
        "err": ["CPU credit balance: 0 (CPUCreditBalance)"],
        "logs": ["%Cpu(s): 19.8 us,  1.1 sy,  0.0 ni, 12.4 id,  0.0 wa,  0.0 hi,  0.2 si, 66.5 st"],
        "cause": ["实例为 t6 突发性能实例，长时间高负载后 CPU 积分耗尽，被限制到基准性能。"],
        "fix": [
            "说明突发性能实例计费与积分机制；生产节点变配为 c7 计算型实例；测试环境开启无性能约束模式。",
        ],
        "work": ["临时开启无性能约束模式（unlimited），按超额积分计费。"],
        "tags": ["突发性能实例", "CPU 积分", "steal"],
        "article": None,
    },
    {
        "key": "ecs_ssh_sg",
        "product": "云服务器 ECS", "component": "安全组",
        "category": "operation_error", "weight": 5,
        "grades": [("high", "C3"), ("medium", "C4"), ("urgent", "C2")],
        "not_fault": ["用户自身操作：安全组规则由客户运维人员自行修改", "计划内变更：安全加固变更窗口内的预期中断"],
        "titles": [
            "安全组规则调整后 {app} 服务器无法 SSH 登录",
            "ECS {ecs} 22 端口不通，Connection timed out",
            "安全加固后堡垒机无法连接 {host}",
        ],
        "phen": [
            "客户运维在 {t} 清理了安全组中“多余”的规则，之后从堡垒机 {ip2} 登录 {ecs} 报 Connection timed out，业务端口正常。",
            "{app} 所在安全组 sg-{n} 的入方向规则被批量替换，应用 8080 端口及 22 端口均无法从办公网访问。",
        ],
        "impact": ["运维通道中断，无法发布与排障；如涉及业务端口则对应服务不可访问。"],
        "env": ["VPC 专有网络，ECS 安全组 sg-{n}（普通安全组），经堡垒机 {ip2} 运维。"],
        "err": ["ssh: connect to host {ip} port 22: Connection timed out"],
        "logs": [
            "ActionTrail: {ts} RevokeSecurityGroup sg-{n} Permission=[tcp 22/22 SourceCidrIp={ip2}/32] "
            "Operator=ops_admin Result=Success",
        ],
        "cause": ["客户运维误删了允许堡垒机网段访问 22 端口的入方向规则。", "安全加固脚本把授权对象从网段改成了单个 IP，遗漏堡垒机出口地址。"],
        "fix": [
            "通过操作审计（ActionTrail）定位到删除记录，恢复入方向规则 tcp 22 授权 {ip2}/32；"
            "建议安全组变更走审批并先在测试组验证，使用安全组规则描述标注用途。",
        ],
        "work": ["通过 VNC 远程连接登录实例确认系统正常。"],
        "tags": ["安全组", "SSH", "操作审计"],
        "article": "ecs-sg-ssh",
    },
    {
        "key": "win_0x80070005",
        "product": "云服务器 ECS", "component": "Windows Server",
        "category": "os_problem", "weight": 4,
        "grades": [("medium", "C4"), ("low", None), ("medium", "T4")],
        "titles": [
            "Windows Server 补丁安装失败，错误 0x80070005",
            "{host}（Windows 2016）Windows Update 报 0x80070005 拒绝访问",
        ],
        "phen": [
            "按安全通告对 {app} 的 Windows Server 2016 实例打补丁，Windows Update 下载完成后安装失败，错误代码 0x80070005。",
            "域控策略推送后，多台 Windows 实例补丁均安装失败，事件查看器记录 Access is denied。",
        ],
        "impact": ["补丁未能按期安装，存在安全合规风险，业务本身未受影响。"],
        "env": ["ECS Windows Server 2016 数据中心版，加入客户 AD 域，安装了第三方终端安全软件。"],
        "err": ["Installation Failure: Windows failed to install the following update with error 0x80070005: "
                "2025-xx Cumulative Update for Windows Server 2016 for x64-based Systems."],
        "logs": ["C:\\Windows\\Logs\\CBS\\CBS.log:\n{ts} Error CSI 00000012 (F) STATUS_ACCESS_DENIED #{n}# "
                 "from Windows::Rtl::SystemImplementation::DirectFileSystemProvider::SysCreateFile\n"
                 "[HRESULT = 0x80070005 - E_ACCESSDENIED]"],
        "cause": ["第三方终端安全软件拦截了 TrustedInstaller 对系统目录的写入。", "组策略修改了 C:\\Windows\\SoftwareDistribution 目录权限。"],
        "fix": [
            "在安全软件中为 TrustedInstaller.exe 和 wuauclt.exe 添加白名单；重置 SoftwareDistribution 目录"
            "（net stop wuauserv → 重命名目录 → net start wuauserv）后重新安装补丁成功。",
        ],
        "work": ["下载 .msu 离线包手动安装。"],
        "tags": ["Windows", "0x80070005", "补丁"],
        "article": "win-update-0x80070005",
    },
    {
        "key": "ecs_ntp",
        "product": "云服务器 ECS", "component": "时间同步",
        "category": "os_problem", "weight": 3,
        "grades": [("high", "C3"), ("medium", "C4")],
        "titles": ["服务器时间漂移导致 {app} token 校验失败", "{host} 与 NTP 不同步，接口签名报 timestamp expired"],
        "phen": [
            "{app} 调用网关接口间歇性返回 401 timestamp expired，对比发现 {host} 系统时间比标准时间快 6 分钟。",
        ],
        "impact": ["约一半请求签名校验失败，{app} 对外接口不可用约 1 小时。"],
        "env": ["ECS 由客户自定义镜像创建，chronyd 已停用，ntpd 指向已下线的内网时钟源 {ip3}。"],
        "err": ["401 Unauthorized: {\"code\":\"InvalidTimeStamp.Expired\",\"message\":\"timestamp expired\"}"],
        "logs": ["$ chronyc tracking\n506 Cannot talk to daemon\n$ date\n(比标准时间快 00:06:12)"],
        "cause": ["自定义镜像中时间同步服务配置错误，指向已下线的时钟源，系统时钟长期漂移。"],
        "fix": ["启用 chronyd 并指向云平台内网 NTP 服务器，chronyc makestep 立即校时；更新自定义镜像并在镜像检查清单中加入时间同步项。"],
        "work": ["临时手工 date -s 校准时间，并在网关侧放宽时间窗口到 15 分钟。"],
        "tags": ["NTP", "chrony", "时间漂移"],
        "article": "ecs-ntp-drift",
    },
    {
        "key": "ecs_host_failure",
        "product": "云服务器 ECS", "component": "物理宿主机",
        "category": "hardware", "weight": 4,
        "grades": [("critical", "T1"), ("urgent", "T2"), ("high", "T3")],
        "titles": [
            "宿主机硬件故障，{app} 多台 ECS 异常重启",
            "ECS {ecs} 非预期重启，系统事件显示 SystemFailure.Reboot",
        ],
        "phen": [
            "{t} {app} 的 3 台 ECS 同时失联约 6 分钟后自动恢复，实例系统事件记录 SystemFailure.Reboot。",
            "实例 {ecs} 突然重启，控制台显示“因底层宿主机故障已完成热迁移/重启”，应用未配置开机自启。",
        ],
        "impact": ["{app} 中断约 {pct} 秒至数分钟；同一宿主机上的实例同时受影响，未做部署集打散。"],
        "env": ["ECS g6.4xlarge × 3，同一可用区，未使用部署集；应用无开机自启。"],
        "err": ["SystemFailure.Reboot: Instance {ecs} was restarted due to an underlying host failure."],
        "logs": ["{ts} {host} kernel: Linux version 3.10.0-1160.el7.x86_64 ... (boot)\n"
                 "$ last -x | head -2\nreboot   system boot  3.10.0-1160.el7. {date} {t} - still running"],
        "cause": ["底层物理服务器内存硬件故障（MCE 报错），平台触发宕机迁移并重启实例。"],
        "fix": [
            "平台侧已将实例迁移至健康宿主机并下线故障服务器；客户侧为应用配置 systemd 开机自启，"
            "核心实例加入部署集（高可用策略打散），并订阅 ECS 系统事件通知。",
        ],
        "work": ["人工拉起应用进程并检查数据一致性。"],
        "tags": ["宿主机故障", "硬件", "系统事件", "部署集"],
        "article": "ecs-host-failure",
    },
    {
        "key": "ecs_glibc_rollback",
        "product": "云服务器 ECS", "component": "操作系统包管理",
        "category": "operation_error", "weight": 3,
        "grades": [("urgent", "C2"), ("high", "C3")],
        "titles": ["误升级 glibc 后 {host} 所有命令报错，需整机回滚", "yum update 后系统无法登录，提示 libc.so.6 版本错误"],
        "phen": [
            "客户运维在 {host} 上手动编译升级 glibc，之后 ls、ssh 等命令全部报错，无法远程登录。",
        ],
        "impact": ["{app} 单节点不可用，发布流水线中断；另一节点承担全部流量。"],
        "env": ["ECS CentOS 7.9，系统盘每日 02:00 自动快照，保留 7 天。"],
        "err": ["/lib64/libc.so.6: version `GLIBC_2.28' not found (required by /bin/ls)"],
        "logs": ["-bash: /usr/bin/ls: /lib64/libc.so.6: version `GLIBC_2.28' not found"],
        "cause": ["手工替换系统 glibc 导致核心库版本不兼容，系统无法正常运行。"],
        "fix": ["按《ECS 整机快照/镜像回滚》方案，用前一日系统盘快照回滚，回滚后重新部署当日发布的应用包；"
                "规定禁止在生产环境手工编译替换系统库。"],
        "work": ["业务流量切到另一节点。"],
        "tags": ["glibc", "快照回滚", "误操作"],
        "article": "ecs-snapshot-rollback",
        "runbook": "ecs-rollback",
    },
]
