"""The duplicates dialog: groups of stickies that say the same thing (``find_duplicates``), each
with a choice of which one to keep and a Merge button (``merge_duplicates``: links, votes and
authors move onto the kept sticky; one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...app import timeline_commands as tc
from ...app.edit import ChangeSet
from ...app.session import Subscription
from ...domain.duplicates import DuplicateGroup, find_duplicates
from ...domain.notation import KINDS_BY_ID
from ..bidi import isolate
from ..plain_text import PlainLabel
from .tools import TimelineTools

TOUCH_PX = 36
PREVIEW_CHARS = 90


class DuplicatesDialog(QDialog):
    def __init__(self, tools: TimelineTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.tools = tools
        self.groups: list[DuplicateGroup] = []
        self.choices: list[QButtonGroup] = []
        self.merge_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self._subscription: Subscription | None = tools.scene.session.subscribe(
            self._changed)
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._refill_timer.timeout.connect(self.refill)
        self.finished.connect(self._stop_following)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Duplicates"))
        self.refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _stop_following(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches("stickies"):
            self._refill_timer.start()  # after undo, redo or an edit elsewhere

    # -- content -----------------------------------------------------------------------------
    def refill(self) -> None:
        board = self.tools.scene.board
        self.groups = find_duplicates(board.stickies)
        self.choices, self.merge_buttons = [], []
        body = QWidget()
        column = QVBoxLayout(body)
        loc = QLocale()
        if not self.groups:
            self.intro.setText(self.tr("No duplicates found."))
        else:
            self.intro.setText(
                self.tr("%1 groups of stickies say the same thing. Choose the one to keep in "
                        "each group and merge: links, votes and authors move onto it.")
                .replace("%1", loc.toString(len(self.groups)))
            )
        for index, group in enumerate(self.groups):
            column.addWidget(self._group_box(index, group))
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()  # maybe inside its own button's click: delete later, not now
        self.scroll.setWidget(body)

    def _group_box(self, index: int, group: DuplicateGroup) -> QGroupBox:
        board = self.tools.scene.board
        kind = KINDS_BY_ID.get(group.kind)
        title = QCoreApplication.translate("Kinds", kind.name) if kind else group.kind
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        choice = QButtonGroup(box)
        for i, sid in enumerate(group.ids):
            s = board.stickies[sid]
            text = " ".join(s.text.split())
            if len(text) > PREVIEW_CHARS:
                text = text[:PREVIEW_CHARS - 1] + "…"
            author = board.participants.get(s.author) if s.author else None
            if author is not None:
                text = self.tr("%1 (by %2)").replace("%1", isolate(text)).replace(
                    "%2", isolate(author.name))
            radio = QRadioButton(text, box)
            radio.setMinimumHeight(TOUCH_PX)
            radio.setProperty("sticky_id", sid)
            radio.setChecked(i == 0)
            choice.addButton(radio, i)
            layout.addWidget(radio)
        row = QHBoxLayout()
        show = QPushButton(self.tr("Show on the wall"), box)
        show.setMinimumHeight(TOUCH_PX)
        show.clicked.connect(lambda _=False, g=group: self.show_group(g))
        merge = QPushButton(self.tr("Merge"), box)
        merge.setObjectName(f"merge_{index}")
        merge.setMinimumHeight(TOUCH_PX)
        merge.clicked.connect(lambda _=False, i=index: self.merge(i))
        row.addStretch(1)
        row.addWidget(show)
        row.addWidget(merge)
        layout.addLayout(row)
        self.choices.append(choice)
        self.merge_buttons.append(merge)
        return box

    def keep_id(self, index: int) -> str:
        button = self.choices[index].checkedButton()
        if button is None:
            return self.groups[index].ids[0]
        return str(button.property("sticky_id"))

    def choose(self, index: int, sticky_id: str) -> None:
        for button in self.choices[index].buttons():
            if button.property("sticky_id") == sticky_id:
                button.setChecked(True)

    # -- actions -----------------------------------------------------------------------------
    def merge(self, index: int) -> None:
        group, keep = self.groups[index], self.keep_id(index)
        scene = self.tools.scene
        if self.tools.run(lambda: tc.merge_duplicates(scene.board, group, keep, scene.now())):
            scene.select_ids([keep])
        self.refill()

    def show_group(self, group: DuplicateGroup) -> None:
        scene = self.tools.scene
        scene.select_ids(group.ids)
        view = self.tools.primary_view
        if view is not None and hasattr(view, "zoom_to_selection"):
            view.zoom_to_selection()


__all__ = ["DuplicatesDialog"]
