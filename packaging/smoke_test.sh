#!/usr/bin/env bash
# Run the bundled program in a clean environment (no PATH to Python, no venv, no PYTHONPATH)
# and check that it answers --version, runs a sub-command and renders screenshots of the
# viewer on the demo and of the shipped lesson in trainer mode.
#   packaging/smoke_test.sh [dist/ssaviewer]
set -euo pipefail
app=${1:-dist/ssaviewer}
app=$(cd "$app" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Run from an empty folder so nothing in the checkout can be picked up by accident.
cd "$work"
run() { env -i HOME="$work" QT_QPA_PLATFORM=offscreen "$app/ssaviewer" "$@"; }

version=$(run --version)
echo "smoke: $version"
case "$version" in ssaviewer\ [0-9]*) ;; *) echo "smoke: --version printed '$version'" >&2; exit 1 ;; esac

run info "$app/sample_data" >"$work/info.txt"
grep -q "element sets" "$work/info.txt" || { echo "smoke: 'info' printed:" >&2; cat "$work/info.txt" >&2; exit 1; }
# The bundle carries the compiled TLE decode kernel and uses it.
grep -q "^TLE decoder: C kernel" "$work/info.txt" || { echo "smoke: the bundle does not use the compiled TLE kernel:" >&2; grep "TLE decoder" "$work/info.txt" >&2; exit 1; }

run --screenshot "$work/shot.png" "$app/sample_data"
# A real render of the main window is well over a few kB; an empty or failed one is not.
bytes=$(stat -c %s "$work/shot.png")
if [ "$bytes" -lt 20000 ]; then
    echo "smoke: screenshot is only $bytes bytes" >&2
    exit 1
fi
[ -z "${SMOKE_KEEP:-}" ] || cp "$work/shot.png" "$SMOKE_KEEP"
echo "smoke: viewer screenshot $bytes bytes"

# Trainer mode: the shipped lesson opens in presentation mode.
run --screenshot "$work/lesson.png" "$app/sample_data/lessons/five_anomalies.ssas"
bytes=$(stat -c %s "$work/lesson.png")
if [ "$bytes" -lt 20000 ]; then
    echo "smoke: lesson screenshot is only $bytes bytes" >&2
    exit 1
fi
echo "smoke: lesson screenshot $bytes bytes; bundle OK"
