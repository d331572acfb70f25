"""The Windows path of the board lock, run here with a stand-in for ``msvcrt`` that keeps
Windows' rule: a byte range locked through one handle cannot be locked through another, and
closing or unlocking frees it. What cannot run here (real LockFile semantics against SQLite's
own handle) is described in docs/adr/0133."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stormboard.domain.board import Board
from stormboard.storage import BoardInUseError, create_board_file, locking, open_board_file

SQLITE_LOCK_BYTES = range(0x40000000, 0x40000000 + 512)  # pending, reserved, shared


class FakeMsvcrt:
    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}  # (inode, offset) -> fd holding it
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        key = (os.fstat(fd).st_ino, offset)
        self.calls.append((mode, offset, nbytes))
        if mode == self.LK_NBLCK:
            if key in self.held and self.held[key] != fd:
                raise OSError(36, "Resource deadlock avoided")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise OSError(13, "Permission denied")
            del self.held[key]


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setattr(locking, "fcntl", None)
    monkeypatch.setattr(locking, "msvcrt", fake)
    return fake


def test_second_writer_is_refused_and_the_first_one_frees_the_board(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    path = tmp_path / "wall.storm"
    create_board_file(path, Board()).close()
    first = open_board_file(path)
    with pytest.raises(BoardInUseError, match="already open for editing"):
        open_board_file(path)
    first.store.close()
    again = open_board_file(path)  # the byte was unlocked on close
    again.store.close()
    assert windows.held == {}


def test_the_lock_byte_is_clear_of_sqlites_lock_bytes(windows: FakeMsvcrt, tmp_path: Path) -> None:
    path = tmp_path / "wall.storm"
    create_board_file(path, Board()).close()
    open_board_file(path).store.close()
    offsets = {offset for _mode, offset, _n in windows.calls}
    assert offsets == {locking.WINDOWS_LOCK_OFFSET}
    assert all(o not in SQLITE_LOCK_BYTES and o > SQLITE_LOCK_BYTES.stop for o in offsets)
    assert locking.WINDOWS_LOCK_OFFSET < 2**31  # msvcrt's offsets are 32-bit
    assert {n for _m, _o, n in windows.calls} == {1}
