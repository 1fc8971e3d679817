// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The Problems tab: one row per finding of core/health, worst first,
// filtered by any column; a double-click chooses the finding's phone.
namespace pfs {

class FindingModel;

class ProblemsTab : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsTab(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    int problems() const; // warnings and errors
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void phoneChosen(PhoneId phone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    FindingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};

} // namespace pfs
