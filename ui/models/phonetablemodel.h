// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"
#include "render/phonestate.h"

#include <QAbstractTableModel>
#include <QLocale>

// One row per phone of the latest snapshot. DisplayRole gives locale-
// formatted text; RawRole the number or key the sort proxy and the progress
// delegate use. Phones only ever get added, so a snapshot either appends rows
// or changes data: one dataChanged for the whole table per tick.
namespace pfs {

class PhoneTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColumnName,
        ColumnAddress,
        ColumnModel,
        ColumnRole,
        ColumnParent,
        ColumnComponent,
        ColumnProgress,
        ColumnReceived,
        ColumnSource,
        ColumnState,
        ColumnInState,
        ColumnEta,
        ColumnLastHeard,
        ColumnCount
    };
    enum Roles { RawRole = Qt::UserRole + 1, PhoneIdRole };

    explicit PhoneTableModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    // The file whose role (root, parent, leaf) the Role column shows; 0: any.
    void setHierarchy(HierarchyId hierarchy);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOf(PhoneId id) const { return m_rowOf.value(id, -1); }
    PhoneId phoneAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : kNoPhone; }
    const RolloutModel *model() const { return m_snapshot ? m_snapshot->model.get() : nullptr; }

private:
    QVariant display(const Phone &phone, int column) const;
    QVariant raw(const Phone &phone, int column) const;
    QString role(const Phone &phone) const;
    PhoneId parentOf(const Phone &phone) const;
    QVariant peerTip(const Phone &phone, int column) const;
    PhoneState stateOf(const Phone &phone) const;
    QVariant troubleTint(const Phone &phone) const;
    QVariant troubleTip(const Phone &phone) const;
    QString etaText(const Phone &phone) const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    QList<PhoneId> m_ids;
    QHash<PhoneId, int> m_rowOf;
    HierarchyId m_hierarchy = kNoHierarchy;
    QLocale m_locale;
};

} // namespace pfs
