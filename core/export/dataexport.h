// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QString>

// Rollout data for other tools: CSV of the phone table (one row per phone per
// component, locale-independent numbers, UTF-8 with a header row) and
// Graphviz DOT of the trees. Files are written atomically. Text that arrived
// is written as shown (visibletext.h), CSV cells cannot start a formula and
// DOT strings are escaped: the JSON snapshot is the lossless export.
namespace pfs {

class DataExport {
    Q_DECLARE_TR_FUNCTIONS(DataExport)
public:
    static QByteArray csv(const RolloutModel &model);
    // The tree of one hierarchy, or all of them as clusters (kNoHierarchy).
    static QByteArray dot(const RolloutModel &model, HierarchyId hierarchy);

    // Written to a temporary file beside `path` and renamed over it.
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace pfs
