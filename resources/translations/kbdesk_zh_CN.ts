<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="127"/>
        <source>Add rectification action</source>
        <translation>添加整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="130"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="137"/>
        <source>Action:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="137"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="138"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="43"/>
        <source>From case…</source>
        <translation>从工单生成…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="45"/>
        <source>Draft a new article from a solved case</source>
        <translation>根据已解决的工单起草新文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="63"/>
        <source>Write the article in Markdown:

## Heading
**bold**, `code`, [link](https://…)

```
error log lines
```

| column | column |
|---|---|
| cell | cell |</source>
        <translation>使用 Markdown 撰写文章：

## 标题
**粗体**, `代码`, [链接](https://…)

```
错误日志行
```

| 列 | 列 |
|---|---|
| 单元格 | 单元格 |</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="83"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="83"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="84"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="149"/>
        <source>Article from a case</source>
        <translation>从工单生成文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="150"/>
        <source>Number of the solved case (for example CS-2024-0012):</source>
        <translation>已解决工单的编号（例如 CS-2024-0012）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="156"/>
        <source>Drafted %1 from the case: review and edit it, then save.</source>
        <translation>已根据工单起草 %1：请审阅、修改后保存。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="161"/>
        <source>No case with that id or number in this archive.</source>
        <translation>本档案库中没有该 ID 或编号的工单。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="163"/>
        <source>The case has no resolution or workaround yet, so there is nothing to write an article from.</source>
        <translation>该工单尚无解决方案或临时规避方案，无法据此撰写文章。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="168"/>
        <source>The article could not be drafted: %1</source>
        <translation>无法起草文章：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="112"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="113"/>
        <source>Attach files (or drop them on this panel)</source>
        <translation>添加附件（也可将文件拖放到此面板）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="114"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="115"/>
        <source>Open with the program your system uses for this type</source>
        <translation>用系统中关联此类文件的程序打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="116"/>
        <source>Copy image link</source>
        <translation>复制图片链接</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="118"/>
        <source>Copy a Markdown reference to paste into an article body</source>
        <translation>复制 Markdown 引用，以便粘贴到文章正文中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="119"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="120"/>
        <source>Remove this attachment from the record</source>
        <translation>从该记录中移除此附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="230"/>
        <location filename="../../kbdesk/ui/attachments.py" line="394"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>请先保存记录，再添加附件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/attachments.py" line="252"/>
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="255"/>
        <source>Not attached:</source>
        <translation>未能添加：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="258"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="300"/>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有能打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="311"/>
        <source>Image link copied: paste it into the article body.</source>
        <translation>图片链接已复制，请粘贴到文章正文中。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="323"/>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="324"/>
        <source>Remove %1 from this record?</source>
        <translation>确定要从该记录中移除 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="337"/>
        <source>No preview for this type of file; use Open to view it.</source>
        <translation>此类文件无法预览，请点击“打开”查看。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="340"/>
        <source>This image is too large to preview; use Open to view it.</source>
        <translation>图片过大，无法预览，请点击“打开”查看。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="343"/>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="356"/>
        <source>%1 cannot be shown: it is not an image this program can read.</source>
        <translation>无法显示 %1：本程序无法读取该图片格式。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="396"/>
        <source>Drop files here to attach them.</source>
        <translation>将文件拖放到此处即可添加为附件。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="398"/>
        <source>No attachments yet. Drop files here or use Add…</source>
        <translation>暂无附件。可将文件拖放到此处，或点击“添加…”。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="409"/>
        <source>The stored file of %1 is missing from the archive. Attach it again, or restore the archive from a backup.</source>
        <translation>档案库中缺少 %1 的存储文件。请重新添加该附件，或从备份恢复档案库。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="412"/>
        <source>The stored file of %1 is damaged (its content no longer matches its checksum). Attach it again, or restore the archive from a backup.</source>
        <translation>%1 的存储文件已损坏（内容与校验和不符）。请重新添加该附件，或从备份恢复档案库。</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Due at (%1)</source>
        <translation>期限（%1）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="162"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="177"/>
        <source>The official holidays of this year are not known yet: the deadline assumes Monday to Friday. Import them in Settings → Service plan.</source>
        <translation>该年度的法定节假日尚未知晓：此期限按周一至周五推算。请在“设置 → 服务方案”中导入节假日安排。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="197"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="200"/>
        <source>Back up the archive (File → Back up now…, or Settings → Backups)</source>
        <translation>请备份档案库（文件 → 立即备份…，或 设置 → 备份）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="205"/>
        <source>(estimated)</source>
        <translation>（估算）</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="297"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="303"/>
        <source>Breached or due soon</source>
        <translation>已超时或即将到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="303"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="304"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="304"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="305"/>
        <source>Everything open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="310"/>
        <source>Filter by case, customer or title…</source>
        <translation>按工单、客户或标题筛选…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="343"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="345"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="368"/>
        <source>Could not compute the deadlines: %1</source>
        <translation>无法计算截止时间：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="376"/>
        <source>%1 breached, %2 due soon — %3 shown</source>
        <translation>%1 项已超时，%2 项即将到期 — 显示 %3 项</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="378"/>
        <source>times in %1</source>
        <translation>时间为%1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="42"/>
        <source>Filter by person, record type, id or action…</source>
        <translation>按人员、记录类型、编号或操作筛选…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="57"/>
        <source>Every change made through kbdesk is kept here and cannot be edited. Double-click an entry to open the record.</source>
        <translation>通过 kbdesk 所做的每一次更改都保存在这里，不可修改。双击一条记录可打开对应内容。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="245"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="265"/>
        <source>Backing up before closing</source>
        <translation>关闭前正在备份</translation>
    </message>
</context>
<context>
    <name>BackupJobDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="57"/>
        <source>%1 of %2…</source>
        <translation>%1 / %2…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="42"/>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="44"/>
        <source>Never backed up</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="51"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="52"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="54"/>
        <source>Yes: every checksum read back</source>
        <translation>是：已回读并核对全部校验和</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="57"/>
        <source>No (taken from the command line without --verify; check it with kbdesk verify-backup)</source>
        <translation>否（在命令行中未加 --verify 备份；可用 kbdesk verify-backup 校验）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="63"/>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="65"/>
        <source>The last attempt failed: %1</source>
        <translation>上次尝试失败：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="69"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="73"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="75"/>
        <source>Back up daily while kbdesk is open, and when it closes</source>
        <translation>kbdesk 运行时每天备份一次，关闭时也备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="83"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="87"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="90"/>
        <source>Choose a folder on another disk (an external drive or another partition): a backup on the same disk as the archive is lost with it.</source>
        <translation>请选择另一块磁盘上的文件夹（移动硬盘或其他分区）：与档案库在同一块磁盘上的备份会随磁盘一起丢失。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="102"/>
        <source>daily</source>
        <translation>个每日</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="103"/>
        <source>weekly</source>
        <translation>个每周</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="104"/>
        <source>monthly</source>
        <translation>个每月</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="109"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="111"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="112"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="116"/>
        <source>Warn in Attention after</source>
        <translation>多久未备份时在“待关注”中警告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="128"/>
        <source>Folder for automatic backups</source>
        <translation>自动备份的文件夹</translation>
    </message>
</context>
<context>
    <name>CalendarNotice</name>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="26"/>
        <source>Import holidays…</source>
        <translation>导入节假日…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="43"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="44"/>
        <source>Import the published list under “Official holidays” below.</source>
        <translation>请在下方“法定节假日”中导入已公布的安排。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="45"/>
        <source>Import the published list (a text list or an ICS calendar) in Settings → Service plan.</source>
        <translation>请在“设置 → 服务方案”中导入已公布的安排（文本列表或 ICS 日历）。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="48"/>
        <source>The official holidays and make-up working days of %1 are not known yet: deadlines on those days assume Monday to Friday and are marked “estimated”.</source>
        <translation>%1 年的法定节假日和调休上班日尚未知晓：落在这些日子的期限按周一至周五推算，并标为“估算”。</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="83"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="85"/>
        <source>Find the case by its number or title</source>
        <translation>按工单编号或标题查找工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="87"/>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="91"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="111"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="127"/>
        <source>(deleted case)</source>
        <translation>（工单已删除）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="135"/>
        <source>No case</source>
        <translation>未关联工单</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="165"/>
        <source>Choose a case</source>
        <translation>选择工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="170"/>
        <source>Case number or title, e.g. CS-2026-0042 or 磁盘</source>
        <translation>工单编号或标题，例如 CS-2026-0042 或 磁盘</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="192"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="205"/>
        <source>No case matches.</source>
        <translation>没有匹配的工单。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="207"/>
        <source>Showing the newest %1 matches; type more to narrow them.</source>
        <translation>仅显示最新的 %1 条匹配结果；请输入更多内容以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="213"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Similar cases</source>
        <translation>相似案例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Workflow</source>
        <translation>处理流程</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="41"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="42"/>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="42"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="45"/>
        <source>Write KB article</source>
        <translation>撰写知识库文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="47"/>
        <source>Draft a knowledge-base article from this solved case</source>
        <translation>根据此已解决的工单起草知识库文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="50"/>
        <source>Run runbook…</source>
        <translation>执行预案…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="52"/>
        <source>Run one of the case&apos;s linked runbooks (or any other) step by step</source>
        <translation>逐步执行本案例关联的预案（或任选一个）</translation>
    </message>
</context>
<context>
    <name>CaseWorkflowPanel</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="135"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <source>Due at</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <source>Remaining / result</source>
        <translation>剩余时间 / 结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="109"/>
        <source>Note for the timeline (optional)</source>
        <translation>时间线备注（可选）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="112"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="113"/>
        <source>Progress notice…</source>
        <translation>进展通告…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="114"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="227"/>
        <source>Not a fault…</source>
        <translation>非故障…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="115"/>
        <source>Fault report…</source>
        <translation>故障报告…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="120"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="123"/>
        <source>Move to:</source>
        <translation>流转至：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="139"/>
        <source>Add action…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="142"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="142"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="143"/>
        <source>Cancel action</source>
        <translation>取消措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="143"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="145"/>
        <source>Rectification actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="156"/>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="206"/>
        <source>No case selected.</source>
        <translation>未选择工单。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="206"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="213"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="215"/>
        <source>not a fault: %1</source>
        <translation>非故障：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="226"/>
        <source>Count as a fault again</source>
        <translation>重新计为故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="238"/>
        <source>Due at (%1)</source>
        <translation>期限（%1）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="241"/>
        <source>(estimated calendar)</source>
        <translation>（估算日历）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="270"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="284"/>
        <source>Moved to %1.</source>
        <translation>已流转至%1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="290"/>
        <source>Action is now %1.</source>
        <translation>措施状态已改为%1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="320"/>
        <source>Escalation recorded.</source>
        <translation>已记录升级。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="332"/>
        <source>Progress notice added to the timeline.</source>
        <translation>进展通告已添加到时间线。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="343"/>
        <source>Marked not a fault.</source>
        <translation>已标记为非故障。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="354"/>
        <source>Action added.</source>
        <translation>已添加措施。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="371"/>
        <source>Counted as a fault again.</source>
        <translation>已重新计为故障。</translation>
    </message>
</context>
<context>
    <name>CategoriesWidget</name>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="46"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="47"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="48"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="40"/>
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="53"/>
        <source>Built-in categories come from the service plan; add your own here.</source>
        <translation>内置分类来自服务方案；可在此添加自定义分类。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="80"/>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="137"/>
        <source>The chart could not be saved: %1</source>
        <translation>图表未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="134"/>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="131"/>
        <source>The chart could not be drawn: %1</source>
        <translation>图表未能绘制：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="115"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="114"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="110"/>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="58"/>
        <location filename="../../kbdesk/ui/chart_view.py" line="76"/>
        <source>No chart for this report.</source>
        <translation>此报表没有图表。</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="242"/>
        <source>Please correct the marked fields.</source>
        <translation>请修正标出的字段。</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="62"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="67"/>
        <location filename="../../kbdesk/ui/child_table.py" line="175"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="130"/>
        <source>None yet: use Add… to create the first.</source>
        <translation>暂无记录：点击“添加…”新建第一条。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="175"/>
        <source>Delete this %1?</source>
        <translation>删除此%1？</translation>
    </message>
</context>
<context>
    <name>ComplianceChart</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="144"/>
        <source>Response met</source>
        <translation>响应达标</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="144"/>
        <source>Restore met (major)</source>
        <translation>恢复达标（重大故障）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="145"/>
        <source>Postmortem on time</source>
        <translation>按时复盘</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="156"/>
        <source>No cases in this period</source>
        <translation>此期间内没有工单</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="194"/>
        <source>Plan, approval or verification</source>
        <translation>方案、批准或验证</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="202"/>
        <source>Who wrote, reviewed, approved or verified it</source>
        <translation>编写、评审、批准或验证的人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="204"/>
        <source>The plan, or what was checked and seen</source>
        <translation>方案内容，或检查了什么、看到了什么</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="205"/>
        <source>Passed / approved</source>
        <translation>通过 / 已批准</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="207"/>
        <source>Step:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="207"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="208"/>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="38"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="40"/>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="43"/>
        <source>%1 saved this record (%2) after you opened it, so your save was not made and nothing was lost. For each field, keep their value or yours, then save; or discard your changes.</source>
        <translation>您打开此记录后，%1 保存了它（%2），因此您的保存未执行，没有丢失任何内容。请逐个字段选择保留对方的值还是您的值，然后保存；或者放弃您的修改。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Theirs (saved now)</source>
        <translation>对方的（当前已保存）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="74"/>
        <source>Save my choices</source>
        <translation>按我的选择保存</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="75"/>
        <source>Discard my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="90"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>CourseSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="47"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="49"/>
        <source>Show it in its own tab, with its files or its attendance list</source>
        <translation>在它自己的标签页中显示，可查看文件或签到名单</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/customers.py" line="24"/>
        <source>Dossier</source>
        <translation>客户档案</translation>
    </message>
</context>
<context>
    <name>CustomerStepsBox</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="51"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="64"/>
        <source>Customer notified…</source>
        <translation>已通知客户…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="66"/>
        <source>Plan, approval or verification…</source>
        <translation>方案、批准或验证…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="68"/>
        <source>Recovery notice…</source>
        <translation>故障恢复通告…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="96"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="106"/>
        <source>Major fault: tell the customer&apos;s designated contact now.</source>
        <translation>重大故障：请立即通知客户的指定联系人。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="123"/>
        <source>Notification of the customer recorded.</source>
        <translation>已记录通知客户。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="136"/>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="148"/>
        <source>Recovery notice added to the timeline.</source>
        <translation>故障恢复通告已加入时间线。</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="369"/>
        <source>No designated contact for major faults.</source>
        <translation>尚未指定重大故障联系人。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="368"/>
        <source>No contacts yet</source>
        <translation>尚无联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="367"/>
        <source>major-fault contact</source>
        <translation>重大故障联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="367"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="366"/>
        <source>Deadlines of the %1 most recent open cases.</source>
        <translation>仅统计最近 %1 个未关闭工单的时限。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="365"/>
        <source>and %1 more in Attention</source>
        <translation>另有 %1 项，见“待关注”</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="364"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="364"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="363"/>
        <source>Deadlines due soon or overdue</source>
        <translation>即将到期或已超时的时限</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="362"/>
        <source>Open follow-up actions</source>
        <translation>未完成整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="361"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="361"/>
        <source>Open cases</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="360"/>
        <source>Open items</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="360"/>
        <source>On-site trainings this year</source>
        <translation>本年度现场培训</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="359"/>
        <source>Consultations this quarter</source>
        <translation>本季度技术咨询</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="358"/>
        <source>Quotas</source>
        <translation>服务定额</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="358"/>
        <source>Technical manager</source>
        <translation>技术经理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="357"/>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="357"/>
        <source>Support plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="332"/>
        <source>The dossier could not be loaded: %1</source>
        <translation>客户档案未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="322"/>
        <source>older items: Load more</source>
        <translation>还有更早的记录：点“加载更早的记录”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/dossier_view.py" line="320"/>
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>已显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="308"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="242"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="238"/>
        <source>Load more</source>
        <translation>加载更早的记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="217"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="204"/>
        <source>Only from</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="192"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="105"/>
        <source>Attitude/business/technical %1</source>
        <translation>态度/业务/技术 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="103"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="102"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="72"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="71"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="70"/>
        <source>Survey</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="69"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="68"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="67"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="66"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="65"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>DrillCompareView</name>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="79"/>
        <source>Actual minutes per step</source>
        <translation>每步实际用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="80"/>
        <source>Total duration per drill: planned against actual</source>
        <translation>每次演练总用时：计划与实际</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="82"/>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="155"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="82"/>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="155"/>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="83"/>
        <source>No drill of this runbook has been recorded yet.</source>
        <translation>此方案尚无演练记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>real</source>
        <translation>实战</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>within plan</source>
        <translation>未超计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="85"/>
        <source>over plan</source>
        <translation>超出计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="85"/>
        <source>with failures</source>
        <translation>有失败步骤</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="111"/>
        <source>The drills could not be compared: %1</source>
        <translation>无法对比演练：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="142"/>
        <source>never</source>
        <translation>从未演练</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="144"/>
        <source>Last drilled: %1 · next drill due: %2 (every %n month(s))</source>
        <translation>
            <numerusform>上次演练：%1 · 下次演练截止：%2（每 %n 个月一次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="147"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="149"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="156"/>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="159"/>
        <source>Step (planned min)</source>
        <translation>步骤（计划分钟）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="160"/>
        <source>(real)</source>
        <translation>（实战）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="177"/>
        <source>Total: actual / planned</source>
        <translation>合计：实际 / 计划</translation>
    </message>
</context>
<context>
    <name>DrillRecordView</name>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="41"/>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="42"/>
        <source>starts outside the drill&apos;s date (the drill day or the night after)</source>
        <translation>开始时间不在演练日期内（演练当天或次日凌晨）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="44"/>
        <source>ends outside the drill&apos;s date (the drill day or the night after)</source>
        <translation>结束时间不在演练日期内（演练当天或次日凌晨）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Planned min</source>
        <translation>计划（分钟）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Actual min</source>
        <translation>实际（分钟）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="93"/>
        <source>Edit the outcome, findings and participants under Details; follow-up actions (owner, due date) under %1.</source>
        <translation>结果、发现的问题和参与人员在“详情”中修改；整改措施（负责人、期限）在“%1”中维护。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="112"/>
        <source>Save the drill to see its record.</source>
        <translation>保存演练后即可查看演练记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="133"/>
        <source>Could not read the drill: %1</source>
        <translation>无法读取演练：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="144"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="144"/>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="146"/>
        <source>Planned %1 min, actual %2 min</source>
        <translation>计划 %1 分钟，实际 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="148"/>
        <source>Present: %1</source>
        <translation>参与人员：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="151"/>
        <source>The steps say: %1</source>
        <translation>按步骤推断：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="153"/>
        <source>Set outcome to “%1”</source>
        <translation>将结果设为“%1”</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="159"/>
        <source>Deviations</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="159"/>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="168"/>
        <source>not reached</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="184"/>
        <source>Step %1 %2.</source>
        <translation>第 %1 步%2。</translation>
    </message>
</context>
<context>
    <name>DrillReportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="54"/>
        <source>Export drill report</source>
        <translation>导出演练报告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="62"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="67"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="73"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="78"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="98"/>
        <source>Save drill report</source>
        <translation>保存演练报告</translation>
    </message>
</context>
<context>
    <name>DrillRunWindow</name>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="128"/>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="130"/>
        <source>Rollback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="132"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="159"/>
        <source>Note for this step (N), then Enter — saved with the answer</source>
        <translation>本步骤备注（N），输入后按回车——随结果一起保存</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="162"/>
        <source>Done  (Space)</source>
        <translation>完成（空格）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="163"/>
        <source>Failed  (F)</source>
        <translation>失败（F）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="164"/>
        <source>Skip  (S)</source>
        <translation>跳过（S）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="169"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="170"/>
        <source>Finish run…</source>
        <translation>结束执行…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="191"/>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="196"/>
        <source>What went differently from the runbook…</source>
        <translation>与预案不同的情况…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="199"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="207"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="209"/>
        <source>Present</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="211"/>
        <source>Deviations</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="313"/>
        <source>Finish run</source>
        <translation>结束执行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/drill_run.py" line="315"/>
        <source>%n step(s) not answered yet. Finish the run anyway? They count as not reached.</source>
        <translation>
            <numerusform>还有 %n 个步骤未记录结果。仍要结束吗？这些步骤将记为“未执行”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="332"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="341"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="346"/>
        <source>Not saved: %1 — the screen shows what the archive holds.</source>
        <translation>未保存：%1——界面显示的是档案中已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="360"/>
        <source>Run: %1</source>
        <translation>执行：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="369"/>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="383"/>
        <source>All %1 steps answered</source>
        <translation>%1 个步骤均已记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="384"/>
        <source>Every step has an answer</source>
        <translation>所有步骤均已记录结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="385"/>
        <source>Finish the run to see the drill record (outcome, planned against actual minutes).</source>
        <translation>结束执行后即可查看演练记录（结果、计划与实际用时对比）。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="391"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="392"/>
        <source>Step %1 · planned %2 min</source>
        <translation>第 %1 步 · 计划 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="416"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="425"/>
        <source>Command copied.</source>
        <translation>命令已复制。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="448"/>
        <source>%1 of %2 min</source>
        <translation>%1 / %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="456"/>
        <source>Overall %1 / %2 min</source>
        <translation>总计 %1 / %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="466"/>
        <source>This step %1</source>
        <translation>本步骤 %1</translation>
    </message>
</context>
<context>
    <name>DrillSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="87"/>
        <source>Record</source>
        <translation>演练记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="99"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="102"/>
        <source>Resume run</source>
        <translation>继续执行</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="33"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="38"/>
        <source>Why is the fault escalated?</source>
        <translation>为什么升级该故障？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="40"/>
        <source>Impact as re-assessed now (scope, users, services)</source>
        <translation>当前重新评估的影响（范围、用户、业务）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="41"/>
        <source>Escalate to:</source>
        <translation>升级至：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="41"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="42"/>
        <source>Impact re-assessment:</source>
        <translation>影响重新评估：</translation>
    </message>
</context>
<context>
    <name>FaultReportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="46"/>
        <source>Export fault report</source>
        <translation>导出故障报告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="55"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="60"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="65"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="67"/>
        <source>Screenshots whose file is missing: %1</source>
        <translation>以下截图的文件缺失：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="74"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="96"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="96"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="97"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="98"/>
        <source>Save fault report</source>
        <translation>保存故障报告</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="50"/>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="195"/>
        <source>Handover package</source>
        <translation>文档移交</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="56"/>
        <source>Only what happened between</source>
        <translation>只收录发生在以下期间的记录：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="69"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="78"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="83"/>
        <source>Loading customers and products…</source>
        <translation>正在读取客户和产品…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="86"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="86"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="92"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="93"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="94"/>
        <source>Folder (new or empty):</source>
        <translation>文件夹（新建或空）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="96"/>
        <source>Write package</source>
        <translation>生成移交包</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="101"/>
        <source>Choose customers and/or products. The package holds their case summaries and fault reports, runbooks, KB articles, drills and course materials.</source>
        <translation>选择客户和/或产品。移交包收录其案例摘要与故障报告、运维手册、知识库文章、演练和课程资料。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="119"/>
        <source>Could not read the archive: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="149"/>
        <source>Choose at least one customer or one product.</source>
        <translation>请至少选择一个客户或一个产品。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="152"/>
        <source>Choose a folder to write.</source>
        <translation>请选择要写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="156"/>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation>%1 不是空文件夹；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="159"/>
        <source>The period starts after it ends.</source>
        <translation>期间的开始晚于结束。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="164"/>
        <source>Where to put the package</source>
        <translation>移交包存放位置</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="186"/>
        <source>Writing the handover package</source>
        <translation>正在生成文档移交包</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="194"/>
        <source>The package is ready in %1. Open the folder?</source>
        <translation>移交包已生成在 %1。打开文件夹？</translation>
    </message>
</context>
<context>
    <name>InstanceChoice</name>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="113"/>
        <source>Archive already open</source>
        <translation>档案已打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="114"/>
        <source>This archive is already open in another kbdesk window.</source>
        <translation>此档案已在另一个 kbdesk 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="115"/>
        <source>Only one window can edit an archive at a time. You can switch to the open window, or open the archive here read-only.</source>
        <translation>同一时间只能有一个窗口编辑档案。您可以切换到已打开的窗口，或在此以只读方式打开档案。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="118"/>
        <source>Opened by process %1 on %2 at %3.</source>
        <translation>由 %2 上的进程 %1 于 %3 打开。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="121"/>
        <source>Switch to the open window</source>
        <translation>切换到已打开的窗口</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="123"/>
        <location filename="../../kbdesk/ui/instance.py" line="150"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="142"/>
        <source>Archive opened on another computer</source>
        <translation>档案已在另一台计算机上打开</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="143"/>
        <source>This archive was opened by kbdesk on another computer: %1.</source>
        <translation>此档案已被另一台计算机上的 kbdesk 打开：%1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="144"/>
        <source>Process %1 there has held it since %2. If kbdesk is no longer running on %3, take the archive over; otherwise open it read-only, so that two people do not edit it at once.</source>
        <translation>该计算机上的进程 %1 自 %2 起占用此档案。如果 %3 上的 kbdesk 已不再运行，请接管档案；否则请以只读方式打开，以免两人同时编辑。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="148"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="20"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="42"/>
        <source>%1 of %2…</source>
        <translation>%1/%2…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="44"/>
        <source>%1 done…</source>
        <translation>已完成 %1…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="55"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="55"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <location filename="../../kbdesk/ui/link_picker.py" line="29"/>
        <source>Link to…</source>
        <translation>关联到…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/link_picker.py" line="33"/>
        <source>Search cases, articles and runbooks to link…</source>
        <translation>搜索要关联的工单、文章和预案…</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="129"/>
        <source>Link to…</source>
        <translation>关联到…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="132"/>
        <source>Remove link</source>
        <translation>移除关联</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="152"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="53"/>
        <source>kbdesk — %1</source>
        <translation>kbdesk — %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="72"/>
        <source>Opening search index…</source>
        <translation>正在打开搜索索引…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="142"/>
        <location filename="../../kbdesk/ui/menus.py" line="97"/>
        <source>Match a fault</source>
        <translation>故障匹配</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="143"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="144"/>
        <source>Attention</source>
        <translation>待关注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="145"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="146"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="147"/>
        <source>Runbooks &amp; drills</source>
        <translation>预案与演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="149"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="150"/>
        <source>Complaints &amp; surveys</source>
        <translation>投诉与满意度评价</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="151"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="153"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="177"/>
        <source>This kind of record has no section to show it in.</source>
        <translation>此类记录没有可供显示的模块。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="222"/>
        <source>Select a case first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="239"/>
        <location filename="../../kbdesk/ui/menus.py" line="127"/>
        <source>About kbdesk</source>
        <translation>关于 kbdesk</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="240"/>
        <source>kbdesk %1
Offline knowledge base and case archive for technical support.
Archive: %2</source>
        <translation>kbdesk %1
面向技术支持团队的离线知识库与工单档案库。
档案库：%2</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="253"/>
        <source>Search unavailable</source>
        <translation>搜索不可用</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="254"/>
        <source>The search index could not be opened: %1</source>
        <translation>无法打开搜索索引：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="256"/>
        <source>Search ready</source>
        <translation>搜索已就绪</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="258"/>
        <source>The search index was built from the archive.</source>
        <translation>已根据档案库建立搜索索引。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="260"/>
        <source>The search index was brought up to date after an interruption.</source>
        <translation>搜索索引在中断后已更新至最新状态。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="263"/>
        <source>kbdesk — %1 (read-only)</source>
        <translation>kbdesk — %1（只读）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="264"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="268"/>
        <source>Another kbdesk window is editing this archive: here you can read and search, but not change anything.</source>
        <translation>另一个 kbdesk 窗口正在编辑此档案：在这里可以阅读和搜索，但不能做任何修改。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="21"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="23"/>
        <source>kbdesk export (*.jsonl);;All files (*)</source>
        <translation>kbdesk 导出文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="27"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="32"/>
        <source>Importing cases</source>
        <translation>正在导入工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="35"/>
        <source>Import course folder</source>
        <translation>导入课程文件夹</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="38"/>
        <source>Importing course files</source>
        <translation>正在导入课程文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="42"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="44"/>
        <source>kbdesk export (*.jsonl)</source>
        <translation>kbdesk 导出文件 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="48"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="50"/>
        <source>Rebuilding the search index</source>
        <translation>正在重建搜索索引</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="52"/>
        <source>Checking the archive</source>
        <translation>正在检查档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="76"/>
        <source>Import spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="78"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="28"/>
        <source>New archive…</source>
        <translation>新建档案库…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="32"/>
        <source>Open archive…</source>
        <translation>打开档案库…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="38"/>
        <source>Connect to team archive…</source>
        <translation>连接团队档案库…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="40"/>
        <source>Recent archives</source>
        <translation>最近打开的档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="45"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="50"/>
        <source>Import spreadsheet…</source>
        <translation>导入表格（CSV/Excel）…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="55"/>
        <source>Import runbook…</source>
        <translation>导入应急方案…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="58"/>
        <source>Import course folder…</source>
        <translation>导入课程文件夹…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="62"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="67"/>
        <source>Handover package…</source>
        <translation>文档移交包…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="73"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="76"/>
        <source>Restore…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="81"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="88"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="91"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="93"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="103"/>
        <source>Export fault report…</source>
        <translation>导出故障报告…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="108"/>
        <source>Rebuild search index</source>
        <translation>重建搜索索引</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="112"/>
        <source>Check archive</source>
        <translation>检查档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="115"/>
        <source>Skipped files…</source>
        <translation>未提取文字的文件…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="118"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="119"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="123"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="125"/>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="51"/>
        <source>Welcome! This is a demo archive: paste a fault under “Match a fault”, or press Ctrl+K to search.</source>
        <translation>欢迎！这是一个演示档案库：可在“故障匹配”中粘贴故障描述，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="118"/>
        <source>Open archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="134"/>
        <source>Choose an empty folder</source>
        <translation>选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="142"/>
        <source>Cannot open archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="147"/>
        <source>This archive is already open.</source>
        <translation>此档案已经打开。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="72"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="77"/>
        <source>Backing up the archive</source>
        <translation>正在备份档案库</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="101"/>
        <source>Write to %1 in your e-mail program?</source>
        <translation>是否在电子邮件程序中给 %1 写邮件？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="103"/>
        <source>Open %1 in your web browser?</source>
        <translation>是否在网页浏览器中打开 %1？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="104"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="34"/>
        <source>&lt;b&gt;Match a fault&lt;/b&gt; — paste what the customer reported: the description, error messages, log lines or a stack trace, in Chinese or English. kbdesk shows the most similar past cases with their resolutions, and the articles and runbooks that fit.</source>
        <translation>&lt;b&gt;故障匹配&lt;/b&gt; — 粘贴客户报告的内容：故障描述、错误信息、日志或堆栈信息，中英文均可。kbdesk 会列出最相似的历史案例及其解决方案，以及相关的文章和预案。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="41"/>
        <source>e.g. 应用连接 RDS 报错 ERROR 1040 (HY000): Too many connections，高峰期订单接口超时</source>
        <translation>例如：应用连接 RDS 报错 ERROR 1040 (HY000): Too many connections，高峰期订单接口超时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="43"/>
        <source>Solved cases only</source>
        <translation>仅限已解决的工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="46"/>
        <source>Try an example</source>
        <translation>试试示例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="48"/>
        <source>Fill in a real-looking fault to see how matching works</source>
        <translation>填入一个仿真故障描述，体验故障匹配的效果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="50"/>
        <source>Match (Ctrl+Enter)</source>
        <translation>匹配 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="66"/>
        <location filename="../../kbdesk/ui/match_panel.py" line="116"/>
        <source>Results appear here as you type.</source>
        <translation>输入内容后，结果将在此处显示。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="101"/>
        <source>客户反馈：订单服务高峰期大量报错，应用日志：
com.mysql.cj.jdbc.exceptions.CommunicationsException
ERROR 1040 (HY000): Too many connections
RDS MySQL 实例连接数打满，下单接口超时</source>
        <translation>客户反馈：订单服务高峰期大量报错，应用日志：
com.mysql.cj.jdbc.exceptions.CommunicationsException
ERROR 1040 (HY000): Too many connections
RDS MySQL 实例连接数打满，下单接口超时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="120"/>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="130"/>
        <source>Marked as not relevant for this text.</source>
        <translation>已标记为与此文本无关。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="145"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_panel.py" line="152"/>
        <source>%n similar case(s)</source>
        <translation>
            <numerusform>%n 个相似案例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="161"/>
        <source>Matching failed: %1</source>
        <translation>匹配失败：%1</translation>
    </message>
</context>
<context>
    <name>MatchResultsView</name>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="83"/>
        <source>Key terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="84"/>
        <source>Similar cases</source>
        <translation>相似案例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="84"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="85"/>
        <source>Runbooks</source>
        <translation>预案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="91"/>
        <source>Nothing similar found.</source>
        <translation>未找到相似内容。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="102"/>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="109"/>
        <source>linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="76"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="111"/>
        <source>Same fault</source>
        <translation>同一故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="111"/>
        <source>Solved this case</source>
        <translation>解决了此案例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="116"/>
        <source>Not relevant</source>
        <translation>不相关</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="119"/>
        <source>Run…</source>
        <translation>执行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_view.py" line="127"/>
        <source>%n more like this</source>
        <translation>
            <numerusform>另有 %n 条相同答案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="133"/>
        <source>same resolution</source>
        <translation>解决方法相同</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="134"/>
        <source>near-identical text</source>
        <translation>内容几乎相同</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="154"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="166"/>
        <source>same error code</source>
        <translation>相同错误码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="169"/>
        <source>shared terms</source>
        <translation>共同关键词</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="171"/>
        <source>similar title</source>
        <translation>标题相似</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="173"/>
        <source>same product: %1</source>
        <translation>同一产品：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="175"/>
        <source>same customer: %1</source>
        <translation>同一客户：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="178"/>
        <source>confirmed same fault as %1, linked by %2</source>
        <translation>已确认与 %1 为同一故障，由 %2 关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="179"/>
        <source>confirmed same fault as %1</source>
        <translation>已确认与 %1 为同一故障</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_view.py" line="184"/>
        <source>solved %n similar case(s)</source>
        <translation>
            <numerusform>解决过 %n 个相似案例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="189"/>
        <source>in attachment %1</source>
        <translation>在附件 %1 中</translation>
    </message>
</context>
<context>
    <name>MaterialFilesPanel</name>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="37"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="39"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="40"/>
        <location filename="../../kbdesk/ui/material_files.py" line="192"/>
        <source>Store a new version of this file; the old one is kept</source>
        <translation>保存此文件的新版本；旧版本会保留</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="67"/>
        <source>v%1 (current)</source>
        <translation>v%1（当前）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="70"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="107"/>
        <source>Replace with a new version</source>
        <translation>用新版本替换</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="122"/>
        <source>%1 replaced; the earlier version is kept.</source>
        <translation>已替换 %1；之前的版本已保留。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="138"/>
        <location filename="../../kbdesk/ui/material_files.py" line="144"/>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="148"/>
        <source>No preview for this type of file; use Open to view it.</source>
        <translation>此类文件无法预览；请用“打开”查看。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="155"/>
        <source>PDF document, %1. Its pages cannot be shown here (this build has no PDF viewer); use Open to read it.</source>
        <translation>PDF 文档，%1。此版本没有 PDF 查看器，无法在这里显示页面；请用“打开”阅读。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="159"/>
        <source>Its text has not been extracted yet.</source>
        <translation>其文字尚未提取。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="161"/>
        <source>It gave no text (encrypted, scanned or damaged?): Tools → Skipped files… says why.</source>
        <translation>未能提取文字（加密、扫描件或已损坏？）：“工具 → 未提取文字的文件…”中有原因。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="164"/>
        <source>Extracted text:</source>
        <translation>提取的文字：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="190"/>
        <source>An earlier version: select the current one to replace it</source>
        <translation>这是之前的版本：请选择当前版本再替换</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="194"/>
        <source>No files yet. Drop the slides, handouts or videos here, or use Add…</source>
        <translation>还没有文件。把课件、讲义或视频拖到这里，或点“添加…”</translation>
    </message>
</context>
<context>
    <name>MaterialSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="68"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>NotAFaultDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="108"/>
        <source>Not a fault</source>
        <translation>非故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="111"/>
        <source>Planned change</source>
        <translation>计划内变更</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="111"/>
        <source>User&apos;s own use</source>
        <translation>用户自身使用原因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="112"/>
        <source>Problem on the customer&apos;s side</source>
        <translation>客户侧问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="115"/>
        <source>Why is this not a fault?</source>
        <translation>为什么判定为非故障？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="116"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="117"/>
        <source>The case leaves the fault statistics and owes only the first response.</source>
        <translation>该工单将不计入故障统计，仅需满足首次响应时限。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="59"/>
        <source>Progress notice</source>
        <translation>故障修复进展通告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="68"/>
        <source>Next update at (%1):</source>
        <translation>下次更新时间（%1）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="80"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="80"/>
        <source>Impact:</source>
        <translation>影响：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="81"/>
        <source>Actions taken:</source>
        <translation>已采取的措施：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="82"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="83"/>
        <source>Save to timeline</source>
        <translation>保存到时间线</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="170"/>
        <source>Customer notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="174"/>
        <source>major-fault contact</source>
        <translation>重大故障联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="176"/>
        <source>Someone else (type the name)</source>
        <translation>其他人（输入姓名）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="178"/>
        <source>Name, when not a listed contact</source>
        <translation>不在联系人列表中时填写姓名</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="183"/>
        <source>What the customer was told</source>
        <translation>告知客户的内容</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="184"/>
        <source>Who was told:</source>
        <translation>通知对象：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="184"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="185"/>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="185"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>OfficialHolidaysBox</name>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="23"/>
        <source>Official holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="29"/>
        <source>When the State Council publishes next year&apos;s holidays, import them: a text file with one date a line and “holiday” or “workday” (休 / 班, 调休), ranges allowed, or an ICS calendar.</source>
        <translation>国务院办公厅公布下一年节假日安排后，请在此导入：文本文件每行一个日期（可写日期范围），并注明“holiday / 休”或“workday / 班、调休”；也可导入 ICS 日历。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="35"/>
        <source>Import holidays…</source>
        <translation>导入节假日…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="53"/>
        <source>Built in: %1–%2.</source>
        <translation>内置：%1–%2 年。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="55"/>
        <source>Imported: %1 — holidays: %2, make-up working days: %3.</source>
        <translation>已导入：%1 年 — 节假日 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="63"/>
        <source>Import official holidays</source>
        <translation>导入法定节假日</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="64"/>
        <source>Holiday lists (*.txt *.ics *.csv);;All files (*)</source>
        <translation>节假日列表 (*.txt *.ics *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="78"/>
        <source>Imported the official calendar of %1 — holidays: %2, make-up working days: %3.</source>
        <translation>已导入 %1 年的法定日历 — 节假日 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="86"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>PlanSettingsWidget</name>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="85"/>
        <source>Use the official calendar (statutory holidays and make-up days)</source>
        <translation>使用官方日历（法定节假日及调休上班日）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="93"/>
        <source>One date a line, e.g. 2025-12-31</source>
        <translation>每行一个日期，例如 2025-12-31</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="96"/>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="97"/>
        <source>Working hours from:</source>
        <translation>工作时间从：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="97"/>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="98"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="99"/>
        <source>Response and restore</source>
        <translation>响应与恢复</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="100"/>
        <source>First response, reported in working hours:</source>
        <translation>首次响应（工作时间内报告）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="101"/>
        <source>First response, reported outside:</source>
        <translation>首次响应（非工作时间报告）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="102"/>
        <source>Restore a major fault:</source>
        <translation>重大故障恢复：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="103"/>
        <source>Analysis and solution of a major fault:</source>
        <translation>重大故障分析与解决：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="104"/>
        <source>Counts as due soon in the last:</source>
        <translation>即将到期阈值（剩余时限比例）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="105"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="106"/>
        <source>Duty lead, at once (within):</source>
        <translation>立即升级至值班长（时限）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="107"/>
        <source>GOC when nobody took it:</source>
        <translation>无人受理时升级 GOC：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="108"/>
        <source>GOC when there is no progress:</source>
        <translation>无进展时升级 GOC：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="109"/>
        <source>Postmortem and actions</source>
        <translation>复盘与整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="110"/>
        <source>Short deadline for levels 1 to:</source>
        <translation>适用短时限的故障级别（1 至）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="111"/>
        <source>Postmortem, short deadline:</source>
        <translation>复盘时限（短）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="112"/>
        <source>Postmortem, other levels:</source>
        <translation>复盘时限（其他级别）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="113"/>
        <source>Action due soon within:</source>
        <translation>整改措施到期前提醒：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="113"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="114"/>
        <source>Customer quotas</source>
        <translation>客户配额</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="115"/>
        <source>Consultations per quarter:</source>
        <translation>每季度技术咨询次数：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="116"/>
        <source>On-site trainings per year:</source>
        <translation>每年现场培训次数：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="117"/>
        <source>Drill each runbook every:</source>
        <translation>每个方案的演练周期：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="117"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="119"/>
        <source>Extra days</source>
        <translation>额外日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="120"/>
        <source>Extra holidays (company days off):</source>
        <translation>额外假日（公司休息日）：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="121"/>
        <source>Extra working days:</source>
        <translation>额外工作日：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="137"/>
        <source>Stored in this archive&apos;s settings.json; applies to every user of the archive.</source>
        <translation>保存在本档案库的 settings.json 中，对该档案库的所有用户生效。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="183"/>
        <source>Working hours must end after they start.</source>
        <translation>工作时间的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="186"/>
        <source>“%1” is not a time zone name such as Asia/Shanghai.</source>
        <translation>“%1”不是有效的时区名称（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="190"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="82"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="88"/>
        <source>The job failed.</source>
        <translation>任务失败。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="92"/>
        <source>Could not start the background process.</source>
        <translation>无法启动后台进程。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="116"/>
        <source>one command per block; a blank line starts the next</source>
        <translation>每段一条命令，空行分隔下一条</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="137"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="180"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="233"/>
        <source>Required: choose a value.</source>
        <translation>必填：请选择一项。</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/sections/record_section.py" line="430"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="91"/>
        <source>Filter this list…</source>
        <translation>筛选此列表…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="98"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="100"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新建记录 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="133"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="135"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>保存更改 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="137"/>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="348"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="155"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="169"/>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="236"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="311"/>
        <source>Your changes were discarded; showing the saved version.</source>
        <translation>您的修改已放弃；现在显示已保存的版本。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="321"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="335"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="339"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="349"/>
        <source>Delete %1?
Records that belong to it (timeline, steps, attachments, links) are deleted with it; the audit trail keeps a copy.</source>
        <translation>确定要删除 %1 吗？
其下属记录（时间线、步骤、附件、关联）将一并删除；审计记录中会保留一份副本。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="360"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="360"/>
        <source>Also removed or unlinked: %1</source>
        <translation>同时删除或解除关联：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="366"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>RecoveryNoticeDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="217"/>
        <source>Recovery notice</source>
        <translation>故障恢复通告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="222"/>
        <source>e.g. the fault report follows within 24 hours</source>
        <translation>例如：24 小时内提交故障报告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="223"/>
        <source>The notice needs both verifications recorded as passed.</source>
        <translation>通告需要两项验证均已记录为通过。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="225"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="225"/>
        <source>Follow-up:</source>
        <translation>后续安排：</translation>
    </message>
</context>
<context>
    <name>ReportExportForm</name>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="70"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="71"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="72"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="74"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="302"/>
        <source>The table could not be saved: %1</source>
        <translation>表格未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="299"/>
        <source>Table saved to %1.</source>
        <translation>表格已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="288"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="287"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="278"/>
        <source>Could not compute the report: %1</source>
        <translation>报表未能计算：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="260"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="222"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="218"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="183"/>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="182"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="181"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="181"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="180"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="180"/>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="157"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="154"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="137"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="137"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="120"/>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="120"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="115"/>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="114"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="114"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="113"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="113"/>
        <source>Cases</source>
        <translation>工单统计</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="112"/>
        <source>Response and recovery times</source>
        <translation>响应与恢复时长</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="112"/>
        <source>SLA compliance</source>
        <translation>SLA 达成情况</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="64"/>
        <source>kbdesk backup (*%1);;All files (*)</source>
        <translation>kbdesk 备份 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="94"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="98"/>
        <source>The backup is checked completely (every checksum, the database, every attachment) and restored into a new folder; the open archive is not touched. The search index is rebuilt for the restored archive.</source>
        <translation>备份会被完整校验（全部校验和、数据库、每个附件），并恢复到一个新文件夹；当前打开的档案库不受影响。恢复后的档案库会重建搜索索引。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="108"/>
        <source>a new or empty folder</source>
        <translation>新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="110"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="111"/>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="121"/>
        <source>Verify and restore</source>
        <translation>校验并恢复</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="124"/>
        <source>Open the restored archive</source>
        <translation>打开恢复的档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="142"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="151"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="159"/>
        <source>Choose a new, empty folder</source>
        <translation>选择一个新的空文件夹</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="166"/>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation>请选择备份文件和用于恢复的新文件夹。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="169"/>
        <source>Verifying and restoring…</source>
        <translation>正在校验并恢复…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="185"/>
        <source>Restored into %1: every checksum, the database and every attachment were verified and the search index was rebuilt.</source>
        <translation>已恢复到 %1：全部校验和、数据库和每个附件均已校验，搜索索引已重建。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="191"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="137"/>
        <source>Resume</source>
        <translation>继续执行</translation>
    </message>
</context>
<context>
    <name>RunLauncher</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="166"/>
        <source>“%1” has no steps yet: add them under Runbook steps, then run it.</source>
        <translation>“%1”还没有步骤：请先在“预案步骤”中添加，再执行。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="207"/>
        <source>This archive has no runbooks yet.</source>
        <translation>本档案还没有预案。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="222"/>
        <source>%1 more runs are unfinished; Attention lists them.</source>
        <translation>另有 %1 次执行未结束，见“待办与超时”。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="229"/>
        <source>Unfinished run</source>
        <translation>未结束的执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="232"/>
        <source>Resume</source>
        <translation>继续执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="234"/>
        <source>Start a new run</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="235"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="235"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="240"/>
        <source>A run of “%1” started %2 is not finished.</source>
        <translation>“%1”于 %2 开始的执行尚未结束。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="245"/>
        <source>It stopped at step %1 of %2.</source>
        <translation>停在第 %1 步（共 %2 步）。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="247"/>
        <source>Resume it where it stopped?</source>
        <translation>从中断处继续执行吗？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="266"/>
        <source>Run finished: here is its drill record.</source>
        <translation>执行已结束：以下是演练记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="275"/>
        <source>Could not start the run: %1</source>
        <translation>无法开始执行：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="280"/>
        <source>Run runbook</source>
        <translation>执行预案</translation>
    </message>
</context>
<context>
    <name>RunbookImportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="58"/>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="76"/>
        <source>Import runbook</source>
        <translation>导入应急方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="59"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown 文件 (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="112"/>
        <source>Could not place:</source>
        <translation>无法归入步骤的内容：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="117"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="155"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="186"/>
        <source>Import %n runbook(s)</source>
        <translation>
            <numerusform>导入 %n 个方案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="192"/>
        <source>Check the steps, then import.</source>
        <translation>请核对识别出的步骤，然后导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="193"/>
        <source>%n file(s) cannot be imported (no steps found or not readable).</source>
        <translation>
            <numerusform>%n 个文件无法导入（未找到步骤或无法读取）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="196"/>
        <source>The runbooks could not be saved: %1</source>
        <translation>方案未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="232"/>
        <source>No steps found: steps are numbered or bulleted lists, or sections with commands.</source>
        <translation>未找到步骤：步骤应为编号或项目符号列表，或带命令的小节。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="233"/>
        <source>%n step(s) recognised</source>
        <translation>
            <numerusform>识别出 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="236"/>
        <source>preconditions found</source>
        <translation>已识别前提条件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="238"/>
        <source>%n part(s) could not be placed (listed below; they are not imported)</source>
        <translation>
            <numerusform>%n 处内容无法归入步骤（见下方列表，不会导入）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="246"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="279"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="286"/>
        <source>Imported %n runbook(s).</source>
        <translation>
            <numerusform>已导入 %n 个方案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookPicker</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="90"/>
        <source>Run a runbook for this case</source>
        <translation>为本案例执行预案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="96"/>
        <source>linked to this case</source>
        <translation>已关联本案例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="107"/>
        <source>Runbooks linked to the case are listed first.</source>
        <translation>与本案例关联的预案排在最前。</translation>
    </message>
</context>
<context>
    <name>RunbookSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="38"/>
        <source>Drills</source>
        <translation>演练对比</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="46"/>
        <source>Run…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="48"/>
        <source>Run this runbook step by step, as a drill or for real</source>
        <translation>逐步执行本预案（演练或实战）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="71"/>
        <source>A run of this runbook started %1 is not finished.</source>
        <translation>本预案于 %1 开始的执行尚未结束。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="36"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="43"/>
        <source>Search everything: words, &quot;a phrase&quot;, ORA-12170, type:case, -exclude, date:2026-03…</source>
        <translation>全局搜索：关键词、&quot;短语&quot;、ORA-12170、type:case、-排除词、date:2026-03…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="121"/>
        <source>Did you mean %1?</source>
        <translation>您要找的是不是 %1？</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="127"/>
        <source>%1 of %2 results</source>
        <translation>显示 %1 条，共 %2 条结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="135"/>
        <source>in attachment %1:</source>
        <translation>在附件 %1 中：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="142"/>
        <source>No record contains all the words; showing records with any of them.</source>
        <translation>没有记录包含全部词语；显示包含其中任一词语的记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="144"/>
        <source>An unmatched quote was closed at the end of the query.</source>
        <translation>未配对的引号已在查询末尾补上。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="146"/>
        <source>Parentheses are not supported and were ignored.</source>
        <translation>不支持括号，已忽略。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="148"/>
        <source>Only exclusions given: searched every record except those.</source>
        <translation>只给出了排除条件：已搜索除这些之外的全部记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="155"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="167"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="229"/>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="229"/>
        <source>words — all must occur (Chinese needs no spaces)
&quot;a phrase&quot; — the exact phrase
ORA-12170, 0x8007000E, 10.0.0.12 — exact codes and addresses
a OR b — either word
-word, -type:drill — exclude
type:case, customer:…, product:…, severity:high, status:closed, tag:…
date:2026-03, date:2026-01-01..2026-03-31, date:&gt;2026-06-01
solved:yes — solved cases only
A query that cannot be read is never an error: kbdesk searches what it can and says so.</source>
        <translation>关键词 关键词 — 须全部出现（中文无需加空格）
&quot;一个短语&quot; — 精确匹配整个短语
ORA-12170, 0x8007000E, 10.0.0.12 — 精确匹配错误码和地址
a OR b — 任一关键词出现即可
-关键词, -type:drill — 排除
type:case, customer:…, product:…, severity:high, status:closed, tag:…
date:2026-03, date:2026-01-01..2026-03-31, date:&gt;2026-06-01
solved:yes — 仅限已解决的工单
无法解析的查询不会报错：kbdesk 会尽量搜索能识别的部分，并给出提示。</translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="100"/>
        <source>No attendance list yet.</source>
        <translation>还没有签到名单。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="102"/>
        <source>%1 of %2 attended</source>
        <translation>%2 人中 %1 人出席</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="104"/>
        <source> · average score %1 from %n rating(s)</source>
        <translation>
            <numerusform> · 平均评分 %1（%n 人评分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="107"/>
        <source> · %n comment(s)</source>
        <translation>
            <numerusform> · %n 条意见</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="40"/>
        <source>Open another…</source>
        <translation>打开其他档案库…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="44"/>
        <source>Archive</source>
        <translation>档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="47"/>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="54"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="54"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="58"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="61"/>
        <source>Your name (audit trail)</source>
        <translation>您的姓名（用于审计记录）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="64"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="67"/>
        <source>Case categories</source>
        <translation>工单分类</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="70"/>
        <source>Service plan and working calendar</source>
        <translation>服务计划与工作日历</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="74"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>SimilarCasesTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="222"/>
        <source>Save the case to see similar ones.</source>
        <translation>保存工单后即可查看相似案例。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="224"/>
        <source>Looking for similar cases…</source>
        <translation>正在查找相似案例…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="239"/>
        <source>Linked as the same fault.</source>
        <translation>已关联为同一故障。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="239"/>
        <source>Linked as solving this case.</source>
        <translation>已关联为此案例的解决方案。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="254"/>
        <source>Marked as not relevant for this case.</source>
        <translation>已标记为与此案例无关。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="269"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="34"/>
        <source>Skipped files</source>
        <translation>未提取文字的文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="37"/>
        <source>These attached files gave no text, so search and fault matching cannot see inside them. Pictures are not read (no OCR). After an update of kbdesk, extract them again.</source>
        <translation>以下附件没有提取出文字，搜索和故障匹配看不到其中的内容。图片不做文字识别（无 OCR）。升级 kbdesk 后可重新提取。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="55"/>
        <source>Extract selected again</source>
        <translation>重新提取所选</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="58"/>
        <source>Extract all again</source>
        <translation>全部重新提取</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/skipped_files.py" line="92"/>
        <source>%n file(s) gave no text.</source>
        <translation>
            <numerusform>%n 个文件没有提取出文字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="96"/>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="100"/>
        <source>no text in the file</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="101"/>
        <source>image: not read (no OCR)</source>
        <translation>图片：不识别文字（无 OCR）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="102"/>
        <source>encrypted (needs a password)</source>
        <translation>已加密（需要密码）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="103"/>
        <source>no text layer (scanned?)</source>
        <translation>没有文字层（扫描件？）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="104"/>
        <source>damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="105"/>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="106"/>
        <source>took too long</source>
        <translation>提取超时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="107"/>
        <source>type not supported</source>
        <translation>不支持的文件类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="108"/>
        <source>extraction failed</source>
        <translation>提取失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/skipped_files.py" line="125"/>
        <source>Extracting %n file(s) again…</source>
        <translation>
            <numerusform>正在重新提取 %n 个文件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Cases</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Major</source>
        <translation>重大故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="95"/>
        <source>Response met</source>
        <translation>响应达标</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="95"/>
        <source>Restore met (major)</source>
        <translation>恢复达标（重大故障）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="96"/>
        <source>Postmortem on time</source>
        <translation>按时复盘</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Response p50</source>
        <translation>响应时长 P50</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Response p90</source>
        <translation>响应时长 P90</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="98"/>
        <source>Recovery p50</source>
        <translation>恢复时长 P50</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="98"/>
        <source>Recovery p90</source>
        <translation>恢复时长 P90</translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="54"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="238"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="238"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="243"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="243"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="252"/>
        <source>Cases marked not a fault are left out; measures not yet due are left out of their percentage.</source>
        <translation>已标记为非故障的工单不计入统计；尚未到期的指标不计入相应的达标率。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="254"/>
        <source>Dates and months are counted in %1.</source>
        <translation>日期和月份按 %1 统计。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="274"/>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="274"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="275"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="275"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="322"/>
        <source>Could not compute the SLA figures: %1</source>
        <translation>无法计算 SLA 指标：%1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="44"/>
        <source>Import spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="54"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="70"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="70"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="76"/>
        <source>Which column fills which field</source>
        <translation>各字段取自哪一列</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="89"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="101"/>
        <source>For rows whose column is empty or not mapped</source>
        <translation>列为空或未对应时使用</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="113"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="140"/>
        <source>from the file&apos;s byte-order mark</source>
        <translation>依据文件的字节顺序标记（BOM）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="140"/>
        <source>valid UTF-8</source>
        <translation>有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="141"/>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="141"/>
        <source>chosen</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="142"/>
        <source>Read as %1 (%2). If the text below looks garbled, choose another encoding.</source>
        <translation>按 %1 读取（%2）。如下方文字显示为乱码，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="152"/>
        <source>Sheets in the workbook: %1.</source>
        <translation>工作簿中的工作表：%1 个。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="169"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="202"/>
        <source>Choose the column that holds the title.</source>
        <translation>请选择标题所在的列。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="205"/>
        <source>Choose the customer column, or a customer for every row.</source>
        <translation>请选择客户所在的列，或为所有行指定一个客户。</translation>
    </message>
</context>
<context>
    <name>StartRunDialog</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="45"/>
        <source>Run runbook</source>
        <translation>执行预案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="50"/>
        <source>%1 steps, %2 min planned</source>
        <translation>共 %1 步，计划 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="51"/>
        <source>Drill (exercise)</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="53"/>
        <source>Real incident</source>
        <translation>实战（真实故障）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="61"/>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="63"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="65"/>
        <source>Present:</source>
        <translation>参与人员：</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="67"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="33"/>
        <source>Connect to team archive</source>
        <translation>连接团队档案库</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="41"/>
        <source>empty: from the system keyring or PGPASSFILE</source>
        <translation>留空：使用系统钥匙串或 PGPASSFILE 中的密码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="42"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="43"/>
        <source>Each person logs in as their own database user; this desktop keeps its own search index of the archive.</source>
        <translation>每人以自己的数据库用户登录；本机保留一份自己的档案库搜索索引。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="47"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="48"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="51"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="63"/>
        <source>Type an address such as postgresql://user@host/kbdesk.</source>
        <translation>请输入地址，例如 postgresql://user@host/kbdesk。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="68"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="87"/>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>TimeZone</name>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="46"/>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="49"/>
        <source>Hong Kong time</source>
        <translation>香港时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="50"/>
        <source>Singapore time</source>
        <translation>新加坡时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="51"/>
        <source>Tokyo time</source>
        <translation>东京时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="52"/>
        <source>London time</source>
        <translation>伦敦时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="53"/>
        <source>Berlin time</source>
        <translation>柏林时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="54"/>
        <source>New York time</source>
        <translation>纽约时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="55"/>
        <source>Los Angeles time</source>
        <translation>洛杉矶时间</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="135"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="38"/>
        <source>Add a note to the timeline…</source>
        <translation>在时间线中添加备注…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="40"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="77"/>
        <source>No entries yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="89"/>
        <source>Escalated to %1</source>
        <translation>已升级至%1</translation>
    </message>
</context>
<context>
    <name>TrainingPlanView</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="138"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="157"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="162"/>
        <source>The training plan could not be computed: %1</source>
        <translation>无法计算培训计划：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Held / planned</source>
        <translation>已举办 / 计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Expected by now</source>
        <translation>截至目前应完成</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="168"/>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="168"/>
        <source>Average score</source>
        <translation>平均评分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="194"/>
        <source>On-site trainings %1: quota %2 per customer a year; %n customer(s) behind plan.</source>
        <translation>
            <numerusform>%1 年现场培训：每个客户每年 %2 次；%n 个客户落后于计划。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="197"/>
        <source>Each month shows held / planned on-site sessions. Red: fewer held than the share of the quota for the part of the year gone by. Yellow: not enough sessions planned to meet the quota. The quota is set in Settings → Service plan.</source>
        <translation>每个月显示已举办 / 计划的现场培训场次。红色：已举办场次少于按已过去时间折算的配额；黄色：计划场次不足以完成全年配额。配额在“设置 → 服务计划”中设置。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="202"/>
        <source>Behind plan: %1 held, %2 expected by now.</source>
        <translation>落后于计划：已举办 %1 次，截至目前应完成 %2 次。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="203"/>
        <source>On track: %1 held, %2 expected by now.</source>
        <translation>按计划进行：已举办 %1 次，截至目前应完成 %2 次。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="222"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="216"/>
        <source>History of %1</source>
        <translation>%1 的历史版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="216"/>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Edited by</source>
        <translation>编辑人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Edited at</source>
        <translation>编辑时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="96"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="97"/>
        <source>Changes from the version before</source>
        <translation>与上一版本相比的变更</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="156"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史版本：%1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="163"/>
        <source>Versions appear here once the article has been saved.</source>
        <translation>文章保存后，各版本将在此处显示。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="184"/>
        <source>Version %1, saved by %2 at %3: %4</source>
        <translation>版本 %1，由 %2 于 %3 保存：%4</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="193"/>
        <source>The first version: nothing to compare with.</source>
        <translation>这是第一个版本，没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="196"/>
        <source>No change in the text.</source>
        <translation>文本无变化。</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="64"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="65"/>
        <source>Restore service</source>
        <translation>恢复业务</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="66"/>
        <source>Analysis and solution</source>
        <translation>分析与解决</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="67"/>
        <source>Escalate to duty lead</source>
        <translation>升级至值班长</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="68"/>
        <source>GOC: nobody took it</source>
        <translation>GOC：无人受理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="69"/>
        <source>GOC: no progress</source>
        <translation>GOC：无进展</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="70"/>
        <source>Postmortem</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="71"/>
        <source>Rectification action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="72"/>
        <source>Quarterly consultation</source>
        <translation>季度技术咨询</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="73"/>
        <source>On-site trainings</source>
        <translation>现场培训</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="74"/>
        <source>Runbook drill due</source>
        <translation>方案待演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="75"/>
        <source>Unfinished run</source>
        <translation>未结束的执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="76"/>
        <source>Archive backup</source>
        <translation>档案库备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="77"/>
        <source>Tell the customer (major fault)</source>
        <translation>通知客户（重大故障）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="83"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="83"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="84"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="84"/>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="94"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="96"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="97"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="104"/>
        <source>done, %1 to spare</source>
        <translation>已完成，提前 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="105"/>
        <source>done %1 late</source>
        <translation>已完成，超时 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="108"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="109"/>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="20"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="22"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="23"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="24"/>
        <source>Runbook</source>
        <translation>预案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="25"/>
        <source>Runbook step</source>
        <translation>预案步骤</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="26"/>
        <location filename="../../kbdesk/ui/labels.py" line="116"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="27"/>
        <source>Drill step</source>
        <translation>演练步骤</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="28"/>
        <source>Follow-up action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="29"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="30"/>
        <source>Material</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="31"/>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="32"/>
        <source>Attendance</source>
        <translation>参训记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="33"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="34"/>
        <source>Survey</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="35"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="36"/>
        <source>Timeline entry</source>
        <translation>时间线条目</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="37"/>
        <source>Escalation</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="40"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="42"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="43"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="44"/>
        <source>Audit entry</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="45"/>
        <source>Article version</source>
        <translation>文章版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="48"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="49"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="50"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="51"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="52"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="55"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="56"/>
        <source>Pre-assessment</source>
        <translation>故障预判</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="57"/>
        <source>Handling</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="58"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="59"/>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="60"/>
        <source>Postmortem</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="61"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="64"/>
        <source>Standard</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="65"/>
        <source>Premium</source>
        <translation>高级版</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="66"/>
        <source>Enterprise</source>
        <translation>企业版</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="69"/>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="70"/>
        <source>Progress notice</source>
        <translation>进展通告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="71"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="72"/>
        <source>Assignment</source>
        <translation>指派</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="92"/>
        <source>Duty lead (L2)</source>
        <translation>值班长（L2）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="93"/>
        <source>GOC</source>
        <translation>GOC</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="82"/>
        <location filename="../../kbdesk/ui/labels.py" line="96"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="97"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="78"/>
        <location filename="../../kbdesk/ui/labels.py" line="98"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="38"/>
        <source>Customer notification</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="39"/>
        <location filename="../../kbdesk/ui/labels.py" line="74"/>
        <source>Plan, approval or verification</source>
        <translation>方案、批准或验证</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="41"/>
        <source>Match feedback</source>
        <translation>匹配反馈</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="73"/>
        <source>Customer notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="75"/>
        <source>Recovery notice</source>
        <translation>故障恢复通告</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="79"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="80"/>
        <location filename="../../kbdesk/ui/labels.py" line="99"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="81"/>
        <source>Instant message</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="85"/>
        <source>Recovery plan</source>
        <translation>恢复方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="86"/>
        <source>Plan review</source>
        <translation>方案评审</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="87"/>
        <source>Customer approval</source>
        <translation>客户批准</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="88"/>
        <source>Vendor technical verification</source>
        <translation>厂商技术验证</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="89"/>
        <source>Customer business verification</source>
        <translation>客户业务验证</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="100"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="101"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="104"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="105"/>
        <source>Remote session</source>
        <translation>远程支持</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="106"/>
        <source>Technical consultation</source>
        <translation>技术咨询</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="107"/>
        <source>Technology briefing</source>
        <translation>技术交流</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="108"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="111"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="112"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="113"/>
        <source>Emergency</source>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="117"/>
        <source>Real execution</source>
        <translation>实际执行</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="120"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="121"/>
        <source>Partial</source>
        <translation>部分成功</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="122"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="125"/>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="126"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="129"/>
        <source>Done</source>
        <comment>drill step</comment>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="130"/>
        <source>Failed</source>
        <comment>drill step</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="131"/>
        <source>Skipped</source>
        <comment>drill step</comment>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="134"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="135"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="136"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="137"/>
        <location filename="../../kbdesk/ui/labels.py" line="151"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="143"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="144"/>
        <source>Notes</source>
        <translation>讲义</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="145"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="146"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="149"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="150"/>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="154"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="155"/>
        <source>Solved by</source>
        <translation>解决依据</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="156"/>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="157"/>
        <source>Caused by</source>
        <translation>起因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="160"/>
        <source>Same fault</source>
        <translation>同一故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="161"/>
        <source>Solved the case</source>
        <translation>解决了案例</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="162"/>
        <source>Not relevant</source>
        <translation>不相关</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="165"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="166"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="167"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="168"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="172"/>
        <source>Open</source>
        <comment>complaint not yet closed</comment>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="173"/>
        <source>Closed</source>
        <comment>complaint closed</comment>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="176"/>
        <source>Operation error</source>
        <translation>操作失误</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="177"/>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="178"/>
        <source>OS problem</source>
        <translation>操作系统问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="179"/>
        <source>Purchased-software problem</source>
        <translation>外购软件问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="291"/>
        <source>%1 image</source>
        <translation>%1 图片</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="293"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="298"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="299"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="305"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="306"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="307"/>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="308"/>
        <source>Excel workbook</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="309"/>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="310"/>
        <source>Markdown text</source>
        <translation>Markdown 文本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="311"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="312"/>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="313"/>
        <source>Compressed archive</source>
        <translation>压缩包</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="346"/>
        <source>Action</source>
        <comment>audit trail: what was done to the record (created, changed, deleted)</comment>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="348"/>
        <location filename="../../kbdesk/ui/labels.py" line="350"/>
        <source>Action</source>
        <comment>runbook step: what the engineer does in this step</comment>
        <translation>操作内容</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="352"/>
        <source>Run</source>
        <comment>drill: under way or finished</comment>
        <translation>执行状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="353"/>
        <source>Result</source>
        <comment>drill step: done, failed or skipped</comment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="360"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="361"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="362"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="363"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="364"/>
        <source>Phenomenon</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="365"/>
        <source>Business impact</source>
        <translation>业务影响</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="366"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="367"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="368"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="369"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="370"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="371"/>
        <source>Error messages</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="372"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="373"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="374"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="375"/>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="376"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="377"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="378"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="379"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="380"/>
        <source>Workaround</source>
        <translation>临时规避方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="381"/>
        <source>Not a fault</source>
        <translation>非故障</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="382"/>
        <source>Why not a fault</source>
        <translation>非故障原因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="383"/>
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="384"/>
        <source>Recovered at</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="385"/>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="386"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="387"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="388"/>
        <source>Support plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="389"/>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="390"/>
        <source>Technical manager</source>
        <translation>技术经理</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="391"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="392"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="393"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="394"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="395"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="396"/>
        <source>Source case</source>
        <translation>来源工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="397"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="398"/>
        <source>Section</source>
        <comment>course material: the part of the course (subfolder)</comment>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="399"/>
        <source>Replaces</source>
        <comment>attachment: the earlier version this file replaced</comment>
        <translation>替换的版本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="400"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="401"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="402"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="403"/>
        <source>Preconditions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="404"/>
        <source>Drill every (months)</source>
        <comment>runbook: its own drill interval; empty follows the service plan</comment>
        <translation>演练周期（月）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="406"/>
        <source>Phase</source>
        <comment>runbook step: the heading it stands under</comment>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="407"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="408"/>
        <source>Linked systems</source>
        <translation>关联系统</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="409"/>
        <source>Runbook</source>
        <translation>预案</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="410"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="411"/>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="412"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="413"/>
        <source>Deviations</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="414"/>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="415"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="416"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="417"/>
        <source>Duration (hours)</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="418"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="419"/>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="420"/>
        <source>Held date</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="421"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="422"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="423"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="424"/>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="425"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="426"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="427"/>
        <source>About whom</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="428"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="429"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="430"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="431"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="432"/>
        <source>Business level</source>
        <translation>业务水平</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="433"/>
        <source>Technical level</source>
        <translation>技术水平</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="434"/>
        <source>Comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="435"/>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="436"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="437"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="438"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="439"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="440"/>
        <source>Designated contact</source>
        <translation>指定联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="441"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="442"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="443"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="444"/>
        <source>Times saved</source>
        <translation>保存次数</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="445"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="446"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="447"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="451"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="452"/>
        <source>Position</source>
        <comment>order of a step in a list</comment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="453"/>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="454"/>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="455"/>
        <source>Estimated minutes</source>
        <translation>预计用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="456"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="457"/>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="458"/>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="459"/>
        <source>Succeeded</source>
        <translation>是否成功</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="460"/>
        <source>Planned minutes</source>
        <translation>计划分钟</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="461"/>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="462"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="463"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="464"/>
        <source>Escalated to</source>
        <translation>升级对象</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="465"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="466"/>
        <source>Impact re-assessment</source>
        <translation>影响重新评估</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="467"/>
        <source>Escalated by</source>
        <translation>升级人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="468"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="469"/>
        <source>Who was told</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="470"/>
        <source>Told by</source>
        <translation>通知人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="471"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="472"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="473"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="474"/>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="475"/>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="476"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="477"/>
        <source>Source type</source>
        <translation>源记录类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="478"/>
        <source>Source record</source>
        <translation>源记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="479"/>
        <source>Target type</source>
        <translation>目标记录类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="480"/>
        <source>Target record</source>
        <translation>目标记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="481"/>
        <source>Pasted text key</source>
        <translation>粘贴文本标识</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="482"/>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="483"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="484"/>
        <source>Made the link</source>
        <translation>由此建立关联</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="485"/>
        <source>Attached to (type)</source>
        <translation>所属记录类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="486"/>
        <source>Attached to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="487"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="488"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="489"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="490"/>
        <source>Checksum (SHA-256)</source>
        <translation>校验值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="491"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="492"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="493"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="494"/>
        <source>Edited at</source>
        <translation>编辑时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="495"/>
        <source>Edited by</source>
        <translation>编辑人</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="496"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="497"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="498"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="499"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="448"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="449"/>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="450"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="16"/>
        <source>ends before it starts; check the end time</source>
        <translation>结束时间早于开始时间，请检查结束时间</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="18"/>
        <source>starts outside the drill&apos;s date (the drill day or the night after); check the date</source>
        <translation>开始时间不在演练日期内（演练当天或次日凌晨），请检查日期</translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="20"/>
        <source>ends outside the drill&apos;s date (the drill day or the night after); check the date</source>
        <translation>结束时间不在演练日期内（演练当天或次日凌晨），请检查日期</translation>
    </message>
</context>
</TS>
