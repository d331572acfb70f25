"""The ``stormboard`` command (console script ``stormboard = stormboard.cli:main``)."""

from __future__ import annotations

import codecs
import contextlib
import logging
import os
import sys
from typing import TextIO

from ..support_log import log_file, setup_logging
from .errors import UsageError

__all__ = ["UsageError", "main"]


def _user_errors() -> tuple[type[Exception], ...]:
    """What a user can cause (a bad file, option or path): one line on stderr, exit status 2.
    Imported only when something failed, so ``--version`` and opening the app start fast."""
    from ..app.input_files import InputFileError
    from ..app.ports import StoreError
    from ..domain.errors import DomainError
    from ..export.atomic import OutputError
    from ..export.interop.common import InteropError
    from ..export.json_validate import JsonFormatError
    from ..storage.errors import StormFileError

    return (UsageError, StormFileError, JsonFormatError, DomainError, OutputError, StoreError,
            InputFileError, InteropError)


class StdoutError(OSError):
    """Writing to the standard output failed (full, or an I/O error): not the command's fault."""


class _GuardedStdout:
    """Stdout, passed through as it is written (a room host prints its address and serves on),
    but a failure to write is a StdoutError, so it is told apart from the command's own files."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise StdoutError(error.errno, error.strerror) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise StdoutError(error.errno, error.strerror) from None

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 failure, 130 interrupted)."""
    _tolerant_streams()
    real = sys.stdout
    if real is None:  # stdout closed (``>&-``): print() writes nowhere, quietly
        return _run(sys.argv[1:] if argv is None else list(argv), real)
    with contextlib.redirect_stdout(_GuardedStdout(real)):  # type: ignore[type-var]
        status = _run(sys.argv[1:] if argv is None else list(argv), real)
        return _flush(real, status)


def _flush(real: TextIO, status: int) -> int:
    """Output is buffered: a full or closed stdout may show only now. Say so in one line (or
    nothing, for a closed pipe) instead of Python's "Exception ignored" at exit."""
    try:
        real.flush()
    except BrokenPipeError:  # the reader went away (``| head -c0``): as quiet as a shell tool
        _silence_stdout(real)
        return status
    except (OSError, ValueError) as error:
        _silence_stdout(real)
        detail = getattr(error, "strerror", None) or str(error)
        _fail(f"Cannot write to the standard output: {detail}.")
        return 2
    return status


def _run(args_list: list[str], real: TextIO | None) -> int:
    from .parser import parse

    try:
        args = parse(args_list)
        setup_logging(getattr(args, "log_level", "warning"))
        return args.handler(args)
    except SystemExit as stop:  # --help and --version print, then exit through argparse
        return stop.code if isinstance(stop.code, int) else 0
    except _user_errors() as error:
        _fail(_one_line(str(error)))
    except KeyboardInterrupt:
        _fail("Interrupted.")
        return 130
    except BrokenPipeError:  # the reader went away mid-command: nothing to tell anyone
        _silence_stdout(real)
    except StdoutError as error:
        _silence_stdout(real)
        _fail(f"Cannot write to the standard output: {error.strerror or error}.")
    except OSError as error:  # the system refused something (a device, a file): not a bug
        _fail(_one_line(f"{error.strerror or error}{_where(error)}."))
    except (RecursionError, MemoryError):
        _fail("The input is too large or too deeply nested to be read.")
    except Exception as error:  # a bug; still one line, with the traceback on request
        if os.environ.get("STORMBOARD_DEBUG"):
            raise
        logging.getLogger("stormboard.cli").exception("unexpected error")
        _fail(f"Unexpected error ({type(error).__name__}: {_one_line(str(error))}); "
              f"details are in {log_file()}, or set STORMBOARD_DEBUG=1 to see them here.")
    return 2


def _where(error: OSError) -> str:
    return f": {error.filename}" if error.filename else ""


_ERRORS = "stormboard-names"


def _escape_name_bytes(error: UnicodeError) -> tuple[str | bytes, int]:
    """The original bytes of a file name (surrogateescape), else a backslash escape."""
    assert isinstance(error, UnicodeEncodeError)
    chunk = error.object[error.start:error.end]
    if all("\udc80" <= c <= "\udcff" for c in chunk):
        return bytes(ord(c) - 0xDC00 for c in chunk), error.end
    return codecs.backslashreplace_errors(error)


def _tolerant_streams() -> None:
    """A file name in the arguments may hold bytes that are not UTF-8 (kept as lone
    surrogates): print them escaped rather than fail on them (ADR 0165)."""
    codecs.register_error(_ERRORS, _escape_name_bytes)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # a stream replaced by a test, or already closed
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=_ERRORS)


def _silence_stdout(stream: TextIO | None) -> None:
    """Point stdout at /dev/null so the interpreter's final flush has nowhere to fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # type: ignore[union-attr]
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


#: a message quotes what the user gave (a lane name, a selection): keep the line readable
MAX_MESSAGE = 1000


def _one_line(message: str) -> str:
    line = " ".join(message.split()) or "failed."
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def _fail(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed or full: the status says it
        print(f"stormboard: {message}", file=sys.stderr, flush=True)
