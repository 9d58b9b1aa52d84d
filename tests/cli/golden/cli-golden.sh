#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# The stored JSON outputs of headroom-cli (issue 19: the streaming writer must not change a
# byte). For every bundled example and template, each case below runs the CLI from the source
# folder and either writes its output under tests/cli/golden/<case>/ (generate) or compares the
# output byte for byte with what is stored there (check, run by ctest as cli_golden_json).
#
# Usage: tests/cli/golden/cli-golden.sh generate|check HEADROOM_CLI
# After a deliberate change to an output (a figure's meaning, a new key), regenerate with
#   tests/cli/golden/cli-golden.sh generate build/app/cli/headroom-cli
# and review the diff (git diff --stat tests/cli/golden) before committing it.
set -euo pipefail

mode=${1:-}
cli=${2:-}
if [[ ( $mode != generate && $mode != check ) || -z $cli ]]; then
  echo "usage: $0 generate|check HEADROOM_CLI" >&2
  exit 2
fi
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"

# case name | command and options (FILE goes after the command). Every case exits 0.
cases=(
  "evaluate|evaluate --format json"
  "evaluate-saturated|evaluate --users 5000000 --format json"
  "sweep|sweep --from 1000 --to 10000000 --points 9 --format json"
  "stages|stages --format json"
  "advise|advise --format json"
  "advise-busy|advise --users 2000000 --format json"
  "rightsize|rightsize --users 1000000 --format json"
)

failed=0
compared=0
scratch=$(mktemp)
trap 'rm -f "$scratch"' EXIT
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  read -r -a words <<< "${entry#*|}"
  for input in resources/examples/*.json resources/templates/*.json; do
    kind=$(basename "$(dirname "$input")")
    stored="$here/$name/$kind/$(basename "$input")"
    if ! "$cli" "${words[0]}" "$input" "${words[@]:1}" > "$scratch"; then
      echo "FAIL $name $input: headroom-cli exited with an error" >&2
      failed=$((failed + 1))
      continue
    fi
    if [[ $mode == generate ]]; then
      mkdir -p "$(dirname "$stored")"
      cp "$scratch" "$stored"
    elif [[ ! -f $stored ]]; then
      echo "FAIL $name $input: nothing stored at ${stored#"$root"/} (run: $0 generate $cli)" >&2
      failed=$((failed + 1))
    elif ! cmp -s "$scratch" "$stored"; then
      echo "FAIL $name $input: differs from ${stored#"$root"/}:" >&2
      diff -u "$stored" "$scratch" | head -n 30 >&2 || true
      failed=$((failed + 1))
    fi
    compared=$((compared + 1))
  done
done
if [[ $failed -gt 0 ]]; then
  echo "$failed of $compared outputs differ or failed" >&2
  exit 1
fi
[[ $mode == generate ]] && done_word=generated || done_word="identical to the stored ones"
echo "$compared outputs $done_word"
