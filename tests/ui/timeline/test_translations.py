"""Every timeline string is visible to the translation tools, and the Persian fragment in
data/timeline_fa.ts translates all of them (to be merged into the app's catalogue with
``pyside6-lconvert -i stormboard_fa.ts timeline_fa.ts -o stormboard_fa.ts``)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from stormboard.ui.i18n import lrelease_path

HERE = Path(__file__).resolve().parent
FRAGMENT = HERE / "data" / "timeline_fa.ts"
SOURCES = HERE.parents[2] / "src" / "stormboard" / "ui" / "timeline"


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
        for ctx in root.iter("context") for m in ctx.iter("message")
    }


def test_fragment_translates_every_timeline_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    found = tmp_path / "found.ts"
    result = subprocess.run(
        [str(lupdate), *sorted(str(p) for p in SOURCES.glob("*.py")), "-ts", str(found)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    wanted = set(_messages(found))
    assert len(wanted) > 90
    fragment = _messages(FRAGMENT)
    assert wanted - set(fragment) == set()
    assert all(fragment[k].strip() for k in wanted)


def test_fragment_builds_and_translates(qapp, tmp_path: Path) -> None:
    tool = lrelease_path()
    if tool is None:
        pytest.skip("lrelease is not available")
    qm = tmp_path / "timeline_fa.qm"
    subprocess.run([str(tool), "-silent", str(FRAGMENT), "-qm", str(qm)], check=True,
                   timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Timeline", "&Timeline") == "خط زمان"
        assert QCoreApplication.translate("FindBar", "%1 of %2") == "%1 از %2"
    finally:
        qapp.removeTranslator(translator)
