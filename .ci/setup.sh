#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Installs what pfsmon needs on Debian 12 (only what is missing) and builds it.
# Usage: bash .ci/setup.sh [--tests] [build-dir] [extra cmake args…]
# --tests also installs the real programs the test suite starts (syslog
# daemons, capture tools, fuzzing toolchain, the desktop files' validators),
# so CI runs those tests instead of skipping them (or, for the validators,
# failing).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqcustomplot-dev
          libgl-dev libqt6opengl6-dev libpcap-dev zlib1g-dev graphviz
          qt6-translations-l10n dpkg-dev file)
test_packages=(util-linux bsdutils iproute2 rsyslog tcpdump tshark tcpreplay clang clang-format systemd-journal-remote man-db lintian
               desktop-file-utils appstream)

if [ "${1:-}" = "--tests" ]; then
    packages+=("${test_packages[@]}")
    shift
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "pfsmon: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${1:-build}
shift || true
cmake -S . -B "$build" -G Ninja "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
