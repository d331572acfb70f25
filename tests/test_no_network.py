"""Stormboard opens no network connection outside the room adapter (``stormboard.room``, which
serves a room only once the facilitator opens it): no other module imports a network API, and
real flows run with sockets made unusable."""

import ast
import socket
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "stormboard"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "ftplib", "smtplib", "xmlrpc", "asyncio",
                   "requests", "httpx", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_no_source_module_imports_a_network_api():
    offenders = {}
    for path in SRC.rglob("*.py"):
        if path.is_relative_to(SRC / "room"):
            continue  # the one package allowed to listen (ADR 0120)
        bad = {m for m in imported_modules(path)
               if any(m == n or m.startswith(n + ".") for n in NETWORK_MODULES)}
        if bad:
            offenders[str(path.relative_to(SRC))] = sorted(bad)
    assert offenders == {}


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("Stormboard tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_cli_flows_use_no_network(no_sockets, tmp_path):
    from stormboard.cli import main

    sample = Path(__file__).resolve().parents[1] / "resources/samples/big-picture-bookshop.json"
    storm = tmp_path / "b.storm"
    assert main(["import", str(sample), "-o", str(storm)]) == 0
    assert main(["check", str(storm)]) == 0
    assert main(["export", str(storm), "-o", str(tmp_path / "b.json")]) == 0
    assert main(["export", str(storm), "-o", str(tmp_path / "b.md")]) == 0
    assert main(["export", str(storm), "-o", str(tmp_path / "b.pdf"), "--paper", "A3"]) == 0
