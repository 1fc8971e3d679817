#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Source rules that need no build: the code is formatted by .clang-format,
# every source file carries its SPDX licence line, and headers are included
# by path from an include root, never by a relative "../" path that would
# step around the layers (README, "Layout").
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
failed=0
if ! clang-format --dry-run --Werror "${sources[@]}"; then
    echo "check-source: not formatted; run: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    failed=1
fi
for f in "${sources[@]}"; do
    if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "check-source: $f: no SPDX-License-Identifier line" >&2
        failed=1
    fi
done
if grep -n '#include "\.\./' "${sources[@]}"; then
    echo "check-source: include headers by path from their include root, not with ../" >&2
    failed=1
fi
exit $failed
