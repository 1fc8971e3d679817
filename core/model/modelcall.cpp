// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/modelcall.h"

#include <array>
#include <cstdint>

namespace pfs {
namespace {

std::array<QByteArrayView *, 10> viewsOf(DLoadEvent &e, RecordOrigin &origin)
{
    return {&e.body,   &e.severityText, &e.model,      &e.path,     &e.state,
            &e.reason, &e.mac,          &e.sourceFile, &e.function, &origin.host};
}

bool within(QByteArrayView part, QByteArrayView whole)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(whole.data());
    const auto at = reinterpret_cast<std::uintptr_t>(part.data());
    return at >= begin && at + std::uintptr_t(part.size()) <= begin + std::uintptr_t(whole.size());
}

} // namespace

// The body is copied, and each view outside it (the severity, the host) after
// it; a view inside the body points into the body's copy. Only the views'
// own bytes are read: they may lie in different buffers.
ModelCall ModelCall::record(const DLoadEvent &event, const RecordOrigin &origin, qint64 nowMs)
{
    auto part = std::make_shared<Record>();
    part->event = event;
    part->origin = origin;
    const auto views = viewsOf(part->event, part->origin);
    const QByteArrayView body = event.body;
    qsizetype size = body.size();
    for (const QByteArrayView *view : views)
        size += within(*view, body) ? 0 : view->size();
    part->bytes.reserve(size);
    part->bytes.append(body);
    std::array<qsizetype, 10> offsets{};
    for (size_t i = 1; i < views.size(); ++i) {
        const QByteArrayView view = *views[i];
        if (view.isEmpty() || within(view, body)) {
            offsets[i] = view.isEmpty() ? 0 : view.data() - body.data();
            continue;
        }
        offsets[i] = part->bytes.size();
        part->bytes.append(view);
    }
    // From here on every view points into `bytes`, which nothing changes.
    for (size_t i = 0; i < views.size(); ++i) {
        QByteArrayView &view = *views[i];
        view = view.isEmpty() ? QByteArrayView() : QByteArrayView(part->bytes.constData() + offsets[i], view.size());
    }
    ModelCall call;
    call.kind = Kind::Record;
    call.nowMs = nowMs;
    call.recorded = std::move(part);
    return call;
}

namespace {

ModelCall call(ModelCall::Kind kind, qint64 nowMs, PhoneId phone = kNoPhone, const QString &file = QString())
{
    ModelCall c;
    c.kind = kind;
    c.nowMs = nowMs;
    c.transfer.phone = phone;
    c.transfer.file = file;
    return c;
}

} // namespace

ModelCall ModelCall::phoneOnWire(quint32 address, quint64 mac, qint64 nowMs)
{
    ModelCall c = call(Kind::PhoneOnWire, nowMs);
    c.number = address;
    c.mac = mac;
    return c;
}

ModelCall ModelCall::wireTransfer(const WireTransfer &transfer, qint64 nowMs)
{
    ModelCall c = call(Kind::WireTransfer, nowMs);
    c.transfer = transfer;
    return c;
}

ModelCall ModelCall::wireEdge(PhoneId child, PhoneId parent, const QString &file, qint64 nowMs, bool joinedLate)
{
    ModelCall c = call(Kind::WireEdge, nowMs, child, file);
    c.parent = parent;
    c.joinedLate = joinedLate;
    return c;
}

ModelCall ModelCall::broadcastXid(quint32 address, quint32 xid, qint64 nowMs)
{
    ModelCall c = call(Kind::BroadcastXid, nowMs);
    c.number = address;
    c.xid = xid;
    return c;
}

ModelCall ModelCall::expectPhones(const QList<ExpectedPhone> &phones)
{
    ModelCall c = call(Kind::ExpectPhones, -1);
    c.phones = std::make_shared<const QList<ExpectedPhone>>(phones);
    return c;
}

ModelCall ModelCall::configRequest(PhoneId phone, qint64 nowMs)
{
    return call(Kind::ConfigRequest, nowMs, phone);
}

ModelCall ModelCall::lostParent(PhoneId child, const QString &file, qint64 nowMs)
{
    return call(Kind::LostParent, nowMs, child, file);
}

ModelCall ModelCall::retractTransfer(PhoneId child, const QString &file, qint64 nowMs)
{
    return call(Kind::RetractTransfer, nowMs, child, file);
}

void ModelCall::applyTo(RolloutModel &model) const
{
    switch (kind) {
    case Kind::Record: model.apply(recorded->event, recorded->origin, nowMs); break;
    case Kind::PhoneOnWire: model.phoneOnWire(number, mac, nowMs); break;
    case Kind::WireTransfer: model.applyWireTransfer(transfer, nowMs); break;
    case Kind::WireEdge: model.applyWireEdge(transfer.phone, parent, transfer.file, nowMs, joinedLate); break;
    case Kind::BroadcastXid: model.applyBroadcastXid(number, xid, nowMs); break;
    case Kind::ExpectPhones: model.expectPhones(phones ? *phones : QList<ExpectedPhone>()); break;
    case Kind::ConfigRequest: model.applyConfigRequest(transfer.phone, nowMs); break;
    case Kind::LostParent: model.noteLostParent(transfer.phone, transfer.file, nowMs); break;
    case Kind::RetractTransfer: model.retractWireTransfer(transfer.phone, transfer.file, nowMs); break;
    }
}

qint64 ModelCall::bytesUsed() const
{
    qint64 used = qint64(sizeof(ModelCall)) + transfer.file.capacity() * 2;
    if (recorded)
        used += qint64(sizeof(Record)) + recorded->bytes.capacity();
    if (phones)
        used += phones->size() * qint64(sizeof(ExpectedPhone) + 64);
    return used;
}

} // namespace pfs
