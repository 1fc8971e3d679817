#pragma once

#include "consolelogsplitter.h"
#include "rolloutmodel.h"
#include "syslogmessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

// Reads a text file of DLoad traces, console-log or syslog (one message a
// line, as rsyslog writes them), line by line into the rollout model.
namespace pfs {

struct ImportStats {
    qint64 lines = 0;
    qint64 records = 0;          // DLoad records parsed
    std::array<qint64, 3> byGrammar{}; // indexed by Grammar
    qint64 syslogLines = 0;      // lines with a syslog header
    qint64 otherSyslogLines = 0; // syslog lines that carry no DLoad record
    qint64 ignoredLines = 0;     // prose and anything else without a record
    qint64 truncatedLines = 0;   // lines or records cut at their bound
    QList<QByteArray> unknownSamples; // the first unknown records, raw, to show
};

class LogImporter
{
    Q_DECLARE_TR_FUNCTIONS(LogImporter)
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr qsizetype kSniffBytes = 64 * 1024;
    static constexpr qsizetype kUnknownSamples = 20;

    explicit LogImporter(RolloutModel *model, QDate referenceDate = QDate::currentDate());

    // False with a one-line error on a missing, unreadable or binary file.
    bool importFile(const QString &path, QString *error);
    bool importDevice(QIODevice *device, const QByteArray &originName, QString *error);

    // Feeds text (any chunking); finish() flushes the last record.
    void addData(QByteArrayView data);
    void finish();

    const ImportStats &stats() const { return m_stats; }

    // Why `head` (the first bytes of a file) is not a text log; empty if it is.
    static QString binaryReason(QByteArrayView head);

private:
    void appendToLine(QByteArrayView part);
    void endLine();
    void addLine(QByteArrayView line);
    void applyRecord(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs);

    RolloutModel *m_model;
    QDate m_referenceDate;
    ConsoleLogSplitter m_console;
    RecordOrigin m_consoleOrigin;
    QByteArray m_line;
    bool m_lineTruncated = false;
    QList<QByteArray> m_records;
    ImportStats m_stats;
};

} // namespace pfs
