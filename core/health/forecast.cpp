// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "health/forecast.h"

#include "health/rolloutbucket.h"
#include "protocol/ipv4.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pfs {

namespace {

constexpr int kMaxDepth = 64; // a tree is binary: no rollout is this deep, a loop in bad data stops here

bool inFlight(const ComponentProgress &c)
{
    return c.state == ComponentState::FromPeer || c.state == ComponentState::FromTftp;
}

bool loadComplete(const Phone &phone)
{
    return !phone.components.isEmpty()
        && std::all_of(phone.components.cbegin(), phone.components.cend(),
                       [](const ComponentProgress &c) { return c.state == ComponentState::Complete; });
}

// Bytes per millisecond of the current attempt, as far as it was reported; 0 unknown.
double rateOf(const ComponentProgress &c)
{
    const qint64 elapsed = c.grewMs - c.startedMs;
    return c.startedMs >= 0 && elapsed > 0 && c.bytes > 0 ? double(c.bytes) / double(elapsed) : 0;
}

struct Spread {
    double low = 0;
    double high = 0;
    bool known() const { return high > 0; }
};

// The lower and upper quartiles: what most of the observed values lie between.
Spread quartiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](size_t quarter) { return values[(values.size() - 1) * quarter / 4]; };
    return {at(1), at(3)};
}

// What one reckoning assumes: the WAN link's whole throughput, one LAN
// transfer's, and the wait for each new file's root (bytes per ms, ms).
struct Pace {
    double wanPerMs = 0;
    double lanPerMs = 0; // 0: instantaneous (nothing observed allows a slower guess)
    double gapMs = 0;
};

// One sequence of WAN fetches, files in load order: a PFS group's roots
// (phones of one model, subnet and load), or a phone upgrading the
// traditional way on its own.
struct Fetcher {
    QList<QString> files;
    QList<qint64> sizes;      // -1 unknown
    QList<qint64> wanLeft;    // what its root still lacks of each
    QList<bool> started;      // each file's WAN fetch began (else an election, a wait, comes first)
    QList<PhoneId> phones;    // those still waiting for a file
    QList<PhoneId> allPhones; // the whole group, done or not
    bool traditional = false;
    int phonesInGroup = 0;
    bool sizesKnown() const { return !sizes.contains(-1); }

    qint64 bytesLeft() const
    {
        qint64 sum = 0;
        for (const qint64 left : wanLeft)
            sum += left;
        return sum;
    }
    int waitsBefore(qsizetype file) const
    {
        return int(std::count(started.cbegin(), started.cbegin() + file + 1, false));
    }
};

class Reckoner {
public:
    // `alone`: phones that fetch every file from the server themselves.
    Reckoner(const RolloutModel &model, qint64 nowMs, const QSet<PhoneId> &silent, const QSet<PhoneId> &alone)
        : m_model(model)
        , m_now(nowMs)
        , m_silent(silent)
        , m_alone(alone)
    {
        gatherFetchers();
        observeRates();
    }

    bool wanKnown() const { return m_wan.known(); }
    Spread wan() const { return m_wan; }
    qint64 firstWanMs() const { return m_firstWanMs; }
    qint64 wanLeft() const { return m_unknownSize ? -1 : m_totalWanLeft; }

    Pace optimistic() const { return {m_wan.high, m_lan.known() ? m_lan.high : 0, m_gap.low}; }
    Pace pessimistic() const
    {
        const double lan = m_lan.known() ? m_lan.low : m_wanPerTransfer;
        return {m_wan.low, lan, m_gap.high};
    }

