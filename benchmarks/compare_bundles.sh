#!/usr/bin/env bash
# Size and start time of two one-folder bundles, e.g. before and after a change, as ratios.
# Start times are interleaved (old, new, old, new…) so a busy machine slows both alike.
#
#   benchmarks/compare_bundles.sh OLD/ITADesk NEW/ITADesk     # N=7 runs each (median)
set -u
OLD=$1; NEW=$2; N=${N:-7}
export QT_QPA_PLATFORM=offscreen ITA_DESK_DATA=$(mktemp -d)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
declare -A T
for i in $(seq $N); do
  for which in old new; do
    B=$OLD; [ $which = new ] && B=$NEW
    for cmd in help about; do
      a=$(now_ms)
      if [ $cmd = help ]; then "$B/itadesk-cli" --help >/dev/null 2>&1; else "$B/itadesk-cli" about >/dev/null 2>&1; fi
      T[$which.$cmd]+="$(( $(now_ms) - a )) "
    done
  done
done
med() { echo $1 | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for cmd in help about; do
  o=$(med "${T[old.$cmd]}"); n=$(med "${T[new.$cmd]}")
  awk -v c=$cmd -v o=$o -v n=$n 'BEGIN { printf "%-6s old %5d ms  new %5d ms  new/old %.2f\n", c, o, n, n/o }'
done
so=$(du -sm "$OLD" | cut -f1); sn=$(du -sm "$NEW" | cut -f1)
fo=$(find "$OLD" -type f | wc -l); fn=$(find "$NEW" -type f | wc -l)
awk -v so=$so -v sn=$sn -v fo=$fo -v fn=$fn 'BEGIN { printf "size   old %d MB (%d files)  new %d MB (%d files)  new/old %.2f\n", so, fo, sn, fn, sn/so }'
rm -rf "$ITA_DESK_DATA"
