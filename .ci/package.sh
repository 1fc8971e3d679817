#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# The Debian package, tried for real as a user would (issue #16): build the
# .deb, install it with apt-get, run what it installed (the programs, their
# man pages, the desktop entry, the AppStream metainfo, the icons), remove it
# with apt-get purge, and check that nothing of it is left in /usr.
# Needs root (or sudo): it installs and removes a package on this machine.
# Usage: bash .ci/package.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app_id=$(sed -n 's/^set(PFSMON_APP_ID \(.*\))$/\1/p' CMakeLists.txt)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt() { DEBIAN_FRONTEND=noninteractive $sudo apt-get "$@" -y -qq -o Dpkg::Use-Pty=0 >/dev/null; }
fail() { echo "pfsmon package: $*" >&2; exit 1; }

rm -f "$build"/pfsmon_*.deb
cmake --build "$build" --target package >/dev/null
debs=("$build"/pfsmon_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one pfsmon_<version>_amd64.deb in $build"
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
echo "pfsmon package: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends has no Qt: dpkg-shlibdeps did not run"
# Debian's own checker of packages: no error and no warning.
lintian --fail-on error,warning "$deb" || fail "lintian found what Debian would refuse"

# A machine that kept a package of an earlier run starts clean.
if dpkg-query -W -f='${Status}' pfsmon 2>/dev/null | grep -q installed; then apt purge pfsmon; fi
before=$(mktemp)
after=$(mktemp)
capture=$(mktemp --suffix=.pcap)
# A failed check leaves no package behind on the machine.
cleanup() {
    rm -f "$before" "$after" "$capture"
    if dpkg-query -W -f='${Status}' pfsmon 2>/dev/null | grep -q installed; then apt purge pfsmon; fi
}
trap cleanup EXIT
find /usr -xdev | sort >"$before"

apt install "$deb"
[ "$(command -v pfsmon)" = /usr/bin/pfsmon ] || fail "pfsmon is not /usr/bin/pfsmon"
[ "$(/usr/bin/pfsmon --version)" = "pfsmon $version" ] || fail "pfsmon --version says $(/usr/bin/pfsmon --version), the package $version"
[ "$(/usr/bin/pfssim --version)" = "pfssim $version" ] || fail "pfssim --version says $(/usr/bin/pfssim --version)"
summary=$(/usr/bin/pfsmon --headless --demo --phones 50)
grep -q "demo rollout of 50 phones" <<<"$summary" || fail "the installed demo printed: $summary"
# The catalogue and the translations are in the program: French, and the models' names.
grep -q "démonstration de 50 téléphones" <<<"$(/usr/bin/pfsmon --headless --demo --phones 50 --lang fr)" || fail "no French"
grep -q "CP-" <<<"$summary" || fail "the demo names no phone model: no firmware catalogue"
/usr/bin/pfssim --phones 10 --snaplen 96 --pcap "$capture" >/dev/null
replayed=$(/usr/bin/pfsmon --headless "$capture" 2>/dev/null) # whole: grep -q would cut the pipe
grep -q "^Hierarchies: [1-9]" <<<"$replayed" || fail "pfsmon FILE did not replay the capture: $replayed"
# The window starts (offscreen) and runs until stopped.
status=0
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/pfsmon --demo --phones 20 2>/dev/null || status=$?
[ "$status" -eq 124 ] || fail "the window exited with $status"

[ "$(man -w pfsmon)" = /usr/share/man/man1/pfsmon.1.gz ] || fail "man -w pfsmon: $(man -w pfsmon)"
MANWIDTH=80 man -P cat pfsmon | grep -q -- "--headless" || fail "man pfsmon shows no --headless"
MANWIDTH=80 man -P cat pfssim | grep -q -- "--pcap" || fail "man pfssim shows no --pcap"
MANWIDTH=80 man -L fr -P cat pfsmon | grep -q "PERMISSIONS DE CAPTURE" || fail "man -L fr pfsmon is not French"

desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --pedantic "$metainfo" >/dev/null || fail "appstreamcli validate $metainfo"
grep -qx "Exec=pfsmon %f" "$desktop" || fail "$desktop does not start pfsmon with a file"
# desktop-file-utils' trigger registered it: file managers offer pfsmon for captures.
grep -q "^application/vnd.tcpdump.pcap=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "captures are not associated with pfsmon (mimeinfo.cache)"
for size in 16 22 24 32 48 64 128 256; do
    [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}x${size} icon"
done
[ -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
[ -s /usr/share/doc/pfsmon/copyright ] && [ -s /usr/share/doc/pfsmon/README.Debian ] || fail "no copyright or README.Debian"
[ -z "$(find /usr/bin/pfsmon /usr/bin/pfssim -perm /6000)" ] || fail "a program is setuid or setgid"
[ -z "$(getcap /usr/bin/pfsmon /usr/bin/pfssim 2>/dev/null)" ] || fail "a program has capabilities"
installed=$(dpkg -L pfsmon | wc -l)

apt purge pfsmon
! dpkg-query -W -f='${Status}' pfsmon 2>/dev/null | grep -q installed || fail "still installed after purge"
find /usr -xdev | sort >"$after"
# What is new in /usr must belong to another package (a dependency apt added),
# or be a cache the desktop's triggers rewrite; those must not name pfsmon.
left=()
while IFS= read -r path; do
    case "$path" in
        */mimeinfo.cache | */icon-theme.cache) grep -q "$app_id" "$path" && left+=("$path (names pfsmon)") ;;
        *) dpkg -S "$path" >/dev/null 2>&1 || left+=("$path") ;;
    esac
done < <(comm -13 "$before" "$after")
[ ${#left[@]} -eq 0 ] || fail "left in /usr after purge: ${left[*]}"
echo "pfsmon package: installed $installed paths, ran, removed with nothing left in /usr"
