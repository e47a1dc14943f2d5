#!/usr/bin/env bash
# Gives an app image class-data archives (CDS) so that it starts sooner (docs/decisions/0012):
# - always the runtime's base archive (-Xshare:dump; jlink on JDK 17 makes none), which the
#   command-line launcher maps;
# - when an X display is at hand ($DISPLAY, e.g. Xvfb), an archive of the classes the window
#   loads to its first frame (the JDK's, JavaFX's and the app's): one training run opens the
#   bundled sample and closes after its first frame, recording the classes it loaded in
#   lib/app/workbench.classlist; a static dump of that list, which needs no display, makes
#   lib/app/workbench.jsa, and the window launcher maps it.
# The JVM maps that archive only for the class path it was dumped with. The class list travels
# with the image, so a copy moved elsewhere re-dumps the archive for its own folder on its first
# start (ui.ClassDataArchive), and the .deb does so in its postinst; lib/app/workbench.jsa.for
# names the folder the archive was last dumped for. Never fails the build.
#
#   jlink/class-data-archive.sh target/jpackage/image/ScalingWorkbench
set -uo pipefail
image=$1
launcher="$(cd "$image/bin" && pwd)/ScalingWorkbench"
app="$(cd "$image/lib/app" && pwd)"

if ! JAVA_TOOL_OPTIONS=-Xshare:dump "$launcher" >/dev/null 2>&1; then
  echo "class-data archive: base archive not made (skipped)"
  exit 0
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "class-data archive: base archive only (no \$DISPLAY for the training run)"
  exit 0
fi
recovery=$(mktemp -d)
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$app/workbench.classlist -Dscaling.workbench.exitAfterFirstFrame=true -Dscaling.workbench.recovery=$recovery" \
  timeout 120 "$launcher" >/dev/null 2>&1
rm -rf "$recovery"
# The same dump as the .deb's postinst and ui.ClassDataArchive make, from lib/app.
if [ -s "$app/workbench.classlist" ] && (cd "$app" &&
  _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=workbench.classlist -XX:SharedArchiveFile=workbench.jsa.tmp" \
    timeout 300 "$launcher" >/dev/null 2>&1 && mv -f workbench.jsa.tmp workbench.jsa); then
  printf '%s\n' "$app" > "$app/workbench.jsa.for"
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/workbench.jsa' 'java-options=-Xlog:cds=off' \
    'java-options=-Dscaling.workbench.classDataArchive=$APPDIR/workbench.jsa' >> "$app/ScalingWorkbench.cfg"
  echo "class-data archive: base archive, and the window's ($(du -sh "$app/workbench.jsa" | cut -f1))"
else
  rm -f "$app/workbench.classlist" "$app/workbench.jsa.tmp"
  echo "class-data archive: base archive only (the training run or the dump failed)"
fi
