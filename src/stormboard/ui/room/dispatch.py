"""Runs a room's calls on the GUI thread, where the board session lives."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class GuiDispatcher(QObject):
    """``submit(fn)`` from any thread; ``fn`` runs in this object's (GUI) thread."""

    _call = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._call.emit(fn, future)
        return future

    @Slot(object, object)
    def _run(self, fn: Callable[[], Any], future: Future[Any]) -> None:
        if not future.set_running_or_notify_cancel():
            return  # the room closed while this call waited
        try:
            result = fn()
        except BaseException as error:  # handed to the room's thread, which decides
            future.set_exception(error)
        else:
            future.set_result(result)