    // Every phone's time to each of its files and its load under `pace`, in ms from now.
    QHash<PhoneId, std::pair<qint64, qint64>> reckon(const Pace &pace) const
    {
        QHash<PhoneId, std::pair<qint64, qint64>> out;
        const std::vector<double> finish = sharedFinish(pace);
        for (size_t j = 0; j < m_fetchers.size(); ++j) {
            const Fetcher &f = m_fetchers[j];
            if (!f.sizesKnown())
                continue; // its phones' times are unknown
            const std::vector<double> ready = rootReady(f, finish[j], pace);
            for (const PhoneId id : f.phones)
                out.insert(id, phoneTimes(*m_model.phone(id), f, ready, pace));
        }
        return out;
    }

private:
    void gatherFetchers()
    {
        QHash<QString, size_t> groups;
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || phone.heardFrom == 0 || phone.components.isEmpty() || loadComplete(phone)
                || m_silent.contains(phone.id))
                continue;
            const bool traditional = fetchesAlone(phone);
            const QString key = traditional ? QString::number(phone.id) : groupKey(phone);
            auto found = groups.constFind(key);
            if (found == groups.cend()) {
                found = groups.insert(key, m_fetchers.size());
                m_fetchers.push_back(Fetcher{});
                m_fetchers.back().traditional = traditional;
            }
            Fetcher &f = m_fetchers[*found];
            f.phones.append(phone.id);
            addFiles(f, phone);
        }
        // The whole group's progress counts, its finished phones too: their files are the root's.
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || fetchesAlone(phone) || phone.heardFrom == 0)
                continue;
            const auto found = groups.constFind(groupKey(phone));
            if (found != groups.cend())
                noteHeld(m_fetchers[*found], phone);
        }
        for (Fetcher &f : m_fetchers) {
            if (f.traditional)
                noteHeld(f, *m_model.phone(f.phones.first()));
            for (qsizetype i = 0; i < f.files.size(); ++i) {
                m_unknownSize = m_unknownSize || f.sizes[i] < 0;
                f.wanLeft[i] = qMax<qint64>(0, f.sizes[i] - f.wanLeft[i]); // held -> left
                m_totalWanLeft += f.wanLeft[i];
            }
        }
    }

    bool fetchesAlone(const Phone &phone) const { return !m_model.usesPfs(phone) || m_alone.contains(phone.id); }

    QString groupKey(const Phone &phone) const
    {
        return phone.model + QLatin1Char('@') + QString::number(subnetOf(phone.address, m_model.subnetPrefix()))
            + QLatin1Char('/') + phone.load;
    }

    static void addFiles(Fetcher &f, const Phone &phone)
    {
        for (const ComponentProgress &c : phone.components) {
            qsizetype i = f.files.indexOf(c.file);
            if (i < 0) {
                f.files.append(c.file);
                f.sizes.append(c.total);
                f.wanLeft.append(0);
                f.started.append(false);
                i = f.files.size() - 1;
            }
            f.sizes[i] = qMax(f.sizes[i], c.total);
        }
    }

    // wanLeft holds, until gatherFetchers turns it round, the most any phone of the group holds.
    static void noteHeld(Fetcher &f, const Phone &phone)
    {
        ++f.phonesInGroup;
        f.allPhones.append(phone.id);
        for (const ComponentProgress &c : phone.components) {
            const qsizetype i = f.files.indexOf(c.file);
            if (i < 0)
                continue;
            const qint64 held = c.state == ComponentState::Complete ? qMax(c.total, c.bytes) : c.bytes;
            f.wanLeft[i] = qMax(f.wanLeft[i], held);
            f.started[i] = f.started[i] || c.startedMs >= 0 || c.state == ComponentState::Complete;
        }
    }

    void observeRates()
    {
        qint64 wanBytes = 0;
        double wanNow = 0;
        std::vector<double> lanRates, wanRates;
        for (const Phone &phone : m_model.phones()) {
            for (const ComponentProgress &c : phone.components) {
                wanBytes += c.wanBytes;
                if (c.fromTftp && c.wanBytes > 0 && c.startedMs >= 0)
                    m_firstWanMs = m_firstWanMs < 0 ? c.startedMs : qMin(m_firstWanMs, c.startedMs);
                const double rate = rateOf(c);
                if (rate <= 0)
                    continue;
                (c.fromTftp ? wanRates : lanRates).push_back(rate);
                if (c.fromTftp && inFlight(c))
                    wanNow += rate;
            }
        }
        observeGaps();
        m_lan = quartiles(std::move(lanRates));
        const Spread perTransfer = quartiles(std::move(wanRates));
        m_wanPerTransfer = perTransfer.low;
        if (m_firstWanMs < 0 || m_now <= m_firstWanMs || wanBytes <= 0)
            return;
        // Since the first fetch, and now: the link as it went, and as it goes.
        const double average = double(wanBytes) / double(m_now - m_firstWanMs);
        m_wan = wanNow > 0 ? Spread{qMin(average, wanNow), qMax(average, wanNow)} : Spread{average, average};
    }

    // How long a group's root waited between having one file and starting the next.
    void observeGaps()
    {
        std::vector<double> gaps;
        for (const Fetcher &f : m_fetchers) {
            if (f.traditional)
                continue;
            qint64 previousDone = -1;
            for (const QString &file : f.files) {
                const auto [started, done] = rootTimes(f, file);
                if (previousDone >= 0 && started >= previousDone)
                    gaps.push_back(double(started - previousDone));
                previousDone = done;
            }
        }
        m_gap = quartiles(std::move(gaps));
    }

    // When the group first began fetching the file, and first had it whole; -1 not yet.
    std::pair<qint64, qint64> rootTimes(const Fetcher &f, const QString &file) const
    {
        qint64 started = -1, done = -1;
        const auto earliest = [](qint64 a, qint64 b) { return a < 0 ? b : (b < 0 ? a : qMin(a, b)); };
        for (const PhoneId id : f.allPhones) {
            if (const ComponentProgress *c = m_model.phone(id)->component(file); c && c->fromTftp) {
                started = earliest(started, c->startedMs);
                done = earliest(done, c->completedMs);
            }
        }
        return {started, done};
    }

    // Processor sharing on the WAN: n fetches share the link evenly, so the
    // one with least left ends first, and the others then go faster. Each
    // fetcher's end, in ms from now, the waits for roots left out.
    std::vector<double> sharedFinish(const Pace &pace) const
    {
        std::vector<size_t> order(m_fetchers.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return m_fetchers[a].bytesLeft() < m_fetchers[b].bytesLeft(); });
        std::vector<double> finish(m_fetchers.size(), 0);
        double time = 0, previous = 0;
        for (size_t k = 0; k < order.size(); ++k) {
            const double left = double(m_fetchers[order[k]].bytesLeft());
            time += double(order.size() - k) * (left - previous) / pace.wanPerMs;
            previous = left;
            finish[order[k]] = time;
        }
        return finish;
    }

    // When the fetcher's root will hold each file, in ms from now: at the
    // pace its share gives it, each new file after a wait for its root.
    static std::vector<double> rootReady(const Fetcher &f, double finishMs, const Pace &pace)
    {
        const double total = double(f.bytesLeft());
        const double perMs = total > 0 && finishMs > 0 ? total / finishMs : pace.wanPerMs;
        std::vector<double> ready(size_t(f.files.size()), 0);
        double bytes = 0;
        for (qsizetype i = 0; i < f.files.size(); ++i) {
            bytes += double(f.wanLeft[i]);
            const double waits = f.traditional ? 0 : f.waitsBefore(i) * pace.gapMs;
            ready[size_t(i)] = bytes / perMs + waits;
        }
        return ready;
    }

    std::pair<qint64, qint64> phoneTimes(const Phone &phone, const Fetcher &f, const std::vector<double> &ready,
                                         const Pace &pace) const
    {
        double current = -1, load = 0;
        for (qsizetype i = 0; i < f.files.size(); ++i) {
            const ComponentProgress *c = phone.component(f.files[i]);
            if (c && c->state == ComponentState::Complete)
                continue;
            const double arrival = arrivalOf(phone, f, i, c, ready[size_t(i)], pace);
            load = qMax(load, arrival);
            if (current < 0 || (c && inFlight(*c)))
                current = arrival;
        }
        return {qint64(std::ceil(qMax(0.0, current))), qint64(std::ceil(load))};
    }

    double arrivalOf(const Phone &phone, const Fetcher &f, qsizetype i, const ComponentProgress *c, double rootReady,
                     const Pace &pace) const
    {
        const qint64 size = f.sizes[i];
        const double hop = pace.lanPerMs > 0 ? double(size) / pace.lanPerMs : 0;
        if (f.traditional)
            return rootReady;
        if (c && inFlight(*c) && !c->fromTftp) { // from its parent, who has it all
            const double rate = rateOf(*c) > 0 ? rateOf(*c) : pace.lanPerMs;
            return rate > 0 ? double(qMax<qint64>(0, size - c->bytes)) / rate : 0;
        }
        if (c && inFlight(*c) && c->fromTftp && isFetcherRoot(phone, f, i))
            return rootReady;
        if (c && inFlight(*c)) // a fall back: one more fetch on the shared link
            return double(qMax<qint64>(0, size - c->bytes)) * double(m_fetchers.size() + 1) / pace.wanPerMs;
        return rootReady + double(hopsToHolder(phone, f, i)) * hop;
    }

    // The phone holding most of the file in the group is its root's fetch.
    bool isFetcherRoot(const Phone &phone, const Fetcher &f, qsizetype i) const
    {
        const ComponentProgress *c = phone.component(f.files[i]);
        return c && f.sizes[i] >= 0 && f.sizes[i] - c->bytes <= f.wanLeft[i];
    }

    // Levels of the file's tree between the phone and the nearest ancestor
    // that has the file (or its root); an estimate of a balanced binary tree
    // when the phone's place is not known yet.
    int hopsToHolder(const Phone &phone, const Fetcher &f, qsizetype i) const
    {
        const Hierarchy *h = hierarchyOf(phone, f.files[i]);
        if (!h || !h->contains(phone.id))
            return int(std::floor(std::log2(double(qMax(1, f.phonesInGroup)))));
        int hops = 0;
        PhoneId at = phone.id;
        while (hops < kMaxDepth) {
            const PhoneId parent = h->parent(at);
            ++hops;
            if (parent == kNoPhone)
                return hops - 1;
            const Phone *p = m_model.phone(parent);
            const ComponentProgress *pc = p ? p->component(f.files[i]) : nullptr;
            if (pc && pc->state == ComponentState::Complete)
                return hops;
            at = parent;
        }
        return hops;
    }

    const Hierarchy *hierarchyOf(const Phone &phone, const QString &file) const
    {
        for (const HierarchyId id : phone.hierarchies) {
            const Hierarchy *h = m_model.hierarchy(id);
            if (h && h->file == file)
                return h;
        }
        return nullptr;
    }

    const RolloutModel &m_model;
    qint64 m_now;
    const QSet<PhoneId> &m_silent;
    const QSet<PhoneId> &m_alone;
    std::vector<Fetcher> m_fetchers;
    qint64 m_totalWanLeft = 0;
    bool m_unknownSize = false;
    qint64 m_firstWanMs = -1;
    Spread m_wan, m_lan, m_gap;
    double m_wanPerTransfer = 0;
};

