// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "health/health.h"

#include "model/provenance.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace pfs {

namespace {

qint64 median(std::vector<qint64> values)
{
    if (values.empty())
        return -1;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool inFlight(const ComponentProgress &c)
{
    return c.state == ComponentState::FromPeer || c.state == ComponentState::FromTftp;
}

// When its whole load arrived; -1 while some component is missing.
qint64 loadDoneMs(const Phone &phone)
{
    qint64 done = -1;
    for (const ComponentProgress &c : phone.components) {
        if (c.state != ComponentState::Complete)
            return -1;
        done = qMax(done, c.completedMs);
    }
    return done;
}

// The time between two reports of one transfer's progress, as far as it went.
qint64 ownGapMs(const ComponentProgress &c)
{
    return c.growths >= 2 && c.startedMs >= 0 ? (c.grewMs - c.startedMs) / c.growths : -1;
}

// Its throughput over the current attempt, as far as it was reported; 0 unknown.
qint64 bytesPerSecond(const ComponentProgress &c)
{
    const qint64 elapsed = c.grewMs - c.startedMs;
    return c.startedMs >= 0 && elapsed > 0 && c.bytes > 0 ? c.bytes * 1000 / elapsed : 0;
}

// Who distributes what where: the roots of every hierarchy, by file and
// subnet, so that a phone fetching a file from the server can be told from
// the root that must.
class Distributors {
public:
    explicit Distributors(const RolloutModel &model)
    {
        for (const Hierarchy &h : model.hierarchies()) {
            const PhoneId root = model.effectiveRoot(h);
            if (h.hasSubnet && root != kNoPhone && !h.file.isEmpty())
                m_roots[key(h.file, h.subnet)].append({root, h.model, h.id});
        }
    }
    // The hierarchy that distributes `file` to `phone` from another root, or none.
    HierarchyId servingOther(const RolloutModel &model, const Phone &phone, const QString &file) const
    {
        const auto found = m_roots.constFind(key(file, subnetOf(phone.address, model.subnetPrefix())));
        if (found == m_roots.cend())
            return kNoHierarchy;
        for (const Root &r : *found) {
            if (r.root == phone.id || model.samePhone(r.root, phone.id))
                return kNoHierarchy; // the root itself: the server is its source
        }
        for (const Root &r : *found) {
            if (r.model.isEmpty() || phone.model.isEmpty() || r.model == phone.model)
                return r.hierarchy;
        }
        return kNoHierarchy;
    }

private:
    struct Root {
        PhoneId root;
        QString model;
        HierarchyId hierarchy;
    };
    static QString key(const QString &file, quint32 subnet)
    {
        return file + QLatin1Char('@') + QString::number(subnet);
    }
    QHash<QString, QList<Root>> m_roots;
};

class Assessor {
public:
    Assessor(const RolloutModel &model, qint64 nowMs)
        : m_model(model)
        , m_now(nowMs)
        , m_pace(Health::pace(model))
        , m_distributors(model)
    {
        countCompletions();
    }

    QList<Finding> run()
    {
        countListed();
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged)
                continue;
            if (phone.heardFrom == 0)
                checkNeverHeard(phone);
            else if (!phone.components.isEmpty())
                assessPhone(phone);
            else
                checkNeverJoined(phone);
        }
        for (qsizetype i = 0; i < m_model.anomalies().size(); ++i) {
            const Anomaly &a = m_model.anomalies()[i];
            Finding f = make(Finding::Kind::TreeAnomaly, Finding::Severity::Warning, a.phone, a.timeMs);
            f.hierarchy = a.hierarchy;
            f.other = a.other;
            f.anomaly = int(i);
            m_findings.append(f);
        }
        return m_findings;
    }

private:
    static Finding make(Finding::Kind kind, Finding::Severity severity, PhoneId phone, qint64 sinceMs)
    {
        Finding f;
        f.kind = kind;
        f.severity = severity;
        f.phone = phone;
        f.sinceMs = sinceMs;
        return f;
    }

