// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The project's MODELLED layout of a PFS broadcast on UDP 4051. The real
// CPPDP layout is not published: a capture whose payload does not start with
// this magic is kept and counted as undecoded, never guessed at.
//
//   offset size field
//   0      4    magic "PFSM" (pfsmon model)
//   4      1    version (1)
//   5      1    type: 1 ClaimRoot, 2 Advertisement, 3 RootConfirmed
//   6      1    advertisement number (0 when not an advertisement)
//   7      1    flags: bit 0 tentative; the other bits are reserved (0)
//   8      4    XID, big endian
//   12     4    map, big endian
//   16     4    strength, big endian
//   20     4    sender IPv4 address, big endian
//   24     1    model length L (at most 32)
//   25     L    model, ASCII
namespace pfs {

struct PfsDatagram {
    enum class Type : quint8 { ClaimRoot = 1, Advertisement = 2, RootConfirmed = 3 };
    static constexpr QByteArrayView kMagic = "PFSM";
    static constexpr quint8 kVersion = 1;
    static constexpr int kHeaderSize = 25;
    static constexpr int kMaxModel = 32;

    Type type = Type::ClaimRoot;
    quint8 adNumber = 0;
    bool tentative = false;
    quint32 xid = 0;
    quint32 map = 0;
    quint32 strength = 0;
    quint32 sender = 0;
    QByteArray model;

    QByteArray encode() const;
    // False for anything that is not exactly this layout (undecoded payload).
    static bool decode(QByteArrayView payload, PfsDatagram *out);
};

} // namespace pfs
