// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QWidget;

// The console's tables all read alike: rows selected whole, no row numbers,
// compact rows, the last column taking what is left.
namespace pfs {

QTableView *newConsoleTable(QAbstractItemModel *model, QWidget *parent);
// A progress bar in `column`, drawn from the model's value under `rawRole`.
void showProgressIn(QTableView *table, int column, int rawRole);
// Makes `column` wide enough for its header and the widest of `samples`
// (the longest texts it can hold, in the language shown): measured once,
// where resizing to the contents would measure every row on every tick.
// `withIcon`: the cells show a small icon before their text.
void fitColumnTo(QTableView *table, int column, const QStringList &samples, bool withIcon = false);

} // namespace pfs
