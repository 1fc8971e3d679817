// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/tables.h"

#include "ui/widgets/progressdelegate.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
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

void fitColumnTo(QTableView *table, int column, const QStringList &samples, bool withIcon)
{
    const QFontMetrics cells(table->font());
    int widest = 0;
    for (const QString &sample : samples)
        widest = qMax(widest, cells.horizontalAdvance(sample));
    if (withIcon)
        widest += table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table) + 4;
    // A cell's text sits between the style's margins; the header's beside its sort arrow.
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 8;
    const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
    const int headerWidth = QFontMetrics(table->horizontalHeader()->font()).horizontalAdvance(header) + 24;
    table->setColumnWidth(column, qMax(widest + margin, headerWidth));
}

} // namespace pfs
