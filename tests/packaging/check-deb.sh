#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Builds the .deb and .tar.gz, unpacks the .deb into a scratch root as dpkg would install it,
# runs the installed CLI and designer from there, and validates the desktop integration files.
# Exits 77 (ctest: skipped) on a host without dpkg.
set -euo pipefail
build=$1
if ! command -v dpkg-deb > /dev/null || ! command -v dpkg > /dev/null; then
  echo "not a Debian host (no dpkg-deb): the .deb is not checked"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" || { cat "$work/cpack.log"; exit 1; }
cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$work/out" >> "$work/cpack.log" || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

dpkg-deb --field "$deb" Depends | grep -q 'libqt6widgets6' || { echo "the .deb does not depend on Qt 6"; exit 1; }
dpkg -x "$deb" "$work/root"
root="$work/root/usr"

"$root/bin/headroom-cli" --version
"$root/bin/headroom-cli" evaluate "$root/share/headroom/examples/three-tier.json" --format json > "$work/evaluation.json"
grep -q '"bottleneck": "web"' "$work/evaluation.json" || { echo "unexpected evaluation"; head -c 400 "$work/evaluation.json"; exit 1; }
for template in "$root"/share/headroom/templates/*.json; do
  "$root/bin/headroom-cli" validate "$template" > /dev/null
done
QT_QPA_PLATFORM=offscreen "$root/bin/headroom" --version
# `report` runs the renderer installed in libexec/headroom/.
QT_QPA_PLATFORM=offscreen "$root/bin/headroom-cli" report "$root/share/headroom/examples/three-tier.json" \
  --out "$work/report.pdf" > /dev/null
test -s "$work/report.pdf" || { echo "headroom-cli report wrote no PDF from the installed tree"; exit 1; }

desktop-file-validate "$root/share/applications/io.github.headroom.Headroom.desktop"
appstreamcli validate --no-net "$root/share/metainfo/io.github.headroom.Headroom.metainfo.xml"
# The licence: in the metainfo, in Debian's copyright file, and the text itself.
grep -q '<project_license>Apache-2.0</project_license>' "$root/share/metainfo/io.github.headroom.Headroom.metainfo.xml"
grep -q '^License: Apache-2.0' "$root/share/doc/headroom/copyright"
grep -q 'Apache License' "$root/share/doc/headroom/LICENSE"
dpkg-deb --field "$deb" Homepage | grep -q '^https://' || { echo "the .deb has no Homepage"; exit 1; }
if dpkg-deb --field "$deb" Maintainer | grep -q '\.invalid'; then echo "the .deb's Maintainer is a placeholder address"; exit 1; fi
grep -q 'pattern="\*.headroom"' "$root/share/mime/packages/headroom.xml"
for size in 16 32 48 64 128 256; do
  test -s "$root/share/icons/hicolor/${size}x${size}/apps/headroom.png"
done
test -s "$root/share/icons/hicolor/scalable/apps/headroom.svg"
man -l "$root/share/man/man1/headroom-cli.1" > /dev/null 2>&1 || grep -q '^.TH HEADROOM-CLI 1' "$root/share/man/man1/headroom-cli.1"
tar -tzf "$tgz" | grep -q 'bin/headroom-cli$' || { echo "the .tar.gz has no headroom-cli"; exit 1; }
echo "package checks passed"
