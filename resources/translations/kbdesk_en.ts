<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="127"/>
        <source>Add rectification action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="130"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="137"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="137"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="138"/>
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
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="100"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="112"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="113"/>
        <source>Attach files (or drop them on this panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="114"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="115"/>
        <source>Open with the program your system uses for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="116"/>
        <source>Copy image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="118"/>
        <source>Copy a Markdown reference to paste into an article body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="119"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="120"/>
        <source>Remove this attachment from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="230"/>
        <location filename="../../kbdesk/ui/attachments.py" line="394"/>
        <source>Save the record first, then attach files to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/attachments.py" line="252"/>
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="255"/>
        <source>Not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="258"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="300"/>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="311"/>
        <source>Image link copied: paste it into the article body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="323"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="324"/>
        <source>Remove %1 from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="337"/>
        <source>No preview for this type of file; use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="340"/>
        <source>This image is too large to preview; use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="343"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="356"/>
        <source>%1 cannot be shown: it is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="396"/>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="398"/>
        <source>No attachments yet. Drop files here or use Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="409"/>
        <source>The stored file of %1 is missing from the archive. Attach it again, or restore the archive from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/attachments.py" line="412"/>
        <source>The stored file of %1 is damaged (its content no longer matches its checksum). Attach it again, or restore the archive from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="160"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="161"/>
        <source>Due at (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="162"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="177"/>
        <source>The official holidays of this year are not known yet: the deadline assumes Monday to Friday. Import them in Settings → Service plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="197"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="200"/>
        <source>Back up the archive (File → Back up now…, or Settings → Backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="205"/>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="297"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="303"/>
        <source>Breached or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="303"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="304"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="304"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="305"/>
        <source>Everything open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="310"/>
        <source>Filter by case, customer or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="343"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="345"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="368"/>
        <source>Could not compute the deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="376"/>
        <source>%1 breached, %2 due soon — %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="378"/>
        <source>times in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="42"/>
        <source>Filter by person, record type, id or action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/audit.py" line="57"/>
        <source>Every change made through kbdesk is kept here and cannot be edited. Double-click an entry to open the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="245"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="265"/>
        <source>Backing up before closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJobDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="57"/>
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
    <name>CalendarNotice</name>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="26"/>
        <source>Import holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="43"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="44"/>
        <source>Import the published list under “Official holidays” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="45"/>
        <source>Import the published list (a text list or an ICS calendar) in Settings → Service plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/calendar_notice.py" line="48"/>
        <source>The official holidays and make-up working days of %1 are not known yet: deadlines on those days assume Monday to Friday and are marked “estimated”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="83"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="85"/>
        <source>Find the case by its number or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="87"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="91"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="127"/>
        <source>(deleted case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="135"/>
        <source>No case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="165"/>
        <source>Choose a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="170"/>
        <source>Case number or title, e.g. CS-2026-0042 or 磁盘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="192"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="205"/>
        <source>No case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="207"/>
        <source>Showing the newest %1 matches; type more to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_picker.py" line="213"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Similar cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="40"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="41"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="42"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="42"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="45"/>
        <source>Write KB article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="47"/>
        <source>Draft a knowledge-base article from this solved case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="50"/>
        <source>Run runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/cases.py" line="52"/>
        <source>Run one of the case&apos;s linked runbooks (or any other) step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflowPanel</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="135"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="103"/>
        <source>Remaining / result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="104"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="109"/>
        <source>Note for the timeline (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="112"/>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="113"/>
        <source>Progress notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="114"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="227"/>
        <source>Not a fault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="115"/>
        <source>Fault report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="120"/>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="123"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="134"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="139"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="142"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="142"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="143"/>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="143"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="145"/>
        <source>Rectification actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="156"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="206"/>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="206"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="213"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="215"/>
        <source>not a fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="226"/>
        <source>Count as a fault again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="238"/>
        <source>Due at (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="241"/>
        <source>(estimated calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="270"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="284"/>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="290"/>
        <source>Action is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="320"/>
        <source>Escalation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="332"/>
        <source>Progress notice added to the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="343"/>
        <source>Marked not a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="354"/>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_panel.py" line="371"/>
        <source>Counted as a fault again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesWidget</name>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="46"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="47"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="28"/>
        <location filename="../../kbdesk/ui/categories_widget.py" line="48"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="40"/>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="53"/>
        <source>Built-in categories come from the service plan; add your own here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/categories_widget.py" line="80"/>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="137"/>
        <source>The chart could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="134"/>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="131"/>
        <source>The chart could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="115"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="114"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="110"/>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/chart_view.py" line="58"/>
        <location filename="../../kbdesk/ui/chart_view.py" line="76"/>
        <source>No chart for this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="242"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="62"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="65"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="67"/>
        <location filename="../../kbdesk/ui/child_table.py" line="175"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="130"/>
        <source>None yet: use Add… to create the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/child_table.py" line="175"/>
        <source>Delete this %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceChart</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="144"/>
        <source>Response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="144"/>
        <source>Restore met (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="145"/>
        <source>Postmortem on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="156"/>
        <source>No cases in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="194"/>
        <source>Plan, approval or verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="202"/>
        <source>Who wrote, reviewed, approved or verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="204"/>
        <source>The plan, or what was checked and seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="205"/>
        <source>Passed / approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="207"/>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="207"/>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="208"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="38"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="40"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="43"/>
        <source>%1 saved this record (%2) after you opened it, so your save was not made and nothing was lost. For each field, keep their value or yours, then save; or discard your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Theirs (saved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="51"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="74"/>
        <source>Save my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="75"/>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/conflict_dialog.py" line="90"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="47"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="49"/>
        <source>Show it in its own tab, with its files or its attendance list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/customers.py" line="24"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStepsBox</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="51"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="60"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="64"/>
        <source>Customer notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="66"/>
        <source>Plan, approval or verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="68"/>
        <source>Recovery notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="96"/>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="106"/>
        <source>Major fault: tell the customer&apos;s designated contact now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="123"/>
        <source>Notification of the customer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="136"/>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="148"/>
        <source>Recovery notice added to the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="369"/>
        <source>No designated contact for major faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="368"/>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="367"/>
        <source>major-fault contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="367"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="366"/>
        <source>Deadlines of the %1 most recent open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="365"/>
        <source>and %1 more in Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="364"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="364"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="363"/>
        <source>Deadlines due soon or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="362"/>
        <source>Open follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="361"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="361"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="360"/>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="360"/>
        <source>On-site trainings this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="359"/>
        <source>Consultations this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="358"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="358"/>
        <source>Technical manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="357"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="357"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="332"/>
        <source>The dossier could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="322"/>
        <source>older items: Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/dossier_view.py" line="320"/>
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="308"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="242"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="238"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="217"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="204"/>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="192"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="105"/>
        <source>Attitude/business/technical %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="103"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="102"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="72"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="71"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="70"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="69"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="68"/>
        <source>Service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="67"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="66"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="65"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillCompareView</name>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="79"/>
        <source>Actual minutes per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="80"/>
        <source>Total duration per drill: planned against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="81"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="82"/>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="155"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="82"/>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="155"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="83"/>
        <source>No drill of this runbook has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="84"/>
        <source>within plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="85"/>
        <source>over plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="85"/>
        <source>with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="111"/>
        <source>The drills could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="142"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="144"/>
        <source>Last drilled: %1 · next drill due: %2 (every %n month(s))</source>
        <translation>
            <numerusform>Last drilled: %1 · next drill due: %2 (every %n month)</numerusform>
            <numerusform>Last drilled: %1 · next drill due: %2 (every %n months)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="147"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="149"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="156"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="159"/>
        <source>Step (planned min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="160"/>
        <source>(real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_compare_view.py" line="177"/>
        <source>Total: actual / planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRecordView</name>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="41"/>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="42"/>
        <source>starts outside the drill&apos;s date (the drill day or the night after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="44"/>
        <source>ends outside the drill&apos;s date (the drill day or the night after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Planned min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="75"/>
        <source>Actual min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="76"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="93"/>
        <source>Edit the outcome, findings and participants under Details; follow-up actions (owner, due date) under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="112"/>
        <source>Save the drill to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="133"/>
        <source>Could not read the drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="144"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="144"/>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="146"/>
        <source>Planned %1 min, actual %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="148"/>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="151"/>
        <source>The steps say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="153"/>
        <source>Set outcome to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="159"/>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="159"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="168"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_record.py" line="184"/>
        <source>Step %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillReportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="54"/>
        <source>Export drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="62"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="67"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="73"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="78"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_report_export.py" line="98"/>
        <source>Save drill report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRunWindow</name>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="128"/>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="130"/>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="132"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="159"/>
        <source>Note for this step (N), then Enter — saved with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="162"/>
        <source>Done  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="163"/>
        <source>Failed  (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="164"/>
        <source>Skip  (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="169"/>
        <source>Undo last (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="170"/>
        <source>Finish run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="191"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="196"/>
        <source>What went differently from the runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="199"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="207"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="209"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="211"/>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="313"/>
        <source>Finish run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/drill_run.py" line="315"/>
        <source>%n step(s) not answered yet. Finish the run anyway? They count as not reached.</source>
        <translation>
            <numerusform>%n step not answered yet. Finish the run anyway? It counts as not reached.</numerusform>
            <numerusform>%n steps not answered yet. Finish the run anyway? They count as not reached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="332"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="341"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="346"/>
        <source>Not saved: %1 — the screen shows what the archive holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="360"/>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="369"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="383"/>
        <source>All %1 steps answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="384"/>
        <source>Every step has an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="385"/>
        <source>Finish the run to see the drill record (outcome, planned against actual minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="391"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="392"/>
        <source>Step %1 · planned %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="416"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="425"/>
        <source>Command copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="448"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="456"/>
        <source>Overall %1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_run.py" line="466"/>
        <source>This step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="87"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="99"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="102"/>
        <source>Resume run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="33"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="38"/>
        <source>Why is the fault escalated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="40"/>
        <source>Impact as re-assessed now (scope, users, services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="41"/>
        <source>Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="41"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="42"/>
        <source>Impact re-assessment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultReportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="46"/>
        <source>Export fault report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="55"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="60"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="65"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="67"/>
        <source>Screenshots whose file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="74"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="96"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="96"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="97"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/fault_report_export.py" line="98"/>
        <source>Save fault report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="50"/>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="195"/>
        <source>Handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="56"/>
        <source>Only what happened between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="69"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="78"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="83"/>
        <source>Loading customers and products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="86"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="86"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="92"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="93"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="94"/>
        <source>Folder (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="96"/>
        <source>Write package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="101"/>
        <source>Choose customers and/or products. The package holds their case summaries and fault reports, runbooks, KB articles, drills and course materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="119"/>
        <source>Could not read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="149"/>
        <source>Choose at least one customer or one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="152"/>
        <source>Choose a folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="156"/>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="159"/>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="164"/>
        <source>Where to put the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="186"/>
        <source>Writing the handover package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/handover_dialog.py" line="194"/>
        <source>The package is ready in %1. Open the folder?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceChoice</name>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="113"/>
        <source>Archive already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="114"/>
        <source>This archive is already open in another kbdesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="115"/>
        <source>Only one window can edit an archive at a time. You can switch to the open window, or open the archive here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="118"/>
        <source>Opened by process %1 on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="121"/>
        <source>Switch to the open window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="123"/>
        <location filename="../../kbdesk/ui/instance.py" line="150"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="142"/>
        <source>Archive opened on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="143"/>
        <source>This archive was opened by kbdesk on another computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="144"/>
        <source>Process %1 there has held it since %2. If kbdesk is no longer running on %3, take the archive over; otherwise open it read-only, so that two people do not edit it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/instance.py" line="148"/>
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
        <location filename="../../kbdesk/ui/case_tabs.py" line="129"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="132"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="152"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="53"/>
        <source>kbdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="72"/>
        <source>Opening search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="142"/>
        <location filename="../../kbdesk/ui/menus.py" line="97"/>
        <source>Match a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="143"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="144"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="145"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="146"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="147"/>
        <source>Runbooks &amp; drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="149"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="150"/>
        <source>Complaints &amp; surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="151"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="153"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="177"/>
        <source>This kind of record has no section to show it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="222"/>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="239"/>
        <location filename="../../kbdesk/ui/menus.py" line="127"/>
        <source>About kbdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="240"/>
        <source>kbdesk %1
Offline knowledge base and case archive for technical support.
Archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="253"/>
        <source>Search unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="254"/>
        <source>The search index could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="256"/>
        <source>Search ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="258"/>
        <source>The search index was built from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="260"/>
        <source>The search index was brought up to date after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="263"/>
        <source>kbdesk — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="264"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/main_window.py" line="268"/>
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
        <location filename="../../kbdesk/ui/jobs_menu.py" line="32"/>
        <source>Importing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="35"/>
        <source>Import course folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="38"/>
        <source>Importing course files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="42"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="44"/>
        <source>kbdesk export (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="48"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="50"/>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="52"/>
        <source>Checking the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="76"/>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs_menu.py" line="78"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="28"/>
        <source>New archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="32"/>
        <source>Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="38"/>
        <source>Connect to team archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="40"/>
        <source>Recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="45"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="50"/>
        <source>Import spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="55"/>
        <source>Import runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="58"/>
        <source>Import course folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="62"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="67"/>
        <source>Handover package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="73"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="76"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="81"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="88"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="91"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="93"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="103"/>
        <source>Export fault report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="108"/>
        <source>Rebuild search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="112"/>
        <source>Check archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="115"/>
        <source>Skipped files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="118"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="119"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="123"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/menus.py" line="125"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="51"/>
        <source>Welcome! This is a demo archive: paste a fault under “Match a fault”, or press Ctrl+K to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="118"/>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="134"/>
        <source>Choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="142"/>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/app.py" line="147"/>
        <source>This archive is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="72"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="77"/>
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
        <location filename="../../kbdesk/ui/match_panel.py" line="34"/>
        <source>&lt;b&gt;Match a fault&lt;/b&gt; — paste what the customer reported: the description, error messages, log lines or a stack trace, in Chinese or English. kbdesk shows the most similar past cases with their resolutions, and the articles and runbooks that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="41"/>
        <source>e.g. 应用连接 RDS 报错 ERROR 1040 (HY000): Too many connections，高峰期订单接口超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="43"/>
        <source>Solved cases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="46"/>
        <source>Try an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="48"/>
        <source>Fill in a real-looking fault to see how matching works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="50"/>
        <source>Match (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="66"/>
        <location filename="../../kbdesk/ui/match_panel.py" line="116"/>
        <source>Results appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="101"/>
        <source>客户反馈：订单服务高峰期大量报错，应用日志：
com.mysql.cj.jdbc.exceptions.CommunicationsException
ERROR 1040 (HY000): Too many connections
RDS MySQL 实例连接数打满，下单接口超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="120"/>
        <source>Matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="130"/>
        <source>Marked as not relevant for this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="145"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_panel.py" line="152"/>
        <source>%n similar case(s)</source>
        <translation>
            <numerusform>%n similar case</numerusform>
            <numerusform>%n similar cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_panel.py" line="161"/>
        <source>Matching failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchResultsView</name>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="83"/>
        <source>Key terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="84"/>
        <source>Similar cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="84"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="85"/>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="91"/>
        <source>Nothing similar found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="102"/>
        <source>solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="109"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="76"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="111"/>
        <source>Same fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="111"/>
        <source>Solved this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="116"/>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="119"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_view.py" line="127"/>
        <source>%n more like this</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="133"/>
        <source>same resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="134"/>
        <source>near-identical text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="154"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="166"/>
        <source>same error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="169"/>
        <source>shared terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="171"/>
        <source>similar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="173"/>
        <source>same product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="175"/>
        <source>same customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="178"/>
        <source>confirmed same fault as %1, linked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="179"/>
        <source>confirmed same fault as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/match_view.py" line="184"/>
        <source>solved %n similar case(s)</source>
        <translation>
            <numerusform>solved %n similar case</numerusform>
            <numerusform>solved %n similar cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/match_view.py" line="189"/>
        <source>in attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialFilesPanel</name>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="36"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="37"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="39"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="40"/>
        <location filename="../../kbdesk/ui/material_files.py" line="192"/>
        <source>Store a new version of this file; the old one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="67"/>
        <source>v%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="70"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="107"/>
        <source>Replace with a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="122"/>
        <source>%1 replaced; the earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="138"/>
        <location filename="../../kbdesk/ui/material_files.py" line="144"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="148"/>
        <source>No preview for this type of file; use Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="155"/>
        <source>PDF document, %1. Its pages cannot be shown here (this build has no PDF viewer); use Open to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="159"/>
        <source>Its text has not been extracted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="161"/>
        <source>It gave no text (encrypted, scanned or damaged?): Tools → Skipped files… says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="164"/>
        <source>Extracted text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="190"/>
        <source>An earlier version: select the current one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/material_files.py" line="194"/>
        <source>No files yet. Drop the slides, handouts or videos here, or use Add…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="68"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAFaultDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="108"/>
        <source>Not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="111"/>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="111"/>
        <source>User&apos;s own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="112"/>
        <source>Problem on the customer&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="115"/>
        <source>Why is this not a fault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="116"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="117"/>
        <source>The case leaves the fault statistics and owes only the first response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="59"/>
        <source>Progress notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="68"/>
        <source>Next update at (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="80"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="80"/>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="81"/>
        <source>Actions taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="82"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_workflow_dialogs.py" line="83"/>
        <source>Save to timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="170"/>
        <source>Customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="174"/>
        <source>major-fault contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="176"/>
        <source>Someone else (type the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="178"/>
        <source>Name, when not a listed contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="183"/>
        <source>What the customer was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="184"/>
        <source>Who was told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="184"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="185"/>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="185"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialHolidaysBox</name>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="23"/>
        <source>Official holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="29"/>
        <source>When the State Council publishes next year&apos;s holidays, import them: a text file with one date a line and “holiday” or “workday” (休 / 班, 调休), ranges allowed, or an ICS calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="35"/>
        <source>Import holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="53"/>
        <source>Built in: %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="55"/>
        <source>Imported: %1 — holidays: %2, make-up working days: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="63"/>
        <source>Import official holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="64"/>
        <source>Holiday lists (*.txt *.ics *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="78"/>
        <source>Imported the official calendar of %1 — holidays: %2, make-up working days: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/holiday_import.py" line="86"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSettingsWidget</name>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="77"/>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="85"/>
        <source>Use the official calendar (statutory holidays and make-up days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="93"/>
        <source>One date a line, e.g. 2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="96"/>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="97"/>
        <source>Working hours from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="97"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="98"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="99"/>
        <source>Response and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="100"/>
        <source>First response, reported in working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="101"/>
        <source>First response, reported outside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="102"/>
        <source>Restore a major fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="103"/>
        <source>Analysis and solution of a major fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="104"/>
        <source>Counts as due soon in the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="105"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="106"/>
        <source>Duty lead, at once (within):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="107"/>
        <source>GOC when nobody took it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="108"/>
        <source>GOC when there is no progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="109"/>
        <source>Postmortem and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="110"/>
        <source>Short deadline for levels 1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="111"/>
        <source>Postmortem, short deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="112"/>
        <source>Postmortem, other levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="113"/>
        <source>Action due soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="113"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="114"/>
        <source>Customer quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="115"/>
        <source>Consultations per quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="116"/>
        <source>On-site trainings per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="117"/>
        <source>Drill each runbook every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="117"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="119"/>
        <source>Extra days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="120"/>
        <source>Extra holidays (company days off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="121"/>
        <source>Extra working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="137"/>
        <source>Stored in this archive&apos;s settings.json; applies to every user of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="183"/>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="186"/>
        <source>“%1” is not a time zone name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/plan_settings.py" line="190"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="82"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="88"/>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/jobs.py" line="92"/>
        <source>Could not start the background process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="116"/>
        <source>one command per block; a blank line starts the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="137"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="180"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/record_form.py" line="233"/>
        <source>Required: choose a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/sections/record_section.py" line="430"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="91"/>
        <source>Filter this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="98"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="100"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="133"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="135"/>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="137"/>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="348"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="155"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="169"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="236"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="311"/>
        <source>Your changes were discarded; showing the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="321"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="335"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="339"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="349"/>
        <source>Delete %1?
Records that belong to it (timeline, steps, attachments, links) are deleted with it; the audit trail keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="360"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="360"/>
        <source>Also removed or unlinked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/record_section.py" line="366"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryNoticeDialog</name>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="217"/>
        <source>Recovery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="222"/>
        <source>e.g. the fault report follows within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="223"/>
        <source>The notice needs both verifications recorded as passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="225"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/customer_steps_box.py" line="225"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportForm</name>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="62"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="70"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="71"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="72"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/report_export_form.py" line="74"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="302"/>
        <source>The table could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="299"/>
        <source>Table saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="288"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="287"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="278"/>
        <source>Could not compute the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="260"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="222"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="218"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="183"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="182"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="181"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="181"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="180"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="180"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="157"/>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="154"/>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="137"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="137"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="136"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="120"/>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="120"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="119"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="118"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="115"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="114"/>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="114"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="113"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="113"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="112"/>
        <source>Response and recovery times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/reports.py" line="112"/>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="64"/>
        <source>kbdesk backup (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="94"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="98"/>
        <source>The backup is checked completely (every checksum, the database, every attachment) and restored into a new folder; the open archive is not touched. The search index is rebuilt for the restored archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="108"/>
        <source>a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="110"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="111"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="121"/>
        <source>Verify and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="124"/>
        <source>Open the restored archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="142"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="151"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="159"/>
        <source>Choose a new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="166"/>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="169"/>
        <source>Verifying and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="185"/>
        <source>Restored into %1: every checksum, the database and every attachment were verified and the search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/backup_jobs.py" line="191"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="137"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLauncher</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="166"/>
        <source>“%1” has no steps yet: add them under Runbook steps, then run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="207"/>
        <source>This archive has no runbooks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="222"/>
        <source>%1 more runs are unfinished; Attention lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="229"/>
        <source>Unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="232"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="234"/>
        <source>Start a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="235"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="235"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="240"/>
        <source>A run of “%1” started %2 is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="245"/>
        <source>It stopped at step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="247"/>
        <source>Resume it where it stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="266"/>
        <source>Run finished: here is its drill record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="275"/>
        <source>Could not start the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="280"/>
        <source>Run runbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookImportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="58"/>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="76"/>
        <source>Import runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="59"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="112"/>
        <source>Could not place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="117"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="138"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="155"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="186"/>
        <source>Import %n runbook(s)</source>
        <translation>
            <numerusform>Import %n runbook</numerusform>
            <numerusform>Import %n runbooks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="192"/>
        <source>Check the steps, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="193"/>
        <source>%n file(s) cannot be imported (no steps found or not readable).</source>
        <translation>
            <numerusform>%n file cannot be imported (no steps found or not readable).</numerusform>
            <numerusform>%n files cannot be imported (no steps found or not readable).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="196"/>
        <source>The runbooks could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="232"/>
        <source>No steps found: steps are numbered or bulleted lists, or sections with commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="233"/>
        <source>%n step(s) recognised</source>
        <translation>
            <numerusform>%n step recognised</numerusform>
            <numerusform>%n steps recognised</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="236"/>
        <source>preconditions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="238"/>
        <source>%n part(s) could not be placed (listed below; they are not imported)</source>
        <translation>
            <numerusform>%n part could not be placed (listed below; it is not imported)</numerusform>
            <numerusform>%n parts could not be placed (listed below; they are not imported)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="246"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="279"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/runbook_import_dialog.py" line="286"/>
        <source>Imported %n runbook(s).</source>
        <translation>
            <numerusform>Imported %n runbook.</numerusform>
            <numerusform>Imported %n runbooks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookPicker</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="90"/>
        <source>Run a runbook for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="96"/>
        <source>linked to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="107"/>
        <source>Runbooks linked to the case are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookSection</name>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="38"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="46"/>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="48"/>
        <source>Run this runbook step by step, as a drill or for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/runbooks.py" line="71"/>
        <source>A run of this runbook started %1 is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="36"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="43"/>
        <source>Search everything: words, &quot;a phrase&quot;, ORA-12170, type:case, -exclude, date:2026-03…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="121"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="127"/>
        <source>%1 of %2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="135"/>
        <source>in attachment %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="142"/>
        <source>No record contains all the words; showing records with any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="144"/>
        <source>An unmatched quote was closed at the end of the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="146"/>
        <source>Parentheses are not supported and were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="148"/>
        <source>Only exclusions given: searched every record except those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="155"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="167"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/search_dialog.py" line="229"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="100"/>
        <source>No attendance list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="102"/>
        <source>%1 of %2 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="104"/>
        <source> · average score %1 from %n rating(s)</source>
        <translation>
            <numerusform> · average score %1 from %n rating</numerusform>
            <numerusform> · average score %1 from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="107"/>
        <source> · %n comment(s)</source>
        <translation>
            <numerusform> · %n comment</numerusform>
            <numerusform> · %n comments</numerusform>
        </translation>
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
        <location filename="../../kbdesk/ui/case_tabs.py" line="222"/>
        <source>Save the case to see similar ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="224"/>
        <source>Looking for similar cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="239"/>
        <source>Linked as the same fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="239"/>
        <source>Linked as solving this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="254"/>
        <source>Marked as not relevant for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="269"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="34"/>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="37"/>
        <source>These attached files gave no text, so search and fault matching cannot see inside them. Pictures are not read (no OCR). After an update of kbdesk, extract them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="43"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="55"/>
        <source>Extract selected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="58"/>
        <source>Extract all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/skipped_files.py" line="92"/>
        <source>%n file(s) gave no text.</source>
        <translation>
            <numerusform>%n file gave no text.</numerusform>
            <numerusform>%n files gave no text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="96"/>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="100"/>
        <source>no text in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="101"/>
        <source>image: not read (no OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="102"/>
        <source>encrypted (needs a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="103"/>
        <source>no text layer (scanned?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="104"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="105"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="106"/>
        <source>took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="107"/>
        <source>type not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/skipped_files.py" line="108"/>
        <source>extraction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/skipped_files.py" line="125"/>
        <source>Extracting %n file(s) again…</source>
        <translation>
            <numerusform>Extracting %n file again…</numerusform>
            <numerusform>Extracting %n files again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaModel</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="92"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="93"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="94"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="95"/>
        <source>Response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="95"/>
        <source>Restore met (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="96"/>
        <source>Postmortem on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Response p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="97"/>
        <source>Response p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="98"/>
        <source>Recovery p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="98"/>
        <source>Recovery p90</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaView</name>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="54"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="237"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="238"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="238"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="242"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="243"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="243"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="252"/>
        <source>Cases marked not a fault are left out; measures not yet due are left out of their percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="254"/>
        <source>Dates and months are counted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="274"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="274"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="275"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="275"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/sla_view.py" line="322"/>
        <source>Could not compute the SLA figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="44"/>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="54"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="70"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="70"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="76"/>
        <source>Which column fills which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="89"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="101"/>
        <source>For rows whose column is empty or not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="113"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="140"/>
        <source>from the file&apos;s byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="140"/>
        <source>valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="141"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="141"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="142"/>
        <source>Read as %1 (%2). If the text below looks garbled, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="152"/>
        <source>Sheets in the workbook: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="169"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="202"/>
        <source>Choose the column that holds the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/spreadsheet_import.py" line="205"/>
        <source>Choose the customer column, or a customer for every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRunDialog</name>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="45"/>
        <source>Run runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="50"/>
        <source>%1 steps, %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="51"/>
        <source>Drill (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="53"/>
        <source>Real incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="61"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="63"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="65"/>
        <source>Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/drill_launch.py" line="67"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="33"/>
        <source>Connect to team archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="41"/>
        <source>empty: from the system keyring or PGPASSFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="42"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="43"/>
        <source>Each person logs in as their own database user; this desktop keeps its own search index of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="47"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="48"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="51"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="63"/>
        <source>Type an address such as postgresql://user@host/kbdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="68"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/team_connect.py" line="87"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZone</name>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="46"/>
        <source>Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="49"/>
        <source>Hong Kong time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="50"/>
        <source>Singapore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="51"/>
        <source>Tokyo time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="52"/>
        <source>London time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="53"/>
        <source>Berlin time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="54"/>
        <source>New York time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/formatting.py" line="55"/>
        <source>Los Angeles time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="135"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/dossier_view.py" line="134"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="38"/>
        <source>Add a note to the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="40"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="77"/>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/case_tabs.py" line="89"/>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlanView</name>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="138"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="157"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="162"/>
        <source>The training plan could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Held / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="167"/>
        <source>Expected by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="168"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="168"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbdesk/ui/training_plan_view.py" line="194"/>
        <source>On-site trainings %1: quota %2 per customer a year; %n customer(s) behind plan.</source>
        <translation>
            <numerusform>On-site trainings %1: quota %2 per customer a year; %n customer behind plan.</numerusform>
            <numerusform>On-site trainings %1: quota %2 per customer a year; %n customers behind plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="197"/>
        <source>Each month shows held / planned on-site sessions. Red: fewer held than the share of the quota for the part of the year gone by. Yellow: not enough sessions planned to meet the quota. The quota is set in Settings → Service plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="202"/>
        <source>Behind plan: %1 held, %2 expected by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="203"/>
        <source>On track: %1 held, %2 expected by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/training_plan_view.py" line="222"/>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="216"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/versions_dialog.py" line="216"/>
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
        <location filename="../../kbdesk/ui/sections/attention.py" line="64"/>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="65"/>
        <source>Restore service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="66"/>
        <source>Analysis and solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="67"/>
        <source>Escalate to duty lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="68"/>
        <source>GOC: nobody took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="69"/>
        <source>GOC: no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="70"/>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="71"/>
        <source>Rectification action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="72"/>
        <source>Quarterly consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="73"/>
        <source>On-site trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="74"/>
        <source>Runbook drill due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="75"/>
        <source>Unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="76"/>
        <source>Archive backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="77"/>
        <source>Tell the customer (major fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="83"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="83"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="84"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="84"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="94"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="96"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="97"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="104"/>
        <source>done, %1 to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="105"/>
        <source>done %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="108"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/sections/attention.py" line="109"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="20"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="21"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="22"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="23"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="24"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="25"/>
        <source>Runbook step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="26"/>
        <location filename="../../kbdesk/ui/labels.py" line="116"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="27"/>
        <source>Drill step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="28"/>
        <source>Follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="29"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="30"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="31"/>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="32"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="33"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="34"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="35"/>
        <source>Service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="36"/>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="37"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="40"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="42"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="43"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="44"/>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="45"/>
        <source>Article version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="48"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="49"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="50"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="51"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="52"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="55"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="56"/>
        <source>Pre-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="57"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="58"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="59"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="60"/>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="61"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="64"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="65"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="66"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="69"/>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="70"/>
        <source>Progress notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="72"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="92"/>
        <source>Duty lead (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="93"/>
        <source>GOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="82"/>
        <location filename="../../kbdesk/ui/labels.py" line="96"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="97"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="78"/>
        <location filename="../../kbdesk/ui/labels.py" line="98"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="38"/>
        <source>Customer notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="39"/>
        <location filename="../../kbdesk/ui/labels.py" line="74"/>
        <source>Plan, approval or verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="41"/>
        <source>Match feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="73"/>
        <source>Customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="75"/>
        <source>Recovery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="79"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="80"/>
        <location filename="../../kbdesk/ui/labels.py" line="99"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="81"/>
        <source>Instant message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="85"/>
        <source>Recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="86"/>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="87"/>
        <source>Customer approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="88"/>
        <source>Vendor technical verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="89"/>
        <source>Customer business verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="100"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="101"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="104"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="105"/>
        <source>Remote session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="106"/>
        <source>Technical consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="107"/>
        <source>Technology briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="108"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="111"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="112"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="113"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="117"/>
        <source>Real execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="120"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="121"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="122"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="125"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="126"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="129"/>
        <source>Done</source>
        <comment>drill step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="130"/>
        <source>Failed</source>
        <comment>drill step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="131"/>
        <source>Skipped</source>
        <comment>drill step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="134"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="135"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="136"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="137"/>
        <location filename="../../kbdesk/ui/labels.py" line="151"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="143"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="144"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="145"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="146"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="149"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="150"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="154"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="155"/>
        <source>Solved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="156"/>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="157"/>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="160"/>
        <source>Same fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="161"/>
        <source>Solved the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="162"/>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="165"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="166"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="167"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="168"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="172"/>
        <source>Open</source>
        <comment>complaint not yet closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="173"/>
        <source>Closed</source>
        <comment>complaint closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="176"/>
        <source>Operation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="177"/>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="178"/>
        <source>OS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="179"/>
        <source>Purchased-software problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="291"/>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="293"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="298"/>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="299"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="305"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="306"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="307"/>
        <source>PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="308"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="309"/>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="310"/>
        <source>Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="311"/>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="312"/>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="313"/>
        <source>Compressed archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="346"/>
        <source>Action</source>
        <comment>audit trail: what was done to the record (created, changed, deleted)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="348"/>
        <location filename="../../kbdesk/ui/labels.py" line="350"/>
        <source>Action</source>
        <comment>runbook step: what the engineer does in this step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="352"/>
        <source>Run</source>
        <comment>drill: under way or finished</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="353"/>
        <source>Result</source>
        <comment>drill step: done, failed or skipped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="360"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="361"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="362"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="363"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="364"/>
        <source>Phenomenon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="365"/>
        <source>Business impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="366"/>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="367"/>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="368"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="369"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="370"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="371"/>
        <source>Error messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="372"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="373"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="374"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="375"/>
        <source>Fault level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="376"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="377"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="378"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="379"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="380"/>
        <source>Workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="381"/>
        <source>Not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="382"/>
        <source>Why not a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="383"/>
        <source>Responded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="384"/>
        <source>Recovered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="385"/>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="386"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="387"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="388"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="389"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="390"/>
        <source>Technical manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="391"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="392"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="393"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="394"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="395"/>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="396"/>
        <source>Source case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="397"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="398"/>
        <source>Section</source>
        <comment>course material: the part of the course (subfolder)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="399"/>
        <source>Replaces</source>
        <comment>attachment: the earlier version this file replaced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="400"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="401"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="402"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="403"/>
        <source>Preconditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="404"/>
        <source>Drill every (months)</source>
        <comment>runbook: its own drill interval; empty follows the service plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="406"/>
        <source>Phase</source>
        <comment>runbook step: the heading it stands under</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="407"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="408"/>
        <source>Linked systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="409"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="410"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="411"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="412"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="413"/>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="414"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="415"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="416"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="417"/>
        <source>Duration (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="418"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="419"/>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="420"/>
        <source>Held date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="421"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="422"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="423"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="424"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="425"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="426"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="427"/>
        <source>About whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="428"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="429"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="430"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="431"/>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="432"/>
        <source>Business level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="433"/>
        <source>Technical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="434"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="435"/>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="436"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="437"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="438"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="439"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="440"/>
        <source>Designated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="441"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="442"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="443"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="444"/>
        <source>Times saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="445"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="446"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="447"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="451"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="452"/>
        <source>Position</source>
        <comment>order of a step in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="453"/>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="454"/>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="455"/>
        <source>Estimated minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="456"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="457"/>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="458"/>
        <source>Ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="459"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="460"/>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="461"/>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="462"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="463"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="464"/>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="465"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="466"/>
        <source>Impact re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="467"/>
        <source>Escalated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="468"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="469"/>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="470"/>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="471"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="472"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="473"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="474"/>
        <source>From status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="475"/>
        <source>To status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="476"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="477"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="478"/>
        <source>Source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="479"/>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="480"/>
        <source>Target record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="481"/>
        <source>Pasted text key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="482"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="483"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="484"/>
        <source>Made the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="485"/>
        <source>Attached to (type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="486"/>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="487"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="488"/>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="489"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="490"/>
        <source>Checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="491"/>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="492"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="493"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="494"/>
        <source>Edited at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="495"/>
        <source>Edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="496"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="497"/>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="498"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="499"/>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="448"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="449"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/labels.py" line="450"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="16"/>
        <source>ends before it starts; check the end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="18"/>
        <source>starts outside the drill&apos;s date (the drill day or the night after); check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kbdesk/ui/problem_words.py" line="20"/>
        <source>ends outside the drill&apos;s date (the drill day or the night after); check the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
