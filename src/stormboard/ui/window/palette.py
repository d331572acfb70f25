"""The palette of sticky kinds: big coloured tiles to drag onto the wall, or tap, then tap the
wall."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QBoxLayout, QScrollArea, QSizePolicy, QWidget

from ...domain.notation import KINDS, Kind
from ..canvas import KIND_MIME
from ..icons import kind_icon

#: the smallest comfortable touch target (fingertip), in millimetres
MIN_TOUCH_MM = 9.0
# a little above the minimum so rounding never lands under it
TILE_MM = 10.0


def kind_name(kind: Kind) -> str:
    """The translated name of a kind (catalogued in notation_strings.py)."""
    return QCoreApplication.translate("Kinds", kind.name)


def pixels_per_mm(widget: QWidget) -> float:
    """Device-independent pixels per millimetre on the widget's screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    dpi = 96.0
    if screen is not None:
        physical = screen.physicalDotsPerInch()
        logical = screen.logicalDotsPerInch()
        # trust the physical size when it is plausible (touch targets are about real fingers)
        dpi = physical if 60.0 <= physical <= 400.0 else logical
        dpi = max(dpi, logical)
    return dpi / 25.4


def kind_mime(kind_id: str) -> QMimeData:
    """The drag payload the wall accepts: the kind id in UTF-8 under KIND_MIME."""
    mime = QMimeData()
    mime.setData(KIND_MIME, kind_id.encode("utf-8"))
    return mime


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the tile colour."""
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    return QColor("#111111") if luminance > 0.55 else QColor("#FFFFFF")


def compact_width(tile_height: int) -> int:
    """Width of a tile in the compact palette (presentation mode): about two fingers."""
    return int(tile_height * 2.2)


class KindTile(QWidget):
    """One kind: a coloured tile with its name. Drag it out, or tap it."""

    tapped = Signal(str)

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.colour = QColor(kind.color)
        self._press: QPoint | None = None
        self._checked = False
        self._compact = False
        self.icon_rect = QRect()  # where the kind's icon was last painted
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        name = kind_name(self.kind)
        self.setAccessibleName(name)
        self.setToolTip(f"{name}\n{QCoreApplication.translate('KindMeanings', self.kind.meaning)}")
        self.update()

    # -- state ------------------------------------------------------------------------------
    def set_checked(self, on: bool) -> None:
        self._checked = on
        self.update()

    def is_checked(self) -> bool:
        return self._checked

    def set_compact(self, on: bool) -> None:
        self._compact = on
        self.updateGeometry()
        self.update()

    def tile_height(self) -> int:
        return max(math.ceil(TILE_MM * pixels_per_mm(self)), self.fontMetrics().height() + 12)

    def sizeHint(self) -> QSize:
        h = self.tile_height()
        if self._compact:
            return QSize(compact_width(h), h)
        return QSize(max(h * 3, self.fontMetrics().horizontalAdvance(kind_name(self.kind)) + h), h)

    def minimumSizeHint(self) -> QSize:
        h = self.tile_height()
        return QSize(h, h)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():  # read-only board: the tiles still show the notation, faded
            painter.setOpacity(0.35)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        frame = self.palette().highlight().color() if self._checked else QColor(0, 0, 0, 60)
        painter.setPen(QPen(frame, 4 if self._checked else 1))
        painter.setBrush(self.colour)
        painter.drawRoundedRect(rect, 6, 6)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        ink = text_colour_on(self.colour)
        painter.setPen(ink)
        name = kind_name(self.kind)
        text_rect = rect.adjusted(6, 2, -6, -2)
        glyph = kind_icon(self.kind.id, ink)
        if self._compact:
            # presentation: the icon with the whole name under it, smaller and wrapped, still
            # readable from a step away
            side = int(min(rect.height() * 0.42, rect.width() * 0.4))
            self.icon_rect = QRect(int(rect.center().x() - side / 2), int(rect.top() + 3),
                                   side, side)
            if not glyph.isNull():
                glyph.paint(painter, self.icon_rect)
                text_rect.setTop(self.icon_rect.bottom() + 1)
            font = painter.font()
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(text_rect, int(flags), name)
        else:
            side = int(rect.height() * 0.5)
            leading = QRect(0, 0, side, side)
            leading.moveCenter(QPoint(int(rect.right() - 6 - side / 2) if self.isRightToLeft()
                                      else int(rect.left() + 6 + side / 2),
                                      int(rect.center().y())))
            self.icon_rect = leading
            if not glyph.isNull():
                glyph.paint(painter, leading)
                if self.isRightToLeft():
                    text_rect.setRight(leading.left() - 6)
                else:
                    text_rect.setLeft(leading.right() + 6)
            elided = self.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
            painter.drawText(text_rect, align, elided)
        painter.end()

    # -- interaction ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._press = None
            self.start_drag()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = None
            self.tapped.emit(self.kind.id)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tapped.emit(self.kind.id)
            event.accept()
        else:
            super().keyPressEvent(event)

    def mime_data(self) -> QMimeData:
        """What dragging this tile carries (the wall creates a sticky of the kind on drop)."""
        return kind_mime(self.kind.id)

    def start_drag(self) -> Qt.DropAction:
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(Qt.GlobalColor.transparent)
        self.render(pixmap)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 4, pixmap.height() // 2))
        return drag.exec(Qt.DropAction.CopyAction)


class KindPalette(QScrollArea):
    """All kinds as tiles. ``kind_tapped`` asks the wall to place that kind on the next tap."""

    kind_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindPalette")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._inner = QWidget()
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self._inner)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(6)
        self.tiles: dict[str, KindTile] = {}
        for kind in KINDS:
            tile = KindTile(kind, self._inner)
            tile.tapped.connect(self.kind_tapped)
            self._layout.addWidget(tile)
            self.tiles[kind.id] = tile
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._pending: str | None = None

    def set_compact(self, on: bool) -> None:
        """Presentation mode: a narrow strip of tiles, so the wall gets the screen."""
        for tile in self.tiles.values():
            tile.set_compact(on)
        if on:
            tile = next(iter(self.tiles.values()))
            margins = self._layout.contentsMargins()
            scrollbar = self.verticalScrollBar().sizeHint().width()
            width = compact_width(tile.tile_height()) + margins.left() + margins.right()
            self.setMaximumWidth(width + scrollbar)
        else:
            self.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX

    def set_pending(self, kind_id: str | None) -> None:
        """Show which kind the next tap on the wall will place."""
        self._pending = kind_id
        for kid, tile in self.tiles.items():
            tile.set_checked(kid == kind_id)

    @property
    def pending(self) -> str | None:
        return self._pending

    def set_available_kinds(self, kind_ids: Iterable[str] | None) -> None:
        """Show only these kinds (a workshop phase unlocks them one by one); None shows all."""
        allowed = None if kind_ids is None else set(kind_ids)
        for kid, tile in self.tiles.items():
            tile.setVisible(allowed is None or kid in allowed)

    def retranslate(self) -> None:
        for tile in self.tiles.values():
            tile.refresh_texts()
