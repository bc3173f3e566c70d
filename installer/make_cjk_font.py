"""Regenerate resources/fonts/NotoSansSC-kbdesk-Regular.otf, the bundled CJK font.

    pip install fonttools && python installer/make_cjk_font.py [--source FILE.ttc]

kbdesk ships this font so that fault reports (PDF) and the UI show Chinese on a
machine without any CJK font. It is a subset of Noto Sans CJK SC Regular
(SIL Open Font License 1.1, resources/fonts/OFL.txt), as Debian's
fonts-noto-cjk package installs it, keeping:

- ASCII, Latin-1, general punctuation, arrows, maths and box-drawing symbols;
- CJK symbols and punctuation, full-width and half-width forms;
- every character of GB 2312 (its 6,763 hanzi and its symbol rows);
- every character kbdesk itself writes: the translations, the demo data and
  the strings in the source code (tests/ui/test_bundled_font.py checks it).

The family is renamed (Noto Sans SC kbdesk) so that Qt never confuses the
subset with a complete system copy of Noto Sans CJK SC. Deterministic: the
same source font and inputs give the same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts" / "NotoSansSC-kbdesk-Regular.otf"
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FACE = "NotoSansCJKsc-Regular"  # PostScript name of the SC face inside the collection
FAMILY = "Noto Sans SC kbdesk"
POSTSCRIPT = "NotoSansSC-kbdesk-Regular"
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x21FF),  # letter-like symbols, arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics ①
    (0x2500, 0x27BF),  # box drawing, shapes, symbols, dingbats ✓
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # full-width and half-width forms
]
# Where kbdesk's own text lives: every character in them is kept.
TEXT_SOURCES = ["resources/translations/*.ts", "data/demo.jsonl", "kbdesk/**/*.py"]


def gb2312() -> set[int]:
    """Every character of GB 2312 (rows 0xA1-0xF7), from Python's codec."""
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def kbdesk_text() -> set[int]:
    found = set()
    for pattern in TEXT_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            found |= {ord(ch) for ch in path.read_text("utf-8") if ord(ch) > 0x7F}
    return found


def wanted() -> set[int]:
    chars = {cp for low, high in RANGES for cp in range(low, high + 1)}
    return chars | gb2312() | kbdesk_text()


def open_face(source: Path) -> TTFont:
    if source.suffix.lower() in (".ttc", ".otc"):
        for face in TTCollection(str(source)):
            if face["name"].getDebugName(6) == SOURCE_FACE:
                return face
        raise SystemExit(f"{source} has no {SOURCE_FACE} face")
    return TTFont(str(source))


def rename(font: TTFont) -> None:
    """A Modified Version under the OFL: new family name, same copyright and licence."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):  # typographic family/subfamily: use the plain ones
            names.removeNames(nameID=record.nameID)
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{POSTSCRIPT};kbdesk subset"),
                           (4, f"{FAMILY} Regular"), (6, POSTSCRIPT)):
        names.removeNames(nameID=name_id)
        names.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English
        names.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{FAMILY} Regular", FAMILY


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"Noto Sans CJK (default {SOURCE})")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"{args.source} not found: install fonts-noto-cjk or pass --source", file=sys.stderr)
        return 1
    font = open_face(args.source)
    options = subset.Options()
    options.layout_features = ["*"]  # vertical forms, punctuation widths, ligatures
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # Qt renders unhinted anyway; saves space
    subsetter = subset.Subsetter(options)
    chars = wanted()
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    rename(font)
    font.recalcTimestamp = False  # keep the source's dates: same input, same bytes
    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.output))
    kept = len(font.getBestCmap())
    size = args.output.stat().st_size
    print(f"{args.output}: {kept} characters of {len(chars)} asked, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
