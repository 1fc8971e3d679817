// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/dloadevent.h"

namespace pfs {

QString EventNames::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::PeerListening: return tr("listening on peer TCP port");
    case EventKind::UdpPortOpened: return tr("UDP port opened");
    case EventKind::ParentState: return tr("parent and children state");
    case EventKind::BroadcastOffer: return tr("broadcast offer");
    case EventKind::TimeoutHandler: return tr("timeout handler");
    case EventKind::FunctionTrace: return tr("function trace");
    case EventKind::ClaimRoot: return tr("claims root");
    case EventKind::Advertisement: return tr("advertisement");
    case EventKind::Timeout: return tr("timeout");
    case EventKind::RootTftpCommand: return tr("root sends TFTP transfer command");
    case EventKind::RootConfirmed: return tr("root confirmed");
    case EventKind::HierarchyRoot: return tr("hierarchy root");
    case EventKind::UpgradeStart: return tr("upgrade started");
    case EventKind::UpgradeDone: return tr("upgrade done");
    case EventKind::JoinedParent: return tr("joined a parent");
    case EventKind::TransferStart: return tr("transfer started");
    case EventKind::TransferProgress: return tr("transfer progress");
    case EventKind::TransferDone: return tr("transfer complete");
    case EventKind::TransferFailed: return tr("transfer failed");
    case EventKind::TftpFallback: return tr("fallback to TFTP");
    case EventKind::Unknown: return tr("unknown record");
    }
    return {};
}

QString EventNames::grammar(Grammar grammar)
{
    switch (grammar) {
    case Grammar::Verified: return tr("verified");
    case Grammar::Modelled: return tr("modelled");
    case Grammar::Unknown: return tr("unknown");
    }
    return {};
}

QString EventNames::severity(Severity severity)
{
    switch (severity) {
    case Severity::Debug: return tr("debug");
    case Severity::Info: return tr("info");
    case Severity::Notice: return tr("notice");
    case Severity::Warning: return tr("warning");
    case Severity::Error: return tr("error");
    case Severity::Critical: return tr("critical");
    case Severity::Unknown: return tr("unknown");
    }
    return {};
}

QByteArrayView EventNames::severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Debug: return "DBG";
    case Severity::Info: return "INF";
    case Severity::Notice: return "NOT";
    case Severity::Warning: return "WRN";
    case Severity::Error: return "ERR";
    case Severity::Critical: return "CRT";
    case Severity::Unknown: return "???";
    }
    return "???";
}

} // namespace pfs
