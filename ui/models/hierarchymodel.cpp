// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/hierarchymodel.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QLocale>

namespace pfs {

HierarchyModel::HierarchyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HierarchyModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    const QList<quint32> xids = snapshot ? snapshot->model->hierarchyXids() : QList<quint32>{};
    // Hierarchies are only ever added, but not in XID order: new rows go at the end.
    QList<quint32> added;
    for (const quint32 xid : xids) {
        if (!m_xids.contains(xid))
            added.append(xid);
    }
    const bool reset
        = !snapshot || (m_snapshot && snapshot->model.get() != m_snapshot->model.get() && xids.size() < m_xids.size());
    if (reset) {
        beginResetModel();
        m_snapshot = std::move(snapshot);
        m_xids = xids;
        computeProgress();
        endResetModel();
        return;
    }
    m_snapshot = std::move(snapshot);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_xids.size()) + 1, int(m_xids.size() + added.size()));
        m_xids.append(added);
        endInsertRows();
    }
    computeProgress();
    Q_EMIT dataChanged(index(0, 0), index(int(m_xids.size()), ColumnCount - 1));
}

void HierarchyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, 0), index(int(m_xids.size()), ColumnCount - 1));
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_xids.size()) + 1;
}

int HierarchyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName: return tr("Hierarchy");
    case ColumnModel: return tr("Model");
    case ColumnSubnet: return tr("Subnet");
    case ColumnFile: return tr("File");
    case ColumnPhones: return tr("Phones");
    case ColumnProgress: return tr("Progress");
    }
    return {};
}

// Once per snapshot: each hierarchy's share of its file received, and overall.
void HierarchyModel::computeProgress()
{
    m_progress.clear();
    if (!m_snapshot)
        return;
    const RolloutModel &model = *m_snapshot->model;
    for (const quint32 xid : std::as_const(m_xids))
        m_progress.insert(xid, model.progress(*model.hierarchy(xid)).fraction());
    m_progress.insert(0, model.overallProgress().fraction());
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot)
        return {};
    const RolloutModel &model = *m_snapshot->model;
    const Hierarchy *h = index.row() == 0 ? nullptr : model.hierarchy(m_xids.value(index.row() - 1));
    if (index.row() > 0 && !h)
        return {};
    if (role == XidRole)
        return h ? h->xid : 0u;
    if (index.column() == ColumnProgress && (role == RawRole || role == Qt::DisplayRole)) {
        const double p = m_progress.value(h ? h->xid : 0);
        return role == RawRole ? QVariant(p) : QVariant(DisplayFormat::share(p, QLocale()));
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    if (!h) {
        switch (index.column()) {
        case ColumnName: return tr("All hierarchies");
        case ColumnPhones:
            return role == RawRole ? QVariant(qlonglong(model.phones().size()))
                                   : QVariant(QLocale().toString(qlonglong(model.phones().size())));
        default: return QString();
        }
    }
    switch (index.column()) {
    case ColumnName: return xidText(h->xid);
    case ColumnModel: return visibleText(h->model);
    case ColumnSubnet: return h->hasSubnet ? formatSubnet(h->subnet, model.subnetPrefix()) : QString();
    case ColumnFile: return visibleText(h->file);
    case ColumnPhones:
        return role == RawRole ? QVariant(h->members.size()) : QVariant(QLocale().toString(h->members.size()));
    }
    return {};
}

} // namespace pfs
