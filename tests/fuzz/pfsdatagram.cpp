// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The modelled PFS broadcast layout: decoding never faults, and what decodes
// encodes back to exactly the same bytes.
#include "fuzzcheck.h"

#include "protocol/pfsdatagram.h"

using namespace pfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView payload = fuzz::input(data, size);
    PfsDatagram decoded;
    if (PfsDatagram::decode(payload, &decoded)) {
        fuzz::check(decoded.model.size() <= PfsDatagram::kMaxModel, "a model longer than its bound");
        fuzz::check(decoded.encode() == payload, "a decoded datagram encodes to other bytes");
    } else {
        fuzz::check(payload.size() < PfsDatagram::kHeaderSize || !payload.startsWith(PfsDatagram::kMagic)
                        || payload.size() != PfsDatagram::kHeaderSize + quint8(payload[24])
                        || quint8(payload[4]) != PfsDatagram::kVersion || (quint8(payload[7]) & 0xfe) != 0
                        || quint8(payload[5]) < 1 || quint8(payload[5]) > 3
                        || quint8(payload[24]) > PfsDatagram::kMaxModel,
                    "a datagram of the modelled layout was refused");
    }
    // Any datagram we encode decodes to itself.
    fuzz::Choices choose(payload);
    PfsDatagram made;
    made.type = PfsDatagram::Type(1 + choose.byte() % 3);
    made.adNumber = choose.byte();
    made.tentative = choose.byte() & 1;
    made.xid = quint32(choose.word()) << 16 | choose.word();
    made.map = quint32(choose.word()) << 16 | choose.word();
    made.strength = quint32(choose.word()) << 16 | choose.word();
    made.sender = quint32(choose.word()) << 16 | choose.word();
    made.model = choose.rest().first(qMin<qsizetype>(choose.rest().size(), PfsDatagram::kMaxModel)).toByteArray();
    PfsDatagram again;
    fuzz::check(PfsDatagram::decode(made.encode(), &again), "an encoded datagram does not decode");
    fuzz::check(again.type == made.type && again.adNumber == made.adNumber && again.tentative == made.tentative
                    && again.xid == made.xid && again.map == made.map && again.strength == made.strength
                    && again.sender == made.sender && again.model == made.model,
                "an encoded datagram decodes to other fields");
    return 0;
}
