"""Why a record matched: structured reasons the UI turns into words.

Kinds (each a dict with ``kind`` and data):

* ``{"kind": "error_code", "codes": ["ORA-12170"], "ids": ["ora-12170"]}`` – the
  same exact code, exception name, errno, HTTP status, IP or instance id
  (``ids``: the normalised codes; ``codes``: how the hit writes them when the
  query writes them the same way, else the normalised code);
* ``{"kind": "shared_terms", "terms": ["超时", "NameNode", …]}`` – the most
  important shared key terms, most important first, each as the hit writes
  it, and only text that occurs in both the query and the hit;
* ``{"kind": "similar_title"}`` – at least half of the title's key terms are in
  the record's title;
* ``{"kind": "same_product", "product": "RDS"}``;
* ``{"kind": "same_customer", "customer": "ACME"}``;
* ``{"kind": "in_attachment", "file": "slow_query.log", "terms": [...], "codes": [...]}``
  – key terms or codes found only in the text of an attached file (the part
  of it matching uses, see documents.attachment_excerpt).

A shared term is never a part of an identifier shown whole (``request`` of
``blk_update_request`` is shown as ``request``), never a single Chinese
character or a weak word (从, 被, 开始), and never repeated.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

from .analysis import ENGLISH_STOP, extract_codes, fold, iter_exact_spans, iter_terms, part_spans, query_terms
from .documents import MATCH_EXCERPT_CHARS

MAX_TERMS = 8
SNIPPET_CHARS = 160

# Chinese words too common in support text to say why two records match
WEAK_CHINESE = frozenset(
    """开始 进行 出现 发现 问题 情况 导致 可以 需要 没有 一个 已经 如果 然后 因为 所以 但是 还是 就是
    这个 那个 什么 怎么 为什么 时候 一下 现在 之后 之前 以后 以及 通过 使用 进入 目前 正常 无法 不能
    不会 可能 应该 还有 一直 其他 这些 那些 我们 你们 他们 客户 用户 请问 如何 是否 一些 有些 大量
    之间 期间 进一步 处理 操作 相关 方面 这样 那样 不是 也是 都是 只是 比较 非常 很多""".split()
)
_LATIN = re.compile(r"[A-Za-z]")


def _norm(text: str) -> str:
    return fold(text).lower()


def surfaces(text: str, wanted=None) -> dict[str, str]:
    """Each analysed term of ``text`` → how ``text`` writes it (its first
    occurrence): the whole token for whole tokens and Chinese words, the part
    itself for a part of an identifier. With ``wanted`` (a collection of
    terms), only those, and the text is read only until all are found."""
    out: dict[str, str] = {}
    if wanted is None:
        for term, _, sc, ec in iter_exact_spans(text):
            if term not in out:
                out[term] = text[sc:ec]
        return out
    missing = set(wanted)
    if not missing:
        return out
    folded = None
    for term, _, sc, ec in iter_terms(text):
        if term not in missing:
            continue
        if ec - sc > len(term):  # a part of an identifier: its own span (as iter_exact_spans)
            if folded is None:
                folded = fold(text)
            if folded[sc:ec].lower() != term:
                for part, ps, pe in part_spans(text[sc:ec]):
                    if part == term:
                        sc, ec = sc + ps, sc + pe
                        break
        out[term] = text[sc:ec]
        missing.discard(term)
        if not missing:
            break
    return out


def _weak(surface: str) -> bool:
    s = surface.strip()
    if not s:
        return True
    if not _LATIN.search(s) and not s.isdigit():  # Chinese (or punctuation)
        return len(s) < 2 or s in WEAK_CHINESE
    low = s.lower()
    if low in ENGLISH_STOP:
        return True
    if low.isdigit():
        return len(low) < 3  # "5" of "5ms"; "1040" and "502" stay
    return len(low) < 2 or (len(low) == 2 and not s.isupper())  # "ms" of "200ms"; "IO" stays


def _shown(term: str, hit_form: str | None, query_text: str, hit_text: str, plan) -> str | None:
    """The form to show for a shared term: the hit's, if the query has it too;
    else the query's, if the hit has it; else None (a stem-only match)."""
    if hit_form and _norm(hit_form) in query_text:
        return hit_form
    query_form = plan.surface.get(term)
    if query_form and _norm(query_form) in hit_text:
        return query_form
    return None


