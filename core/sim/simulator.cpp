// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "sim/simulator.h"

#include "protocol/modelledgrammar.h"
#include "protocol/pfsdatagram.h"
#include "protocol/verifiedgrammar.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <random>
#include <set>
#include <vector>

namespace pfs::sim {

QList<ModelShare> Config::defaultMix()
{
    return {{QStringLiteral("CP-7961G"), 0.42},
            {QStringLiteral("CP-7941G"), 0.36},
            {QStringLiteral("CP-7911G"), 0.10},
            {QStringLiteral("CP-7970G"), 0.10},
            {QStringLiteral("CP-7960G"), 0.02}};
}

namespace {

constexpr int kServerSource = -1;  // transfer source: the TFTP server, not a phone index
constexpr int kWanLink = 0;        // links: 0 is the WAN, 1 + i is phone i's LAN uplink
constexpr qint64 kLineGapUs = 750; // between the lines of one burst, as in the seed
constexpr qint64 kAdvertiseGapUs = 250'000;
constexpr int kAdvertisements = 4;

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint32 hash32(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return quint32(splitmix(splitmix(splitmix(seed ^ a) ^ b) ^ c) >> 16);
}

// When a transfer's next milestone event comes: (time, seq, sub) as in Event.
struct MilestoneKey {
    qint64 time = 0;
    quint64 seq = 0;
    int sub = 0;
    bool operator<(const MilestoneKey &o) const
    {
        if (time != o.time)
            return time < o.time;
        return seq != o.seq ? seq < o.seq : sub < o.sub;
    }
    bool operator==(const MilestoneKey &o) const { return time == o.time && seq == o.seq && sub == o.sub; }
};

// A link shared evenly by its transfers (fluid model). Only its earliest
// milestone is an event in the queue; the others wait in their transfers'
// `due`. A share (a start or an end on the link) gives every transfer its
// milestone anew under one seq, ordered within it by the transfers' ids
// (Event::sub): the order that one queued event per transfer, a seq each
// in the order of `active`, gave before.
struct Link {
    double bytesPerUs = 0;
    std::vector<int> active; // transfers' slots (Impl::transfers), in the order they started
    quint64 plan = 0;        // the queued event of its next milestone, 0: none
    int planned = -1;        // the slot of the transfer that event is for
    MilestoneKey plannedKey; // and when it comes
};

// A transfer lives in a slot of Impl::transfers, which a later one reuses
// once it completed; its id stays its own for the run.
struct Transfer {
    int id = 0; // as the sink's hooks name it; orders the milestones of one share (MilestoneKey::sub)
    int phone = 0;
    int file = 0;
    int hierarchy = -1; // -1: traditional fetch
    int source = kServerSource;
    int link = kWanLink;
    qint64 size = 0;
    double done = 0;
    double rate = 0;
    qint64 lastUs = 0;
    int nextStep = 1;
    MilestoneKey due; // its next milestone's event, when on its link
    bool active = true;
    bool flowing = true; // false once its data stopped (TransferEnd told)
};

// A phone's place in a hierarchy's tree. A parent has at most two
// children: formTree plans two a parent, and a child that moves goes to one
// with room (roomyParent).
struct TreeNode {
    int parent = -1;
    std::array<int, 2> children{-1, -1}; // in the order they came; -1 after the last
    bool joined = false;                 // it announced its join (a planned place is taken before)

    void addChild(int child)
    {
        Q_ASSERT(children[1] < 0);
        children[children[0] < 0 ? 0 : 1] = child;
    }
    void removeChild(int child)
    {
        if (children[0] == child)
            children = {children[1], -1};
        else if (children[1] == child)
            children[1] = -1;
    }
    int childCount() const { return int(children[0] >= 0) + int(children[1] >= 0); }
};

struct Hierarchy {
    quint32 xid = 0;
    int group = 0;
    int file = 0;
    int root = -1;
    int truthIndex = -1;
    QList<int> members; // tree (BFS) order
    // By the phones' places in their group (PhoneState::place): hashes of
    // the members held about 90 bytes a phone and file (issue #17).
    std::vector<TreeNode> nodes;
};

struct Group {
    QString model;
    quint32 subnet = 0;
    const FirmwareLoad *load = nullptr;
    QList<int> phones;      // PFS phones that join hierarchies
    QList<int> hierarchies; // per file index, -1 until elected
};

struct PhoneState {
    qint64 bootUs = 0;
    int group = -1;       // -1: fetches from TFTP the traditional way
    int place = -1;       // in its group's phones (Group::phones)
    QList<bool> complete; // per file index
    QList<int> incoming;  // per file index: active transfer id, -1 none
    int completed = 0;
    int stallFile = -1;
    bool vanished = false;
    bool rootCapable = true;
};

// Small and trivially copied, as the heap moves it about; an action waits
// in Impl::actions.
struct Event {
    qint64 time = 0;
    quint64 seq = 0;
    quint64 tag = 0; // link >= 0: the link's plan it was queued for; else the action's slot
    int sub = 0;     // order within one share of a link: the transfer's id
    int link = -1;   // >= 0: that link's next milestone, while `tag` is still the link's plan
};

struct Later {
    bool operator()(const Event &a, const Event &b) const
    {
        if (a.time != b.time)
            return a.time > b.time;
        return a.seq != b.seq ? a.seq > b.seq : a.sub > b.sub;
    }
};

QByteArray macOf(int index)
{
    return "001BD4" + QByteArray::number(index + 0x100000, 16).toUpper().right(6);
}

QByteArray pathOf(const QString &file)
{
    return "/dnld/" + file.toLatin1();
}

} // namespace

struct Simulator::Impl {
    Config cfg;
    FirmwareCatalogue catalogue;
    QList<SimPhone> phones;
    GroundTruth truth;
    std::mt19937_64 rng;
    qint64 now = 0;
    quint64 seq = 0;
    std::vector<Event> queue;                   // a heap (Later)
    std::vector<std::function<void()>> actions; // the queued events' actions, by slot
    std::vector<quint32> freeActions;
    quint64 plans = 0; // numbers the links' milestone events
    qsizetype staleEvents = 0;
    qint64 horizon = 0;      // the latest event time ever due (see runQueue)
    std::set<int> busyLinks; // links with transfers, in order
    Sink *sink = nullptr;
    std::vector<PhoneState> state;
    QList<const FirmwareLoad *> loads; // per phone
    QList<Group> groups;
    std::vector<Hierarchy> hierarchies;
    std::vector<Transfer> transfers; // by slot: the live ones, and those stopped short
    std::vector<int> freeTransfers;  // slots of completed transfers, to reuse
    int transferIds = 0;             // ids given so far
    std::vector<Link> links;
    QSet<quint32> xids;
    // Bytes of each phone's current attempt at each component, -1 before
    // the first; the phone's start in it, and each load's components
    // by the first of the same file.
    std::vector<qint64> attemptBytes;
    std::vector<int> firstSlot;
    QHash<const FirmwareLoad *, QList<int>> sameFileAs;
    // Each load's components as the records name them ("/dnld/FILE"): made
    // once, not at each of a transfer's milestones.
    QHash<const FirmwareLoad *, QList<QByteArray>> componentPaths;
    bool truthBytesStale = false;

