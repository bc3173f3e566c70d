"""The machine-written part of a fault report as structure, not as words.

Stack frames, exception chains and log lines carry much of a bug report's
identity, but as a bag of words they mostly add common parts (``org``,
``apache``, ``java``, ``run``) and unique noise (thread ids, timestamps, block
ids). :func:`extract` turns them into a few exact features, each one token of
the ``struct`` index field:

* ``f:<class.method>``  – a stack frame, normalised: Java ``at a.b.C.m(C.java:12)``
  → ``f:a.b.c.m`` (line numbers, module prefixes ``java.base/``, anonymous
  classes ``$1`` and lambdas dropped), Python ``File ".../pkg/mod.py", line 3,
  in fn`` → ``f:pkg.mod.fn``;
* ``x:<exception class>``  – each exception of a chain (``Caused by:`` too),
  fully qualified when the text qualifies it;
* ``s:<exception>@<frame>`` – the crash signature: an exception's simple name
  with its first frame outside the JDK / test runners;
* ``m:<hash>`` – an exception's message template, ``t:<hash>`` – a log line's
  message template: the message with its variable words masked (anything with
  a digit, paths, hex, quoted values; cut to its first 12 words), the logger's
  simple class name in front — the masking step of log-template miners such
  as Drain, done per line so that a document's tokens never depend on what
  else was indexed (see docs/matching.md, "Round 3: long reports").

Chinese or other prose gives no feature; the functions never raise.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

# --- stack frames ------------------------------------------------------------

_JAVA_FRAME = re.compile(
    r"(?<![\w$.])at\s+(?:[\w.\-]+/)*((?:[A-Za-z_$][\w$]*\.)+)([\w$<>]+)\s*\(([^()\n]{0,300})\)"
)
_PY_FRAME = re.compile(r'File "([^"\n]{1,500})", line \d+, in ([\w<>.]+)')
_ANON = re.compile(r"\$(?:\d+|\$?Lambda\$[\w$/]*)")
_LAMBDA_METHOD = re.compile(r"^lambda\$(\w+?)\$\d+$")
_GENERATED = ("GeneratedMethodAccessor", "GeneratedConstructorAccessor", "$Proxy", "CGLIB$", "ByteBuddy")
# not the application: the JDK, reflection, test runners, build tools
LIBRARY_PREFIXES = (
    "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "junit.", "org.testng.",
    "org.apache.maven.surefire.", "org.eclipse.jdt.", "org.mockito.", "kotlin.", "scala.runtime.",
    "groovy.", "org.codehaus.groovy.",
)

# --- exceptions --------------------------------------------------------------

_EXC_NAME = r"(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*(?:Exception|Error|Throwable|Fault|Failure)"
_EXC_LINE = re.compile(
    rf"(?:^|Caused by:\s*|Exception in thread \"[^\"\n]*\"\s+|Suppressed:\s*|[\s(\[])({_EXC_NAME})(?![\w$])(?::[ \t]*([^\n]*))?",
    re.M,
)

# --- log lines ---------------------------------------------------------------

_TS = (
    r"(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|\d\d/\d\d/\d\d(?:\d\d)? \d\d:\d\d:\d\d(?:[,.]\d+)?"
    r"|[A-Z][a-z]{2} +\d+,? (?:\d{4} )?\d\d?:\d\d:\d\d(?: [AP]M)?)"
)
_LEVEL = r"(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE|CRITICAL)"
_LOG_LINE = re.compile(
    rf"^[ \t]*\[?{_TS}\]?[ \t]*(?:\[[^\]\n]{{0,80}}\][ \t]*)?(?:{_LEVEL}\b[ \t:]*)?(?:\[[^\]\n]{{0,80}}\][ \t]*)?"
    rf"(?:(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)*)(?::\d+|\(\d+\)|\([\w.]*:\d+\))?[ \t]*(?:-|:)[ \t]+)?(?P<msg>[^\n]*)",
    re.M,
)
_LEVEL_LINE = re.compile(
    rf"^[ \t]*(?:\[[^\]\n]{{0,80}}\][ \t]*)?{_LEVEL}\b[ \t:]*(?:\[[^\]\n]{{0,80}}\][ \t]*)?"
    rf"(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+)(?::\d+|\(\d+\))?[ \t]*(?:-|:)[ \t]+(?P<msg>[^\n]*)",
    re.M,
)
_INNER_LOGGER = re.compile(r"(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+)(?::\d+|\(\d+\))?[ \t]+-[ \t]+")
_WORD_STRIP = "\"'`,;()[]{}<>."
_VAR = re.compile(r"\d|^[/\\~]|://|^0x|^[0-9a-f]{8,}$", re.I)
TEMPLATE_WORDS = 12


@dataclass
class Structure:
    """Features of one text (see the module doc); ``shown`` maps a feature to
    the text it came from (for explanations)."""

    frames: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    shown: dict[str, str] = field(default_factory=dict)
    frame_lines: list[tuple[int, int]] = field(default_factory=list)  # char spans of frame lines
    log_lines: list[tuple[int, int]] = field(default_factory=list)  # char spans of log lines
    log_prefixes: list[tuple[int, int]] = field(default_factory=list)  # their time/level/thread/logger

    def tokens(self) -> list[str]:
        """Every feature once, in order of kind."""
        seen: dict[str, None] = {}
        for group in (self.signatures, self.exceptions, self.messages, self.templates, self.frames):
            for t in group:
                seen.setdefault(t, None)
        return list(seen)


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=6).hexdigest()


def template(message: str, words: int = TEMPLATE_WORDS) -> str:
    """A message with its variable words masked (``<*>``), lowercased, cut to
    its first ``words`` words; "" when fewer than two constant words remain."""
    out: list[str] = []
    constant = 0
    for raw in message.split():
        word = raw.strip(_WORD_STRIP)
        if not word:
            continue
        if _VAR.search(word) or (raw[:1] in "\"'" and len(raw) > 1):
            if out and out[-1] == "<*>":
                continue
            out.append("<*>")
        else:
            out.append(word.lower())
            constant += 1
        if len(out) >= words:
            break
    return " ".join(out) if constant >= 2 else ""


def _frame(cls: str, method: str) -> str | None:
    if any(g in cls for g in _GENERATED):
        return None
    cls = _ANON.sub("", cls.rstrip("."))
    lm = _LAMBDA_METHOD.match(method)
    if lm:
        method = lm.group(1)
    if method.startswith("access$") or not cls:
        return None
    return f"{cls}.{method}".lower()


def _py_frame(path: str, func: str) -> str:
    parts = [p for p in re.split(r"[/\\]", path) if p]
    mod = [p[:-3] if p.endswith(".py") else p for p in parts[-2:]]
    return ".".join([*mod, func]).lower()


def _simple(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower()


def is_library(frame: str) -> bool:
    return frame.startswith(LIBRARY_PREFIXES)


def extract(text: str) -> Structure:
    """Frames, exceptions, crash signatures and message / log templates of ``text``."""
    st = Structure()
    if not text or not any(n in text for n in ("at ", 'File "', "Exception", "Error", ":")):
        return st
    # frames (and, for signatures, the first application frame after each exception)
    frames: list[tuple[int, str]] = []
    if "at " in text:
        for m in _JAVA_FRAME.finditer(text):
            fr = _frame(m.group(1), m.group(2))
            if fr:
                frames.append((m.start(), fr))
                st.shown.setdefault("f:" + fr, m.group(1) + m.group(2))
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            st.frame_lines.append((ls, len(text) if le < 0 else le))
    if 'File "' in text:
        for m in _PY_FRAME.finditer(text):
            fr = _py_frame(m.group(1), m.group(2))
            frames.append((m.start(), fr))
            st.shown.setdefault("f:" + fr, m.group(2))
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            st.frame_lines.append((ls, len(text) if le < 0 else le))
    frames.sort()
    st.frames = list(dict.fromkeys("f:" + f for _, f in frames))
    # exceptions of the chain, their messages, and their signatures
    python = "Traceback (most recent call last)" in text
    for m in _EXC_LINE.finditer(text):
        name = m.group(1)
        if "." not in name and not python and m.group(2) is None:
            continue  # a bare simple name in prose ("an IOException") is no chain
        key = "x:" + name.lower()
        st.exceptions.append(key)
        st.shown.setdefault(key, name)
        msg = template(m.group(2) or "")
        if msg:
            mk = "m:" + _hash(f"{_simple(name)}: {msg}")
            st.messages.append(mk)
            st.shown.setdefault(mk, f"{name}: {(m.group(2) or '').strip()[:120]}")
        after = [f for pos, f in frames if pos > m.start() and not is_library(f)]
        if python:  # Python prints the frames before the exception: the last one raised it
            before = [f for pos, f in frames if pos < m.start() and not is_library(f)]
            after = before[-1:]
        if after:
            sk = f"s:{_simple(name)}@{after[0]}"
            st.signatures.append(sk)
            st.shown.setdefault(sk, f"{name} at {after[0]}")
    # log lines
    for rx in (_LOG_LINE, _LEVEL_LINE) if ":" in text else ():
        for m in rx.finditer(text):
            msg, msg_at = m.group("msg"), m.start("msg")
            logger = m.group("logger") or ""
            if not logger and msg:  # "thread name  a.b.Logger:12 - message" (log4j %t %c %L)
                inner = _INNER_LOGGER.search(msg, 0, 150)
                if inner:
                    logger, msg, msg_at = inner.group("logger"), msg[inner.end() :], msg_at + inner.end()
            st.log_prefixes.append((m.start(), msg_at))
            st.log_lines.append((m.start(), m.end()))
            tpl = template(msg)
            if not tpl:
                continue
            logger = _simple(logger) if logger else ""
            tk = "t:" + _hash(f"{logger}|{tpl}")
            if tk not in st.templates:
                st.templates.append(tk)
                st.shown.setdefault(tk, msg.strip()[:160])
    st.exceptions = list(dict.fromkeys(st.exceptions))
    st.messages = list(dict.fromkeys(st.messages))
    st.signatures = list(dict.fromkeys(st.signatures))
    return st


def struct_tokens(text: str) -> list[str]:
    """The ``struct`` field's tokens of ``text`` (each feature once)."""
    return extract(text).tokens()
