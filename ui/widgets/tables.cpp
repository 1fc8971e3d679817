// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/tables.h"

#include "ui/widgets/progressdelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace pfs {

QTableView *newConsoleTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void showProgressIn(QTableView *table, int column, int rawRole)
{
    table->setItemDelegateForColumn(column, new ProgressDelegate(rawRole, table));
}

} // namespace pfs
