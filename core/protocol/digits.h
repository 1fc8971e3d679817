// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// Digits as the wire's text formats write them (DLoad records, TFTP options,
// HTTP headers, SEP<MAC> names): ASCII only, no sign, no spaces, no "0x" —
// stricter than strtoll or QByteArray::toLongLong, which accept all three.
namespace pfs {

// 0..15 for a hexadecimal digit of either case, -1 for anything else.
constexpr int hexDigitValue(char32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

// A decimal number of 1 to 18 digits (any such fits a qint64), else nullopt.
inline std::optional<qint64> decimalNumber(QByteArrayView text)
{
    static constexpr qsizetype kMaxDigits = 18;
    if (text.isEmpty() || text.size() > kMaxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace pfs
