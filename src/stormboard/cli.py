"""The ``stormboard`` command. (Being written: see issue 2.)"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import __version__

    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        print(f"stormboard {__version__}")
        return 0
    return 2
