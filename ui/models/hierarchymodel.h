// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QAbstractTableModel>

// The hierarchy picker: "All" first, then one row per hierarchy (model ×
// subnet × file) with its phone count and progress.
namespace pfs {

class HierarchyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColumnName, ColumnModel, ColumnPhones, ColumnProgress, ColumnSubnet, ColumnFile, ColumnCount };
    enum Roles { RawRole = Qt::UserRole + 1, HierarchyRole };

    explicit HierarchyModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    HierarchyId hierarchyAt(int row) const { return row > 0 && row <= m_ids.size() ? m_ids[row - 1] : kNoHierarchy; }
    int rowOf(HierarchyId id) const { return id ? int(m_ids.indexOf(id)) + 1 : 0; }

private:
    void computeProgress();

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    QList<HierarchyId> m_ids;
    QHash<HierarchyId, double> m_progress; // kNoHierarchy is "all"
};

} // namespace pfs
