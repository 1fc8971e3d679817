// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/modelledgrammar.h"

namespace pfs::modelled {
namespace {

void appendPadded(QByteArray &out, qint64 value, int width)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    for (int i = n; i < width; ++i)
        out.append('0');
    while (n > 0)
        out.append(digits[--n]);
}

QByteArray withXid(quint32 xid)
{
    QByteArray out;
    out.reserve(96);
    if (xid != 0) {
        out.append(formatXid(xid));
        out.append(' ');
    }
    return out;
}

void appendSelf(QByteArray &out, quint32 self)
{
    out.append(" self=");
    out.append(formatAddress(self));
}

} // namespace

QByteArray formatTime(qint64 microsecondsOfDay)
{
    constexpr qint64 kDay = 24LL * 3600 * 1000000;
    qint64 us = ((microsecondsOfDay % kDay) + kDay) % kDay;
    QByteArray out;
    out.reserve(15);
    appendPadded(out, us / 3600000000LL, 2);
    out.append(':');
    appendPadded(out, us / 60000000LL % 60, 2);
    out.append(':');
    appendPadded(out, us / 1000000 % 60, 2);
    out.append('.');
    appendPadded(out, us % 1000000, 6);
    return out;
}

QByteArray formatAddress(quint32 address)
{
    QByteArray out;
    out.reserve(15);
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(QByteArray::number((address >> shift) & 0xff));
        if (shift)
            out.append('.');
    }
    return out;
}

QByteArray formatXid(quint32 xid)
{
    QByteArray out("XID");
    out.append(QByteArray::number(xid, 16).toUpper().rightJustified(8, '0'));
    return out;
}

QByteArray upgradeStart(quint32 self, QByteArrayView model, QByteArrayView loadPath, bool pfs, QByteArrayView mac)
{
    QByteArray out = kUpgrade.toByteArray();
    out.append(kStart).append("self=").append(formatAddress(self));
    out.append(" m=").append(model).append(" load=").append(loadPath);
    out.append(pfs ? " pfs=on" : " pfs=off");
    if (!mac.isEmpty())
        out.append(" mac=").append(mac);
    return out;
}

QByteArray upgradeDone(quint32 self)
{
    QByteArray out = kUpgrade.toByteArray();
    out.append(kDone).append("self=").append(formatAddress(self));
    return out;
}

QByteArray joined(quint32 xid, quint32 parent, quint32 self)
{
    QByteArray out = withXid(xid);
    out.append(kJoined).append("parent=").append(formatAddress(parent));
    appendSelf(out, self);
    return out;
}

QByteArray transferStart(quint32 xid, QByteArrayView path, qint64 size, quint32 source, quint32 self)
{
    QByteArray out = withXid(xid);
    out.append(kReceive).append(kStart).append(path);
    out.append(" size=").append(QByteArray::number(size));
    out.append(" src=").append(source == kTftp ? kTftpSource.toByteArray() : formatAddress(source));
    appendSelf(out, self);
    return out;
}

static QByteArray transferBytes(quint32 xid, QByteArrayView verb, QByteArrayView path, qint64 bytes)
{
    QByteArray out = withXid(xid);
    out.append(kReceive).append(verb).append(path);
    out.append(" bytes=").append(QByteArray::number(bytes));
    return out;
}

QByteArray transferProgress(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self)
{
    QByteArray out = transferBytes(xid, kProgress, path, bytes);
    appendSelf(out, self);
    return out;
}

QByteArray transferDone(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self)
{
    QByteArray out = transferBytes(xid, kDone, path, bytes);
    appendSelf(out, self);
    return out;
}

QByteArray transferFailed(quint32 xid, QByteArrayView path, qint64 bytes, QByteArrayView reason, quint32 self)
{
    QByteArray out = transferBytes(xid, kFailed, path, bytes);
    out.append(" reason=").append(reason);
    appendSelf(out, self);
    return out;
}

QByteArray tftpFallback(quint32 xid, QByteArrayView path, QByteArrayView reason, quint32 self)
{
    QByteArray out = withXid(xid);
    out.append(kFallback).append(path).append(" reason=").append(reason);
    appendSelf(out, self);
    return out;
}

QByteArray record(QByteArrayView severity, qint64 microsecondsOfDay, QByteArrayView body)
{
    QByteArray out;
    out.reserve(severity.size() + body.size() + 24);
    out.append(severity).append(' ').append(formatTime(microsecondsOfDay)).append(" DLoad: ").append(body);
    return out;
}

} // namespace pfs::modelled
