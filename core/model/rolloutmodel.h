// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/firmwarecatalogue.h"
#include "model/hostindex.h"
#include "model/provenance.h"
#include "protocol/dloadevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <atomic>
#include <iterator>
#include <memory>
#include <vector>

// The rollout as rebuilt from DLoad events: phones, their per-component
// progress, and one hierarchy (binary distribution tree) per distributed file.
// Driven only by events and the time passed with them, so the same stream
// always gives the same state: live, replay and tests alike.
namespace pfs {

class ModelJournal;

using PhoneId = int;
constexpr PhoneId kNoPhone = -1;

// A hierarchy's identity in the model: 1, 2, … in the order they appeared.
// Not its XID: a hierarchy seen only on the wire has none (its key is its
// subnet, model and file), and an XID is the phones' own number, shown as such.
using HierarchyId = int;
constexpr HierarchyId kNoHierarchy = 0; // also "every hierarchy" where one is chosen

enum class ComponentState : quint8 { Waiting, FromTftp, FromPeer, Complete, Failed };

// Who a record came from, as far as its transport tells.
struct RecordOrigin {
    enum class Transport : quint8 { None, Udp, Tcp };
    QByteArrayView host; // syslog HOSTNAME (SEP001122334455, or an address); shown.
                         // A view into the record's text: the model copies what it keeps
    QByteArray stream;   // identity of the sender when there is no host, e.g.
                         // "console:FILE" for a console log; never shown
    quint32 source = 0;  // the datagram's (or connection's) source address: the
                         // phone's own, or a relay's; 0 when none (files, demo)
    Transport transport = Transport::None;

    QByteArrayView key() const { return host.isEmpty() ? QByteArrayView(stream) : host; }
};

// An address syslog records arrived from. It is a relay (rsyslog, syslog-ng,
// a collector, the simulator) once it speaks for a phone other than itself;
// a relay is never a phone. Until then a UDP sender may be a phone sending
// directly, and lends its address to the one phone it carries.
struct SyslogSender {
    enum class RelayReason : quint8 {
        None,          // not (yet) known as a relay
        RecordAddress, // a record (self=, ROOT=) names another address
        HostAddress,   // the syslog HOSTNAME is another address
        SeveralPhones, // records of two or more phones came through it
    };
    quint32 address = 0;
    RelayReason relayReason = RelayReason::None;
    bool overUdp = false;
    bool overTcp = false;
    qint64 records = 0; // DLoad records that came through it
    qint64 firstHeardMs = -1;
    qint64 lastHeardMs = -1;
    QSet<PhoneId> phones;         // heard through it
    PhoneId lastPhone = kNoPhone; // the last of them: most records follow one of the same phone
    PhoneId lentTo = kNoPhone;    // the phone holding this address only because it sent from it

    bool isRelay() const { return relayReason != RelayReason::None; }
};

// How far some transfers got, in bytes of known size: the one definition of
// progress, for a component, a phone, a hierarchy and the rollout. A
// component counts what it received, capped at its size; a complete one counts
// its whole size, however few bytes were seen; one of unknown size counts in
// neither sum (it shows 0 until it completes, when its size is what arrived).
struct Progress {
    qint64 doneBytes = 0;
    qint64 totalBytes = 0;
    int components = 0;
    int completeComponents = 0;

    // 0..1: done over total; 1 when every component counted is complete.
    double fraction() const;
    Progress &operator+=(const Progress &other);
};

struct ComponentProgress {
    // The members are ordered by size, so that a phone's few components
    // hold no padding (issue #17: 100,000 phones × 8 components).
    QString file;            // bare file name
    qint64 bytes = 0;        // received so far (current attempt)
    qint64 total = -1;       // size: observed (size=) or catalogue estimate; -1 unknown
    qint64 wanBytes = 0;     // every byte received from TFTP, retries included
    qint64 lanBytes = 0;     // every byte received from peers
    qint64 completedMs = -1; // when it completed (model time), -1 not yet
    // The current attempt's pace, for the health checks (core/health): when
    // it began, when its bytes last grew, and how many times they did.
    qint64 startedMs = -1;
    qint64 grewMs = -1;
    // What a source of lower rank than progressFrom last said of it (a
    // modelled record beside the wire's count): kept, never shown as the
    // progress; compared once both are complete (Anomaly::SourcesDisagree).
    qint64 claimedBytes = -1;
    HierarchyId hierarchy = kNoHierarchy; // the hierarchy it came through; none: traditional
    quint32 xid = 0;                      // that hierarchy's XID as traced; 0 when none is known
    quint32 peer = 0;                     // current (or last) source peer when not TFTP
    int growths = 0;
    bool totalEstimated = true; // total comes from the catalogue, not from the phone
    ComponentState state = ComponentState::Waiting;
    bool fromTftp = false;                      // current (or last) source is the TFTP server
    Provenance progressFrom = Provenance::None; // where its bytes, source and state come from
    ComponentState claimedState = ComponentState::Waiting;
    Provenance claimedFrom = Provenance::None;

