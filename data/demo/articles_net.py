"""Knowledge-base articles: 对象存储 OSS, VPC / NAT, DNS, 备份服务.

Same shape as articles_ecs.py.
"""

ARTICLES = [
    {
        "key": "oss-403-signature",
        "title": "OSS 返回 403：SignatureDoesNotMatch 与 AccessDenied 的区分处理",
        "product": "对象存储 OSS",
        "tags": ["OSS", "403", "SignatureDoesNotMatch", "AccessDenied", "RAM"],
        "author": "赵敏", "from_case": True,
        "problem": "上传或下载对象返回 403，错误码为 SignatureDoesNotMatch 或 AccessDenied。",
        "solution": "SignatureDoesNotMatch 查 AK/SK、时间、被改写的 Host/Content-Type；AccessDenied 查 RAM 策略、Bucket Policy 与 ACL。",
        "history": [
            {"by": "赵敏", "days": 0, "drop": ["## AccessDenied"],
             "title": "OSS 上传报 SignatureDoesNotMatch"},
        ],
        "final": {"by": "赵敏", "days": 41},
        "body": r"""## SignatureDoesNotMatch

服务端按请求重新计算签名与客户端不一致。逐项排查：

| 检查项 | 说明 |
|---|---|
| AccessKey Secret | 是否与 AccessKey ID 配对、是否有多余空格 |
| 代理改写 | Nginx 等是否修改了 `Host`、`Content-Type`、`Content-MD5` |
| 对象名编码 | 中文 / 空格 / `+` 是否按规范 URL 编码 |
| 时间 | 服务器时钟偏差超过 15 分钟会报 RequestTimeTooSkewed |

错误响应中的 `StringToSign` 可与客户端计算的字符串逐字对比。

```nginx
location / {
    proxy_set_header Host $http_host;
    proxy_pass_request_headers on;
}
```

## AccessDenied

- RAM 子账号策略是否包含目标 Bucket 与动作（`oss:PutObject`、`oss:GetObject`）。
- Bucket Policy 是否有显式 Deny（如限定来源 VPC / IP）。
- 对象 ACL 与 Bucket ACL。

最小权限策略示例：

```json
{"Version": "1", "Statement": [{"Effect": "Allow",
  "Action": ["oss:GetObject", "oss:PutObject"],
  "Resource": ["acs:oss:*:*:my-bucket/*"]}]}
```

AK 轮换后务必核对新子账号的授权。
""",
    },
    {
        "key": "oss-cors",
        "title": "浏览器直传 OSS 的 CORS 跨域配置",
        "product": "对象存储 OSS",
        "tags": ["OSS", "CORS", "跨域", "前端直传"],
        "author": "周婷", "from_case": True,
        "problem": "前端直传报 No 'Access-Control-Allow-Origin' header，预检 OPTIONS 返回 403。",
        "solution": "在 Bucket 跨域设置中添加来源域名、方法、允许 Headers 与暴露 Headers。",
        "body": r"""## 配置项

| 项 | 值 |
|---|---|
| 来源 | `https://app.example.cn`（不要随意用 `*`） |
| 允许 Methods | GET, POST, PUT, HEAD |
| 允许 Headers | `*` |
| 暴露 Headers | `ETag`, `x-oss-request-id` |
| 缓存时间 | 600 秒 |

## 验证

```bash
curl -i -X OPTIONS "https://my-bucket.oss.example.com/test.txt" \
  -H "Origin: https://app.example.cn" -H "Access-Control-Request-Method: PUT"
```

返回 `Access-Control-Allow-Origin` 即生效。分片上传需暴露 `ETag`，否则前端拿不到分片 ETag。
""",
    },
    {
        "key": "oss-lifecycle-misdelete",
        "title": "OSS 生命周期规则误删对象后的恢复与防护",
        "product": "对象存储 OSS",
        "tags": ["OSS", "生命周期", "误删除", "版本控制", "跨区域复制"],
        "author": "赵敏", "from_case": True,
        "problem": "生命周期规则前缀配置错误，导致全桶历史对象被删除，访问报 NoSuchKey。",
        "solution": "立即禁用规则；从版本控制历史或跨区域复制目标 Bucket 找回；开启版本控制，生命周期变更审批。",
        "body": r"""## 立即止损

控制台 → Bucket → 数据管理 → 生命周期 → **禁用**可疑规则。规则在后台异步执行，越早禁用损失越小。

## 找回途径

| 条件 | 方式 |
|---|---|
| 已开启版本控制 | 历史版本中恢复（删除只是生成删除标记） |
| 有跨区域复制且复制不同步删除 | 从目标 Bucket 反向复制缺失对象 |
| 有定期备份 | 从备份恢复 |
| 都没有 | 无法恢复，需及时告知客户 |

反向复制可参考 Runbook《OSS 跨区域复制与切换》中的回切步骤。

## 防护

- 核心 Bucket 开启版本控制，并配合“历史版本 N 天后删除”控制成本。
- 生命周期规则必须填写前缀，变更走审批与复核。
- 跨区域复制选择“不同步删除操作”。
""",
    },
    {
        "key": "oss-crr-failover",
        "title": "OSS 跨区域复制：容灾切换与回切要点",
        "product": "对象存储 OSS",
        "tags": ["OSS", "跨区域复制", "容灾切换", "RPO"],
        "author": "王磊", "from_case": True,
        "problem": "主地域 OSS 不可用或大面积超时，需要把业务读写切到容灾地域。",
        "solution": "确认复制进度与 RPO，切换应用 / CDN 回源地址到目标 Bucket，恢复后反向同步增量并回切；按 Runbook 执行。",
        "body": r"""## 切换前确认

- 复制进度：控制台“跨区域复制”页查看历史数据复制进度与增量延迟。
- 应用读写地址是否可配置，是否依赖 Bucket 名硬编码。
- 目标 Bucket 的 RAM 授权与 CORS、Referer 配置与源一致。

## 切换

1. 读流量：修改应用配置 / CDN 回源到目标 Bucket。
2. 写流量：若需切写，目标 Bucket 上开启到源 Bucket 的反向复制，避免回切时数据丢失。
3. 发布进展通告，记录切换时间点。

## 回切

主地域恢复后，等待反向复制追平，再逐步回切读写，并抽样校验对象数量与 ETag。

完整步骤见 Runbook《OSS 跨区域复制与切换》。
""",
    },
    {
        "key": "vpc-cidr-conflict",
        "title": "VPC 网段与 IDC / 专线网段冲突导致访问中断",
        "product": "专有网络 VPC",
        "tags": ["VPC", "网段冲突", "路由", "专线", "地址规划"],
        "author": "王磊", "from_case": True,
        "problem": "新建交换机或对端新增网段后，云上与 IDC 之间的访问中断。",
        "solution": "检查路由表中更具体的系统路由；调整冲突网段；建立全网地址规划并在新建网段前审批。",
        "body": r"""## 原理

VPC 路由按最长前缀匹配；交换机网段会生成系统路由。若交换机网段与 IDC 网段重叠，去往 IDC 的流量会命中系统路由而留在 VPC 内。

## 排查

1. 控制台 → 路由表，查看目标地址命中的路由条目。
2. `traceroute <IDC地址>`，若在 VPC 网关后无响应，怀疑路由问题。
3. 核对专线 / VPN 两端的路由与安全策略。

## 处理

- 删除或迁移冲突交换机（需先迁出其中的实例）。
- 重新规划网段，例如云上 `10.30.0.0/16`，IDC `10.20.0.0/16`。

| 区域 | 网段 | 用途 |
|---|---|---|
| 云上生产 | 10.30.0.0/16 | VPC-prod |
| 云上测试 | 10.31.0.0/16 | VPC-test |
| IDC | 10.20.0.0/16 | 本地机房 |
""",
    },
    {
        "key": "nat-snat-exhausted",
        "title": "NAT 网关 SNAT 会话耗尽导致外呼超时",
        "product": "专有网络 VPC",
        "tags": ["NAT", "SNAT", "EIP", "连接超时", "keepalive"],
        "author": "周婷", "from_case": True,
        "problem": "ECS 经 NAT 访问公网接口大量 connect timed out，NAT 监控显示会话达到上限、SessionLimitDrop 上升。",
        "solution": "SNAT 绑定多个 EIP 组成地址池；升级 NAT 规格；应用使用长连接池减少新建连接。",
        "body": r"""## 判断

- NAT 网关监控：SNAT 连接数接近规格上限，`SessionLimitDrop` 或 `SessionNewLimitDrop` 大于 0。
- 应用侧：`java.net.SocketTimeoutException: connect timed out`，只影响访问公网。

## 处理

1. SNAT 条目绑定多个 EIP（地址池），单 EIP 的源端口数有限。
2. 升级 NAT 规格或使用增强型 NAT。
3. 应用访问第三方接口使用 HTTP 连接池与 keepalive。
4. 流量大的服务器单独绑定 EIP，不经 NAT。
""",
    },
    {
        "key": "dns-nxdomain-failover",
        "title": "域名解析失败（NXDOMAIN）应急与 DNS 故障切换",
        "product": "云解析 DNS",
        "tags": ["DNS", "NXDOMAIN", "NS 记录", "故障切换"],
        "author": "杨帆", "from_case": True,
        "problem": "公网访问报 DNS_PROBE_FINISHED_NXDOMAIN，dig 返回 NXDOMAIN 或 SERVFAIL。",
        "solution": "依次检查注册商 NS、解析记录、DNS 服务状态；恢复记录或切换到备用 DNS；刷新公共 DNS 缓存。",
        "history": [
            {"by": "杨帆", "days": 0, "drop": ["## 预防"]},
            {"by": "王磊", "days": 30, "drop": []},
        ],
        "final": {"by": "杨帆", "days": 90},
        "body": r"""## 逐级检查

```bash
dig example.cn NS +trace          # 注册局返回的 NS 是否正确
dig @<权威NS> www.example.cn A    # 权威服务器是否有记录
dig @223.5.5.5 www.example.cn A   # 公共递归
```

| 结果 | 可能原因 |
|---|---|
| trace 中 NS 不是当前 DNS 服务商 | 注册商处 NS 被修改 |
| 权威返回 NXDOMAIN | 记录被删除 / 覆盖 |
| 权威超时 | DNS 服务商故障 → 切换备用 DNS |

## 应急

- 恢复 NS 或解析记录（解析记录有导出备份时直接导入）。
- 启用备用 DNS：按 Runbook《DNS 故障切换》在注册商处修改 NS。
- 各大公共 DNS 提交缓存刷新。

## 预防

解析记录每周导出备份；开启记录变更通知；注册商账户与 DNS 账户开启 MFA 并明确负责人。
""",
    },
    {
        "key": "backup-client-offline",
        "title": "备份任务失败：客户端离线（ClientOffline）与快照配额",
        "product": "备份服务",
        "tags": ["备份", "ClientOffline", "快照配额", "RPO"],
        "author": "刘洋", "from_case": True,
        "problem": "备份计划连续失败，状态 ClientOffline 或快照配额已满，备份缺失影响 RPO。",
        "solution": "检查客户端进程与出方向网络；清理过期手工快照、调整保留数；失败后手工补一次全量；失败告警接入值班。",
        "body": r"""## ClientOffline

```bash
systemctl status backup-agent
tail -n 50 /var/log/backup-agent/agent.log
curl -sv https://<备份服务端点>:443      # 出方向是否放通
```

常见原因：安全组 / 防火墙收紧出方向；客户端被安全软件拦截；主机重启后未自启。

## 快照配额

| 项 | 建议 |
|---|---|
| 自动快照保留 | 14–30 份 |
| 手工快照 | 用完即删，定期清理 |
| 配额告警 | 使用量 80% |

## 补救

问题修复后立即手工执行一次全量备份，并在案例中记录“备份缺失时段”，评估是否需要额外逻辑备份。
""",
    },
]
