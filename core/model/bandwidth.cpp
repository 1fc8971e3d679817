// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/bandwidth.h"

#include "protocol/ipv4.h"

#include <tuple>

namespace pfs {

double BandwidthFigures::savedPercent() const
{
    return traditionalWanBytes > 0 ? 100.0 * double(savedBytes()) / double(traditionalWanBytes) : 0.0;
}

double BandwidthFigures::traditionalSeconds(qint64 bitsPerSecond) const
{
    return bitsPerSecond > 0 ? double(traditionalWanBytes) * 8.0 / double(bitsPerSecond) : 0.0;
}

double BandwidthFigures::pfsSeconds(qint64 bitsPerSecond) const
{
    return bitsPerSecond > 0 ? double(actualWanBytes) * 8.0 / double(bitsPerSecond) : 0.0;
}

void BandwidthFigures::add(const BandwidthFigures &other)
{
    traditionalWanBytes += other.traditionalWanBytes;
    actualWanBytes += other.actualWanBytes;
    estimated = estimated || other.estimated;
    observedSizes += other.observedSizes;
    estimatedSizes += other.estimatedSizes;
    unknownSizes += other.unknownSizes;
}

namespace {

using GroupKey = std::tuple<QString, quint32, QString>; // model, subnet, load

struct FileSize {
    qint64 bytes = 0;
    bool estimated = false;
};

struct GroupWork {
    GroupBandwidth result;
    QHash<QString, FileSize> files;
};

void countSize(const ComponentProgress &c, BandwidthFigures &figures)
{
    if (c.total < 0)
        ++figures.unknownSizes;
    else if (c.totalEstimated)
        ++figures.estimatedSizes;
    else
        ++figures.observedSizes;
}

bool isRootFetch(const RolloutModel &model, const Phone &phone, const ComponentProgress &c)
{
    const Hierarchy *h = model.hierarchy(c.hierarchy);
    return h && model.effectiveRoot(*h) == phone.id;
}

// Roots per (model, subnet, file): how many times PFS pulls a file over the WAN.
QMap<GroupKey, int> rootsPerFile(const RolloutModel &model)
{
    QMap<GroupKey, int> roots;
    for (const Hierarchy &h : model.hierarchies()) {
        if (model.effectiveRoot(h) != kNoPhone && !h.file.isEmpty())
            ++roots[GroupKey{h.model, h.subnet, h.file}];
    }
    return roots;
}

void addPhone(const RolloutModel &model, const Phone &phone, GroupWork &group, BandwidthReport &report)
{
    const bool pfs = model.usesPfs(phone);
    BandwidthFigures phoneFigures;
    for (const ComponentProgress &c : phone.components) {
        const qint64 size = qMax<qint64>(c.total, 0);
        phoneFigures.traditionalWanBytes += size;
        phoneFigures.estimated = phoneFigures.estimated || c.totalEstimated || c.total < 0;
        countSize(c, phoneFigures);
        if (!pfs) {
            phoneFigures.actualWanBytes += qMax(size, c.wanBytes);
            continue;
        }
        FileSize &file = group.files[c.file];
        file.bytes = qMax(file.bytes, size);
        file.estimated = file.estimated || c.totalEstimated;
        if (c.wanBytes > 0 && !isRootFetch(model, phone, c)) {
            group.result.fallbackBytes += c.wanBytes;
            phoneFigures.actualWanBytes += c.wanBytes;
            if (c.hierarchy)
                report.byHierarchy[c.hierarchy].actualWanBytes += c.wanBytes;
        }
        if (c.hierarchy) {
            BandwidthFigures &h = report.byHierarchy[c.hierarchy];
            h.traditionalWanBytes += size;
            h.estimated = h.estimated || c.totalEstimated;
            countSize(c, h);
        }
    }
    (pfs ? group.result.pfsPhones : group.result.traditionalPhones) += 1;
    group.result.figures.add(phoneFigures);
}

// One WAN fetch per file per hierarchy: what PFS adds on top of fallbacks.
void addRootFetches(const QMap<GroupKey, int> &roots, const GroupKey &key, GroupWork &group)
{
    if (group.result.pfsPhones == 0)
        return;
    for (auto it = group.files.cbegin(); it != group.files.cend(); ++it) {
        const int fetches = qMax(1, roots.value(GroupKey{std::get<0>(key), std::get<1>(key), it.key()}));
        group.result.figures.actualWanBytes += it->bytes * fetches;
        group.result.loadBytes += it->bytes;
    }
}

} // namespace

BandwidthReport BandwidthReport::compute(const RolloutModel &model)
{
    BandwidthReport report;
    QMap<GroupKey, GroupWork> groups;
    for (const Phone &phone : model.phones()) {
        if (phone.merged)
            continue;
        if (phone.components.isEmpty()) {
            ++report.phonesWithoutSize;
            continue;
        }
        const GroupKey key{phone.model, subnetOf(phone.address, model.subnetPrefix()), phone.load};
        GroupWork &group = groups[key];
        group.result.model = phone.model;
        group.result.subnet = std::get<1>(key);
        group.result.load = phone.load;
        addPhone(model, phone, group, report);
    }
    const QMap<GroupKey, int> roots = rootsPerFile(model);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        addRootFetches(roots, it.key(), *it);
        report.overall.add(it->result.figures);
        report.byModel[it->result.model].add(it->result.figures);
        report.groups.append(it->result);
    }
    for (auto it = report.byHierarchy.begin(); it != report.byHierarchy.end(); ++it) {
        const Hierarchy *h = model.hierarchy(it.key());
        const Phone *root = h ? model.phone(model.effectiveRoot(*h)) : nullptr;
        const ComponentProgress *c = root && h ? root->component(h->file) : nullptr;
        if (c)
            it->actualWanBytes += qMax<qint64>(c->total, 0);
    }
    report.observed.traditionalWanBytes = model.observedTraditionalBytes();
    report.observed.actualWanBytes = model.observedWanBytes();
    return report;
}

} // namespace pfs
