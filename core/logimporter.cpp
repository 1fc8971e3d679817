#include "logimporter.h"

#include "dloadparser.h"

#include <QFile>
#include <QFileInfo>

namespace pfs {

LogImporter::LogImporter(RolloutModel *model, QDate referenceDate)
    : m_model(model)
    , m_referenceDate(referenceDate)
{
    m_consoleOrigin.stream = "console";
}

QString LogImporter::binaryReason(QByteArrayView head)
{
    static constexpr char kPcap[] = {'\xd4', '\xc3', '\xb2', '\xa1'};
    static constexpr char kPcapNg[] = {'\x0a', '\x0d', '\x0d', '\x0a'};
    if (head.startsWith(QByteArrayView(kPcap, 4)) || head.startsWith(QByteArrayView(kPcapNg, 4)))
        return tr("it is a packet capture, not a text log");
    qsizetype control = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            return tr("binary data (a NUL byte at offset %1)").arg(i);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    if (control * 20 > head.size())
        return tr("binary data (%1 control bytes in the first %2)").arg(control).arg(head.size());
    return {};
}

bool LogImporter::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = tr("cannot import %1: it is a folder").arg(path);
        return false;
    }
    return importDevice(&file, "console:" + QFile::encodeName(path), error);
}

bool LogImporter::importDevice(QIODevice *device, const QByteArray &originName, QString *error)
{
    m_consoleOrigin.stream = originName;
    const QByteArray head = device->peek(kSniffBytes);
    const QString binary = binaryReason(head);
    if (!binary.isEmpty()) {
        *error = tr("cannot import %1: %2").arg(QString::fromUtf8(originName.mid(originName.indexOf(':') + 1)), binary);
        return false;
    }
    QByteArray block;
    while (!device->atEnd()) {
        block = device->read(256 * 1024);
        if (block.isEmpty() && !device->atEnd()) {
            *error = tr("read error: %1").arg(device->errorString());
            return false;
        }
        addData(block);
    }
    finish();
    return true;
}

// Splits on LF, CR or CRLF (empty lines carry nothing); a line longer than
// its bound is cut and counted.
void LogImporter::addData(QByteArrayView data)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] != '\n' && data[i] != '\r')
            continue;
        appendToLine(data.sliced(start, i - start));
        endLine();
        start = i + 1;
    }
    appendToLine(data.sliced(start));
}

void LogImporter::appendToLine(QByteArrayView part)
{
    const qsizetype room = kMaxLineBytes - m_line.size();
    if (part.size() > room) {
        if (!m_lineTruncated)
            ++m_stats.truncatedLines;
        m_lineTruncated = true;
        part = part.first(room);
    }
    m_line.append(part);
}

void LogImporter::endLine()
{
    if (!m_line.isEmpty())
        addLine(m_line);
    m_line.resize(0); // keeps the capacity for the next line
    m_lineTruncated = false;
}

void LogImporter::finish()
{
    endLine();
    m_records.clear();
    m_console.finish(&m_records);
    for (const QByteArray &record : std::as_const(m_records))
        applyRecord(record, m_consoleOrigin, -1);
    m_records.clear();
    m_stats.ignoredLines = m_console.ignoredLines();
    m_stats.truncatedLines += m_console.truncatedRecords();
}

void LogImporter::addLine(QByteArrayView line)
{
    ++m_stats.lines;
    SyslogRecord syslog;
    if (SyslogParser::parseHeader(line, m_referenceDate, &syslog)) {
        ++m_stats.syslogLines;
        if (!syslog.message.contains("DLoad:")) {
            ++m_stats.otherSyslogLines;
            return;
        }
        RecordOrigin origin;
        origin.host = syslog.host;
        applyRecord(syslog.message, origin, syslog.timestampMs);
        return;
    }
    m_records.clear();
    m_console.addLine(line, &m_records);
    for (const QByteArray &record : std::as_const(m_records))
        applyRecord(record, m_consoleOrigin, -1);
}

// The model's clock: the syslog header's time when there is one, else the
// trace's own time of day (console logs carry no date).
void LogImporter::applyRecord(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs)
{
    DLoadEvent event;
    if (!DLoadParser::parse(record, event))
        return;
    ++m_stats.records;
    ++m_stats.byGrammar[size_t(event.grammar)];
    if (event.kind == EventKind::Unknown && m_stats.unknownSamples.size() < kUnknownSamples)
        m_stats.unknownSamples.append(record.toByteArray());
    const qint64 now = headerMs >= 0 ? headerMs : qMax<qint64>(event.timeOfDayUs / 1000, 0);
    m_model->apply(event, origin, now);
}

} // namespace pfs
