// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QString>

// IPv4 helpers: phones and PFS are IPv4-only; addresses are kept in host order.
namespace pfs {

inline QString formatIpv4(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
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
