// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar for a cell. Contract: the index's `rawRole` holds a
// double from 0 to 1; DisplayRole holds the text drawn on the bar. Nothing
// is interpreted as rich text.
namespace pfs {

class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressDelegate(int rawRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_rawRole;
};

} // namespace pfs
