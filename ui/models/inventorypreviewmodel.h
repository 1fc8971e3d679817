// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "inventory/columnmapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

// The first rows of a phone list as read (InventoryCsv::previewRows), for
// the import dialog: every cell plain text with its controls made visible
// and cut to a table cell's length (the whole, up to a bound, in its
// tooltip). The columns show the mapping: a mapped column is titled with
// its field and tinted, the others "Column N"; the file's header row, when
// it is one, is marked and set apart, since it is never imported.
namespace pfs {

class InventoryPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr qsizetype kCellChars = 80;     // a cell's text in the table
    static constexpr qsizetype kTooltipChars = 800; // and in its tooltip

    explicit InventoryPreviewModel(QObject *parent = nullptr);

    void setRows(const QList<QStringList> &rows);
    void setMapping(const ColumnMapping &mapping);
    QStringList row(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Untrusted text for one line of a table or a list: made visible, and
    // cut to `maxChars` characters of the original, marked with "…".
    static QString shown(const QString &text, qsizetype maxChars = kCellChars);
    // The field read from `column`, if any.
    std::optional<InventoryField> fieldOf(int column) const;

private:
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant columnHeader(int column, int role) const;
    QVariant rowHeader(int row, int role) const;
    bool isHeaderRow(int row) const { return row == 0 && m_mapping.firstRowIsHeader; }

    QList<QStringList> m_rows;
    int m_columns = 0;
    ColumnMapping m_mapping;
};

} // namespace pfs
