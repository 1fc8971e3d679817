// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"
#include "health/rolloutbucket.h"
#include "render/phonestate.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <optional>

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
    // BucketRole: the phone's RolloutBucket (core/health/forecast.h), as an int.
    enum Roles { RawRole = Qt::UserRole + 1, PhoneIdRole, BucketRole };

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

// The Phones tab's proxy: sorts on RawRole, filters by the text typed (any
// column) and, when one is chosen, by the phone's bucket of the overview's
// counts (done, in progress, waiting, in trouble, not heard).
class PhoneFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PhoneFilterProxy(QObject *parent = nullptr);
    void setBucket(std::optional<RolloutBucket> bucket); // nullopt: every phone
    std::optional<RolloutBucket> bucket() const { return m_bucket; }
    // The bucket's word, as the overview strip labels it: "in trouble".
    static QString bucketName(RolloutBucket bucket);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RolloutBucket> m_bucket;
};

} // namespace pfs
