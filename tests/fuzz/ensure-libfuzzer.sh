#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Makes sure clang++ can link a libFuzzer target with ASan and UBSan, installing clang and its
# runtime library with apt when it cannot (Debian and Ubuntu recommend, not require, the
# runtime: `--no-install-recommends` alone leaves it out).
set -euo pipefail
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

can_link() {
  command -v clang++ > /dev/null || return 1
  printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    > "$scratch/target.cpp"
  clang++ -fsanitize=fuzzer,address,undefined "$scratch/target.cpp" -o "$scratch/target" 2> "$scratch/error"
}

install() {
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

can_link && exit 0
echo "Installing clang and its libFuzzer runtime"
$sudo apt-get update -qq
command -v clang++ > /dev/null || install clang
major=$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
can_link || install "libclang-rt-$major-dev"
if ! can_link; then
  echo "clang++ cannot link a libFuzzer target:" >&2
  cat "$scratch/error" >&2
  exit 1
fi
