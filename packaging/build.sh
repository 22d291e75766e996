#!/usr/bin/env bash
# Build the one-folder application into dist/ssaviewer with PyInstaller, then check it.
#
#   packaging/build.sh            # build (installs the `package` extra into .venv if missing)
#   packaging/build.sh --check    # build, then run the bundle headless in a clean environment
#
# The result runs with no Python and no virtual environment:
#   dist/ssaviewer/ssaviewer [PATH...]          (the viewer; sub-commands work as with pip)
#   dist/ssaviewer/sample_data/                 (the demo and lesson scenarios)
#   dist/ssaviewer/share/                       (desktop file, AppStream metainfo, MIME types, icons)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -x "$PY" ]; then
    make .venv/.installed
fi
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    echo "build.sh: installing PyInstaller into .venv (the 'package' extra)"
    "$PY" -m pip install --quiet -e '.[package]'
fi

# The window's translations (.qm, compiled from the .ts sources) travel in ssaviewer/resources.
make qm

start=$(date +%s)
rm -rf dist/ssaviewer build/pyinstaller
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/ssaviewer.spec

app=dist/ssaviewer
# Data files live in _internal/ (where the program finds them); give the user a visible link.
ln -sfn _internal/sample_data "$app/sample_data"
mkdir -p "$app/share/applications" "$app/share/metainfo" "$app/share/mime/packages"
cp packaging/ssaviewer.desktop "$app/share/applications/"
cp packaging/io.github.ssaviewer.metainfo.xml "$app/share/metainfo/"
cp packaging/ssaviewer-mime.xml "$app/share/mime/packages/ssaviewer.xml"
cp -r resources/icons/hicolor "$app/share/icons"
end=$(date +%s)
size=$(du -sh "$app" | cut -f1)
echo "build.sh: built $app ($size) in $((end - start)) s"

# The bundle must not lean on anything outside it: a missing Qt platform plugin or data file
# would only show on a machine without this checkout.
for needed in \
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so" \
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
    "_internal/skyfield_data/data/de421.bsp" \
    "_internal/skyfield/data/delta_t.npz" \
    "_internal/skyfield_data/data/finals2000A.all" \
    "_internal/ssaviewer/resources/coastline_50m.npz" \
    "_internal/ssaviewer/resources/i18n/ssaviewer_ar.qm" \
    "_internal/ssaviewer/resources/i18n/ssaviewer_zh_CN.qm" \
    "_internal/PySide6/Qt/translations/qtbase_ar.qm" \
    "_internal/sample_data/scenario.toml" \
    "_internal/sample_data/lessons/five_anomalies.ssas" \
    "_internal/icons/ssaviewer.svg"; do
    if [ ! -e "$app/$needed" ]; then
        echo "build.sh: the bundle lacks $needed" >&2
        exit 1
    fi
done

if [ "$check" = 1 ]; then
    packaging/smoke_test.sh "$app"
fi
