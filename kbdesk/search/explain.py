"""Why a record matched: structured reasons the UI turns into words.

Kinds (each a dict with ``kind`` and data):

* ``{"kind": "error_code", "codes": ["ora-12170"]}`` – the same exact code,
  exception name, errno, HTTP status, IP or instance id;
* ``{"kind": "shared_terms", "terms": ["超时", "NameNode", …]}`` – the most
  important shared key terms, as written in the query, most important first;
* ``{"kind": "similar_title"}`` – at least half of the title's key terms are in
  the record's title;
* ``{"kind": "same_product", "product": "RDS"}``;
* ``{"kind": "same_customer", "customer": "ACME"}``;
* ``{"kind": "in_attachment", "file": "slow_query.log", "terms": [...], "codes": [...]}``
  – key terms or codes found only in the text of an attached file (the part
  of it matching uses, see documents.attachment_excerpt).
"""

from __future__ import annotations

from typing import Any

from .analysis import extract_codes, query_terms
from .documents import MATCH_EXCERPT_CHARS

MAX_TERMS = 8


def reasons(plan, doc: dict[str, Any], ctx: dict[str, str]) -> list[dict[str, Any]]:
    """Reasons for one hit; ``plan`` is the :class:`QueryPlan` of the query."""
    out: list[dict[str, Any]] = []
    title_terms = set(query_terms(doc.get("title", "")))
    doc_terms = title_terms | set(query_terms(doc.get("body", "")))
    text = f"{doc.get('title', '')}\n{doc.get('body', '')}"
    if plan.codes:
        doc_codes = set(extract_codes(text))
        shared = [c for c in plan.codes if c in doc_codes]
        if shared:
            out.append({"kind": "error_code", "codes": shared})
    ranked = sorted(plan.terms.items(), key=lambda kv: -kv[1])
    shared_terms: list[str] = []
    seen_surface: set[str] = set()
    for term, _ in ranked:
        if term in doc_terms:
            surface = plan.surface.get(term, term)
            if surface.lower() not in seen_surface:
                seen_surface.add(surface.lower())
                shared_terms.append(surface)
        if len(shared_terms) >= MAX_TERMS:
            break
    if not shared_terms and plan.grams:
        shared_terms = [g for g in plan.grams if g in text][:MAX_TERMS]
    if shared_terms:
        out.append({"kind": "shared_terms", "terms": shared_terms})
    if plan.title_terms:
        common = sum(1 for t in plan.title_terms if t in title_terms)
        if common and common * 2 >= len(plan.title_terms):
            out.append({"kind": "similar_title"})
    out.extend(_attachment_reasons(plan, doc, doc_terms, set(extract_codes(text))))
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
