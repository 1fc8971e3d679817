// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/dloadevent.h"

namespace pfs {

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
