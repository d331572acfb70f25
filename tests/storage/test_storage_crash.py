"""Kill -9 a process in the middle of editing: every edit it reported as done is in the file.

The child applies edits through BoardSession + SqliteBoardStore and prints each new sticky's id
only after execute() returned (so the edit was committed). The parent kills it with SIGKILL at a
random moment, several times over the same file, and then checks the file.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stormboard.domain.board import Board
from stormboard.storage import (
    StormFileError,
    create_board_file,
    open_board_file,
    read_board_file,
)
from stormboard.storage.history import read_log

CHILD = r"""
import random, sys
from pathlib import Path
from stormboard.app import commands as C
from stormboard.app.session import BoardSession
from stormboard.storage import open_board_file

opened = open_board_file(Path(sys.argv[1]))
session = BoardSession(opened.board, opened.store)
rnd = random.Random(int(sys.argv[2]))
print("ready", flush=True)
i = 0
while True:
    sticky = C.new_sticky("domain_event", rnd.uniform(0, 5000), rnd.uniform(0, 3000),
                          text=f"رویداد {sys.argv[2]}-{i}\n🎉")
    session.execute(C.add_sticky(session.board, sticky))
    print(sticky.id, flush=True)
    if i % 3 == 0:  # and other edits in between, touching existing rows
        some = rnd.choice(list(session.board.stickies))
        session.execute(C.move_stickies(session.board, [some], 1.5, -0.5))
        session.seal()
    if i % 7 == 0:
        session.execute(C.set_text(session.board, sticky.id, f"تغییر {i}"))
        session.seal()
    i += 1
"""

ROUNDS = 5


def test_sigkill_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.storm"
    create_board_file(path, Board()).close()
    rnd = random.Random(20261127)
    reported: set[str] = set()
    deadline = time.monotonic() + 120  # generous: CI machines are shared
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(round_no)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        # wait for one committed edit (a loaded machine may be slow to make it), then kill at a
        # random moment of the editing that follows
        first_id = child.stdout.readline().strip()
        assert first_id, child.stderr.read() if child.stderr else "no edit"
        time.sleep(rnd.uniform(0.01, 0.5))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        # only whole lines: the kill may land between writing an id and its newline
        ids = [first_id] + [line for line in out.split("\n")[:-1] if line]
        reported.update(ids)

        # the next round (and this check) must find every reported sticky
        board = read_board_file(path)
        missing = reported - set(board.stickies)
        assert not missing, f"round {round_no}: {len(missing)} committed stickies lost"
        # the edit log is written in each edit's transaction: replaying it gives this board
        with read_log(path) as log:
            assert log.board_at_seq(log.last_seq()) == board, f"round {round_no}: log differs"
        assert time.monotonic() < deadline, "crash test took too long"

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    opened = open_board_file(path)  # recovers the -wal left by the last kill
    opened.store.close()
    assert reported <= set(opened.board.stickies)
    assert len(reported) > ROUNDS


def test_hot_rollback_journal_is_recovered_by_an_editing_open(tmp_path: Path) -> None:
    """A crash in rollback-journal mode (e.g. during a migration) leaves a hot -journal: a
    read-only look refuses with a sentence and changes nothing; opening for editing recovers."""
    path = tmp_path / "hot.storm"
    create_board_file(path, Board()).close()
    good = read_board_file(path)
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill dirty pages into the file mid-transaction
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE info SET title = 'half-written'\")\n"
        "c.executemany(\"INSERT INTO decisions VALUES (?, ?, ?)\","
        " [(str(i), 'x' * 500, 'y' * 500) for i in range(2000)])\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    before = path.read_bytes()
    with pytest.raises(StormFileError, match=r"^hot\.storm holds an unfinished change from a "
                       r"crash, which only opening it for editing can recover\.$"):
        read_board_file(path)
    with pytest.raises(StormFileError, match="unfinished change from a crash"):
        open_board_file(path, read_only=True)
    assert path.read_bytes() == before and journal.exists()
    opened = open_board_file(path)
    opened.store.close()
    assert opened.board == good
    assert not journal.exists()
