#!/usr/bin/env bash
# Measures the app image's start-up on the X display $DISPLAY (default :99, e.g. Xvfb): the time
# the app itself logs from JVM start to the first frame with the bundled sample sweep drawn; the
# window then closes itself (scaling.workbench.exitAfterFirstFrame), so runs follow one another.
# Usage: jlink/measure-startup.sh [runs] [image]   (after jlink/build-image.sh; image defaults to
# the one built; pass a copy made elsewhere, e.g. with cp -r, to measure a moved image: its first
# start, reported apart, re-dumps the class-data archive for its folder, and the runs wait for that).
set -euo pipefail
cd "$(dirname "$0")/.."
export DISPLAY=${DISPLAY:-:99}
runs=${1:-3}
image=${2:-target/jpackage/image/ScalingWorkbench}
app="$(cd "$image/lib/app" && pwd)"
recovery=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$recovery" "$log"' EXIT

start() {  # start <label>: one start, printing the logged time
  env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" HOME="${HOME:-/tmp}" \
    JAVA_TOOL_OPTIONS="-Dscaling.workbench.exitAfterFirstFrame=true -Dscaling.workbench.recovery=$recovery" \
    timeout 120 "$image/bin/ScalingWorkbench" >"$log" 2>&1 || true
  frame=$(grep -o 'first frame with data [0-9,]* ms' "$log" | grep -o '[0-9,]* ms' || echo "not logged")
  echo "$1: first frame with data after $frame"
}

if [ -f "$app/workbench.classlist" ] && [ "$(cat "$app/workbench.jsa.for" 2>/dev/null)" != "$app" ]; then
  start "first start of this copy (no class-data archive for its folder yet)"
  for _ in $(seq 300); do
    [ "$(cat "$app/workbench.jsa.for" 2>/dev/null)" = "$app" ] && break
    sleep 1
  done
  echo "class-data archive re-dumped for this folder: $([ -f "$app/workbench.jsa" ] && echo yes || echo no)"
fi
for i in $(seq "$runs"); do
  start "run $i"
done
