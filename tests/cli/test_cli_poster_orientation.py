"""Without --landscape or --portrait, the paper follows the board's shape."""

from pathlib import Path

from pypdf import PdfReader

from stormboard.app import commands as c
from stormboard.cli import main
from stormboard.domain.board import Board
from stormboard.storage import create_board_file


def wall(path: Path, columns: int, rows: int) -> Path:
    board = Board()
    for i in range(columns):
        for j in range(rows):
            s = c.new_sticky("domain_event", i * 200, j * 200, text=f"E{i}-{j}")
            board.apply(c.add_sticky(board, s).puts)
    create_board_file(path, board).close()
    return path


def page_size(pdf: Path) -> tuple[float, float]:
    box = PdfReader(pdf).pages[0].mediabox
    return float(box.width), float(box.height)


def test_wide_wall_prints_landscape_unless_portrait_is_asked(tmp_path):
    board = wall(tmp_path / "wide.storm", columns=12, rows=2)
    assert main(["export", str(board), "-o", str(tmp_path / "auto.pdf"), "--paper", "A3"]) == 0
    w, h = page_size(tmp_path / "auto.pdf")
    assert w > h
    assert main(["export", str(board), "-o", str(tmp_path / "p.pdf"), "--paper", "A3",
                 "--portrait"]) == 0
    w, h = page_size(tmp_path / "p.pdf")
    assert w < h


def test_tall_wall_stays_portrait_and_both_flags_conflict(tmp_path, capsys):
    board = wall(tmp_path / "tall.storm", columns=2, rows=8)
    assert main(["export", str(board), "-o", str(tmp_path / "t.pdf"), "--paper", "A3"]) == 0
    w, h = page_size(tmp_path / "t.pdf")
    assert w < h
    assert main(["export", str(board), "-o", str(tmp_path / "x.pdf"), "--landscape",
                 "--portrait"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
