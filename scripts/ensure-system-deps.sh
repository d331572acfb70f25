#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: Xvfb for the
# real-window tests, poppler-utils (pdftoppm, pdfinfo) to render PDFs back to PNG, the desktop
# packaging tools, the X/GL libraries Qt's xcb and offscreen platform plugins load, and
# Debian's chromium, which the room's browser test drives through Playwright (no browser
# download; ADR 0125).
set -euo pipefail
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb xauth)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
# make package and its test: build the .deb, validate the desktop entry, metainfo and MIME type
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v update-mime-database >/dev/null 2>&1 || need+=(shared-mime-info)
command -v gio >/dev/null 2>&1 || need+=(libglib2.0-bin)
# the poster's font fallback (export/poster/fallback.py) asks fontconfig, as Qt does; the tests
# draw Hebrew, Greek and Cyrillic in DejaVu Sans
command -v fc-match >/dev/null 2>&1 || need+=(fontconfig)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# CJK (WenQuanYi Micro Hei, TrueType in a .ttc) and emoji as monochrome outlines (Symbola):
# the colour emoji fonts are bitmaps reportlab cannot embed (ADR 0215)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ -f /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf ] || need+=(fonts-symbola)
# shared library -> Debian package providing it
declare -A libs=(
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-image.so.0]=libxcb-image0
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libfontconfig.so.1]=libfontconfig1
  [libdbus-1.so.3]=libdbus-1-3
)
cache=$(ldconfig -p)
for lib in "${!libs[@]}"; do
  grep -q "$lib" <<<"$cache" || need+=("${libs[$lib]}")
done
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing system packages: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
