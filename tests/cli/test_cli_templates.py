"""``stormboard templates`` and ``stormboard new --template``: the start screen's templates and
the sample workshop, from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest

from stormboard.cli import main
from stormboard.domain.notation import Level
from stormboard.storage import read_board_file
from stormboard.ui.templates import TEMPLATES_BY_ID


def test_templates_lists_one_name_per_line_with_the_sample(capsys) -> None:
    assert main(["templates"]) == 0
    names = capsys.readouterr().out.splitlines()
    assert names == ["big_picture", "process", "design", "sample_workshop"]


@pytest.mark.parametrize("name", ["big_picture", "process", "design"])
def test_new_from_a_template_has_its_lanes_and_legend(name: str, tmp_path: Path) -> None:
    path = tmp_path / "wall.storm"
    assert main(["new", str(path), "--template", name, "--title", "Checkout"]) == 0
    board = read_board_file(path)
    template = TEMPLATES_BY_ID[name]
    assert board.info.title == "Checkout"
    assert [lane.label for lane in sorted(board.lanes.values(), key=lambda la: la.y)] == list(
        template.lanes)
    assert "domain_event" in board.info.legend
    design_only = "aggregate"
    assert (design_only in board.info.legend) == (Level.DESIGN in template.levels)


def test_new_from_the_sample_carries_its_slices(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sample.storm"
    assert main(["new", str(path), "--template", "sample_workshop"]) == 0
    assert len(read_board_file(path).stickies) == 92
    capsys.readouterr()
    assert main(["slices", str(path)]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["after exploration", "after sorting"]


def test_an_unknown_template_is_one_line_and_no_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.storm"
    assert main(["new", str(path), "--template", "kanban"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sample_workshop" in err
    assert not path.exists()
