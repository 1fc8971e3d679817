// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/phoneevidence.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QDateTime>

namespace pfs {
namespace {

QString provenance(Provenance from)
{
    return ProvenanceNames::name(from);
}

} // namespace

QStringList PhoneEvidence::lines(const RolloutModel &model, const Phone &phone, const QLocale &locale)
{
    QStringList lines{heardThrough(phone), modelAndLoad(phone)};
    if (const QString mac = address(phone); !mac.isEmpty())
        lines.append(mac);
    if (phone.cameBackMs >= 0) {
        const QString at = locale.toString(QDateTime::fromMSecsSinceEpoch(phone.cameBackMs).time(),
                                           QStringLiteral("HH:mm:ss")); // as the event log
        lines.append(phone.cameBackFrom == Provenance::Wire
                         ? tr("Came back at %1: the wire saw it ask for its configuration after its upgrade").arg(at)
                         : tr("Came back at %1: its records say its upgrade is done (%2)")
                               .arg(at, provenance(phone.cameBackFrom)));
    }
    for (const ComponentProgress &c : phone.components)
        lines.append(component(model, c, locale));
    for (const HierarchyId id : phone.hierarchies) {
        if (const Hierarchy *h = model.hierarchy(id))
            lines.append(edge(model, *h, phone));
    }
    return lines;
}

QString PhoneEvidence::heardThrough(const Phone &phone)
{
    QStringList sources;
    for (const Provenance from : {Provenance::Trace, Provenance::Wire, Provenance::Modelled, Provenance::Inferred}) {
        if (phone.heardThrough(from))
            sources.append(provenance(from));
    }
    if (sources.isEmpty())
        return tr("Heard through: nothing yet");
    return tr("Heard through: %1").arg(sources.join(tr(", ")));
}

QString PhoneEvidence::modelAndLoad(const Phone &phone)
{
    const QString model = phone.model.isEmpty() ? tr("unknown") : visibleText(phone.model);
    const QString load = phone.load.isEmpty() ? tr("unknown") : visibleText(phone.load);
    if (phone.modelFrom == Provenance::Inferred)
        return tr("Model %1, load %2 (inferred from the firmware catalogue)").arg(model, load);
    if (phone.modelFrom == Provenance::None)
        return tr("Model %1, load %2").arg(model, load);
    return tr("Model %1, load %2 (%3)").arg(model, load, provenance(phone.modelFrom));
}

QString PhoneEvidence::address(const Phone &phone)
{
    if (phone.mac.isEmpty())
        return {};
    // Only the wire heard it: its MAC can only have come from its frames or
    // its configuration request. Otherwise a record may have named it.
    const bool wireOnly = phone.heardThrough(Provenance::Wire) && !phone.heardThrough(Provenance::Trace)
        && !phone.heardThrough(Provenance::Modelled);
    const QString mac = visibleText(phone.mac);
    const QString sep = QStringLiteral("SEP") + mac.toUpper();
    return wireOnly ? tr("MAC %1, name %2, seen on the wire").arg(mac, sep) : tr("MAC %1, name %2").arg(mac, sep);
}

QString PhoneEvidence::component(const RolloutModel &model, const ComponentProgress &c, const QLocale &locale)
{
    const QString source = PhoneStateStyle::source(c, model, true); // a line of text: no tooltip for the address
    //: a component's file, then where its bytes come from
    QString text = tr("%1: %2").arg(visibleText(c.file), source.isEmpty() ? tr("waiting") : tr("from %1").arg(source));
    if (c.total < 0)
        text += tr("; size unknown");
    else if (c.totalEstimated)
        text += tr("; size %1 bytes, estimated from the firmware catalogue").arg(locale.toString(c.total));
    else
        text += tr("; size %1 bytes, observed").arg(locale.toString(c.total));
    if (c.claimedFrom != Provenance::None) {
        //: a lower-ranked source's claim: "records said 2,999 bytes, complete (modelled)"
        text += tr("; records said %1 bytes, %2 (%3)")
                    .arg(locale.toString(qMax<qint64>(c.claimedBytes, 0)), RolloutModel::stateName(c.claimedState),
                         provenance(c.claimedFrom));
    }
    return text;
}

QString PhoneEvidence::edge(const RolloutModel &model, const Hierarchy &h, const Phone &phone)
{
    const QString where
        = h.xid ? tr("%1 (%2)").arg(model.hierarchyName(h), visibleText(h.file)) : model.hierarchyName(h);
    const PhoneId parent = h.parent(phone.id);
    if (parent != kNoPhone) {
        QString text = tr("In %1: parent %2, edge %3")
                           .arg(where, PhoneStateStyle::peerNameAndAddress(model, parent),
                                provenance(h.edgeProvenance(phone.id)));
        if (const auto claim = h.otherParent.constFind(phone.id); claim != h.otherParent.cend()) {
            //: another source's parent for the phone, kept beside the edge drawn
            text += tr("; another source (%1) names %2")
                        .arg(provenance(claim->from), PhoneStateStyle::peerNameAndAddress(model, claim->parent));
        }
        return text;
    }
    if (model.effectiveRoot(h) == phone.id)
        return tr("In %1: root (%2)").arg(where, provenance(h.rootFrom));
    if (h.xid && phone.broadcastXid == h.xid)
        return tr("In %1: a member (inferred: its broadcasts carry the XID); no parent known yet").arg(where);
    return tr("In %1: no parent known yet").arg(where);
}

} // namespace pfs
