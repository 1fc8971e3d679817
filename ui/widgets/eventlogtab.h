// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "logs/logimporter.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The Event log tab: the raw records as plain text, filtered by phone,
// minimum severity and grammar. Scrolled to the bottom, it follows the new
// records as a terminal does; scrolled up, it stays where the reader is.
// A double-click on a record chooses its phone. Over the table, a line says
// what an imported file gave (showImport).
namespace pfs {

class EventLogFilter;
class EventLogModel;

class EventLogTab : public QWidget {
    Q_OBJECT
public:
    explicit EventLogTab(EventLogModel *log, QWidget *parent = nullptr);

    // What the file read gave, one line: shown over the log until clearImport().
    void showImport(const ImportStats &stats);
    void clearImport();
    static QString importSummary(const ImportStats &stats);
    // The phone a record was taken for: by its syslog host, else by its address; kNoPhone when none.
    static PhoneId phoneOf(const RolloutModel &model, quint32 address, const QByteArray &host);

    // A log's columns wide enough for a time, a phone's host name or
    // address, a severity and a grammar in the language shown; the record
    // takes the rest. For every table of EventLogModel's columns.
    static void fitColumns(QTableView *table);

    // For tests.
    QTableView *table() const { return m_table; }
    QString importLine() const;

Q_SIGNALS:
    // A record was double-clicked: the phone it was taken for (its address
    // as the model knows it, 0 when none) and its syslog host, if any.
    void recordChosen(quint32 address, const QByteArray &host);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followNewRecords();
    void chooseRecord(const QModelIndex &index);

    EventLogFilter *m_filter;
    QLabel *m_import;
    QLineEdit *m_phone;
    QComboBox *m_severity;
    QComboBox *m_grammar;
    QTableView *m_table;
    std::optional<ImportStats> m_stats;
    bool m_following = true; // the last rows are in view: new ones are brought in view too
};

} // namespace pfs
