"""Unlimited undo/redo with merging of drags and typing bursts."""

from __future__ import annotations

from .edit import Edit

#: typing or dragging again within this many seconds continues the same undo step
MERGE_WINDOW = 2.0


class History:
    def __init__(self, merge_window: float = MERGE_WINDOW) -> None:
        self._undo: list[tuple[Edit, float]] = []
        self._redo: list[Edit] = []
        self._merge_window = merge_window
        self._sealed = True

    def record(self, edit: Edit, at: float) -> None:
        """Remember an applied edit. It merges into the previous step when both carry the same
        ``merge_key``, the previous step is not sealed and it came within the merge window."""
        self._redo.clear()
        if self._undo and not self._sealed and edit.merge_key is not None:
            last, last_at = self._undo[-1]
            if last.merge_key == edit.merge_key and at - last_at <= self._merge_window:
                merged = last.then(edit)
                if merged.is_empty:
                    self._undo.pop()
                else:
                    self._undo[-1] = (merged, at)
                return
        self._undo.append((edit, at))
        self._sealed = False

    def seal(self) -> None:
        """End the current step: the next edit starts a new one (mouse released, editor closed)."""
        self._sealed = True

    def pop_undo(self) -> Edit | None:
        """The step to undo (already inverted), moved onto the redo stack."""
        if not self._undo:
            return None
        edit, _ = self._undo.pop()
        self._redo.append(edit)
        self._sealed = True
        return edit.inverse()

    def pop_redo(self) -> Edit | None:
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._undo.append((edit, float("-inf")))
        self._sealed = True
        return edit

    def push_back_undo(self, inverted: Edit) -> None:
        """Put back a step whose undo could not be applied (the step itself, not the inverse
        of its inverse)."""
        self._undo.append((self._redo.pop(), float("-inf")))

    def push_back_redo(self, edit: Edit) -> None:
        self._undo.pop()
        self._redo.append(edit)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1][0].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._sealed = True
