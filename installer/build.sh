#!/usr/bin/env bash
# Build the self-contained Linux bundle of kbdesk:
#   dist/kbdesk/                       the one-folder app (run dist/kbdesk/kbdesk)
#   dist/kbdesk-VERSION-linux-ARCH.tar.gz
#
# Works from a fresh checkout (needs Python >= 3.11 and a package index or a
# wheelhouse for the build only; the bundle itself never needs one):
#   installer/build.sh
#
# Environment:
#   PYTHON=python3.11            interpreter used to create the build venv
#   KBDESK_BUILD_VENV=DIR        venv to create/reuse (default: build/installer-venv)
#   KBDESK_SKIP_INSTALL=1        reuse the venv as it is (no pip install)
#   PIP_FIND_LINKS / PIP_INDEX_URL / PIP_NO_INDEX   the usual pip settings, e.g. a wheelhouse
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="${KBDESK_BUILD_VENV:-$ROOT/build/installer-venv}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"

step() { printf '\n==> %s\n' "$*"; }

# --- 1. the build venv -----------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    step "Creating the build venv $VENV"
    "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kbdesk needs Python >= 3.11, " + sys.version.split()[0] + " found (set PYTHON=...)")'
    "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
if [ "${KBDESK_SKIP_INSTALL:-0}" != "1" ]; then
    step "Installing kbdesk and PyInstaller into the build venv"
    "$PY" -m pip install --disable-pip-version-check -q --upgrade pip
    # A regular (non-editable) install pulls in exactly the declared dependencies;
    # the spec still builds the kbdesk sources of this checkout (pathex=ROOT).
    "$PY" -m pip install --disable-pip-version-check -q . pyinstaller
fi
VERSION="$("$PY" -c 'import re, pathlib; print(re.search(r"__version__\s*=\s*[\x27\"]([^\x27\"]+)", pathlib.Path("kbdesk/__init__.py").read_text()).group(1))')"

# --- 2. translations --------------------------------------------------------------
step "Compiling translations (resources/translations/*.qm)"
"$PY" -m kbdesk.ui.i18n

# --- 3. PyInstaller ---------------------------------------------------------------
step "Running PyInstaller (installer/kbdesk.spec)"
rm -rf "$DIST/kbdesk"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installer/kbdesk.spec

BUNDLE="$DIST/kbdesk"
[ -x "$BUNDLE/kbdesk" ] || { echo "build.sh: $BUNDLE/kbdesk was not produced" >&2; exit 1; }
install -m 0755 installer/linux-install.sh "$BUNDLE/install.sh"

# --- 4. every library the bundle links must be in it or on any desktop Linux --------
step "Checking the bundle's shared libraries"
missing="$(
    cd "$BUNDLE/_internal"
    find . -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
        LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null |
        awk '/not found/ {print $1}' | sort -u
)" || true
# Libraries the target desktop provides (X11/xcb, Wayland, GL, GTK, input methods):
# Qt's xcb plugin needs e.g. libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 installed.
system_ok='^lib(xcb|X|wayland|GL|EGL|OpenGL|GLX|gbm|drm|vulkan|gtk|gdk|atk|cairo|pango|xkbcommon|dbus|fontconfig|freetype|mtdev|input|udev|ts|Xrandr|SM|ICE)'
bad="$(printf '%s\n' "$missing" | grep -v -E "$system_ok" | grep -v '^$' || true)"
if [ -n "$missing" ]; then
    echo "not in the bundle (provided by the desktop system): $(printf '%s ' $missing)"
fi
if [ -n "$bad" ]; then
    echo "build.sh: the bundle links libraries it does not contain: $bad" >&2
    exit 1
fi

# --- 5. the archive -------------------------------------------------------------------
ARCH="$(uname -m)"
TARBALL="$DIST/kbdesk-$VERSION-linux-$ARCH.tar.gz"
step "Packing $TARBALL"
tar -C "$DIST" -czf "$TARBALL" kbdesk

# An AppImage needs appimagetool, which is neither in Debian nor on PyPI; build
# one only where it is already installed (see installer/README.md).
if command -v appimagetool >/dev/null 2>&1; then
    step "Building the AppImage"
    APPDIR="$WORK/kbdesk.AppDir"
    rm -rf "$APPDIR" && mkdir -p "$APPDIR/usr/bin" "$APPDIR/usr/share/applications" \
        "$APPDIR/usr/share/icons/hicolor/256x256/apps"
    cp -a "$BUNDLE/." "$APPDIR/usr/bin/"
    cp resources/kbdesk.desktop "$APPDIR/kbdesk.desktop"
    cp resources/kbdesk.desktop "$APPDIR/usr/share/applications/kbdesk.desktop"
    cp resources/icons/kbdesk-256.png "$APPDIR/kbdesk.png"
    cp resources/icons/kbdesk-256.png "$APPDIR/usr/share/icons/hicolor/256x256/apps/kbdesk.png"
    printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/bin/kbdesk" "$@"\n' > "$APPDIR/AppRun"
    chmod 0755 "$APPDIR/AppRun"
    ARCH="$ARCH" appimagetool --no-appstream "$APPDIR" "$DIST/kbdesk-$VERSION-$ARCH.AppImage"
else
    echo "(appimagetool not installed: no AppImage; the .tar.gz is the Linux package)"
fi

# --- 6. sizes -----------------------------------------------------------------------------
step "Done"
echo "bundle:   $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked, $(du -sm "$BUNDLE" | cut -f1) MiB)"
echo "tarball:  $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
echo "smoke test: $PY installer/smoke_test.py"
