// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/eventlogmodel.h"

#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QDateTime>
#include <QLocale>

#include <QLocale>
#include <algorithm>

namespace pfs {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::append(const QList<RawRecord> &records)
{
    if (records.isEmpty())
        return;
    if (m_untilMs >= 0) {
        appendInThePast(records);
        return;
    }
    const qsizetype incoming = qMin<qsizetype>(records.size(), kCapacity);
    const qsizetype overflow = qsizetype(m_records.size()) + incoming - kCapacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_records.erase(m_records.begin(), m_records.begin() + overflow);
        m_discarded += overflow;
        endRemoveRows();
    }
    m_discarded += records.size() - incoming;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + incoming) - 1);
    for (qsizetype i = records.size() - incoming; i < records.size(); ++i)
        m_records.push_back(records[i]);
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_discarded = 0;
    m_shownRows = 0;
    endResetModel();
}

// ---- the replay timeline ---------------------------------------------------------

int EventLogModel::rowsUntil(qint64 ms) const
{
    const auto later
        = std::find_if(m_records.cbegin(), m_records.cend(), [ms](const RawRecord &r) { return r.ms > ms; });
    return int(later - m_records.cbegin());
}

void EventLogModel::showUntil(qint64 ms)
{
    const int before = shownRows();
    const int after = ms < 0 ? int(m_records.size()) : rowsUntil(ms);
    if (after < before)
        beginRemoveRows({}, after, before - 1);
    else if (after > before)
        beginInsertRows({}, before, after - 1);
    m_untilMs = ms;
    m_shownRows = after;
    if (after < before)
        endRemoveRows();
    else if (after > before)
        endInsertRows();
}

// Records keep arriving while an earlier time is shown: kept, shown once the time comes.
void EventLogModel::appendInThePast(const QList<RawRecord> &records)
{
    beginResetModel();
    for (const RawRecord &record : records)
        m_records.push_back(record);
    while (m_records.size() > size_t(kCapacity)) {
        m_records.pop_front();
        ++m_discarded;
    }
    m_shownRows = rowsUntil(m_untilMs);
    endResetModel();
}

void EventLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (shownRows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(shownRows() - 1, ColumnCount - 1));
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownRows();
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnTime: return tr("Time");
    case ColumnPhone: return tr("Phone");
    case ColumnSeverity: return tr("Severity");
    case ColumnGrammar: return tr("Grammar");
    case ColumnRecord: return tr("Record");
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_records.size())
        return {};
    const RawRecord &r = m_records[size_t(index.row())];
    switch (role) {
    case SeverityRole: return int(r.severity);
    case GrammarRole: return int(r.grammar);
    case AddressRole: return r.address;
    case HostRole: return r.host;
    case TimeRole: return r.ms;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case ColumnTime:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.ms).time(), QStringLiteral("HH:mm:ss.zzz"));
    case ColumnPhone: return !r.host.isEmpty() ? visibleText(r.host) : r.address ? formatIpv4(r.address) : QString();
    case ColumnSeverity: return EventNames::severity(r.severity);
    case ColumnGrammar: return EventNames::grammar(r.grammar);
    case ColumnRecord: return visibleText(r.text); // plain text: never markup, controls and bad bytes as escapes
    }
    return {};
}

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventLogFilter::setPhoneText(const QString &text)
{
    m_phoneText = text.trimmed();
    m_exactPhone = false;
    invalidateFilter();
}

void EventLogFilter::setPhoneAddress(quint32 address, const QByteArray &host)
{
    // The detail tab says it again each tick: filtering the whole log again
    // only when the phone changed keeps a tick cheap.
    if (m_exactPhone && address == m_address && host == m_host)
        return;
    m_address = address;
    m_host = host;
    m_exactPhone = true;
    invalidateFilter();
}

void EventLogFilter::setMinSeverity(int severity)
{
    m_minSeverity = severity;
    invalidateFilter();
}

void EventLogFilter::setGrammar(int grammar)
{
    m_grammar = grammar;
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (m_grammar >= 0 && index.data(EventLogModel::GrammarRole).toInt() != m_grammar)
        return false;
    const int severity = index.data(EventLogModel::SeverityRole).toInt();
    if (severity != int(Severity::Unknown) && severity < m_minSeverity)
        return false;
    if (m_exactPhone) {
        return (m_address && index.data(EventLogModel::AddressRole).toUInt() == m_address)
            || (!m_host.isEmpty() && index.data(EventLogModel::HostRole).toByteArray() == m_host);
    }
    if (m_phoneText.isEmpty())
        return true;
    const QString phone = sourceModel()->index(row, EventLogModel::ColumnPhone, parent).data().toString();
    return phone.contains(m_phoneText, Qt::CaseInsensitive);
}

} // namespace pfs