    Progress progress() const;
};

struct Phone {
    PhoneId id = kNoPhone;
    // Two records may name one phone before anything links them (a host name,
    // then an address): they are merged; the emptied entry stays, flagged.
    bool merged = false;
    quint32 address = 0;
    QByteArray host;
    QString mac;
    QString model;
    QString load;           // .loads file name
    bool pfsEnabled = true; // from "UPG start pfs="
    bool upgradeStarted = false;
    bool upgradeDone = false;
    qint64 lastHeardMs = -1;
    quint32 electionXid = 0; // last XID it claimed root for: "UT:Confirmed…" has none
    int fallbacks = 0;
    qint64 records = 0;
    qint64 unknownRecords = 0;
    QList<ComponentProgress> components;
    QList<HierarchyId> hierarchies; // the ones it takes part in
    quint8 heardFrom = 0;           // bit 1 << Provenance for each kind of source that told of it
    Provenance modelFrom = Provenance::None;
    // It came back on its new load: it asked for its configuration after
    // its upgrade (the wire), or said its upgrade was done (a record).
    qint64 cameBackMs = -1;
    Provenance cameBackFrom = Provenance::None;
    // The site's inventory lists it (expectPhones): what CUCM says it is.
    bool expected = false;
    QString listedModel;
    QString listedLoad; // a .loads name when the catalogue knows it, else as listed
    quint32 listedAddress = 0;
    QString description;
    // The XID its broadcasts carry at the place found in them (XidLocator):
    // its hierarchy, inferred; 0 when none is known.
    quint32 broadcastXid = 0;
    // When a child last said it lost this phone while receiving from it; -1 never.
    qint64 lostByChildMs = -1;

    bool heardThrough(Provenance source) const { return heardFrom & (1u << unsigned(source)); }

    QString displayName() const; // host name (shown: visibletext.h), else address
    const ComponentProgress *component(QStringView file) const;
    qint64 bytesReceived() const;
    qint64 bytesTotal() const; // -1 when any size is unknown
    Progress progress() const; // over its whole load
};

// The model's phones and hierarchies, each held as a shared value. A copy of
// the model (the engine's snapshot, every tick) shares every one instead of
// copying it; the model copies one only when it changes one that a copy still
// holds (copy on write), so a tick costs a copy of what changed in it, plus a
// reference count for each. Read-only to all but the model: a value it hands
// out stays as it was for as long as the copy that handed it out lives.
template<class T> class SharedValues {
    using Items = std::vector<std::shared_ptr<T>>;

public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        explicit const_iterator(typename Items::const_iterator item)
            : m_item(item)
        {
        }
        reference operator*() const { return **m_item; }
        pointer operator->() const { return m_item->get(); }
        const_iterator &operator++()
        {
            ++m_item;
            return *this;
        }
        const_iterator operator++(int)
        {
            const const_iterator before = *this;
            ++m_item;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_item == b.m_item; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_item != b.m_item; }

    private:
        typename Items::const_iterator m_item;
    };

