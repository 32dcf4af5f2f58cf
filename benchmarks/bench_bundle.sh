#!/usr/bin/env bash
# Bundle size and start time of the PyInstaller one-folder bundle (Linux), against the source tree.
# Builds the bundle first unless build/bundle/ITADesk exists (or REBUILD=1).
#
#   benchmarks/bench_bundle.sh
#
# Prints: bundle size (MB, files), the biggest parts, and the median of 5 starts of
#   - `--help` (Python + our imports + argument parsing),
#   - `about` (plus every library's version),
#   - `--selftest --no-render` and `--selftest` (a whole job: database, Thai PDF, workbook, QtPdf),
# for the bundle and for `python -m app`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
BUNDLE=$ROOT/build/bundle/ITADesk
if [ "${REBUILD:-0}" = 1 ] || [ ! -x "$BUNDLE/itadesk-cli" ]; then
    packaging/build_linux.sh
fi
export ITA_DESK_DATA=$(mktemp -d) QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$ITA_DESK_DATA"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median5() {
    for _ in 1 2 3 4 5; do a=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - a )); done | sort -n | sed -n 3p
}
row() {  # label, command...
    local label=$1; shift
    printf '  %-28s %6s ms\n' "$label" "$(median5 "$@")"
}

echo "bundle: $BUNDLE"
printf '  size: %s MB, %s files\n' "$(du -sm "$BUNDLE" | cut -f1)" "$(find "$BUNDLE" -type f | wc -l)"
echo "  biggest parts:"
du -sm "$BUNDLE"/_internal/* | sort -rn | head -8 | awk '{printf "    %5s MB  %s\n", $1, $2}' | sed "s|$BUNDLE/||"
echo "start time (median of 5):"
row "bundle --help" "$BUNDLE/itadesk-cli" --help
row "source --help" "$PY" -m app --help
row "bundle about" "$BUNDLE/itadesk-cli" about
row "source about" "$PY" -m app about
row "bundle selftest --no-render" "$BUNDLE/itadesk-cli" --selftest --no-render
row "bundle selftest" "$BUNDLE/itadesk-cli" --selftest
row "source selftest" "$PY" -m app selftest
