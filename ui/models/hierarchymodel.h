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
    enum Roles { RawRole = Qt::UserRole + 1, XidRole };

    explicit HierarchyModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    quint32 xidAt(int row) const { return row > 0 && row <= m_xids.size() ? m_xids[row - 1] : 0; }
    int rowOf(quint32 xid) const { return xid ? int(m_xids.indexOf(xid)) + 1 : 0; }

private:
    void computeProgress();

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    QList<quint32> m_xids;
    QHash<quint32, double> m_progress; // per XID; 0 is "all"
};

} // namespace pfs
