// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/findingmodel.h"

#include "health/health.h"

#include <QApplication>
#include <QStyle>
#include <QTextDocument>

namespace pfs {

FindingModel::FindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int FindingModel::problems() const
{
    if (!m_snapshot)
        return 0;
    return int(std::count_if(m_snapshot->findings.cbegin(), m_snapshot->findings.cend(),
                             [](const Finding &f) { return f.severity != Finding::Severity::Info; }));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The sentence, then the facts it rests on, as plain text (a tooltip is rich text when it looks like it).
QVariant FindingModel::tooltip(const Finding &f) const
{
    const RolloutModel &model = *m_snapshot->model;
    QStringList lines{Health::text(f, model)};
    lines.append(Health::evidence(f, model));
    return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')));
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !index.isValid() || index.row() >= m_snapshot->findings.size())
        return {};
    const Finding &f = m_snapshot->findings[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(f, index.column());
    case Qt::ToolTipRole: return tooltip(f);
    case kSortRole: return sortValue(f, index.column());
    case kPhoneRole: return f.phone;
    case Qt::DecorationRole:
        if (index.column() != Severity)
            return {};
        return QApplication::style()->standardIcon(
            f.severity == Finding::Severity::Error         ? QStyle::SP_MessageBoxCritical
                : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    default: return {};
    }
}

QString FindingModel::severityText(Finding::Severity severity)
{
    return severity == Finding::Severity::Error  ? tr("error")
        : severity == Finding::Severity::Warning ? tr("warning")
                                                 : tr("information");
}

QVariant FindingModel::display(const Finding &f, int column) const
{
    const RolloutModel &model = *m_snapshot->model;
    switch (column) {
    case Severity: return severityText(f.severity);
    case Phone: {
        const pfs::Phone *phone = model.phone(f.phone);
        return phone ? phone->displayName() : QString();
    }
    case Kind: return Health::kindName(f.kind);
    case Since: return f.sinceMs < 0 ? QString() : Health::timeText(f.sinceMs);
    case Text: return Health::text(f, model);
    }
    return {};
}

QVariant FindingModel::sortValue(const Finding &f, int column) const
{
    switch (column) {
    case Severity: return int(f.severity);
    case Since: return f.sinceMs;
    default: return display(f, column);
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Phone: return tr("Phone");
    case Kind: return tr("Problem");
    case Since: return tr("Since");
    case Text: return tr("What happened, what to do");
    }
    return {};
}

} // namespace pfs