    void assessPhone(const Phone &phone)
    {
        if (!m_model.usesPfs(phone))
            m_findings.append(make(Finding::Kind::Traditional, Finding::Severity::Info, phone.id, firstStartMs(phone)));
        else
            checkServerFetches(phone);
        const qint64 done = loadDoneMs(phone);
        if (done >= 0) {
            checkCameBack(phone, done);
            return;
        }
        if (!checkSilent(phone))
            checkStalls(phone);
    }

    static qint64 firstStartMs(const Phone &phone)
    {
        qint64 first = -1;
        for (const ComponentProgress &c : phone.components) {
            if (c.startedMs >= 0 && (first < 0 || c.startedMs < first))
                first = c.startedMs;
        }
        return first;
    }

    // A PFS phone fetching from the server a file that another phone, the
    // root of its hierarchy, distributes on its subnet: once is a fall back,
    // every time is the known bug.
    void checkServerFetches(const Phone &phone)
    {
        struct Fetched {
            const ComponentProgress *component;
            HierarchyId distributedBy;
        };
        QList<Fetched> fetched;
        for (const ComponentProgress &c : phone.components) {
            if (c.fromTftp && c.wanBytes > 0) {
                if (const HierarchyId serving = m_distributors.servingOther(m_model, phone, c.file))
                    fetched.append({&c, serving});
            }
        }
        if (fetched.isEmpty() || (fetched.size() == 1 && !surelyItsOwn(phone, fetched.first().distributedBy)))
            return;
        if (fetched.size() >= 2) {
            Finding f = make(Finding::Kind::KeepsGoingToServer, Finding::Severity::Warning, phone.id,
                             fetched.first().component->startedMs);
            f.file = fetched.last().component->file;
            m_findings.append(f);
            return;
        }
        Finding f = make(Finding::Kind::FellBackToWan, Finding::Severity::Warning, phone.id,
                         fetched.first().component->startedMs);
        f.file = fetched.first().component->file;
        f.hierarchy = fetched.first().distributedBy;
        m_findings.append(f);
    }

    // Two models may run one load, each with its own tree and root. Unless
    // the hierarchy's model and the phone's are both known (and so the
    // same), a phone that fetched the file from the server may be the root
    // of the other model's tree (the wire alone tells no model): it fell
    // back only if it had a parent there, a tree it took (or tried to take)
    // the file from.
    bool surelyItsOwn(const Phone &phone, HierarchyId id) const
    {
        const Hierarchy *h = m_model.hierarchy(id);
        return h && ((!h->model.isEmpty() && !phone.model.isEmpty()) || h->parent(phone.id) != kNoPhone);
    }

    // Only once the sources have shown they can tell a phone came back (one did).
    void checkCameBack(const Phone &phone, qint64 doneMs)
    {
        if (phone.cameBackMs >= 0 || m_pace.comebackMs < 0)
            return;
        const qint64 limit = qMax(Health::kMinSilenceMs, Health::kComebackFactor * m_pace.comebackMs);
        if (m_now - doneMs > limit)
            m_findings.append(make(Finding::Kind::NeverCameBack, Finding::Severity::Error, phone.id, doneMs));
    }

    // In the middle of a transfer, then not a word while the others go on:
    // not a phone waiting its turn (none of its files on the way), which
    // says nothing until its parent has the next file, nor a rollout that is over.
    bool checkSilent(const Phone &phone)
    {
        if (lostByItsChild(phone))
            return true;
        qint64 gap = -1;
        for (const ComponentProgress &c : phone.components) {
            if (inFlight(c))
                gap = qMax(gap, m_pace.reportGapMs(c));
        }
        if (phone.lastHeardMs < 0 || (gap < 0 && !owedAFile(phone)))
            return false;
        const qint64 limit = qMax(Health::kMinSilenceMs, Health::kPaceFactor * qMax<qint64>(gap, 0));
        const bool quiet = m_now - phone.lastHeardMs > limit;
        const bool othersGoOn = m_model.lastEventMs() - phone.lastHeardMs > limit;
        if (!quiet || !othersGoOn)
            return false;
        m_findings.append(make(Finding::Kind::Silent, Finding::Severity::Error, phone.id, phone.lastHeardMs));
        return true;
    }

