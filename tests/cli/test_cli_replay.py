"""``stormboard export FILE.storm -o growth.gif|.png --replay``: the frame count asked for, and
the last frame's wall is exactly the board's picture (APNG is lossless)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from stormboard.app import commands as c
from stormboard.app.session import BoardSession
from stormboard.cli import main
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, open_board_file


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def grown(tmp_path: Path) -> Path:
    path = tmp_path / "grown.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    s = BoardSession(opened.board, opened.store)
    for i in range(12):
        kind = "hotspot" if i % 4 == 3 else "domain_event"
        sticky = c.new_sticky(kind, i * 190.0, (i % 3) * 200.0, text=f"رویداد {i}")
        s.execute(c.add_sticky(s.board, sticky))
        if i % 5 == 4:
            s.execute(c.move_stickies(s.board, [sticky.id], 0.0, 120.0))
    s.close()
    return path


def test_apng_has_the_frames_asked_for_and_ends_on_the_board_picture(
    grown: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "growth.png"
    code, text, err = run(capsys, "export", grown, "-o", out, "--replay", "--fps", "5",
                          "--duration", "2", "--dpi", "20")
    assert code == 0, err
    assert "Replay of 10 frames" in text
    picture = tmp_path / "wall.png"
    assert run(capsys, "export", grown, "-o", picture, "--dpi", "20")[0] == 0
    with Image.open(out) as anim, Image.open(picture) as wall:
        assert anim.n_frames == 10
        first = anim.convert("RGB").copy()
        anim.seek(anim.n_frames - 1)
        last = anim.convert("RGB")
        assert last.height > wall.height  # the progress strip below the wall
        top = last.crop((0, 0, wall.width, wall.height))
        assert ImageChops.difference(top, wall.convert("RGB")).getbbox() is None
        assert ImageChops.difference(first.crop((0, 0, wall.width, wall.height)),
                                     top).getbbox() is not None  # it did grow


def test_gif_frame_count(grown: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "growth.gif"
    code, _text, err = run(capsys, "export", grown, "-o", out, "--replay", "--fps", "4",
                           "--duration", "3", "--dpi", "20")
    assert code == 0, err
    with Image.open(out) as anim:
        assert anim.n_frames == 12
        assert anim.info["duration"] == 250


@pytest.mark.parametrize(("extra", "needle"), [
    (("-o", "{d}/x.pdf", "--replay"), "animated .gif or .png"),
    (("-o", "{d}/x.gif", "--replay", "--fps", "0"), "--fps 0 is not possible"),
    (("-o", "{d}/x.gif", "--replay", "--slice", "a"), "cannot be combined with --slice"),
])
def test_replay_refusals_are_one_line(
    grown: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: tuple, needle: str
) -> None:
    code, _out, err = run(capsys, "export", grown, *(e.format(d=tmp_path) for e in extra))
    assert code == 2 and needle in err and len(err.splitlines()) == 1
    assert not list(tmp_path.glob("x.*"))
