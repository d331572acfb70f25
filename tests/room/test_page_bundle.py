"""The page's committed script is exactly what the pinned lock file builds (ADR 0122), and the
package ships it."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
BUNDLE = ROOT / "src/stormboard/room/web/room.js"


def test_the_package_ships_the_page_and_its_script():
    web = resources.files("stormboard.room").joinpath("web")
    for name in ("index.html", "room.css", "room.js"):
        assert web.joinpath(name).is_file()
    script = web.joinpath("room.js").read_bytes()
    assert 50_000 < len(script) < 200_000  # Yjs + y-websocket, minified
    assert b"http://" not in script.replace(b"http://www.w3.org", b"")  # no CDN, no remote asset


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_the_committed_bundle_is_rebuilt_byte_for_byte_from_the_lock_file(tmp_path):
    work = tmp_path / "web"
    work.mkdir()
    for name in ("package.json", "package-lock.json"):
        shutil.copy(WEB / name, work / name)
    shutil.copytree(WEB / "src", work / "src")
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=work,
                   check=True, capture_output=True, timeout=300)
    build = json.loads((WEB / "package.json").read_text())["scripts"]["build"]
    args = [a for a in shlex.split(build) if not a.startswith("--outfile=")]
    out = tmp_path / "room.js"
    subprocess.run([str(work / "node_modules/.bin" / args[0]), *args[1:], f"--outfile={out}"],
                   cwd=work, check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == BUNDLE.read_bytes(), (
        "web/src changed without rebuilding: run `npm ci && npm run build` in web/")
