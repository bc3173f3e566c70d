"""Render the kbdesk icons from resources/icons/kbdesk.svg.

    python installer/make_icons.py

writes resources/icons/kbdesk-{16,32,48,64,128,256}.png (Qt's QSvgRenderer,
from PySide6-Essentials' QtSvg) and resources/icons/kbdesk.ico for Windows
(the same images: 32-bit DIB entries up to 128 px and a PNG entry at 256 px,
the layout Windows Explorer, PyInstaller and Inno Setup all read). The outputs
are committed; run this again only after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def dib_bytes(image: QImage) -> bytes:
    """An ICO directory entry's image: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory: B G R A
    w, h = img.width(), img.height()
    rows = [bytes(img.constScanLine(y))[: w * 4] for y in range(h)]
    mask_row = ((w + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4 + mask_row * h, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * h)


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    entries = [(size, png_bytes(img) if size >= 256 else dib_bytes(img)) for size, img in sorted(images.items())]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, blob in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(out + b"".join(blob for _size, blob in entries))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/painting need it
    svg = ICONS / "kbdesk.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"cannot read {svg}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        target = ICONS / f"kbdesk-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ICONS.parent.parent)}")
    write_ico(ICONS / "kbdesk.ico", images)
    print(f"wrote {(ICONS / 'kbdesk.ico').relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
