import os
import stat

import pytest

from stormboard.export.atomic import OutputError, atomic_output


def test_success_renames_into_place_with_usual_permissions(tmp_path):
    out = tmp_path / "poster.pdf"
    with atomic_output(out) as tmp:
        tmp.write_bytes(b"%PDF")
    assert out.read_bytes() == b"%PDF"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


def test_failure_leaves_no_partial_file_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "report.md"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(out) as tmp:
        tmp.write_text("half")
        raise RuntimeError("cancelled")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"), atomic_output(tmp_path / "no" / "x"):
        pass
