#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# The man pages as the build wrote and installs them: man reads each without a
# warning (lintian's check), and each lists every option that its program's
# --help lists, in English and in French, so page and program cannot drift.
# Usage: check-man-pages.sh MAN_DIR BIN_DIR
set -euo pipefail
man_dir=$1
bin_dir=$2
command -v man >/dev/null || { echo "man (man-db) is not installed: .ci/setup.sh --tests installs it"; exit 1; }
status=0
for program in pfsmon pfssim; do
    for language in en fr; do
        page=$man_dir/man1/$program.1.gz
        [ "$language" = en ] || page=$man_dir/$language/man1/$program.1.gz
        [ -s "$page" ] || { echo "$page: missing"; status=1; continue; }
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || { echo "$page: $warnings"; status=1; }
        text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -P cat -l "$page" | sed 's/.\x08//g')
        options=$("$bin_dir/$program" --lang "$language" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
        [ -n "$options" ] || { echo "$program --help listed no option"; status=1; }
        for option in $options; do
            grep -qE -- "^ +(-[a-z], )?$option( |$)" <<<"$text" || { echo "$page: $option is missing"; status=1; }
        done
        echo "$page: $(wc -w <<<"$options") options, as --help lists them"
    done
done
exit $status
