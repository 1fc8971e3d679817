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
    traditionalWayWanBytes += other.traditionalWayWanBytes;
    traditionalWayPhones += other.traditionalWayPhones;
    notHeardPhones += other.notHeardPhones;
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

bool heard(const Phone &phone)
{
    return phone.heardFrom != 0;
}

// What the heard phones tell of each load, for the phones not heard yet:
// which load a model upgrades to (per subnet, and anywhere), its files'
// sizes, and the subnet where most of its phones are.
class HeardLoads {
public:
    void add(const Phone &phone, quint32 subnet)
    {
        if (phone.load.isEmpty() || phone.model.isEmpty())
            return;
        ++m_bySubnet[{phone.model, subnet}][phone.load];
        ++m_byModel[phone.model][phone.load];
        const int phones = ++m_groupSizes[GroupKey{phone.model, subnet, phone.load}];
        Largest &largest = m_largest[{phone.model, phone.load}];
        if (phones > largest.phones)
            largest = {subnet, phones};
        QHash<QString, qint64> &files = m_files[{phone.model, phone.load}];
        for (const ComponentProgress &c : phone.components) {
            if (c.total >= 0)
                files[c.file] = qMax(files.value(c.file), c.total);
        }
    }
    // The load its heard fellows upgrade to: on its subnet when it has one, else anywhere.
    QString loadFor(const QString &model, const quint32 *subnet) const
    {
        if (subnet) {
            if (const auto it = m_bySubnet.constFind({model, *subnet}); it != m_bySubnet.cend())
                return mostCommon(*it);
        }
        const auto it = m_byModel.constFind(model);
        return it == m_byModel.cend() ? QString() : mostCommon(*it);
    }
    QHash<QString, qint64> files(const QString &model, const QString &load) const
    {
        return m_files.value({model, load});
    }
    // Where most heard phones of that model and load are; 0 when none is.
    quint32 largestSubnet(const QString &model, const QString &load) const
    {
        return m_largest.value({model, load}).subnet;
    }

private:
    using Counts = QMap<QString, int>; // load -> phones: ordered, so a tie always gives the same load
    static QString mostCommon(const Counts &counts)
    {
        QString best;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                best = it.key();
                most = it.value();
            }
        }
        return best;
    }
    struct Largest {
        quint32 subnet = 0;
        int phones = 0;
    };
    QHash<std::pair<QString, quint32>, Counts> m_bySubnet;
    QHash<QString, Counts> m_byModel;
    QMap<GroupKey, int> m_groupSizes;
    QHash<std::pair<QString, QString>, Largest> m_largest;
    QHash<std::pair<QString, QString>, QHash<QString, qint64>> m_files;
};

class Computation {
public:
    explicit Computation(const RolloutModel &model)
        : m_model(model)
    {
    }

    BandwidthReport run()
    {
        // The heard phones first: those not heard yet are sized and placed after them.
        for (const Phone &phone : m_model.phones()) {
            if (!phone.merged && heard(phone))
                addHeard(phone);
        }
        for (const Phone &phone : m_model.phones()) {
            if (!phone.merged && !heard(phone))
                addNotHeard(phone);
        }
        sumGroups();
        addRootsToHierarchies();
        addSoFar();
        return m_report;
    }

private:
    quint32 subnetOfAddress(quint32 address) const { return subnetOf(address, m_model.subnetPrefix()); }

    GroupWork &group(const QString &model, quint32 subnet, const QString &load)
    {
        GroupWork &group = m_groups[GroupKey{model, subnet, load}];
        group.result.model = model;
        group.result.subnet = subnet;
        group.result.load = load;
        return group;
    }

    void addHeard(const Phone &phone)
    {
        if (phone.components.isEmpty()) {
            ++m_report.phonesWithoutSize;
            return;
        }
        const quint32 subnet = subnetOfAddress(phone.address);
        m_heardLoads.add(phone, subnet);
        GroupWork &work = group(phone.model, subnet, phone.load);
        const bool pfs = m_model.usesPfs(phone);
        BandwidthFigures figures;
        for (const ComponentProgress &c : phone.components) {
            const qint64 size = qMax<qint64>(c.total, 0);
            figures.traditionalWanBytes += size;
            figures.estimated = figures.estimated || c.totalEstimated || c.total < 0;
            countSize(c, figures);
            if (!pfs) {
                figures.actualWanBytes += qMax(size, c.wanBytes);
                figures.traditionalWayWanBytes += qMax(size, c.wanBytes);
                continue;
            }
            noteFile(work, c.file, size, c.totalEstimated);
            if (c.wanBytes > 0 && !isRootFetch(m_model, phone, c)) {
                work.result.fallbackBytes += c.wanBytes;
                figures.actualWanBytes += c.wanBytes;
                if (c.hierarchy)
                    m_report.byHierarchy[c.hierarchy].actualWanBytes += c.wanBytes;
            }
            if (c.hierarchy) {
                BandwidthFigures &h = m_report.byHierarchy[c.hierarchy];
                h.traditionalWanBytes += size;
                h.estimated = h.estimated || c.totalEstimated;
                countSize(c, h);
            }
        }
        countPhone(work, figures, pfs);
    }

