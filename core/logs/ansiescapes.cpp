// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/ansiescapes.h"

namespace pfs {
namespace {

constexpr char kEsc = '\x1b';
constexpr char kBel = '\x07';

bool inRange(char c, int low, int high)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= low && u <= high;
}

// Length of the sequence starting with ESC at `at`, to the end at most.
qsizetype escapeLength(QByteArrayView s, qsizetype at)
{
    qsizetype i = at + 1;
    if (i >= s.size())
        return i - at;
    if (s[i] == '[') { // CSI: parameter bytes, intermediate bytes, one final byte
        ++i;
        while (i < s.size() && inRange(s[i], 0x30, 0x3f))
            ++i;
        while (i < s.size() && inRange(s[i], 0x20, 0x2f))
            ++i;
        if (i < s.size() && inRange(s[i], 0x40, 0x7e))
            ++i;
        return i - at;
    }
    if (s[i] == ']') { // OSC: up to BEL or ST (ESC '\')
        for (++i; i < s.size(); ++i) {
            if (s[i] == kBel)
                return i + 1 - at;
            if (s[i] == kEsc && i + 1 < s.size() && s[i + 1] == '\\')
                return i + 2 - at;
        }
        return i - at;
    }
    while (i < s.size() && inRange(s[i], 0x20, 0x2f)) // "ESC ( B" and the like
        ++i;
    if (i < s.size() && inRange(s[i], 0x30, 0x7e))
        ++i;
    return i - at;
}

} // namespace

bool AnsiEscapes::strip(QByteArrayView line, QByteArray *out)
{
    qsizetype esc = line.indexOf(kEsc);
    if (esc < 0)
        return false;
    out->clear();
    out->reserve(line.size());
    qsizetype from = 0;
    while (esc >= 0) {
        out->append(line.sliced(from, esc - from));
        from = esc + escapeLength(line, esc);
        esc = line.indexOf(kEsc, from);
    }
    out->append(line.sliced(from));
    return true;
}

} // namespace pfs