    Impl(Config c, FirmwareCatalogue cat)
        : cfg(std::move(c))
        , catalogue(std::move(cat))
        , rng(cfg.seed)
    {
    }

    // ---- set-up -----------------------------------------------------------

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }

    QString pickModel()
    {
        double total = 0;
        for (const ModelShare &s : std::as_const(cfg.mix))
            total += s.weight;
        double x = uniform() * total;
        for (const ModelShare &s : std::as_const(cfg.mix)) {
            if ((x -= s.weight) < 0)
                return s.model;
        }
        return cfg.mix.last().model;
    }

    void createPhones()
    {
        // Lists grown one by one hold up to twice what they need (issue #17).
        phones.reserve(cfg.phones);
        loads.reserve(cfg.phones);
        state.reserve(size_t(cfg.phones));
        firstSlot.reserve(size_t(cfg.phones));
        for (int i = 0; i < cfg.phones; ++i) {
            SimPhone p;
            p.index = i;
            const int subnet = i / cfg.phonesPerSubnet;
            p.address = cfg.firstSubnet + quint32(subnet) * 256 + quint32(i % cfg.phonesPerSubnet) + 10;
            p.mac = macOf(i);
            p.host = "SEP" + p.mac;
            p.model = pickModel();
            const PhoneModelInfo *info = catalogue.model(p.model);
            p.load = info->loads.constFirst();
            p.modelHasPfs = info->supportsPfs;
            p.pfsEnabled = uniform() >= cfg.pfsDisabledShare;
            p.syslog = uniform() < 0.7 ? SyslogFormat::Rfc3164 : SyslogFormat::Rfc5424;
            phones.append(p);
            loads.append(catalogue.load(p.load));
            PhoneState s;
            s.bootUs = qint64(uniform() * double(cfg.resetSpreadUs));
            s.complete = QList<bool>(loads.last()->components.size(), false);
            firstSlot.push_back(int(attemptBytes.size()));
            attemptBytes.resize(attemptBytes.size() + size_t(loads.last()->components.size()), -1);
            if (!sameFileAs.contains(loads.last())) {
                sameFileAs.insert(loads.last(), firstOfSameFile(*loads.last()));
                componentPaths.insert(loads.last(), pathsOf(*loads.last()));
            }
            s.incoming = QList<int>(loads.last()->components.size(), -1);
            state.push_back(s);
            truth.traditionalWanBytes += loads.last()->totalBytes();
        }
        attemptBytes.shrink_to_fit();
    }

    static QList<QByteArray> pathsOf(const FirmwareLoad &load)
    {
        QList<QByteArray> paths;
        for (const FirmwareComponent &c : load.components)
            paths.append(pathOf(c.file));
        return paths;
    }

    const QByteArray &componentPath(int phone, int file) const
    {
        return componentPaths.find(loads[phone]).value()[file];
    }

    static QList<int> firstOfSameFile(const FirmwareLoad &load)
    {
        QList<int> first;
        for (const FirmwareComponent &c : load.components) {
            int same = 0;
            while (load.components[same].file != c.file)
                ++same;
            first.append(same);
        }
        return first;
    }

    bool usesPfs(const SimPhone &p) const { return p.pfsEnabled && p.modelHasPfs; }

    // The phone's place in the hierarchy's tree (Hierarchy::nodes); -1 when it is not of its group.
    int placeIn(const Hierarchy &h, int phone) const
    {
        const PhoneState &s = state[size_t(phone)];
        return s.group == h.group ? s.place : -1;
    }
    TreeNode *treeNode(Hierarchy &h, int phone) const
    {
        const int place = placeIn(h, phone);
        return place < 0 ? nullptr : &h.nodes[size_t(place)];
    }
    const TreeNode *treeNode(const Hierarchy &h, int phone) const
    {
        const int place = placeIn(h, phone);
        return place < 0 ? nullptr : &h.nodes[size_t(place)];
    }

    void formGroups()
    {
        QMap<std::pair<QString, quint32>, int> index;
        for (const SimPhone &p : std::as_const(phones)) {
            if (!usesPfs(p))
                continue;
            const auto key = std::make_pair(p.model, p.address & 0xffffff00u);
            if (!index.contains(key)) {
                index.insert(key, int(groups.size()));
                Group g;
                g.model = p.model;
                g.subnet = key.second;
                g.load = loads[p.index];
                g.hierarchies = QList<int>(g.load->components.size(), -1);
                groups.append(g);
            }
            groups[index.value(key)].phones.append(p.index);
        }
    }