    // A child said it lost this phone mid-transfer, and it has not been heard
    // since: gone, as far as its child can tell, whatever it was doing.
    bool lostByItsChild(const Phone &phone)
    {
        if (phone.lostByChildMs < 0 || phone.lostByChildMs < phone.lastHeardMs
            || m_now - phone.lastHeardMs <= Health::kMinSilenceMs)
            return false;
        m_findings.append(make(Finding::Kind::Silent, Finding::Severity::Error, phone.id, phone.lastHeardMs));
        return true;
    }

    // Listed, and not a word while most phones listed with its model (all
    // listed phones, when few share its model) have been heard: not a phone
    // whose turn has not come, since the phones of a site start together.
    void checkNeverHeard(const Phone &phone)
    {
        if (!phone.expected)
            return;
        Listed listed = m_listed.value(phone.listedModel);
        if (listed.total < kFewListed)
            listed = m_allListed;
        if (listed.heard * 2 > listed.total)
            m_findings.append(make(Finding::Kind::NeverHeard, Finding::Severity::Warning, phone.id, -1));
    }

    void countListed()
    {
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || !phone.expected)
                continue;
            for (Listed *listed : {&m_listed[phone.listedModel], &m_allListed}) {
                ++listed->total;
                listed->heard += phone.heardFrom != 0;
            }
        }
    }

    // Most phones of its load on its subnet have had a file for long that it
    // has not even begun: it is not waiting its turn any more.
    bool owedAFile(const Phone &phone) const
    {
        const QString group = groupOf(phone);
        for (const ComponentProgress &c : phone.components) {
            if (c.startedMs >= 0)
                continue;
            const auto done = m_completions.constFind(group + c.file);
            const qsizetype doneLongAgo
                = done == m_completions.cend() ? 0 : std::count_if(done->cbegin(), done->cend(), [&](qint64 ms) {
                      return m_now - ms > Health::kMinSilenceMs;
                  });
            if (doneLongAgo * 2 > m_groupSizes.value(group))
                return true;
        }
        return false;
    }

    QString groupOf(const Phone &phone) const
    {
        return phone.load + QLatin1Char('@') + QString::number(subnetOf(phone.address, m_model.subnetPrefix()))
            + QLatin1Char('/');
    }

    // Heard (a configuration request, a broadcast) but without a single
    // file, while most phones taking part on its subnet have had one for
    // long: not waiting its turn, left out (its PFS setting, its load).
    void checkNeverJoined(const Phone &phone)
    {
        if (!phone.address)
            return;
        const Participants p = m_participants.value(subnetOf(phone.address, m_model.subnetPrefix()));
        if (p.servedLongAgo >= 2 && p.servedLongAgo * 2 > p.taking)
            m_findings.append(
                make(Finding::Kind::NeverJoined, Finding::Severity::Warning, phone.id, phone.lastHeardMs));
    }

    void countCompletions()
    {
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || phone.components.isEmpty() || !phone.address)
                continue;
            Participants &p = m_participants[subnetOf(phone.address, m_model.subnetPrefix())];
            ++p.taking;
            p.servedLongAgo += std::any_of(phone.components.cbegin(), phone.components.cend(), [&](const auto &c) {
                return c.completedMs >= 0 && m_now - c.completedMs > Health::kMinSilenceMs;
            });
        }
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || phone.load.isEmpty())
                continue;
            const QString group = groupOf(phone);
            ++m_groupSizes[group];
            for (const ComponentProgress &c : phone.components) {
                if (c.state == ComponentState::Complete)
                    m_completions[group + c.file].push_back(c.completedMs);
            }
        }
    }

    void checkStalls(const Phone &phone)
    {
        for (const ComponentProgress &c : phone.components) {
            if (!inFlight(c) || c.grewMs < 0 || (c.total >= 0 && c.bytes >= c.total))
                continue;
            const qint64 gap = m_pace.reportGapMs(c); // none known: no judgement
            if (gap < 0 || m_now - c.grewMs <= qMax(Health::kMinStallMs, Health::kPaceFactor * gap))
                continue;
            Finding f = make(Finding::Kind::Stalled, Finding::Severity::Warning, phone.id, c.grewMs);
            f.file = c.file;
            f.hierarchy = c.hierarchy;
            f.other = c.fromTftp ? kNoPhone : m_model.phoneByAddress(c.peer);
            m_findings.append(f);
        }
    }

    const RolloutModel &m_model;
    qint64 m_now;
    RolloutPace m_pace;
    Distributors m_distributors;
    struct Listed {
        int total = 0;
        int heard = 0;
    };
    static constexpr int kFewListed = 3;
    QHash<QString, Listed> m_listed; // the inventory's phones by listed model
    Listed m_allListed;
    struct Participants {
        int taking = 0;        // phones with a file on the way or in
        int servedLongAgo = 0; // of which, one had a file whole for long
    };
    QHash<quint32, Participants> m_participants;       // by subnet
    QHash<QString, qsizetype> m_groupSizes;            // phones by load and subnet
    QHash<QString, std::vector<qint64>> m_completions; // by load, subnet and file: when each phone completed it
    QList<Finding> m_findings;
};