def _without_parts(terms: list[str], codes: list[str]) -> list[str]:
    """``terms`` without those contained in a longer shown term or in a code
    (``ORA`` next to ``ORA-12170``, ``TNS`` next to ``TNS:Connect``)."""
    shown = [_norm(t) for t in terms] + [_norm(c) for c in codes]
    out = []
    for t, low in zip(terms, shown, strict=False):
        if any(low != other and low in other for other in shown) or low in shown[len(terms) :]:
            continue
        out.append(t)
    return out


def key_terms(plan) -> list[str]:
    """The plan's terms as the query writes them, weak words and repeats left out."""
    forms = surfaces(f"{plan.title}\n{plan.body}", plan.terms)
    out: list[str] = []
    seen: set[str] = set()
    for term in plan.terms:
        form = forms.get(term) or plan.surface.get(term, term)
        if _weak(form) or _norm(form) in seen:
            continue
        seen.add(_norm(form))
        out.append(form)
    return out


def _code_form(code: str, text: str, hit_text: str, query_text: str) -> str:
    """How the hit writes ``code`` when both texts have it literally, else the
    normalised code (``http-502`` for "HTTP 502" and "502 Bad Gateway")."""
    i = hit_text.find(code)
    if i >= 0 and code in query_text and len(hit_text) == len(text):
        return text[i : i + len(code)]
    return code


def _common_runs(plan, query_text: str, hit_text: str) -> list[str]:
    """Longest Chinese substrings (2–12 characters) around the plan's bigrams
    that occur in both texts, for hits sharing no whole word."""
    out: list[str] = []
    for g in plan.grams:
        if g not in hit_text:
            continue
        i = query_text.find(g)
        if i < 0:
            continue
        a, b = i, i + len(g)
        while b < len(query_text) and b - a < 12 and query_text[a : b + 1] in hit_text:
            b += 1
        while a > 0 and b - a < 12 and query_text[a - 1 : b] in hit_text:
            a -= 1
        run = query_text[a:b]
        if not _weak(run) and not any(run in r for r in out):
            out = [r for r in out if r not in run] + [run]
        if len(out) >= MAX_TERMS:
            break
    return out


def reasons(plan, doc: dict[str, Any], ctx: dict[str, str]) -> list[dict[str, Any]]:
    """Reasons for one hit; ``plan`` is the :class:`QueryPlan` of the query."""
    out: list[dict[str, Any]] = []
    title, body = doc.get("title", ""), doc.get("body", "")
    title_terms = set(query_terms(title))
    text = f"{title}\n{body}"
    hit_text = _norm(text)
    query_text = _norm(f"{plan.title}\n{plan.body}")
    doc_codes = set(extract_codes(text)) if plan.codes or doc.get("attachments") else set()
    if plan.codes:
        shared = [c for c in plan.codes if c in doc_codes]
        if shared:
            code_forms = [_code_form(c, text, hit_text, query_text) for c in shared]
            out.append({"kind": "error_code", "codes": code_forms, "ids": shared})
    forms = surfaces(text, plan.terms)
    ranked = sorted(plan.terms.items(), key=lambda kv: -kv[1])
    shared_terms: list[str] = []
    seen: set[str] = set()
    for term, _ in ranked:
        if term not in forms:
            continue
        shown = _shown(term, forms[term], query_text, hit_text, plan)
        if shown is None or _weak(shown) or _norm(shown) in seen:
            continue
        seen.add(_norm(shown))
        shared_terms.append(shown)
        if len(shared_terms) >= MAX_TERMS:
            break
    if not shared_terms and plan.grams:
        shared_terms = _common_runs(plan, query_text, hit_text)
    shared_terms = _without_parts(shared_terms, out[0]["codes"] if out else [])
    if shared_terms:
        out.append({"kind": "shared_terms", "terms": shared_terms})
    if plan.title_terms:
        common = sum(1 for t in plan.title_terms if t in title_terms)
        if common and common * 2 >= len(plan.title_terms):
            out.append({"kind": "similar_title"})
    out.extend(_attachment_reasons(plan, doc, set(forms), doc_codes))
    for key, kind in (("product", "same_product"), ("customer", "same_customer")):
        mine = (ctx.get(key) or "").strip()
        if mine and mine.lower() == str(doc.get(key, "")).strip().lower():
            out.append({"kind": kind, key: doc.get(key)})
    return out


