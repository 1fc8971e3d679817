// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/hierarchypicker.h"

#include "ui/models/hierarchymodel.h"
#include "ui/widgets/tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace pfs {

HierarchyPicker::HierarchyPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new HierarchyModel(this))
    , m_table(newConsoleTable(m_model, this))
{
    showProgressIn(m_table, HierarchyModel::ColumnProgress, HierarchyModel::RawRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT hierarchyChosen(m_model->hierarchyAt(current.row())); });
    retranslate();
}

void HierarchyPicker::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
}

void HierarchyPicker::select(HierarchyId hierarchy)
{
    m_table->selectRow(m_model->rowOf(hierarchy));
}

bool HierarchyPicker::hasChoice() const
{
    return m_table->currentIndex().isValid();
}

void HierarchyPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HierarchyPicker::retranslate()
{
    m_model->retranslate();
    // French headers are longer: a column is as wide as its title needs.
    const int minimum[] = {115, 85, 55, 80};
    for (int column = 0; column <= HierarchyModel::ColumnProgress; ++column)
        m_table->setColumnWidth(column, qMax(minimum[column], m_table->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace pfs
