"""Draws the bodcheck icon: a white house with a green check mark on a blue rounded square.

Writes installer/bodcheck.png (256 px, for Linux desktops and the window icon) and installer/bodcheck.ico
(16–256 px, for the Windows executables and the installer). Each size is drawn separately, so the small
sizes stay sharp. Both outputs are committed; run this again only when the design changes:

    QT_QPA_PLATFORM=offscreen uv run python installer/maak_icoon.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

HIER = Path(__file__).resolve().parent
MATEN = (16, 24, 32, 48, 64, 128, 256)
BLAUW = QColor("#1f4e79")
GROEN = QColor("#2e9e4f")
WIT = QColor("#ffffff")


def teken(maat: int) -> QImage:
    """The icon at `maat` × `maat` pixels; drawn on a 256-unit canvas and scaled."""
    beeld = QImage(maat, maat, QImage.Format.Format_ARGB32)
    beeld.fill(Qt.GlobalColor.transparent)
    p = QPainter(beeld)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(maat / 256, maat / 256)

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLAUW)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    # the house: a roof and a body in one white shape, with a blue door
    huis = QPolygonF([QPointF(128, 42), QPointF(214, 118), QPointF(192, 118), QPointF(192, 206),
                      QPointF(64, 206), QPointF(64, 118), QPointF(42, 118)])
    p.setBrush(WIT)
    p.drawPolygon(huis)
    p.setBrush(BLAUW)
    p.drawRect(QRectF(110, 150, 36, 56))

    # the check mark in a green disc, bottom right, with a blue ring so it stands off the house
    p.setBrush(GROEN)
    p.setPen(QPen(BLAUW, 10))
    p.drawEllipse(QPointF(184, 184), 52, 52)
    vink = QPainterPath(QPointF(158, 185))
    vink.lineTo(177, 204)
    vink.lineTo(211, 166)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(WIT, 15, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.drawPath(vink)
    p.end()
    return beeld


def als_pil(beeld: QImage) -> Image.Image:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    beeld.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(buf.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    beelden = {m: als_pil(teken(m)) for m in MATEN}
    beelden[256].save(HIER / "bodcheck.png", optimize=True)
    grootste = beelden[256]
    grootste.save(HIER / "bodcheck.ico", format="ICO", sizes=[(m, m) for m in MATEN],
                  append_images=[beelden[m] for m in MATEN if m != 256])
    print(f"Geschreven: {HIER / 'bodcheck.png'}, {HIER / 'bodcheck.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
