// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/rolloutmodel.h"

#include "model/modelcall.h"

#include "model/saturating.h"
#include "protocol/dloadparser.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <cctype>
#include <utility>

namespace pfs {

static int rankOf(Provenance p);

static_assert(HostIndex::kNone == kNoPhone, "an unknown host is no phone");

// ---- Progress ------------------------------------------------------------

double Progress::fraction() const
{
    if (components > 0 && completeComponents == components)
        return 1.0;
    return totalBytes > 0 ? double(doneBytes) / double(totalBytes) : 0.0;
}

Progress &Progress::operator+=(const Progress &other)
{
    doneBytes = saturatingAdd(doneBytes, other.doneBytes);
    totalBytes = saturatingAdd(totalBytes, other.totalBytes);
    components += other.components;
    completeComponents += other.completeComponents;
    return *this;
}

Progress ComponentProgress::progress() const
{
    const qint64 size = qMax<qint64>(total, 0);
    const bool complete = state == ComponentState::Complete;
    return Progress{complete ? size : qBound<qint64>(0, bytes, size), size, 1, complete ? 1 : 0};
}

// ---- Phone ---------------------------------------------------------------

QString Phone::displayName() const
{
    if (!host.isEmpty())
        return visibleText(host);
    return address ? formatIpv4(address) : QString();
}

const ComponentProgress *Phone::component(QStringView file) const
{
    for (const ComponentProgress &c : components) {
        if (c.file == file)
            return &c;
    }
    return nullptr;
}

qint64 Phone::bytesReceived() const
{
    qint64 sum = 0;
    for (const ComponentProgress &c : components)
        sum = saturatingAdd(sum, c.state == ComponentState::Complete ? qMax(c.bytes, c.total) : c.bytes);
    return sum;
}

qint64 Phone::bytesTotal() const
{
    qint64 sum = 0;
    for (const ComponentProgress &c : components) {
        if (c.total < 0)
            return -1;
        sum = saturatingAdd(sum, c.total);
    }
    return sum;
}

Progress Phone::progress() const
{
    Progress sum;
    for (const ComponentProgress &c : components)
        sum += c.progress();
    return sum;
}

// ---- RolloutModel --------------------------------------------------------

RolloutModel::RolloutModel(FirmwareCatalogue catalogue, int subnetPrefix)
    : m_catalogue(std::move(catalogue))
    , m_subnetPrefix(qBound(0, subnetPrefix, 32))
{
}

const Phone *RolloutModel::phone(PhoneId id) const
{
    return id >= 0 && size_t(id) < m_phones.size() ? &m_phones[size_t(id)] : nullptr;
}

QList<HierarchyId> RolloutModel::hierarchyIds() const
{
    QList<HierarchyId> ids;
    ids.reserve(qsizetype(m_hierarchies.size()));
    for (const Hierarchy &h : m_hierarchies)
        ids.append(h.id);
    // Stable: the wire's own (XID 0) keep their order of appearance.
    std::stable_sort(ids.begin(), ids.end(), [this](HierarchyId a, HierarchyId b) {
        const quint32 xa = hierarchy(a)->xid, xb = hierarchy(b)->xid;
        return (xa == 0) != (xb == 0) ? xa != 0 : xa < xb;
    });
    return ids;
}

const Hierarchy *RolloutModel::hierarchy(HierarchyId id) const
{
    return id > 0 && size_t(id) <= m_hierarchies.size() ? &m_hierarchies[size_t(id - 1)] : nullptr;
}

const Hierarchy *RolloutModel::hierarchyByXid(quint32 xid) const
{
    return hierarchy(m_byXid.value(xid, kNoHierarchy));
}

QString RolloutModel::xidName(const Hierarchy &h)
{
    return h.xid ? xidText(h.xid) : tr("no XID");
}

QString RolloutModel::hierarchyName(const Hierarchy &h) const
{
    if (h.xid)
        return xidText(h.xid);
    const QString model = h.model.isEmpty() ? tr("unknown model") : visibleText(h.model);
    const QString subnet = h.hasSubnet ? formatSubnet(h.subnet, m_subnetPrefix) : tr("unknown subnet");
    const QString file = h.file.isEmpty() ? tr("unknown file") : visibleText(h.file);
    return tr("%1 %2 %3", "hierarchy known from the wire: model, subnet, file").arg(model, subnet, file);
}

bool RolloutModel::usesPfs(const Phone &phone) const
{
    return phone.pfsEnabled && !m_catalogue.modelLacksPfs(phone.model);
}

bool RolloutModel::askedTheServer(const Hierarchy &hierarchy, PhoneId id) const
{
    if (!hierarchy.rootSentTftp || effectiveRoot(hierarchy) != id)
        return false;
    const Phone *root = phone(id);
    const ComponentProgress *file = root ? root->component(hierarchy.file) : nullptr;
    return !file || file->state == ComponentState::Waiting;
}

bool RolloutModel::askedTheServer(const Phone &p) const
{
    return std::any_of(p.hierarchies.cbegin(), p.hierarchies.cend(), [&](HierarchyId id) {
        const Hierarchy *h = hierarchy(id);
        return h && askedTheServer(*h, p.id);
    });
}

PhoneId RolloutModel::effectiveRoot(const Hierarchy &hierarchy) const
{
    return hierarchy.root != kNoPhone ? hierarchy.root : hierarchy.claimant;
}

QList<PhoneId> RolloutModel::treeRoots(const Hierarchy &hierarchy) const
{
    QList<PhoneId> roots;
    const PhoneId root = effectiveRoot(hierarchy);
    if (root != kNoPhone)
        roots.append(root);
    for (const PhoneId id : hierarchy.members) {
        if (id != root && hierarchy.parent(id) == kNoPhone)
            roots.append(id);
    }
    return roots;
}

Progress RolloutModel::progress(const Hierarchy &hierarchy) const
{
    Progress sum;
    for (const PhoneId id : hierarchy.members) {
        const Phone *member = phone(id);
        if (const ComponentProgress *c = member ? member->component(hierarchy.file) : nullptr)
            sum += c->progress();
    }
    return sum;
}

Progress RolloutModel::overallProgress() const
{
    Progress sum;
    for (const Phone &p : m_phones)
        sum += p.progress();
    return sum;
}

void RolloutModel::apply(const DLoadEvent &e, const RecordOrigin &origin, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::record(e, origin, nowMs));
    m_now = nowMs;
    m_lastEventMs = qMax(m_lastEventMs, nowMs);
    ++m_revision;
    ++m_counts.total;
    ++m_counts.byGrammar[size_t(e.grammar)];
    ++m_counts.byKind[size_t(e.kind)];

    const quint32 named = namedAddress(e, origin);
    SyslogSender *sender = noteSender(e, origin, named, nowMs);
    const PhoneId id = resolvePhone(origin, named, sender);
    if (sender)
        noteSenderPhone(*sender, id);
    m_lastPhone = id;
    Phone &phone = editPhone(id); // every record changes its phone
    phone.lastHeardMs = qMax(phone.lastHeardMs, nowMs);
    ++phone.records;
    heardThrough(phone, provenanceOf(e.grammar));
    // XID 0 means "no hierarchy" (modelledgrammar.h): it never forms one.
    const bool inHierarchy = e.hasXid && e.xid != 0;
    Hierarchy *hierarchy = inHierarchy ? &hierarchyFor(e.xid, id) : nullptr;
    const HierarchyId hid = hierarchy ? hierarchy->id : kNoHierarchy;

