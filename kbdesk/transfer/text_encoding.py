"""Which encoding a text file is in: BOM, then UTF-8, then charset-normalizer.

Spreadsheets saved as CSV on a Chinese Windows are GB18030/GBK ("ANSI") or
UTF-16 with a BOM ("Unicode text"), not UTF-8. The guess can be wrong on a
short file, so callers show the first lines as decoded and let the user
override with an explicit encoding.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from ..errors import ImportRejected

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detected as a subset of GB18030: decode with the superset, which reads every GBK file.
GB_FAMILY = {"gb2312", "gbk", "cp936", "gb18030", "hz", "hz_gb_2312", "euc_cn"}
# Offered by the GUI's chooser; any Python codec name is accepted on the command line.
COMMON_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "cp1252")


@dataclass
class Decoded:
    text: str
    encoding: str  # a Python codec name
    how: str  # bom | utf-8 | detected | given


def decode_text(data: bytes, source: str = "file", encoding: str | None = None) -> Decoded:
    """Decode ``data`` with ``encoding``, or with the one detected; ImportRejected
    (saying which encoding was tried and how to choose another) when it cannot."""
    if encoding:
        return Decoded(_decode(data, _codec(encoding, source), source, given=True), _codec(encoding, source),
                       "given")
    enc, how = detect_encoding(data)
    return Decoded(_decode(data, enc, source, given=False), enc, how)


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec name, how it was found) for a file's bytes."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, "bom"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", "utf-8"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return "gb18030", "detected"  # the usual non-UTF-8 export in China
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return ("gb18030" if name in GB_FAMILY else best.encoding), "detected"


def first_lines(text: str, n: int = 5, width: int = 120) -> list[str]:
    lines = text.splitlines()[:n]
    return [ln if len(ln) <= width else ln[: width - 1] + "…" for ln in lines]


def _codec(name: str, source: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ImportRejected(source, [(0, f"{name!r} is not an encoding name; try utf-8, gb18030 or "
                                          "utf-16")]) from None


def _decode(data: bytes, encoding: str, source: str, given: bool) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = ("" if given else " (detected)") + "; choose another with --encoding, e.g. gb18030 or utf-16"
        raise ImportRejected(source, [(line, f"the file is not valid {encoding} text{hint}")]) from exc
    return text.removeprefix("\ufeff")
