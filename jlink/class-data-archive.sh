#!/usr/bin/env bash
# Gives an app image class-data archives (CDS) so that the window starts sooner: the runtime's
# base archive (-Xshare:dump; jlink on JDK 17 makes none), and, when an X display is at hand
# ($DISPLAY, e.g. Xvfb), an archive of the app's own classes recorded by one training run that
# opens the bundled sample and closes after its first frame. The launcher then maps that archive.
# The JVM checks the recorded class path: a copy of the image moved elsewhere (or installed from
# the .deb) starts without the app archive, as fast as an image without one. Never fails the build.
#
#   jlink/class-data-archive.sh target/jpackage/image/ScalingWorkbench
set -uo pipefail
image=$1
launcher="$image/bin/ScalingWorkbench"
cfg="$image/lib/app/ScalingWorkbench.cfg"
archive="$image/lib/app/workbench.jsa"

if ! JAVA_TOOL_OPTIONS=-Xshare:dump "$launcher" >/dev/null 2>&1; then
  echo "class-data archive: base archive not made (skipped)"
  exit 0
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "class-data archive: base archive only (no \$DISPLAY for the training run)"
  exit 0
fi
recovery=$(mktemp -d)
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$(cd "$(dirname "$archive")" && pwd)/workbench.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dscaling.workbench.exitAfterFirstFrame=true -Dscaling.workbench.recovery=$recovery" \
  timeout 120 "$launcher" >/dev/null 2>&1
rm -rf "$recovery"
if [ -s "$archive" ]; then
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/workbench.jsa' 'java-options=-Xlog:cds=off' \
    'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
  echo "class-data archive: base and app archives ($(du -sh "$archive" | cut -f1) app)"
else
  echo "class-data archive: base archive only (the training run wrote no archive)"
fi
