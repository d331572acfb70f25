#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (Xvfb for real-window tests, poppler-utils
# for rendering PDFs back to PNG, the X/GL libraries Qt's platform plugins load) when missing.
set -euo pipefail
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb xauth)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
for lib in libxkbcommon-x11.so.0 libxcb-cursor.so.0 libEGL.so.1 libGL.so.1 libfontconfig.so.1 libdbus-1.so.3; do
  ldconfig -p | grep -q "$lib" || { need+=(libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1); break; }
done
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing system packages: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
