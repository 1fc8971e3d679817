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
//
// Two sets of figures, one definition each, for every view and export:
// - so far (BandwidthReport::soFar): the bytes actually moved. Its
//   traditionalWanBytes is every byte the phones received (what a traditional
//   upgrade would have pulled over the WAN for the same progress), its
//   actualWanBytes those that did cross the WAN. Phones not heard never count.
// - projected at the end (BandwidthReport::projected): every phone's whole
//   load, including the phones the site's inventory lists that were not heard
//   yet (see below), which makes the figures estimates.
//
// A phone listed but not heard yet still needs its load. Its size: the listed
// load's when the firmware catalogue knows it, else the load the heard phones
// of its model upgrade to (on its listed subnet first, else on any), else it
// stays out (phonesWithoutSize). It joins the group of its model and load on
// its listed subnet (without a listed address, the largest heard group of its
// model and load: the phones of a site sit on the subnets already seen). With
// PFS it is one more child there: no WAN bytes of its own, since the group
// already fetches each file once per hierarchy; a group of such phones alone
// (a subnet nothing was heard on yet) gets the one fetch per file its root
// would make. Without PFS (a model without it) its whole load crosses the WAN.
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
    // The part of actualWanBytes that phones upgrading the traditional way
    // (PFS off, or a model without it) move: not an error, shown apart.
    qint64 traditionalWayWanBytes = 0;
    int traditionalWayPhones = 0;
    // Phones the inventory lists and nothing was heard of yet, counted in a
    // projection (never so far); figures counting any are `estimated`.
    int notHeardPhones = 0;

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
    BandwidthFigures overall;  // projected at the end of the rollout (see above)
    BandwidthFigures observed; // so far: from the bytes actually moved (see above)
    QList<GroupBandwidth> groups;
    QMap<QString, BandwidthFigures> byModel;
    QHash<HierarchyId, BandwidthFigures> byHierarchy; // per distributed file
    int phonesWithoutSize = 0;                        // load unknown: left out of the figures

    const BandwidthFigures &soFar() const { return observed; }
    const BandwidthFigures &projected() const { return overall; }
    static BandwidthReport compute(const RolloutModel &model);
};

} // namespace pfs
