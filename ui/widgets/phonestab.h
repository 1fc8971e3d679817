// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The Phones tab: one row per phone, sortable, filtered by any column.
namespace pfs {

class PhoneTableModel;

class PhonesTab : public QWidget {
    Q_OBJECT
public:
    explicit PhonesTab(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setHierarchy(HierarchyId hierarchy); // whose role the Role column shows
    // Selects the phone's row without emitting phoneSelected.
    void showSelected(PhoneId id);

    PhoneTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void phoneSelected(PhoneId id); // by the user

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PhoneTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
};

} // namespace pfs
