"""Reading a file the user named: a regular file only, and never more than a limit of bytes.

Every reader goes through here (.storm header, JSON, CSV/text, Excalidraw, draw.io, the import
preview), so a FIFO, ``/dev/zero``, ``/dev/urandom`` or a terminal can neither hang a reader nor
fill memory (ADR 0160). The file is opened with ``O_NONBLOCK`` (opening a FIFO for reading
would otherwise wait for a writer) and judged by ``fstat`` on that descriptor, so what is
checked is what is read. The reported size is only a first refusal; the read itself stops at
``limit + 1`` bytes, so a file that grows (or lies) is still bounded.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class InputFileError(ValueError):
    """An input file cannot be read; ``str()`` is one sentence for the user, naming the file.

    ``reason`` is one of ``missing``, ``folder``, ``denied``, ``not_regular``, ``too_big``,
    ``unreadable``, so a layer can word its own refusal where it needs to."""

    def __init__(self, path: Path | str, reason: str, message: str, size: int = 0) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.reason = reason
        self.size = size  # for ``too_big``: the size seen (reported, or read so far)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _open_error(path: Path, error: OSError) -> InputFileError:
    name = path.name or str(path)
    if error.errno == errno.ENOENT:
        return InputFileError(path, "missing", f"{path}: no such file.")
    if error.errno == errno.EISDIR:
        return InputFileError(path, "folder", f"{path} is a folder, not a file.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return InputFileError(path, "denied", f"You are not allowed to read {name}.")
    if error.errno == errno.ELOOP:
        return InputFileError(path, "unreadable", f"{path}: too many levels of symbolic links.")
    detail = error.strerror or str(error)
    return InputFileError(path, "unreadable", f"Cannot read {path}: {detail}.")


def open_regular(path: Path | str) -> int:
    """A read-only descriptor on ``path`` if it is a regular file; InputFileError otherwise.

    The caller closes it. Opening never blocks (``O_NONBLOCK``), and a terminal never becomes
    the controlling one (``O_NOCTTY``)."""
    path = Path(path)
    flags = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_CLOEXEC", 0))
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        if isinstance(error, OSError):
            raise _open_error(path, error) from None
        raise InputFileError(path, "unreadable", f"{path!r} is not a possible file name.") from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as error:
        os.close(fd)
        raise _open_error(path, error) from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        reason = "folder" if stat.S_ISDIR(mode) else "not_regular"
        raise InputFileError(
            path, reason, f"{path} is {_kind(mode)}, not a file; only regular files are read."
        )
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def too_big_message(path: Path, size: int, limit: int) -> str:
    shown = f"{size / 2**20:,.0f} MB" if size >= limit else f"over {limit / 2**20:,.0f} MB"
    return (f"{Path(path).name} is {shown}; files over {limit // 2**20:,} MB are not read.")


def read_limited(path: Path | str, limit: int) -> bytes:
    """The whole content of the regular file ``path``, refused (InputFileError, reason
    ``too_big``) as soon as it proves longer than ``limit`` bytes, whatever its size says."""
    path = Path(path)
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise InputFileError(path, "too_big", too_big_message(path, size, limit), size)
        parts: list[bytes] = []
        total = 0
        # the reported size (plus one, to see the end) in one read: one buffer, no second copy
        # when joined; after that, chunks, in case the file grows or its size was wrong
        want = size + 1
        while total <= limit:
            chunk = os.read(fd, min(max(want, _CHUNK), limit + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            want = _CHUNK
    except OSError as error:
        raise _open_error(path, error) from None
    finally:
        os.close(fd)
    if total > limit:
        raise InputFileError(path, "too_big", too_big_message(path, total, limit), total)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_head(path: Path | str, count: int) -> tuple[bytes, int]:
    """The first ``count`` bytes of the regular file ``path`` and its size (for a header)."""
    path = Path(path)
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        data = os.read(fd, count) if count else b""
    except OSError as error:
        raise _open_error(path, error) from None
    finally:
        os.close(fd)
    return data, size