    switch (e.kind) {
    case EventKind::ClaimRoot: {
        phone.electionXid = inHierarchy ? e.xid : 0;
        if (!inHierarchy)
            break;
        Hierarchy &h = editHierarchy(hid);
        h.claimant = id;
        h.map = e.map;
        h.strength = e.strength;
        break;
    }
    case EventKind::Advertisement:
        if (inHierarchy)
            ++editHierarchy(hid).advertisements;
        break;
    case EventKind::Timeout:
        if (inHierarchy)
            ++editHierarchy(hid).timeouts;
        break;
    case EventKind::RootTftpCommand:
        if (inHierarchy)
            editHierarchy(hid).rootSentTftp = true;
        break;
    case EventKind::RootConfirmed:
        // It names no XID: it confirms the phone's own claim, if it made one.
        if (phone.electionXid != 0 && m_byXid.contains(phone.electionXid)) {
            Hierarchy &h = editHierarchy(m_byXid.value(phone.electionXid));
            h.rootConfirmed = true;
            if (h.root == kNoPhone) {
                h.root = id;
                h.rootFrom = provenanceOf(e.grammar);
                addMember(h, id); // a root is always a member
            }
        }
        break;
    case EventKind::HierarchyRoot:
        if (inHierarchy)
            applyHierarchyRoot(e, id, hid);
        else
            setModel(phone, e.model);
        break;
    case EventKind::UpgradeStart: applyUpgradeStart(e, phone); break;
    case EventKind::UpgradeDone:
        phone.upgradeDone = true;
        if (phone.cameBackMs < 0) {
            phone.cameBackMs = nowMs;
            phone.cameBackFrom = provenanceOf(e.grammar);
        }
        break;
    case EventKind::JoinedParent:
        if (inHierarchy)
            applyJoin(e, id, hid);
        break;
    case EventKind::TransferStart:
    case EventKind::TransferProgress:
    case EventKind::TransferDone:
    case EventKind::TransferFailed:
    case EventKind::TftpFallback: applyTransfer(e, phone, hierarchy); break;
    case EventKind::Unknown: ++phone.unknownRecords; break;
    default: break;
    }
    if (e.kind == EventKind::TransferFailed && e.reason == "peer-lost") {
        const QScopedValueRollback<ModelJournal *> partOfThisCall(m_journal.to, nullptr);
        noteLostParent(id, fileNameOf(e.path), nowMs);
    }
}

// A child says it lost the parent sending it a file: the parent may be gone (core/health).
void RolloutModel::noteLostParent(PhoneId child, const QString &file, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::lostParent(child, file, nowMs));
    const ComponentProgress *c = m_phones[size_t(child)].component(file);
    const PhoneId parent = c && !c->fromTftp ? phoneByAddress(c->peer) : kNoPhone;
    if (parent != kNoPhone && parent != child)
        editPhone(parent).lostByChildMs = nowMs;
}

// The phone's own address as its record states it (self=, ROOT=).
quint32 RolloutModel::statedAddress(const DLoadEvent &e)
{
    return e.kind == EventKind::HierarchyRoot || e.grammar == Grammar::Modelled ? e.address : 0;
}

// The address a record names as its phone's: stated in the record, else the
// syslog HOSTNAME when that is an address.
quint32 RolloutModel::namedAddress(const DLoadEvent &e, const RecordOrigin &origin)
{
    if (const quint32 stated = statedAddress(e))
        return stated;
    quint32 host = 0;
    return DLoadParser::parseIpv4(origin.host, &host) ? host : 0;
}

// Relays. A sender is a relay for good once a record or its HOSTNAME names
// another address, or once it carried two phones. Only a UDP sender that is
// not a relay may be the phone itself (a phone sending directly with its SEP
// name as HOSTNAME: its source address is its own); it lends its address to
// the one phone it carries, and takes it back the moment it proves a relay.
SyslogSender *RolloutModel::noteSender(const DLoadEvent &e, const RecordOrigin &origin, quint32 named, qint64 nowMs)
{
    if (!origin.source)
        return nullptr;
    auto it = m_senders.find(origin.source);
    if (it == m_senders.end()) {
        if (m_senders.size() >= kMaxSenders) {
            ++m_untrackedSenderRecords; // its address is never lent, so no phone goes wrong
            return nullptr;
        }
        it = m_senders.insert(origin.source, SyslogSender{});
        it->address = origin.source;
        it->firstHeardMs = nowMs;
    }
    SyslogSender &sender = *it;
    ++sender.records;
    sender.lastHeardMs = qMax(sender.lastHeardMs, nowMs);
    (origin.transport == RecordOrigin::Transport::Tcp ? sender.overTcp : sender.overUdp) = true;
    if (named && named != sender.address) {
        makeRelay(sender,
                  statedAddress(e) ? SyslogSender::RelayReason::RecordAddress : SyslogSender::RelayReason::HostAddress);
    }
    return &sender;
}

void RolloutModel::noteSenderPhone(SyslogSender &sender, PhoneId id)
{
    if (sender.lastPhone == id)
        return;
    sender.lastPhone = id;
    sender.phones.insert(id);
    if (sender.phones.size() >= 2)
        makeRelay(sender, SyslogSender::RelayReason::SeveralPhones);
}

void RolloutModel::makeRelay(SyslogSender &sender, SyslogSender::RelayReason reason)
{
    if (sender.isRelay())
        return;
    sender.relayReason = reason;
    retractLentAddress(sender);
}

void RolloutModel::lendAddress(SyslogSender &sender, PhoneId id)
{
    if (m_phones[size_t(id)].address || m_byAddress.contains(sender.address))
        return; // it has an address of its own, or another phone sent from there first
    sender.lentTo = id;
    bindAddress(id, sender.address);
}

// The hierarchies the phone joined on the strength of that address are
// recomputed, so none stays in the relay's subnet.
void RolloutModel::retractLentAddress(SyslogSender &sender)
{
    const PhoneId id = std::exchange(sender.lentTo, kNoPhone);
    if (id == kNoPhone || m_phones[size_t(id)].address != sender.address)
        return;
    Phone &phone = editPhone(id);
    phone.address = 0;
    m_byAddress.remove(sender.address);
    for (const HierarchyId hid : std::as_const(phone.hierarchies))
        refreshSubnet(editHierarchy(hid));
}

// A record naming the address a phone only borrowed makes it the phone's own.
void RolloutModel::confirmOwnAddress(quint32 address, PhoneId id)
{
    const auto known = m_senders.constFind(address);
    if (known != m_senders.cend() && known->lentTo == id)
        m_senders[address].lentTo = kNoPhone;
}

QList<SyslogSender> RolloutModel::relays() const
{
    QList<SyslogSender> list;
    for (const SyslogSender &sender : m_senders) {
        if (sender.isRelay())
            list.append(sender);
    }
    std::sort(list.begin(), list.end(),
              [](const SyslogSender &a, const SyslogSender &b) { return a.address < b.address; });
    return list;
}