    // At most a quarter of a group is faulty, so every group keeps healthy roots.
    void assignFaults()
    {
        QList<int> candidates;
        for (const Group &g : std::as_const(groups))
            candidates.append(g.phones);
        std::sort(candidates.begin(), candidates.end());
        std::shuffle(candidates.begin(), candidates.end(), rng);
        QHash<int, int> faultyInGroup;
        QList<std::pair<SimPhone::Fault, int>> wanted = {{SimPhone::Fault::Vanish, cfg.faults.vanish},
                                                         {SimPhone::Fault::Stall, cfg.faults.stall},
                                                         {SimPhone::Fault::KeepTftp, cfg.faults.keepTftp},
                                                         {SimPhone::Fault::NeverBack, cfg.faults.neverBack}};
        qsizetype next = 0;
        for (auto &[fault, count] : wanted) {
            for (; count > 0 && next < candidates.size(); ++next) {
                const int i = candidates[next];
                const int group = groupOf(i);
                if (faultyInGroup.value(group) >= groups[group].phones.size() / 4)
                    continue;
                ++faultyInGroup[group];
                phones[i].fault = fault;
                --count;
            }
        }
        for (Group &g : groups) {
            g.phones.removeIf([this](int i) { return phones[i].fault == SimPhone::Fault::KeepTftp; });
            for (const int i : std::as_const(g.phones))
                state[size_t(i)].rootCapable = phones[i].fault != SimPhone::Fault::Vanish;
        }
        for (int g = 0; g < groups.size(); ++g) {
            for (int place = 0; place < groups[g].phones.size(); ++place) {
                PhoneState &s = state[size_t(groups[g].phones[place])];
                s.group = g;
                s.place = place;
            }
        }
    }

    int groupOf(int phone) const
    {
        for (int g = 0; g < groups.size(); ++g) {
            if (groups[g].phones.contains(phone))
                return g;
        }
        return -1;
    }

    void setUpLinks()
    {
        links.resize(size_t(phones.size()) + 1);
        links[kWanLink].bytesPerUs = double(cfg.wanBitsPerSecond) / 8e6;
        for (size_t i = 1; i < links.size(); ++i)
            links[i].bytesPerUs = double(cfg.lanBitsPerSecond) / 8e6;
    }

