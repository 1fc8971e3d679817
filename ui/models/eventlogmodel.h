// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>

// The raw records as they arrived, newest last, at most kCapacity of them
// (the oldest go first). Text is returned as plain strings: the default
// delegate never interprets it as rich text.
namespace pfs {

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kCapacity = 20000;
    enum Column { ColumnTime, ColumnPhone, ColumnSeverity, ColumnGrammar, ColumnRecord, ColumnCount };
    enum Roles { SeverityRole = Qt::UserRole + 1, GrammarRole, AddressRole, HostRole, TimeRole /* model time, ms */ };

    explicit EventLogModel(QObject *parent = nullptr);
    void append(const QList<RawRecord> &records);
    void clear();
    void retranslate();
    qint64 discarded() const { return m_discarded; }
    // The replay timeline: only the records up to `ms` (model time) are
    // rows, the first later one and all after it hidden; -1 every record.
    void showUntil(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::deque<RawRecord> m_records;
    qint64 m_discarded = 0;
    // The replay timeline's cut (showUntil).
    int shownRows() const { return m_untilMs < 0 ? int(m_records.size()) : m_shownRows; }
    int rowsUntil(qint64 ms) const;
    void appendInThePast(const QList<RawRecord> &records);
    qint64 m_untilMs = -1;
    int m_shownRows = 0;
};

// Filters the log by phone (name or address contains the text), minimum
// severity and grammar.
class EventLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventLogFilter(QObject *parent = nullptr);
    void setPhoneText(const QString &text);
    void setPhoneAddress(quint32 address, const QByteArray &host); // exact: one phone's lines
    void setMinSeverity(int severity);                             // Severity enum value: show this and more severe
    void setGrammar(int grammar);                                  // -1: all

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_phoneText;
    quint32 m_address = 0;
    QByteArray m_host;
    bool m_exactPhone = false;
    int m_minSeverity = int(Severity::Debug);
    int m_grammar = -1;
};

} // namespace pfs
