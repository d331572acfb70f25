"""One writer per board (an OS lock that dies with its process); read-only files and folders.

Tests run as root, and root passes every permission check, so chmod alone does not make a file
unwritable for us. The store therefore also honours the mode bits (a user who cleared the write
bits means "do not change this"); the chmod tests exercise that path. The chattr test makes the
kernel itself refuse writes (immutable attribute), and is skipped where chattr is unavailable.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from storage_samples import digest, side_files

from stormboard.app import commands
from stormboard.app.session import BoardSession, ReadOnlyError
from stormboard.domain.board import Board
from stormboard.storage import (
    BoardInUseError,
    StormFileError,
    create_board_file,
    open_board_file,
    save_board_as,
)

HOLDER = """
import sys, time
from pathlib import Path
from stormboard.storage import open_board_file
opened = open_board_file(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(60)
"""


def test_second_open_in_same_process(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, board).close()
    first = open_board_file(path)
    try:
        with pytest.raises(BoardInUseError, match=r"^b\.storm is already open for editing") as e:
            open_board_file(path)
        assert f"process {os.getpid()}" in str(e.value)
        assert isinstance(e.value, StormFileError) and e.value.path == path
        viewer = open_board_file(path, read_only=True)  # the caller's fallback
        assert viewer.board == first.board
        assert viewer.read_only_reason == "b.storm was opened read-only."
        viewer.store.close()
    finally:
        first.store.close()
    open_board_file(path).store.close()  # released on close


def test_lock_held_by_another_process_dies_with_it(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, board).close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with pytest.raises(BoardInUseError, match=rf"by process {child.pid} \(python"):
            open_board_file(path)
        with pytest.raises(BoardInUseError):
            save_board_as(board, path, overwrite=True)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    opened = open_board_file(path)  # no stale lock after a crash
    assert opened.board == board
    opened.store.close()


def test_read_only_file_by_mode_bits(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, board).close()
    before = digest(path)
    path.chmod(0o444)
    opened = open_board_file(path)
    try:
        assert opened.store.read_only
        assert opened.read_only_reason == "b.storm is a read-only file, so changes cannot be saved."
        session = BoardSession(opened.board, opened.store,
                               read_only_reason=opened.read_only_reason)
        with pytest.raises(ReadOnlyError):
            session.execute(commands.set_title(session.board, "x"))
    finally:
        opened.store.close()
        path.chmod(0o644)
    assert digest(path) == before and side_files(path) == []


def test_read_only_folder_by_mode_bits(tmp_path: Path, board: Board) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "b.storm"
    create_board_file(path, board).close()
    before = digest(path)
    folder.chmod(0o555)
    try:
        opened = open_board_file(path)
        assert opened.store.read_only
        assert "folder holding b.storm is read-only" in opened.read_only_reason
        assert opened.board == board
        opened.store.close()
        assert sorted(p.name for p in folder.iterdir()) == ["b.storm"]
    finally:
        folder.chmod(0o755)
    assert digest(path) == before


def test_immutable_file_is_refused_by_the_kernel(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, board).close()
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr (e2fsprogs) is not installed")  # a missing tool: fails on CI
    if subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        # the machine's file system, not a tool: allowed on CI (tests/conftest.py ALLOWED_SKIPS)
        pytest.skip("chattr +i is not supported on this file system")
    try:
        assert not os.access(path, os.W_OK)  # real: even root may not write
        opened = open_board_file(path)
        assert opened.store.read_only and "read-only file" in opened.read_only_reason
        assert opened.board == board
        opened.store.close()
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_create_refuses_existing_path(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    path.write_bytes(b"precious")
    with pytest.raises(StormFileError, match=r"^b\.storm already exists; choose another name\.$"):
        create_board_file(path, board)
    with pytest.raises(StormFileError, match="already exists"):
        save_board_as(board, path)
    assert path.read_bytes() == b"precious"