def _attachment_reasons(plan, doc: dict[str, Any], own_terms: set[str], own_codes: set[str]) -> list[dict]:
    files = doc.get("attachments") or []
    if not files:
        return []
    share = max(1000, MATCH_EXCERPT_CHARS // len(files))
    ranked = [t for t, _ in sorted(plan.terms.items(), key=lambda kv: -kv[1]) if t not in own_terms]
    out: list[dict[str, Any]] = []
    for filename, text in files:
        part = text[:share]
        codes = [c for c in plan.codes if c not in own_codes and c in set(extract_codes(part))]
        found = set(query_terms(part))
        seen = {c.lower() for c in codes}
        terms = []
        for t in ranked:
            surface = plan.surface.get(t, t)
            if t in found and surface.lower() not in seen:
                seen.add(surface.lower())
                terms.append(surface)
        terms = terms[:MAX_TERMS]
        if codes or terms:
            out.append({"kind": "in_attachment", "file": filename, "terms": terms, "codes": codes})
    return out[:3]


def shared_snippet(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """HTML: the part of ``text`` around the first shared term, every shared
    term in it in ``<b class="match">`` (the rest escaped)."""
    text = (text or "").replace("\n", " ")
    if not text:
        return ""
    pattern = _terms_pattern(tuple(terms))
    folded = fold(text)
    first = next((m for m in pattern.finditer(folded) if _at_boundary(folded, m.start(), m.end())), None) if pattern else None
    start = max(0, first.start() - width // 4) if first else 0
    end = min(len(text), start + width)
    out = ["…" if start else ""]
    pos = start
    if pattern:
        for m in pattern.finditer(folded, start, end):
            if m.end() > end:
                break
            if not _at_boundary(folded, m.start(), m.end()):
                continue
            out.append(html.escape(text[pos : m.start()]))
            out.append(f'<b class="match">{html.escape(text[m.start() : m.end()])}</b>')
            pos = m.end()
    out.append(html.escape(text[pos:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out)


@lru_cache(maxsize=256)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    alts = [re.escape(t) for t in sorted({fold(t) for t in terms if t}, key=len, reverse=True)]
    return re.compile("|".join(alts), re.I) if alts else None


def _cls(ch: str) -> str:
    if ch.isascii() and ch.isdigit():
        return "d"
    if ch.isascii() and ch.isalpha():
        return "u" if ch.isupper() else "l"
    return "o"


def _at_boundary(text: str, s: int, e: int) -> bool:
    """A match that starts and ends where a word or an identifier part does
    (``ms`` in ``200ms`` and ``Pointer`` in ``NullPointer`` yes, ``ms`` in ``items`` no)."""
    first, last = _cls(text[s]), _cls(text[e - 1])
    if s > 0:
        before = _cls(text[s - 1])
        if before != "o" and first != "o" and (before == first or (before == "u" and first == "l")):
            return False
    if e < len(text):
        after = _cls(text[e])
        if after != "o" and last != "o" and (after == last or (after == "l" and last == "u")):
            return False
    return True


def describe(reason: dict[str, Any]) -> str:
    """A short English rendering of one reason (for the CLI and logs)."""
    kind = reason.get("kind")
    if kind == "error_code":
        return "same error code: " + ", ".join(reason["codes"])
    if kind == "shared_terms":
        return "shared terms: " + ", ".join(reason["terms"])
    if kind == "similar_title":
        return "similar title"
    if kind == "same_product":
        return f"same product: {reason['product']}"
    if kind == "same_customer":
        return f"same customer: {reason['customer']}"
    if kind == "in_attachment":
        found = ", ".join([*reason.get("codes", []), *reason.get("terms", [])])
        return f"in attachment {reason['file']}: {found}"
    return str(reason)
