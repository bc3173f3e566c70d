"""Where the machine-written part of a fault report is: stack-frame lines.

A pasted Java or Python stack trace is mostly frames (``at a.b.C.m(C.java:12)``,
``File ".../mod.py", line 3, in fn``). As a bag of words they flood the term
selection of fault matching with the common parts of framework frames
(``org``, ``apache``, ``ipc``, ``server``, ``handler``, ``run``) and push out the
words that describe the fault. :func:`frame_lines` finds the frame lines, so
that matching can count their terms at a lower weight (``MatchParams.frame_tf``);
the exception lines of a chain (``java.io.IOException: …``, ``Caused by: …``)
are not frame lines and keep their full weight.

What else was tried on the structure of long reports (normalised frames,
exception chains, crash signatures and log-line templates as exact features of
their own field; down-weighting log lines) and measured no better is in
docs/matching.md, "Round 3: long reports".
"""

from __future__ import annotations

import re

# Java / JVM frames: "at org.a.B$C.m(B.java:12)", "at java.base/java.lang.Thread.run(Thread.java:829)",
# "at sun.reflect.X.invoke(Native Method)", "at o.a.X.m(Unknown Source) ~[x.jar:?]"
_JAVA_FRAME = re.compile(r"(?<![\w$.])at\s+(?:[\w.\-]+/)*(?:[A-Za-z_$][\w$]*\.)+[\w$<>]+\([^()\n]{0,300}\)")
# Python frames: File "/x/y/mod.py", line 12, in fn (the source line under it belongs to the frame)
_PY_FRAME = re.compile(r'File "[^"\n]{1,500}", line \d+, in [\w<>.]+')


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def frame_lines(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint ``(start, end)`` character ranges of the stack-frame
    lines of ``text`` (a Python frame with the source line printed under it)."""
    if not text or ("at " not in text and 'File "' not in text):
        return []
    spans: list[tuple[int, int]] = []
    if "at " in text:
        spans += [_line(text, m.start(), m.end()) for m in _JAVA_FRAME.finditer(text)]
    if 'File "' in text:
        for m in _PY_FRAME.finditer(text):
            a, b = _line(text, m.start(), m.end())
            nxt = text.find("\n", b + 1) if b < len(text) else -1
            src = text[b + 1 : nxt if nxt >= 0 else len(text)]
            if src.startswith("    ") and not src.lstrip().startswith("File "):
                b = nxt if nxt >= 0 else len(text)
            spans.append((a, b))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
