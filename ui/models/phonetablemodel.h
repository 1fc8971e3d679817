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
#include <vector>

// One row per phone of the latest snapshot. DisplayRole gives locale-
// formatted text; RawRole the number or key the sort proxy and the progress
// delegate use. Both come from a cache of what each row shows (PhoneRow),
// made once per snapshot, so that sorting 10,000 rows never recomputes a
// phone's state (qBittorrent's UnderlyingDataRole way). A snapshot tells the
// views only the cells whose text or key changed (issue #17: every row was
// told every tick, and the proxy re-sorted them all). "In state", "Time
// left" and "Last heard" read against the clock: their keys are times (since
// when, until when, in whole seconds for the forecast's end, when), told only
// when they change; their text moves with the clock, which the view
// repaints (clockMoved), for the rows in sight.
namespace pfs {

// A row's facts and what it shows from them; see phonetablemodel.cpp.
struct PhoneRow;

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
    ~PhoneTableModel() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    // A snapshot lists at most `rows` phones new to the table (0: every one,
    // the default); fillMore lists the next as many: the window fills a table
    // of 10,000 phones in parts, each in a turn of the event loop of its own
    // (issue #17: at once, 70 ms). The parts come from the newest snapshot.
    void setRowsPerFill(int rows) { m_rowsPerFill = rows; }
    bool filling() const; // phones of the snapshot not listed yet
    void fillMore();
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
    // Whether row `left` sorts before row `right` by `column`'s RawRole, as
    // QSortFilterProxyModel compares the two keys, without making them QVariants.
    bool keyLess(int left, int right, int column, Qt::CaseSensitivity cs, bool localeAware) const;
    // Rows told of by the last setSnapshot (dataChanged), for tests and benches.
    int rowsChangedLastTime() const { return m_rowsChanged; }

Q_SIGNALS:
    // The snapshot's clock moved: the time-relative cells read differently
    // without any row being told; views repaint what they show.
    void clockMoved();

private:
    void removeMergedRows(const PhoneList &phones);
    void appendNewRows(const PhoneList &phones, bool reset);
    void refreshRows(const EngineSnapshot *previous);
    bool refreshUnchanged(PhoneRow &row, const Phone &phone, const RolloutModel &before, quint16 &changed) const;
    qint64 endSeconds(const TimeLeft &left) const;
    void tellChanged(const std::vector<quint16> &changedColumns);
    void refreshColumns(quint16 columns);
    PhoneRow factsOf(const Phone &phone) const;
    quint16 updateTexts(PhoneRow &row, const PhoneRow &before, quint16 remake = 0) const;
    const QString &cellText(int row, int column) const;
    QString text(const PhoneRow &row, const Phone &phone, int column) const;
    QVariant key(int row, int column) const;
    QVariant liveText(const PhoneRow &row, const Phone &phone, int column) const;
    QString role(const Phone &phone) const;
    PhoneId parentOf(const Phone &phone) const;
    QVariant peerTip(const Phone &phone, int column) const;
    const Phone &phoneAtRow(int row) const;
    static QVariant troubleTint(const PhoneHealth &health);
    static QVariant troubleTip(const PhoneHealth &health);

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    QList<PhoneId> m_ids;
    std::vector<PhoneRow> m_rows; // beside m_ids
    QHash<PhoneId, int> m_rowOf;
    size_t m_phonesSeen = 0; // phones only get appended to the model: those before were listed or merged
    int m_rowsPerFill = 0;
    int m_rowsChanged = 0;
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
    bool filtering() const { return m_bucket || !filterRegularExpression().pattern().isEmpty(); }
    // Filters every row again: after rows changed while dynamicSortFilter was off.
    void refilter() { invalidateRowsFilter(); }
    // The bucket's word, as the overview strip labels it: "in trouble".
    static QString bucketName(RolloutBucket bucket);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // On the table's cached keys, directly (issue #17: sorting 10,000 rows
    // through QVariants took 40 ms).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<RolloutBucket> m_bucket;
};

} // namespace pfs
