#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# A person's first session with the designer, driven with a real mouse and keyboard (xdotool)
# in a 1366×768 Xvfb screen: build a six-component design from scratch with drags from the
# palette, connect it, rename, pan, nudge, copy, paste, undo and redo from the keyboard, taking
# a screenshot after each step. Not part of ctest (it needs xvfb, xdotool and imagemagick);
# run by hand: tests/gui/xvfb-session.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:-build}
out=${2:-/tmp/headroom-session}
mkdir -p "$out"
display=:${HEADROOM_XVFB_DISPLAY:-19}
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
export XDG_CONFIG_HOME XDG_DATA_HOME
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT
sleep 1
"$build/app/designer/headroom" &
app=$!
sleep 3

shot() { sleep 0.6; import -window root "$out/$1.png"; echo "$out/$1.png"; }
key() { xdotool key --delay 80 "$@"; }
# Drags with the left button from (x1,y1) to (x2,y2) in small steps, as a hand does.
drag() {
  xdotool mousemove "$1" "$2" mousedown 1
  for i in 1 2 3 4 5 6 7 8; do
    xdotool mousemove $(( $1 + ($3 - $1) * i / 8 )) $(( $2 + ($4 - $2) * i / 8 )); sleep 0.05
  done
  sleep 0.2; xdotool mouseup 1; sleep 0.3
}
# Types a palette search, then drags its first entry to (x,y) on the canvas.
place() {
  xdotool mousemove 173 90 click --repeat 3 1; xdotool type --delay 40 "$1"; sleep 0.4
  drag 150 135 "$2" "$3"
}

shot 01-first-run
xdotool mousemove 600 220 click 1          # focus the canvas
key ctrl+minus ctrl+minus                  # room for six nodes
shot 02-zoomed-out
place "load balancer" 400 150
place "auto scaling" 560 150
place "redis" 720 110
place "postgres" 720 200
place "queue" 560 250
shot 03-placed

# Connect: from each node's right-hand handle to the next node.
drag 661 226 405 155                       # Users → load balancer
drag 469 149 560 155                       # load balancer → web tier
drag 623 149 725 112                       # web tier → cache
drag 623 149 738 203                       # web tier → database
drag 623 149 560 292                       # web tier → queue
shot 04-connected
xdotool mousemove 405 160 click 1          # select the load balancer
key F2; sleep 0.3; key ctrl+a; xdotool type --delay 40 "Public ALB"; key Return
shot 05-renamed
xdotool mousemove 560 292 click 1; key Right Right Right shift+Down   # nudge the queue
shot 06-nudged
xdotool mousemove 560 155 click 1; key ctrl+c
xdotool mousemove 420 330; key ctrl+v                                  # paste under the cursor
shot 07-pasted
key ctrl+z; shot 08-undone
key ctrl+shift+z; shot 09-redone
# Pan: middle-drag the canvas left and up.
xdotool mousemove 860 330 mousedown 2
for i in 1 2 3 4 5 6; do xdotool mousemove $((860 - 20 * i)) $((330 - 8 * i)); sleep 0.05; done
xdotool mouseup 2
shot 10-panned
# The user count, typed: 1M users.
xdotool mousemove 860 434 click --repeat 3 1; xdotool type --delay 40 "1M"; key Return
shot 11-one-million-users
