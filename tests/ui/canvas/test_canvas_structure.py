"""The canvas package has no import loop: the scene mirrors, the document edits, items and
tools know nothing above them (ADR 0114, 0115). Imports under ``if TYPE_CHECKING:`` only name
types and do not count; imports inside functions do."""

from __future__ import annotations

import ast
from pathlib import Path

CANVAS = Path(__file__).resolve().parents[3] / "src/stormboard/ui/canvas"


def sibling_imports(path: Path, siblings: set[str]) -> set[str]:
    found: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            if isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.level == 1:
                names = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
                found.update(n for n in names if n in siblings)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_no_import_loop_inside_the_canvas() -> None:
    modules = {p.stem: p for p in CANVAS.glob("*.py") if p.stem != "__init__"}
    graph = {name: sibling_imports(path, set(modules)) for name, path in modules.items()}
    loops = []

    def walk(name: str, path: list[str]) -> None:
        for dep in sorted(graph[name]):
            if dep in path:
                loops.append([*path[path.index(dep):], dep])
            else:
                walk(dep, [*path, dep])

    for name in graph:
        walk(name, [name])
    assert loops == []
    # and the leaves stay leaves: an item or a tool never reaches up to the scene or document
    for leaf in ("sticky_item", "decor", "blocks", "editor", "input", "interactions"):
        assert not graph[leaf] & {"scene", "document", "view"}, leaf
