"""Write an output file all at once: to a temporary file beside it, renamed into place on success.

Every exporter writes through here (ADR 0161). A failed or cancelled export leaves no partial
file behind and never clobbers an existing file with half a document. Success means the bytes
are on disk: the temporary file is flushed and fsynced before the rename (a full disk, a quota
or a file-size limit often shows only then), and the folder is fsynced after it. Every failure
is an ``OutputError``, one sentence naming the file and the cause.

The target must be a regular file or a new name: a FIFO, ``/dev/full``, a terminal or any other
device given as the output is refused, never replaced by a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..error_codes import CodedError, Phrase, os_problem


class OutputError(CodedError, OSError):
    """The output location cannot be written; ``str()`` is one sentence for the user, made
    from a ``code`` and parameters (stormboard.error_codes); ``cause_errno`` is the errno
    behind it, if any."""

    def __init__(self, message: object = "", *, code: str = "", cause_errno: int | None = None,
                 **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.message = CodedError.__str__(self)
        self.cause_errno = cause_errno

    def __str__(self) -> str:
        return self.message


#: where an export words a cause its own way; the rest are os_problem's (stormboard.error_codes)
_CAUSES = {
    errno.EFBIG: "output.cause_too_big",
    errno.EPERM: "output.cause_immutable",
    errno.EIO: "output.cause_io",
    errno.ENAMETOOLONG: "output.cause_name_too_long",
}


def output_error(path: Path, error: BaseException) -> OutputError:
    """The one-sentence OutputError for ``error`` while writing ``path``."""
    if isinstance(error, OutputError):
        return error
    code = getattr(error, "errno", None)
    cause: str = Phrase(_CAUSES[code]) if code in _CAUSES else os_problem(error)
    if cause.code == "os.other":  # type: ignore[attr-defined]
        cause = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return OutputError(code="output.cannot_write", file=str(path), cause=cause,
                       cause_errno=code)


def check_target(path: Path) -> None:
    """Refuse an output that exists and is not a regular file (followed through symlinks)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return  # a new file (or a dangling symlink, replaced like any file)
    except OSError as error:
        raise output_error(path, error) from None
    except ValueError:  # a NUL in the name
        raise OutputError(code="output.bad_name", file=repr(path)) from None
    if stat.S_ISDIR(mode):
        raise OutputError(code="output.folder", file=str(path))
    if not stat.S_ISREG(mode):
        what = Phrase("input.kind_fifo" if stat.S_ISFIFO(mode) else "output.kind_device")
        raise OutputError(code="output.not_a_file", file=str(path), what=what)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it into place if the block succeeds.

    An ``OSError`` in the block (a full disk while a library writes) becomes an OutputError."""
    path = Path(path)
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(code="output.no_folder", file=str(path), folder=str(folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except (OSError, UnicodeError) as error:
        raise output_error(path, error) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
        except OSError as error:
            raise output_error(path, error) from None
        try:
            _sync_file(tmp)
            # mkstemp makes 0600 files; an export should get the usual permissions (0666 - umask)
            os.chmod(tmp, 0o666 & ~_current_umask())
            os.replace(tmp, path)
        except OSError as error:
            raise output_error(path, error) from None
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """``data`` as the whole content of ``path``, atomically and durably."""
    with atomic_output(Path(path)) as tmp:
        _write_all(tmp, data)


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """``text`` as the whole content of ``path``; text that cannot be encoded is refused
    before anything is written."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise OutputError(code="output.unencodable", file=str(path), encoding=encoding,
                          position=error.start) from None
    write_bytes(path, data)


def _write_all(tmp: Path, data: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)  # a short write is retried; an error raises
            view = view[written:]
    finally:
        os.close(fd)


def _sync_file(tmp: Path) -> None:
    """Flush the temporary file's data to the disk; ENOSPC and EIO can surface only here."""
    fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot fsync a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