bool RolloutModel::samePhone(PhoneId a, PhoneId b) const
{
    if (a == b)
        return true;
    const Phone *pa = phone(a), *pb = phone(b);
    if (!pa || !pb)
        return false;
    // Only names derived from the MAC identify a phone: a relay's host name may front many.
    const auto sepName = [](const QByteArray &host) {
        return host.size() == 15 && host.startsWith("SEP")
            && std::all_of(host.cbegin() + 3, host.cend(), [](char c) { return std::isxdigit(uchar(c)); });
    };
    return (!pa->mac.isEmpty() && pa->mac.compare(pb->mac, Qt::CaseInsensitive) == 0)
        || (sepName(pa->host) && pa->host.compare(pb->host, Qt::CaseInsensitive) == 0);
}

// Identity: the address the record names (self=, ROOT=, an address as
// HOSTNAME) wins; then the syslog host; then the datagram's source address,
// and that only from a UDP sender not known as a relay. Relays and the
// simulator send from one address for many phones.
PhoneId RolloutModel::resolvePhone(const RecordOrigin &origin, quint32 named, SyslogSender *sender)
{
    if (named)
        return resolveNamed(named, origin);
    const QByteArrayView key = origin.key();
    PhoneId id = phoneByKey(key);
    const bool mayBeOwn = sender && !sender->isRelay() && origin.transport == RecordOrigin::Transport::Udp;
    if (id == kNoPhone && key.isEmpty() && mayBeOwn)
        id = phoneByAddress(sender->address);
    if (id == kNoPhone) {
        id = createPhone(0, origin.host);
        if (!key.isEmpty())
            m_byHost.insert(key, id);
    }
    if (mayBeOwn)
        lendAddress(*sender, id);
    return id;
}

PhoneId RolloutModel::resolveNamed(quint32 named, const RecordOrigin &origin)
{
    const QByteArrayView key = origin.key();
    const PhoneId byHost = phoneByKey(key);
    const quint32 held = byHost != kNoPhone ? m_phones[size_t(byHost)].address : 0;
    if (held && held != named) {
        // The phone names another address than the one it borrowed: the lender relayed it.
        const auto lender = m_senders.find(held);
        if (lender != m_senders.end() && lender->lentTo == byHost)
            makeRelay(*lender, SyslogSender::RelayReason::RecordAddress);
    }
    PhoneId id = phoneByAddress(named);
    if (byHost != kNoPhone && byHost != id && m_phones[size_t(byHost)].address == 0) {
        if (id == kNoPhone)
            bindAddress(byHost, named);
        else
            mergePhone(byHost, id);
        id = phoneByAddress(named);
    }
    if (id == kNoPhone)
        id = createPhone(named, origin.host);
    confirmOwnAddress(named, id);
    if (!key.isEmpty() && byHost != id)
        m_byHost.insert(key, id);
    if (m_phones[size_t(id)].host.isEmpty())
        editPhone(id).host = origin.host.toByteArray();
    return id;
}

// A lookup with the record's own bytes: no copy of the host per record.
PhoneId RolloutModel::phoneByKey(QByteArrayView key) const
{
    return m_byHost.value(key);
}

PhoneId RolloutModel::createPhone(quint32 address, QByteArrayView host)
{
    Phone phone;
    phone.id = PhoneId(m_phones.size());
    phone.host = host.toByteArray();
    m_phones.append(phone);
    if (address && !m_byAddress.contains(address))
        bindAddress(phone.id, address);
    return phone.id;
}

// A phone that joined hierarchies before its address was known now tells their subnet.
void RolloutModel::bindAddress(PhoneId id, quint32 address)
{
    Phone &phone = editPhone(id);
    phone.address = address;
    m_byAddress.insert(address, id);
    for (const HierarchyId hid : std::as_const(phone.hierarchies))
        checkSubnetFits(editHierarchy(hid), id);
}

// `from` (known by host only) and `into` (known by address) are one phone.
void RolloutModel::mergePhone(PhoneId from, PhoneId into)
{
    Phone &source = editPhone(from);
    Phone &target = editPhone(into);
    for (const HierarchyId hid : std::as_const(source.hierarchies)) {
        Hierarchy &h = editHierarchy(hid);
        h.members.removeAll(from);
        if (h.root == from)
            h.root = into;
        if (h.claimant == from)
            h.claimant = into;
        addMember(h, into);
        if (!target.hierarchies.contains(hid))
            target.hierarchies.append(hid);
    }
    for (const ComponentProgress &c : std::as_const(source.components)) {
        if (!target.component(c.file))
            target.components.append(c);
    }
    if (target.host.isEmpty())
        target.host = source.host;
    if (target.model.isEmpty())
        target.model = source.model;
    if (target.load.isEmpty())
        target.load = source.load;
    target.records += source.records;
    target.unknownRecords += source.unknownRecords;
    target.lastHeardMs = qMax(target.lastHeardMs, source.lastHeardMs);
    target.electionXid = target.electionXid ? target.electionXid : source.electionXid;
    m_byHost.replace(from, into);
    for (auto it = m_byMac.begin(); it != m_byMac.end(); ++it) {
        if (*it == from)
            *it = into;
    }
    if (target.mac.isEmpty())
        target.mac = source.mac;
    target.heardFrom |= source.heardFrom;
    for (SyslogSender &sender : m_senders) {
        if (sender.phones.remove(from))
            sender.phones.insert(into);
        if (sender.lastPhone == from)
            sender.lastPhone = into;
    }
    source = Phone{};
    source.id = from;
    source.merged = true;
}

Hierarchy &RolloutModel::createHierarchy(quint32 xid)
{
    Hierarchy created;
    created.id = HierarchyId(m_hierarchies.size() + 1);
    created.xid = xid;
    if (xid)
        m_byXid.insert(xid, created.id);
    m_hierarchies.append(std::move(created));
    return editHierarchy(HierarchyId(m_hierarchies.size()));
}

Hierarchy &RolloutModel::hierarchyFor(quint32 xid, PhoneId member)
{
    const HierarchyId known = m_byXid.value(xid, kNoHierarchy);
    Hierarchy &h = known ? editHierarchy(known) : createHierarchy(xid);
    addMember(h, member);
    return h;
}

void RolloutModel::addMember(Hierarchy &h, PhoneId member)
{
    // A phone's few hierarchies say it as well as the hierarchy's many
    // members, and in a time that does not grow with the rollout.
    if (m_phones[size_t(member)].hierarchies.contains(h.id))
        return;
    h.members.append(member);
    editPhone(member).hierarchies.append(h.id);
    checkMemberFits(h, member);
}

// A hierarchy is one model on one subnet: the first member that tells fixes
// them, later ones that differ are flagged.
void RolloutModel::checkMemberFits(Hierarchy &h, PhoneId member)
{
    const Phone &phone = m_phones[size_t(member)];
    if (!phone.model.isEmpty()) {
        if (h.model.isEmpty())
            h.model = phone.model;
        else if (h.model != phone.model)
            flagOnce(Anomaly::Kind::ModelMismatch, h.id, member);
    }
    checkSubnetFits(h, member);
}

void RolloutModel::checkSubnetFits(Hierarchy &h, PhoneId member)
{
    const Phone &phone = m_phones[size_t(member)];
    if (phone.address) {
        const quint32 subnet = subnetOf(phone.address, m_subnetPrefix);
        if (!h.hasSubnet) {
            h.subnet = subnet;
            h.hasSubnet = true;
        } else if (h.subnet != subnet) {
            flagOnce(Anomaly::Kind::SubnetMismatch, h.id, member);
        }
    }
}

