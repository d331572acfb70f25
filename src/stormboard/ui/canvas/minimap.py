"""An overview of the whole wall with the visible part framed; tap or drag to jump there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...app.edit import ChangeSet
from ...domain.entities import BoardInfo, Sticky
from . import style
from .view import BoardView

#: the overview's first render waits this long after the frame that showed it empty
FIRST_RENDER_AFTER_MS = 250


class Minimap(QWidget):
    def __init__(self, view: BoardView, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.scene = view.board_scene
        self._image: QImage | None = None
        self._area = QRectF()  # scene rectangle the image shows
        self.setMinimumSize(120, 80)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: tap or drag to move the view"))
        # the overview image is rebuilt at most a few times a second, not per edit
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(150)
        self._rebuild.timeout.connect(self._render_if_shown)
        #: renders done (counted by tests: one after the first frame, none while hidden)
        self.renders = 0
        #: sticky id -> (record, colour key, block), kept in step so a render groups them by
        #: colour and draws one drawRects() per colour (issue 12); None: read them all again
        self._blocks: dict[str, tuple[Sticky, int, QRectF]] | None = None
        #: the blocks of the latest removal, kept for its undo (ADR 0223)
        self._gone: dict[str, tuple[Sticky, int, QRectF]] = {}
        #: the sticky ids of the change sets since the last render, read by the next one:
        #: an edit costs the overview nothing until it is drawn (ADR 0234)
        self._pending: list[frozenset[str]] = []
        #: colour key -> sticky id -> block, kept with the blocks: a render after a drag of
        #: 1,000 stickies regroups those, not the 20,000 (ADR 0234)
        self._by_color: dict[int, dict[str, QRectF]] = {}
        self._colors: dict[int, QColor] = {}
        self._subscription = self.scene.session.subscribe(self._changed)
        self.destroyed.connect(lambda *_a, s=self._subscription: s.close())
        view.zoom_changed.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def _changed(self, changes: ChangeSet) -> None:
        if self._blocks is not None:
            if "info" in changes.updated:  # the legend's colours
                self._blocks = None
                self._gone = {}
                self._pending = []
            else:
                pending = self._pending
                for part in (changes.removed, changes.added, changes.updated):
                    ids = part.get("stickies")
                    if ids:
                        pending.append(ids)
                if len(pending) > 64:  # no render for a while (an empty wall): fold them
                    self._pending = [frozenset().union(*pending)]
        self._rebuild.start(150)

    def _catch_up(self) -> None:
        """Bring the blocks in step with the board for the sticky ids changed since the last
        render: each id once, however many change sets named it."""
        pending, self._pending = self._pending, []
        blocks = self._blocks
        if blocks is None or not pending:
            return
        board = self.scene.board
        stickies, info = board.stickies, board.info
        gone, went = self._gone, {}
        ids = frozenset().union(*pending) if len(pending) > 1 else pending[0]
        if len(ids) * 2 > len(blocks) + len(stickies):
            self._catch_up_all(stickies, info)
            return
        by_color = self._by_color
        for sid in ids:
            s = stickies.get(sid)
            old = blocks.get(sid)
            if old is not None and (s is None or old[0] is not s):
                del by_color[old[1]][sid]
            if s is None:
                if old is not None:
                    went[sid] = blocks.pop(sid)
            elif old is None or old[0] is not s:
                kept = gone.get(sid)
                block = kept if kept is not None and kept[0] is s else self._block(s, info)
                blocks[sid] = block
                rects = by_color.get(block[1])
                if rects is None:
                    rects = by_color[block[1]] = {}
                rects[sid] = block[2]
        if went:
            self._gone = went

    def _catch_up_all(self, stickies, info: BoardInfo) -> None:
        """Most of the wall changed (a delete-all, its undo): one pass in board order, the
        blocks of the stickies still or again the same records kept."""
        blocks, gone = self._blocks or {}, self._gone
        fresh = {}
        for sid, s in stickies.items():
            block = blocks.get(sid)
            if block is None or block[0] is not s:
                block = gone.get(sid)
                if block is None or block[0] is not s:
                    block = self._block(s, info)
            fresh[sid] = block
        went = blocks if not fresh else {
            sid: block for sid, block in blocks.items() if sid not in fresh}
        self._set_blocks(fresh)
        if went:
            self._gone = went

    def _set_blocks(self, blocks: dict[str, tuple[Sticky, int, QRectF]]) -> None:
        by_color: dict[int, dict[str, QRectF]] = {}
        for sid, (_record, key, rect) in blocks.items():
            rects = by_color.get(key)
            if rects is None:
                rects = by_color[key] = {}
            rects[sid] = rect
        self._blocks = blocks
        self._by_color = by_color

    def _block(self, s: Sticky, info: BoardInfo) -> tuple[Sticky, int, QRectF]:
        color = style.shared_color(style.sticky_color_name(s, info))  # not modified
        key = color.rgba()
        self._colors.setdefault(key, color)
        return s, key, QRectF(s.x, s.y, s.width, s.height)

    def sizeHint(self) -> QSize:
        return QSize(220, 140)

    def _render_if_shown(self) -> None:
        if self.isVisible():
            self._render()
        else:  # a hidden overview draws when it shows (its paint asks): out of date until then
            self._image = None

    def _render(self) -> None:
        self._rebuild.stop()  # whatever asked, this is the render it waited for
        area = self.scene.content_rect().adjusted(-200, -200, 200, 200)
        if area.isEmpty() or self.width() < 2 or self.height() < 2:
            self._image = None
            return
        image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(style.WALL_COLOR)
        painter = QPainter(image)
        scale = min(self.width() / area.width(), self.height() / area.height())
        # centre the wall in the widget, then draw each sticky as a block of its colour
        ox = (self.width() - area.width() * scale) / 2
        oy = (self.height() - area.height() * scale) / 2
        painter.translate(ox, oy)
        painter.scale(scale, scale)
        painter.translate(-area.left(), -area.top())
        board = self.scene.board
        for lane in board.lanes.values():
            painter.fillRect(QRectF(area.left(), lane.y, area.width(), lane.height),
                             QColor(lane.color))
        if self._blocks is None:
            info = board.info
            self._pending = []
            self._set_blocks({sid: self._block(s, info) for sid, s in board.stickies.items()})
        else:
            self._catch_up()
        painter.setPen(Qt.PenStyle.NoPen)
        for key, rects in self._by_color.items():
            if rects:
                painter.setBrush(self._colors[key])
                painter.drawRects(list(rects.values()))
        painter.end()
        self._image = image
        self.renders += 1
        self._area = QRectF(area.left() - ox / scale, area.top() - oy / scale,
                            self.width() / scale, self.height() / scale)
        self.update()

    def _to_scene(self, p: QPointF) -> QPointF:
        a = self._area
        return QPointF(a.left() + p.x() / self.width() * a.width(),
                       a.top() + p.y() / self.height() * a.height())

    def _to_widget(self, r: QRectF) -> QRectF:
        a = self._area
        sx, sy = self.width() / a.width(), self.height() / a.height()
        return QRectF((r.left() - a.left()) * sx, (r.top() - a.top()) * sy,
                      r.width() * sx, r.height() * sy)

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image is None:
            # never drawn (or hidden since): the wall's colour in this frame, the overview a
            # moment later. At start-up this frame is the wall's first one, which so waits for
            # no overview of 20,000 stickies (ADR 0239); nor does a key pressed right after it
            # (a Ctrl+F and a letter wait for no 60 ms render)
            painter.fillRect(self.rect(), style.WALL_COLOR)
            if not self._rebuild.isActive():
                self._rebuild.start(FIRST_RENDER_AFTER_MS)
            return
        painter.drawImage(0, 0, self._image)
        frame = self._to_widget(self.visible_scene_rect())
        painter.setPen(QPen(style.SELECTION_COLOR, 2))
        painter.setBrush(QColor(21, 101, 192, 30))
        painter.drawRect(frame)
        painter.setPen(QPen(QColor(0, 0, 0, 80), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._image is not None:  # else the next paint asks for the first render
            self._rebuild.start(150)

    def jump_to(self, widget_pos: QPointF) -> None:
        if self._image is None:
            self._render()
        if self._image is not None:
            self.view.centerOn(self._to_scene(widget_pos))
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.jump_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.jump_to(event.position())
