"""Checkpoints off the edit path (ADR 0237): SQLite's automatic one is a backstop at a high
threshold, the app checkpoints while the user is idle, and a crash with a large -wal loses no
edit. Counted from the wal-index (frames written, frames copied), never timed."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from storage_samples import wal_index

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Sticky
from stormboard.storage import create_board_file, files, open_board_file, read_board_file
from stormboard.storage.history import read_log

#: SQLite's default wal_autocheckpoint, which ran inside bulk edits before ADR 0237
SQLITE_DEFAULT_PAGES = 1000


def _wall(count: int) -> Board:
    board = Board()
    board.apply([Put("stickies", f"w{i:05}", None,
                     Sticky(f"w{i:05}", "domain_event", i * 10.0, 50.0, 160.0, 160.0,
                            f"رویداد {i} event " * 3))
                 for i in range(count)])
    return board


def _session(tmp_path: Path, count: int = 2000) -> tuple[Path, BoardSession]:
    path = tmp_path / "wall.storm"
    create_board_file(path, _wall(count)).close()
    opened = open_board_file(path)
    return path, BoardSession(opened.board, opened.store)


def _bulk_edits_until(session: BoardSession, path: Path, frames: int) -> list[tuple[int, int]]:
    """Delete-all, undo, redo, undo… until the -wal holds ``frames``; the wal-index after each
    commit."""
    ids = sorted(session.board.stickies)
    after: list[tuple[int, int]] = []
    step = 0
    while not after or after[-1][0] < frames:
        if step == 0:
            session.execute(commands.delete_stickies(session.board, ids))
        elif step % 2:
            session.undo()
        else:
            session.redo()
        session.seal()
        after.append(wal_index(path))
        step += 1
        assert step < 200, "the -wal does not grow"
    return after


def test_bulk_edits_below_the_threshold_commit_without_a_checkpoint(tmp_path: Path) -> None:
    path, session = _session(tmp_path)
    conn = session.store.connection
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchall()[0][0] \
        == files.EDIT_AUTOCHECKPOINT_PAGES > SQLITE_DEFAULT_PAGES
    # past SQLite's default threshold: there each crossing commit copied the -wal
    after = _bulk_edits_until(session, path, 2 * SQLITE_DEFAULT_PAGES)
    assert after[-1][0] < files.EDIT_AUTOCHECKPOINT_PAGES
    assert [copied for _frames, copied in after] == [0] * len(after)  # no commit checkpointed
    frames = [frames for frames, _copied in after]
    assert frames == sorted(frames)  # and the -wal never started over
    session.close()
    assert not Path(f"{path}-wal").exists()  # close still leaves WAL mode
    assert read_board_file(path) == session.board


def test_the_idle_checkpoint_copies_the_whole_wal(tmp_path: Path) -> None:
    path, session = _session(tmp_path, 300)
    session.execute(commands.delete_stickies(session.board, sorted(session.board.stickies)))
    frames, copied = wal_index(path)
    assert frames > 0 and copied == 0
    assert session.store.checkpoint_when_idle() is True
    assert wal_index(path) == (frames, frames)
    # the file itself (read as if no -wal were beside it) now holds the delete
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as other:
        assert other.execute("SELECT count(*) FROM stickies").fetchall() == [(0,)]
    # the next commit starts the -wal over, with no checkpoint of its own
    session.undo()
    frames_after, copied_after = wal_index(path)
    assert frames_after > 0 and copied_after == 0
    session.close()
    assert session.store.checkpoint_when_idle() is False  # closed: nothing to do
    assert read_board_file(path) == session.board


def test_the_idle_checkpoint_leaves_a_reader_alone(tmp_path: Path) -> None:
    """A reader holding an older snapshot (a check of the file, a second window) keeps its
    pages: the PASSIVE checkpoint copies what it can and says it is not done, never waits."""
    path, session = _session(tmp_path, 300)
    session.execute(commands.delete_stickies(session.board, sorted(session.board.stickies)))
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM stickies").fetchall() == [(0,)]
        session.undo()  # frames after the reader's snapshot
        assert session.store.checkpoint_when_idle() is False
        frames, copied = wal_index(path)
        assert copied < frames
    finally:
        reader.close()
    assert session.store.checkpoint_when_idle() is True
    session.close()


def test_a_read_only_store_never_checkpoints(tmp_path: Path) -> None:
    path = tmp_path / "ro.storm"
    create_board_file(path, _wall(3)).close()
    opened = open_board_file(path, read_only=True)
    assert opened.store.checkpoint_when_idle() is False
    opened.store.close()


class _Failing:
    """A connection whose checkpoint fails with the given SQLite error name."""

    in_transaction = False

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if "wal_checkpoint" in sql:
            error = sqlite3.OperationalError(self.name.lower())
            error.sqlite_errorname = self.name
            raise error
        return self.conn.execute(sql, *args)


def test_a_busy_checkpoint_is_harmless_a_failing_disk_is_a_store_error(tmp_path: Path) -> None:
    path, session = _session(tmp_path, 30)
    store = session.store
    real = store.connection
    session.execute(commands.delete_stickies(session.board, sorted(session.board.stickies)))
    try:
        store._conn = _Failing(real, "SQLITE_BUSY")
        assert store.checkpoint_when_idle() is False
        store._conn = _Failing(real, "SQLITE_IOERR_FSYNC")
        with pytest.raises(StoreError) as caught:
            store.checkpoint_when_idle()
        assert caught.value.code == "storage.save_io"
    finally:
        store._conn = real
    session.close()
    assert read_board_file(path).stickies == {}  # the edit was never at stake


def test_sqlite_s_own_checkpoint_stays_as_a_backstop(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits that never pause for the idle checkpoint still cannot grow the -wal without
    limit: past the threshold a commit checkpoints, and the -wal file is cut back."""
    monkeypatch.setattr(files, "EDIT_AUTOCHECKPOINT_PAGES", 64)
    path, session = _session(tmp_path, 600)
    after = _bulk_edits_until(session, path, 0)  # one edit: the -wal's size for one
    one_edit = Path(f"{path}-wal").stat().st_size
    for _ in range(12):
        session.undo() if len(session.board.stickies) == 0 else session.redo()
        session.seal()
        after.append(wal_index(path))
    assert any(copied for _frames, copied in after)  # the backstop ran
    page = session.store.connection.execute("PRAGMA page_size").fetchall()[0][0]
    assert Path(f"{path}-wal").stat().st_size <= max(64 * page, one_edit) + one_edit
    session.close()


