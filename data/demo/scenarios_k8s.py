"""Fault scenarios: Kubernetes 容器服务 and 消息队列 Kafka.

Same shape as scenarios_ecs.py.
"""

SCENARIOS = [
    {
        "key": "k8s_crashloop",
        "not_fault": ["计划内变更：客户发布窗口内的预期中断，已按变更计划回滚"],
        "product": "Kubernetes 容器服务", "component": "工作负载",
        "category": "configuration_error", "weight": 9,
        "grades": [("high", "C3"), ("urgent", "C2"), ("medium", "C4"), ("high", "T3")],
        "titles": [
            "发布后 {pod} 处于 CrashLoopBackOff，Liveness probe failed",
            "K8s 集群 {cluster} 中 {app} 服务启动失败，Back-off restarting failed container",
            "{app} Pod 反复重启，状态 CrashLoopBackOff",
        ],
        "phen": [
            "{pod} 每隔约 90 秒被 kubelet 重启一次，kubectl describe 显示 Liveness probe failed: HTTP probe failed with statuscode: 503。",
            "{app} 扩容出来的新 Pod 启动后立即退出，Exit Code 1，日志显示无法读取配置文件。",
            "{t} 发布 {app} 新版本后，命名空间 {ns} 下新 Pod 全部 CrashLoopBackOff，旧 ReplicaSet 已缩容到 0，服务不可用。",
        ],
        "impact": [
            "{app} 发布中断，可用副本从 6 降到 2，高峰期响应变慢。",
            "{app} 完全不可用约 {n} 秒，直到回滚到上一版本。",
        ],
        "env": [
            "托管版 K8s 1.26，节点 ecs.g7.2xlarge × 12，Deployment 滚动更新 maxUnavailable=50%，JDK 17 Spring Boot 应用启动约 70 秒。",
            "自建 K8s 1.24（kubeadm），containerd 1.6，ConfigMap 挂载配置文件。",
        ],
        "err": [
            "Liveness probe failed: HTTP probe failed with statuscode: 503",
            "Error: failed to load config: open /etc/app/application.yaml: no such file or directory",
            "Back-off restarting failed container app in pod {pod}_{ns}",
        ],
        "logs": [
            "$ kubectl -n {ns} get pod\nNAME                              READY   STATUS             RESTARTS      AGE\n"
            "{pod}    0/1     CrashLoopBackOff   7 (2m ago)    16m\n"
            "$ kubectl -n {ns} describe pod {pod} | tail -4\n"
            "  Warning  Unhealthy  3m (x21 over 15m)  kubelet  Liveness probe failed: HTTP probe failed with statuscode: 503\n"
            "  Normal   Killing    3m (x7 over 15m)   kubelet  Container app failed liveness probe, will be restarted",
            "$ kubectl -n {ns} logs {pod} --previous\n{ts} ERROR o.s.boot.SpringApplication - Application run failed\n"
            "Error: failed to load config: open /etc/app/application.yaml: no such file or directory",
            "$ kubectl -n {ns} rollout status deployment/{deploy}\n"
            "Waiting for deployment \"{deploy}\" rollout to finish: 2 of 6 updated replicas are available...\n"
            "$ kubectl -n {ns} get rs\n{deploy}-7c9d8f5b4   0   0   0   3d\n{deploy}-5f6c7d9e1   6   6   0   14m",
        ],
        "cause": [
            "Liveness 探针 initialDelaySeconds=30，而新版本加载规则缓存后启动需 70 秒，应用尚未就绪即被判定失活并重启，陷入循环。",
            "新版本镜像读取的配置文件路径变更，ConfigMap 中的 key 名未同步修改，容器启动即退出。",
            "maxUnavailable 设置过大，新版本异常时旧副本已被大量终止，放大了影响。",
        ],
        "fix": [
            "增加 startupProbe（failureThreshold 30 × periodSeconds 5），liveness 仅在启动完成后生效；"
            "滚动策略改为 maxUnavailable=0、maxSurge=25%；发布流水线增加预发环境冒烟。",
            "修正 ConfigMap key 与挂载路径后重新发布；在 CI 中加入配置文件存在性检查。",
        ],
        "work": ["kubectl rollout undo deployment/{deploy} 回滚到上一版本。"],
        "tags": ["K8s", "CrashLoopBackOff", "探针", "发布"],
        "article": "k8s-crashloopbackoff",
    },
    {
        "key": "k8s_etcd_timeout",
        "product": "Kubernetes 容器服务", "component": "etcd / 控制面",
        "category": "os_problem", "weight": 4,
        "grades": [("critical", "T1"), ("urgent", "T2"), ("high", "T3")],
        "titles": [
            "K8s 控制面异常，kubectl 报 etcdserver: request timed out",
            "自建集群 etcd 磁盘延迟高，APIServer 大量 5xx",
        ],
        "phen": [
            "{t} 起 kubectl 操作频繁超时，APIServer 日志报 etcdserver: request timed out，新 Pod 无法调度，已运行 Pod 不受影响。",
            "集群 {cluster} 的 etcd 成员频繁切主，etcd 日志持续出现 apply request took too long。",
        ],
        "impact": ["集群无法发布与扩缩容，HPA 失效；若持续将影响 {app} 高峰期弹性。"],
        "env": ["自建 K8s 1.22，3 节点 etcd 3.5 与 master 同机部署，数据目录在普通云盘（高效云盘）上，etcd db 大小 6.8G。"],
        "err": ["Error from server: etcdserver: request timed out", "etcdserver: leader changed"],
        "logs": [
            "{ts} W | etcdserver: apply request took too long [1.872s] (expected < 100ms)\n"
            "{ts} W | wal: sync duration of 1.53s, expected less than 1s\n"
            "{ts2} I | raft: 8e9e05c52164694d became leader at term 1187",
        ],
        "cause": [
            "etcd 数据盘使用高效云盘，fsync 延迟高；同机的日志采集进程 IO 抢占导致 WAL 写入超时，集群频繁选主。",
            "大量 Event 与旧版本 key 未压缩，db 超过 6G，defrag 长期未执行。",
        ],
        "fix": [
            "先按《K8s etcd 快照备份与恢复》做快照；将 etcd 数据目录迁移到独立 ESSD PL1 盘，执行 compact + defrag，"
            "设置 --auto-compaction-retention=1h、--quota-backend-bytes=8G；Event TTL 缩短为 1 小时。",
        ],
        "work": ["暂停日志采集 DaemonSet 降低 IO 争用。"],
        "tags": ["etcd", "K8s", "控制面", "磁盘延迟"],
        "article": "k8s-etcd-timeout",
        "runbook": "etcd-restore",
    },
    {
        "key": "k8s_imagepull",
        "product": "Kubernetes 容器服务", "component": "镜像仓库",
        "category": "configuration_error", "weight": 5,
        "grades": [("high", "C3"), ("medium", "C4"), ("urgent", "C2")],
        "titles": ["新节点拉取镜像失败 ImagePullBackOff: unauthorized", "{app} 扩容 Pod 卡在 ErrImagePull"],
        "phen": [
            "HPA 在 {t} 触发扩容，新 Pod 调度到新加入的节点后全部 ImagePullBackOff，事件显示 401 unauthorized。",
            "{app} 发布时部分节点拉取镜像报 pull access denied，老节点因有本地缓存正常。",
        ],
        "impact": ["扩容失败，{app} 高峰期容量不足，响应变慢。"],
        "env": ["容器镜像服务企业版，imagePullSecrets 使用个人账号临时凭证（有效期 12 小时）。"],
        "err": ["Failed to pull image \"registry.example-cr.cn/{ns}/app:v2.3.1\": rpc error: code = Unknown desc = "
                "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized"],
        "logs": ["  Warning  Failed     12s (x4 over 98s)  kubelet  Error: ErrImagePull\n"
                 "  Normal   BackOff    1s (x6 over 97s)   kubelet  Back-off pulling image \"registry.example-cr.cn/{ns}/app:v2.3.1\""],
        "cause": ["imagePullSecret 中的临时登录凭证已过期；老节点有镜像缓存掩盖了问题。"],
        "fix": ["改用镜像仓库免密组件自动刷新凭证，或使用固定密码的机器人账号；所有命名空间统一配置 imagePullSecrets。"],
        "work": ["手工更新 Secret 后删除失败 Pod 重新拉取。"],
        "tags": ["K8s", "ImagePullBackOff", "镜像仓库", "凭证"],
        "article": "k8s-imagepull-unauthorized",
    },
    {
        "key": "k8s_node_notready",
        "product": "Kubernetes 容器服务", "component": "节点",
        "category": "os_problem", "weight": 5,
        "grades": [("urgent", "T2"), ("high", "T3"), ("high", "C3")],
        "titles": ["K8s 节点 NotReady，kubelet 报 PLEG is not healthy", "节点 {node} 频繁 NotReady，Pod 被驱逐"],
        "phen": ["{t} 节点 {node} 变为 NotReady，上面 30 多个 Pod 被驱逐重建，kubelet 日志持续输出 PLEG is not healthy。"],
        "impact": ["{app} 部分副本重建，期间容量下降；有状态服务主备切换一次。"],
        "env": ["K8s 1.20，docker 19.03，单节点运行 110 个 Pod，节点内存 64G。"],
        "err": ["PLEG is not healthy: pleg was last seen active 3m10.431s ago; threshold is 3m0s"],
        "logs": ["{ts} {node} kubelet[{n}]: E kubelet.go:1870] skipping pod synchronization - PLEG is not healthy: pleg was last seen active 3m10s ago\n"
                 "{ts2} {node} dockerd[1123]: level=error msg=\"Handler for GET /containers/json returned error: context deadline exceeded\""],
        "cause": ["docker daemon 因大量僵尸容器与 overlay 挂载泄露响应缓慢，PLEG relist 超时。", "节点 Pod 密度过高，containerd 列举容器耗时超过阈值。"],
        "fix": ["排空节点后重启 docker 并清理异常容器；升级到 containerd 运行时；maxPods 降至 64，并配置 kubeReserved/systemReserved。"],
        "work": ["cordon 节点并驱逐 Pod 到其他节点。"],
        "tags": ["K8s", "NotReady", "PLEG", "kubelet"],
        "article": "k8s-node-notready-pleg",
    },
    {
        "key": "k8s_oomkilled",
        "product": "Kubernetes 容器服务", "component": "资源限制",
        "category": "configuration_error", "weight": 7,
        "grades": [("high", "C3"), ("medium", "C4"), ("urgent", "C2")],
        "titles": [
            "{app} 容器被 OOMKilled（exit code 137）",
            "Java 服务报 java.lang.OutOfMemoryError: Java heap space 后重启",
            "{pod} 内存超限被杀，Last State: Terminated Reason: OOMKilled",
        ],
        "phen": [
            "{app} 在 {t} 后频繁重启，kubectl describe 显示 Last State: Terminated, Reason: OOMKilled, Exit Code: 137。",
            "{app} 导出大报表时报 java.lang.OutOfMemoryError: Java heap space，随后容器重启。",
        ],
        "impact": ["{app} 请求间歇性失败，重启期间约 {n} 个请求报 502。"],
        "env": ["容器 limits.memory=2Gi，JVM 参数 -Xmx2g（与容器上限相同），JDK 8u191。"],
        "err": [
            "Last State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137",
            "java.lang.OutOfMemoryError: Java heap space\n    at java.util.Arrays.copyOf(Arrays.java:3332)\n"
            "    at java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)",
        ],
        "logs": ["{ts} {node} kernel: Memory cgroup out of memory: Killed process {n} (java) total-vm:5215304kB, anon-rss:2094112kB"],
        "cause": [
            "-Xmx 与容器内存上限相同，堆外内存（Metaspace、线程栈、DirectBuffer）超出 limit 被 cgroup OOM Kill。",
            "报表导出一次性将 50 万行数据加载到内存拼接，堆内存不足。",
        ],
        "fix": [
            "改用 -XX:MaxRAMPercentage=75.0 按容器内存自适应；limits.memory 调整为 3Gi；报表导出改为分页流式写出。",
        ],
        "work": ["临时调大 limits 并限制导出行数为 5 万。"],
        "tags": ["OOMKilled", "137", "JVM", "OutOfMemoryError"],
        "article": "k8s-oomkilled-jvm",
    },
    {
        "key": "k8s_coredns",
        "product": "Kubernetes 容器服务", "component": "CoreDNS",
        "category": "network", "weight": 5,
        "grades": [("high", "T3"), ("urgent", "T2"), ("medium", "C4")],
        "titles": ["集群内域名解析偶发超时 5 秒，CoreDNS i/o timeout", "{app} 调用内部服务偶发 5s 延迟"],
        "phen": ["{app} 调用集群内服务时 P99 延迟出现固定 5 秒尖刺，抓包发现 DNS A/AAAA 并发查询丢包，CoreDNS 日志有 i/o timeout。"],
        "impact": ["{app} 部分请求慢 5 秒，引发上游超时重试。"],
        "env": ["K8s 1.22，CoreDNS 2 副本，kube-proxy iptables 模式，基础镜像为 alpine（musl）。"],
        "err": ["[ERROR] plugin/errors: 2 order-svc.{ns}.svc.cluster.local. AAAA: read udp 10.4.0.12:45721->{ip}:53: i/o timeout"],
        "logs": ["$ conntrack -S | grep insert_failed\ncpu=0 found=0 invalid=112 insert=0 insert_failed=3821 drop=3821"],
        "cause": ["conntrack 在并发 A/AAAA 同源端口查询时存在竞争（insert_failed），导致 UDP 包被丢弃，客户端等待 5 秒超时重试。"],
        "fix": ["部署 NodeLocal DNSCache；Pod dnsConfig 设置 single-request-reopen（glibc 镜像）或改用 TCP；CoreDNS 扩容至 4 副本并设置反亲和。"],
        "work": ["对关键服务在 /etc/hosts 写入固定解析。"],
        "tags": ["CoreDNS", "DNS", "5 秒延迟", "conntrack"],
        "article": "k8s-coredns-5s",
    },
    {
        "key": "k8s_pvc_pending",
        "not_fault": ["计划内变更：扩容变更中的预期现象"],
        "product": "Kubernetes 容器服务", "component": "存储卷",
        "category": "configuration_error", "weight": 3,
        "grades": [("medium", "C4"), ("high", "C3"), ("low", None)],
        "titles": ["StatefulSet 的 PVC 一直 Pending，云盘无法挂载", "{app} 有状态 Pod 调度失败：disk is not in the same zone"],
        "phen": ["{app} 的 StatefulSet 扩容后新 Pod Pending，事件显示 volume node affinity conflict，云盘在可用区 H 而节点在可用区 G。"],
        "impact": ["有状态服务无法扩容，现有副本正常。"],
        "env": ["StorageClass 使用 volumeBindingMode: Immediate，节点池跨可用区 G/H。"],
        "err": ["0/12 nodes are available: 4 node(s) had volume node affinity conflict, 8 Insufficient cpu."],
        "logs": ["Warning  ProvisioningFailed  persistentvolume-controller  The specified disk is not in the same zone as the instance."],
        "cause": ["StorageClass 绑定模式为 Immediate，云盘先于调度在任意可用区创建，与 Pod 最终调度节点不在同一可用区。"],
        "fix": ["StorageClass 改为 volumeBindingMode: WaitForFirstConsumer；为有状态服务设置可用区拓扑约束。"],
        "work": ["删除 Pending 的 PVC 后在正确可用区重新创建。"],
        "tags": ["PVC", "云盘", "可用区", "StatefulSet"],
        "article": None,
    },
    {
        "key": "kafka_consumer_lag",
        "product": "消息队列 Kafka", "component": "消费组",
        "category": "configuration_error", "weight": 6,
        "grades": [("high", "C3"), ("urgent", "C2"), ("medium", "C4"), ("high", "T3")],
        "titles": [
            "Kafka 消费组 {group} 堆积持续增长，频繁 Rebalance",
            "{app} 消费延迟 2 小时，日志报 CommitFailedException",
        ],
        "phen": [
            "{t} 起 Topic {topic} 的消费组 {group} 堆积从 0 涨到约 {pct} 万条，消费端日志每隔几分钟出现一次 Rebalance。",
            "{app} 下游数据延迟约 2 小时，消费者日志大量 CommitFailedException，分区分配反复变化。",
        ],
        "impact": ["{app} 数据延迟，实时看板与通知推送滞后。"],
        "env": ["Kafka 2.8（消息队列 Kafka 版专业版），Topic 24 分区，消费者 8 实例，max.poll.records=500，单条处理约 300ms。"],
        "err": ["org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced "
                "and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer "
                "than the configured max.poll.interval.ms"],
        "logs": ["{ts} INFO [Consumer clientId=consumer-{group}-3, groupId={group}] Member consumer-3-6f1c... sending LeaveGroup request "
                 "to coordinator due to consumer poll timeout has expired."],
        "cause": ["单次 poll 500 条 × 300ms 约 150 秒，超过客户配置的 max.poll.interval.ms=60000，消费者被踢出消费组，反复 Rebalance。"],
        "fix": ["max.poll.records 调整为 50；耗时处理改为异步线程池并手动提交位点；消费者实例扩到 24 个与分区数对齐；增加堆积量告警。"],
        "work": ["临时增加消费者实例并暂停非关键消费组。"],
        "tags": ["Kafka", "Rebalance", "消费堆积", "CommitFailedException"],
        "article": "kafka-rebalance-lag",
    },
    {
        "key": "kafka_disk_full",
        "product": "消息队列 Kafka", "component": "Broker 存储",
        "category": "configuration_error", "weight": 3,
        "grades": [("critical", "T1"), ("urgent", "T2"), ("urgent", "C2")],
        "titles": ["Kafka Broker 磁盘满下线，生产者报 NotLeaderOrFollowerException", "Kafka 集群磁盘使用 100%，{topic} 写入失败"],
        "phen": ["{t} Kafka 集群 3 个 Broker 中 2 个磁盘使用率 100% 后下线，生产者大量报错，{app} 位置上报中断。"],
        "impact": ["{app} 消息写入失败，实时数据中断约 {n} 秒以上。"],
        "env": ["自建 Kafka 2.6 on ECS，3 Broker，每台 2T 数据盘，retention.ms 为 7 天，近期接入了新的埋点 Topic。"],
        "err": ["org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates "
                "that the broker is not the current leader."],
        "logs": ["{ts} ERROR Error while writing to checkpoint file /data/kafka-logs/recovery-point-offset-checkpoint "
                 "(kafka.server.LogDirFailureChannel)\njava.io.IOException: No space left on device"],
        "cause": ["新接入埋点 Topic 流量是预估的 5 倍且保留 7 天，未做容量评估，磁盘写满导致 LogDir 下线。"],
        "fix": ["对埋点 Topic 设置 retention.ms=1 天、retention.bytes 上限；扩容数据盘；磁盘 75% 告警；新 Topic 上线需容量评审。"],
        "work": ["临时删除埋点 Topic 旧分段数据并重启 Broker。"],
        "tags": ["Kafka", "磁盘满", "Broker", "容量"],
        "article": "kafka-broker-disk-full",
    },
    {
        "key": "kafka_too_large",
        "product": "消息队列 Kafka", "component": "生产者",
        "category": "configuration_error", "weight": 3,
        "grades": [("medium", "C4"), ("low", None)],
        "titles": ["Kafka 发送消息报 RecordTooLargeException", "{app} 大消息写 Kafka 失败"],
        "phen": ["{app} 推送带图片 Base64 的消息时失败，生产者报 RecordTooLargeException，消息约 3MB。"],
        "impact": ["个别大消息丢弃，需要业务补发。"],
        "env": ["Kafka 服务端 message.max.bytes=1MB（默认），生产者 max.request.size=1MB。"],
        "err": ["org.apache.kafka.common.errors.RecordTooLargeException: The message is 3145838 bytes when serialized which is larger than "
                "1048576, which is the value of the max.request.size configuration."],
        "logs": [""],
        "cause": ["消息体过大，超过客户端与服务端的消息大小限制。"],
        "fix": ["建议大对象存 OSS、消息只传对象 key；如确需大消息，同步调整 max.request.size、message.max.bytes、replica.fetch.max.bytes 与消费端 fetch.max.bytes。"],
        "work": [""],
        "tags": ["Kafka", "RecordTooLargeException", "消息大小"],
        "article": None,
    },
]