QString phoneName(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    return phone ? phone->displayName() : Health::tr("(unknown)");
}

} // namespace

FindingIndex::FindingIndex(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.phone == kNoPhone)
            continue;
        PhoneHealth &h = m_byPhone[f.phone];
        if (h.count++ == 0 || f.severity > h.worst) {
            h.worst = f.severity;
            h.worstKind = f.kind;
        }
        h.troubled = h.troubled || f.severity != Finding::Severity::Info;
        h.silent = h.silent || f.kind == Finding::Kind::Silent;
    }
}

RolloutPace Health::pace(const RolloutModel &model)
{
    std::vector<qint64> wanRates, lanRates, comebacks;
    qint64 wanNow = 0, wanInFlight = 0;
    for (const Phone &phone : model.phones()) {
        for (const ComponentProgress &c : phone.components) {
            const qint64 rate = bytesPerSecond(c);
            if (rate > 0)
                (c.fromTftp ? wanRates : lanRates).push_back(rate);
            if (c.fromTftp && inFlight(c)) {
                wanNow += rate;
                ++wanInFlight;
            }
        }
        const qint64 done = loadDoneMs(phone);
        if (phone.cameBackMs >= 0 && done >= 0 && phone.cameBackMs >= done)
            comebacks.push_back(phone.cameBackMs - done);
    }
    RolloutPace pace;
    pace.wanBytesPerSecond = qMax<qint64>(0, median(std::move(wanRates)));
    pace.lanBytesPerSecond = qMax<qint64>(0, median(std::move(lanRates)));
    pace.wanShareBytesPerSecond = wanInFlight ? wanNow / wanInFlight : 0;
    pace.comebackMs = median(std::move(comebacks));
    return pace;
}

qint64 RolloutPace::reportGapMs(const ComponentProgress &c) const
{
    if (const qint64 own = ownGapMs(c); own >= 0) {
        // On the WAN, at what the link gives each transfer now: its own past pace may have been a larger share.
        const qint64 perReport = c.bytes / c.growths;
        const qint64 atShare = c.fromTftp && wanShareBytesPerSecond > 0 ? perReport * 1000 / wanShareBytesPerSecond : 0;
        return qMax(own, atShare);
    }
    const qint64 rate = c.fromTftp ? wanBytesPerSecond : lanBytesPerSecond;
    if (rate <= 0 || c.total <= 0)
        return -1;
    return c.total * 1000 / rate;
}

// Local time, as the event log shows its records: a finding's time is found there.
QString Health::timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm:ss"));
}

