// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/phonestate.h"

#include "protocol/ipv4.h"

namespace pfs {

PhoneState phoneState(const Phone &phone, qint64 nowMs)
{
    bool anyFailed = false, allComplete = !phone.components.isEmpty();
    for (const ComponentProgress &c : phone.components) {
        if (c.state == ComponentState::FromTftp)
            return PhoneState::FromTftp;
        if (c.state == ComponentState::FromPeer)
            return PhoneState::FromPeer;
        anyFailed = anyFailed || c.state == ComponentState::Failed;
        allComplete = allComplete && c.state == ComponentState::Complete;
    }
    if (allComplete)
        return PhoneState::Complete;
    if (phone.lastHeardMs >= 0 && nowMs - phone.lastHeardMs > kSilentAfterMs)
        return PhoneState::Silent;
    return anyFailed ? PhoneState::Failed : PhoneState::Waiting;
}

const ComponentProgress *currentComponent(const Phone &phone)
{
    const ComponentProgress *last = nullptr;
    for (const ComponentProgress &c : phone.components) {
        if (c.state == ComponentState::FromTftp || c.state == ComponentState::FromPeer)
            return &c;
        if (c.state != ComponentState::Waiting)
            last = &c;
    }
    return last;
}

QColor PhoneStateStyle::colour(PhoneState state)
{
    switch (state) {
    case PhoneState::Waiting: return QColor(0x9e, 0x9e, 0x9e);
    case PhoneState::FromTftp: return QColor(0xe6, 0x7e, 0x22);
    case PhoneState::FromPeer: return QColor(0x29, 0x80, 0xb9);
    case PhoneState::Complete: return QColor(0x27, 0xae, 0x60);
    case PhoneState::Failed: return QColor(0xc0, 0x39, 0x2b);
    case PhoneState::Silent: return QColor(0x6c, 0x3f, 0x8f);
    case PhoneState::NotInPfs: return QColor(0x7f, 0x8c, 0x8d);
    }
    return Qt::gray;
}

QString PhoneStateStyle::name(PhoneState state)
{
    switch (state) {
    case PhoneState::Waiting: return tr("waiting");
    case PhoneState::FromTftp: return tr("from TFTP");
    case PhoneState::FromPeer: return tr("from a peer");
    case PhoneState::Complete: return tr("complete");
    case PhoneState::Failed: return tr("failed");
    case PhoneState::Silent: return tr("silent");
    case PhoneState::NotInPfs: return tr("not in PFS");
    }
    return {};
}

QString PhoneStateStyle::source(const ComponentProgress &c)
{
    if (c.state == ComponentState::Waiting)
        return {};
    const QString from = c.fromTftp ? tr("TFTP") : tr("peer %1").arg(formatIpv4(c.peer));
    //: %1: where a file comes from; %2: how pfsmon knows it (trace, wire, inferred, modelled)
    return tr("%1 (%2)").arg(from, ProvenanceNames::name(c.progressFrom));
}

} // namespace pfs
