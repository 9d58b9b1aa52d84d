#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when the configured build uses a Debian package that `make deps` would not install.
#
# `make deps` installs the Makefile's PACKAGES with --no-install-recommends, so what reaches a
# bare machine is those packages and what they Depend on (or Pre-Depend on), transitively. This
# reads the build's CMakeCache.txt, takes every package config it found (each <Name>_DIR: all
# are required, directly or by a config that needs them), the compiler and make program it
# builds with and the test tools it found (HEADROOM_OCTAVE_*: octave-cli and the Octave queueing
# package of tst_octave_peer, which skips without them but must not go unchecked in `make test`),
# asks dpkg which package owns each, and names every owner outside that closure.
# (Other FILEPATH entries are left out: FindOpenGL, for one, records libGLU when it happens to
# be installed, though nothing links it.)
#
# Usage: check-build-packages.sh BUILD_DIR SOURCE_DIR
# Exit: 0 all covered, 1 a package is missing from the list, 77 not a Debian host (ctest: skipped).
set -euo pipefail
build=$1
source=$2

if ! command -v dpkg-query > /dev/null || ! command -v dpkg > /dev/null || [ ! -d /var/lib/dpkg ]; then
  echo "not a Debian host (no dpkg): nothing to check"
  exit 77
fi
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "$cache: not found; configure the build first"; exit 1; }

listed=$(make -s --no-print-directory -C "$source" print-packages)
[ -n "$listed" ] || { echo "$source/Makefile: print-packages listed nothing"; exit 1; }

# What the listed packages bring along: the Depends/Pre-Depends closure over installed packages,
# with virtual packages resolved through Provides and every installed alternative of "a | b".
closure=$(dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Provides}\t${Depends}, ${Pre-Depends}\n' |
  awk -F'\t' -v roots="$listed" '
    function names(field, out,    parts, n, i, name) {
      gsub(/\([^)]*\)|\[[^]]*\]|:[a-z0-9]+/, "", field)
      n = split(field, parts, /[,|]/)
      for (i = 1; i <= n; i++) { name = parts[i]; gsub(/[ \t]/, "", name); if (name != "") out[++out[0]] = name }
    }
    $1 ~ /^ii/ {
      installed[$2] = 1; depends[$2] = $4
      delete provided; provided[0] = 0; names($3, provided)
      for (i = 1; i <= provided[0]; i++) providers[provided[i]] = providers[provided[i]] " " $2
    }
    END {
      n = split(roots, queue, /[ \t\n]+/); head = 1
      while (head <= n) {
        name = queue[head++]
        if (name == "" || (name in seen)) continue
        seen[name] = 1
        if (name in providers) { m = split(providers[name], extra, " "); for (j = 1; j <= m; j++) queue[++n] = extra[j] }
        if (!(name in installed)) continue
        delete next_names; next_names[0] = 0; names(depends[name], next_names)
        for (j = 1; j <= next_names[0]; j++) queue[++n] = next_names[j]
      }
      for (name in seen) if (name in installed) print name
    }')

# What the build found: each package config folder (its config file), the compiler, make, the
# test tools.
found=$(sed -n -E 's/^([A-Za-z0-9_]+_DIR):PATH=(.+)$/\1\t\2/p
                  s/^(CMAKE_CXX_COMPILER|CMAKE_MAKE_PROGRAM|HEADROOM_OCTAVE_[A-Z_]+):FILEPATH=(\/.+)$/\1\t\2/p' "$cache")

missing=""
checked=0
while IFS=$'\t' read -r variable path; do
  [ -e "$path" ] || continue
  if [ -d "$path" ]; then
    # find_package(Name) reads NameConfig.cmake or name-config.cmake in Name_DIR.
    name=${variable%_DIR}
    for config in "$path/${name}Config.cmake" "$path/${name,,}-config.cmake"; do
      [ -f "$config" ] && { path=$config; break; }
    done
  fi
  path=$(realpath "$path")
  case "$path" in "$build"/*|"$source"/*) continue ;; esac
  owners=$(dpkg -S "$path" 2> /dev/null | sed -E 's/: .*$//; s/:[a-z0-9]+//g; s/, /\n/g' | sort -u || true)
  if [ -z "$owners" ]; then
    missing="$missing\n  $variable: $path belongs to no Debian package (installed by hand?)"
    continue
  fi
  checked=$((checked + 1))
  covered=""
  for owner in $owners; do
    grep -qxF "$owner" <<< "$closure" && covered=$owner
  done
  [ -n "$covered" ] || missing="$missing\n  $(echo $owners) (for $variable: $path)"
done <<< "$found"

if [ -n "$missing" ]; then
  echo "The build uses packages that \`make deps\` does not install (add them to PACKAGES in $source/Makefile):"
  echo -e "${missing#\\n}"
  exit 1
fi
echo "$checked files the build found all come from the Makefile's packages or what they depend on"
