"""Caps on the work one query or pasted text may cause, applied before analysis.

Without them one 200,000-character word kept a keyword search busy for ~29 s
(segmentation, spelling suggestions). What is cut is said in a notice.
"""

from __future__ import annotations

import re

MAX_QUERY_CHARS = 1000  # a keyword query
MAX_QUERY_WORD_CHARS = 100  # one word of a keyword query
MAX_MATCH_CHARS = 100_000  # a pasted fault text (long logs: their start)
MAX_MATCH_WORD_CHARS = 300  # one unbroken run in a pasted text (base64, hex dumps)

_LONG_WORD = re.compile(rf"\S{{{MAX_QUERY_WORD_CHARS + 1},}}")
_LONG_RUN = re.compile(rf"\S{{{MAX_MATCH_WORD_CHARS + 1},}}")


def cap_query(text: str) -> tuple[str, list[str]]:
    """The query within the caps, and notices saying what was cut."""
    notices = []
    if len(text) > MAX_QUERY_CHARS:
        notices.append(
            f"The query was cut to its first {MAX_QUERY_CHARS:,} characters (it had {len(text):,})."
        )
        text = text[:MAX_QUERY_CHARS]
    long_words = _LONG_WORD.findall(text)
    if long_words:
        text = _LONG_WORD.sub(lambda m: m.group()[:MAX_QUERY_WORD_CHARS], text)
        first = long_words[0][:20]
        notices.append(
            f"{len(long_words)} word(s) longer than {MAX_QUERY_WORD_CHARS} characters "
            f"were cut to their first {MAX_QUERY_WORD_CHARS} (“{first}…”)."
        )
    return text, notices


def cap_match_text(text: str) -> tuple[str, str | None]:
    """A pasted text within the caps, and a notice if something was cut."""
    parts = []
    if len(text) > MAX_MATCH_CHARS:
        parts.append(f"only its first {MAX_MATCH_CHARS:,} of {len(text):,} characters were used")
        text = text[:MAX_MATCH_CHARS]
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(lambda m: m.group()[:MAX_MATCH_WORD_CHARS], text)
        parts.append(f"runs of more than {MAX_MATCH_WORD_CHARS} characters without a space were shortened")
    if not parts:
        return text, None
    return text, "The text is long: " + "; ".join(parts) + "."