WanEvent Health::wanEvent(const Finding &f, const RolloutModel &model)
{
    const Phone *phone = model.phone(f.phone);
    switch (f.kind) {
    case Finding::Kind::FellBackToWan:
    case Finding::Kind::KeepsGoingToServer: return WanEvent::Fallback;
    case Finding::Kind::Stalled: {
        const ComponentProgress *c = phone ? phone->component(f.file) : nullptr;
        return c && c->fromTftp ? WanEvent::Outage : WanEvent::None;
    }
    case Finding::Kind::Silent:
        if (phone) {
            const auto fetching = [](const ComponentProgress &c) { return c.fromTftp && inFlight(c); };
            if (std::any_of(phone->components.cbegin(), phone->components.cend(), fetching))
                return WanEvent::Outage;
        }
        return WanEvent::None;
    case Finding::Kind::NeverCameBack:
    case Finding::Kind::Traditional:
    case Finding::Kind::NeverHeard:
    case Finding::Kind::NeverJoined:
    case Finding::Kind::TreeAnomaly: return WanEvent::None;
    }
    return WanEvent::None;
}

QList<Finding> Health::assess(const RolloutModel &model, qint64 nowMs)
{
    return Assessor(model, nowMs).run();
}

QString Health::text(const Finding &f, const RolloutModel &model)
{
    const QString phone = phoneName(model, f.phone);
    switch (f.kind) {
    case Finding::Kind::Stalled:
        if (f.other != kNoPhone) {
            return tr("%1: %2 has made no progress since %3, waiting on its parent %4; if it stays so, the phone "
                      "gives up and fetches it from the TFTP server. Check the parent.")
                .arg(phone, f.file, timeText(f.sinceMs), phoneName(model, f.other));
        }
        return tr("%1: %2 has made no progress since %3 from the TFTP server; check the WAN link and the server.")
            .arg(phone, f.file, timeText(f.sinceMs));
    case Finding::Kind::FellBackToWan:
        return tr("%1 fetched %2 from the TFTP server although its hierarchy distributes it: WAN bandwidth PFS "
                  "should have saved. Check that it can reach its parent on TCP 4051.")
            .arg(phone, f.file);
    case Finding::Kind::KeepsGoingToServer:
        return tr("%1 fetches every file from the TFTP server with PFS on: the known PFS bug CSCus67416. Move it to a "
                  "load with the fix, or upgrade it on its own.")
            .arg(phone);
    case Finding::Kind::NeverCameBack:
        return tr("%1 finished its upgrade at %2 and has not been heard from since: it did not come back after its "
                  "reboot (the known PFS bug CSCtg96408). Check the phone and power-cycle it.")
            .arg(phone, timeText(f.sinceMs));
    case Finding::Kind::Silent:
        return tr("%1 stopped reporting at %2 in the middle of its upgrade while the other phones go on: it may have "
                  "lost power or its network.")
            .arg(phone, timeText(f.sinceMs));
    case Finding::Kind::Traditional:
        return tr("%1 upgrades the traditional way (PFS off, or a model without PFS): every file over the WAN.")
            .arg(phone);
    case Finding::Kind::NeverHeard:
        return tr("%1 is in the site's inventory but has not been heard, while most phones listed with it have: it "
                  "may be off, unplugged, or on another subnet.")
            .arg(phone);
    case Finding::Kind::NeverJoined:
        return tr("%1 was heard but takes no part in the upgrade, while most phones on its subnet have had files for a "
                  "while: check its PFS setting and its load in CUCM, and that it was reset with the others.")
            .arg(phone);
    case Finding::Kind::TreeAnomaly:
        if (f.anomaly >= 0 && f.anomaly < model.anomalies().size())
            return RolloutModel::anomalyText(model.anomalies()[f.anomaly], model);
        return {};
    }
    return {};
}

