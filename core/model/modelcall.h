// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// One call of a RolloutModel mutator, with owned copies of everything it was
// given (a record's bytes, a file name): the model changes only through these
// calls and is deterministic, so applying the same calls in the same order to
// a copy of the model taken before them gives the same state, exactly. The
// replay timeline (core/engine/timeline.h) journals them.
namespace pfs {

struct ModelCall {
    enum class Kind : quint8 {
        Record,         // apply(event, origin, now)
        PhoneOnWire,    // phoneOnWire(address, mac, now)
        WireTransfer,   // applyWireTransfer(transfer, now)
        WireEdge,       // applyWireEdge(child, parent, file, now, joinedLate)
        BroadcastXid,   // applyBroadcastXid(address, xid, now)
        ExpectPhones,   // expectPhones(phones)
        ConfigRequest,  // applyConfigRequest(phone, now)
        LostParent,     // noteLostParent(child, file, now)
        RetractTransfer // retractWireTransfer(child, file, now)
    };

    // A record: the event and its origin, their views into `bytes`. Apart,
    // and only for records: most calls are the wire's, a third of the size.
    struct Record {
        DLoadEvent event;
        RecordOrigin origin;
        QByteArray bytes;
    };

    Kind kind = Kind::Record;
    qint64 nowMs = -1;                      // the time passed with it; -1 for none (expectPhones)
    std::shared_ptr<const Record> recorded; // Record
    // The wire's calls.
    WireTransfer transfer;                              // WireTransfer; also the phone (child) and file of the others
    PhoneId parent = kNoPhone;                          // WireEdge
    quint64 mac = 0;                                    // PhoneOnWire
    quint32 number = 0;                                 // the address of PhoneOnWire and BroadcastXid
    quint32 xid = 0;                                    // BroadcastXid
    bool joinedLate = false;                            // WireEdge
    std::shared_ptr<const QList<ExpectedPhone>> phones; // ExpectPhones

    // One for each mutator, with its arguments.
    static ModelCall record(const DLoadEvent &event, const RecordOrigin &origin, qint64 nowMs);
    static ModelCall phoneOnWire(quint32 address, quint64 mac, qint64 nowMs);
    static ModelCall wireTransfer(const WireTransfer &transfer, qint64 nowMs);
    static ModelCall wireEdge(PhoneId child, PhoneId parent, const QString &file, qint64 nowMs, bool joinedLate);
    static ModelCall broadcastXid(quint32 address, quint32 xid, qint64 nowMs);
    static ModelCall expectPhones(const QList<ExpectedPhone> &phones);
    static ModelCall configRequest(PhoneId phone, qint64 nowMs);
    static ModelCall lostParent(PhoneId child, const QString &file, qint64 nowMs);
    static ModelCall retractTransfer(PhoneId child, const QString &file, qint64 nowMs);

    void applyTo(RolloutModel &model) const;
    // What it holds, for the timeline's memory bound.
    qint64 bytesUsed() const;
};

// Where a model hands each mutator call before it applies it (the replay
// timeline). Only the outermost call of a mutator is handed over: a mutator
// another one calls replays as part of it.
class ModelJournal {
public:
    virtual ~ModelJournal() = default;
    virtual void record(ModelCall call) = 0;
};

} // namespace pfs