// After an address was taken back: the subnet and its mismatches, as the members tell now.
void RolloutModel::refreshSubnet(Hierarchy &h)
{
    h.hasSubnet = false;
    h.subnet = 0;
    const HierarchyId id = h.id;
    m_anomalies.removeIf(
        [id](const Anomaly &a) { return a.kind == Anomaly::Kind::SubnetMismatch && a.hierarchy == id; });
    for (const PhoneId member : std::as_const(h.members))
        checkSubnetFits(h, member);
}

void RolloutModel::setModel(Phone &phone, QByteArrayView model)
{
    const QString name = QString::fromUtf8(model);
    if (phone.model == name)
        return;
    phone.model = name;
    for (const HierarchyId hid : std::as_const(phone.hierarchies))
        checkMemberFits(editHierarchy(hid), phone.id);
}

// The phone's load gives its component list (catalogue sizes, estimates).
void RolloutModel::setLoad(Phone &phone, const QString &load)
{
    if (phone.load == load)
        return;
    phone.load = load;
    const FirmwareLoad *catalogued = m_catalogue.load(load);
    if (!catalogued)
        return;
    // Exactly the load's components: a list grown one by one holds nearly twice as many.
    phone.components.reserve(phone.components.size() + catalogued->components.size());
    for (const FirmwareComponent &fc : catalogued->components) {
        ComponentProgress &c = componentFor(phone, fc.file);
        if (c.total < 0) {
            c.total = qMax(fc.bytes, c.bytes); // never below what already arrived
            c.totalEstimated = fc.estimate;
        }
    }
}

void RolloutModel::applyHierarchyRoot(const DLoadEvent &e, PhoneId id, HierarchyId hid)
{
    Phone &phone = editPhone(id);
    setModel(phone, e.model);
    Hierarchy &h = editHierarchy(hid);
    if (h.root != kNoPhone && h.root != id)
        flag(Anomaly::Kind::RootChanged, hid, id, h.root);
    h.root = id;
    h.rootConfirmed = true;
    h.rootFrom = provenanceOf(e.grammar);
    h.file = fileNameOf(e.path);
    checkMemberFits(h, id);
    if (h.file.endsWith(QLatin1String(".loads")) && m_catalogue.load(h.file)) {
        h.load = h.file;
        if (phone.load.isEmpty())
            setLoad(phone, h.file);
    } else if (const FirmwareLoad *load = m_catalogue.loadOfComponent(h.file)) {
        h.load = load->name;
    }
    if (!h.file.isEmpty()) {
        ComponentProgress &c = componentFor(phone, h.file);
        c.hierarchy = hid;
        c.xid = e.xid;
    }
}

void RolloutModel::applyUpgradeStart(const DLoadEvent &e, Phone &phone)
{
    phone.upgradeStarted = true;
    phone.pfsEnabled = e.pfsEnabled;
    if (!e.mac.isEmpty())
        phone.mac = QString::fromUtf8(e.mac);
    setModel(phone, e.model);
    setLoad(phone, fileNameOf(e.path));
}

void RolloutModel::applyJoin(const DLoadEvent &e, PhoneId child, HierarchyId hid)
{
    PhoneId parent = phoneByAddress(e.peer);
    if (parent == kNoPhone)
        parent = createPhone(e.peer, {});
    Hierarchy &h = editHierarchy(hid);
    // Two entries of one phone (its SEP name at two addresses) are the phone
    // naming itself: kept, it would be a child that no anomaly may name.
    if (parent == child || samePhone(parent, child)) {
        flag(Anomaly::Kind::SelfParent, hid, child);
        return;
    }
    if (isDescendant(h, parent, child)) {
        flag(Anomaly::Kind::Cycle, hid, child, parent);
        return;
    }
    addMember(h, parent);
    if (weighParent(h, child, parent, provenanceOf(e.grammar)))
        attachChild(h, child, parent, provenanceOf(e.grammar));
}

// Who a child's parent is when sources name it: the best-ranked source's
// edge is drawn, and a parent a lower-ranked one names besides is kept as
// its claim (Hierarchy::otherParent) until they agree; of one rank, the
// later names the parent (a child that moved). True when the edge is to be
// drawn to `parent`.
bool RolloutModel::weighParent(Hierarchy &h, PhoneId child, PhoneId parent, Provenance from)
{
    const PhoneId current = h.parent(child);
    const Provenance currentFrom = h.edgeProvenance(child);
    bool draw = false;
    if (current != kNoPhone && rankOf(from) < rankOf(currentFrom)) {
        if (current == parent)
            h.otherParent.remove(child); // the lesser source agrees now
        else
            h.otherParent.insert(child, {parent, from});
    } else {
        if (current != kNoPhone && current != parent && rankOf(from) > rankOf(currentFrom))
            h.otherParent.insert(child, {current, currentFrom}); // the lesser source it outranks said so
        else if (h.otherParent.value(child).parent == parent)
            h.otherParent.remove(child);
        draw = current != parent;
        if (!draw && rankOf(from) > rankOf(currentFrom)) // told again: the edge keeps its best source
            h.parentFrom.insert(child, from);
    }
    return draw;
}

void RolloutModel::attachChild(Hierarchy &h, PhoneId child, PhoneId parent, Provenance from)
{
    detachChild(h, child);
    QList<PhoneId> &siblings = h.childrenOf[parent];
    siblings.append(child);
    h.parentOf.insert(child, parent);
    h.parentFrom.insert(child, from);
    // Kept, so the view shows what the phones say; flagged, since PFS trees are binary.
    if (siblings.size() > 2)
        flag(Anomaly::Kind::ThirdChild, h.id, child, parent);
}

bool RolloutModel::isDescendant(const Hierarchy &h, PhoneId node, PhoneId ancestor) const
{
    // Walk up from node; the walk is bounded by the member count since the
    // tree is kept acyclic.
    for (qsizetype steps = 0; node != kNoPhone && steps <= h.members.size(); ++steps) {
        if (node == ancestor)
            return true;
        node = h.parent(node);
    }
    return false;
}

void RolloutModel::detachChild(Hierarchy &h, PhoneId child)
{
    const auto it = h.parentOf.constFind(child);
    if (it == h.parentOf.cend())
        return;
    h.childrenOf[*it].removeAll(child);
    h.parentOf.erase(it);
    h.parentFrom.remove(child);
    h.joinedLate.remove(child);
}

ComponentProgress &RolloutModel::componentFor(Phone &phone, const QString &file)
{
    for (ComponentProgress &c : phone.components) {
        // Names from fileNameOf() share their data: equal pointers say equal
        // names, and a name found equal takes that data for the next time.
        if (c.file.constData() == file.constData() && c.file.size() == file.size())
            return c;
        if (c.file == file) {
            c.file = file;
            return c;
        }
    }
    ComponentProgress c;
    c.file = file;
    phone.components.append(c);
    return phone.components.last();
}

// A record's byte count bounded to what a firmware file can be: a larger
// one is no file's, and left unbounded it would overflow every sum it feeds.
static qint64 fileBytes(qint64 stated)
{
    return qBound<qint64>(0, stated, FirmwareCatalogue::kMaxComponentBytes);
}

