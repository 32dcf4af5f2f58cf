#!/usr/bin/env bash
# Build the one-folder bundle on Linux and prove it works: PyInstaller into build/bundle (the
# spec fails the build when a Qt module that app/ or ui/ imports is missing: packaging/
# qt_modules.py), the licence check (packaging/licences.py), then the bundle's own --selftest
# (fresh database, migrations, demo, Thai PDF, workbook, QtPdf render, and the main window
# offscreen showing every screen and a document in the preview). Prints the bundle's size, the
# build time and the start time; exits non-zero when any of it fails (so CI fails on a broken
# bundle).
#
#   packaging/build_linux.sh            # uses .venv/bin/python (pyinstaller installed there)
#   PYTHON=python3 packaging/build_linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
PYINSTALLER_PIN=${PYINSTALLER_PIN:-pyinstaller==6.22.3}
OUT=$ROOT/build/bundle
WORK=$ROOT/build/pyinstaller
REPORT=$ROOT/build/selftest-report.json

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "installing $PYINSTALLER_PIN"
    "$PYTHON" -m pip install -q "$PYINSTALLER_PIN"
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

t0=$(now_ms)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT" --workpath "$WORK" packaging/ita-desk.spec
BUNDLE=$OUT/ITADesk
build_ms=$(( $(now_ms) - t0 ))
# Again on the finished folder (the spec checked it too): a Qt module imported but not bundled.
"$PYTHON" packaging/qt_modules.py "$BUNDLE"
# Every shipped library and component has its licence text in the bundle.
"$PYTHON" packaging/licences.py "$BUNDLE"

# The self-test runs in a private data folder, offscreen: no display, no user data touched.
export ITA_DESK_DATA=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$ITA_DESK_DATA"' EXIT
rm -f "$REPORT"
s0=$(now_ms)
set +e
"$BUNDLE/itadesk-cli" --selftest --report "$REPORT"
rc=$?
set -e
selftest_ms=$(( $(now_ms) - s0 ))

# The window starts and stays up (offscreen) on a fresh data folder: exit 124 = killed by timeout.
# Staying up is not enough (an error may only show a message box): its log must hold no error.
GUI_DATA=$(mktemp -d -p "$ITA_DESK_DATA")
set +e
ITA_DESK_DATA=$GUI_DATA timeout 10 "$BUNDLE/ITADesk" >/dev/null 2>&1
gui_rc=$?
set -e
if [ "$gui_rc" -ne 124 ]; then
    echo "THE WINDOW DID NOT STAY UP (exit $gui_rc)" >&2
    rc=1
elif grep -rlsE "Traceback|ERROR|CRITICAL" "$GUI_DATA/logs" >/dev/null; then
    echo "THE WINDOW LOGGED AN ERROR:" >&2
    grep -rhsE -A12 "Traceback|ERROR|CRITICAL" "$GUI_DATA/logs" >&2 || true
    gui_rc=1
    rc=1
fi

# Start time: to the end of `--help` (imports, argument parsing) and of `about`, median of 3.
median_ms() {  # median of three runs of the command, in ms
    for _ in 1 2 3; do a=$(now_ms); "$@" >/dev/null; echo $(( $(now_ms) - a )); done | sort -n | sed -n 2p
}
start_help=$(median_ms "$BUNDLE/itadesk-cli" --help)
start_about=$(median_ms "$BUNDLE/itadesk-cli" about)

size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
printf 'bundle:        %s\n' "$BUNDLE"
printf 'bundle size:   %s MB (%s files)\n' "$size_mb" "$files"
printf 'build time:    %s s\n' "$(secs "$build_ms")"
printf 'start (help):  %s s   start (about): %s s\n' "$(secs "$start_help")" "$(secs "$start_about")"
printf 'self-test:     %s s, exit %s, report %s\n' "$(secs "$selftest_ms")" "$rc" "$REPORT"
printf 'window:        %s\n' "$([ "$gui_rc" -eq 124 ] && echo "started and stayed up 10 s" || echo "FAILED ($gui_rc)")"
if [ "$rc" -ne 0 ]; then
    echo "BUNDLE CHECK FAILED" >&2
    cat "$REPORT" >&2 || true
    exit "$rc"
fi
