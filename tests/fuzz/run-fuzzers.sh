#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Runs each libFuzzer target of a HEADROOM_FUZZ build for a bounded time.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET
#
# Each target starts from a scratch corpus in BUILD_DIR/fuzz-corpus/<target>, seeded with the
# folders listed in BUILD_DIR/tests/fuzz/fuzz-<target>.seeds (real files, then the kept
# crashing inputs). A crash, a sanitizer report, a broken invariant, an input slower than
# 10 s or one that needs more than 2 GiB stops the run: the input is left in
# BUILD_DIR/fuzz-findings/<target>/ and the script fails. Copy it into
# tests/fuzz/regressions/<target>/ so the normal test suite replays it from then on.
set -euo pipefail

build=${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET}
seconds=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET}
here=$(cd "$(dirname "$0")" && pwd)
failed=0

for target in project price-book offer-file terraform-plan; do
  executable="$build/tests/fuzz/fuzz-$target"
  corpus="$build/fuzz-corpus/$target"
  findings="$build/fuzz-findings/$target"
  mkdir -p "$corpus" "$findings"
  mapfile -t seeds < <(grep -v '^$' "$executable.seeds" | while read -r d; do [ -d "$d" ] && echo "$d"; done)
  echo "== fuzz-$target: $seconds s, seeds: ${seeds[*]}"
  if ! "$executable" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/json.dict" -artifact_prefix="$findings/" -print_final_stats=1 \
        "$corpus" "${seeds[@]}" 2> "$build/fuzz-$target.log"; then
    failed=1
    grep -B2 -A12 -E "invariant broken|ERROR: |SUMMARY" "$build/fuzz-$target.log" | head -n 60
    echo "== fuzz-$target FAILED; the input is in $findings/"
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$build/fuzz-$target.log" || true
  fi
done
exit $failed
