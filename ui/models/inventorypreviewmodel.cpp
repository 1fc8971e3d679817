// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/inventorypreviewmodel.h"

#include "protocol/visibletext.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace pfs {
namespace {

// Translucent, so it reads on a light and a dark palette alike.
const QColor kMappedTint(42, 130, 218, 48);

QFont headerRowFont()
{
    QFont font;
    font.setBold(true);
    font.setItalic(true);
    return font;
}

} // namespace

InventoryPreviewModel::InventoryPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InventoryPreviewModel::setRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = 0;
    for (const QStringList &row : rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

// Every header and cell may change look: one signal for the whole table.
void InventoryPreviewModel::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    if (m_columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, std::max(0, m_columns - 1)));
    }
}

int InventoryPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant InventoryPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index, role);
}

QVariant InventoryPreviewModel::cellData(const QModelIndex &index, int role) const
{
    const QString cell = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole: return shown(cell);
    case Qt::ToolTipRole: return cell.size() > kCellChars ? shown(cell, kTooltipChars) : QVariant();
    case Qt::FontRole: return isHeaderRow(index.row()) ? QVariant(headerRowFont()) : QVariant();
    case Qt::BackgroundRole: return fieldOf(index.column()) ? QVariant(kMappedTint) : QVariant();
    default: return {};
    }
}

QVariant InventoryPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? columnHeader(section, role) : rowHeader(section, role);
}

// Mapped: the field it gives (bold); else only its place, as the choosers name it.
QVariant InventoryPreviewModel::columnHeader(int column, int role) const
{
    const std::optional<InventoryField> field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole: return field ? ColumnMapping::fieldLabel(*field) : tr("Column %1").arg(column + 1);
    case Qt::ToolTipRole:
        return field ? tr("Column %1: read as %2").arg(column + 1).arg(ColumnMapping::fieldLabel(*field))
                     : tr("Column %1: not read").arg(column + 1);
    case Qt::FontRole: {
        QFont font;
        font.setBold(field.has_value());
        return font;
    }
    default: return {};
    }
}

// The file's header row is marked; the phones are numbered from 1.
QVariant InventoryPreviewModel::rowHeader(int row, int role) const
{
    if (role == Qt::ToolTipRole && isHeaderRow(row))
        return tr("The columns' names: not a phone, not imported");
    if (role != Qt::DisplayRole)
        return {};
    if (isHeaderRow(row))
        return tr("Header");
    return QString::number(m_mapping.firstRowIsHeader ? row : row + 1);
}

std::optional<InventoryField> InventoryPreviewModel::fieldOf(int column) const
{
    const auto found = std::find(m_mapping.columns.cbegin(), m_mapping.columns.cend(), column);
    if (column < 0 || found == m_mapping.columns.cend())
        return std::nullopt;
    return InventoryField(found - m_mapping.columns.cbegin());
}

QString InventoryPreviewModel::shown(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return visibleText(text);
    QStringView kept = QStringView(text).first(maxChars);
    if (kept.back().isHighSurrogate()) // never half a character
        kept.chop(1);
    return visibleText(kept) + QStringLiteral("…");
}

} // namespace pfs
