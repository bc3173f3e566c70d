"""Cheaper index writing for full rebuilds (Whoosh's posting writer is pure Python).

* :class:`LeanCodec` – Whoosh's default codec without per-posting document
  length look-ups when a segment is flushed. Those lengths only feed the
  min/max length kept per posting block for Whoosh's block-quality skipping,
  which kbdesk never uses (it scores postings itself, see scoring.py);
  field lengths and averages are written as before.
* :class:`FastPositions` – the positions format fed straight from the
  analyzer's term iterator instead of one Token object per token.

Both write byte-for-byte the same posting data format as Whoosh's own.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec
from whoosh.formats import Positions


class LeanCodec(W3Codec):
    length_stats = False

    def __init__(self, blocklimit: int = 128, compression: int = 0, inlinelimit: int = 1):
        super().__init__(blocklimit, compression, inlinelimit)


class FastPositions(Positions):
    def word_values(self, value, analyzer, **kwargs):
        terms = getattr(analyzer, "_terms", None)
        if terms is None or kwargs.get("start_pos"):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses: dict[str, list[int]] = {}
        for term, pos, _, _ in terms(value):
            lst = poses.get(term)
            if lst is None:
                poses[term] = [pos]
            else:
                lst.append(pos)
        fb = self.field_boost
        encode = self.encode
        single = _SINGLE
        for w, poslist in poses.items():
            if len(poslist) == 1:  # most postings: one position, encoding memoised
                pos = poslist[0]
                value = single.get(pos)
                if value is None:
                    value = encode(poslist)
                    if pos < _SINGLE_MAX:
                        single[pos] = value
                yield w, 1, fb, value
            else:
                yield w, len(poslist), len(poslist) * fb, encode(poslist)


_SINGLE: dict[int, bytes] = {}
_SINGLE_MAX = 1 << 16
