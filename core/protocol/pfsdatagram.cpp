// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/pfsdatagram.h"

#include <QtEndian>

namespace pfs {
namespace {

void appendBig32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

quint32 big32(QByteArrayView data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.data() + at);
}

} // namespace

QByteArray PfsDatagram::encode() const
{
    QByteArray out;
    const QByteArray name = model.left(kMaxModel);
    out.reserve(kHeaderSize + name.size());
    out.append(kMagic);
    out.append(char(kVersion));
    out.append(char(type));
    out.append(char(adNumber));
    out.append(char(tentative ? 1 : 0));
    appendBig32(out, xid);
    appendBig32(out, map);
    appendBig32(out, strength);
    appendBig32(out, sender);
    out.append(char(name.size()));
    out.append(name);
    return out;
}

bool PfsDatagram::decode(QByteArrayView payload, PfsDatagram *out)
{
    if (payload.size() < kHeaderSize || !payload.startsWith(kMagic) || quint8(payload[4]) != kVersion)
        return false;
    const auto type = quint8(payload[5]);
    const auto modelLength = quint8(payload[24]);
    const auto flags = quint8(payload[7]);
    if (type < 1 || type > 3 || (flags & ~1u) != 0 || modelLength > kMaxModel
        || payload.size() != kHeaderSize + modelLength)
        return false; // reserved flag bits set: not this layout (it would not encode back)
    PfsDatagram d;
    d.type = Type(type);
    d.adNumber = quint8(payload[6]);
    d.tentative = (quint8(payload[7]) & 1) != 0;
    d.xid = big32(payload, 8);
    d.map = big32(payload, 12);
    d.strength = big32(payload, 16);
    d.sender = big32(payload, 20);
    d.model = payload.sliced(kHeaderSize, modelLength).toByteArray();
    *out = d;
    return true;
}

} // namespace pfs
