"""The desktop integration files agree with the code they describe (fast; no build needed)."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from stormboard import __version__
from stormboard.storage import APPLICATION_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_window_names_the_desktop_file_that_ships(qapp) -> None:
    from stormboard.ui.app import make_application

    app = make_application()
    assert (LINUX / f"{app.desktopFileName()}.desktop").is_file()
    metainfo = ET.parse(LINUX / f"{app.desktopFileName()}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == app.desktopFileName()
    assert metainfo.find("releases/release").get("version") == __version__


def test_desktop_entry_opens_boards_by_mime_type() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "org.stormboard.Stormboard.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "stormboard" and "%f" in section["Exec"]
    assert section["MimeType"] == "application/x-stormboard;"
    assert section["Name[fa]"]


def test_mime_magic_is_the_storage_application_id() -> None:
    root = ET.parse(LINUX / "org.stormboard.Stormboard.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-stormboard"
    inner = mime.find(f"{MIME_NS}magic/{MIME_NS}match/{MIME_NS}match")
    assert int(inner.get("offset")) == 68  # SQLite header: application_id, big-endian
    assert inner.get("value").encode("ascii") == struct.pack(">I", APPLICATION_ID)
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.storm"
