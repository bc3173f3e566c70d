<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="126"/>
        <source>Add rectification action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="129"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="136"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="136"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="137"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="43"/>
        <source>From case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="45"/>
        <source>Draft a new article from a solved case</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="83"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="83"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="84"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="149"/>
        <source>Article from a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="150"/>
        <source>Number of the solved case (for example CS-2024-0012):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="156"/>
        <source>Drafted %1 from the case: review and edit it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="161"/>
        <source>No case with that id or number in this archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="163"/>
        <source>The case has no resolution or workaround yet, so there is nothing to write an article from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/knowledge.py" line="168"/>
        <source>The article could not be drafted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="98"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="98"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="98"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="98"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="110"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="111"/>
        <source>Attach files (or drop them on this panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="113"/>
        <source>Open with the program your system uses for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="114"/>
        <source>Copy image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="116"/>
        <source>Copy a Markdown reference to paste into an article body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="117"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="118"/>
        <source>Remove this attachment from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="227"/>
        <location filename="../../kbdesk/ui/attachments.py" line="391"/>
        <source>Save the record first, then attach files to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/attachments.py" line="249"/>
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="252"/>
        <source>Not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="255"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="297"/>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="308"/>
        <source>Image link copied: paste it into the article body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="320"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="321"/>
        <source>Remove %1 from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="334"/>
        <source>No preview for this type of file; use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="337"/>
        <source>This image is too large to preview; use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="340"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="353"/>
        <source>%1 cannot be shown: it is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="393"/>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="395"/>
        <source>No attachments yet. Drop files here or use Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="406"/>
        <source>The stored file of %1 is missing from the archive. Attach it again, or restore the archive from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="409"/>
        <source>The stored file of %1 is damaged (its content no longer matches its checksum). Attach it again, or restore the archive from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="146"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="147"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="147"/>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="147"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="148"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="180"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="183"/>
        <source>Back up the archive (File → Back up now…, or Settings → Backups)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="263"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="269"/>
        <source>Breached or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="269"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="270"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="270"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="271"/>
        <source>Everything open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="276"/>
        <source>Filter by case, customer or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="307"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="309"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="330"/>
        <source>Could not compute the deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="338"/>
        <source>%1 breached, %2 due soon — %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="38"/>
        <source>Filter by person, record type, id or action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="53"/>
        <source>Every change made through kbdesk is kept here and cannot be edited. Double-click an entry to open the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="247"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="267"/>
        <source>Backing up before closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJobDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="59"/>
        <source>%1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="42"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="44"/>
        <source>Never backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="46"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="51"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="52"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="54"/>
        <source>Yes: every checksum read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="57"/>
        <source>No (taken from the command line without --verify; check it with kbdesk verify-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="63"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="65"/>
        <source>The last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="69"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="73"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="75"/>
        <source>Back up daily while kbdesk is open, and when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="83"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="87"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="90"/>
        <source>Choose a folder on another disk (an external drive or another partition): a backup on the same disk as the archive is lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="102"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="103"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="104"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="109"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="111"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="112"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="116"/>
        <source>Warn in Attention after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_settings.py" line="128"/>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="38"/>
        <source>Similar cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="38"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="39"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="43"/>
        <source>Write KB article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="45"/>
        <source>Draft a knowledge-base article from this solved case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflowPanel</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="99"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="131"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="99"/>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="99"/>
        <source>Remaining / result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="100"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="105"/>
        <source>Note for the timeline (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="108"/>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="109"/>
        <source>Progress notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="110"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="220"/>
        <source>Not a fault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="111"/>
        <source>Fault report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="116"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="119"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="130"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="130"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="130"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="135"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="138"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="138"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="139"/>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="139"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="141"/>
        <source>Rectification actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="152"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="199"/>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="199"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="206"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="208"/>
        <source>not a fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="219"/>
        <source>Count as a fault again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="230"/>
        <source>(estimated calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="258"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="272"/>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="278"/>
        <source>Action is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="308"/>
        <source>Escalation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="320"/>
        <source>Progress notice added to the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="331"/>
        <source>Marked not a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="342"/>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="359"/>
        <source>Counted as a fault again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesWidget</name>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="45"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="46"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="38"/>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="51"/>
        <source>Built-in categories come from the service plan; add your own here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="78"/>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="169"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="56"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="59"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="61"/>
        <location filename="../../kbdesk/ui/child_table.py" line="118"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="89"/>
        <source>None yet: use Add… to create the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="118"/>
        <source>Delete this %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceChart</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="143"/>
        <source>Response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="143"/>
        <source>Restore met (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="144"/>
        <source>Postmortem on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="155"/>
        <source>No cases in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="32"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="37"/>
        <source>Why is the fault escalated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="39"/>
        <source>Impact as re-assessed now (scope, users, services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="40"/>
        <source>Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="40"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="41"/>
        <source>Impact re-assessment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultReportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="179"/>
        <source>Export fault report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="196"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="204"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="205"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="206"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="208"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="225"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="230"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="235"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="237"/>
        <source>Screenshots whose file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="244"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="266"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="266"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="267"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="268"/>
        <source>Save fault report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceChoice</name>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="112"/>
        <source>Archive already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="113"/>
        <source>This archive is already open in another kbdesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="114"/>
        <source>Only one window can edit an archive at a time. You can switch to the open window, or open the archive here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="117"/>
        <source>Opened by process %1 on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="120"/>
        <source>Switch to the open window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="122"/>
        <location filename="../../kbdesk/ui/instance.py" line="149"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="141"/>
        <source>Archive opened on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="142"/>
        <source>This archive was opened by kbdesk on another computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="143"/>
        <source>Process %1 there has held it since %2. If kbdesk is no longer running on %3, take the archive over; otherwise open it read-only, so that two people do not edit it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="147"/>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="20"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="42"/>
        <source>%1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="44"/>
        <source>%1 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="55"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/job_dialog.py" line="55"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <location filename="../../kbdesk/ui/link_picker.py" line="29"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/link_picker.py" line="33"/>
        <source>Search cases, articles and runbooks to link…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="108"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="111"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="47"/>
        <source>kbdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="66"/>
        <source>Opening search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="121"/>
        <location filename="../../kbdesk/ui/menus.py" line="66"/>
        <source>Match a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="122"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="123"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="124"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="125"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="126"/>
        <source>Runbooks &amp; drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="127"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="128"/>
        <source>Complaints &amp; surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="129"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="130"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="154"/>
        <source>This kind of record has no section to show it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="197"/>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="214"/>
        <location filename="../../kbdesk/ui/menus.py" line="93"/>
        <source>About kbdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="215"/>
        <source>kbdesk %1
Offline knowledge base and case archive for technical support.
Archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="228"/>
        <source>Search unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="229"/>
        <source>The search index could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="231"/>
        <source>Search ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="233"/>
        <source>The search index was built from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="235"/>
        <source>The search index was brought up to date after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="238"/>
        <source>kbdesk — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="239"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="243"/>
        <source>Another kbdesk window is editing this archive: here you can read and search, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="21"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="23"/>
        <source>kbdesk export (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="27"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="31"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="33"/>
        <source>kbdesk export (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="37"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="39"/>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="41"/>
        <source>Checking the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="16"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="18"/>
        <source>New archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="22"/>
        <source>Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="27"/>
        <source>Recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="32"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="36"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="42"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="45"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="50"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="57"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="60"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="62"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="72"/>
        <source>Export fault report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="77"/>
        <source>Rebuild search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="81"/>
        <source>Check archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="85"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="89"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="91"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="51"/>
        <source>Welcome! This is a demo archive: paste a fault under “Match a fault”, or press Ctrl+K to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="114"/>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="120"/>
        <source>Choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="128"/>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="133"/>
        <source>This archive is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="74"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="79"/>
        <source>Backing up the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="101"/>
        <source>Write to %1 in your e-mail program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="103"/>
        <source>Open %1 in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/markdown_view.py" line="104"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="32"/>
        <source>&lt;b&gt;Match a fault&lt;/b&gt; — paste what the customer reported: the description, error messages, log lines or a stack trace, in Chinese or English. kbdesk shows the most similar past cases with their resolutions, and the articles and runbooks that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="39"/>
        <source>e.g. 应用连接 RDS 报错 ERROR 1040 (HY000): Too many connections，高峰期订单接口超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="41"/>
        <source>Solved cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="44"/>
        <source>Try an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="46"/>
        <source>Fill in a real-looking fault to see how matching works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="48"/>
        <source>Match (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="60"/>
        <location filename="../../kbdesk/ui/match_panel.py" line="108"/>
        <source>Results appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="95"/>
        <source>客户反馈：订单服务高峰期大量报错，应用日志：
com.mysql.cj.jdbc.exceptions.CommunicationsException
ERROR 1040 (HY000): Too many connections
RDS MySQL 实例连接数打满，下单接口超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="112"/>
        <source>Matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_panel.py" line="118"/>
        <source>%n similar case(s)</source>
        <translation>
            <numerusform>%n similar case</numerusform>
            <numerusform>%n similar cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="127"/>
        <source>Matching failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchResultsView</name>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="62"/>
        <source>Key terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="63"/>
        <source>Similar cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="63"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="64"/>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="70"/>
        <source>Nothing similar found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="80"/>
        <source>solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="84"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="87"/>
        <source>Link to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="96"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="106"/>
        <source>same error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="109"/>
        <source>shared terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="111"/>
        <source>similar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="113"/>
        <source>same product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="115"/>
        <source>same customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAFaultDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="107"/>
        <source>Not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="110"/>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="110"/>
        <source>User&apos;s own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="111"/>
        <source>Problem on the customer&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="114"/>
        <source>Why is this not a fault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="115"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="116"/>
        <source>The case leaves the fault statistics and owes only the first response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="58"/>
        <source>Progress notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="67"/>
        <source>Next update at (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="79"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="79"/>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="80"/>
        <source>Actions taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="81"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="82"/>
        <source>Save to timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSettingsWidget</name>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="70"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="70"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="70"/>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="78"/>
        <source>Use the official calendar (statutory holidays and make-up days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="86"/>
        <source>One date a line, e.g. 2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="89"/>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="90"/>
        <source>Working hours from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="90"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="91"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="92"/>
        <source>Response and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="93"/>
        <source>First response, reported in working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="94"/>
        <source>First response, reported outside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="95"/>
        <source>Restore a major fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="96"/>
        <source>Analysis and solution of a major fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="97"/>
        <source>Counts as due soon in the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="98"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="99"/>
        <source>Duty lead, at once (within):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="100"/>
        <source>GOC when nobody took it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="101"/>
        <source>GOC when there is no progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="102"/>
        <source>Postmortem and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="103"/>
        <source>Short deadline for levels 1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="104"/>
        <source>Postmortem, short deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="105"/>
        <source>Postmortem, other levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="106"/>
        <source>Action due soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="106"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="107"/>
        <source>Customer quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="108"/>
        <source>Consultations per quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="109"/>
        <source>On-site trainings per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="110"/>
        <source>Extra days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="111"/>
        <source>Extra holidays (company days off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="112"/>
        <source>Extra working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="125"/>
        <source>Stored in this archive&apos;s settings.json; applies to every user of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="156"/>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="159"/>
        <source>“%1” is not a time zone name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="163"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="68"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="74"/>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="78"/>
        <source>Could not start the background process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="100"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="83"/>
        <source>Filter this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="90"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="92"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="119"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="121"/>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="123"/>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="303"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="141"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="155"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="215"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="281"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="290"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="294"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="304"/>
        <source>Delete %1?
Records that belong to it (timeline, steps, attachments, links) are deleted with it; the audit trail keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="314"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="314"/>
        <source>Also removed or unlinked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="320"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/sections/record_section.py" line="356"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="66"/>
        <source>kbdesk backup (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="96"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="100"/>
        <source>The backup is checked completely (every checksum, the database, every attachment) and restored into a new folder; the open archive is not touched. The search index is rebuilt for the restored archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="110"/>
        <source>a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="112"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="113"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="123"/>
        <source>Verify and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="126"/>
        <source>Open the restored archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="144"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="153"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="161"/>
        <source>Choose a new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="168"/>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="171"/>
        <source>Verifying and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="187"/>
        <source>Restored into %1: every checksum, the database and every attachment were verified and the search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="193"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="35"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="42"/>
        <source>Search everything: words, &quot;a phrase&quot;, ORA-12170, type:case, -exclude, date:2026-03…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="115"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="121"/>
        <source>%1 of %2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="126"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="137"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="203"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="203"/>
        <source>words — all must occur (Chinese needs no spaces)
&quot;a phrase&quot; — the exact phrase
ORA-12170, 0x8007000E, 10.0.0.12 — exact codes and addresses
a OR b — either word
-word, -type:drill — exclude
type:case, customer:…, product:…, severity:high, status:closed, tag:…
date:2026-03, date:2026-01-01..2026-03-31, date:&gt;2026-06-01
solved:yes — solved cases only
A query that cannot be read is never an error: kbdesk searches what it can and says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="40"/>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="44"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="47"/>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="54"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="54"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="58"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="61"/>
        <source>Your name (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="64"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="67"/>
        <source>Case categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="70"/>
        <source>Service plan and working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/settings_dialog.py" line="74"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarCasesTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="194"/>
        <source>Save the case to see similar ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="196"/>
        <source>Looking for similar cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="211"/>
        <source>Linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="91"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="91"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Restore met (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="95"/>
        <source>Postmortem on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="96"/>
        <source>Response p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="96"/>
        <source>Response p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Recovery p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Recovery p90</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="53"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="236"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="236"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="241"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="241"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="241"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="251"/>
        <source>Cases marked not a fault are left out; measures not yet due are left out of their percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="270"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="270"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="271"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="271"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="318"/>
        <source>Could not compute the SLA figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="37"/>
        <source>Add a note to the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="39"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="65"/>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="77"/>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="214"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="214"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="77"/>
        <source>Edited at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="96"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="97"/>
        <source>Changes from the version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="156"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="163"/>
        <source>Versions appear here once the article has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="184"/>
        <source>Version %1, saved by %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="193"/>
        <source>The first version: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="196"/>
        <source>No change in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="60"/>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="61"/>
        <source>Restore service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="62"/>
        <source>Analysis and solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="63"/>
        <source>Escalate to duty lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="64"/>
        <source>GOC: nobody took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="65"/>
        <source>GOC: no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="66"/>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="67"/>
        <source>Rectification action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="68"/>
        <source>Quarterly consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="69"/>
        <source>On-site trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="70"/>
        <source>Archive backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="76"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="76"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="77"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="77"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="87"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="90"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="97"/>
        <source>done, %1 to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="98"/>
        <source>done %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="101"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="102"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="19"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="20"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="21"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="22"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="23"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="24"/>
        <source>Runbook step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="25"/>
        <location filename="../../kbdesk/ui/labels.py" line="95"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="26"/>
        <source>Drill step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="27"/>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="28"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="29"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="30"/>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="31"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="32"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="33"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="34"/>
        <source>Service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="35"/>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="36"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="37"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="38"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="39"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="40"/>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="41"/>
        <source>Article version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="44"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="45"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="46"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="47"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="48"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="51"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="52"/>
        <source>Pre-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="53"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="54"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="55"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="56"/>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="57"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="60"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="61"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="62"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="65"/>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="66"/>
        <source>Progress notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="68"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="71"/>
        <source>Duty lead (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="72"/>
        <source>GOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="75"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="76"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="77"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="78"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="79"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="80"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="83"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="84"/>
        <source>Remote session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="85"/>
        <source>Technical consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="86"/>
        <source>Technology briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="87"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="90"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="91"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="92"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="96"/>
        <source>Real execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="99"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="100"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="101"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="104"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="105"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="106"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="107"/>
        <location filename="../../kbdesk/ui/labels.py" line="121"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="113"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="114"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="115"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="116"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="119"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="120"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="124"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="125"/>
        <source>Solved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="126"/>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="127"/>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="130"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="131"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="132"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="133"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="136"/>
        <source>Operation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="137"/>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="138"/>
        <source>OS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="139"/>
        <source>Purchased-software problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="199"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="200"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="201"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="202"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="203"/>
        <source>Phenomenon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="204"/>
        <source>Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="205"/>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="206"/>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="207"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="208"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="209"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="210"/>
        <source>Error messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="211"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="212"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="213"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="214"/>
        <source>Fault level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="215"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="216"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="217"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="218"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="219"/>
        <source>Workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="220"/>
        <source>Not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="221"/>
        <source>Why not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="222"/>
        <source>Responded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="223"/>
        <source>Recovered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="224"/>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="225"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="226"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="227"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="228"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="229"/>
        <source>Technical manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="230"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="231"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="232"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="233"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="234"/>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="235"/>
        <source>Source case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="236"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="237"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="238"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="239"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="240"/>
        <source>Preconditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="241"/>
        <source>Linked systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="242"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="243"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="244"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="245"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="246"/>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="247"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="248"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="249"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="250"/>
        <source>Duration (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="251"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="252"/>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="253"/>
        <source>Held date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="254"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="255"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="256"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="257"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="258"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="259"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="260"/>
        <source>About whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="261"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="262"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="263"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="264"/>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="265"/>
        <source>Business level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="266"/>
        <source>Technical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="267"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="268"/>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="269"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="270"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="271"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="272"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="273"/>
        <source>Designated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="274"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="275"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="276"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="277"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="278"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="279"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="280"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="281"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="282"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="283"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
