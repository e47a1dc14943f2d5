#!/usr/bin/env bash
# Builds the Debian package (reusing target/ from the Maven build) and checks what it installs:
# the files under /opt/scaling-workbench that the desktop integration needs, and maintainer
# scripts that register the menu entry, icon and file types under /usr/share and remove them
# again (dpkg-deb -c and -e). Skipped, with a message, where fakeroot or dpkg-deb is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in fakeroot dpkg-deb jpackage; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "deb check: skipped ($tool is not installed)"
    exit 0
  fi
done
SW_SKIP_MAVEN=1 jlink/build-image.sh --deb > target/deb-build.log 2>&1 || { tail -20 target/deb-build.log; exit 1; }
deb=$(ls target/jpackage/deb/scaling-workbench_*_amd64.deb)
contents=$(dpkg-deb -c "$deb")
scripts=$(mktemp -d)
trap 'rm -rf "$scripts"' EXIT
dpkg-deb -e "$deb" "$scripts"
fail=0
expect() { # expect WHAT PATTERN TEXT
  if grep -qE -- "$2" <<<"$3"; then echo "ok   $1"; else echo "FAIL $1 (no match for $2)"; fail=1; fi
}
expect "window launcher" ' \./opt/scaling-workbench/bin/ScalingWorkbench$' "$contents"
expect "command-line launcher" ' \./opt/scaling-workbench/bin/scaling-workbench$' "$contents"
expect "menu entry carried" 'lib/app/desktop/scaling-workbench\.desktop$' "$contents"
expect "file types carried" 'lib/app/desktop/scaling-workbench-mime\.xml$' "$contents"
expect "icon carried" 'lib/app/desktop/scaling-workbench\.png$' "$contents"
entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/scaling-workbench/lib/app/desktop/scaling-workbench.desktop)
expect "entry opens files (%F)" '^Exec=/opt/scaling-workbench/bin/ScalingWorkbench %F$' "$entry"
expect "entry names the session type" '^MimeType=.*application/x-scaling-workbench-session;' "$entry"
expect "entry names CSV" '^MimeType=.*text/csv;' "$entry"
mime=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/scaling-workbench/lib/app/desktop/scaling-workbench-mime.xml)
expect "sessions by glob" 'glob pattern="\*\.swb\.json"' "$mime"
expect "postinst installs the entry" 'install .*/usr/share/applications/scaling-workbench\.desktop' "$(cat "$scripts/postinst")"
expect "postinst installs the icon" 'install .*/usr/share/icons/hicolor/256x256/apps/scaling-workbench\.png' "$(cat "$scripts/postinst")"
expect "postinst installs the types" 'install .*/usr/share/mime/packages/scaling-workbench\.xml' "$(cat "$scripts/postinst")"
expect "prerm removes them" 'rm -f /usr/share/applications/scaling-workbench\.desktop' "$(cat "$scripts/prerm")"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate jlink/desktop/scaling-workbench.desktop && echo "ok   desktop-file-validate"
fi
echo "deb check: $deb ($(du -h "$deb" | cut -f1))"
exit $fail
