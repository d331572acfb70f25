"""`make package` as a new user meets it: the wheel installed into a fresh venv, and the .deb
unpacked into a temporary root, both used from outside the checkout (issue 14, ADR 0131).

One build serves every test of the module (wheel, sdist, PyInstaller bundle, .deb: a few
minutes). CI runs it once, on the default Python (see .ci/run).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.package]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.stormboard.Stormboard"
PERSIAN_FILE_MENU = "پرونده"  # "&File" in resources/translations/stormboard_fa.ts


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("package")
    dist, work = out / "dist", out / "work"
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_package.py"), "--dist", str(dist),
         "--work", str(work), "--compress", "gzip"],
        capture_output=True, text=True, timeout=1500, env={**os.environ,
                                                            "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    (deb,) = dist.glob("stormboard_*_amd64.deb")
    (wheel,) = dist.glob("stormboard-*.whl")
    (sdist,) = dist.glob("stormboard-*.tar.gz")
    root = out / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    outside = out / "elsewhere"
    outside.mkdir()
    return {"deb": deb, "wheel": wheel, "sdist": sdist, "venv": work / "venv", "root": root,
            "outside": outside}


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment that cannot see the checkout: no PYTHONPATH, caches in a temp folder."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(XDG_CACHE_HOME=str(tmp / "cache"), XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), HOME=str(tmp), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run(cmd: list, cwd: Path, env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{cmd}: {result.stdout}{result.stderr}"[-3000:]
    return result.stdout


# -- the wheel ---------------------------------------------------------------------------------

def test_wheel_and_sdist_carry_the_resources(built) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    for wanted in ("stormboard/resources/translations/stormboard_fa.qm",
                   "stormboard/resources/translations/stormboard_fa.ts",
                   "stormboard/resources/icons/stormboard.svg",
                   "stormboard/resources/samples/big-picture-bookshop.json",
                   "stormboard/room/web/room.js",  # the participants' page (issue 11)
                   "stormboard/export/board.schema.json"):  # the importer needs it
        assert wanted in names
    import tarfile

    with tarfile.open(built["sdist"]) as sdist:
        assert any(n.endswith("resources/samples/big-picture-bookshop.json")
                   for n in sdist.getnames())


def test_installed_wheel_works_outside_the_checkout(built, tmp_path: Path) -> None:
    venv, here = built["venv"], built["outside"]
    env = clean_env(tmp_path)
    exe = venv / "bin" / "stormboard"
    assert run([exe, "--version"], here, env).strip().startswith("stormboard ")
    probe = (
        "import stormboard, json\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from stormboard.shipped import resource, sample_workshop\n"
        "from stormboard.ui.i18n import install_translations, is_rtl\n"
        "app = QCoreApplication([])\n"
        "lang = install_translations(app, 'fa')\n"
        "print(json.dumps({'package': stormboard.__file__,\n"
        "  'file_menu': QCoreApplication.translate('MainWindow', '&File'),\n"
        "  'icon': resource('icons', 'stormboard.svg').is_file(),\n"
        "  'sample': str(sample_workshop()), 'rtl': is_rtl(lang)}))\n"
    )
    found = json.loads(run([venv / "bin" / "python", "-c", probe], here, env))
    assert not found["package"].startswith(str(ROOT)), "the checkout leaked into the venv"
    assert found["file_menu"] == PERSIAN_FILE_MENU
    assert found["icon"] and found["rtl"]
    assert Path(found["sample"]).is_file() and not found["sample"].startswith(str(ROOT))
    board = here / "wheel.storm"
    run([exe, "import", found["sample"], "-o", board], here, env)
    assert "Stickies: 92" in run([exe, "check", board], here, env)
    run([exe, "new", here / "empty.storm"], here, env)
    assert "sample_workshop" in run([exe, "templates"], here, env).split()
    run([exe, "new", here / "design.storm", "--template", "design"], here, env)
    assert "3 lanes" in run([exe, "check", here / "design.storm"], here, env)
    run([exe, "export", board, "-o", here / "wheel.pdf"], here, env, timeout=300)
    assert (here / "wheel.pdf").read_bytes().startswith(b"%PDF")


# -- the .deb ----------------------------------------------------------------------------------

def test_deb_layout_and_launcher(built, tmp_path: Path) -> None:
    root, here = built["root"], built["outside"]
    launcher = root / "opt" / "stormboard" / "stormboard"
    assert os.readlink(root / "usr" / "bin" / "stormboard") == "/opt/stormboard/stormboard"
    env = clean_env(tmp_path)
    assert run([launcher, "--version"], here, env).strip().startswith("stormboard ")
    sample = next((root / "opt" / "stormboard").rglob("big-picture-bookshop.json"))
    board = here / "deb.storm"
    run([launcher, "import", sample, "-o", board], here, env)
    assert "Stickies: 92" in run([launcher, "check", board], here, env)
    templates = run([launcher, "templates"], here, env).split()
    assert templates[-1] == "sample_workshop"
    from_sample = here / "deb-sample.storm"
    run([launcher, "new", from_sample, "--template", "sample_workshop"], here, env)
    assert "after sorting" in run([launcher, "slices", from_sample], here, env)
    share = root / "usr" / "share"
    for size in (16, 32, 48, 128, 256, 512):
        from PySide6.QtGui import QImage

        image = QImage(str(share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert (share / f"icons/hicolor/{size}x{size}/mimetypes/application-x-stormboard.png"
                ).is_file()
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()


def test_deb_starts_a_real_window_in_persian(built, xvfb: str, tmp_path: Path) -> None:
    root = built["root"]
    sample = next((root / "opt" / "stormboard").rglob("big-picture-bookshop.json"))
    board = tmp_path / "fa.storm"
    launcher = root / "opt" / "stormboard" / "stormboard"
    run([launcher, "import", sample, "-o", board], tmp_path, clean_env(tmp_path))
    shot = tmp_path / "shot.png"
    env = clean_env(tmp_path, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", STORMBOARD_LANG="fa",
                    STORMBOARD_SCREENSHOT=str(shot),
                    STORMBOARD_SETTINGS=str(tmp_path / "settings.ini"),
                    XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    run([launcher, board], tmp_path, env, timeout=120)
    ui = json.loads(shot.with_suffix(".ui.json").read_text(encoding="utf-8"))
    assert ui["right_to_left"] is True
    assert PERSIAN_FILE_MENU in [m.replace("&", "") for m in ui["menus"]]
    assert len(json.loads(shot.with_suffix(".json").read_text())) == 92


def test_desktop_mime_and_metainfo_validate(built, tmp_path: Path) -> None:
    share = built["root"] / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    for tool in ("desktop-file-validate", "appstreamcli", "update-mime-database", "gio"):
        assert shutil.which(tool), f"{tool} missing: scripts/ensure-system-deps.sh installs it"
    run(["desktop-file-validate", desktop], tmp_path, dict(os.environ))
    assert "MimeType=application/x-stormboard;" in desktop.read_text()
    run(["appstreamcli", "validate", "--no-net",
         share / "metainfo" / f"{APP_ID}.metainfo.xml"], tmp_path, dict(os.environ))
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(share / "mime" / "packages" / f"{APP_ID}.xml", data / "mime" / "packages")
    run(["update-mime-database", data / "mime"], tmp_path, dict(os.environ))
    board = tmp_path / "board.storm"
    run([built["venv"] / "bin" / "stormboard", "new", board], tmp_path, clean_env(tmp_path))
    renamed = tmp_path / "renamed.bin"
    shutil.copy(board, renamed)
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": f"{data}:/usr/share"}
    out = run(["gio", "info", "-a", "standard::content-type", board, renamed], tmp_path, env)
    assert out.count("application/x-stormboard") == 2, out