    void scheduleStart()
    {
        for (const SimPhone &p : std::as_const(phones))
            at(state[size_t(p.index)].bootUs, [this, i = p.index] { boot(i); });
        for (int g = 0; g < groups.size(); ++g) {
            qint64 lastBoot = 0;
            for (const int i : std::as_const(groups[g].phones))
                lastBoot = qMax(lastBoot, state[size_t(i)].bootUs);
            at(lastBoot + 500'000, [this, g] { elect(g, 0); });
        }
    }

    // ---- events and output ------------------------------------------------

    void at(qint64 time, std::function<void()> action)
    {
        quint32 slot = 0;
        if (freeActions.empty()) {
            slot = quint32(actions.size());
            actions.push_back(std::move(action));
        } else {
            slot = freeActions.back();
            freeActions.pop_back();
            actions[slot] = std::move(action);
        }
        push(Event{time, seq++, slot, 0, -1});
    }

    std::function<void()> takeAction(quint64 slot)
    {
        std::function<void()> action = std::move(actions[size_t(slot)]);
        actions[size_t(slot)] = nullptr;
        freeActions.push_back(quint32(slot));
        return action;
    }

    void push(Event event)
    {
        horizon = std::max(horizon, event.time);
        queue.push_back(std::move(event));
        std::push_heap(queue.begin(), queue.end(), Later());
    }

    Event pop()
    {
        std::pop_heap(queue.begin(), queue.end(), Later());
        Event event = std::move(queue.back());
        queue.pop_back();
        return event;
    }

    bool stale(const Event &e) const { return e.link >= 0 && links[size_t(e.link)].plan != e.tag; }

    // A replanned link leaves its old event behind: it goes when it comes to
    // the top, or with the others when they outnumber the live events.
    void dropStale()
    {
        if (staleEvents > 4096 && staleEvents > qsizetype(queue.size()) / 2) {
            queue.erase(std::remove_if(queue.begin(), queue.end(), [this](const Event &e) { return stale(e); }),
                        queue.end());
            std::make_heap(queue.begin(), queue.end(), Later());
            staleEvents = 0;
        }
        while (!queue.empty() && stale(queue.front())) {
            pop();
            --staleEvents;
        }
    }

    // The simulator that queued an event per transfer at each share also ran
    // the superseded ones, each a no-op, and its clock ended at the last of
    // them: `horizon` keeps that end, which the snapshot's clock shows.
    void runQueue(qint64 untilUs)
    {
        for (dropStale(); !queue.empty() && queue.front().time <= untilUs; dropStale()) {
            const Event event = pop();
            now = event.time;
            if (event.link >= 0)
                fireMilestone(event.link);
            else
                takeAction(event.tag)();
        }
        if (queue.empty() && horizon <= untilUs)
            now = std::max(now, horizon);
    }

    void emitRecord(int phone, QByteArrayView severity, const QByteArray &body)
    {
        if (state[size_t(phone)].vanished)
            return;
        sink->record(now, phones[phone], modelled::record(severity, cfg.startTimeOfDayUs + now, body));
    }

    // Lines of one burst follow each other by kLineGapUs, each its own event,
    // so the output stays in time order whatever else happens meanwhile.
    void burst(qint64 start, int phone, QList<std::pair<QByteArrayView, QByteArray>> lines,
               std::function<void()> after = {})
    {
        qint64 t = start;
        for (const auto &[severity, body] : lines) {
            at(t, [this, phone, severity = severity, body = body] { emitRecord(phone, severity, body); });
            t += kLineGapUs;
        }
        if (after)
            at(t, std::move(after));
    }

    void broadcast(int phone, PfsDatagram::Type type, const Hierarchy &h, int ad, quint32 map, quint32 strength)
    {
        PfsDatagram datagram;
        datagram.type = type;
        datagram.adNumber = quint8(ad);
        datagram.tentative = type != PfsDatagram::Type::RootConfirmed;
        datagram.xid = h.xid;
        datagram.map = map;
        datagram.strength = strength;
        datagram.sender = phones[phone].address;
        datagram.model = phones[phone].model.toLatin1();
        sink->broadcast(now, phones[phone], datagram.encode());
    }

    // ---- the protocol -----------------------------------------------------

    void boot(int i)
    {
        const SimPhone &p = phones[i];
        sink->configRequested(now, p);
        using namespace verified;
        burst(now, i,
              {{"NOT", modelled::upgradeStart(p.address, p.model.toLatin1(), pathOf(p.load), p.pfsEnabled, p.mac)},
               {"DBG", listening(7, 4051)},
               {"NOT", functionTrace(kChildFile, kOpenUdpPort)},
               {"NOT", parentState(-1, -1, -1, false)}},
              [this, i] {
                  if (state[size_t(i)].group < 0)
                      at(now + cfg.wanLatencyUs, [this, i] { fetchNextFromTftp(i); });
              });
    }

    quint32 newXid(int group, int file)
    {
        quint32 xid = hash32(cfg.seed, 0x5849, quint64(group), quint64(file)) | 0x01000000u;
        while (xids.contains(xid))
            xid = hash32(cfg.seed, xid, 1);
        xids.insert(xid);
        return xid;
    }

    quint32 strengthOf(int phone, int file) const { return hash32(cfg.seed, 0x57, quint64(phone), quint64(file)); }

    // One election per file: the strongest phone claims root, advertises four
    // times with no stronger answer, confirms, and the others join it.
    void elect(int g, int file)
    {
        Group &group = groups[g];
        QList<int> candidates;
        for (const int i : std::as_const(group.phones)) {
            if (!state[size_t(i)].vanished)
                candidates.append(i);
        }
        int root = -1;
        for (const int i : std::as_const(candidates)) {
            if (state[size_t(i)].rootCapable && (root < 0 || strengthOf(i, file) > strengthOf(root, file)))
                root = i;
        }
        if (root < 0)
            return;
        Hierarchy h;
        h.xid = newXid(g, file);
        h.group = g;
        h.file = file;
        h.root = root;
        h.nodes.resize(size_t(group.phones.size()));
        const int index = int(hierarchies.size());
        group.hierarchies[file] = index;
        hierarchies.push_back(h);
        advertise(index, hash32(cfg.seed, 0x4d, quint64(g), quint64(file)), strengthOf(root, file));
        candidates.removeAll(root);
        std::shuffle(candidates.begin(), candidates.end(), rng);
        at(now + kAdvertiseGapUs * (kAdvertisements + 1) + 10 * kLineGapUs,
           [this, index, candidates] { formTree(index, candidates); });
    }

    void advertise(int index, quint32 map, quint32 strength)
    {
        const Hierarchy &h = hierarchies[size_t(index)];
        const int root = h.root;
        using namespace verified;
        burst(now, root,
              {{"NOT", functionTrace(kProtocolFile, kSendBroadcastOffer)}, {"INF", claimRoot(h.xid, map, strength)}});
        at(now + kLineGapUs,
           [=] { broadcast(root, PfsDatagram::Type::ClaimRoot, hierarchies[size_t(index)], 0, map, strength); });
        for (int ad = 1; ad <= kAdvertisements + 1; ++ad) {
            const qint64 t = now + ad * kAdvertiseGapUs;
            QList<std::pair<QByteArrayView, QByteArray>> lines
                = {{"NOT", functionTrace(kTimeoutFile, kDoTimeout)}, {"DBG", timeout(h.xid)}};
            if (ad <= kAdvertisements) {
                lines.append({"NOT", functionTrace(kProtocolFile, kSendBroadcastOffer)});
                lines.append({"INF", advertisement(h.xid, ad)});
                at(t + 3 * kLineGapUs, [=] {
                    broadcast(root, PfsDatagram::Type::Advertisement, hierarchies[size_t(index)], ad, map, strength);
                });
            }
            burst(t, root, lines);
        }
    }

    void formTree(int index, const QList<int> &joiners)
    {
        Hierarchy &h = hierarchies[size_t(index)];
        const Group &g = groups[h.group];
        const QString &file = g.load->components[h.file].file;
        const SimPhone &root = phones[h.root];
        using namespace verified;
        burst(now, h.root,
              {{"NOT", rootConfirmed()},
               {"NOT",
                hierarchyRoot(h.xid, hash32(h.xid, root.address), root.model.toLatin1(), root.address, pathOf(file))},
               {"INF", rootTftpCommand(h.xid)}},
              [this, index] {
                  const Hierarchy &hh = hierarchies[size_t(index)];
                  at(now + cfg.wanLatencyUs,
                     [this, index, r = hh.root, f = hh.file] { startTransfer(r, f, index, kServerSource); });
              });
        at(now + kLineGapUs, [this, index, r = h.root] {
            broadcast(r, PfsDatagram::Type::RootConfirmed, hierarchies[size_t(index)], 0, 0, 0);
        });
        GroundTruth::Tree tree;
        tree.xid = h.xid;
        tree.model = g.model;
        tree.subnet = g.subnet;
        tree.file = file;
        tree.root = root.address;
        tree.members.append(root.address);
        h.members.append(h.root);
        treeNode(h, h.root)->joined = true;
        h.truthIndex = int(truth.trees.size());
        truth.trees.append(tree);
        // The tree is planned at once (breadth first, two children a parent) and
        // announced join by join; a planned place counts as taken.
        qint64 t = now + 20'000;
        for (const int child : joiners) {
            const int parent = h.members[(h.members.size() - 1) / 2];
            h.members.append(child);
            treeNode(h, child)->parent = parent;
            treeNode(h, parent)->addChild(child);
            at(t, [this, index, child, parent] { join(index, child, parent); });
            t += 2'000;
        }
    }

    // What the phone has of the file, as its failure record reports it: the
    // bytes of its attempt that arrived (noteBytes).
    qint64 reportedBytes(int phone, int file) const
    {
        return std::max<qint64>(0, attemptBytes[size_t(bytesSlot(phone, file))]);
    }

    void join(int index, int child, int parent)
    {
        Hierarchy &h = hierarchies[size_t(index)];
        if (state[size_t(child)].vanished)
            return;
        if (state[size_t(parent)].vanished)
            parent = roomyParent(h, child);
        if (parent < 0)
            return fallBackToTftp(index, child, "no-parent");
        TreeNode &joiner = *treeNode(h, child);
        const int old = joiner.parent;
        if (old != parent) {
            if (old >= 0)
                treeNode(h, old)->removeChild(child);
            joiner.parent = parent;
            treeNode(h, parent)->addChild(child);
        }
        joiner.joined = true;
        GroundTruth::Tree &tree = truth.trees[h.truthIndex];
        tree.parentOf.insert(phones[child].address, phones[parent].address);
        if (!tree.members.contains(phones[child].address))
            tree.members.append(phones[child].address);
        emitRecord(child, "INF", modelled::joined(h.xid, phones[parent].address, phones[child].address));
        if (state[size_t(parent)].complete[h.file] && !state[size_t(parent)].vanished)
            startTransfer(child, h.file, index, parent);
    }

    // ---- transfers (fluid sharing of each link) ---------------------------

    void startTransfer(int phone, int file, int hierarchy, int source)
    {
        PhoneState &s = state[size_t(phone)];
        if (s.vanished || s.complete[file] || s.incoming[file] >= 0)
            return;
        Transfer t;
        t.phone = phone;
        t.file = file;
        t.hierarchy = hierarchy;
        t.source = source;
        t.link = source == kServerSource ? kWanLink : 1 + source;
        t.size = loads[phone]->components[file].bytes;
        t.lastUs = now;
        t.id = transferIds++;
        const int slot = newTransferSlot(t);
        s.incoming[file] = slot;
        noteBytes(t, 0);
        const quint32 xid = hierarchy >= 0 ? hierarchies[size_t(hierarchy)].xid : 0;
        const quint32 from = source == kServerSource ? modelled::kTftp : phones[source].address;
        const QByteArray &path = componentPath(phone, file);
        emitRecord(phone, "INF", modelled::transferStart(xid, path, t.size, from, phones[phone].address));
        sink->transferStarted(now,
                              {t.id, &std::as_const(phones)[phone],
                               source == kServerSource ? nullptr : &std::as_const(phones)[source], path, t.size, xid});
        settle(t.link);
        if (links[size_t(t.link)].active.empty())
            busyLinks.insert(t.link);
        links[size_t(t.link)].active.push_back(slot);
        share(t.link);
    }

    // A completed transfer's slot, else a new one: the list holds the
    // transfers under way, not every one of the run (issue #17: 0.8 kB a phone).
    int newTransferSlot(const Transfer &t)
    {
        if (freeTransfers.empty()) {
            transfers.push_back(t);
            return int(transfers.size()) - 1;
        }
        const int slot = freeTransfers.back();
        freeTransfers.pop_back();
        transfers[size_t(slot)] = t;
        return slot;
    }

    // Brings every active transfer on the link up to `now`.
    void settle(int link)
    {
        for (const int id : links[size_t(link)].active) {
            Transfer &t = transfers[size_t(id)];
            const double milestone = double(milestoneBytes(t));
            t.done = std::min(milestone, t.done + t.rate * double(now - t.lastUs));
            t.lastUs = now;
        }
    }

    // Splits the link evenly and gives each transfer its next milestone,
    // all under one seq.
    void share(int link)
    {
        Link &l = links[size_t(link)];
        if (l.active.empty())
            return replan(link);
        const double rate = l.bytesPerUs / double(l.active.size());
        const quint64 shareSeq = seq++;
        for (const int slot : l.active) {
            Transfer &t = transfers[size_t(slot)];
            t.rate = rate;
            t.due = {now + dueIn(t), shareSeq, t.id};
            horizon = std::max(horizon, t.due.time);
        }
        replan(link);
    }

    // From the bytes it has now, at its rate now.
    qint64 dueIn(const Transfer &t) const
    {
        const double remaining = std::max(0.0, double(milestoneBytes(t)) - t.done);
        return t.rate > 0 ? qint64(std::ceil(remaining / t.rate)) : 0;
    }

    // Queues the link's earliest milestone, unless it is queued already.
    void replan(int link)
    {
        Link &l = links[size_t(link)];
        int best = -1;
        for (const int id : l.active) {
            if (best < 0 || transfers[size_t(id)].due < transfers[size_t(best)].due)
                best = id;
        }
        if (l.plan != 0 && best == l.planned && transfers[size_t(best)].due == l.plannedKey)
            return;
        if (l.plan != 0)
            ++staleEvents;
        l.plan = 0;
        l.planned = best;
        if (best < 0) {
            busyLinks.erase(link);
            return;
        }
        l.plan = ++plans;
        l.plannedKey = transfers[size_t(best)].due;
        push(Event{l.plannedKey.time, l.plannedKey.seq, l.plan, l.plannedKey.sub, link});
    }

    void fireMilestone(int link)
    {
        Link &l = links[size_t(link)];
        const int id = l.planned;
        l.plan = 0;
        l.planned = -1;
        reachMilestone(id);
    }

    qint64 milestoneBytes(const Transfer &t) const { return t.size * t.nextStep / cfg.progressSteps; }

    // Every flowing transfer's bytes by `untilUs`, told to the sink without
    // touching the simulation: the fluid model's pace is even between
    // events. Without it the wire would wait for each transfer's next
    // milestone, which on a crowded WAN is many seconds behind the traces.
    void reportFlowing(qint64 untilUs, Sink &to)
    {
        for (const int index : busyLinks) {
            for (const int slot : links[size_t(index)].active) {
                const Transfer &t = transfers[size_t(slot)];
                if (!t.flowing || untilUs <= t.lastUs)
                    continue;
                const double reached
                    = std::min(double(milestoneBytes(t)), t.done + t.rate * double(untilUs - t.lastUs));
                to.transferProgress(untilUs, t.id, qint64(reached));
            }
        }
    }

    // The transfer's next milestone, due on its own: the link's share stays.
    void scheduleMilestone(int id)
    {
        Transfer &t = transfers[size_t(id)];
        t.due = {now + dueIn(t), seq++, 0};
        horizon = std::max(horizon, t.due.time);
        replan(t.link);
    }

    void reachMilestone(int id)
    {
        Transfer &t = transfers[size_t(id)];
        settle(t.link);
        t.done = double(milestoneBytes(t));
        const qint64 bytes = milestoneBytes(t);
        const int step = t.nextStep++;
        const QByteArray &path = componentPath(t.phone, t.file);
        const quint32 xid = t.hierarchy >= 0 ? hierarchies[size_t(t.hierarchy)].xid : 0;
        const quint32 self = phones[t.phone].address;
        noteBytes(t, bytes);
        sink->transferProgress(now, t.id, bytes);
        if (step == cfg.progressSteps) {
            emitRecord(t.phone, "INF", modelled::transferDone(xid, path, bytes, self));
            endTransfer(id, TransferEnd::Complete);
            finishTransfer(id);
            return;
        }
        emitRecord(t.phone, "DBG", modelled::transferProgress(xid, path, bytes, self));
        const SimPhone &p = phones[t.phone];
        if (step == cfg.progressSteps / 2 && shouldVanish(t))
            return vanish(t.source != kServerSource && phones[t.source].fault == SimPhone::Fault::Vanish ? t.source
                                                                                                         : t.phone);
        if (t.source != kServerSource && p.fault == SimPhone::Fault::Stall && state[size_t(t.phone)].stallFile < 0
            && step == cfg.progressSteps * 4 / 10)
            return stall(id);
        scheduleMilestone(id);
    }

    // The truth's bytes of the phone's current attempt at the file: what has
    // arrived of it. Set to 0 when an attempt starts, at each milestone, and
    // where its data stops (endTransfer). Not the phone's last progress trace,
    // which comes once a tenth of the file: a field engineer counts what the
    // phone holds, which is what flowed on the wire, and a lost parent or the
    // phone's own end cuts a transfer between two traces. A phone still there
    // says that count in its failure record (reportedBytes); a vanished one
    // says nothing more, so its traces may show less than it received.
    void noteBytes(const Transfer &t, qint64 bytes)
    {
        attemptBytes[size_t(bytesSlot(t.phone, t.file))] = bytes;
        truthBytesStale = true;
    }

    // The truth names a component by its file: two of one load with the
    // same file share a count.
    int bytesSlot(int phone, int file) const
    {
        return firstSlot[size_t(phone)] + sameFileAs.constFind(loads[phone])->at(file);
    }

    // GroundTruth::componentBytes as noteBytes left it, built when asked
    // for: a hash of hashes keyed by text cost a seventh of a demo's time.
    void syncTruthBytes()
    {
        if (!truthBytesStale)
            return;
        truthBytesStale = false;
        truth.componentBytes.clear();
        for (const SimPhone &p : std::as_const(phones)) {
            const QList<FirmwareComponent> &components = loads[p.index]->components;
            for (int f = 0; f < components.size(); ++f) {
                const qint64 bytes = attemptBytes[size_t(firstSlot[size_t(p.index)] + f)];
                if (bytes >= 0)
                    truth.componentBytes[p.address][components[f].file] = bytes;
            }
        }
    }

    // No more data flows: what arrived by now is the attempt's count.
    void endTransfer(int id, TransferEnd how)
    {
        Transfer &t = transfers[size_t(id)];
        if (!t.flowing)
            return; // told once per transfer (a stalled one may then lose its receiver)
        t.flowing = false;
        noteBytes(t, qint64(t.done));
        sink->transferEnded(now, t.id, qint64(t.done), how);
    }

    void detach(int id)
    {
        Transfer &t = transfers[size_t(id)];
        settle(t.link);
        t.active = false;
        auto &active = links[size_t(t.link)].active;
        active.erase(std::remove(active.begin(), active.end(), id), active.end());
        state[size_t(t.phone)].incoming[t.file] = -1;
        share(t.link);
    }

    void finishTransfer(int slot)
    {
        const Transfer t = transfers[size_t(slot)];
        detach(slot);
        // Off its link and its phone's list: nothing names the slot any more.
        freeTransfers.push_back(slot);
        if (t.source == kServerSource) {
            truth.actualWanBytes += t.size;
            const bool root = t.hierarchy >= 0 && hierarchies[size_t(t.hierarchy)].root == t.phone;
            if (root)
                truth.rootWanBytes += t.size;
            else if (usesPfs(phones[t.phone]))
                truth.fallbackWanBytes += t.size;
            else
                truth.traditionalPhonesWanBytes += t.size;
        }
        PhoneState &s = state[size_t(t.phone)];
        s.complete[t.file] = true;
        ++s.completed;
        if (t.hierarchy >= 0)
            serveChildren(t.hierarchy, t.phone);
        if (t.hierarchy >= 0 && hierarchies[size_t(t.hierarchy)].root == t.phone && t.source == kServerSource)
            electNextFile(t.hierarchy);
        if (t.hierarchy < 0)
            at(now + cfg.wanLatencyUs, [this, p = t.phone] { fetchNextFromTftp(p); });
        if (s.completed == s.complete.size())
            finishUpgrade(t.phone);
    }

    // Only the children that have joined: a planned child connects to its
    // parent once it announces its join (join() starts the transfer then), and
    // a small file can go down a tree faster than the joins are announced.
    void serveChildren(int index, int parent)
    {
        const Hierarchy &h = hierarchies[size_t(index)];
        for (const int child : treeNode(h, parent)->children) {
            if (child >= 0 && treeNode(h, child)->joined)
                startTransfer(child, h.file, index, parent);
        }
    }

    // The TFTP server sends the files one by one: the next file's election
    // starts once the root has this one.
    void electNextFile(int index)
    {
        const Hierarchy &h = hierarchies[size_t(index)];
        const int next = h.file + 1;
        if (next < groups[h.group].hierarchies.size() && groups[h.group].hierarchies[next] < 0)
            at(now + 200'000, [this, g = h.group, next] { elect(g, next); });
    }

    void fetchNextFromTftp(int phone)
    {
        const PhoneState &s = state[size_t(phone)];
        for (int f = 0; f < s.complete.size(); ++f) {
            if (!s.complete[f]) {
                startTransfer(phone, f, -1, kServerSource);
                return;
            }
        }
    }

    void finishUpgrade(int phone)
    {
        ++truth.completedPhones;
        if (phones[phone].fault == SimPhone::Fault::NeverBack) {
            ++truth.neverBack;
            return;
        }
        at(now + cfg.rebootUs, [this, phone] {
            emitRecord(phone, "NOT", modelled::upgradeDone(phones[phone].address));
            if (!state[size_t(phone)].vanished)
                sink->configRequested(now, phones[phone]);
        });
    }

    // ---- faults -----------------------------------------------------------

    // A vanishing phone goes half-way through sending a file to a child; one
    // that never gets to send goes half-way through receiving its last file.
    bool shouldVanish(const Transfer &t) const
    {
        if (t.source == kServerSource)
            return false;
        const auto gone
            = [this](int i) { return phones[i].fault == SimPhone::Fault::Vanish && !state[size_t(i)].vanished; };
        return gone(t.source) || (gone(t.phone) && t.file == state[size_t(t.phone)].complete.size() - 1);
    }

    void vanish(int phone)
    {
        PhoneState &s = state[size_t(phone)];
        s.vanished = true;
        ++truth.vanished;
        for (int f = 0; f < s.incoming.size(); ++f) {
            const int id = s.incoming[f];
            if (id < 0)
                continue;
            detach(id);
            endTransfer(id, TransferEnd::ReceiverGone);
        }
        freezeOutgoing(phone);
        for (size_t index = 0; index < hierarchies.size(); ++index) {
            const Hierarchy &h = hierarchies[index];
            const TreeNode *gone = treeNode(h, phone);
            if (!gone)
                continue;
            // Children yet to announce their join are redirected when they do.
            for (const int child : gone->children) {
                if (child >= 0 && treeNode(h, child)->joined && !state[size_t(child)].complete[h.file])
                    at(now + cfg.peerTimeoutUs, [this, index, child] { rejoin(int(index), child); });
            }
        }
    }

    // A child that lost its parent reports the failure and joins the first
    // phone of the tree (breadth first) that still has room for a child.
    void rejoin(int index, int child)
    {
        Hierarchy &h = hierarchies[size_t(index)];
        const QString &file = groups[h.group].load->components[h.file].file;
        const int lost = state[size_t(child)].incoming[h.file];
        if (lost >= 0) {
            detach(lost);
            sink->transferAbandoned(now, transfers[size_t(lost)].id);
            emitRecord(child, "ERR",
                       modelled::transferFailed(h.xid, pathOf(file), reportedBytes(child, h.file), "peer-lost",
                                                phones[child].address));
        }
        const int parent = roomyParent(h, child);
        if (parent < 0)
            return fallBackToTftp(index, child, "no-parent");
        join(index, child, parent);
    }

    int roomyParent(const Hierarchy &h, int child) const
    {
        for (const int candidate : h.members) {
            if (candidate == child || state[size_t(candidate)].vanished || !treeNode(h, candidate)->joined
                || isDescendant(h, candidate, child))
                continue;
            if (treeNode(h, candidate)->childCount() < 2)
                return candidate;
        }
        return -1;
    }

    bool isDescendant(const Hierarchy &h, int node, int ancestor) const
    {
        for (int steps = 0; node >= 0 && steps <= h.members.size(); ++steps) {
            if (node == ancestor)
                return true;
            node = treeNode(h, node)->parent;
        }
        return false;
    }

    // What the phone was sending stops at once; its children notice later.
    void freezeOutgoing(int phone)
    {
        Link &uplink = links[size_t(1 + phone)];
        settle(1 + phone);
        const std::vector<int> sending = std::exchange(uplink.active, {});
        replan(1 + phone);
        for (const int id : sending)
            endTransfer(id, TransferEnd::SenderGone);
    }

    void stall(int id)
    {
        Transfer &t = transfers[size_t(id)];
        const int phone = t.phone;
        const int index = t.hierarchy;
        state[size_t(phone)].stallFile = t.file;
        ++truth.stalled;
        // The transfer stops moving: off its link, no milestone any more.
        settle(t.link);
        auto &active = links[size_t(t.link)].active;
        active.erase(std::remove(active.begin(), active.end(), id), active.end());
        share(t.link);
        endTransfer(id, TransferEnd::Stalled);
        at(now + cfg.stallTimeoutUs, [this, id, index] { giveUpStalled(id, index); });
    }

    // The receiver gives up on its stalled transfer and falls back to TFTP,
    // unless the transfer was taken off it meanwhile: the phone vanished, or
    // its parent did and it rejoined (the new attempt is not to be touched).
    void giveUpStalled(int id, int index)
    {
        Transfer &st = transfers[size_t(id)];
        const int phone = st.phone;
        if (state[size_t(phone)].incoming[st.file] != id)
            return;
        st.active = false;
        sink->transferAbandoned(now, st.id);
        state[size_t(phone)].incoming[st.file] = -1;
        const Hierarchy &h = hierarchies[size_t(index)];
        const QString &file = loads[phone]->components[st.file].file;
        emitRecord(phone, "ERR",
                   modelled::transferFailed(h.xid, pathOf(file), reportedBytes(phone, st.file), "stalled",
                                            phones[phone].address));
        fallBackToTftp(index, phone, "stalled");
    }

    void fallBackToTftp(int index, int phone, QByteArrayView reason)
    {
        const Hierarchy &h = hierarchies[size_t(index)];
        const QString &file = loads[phone]->components[h.file].file;
        emitRecord(phone, "WRN", modelled::tftpFallback(h.xid, pathOf(file), reason, phones[phone].address));
        at(now + cfg.wanLatencyUs, [this, index, phone, f = h.file] { startTransfer(phone, f, index, kServerSource); });
    }
};

// ---- Simulator ----------------------------------------------------------------

Simulator::Simulator(Config config, FirmwareCatalogue catalogue)
    : d(std::make_unique<Impl>(std::move(config), std::move(catalogue)))
{
    const QString problem = validate(d->cfg, d->catalogue);
    if (!problem.isEmpty())
        qFatal("pfs::sim::Simulator: %s", qPrintable(problem));
    d->createPhones();
    d->formGroups();
    d->assignFaults();
    d->setUpLinks();
    d->scheduleStart();
    for (const SimPhone &p : std::as_const(d->phones)) {
        if (p.fault == SimPhone::Fault::KeepTftp)
            ++d->truth.keptTftp;
    }
}

Simulator::~Simulator() = default;

void Simulator::advanceTo(qint64 untilUs, Sink &sink)
{
    runUntil(untilUs, sink);
    d->now = qMax(d->now, untilUs);
    d->reportFlowing(untilUs, sink);
    sink.timeReached(untilUs);
}

void Simulator::runToEnd(Sink &sink)
{
    runUntil(std::numeric_limits<qint64>::max(), sink);
}

void Simulator::runUntil(qint64 untilUs, Sink &sink)
{
    d->sink = &sink;
    d->runQueue(untilUs);
}

bool Simulator::finished() const
{
    return d->queue.empty() && d->now >= d->horizon;
}

qint64 Simulator::now() const
{
    return d->now;
}

qint64 Simulator::nextEventTime() const
{
    if (!d->queue.empty())
        return d->queue.front().time;
    return d->now < d->horizon ? d->horizon : -1;
}

const QList<SimPhone> &Simulator::phones() const
{
    return d->phones;
}

const GroundTruth &Simulator::truth() const
{
    d->syncTruthBytes();
    return d->truth;
}

Faults Simulator::faultsMet() const
{
    const GroundTruth &t = d->truth;
    return Faults{t.vanished, t.stalled, t.keptTftp, t.neverBack};
}

const Config &Simulator::config() const
{
    return d->cfg;
}

QString Simulator::validate(const Config &c, const FirmwareCatalogue &catalogue)
{
    if (c.phones < 1 || c.phones > 100000)
        return tr("the number of phones must be from 1 to 100000");
    if (c.phonesPerSubnet < 1 || c.phonesPerSubnet > 240)
        return tr("phones per subnet must be from 1 to 240");
    if (c.wanBitsPerSecond <= 0 || c.lanBitsPerSecond <= 0)
        return tr("link rates must be positive");
    if (c.progressSteps < 2 || c.progressSteps > 1000)
        return tr("progress steps must be from 2 to 1000");
    if (c.faults.vanish < 0 || c.faults.stall < 0 || c.faults.keepTftp < 0 || c.faults.neverBack < 0)
        return tr("fault counts cannot be negative");
    double weights = 0;
    for (const ModelShare &share : c.mix) {
        const PhoneModelInfo *info = catalogue.model(share.model);
        if (!info || info->loads.isEmpty() || !catalogue.load(info->loads.constFirst()))
            return tr("model %1 has no load in the firmware catalogue").arg(share.model);
        if (share.weight < 0)
            return tr("model shares cannot be negative");
        weights += share.weight;
    }
    if (weights <= 0)
        return tr("the model mix is empty");
    return {};
}

// ---- syslog wrapping ------------------------------------------------------------

static int syslogSeverity(const QByteArray &record)
{
    static const std::pair<const char *, int> codes[]
        = {{"DBG", 7}, {"INF", 6}, {"NOT", 5}, {"WRN", 4}, {"ERR", 3}, {"CRT", 2}};
    for (const auto &[code, value] : codes) {
        if (record.startsWith(code))
            return value;
    }
    return 6;
}

QByteArray wrapSyslog(SyslogFormat format, const QByteArray &host, qint64 utcMs, const QByteArray &record)
{
    constexpr int kLocal7 = 23;
    const int pri = kLocal7 * 8 + syslogSeverity(record);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    QByteArray out = '<' + QByteArray::number(pri) + '>';
    if (format == SyslogFormat::Rfc5424) {
        out.append("1 ").append(time.toString(Qt::ISODateWithMs).toLatin1()).append(' ').append(host);
        out.append(" DLoad - - - ").append(record);
        return out;
    }
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = time.date();
    out.append(months[date.month() - 1]).append(' ');
    out.append(QByteArray::number(date.day()).rightJustified(2, ' ')).append(' ');
    out.append(time.time().toString(QStringLiteral("HH:mm:ss")).toLatin1()).append(' ');
    out.append(host).append(' ').append(record);
    return out;
}

} // namespace pfs::sim
