#!/usr/bin/env bash
# Put kbdesk on the PATH and in the desktop's application menu, running it from
# the folder this script is in (unpack the bundle where it should stay first,
# e.g. /opt/kbdesk or ~/apps/kbdesk). As root it installs for every user
# (/usr/local), otherwise for you (~/.local). `install.sh --uninstall` undoes it.
set -euo pipefail

HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
if [ "$(id -u)" = 0 ]; then PREFIX="${PREFIX:-/usr/local}"; else PREFIX="${PREFIX:-$HOME/.local}"; fi
BIN="$PREFIX/bin"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"
SIZES="16 32 48 64 128 256"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$BIN/kbdesk" "$APPS/kbdesk.desktop" "$ICONS/scalable/apps/kbdesk.svg"
    for s in $SIZES; do rm -f "$ICONS/${s}x${s}/apps/kbdesk.png"; done
    echo "kbdesk removed from $PREFIX (the folder $HERE and your archives are untouched)"
    exit 0
fi

[ -x "$HERE/kbdesk" ] || { echo "install.sh: $HERE/kbdesk not found; run me from the unpacked bundle" >&2; exit 1; }
RES="$HERE/_internal/resources"
mkdir -p "$BIN" "$APPS" "$ICONS/scalable/apps"
ln -sf "$HERE/kbdesk" "$BIN/kbdesk"
for s in $SIZES; do
    mkdir -p "$ICONS/${s}x${s}/apps"
    install -m 0644 "$RES/icons/kbdesk-$s.png" "$ICONS/${s}x${s}/apps/kbdesk.png"
done
install -m 0644 "$RES/icons/kbdesk.svg" "$ICONS/scalable/apps/kbdesk.svg"
sed -e "s|^Exec=.*|Exec=\"$HERE/kbdesk\"|" -e "s|^TryExec=.*|TryExec=$HERE/kbdesk|" \
    "$RES/kbdesk.desktop" > "$APPS/kbdesk.desktop"
chmod 0644 "$APPS/kbdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
echo "kbdesk installed: $BIN/kbdesk -> $HERE/kbdesk, menu entry $APPS/kbdesk.desktop"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "note: $BIN is not on your PATH" ;; esac
