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

from ..error_codes import CodedError, Phrase, os_problem

_CHUNK = 1 << 20


class InputFileError(CodedError, ValueError):
    """An input file cannot be read; ``str()`` is one sentence for the user, naming the file.

    ``reason`` is one of ``missing``, ``folder``, ``denied``, ``not_regular``, ``too_big``,
    ``unreadable``, so a layer can word its own refusal where it needs to."""

    def __init__(self, path: Path | str, reason: str, message: object, size: int = 0) -> None:
        super().__init__(message)  # a Phrase: its code and parameters
        self.path = Path(path)
        self.reason = reason
        self.size = size  # for ``too_big``: the size seen (reported, or read so far)


def _kind(mode: int) -> Phrase:
    if stat.S_ISFIFO(mode):
        return Phrase("input.kind_fifo")
    if stat.S_ISCHR(mode):
        return Phrase("input.kind_char_device")
    if stat.S_ISBLK(mode):
        return Phrase("input.kind_block_device")
    if stat.S_ISSOCK(mode):
        return Phrase("input.kind_socket")
    if stat.S_ISDIR(mode):
        return Phrase("input.kind_folder")
    return Phrase("input.kind_other")


def _open_error(path: Path, error: OSError) -> InputFileError:
    name = path.name or str(path)
    if error.errno == errno.ENOENT:
        return InputFileError(path, "missing", Phrase("input.missing", path=str(path)))
    if error.errno == errno.EISDIR:
        return InputFileError(path, "folder", Phrase("input.folder", path=str(path)))
    if error.errno in (errno.EACCES, errno.EPERM):
        return InputFileError(path, "denied", Phrase("input.denied", name=name))
    if error.errno == errno.ELOOP:
        return InputFileError(path, "unreadable", Phrase("input.link_loop", path=str(path)))
    return InputFileError(path, "unreadable", Phrase("input.unreadable", path=str(path),
                                                     detail=os_problem(error)))


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
        raise InputFileError(path, "unreadable",
                             Phrase("input.bad_name", path=repr(path))) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as error:
        os.close(fd)
        raise _open_error(path, error) from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        reason = "folder" if stat.S_ISDIR(mode) else "not_regular"
        raise InputFileError(path, reason, Phrase("input.not_regular", path=str(path),
                                                  kind=_kind(mode)))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def too_big_message(path: Path, size: int, limit: int) -> Phrase:
    name, most = Path(path).name, limit // 2**20
    if size >= limit:
        return Phrase("input.too_big", name=name, size=size / 2**20, limit=most)
    return Phrase("input.too_big_over", name=name, size=limit / 2**20, limit=most)


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
