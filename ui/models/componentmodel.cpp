// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/componentmodel.h"

#include "export/displayformat.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QLocale>

namespace pfs {

ComponentModel::ComponentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const Phone *ComponentModel::current() const
{
    return m_snapshot ? m_snapshot->model->phone(m_phone) : nullptr;
}

void ComponentModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const Phone *p = current();
    const int rows = p ? int(p->components.size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

void ComponentModel::setPhone(PhoneId id)
{
    beginResetModel();
    m_phone = id;
    const Phone *p = current();
    m_rows = p ? int(p->components.size()) : 0;
    endResetModel();
}

void ComponentModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int ComponentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ComponentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnFile: return tr("Component");
    case ColumnProgress: return tr("Progress");
    case ColumnReceived: return tr("Received");
    case ColumnSize: return tr("Size");
    case ColumnSource: return tr("Source");
    case ColumnState: return tr("State");
    }
    return {};
}

QString ComponentModel::sizeText(qint64 bytes, bool estimated, const QLocale &locale)
{
    if (bytes < 0)
        return tr("unknown");
    return estimated ? tr("%1 (estimate)").arg(DisplayFormat::size(bytes, locale)) : DisplayFormat::size(bytes, locale);
}

QVariant ComponentModel::data(const QModelIndex &index, int role) const
{
    const Phone *p = current();
    if (!index.isValid() || !p || index.row() >= p->components.size())
        return {};
    const ComponentProgress &c = p->components[index.row()];
    const QLocale locale;
    const double fraction = c.progress().fraction();
    if (role == RawRole && index.column() == ColumnProgress)
        return fraction;
    if (role == Qt::ToolTipRole && index.column() == ColumnSource) // the peer's address too
        return PhoneStateStyle::source(c, *m_snapshot->model, true);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ColumnFile: return visibleText(c.file);
    case ColumnProgress: return DisplayFormat::share(fraction, locale);
    case ColumnReceived: return DisplayFormat::size(c.bytes, locale);
    case ColumnSize: return sizeText(c.total, c.totalEstimated, locale);
    case ColumnSource: return PhoneStateStyle::source(c, *m_snapshot->model);
    case ColumnState: return RolloutModel::stateName(c.state);
    }
    return {};
}

} // namespace pfs
