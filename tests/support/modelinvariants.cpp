// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "modelinvariants.h"

#include <numeric>

namespace pfs::test {
namespace {

QByteArray hierarchyName(HierarchyId id)
{
    return "hierarchy " + QByteArray::number(id);
}

QByteArray phoneName(PhoneId id)
{
    return "phone " + QByteArray::number(id);
}

bool isLivePhone(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    return phone && !phone->merged;
}

// Every record is counted once, by grammar, by kind and on the phone it came from.
QByteArray countViolation(const RolloutModel &model)
{
    const RecordCounts &counts = model.counts();
    const qint64 byGrammar = std::accumulate(counts.byGrammar.cbegin(), counts.byGrammar.cend(), qint64(0));
    const qint64 byKind = std::accumulate(counts.byKind.cbegin(), counts.byKind.cend(), qint64(0));
    if (byGrammar != counts.total || byKind != counts.total)
        return "record counts disagree: total " + QByteArray::number(counts.total) + ", by grammar "
            + QByteArray::number(byGrammar) + ", by kind " + QByteArray::number(byKind);
    qint64 records = 0, unknown = 0;
    for (const Phone &phone : model.phones()) {
        if (phone.records < 0 || phone.unknownRecords < 0 || phone.unknownRecords > phone.records)
            return phoneName(phone.id) + " has record counters out of range";
        records += phone.records;
        unknown += phone.unknownRecords;
    }
    if (records != counts.total)
        return "phones hold " + QByteArray::number(records) + " records, the model counted "
            + QByteArray::number(counts.total);
    if (unknown != counts.byKind[size_t(EventKind::Unknown)])
        return "phones hold " + QByteArray::number(unknown) + " unknown records, the model counted "
            + QByteArray::number(counts.byKind[size_t(EventKind::Unknown)]);
    return {};
}

// Messages are built only once a rule is broken: the fuzz target checks
// after every event, and formatting is most of a passing check's cost.
QByteArray componentViolation(const Phone &phone, const ComponentProgress &c, const RolloutModel &model)
{
    const auto where = [&] { return phoneName(phone.id) + " component " + c.file.toUtf8(); };
    if (c.bytes < 0 || c.wanBytes < 0 || c.lanBytes < 0)
        return where() + " has negative bytes";
    if (c.total < -1)
        return where() + " has a total below -1";
    if (c.total > FirmwareCatalogue::kMaxComponentBytes || c.bytes > FirmwareCatalogue::kMaxComponentBytes)
        return where() + " is larger than any firmware file";
    if (c.total >= 0 && c.bytes > c.total)
        return where() + " has " + QByteArray::number(c.bytes) + " bytes of " + QByteArray::number(c.total);
    if (c.hierarchy != kNoHierarchy && !model.hierarchy(c.hierarchy))
        return where() + " names " + hierarchyName(c.hierarchy) + ", which is no hierarchy";
    if (c.hierarchy != kNoHierarchy && model.hierarchy(c.hierarchy)->xid != c.xid)
        return where() + " names another XID than its " + hierarchyName(c.hierarchy);
    return {};
}

QByteArray phoneViolation(const RolloutModel &model, const Phone &phone, size_t index)
{
    if (phone.id != PhoneId(index))
        return phoneName(PhoneId(index)) + " has id " + QByteArray::number(phone.id);
    if (phone.merged)
        return phone.records || !phone.components.isEmpty() || !phone.hierarchies.isEmpty()
            ? phoneName(phone.id) + " is merged but still holds state"
            : QByteArray();
    if (phone.address && model.phoneByAddress(phone.address) != phone.id)
        return phoneName(phone.id) + " is not found by its own address";
    for (const ComponentProgress &c : phone.components) {
        const QByteArray broken = componentViolation(phone, c, model);
        if (!broken.isEmpty())
            return broken;
    }
    const qint64 received = phone.bytesReceived();
    const qint64 total = phone.bytesTotal();
    if (received < 0 || total < -1 || (total >= 0 && received > total))
        return phoneName(phone.id) + " has received " + QByteArray::number(received) + " of "
            + QByteArray::number(total);
    for (const HierarchyId id : phone.hierarchies) {
        const Hierarchy *h = model.hierarchy(id);
        if (!h || !h->contains(phone.id))
            return phoneName(phone.id) + " lists " + hierarchyName(id) + " but is not among its members";
    }
    return {};
}

int thirdChildrenFlagged(const RolloutModel &model, HierarchyId id, PhoneId parent)
{
    return int(std::count_if(model.anomalies().cbegin(), model.anomalies().cend(), [&](const Anomaly &a) {
        return a.kind == Anomaly::Kind::ThirdChild && a.hierarchy == id && a.other == parent;
    }));
}

// Binary, acyclic, and the two maps of the tree tell the same story.
QByteArray treeViolation(const RolloutModel &model, const Hierarchy &h)
{
    const auto where = [&] { return hierarchyName(h.id); };
    for (auto it = h.childrenOf.cbegin(); it != h.childrenOf.cend(); ++it) {
        const QList<PhoneId> &children = *it;
        // The model keeps what phones say and flags every child beyond the second.
        if (children.size() > 2 + thirdChildrenFlagged(model, h.id, it.key()))
            return where() + ": " + phoneName(it.key()) + " has " + QByteArray::number(children.size())
                + " children, not all flagged";
        for (const PhoneId child : children) {
            if (children.count(child) != 1 || h.parent(child) != it.key())
                return where() + ": " + phoneName(child) + " is listed as a child of " + phoneName(it.key())
                    + " but its parent is " + phoneName(h.parent(child));
        }
    }
    for (auto it = h.parentOf.cbegin(); it != h.parentOf.cend(); ++it) {
        if (!h.contains(it.key()) || !h.contains(*it))
            return where() + ": " + phoneName(it.key()) + " and its parent " + phoneName(*it) + " are not both members";
        if (!h.childrenOf.value(*it).contains(it.key()))
            return where() + ": " + phoneName(it.key()) + " names parent " + phoneName(*it) + " that does not list it";
        PhoneId node = it.key();
        for (qsizetype steps = 0; node != kNoPhone; ++steps) {
            if (steps > h.parentOf.size())
                return where() + ": the parents of " + phoneName(it.key()) + " form a cycle";
            node = h.parent(node);
        }
    }
    // Another source's parent is kept beside an edge, and only while it differs from it.
    for (auto it = h.otherParent.cbegin(); it != h.otherParent.cend(); ++it) {
        if (h.parent(it.key()) == kNoPhone || h.parent(it.key()) == it->parent || it->from == Provenance::None)
            return where() + ": " + phoneName(it.key()) + " keeps another parent " + phoneName(it->parent)
                + " beside no edge, or beside the same";
    }
    return {};
}

QByteArray hierarchyViolation(const RolloutModel &model, HierarchyId id)
{
    const Hierarchy *h = model.hierarchy(id);
    const QByteArray name = hierarchyName(id);
    if (!h || h->id != id)
        return name + " is filed under another number";
    if (h->xid != 0 && model.hierarchyByXid(h->xid) != h)
        return name + " is not found by its XID";
    for (const PhoneId member : h->members) {
        if (!isLivePhone(model, member))
            return name + " has a member that is no phone";
        if (h->members.count(member) != 1)
            return name + " lists " + phoneName(member) + " twice";
        if (!model.phone(member)->hierarchies.contains(id))
            return name + " has " + phoneName(member) + ", which does not list it";
    }
    if (h->root != kNoPhone && !h->contains(h->root))
        return name + ": root " + phoneName(h->root) + " is not among its members";
    if (h->claimant != kNoPhone && !h->contains(h->claimant))
        return name + ": claimant " + phoneName(h->claimant) + " is not among its members";
    return treeViolation(model, *h);
}

} // namespace

QByteArray modelInvariantViolation(const RolloutModel &model)
{
    QByteArray broken = countViolation(model);
    for (size_t i = 0; broken.isEmpty() && i < model.phones().size(); ++i)
        broken = phoneViolation(model, model.phones()[i], i);
    // Not hierarchyIds(): a sorted copy per check would cost more than the check.
    const HierarchyList &hierarchies = model.hierarchies();
    for (auto it = hierarchies.cbegin(); broken.isEmpty() && it != hierarchies.cend(); ++it)
        broken = model.hierarchy(it->id) == &*it ? hierarchyViolation(model, it->id)
                                                 : hierarchyName(it->id) + " not found by its number";
    if (broken.isEmpty()) {
        const qint64 all = model.observedTraditionalBytes(), wan = model.observedWanBytes();
        if (wan < 0 || all < wan)
            broken = "observed bytes out of range: " + QByteArray::number(wan) + " WAN of " + QByteArray::number(all);
    }
    for (qsizetype i = 0; broken.isEmpty() && i < model.anomalies().size(); ++i) {
        const Anomaly &a = model.anomalies()[i];
        if (!model.phone(a.phone) || (a.other != kNoPhone && !model.phone(a.other)))
            broken = "anomaly " + QByteArray::number(i) + " names a phone that does not exist";
    }
    return broken;
}

} // namespace pfs::test
