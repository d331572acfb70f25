"""Long exports off the GUI thread: the PDF poster renders in a QThread.

The poster engine only reads its plan (immutable records), so it is safe to run beside the GUI.
Its progress callback is called in the worker; we forward it as a queued signal, and answer
False once Cancel was pressed, which makes the engine stop and leave no file.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ...error_codes import Phrase, os_problem
from ...export.atomic import OutputError
from ...export.poster import PosterCancelled, PosterError, PosterPlan, render
from ..error_text import sentence

#: jobs running with the collector paused, and whether it was on before the first of them
_PAUSED = 0
_GC_STATE = {"enabled": True}


class PosterJob(QThread):
    """Render ``plan`` into ``out``; ``outcome`` is "done", "cancelled" or "failed" afterwards."""

    #: (done, total), delivered in the GUI thread
    progressed = Signal(int, int)

    def __init__(self, plan: PosterPlan, out: Path, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.out = Path(out)
        self.outcome = ""
        self._gc_paused = False
        self.error = ""
        self._cancel = threading.Event()

    def start(self, *args) -> None:  # type: ignore[no-untyped-def]
        """Start the worker with Python's cyclic garbage collector paused (GUI thread).

        The collector runs in whichever thread happens to allocate; run in the worker it would
        destroy unreachable Qt objects of the GUI thread there, which crashes. Garbage is
        collected here first; reference counting still frees everything else meanwhile.
        """
        global _PAUSED
        if not self._gc_paused:
            self._gc_paused = True
            if _PAUSED == 0:
                _GC_STATE["enabled"] = gc.isenabled()
                gc.collect()
                gc.disable()
            _PAUSED += 1
        self.finished.connect(self.restore_gc)  # queued: runs in the GUI thread
        super().start(*args)

    def restore_gc(self) -> None:
        """Resume the collector once no job runs (idempotent; called in the GUI thread)."""
        global _PAUSED
        if not self._gc_paused:
            return
        self._gc_paused = False
        _PAUSED -= 1
        if _PAUSED == 0 and _GC_STATE["enabled"]:
            gc.enable()

    def cancel(self) -> None:
        """Ask the engine to stop at its next progress step (thread-safe)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            render(self.plan, self.out, progress=self._progress)
        except PosterCancelled:
            self.outcome = "cancelled"
        except (PosterError, OutputError) as error:
            self.outcome, self.error = "failed", sentence(error)
        except OSError as error:
            self.outcome, self.error = "failed", f"{self.out}: {sentence(os_problem(error))}"
        except Exception as error:  # a bug must not kill the app from a worker thread
            self.outcome = "failed"
            self.error = sentence(Phrase("export.failed_bug", detail=f"{type(error).__name__}: "
                                         f"{error}"))
        else:
            self.outcome = "done"