    // Listed, not heard yet: see the rule in bandwidth.h.
    void addNotHeard(const Phone &phone)
    {
        const quint32 listedSubnet = subnetOfAddress(phone.listedAddress);
        const quint32 *subnet = phone.listedAddress ? &listedSubnet : nullptr;
        const QString load = phone.load.isEmpty() ? m_heardLoads.loadFor(phone.model, subnet) : phone.load;
        BandwidthFigures figures;
        QHash<QString, qint64> files;
        if (!phone.components.isEmpty()) { // the listed load, from the catalogue
            for (const ComponentProgress &c : phone.components) {
                files.insert(c.file, qMax<qint64>(c.total, 0));
                countSize(c, figures);
            }
        } else if (!load.isEmpty()) { // the load its heard fellows upgrade to
            files = m_heardLoads.files(phone.model, load);
            figures.estimatedSizes += int(files.size());
        }
        if (files.isEmpty()) {
            ++m_report.phonesWithoutSize;
            return;
        }
        GroupWork &work = group(phone.model, subnet ? *subnet : m_heardLoads.largestSubnet(phone.model, load), load);
        const bool pfs = m_model.usesPfs(phone);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            figures.traditionalWanBytes += it.value();
            if (pfs) {
                noteFile(work, it.key(), it.value(), true);
            } else {
                figures.actualWanBytes += it.value();
                figures.traditionalWayWanBytes += it.value();
            }
        }
        figures.estimated = true;
        figures.notHeardPhones = 1;
        countPhone(work, figures, pfs);
    }

    static void noteFile(GroupWork &work, const QString &file, qint64 size, bool estimated)
    {
        FileSize &f = work.files[file];
        f.bytes = qMax(f.bytes, size);
        f.estimated = f.estimated || estimated;
    }

    static void countPhone(GroupWork &work, BandwidthFigures &figures, bool pfs)
    {
        figures.traditionalWayPhones = pfs ? 0 : 1;
        (pfs ? work.result.pfsPhones : work.result.traditionalPhones) += 1;
        work.result.figures.add(figures);
    }

    void sumGroups()
    {
        const QMap<GroupKey, int> roots = rootsPerFile(m_model);
        for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
            addRootFetches(roots, it.key(), *it);
            m_report.overall.add(it->result.figures);
            m_report.byModel[it->result.model].add(it->result.figures);
            m_report.groups.append(it->result);
        }
    }

    void addRootsToHierarchies()
    {
        for (auto it = m_report.byHierarchy.begin(); it != m_report.byHierarchy.end(); ++it) {
            const Hierarchy *h = m_model.hierarchy(it.key());
            const Phone *root = h ? m_model.phone(m_model.effectiveRoot(*h)) : nullptr;
            const ComponentProgress *c = root && h ? root->component(h->file) : nullptr;
            if (c)
                it->actualWanBytes += qMax<qint64>(c->total, 0);
        }
    }

    // From the bytes moved: the model's own counts; the traditional way's
    // part from the phones that upgrade so and have moved some.
    void addSoFar()
    {
        BandwidthFigures &soFar = m_report.observed;
        soFar.traditionalWanBytes = m_model.observedTraditionalBytes();
        soFar.actualWanBytes = m_model.observedWanBytes();
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || m_model.usesPfs(phone))
                continue;
            qint64 wan = 0;
            for (const ComponentProgress &c : phone.components)
                wan += c.wanBytes;
            soFar.traditionalWayWanBytes += wan;
            soFar.traditionalWayPhones += wan > 0;
        }
        soFar.traditionalWayWanBytes = qMin(soFar.traditionalWayWanBytes, soFar.actualWanBytes);
    }

    const RolloutModel &m_model;
    BandwidthReport m_report;
    QMap<GroupKey, GroupWork> m_groups;
    HeardLoads m_heardLoads;
};

} // namespace

BandwidthReport BandwidthReport::compute(const RolloutModel &model)
{
    return Computation(model).run();
}

} // namespace pfs