namespace {

QString sourcesOf(const Phone &phone)
{
    QStringList sources;
    for (const Provenance from : {Provenance::Trace, Provenance::Wire, Provenance::Inferred, Provenance::Modelled}) {
        if (phone.heardThrough(from))
            sources.append(ProvenanceNames::name(from));
    }
    return sources.join(Health::tr(", "));
}

QString componentFact(const ComponentProgress &c)
{
    const QLocale locale;
    const QString from = c.fromTftp ? Health::tr("the TFTP server") : Health::tr("peer %1").arg(formatIpv4(c.peer));
    //: %1 file, %2 bytes received, %3 its size, %4 its source, %5 when the attempt began, %6 when its bytes last
    //: grew, %7 how pfsmon knows (trace, wire…)
    return Health::tr("%1: %2 of %3 bytes from %4, begun %5, last grew %6 (%7)")
        .arg(visibleText(c.file), locale.toString(c.bytes), c.total < 0 ? Health::tr("?") : locale.toString(c.total),
             from, c.startedMs < 0 ? Health::tr("?") : Health::timeText(c.startedMs),
             c.grewMs < 0 ? Health::tr("?") : Health::timeText(c.grewMs), ProvenanceNames::name(c.progressFrom));
}

} // namespace

QStringList Health::evidence(const Finding &f, const RolloutModel &model)
{
    const Phone *phone = model.phone(f.phone);
    if (!phone)
        return {};
    QStringList lines;
    switch (f.kind) {
    case Finding::Kind::Stalled:
    case Finding::Kind::FellBackToWan:
        if (const ComponentProgress *c = phone->component(f.file))
            lines.append(componentFact(*c));
        break;
    case Finding::Kind::KeepsGoingToServer:
        for (const ComponentProgress &c : phone->components) {
            if (c.fromTftp && c.wanBytes > 0)
                lines.append(componentFact(c));
        }
        break;
    case Finding::Kind::NeverCameBack:
        lines.append(
            tr("Whole load in at %1; no record, configuration request or broadcast since").arg(timeText(f.sinceMs)));
        break;
    case Finding::Kind::Silent:
        if (phone->lostByChildMs >= 0)
            lines.append(tr("A child said at %1 that it lost this phone while receiving from it")
                             .arg(timeText(phone->lostByChildMs)));
        break;
    case Finding::Kind::Traditional:
        lines.append(phone->pfsEnabled ? tr("Model %1 has no PFS").arg(visibleText(phone->model))
                                       : tr("Its upgrade record says PFS is off (pfs=0)"));
        break;
    case Finding::Kind::NeverHeard:
        lines.append(tr("Listed in the inventory as %1").arg(visibleText(phone->listedModel)));
        return lines;
    case Finding::Kind::NeverJoined:
    case Finding::Kind::TreeAnomaly: break;
    }
    if (phone->lastHeardMs >= 0)
        lines.append(tr("Last heard at %1, through %2").arg(timeText(phone->lastHeardMs), sourcesOf(*phone)));
    return lines;
}

QString Health::kindName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Stalled: return tr("stalled");
    case Finding::Kind::FellBackToWan: return tr("fell back to the WAN");
    case Finding::Kind::KeepsGoingToServer: return tr("keeps going to the server");
    case Finding::Kind::NeverCameBack: return tr("never came back");
    case Finding::Kind::Silent: return tr("silent");
    case Finding::Kind::Traditional: return tr("traditional upgrade");
    case Finding::Kind::NeverHeard: return tr("never heard");
    case Finding::Kind::NeverJoined: return tr("never joined");
    case Finding::Kind::TreeAnomaly: return tr("tree anomaly");
    }
    return {};
}

QByteArrayView Health::kindKey(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Stalled: return "stalled";
    case Finding::Kind::FellBackToWan: return "fellBackToWan";
    case Finding::Kind::KeepsGoingToServer: return "keepsGoingToServer";
    case Finding::Kind::NeverCameBack: return "neverCameBack";
    case Finding::Kind::Silent: return "silent";
    case Finding::Kind::Traditional: return "traditional";
    case Finding::Kind::NeverHeard: return "neverHeard";
    case Finding::Kind::NeverJoined: return "neverJoined";
    case Finding::Kind::TreeAnomaly: return "treeAnomaly";
    }
    return {};
}

QByteArrayView Health::severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info: return "info";
    case Finding::Severity::Warning: return "warning";
    case Finding::Severity::Error: return "error";
    }
    return {};
}

} // namespace pfs
