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

// A phone's place in a file's tree. Listed in this order wherever a phone's
// roles in several files are shown together.
enum class TreeRole : quint8 { Root, Parent, Leaf };
// Its role in `h`; false when it is not a member.
bool treeRole(const Phone &phone, const Hierarchy &h, const RolloutModel &model, TreeRole *role);

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
    // A peer (a parent, a source) is named alike in every view: as
    // peerName() in a cell, with peerNameAndAddress() in its tooltip or
    // wherever there is room. `withAddress` chooses the second.
    static QString source(const ComponentProgress &component, const RolloutModel &model, bool withAddress = false);
    // The phone's display name (its host name, else its address); the
    // address itself when no phone of the model has it.
    static QString peerName(const RolloutModel &model, quint32 address);
    static QString peerName(const RolloutModel &model, PhoneId id);
    // "SEP001BD4000001 10.20.0.5": the name and, when it is not the address
    // already, the address; "unknown phone" for none.
    static QString peerNameAndAddress(const RolloutModel &model, quint32 address);
    static QString peerNameAndAddress(const RolloutModel &model, PhoneId id);
    // "root", "parent", "leaf"; and a phone's roles in `hierarchy` (every
    // file it takes part in for kNoHierarchy), always in that order, or
    // "not in PFS".
    static QString roleName(TreeRole role);
    static QString roles(const Phone &phone, const RolloutModel &model, HierarchyId hierarchy);
};

} // namespace pfs
