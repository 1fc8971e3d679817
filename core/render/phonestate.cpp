// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/phonestate.h"

#include "protocol/ipv4.h"

namespace pfs {

PhoneState phoneState(const Phone &phone, const RolloutModel &model, const PhoneHealth &health)
{
    if (phone.heardFrom == 0)
        return PhoneState::NotHeard;
    if (health.silent)
        return PhoneState::Silent;
    bool anyFailed = false, allComplete = !phone.components.isEmpty();
    PhoneState receiving = PhoneState::Waiting;
    for (const ComponentProgress &c : phone.components) {
        if (c.state == ComponentState::FromTftp || c.state == ComponentState::FromPeer)
            receiving = c.state == ComponentState::FromTftp ? PhoneState::FromTftp : PhoneState::FromPeer;
        anyFailed = anyFailed || c.state == ComponentState::Failed;
        allComplete = allComplete && c.state == ComponentState::Complete;
    }
    if (allComplete)
        return PhoneState::Complete;
    if (!model.usesPfs(phone))
        return PhoneState::NotInPfs;
    if (receiving != PhoneState::Waiting)
        return receiving;
    if (anyFailed)
        return PhoneState::Failed;
    return model.askedTheServer(phone) ? PhoneState::FromTftp : PhoneState::Waiting;
}

PhoneState phoneStateOn(const Phone &phone, const RolloutModel &model, const PhoneHealth &health,
                        const Hierarchy *hierarchy)
{
    if (!hierarchy)
        return phoneState(phone, model, health);
    if (phone.heardFrom == 0)
        return PhoneState::NotHeard;
    const ComponentProgress *file = phone.component(hierarchy->file);
    const ComponentState state = file ? file->state : ComponentState::Waiting;
    if (state == ComponentState::Complete)
        return PhoneState::Complete;
    if (health.silent)
        return PhoneState::Silent;
    if (!model.usesPfs(phone))
        return PhoneState::NotInPfs;
    switch (state) {
    case ComponentState::FromTftp: return PhoneState::FromTftp;
    case ComponentState::FromPeer: return PhoneState::FromPeer;
    case ComponentState::Failed: return PhoneState::Failed;
    default: break;
    }
    return model.askedTheServer(*hierarchy, phone.id) ? PhoneState::FromTftp : PhoneState::Waiting;
}

qint64 stateSinceMs(const Phone &phone, PhoneState state)
{
    qint64 lastDone = -1, started = -1;
    for (const ComponentProgress &c : phone.components) {
        lastDone = qMax(lastDone, c.completedMs);
        if (c.state == ComponentState::FromTftp || c.state == ComponentState::FromPeer
            || c.state == ComponentState::Failed)
            started = qMax(started, c.startedMs);
    }
    switch (state) {
    case PhoneState::FromTftp:
    case PhoneState::FromPeer:
    case PhoneState::Failed: return started;
    case PhoneState::Silent: return phone.lastHeardMs;
    case PhoneState::Complete:
    case PhoneState::Waiting: return lastDone;
    case PhoneState::NotInPfs: return started >= 0 ? started : lastDone;
    case PhoneState::NotHeard: return -1;
    }
    return -1;
}

const ComponentProgress *currentComponent(const Phone &phone)
{
    const ComponentProgress *last = nullptr;
    for (const ComponentProgress &c : phone.components) {
        if (c.state == ComponentState::FromTftp || c.state == ComponentState::FromPeer)
            return &c;
        if (c.state != ComponentState::Waiting)
            last = &c;
    }
    return last;
}

bool treeRole(const Phone &phone, const Hierarchy &h, const RolloutModel &model, TreeRole *role)
{
    if (!h.contains(phone.id))
        return false;
    if (model.effectiveRoot(h) == phone.id)
        *role = TreeRole::Root;
    else
        *role = h.children(phone.id).isEmpty() ? TreeRole::Leaf : TreeRole::Parent;
    return true;
}

QColor PhoneStateStyle::colour(PhoneState state)
{
    switch (state) {
    case PhoneState::Waiting: return QColor(0x9e, 0x9e, 0x9e);
    case PhoneState::FromTftp: return QColor(0xe6, 0x7e, 0x22);
    case PhoneState::FromPeer: return QColor(0x29, 0x80, 0xb9);
    case PhoneState::Complete: return QColor(0x27, 0xae, 0x60);
    case PhoneState::Failed: return QColor(0xc0, 0x39, 0x2b);
    case PhoneState::Silent: return QColor(0x6c, 0x3f, 0x8f);
    case PhoneState::NotInPfs: return QColor(0x8e, 0x6e, 0x53);
    case PhoneState::NotHeard: return QColor(0xd5, 0xd8, 0xdc);
    }
    return Qt::gray;
}

QColor PhoneStateStyle::severityColour(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return QColor(0xd0, 0x21, 0x1f);
    case Finding::Severity::Warning: return QColor(0xf0, 0xa2, 0x02);
    case Finding::Severity::Info: break;
    }
    return {};
}

