#!/usr/bin/env bash
# Builds a self-contained app image of Scaling Workbench (a trimmed JDK 17 runtime with the
# JavaFX modules, the app's jars and the sample sweeps) with jpackage, and with --deb also a
# Debian installer. Needs a JDK 17+ with jpackage; the .deb also needs fakeroot and dpkg-deb.
#
#   jlink/build-image.sh          -> target/jpackage/image/ScalingWorkbench/
#   jlink/build-image.sh --deb    -> also target/jpackage/deb/scaling-workbench_<version>_amd64.deb
#
# Set SW_MAVEN_FLAGS=-o to build offline, SW_SKIP_MAVEN=1 to reuse an existing target/ build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/jpackage"
name=ScalingWorkbench
# jpackage wants a purely numeric version: 0.1.0-SNAPSHOT -> 0.1.0
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
# The JDK and JavaFX modules the app and its libraries use (jdeps --print-module-deps on the
# jars gives java.base,java.desktop,java.sql,javafx.controls,jdk.management; the rest are used
# reflectively: JavaFX-Swing bridge, commons-logging, Batik's XML, JavaFX's Unsafe access).
modules=javafx.controls,javafx.swing,java.desktop,java.logging,java.xml,java.sql,java.prefs,java.management,jdk.management,jdk.unsupported,jdk.crypto.ec

if [ "${SW_SKIP_MAVEN:-0}" != 1 ]; then
  ./mvnw -B -ntp -q ${SW_MAVEN_FLAGS:-} -DskipTests package
fi

rm -rf "$work"
mkdir -p "$work/input" "$work/image"
cp target/scaling-workbench.jar "$work/input/"
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/" \;
cp -r sample-runs "$work/input/sample-runs"
# The desktop integration the .deb's postinst installs under /usr/share (menu entry, icon, types).
mkdir -p "$work/input/desktop"
cp jlink/desktop/scaling-workbench.desktop jlink/desktop/scaling-workbench-mime.xml "$work/input/desktop/"
cp assets/icon.png "$work/input/desktop/scaling-workbench.png"
fxjars=$(find target/lib -name 'javafx-*-linux.jar' | sort)

# 1. The runtime: JDK + JavaFX modules, from the JavaFX jars Maven fetched (they carry the
#    Linux native libraries). Copy those libraries beside the runtime's own, where JavaFX looks
#    first; otherwise it extracts them into ~/.openjfx/cache on first start.
jlink --module-path "$(paste -sd: <<<"$fxjars")" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands
# (the JDK's own jar tool unpacks them, so no unzip is needed)
mkdir -p "$work/fx-unpacked"
for jar in $fxjars; do
  (cd "$work/fx-unpacked" && jar xf "$OLDPWD/$jar")
done
find "$work/fx-unpacked" -name '*.so' -exec cp {} "$work/runtime/lib/" \;

# 2. The app on that runtime: the window launcher, plus the CLI launcher (jlink/cli-launcher.properties).
package() {
  jpackage --name "$name" --app-version "$version" --vendor "Scaling Workbench" \
    --description "Fit, compare and extrapolate neural scaling laws" --icon assets/icon.png \
    --runtime-image "$work/runtime" --input "$work/input" --main-jar scaling-workbench.jar \
    --main-class org.scalingworkbench.ui.WorkbenchLauncher \
    --java-options '-Dscaling.workbench.samples=$APPDIR/sample-runs' \
    --add-launcher scaling-workbench=jlink/cli-launcher.properties "$@"
}
package --type app-image --dest "$work/image"
jlink/class-data-archive.sh "$work/image/$name"
echo "app image: $work/image/$name ($(du -sh "$work/image/$name" | cut -f1))"

# 3. Optionally the Debian package, installing to /opt/scaling-workbench with a menu entry. It
#    carries the class list; its postinst dumps the window's class-data archive from it there.
if [ "${1:-}" = --deb ]; then
  cds=()
  if [ -f "$work/image/$name/lib/app/workbench.classlist" ]; then
    cp "$work/image/$name/lib/app/workbench.classlist" "$work/input/"
    cds=(--java-options '-XX:SharedArchiveFile=$APPDIR/workbench.jsa' --java-options -Xlog:cds=off
      --java-options '-Dscaling.workbench.classDataArchive=$APPDIR/workbench.jsa')
  fi
  package "${cds[@]}" --type deb --dest "$work/deb" --license-file LICENSE \
    --linux-package-name scaling-workbench --linux-deb-maintainer "maintainers@scalingworkbench.org" \
    --linux-menu-group "Science;Education" --linux-app-category science --linux-shortcut \
    --resource-dir jlink/deb-resources
  ls -la "$work/deb"
fi
