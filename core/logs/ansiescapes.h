// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pfs {

// Terminal escape sequences in saved text (`grep --color=always`, a colour
// console captured to a file), per ECMA-48: CSI "ESC [ params intermediates
// final" (final byte 0x40-0x7E), OSC "ESC ] ... BEL" or "... ESC \", and the
// other two- or three-byte escapes. They are presentation, not content.
class AnsiEscapes {
public:
    // Copies `line` without its escape sequences into `out`; false (and `out`
    // untouched) when it has none. A sequence cut by the end of the line is
    // dropped to the end.
    static bool strip(QByteArrayView line, QByteArray *out);
};

} // namespace pfs