RolloutCounts countPhones(const RolloutModel &model, const QSet<PhoneId> &inTrouble)
{
    RolloutCounts counts;
    for (const Phone &phone : model.phones()) {
        if (phone.merged)
            continue;
        switch (rolloutBucket(phone, model, inTrouble.contains(phone.id))) {
        case RolloutBucket::NotHeard: ++counts.notHeard; break;
        case RolloutBucket::InTrouble: ++counts.inTrouble; break;
        case RolloutBucket::Done: ++counts.done; break;
        case RolloutBucket::InProgress: ++counts.inProgress; break;
        case RolloutBucket::Waiting: ++counts.waiting; break;
        }
    }
    return counts;
}

// Phones that fetched from the server a file that a tree on their subnet
// distributes from another root: fallbacks, or (where the wire tells no
// model) the root of another model's tree of a shared load, which the
// health checks cannot tell apart and do not report. The WAN carries their
// files either way: the slower reckoning counts them as fetching alone.
QSet<PhoneId> secondFetchers(const RolloutModel &model)
{
    QHash<QString, QList<PhoneId>> roots; // by file and subnet
    const auto key = [&](const QString &file, quint32 address) -> QString {
        return file + QLatin1Char('@') + QString::number(subnetOf(address, model.subnetPrefix()));
    };
    for (const Hierarchy &h : model.hierarchies()) {
        const PhoneId root = model.effectiveRoot(h);
        if (h.hasSubnet && root != kNoPhone && model.phone(root))
            roots[key(h.file, model.phone(root)->address)].append(root);
    }
    QSet<PhoneId> found;
    for (const Phone &phone : model.phones()) {
        for (const ComponentProgress &c : phone.components) {
            const QList<PhoneId> others
                = c.fromTftp && c.wanBytes > 0 ? roots.value(key(c.file, phone.address)) : QList<PhoneId>();
            if (!others.isEmpty() && std::none_of(others.cbegin(), others.cend(), [&](PhoneId root) {
                    return root == phone.id || model.samePhone(root, phone.id);
                }))
                found.insert(phone.id);
        }
    }
    return found;
}

} // namespace

