// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QList>
#include <QMap>
#include <QString>

// WAN bandwidth of the rollout, PFS against a traditional upgrade.
//
// Traditional: every phone fetches every component of its load over the WAN.
// PFS: each file crosses the WAN once per hierarchy (the root's TFTP fetch),
// plus every TFTP fallback of a PFS phone, plus every phone that does not use
// PFS (disabled, or a model without it). Sizes come from the phones' records
// when they state them, else from the firmware catalogue, where they are
// estimates: `estimated` says so and must be shown with the figures.
namespace pfs {

struct BandwidthFigures {
    qint64 traditionalWanBytes = 0;
    qint64 actualWanBytes = 0;
    bool estimated = false;
    // How many component sizes (phone × file) the figures rest on were
    // observed (TFTP tsize, HTTP Content-Length, a record's size=, a
    // completed transfer), estimated (the firmware catalogue), or unknown.
    int observedSizes = 0;
    int estimatedSizes = 0;
    int unknownSizes = 0;

    qint64 savedBytes() const { return traditionalWanBytes - actualWanBytes; }
    double savedPercent() const;
    // Seconds to move the bytes over a WAN link of `bitsPerSecond`; a
    // traditional upgrade of N phones shares that link N ways.
    double traditionalSeconds(qint64 bitsPerSecond) const;
    double pfsSeconds(qint64 bitsPerSecond) const;
    void add(const BandwidthFigures &other);
};

// Phones of one model on one subnet upgrading to one load.
struct GroupBandwidth {
    QString model;
    quint32 subnet = 0;
    QString load;
    int pfsPhones = 0;
    int traditionalPhones = 0;
    qint64 loadBytes = 0;
    qint64 fallbackBytes = 0;
    BandwidthFigures figures;
};

struct BandwidthReport {
    BandwidthFigures overall;  // projected for the whole rollout
    BandwidthFigures observed; // bytes actually received so far
    QList<GroupBandwidth> groups;
    QMap<QString, BandwidthFigures> byModel;
    QHash<HierarchyId, BandwidthFigures> byHierarchy; // per distributed file
    int phonesWithoutSize = 0;                        // load unknown: left out of the figures

    static BandwidthReport compute(const RolloutModel &model);
};

} // namespace pfs
