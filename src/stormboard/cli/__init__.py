"""The ``stormboard`` command (console script ``stormboard = stormboard.cli:main``)."""

from __future__ import annotations

import logging
import os
import sys

from ..support_log import log_file, setup_logging
from .errors import UsageError

__all__ = ["UsageError", "main"]


def _user_errors() -> tuple[type[Exception], ...]:
    """What a user can cause (a bad file, option or path): one line on stderr, exit status 2.
    Imported only when something failed, so ``--version`` and opening the app start fast."""
    from ..app.ports import StoreError
    from ..domain.errors import DomainError
    from ..export.atomic import OutputError
    from ..export.json_validate import JsonFormatError
    from ..storage.errors import StormFileError

    return (UsageError, StormFileError, JsonFormatError, DomainError, OutputError, StoreError)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 failure, 130 interrupted)."""
    from .parser import parse

    args_list = sys.argv[1:] if argv is None else list(argv)
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
    except Exception as error:  # a bug; still one line, with the traceback on request
        if os.environ.get("STORMBOARD_DEBUG"):
            raise
        logging.getLogger("stormboard.cli").exception("unexpected error")
        _fail(f"Unexpected error ({type(error).__name__}: {_one_line(str(error))}); "
              f"details are in {log_file()}, or set STORMBOARD_DEBUG=1 to see them here.")
    return 2


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "failed."


def _fail(message: str) -> None:
    print(f"stormboard: {message}", file=sys.stderr)