RolloutBucket rolloutBucket(const Phone &phone, const RolloutModel &model, bool troubled)
{
    if (phone.heardFrom == 0)
        return RolloutBucket::NotHeard;
    if (troubled)
        return RolloutBucket::InTrouble;
    if (loadComplete(phone))
        return RolloutBucket::Done;
    if (std::any_of(phone.components.cbegin(), phone.components.cend(), inFlight) || model.askedTheServer(phone))
        return RolloutBucket::InProgress;
    return RolloutBucket::Waiting;
}

qint64 RolloutForecast::traditionalLeftMs(const BandwidthFigures &figures, qint64 bitsPerSecond) const
{
    if (elapsedMs < 0 || bitsPerSecond <= 0)
        return -1;
    return qMax<qint64>(0, qint64(figures.traditionalSeconds(bitsPerSecond) * 1000) - elapsedMs);
}

Forecast::Forecast(const RolloutModel &model, const QList<Finding> &findings, qint64 nowMs)
{
    // A phone that fell back once may fetch the rest from the server too:
    // the slower reckoning says it does, the brisker that it comes back to PFS.
    QSet<PhoneId> inTrouble, silent, alone, fellBack;
    for (const Finding &f : findings) {
        if (f.severity != Finding::Severity::Info && f.phone != kNoPhone)
            inTrouble.insert(f.phone);
        if (f.kind == Finding::Kind::Silent)
            silent.insert(f.phone);
        if (f.kind == Finding::Kind::KeepsGoingToServer || f.kind == Finding::Kind::Traditional)
            alone.insert(f.phone);
        if (f.kind == Finding::Kind::FellBackToWan)
            fellBack.insert(f.phone);
    }
    fellBack.unite(alone);
    fellBack.unite(secondFetchers(model));
    m_rollout.counts = countPhones(model, inTrouble);
    for (const Phone &phone : model.phones()) {
        if (!phone.merged && loadComplete(phone))
            m_phones.insert(phone.id, {{0, 0}, {0, 0}});
    }
    const Reckoner reckoner(model, nowMs, silent, alone);
    const Reckoner slower(model, nowMs, silent, fellBack);
    m_rollout.wanBytesLeft = slower.wanLeft();
    if (reckoner.firstWanMs() >= 0)
        m_rollout.elapsedMs = qMax<qint64>(0, nowMs - reckoner.firstWanMs());
    if (!reckoner.wanKnown()) {
        m_rollout.end
            = m_rollout.counts.done == m_rollout.counts.total() - m_rollout.counts.notHeard && m_rollout.counts.done > 0
            ? TimeLeft{0, 0}
            : TimeLeft{};
        return;
    }
    m_rollout.wanBytesPerSecond = qint64(reckoner.wan().low * 1000);
    const auto fast = reckoner.reckon(reckoner.optimistic());
    const auto slow = slower.reckon(slower.pessimistic());
    qint64 endLow = 0, endHigh = 0;
    for (auto it = fast.cbegin(); it != fast.cend(); ++it) {
        const auto other = slow.value(it.key());
        const PhoneForecast p{{qMin(it->first, other.first), qMax(it->first, other.first)},
                              {qMin(it->second, other.second), qMax(it->second, other.second)}};
        m_phones.insert(it.key(), p);
        endLow = qMax(endLow, p.load.lowMs);
        endHigh = qMax(endHigh, p.load.highMs);
    }
    if (slower.wanLeft() >= 0)
        m_rollout.end = {endLow, endHigh};
}

} // namespace pfs
