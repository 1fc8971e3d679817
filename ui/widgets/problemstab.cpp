// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/problemstab.h"

#include "ui/models/findingmodel.h"
#include "ui/widgets/tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pfs {

ProblemsTab::ProblemsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingModel::kSortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingModel::Severity, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT phoneChosen(index.data(FindingModel::kPhoneRole).toInt()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    retranslate();
}

void ProblemsTab::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
}

int ProblemsTab::problems() const
{
    return m_model->problems();
}

void ProblemsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsTab::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter problems (any column)"));
    fitColumns();
}

// The columns of known words fit the longest of them, once per language:
// resizing to the contents measured every row on every snapshot, 5 ms a
// snapshot with 10,000 phones (#17).
void ProblemsTab::fitColumns()
{
    QStringList severities, kinds;
    for (const auto severity : {Finding::Severity::Info, Finding::Severity::Warning, Finding::Severity::Error})
        severities.append(FindingModel::severityText(severity));
    for (int kind = 0; kind <= int(Finding::Kind::TreeAnomaly); ++kind)
        kinds.append(Health::kindName(Finding::Kind(kind)));
    fitColumnTo(m_table, FindingModel::Severity, severities, true);
    fitColumnTo(m_table, FindingModel::Phone, {QStringLiteral("SEP001BD4000000"), QStringLiteral("255.255.255.255")});
    fitColumnTo(m_table, FindingModel::Kind, kinds);
}

} // namespace pfs
