// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/hierarchychoice.h"

#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QRegularExpression>

namespace pfs {

namespace {

constexpr int kChoicesShown = 5;

QString subnetText(const RolloutModel &model, const Hierarchy &h)
{
    return h.hasSubnet ? formatSubnet(h.subnet, model.subnetPrefix()) : QString();
}

} // namespace

const Hierarchy *HierarchyChoice::find(const RolloutModel &model, const QString &name, QString *error)
{
    static const QRegularExpression xid(QStringLiteral("^XID([0-9A-Fa-f]{1,8})$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = xid.match(name); m.hasMatch()) {
        if (const Hierarchy *h = model.hierarchyByXid(m.captured(1).toUInt(nullptr, 16)))
            return h;
        *error = tr("no hierarchy %1 in this rollout").arg(visibleText(name));
        return nullptr;
    }
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber) {
        if (const Hierarchy *h = model.hierarchy(number))
            return h;
        *error = tr("no hierarchy number %1 in this rollout (there are %2)")
                     .arg(number)
                     .arg(qulonglong(model.hierarchies().size()));
        return nullptr;
    }
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    const QStringView file = at < 0 ? QStringView(name) : QStringView(name).left(at);
    const QStringView subnet = at < 0 ? QStringView() : QStringView(name).mid(at + 1);
    const QList<const Hierarchy *> found = byFile(model, file, subnet);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        *error = tr("no hierarchy distributes %1 in this rollout").arg(visibleText(name));
    else
        *error = tr("%1 names %2 hierarchies: give one of %3")
                     .arg(visibleText(name))
                     .arg(found.size())
                     .arg(choices(model, found));
    return nullptr;
}

QList<const Hierarchy *> HierarchyChoice::byFile(const RolloutModel &model, QStringView file, QStringView subnet)
{
    QList<const Hierarchy *> found;
    for (const Hierarchy &h : model.hierarchies()) {
        if (h.file == file && (subnet.isEmpty() || subnetText(model, h) == subnet))
            found.append(&h);
    }
    return found;
}

QString HierarchyChoice::nameOf(const RolloutModel &model, const Hierarchy &h)
{
    if (h.xid)
        return xidText(h.xid);
    const QString subnet = subnetText(model, h);
    return subnet.isEmpty() ? h.file : h.file + QLatin1Char('@') + subnet;
}

// The names that tell them apart: their XID, FILE@SUBNET, or (two trees of
// one file on one subnet, of two models) their number.
QString HierarchyChoice::choices(const RolloutModel &model, const QList<const Hierarchy *> &found)
{
    QStringList names;
    for (const Hierarchy *h : found.first(qMin<qsizetype>(found.size(), kChoicesShown))) {
        QString name = nameOf(model, *h);
        if (!h->xid && byFile(model, h->file, subnetText(model, *h)).size() > 1)
            name = QString::number(h->id);
        //: a hierarchy's name for --hierarchy, then its model
        names.append(
            tr("%1 (%2)").arg(visibleText(name), h->model.isEmpty() ? tr("model unknown") : visibleText(h->model)));
    }
    if (found.size() > kChoicesShown)
        names.append(tr("…"));
    return names.join(QLatin1String(", "));
}

} // namespace pfs
