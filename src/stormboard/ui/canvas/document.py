"""The document controller: every edit the canvas makes, and the one edit runner of the UI.

The scene mirrors the session (items, change sets, level of detail, selection); this module
changes the board. Menus, keyboard actions, gestures (``interactions``), the timeline tools and
the facilitator's panels all call :meth:`BoardDocument.run` or one of the sticky operations
below, so a new sticky edit has one place to go and a refusal is reported in one place
(ADR 0114).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, Signal
from PySide6.QtGui import QGuiApplication

from ...app import commands
from ...app.edit import Edit
from ...app.session import BoardSession, collector_paused
from ...app.workshop_commands import with_active_author
from ...domain import notation
from ...domain.board import Board
from ...domain.entities import Sticky
from ...domain.errors import DomainError
from ...domain.text import MAX_STICKY_TEXT, clean_text
from ..error_text import sentence
from . import clipboard

if TYPE_CHECKING:  # the scene holds its document; the document only steers the scene
    from .scene import BoardScene

PASTE_OFFSET = 24.0

EditSource = Edit | Callable[[], Edit]


class BoardDocument(QObject):
    """Runs the UI's edits on one session and reports each refusal once.

    ``refused(sentence, initiator)`` is the one report of a refused edit: the scene turns it
    into its status-bar ``message``; a panel that passed itself as ``initiator`` also shows it
    in place. Change sets carry the same ``initiator``, so a panel can tell its own edits.
    """

    refused = Signal(str, object)

    def __init__(self, session: BoardSession, scene: BoardScene | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        # the sentence of the last refusal (the text editor shows it under the sticky)
        self.last_refusal = ""

    @property
    def board(self) -> Board:
        return self.session.board

    def now(self) -> float:
        return self.session.clock()

    # -- the one edit runner ---------------------------------------------------------------
    def run(self, edit: EditSource, *, initiator: object | None = None,
            seal: bool = False) -> bool:
        """Build (when given a builder) and execute one edit; False, and reported, if refused.

        ``seal`` ends the undo step afterwards, refused or not (a gesture or a dialog's
        one-shot command); typing leaves it open so keystrokes merge.
        """
        try:
            with collector_paused():  # the builder's objects too (ADR 0221)
                self.session.execute(edit() if callable(edit) else edit, initiator=initiator)
        except DomainError as error:
            self.last_refusal = sentence(error)
            self.refused.emit(self.last_refusal, initiator)
            return False
        finally:
            if seal:
                self.session.seal()
        return True

    def step_history(self, redo: bool) -> bool:
        """Undo or redo one step; a refusal (read-only file, a record changed under a remote
        edit) is reported like any other."""
        try:
            self.session.redo() if redo else self.session.undo()
        except DomainError as error:
            self.last_refusal = sentence(error)
            self.refused.emit(self.last_refusal, None)
            return False
        return True

    def say(self, sentence: str) -> None:
        """A sentence for the status bar that is not a refusal (an empty clipboard...)."""
        if self.scene is not None:
            self.scene.message.emit(sentence)

    # -- creating and text -----------------------------------------------------------------
    def create_sticky(self, kind_id: str, scene_pos: QPointF, edit_text: bool = True) -> str:
        """Add a sticky of a kind centred on a point (snapped to the grid); "" if refused."""
        scene = self._scene()
        try:
            k = notation.kind(kind_id)
            x = scene.snap(scene_pos.x() - k.width / 2)
            y = scene.snap(scene_pos.y() - k.height / 2)
            sticky = commands.new_sticky(k.id, x, y, now=self.now())
        except DomainError as error:
            self.refused.emit(sentence(error), None)
            return ""
        # undo labels stay English here: the window translates them when it shows them
        edit = with_active_author(self.board, commands.add_sticky(self.board, sticky,
                                                                  f"Add {k.name}"))
        if edit_text:
            # typing that follows at once merges into this step: one undo removes the sticky
            # with its text, as one "write a sticky" action
            edit = Edit(edit.label, edit.puts, merge_key=f"text:{sticky.id}")
        scene.end_text_edit()
        self.session.seal()
        if not self.run(edit):
            return ""
        scene.select_ids([sticky.id])
        if edit_text:
            scene.begin_text_edit(sticky.id, seal=False)
        else:
            self.session.seal()
        return sticky.id

    def commit_text(self, sticky_id: str, text: str) -> bool:
        """The in-place editor's text, one keystroke at a time (merged into one undo step)."""
        if self.run(lambda: commands.set_text(self.board, sticky_id, text, self.now())):
            return True
        if self.scene is not None:
            self.scene.text_refused.emit(self.last_refusal)
        return False

    # -- the selection ---------------------------------------------------------------------
    def _scene(self) -> BoardScene:
        if self.scene is None:  # a panel's document without a wall: it runs edits only
            raise RuntimeError("this document has no scene to take a selection from")
        return self.scene

    def _selected_ids(self) -> list[str]:
        return self._scene().selected_sticky_ids()

    def _selected_records(self) -> list[Sticky]:
        stickies = self.board.stickies
        records = [stickies[i] for i in self._selected_ids() if i in stickies]
        return sorted(records, key=lambda s: (s.y, s.x))

    def delete_selection(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._scene().end_text_edit()
            self.run(lambda: commands.delete_stickies(self.board, ids))

    def nudge_selection(self, dx: float, dy: float) -> None:
        ids = self._selected_ids()
        if ids:
            self.run(lambda: commands.move_stickies(self.board, ids, dx, dy, self.now()))

    def move_stickies(self, ids: Iterable[str], dx: float, dy: float) -> bool:
        """A drag's end: one move edit for everything that was dragged."""
        ids = list(ids)
        return self.run(lambda: commands.move_stickies(self.board, ids, dx, dy, self.now()))

    def resize_sticky(self, sticky_id: str, width: float, height: float) -> bool:
        """A resize handle's release: the sticky keeps its corner, takes the new size."""
        s = self.board.stickies.get(sticky_id)
        if s is None:
            return True  # deleted under the finger (a remote edit): nothing to resize
        return self.run(lambda: commands.resize_sticky(self.board, sticky_id, s.x, s.y, width,
                                                       height, self.now()))

    def change_kind_of_selection(self, kind_id: str) -> None:
        ids = self._selected_ids()
        if ids:
            self.run(lambda: commands.change_kind(self.board, ids, kind_id, self.now()))

    def set_color_of_selection(self, color: str | None) -> None:
        ids = self._selected_ids()
        if ids:
            self.run(lambda: commands.set_color(self.board, ids, color, self.now()))

    def toggle_pivotal_of_selection(self) -> None:
        events = [s for s in self._selected_records() if s.kind == "domain_event"]
        if not events:
            self.say(_tr(QT_TRANSLATE_NOOP("BoardScene", "Only domain events can be pivotal.")))
            return
        value = not all(s.pivotal for s in events)
        ids = [s.id for s in events]
        self.run(lambda: commands.set_pivotal(self.board, ids, value, self.now()))

    # -- copies: duplicate, clipboard ------------------------------------------------------
    def _add_copies(self, records: list[dict], label: str, dx: float, dy: float) -> None:
        made: list[Sticky] = []
        skipped = 0
        now = self.now()
        for r in records:
            try:
                made.append(
                    commands.new_sticky(
                        r["kind"], r["x"] + dx, r["y"] + dy, text=r["text"], now=now,
                        color=r["color"], width=r["width"], height=r["height"],
                        pivotal=r["pivotal"],
                    )
                )
            except DomainError:
                skipped += 1
        if skipped:
            self.say(_tr(QT_TRANSLATE_NOOP(
                "BoardScene", "%n pasted item(s) could not be used and were left out."
            ), n=skipped))
        if made and self.run(
            lambda: with_active_author(self.board, commands.add_stickies(self.board, made, label))
        ):
            self.session.seal()
            self._scene().select_ids(s.id for s in made)

    @staticmethod
    def _as_dict(s: Sticky) -> dict:
        return {f: getattr(s, f) for f in ("kind", "x", "y", "width", "height", "text", "color",
                                           "pivotal")}

    def duplicate_selection(self) -> None:
        records = [self._as_dict(s) for s in self._selected_records()]
        if records:
            scene = self._scene()
            off = scene.grid_size if scene.grid_enabled else PASTE_OFFSET
            self._add_copies(records, "Duplicate", off, off)

    def copy_selection(self) -> None:
        records = self._selected_records()
        if records:
            QGuiApplication.clipboard().setMimeData(clipboard.to_mime(records))

    def cut_selection(self) -> None:
        if self._selected_ids():
            self.copy_selection()
            self.delete_selection()

    def paste(self, at: QPointF | None = None) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        scene = self._scene()
        records = clipboard.from_mime(mime)
        shortened = 0
        if records is None and mime.hasText():
            records, shortened = _text_records(mime.text(), at, scene.content_rect())
            at = None
        if not records:
            self.say(_tr(QT_TRANSLATE_NOOP(
                "BoardScene", "The clipboard holds nothing that can go on the wall."
            )))
            return
        dx = dy = 0.0
        if at is not None:
            x0 = min(r["x"] for r in records)
            y0 = min(r["y"] for r in records)
            x1 = max(r["x"] + r["width"] for r in records)
            y1 = max(r["y"] + r["height"] for r in records)
            dx = scene.snap(at.x() - (x0 + x1) / 2)
            dy = scene.snap(at.y() - (y0 + y1) / 2)
        else:
            taken = {(s.kind, s.x, s.y) for s in self.board.stickies.values()}
            if any((r["kind"], r["x"], r["y"]) in taken for r in records):
                dx = dy = PASTE_OFFSET  # pasting onto the originals: offset so both show
        self._add_copies(records, "Paste", dx, dy)
        if shortened:
            self.say(_tr(QT_TRANSLATE_NOOP(
                "BoardScene",
                "%n pasted text(s) were longer than a sticky holds and were cut to "
                "2,000 characters.",
            ), n=shortened))


def _text_records(text: str, at: QPointF | None, content) -> tuple[list[dict], int]:
    """Plain text pasted: one domain event per block, in a row (at the point, or under the
    wall); and how many blocks were longer than a sticky holds (they are cut, and said so)."""
    blocks = clipboard.text_blocks(text)
    shortened = sum(len(clean_text(b)) > MAX_STICKY_TEXT for b in blocks)
    k = notation.kind("domain_event")
    base = at or QPointF(content.left(), content.bottom() + 40)
    records = [
        {"kind": k.id, "x": base.x() + i * (k.width + 20), "y": base.y(),
         "width": k.width, "height": k.height, "text": block[:MAX_STICKY_TEXT],
         "color": None, "pivotal": False}
        for i, block in enumerate(blocks)
    ]
    return records, shortened


def _tr(text: str, n: int = -1) -> str:
    """Translated user-visible text; the context stays "BoardScene", where these sentences
    were first catalogued, so no translation is lost."""
    return QCoreApplication.translate("BoardScene", text, None, n)