CHILD = r"""
import json, sys
from pathlib import Path
from stormboard.app import commands as C
from stormboard.app.session import BoardSession
from stormboard.storage import open_board_file

opened = open_board_file(Path(sys.argv[1]))
session = BoardSession(opened.board, opened.store)
ids = sorted(session.board.stickies)
session.execute(C.delete_stickies(session.board, ids))
session.seal()
for i in range(int(sys.argv[2])):
    session.undo() if i % 2 == 0 else session.redo()
    session.seal()
session.execute(C.move_stickies(session.board, ids[::3], 7.0, -3.0))
session.execute(C.set_text(session.board, ids[1], "آخرین"))
print(json.dumps(sorted((s.id, s.x, s.y, s.text) for s in session.board.stickies.values())),
      flush=True)
sys.stdin.readline()  # killed here: the -wal is never checkpointed nor closed
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_crash_with_a_large_unchecked_wal_reopens_with_every_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.storm"
    create_board_file(path, _wall(2000)).close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "25"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line, child.stderr.read() if child.stderr else "no output"
    expected = [tuple(row) for row in json.loads(line)]
    frames, copied = wal_index(path)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=10)
    # a -wal above SQLite's default threshold, none of it in the file yet
    assert frames > SQLITE_DEFAULT_PAGES and copied == 0
    assert Path(f"{path}-wal").stat().st_size > SQLITE_DEFAULT_PAGES * 4096
    board = read_board_file(path)  # reads through the -wal, read-only
    assert sorted((s.id, s.x, s.y, s.text) for s in board.stickies.values()) == expected
    with read_log(path) as log:
        assert log.board_at_seq(log.last_seq()) == board
    opened = open_board_file(path)  # SQLite replays the -wal
    assert opened.board == board
    opened.store.close()
    assert not Path(f"{path}-wal").exists()
