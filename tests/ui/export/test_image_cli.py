"""`stormboard export BOARD.storm -o OUT.png|svg --dpi N` through the real command line."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from stormboard.cli import main
from stormboard.domain.notation import MM_PER_UNIT
from stormboard.storage import create_board_file


@pytest.fixture
def storm(make_board, tmp_path: Path) -> Path:
    path = tmp_path / "small.storm"
    create_board_file(path, make_board(texts=True)).close()
    return path


def test_png_at_a_dpi(qapp, storm: Path, tmp_path: Path, capsys):
    out = tmp_path / "out.png"
    assert main(["export", str(storm), "-o", str(out), "--dpi", "100", "--margin", "0"]) == 0
    image = QImage(str(out))
    assert image.width() == math.ceil(460 * MM_PER_UNIT / 25.4 * 100)
    assert "100 dpi" in capsys.readouterr().out


def test_svg(qapp, storm: Path, tmp_path: Path):
    out = tmp_path / "out.svg"
    assert main(["export", str(storm), "-o", str(out)]) == 0
    assert ">Order placed</text>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("dpi", ["0", "-3", "1500", "abc"])
def test_bad_dpi_is_one_line_and_no_file(qapp, storm: Path, tmp_path: Path, capsys, dpi):
    out = tmp_path / "bad.png"
    assert main(["export", str(storm), "-o", str(out), f"--dpi={dpi}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dpi" in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.storm"]


def test_width_scale_belongs_to_posters(qapp, storm: Path, tmp_path: Path, capsys):
    out = tmp_path / "bad.png"
    assert main(["export", str(storm), "-o", str(out), "--scale", "width:2"]) == 2
    assert "PDF posters" in capsys.readouterr().err
    assert not out.exists()
