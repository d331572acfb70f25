"""Start-up work after the wall's first frame (ADR 0239): the overview map draws once, after
that frame, and not at all while hidden. Counted, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from stormboard.app import commands
from stormboard.ui.window import MainWindow


class _FirstPaint(QObject):
    """Notes the overview's render count when the wall's viewport first paints."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.renders_then: int | None = None
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.renders_then is None:
            self.renders_then = self.window.minimap.renders
        return False


def _add(window: MainWindow, x: float) -> None:
    session = window.session
    s = commands.new_sticky("domain_event", x, 0, text="Order paid", now=session.clock())
    session.execute(commands.add_sticky(session.board, s))
    session.seal()


def test_the_overview_draws_once_after_the_walls_first_frame(make_window, tmp_path: Path,
                                                              qtbot) -> None:
    window = make_window()
    assert window.new_board(tmp_path / "wall.storm")
    for i in range(30):
        _add(window, i * 300)
    hook = _FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: window.minimap.renders >= 1)
    assert hook.renders_then == 0  # the first frame did not wait for the overview
    qtbot.wait(10)
    assert window.minimap.renders == 1


def test_a_hidden_overview_does_not_draw_until_it_shows(window: MainWindow, qtbot) -> None:
    minimap = window.minimap
    qtbot.waitUntil(lambda: minimap.renders == 1)
    window.minimap_dock.hide()
    _add(window, 500)
    assert minimap._rebuild.isActive()
    minimap._rebuild.timeout.emit()  # as the timer does
    assert minimap.renders == 1 and minimap._image is None
    window.minimap_dock.show()
    qtbot.waitUntil(lambda: minimap.renders == 2)
    assert minimap._image is not None


def test_a_window_loads_no_importer_until_the_first_import(tmp_path: Path) -> None:
    """The readers of other tools' files and the import preview load with the first import or
    drop (ADR 0239): a window that only opened a board has not loaded them."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from stormboard.ui.window import MainWindow, Preferences\n"
        "from PySide6.QtCore import QSettings\n"
        f"s = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"w = MainWindow(preferences=Preferences(s), boards_dir={str(tmp_path)!r})\n"
        f"w.new_board({str(tmp_path / 'wall.storm')!r}); w.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'stormboard.export.interop', 'stormboard.ui.interop.preview', "
        "'stormboard.app.importing'))))\n"
        "w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, timeout=120).stdout
    assert out.strip().splitlines()[-1] == "[]"
