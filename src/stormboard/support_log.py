"""Support logs: a rotating file in the user's log folder, and Python's fault handler.

Stormboard writes every edit to the board file before the next one starts, so a crash never
loses work; what a crash loses is the *why*. The log keeps it for a bug report: warnings and
unexpected errors with their tracebacks (``--log-level debug`` for more), and, through
``faulthandler``, the Python stacks of a hard crash (a segfault inside Qt). ADR 0132.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO

#: write the logs here instead of the user's log folder (tests, portable installs)
ENV_LOG_DIR = "STORMBOARD_LOG_DIR"
LEVELS = ("debug", "info", "warning", "error")
LOG_NAME = "stormboard.log"
FAULTS_NAME = "faults.log"

_faults: IO[str] | None = None


def log_dir() -> Path:
    """``$STORMBOARD_LOG_DIR``, else the platform's user log folder (e.g. ~/.local/state/...)."""
    explicit = os.environ.get(ENV_LOG_DIR)
    if explicit:
        return Path(explicit)
    import platformdirs

    return platformdirs.user_log_path("stormboard", appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: str = "warning") -> Path | None:
    """Send the ``stormboard`` loggers to the rotating log file and arm the fault handler.

    Returns the log file's path, or None when the folder cannot be written (a read-only home
    must not stop the app: it then runs without a log)."""
    global _faults
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        if _faults is None:
            # faulthandler writes from a signal handler: it needs a file that stays open
            _faults = open(folder / FAULTS_NAME, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_faults)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("stormboard")
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(getattr(logging, level.upper(), logging.WARNING))
    return folder / LOG_NAME
