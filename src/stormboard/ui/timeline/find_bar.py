"""The find bar (Ctrl+F): type, and the wall jumps to the first match; Enter / Shift+Enter go
to the next / previous one. Matching folds Persian and Arabic letter variants, digits, case and
spacing (``domain.search.SearchIndex``), so "علي" finds "علی"."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from ...app.edit import ChangeSet
from ...app.session import Subscription
from ...domain.duplicates import compact_key
from ...domain.search import SearchIndex
from ..canvas.sticky_item import STICKY_TYPE
from ..plain_text import PlainLabel
from .tools import TimelineTools

#: zooming to a match never goes further out than this, so its text can be read
MIN_READ_ZOOM = 0.5
# the idle folding held for a frame resumes after this long even if the wall never paints
PAINT_WAIT_MS = 200
#: a change to the board while the idle folding runs holds it this long: its slices would
#: otherwise land in the frames of someone working the wall (4 ms each, two per frame after an
#: undo of delete-all in the first seconds after opening; ADR 0242)
EDIT_PAUSE_MS = 150


class _AfterPaint(QObject):
    """Calls ``callback(self)`` once, in the event-loop turn after ``widget`` next painted,
    or after ``wait_ms`` if it does not paint by then."""

    def __init__(self, widget: QWidget, callback, wait_ms: int) -> None:
        super().__init__(widget)
        self.callback = callback
        self.widget = widget
        self.painted = False
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted = True
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            self.deleteLater()
            callback(self)


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.tools: TimelineTools | None = None
        self.matches: list[str] = []
        self.index = -1
        self._subscription: Subscription | None = None
        #: folded texts in reading order, folded while idle and kept current by the change
        #: sets, so a keystroke folds and sorts nothing (issue 12, ADR 0226)
        self.search_index = SearchIndex()
        self._folding = QTimer(self)
        self._folding.setInterval(0)
        self._folding.timeout.connect(self._fold_some)
        # the last folded query and its matches in reading order, while the board is unchanged
        self._narrow: tuple[str, list[str]] | None = None
        # the matches are the first ones only: the index was still being built when the
        # letter came; the rest are found while idle (ADR 0235)
        self.partial = False
        self._held: _AfterPaint | None = None  # the idle folding waits for this paint
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.field.installEventFilter(self)
        self.count = PlainLabel(self)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.close_button = QToolButton(self)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for b in (self.previous_button, self.next_button, self.close_button):
            b.setAutoRaise(True)
            b.setMinimumSize(36, 36)  # about 9.5 mm at 96 dpi: a finger fits
            layout.addWidget(b)
        self.field.setMinimumHeight(36)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find on the wall"))
        self.field.setAccessibleName(self.tr("Find on the wall"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setText(self.tr("Close"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following a board -------------------------------------------------------------------
    def set_tools(self, tools: TimelineTools | None) -> None:
        self.tools = tools
        self.search_index = SearchIndex()  # another board
        self._narrow = None
        if self._subscription is not None:  # follow the new board only, never a closed one
            self._subscription.close()
        self._subscription = tools.scene.session.subscribe(self._changed) if tools else None
        self._fold_after_the_frame()  # not before the board's first frame (ADR 0235)
        self.search()

    def _fold_later(self) -> None:
        """Fold the board's texts a few milliseconds at a time while nothing else happens."""
        if self.tools is not None and not self.search_index.ready:
            self._folding.start(0)

    def _fold_after_the_frame(self) -> None:
        """Hold the idle folding until the wall has painted the answer to a keystroke: its
        slices would otherwise run while Qt waits to paint (ADR 0235)."""
        self._folding.stop()
        view = self.tools.primary_view if self.tools is not None else None
        if view is None or self.search_index.ready:
            self._fold_later()
            return
        held = self._held
        if held is None or not shiboken6.isValid(held) or held.painted \
                or held.widget is not view.viewport():  # else: the frame it waits for is next
            self._held = _AfterPaint(view.viewport(), self._resume, PAINT_WAIT_MS)

    def _resume(self, held: _AfterPaint) -> None:
        if held is self._held:
            self._held = None
            self._fold_later()

    def _fold_some(self) -> None:
        if self._folding.interval():
            self._folding.setInterval(0)  # the pause after an edit is over
        if self.tools is None or self.search_index.fold_some(self.tools.scene.board):
            self._folding.stop()
            if self.partial and self.isVisible():
                self._find(keep=self.current)  # the index is complete: every match now

    def _changed(self, changes: ChangeSet) -> None:
        self._narrow = None  # any change (a sticky, a lane) may add a match or reorder them
        if self._folding.isActive() and not self.isVisible():
            self._folding.start(EDIT_PAUSE_MS)  # someone is working the wall: wait a little
        if not changes.touches("stickies") or self.tools is None:
            return
        if not self.isVisible():
            # nobody searches: note the stickies only, settled when the bar opens (ADR 0235)
            self.search_index.stale(changes.ids("stickies"))
            return
        # their folded texts and places in reading order are taken afresh
        self.search_index.changed(self.tools.scene.board, changes.ids("stickies"))
        self._fold_later()
        self._find(keep=self.current)

    # -- searching ---------------------------------------------------------------------------
    def open_bar(self) -> None:
        if self.tools is not None:
            # Ctrl+F before the idle work sorted the wall: sort it now (~10 ms at 20,000), so
            # the first letter only folds up to its first match (ADR 0235)
            self.search_index.prepare(self.tools.scene.board)
        self._fold_later()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.partial = False
        if self.tools is not None:
            self.tools.decorations.set_found(())
            view = self.tools.primary_view
            if view is not None:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    @property
    def current(self) -> str:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else ""

    def search(self) -> None:
        self._find(keep="", ring=False)  # the jump rings them, once
        if self.matches:
            self.jump()
        elif self.tools is not None:
            self.tools.decorations.set_found(())

    def _find(self, keep: str, ring: bool = True) -> None:
        self.partial = False
        if self.tools is None:
            self.matches, self.index = [], -1
        else:
            board, text, index = self.tools.scene.board, self.field.text(), self.search_index
            # a query that only grew can only match among the last matches (issue 12): a
            # keystroke looks at those, in the reading order they already have
            needle = compact_key(text)
            narrow = self._narrow
            among = narrow[1] if narrow is not None and narrow[0] and narrow[0] in needle \
                else None
            if needle and among is None and not keep and not index.ready:
                # the index is still being built: the first matches now, exactly, and the
                # rest while idle, once the frame is painted (a letter typed as the board
                # shows; ADR 0235)
                self.matches, complete = index.first_matches(board, text)
                self.partial = not complete
                self._fold_after_the_frame()
            else:
                self.matches = index.search(board, text, among)
            self._narrow = None if self.partial else (needle, self.matches)
            self.index = self.matches.index(keep) if keep in self.matches else (
                0 if self.matches else -1)
            if ring:
                self.tools.decorations.set_found(self.matches, self.current)
        self._show_count()

    def _complete(self) -> None:
        """Every match now (Enter, Shift+Enter before the idle search ended)."""
        if self.partial and self.tools is not None:
            self.search_index.complete(self.tools.scene.board)
            self._find(keep=self.current)

    def next(self) -> None:
        self._complete()
        if self.matches:
            self.index = (self.index + 1) % len(self.matches)
            self.jump()

    def previous(self) -> None:
        self._complete()
        if self.matches:
            self.index = (self.index - 1) % len(self.matches)
            self.jump()

    def jump(self) -> None:
        """Select the current match, bring it into view and ring every match."""
        tools, sid = self.tools, self.current
        if tools is None or not sid:
            return
        scene = tools.scene
        scene.select_ids([sid])
        s = scene.board.stickies[sid]
        view = tools.primary_view
        if view is not None:
            middle = QPointF(s.x + s.width / 2, s.y + s.height / 2)
            set_zoom = getattr(view, "set_zoom", None)
            if set_zoom is not None and view.transform().m11() < MIN_READ_ZOOM:
                # centred as it zooms: block mode is left where the view lands (ADR 0230)
                set_zoom(MIN_READ_ZOOM, center=middle)
            view.centerOn(middle)
        tools.decorations.set_found(self._rings(view), sid)
        self._show_count()

    def _rings(self, view) -> list[str]:
        """The matches to ring: all of them; while only the first are known, those and the
        matches where the view shows (folding just those texts), so the frame is right."""
        if not self.partial or view is None or self.tools is None:
            return self.matches
        scene = self.tools.scene
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        ids = [item.sticky_id for item in scene.items(shown) if item.type() == STICKY_TYPE]
        known = set(self.matches)
        return self.matches + [sid for sid in self.search_index.matching(
            scene.board, self.field.text(), ids) if sid not in known]

    def _show_count(self) -> None:
        if not self.field.text().strip() or self.partial:  # the count follows when complete
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", QLocale().toString(self.index + 1))
                .replace("%2", QLocale().toString(len(self.matches)))
            )

    def eventFilter(self, obj, event: QEvent) -> bool:
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key: QKeyEvent = event  # type: ignore[assignment]
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if key.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
