// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QString>

// IPv4 helpers: phones and PFS are IPv4-only; addresses are kept in host order.
namespace pfs {

// The longest "a.b.c.d": 15 characters.
constexpr int kIpv4TextSize = 15;

// Writes "a.b.c.d" into `text` (kIpv4TextSize at least) and returns its
// length, digit by digit: reports and tables format an address per phone and
// peer, and four QString::arg calls cost ~6,000 instructions.
inline int writeIpv4(quint32 address, char *text)
{
    int n = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const uint octet = (address >> shift) & 0xff;
        if (octet >= 100)
            text[n++] = char('0' + octet / 100);
        if (octet >= 10)
            text[n++] = char('0' + octet / 10 % 10);
        text[n++] = char('0' + octet % 10);
        if (shift != 0)
            text[n++] = '.';
    }
    return n;
}

inline QString formatIpv4(quint32 address)
{
    char text[kIpv4TextSize];
    return QString::fromLatin1(text, writeIpv4(address, text));
}

inline quint32 subnetOf(quint32 address, int prefixLength)
{
    return prefixLength <= 0 ? 0 : address & (~quint32(0) << (32 - qMin(prefixLength, 32)));
}

inline QString formatSubnet(quint32 network, int prefixLength)
{
    return formatIpv4(network) + QLatin1Char('/') + QString::number(prefixLength);
}

} // namespace pfs
