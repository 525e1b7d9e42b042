"""Render resources/icons/facilitator-app.svg to the PNG sizes and the Windows .ico.

Run by hand after changing the SVG (``python packaging/icons.py``); the outputs are committed,
so building never needs this. The .ico holds PNG images (Windows Vista and later read them).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "facilitator-app.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png),
                               offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["icons"])  # noqa: F841 - Qt needs it
    images = {size: render(size) for size in SIZES}
    (ICONS / "facilitator-app.png").write_bytes(images[256])
    (ICONS / "facilitator-app-48.png").write_bytes(images[48])
    (ICONS / "facilitator-app.ico").write_bytes(ico(images))
    print(f"wrote {', '.join(p.name for p in sorted(ICONS.iterdir()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
