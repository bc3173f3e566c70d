"""The keyword query language → Whoosh queries. Never raises on user input.

Grammar (see the "Query syntax" section of docs/matching.md)::

    query   := clause (("OR" | "|")? clause)*
    clause  := ["-"] (word | "phrase" | field ":" (word | "phrase") )
    field   := type | customer | product | severity | status | tag | code
             | title | body | date | solved

Adjacent clauses are ANDed; ``a OR b`` groups neighbours. Anything the parser
cannot use is dropped or searched as plain text, and a notice says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from whoosh import query as Q

from .analysis import _CHUNK_RE, CHINESE_STOP, SEGMENTER, _chunk_terms, fold, gram_terms, phrase_terms
from .limits import cap_query

FIELDS = (
    "type",
    "customer",
    "product",
    "severity",
    "status",
    "tag",
    "code",
    "title",
    "body",
    "date",
    "solved",
)
TYPE_ALIASES = {
    "case": "case",
    "cases": "case",
    "案例": "case",
    "工单": "case",
    "article": "article",
    "articles": "article",
    "kb": "article",
    "文章": "article",
    "runbook": "runbook",
    "runbooks": "runbook",
    "预案": "runbook",
    "drill": "drill",
    "drills": "drill",
    "演练": "drill",
    "material": "material",
    "materials": "material",
    "training": "material",
    "资料": "material",
    "course": "course",
    "courses": "course",
    "课程": "course",
    "service_record": "service_record",
    "service": "service_record",
    "服务记录": "service_record",
    "complaint": "complaint",
    "complaints": "complaint",
    "投诉": "complaint",
}
TITLE_BOOST = 2.0
_TOKEN_RE = re.compile(r'\s*(-?)(?:([A-Za-z_]+):)?("([^"]*)("?)|[^\s"]+)')


@dataclass
class Parsed:
    query: Q.Query | None  # None: nothing searchable (empty query)
    notices: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # plain words, for "did you mean"
    positive_words: int = 0
    has_or: bool = False
    terms: set[tuple[str, str]] = field(default_factory=set)  # for highlighting
    any_words: Q.Query | None = None  # the plain words ORed (relaxed retry)


def _any_field(term: str, fields=("title", "body")) -> Q.Query:
    subs = [Q.Term(f, term, boost=TITLE_BOOST if f == "title" else 1.0) for f in fields]
    return subs[0] if len(subs) == 1 else Q.Or(subs)


def word_query(word: str, fields=("title", "body"), terms: set | None = None) -> Q.Query | None:
    """AND of the units of one typed word (identifier, code, Chinese run)."""
    units: list[Q.Query] = []
    text = fold(word)
    for m in _CHUNK_RE.finditer(text):
        cjk = m.group("cjk")
        if cjk is not None:
            words = [w for w in SEGMENTER.cut(cjk) if w not in CHINESE_STOP]
            alts = []
            if words:
                alts.append(Q.And([_any_field(w, fields) for w in words]))
            grams = gram_terms(cjk)
            if grams and "body" in fields:
                alts.append(Q.And([Q.Term("grams", g) for g in grams]))
                if terms is not None:
                    terms.update(("grams", g) for g in grams)
            if terms is not None:
                terms.update((f, w) for w in words for f in fields)
            if alts:
                units.append(alts[0] if len(alts) == 1 else Q.Or(alts))
            continue
        whole, parts = _chunk_terms(m.group("w"))
        if terms is not None:
            terms.update((f, t) for t in ([whole] if whole else []) + list(parts) for f in fields)
        if whole and parts:
            # the identifier whole, or its parts adjacent and in order
            if len(parts) == 1:
                alt = _any_field(parts[0], fields)
            else:
                subs = [Q.Phrase(f, list(parts)) for f in fields]
                alt = subs[0] if len(subs) == 1 else Q.Or(subs)
            units.append(Q.Or([_any_field(whole, fields), alt]))
        elif whole:
            units.append(_any_field(whole, fields))
        elif parts:
            units.append(_any_field(parts[0], fields))
    if not units:
        return None
    return units[0] if len(units) == 1 else Q.And(units)


def phrase_query(text: str, fields=("title", "body"), terms: set | None = None) -> Q.Query | None:
    folded = fold(text).strip()
    if not folded:
        return None
    if re.fullmatch(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", folded):
        grams = gram_terms(folded)
        if terms is not None:
            terms.update(("grams", g) for g in grams)
        if len(grams) == 1:
            return Q.Term("grams", grams[0])
        return Q.Phrase("grams", grams)
    words = phrase_terms(folded)
    if not words:
        return None
    if terms is not None:
        terms.update((f, w) for w in words for f in fields)
    if len(words) == 1:
        return _any_field(words[0], fields)
    subs = [Q.Phrase(f, words, boost=TITLE_BOOST if f == "title" else 1.0) for f in fields]
    return subs[0] if len(subs) == 1 else Q.Or(subs)


def parse_date_range(value: str) -> tuple[datetime | None, datetime | None] | None:
    """``2024``, ``2024-03``, ``2024-03-05``, ``A..B``, ``..B``, ``A..``, ``>A``, ``<B``."""
    value = fold(value).strip()
    if ".." in value:
        a, _, b = value.partition("..")
    elif value.startswith(">="):
        a, b = value[2:], ""
    elif value.startswith(">"):
        a, b = value[1:], ""
    elif value.startswith("<="):
        a, b = "", value[2:]
    elif value.startswith("<"):
        a, b = "", value[1:]
    else:
        a = b = value
    start = _date_bound(a, end=False) if a else None
    end = _date_bound(b, end=True) if b else None
    if (a and start is None) or (b and end is None) or (start is None and end is None):
        return None
    return start, end


def _date_bound(text: str, end: bool) -> datetime | None:
    text = text.strip().replace("/", "-").replace(".", "-")
    for fmt, step in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year"), ("%Y%m%d", "day")):
        try:
            d = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if not end:
            return d
        try:
            return _period_end(d, step)
        except (ValueError, OverflowError):  # the period ends after year 9999
            return datetime.max
    return None


def _period_end(d: datetime, step: str) -> datetime:
    """The last microsecond of the day, month or year starting at ``d``."""
    if step == "day":
        return d + timedelta(days=1) - timedelta(microseconds=1)
    if step == "month":
        nxt = d.replace(year=d.year + (d.month == 12), month=d.month % 12 + 1)
        return nxt - timedelta(microseconds=1)
    return d.replace(year=d.year + 1) - timedelta(microseconds=1)


class Parser:
    """Turns one query string into a Whoosh query; ``lexicon(field)`` lists the
    indexed values of an ID field (for case-insensitive customer/product/…)."""

    def __init__(self, lexicon):
        self.lexicon = lexicon

    def parse(self, text: str) -> Parsed:
        out = Parsed(query=None)
        text, cut = cap_query(text or "")
        out.notices.extend(cut)
        text = fold(text)
        if text.count('"') % 2:
            out.notices.append("An unmatched quote was closed at the end of the query.")
        if re.search(r"[()\[\]{}]", text):
            text = re.sub(r"[()\[\]{}]", " ", text)
            out.notices.append("Parentheses are not supported and were ignored.")
        groups: list[list[Q.Query]] = [[]]
        pending_or = False
        plain: list[Q.Query] = []
        for m in _TOKEN_RE.finditer(text):
            neg, fname, raw, quoted = m.group(1), m.group(2), m.group(3), m.group(4)
            if not neg and not fname and raw in ("OR", "|"):
                pending_or = bool(groups[-1])
                out.has_or = True
                continue
            if not neg and not fname and raw in ("AND", "&&", "&"):
                continue
            clause = self._clause(fname, raw, quoted, out)
            if clause is None:
                continue
            if neg:
                clause = Q.Not(clause)
            elif fname is None and quoted is None:
                plain.append(clause)
            if pending_or and groups[-1] and not neg:
                groups[-1].append(clause)
            else:
                groups.append([clause])
            pending_or = False
        parts = []
        for g in groups:
            if not g:
                continue
            parts.append(g[0] if len(g) == 1 else Q.Or(g))
        positives = [p for p in parts if not isinstance(p, Q.Not)]
        out.positive_words = len(plain)
        if plain:
            out.any_words = Q.Or(plain) if len(plain) > 1 else plain[0]
        if not parts:
            return out
        if not positives:
            parts.insert(0, Q.Every())
            out.notices.append("Only exclusions given: searched every record except those.")
        out.query = parts[0] if len(parts) == 1 else Q.And(parts)
        return out

    def _clause(self, fname, raw, quoted, out: Parsed) -> Q.Query | None:
        value = quoted if quoted is not None else raw
        key = fname.lower() if fname else None
        if key is not None and key not in FIELDS:
            out.notices.append(f"Unknown field “{fname}:” searched as text.")
            value, key, quoted = f"{fname}:{value}", None, None
        if key is None:
            if quoted is not None:
                return phrase_query(value, terms=out.terms)
            q = word_query(value, terms=out.terms)
            if q is not None:
                out.words.append(value)
            return q
        if not value.strip():
            out.notices.append(f"“{fname}:” without a value was ignored.")
            return None
        if key in ("title", "body"):
            fields = (key,)
            return (
                phrase_query(value, fields, out.terms)
                if quoted is not None
                else word_query(value, fields, out.terms)
            )
        if key == "type":
            rtype = TYPE_ALIASES.get(value.lower())
            if rtype is None:
                out.notices.append(f"Unknown record type “{value}” ignored.")
                return None
            return Q.Term("rtype", rtype)
        if key == "tag":
            return Q.Term("tags", value.strip().lower())
        if key == "code":
            code = value.strip().lower()
            out.terms.update({("body", code), ("title", code)})
            return Q.Or([Q.Term("codes", code), Q.Term("body", code), Q.Term("title", code)])
        if key == "solved":
            yes = value.strip().lower() in ("1", "yes", "true", "y", "是")
            return Q.Term("solved", "1" if yes else "0")
        if key == "date":
            rng = parse_date_range(value)
            if rng is None:
                out.notices.append(
                    f"“date:{value}” is not a date or range (use 2024-03-01..2024-03-31); ignored."
                )
                return None
            return Q.DateRange("date", rng[0], rng[1])
        return self._id_clause(key, value, out)

    def _id_clause(self, key: str, value: str, out: Parsed) -> Q.Query:
        want = value.strip().lower()
        values = self.lexicon(key)
        exact = [v for v in values if v.lower() == want]
        found = exact or [v for v in values if want in v.lower()]
        if not found:
            out.notices.append(f"No {key} “{value}” in the index.")
            return Q.Term(key, value)
        return Q.Term(key, found[0]) if len(found) == 1 else Q.Or([Q.Term(key, v) for v in found])
