#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Unpacks Debian's syslog-ng into a private folder, for the relay tests,
# without installing it: Debian's syslog-ng-core conflicts with rsyslog, which
# must stay installed. It downloads the .deb files with `apt-get download`
# (syslog-ng-core and those of its libraries that are not installed), unpacks
# them with `dpkg-deb -x`, and writes a wrapper that runs the daemon from there
# (LD_LIBRARY_PATH, --module-path). Nothing is configured or started here;
# the tests start it in the foreground with their own configuration files.
# Usage: bash .ci/fetch-syslog-ng.sh [cache-dir]   (default ~/.cache/pfsmon/syslog-ng)
# Prints the wrapper's path; the tests find it there, or through $PFSMON_SYSLOG_NG.
set -euo pipefail

cache=${1:-$HOME/.cache/pfsmon/syslog-ng}
wrapper=$cache/bin/syslog-ng

if [ -x "$wrapper" ] && "$wrapper" --version >/dev/null 2>&1; then
    echo "$wrapper"
    exit 0
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# A machine without package lists (a fresh image) cannot resolve or download.
if ! apt-cache show syslog-ng-core >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
fi

# syslog-ng-core and the libraries it needs that this machine lacks.
packages=(syslog-ng-core)
for dependency in $(apt-cache depends --important syslog-ng-core | awk '/^ *Depends: [a-z0-9]/ {print $2}'); do
    installed "$dependency" || packages+=("$dependency")
done

rm -rf "$cache"
mkdir -p "$cache/debs" "$cache/prefix" "$cache/bin"
(cd "$cache/debs" && apt-get download -q "${packages[@]}" >&2)
for deb in "$cache"/debs/*.deb; do
    dpkg-deb -x "$deb" "$cache/prefix"
done

prefix=$cache/prefix
modules=$(find "$prefix/usr/lib/syslog-ng" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*' | head -n 1)
libs=$(find "$prefix/usr/lib" "$prefix/lib" -name '*.so*' -printf '%h\n' 2>/dev/null | sort -u | paste -sd: -)
if [ -z "$modules" ] || [ ! -x "$prefix/usr/sbin/syslog-ng" ]; then
    echo "fetch-syslog-ng: the unpacked package has no syslog-ng binary or module folder" >&2
    exit 1
fi
cat >"$wrapper" <<EOF
#!/bin/sh
# Runs the syslog-ng unpacked by .ci/fetch-syslog-ng.sh (not installed).
LD_LIBRARY_PATH="$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$prefix/usr/sbin/syslog-ng" --module-path="$modules" "\$@"
EOF
chmod +x "$wrapper"
"$wrapper" --version >/dev/null
echo "$wrapper"
