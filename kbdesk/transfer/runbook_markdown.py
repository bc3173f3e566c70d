"""Runbooks from vendor Markdown, and back to Markdown.

Documentation is read the way teams write it: headings name the phases
(前提条件 / 操作步骤 / 回滚 / Prerequisites / Rollback …), every top-level list
item is a step, a section without a list but with a code block (or a heading
such as "第 1 步" / "Step 2") is one step, fenced blocks are the step's
commands, labelled paragraphs ("预期结果：" / "Expected:" / "回滚：" /
"Rollback:") fill the expected result and the rollback, notes and warnings
stay with their step. What fits nowhere is listed in ``unplaced`` so the user
sees it before saving.

The document is parsed with markdown-it-py (CommonMark plus tables); only
the words inside one paragraph are matched with regular expressions.
:func:`~kbdesk.transfer.runbook_markdown_export.runbook_to_markdown` writes
the layout the parser reads, so a runbook round-trips.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ..errors import ImportRejected
from .text_encoding import decode_text

MAX_FILE_BYTES = 5 * 1024 * 1024

PREREQ_WORDS = ("前提条件", "前置条件", "先决条件", "准备工作", "准备", "环境要求", "要求", "前提",
                "prerequisite", "requirements", "before you begin", "preparation")
ROLLBACK_WORDS = ("回滚", "回退", "rollback", "roll back", "backout", "back out", "revert", "undo")
OVERVIEW_WORDS = ("概述", "简介", "背景", "介绍", "概览", "适用场景", "使用场景", "overview",
                  "introduction", "background", "about", "scope", "purpose", "when to use")
EXPECTED_LABELS = ("预期结果", "预期输出", "期望结果", "预期", "检查结果", "验证结果", "验证",
                   "expected results", "expected result", "expected output", "expected", "verify",
                   "verification", "result")
ROLLBACK_LABELS = ("回滚步骤", "回滚", "回退", "rollback", "roll back", "undo")
NOTE_LABELS = ("注意", "说明", "提示", "警告", "重要", "注", "note", "warning", "caution", "important",
               "tip", "danger", "info")

# "第 1 步" / "步骤 2" / "Step 3" / "4." / "4.1 " / "5、": a step's number (not "2024 年").
_STEP_PREFIX = re.compile(
    r"^\s*(?:(?:第\s*[0-9一二三四五六七八九十百]+\s*步|步骤\s*[0-9一二三四五六七八九十百]+|step\s*\d+)"
    r"\s*[:：.、)）\-–—]?|\d{1,2}(?:\.\d{1,2})*(?:[.、)）:：]|\s))\s*", re.IGNORECASE)
_BOLD = r"(?:\*\*|__)?"
_ALERT = re.compile(r"^\[!(\w+)\]\s*", re.IGNORECASE)  # GitHub alerts: > [!WARNING]
_TRAILING_ESTIMATE = re.compile(
    r"\s*[（(]\s*(?:约|大约|预计|~|≈|about|approx\.?)?\s*(\d+)\s*(?:(?:-|~|–|到|至)\s*(\d+)\s*)?"
    r"(分钟|min|mins|minutes)\s*[)）]\s*([。.:：;；]?)\s*$", re.IGNORECASE)
_ESTIMATE = re.compile(
    r"(?:约|大约|预计|耗时|需要|需|~|≈|[(（]|about|approximately|approx\.?|takes?|allow)\s*(\d+)\s*"
    r"(?:(?:-|~|–|到|至)\s*(\d+)\s*)?(分钟|小时|minutes?\b|mins?\b|hours?\b|h\b)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


@dataclass
class DraftStep:
    phase: str
    action: str
    expected_result: str = ""
    rollback: str = ""
    estimated_minutes: int | None = None  # None: the text does not say
    commands: list[str] = field(default_factory=list)


@dataclass
class Unplaced:
    section: str  # the heading it stood under ("" before any heading)
    text: str  # the start of the text, for the user to find it


@dataclass
class RunbookDraft:
    """What was recognised in one Markdown file, before anything is saved."""

    source: str
    title: str
    kind: str  # backup | recovery | emergency (a guess from the title)
    summary: str = ""
    preconditions: str = ""
    steps: list[DraftStep] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


# --- reading ---------------------------------------------------------------


def read_runbook_file(path: Path) -> RunbookDraft:
    """Parse one Markdown file; ImportRejected when it cannot be read as text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(str(path), [(0, f"the file is {size // 1024} KiB; a runbook file may be "
                                                 f"at most {MAX_FILE_BYTES // 1024 // 1024} MiB")])
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(str(path), [(0, f"cannot read the file ({exc.strerror or exc})")]) from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(str(path), [(0, "this is not a text file; choose a Markdown (.md) file")])
    text = decode_text(data, str(path)).text
    return parse_runbook_markdown(text, source=path.name, fallback_title=path.stem)


