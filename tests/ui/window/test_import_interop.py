"""File > Import… and dropping another tool's file on the wall: a preview, then ONE undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from stormboard.app.commands import add_sticky, new_sticky
from stormboard.storage import read_board_file
from stormboard.ui.interop import ImportPreviewDialog
from stormboard.ui.window import MainWindow

FIXTURES = Path(__file__).resolve().parents[2] / "export/interop/fixtures"


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[ImportPreviewDialog]:
    """Every preview shown; each is answered with Add."""
    shown: list[ImportPreviewDialog] = []

    def exec_(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return shown


def with_stickies(window: MainWindow) -> dict:
    session = window.session
    for i in range(2):
        session.execute(add_sticky(session.board, new_sticky("domain_event", i * 200.0, 0.0,
                                                             text=f"old {i}")))
    return dict(session.board.stickies)


def test_file_import_previews_then_adds_one_undo_step(
        window: MainWindow, previews, monkeypatch: pytest.MonkeyPatch) -> None:
    old = with_stickies(window)
    before = window.session.board.snapshot()
    menu = [a.objectName() for a in window.file_menu.actions()]
    assert menu.index("action_import") == menu.index("action_export") + 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(FIXTURES / "checkout.excalidraw"), "")))
    window.actions_by_name["import"].trigger()
    (preview,) = previews
    kinds = [preview.kinds.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(preview.kinds.count())]
    assert kinds == ["domain_event", "hotspot", "command", "note"]
    assert preview.summary.text() == "4 stickies, 1 new lanes, 1 links"
    assert preview.skipped.text() == "Not imported: 1 embeds, 1 freehand drawings, 1 images"
    assert preview.texts.count() == 4
    board = window.session.board
    assert len(board.stickies) == 6
    assert {k: board.stickies[k] for k in old} == old  # existing records untouched
    on_disk = read_board_file(window.session.path)
    assert {k: on_disk.stickies[k] for k in old} == old
    assert sorted(window.scene.selected_sticky_ids()) == sorted(set(board.stickies) - set(old))
    window.actions_by_name["undo"].trigger()  # one step takes all of it away
    assert window.session.board.snapshot() == before


def test_cancelled_preview_adds_nothing(window: MainWindow, monkeypatch) -> None:
    before = window.session.board.snapshot()
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not window.importer.import_file(FIXTURES / "checkout.drawio")
    assert window.session.board.snapshot() == before


def test_refused_file_says_why_and_changes_nothing(
        window: MainWindow, dialogs, tmp_path: Path, previews) -> None:
    bad = tmp_path / "bad.drawio"
    bad.write_text('<!DOCTYPE a [<!ENTITY x "y">]><mxfile>&x;</mxfile>', encoding="utf-8")
    before = window.session.board.snapshot()
    assert not window.importer.import_file(bad)
    assert previews == [] and window.session.board.snapshot() == before
    ((title, text),) = dialogs.warnings
    assert title == "Cannot Import" and "DTD" in text


def _drag(receiver, path: Path, at: QPoint) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(at, *args)
    QApplication.sendEvent(receiver, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(at), *args)
    QApplication.sendEvent(receiver, drop)
    return drop


def test_dropping_a_file_on_the_wall_imports_it_where_it_fell(
        window: MainWindow, previews, qtbot) -> None:
    with_stickies(window)
    viewport = window.view.viewport()
    where = QPoint(viewport.width() // 2, viewport.height() // 2)
    scene_point = window.view.mapToScene(where)
    _drag(viewport, FIXTURES / "events.txt", where)
    qtbot.waitUntil(lambda: len(window.session.board.stickies) == 6)
    added = [s for s in window.session.board.stickies.values() if not s.text.startswith("old")]
    assert min(s.x for s in added) == pytest.approx(scene_point.x())
    assert min(s.y for s in added) == pytest.approx(scene_point.y())
    assert window.session.path.suffix == ".storm"  # the board stays open: it was not replaced


def test_the_package_imports_on_its_own() -> None:
    """ui.window installs ui.interop; importing ui.interop first must not be circular."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "import stormboard.ui.interop"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