// Counts what a component received since the last record, by where it came
// from. A component holds at least what it received: a total below it was
// a wrong estimate (or a wrong size=) and grows to it.
void RolloutModel::account(ComponentProgress &c, qint64 newBytes)
{
    newBytes = fileBytes(newBytes);
    const qint64 delta = newBytes - c.bytes;
    c.bytes = newBytes;
    if (c.total >= 0 && c.total < c.bytes)
        c.total = c.bytes;
    if (delta <= 0)
        return;
    c.grewMs = m_now;
    ++c.growths;
    qint64 &bySource = c.fromTftp ? c.wanBytes : c.lanBytes;
    bySource = saturatingAdd(bySource, delta);
    m_observedAllBytes = saturatingAdd(m_observedAllBytes, delta);
    if (c.fromTftp)
        m_observedWanBytes = saturatingAdd(m_observedWanBytes, delta);
}

// `hierarchy`: the one the record names, if any.
void RolloutModel::applyTransfer(const DLoadEvent &e, Phone &phone, Hierarchy *hierarchy)
{
    const QString file = fileNameOf(e.path);
    ComponentProgress &c = componentFor(phone, file);
    if (hierarchy) {
        c.hierarchy = hierarchy->id;
        c.xid = hierarchy->xid;
        if (hierarchy->file.isEmpty())
            hierarchy->file = file;
    }
    if (e.kind == EventKind::TftpFallback) {
        ++phone.fallbacks;
        return;
    }
    const Provenance from = provenanceOf(e.grammar);
    const bool starts = e.kind == EventKind::TransferStart;
    const ComponentState stated = starts      ? (e.fromTftp ? ComponentState::FromTftp : ComponentState::FromPeer)
        : e.kind == EventKind::TransferDone   ? ComponentState::Complete
        : e.kind == EventKind::TransferFailed ? ComponentState::Failed
                                              : c.state;
    if (!acceptsProgress(c, from, starts, starts ? 0 : fileBytes(e.bytes), stated)) {
        compareClaims(phone, c);
        return;
    }
    c.progressFrom = from;
    switch (e.kind) {
    case EventKind::TransferStart:
        startAttempt(c);
        c.bytes = 0;
        c.fromTftp = e.fromTftp;
        c.peer = e.fromTftp ? 0 : e.peer;
        c.state = e.fromTftp ? ComponentState::FromTftp : ComponentState::FromPeer;
        c.total = e.size > FirmwareCatalogue::kMaxComponentBytes ? -1 : e.size; // beyond any file: unknown
        c.totalEstimated = false;
        break;
    case EventKind::TransferProgress: account(c, e.bytes); break;
    case EventKind::TransferDone:
        account(c, e.bytes);
        complete(c);
        compareClaims(phone, c);
        break;
    case EventKind::TransferFailed:
        account(c, e.bytes);
        c.state = ComponentState::Failed;
        break;
    default: break;
    }
}

void RolloutModel::startAttempt(ComponentProgress &c)
{
    c.startedMs = m_now;
    c.grewMs = m_now;
    c.growths = 0;
}

void RolloutModel::complete(ComponentProgress &c)
{
    c.state = ComponentState::Complete;
    c.completedMs = m_now;
    if (c.total < 0 || c.totalEstimated) {
        c.total = c.bytes;
        c.totalEstimated = false;
    }
}

// What was observed beats what a phone said, which beats what pfsmon
// infers, which beats its own model (README, "Provenance").
static int rankOf(Provenance p)
{
    switch (p) {
    case Provenance::Wire: return 4;
    case Provenance::Trace: return 3;
    case Provenance::Inferred: return 2;
    case Provenance::Listed: return 1; // a configuration, beside the phones' own word
    case Provenance::Modelled: return 1;
    case Provenance::None: return 0;
    }
    return 0;
}

// One component, told of by several sources (a demo on traces and wire, a
// real site's traces beside a capture): the best-ranked one drives it, and
// what a lower-ranked one says is kept as its claim. A lower-ranked source
// may start a new attempt only once the current one failed: never over a
// completed one, which a late record would otherwise reset.
bool RolloutModel::acceptsProgress(ComponentProgress &c, Provenance from, bool starts, qint64 bytes,
                                   ComponentState state)
{
    if (rankOf(from) >= rankOf(c.progressFrom) || (starts && c.state == ComponentState::Failed)) {
        // A better source taking over the attempt a lesser one counted
        // counts it again from its start: what the lesser one counted goes.
        if (starts && rankOf(from) > rankOf(c.progressFrom) && c.progressFrom != Provenance::None)
            uncount(c);
        return true;
    }
    c.claimedBytes = bytes;
    c.claimedState = state;
    c.claimedFrom = from;
    return false;
}

// Takes the current attempt's bytes out of the observed sums.
void RolloutModel::uncount(ComponentProgress &c)
{
    qint64 &bySource = c.fromTftp ? c.wanBytes : c.lanBytes;
    const qint64 counted = qMin(bySource, c.bytes);
    bySource -= counted;
    m_observedAllBytes -= qMin(m_observedAllBytes, counted);
    if (c.fromTftp)
        m_observedWanBytes -= qMin(m_observedWanBytes, counted);
}

// Both complete, with other sizes: the two sources disagree; both are kept.
void RolloutModel::compareClaims(const Phone &phone, const ComponentProgress &c)
{
    if (c.state == ComponentState::Complete && c.claimedState == ComponentState::Complete && c.claimedBytes != c.bytes)
        flagOnce(Anomaly::Kind::SourcesDisagree, c.hierarchy, phone.id);
    if (const Hierarchy *h = c.state == ComponentState::Complete ? hierarchy(c.hierarchy) : nullptr)
        compareParents(*h, phone.id);
}

// When the child gets the hierarchy's file, the sources have had their say
// of where it came from: a parent then in dispute is a disagreement. Not
// before: a child that moves is named by one source a moment before the
// other; nor after: a child whose parent vanishes joins another, with the
// file already in hand, and the sources tell of it one after the other.
void RolloutModel::compareParents(const Hierarchy &h, PhoneId child)
{
    const auto claim = h.otherParent.constFind(child);
    if (claim == h.otherParent.cend())
        return;
    const ComponentProgress *c = m_phones[size_t(child)].component(h.file);
    if (c && c->state == ComponentState::Complete)
        flagOnce(Anomaly::Kind::ParentsDisagree, h.id, child, claim->parent);
}

// ---- The wire ----------------------------------------------------------------

namespace {

QByteArray sepName(quint64 mac)
{
    return "SEP" + QByteArray::number(mac & 0xFFFFFFFFFFFFULL, 16).rightJustified(12, '0').toUpper();
}

// Only a phone's own frames carry its MAC: one seen at two addresses is a
// router's (a capture behind it), and names no phone.
bool isUnicastMac(quint64 mac)
{
    return mac != 0 && !(mac & 0x010000000000ULL);
}

} // namespace

void RolloutModel::touch(qint64 nowMs)
{
    m_now = nowMs;
    m_lastEventMs = qMax(m_lastEventMs, nowMs);
    ++m_revision;
}

