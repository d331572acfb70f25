"""Guards that keep stray input from changing the workshop (ADR 0170).

- A button that acts on the workshop takes keyboard focus only by Tab, never by a click: after
  a click the keyboard still belongs to the wall, so a Space typed for a sticky cannot press
  "Next" a second time.
- A spin box or combo box changes by the wheel only once it has focus: a wheel turned over an
  unfocused one scrolls the panel it sits in instead (the event is ignored and Qt passes it on
  to the parent scroll area).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def keep_focus_off(*buttons: QAbstractButton) -> None:
    """A click on these does not move keyboard focus; Tab still reaches them."""
    for button in buttons:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class WheelGuard(QObject):
    """Event filter: a wheel over an unfocused spin box or combo box scrolls the nearest
    scroll area around it (or goes to its parent when there is none)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(watched, QWidget)
            or not isinstance(event, QWheelEvent)
            or watched.hasFocus()
        ):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()  # ignored + filtered: Qt hands a real wheel on to the parent
            return True
        # Qt does not pass synthetic wheels on to parents, so hand it over explicitly
        viewport = area.viewport()
        pos = viewport.mapFromGlobal(event.globalPosition().toPoint())
        forwarded = QWheelEvent(
            QPointF(pos), event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted(),
        )
        QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True


_GUARD: WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box and combo box under ``root`` (idempotent; call again after adding
    inputs). Focus by click or Tab, not by wheel, so the wheel cannot focus them either."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
    inputs: list[QWidget] = [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]
    if isinstance(root, (QAbstractSpinBox, QComboBox)):
        inputs.append(root)
    for widget in inputs:
        if widget.property("stormboardWheelGuard"):
            continue
        widget.setProperty("stormboardWheelGuard", True)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_GUARD)
