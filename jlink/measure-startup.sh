#!/usr/bin/env bash
# Measures the app image's start-up on the X display $DISPLAY (default :99, e.g. Xvfb): the time
# the app itself logs from JVM start to the first frame with the bundled sample sweep drawn; the
# window then closes itself (scaling.workbench.exitAfterFirstFrame), so runs follow one another.
# Usage: jlink/measure-startup.sh [runs]   (after jlink/build-image.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export DISPLAY=${DISPLAY:-:99}
image=target/jpackage/image/ScalingWorkbench
runs=${1:-3}
recovery=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$recovery" "$log"' EXIT
for i in $(seq "$runs"); do
  env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" HOME="${HOME:-/tmp}" \
    JAVA_TOOL_OPTIONS="-Dscaling.workbench.exitAfterFirstFrame=true -Dscaling.workbench.recovery=$recovery" \
    timeout 60 "$image/bin/ScalingWorkbench" >"$log" 2>&1 || true
  frame=$(grep -o 'first frame with data [0-9,]* ms' "$log" | grep -o '[0-9,]* ms' || echo "not logged")
  echo "run $i: first frame with data after $frame"
done
