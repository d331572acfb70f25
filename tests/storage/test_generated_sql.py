"""The committed SQL text is what SQLAlchemy compiles from the row classes (ADR 0200), and the
app's storage path never imports sqlmodel or SQLAlchemy to get it."""

from __future__ import annotations

import subprocess
import sys

from stormboard.storage import sql_generator
from stormboard.storage.statements import STATEMENTS


def test_generated_sql_equals_what_sqlalchemy_builds_from_the_row_classes():
    built = sql_generator.build()
    assert built == STATEMENTS, (
        "storage/_generated_sql.py is out of date with tables.py: run "
        "`python -m stormboard.storage.sql_generator`"
    )
    source = sql_generator.GENERATED_PATH.read_text(encoding="utf-8")
    assert source == sql_generator.render(built)


def test_opening_a_board_file_imports_no_sqlmodel(tmp_path):
    code = (
        "import sys\n"
        "from stormboard.domain.board import Board\n"
        "from stormboard.storage import create_board_file, open_board_file\n"
        f"p = {str(tmp_path / 'b.storm')!r}\n"
        "create_board_file(p, Board()).close()\n"
        "open_board_file(p).store.close()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlmodel', 'sqlalchemy', 'pydantic'))\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
