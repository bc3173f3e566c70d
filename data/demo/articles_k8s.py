"""Knowledge-base articles: Kubernetes 容器服务 and 负载均衡 SLB.

Same shape as articles_ecs.py.
"""

ARTICLES = [
    {
        "key": "k8s-crashloopbackoff",
        "title": "Pod 处于 CrashLoopBackOff 的排查路径",
        "product": "Kubernetes 容器服务",
        "tags": ["K8s", "CrashLoopBackOff", "探针", "startupProbe", "发布"],
        "author": "杨帆", "from_case": True,
        "problem": "Pod 反复重启，状态 CrashLoopBackOff；常见于配置缺失、探针过严、依赖不可用或内存超限。",
        "solution": "看上一次容器日志与 describe 事件判断退出原因；慢启动应用加 startupProbe；滚动发布 maxUnavailable=0；必要时 rollout undo。",
        "history": [
            {"by": "杨帆", "days": 0, "drop": ["## 发布策略建议"]},
            {"by": "王磊", "days": 18, "drop": []},
        ],
        "final": {"by": "杨帆", "days": 54},
        "body": r"""## 三条命令

```bash
kubectl -n <ns> get pod <pod> -o wide
kubectl -n <ns> describe pod <pod>          # Events、Last State、Exit Code
kubectl -n <ns> logs <pod> --previous       # 上一次崩溃前的日志
```

## 按退出原因判断

| Last State / 事件 | 可能原因 | 方向 |
|---|---|---|
| Exit Code 1 / 2 | 应用启动报错、配置文件缺失 | 看 `--previous` 日志 |
| Exit Code 137 + OOMKilled | 内存超限 | 见《容器 OOMKilled（Exit Code 137）与 JVM 内存参数》 |
| Liveness probe failed | 探针过早 / 过严 | 加 startupProbe |
| Exit Code 0 反复 | 主进程立即退出（前台进程问题） | 检查启动命令 |

## 慢启动应用的探针

```yaml
startupProbe:
  httpGet: {path: /actuator/health/liveness, port: 8080}
  periodSeconds: 5
  failureThreshold: 30      # 最长等待 150 秒
livenessProbe:
  httpGet: {path: /actuator/health/liveness, port: 8080}
  periodSeconds: 10
  failureThreshold: 3
```

## 紧急回滚

```bash
kubectl -n <ns> rollout undo deployment/<name>
kubectl -n <ns> rollout status deployment/<name>
```

## 发布策略建议

- `maxUnavailable: 0`、`maxSurge: 25%`，新版本不就绪时旧副本不减少。
- 配合 readinessProbe，未就绪的 Pod 不接流量。
""",
    },
    {
        "key": "k8s-etcd-timeout",
        "title": "etcdserver: request timed out —— etcd 性能问题与治理",
        "product": "Kubernetes 容器服务",
        "tags": ["etcd", "K8s", "控制面", "defrag", "磁盘延迟"],
        "author": "王磊", "from_case": True,
        "problem": "kubectl 与 APIServer 请求超时，etcd 日志 apply request took too long、wal sync 慢、频繁切主。",
        "solution": "先做快照；etcd 数据目录放独立高性能云盘；compact + defrag；设置自动压缩与配额；减少 Event 等高频写入。",
        "body": r"""## 关键日志

```
etcdserver: apply request took too long [1.872s] (expected < 100ms)
wal: sync duration of 1.53s, expected less than 1s
raft: ... became leader at term 1187
```

## 检查

```bash
ETCDCTL_API=3 etcdctl --endpoints=$EP endpoint status -w table   # DB SIZE、RAFT TERM
ETCDCTL_API=3 etcdctl --endpoints=$EP check perf
iostat -x 1 | grep vd                                              # await
```

## 处理（先备份！）

1. `etcdctl snapshot save /backup/etcd-$(date +%F-%H%M).db`（详见 Runbook《K8s etcd 快照备份与恢复》）。
2. 压缩与碎片整理（逐个成员执行，先 follower 后 leader）：

```bash
rev=$(etcdctl endpoint status -w json | jq '.[0].Status.header.revision')
etcdctl compact $rev
etcdctl defrag --endpoints=<member>
```

3. 数据目录迁移到独立 ESSD，避免与日志采集共享磁盘。
4. 启动参数：`--auto-compaction-retention=1h`、`--quota-backend-bytes=8589934592`。

| 指标 | 健康值 |
|---|---|
| wal_fsync_duration p99 | < 10ms |
| backend_commit_duration p99 | < 25ms |
| DB SIZE | < 配额 70% |
""",
    },
    {
        "key": "k8s-imagepull-unauthorized",
        "title": "ImagePullBackOff / ErrImagePull: 401 Unauthorized 的处理",
        "product": "Kubernetes 容器服务",
        "tags": ["K8s", "ImagePullBackOff", "镜像仓库", "imagePullSecrets"],
        "author": "周婷", "from_case": True,
        "problem": "新节点或新命名空间拉取私有镜像失败，事件报 401 Unauthorized / pull access denied。",
        "solution": "检查 imagePullSecrets 是否存在与过期；使用凭证自动刷新组件或机器人账号；命名空间统一下发 Secret。",
        "body": r"""## 判断

```
Failed to pull image "...": ... failed to fetch oauth token: unexpected status: 401 Unauthorized
```

- 只有新节点失败：老节点有本地镜像缓存，掩盖了凭证问题。
- 只有新命名空间失败：Secret 没有复制过去。

## 处理

```bash
kubectl -n <ns> get secret <secret> -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
kubectl -n <ns> create secret docker-registry acr-pull --docker-server=<registry> \
  --docker-username=<robot> --docker-password=<token>
kubectl -n <ns> patch serviceaccount default -p '{"imagePullSecrets":[{"name":"acr-pull"}]}'
```

不要使用个人账号的临时登录凭证；使用机器人账号或免密组件自动刷新。
""",
    },
    {
        "key": "k8s-node-notready-pleg",
        "title": "节点 NotReady：PLEG is not healthy",
        "product": "Kubernetes 容器服务",
        "tags": ["K8s", "NotReady", "PLEG", "kubelet", "docker"],
        "author": "王磊", "from_case": True,
        "problem": "节点间歇 NotReady，kubelet 日志 PLEG is not healthy，Pod 被驱逐。",
        "solution": "排空节点后重启容器运行时并清理异常容器；控制单节点 Pod 密度；配置资源预留；升级到 containerd。",
        "body": r"""## 含义

PLEG（Pod Lifecycle Event Generator）周期性 relist 容器状态，超过 3 分钟未完成即判定不健康，节点转为 NotReady。

## 排查

```bash
journalctl -u kubelet --since "30 min ago" | grep -i pleg
time docker ps -a | wc -l        # 列举容器是否很慢
top / iostat                     # 节点负载与 IO
```

## 处理

1. `kubectl cordon <node>` → `kubectl drain <node> --ignore-daemonsets --delete-emptydir-data`。
2. 重启 `docker`/`containerd` 与 kubelet，清理 Exited 与僵尸容器。
3. 调整 kubelet：`maxPods: 64`，`kubeReserved`/`systemReserved` 预留 CPU 与内存。
4. 评估升级运行时为 containerd。
""",
    },
    {
        "key": "k8s-oomkilled-jvm",
        "title": "容器 OOMKilled（Exit Code 137）与 JVM 内存参数",
        "product": "Kubernetes 容器服务",
        "tags": ["OOMKilled", "137", "JVM", "MaxRAMPercentage", "OutOfMemoryError"],
        "author": "刘洋", "from_case": True,
        "problem": "Java 容器 Exit Code 137 / OOMKilled，或应用报 java.lang.OutOfMemoryError: Java heap space。",
        "solution": "区分 cgroup OOM 与堆 OOM；使用 MaxRAMPercentage 让堆按容器限额自适应，预留堆外内存；大数据量处理改流式。",
        "history": [
            {"by": "刘洋", "days": 0, "drop": ["## 两种 OOM 的区别"]},
        ],
        "final": {"by": "刘洋", "days": 14},
        "body": r"""## 两种 OOM 的区别

| 现象 | 谁杀的 | 日志位置 |
|---|---|---|
| `Reason: OOMKilled`，Exit Code 137 | 内核 cgroup | `describe pod`、节点 `dmesg` |
| `java.lang.OutOfMemoryError: Java heap space` | JVM 自身 | 应用日志 |

## JVM 参数建议

```
-XX:MaxRAMPercentage=75.0
-XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps
-XX:MaxMetaspaceSize=256m
```

不要把 `-Xmx` 设成与 `limits.memory` 相同：线程栈、Metaspace、DirectBuffer 都在堆外。JDK 8u191 以上才正确识别容器限额。

## 大数据量导出

分页查询 + 流式写出（如 EasyExcel / SXSSF），不要一次性把数十万行加载进内存。
""",
    },
    {
        "key": "k8s-coredns-5s",
        "title": "集群内 DNS 解析偶发 5 秒延迟",
        "product": "Kubernetes 容器服务",
        "tags": ["CoreDNS", "DNS", "5 秒延迟", "conntrack", "NodeLocal DNSCache"],
        "author": "周婷", "from_case": True,
        "problem": "服务间调用 P99 出现固定 5 秒尖刺，CoreDNS 日志 i/o timeout。",
        "solution": "conntrack 竞争导致 UDP 丢包；部署 NodeLocal DNSCache，glibc 镜像设置 single-request-reopen，扩容 CoreDNS。",
        "body": r"""## 原因

glibc/musl 会用同一源端口并发发送 A 与 AAAA 查询，经 iptables DNAT 时 conntrack 插入存在竞争，其中一个包被丢弃（`insert_failed` 增加），客户端等待 `timeout:5` 后重试。

```bash
conntrack -S | grep insert_failed
```

## 方案

1. 部署 NodeLocal DNSCache（首选）。
2. glibc 镜像在 Pod 中设置：

```yaml
dnsConfig:
  options:
    - name: single-request-reopen
    - name: ndots
      value: "2"
```

3. alpine（musl）不支持该选项，可改用 TCP 或换基础镜像。
4. CoreDNS 扩容并设置反亲和，避免集中在同一节点。
""",
    },
    {
        "key": "slb-502-health-check",
        "title": "SLB 返回 502 Bad Gateway：健康检查与后端排查",
        "product": "负载均衡 SLB",
        "tags": ["SLB", "502", "健康检查", "安全组"],
        "author": "陈晨", "from_case": True,
        "problem": "通过 SLB 访问返回 502，后端健康检查异常或后端连接失败。",
        "solution": "看健康检查状态与后端直连结果；核对检查路径 / 端口 / 状态码；放通 100.64.0.0/10；调整超时与阈值。",
        "history": [
            {"by": "陈晨", "days": 0, "drop": ["## 健康检查参数参考"]},
            {"by": "张伟", "days": 25, "drop": []},
        ],
        "final": {"by": "陈晨", "days": 70},
        "body": r"""## 先分清

| 情况 | 含义 |
|---|---|
| 所有后端健康检查异常 | SLB 无可用后端 → 502 |
| 部分后端异常 | 部分请求 502，或频繁摘除 / 加入 |
| 健康检查正常但仍 502 | 后端主动断连、响应头过大、协议不一致 |

## 排查步骤

1. 控制台 → 实例 → 后端服务器 → 健康检查状态。
2. 在同 VPC 的 ECS 上直连后端：

```bash
curl -sv http://<后端IP>:8080/health
```

3. 健康检查来源地址段为 `100.64.0.0/10`，后端安全组与系统防火墙需放通。
4. 查看后端应用是否发生长时间 GC、线程池打满。

## 健康检查参数参考

| 参数 | 建议 |
|---|---|
| 检查路径 | 轻量接口，不依赖数据库 |
| 正常状态码 | http_2xx（必要时加 http_3xx） |
| 超时 | 5 秒 |
| 间隔 | 2 秒 |
| 不健康阈值 | 3–5 次 |

发布时若修改了健康检查路径（如 `/health` → `/actuator/health`），须同步修改 SLB 配置。
""",
    },
    {
        "key": "slb-cert-expired",
        "title": "HTTPS 证书过期（x509: certificate has expired）的紧急替换与预防",
        "product": "负载均衡 SLB",
        "tags": ["证书过期", "x509", "HTTPS", "SSLHandshakeException"],
        "author": "杨帆", "from_case": True,
        "problem": "客户端报 x509: certificate has expired or is not yet valid、PKIX path validation failed，浏览器提示连接不安全。",
        "solution": "确认到期证书位置（SLB/CDN/Nginx），签发新证书后在监听上替换；证书集中托管、自动续期、多人多渠道提醒。",
        "body": r"""## 确认

```bash
echo | openssl s_client -connect example.cn:443 -servername example.cn 2>/dev/null | openssl x509 -noout -dates -subject
```

同一域名可能在 SLB、CDN、WAF、Nginx 多处部署证书，逐一核对。

## 替换（SLB）

1. 证书管理中上传 / 签发新证书（含完整证书链）。
2. SLB → 监听 → HTTPS 443 → 修改 → 选择新证书，**即时生效，无需重启后端**。
3. 再次用 openssl 验证 `notAfter`，并确认中间证书完整。

## 预防

- 证书台账：域名、部署位置、到期日、负责人（至少两人）。
- 到期前 30 / 7 / 1 天提醒到值班群，不只发个人邮箱。
- 能自动续期的证书开启自动续期。
""",
    },
    {
        "key": "slb-real-client-ip",
        "title": "经 SLB 转发后获取客户端真实 IP",
        "product": "负载均衡 SLB",
        "tags": ["SLB", "真实 IP", "X-Forwarded-For", "Proxy Protocol"],
        "author": "陈晨", "from_case": False,
        "problem": "后端日志中的客户端地址都是 100.x 网段。",
        "solution": "七层监听从 X-Forwarded-For 取值，Nginx 配置 real_ip；四层监听开启 Proxy Protocol 或直接可见源 IP。",
        "body": r"""## Nginx

```nginx
set_real_ip_from 100.64.0.0/10;
real_ip_header X-Forwarded-For;
real_ip_recursive on;
log_format main '$remote_addr - $http_x_forwarded_for ...';
```

## Tomcat

```xml
<Valve className="org.apache.catalina.valves.RemoteIpValve"
       remoteIpHeader="X-Forwarded-For" internalProxies="100\.6[4-9]\..*|100\.[7-9]\d\..*|100\.1[01]\d\..*|100\.12[0-7]\..*"/>
```

## 注意

X-Forwarded-For 可被客户端伪造，风控场景取最右侧可信代理之前的地址。
""",
    },
]
