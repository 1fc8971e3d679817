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
    const QList<HierarchyId> ids = snapshot ? snapshot->model->hierarchyIds() : QList<HierarchyId>{};
    // Hierarchies are only ever added, but not in the list's order: new rows go at the end.
    QList<HierarchyId> added;
    for (const HierarchyId id : ids) {
        if (!m_ids.contains(id))
            added.append(id);
    }
    const bool reset
        = !snapshot || (m_snapshot && snapshot->model.get() != m_snapshot->model.get() && ids.size() < m_ids.size());
    if (reset) {
        beginResetModel();
        m_snapshot = std::move(snapshot);
        m_ids = ids;
        computeProgress();
        endResetModel();
        return;
    }
    m_snapshot = std::move(snapshot);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_ids.size()) + 1, int(m_ids.size() + added.size()));
        m_ids.append(added);
        endInsertRows();
    }
    computeProgress();
    Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()), ColumnCount - 1));
}

void HierarchyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()), ColumnCount - 1));
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size()) + 1;
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
    for (const HierarchyId id : std::as_const(m_ids))
        m_progress.insert(id, model.progress(*model.hierarchy(id)).fraction());
    m_progress.insert(kNoHierarchy, model.overallProgress().fraction());
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot)
        return {};
    const RolloutModel &model = *m_snapshot->model;
    const Hierarchy *h = index.row() == 0 ? nullptr : model.hierarchy(m_ids.value(index.row() - 1));
    if (index.row() > 0 && !h)
        return {};
    if (role == HierarchyRole)
        return h ? h->id : kNoHierarchy;
    if (index.column() == ColumnProgress && (role == RawRole || role == Qt::DisplayRole)) {
        const double p = m_progress.value(h ? h->id : kNoHierarchy);
        return role == RawRole ? QVariant(p) : QVariant(DisplayFormat::share(p, QLocale()));
    }
    if (role == Qt::ToolTipRole && h)
        return model.hierarchyName(*h); // a wire hierarchy's whole name: model, subnet, file
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
    // One known only from the wire has no XID: its file tells the rows apart
    // even when the panel is too narrow for the File column.
    case ColumnName:
        return h->xid || h->file.isEmpty() ? RolloutModel::xidName(*h) : tr("no XID: %1").arg(visibleText(h->file));
    case ColumnModel: return h->model.isEmpty() ? tr("unknown") : visibleText(h->model);
    case ColumnSubnet: return h->hasSubnet ? formatSubnet(h->subnet, model.subnetPrefix()) : QString();
    case ColumnFile: return visibleText(h->file);
    case ColumnPhones:
        return role == RawRole ? QVariant(h->members.size()) : QVariant(QLocale().toString(h->members.size()));
    }
    return {};
}

} // namespace pfs
