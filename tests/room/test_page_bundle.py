"""The page's committed script is exactly what the pinned lock file builds (ADR 0122), and the
package ships it."""

from __future__ import annotations

import json
import shlex
import subprocess
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
BUNDLE = ROOT / "src/stormboard/room/web/room.js"
ESBUILD = WEB / "node_modules/.bin/esbuild"


def test_the_package_ships_the_page_and_its_script():
    web = resources.files("stormboard.room").joinpath("web")
    for name in ("index.html", "room.css", "room.js"):
        assert web.joinpath(name).is_file()
    script = web.joinpath("room.js").read_bytes()
    assert 50_000 < len(script) < 200_000  # Yjs + y-websocket, minified
    assert b"http://" not in script.replace(b"http://www.w3.org", b"")  # no CDN, no remote asset


def test_the_dependencies_are_pinned_exactly():
    package = json.loads((WEB / "package.json").read_text())
    lock = json.loads((WEB / "package-lock.json").read_text())
    for section in ("dependencies", "devDependencies"):
        for name, version in package[section].items():
            assert version[0].isdigit(), f"{name} is not pinned to one version"
            assert lock["packages"][f"node_modules/{name}"]["version"] == version


@pytest.mark.skipif(not ESBUILD.exists(), reason="run `make web-deps` (npm ci in web/) first")
def test_the_committed_bundle_is_rebuilt_byte_for_byte_from_the_lock_file(tmp_path):
    # web/node_modules is what `npm ci` installed from the lock file (make web-deps); check it
    # still is, then build offline into a temporary file
    lock = json.loads((WEB / "package-lock.json").read_text())["packages"]
    for key, entry in lock.items():
        if key and not entry.get("optional"):
            installed = json.loads((WEB / key / "package.json").read_text())
            assert installed["version"] == entry["version"], f"{key}: run make web-deps"
    build = json.loads((WEB / "package.json").read_text())["scripts"]["build"]
    args = [a for a in shlex.split(build) if not a.startswith("--outfile=")]
    out = tmp_path / "room.js"
    subprocess.run([str(ESBUILD), *args[1:], f"--outfile={out}"], cwd=WEB, check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == BUNDLE.read_bytes(), (
        "web/src changed without rebuilding: run `npm ci && npm run build` in web/")
