"""The export subcommand's PDF path: options in, size and pages out, one-line refusals."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pypdf import PdfReader

from stormboard.cli import errors
from stormboard.cli import poster as poster_cli
from stormboard.domain.board import Board


def _args(**overrides: object) -> argparse.Namespace:
    base = dict(paper="A0", landscape=False, scale="fit", tile=None, overlap="10mm",
                marks=False, margin="10mm", selection_lane=None, chapter=None)
    base.update(overrides)
    return argparse.Namespace(**base)


def test_export_prints_size_and_pages(board: Board, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "wall.pdf"
    poster_cli.export(board, out, _args(tile="A4", marks=True, keep_empty_tiles=True))
    printed = capsys.readouterr().out
    assert "821 × 1169 mm" in printed
    assert "26 pages" in printed
    assert len(PdfReader(out).pages) == 26
    # by default the tiles holding nothing but background are left out, and named
    poster_cli.export(board, out, _args(tile="A4", marks=True))
    printed = capsys.readouterr().out
    pages = len(PdfReader(out).pages)
    assert pages < 26 and f"{pages} pages" in printed and "empty tile(s) left out" in printed


def test_export_real_size_of_one_lane(board: Board, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lane.pdf"
    poster_cli.export(board, out, _args(scale="real", selection_lane="Warehouse", paper="A1",
                                        landscape=True))
    assert "100.0% of real size" in capsys.readouterr().out
    assert "Clerk" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize("overrides, words", [
    ({"paper": "A9"}, "Unknown paper"),
    ({"tile": "A4", "overlap": "300mm"}, "Overlap"),
    ({"margin": "ten"}, "Margin"),
    ({"scale": "huge"}, "Unknown scale"),
    ({"chapter": "Nowhere"}, "no chapter"),
    ({"selection_lane": "Nowhere"}, "no lane"),
])
def test_bad_options_are_one_line(board: Board, tmp_path: Path, overrides: dict,
                                  words: str) -> None:
    out = tmp_path / "bad.pdf"
    with pytest.raises(errors.UsageError, match=words) as caught:
        poster_cli.export(board, out, _args(**overrides))
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file


def test_unwritable_path(board: Board, tmp_path: Path) -> None:
    with pytest.raises(errors.UsageError, match="Cannot write"):
        poster_cli.export(board, tmp_path / "missing" / "wall.pdf", _args())


def test_existing_file_survives_a_failed_export(board: Board, tmp_path: Path) -> None:
    out = tmp_path / "wall.pdf"
    out.write_bytes(b"old poster")
    with pytest.raises(errors.UsageError):
        poster_cli.export(board, out, _args(paper="A9"))
    assert out.read_bytes() == b"old poster"