PhoneId RolloutModel::phoneOnWire(quint32 address, quint64 mac, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::phoneOnWire(address, mac, nowMs));
    touch(nowMs);
    const QByteArray sep = isUnicastMac(mac) ? sepName(mac) : QByteArray();
    PhoneId id = phoneByAddress(address);
    if (id == kNoPhone && !sep.isEmpty()) {
        // Known by its MAC or its SEP name (a syslog HOSTNAME) and not yet by an address.
        const PhoneId named = m_byMac.contains(mac) ? m_byMac.value(mac) : phoneByKey(sep);
        if (named != kNoPhone && m_phones[size_t(named)].address == 0)
            bindAddress(named, address);
        id = phoneByAddress(address);
    }
    if (id == kNoPhone)
        id = createPhone(address, {});
    Phone &phone = editPhone(id);
    phone.lastHeardMs = qMax(phone.lastHeardMs, nowMs);
    heardThrough(phone, Provenance::Wire);
    if (!sep.isEmpty() && phone.mac.isEmpty() && !m_byMac.contains(mac)) {
        phone.mac = QString::fromLatin1(sep.mid(3));
        m_byMac.insert(mac, id);
        if (phone.host.isEmpty() && phoneByKey(sep) == kNoPhone) {
            phone.host = sep;
            m_byHost.insert(sep, id);
        }
    }
    return id;
}

void RolloutModel::applyWireTransfer(const WireTransfer &t, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::wireTransfer(t, nowMs));
    if (!phone(t.phone) || t.file.isEmpty())
        return;
    touch(nowMs);
    Phone &phone = editPhone(t.phone);
    phone.lastHeardMs = qMax(phone.lastHeardMs, nowMs);
    if (t.peer == 0 && t.stage == WireTransfer::Stage::Started)
        learnLoadFrom(phone, t.file);
    ComponentProgress &c = componentFor(phone, t.file);
    const bool starts = t.stage == WireTransfer::Stage::Started;
    const ComponentState stated = starts           ? (t.peer ? ComponentState::FromPeer : ComponentState::FromTftp)
        : t.stage == WireTransfer::Stage::Complete ? ComponentState::Complete
        : t.stage == WireTransfer::Stage::Failed   ? ComponentState::Failed
                                                   : c.state;
    if (!acceptsProgress(c, t.from, starts, fileBytes(t.bytes), stated)) {
        compareClaims(phone, c);
        return;
    }
    c.progressFrom = t.from;
    if (starts) {
        noteFallback(phone, c, t.peer);
        startAttempt(c);
        c.bytes = 0;
        c.fromTftp = t.peer == 0;
        c.peer = t.peer;
        c.state = stated;
    }
    if (t.size >= 0 && t.size <= FirmwareCatalogue::kMaxComponentBytes) {
        c.total = qMax(t.size, c.bytes); // observed: better than the catalogue's estimate
        c.totalEstimated = false;
    }
    account(c, t.bytes);
    if (t.stage == WireTransfer::Stage::Complete) {
        complete(c);
        compareClaims(phone, c);
    } else if (t.stage == WireTransfer::Stage::Failed) {
        c.state = ComponentState::Failed;
    }
}

// A phone of a hierarchy that fetches the hierarchy's file from the server
// although it has a parent there fell back to the WAN.
void RolloutModel::noteFallback(Phone &phone, const ComponentProgress &c, quint32 peer)
{
    const Hierarchy *h = hierarchy(c.hierarchy);
    if (peer == 0 && h && h->parent(phone.id) != kNoPhone)
        ++phone.fallbacks;
}

// A download from the server names the phone's load (its .loads file) or
// one of the load's components: the catalogue then gives the whole load,
// and the model when only one model runs it. Both inferred.
void RolloutModel::learnLoadFrom(Phone &phone, const QString &file)
{
    if (!phone.load.isEmpty())
        return;
    const FirmwareLoad *load = m_catalogue.load(file);
    if (!load)
        load = m_catalogue.loadOfComponent(file);
    if (!load)
        return;
    QString model;
    int models = 0;
    for (const PhoneModelInfo &info : m_catalogue.models()) {
        if (info.loads.contains(load->name) && ++models == 1)
            model = info.model;
    }
    inferModel(phone, models == 1 ? model : QString(), load->name); // several run it: the model stays unknown
}

void RolloutModel::inferModel(Phone &phone, const QString &model, const QString &load)
{
    if (phone.model.isEmpty() && !model.isEmpty()) {
        setModel(phone, model.toUtf8());
        phone.modelFrom = Provenance::Inferred;
    }
    if (phone.load.isEmpty() && !load.isEmpty())
        setLoad(phone, load);
}

// A component's state as the wire alone tells it: the inference of which
// file a connection carries follows the wire's own order of events, never
// records that run ahead of it (or behind).
static ComponentState wireState(const ComponentProgress *c)
{
    const bool fromWire = c && (c->progressFrom == Provenance::Wire || c->progressFrom == Provenance::Inferred);
    return fromWire ? c->state : ComponentState::Waiting;
}

QString RolloutModel::inferServedFile(PhoneId parentId, PhoneId childId, qint64 bytes, bool ended) const
{
    const Phone *parent = phone(parentId), *child = phone(childId);
    if (!parent || !child)
        return {};
    const auto has = [](const ComponentProgress &c) {
        const ComponentState state = wireState(&c);
        return state == ComponentState::Complete || state == ComponentState::FromPeer
            || state == ComponentState::FromTftp;
    };
    // A child that lost a transfer connects again for that file.
    for (const ComponentProgress &c : parent->components) {
        if (has(c) && wireState(child->component(c.file)) == ComponentState::Failed)
            return c.file;
    }
    // Else it lacks a file it has neither completed nor is receiving: a
    // phone receives several files at once from several parents, and one
    // connection carries one of them.
    // And a parent that already serves two other children a file (PFS
    // trees are binary) is not sending it to a third.
    const auto lacks = [this, parent, child](const ComponentProgress &c) {
        const ComponentState own = wireState(child->component(c.file));
        const Hierarchy *h = findWireHierarchy(*parent, c.file);
        const QList<PhoneId> served = h ? h->children(parent->id) : QList<PhoneId>();
        return own != ComponentState::Complete && own != ComponentState::FromPeer && own != ComponentState::FromTftp
            && served.size() - served.count(child->id) < 2;
    };
    const ComponentProgress *best = nullptr;
    for (const ComponentProgress &c : parent->components) {
        if (wireState(&c) == ComponentState::Complete && lacks(c) && (!best || c.completedMs > best->completedMs))
            best = &c;
    }
    if (best)
        return best->file;
    QList<const ComponentProgress *> receiving;
    for (const ComponentProgress &c : parent->components) {
        if (has(c) && lacks(c))
            receiving.append(&c);
    }
    if (const ComponentProgress *one = oneThatFits(receiving, bytes, ended))
        return one->file;
    // Several fit, and the connection goes on: its bytes may yet tell them apart.
    return ended ? fileOfSize(parentId, childId, bytes) : QString();
}

// Of the files a parent receives (and may pass on while it does), the one
// a connection carrying `bytes` (all it carried, once `ended`) can be: the
// only one, else the only one not smaller than that, and at the end of
// that very size when one is. None when several remain: which of them the
// connection carries is not seen. A lone file is taken whatever its size
// (a catalogue's estimate may be short).
const ComponentProgress *RolloutModel::oneThatFits(const QList<const ComponentProgress *> &files, qint64 bytes,
                                                   bool ended)
{
    if (files.size() <= 1)
        return files.isEmpty() ? nullptr : files.first();
    QList<const ComponentProgress *> fitting, exact;
    for (const ComponentProgress *c : files) {
        if (c->total < 0 || c->total >= bytes)
            fitting.append(c);
        if (ended && c->total == bytes)
            exact.append(c);
    }
    const QList<const ComponentProgress *> &left = exact.isEmpty() ? fitting : exact;
    return left.size() == 1 ? left.first() : nullptr;
}

