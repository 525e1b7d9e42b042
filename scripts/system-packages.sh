#!/bin/sh
# Install the Debian/Ubuntu packages the app and its tests need, when some are missing:
# the libraries Qt loads (also offscreen), fonts, Xvfb for real-window tests, PostgreSQL for the
# central store's tests, and what the packaging checks use (packaging/check.py: binutils for
# strip and readelf, wixl and msitools for the MSI, osslsigncode and openssl for Authenticode,
# GnuPG for the release signature, xz for the .deb, CUPS's library for Qt's print plugin,
# libpq for the frozen Linux build, which uses the system's; Wine and the mingw compiler for the
# Windows build made under Wine, packaging/windows/wine_build.py: about 1 GB), and LibreOffice
# Calc with poppler and the Calibri-metric font Carlito, which print the report's workbook to
# PDF in the tests; D-Bus, the AT-SPI accessibility bus and Debian's pyatspi, through which
# tests/ui/test_atspi.py reads the app as Orca does, under Xvfb.
# Does nothing when all are present or on a system without apt-get.
set -eu
PACKAGES="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
libxcb-render-util0 libxcb-image0 fonts-dejavu-core xvfb xauth postgresql libpq5
libcups2 binutils xz-utils wixl msitools osslsigncode openssl gnupg gpgv
wine wine64 gcc-mingw-w64-x86-64-win32
libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito
dbus at-spi2-core python3-pyatspi"
case "${1:-}" in --python-venv) PACKAGES="python3-venv";; esac
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Missing Debian packages:$missing (install them as root)" >&2; exit 1; fi
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
