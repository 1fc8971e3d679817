// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/modelledgrammar.h"

#include "protocol/ipv4.h"

#include <QVarLengthArray>

namespace pfs::modelled {
namespace {

// One record's text, built in place: a modelled line is short, so it lives
// on the stack until it is whole and becomes one QByteArray. The demo writes
// about a hundred records a phone; QByteArray::append(char) and growing a
// byte array field by field were two thirds of the demo's cost (#17).
class Line {
public:
    Line &add(QByteArrayView text)
    {
        m_text.append(text.data(), text.size());
        return *this;
    }
    Line &add(char c)
    {
        m_text.append(c);
        return *this;
    }
    Line &padded(qint64 value, int width)
    {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value > 0 && n < 20);
        for (int i = n; i < width; ++i)
            m_text.append('0');
        while (n > 0)
            m_text.append(digits[--n]);
        return *this;
    }
    Line &number(qint64 value)
    {
        if (value < 0) // never in a modelled record; written as QByteArray::number would
            return add(QByteArray::number(value));
        return padded(value, 1);
    }
    Line &address(quint32 address)
    {
        char text[kIpv4TextSize];
        m_text.append(text, writeIpv4(address, text));
        return *this;
    }
    Line &xid(quint32 xid)
    {
        static constexpr char kHex[] = "0123456789ABCDEF";
        add("XID");
        for (int shift = 28; shift >= 0; shift -= 4)
            m_text.append(kHex[(xid >> shift) & 0xf]);
        return *this;
    }
    Line &xidPrefix(quint32 xid) { return xid != 0 ? this->xid(xid).add(' ') : *this; }
    Line &self(quint32 self) { return add(" self=").address(self); }
    Line &time(qint64 microsecondsOfDay)
    {
        constexpr qint64 kDay = 24LL * 3600 * 1000000;
        const qint64 us = ((microsecondsOfDay % kDay) + kDay) % kDay;
        padded(us / 3600000000LL, 2).add(':').padded(us / 60000000LL % 60, 2).add(':');
        return padded(us / 1000000 % 60, 2).add('.').padded(us % 1000000, 6);
    }
    QByteArray text() const { return QByteArray(m_text.constData(), m_text.size()); }

private:
    QVarLengthArray<char, 256> m_text;
};

Line transferBytes(quint32 xid, QByteArrayView verb, QByteArrayView path, qint64 bytes)
{
    Line line;
    line.xidPrefix(xid).add(kReceive).add(verb).add(path).add(" bytes=").number(bytes);
    return line;
}

} // namespace

QByteArray formatTime(qint64 microsecondsOfDay)
{
    return Line().time(microsecondsOfDay).text();
}

QByteArray formatAddress(quint32 address)
{
    return Line().address(address).text();
}

QByteArray formatXid(quint32 xid)
{
    return Line().xid(xid).text();
}

QByteArray upgradeStart(quint32 self, QByteArrayView model, QByteArrayView loadPath, bool pfs, QByteArrayView mac)
{
    Line line;
    line.add(kUpgrade).add(kStart).add("self=").address(self);
    line.add(" m=").add(model).add(" load=").add(loadPath).add(pfs ? " pfs=on" : " pfs=off");
    if (!mac.isEmpty())
        line.add(" mac=").add(mac);
    return line.text();
}

QByteArray upgradeDone(quint32 self)
{
    return Line().add(kUpgrade).add(kDone).add("self=").address(self).text();
}

QByteArray joined(quint32 xid, quint32 parent, quint32 self)
{
    return Line().xidPrefix(xid).add(kJoined).add("parent=").address(parent).self(self).text();
}

QByteArray transferStart(quint32 xid, QByteArrayView path, qint64 size, quint32 source, quint32 self)
{
    Line line;
    line.xidPrefix(xid).add(kReceive).add(kStart).add(path).add(" size=").number(size).add(" src=");
    if (source == kTftp)
        line.add(kTftpSource);
    else
        line.address(source);
    return line.self(self).text();
}

QByteArray transferProgress(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self)
{
    return transferBytes(xid, kProgress, path, bytes).self(self).text();
}

QByteArray transferDone(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self)
{
    return transferBytes(xid, kDone, path, bytes).self(self).text();
}

QByteArray transferFailed(quint32 xid, QByteArrayView path, qint64 bytes, QByteArrayView reason, quint32 self)
{
    return transferBytes(xid, kFailed, path, bytes).add(" reason=").add(reason).self(self).text();
}

QByteArray tftpFallback(quint32 xid, QByteArrayView path, QByteArrayView reason, quint32 self)
{
    return Line().xidPrefix(xid).add(kFallback).add(path).add(" reason=").add(reason).self(self).text();
}

QByteArray record(QByteArrayView severity, qint64 microsecondsOfDay, QByteArrayView body)
{
    return Line().add(severity).add(' ').time(microsecondsOfDay).add(" DLoad: ").add(body).text();
}

} // namespace pfs::modelled