// A file of the parent's load whose size is a connection's final byte
// count, that the child has not completed (a small file goes down a tree
// faster than the capture shows its parent receiving it). None when two
// files have that size (term*.default.loads): the wire cannot tell which.
QString RolloutModel::fileOfSize(PhoneId parentId, PhoneId childId, qint64 bytes) const
{
    const Phone *parent = phone(parentId), *child = phone(childId);
    if (!parent || !child || bytes <= 0)
        return {};
    QString found;
    for (const ComponentProgress &c : parent->components) {
        if (c.total == bytes && wireState(child->component(c.file)) != ComponentState::Complete) {
            if (!found.isEmpty())
                return {};
            found = c.file;
        }
    }
    return found;
}

// What an inference put on a component, taken back when the connection's
// end shows it wrong: its bytes leave the observed sums, and the child
// leaves the edge it was given in that file's hierarchy.
void RolloutModel::retractWireTransfer(PhoneId child, const QString &file, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::retractTransfer(child, file, nowMs));
    const Phone *known = phone(child);
    const ComponentProgress *seen = known ? known->component(file) : nullptr;
    if (!seen || seen->progressFrom != Provenance::Inferred || seen->state == ComponentState::Complete)
        return;
    touch(nowMs);
    Phone &phone = editPhone(child);
    ComponentProgress &c = componentFor(phone, file);
    uncount(c);
    c.bytes = 0;
    c.state = ComponentState::Waiting;
    c.progressFrom = Provenance::None;
    c.peer = 0;
    if (c.hierarchy && hierarchy(c.hierarchy)->edgeProvenance(child) == Provenance::Wire) {
        Hierarchy &h = editHierarchy(c.hierarchy);
        detachChild(h, child);
        // What a lesser source said of its parent is all that is left: drawn again.
        const Hierarchy::ParentClaim claim = h.otherParent.take(child);
        if (claim.parent != kNoPhone && !isDescendant(h, claim.parent, child))
            attachChild(h, child, claim.parent, claim.from);
    }
}

// The hierarchy of `file` on the parent's subnet for the parent's model.
// Two models may share a file (the 7941G and 7961G run one load), each in
// its own hierarchy: with the parent's model unknown, the one it is already
// a member of; failing that, none of them, rather than a guess (the wire
// then makes its own, of unknown model).
const Hierarchy *RolloutModel::findWireHierarchy(const Phone &parent, const QString &file) const
{
    const quint32 subnet = subnetOf(parent.address, m_subnetPrefix);
    const Hierarchy *found = nullptr;
    int candidates = 0;
    for (const Hierarchy &h : m_hierarchies) {
        if (h.file != file || !h.hasSubnet || h.subnet != subnet
            || !(h.model.isEmpty() || parent.model.isEmpty() || h.model == parent.model))
            continue;
        if (parent.hierarchies.contains(h.id))
            return &h;
        found = &h;
        ++candidates;
    }
    return candidates == 1 ? found : nullptr;
}

Hierarchy &RolloutModel::wireHierarchy(const Phone &parent, const QString &file)
{
    if (const Hierarchy *known = findWireHierarchy(parent, file))
        return editHierarchy(known->id);
    Hierarchy &h = createHierarchy(0);
    h.file = file;
    if (const FirmwareLoad *load = m_catalogue.loadOfComponent(file))
        h.load = load->name;
    else if (m_catalogue.load(file))
        h.load = file;
    return h;
}

HierarchyId RolloutModel::applyWireEdge(PhoneId child, PhoneId parent, const QString &file, qint64 nowMs,
                                        bool joinedLate)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::wireEdge(child, parent, file, nowMs, joinedLate));
    if (!phone(child) || !phone(parent) || file.isEmpty())
        return kNoHierarchy;
    touch(nowMs);
    Hierarchy &h = wireHierarchy(m_phones[size_t(parent)], file);
    const HierarchyId id = h.id;
    if (parent == child || samePhone(parent, child)) {
        flag(Anomaly::Kind::SelfParent, id, child);
        return id;
    }
    if (isDescendant(h, parent, child)) {
        flag(Anomaly::Kind::Cycle, id, child, parent);
        return id;
    }
    addMember(h, parent);
    const Phone &from = m_phones[size_t(parent)];
    inferModel(editPhone(child), from.model, from.load);
    addMember(h, child);
    if (weighParent(h, child, parent, Provenance::Wire))
        attachChild(h, child, parent, Provenance::Wire);
    if (joinedLate)
        h.joinedLate.insert(child);
    else
        h.joinedLate.remove(child);
    noteWireRoot(h, parent);
    for (const PhoneId member : {parent, child}) {
        ComponentProgress &c = componentFor(editPhone(member), file);
        c.hierarchy = id;
        c.xid = h.xid;
    }
    return id;
}

// A parent with no parent of its own that fetched the file from the server
// is the hierarchy's root: inferred (no trace said so).
void RolloutModel::noteWireRoot(Hierarchy &h, PhoneId parent)
{
    if (h.root != kNoPhone || h.parent(parent) != kNoPhone)
        return;
    const ComponentProgress *c = m_phones[size_t(parent)].component(h.file);
    if (c && c->fromTftp) {
        h.root = parent;
        h.rootFrom = Provenance::Inferred;
    }
}

void RolloutModel::expectPhones(const QList<ExpectedPhone> &phones)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::expectPhones(phones));
    for (const ExpectedPhone &listed : phones)
        expectPhone(listed);
    ++m_revision;
}

// Found by its name or MAC when something already told of it, else made.
// Its listed address is kept aside, never bound: DHCP may have given it
// another since the export, and the phone heard there would be another.
void RolloutModel::expectPhone(const ExpectedPhone &listed)
{
    if (listed.name.isEmpty())
        return;
    PhoneId id = phoneByKey(listed.name);
    if (id == kNoPhone && listed.mac)
        id = m_byMac.value(listed.mac, kNoPhone);
    if (id == kNoPhone) {
        id = createPhone(0, listed.name);
        m_byHost.insert(listed.name, id);
    }
    Phone &phone = editPhone(id);
    if (listed.mac && phone.mac.isEmpty() && !m_byMac.contains(listed.mac)) {
        phone.mac = QString::fromLatin1(listed.name.mid(3));
        m_byMac.insert(listed.mac, id);
    }
    phone.expected = true;
    phone.listedModel = listed.model;
    phone.listedLoad = catalogueLoad(listed.load);
    phone.listedAddress = listed.address;
    phone.description = listed.description;
    if (phone.model.isEmpty() && !listed.model.isEmpty()) {
        setModel(phone, listed.model.toUtf8());
        phone.modelFrom = Provenance::Listed;
    }
    if (phone.load.isEmpty() && m_catalogue.load(phone.listedLoad))
        setLoad(phone, phone.listedLoad);
}

