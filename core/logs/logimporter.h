// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "logs/consolelogsplitter.h"
#include "logs/logtextreader.h"
#include "logs/syslogparser.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <QHash>
#include <QVarLengthArray>

#include <functional>
#include <memory>
#include <vector>

// Reads a file of DLoad traces into the rollout model: a console log (saved,
// or pasted out of a document), a syslog file (one message a line, as
// rsyslog writes them) or journalctl's output, in the forms people have them
// (see LogTextReader: gzip, UTF-16, BOMs). Layers, in order:
// LogTextReader (bytes to UTF-8 text) -> lines (LF, CRLF or CR; bounded) ->
// terminal escapes removed -> the line's syslog/journal prefix recognised
// and removed -> console-log record recovery (ConsoleLogSplitter), one per
// prefix's host and tag, so a record wrapped over several prefixed lines
// comes back whole -> DLoadParser -> the model.
//
// importFile()/importDevice() read the text and recover its records on a
// thread of their own, and parse and apply them on the caller's
// (ImportPipeline), in the same order as addData() does on one thread: the
// model, the observer's calls and the stats are the same either way.
namespace pfs {

class ImportPipeline;

struct ImportStats {
    qint64 lines = 0;
    qint64 records = 0;                // DLoad records parsed
    std::array<qint64, 3> byGrammar{}; // indexed by Grammar
    qint64 syslogLines = 0;            // lines with a syslog or journal prefix (removed)
    qint64 otherSyslogLines = 0;       // prefixed lines that carry no DLoad record
    qint64 ignoredLines = 0;           // prose and anything else without a record
    qint64 truncatedLines = 0;         // lines or records cut at their bound
    qint64 escapedLines = 0;           // lines that had terminal escapes (colours), removed
    LogTextReader::Encoding encoding = LogTextReader::Encoding::Utf8;
    int gzipMembers = 0;              // 0: the file was not compressed
    QString damage;                   // one line when the file was damaged or cut: what came before was read
    QList<QByteArray> unknownSamples; // the first unknown records, raw, to show
};

class LogImporter {
    Q_DECLARE_TR_FUNCTIONS(LogImporter)
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr qsizetype kSniffBytes = 64 * 1024;
    static constexpr qsizetype kUnknownSamples = 20;
    static constexpr size_t kMaxPrefixedStreams = 1024; // hosts x tags followed at once

    using RecordObserver
        = std::function<void(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)>;

    explicit LogImporter(RolloutModel *model, QDate referenceDate = QDate::currentDate());

    // False with a one-line error on a missing, unreadable or binary file.
    // A damaged or truncated file is read up to the damage: true, and
    // stats().damage says what happened in one line.
    bool importFile(const QString &path, QString *error);
    bool importDevice(QIODevice *device, const QByteArray &originName, QString *error);

    // Called with every DLoad record, as parsed, e.g. for an event log.
    void setRecordObserver(RecordObserver observer) { m_observer = std::move(observer); }
    void setMaxTextBytes(qint64 bytes) { m_maxTextBytes = bytes; }

    // What the records of addData() come from, e.g. "console:FILE" (importDevice sets it).
    void setSource(const QByteArray &originName);
    // Feeds text (any chunking) as it is; finish() flushes the last record.
    // A file read by importFile()/importDevice() is text as people saved it:
    // its terminal escapes (colour codes) are removed from each line too.
    void addData(QByteArrayView data);
    void finish();

    const ImportStats &stats() const { return m_stats; }

    // Why `head` (the first bytes of a file) is not a text log; empty if it is.
    static QString binaryReason(QByteArrayView head);

private:
    // The prefix times of the records begun and not emitted yet, oldest
    // first (the splitter emits a record only when the next begins).
    class StartTimes {
    public:
        void push(qint64 ms) { m_times.append(ms); }
        qint64 pop(qint64 fallback);
        bool empty() const { return m_head == m_times.size(); }
        void clear()
        {
            m_times.clear();
            m_head = 0;
        }

    private:
        QVarLengthArray<qint64, 4> m_times;
        qsizetype m_head = 0;
    };
    // One console stream: the bare lines, or the lines of one prefix's host
    // and tag.
    struct Stream {
        ConsoleLogSplitter splitter;
        QByteArray host; // what origin.host views
        RecordOrigin origin;
        StartTimes startTimes;
    };
    class StreamSink;
    enum class Prose : quint8 { Ignored, OtherSyslog };

    void importText(LogTextReader &reader, const QByteArray &head);
    void applyBatches(ImportPipeline &pipeline);
    void appendToLine(QByteArrayView part);
    void endLine();
    void addLine(QByteArrayView line);
    void addPrefixedLine(const SyslogRecordView &syslog);
    Stream &streamFor(const SyslogRecordView &syslog);
    void flushPrefixedStreams();
    void feed(Stream &stream, int starts, qint64 timeMs, Prose prose);
    void flush(Stream &stream);
    // timeOfDayUs: the record's time of day as the splitter read it, -1 when not read.
    void applyRecord(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs, qint64 timeOfDayUs);
    void parseAndApply(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs, qint64 timeOfDayUs);
    bool parseRecord(QByteArrayView record, DLoadEvent &event, qint64 timeOfDayUs);

    RolloutModel *m_model;
    QDate m_referenceDate;
    qint64 m_maxTextBytes = LogTextReader::kDefaultMaxTextBytes;
    Stream m_bare;
    // Keyed "host\0tag"; flushed in the keys' byte order, as the bound and
    // finish() always did (the model's order of records depends on it).
    QHash<QByteArray, Stream *> m_prefixed;
    std::vector<std::unique_ptr<Stream>> m_streams; // every stream made, in use or spare
    std::vector<Stream *> m_spare;                  // streams ready for reuse, their buffers kept
    QByteArray m_key;                               // streamFor()'s key, its capacity kept
    QByteArray m_line;
    QByteArray m_plain;
    QByteArray m_retagged;   // a record whose "DLoad:" travelled as the syslog TAG
    bool m_fileText = false; // remove terminal escapes: see addData()
    bool m_lineTruncated = false;
    ImportPipeline *m_pipeline = nullptr; // while importDevice() reads on its thread
    ImportStats m_stats;
    RecordObserver m_observer;
};

} // namespace pfs
