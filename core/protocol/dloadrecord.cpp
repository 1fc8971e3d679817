// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/dloadrecord.h"

#include "protocol/modelledgrammar.h"
#include "protocol/verifiedgrammar.h"

namespace pfs {

QByteArray formatBody(const DLoadEvent &e)
{
    const quint32 xid = e.hasXid ? e.xid : 0; // modelled records: 0 is "no hierarchy"
    switch (e.kind) {
    case EventKind::PeerListening: return verified::listening(e.fd, e.port);
    case EventKind::UdpPortOpened:
    case EventKind::BroadcastOffer:
    case EventKind::TimeoutHandler:
    case EventKind::FunctionTrace: return verified::functionTrace(e.sourceFile, e.function);
    case EventKind::ParentState: return verified::parentState(e.state, e.childFd[0], e.childFd[1], e.full);
    case EventKind::ClaimRoot: return verified::claimRoot(e.xid, e.map, e.strength, e.tentative);
    case EventKind::Advertisement: return verified::advertisement(e.xid, e.adNumber, e.state);
    case EventKind::Timeout: return verified::timeout(e.xid, e.state);
    case EventKind::RootTftpCommand: return verified::rootTftpCommand(e.xid, e.state);
    case EventKind::RootConfirmed: return verified::rootConfirmed();
    case EventKind::HierarchyRoot: return verified::hierarchyRoot(e.xid, e.hierarchyHash, e.model, e.address, e.path);
    case EventKind::UpgradeStart: return modelled::upgradeStart(e.address, e.model, e.path, e.pfsEnabled, e.mac);
    case EventKind::UpgradeDone: return modelled::upgradeDone(e.address);
    case EventKind::JoinedParent: return modelled::joined(xid, e.peer, e.address);
    case EventKind::TransferStart:
        return modelled::transferStart(xid, e.path, e.size, e.fromTftp ? modelled::kTftp : e.peer, e.address);
    case EventKind::TransferProgress: return modelled::transferProgress(xid, e.path, e.bytes, e.address);
    case EventKind::TransferDone: return modelled::transferDone(xid, e.path, e.bytes, e.address);
    case EventKind::TransferFailed: return modelled::transferFailed(xid, e.path, e.bytes, e.reason, e.address);
    case EventKind::TftpFallback: return modelled::tftpFallback(xid, e.path, e.reason, e.address);
    case EventKind::Unknown: break;
    }
    return e.body.toByteArray();
}

QByteArray formatRecord(const DLoadEvent &e)
{
    QByteArray out;
    if (!e.severityText.isEmpty())
        out.append(e.severityText).append(' ');
    if (e.timeOfDayUs >= 0)
        out.append(modelled::formatTime(e.timeOfDayUs)).append(' ');
    out.append("DLoad: ").append(formatBody(e));
    return out;
}

} // namespace pfs
