"""``make package``: the wheel, the sdist and a Debian package, into ``dist/`` (ADR 0131).

Steps, each one reusing the previous one's output so the .deb holds exactly what the wheel holds:

1. compile the Qt catalogues (``.ts`` -> ``.qm``) into ``resources/translations`` so the wheel
   and the frozen bundle ship them ready (a bundle has no ``lrelease`` to build them at run time);
2. build the sdist and the wheel (PEP 517, ``python -m build``);
3. install the wheel with PyInstaller into a throw-away venv and freeze a one-folder bundle;
4. lay out a Debian tree (``/opt/stormboard``, ``/usr/bin/stormboard``, the desktop entry, MIME
   type, AppStream metainfo and hicolor icons) and build it with ``dpkg-deb``.

Usage: python packaging/make_package.py [--skip-deb] [--dist DIR]
Everything runs offline from the package registries this machine is configured with.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.stormboard.Stormboard"
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: system libraries the bundled Qt loads (xcb platform plugin, GL, fonts, D-Bus)
DEB_DEPENDS = (
    "libc6, libfontconfig1, libfreetype6, libdbus-1-3, libegl1, libgl1, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, "
    "libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-xinerama0"
)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def run(*cmd: str | Path, **kw) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def compile_catalogues() -> list[Path]:
    """lrelease every .ts of resources/translations next to it (the .qm files are not committed)."""
    from stormboard.ui.i18n import lrelease_path

    tool = lrelease_path()
    if tool is None:
        raise SystemExit("lrelease (it comes with PySide6) is missing: run `make test` first")
    built = []
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        run(tool, "-silent", source, "-qm", target)
        built.append(target)
    return built


def windows_icon() -> Path:
    """stormboard.ico for the Windows executables and installer (Qt's ico writer, 256 px)."""
    from PySide6.QtGui import QGuiApplication, QIcon

    QGuiApplication.instance() or QGuiApplication(["make_package", "-platform", "offscreen"])
    target = ROOT / "packaging" / "windows" / "stormboard.ico"
    icon = QIcon(str(ROOT / "resources" / "icons" / "stormboard.svg"))
    if not icon.pixmap(256, 256).save(str(target), "ICO"):
        raise SystemExit(f"could not write {target}")
    return target


def build_python_dists(dist: Path) -> Path:
    run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", dist, ROOT)
    return max(dist.glob("stormboard-*.whl"), key=lambda p: p.stat().st_mtime)


def freeze(wheel: Path, work: Path) -> Path:
    """A PyInstaller one-folder bundle of the installed wheel; returns the bundle's folder."""
    env_dir = work / "venv"
    if not (env_dir / "bin" / "python").exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    run(py, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", wheel)
    run(py, "-m", "pip", "install", "-q", wheel, "pyinstaller>=6.10")
    spec = ROOT / "packaging" / "pyinstaller" / "stormboard.spec"
    run(py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", work / "dist", "--workpath", work / "build", spec)
    return work / "dist" / "stormboard"


def render_icons(svg: Path, name: str, kind: str, root: Path) -> None:
    """hicolor icons: the SVG as scalable, and PNGs at every size rendered from it by QtSvg."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication(["make_package", "-platform", "offscreen"])
    hicolor = root / "usr/share/icons/hicolor"
    scalable = hicolor / "scalable" / kind / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / kind / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")


def deb_tree(bundle: Path, root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "stormboard"
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = root / "usr/bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "stormboard").symlink_to("/opt/stormboard/stormboard")
    share = root / "usr/share"
    for sub, src in (
        ("applications", LINUX / f"{APP_ID}.desktop"),
        ("mime/packages", LINUX / f"{APP_ID}.xml"),
        ("metainfo", LINUX / f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, share / sub / src.name)
    icons = ROOT / "resources" / "icons"
    render_icons(icons / "stormboard.svg", APP_ID, "apps", root)
    render_icons(icons / "application-x-stormboard.svg", "application-x-stormboard",
                 "mimetypes", root)
    doc = share / "doc" / "stormboard"
    doc.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "README.md", doc / "README.md")
    shutil.copyfile(ROOT / "LICENSE", doc / "copyright")


def control(root: Path) -> None:
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    debian = root / "DEBIAN"
    debian.mkdir(exist_ok=True)
    (debian / "control").write_text(
        "Package: stormboard\n"
        f"Version: {version()}\n"
        "Section: office\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {DEB_DEPENDS}\n"
        # the poster's fallback fonts: Hebrew/Greek/Cyrillic, CJK, emoji outlines (ADR 0215)
        "Recommends: shared-mime-info, desktop-file-utils, fontconfig, fonts-dejavu-core, "
        "fonts-wqy-microhei, fonts-symbola\n"
        "Maintainer: The Stormboard developers <team@stormboard.org>\n"
        "Homepage: https://stormboard.org/\n"
        "Description: wall of sticky notes for Event Storming workshops\n"
        " Stormboard runs Event Storming workshops on a touchscreen or projector: colour-coded\n"
        " sticky notes, swimlanes, a facilitator wizard with timers and dot voting, and\n"
        " wall-sized posters. Boards are single .storm files; works offline, in English and\n"
        " Persian.\n",
        encoding="utf-8",
    )


def build_deb(wheel: Path, dist: Path, work: Path, compress: str = "xz") -> Path:
    bundle = freeze(wheel, work)
    root = work / "deb-root"
    deb_tree(bundle, root)
    control(root)
    target = dist / f"stormboard_{version()}_amd64.deb"
    # xz for the release; tests pass gzip -1, which is many times faster on two cores
    level = ["-z1"] if compress == "gzip" else []
    run("dpkg-deb", "--root-owner-group", f"-Z{compress}", *level, "--build", root, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "package",
                        help="the bundle's venv, PyInstaller's work and the Debian tree")
    parser.add_argument("--skip-deb", action="store_true", help="only the wheel and the sdist")
    parser.add_argument("--compress", choices=("xz", "gzip"), default="xz")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.dist.mkdir(parents=True, exist_ok=True)
    compile_catalogues()
    if sys.platform == "win32":
        windows_icon()
    wheel = build_python_dists(args.dist)
    print(f"wheel: {wheel} ({wheel.stat().st_size // 1024} KiB)")
    if not args.skip_deb:
        deb = build_deb(wheel, args.dist, args.work, args.compress)
        print(f"deb: {deb} ({deb.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