    size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    const T &operator[](size_t index) const { return *m_items[index]; }
    const_iterator begin() const { return const_iterator(m_items.cbegin()); }
    const_iterator end() const { return const_iterator(m_items.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    friend class RolloutModel;
    // The value to change: its own copy first when another list still shares
    // it. Only a list gives a value a new owner, and only the model's thread
    // copies the model: a value this list alone holds stays its alone, and is
    // changed in place. Another owner may let go at any time on another
    // thread; the fence orders its last reads before the changes made here.
    T &edit(size_t index)
    {
        std::shared_ptr<T> &item = m_items[index];
        if (item.use_count() == 1)
            std::atomic_thread_fence(std::memory_order_acquire);
        else
            item = std::make_shared<T>(std::as_const(*item));
        return *item;
    }
    void append(T value) { m_items.push_back(std::make_shared<T>(std::move(value))); }

    Items m_items;
};

using PhoneList = SharedValues<Phone>;

struct Hierarchy;
using HierarchyList = SharedValues<Hierarchy>;

struct Hierarchy {
    HierarchyId id = kNoHierarchy;
    quint32 xid = 0; // as the traces name it; 0 for one known only from the wire
    QString model;
    quint32 subnet = 0; // network address; valid when hasSubnet
    bool hasSubnet = false;
    QString file;                // distributed file (bare name), from @@@HROOT or transfers
    QString load;                // the .loads this file belongs to, when known
    PhoneId root = kNoPhone;     // confirmed by @@@HROOT
    PhoneId claimant = kNoPhone; // last phone to ClaimRoot(tent)
    bool rootConfirmed = false;
    Provenance rootFrom = Provenance::None; // trace (@@@HROOT), modelled, or inferred from the wire
    bool rootSentTftp = false;
    quint32 map = 0;
    quint32 strength = 0;
    int advertisements = 0;
    int timeouts = 0;
    QList<PhoneId> members;                // join order
    QHash<PhoneId, PhoneId> parentOf;      // child -> parent
    QHash<PhoneId, Provenance> parentFrom; // child -> where that edge comes from
    // Another parent a lower-ranked source names for a child than the edge's
    // (a modelled record beside the wire's connection): kept, not drawn;
    // compared once the child has its file (Anomaly::ParentsDisagree).
    struct ParentClaim {
        PhoneId parent = kNoPhone;
        Provenance from = Provenance::None;
    };
    QHash<PhoneId, ParentClaim> otherParent;
    // Children whose connection the capture joined after its start: their
    // edge is observed, their byte counts are lower bounds.
    QSet<PhoneId> joinedLate;
    QHash<PhoneId, QList<PhoneId>> childrenOf;

    PhoneId parent(PhoneId phone) const { return parentOf.value(phone, kNoPhone); }
    Provenance edgeProvenance(PhoneId child) const { return parentFrom.value(child, Provenance::None); }
    QList<PhoneId> children(PhoneId phone) const { return childrenOf.value(phone); }
    bool contains(PhoneId phone) const { return members.contains(phone); }
};

struct Anomaly {
    enum class Kind : quint8 {
        ThirdChild,     // a parent given more than two children
        Cycle,          // a join that would make a loop: rejected
        SelfParent,     // a phone naming itself as parent: rejected
        ModelMismatch,  // a hierarchy member of another model
        SubnetMismatch, // a hierarchy member on another subnet
        RootChanged,    // @@@HROOT names a different root than before
        // The wire and a trace (or a modelled record) say different things
        // of one component: both kept (ComponentProgress::claimedBytes).
        SourcesDisagree,
        // The wire and a trace (or a modelled record) name other parents for
        // one child: the better source's edge is drawn, the other kept
        // (Hierarchy::otherParent); `other` is the parent the lesser one names.
        ParentsDisagree,
    };
    Kind kind;
    qint64 timeMs;
    HierarchyId hierarchy;
    PhoneId phone;
    PhoneId other; // the parent, the previous root…
};

// A phone of the site's inventory (CUCM's export, core/inventory): known
// before anything is heard of it.
struct ExpectedPhone {
    QByteArray name; // SEP + 12 hex digits
    quint64 mac = 0;
    QString model; // CP-7961G, or as listed
    QString load;  // as listed, with or without ".loads"; empty: the device default
    quint32 address = 0;
    QString description;
};

// A transfer as the wire shows it (core/capture's WireIngest): a download
// from the TFTP server over TFTP or HTTP (the WAN), or from a parent over
// TCP 4051. Its bytes are observed; which file a TCP 4051 transfer carries
// is not visible, so there the file is inferred (`from`).
struct WireTransfer {
    enum class Stage : quint8 { Started, Progress, Complete, Failed };
    PhoneId phone = kNoPhone;
    QString file;     // bare name
    quint32 peer = 0; // the parent's address; 0 for the TFTP server
    qint64 bytes = 0; // of this attempt
    qint64 size = -1; // as the wire states it (tsize, Content-Length); -1 unknown
    Stage stage = Stage::Progress;
    Provenance from = Provenance::Wire;
};

struct RecordCounts {
    qint64 total = 0;
    std::array<qint64, 3> byGrammar{}; // indexed by Grammar
    std::array<qint64, kEventKindCount> byKind{};
};

class RolloutModel {
    Q_DECLARE_TR_FUNCTIONS(RolloutModel)
public:
    static constexpr int kMaxSenders = 4096;

    explicit RolloutModel(FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn(), int subnetPrefix = 24);

    // Every mutator call is handed to `journal` first (modelcall.h), until
    // set to null. A copy of the model has none: it replays, never records.
    void setJournal(ModelJournal *journal) { m_journal.to = journal; }

    // Applies one event at time `nowMs` (the record's time, or the receive
    // time): the only way state changes.
    void apply(const DLoadEvent &event, const RecordOrigin &origin, qint64 nowMs);

    const PhoneList &phones() const { return m_phones; }
    const Phone *phone(PhoneId id) const;
    PhoneId lastPhone() const { return m_lastPhone; } // the one the last record was taken for
    PhoneId phoneByAddress(quint32 address) const { return m_byAddress.value(address, kNoPhone); }
    // Every hierarchy: those with an XID by XID, then the wire's own in the order they appeared.
    QList<HierarchyId> hierarchyIds() const;
    const HierarchyList &hierarchies() const { return m_hierarchies; } // in the order they appeared
    const Hierarchy *hierarchy(HierarchyId id) const;                  // null for none
    const Hierarchy *hierarchyByXid(quint32 xid) const;
    // "XID080027F8", or for one known only from the wire "CP-7961G 10.20.0.0/24 file".
    QString hierarchyName(const Hierarchy &hierarchy) const;
    // Its XID as the traces write it, or "no XID" for one known only from the wire.
    static QString xidName(const Hierarchy &hierarchy);
    const QList<Anomaly> &anomalies() const { return m_anomalies; }
    // Every address syslog records came from, and the relays among them (sorted by address).
    const QHash<quint32, SyslogSender> &senders() const { return m_senders; }

    // ---- The wire's facts (issue #13), as core/capture's WireIngest reads them.
    // The phone whose own frames come from `address` (with `mac`, 0 when the
    // capture has none): found by address, SEP<MAC> name or MAC, else created.
    PhoneId phoneOnWire(quint32 address, quint64 mac, qint64 nowMs);
    void applyWireTransfer(const WireTransfer &transfer, qint64 nowMs);
    // A TCP 4051 connection from `child` to `parent` carrying `file`
    // (inferred): an observed edge of the hierarchy that distributes that
    // file on the parent's subnet to its model; found, or made without an XID.
    HierarchyId applyWireEdge(PhoneId child, PhoneId parent, const QString &file, qint64 nowMs,
                              bool joinedLate = false);
    // The broadcasts from `address` carry `xid` (a traced hierarchy's) where
    // the phones put it: the sender is a member of that hierarchy, inferred.
    void applyBroadcastXid(quint32 address, quint32 xid, qint64 nowMs);
    // The phones the site's inventory lists: each has its row from the start,
    // "not heard yet", with its model and load (listed) and their sizes.
    void expectPhones(const QList<ExpectedPhone> &phones);
    // The phone asked for its configuration file: after its upgrade, it came back.
    void applyConfigRequest(PhoneId phone, qint64 nowMs);
    // Which file `parent` is sending `child` on a connection that carried
    // `bytes` so far (all it carried, once `ended`): the one it completed
    // last that the child lacks, else the one it is receiving that those
    // bytes fit, else (once ended) the one of that size; empty when nothing
    // tells, or when several fit and nothing tells them apart (never a
    // guess). An inference, labelled so wherever used.
    QString inferServedFile(PhoneId parent, PhoneId child, qint64 bytes = 0, bool ended = false) const;
    QString fileOfSize(PhoneId parent, PhoneId child, qint64 bytes) const;
    // The child lost the parent sending it `file` mid-transfer (its record
    // says so, or it reset the connection short of the file): the parent may be gone.
    void noteLostParent(PhoneId child, const QString &file, qint64 nowMs);
    // An inferred transfer found wrong (its byte count is another file's size): undone.
    void retractWireTransfer(PhoneId child, const QString &file, qint64 nowMs);
    QList<SyslogSender> relays() const;
    qint64 untrackedSenderRecords() const { return m_untrackedSenderRecords; }
    // True when two entries are one phone: the same id, MAC or SEP<MAC> name.
    bool samePhone(PhoneId a, PhoneId b) const;
    const RecordCounts &counts() const { return m_counts; }
    const FirmwareCatalogue &catalogue() const { return m_catalogue; }
    int subnetPrefix() const { return m_subnetPrefix; }
    qint64 lastEventMs() const { return m_lastEventMs; }
    // Bumped by every change: views compare it to skip idle ticks.
    quint64 revision() const { return m_revision; }

    // Observed so far: every byte received, and the part that crossed the WAN.
    qint64 observedTraditionalBytes() const { return m_observedAllBytes; }
    qint64 observedWanBytes() const { return m_observedWanBytes; }

    // True when the phone takes part in PFS (enabled, model able).
    bool usesPfs(const Phone &phone) const;
    // Which phone of the hierarchy is the root: confirmed, else the claimant.
    PhoneId effectiveRoot(const Hierarchy &hierarchy) const;
    // The root said "Root sending TFTP XfrCmd" (a verified trace) and its
    // hierarchy's file has not come in yet: it is fetching from the server,
    // though no byte of it was seen. One rule for the tree, the tables and
    // the counts.
    bool askedTheServer(const Hierarchy &hierarchy, PhoneId phone) const;
    bool askedTheServer(const Phone &phone) const; // for any of its hierarchies
    // The phones a hierarchy's tree grows from: its effective root, then every
    // other member whose parent is not known (yet), in join order.
    QList<PhoneId> treeRoots(const Hierarchy &hierarchy) const;
    // The hierarchy's file on its members, and every component of every phone.
    Progress progress(const Hierarchy &hierarchy) const;
    Progress overallProgress() const;

    static QString anomalyText(const Anomaly &anomaly, const RolloutModel &model); // display text
    static QString relayReasonText(SyslogSender::RelayReason reason);
    static QByteArrayView relayReasonKey(SyslogSender::RelayReason reason); // stable, for exports
    static QString stateName(ComponentState state);
    static QByteArrayView stateKey(ComponentState state); // stable, for exports

private:
    static const ComponentProgress *oneThatFits(const QList<const ComponentProgress *> &files, qint64 bytes,
                                                bool ended);
    static quint32 statedAddress(const DLoadEvent &event);
    static quint32 namedAddress(const DLoadEvent &event, const RecordOrigin &origin);
    SyslogSender *noteSender(const DLoadEvent &event, const RecordOrigin &origin, quint32 named, qint64 nowMs);
    void noteSenderPhone(SyslogSender &sender, PhoneId id);
    void makeRelay(SyslogSender &sender, SyslogSender::RelayReason reason);
    void lendAddress(SyslogSender &sender, PhoneId id);
    void retractLentAddress(SyslogSender &sender);
    void confirmOwnAddress(quint32 address, PhoneId id);
    PhoneId resolvePhone(const RecordOrigin &origin, quint32 named, SyslogSender *sender);
    PhoneId resolveNamed(quint32 named, const RecordOrigin &origin);
    PhoneId createPhone(quint32 address, QByteArrayView host);
    PhoneId phoneByKey(QByteArrayView key) const;
    Phone &editPhone(PhoneId id) { return m_phones.edit(size_t(id)); }
    Hierarchy &editHierarchy(HierarchyId id) // one that exists
    {
        Q_ASSERT(id > 0 && size_t(id) <= m_hierarchies.size());
        return m_hierarchies.edit(size_t(id - 1));
    }
    Hierarchy &createHierarchy(quint32 xid);
    void bindAddress(PhoneId id, quint32 address);
    void mergePhone(PhoneId from, PhoneId into);
    Hierarchy &hierarchyFor(quint32 xid, PhoneId member);
    void addMember(Hierarchy &h, PhoneId member);
    void setModel(Phone &phone, QByteArrayView model);
    void setLoad(Phone &phone, const QString &load);
    void checkMemberFits(Hierarchy &h, PhoneId member);
    void checkSubnetFits(Hierarchy &h, PhoneId member);
    void refreshSubnet(Hierarchy &h);
    void applyHierarchyRoot(const DLoadEvent &e, PhoneId id, HierarchyId hid);
    void applyJoin(const DLoadEvent &e, PhoneId child, HierarchyId hid);
    void applyUpgradeStart(const DLoadEvent &e, Phone &phone);
    void applyTransfer(const DLoadEvent &e, Phone &phone, Hierarchy *hierarchy);
    ComponentProgress &componentFor(Phone &phone, const QString &file);
    QString fileNameOf(QByteArrayView path);
    void account(ComponentProgress &component, qint64 newBytes);
    bool isDescendant(const Hierarchy &h, PhoneId node, PhoneId ancestor) const;
    bool weighParent(Hierarchy &h, PhoneId child, PhoneId parent, Provenance from);
    void attachChild(Hierarchy &h, PhoneId child, PhoneId parent, Provenance from);
    void detachChild(Hierarchy &h, PhoneId child);
    void flag(Anomaly::Kind kind, HierarchyId hierarchy, PhoneId phone, PhoneId other = kNoPhone);
    void flagOnce(Anomaly::Kind kind, HierarchyId hierarchy, PhoneId phone, PhoneId other = kNoPhone);
    void complete(ComponentProgress &c);
    void startAttempt(ComponentProgress &c);
    void touch(qint64 nowMs);
    void noteFallback(Phone &phone, const ComponentProgress &c, quint32 peer);
    void learnLoadFrom(Phone &phone, const QString &file);
    bool acceptsProgress(ComponentProgress &c, Provenance from, bool starts, qint64 bytes, ComponentState state);
    void compareClaims(const Phone &phone, const ComponentProgress &c);
    void compareParents(const Hierarchy &h, PhoneId child);
    void heardThrough(Phone &phone, Provenance source) { phone.heardFrom |= quint8(1u << unsigned(source)); }
    void inferModel(Phone &phone, const QString &model, const QString &load);
    const Hierarchy *findWireHierarchy(const Phone &parent, const QString &file) const;
    Hierarchy &wireHierarchy(const Phone &parent, const QString &file);
    void uncount(ComponentProgress &c);
    void expectPhone(const ExpectedPhone &listed);
    QString catalogueLoad(const QString &listed) const;
    void noteWireRoot(Hierarchy &h, PhoneId parent);
    QHash<quint64, PhoneId> m_byMac; // phones named by their MAC on the wire
    struct JournalLink {
        ModelJournal *to = nullptr;
        JournalLink() = default;
        JournalLink(const JournalLink &) { }
        JournalLink &operator=(const JournalLink &) { return *this; } // a model keeps its own journal
    };
    JournalLink m_journal;

    FirmwareCatalogue m_catalogue;
    int m_subnetPrefix;
    PhoneList m_phones;
    QHash<quint32, PhoneId> m_byAddress;
    HostIndex m_byHost;
    HierarchyList m_hierarchies;
    QHash<quint32, HierarchyId> m_byXid;
    QList<Anomaly> m_anomalies;
    QHash<quint32, SyslogSender> m_senders;
    qint64 m_untrackedSenderRecords = 0; // from senders over the bound
    RecordCounts m_counts;
    qint64 m_lastEventMs = -1;
    PhoneId m_lastPhone = kNoPhone;
    qint64 m_now = 0;
    quint64 m_revision = 0;
    qint64 m_observedAllBytes = 0;
    qint64 m_observedWanBytes = 0;
    struct KnownPath {
        QByteArray path;
        QString file;
    };
    std::array<KnownPath, 8> m_knownPaths; // the paths records named last, with their file names
    size_t m_nextKnownPath = 0;
};

} // namespace pfs
