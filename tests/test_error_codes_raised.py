"""No uncoded sentence can come back: an AST scan of the layers whose errors reach the user
(domain, app, storage, export, room, cli) for ``raise SomeError("literal ...")`` or an f-string
without ``code=`` (ADR 0210). Such an error would show its English to a Persian user; coded, the
UI says it from the catalogue. The few internal errors no user meets are listed, each with why."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "stormboard"
LAYERS = ("domain", "app", "storage", "export", "room", "cli")

#: (file under src/stormboard, exception) -> why its literal message is not coded
ALLOWED = {
    ("room/protocol.py", "ProtocolError"): "the room's wire protocol; closes a phone's "
                                           "connection, never shown in the app",
    ("room/server.py", "ProtocolError"): "the room's wire protocol (as above)",
    ("room/bridge.py", "ValueError"): "a malformed Yjs update from a phone; closes its "
                                      "connection, never shown",
    ("room/client.py", "TimeoutError"): "the test client's wait helper",
    ("app/fonts.py", "FileNotFoundError"): "a broken installation (the bundled font is "
                                           "missing); reported by the crash dialog",
    ("export/animation.py", "ValueError"): "a programming error: the CLI never asks for an "
                                           "animation of no frames",
    ("export/poster/render.py", "PosterCancelled"): "a cancel signal, never shown",
    ("storage/mapping.py", "TypeError"): "a programming error in the mapping table",
    ("storage/files.py", "OperationalError"): "raised to the handler beside it, which says "
                                              "storage.prepare_failed",
    ("storage/store.py", "IntegrityError"): "raised to write_failure, which says "
                                            "storage.save_mismatch",
    ("domain/cooldown.py", "ValueError"): "a programming error: parameters are constants",
    ("cli/options.py", "ValueError"): "argparse type checks: argparse words the message, "
                                      "printed by the CLI only (in English)",
    ("cli/options.py", "ArgumentTypeError"): "argparse type checks (as above)",
}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _sentence(arg: ast.expr) -> bool:
    """A message written in place: an f-string, a literal with a space (a bare key such as
    ``"too_big"`` is a reason, not a sentence), or a sum starting with one."""
    if isinstance(arg, ast.BinOp):
        return _sentence(arg.left)
    if isinstance(arg, ast.JoinedStr):
        return True
    return isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value


def uncoded_raises(path: Path, root: Path = SRC) -> list[tuple[str, str, int]]:
    """(file, exception, line) of each raise whose message is a literal or f-string and that
    carries no ``code=``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        if any(k.arg == "code" for k in call.keywords):
            continue
        if any(_sentence(a) for a in call.args):
            found.append((path.relative_to(root).as_posix(), _name(call), node.lineno))
    return found


def _all_uncoded() -> list[tuple[str, str, int]]:
    return [hit for layer in LAYERS for path in sorted((SRC / layer).rglob("*.py"))
            for hit in uncoded_raises(path)]


def test_every_user_facing_raise_is_coded() -> None:
    stray = [f"{f}:{line}: raise {exc}(...) without code=" for f, exc, line in _all_uncoded()
             if (f, exc) not in ALLOWED]
    assert stray == [], "\n".join(stray)


def test_the_allow_list_is_still_needed() -> None:
    used = {(f, exc) for f, exc, _ in _all_uncoded()}
    assert set(ALLOWED) <= used, set(ALLOWED) - used


@pytest.mark.parametrize("code, caught", [
    ('raise DomainError("There is no lane.")', True),
    ('raise StoreError(f"{name} is closed.")', True),
    ('raise UsageError("Use " + name)', True),
    ('raise InputFileError(path, "too_big", phrase)', False),
    ('raise DomainError(code="app.lane_board", lane_id="L")', False),
    ("raise StoreError(error) from error", False),
    ("raise", False),
])
def test_the_scan_catches_an_uncoded_raise(tmp_path: Path, code: str, caught: bool) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(f"def f(name, error):\n    {code}\n", encoding="utf-8")
    assert bool(uncoded_raises(sample, tmp_path)) is caught
