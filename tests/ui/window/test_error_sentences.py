"""A Persian user meets Persian sentences when a file cannot be opened, a write fails or a board
is read-only: the lower layers' coded errors are said by ui/error_text (ADR 0210)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from stormboard.app.ports import StoreError
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.storage import create_board_file
from stormboard.storage.store import write_failure
from stormboard.ui.i18n import install_translations
from stormboard.ui.window import MainWindow


def _latin_words(text: str, *names: str) -> list[str]:
    """English left in a sentence once the file names (which stay as they are) are taken out."""
    for name in names:
        text = text.replace(name, "")
    return re.findall(r"[A-Za-z]{3,}", text)


def _persian(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


@pytest.fixture
def persian(qapp, english):  # type: ignore[no-untyped-def]
    install_translations(qapp, "fa")
    yield


def _board(path: Path) -> Path:
    create_board_file(path, Board(BoardInfo(title="Checkout"))).close()
    return path


@pytest.mark.parametrize("damage", ["text", "newer", "foreign", "folder", "missing"])
def test_a_file_that_cannot_be_opened_is_explained_in_persian(
    make_window, tmp_path: Path, dialogs, persian, damage: str
) -> None:
    path = tmp_path / "notes.storm"
    if damage == "text":
        path.write_text("this is not a board\n")
    elif damage in ("newer", "foreign"):
        _board(path)
        with sqlite3.connect(path) as conn:
            pragma = "user_version = 99" if damage == "newer" else "application_id = 7"
            conn.execute(f"PRAGMA {pragma}")
        conn.close()
    elif damage == "folder":
        path.mkdir()
    window: MainWindow = make_window()
    assert not window.open_path(path)
    (_title, text), = dialogs.warnings
    assert "notes.storm" in text and _persian(text), text
    assert _latin_words(text, "notes.storm", "Stormboard") == [], text
    if damage == "newer":
        assert "۹۹" in text  # the format number in Persian digits


def test_a_failed_write_and_a_read_only_board_are_said_in_persian(
    make_window, tmp_path: Path, dialogs, persian, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    assert window.new_board(tmp_path / "wall.storm")
    window.show()
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]

    def broken(puts, entry=None) -> None:
        raise StoreError(write_failure(tmp_path / "wall.storm", full))

    monkeypatch.setattr(window.session.store, "write", broken)
    window.scene.create_sticky("hotspot", QPointF(300, 0), edit_text=False)
    bar = window.error_bar.text()
    assert "دیسک پر است" in bar and _latin_words(bar, "wall.storm") == [], bar

    locked = _board(tmp_path / "locked.storm")
    locked.chmod(0o444)
    try:
        assert window.open_path(locked)
        notice = window.read_only_bar.text()
        assert window.session.read_only and _persian(notice)
        assert _latin_words(notice, "locked.storm") == [], notice
    finally:
        locked.chmod(0o644)


def test_a_refused_edit_is_said_in_persian(window: MainWindow, persian, dialogs) -> None:
    from stormboard.app import commands

    sid = window.scene.create_sticky("hotspot", QPointF(0, 0), edit_text=False)
    said: list[str] = []
    window.scene.message.connect(said.append)
    # marking a hotspot pivotal is refused by the rules (only domain events can be)
    assert not window.scene.document.run(
        lambda: commands.set_pivotal(window.session.board, [sid], True))
    assert said and _persian(said[-1]) and _latin_words(said[-1]) == [], said


@pytest.mark.parametrize("name, content", [
    ("bad.drawio", '<!DOCTYPE a [<!ENTITY x "y">]><mxfile>&x;</mxfile>'),
    ("bad.excalidraw", '{"type": "not excalidraw", "elements": []}'),
    ("bad.json", '{"format": "something else"}'),
])
def test_a_refused_import_is_said_in_persian(
        window: MainWindow, dialogs, tmp_path: Path, persian, name: str, content: str) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    assert not window.importer.import_file(bad)
    ((_title, text),) = dialogs.warnings
    assert _persian(text), text
    # file names and the formats' own words (DTD, draw.io, Excalidraw, "type", "format") stay
    english = _latin_words(text, str(bad), name, "DTDForbidden", "DTD", "Excalidraw",
                           "excalidraw", "type", "format", "stormboard")
    assert english == [], text
