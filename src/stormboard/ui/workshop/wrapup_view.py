"""Wrap-up: what the workshop produced (``app.wrapup.build_wrapup``), the ranked hotspots and
opportunities with an editable owner and next step, and the two report files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app import workshop_commands as wc
from ...app.edit import Edit
from ...app.wrapup import WrapUp, build_wrapup
from ...domain.board import Board
from ...error_codes import os_problem
from ...export.report import write_csv, write_markdown
from ..bidi import isolate
from ..error_text import sentence
from ..plain_text import PlainLabel
from .common import Clock, clock_text, finger_px, finger_sized, kind_name, phase_title

#: (title, suggested file name, name filter) -> chosen path or None; tests replace it
AskSavePath = Callable[[str, str, str], Path | None]

COL_NUMBER, COL_VOTES, COL_KIND, COL_TEXT, COL_OWNER, COL_STEP = range(6)
EDITABLE = (COL_OWNER, COL_STEP)


class WrapUpPanel(QWidget):
    #: a sentence for the facilitator (a file saved, a write refused)
    message = Signal(str)

    def __init__(
        self,
        board: Callable[[], Board],
        clock: Clock,
        run: Callable[[Callable[[Board], Edit]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._board = board
        self.clock = clock
        self._run = run
        self._loading = False
        self._ids: list[str] = []
        self.wrapup: WrapUp | None = None
        self.ask_save_path: AskSavePath = self._ask_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("wrapupSummary")
        self.summary.setReadOnly(True)
        self.summary.setMinimumHeight(finger_px(self) * 4)
        layout.addWidget(self.summary, 2)
        self.ranked_label = PlainLabel(self)
        self.ranked_label.setWordWrap(True)
        layout.addWidget(self.ranked_label)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("rankedTable")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(finger_px(self) + 6)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        for col in (COL_NUMBER, COL_VOTES, COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (COL_TEXT, COL_OWNER, COL_STEP):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.setMinimumHeight(finger_px(self) * 4)
        layout.addWidget(self.table, 3)
        row = QHBoxLayout()
        self.save_md = QPushButton(self)
        self.save_md.setObjectName("saveMarkdown")
        self.save_csv = QPushButton(self)
        self.save_csv.setObjectName("saveCsv")
        finger_sized(self.save_md, self.save_csv)
        self.save_md.clicked.connect(self.save_markdown)
        self.save_csv.clicked.connect(self.save_ranked_csv)
        row.addWidget(self.save_md)
        row.addWidget(self.save_csv)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Votes"), self.tr("Kind"), self.tr("Text"),
            self.tr("Owner"), self.tr("Next step"),
        ])
        self.save_md.setText(self.tr("Save report (Markdown)…"))
        self.save_csv.setText(self.tr("Save ranked list (CSV)…"))

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        board = self._board()
        w = build_wrapup(board, self.clock())
        self.wrapup = w
        text = self._summary_text(w)
        if text != self.summary.toPlainText():  # keep the reader's scroll position
            self.summary.setPlainText(text)
        self.ranked_label.setText(
            self.tr("Hotspots and opportunities, most voted first:") if w.votes_revealed
            else self.tr("Votes are not revealed yet: the list is in board order.")
        )
        self._loading = True
        try:
            self.table.setRowCount(len(w.ranked))
            self._ids = [r.sticky.id for r in w.ranked]
            for row, r in enumerate(w.ranked):
                d = r.decision
                number = r.rank if w.votes_revealed else r.position
                cells = (
                    str(number),
                    str(r.votes) if w.votes_revealed else "—",
                    kind_name(r.sticky.kind),
                    " ".join(r.sticky.text.split()),
                    d.owner if d else "",
                    d.next_step if d else "",
                )
                for col, text in enumerate(cells):
                    item = self.table.item(row, col)
                    if item is None:
                        item = QTableWidgetItem()
                        if col not in EDITABLE:
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        self.table.setItem(row, col, item)
                    if item.text() != text:
                        item.setText(text)
        finally:
            self._loading = False

    def _summary_text(self, w: WrapUp) -> str:
        lines = [w.title, ""]
        lines.append(self.tr("Goal: %1").replace("%1", isolate(w.goal) or "—"))
        lines.append(self.tr("Scope: %1").replace("%1", isolate(w.scope) or "—"))
        lines.append("")
        names = [isolate(f"{p.name} ({p.role})" if p.role else p.name) for p in w.participants]
        lines.append(self.tr("Participants: %1").replace("%1", ", ".join(names) or "—"))
        lines += ["", self.tr("Time per phase:")]
        board = self._board()
        plans = {p.key: p for p in board.workshop.plan}
        for ph in w.phases:
            title = phase_title(plans[ph.key]) if ph.key in plans else ph.title
            used = clock_text(ph.used_seconds) if ph.visits else self.tr("not run")
            lines.append(
                "  " + self.tr("%1: %2 of %3 min").replace("%1", isolate(title)).replace("%2", used)
                .replace("%3", f"{ph.planned_minutes:g}")
            )
        lines += ["", self.tr("On the wall:")]
        lines += [f"  {kind_name(k)}: {n}" for k, n in w.counts_by_kind] or ["  —"]
        lines += ["", self.tr("Pivotal events:")]
        lines += [f"  {i}. {s.text}" for i, s in enumerate(w.pivotal_events, 1)] or ["  —"]
        if w.pivotal_events:
            lines += ["", self.tr("Chapters:")]
            for ch in w.chapters:
                if ch.events or ch.pivotal is not None:
                    lines.append(
                        "  " + self.tr("%1: %2").replace(
                            "%2", self.tr("%Ln event(s)", "", len(ch.events)))
                        .replace("%1", isolate(ch.name))
                    )
        if w.lanes:
            lines += ["", self.tr("Swimlanes:")]
            for lane in w.lanes:
                # counted texts take their plural from the catalogues: "1 sticky" (ADR 0174)
                lines.append(
                    "  " + self.tr("%1: %2, %3")
                    .replace("%2", self.tr("%Ln event(s)", "", lane.events))
                    .replace("%3", self.tr("%Ln sticky(ies)", "", lane.stickies))
                    .replace("%1", isolate(lane.label))
                )
        return "\n".join(line.replace("\n", " ") for line in lines)

    def ranked_ids(self) -> list[str]:
        return list(self._ids)

    # -- editing -------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in EDITABLE or not 0 <= item.row() < len(self._ids):
            return
        sid = self._ids[item.row()]
        text = item.text()
        if item.column() == COL_OWNER:
            ok = self._run(lambda board: wc.set_decision(board, sid, owner=text))
        else:
            ok = self._run(lambda board: wc.set_decision(board, sid, next_step=text))
        if not ok:
            self.refresh()

    def set_owner(self, row: int, text: str) -> None:
        """Type an owner into a row as the facilitator would (used by tests and shortcuts)."""
        self.table.item(row, COL_OWNER).setText(text)

    def set_next_step(self, row: int, text: str) -> None:
        self.table.item(row, COL_STEP).setText(text)

    # -- files ---------------------------------------------------------------------------
    def _ask_save_path(self, title: str, suggested: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, name_filter)
        return Path(path) if path else None

    def _base_name(self) -> str:
        title = self._board().info.title.strip() or "workshop"
        return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()

    def save_markdown(self) -> Path | None:
        path = self.ask_save_path(
            self.tr("Save the workshop report"), self._base_name() + ".md",
            self.tr("Markdown (*.md)"),
        )
        if path is None:
            return None
        return self._write(lambda p: write_markdown(build_wrapup(self._board(), self.clock()), p),
                           path)

    def save_ranked_csv(self) -> Path | None:
        path = self.ask_save_path(
            self.tr("Save the ranked list"), self._base_name() + " - ranked.csv",
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return None
        return self._write(
            lambda p: write_csv(build_wrapup(self._board(), self.clock()).ranked, p), path
        )

    def _write(self, writer: Callable[[Path], None], path: Path) -> Path | None:
        try:
            writer(path)
        except OSError as error:
            self.message.emit(
                self.tr("Could not write %1: %2").replace("%1", isolate(str(path)))
                .replace("%2", sentence(os_problem(error)))
            )
            return None
        self.message.emit(self.tr("Saved %1").replace("%1", isolate(str(path))))
        return path