def parse_runbook_markdown(text: str, source: str = "", fallback_title: str = "") -> RunbookDraft:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_title, text = _front_matter(text)
    lines = text.split("\n")
    md = MarkdownIt("commonmark").enable("table")
    root = SyntaxTreeNode(md.parse(text))
    reader = _Reader(lines)
    reader.read(root.children)
    title = front_title or reader.title or fallback_title or "Runbook"
    draft = RunbookDraft(
        source=source, title=title, kind=guess_kind(title),
        summary="\n\n".join(reader.summary), preconditions="\n\n".join(reader.preconditions),
        steps=reader.steps, unplaced=reader.unplaced,
    )
    return draft


def guess_kind(title: str) -> str:
    low = title.lower()
    if any(w in low for w in ("应急", "故障", "emergency", "incident", "failover", "切换")):
        return "emergency"
    if any(w in low for w in ("恢复", "还原", "restore", "recovery", "recover", "pitr")):
        return "recovery"
    if any(w in low for w in ("备份", "backup", "snapshot", "快照")):
        return "backup"
    return "recovery"


def _front_matter(text: str) -> tuple[str, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return "", text
    title = ""
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "title":
            title = value.strip().strip("'\"")
    return title, text[m.end():]


@dataclass
class _Section:
    level: int
    heading: str
    kind: str  # intro | prereq | rollback | overview | procedure
    nodes: list = field(default_factory=list)
    subsections: bool = False  # a deeper heading followed


class _Reader:
    """Walks the top-level blocks section by section."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.title = ""
        self.summary: list[str] = []
        self.preconditions: list[str] = []
        self.steps: list[DraftStep] = []
        self.unplaced: list[Unplaced] = []
        self._context: list[_Section] = []  # enclosing sections, outermost first
        self._pending: list[tuple[_Section, list]] = []  # section intros waiting for a step
        self._step_sections: list[_Section] = []  # the section each step came from

    def read(self, nodes: list) -> None:
        section = _Section(0, "", "intro")
        sections = [section]
        for node in nodes:
            if node.type == "heading":
                level = int(node.tag[1])
                heading = _inline_text(node)
                if level == 1 and not self.title and not any(s.nodes for s in sections):
                    self.title = heading
                    continue
                section.subsections = False
                section = _Section(level, heading, _classify(heading))
                sections.append(section)
            else:
                section.nodes.append(node)
        for i, sec in enumerate(sections):
            following = sections[i + 1] if i + 1 < len(sections) else None
            sec.subsections = following is not None and following.level > sec.level > 0
            self._section(sec)
        self._close_pending(0)

    # --- sections ----------------------------------------------------------

    def _section(self, sec: _Section) -> None:
        self._close_pending(sec.level)
        while self._context and self._context[-1].level >= sec.level:
            self._context.pop()
        inherited = next((s.kind for s in reversed(self._context) if s.kind in ("prereq", "rollback",
                                                                                 "overview")), None)
        kind = inherited or sec.kind
        if kind == "prereq":
            self.preconditions += self._sources(sec, with_heading=bool(inherited))
        elif kind == "rollback":
            self._rollback_section(sec, with_heading=bool(inherited))
        elif kind in ("overview", "intro"):
            self._intro_section(sec, kind)
        else:
            self._procedure_section(sec)
        if sec.level > 0:
            self._context.append(sec)

    def _sources(self, sec: _Section, with_heading: bool) -> list[str]:
        out = [f"{'#' * sec.level} {sec.heading}"] if with_heading and sec.heading else []
        out += [self._source(n) for n in sec.nodes if not _ignorable(n)]
        return [t for t in out if t]

    def _rollback_section(self, sec: _Section, with_heading: bool) -> None:
        nodes = [n for n in sec.nodes if not _ignorable(n)]
        if not nodes and not with_heading:
            return
        if not self.steps:
            self.unplaced += [Unplaced(sec.heading, _clip(self._source(n))) for n in nodes]
            return
        filler = _Filler(self, self.steps[-1])
        filler.mode = "rollback"
        if with_heading:
            filler.rollback.append(sec.heading)
        for node in nodes:
            filler.add(node)

    def _intro_section(self, sec: _Section, kind: str) -> None:
        for node in sec.nodes:
            if node.type in ("bullet_list", "ordered_list") and kind == "intro":
                self._list_steps(sec, node)
            elif not _ignorable(node):
                text = self._source(node)
                if self.steps and kind == "intro" and node.type in ("fence", "code_block"):
                    self.steps[-1].commands.append(_fence_content(node))
                elif text:
                    self.summary.append(text)

    def _procedure_section(self, sec: _Section) -> None:
        has_list = any(n.type in ("bullet_list", "ordered_list") for n in sec.nodes)
        has_code = any(n.type in ("fence", "code_block") for n in sec.nodes)
        numbered = bool(_STEP_PREFIX.match(sec.heading)) and not sec.subsections
        if not has_list and (has_code or numbered):
            self._heading_step(sec)
            return
        intro: list = []
        for node in sec.nodes:
            if node.type in ("bullet_list", "ordered_list"):
                if intro:
                    self._pending.append((sec, intro))
                    intro = []
                self._list_steps(sec, node)
            elif _ignorable(node):
                continue
            elif self._steps_of(sec):
                _Filler(self, self.steps[-1]).add(node)
            else:
                intro.append(node)
        if intro:
            if sec.subsections:
                self._pending.append((sec, intro))
            else:
                self.unplaced += [Unplaced(sec.heading, _clip(self._source(n))) for n in intro]

    def _steps_of(self, sec: _Section) -> bool:
        return bool(self.steps) and self._step_sections[-1] is sec

    def _heading_step(self, sec: _Section) -> None:
        action = _STEP_PREFIX.sub("", sec.heading, count=1).strip() or sec.heading
        # "## 第 1 步" at the top is a step of no phase; "## 备份数据" with a command is its own phase.
        own = "" if _STEP_PREFIX.match(sec.heading) else sec.heading
        filler = self._new_step(sec, self._phase() or own, action)
        for node in sec.nodes:
            if not _ignorable(node):
                filler.add(node)
        filler.finish()

    def _list_steps(self, sec: _Section, node) -> None:
        phase = sec.heading if sec.level > 0 else self._phase()
        for item in node.children:
            first, *rest = item.children or [None]
            action = _inline_text(first) if first is not None and first.type == "paragraph" else ""
            filler = self._new_step(sec, phase, action)
            for child in ([first] if first is not None and not action else []) + rest:
                filler.add(child)
            filler.finish()

    def _new_step(self, sec: _Section, phase: str, action: str) -> _Filler:
        step = DraftStep(phase=phase, action=action)
        self.steps.append(step)
        self._step_sections.append(sec)  # blocks after the list still belong to this step
        filler = _Filler(self, step)
        # Section intros waiting above (a phase's opening paragraphs) go with its first step.
        for _, nodes in self._pending:
            for node in nodes:
                filler.add(node)
        self._pending.clear()
        return filler

    def _phase(self) -> str:
        return self._context[-1].heading if self._context else ""

    def _close_pending(self, level: int) -> None:
        """Intros of sections that ended without a step cannot be placed."""
        keep = []
        for sec, nodes in self._pending:
            if sec.level >= level:
                self.unplaced += [Unplaced(sec.heading, _clip(self._source(n))) for n in nodes]
            else:
                keep.append((sec, nodes))
        self._pending = keep

    def _source(self, node) -> str:
        start, end = node.map
        return textwrap.dedent("\n".join(self.lines[start:end])).strip()


class _Filler:
    """Places the blocks of one step: action, commands, expected result, rollback."""

    def __init__(self, reader: _Reader, step: DraftStep):
        self.reader = reader
        self.step = step
        self.action = [step.action] if step.action else []
        self.expected = [step.expected_result] if step.expected_result else []
        self.rollback = [step.rollback] if step.rollback else []
        self.mode = "action"  # "expected" only for the code right after an expected label

    def add(self, node) -> None:
        kind = node.type
        if kind == "paragraph":
            self._paragraph(_inline_text(node))
        elif kind in ("fence", "code_block"):
            code = _fence_content(node)
            if self.mode == "rollback":
                self.rollback.append(_fenced(node))
            elif self.mode == "expected":
                self.expected.append(_fenced(node))
            else:
                self.step.commands.append(code)
            self._write()
            return
        elif kind == "blockquote":
            self._target().append(_note(node))
        elif kind in ("bullet_list", "ordered_list"):
            self._target().append(self._sub_list(node, 0))
        else:
            self._target().append(self.reader._source(node))
        if self.mode == "expected":
            self.mode = "action"
        self._write()

    def finish(self) -> None:
        self._write()
        self.step.estimated_minutes = _estimate(self.step)

    def _paragraph(self, text: str) -> None:
        label, rest = _label(text, ROLLBACK_LABELS)
        if label and self.mode != "rollback":
            self.mode = "rollback"
            if rest:
                self.rollback.append(rest)
            return
        label, rest = _label(text, EXPECTED_LABELS)
        if label and self.mode != "rollback":
            if rest:
                self.expected.append(rest)
            self.mode = "expected"
            return
        label, rest = _label(text, NOTE_LABELS)
        if label:
            self._target().append(f"> **{label}:** {_one_line(rest)}".rstrip())
            return
        self._target().append(text)

    def _target(self) -> list[str]:
        return self.rollback if self.mode == "rollback" else self.action

    def _sub_list(self, node, depth: int) -> str:
        """Nested items stay in the step's text; their code blocks join the commands."""
        out = []
        ordered = node.type == "ordered_list"
        start = int(node.attrs.get("start", 1)) if ordered else 1
        for n, item in enumerate(node.children, start):
            marker = f"{n}. " if ordered else "- "
            words, nested = [], []
            for child in item.children:
                if child.type == "paragraph":
                    words.append(_one_line(_inline_text(child)))
                elif child.type in ("fence", "code_block"):
                    if self.mode == "rollback":
                        words.append(f"`{_one_line(_fence_content(child))}`")
                    else:
                        self.step.commands.append(_fence_content(child))
                elif child.type in ("bullet_list", "ordered_list"):
                    nested.append(self._sub_list(child, depth + 1))
                elif child.type == "blockquote":
                    words.append(_note(child).removeprefix("> "))
                else:
                    words.append(_one_line(self.reader._source(child)))
            indent = "   " * depth
            out.append(f"{indent}{marker}{' '.join(w for w in words if w)}".rstrip())
            out += nested
        return "\n".join(out)

    def _write(self) -> None:
        self.step.action = "\n\n".join(t for t in self.action if t)
        self.step.expected_result = "\n\n".join(t for t in self.expected if t)
        self.step.rollback = "\n\n".join(t for t in self.rollback if t)


# --- the words inside one block ----------------------------------------------


def _classify(heading: str) -> str:
    low = _STEP_PREFIX.sub("", heading, count=1).strip().lower()
    for kind, words in (("rollback", ROLLBACK_WORDS), ("prereq", PREREQ_WORDS), ("overview", OVERVIEW_WORDS)):
        if any(_has_word(low, w) for w in words):
            return kind
    return "procedure"


def _has_word(text: str, word: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", word):
        return word in text
    return re.search(rf"(?<![a-z]){re.escape(word)}", text) is not None


def _label(text: str, labels: tuple[str, ...]) -> tuple[str, str]:
    """("注意", rest) when the paragraph starts with a label and a colon (or is a bold label)."""
    stripped = text.strip()
    alert = _ALERT.match(stripped)
    if alert and alert.group(1).lower() in labels:
        return alert.group(1).capitalize(), stripped[alert.end():].strip()
    for label in labels:
        m = re.match(rf"^{_BOLD}\s*({re.escape(label)})\s*([:：])?\s*{_BOLD}\s*([:：])?\s*", stripped,
                     re.IGNORECASE)
        if not m:
            continue
        bold_only = stripped.startswith(("**", "__")) and m.end() == len(stripped)
        if m.group(2) or m.group(3) or bold_only:
            return m.group(1), stripped[m.end():].strip()
    return "", text


def _note(node) -> str:
    """A blockquote as one canonical line: ``> **注意:** text``."""
    parts = []
    for child in node.children:
        if child.type == "paragraph":
            parts.append(_one_line(_inline_text(child)))
        elif child.type in ("bullet_list", "ordered_list"):
            parts += [_one_line(_inline_text(p)) for item in child.children for p in item.children
                      if p.type == "paragraph"]
        elif child.type in ("fence", "code_block"):
            parts.append(f"`{_one_line(_fence_content(child))}`")
    text = " ".join(p for p in parts if p)
    label, rest = _label(text, NOTE_LABELS)
    if label:
        return f"> **{label}:** {rest}".rstrip()
    return f"> {text}".rstrip()


def _inline_text(node) -> str:
    for child in node.children:
        if child.type == "inline":
            return child.content.strip()
    return ""


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _fence_content(node) -> str:
    return node.content.rstrip("\n")


def _fenced(node) -> str:
    info = node.info.strip() if node.type == "fence" else ""
    return f"```{info}\n{_fence_content(node)}\n```"


def _ignorable(node) -> bool:
    if node.type == "hr":
        return True
    return node.type == "html_block" and node.content.strip().startswith("<!--")


def _clip(text: str, width: int = 80) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _estimate(step: DraftStep) -> int | None:
    """Minutes the text gives: a trailing "(约 5 分钟)" / "(~10 min)" first (and taken off)."""
    first, sep, rest = step.action.partition("\n\n")
    m = _TRAILING_ESTIMATE.search(first)
    if m:
        step.action = first[: m.start()].rstrip() + m.group(4) + sep + rest
        return int(m.group(2) or m.group(1))
    m = _ESTIMATE.search(f"{step.action}\n{step.expected_result}")
    if not m:
        return None
    value = int(m.group(2) or m.group(1))
    return value * 60 if m.group(3).lower().startswith(("小时", "h")) else value
