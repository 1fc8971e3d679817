#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Takes the README's screenshots: the console on its demo at the start, the
# middle and the end of a rollout, on the seed log, and on a demo with faults,
# at 1366x768 and 1920x1080, in English and French, each under its own Xvfb.
# Usage: bash .ci/screenshots.sh [build-dir] [out-dir]
# Needs xvfb, xdotool and imagemagick (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}
pfsmon="$build/bin/pfsmon"
[ -x "$pfsmon" ] || { echo "screenshots: build first ($pfsmon is missing)" >&2; exit 1; }

missing=()
for p in xvfb xdotool imagemagick; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
mkdir -p "$out"

settings=$(mktemp -d)
export XDG_CONFIG_HOME="$settings" # a fresh window layout, never the user's
xvfb=""
cleanup() {
    [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
    rm -rf "$settings"
}
trap cleanup EXIT

# shot NAME SECONDS ARGS...: starts pfsmon with ARGS, waits, takes the
# screen; with CLICK="X Y" set, clicks there first (a row of the hierarchies).
shot() {
    local name=$1 wait=$2
    shift 2
    DISPLAY=$display "$pfsmon" "$@" >/dev/null 2>&1 &
    local pid=$!
    # No window manager: the window is given the whole screen, as maximised.
    DISPLAY=$display xdotool search --sync --onlyvisible --name pfsmon windowmove 0 0 windowsize "${size%x*}" "${size#*x}" \
        >/dev/null 2>&1 || true
    sleep "$wait"
    if [ -n "${CLICK:-}" ]; then
        DISPLAY=$display xdotool mousemove $CLICK click 1
        sleep 1
    fi
    DISPLAY=$display import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$out/$name.png"
}

number=47
for size in 1366x768 1920x1080; do
    [ -z "$xvfb" ] || { kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; }
    number=$((number + 1)) # a display of its own: the last one's lock may linger
    display=:$number
    Xvfb $display -screen 0 "${size}x24" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [ -S /tmp/.X11-unix/X$number ] && break; sleep 0.1; done
    for lang in en fr; do
        common=(--lang "$lang" --phones 200 --seed 1)
        # A 200-phone rollout takes about 6 minutes: x20 runs it in about 18 s.
        shot "demo-start-$lang-$size" 4 --demo "${common[@]}" --speed 20
        shot "demo-middle-$lang-$size" 10 --demo "${common[@]}" --speed 20
        shot "demo-end-$lang-$size" 30 --demo "${common[@]}" --speed 20
        # The seed's one file: its tree, the root fetching from TFTP.
        CLICK="150 214" shot "seed-log-$lang-$size" 4 --lang "$lang" --import tests/data/seed-cisco-pfs-fr.txt
        shot "faults-$lang-$size" 12 --demo "${common[@]}" --speed 20 --fault-stall 2 --fault-vanish 2 \
            --fault-keep-tftp 1 --fault-never-back 1
    done
done
# The README's files are small: 256 colours are plenty for a console.
for f in "$out"/*.png; do
    convert "$f" -colors 256 PNG8:"$f"
done
