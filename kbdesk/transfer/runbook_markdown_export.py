"""A runbook as Markdown, in the layout :mod:`kbdesk.transfer.runbook_markdown` reads
back to the same steps (docs/runbook-markdown.md)."""

from __future__ import annotations

import re


def runbook_to_markdown(runbook: dict, steps: list[dict]) -> str:
    """The runbook in the layout :func:`parse_runbook_markdown` reads back
    (labels in Chinese when the title is Chinese)."""
    words = LABELS_ZH if re.search(r"[\u4e00-\u9fff]", runbook["title"]) else LABELS_EN
    out = [f"# {runbook['title']}"]
    summary = (runbook.get("summary") or "").strip()
    # A list before the first heading would read back as steps: such a summary gets a heading.
    summary_heading = bool(re.search(r"^\s*(?:[-*+]|\d+[.)])\s", summary, re.MULTILINE))
    if summary and not summary_heading:
        out.append(summary)
    ordered = sorted(steps, key=lambda s: s["position"])
    # Steps before the first heading have no phase; later ones always have one.
    lead = 0
    while lead < len(ordered) and not ordered[lead].get("phase"):
        lead += 1
    out += [_step_markdown(n, s, words) for n, s in enumerate(ordered[:lead], 1)]
    if summary and summary_heading:
        out += [f"## {words['overview']}", summary]
    if (runbook.get("preconditions") or "").strip():
        out += [f"## {words['prerequisites']}", runbook["preconditions"].strip()]
    phase, number = None, 0
    for step in ordered[lead:]:
        if step.get("phase") != phase:
            phase, number = step.get("phase"), 0
            if phase:  # a phase-less step after a phase cannot be written apart: it joins that phase
                out.append(f"## {phase}")
        number += 1
        out.append(_step_markdown(number, step, words))
    return "\n\n".join(out) + "\n"


LABELS_EN = {"overview": "Overview", "prerequisites": "Prerequisites", "expected": "Expected result: ",
             "rollback": "Rollback:", "minutes": " (~%d min)"}
LABELS_ZH = {"overview": "概述", "prerequisites": "前提条件", "expected": "预期结果：", "rollback": "回滚：",
             "minutes": "（约 %d 分钟）"}


def _step_markdown(number: int, step: dict, words: dict[str, str]) -> str:
    marker = f"{number}. "
    first, _, rest = (step.get("action") or "").strip().partition("\n\n")
    blocks = [first + words["minutes"] % step.get("estimated_minutes", 5)]
    if rest:
        blocks.append(rest)
    blocks += [_fence(c) for c in step.get("commands") or []]
    if (step.get("expected_result") or "").strip():
        blocks.append(words["expected"] + step["expected_result"].strip())
    if (step.get("rollback") or "").strip():
        blocks += [words["rollback"], step["rollback"].strip()]
    pad = " " * len(marker)
    lines = "\n\n".join(blocks).split("\n")
    return marker + "\n".join([lines[0]] + [pad + line if line.strip() else "" for line in lines[1:]])


def _fence(code: str) -> str:
    ticks = "```"
    while ticks in code:  # a command that itself holds a fence
        ticks += "`"
    return f"{ticks}\n{code}\n{ticks}"
