// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/rolloutmodel.h"

#include <QColor>
#include <QCoreApplication>

// How a phone looks in every view: one state, one colour, one word.
namespace pfs {

// NotInPfs: upgrading the traditional way (PFS off, or a model without it).
// NotHeard: listed in the site's inventory, not heard yet. Silent: as the
// health checks judge it (core/health), from the rollout's own pace.
enum class PhoneState : quint8 { Waiting, FromTftp, FromPeer, Complete, Failed, Silent, NotInPfs, NotHeard };

PhoneState phoneState(const Phone &phone, const RolloutModel &model, const PhoneHealth &health);
// Its state for the file `hierarchy` distributes, as that hierarchy's tree
// shows it: complete once it has that file, whatever else its load still
// needs; a root that told it asked the server (Root sending TFTP XfrCmd) is
// fetching from TFTP before any byte is counted. Null: phoneState().
PhoneState phoneStateOn(const Phone &phone, const RolloutModel &model, const PhoneHealth &health,
                        const Hierarchy *hierarchy);
// Since when it has been in `state` (model time), -1 when nothing tells.
qint64 stateSinceMs(const Phone &phone, PhoneState state);
// The component being fetched, else the last one touched, else null.
const ComponentProgress *currentComponent(const Phone &phone);

// The colour and the word of each state, the same in every view and export.
struct PhoneStateStyle {
    Q_DECLARE_TR_FUNCTIONS(PhoneStateStyle)
public:
    static QColor colour(PhoneState state);
    static QString name(PhoneState state);
    // A finding's colour, which a phone's box and row take: red for an
    // error, amber for a warning; invalid for none.
    static QColor troubleColour(const PhoneHealth &health);
    static QColor severityColour(Finding::Severity severity);
    // Where a component comes from and how pfsmon knows it: "peer 10.20.0.7
    // (modelled)", "TFTP (trace)"; empty while it waits.
    static QString source(const ComponentProgress &component);
};

} // namespace pfs