QColor PhoneStateStyle::troubleColour(const PhoneHealth &health)
{
    return health.troubled ? severityColour(health.worst) : QColor();
}

QString PhoneStateStyle::name(PhoneState state)
{
    switch (state) {
    case PhoneState::Waiting: return tr("waiting");
    case PhoneState::FromTftp: return tr("from TFTP");
    case PhoneState::FromPeer: return tr("from a peer");
    case PhoneState::Complete: return tr("complete");
    case PhoneState::Failed: return tr("failed");
    case PhoneState::Silent: return tr("silent");
    case PhoneState::NotInPfs: return tr("traditional upgrade");
    case PhoneState::NotHeard: return tr("not heard yet");
    }
    return {};
}

QString PhoneStateStyle::source(const ComponentProgress &c, const RolloutModel &model, bool withAddress)
{
    if (c.state == ComponentState::Waiting)
        return {};
    const QString peer = withAddress ? peerNameAndAddress(model, c.peer) : peerName(model, c.peer);
    const QString from = c.fromTftp ? tr("TFTP") : tr("peer %1").arg(peer);
    //: %1: where a file comes from; %2: how pfsmon knows it (trace, wire, inferred, modelled)
    return tr("%1 (%2)").arg(from, ProvenanceNames::name(c.progressFrom));
}

QString PhoneStateStyle::peerName(const RolloutModel &model, quint32 address)
{
    const Phone *phone = model.phone(model.phoneByAddress(address));
    return phone ? phone->displayName() : formatIpv4(address);
}

QString PhoneStateStyle::peerName(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    return phone ? phone->displayName() : QString();
}

QString PhoneStateStyle::peerNameAndAddress(const RolloutModel &model, quint32 address)
{
    const PhoneId id = model.phoneByAddress(address);
    return id != kNoPhone ? peerNameAndAddress(model, id) : formatIpv4(address);
}

QString PhoneStateStyle::peerNameAndAddress(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    if (!phone)
        return tr("unknown phone");
    // Without a host name the display name is the address already.
    if (phone->address && !phone->host.isEmpty())
        return QStringLiteral("%1 %2").arg(phone->displayName(), formatIpv4(phone->address));
    return phone->displayName();
}

QString PhoneStateStyle::roleName(TreeRole role)
{
    switch (role) {
    case TreeRole::Root: return tr("root");
    case TreeRole::Parent: return tr("parent");
    case TreeRole::Leaf: return tr("leaf");
    }
    return {};
}

QString PhoneStateStyle::roles(const Phone &phone, const RolloutModel &model, HierarchyId hierarchy)
{
    if (!model.usesPfs(phone))
        return tr("not in PFS");
    bool has[3] = {false, false, false}; // by TreeRole
    const QList<HierarchyId> files = hierarchy ? QList<HierarchyId>{hierarchy} : phone.hierarchies;
    for (const HierarchyId id : files) {
        TreeRole role;
        if (const Hierarchy *h = model.hierarchy(id); h && treeRole(phone, *h, model, &role))
            has[int(role)] = true;
    }
    QStringList names;
    for (const TreeRole role : {TreeRole::Root, TreeRole::Parent, TreeRole::Leaf}) {
        if (has[int(role)])
            names.append(roleName(role));
    }
    //: between a phone's roles in several files: "root, leaf"
    return names.join(tr(", "));
}

} // namespace pfs
