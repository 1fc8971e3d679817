// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QCoreApplication>

// Which hierarchy a user names (--hierarchy): by its XID, as the traces
// write it; by the file it distributes, with "@SUBNET" when several subnets
// share that file, which is how the wire's own trees (no XID) are named; or
// by its number in the JSON report. Found once the rollout is read.
namespace pfs {

class HierarchyChoice {
    Q_DECLARE_TR_FUNCTIONS(HierarchyChoice)
public:
    // The hierarchy named, or null with a one-line `error` (none, or which ones to choose from).
    static const Hierarchy *find(const RolloutModel &model, const QString &name, QString *error);
    // The name find() takes for this hierarchy, shortest first: its XID, else FILE@SUBNET.
    static QString nameOf(const RolloutModel &model, const Hierarchy &hierarchy);

private:
    static QList<const Hierarchy *> byFile(const RolloutModel &model, QStringView file, QStringView subnet);
    static QString choices(const RolloutModel &model, const QList<const Hierarchy *> &found);
};

} // namespace pfs
