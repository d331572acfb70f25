"""One writer per board: an OS lock on the board file itself.

POSIX: ``flock``. The lock belongs to an open file description, so the kernel drops it when the
process dies: a crash never leaves a stale lock, and no side file is needed. ``flock`` locks are
independent of the POSIX byte-range locks SQLite uses, so the two do not interfere.

Windows has no ``flock``, and its byte-range locks are mandatory: locking the whole file (what
``portalocker`` does) would stop SQLite's own handle from reading the header. So one byte far
past SQLite's lock bytes (which sit at 1 GiB) and past any board we accept is locked with
``msvcrt.locking``; Windows too releases it when the process dies (ADR 0133).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..error_codes import Phrase, problem_of
from .errors import BoardInUseError, StormFileError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everything but Windows
    msvcrt = None  # type: ignore[assignment]

#: the Windows lock byte: beyond SQLite's pending/reserved/shared bytes (0x40000000..+512) and
#: beyond the largest board file we open, below 2 GiB where msvcrt's offsets stop
WINDOWS_LOCK_OFFSET = 0x7FFF0000


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    if msvcrt is not None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:  # "Resource deadlock avoided" / permission: someone holds the byte
            return False
        return True
    return True  # no locking primitive on this platform: one writer is the user's promise


def _unlock(fd: int) -> None:
    if fcntl is None and msvcrt is not None:
        with contextlib.suppress(OSError):
            os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


class BoardLock:
    """An exclusive, non-blocking lock on ``path``; raises BoardInUseError if another holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError as error:
            raise StormFileError(path, code="storage.cannot_open", name=path.name,
                                 detail=problem_of(error)) from None
        if not _try_lock(fd):
            holder = describe_holder(fd)
            os.close(fd)
            raise BoardInUseError(path, code="storage.in_use", name=path.name,
                                  holder=holder) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)  # closing the description releases the flock


def describe_holder(fd: int) -> str:  # a Phrase, or ""
    """' by process 123 (stormboard, user ann)' from /proc/locks on Linux, else ''."""
    try:
        st = os.fstat(fd)
        dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return ""
    for line in lines:
        parts = line.split()
        if "->" in parts:  # a waiter, not the holder
            continue
        if len(parts) >= 6 and parts[1] == "FLOCK" and parts[5] == dev:
            pid = parts[4]
            return Phrase("storage.by_process", pid=pid, details=_process_details(pid))
    return Phrase("storage.by_another_program")


def _process_details(pid: str) -> str:
    details = []
    with (
        contextlib.suppress(OSError),
        open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as f,
    ):
        details.append(f.read().strip())
    with contextlib.suppress(OSError, KeyError, ImportError):
        import pwd

        details.append("user " + pwd.getpwuid(os.stat(f"/proc/{pid}").st_uid).pw_name)
    return f" ({', '.join(details)})" if details else ""