// "SCCP41.9-4-2SR2-2S" as CUCM writes a load: the catalogue's .loads file.
QString RolloutModel::catalogueLoad(const QString &listed) const
{
    if (listed.isEmpty() || m_catalogue.load(listed))
        return listed;
    const QString loads = listed + QStringLiteral(".loads");
    return m_catalogue.load(loads) ? loads : listed;
}

void RolloutModel::applyBroadcastXid(quint32 address, quint32 xid, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::broadcastXid(address, xid, nowMs));
    const HierarchyId hid = m_byXid.value(xid, kNoHierarchy);
    if (!hid || !address)
        return;
    PhoneId id = kNoPhone;
    {
        const QScopedValueRollback<ModelJournal *> partOfThisCall(m_journal.to, nullptr);
        id = phoneOnWire(address, 0, nowMs);
    }
    Hierarchy &h = editHierarchy(hid);
    Phone &phone = editPhone(id);
    phone.broadcastXid = xid;
    inferModel(phone, h.model, h.load);
    addMember(h, id);
    // It is to receive the hierarchy's file: a row of its tree from now on, waiting.
    if (!h.file.isEmpty()) {
        ComponentProgress &c = componentFor(phone, h.file);
        if (c.hierarchy == kNoHierarchy) {
            c.hierarchy = hid;
            c.xid = xid;
        }
    }
}

void RolloutModel::applyConfigRequest(PhoneId id, qint64 nowMs)
{
    if (m_journal.to)
        m_journal.to->record(ModelCall::configRequest(id, nowMs));
    const Phone *known = phone(id);
    if (!known)
        return;
    touch(nowMs);
    Phone &phone = editPhone(id);
    phone.lastHeardMs = qMax(phone.lastHeardMs, nowMs);
    const Progress load = phone.progress();
    if (load.components > 0 && load.completeComponents == load.components) {
        phone.upgradeDone = true; // it rebooted on its new load and asked for its configuration
        if (phone.cameBackMs < 0) {
            phone.cameBackMs = nowMs;
            phone.cameBackFrom = Provenance::Wire;
        }
    }
}

// Records name the same few paths over and over: remembering the last ones
// spares a conversion to UTF-16 and a copy per event.
QString RolloutModel::fileNameOf(QByteArrayView path)
{
    for (const KnownPath &known : m_knownPaths) {
        if (!known.path.isNull() && known.path.size() == path.size()
            && std::memcmp(known.path.constData(), path.data(), size_t(path.size())) == 0)
            return known.file;
    }
    KnownPath &slot = m_knownPaths[m_nextKnownPath++ % m_knownPaths.size()];
    slot.path = path.toByteArray();
    slot.file = FirmwareCatalogue::fileName(QString::fromUtf8(path));
    return slot.file;
}

// The one place anomalies are raised: never one comparing a phone with itself
// (one phone under two entries, e.g. its SEP name heard from two addresses).
void RolloutModel::flag(Anomaly::Kind kind, HierarchyId hierarchy, PhoneId phone, PhoneId other)
{
    if (other != kNoPhone && samePhone(phone, other))
        return;
    m_anomalies.append(Anomaly{kind, m_now, hierarchy, phone, other});
}

// A member's misfit is checked again whenever its model or address is learnt: said once.
void RolloutModel::flagOnce(Anomaly::Kind kind, HierarchyId hierarchy, PhoneId phone, PhoneId other)
{
    const bool known = std::any_of(m_anomalies.cbegin(), m_anomalies.cend(), [&](const Anomaly &a) {
        return a.kind == kind && a.hierarchy == hierarchy && a.phone == phone && a.other == other;
    });
    if (!known)
        flag(kind, hierarchy, phone, other);
}

QString RolloutModel::anomalyText(const Anomaly &a, const RolloutModel &model)
{
    const auto name = [&](PhoneId id) {
        const Phone *p = model.phone(id);
        return p ? p->displayName() : tr("(unknown)");
    };
    const Hierarchy *h = model.hierarchy(a.hierarchy);
    const QString xid = h ? model.hierarchyName(*h) : tr("(unknown hierarchy)");
    switch (a.kind) {
    case Anomaly::Kind::ThirdChild:
        return tr("%1: %2 has more than two children (last: %3); PFS trees are binary")
            .arg(xid, name(a.other), name(a.phone));
    case Anomaly::Kind::Cycle:
        return tr("%1: %2 tried to join %3, its own descendant; join ignored").arg(xid, name(a.phone), name(a.other));
    case Anomaly::Kind::SelfParent:
        return tr("%1: %2 named itself as its parent; join ignored").arg(xid, name(a.phone));
    case Anomaly::Kind::ModelMismatch:
        return tr("%1: %2 is a %3 in a hierarchy of another model")
            .arg(xid, name(a.phone), model.phone(a.phone) ? visibleText(model.phone(a.phone)->model) : QString());
    case Anomaly::Kind::SubnetMismatch:
        return tr("%1: %2 is on another subnet than its hierarchy").arg(xid, name(a.phone));
    case Anomaly::Kind::RootChanged: return tr("%1: root changed from %2 to %3").arg(xid, name(a.other), name(a.phone));
    case Anomaly::Kind::SourcesDisagree:
        return tr("%1: the wire and the records of %2 give other sizes for one file; both are kept")
            .arg(xid, name(a.phone));
    case Anomaly::Kind::ParentsDisagree: {
        const Provenance drawn = h ? h->edgeProvenance(a.phone) : Provenance::None;
        return tr("%1: %2's parent is %3 (%4), but another source names %5; both are kept")
            .arg(xid, name(a.phone), h ? name(h->parent(a.phone)) : tr("(unknown)"), ProvenanceNames::name(drawn),
                 name(a.other));
    }
    }
    return {};
}

QString RolloutModel::relayReasonText(SyslogSender::RelayReason reason)
{
    switch (reason) {
    case SyslogSender::RelayReason::None: return tr("not a relay");
    case SyslogSender::RelayReason::RecordAddress: return tr("its records name other addresses");
    case SyslogSender::RelayReason::HostAddress: return tr("its syslog host names are other addresses");
    case SyslogSender::RelayReason::SeveralPhones: return tr("it carries several phones");
    }
    return {};
}

QByteArrayView RolloutModel::relayReasonKey(SyslogSender::RelayReason reason)
{
    switch (reason) {
    case SyslogSender::RelayReason::None: return "none";
    case SyslogSender::RelayReason::RecordAddress: return "recordAddress";
    case SyslogSender::RelayReason::HostAddress: return "hostAddress";
    case SyslogSender::RelayReason::SeveralPhones: return "severalPhones";
    }
    return "unknown";
}

QString RolloutModel::stateName(ComponentState state)
{
    switch (state) {
    case ComponentState::Waiting: return tr("waiting");
    case ComponentState::FromTftp: return tr("from TFTP");
    case ComponentState::FromPeer: return tr("from peer");
    case ComponentState::Complete: return tr("complete");
    case ComponentState::Failed: return tr("failed");
    }
    return {};
}

QByteArrayView RolloutModel::stateKey(ComponentState state)
{
    switch (state) {
    case ComponentState::Waiting: return "waiting";
    case ComponentState::FromTftp: return "tftp";
    case ComponentState::FromPeer: return "peer";
    case ComponentState::Complete: return "complete";
    case ComponentState::Failed: return "failed";
    }
    return "unknown";
}

} // namespace pfs
