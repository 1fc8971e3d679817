// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"
#include "health/rolloutbucket.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableView;
class QToolButton;

// The Phones tab: one row per phone, sortable, filtered by any column and,
// when the overview strip chose one, by state (a removable chip says which).
namespace pfs {

class PhoneFilterProxy;
class PhoneTableModel;

class PhonesTab : public QWidget {
    Q_OBJECT
public:
    explicit PhonesTab(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    // Fills the table in parts (PhoneTableModel::setRowsPerFill): while
    // filling(), fillMore lists the next part.
    void setRowsPerFill(int rows);
    bool filling() const;
    void fillMore();
    void setHierarchy(HierarchyId hierarchy); // whose role the Role column shows
    // Selects the phone's row without emitting phoneSelected.
    void showSelected(PhoneId id);
    // Lists only the phones of one bucket of the overview's counts; nullopt: all.
    void setStateFilter(std::optional<pfs::RolloutBucket> bucket);
    std::optional<RolloutBucket> stateFilter() const;

    PhoneTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void phoneSelected(PhoneId id); // by the user
    void stateFilterChanged(std::optional<pfs::RolloutBucket> bucket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void sortWhenFilled();
    void showStateChip();

    PhoneTableModel *m_model;
    PhoneFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QToolButton *m_stateChip;
};

} // namespace pfs
