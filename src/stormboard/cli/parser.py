"""The ``stormboard`` command line: ``stormboard [FILE.storm]`` opens the app; the words
``new``, ``check``, ``import`` and ``export`` start a command instead."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..support_log import LEVELS, log_file
from . import history, replay
from .errors import UsageError
from .exporters import EXPORTERS
from .options import add_export_options, parse_at

COMMANDS = ("new", "templates", "check", "repair", "import", "export", "slice", "slices",
            "diff", "host")

_EPILOG = """commands:
  stormboard new FILE.storm --title TITLE   create an empty board
  stormboard new FILE.storm --template NAME start from a template (stormboard templates)
  stormboard check FILE.storm               read a board and summarise it (never writes)
  stormboard repair FILE.storm -o NEW.storm  a copy with broken references etc. mended
  stormboard import FILE -o NEW.storm         .json .excalidraw .drawio .csv .txt
  stormboard import FILE --into FILE.storm [--at X,Y]
  stormboard export FILE.storm -o OUT.{json,pdf,png,svg,md,csv,excalidraw,drawio,mmd}
  stormboard slice FILE.storm --name NAME     name the board as it stands now
  stormboard slices FILE.storm                list the slices, oldest first
  stormboard diff FILE.storm --from A [--to B] [-o DIFF.md|DIFF.pdf]
  stormboard host FILE.storm [--bind ADDR] [--port N] [--self-join]   serve a room
Run `stormboard COMMAND --help` for a command's options."""


def _handler(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's handler, imported when it runs: ``--version`` and ``--help`` load no
    command module (each pulls in the app, storage or export code; ADR 0201)."""

    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module, __package__), name)(args)

    run.__name__ = name
    return run


class Parser(argparse.ArgumentParser):
    """Reports mistakes as a UsageError (one line, exit 2) instead of printing the usage."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(code="cli.see_help", prog=self.prog, text=message)


def add_log_level(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: given before or after the command, a subparser's default never hides the value
    p.add_argument("--log-level", choices=LEVELS, default=argparse.SUPPRESS,
                   help="how much goes to the support log (default: warning); see --log-where")
    p.add_argument("--log-where", action=_PrintLogFile, nargs=0,
                   help="print where the support log is written, then exit")


class _PrintLogFile(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:
        print(log_file())
        parser.exit(0)


def open_parser() -> Parser:
    p = Parser(
        prog="stormboard",
        description="A digital wall for Event Storming workshops.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", nargs="?", type=Path, metavar="FILE.storm",
                   help="the board to open (default: the start screen)")
    p.add_argument("--present", action="store_true",
                   help="open the board straight into presentation mode on the largest screen")
    p.add_argument("--version", action="version", version=f"stormboard {__version__}")
    add_log_level(p)
    p.set_defaults(handler=_handler(".commands", "open_app"))
    return p


def command_parser() -> Parser:
    p = Parser(prog="stormboard", description="Work with Stormboard boards from the shell.")
    p.add_argument("--version", action="version", version=f"stormboard {__version__}")
    add_log_level(p)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="create an empty board (never overwrites a file)")
    new.add_argument("file", type=Path, metavar="FILE.storm")
    new.add_argument("--title", default=None, help="the board's title (default: the file name)")
    new.add_argument("--template", default=None, metavar="NAME",
                     help="start from a template with its lanes and legend, or the sample "
                     "workshop (see: stormboard templates)")
    new.set_defaults(handler=_handler(".commands", "new"))

    tpl = sub.add_parser("templates", help="list the templates `new --template` accepts")
    tpl.set_defaults(handler=_handler(".templates", "templates_command"))

    check = sub.add_parser("check", help="read a board and print its title and counts")
    check.add_argument("file", type=Path, metavar="FILE.storm")
    check.set_defaults(handler=_handler(".commands", "check"))

    repair = sub.add_parser("repair", help="write a mended copy of an inconsistent board "
                            "(the original is never changed)")
    repair.add_argument("file", type=Path, metavar="FILE.storm")
    repair.add_argument("-o", "--output", type=Path, metavar="NEW.storm", required=True,
                        help="the new board (never overwrites)")
    repair.set_defaults(handler=_handler(".commands", "repair"))

    imp = sub.add_parser(
        "import", help="make a board from, or add to a board, a JSON, Excalidraw, draw.io or "
        "CSV file")
    imp.add_argument("file", type=Path, metavar="FILE")
    target = imp.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="NEW.storm",
                        help="create this new board (never overwrites)")
    target.add_argument("--into", type=Path, metavar="FILE.storm",
                        help="add to this existing board as one undo step")
    imp.add_argument("--at", type=parse_at, default=None, metavar="X,Y",
                     help="with --into: top-left of what is added (default: right of the wall)")
    imp.set_defaults(handler=_handler(".interop", "import_command"))

    exp = sub.add_parser(
        "export", help="write a board as JSON, a PDF poster, an image or a report",
        description="The output format follows the extension of -o: "
        + ", ".join(sorted(EXPORTERS)) + ".",
    )
    exp.add_argument("file", type=Path, metavar="FILE.storm")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    add_export_options(exp)
    fmt = exp.add_argument_group("CSV and Mermaid")
    fmt.add_argument("--ranking", action="store_true",
                     help=".csv: the wrap-up's ranked hotspots and opportunities, not all stickies")
    fmt.add_argument("--mermaid", choices=("flowchart", "timeline"), default="flowchart",
                     help=".mmd: the command -> event -> policy flow, or the timeline")
    exp.add_argument("--slice", default=None, metavar="NAME",
                     help="export the board as it was in this slice (see stormboard slices)")
    replay.add_options(exp)
    exp.set_defaults(handler=_handler(".commands", "export"))
    history.add_parsers(sub)

    host = sub.add_parser("host", help="open a room on a board, without the app (issue 11)")
    host.add_argument("file", type=Path, metavar="FILE.storm")
    host.add_argument("--bind", default="127.0.0.1", metavar="ADDR",
                      help="address to listen on (default: 127.0.0.1; a LAN address for phones)")
    host.add_argument("--port", type=int, default=0, metavar="N",
                      help="port to listen on (default: any free port)")
    host.add_argument("--self-join", action="store_true",
                      help="people who join may add their own name to the participants")
    host.set_defaults(handler=host_command)
    for command in sub.choices.values():
        add_log_level(command)
    return p


def host_command(args: argparse.Namespace) -> int:
    """``stormboard host FILE.storm``: serve a room until SIGINT or SIGTERM."""
    from ..room.host import HostError, run_host

    if not 0 <= args.port <= 65535:
        raise UsageError(code="cli.port", port=args.port)
    if not args.file.is_file():
        raise UsageError(code="cli.such_board", file=args.file)
    try:
        return run_host(args.file, args.bind, args.port, args.self_join)
    except HostError as error:
        raise UsageError(error) from None


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not the global ``--log-level [LEVEL]``."""
    i = 0
    while i < len(argv):
        if argv[i] == "--log-level":
            i += 2
        elif argv[i].startswith("--log-level="):
            i += 1
        else:
            return argv[i]
    return None


def parse(argv: list[str]) -> argparse.Namespace:
    if _first_word(argv) in COMMANDS:
        return command_parser().parse_args(argv)
    return open_parser().parse_args(argv)
