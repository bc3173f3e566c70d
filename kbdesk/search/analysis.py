"""Text analysis for mixed Chinese/English support text.

One pass over the text produces, with real positions and character offsets:

* Chinese runs → words from a jieba-compatible segmenter (``rjieba`` when it is
  installed, ``jieba`` otherwise), loaded lazily on first use;
* Chinese runs → character bigrams (a separate field, for recall and robust
  Chinese phrases);
* other runs ("chunks": words, identifiers, codes) → the whole chunk lowercased
  and unstemmed as an exact token (``ora-12170``, ``java.lang.nullpointerexception``,
  ``10.0.0.12``, ``i-bp1abc``), plus its parts split on punctuation and
  camelCase, lowercased and Porter-stemmed (``null``, ``pointer``, ``except``).

Full-width characters are folded to half-width one character at a time, so the
character offsets used for highlighting stay those of the original text.
Error codes (ORA-, HTTP status, errno, exception names, hex, IPs, instance ids)
are also extracted by :func:`extract_codes` for the ``codes`` field and for
match explanations.
"""

from __future__ import annotations

import errno as _errno
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter import stem as _porter_stem

# Bump when tokens change: an index built by another version is rebuilt.
ANALYZER_VERSION = 5

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ALNUM = "0-9A-Za-z\u00c0-\u024f_"
_CHUNK_RE = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<w>[{_ALNUM}](?:[{_ALNUM}.\-/:@+#$]*[{_ALNUM}+#])?)")
_CJK_RE = re.compile(rf"(?P<cjk>[{_CJK}]+)")
_SPLIT_RE = re.compile(r"[._\-/:@+#$]+")
_CAMEL_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z\u00c0-\u024f]+|[A-Z]+|\d+")
_SIMPLE_RE = re.compile(r"^(?:[a-z\u00c0-\u024f]+|[A-Z][a-z\u00c0-\u024f]*|[A-Z]+|\d+)$")

_OPAQUE_RE = re.compile(r"^(?:0[xX][0-9A-Fa-f]+|\d+(?:[.:]\d+)+)$")

ENGLISH_STOP = frozenset(
    """a an and are as at be been but by for from has have if in into is it its
    of on or that the their then there these they this to was were will with
    can could did do does i me my we you your our so not no than too very
    would should just also which what when where who how""".split()
)
CHINESE_STOP = frozenset("的 了 吗 呢 吧 啊 呀 么 哦 嗯 之 与 及 和 或 而 在 是".split())


# --- full-width / half-width folding -----------------------------------------


class _FoldTable(dict):
    """str.translate table: NFKC per character when it stays one character."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        value = ord(folded) if len(folded) == 1 else code
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Full-width → half-width (NFKC per character), keeping offsets 1:1."""
    if text.isascii():
        return text
    return text.translate(_FOLD)


# --- the Chinese segmenter, loaded lazily --------------------------------------


class _Segmenter:
    def __init__(self) -> None:
        self._cut: Callable[[str], list[str]] | None = None
        self._lock = threading.Lock()
        self.cache_dir: Path | None = None
        self.name = ""

    def configure(self, cache_dir: str | os.PathLike | None) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else None

    def cut(self, text: str) -> list[str]:
        cut = self._cut
        if cut is None:
            cut = self._load()
        return cut(text)

    def _load(self):
        with self._lock:
            if self._cut is not None:
                return self._cut
            try:
                import rjieba

                self._cut, self.name = rjieba.cut, "rjieba"
            except ImportError:  # pragma: no cover - rjieba is a dependency
                import warnings

                logging.getLogger("jieba").setLevel(logging.WARNING)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", SyntaxWarning)
                    import jieba
                jieba.setLogLevel(logging.WARNING)
                if self.cache_dir is not None:
                    self.cache_dir.mkdir(parents=True, exist_ok=True)
                    jieba.dt.tmp_dir = str(self.cache_dir)
                jieba.initialize()
                self._cut = lambda s: list(jieba.cut(s, HMM=True))
                self.name = "jieba"
            return self._cut


SEGMENTER = _Segmenter()


def configure_segmenter(cache_dir: str | os.PathLike | None) -> None:
    """Choose where jieba (the fallback segmenter) writes its cache file."""
    SEGMENTER.configure(cache_dir)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lowercase ASCII word (cached)."""
    if not word.isascii() or not word.isalpha() or len(word) < 4:
        return word
    return _porter_stem(word)


@lru_cache(maxsize=200_000)
def _chunk_terms(chunk: str) -> tuple[str | None, tuple[str, ...]]:
    """(whole exact token or None, stemmed parts) of one non-Chinese chunk."""
    if _OPAQUE_RE.match(chunk):
        return chunk.lower(), ()
    if _SIMPLE_RE.match(chunk):
        low = chunk.lower()
        if low in ENGLISH_STOP:
            return None, ()
        return None, (stem(low),)
    parts = []
    for piece in _SPLIT_RE.split(chunk):
        for sub in _CAMEL_RE.findall(piece) or ([piece] if piece else []):
            low = sub.lower()
            if (len(low) == 1 and not low.isdigit()) or low in ENGLISH_STOP:
                continue
            parts.append(stem(low))
    whole = chunk.lower()
    if len(parts) == 1 and parts[0] == whole:
        return None, tuple(parts)
    return whole, tuple(parts)


def iter_terms(text: str, grams: bool = False):
    """Yield ``(term, position, startchar, endchar)`` for ``text``.

    ``grams=False``: words, whole chunks and their parts (the word fields).
    ``grams=True``: Chinese character bigrams only (the ``grams`` field).
    """
    text = fold(text)
    pos = 0
    if grams and text.isascii():
        return
    for m in (_CJK_RE if grams else _CHUNK_RE).finditer(text):
        start = m.start()
        cjk = m.group("cjk")
        if cjk is not None:
            if grams:
                if len(cjk) == 1:
                    yield cjk, pos, start, start + 1
                    pos += 1
                else:
                    for i in range(len(cjk) - 1):
                        yield cjk[i : i + 2], pos, start + i, start + i + 2
                        pos += 1
                pos += 1  # a gap between runs: no phrase across English text
                continue
            off = start
            for word in SEGMENTER.cut(cjk):
                end = off + len(word)
                if word not in CHINESE_STOP:
                    yield word, pos, off, end
                    pos += 1
                off = end
            continue
        if grams:
            continue
        whole, parts = _chunk_terms(m.group("w"))
        end = m.end()
        if whole is not None:
            yield whole, pos, start, end
            if not parts:
                pos += 1
        for part in parts:
            yield part, pos, start, end
            pos += 1


@lru_cache(maxsize=50_000)
def part_spans(chunk: str) -> tuple[tuple[str, int, int], ...]:
    """(stemmed part, start, end) of each part of an identifier chunk."""
    out = []
    pos = 0
    for piece in _SPLIT_RE.split(chunk):
        base = chunk.find(piece, pos) if piece else pos
        pos = base + len(piece)
        for m in _CAMEL_RE.finditer(piece):
            out.append((stem(m.group().lower()), base + m.start(), base + m.end()))
    return tuple(out)


def iter_exact_spans(text: str):
    """:func:`iter_terms` (word fields), but a part of an identifier spans only
    itself, not the whole identifier (for highlighting and explanations)."""
    folded = fold(text)
    for term, pos, sc, ec in iter_terms(text):
        if ec - sc > len(term) and folded[sc:ec].lower() != term:
            for part, ps, pe in part_spans(text[sc:ec]):
                if part == term:
                    sc, ec = sc + ps, sc + pe
                    break
        yield term, pos, sc, ec


def query_terms(text: str) -> list[str]:
    """The word-field terms of ``text`` in order (duplicates kept)."""
    return [t for t, _, _, _ in iter_terms(text)]


def phrase_terms(text: str) -> list[str]:
    """Terms for a phrase query: one per position (whole compound tokens skipped)."""
    out: list[str] = []
    last = -1
    for term, pos, _, _ in iter_terms(text):
        if pos == last:  # the parts follow the whole token at its position
            out[-1] = term
            continue
        out.append(term)
        last = pos
    return out


def gram_terms(text: str) -> list[str]:
    """Chinese bigrams of ``text`` in order."""
    return [t for t, _, _, _ in iter_terms(text, grams=True)]


def has_cjk(text: str) -> bool:
    return re.search(f"[{_CJK}]", text) is not None


# --- error codes and identifiers ---------------------------------------------

_ERRNO_NAMES = frozenset(_errno.errorcode.values())
_CODE_PATTERNS = [
    # ORA-12170, HDFS-1234, ERR-42, SQLSTATE-like prefixed numbers; not a piece of a
    # longer hyphenated name (the thread ``http-nio-8080-exec-12`` holds no code)
    (re.compile(r"(?<![A-Za-z0-9_-])([A-Za-z]{2,8}-\d{2,6})(?![A-Za-z0-9_]|-[A-Za-z0-9])"),
     lambda m: m.group(1).lower()),
    # HTTP 502 / HTTP/1.1 503 / http status 404
    (
        re.compile(
            r"(?<![A-Za-z0-9_])HTTP(?:/\d(?:\.\d)?)?[\s:=]*(?:status[\s:=]*)?(?:code[\s:=]*)?([1-5]\d\d)(?![A-Za-z0-9_])",
            re.I,
        ),
        lambda m: "http-" + m.group(1),
    ),
    (
        re.compile(
            r"(?<![A-Za-z0-9_])([45]\d\d)\s+(?:Bad Gateway|Not Found|Forbidden|Unauthorized|Bad Request|"
            r"Service Unavailable|Gateway Time-?out|Internal Server Error|Too Many Requests)",
            re.I,
        ),
        lambda m: "http-" + m.group(1),
    ),
    # errno 28, errno=111
    (
        re.compile(r"(?<![A-Za-z0-9_])errno[\s:=]*(-?\d+)(?![A-Za-z0-9_])", re.I),
        lambda m: "errno-" + m.group(1).lstrip("-"),
    ),
    # exception / error class names (simple name)
    (
        re.compile(r"(?<![A-Za-z0-9_$])([A-Z][A-Za-z0-9_$]*(?:Exception|Error|Fault))(?![A-Za-z0-9_])"),
        lambda m: m.group(1).lower(),
    ),
    # hex codes and addresses
    (re.compile(r"(?<![A-Za-z0-9_])(0x[0-9A-Fa-f]{4,16})(?![A-Za-z0-9_])"), lambda m: m.group(1).lower()),
    # IPv4 addresses
    (
        re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])"),
        lambda m: m.group(1) if all(int(x) < 256 for x in m.group(1).split(".")) else None,
    ),
    # cloud instance / resource ids
    (
        re.compile(
            r"(?<![A-Za-z0-9_])((?:i|ins|ecs|rds|vm|lb|slb|vpc|vsw|subnet|sg|vol|eni|ami|snap|d|r|cr)"
            r"-[0-9a-z]{8,})(?![A-Za-z0-9_])"
        ),
        lambda m: m.group(1).lower(),
    ),
]
# cheap checks that let most texts skip a pattern: substrings of the lowercased
# text, or a simpler regex (no look-behind) a match needs
_NEEDLES: list[tuple[str, ...] | re.Pattern[str]] = [
    ("-",),
    ("http",),
    (" bad ", " not ", "forbidden", "unauthorized", "unavailable", "time", "internal", "too many"),
    ("errno",),
    ("exception", "error", "fault"),
    ("0x",),
    re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d"),
    re.compile(r"[a-z]-[0-9a-z]{8}"),
]
_ERRNO_RE = re.compile(r"(?<![A-Za-z0-9_])(E[A-Z]{3,14})(?![A-Za-z0-9_])")

# --- product families (docs/matching.md, "Error-code families") -------------------
_B, _E = r"(?<![A-Za-z0-9_])", r"(?![A-Za-z0-9_])"
_K8S_REASONS = (
    "CrashLoopBackOff OOMKilled ImagePullBackOff ErrImagePull ErrImageNeverPull FailedScheduling "
    "FailedMount FailedAttachVolume FailedCreatePodSandBox InvalidImageName NodeNotReady NotReady "
    "ContainerCannotRun DeadlineExceeded NodeHasDiskPressure NodeHasInsufficientMemory"
).split()
_ALIYUN_HEADS = (
    "Invalid|Missing|Incorrect|Throttling|Forbidden|OperationDenied|QuotaExceed(?:ed)?|Unauthorized|"
    "ServiceUnavailable|InternalError|InsufficientBalance|ResourceNotAvailable|DependencyViolation|"
    "IdempotentParameterMismatch|EntityNotExist|SignatureDoesNotMatch|UnsupportedOperation|"
    "LimitExceeded|RequestLimitExceeded|AuthFailure|ResourceInUse|ResourceNotFound|NoPermission"
)
_REDIS_WORDS = "READONLY|LOADING|MISCONF|NOAUTH|WRONGTYPE|CLUSTERDOWN|CROSSSLOT|MASTERDOWN|NOREPLICAS|BUSY|OOM"
_WINDOWS_NAMES = {
    "E_OUTOFMEMORY": "0x8007000e",
    "E_ACCESSDENIED": "0x80070005",
    "E_INVALIDARG": "0x80070057",
    "E_FAIL": "0x80004005",
    "E_NOTIMPL": "0x80004001",
    "STATUS_ACCESS_VIOLATION": "0xc0000005",
    "STATUS_STACK_OVERFLOW": "0xc00000fd",
    "STATUS_HEAP_CORRUPTION": "0xc0000374",
    "STATUS_STACK_BUFFER_OVERRUN": "0xc0000409",
    "STATUS_IN_PAGE_ERROR": "0xc0000006",
}
_EVICTED_CONTEXT = re.compile(r"pod|kubelet|k8s|kubernetes|kubectl|node|namespace|节点|驱逐|容器", re.I)


def _evicted(m: re.Match) -> str | None:
    """``Evicted`` is a pod status only next to Kubernetes words (not "Evicted from the list")."""
    near = m.string[max(0, m.start() - 120) : m.end() + 120]
    return "evicted" if _EVICTED_CONTEXT.search(near) else None


_FAMILY_PATTERNS: list[tuple[re.Pattern, Callable, tuple | re.Pattern]] = [
    # MySQL / MariaDB client: ERROR 1040 (HY000): Too many connections; ERROR 1045: …
    (
        re.compile(rf"{_B}ERROR\s+(\d{{4}})\s*(?:\(([0-9A-Z]{{5}})\)|(?=:))"),
        lambda m: ["mysql-" + m.group(1)] + (["sqlstate-" + m.group(2).lower()] if m.group(2) else []),
        ("error",),
    ),
    # Workbench / drivers: Error Code: 1213, MySQL error 1040
    (
        re.compile(rf"{_B}(?:Error Code|MySQL error|MariaDB error|MySQL Error)[:\s#]*(\d{{4}}){_E}"),
        lambda m: ["mysql-" + m.group(1)],
        ("error code", "mysql error", "mariadb error"),
    ),
    # SQLSTATE 53300, SQLSTATE[HY000] [1040] (PHP PDO), (SQLSTATE 40001), sqlstate: 57014
    (
        re.compile(rf"{_B}SQLSTATE\s*[\[:=]?\s*([0-9A-Z]{{5}})\]?(?:\s*\[(\d{{4}})\])?{_E}", re.I),
        lambda m: ["sqlstate-" + m.group(1).lower()] + (["mysql-" + m.group(2)] if m.group(2) else []),
        ("sqlstate",),
    ),
    # PostgreSQL: FATAL: sorry, too many clients already / too many connections for role "x"
    (
        re.compile(r"FATAL:\s+(?:sorry, )?too many (?:clients|connections)", re.I),
        lambda m: ["sqlstate-53300"],
        ("fatal",),
    ),
    # Alibaba Cloud / OpenAPI: InvalidDiskCategory.NotSupported, Throttling.User, Forbidden.RAM
    (
        re.compile(rf"{_B}((?:{_ALIYUN_HEADS})[A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+){_E}"),
        lambda m: [m.group(1).lower()],
        re.compile(r"[a-z]\.[A-Z]"),
    ),
    # ... and any code given as one: "Code": "Throttling", ErrorCode: IncorrectInstanceStatus
    (
        re.compile(r"(?<![A-Za-z])(?:Error)?Code[\"']?\s*[:=]\s*[\"']?([A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)"),
        lambda m: [m.group(1).lower()],
        ("code",),
    ),
    # Kubernetes pod / node reasons
    (
        re.compile(rf"{_B}({'|'.join(_K8S_REASONS)}){_E}"),
        lambda m: [m.group(1).lower()],
        ("backoff", "oomkilled", "errimage", "failed", "invalidimage", "notready", "cannotrun",
         "deadlineexceeded", "nodehas"),
    ),
    (re.compile(rf"{_B}Evicted{_E}"), lambda m: [_evicted(m)], ("evicted",)),
    # Linux kernel messages
    (
        re.compile(r"blk_update_request: (?:I/O|critical (?:medium|target)) error|Buffer I/O error on dev"),
        lambda m: ["kernel-io-error"],
        ("i/o error", "medium error", "target error"),
    ),
    (
        re.compile(r"Out of memory: Kill(?:ed)? process|invoked oom-killer|oom-kill:"),
        lambda m: ["kernel-oom-kill"],
        ("out of memory", "oom-kill"),
    ),
    (re.compile(r"nf_conntrack: table full"), lambda m: ["kernel-conntrack-full"], ("nf_conntrack",)),
    (
        re.compile(r"task \S+ blocked for more than \d+ seconds"),
        lambda m: ["kernel-hung-task"],
        ("blocked for more than",),
    ),
    (re.compile(r"soft lockup - CPU#\d+ stuck"), lambda m: ["kernel-soft-lockup"], ("soft lockup",)),
    (re.compile(r"EXT4-fs error"), lambda m: ["kernel-ext4-error"], ("ext4-fs error",)),
    # Redis error replies: -READONLY …, (error) LOADING …, OOM command not allowed …
    (
        re.compile(rf"(?:(?<![A-Za-z0-9_-])-|\(error\) )({_REDIS_WORDS}){_E}"),
        lambda m: ["redis-" + m.group(1).lower()],
        ("-", "(error)"),
    ),
    (
        re.compile(r"READONLY You can't write against a read only|OOM command not allowed when used memory"),
        lambda m: ["redis-" + m.group().split()[0].lower()],
        ("readonly you", "oom command"),
    ),
    # JVM OutOfMemoryError kinds
    (
        re.compile(
            r"GC overhead limit exceeded|Java heap space|OutOfMemoryError: Metaspace|"
            r"unable to create (?:new )?native thread|Direct buffer memory|Requested array size exceeds VM limit"
        ),
        lambda m: ["jvm-" + next(v for k, v in _JVM.items() if m.group().lower().startswith(k))],
        ("gc overhead", "heap space", "metaspace", "native thread", "direct buffer", "array size"),
    ),
    # Windows HRESULT / NTSTATUS without 0x, or by name
    (
        re.compile(rf"{_B}(?:HRESULT|NTSTATUS)[\s:=]*(?:0x)?([0-9A-Fa-f]{{8}}){_E}"),
        lambda m: ["0x" + m.group(1).lower()],
        ("hresult", "ntstatus"),
    ),
    (
        re.compile(rf"{_B}({'|'.join(_WINDOWS_NAMES)}){_E}"),
        lambda m: [_WINDOWS_NAMES[m.group(1)]],
        ("e_", "status_"),
    ),
]
_JVM: dict[str, str] = {
    "gc ": "gc-overhead",
    "java ": "heap-space",
    "outofmemoryerror": "metaspace",
    "unable": "native-thread",
    "direct": "direct-buffer",
    "requested": "array-size",
}


def extract_codes(text: str) -> list[str]:
    """Exact error codes and identifiers found in ``text``, in order, unique."""
    if not text:
        return []
    text = fold(text)
    seen: dict[str, None] = {}
    low = text.lower()
    for (pattern, render), needle in zip(_CODE_PATTERNS, _NEEDLES, strict=True):
        if isinstance(needle, re.Pattern):
            if needle.search(text) is None:
                continue
        elif not any(n in low for n in needle):
            continue
        for m in pattern.finditer(text):
            code = render(m)
            if code:
                seen.setdefault(code, None)
    for m in _ERRNO_RE.finditer(text):
        if m.group(1) in _ERRNO_NAMES:
            seen.setdefault(m.group(1).lower(), None)
    for pattern, render, needle in _FAMILY_PATTERNS:
        if isinstance(needle, re.Pattern):
            if needle.search(text) is None:
                continue
        elif not any(n in low for n in needle):
            continue
        for m in pattern.finditer(text):
            for code in render(m):
                if code:
                    seen.setdefault(code, None)
    return list(seen)


# --- Whoosh tokenizers ---------------------------------------------------------


class _Base(Tokenizer):
    grams = False

    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self).__name__)

    def has_morph(self):
        return False

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        for term, pos, sc, ec in self._terms(value):
            t.text = term
            if keeporiginal:
                t.original = term
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + sc
                t.endchar = start_char + ec
            yield t

    def _terms(self, value):
        return iter_terms(value, grams=self.grams)


class MixedTokenizer(_Base):
    """Words, exact chunks and split identifier parts (see module docstring)."""


class ExactSpanTokenizer(_Base):
    """Like :class:`MixedTokenizer`, with each identifier part spanning only
    itself (highlighting: ``request`` lights up in ``blk_update_request``, not all of it)."""

    def _terms(self, value):
        return iter_exact_spans(value)


class GramTokenizer(_Base):
    """Chinese character bigrams with real positions."""

    grams = True


class CodeTokenizer(_Base):
    """Error codes and identifiers only (no positions needed)."""

    def _terms(self, value):
        for i, code in enumerate(extract_codes(value)):
            yield code, i, 0, 0
