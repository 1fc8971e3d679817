// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/logimporter.h"
#include "protocol/wire.h"

#include "logs/ansiescapes.h"
#include "logs/importpipeline.h"
#include "protocol/dloadparser.h"
#include "protocol/visibletext.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <thread>

namespace pfs {
namespace {

constexpr char kEscape = '\x1b';

// The first CR or LF in [from, end), or end: memchr finds the LF, and the CR
// before it, if any, is looked for only in what it skipped.
const char *nextLineEnd(const char *from, const char *end)
{
    const auto *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(end - from)));
    const char *stop = lf ? lf : end;
    const auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t(stop - from)));
    return cr ? cr : stop;
}

// "console[4242] msg": rsyslog's file formats write an RFC 5424 message's
// APP-NAME[PROCID] without the colon of RFC 3164 tags. Its length with the
// space, 0 when `message` does not start so (the pid must be a number, or
// any "word[x] …" would pass); the live parser, which sees no such files,
// keeps reading this as text.
qsizetype rsyslogTagLength(QByteArrayView message)
{
    constexpr qsizetype kMaxAppName = 48; // RFC 5424's bound
    constexpr qsizetype kMaxPidDigits = 20;
    constexpr qsizetype kMaxTag = kMaxAppName + 2 + kMaxPidDigits;
    const qsizetype open = message.first(qMin(message.size(), kMaxAppName + 1)).indexOf('[');
    if (open <= 0)
        return 0;
    for (qsizetype i = 0; i < open; ++i) {
        if (message[i] == ' ' || message[i] == ':')
            return 0;
    }
    qsizetype i = open + 1;
    while (i < message.size() && i < kMaxTag && message[i] >= '0' && message[i] <= '9')
        ++i;
    if (i == open + 1 || i >= message.size() || message[i] != ']')
        return 0;
    ++i;
    if (i == message.size())
        return i;
    return message[i] == ' ' ? i + 1 : 0;
}

} // namespace

// What the splitter emits goes to the model with its start's time.
class LogImporter::StreamSink final : public ConsoleLogSplitter::RecordSink {
public:
    StreamSink(LogImporter &importer, Stream &stream, qint64 fallbackMs)
        : m_importer(importer)
        , m_stream(stream)
        , m_fallbackMs(fallbackMs)
    {
    }
    void take(QByteArrayView record, qint64 timeOfDayUs) override
    {
        m_importer.applyRecord(record, m_stream.origin, m_stream.startTimes.pop(m_fallbackMs), timeOfDayUs);
    }

private:
    LogImporter &m_importer;
    Stream &m_stream;
    qint64 m_fallbackMs;
};

qint64 LogImporter::StartTimes::pop(qint64 fallback)
{
    if (empty())
        return fallback;
    const qint64 ms = m_times[m_head++];
    if (empty())
        clear();
    return ms;
}

LogImporter::LogImporter(RolloutModel *model, QDate referenceDate)
    : m_model(model)
    , m_referenceDate(referenceDate)
{
    setSource("console");
}

// The key of a host-less record's phone. A syslog HOSTNAME never holds a
// space, so a stream key that starts with one is never taken for a host:
// a log's own records and a host named like the log stay two phones.
void LogImporter::setSource(const QByteArray &originName)
{
    m_bare.origin.stream = ' ' + originName;
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
        // ESC starts colour codes (grep --color=always): text, removed later.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != kEscape)
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

// The first bytes of text (decompressed, decoded) decide whether the file
// is a log at all; then it is read to its end or to its damage.
bool LogImporter::importDevice(QIODevice *device, const QByteArray &originName, QString *error)
{
    setSource(originName);
    m_fileText = true;
    const QString name = visibleText(originName.mid(originName.indexOf(':') + 1)); // a file name is untrusted text
    LogTextReader reader(device, m_maxTextBytes);
    QByteArray head, text;
    while (head.size() < kSniffBytes && reader.read(&text))
        head.append(text);
    const QString binary = binaryReason(QByteArrayView(head).first(qMin(head.size(), kSniffBytes)));
    if (!binary.isEmpty()) {
        *error = tr("cannot import %1: %2").arg(name, binary);
        return false;
    }
    importText(reader, head);
    m_stats.encoding = reader.encoding();
    m_stats.gzipMembers = reader.gzipMembers();
    if (!reader.damage().isEmpty())
        m_stats.damage = tr("%1: %2").arg(name, reader.damage());
    return true;
}

// The reader's thread reads the text and recovers its records; this one
// parses and applies them, batch by batch (ImportPipeline): the two cores
// of issue #17.
// The device is read on the reader's thread, which has no event loop: a
// file or a buffer is, a socket or a process would not be.
void LogImporter::importText(LogTextReader &reader, const QByteArray &head)
{
    ImportPipeline pipeline;
    m_pipeline = &pipeline;
    std::thread parser([this, &reader, &head, &pipeline] {
        addData(head);
        QByteArray text;
        while (reader.read(&text))
            addData(text);
        finish();
        pipeline.close();
    });
    applyBatches(pipeline);
    parser.join();
    m_pipeline = nullptr;
}

// The records' origin is the stream's: its host (null for the log's own
// lines) and the log's name.
void LogImporter::applyBatches(ImportPipeline &pipeline)
{
    RecordOrigin origin = m_bare.origin;
    while (ImportBatch *batch = pipeline.take()) {
        for (const ImportItem &item : batch->items) {
            origin.host = item.host;
            parseAndApply(item.record, origin, item.ms, item.timeOfDayUs);
        }
        pipeline.giveBack(batch);
    }
}

// Splits on LF, CR or CRLF (empty lines carry nothing); a line longer than
// its bound is cut and counted.
// A line whole in `data` is read where it lies; only a line cut by the
// chunk's end (or too long) is gathered in m_line (issue #17: the copy of
// every line was a sixth of the import).
void LogImporter::addData(QByteArrayView data)
{
    const char *const begin = data.data();
    const char *const end = begin + data.size();
    const char *start = begin;
    while (start != end) {
        const char *stop = nextLineEnd(start, end);
        if (stop == end)
            break;
        const QByteArrayView line(start, stop - start);
        if (m_line.isEmpty() && line.size() <= kMaxLineBytes) {
            if (!line.isEmpty())
                addLine(line);
        } else {
            appendToLine(line);
            endLine();
        }
        start = stop + 1;
    }
    appendToLine(QByteArrayView(start, end - start));
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
    flushPrefixedStreams();
    flush(m_bare);
}

namespace {

// A stream's key for the flush's sort: the 8 bytes after the prefix all
// keys share, big-endian (zeros past the key's end), then the whole key.
struct SortedStream {
    quint64 window;
    QByteArrayView key;
    void *stream;
};

quint64 windowAt(QByteArrayView key, qsizetype at)
{
    quint64 window = 0;
    for (qsizetype i = 0; i < 8; ++i)
        window = window << 8 | (at + i < key.size() ? quint64(quint8(key[at + i])) : 0);
    return window;
}

// Keys of one estate share a long prefix ("SEP001BD4…"): compared from
// there as integers, they are sorted at a few instructions a comparison,
// where comparing whole keys cost about 40 (issue #17). Windows order as
// the keys' bytes do, except that a key ending in its window ties with one
// going on with zeros: equal windows fall back to the keys.
void sortByKeyBytes(std::vector<SortedStream> &streams)
{
    if (streams.empty())
        return;
    qsizetype shared = streams.front().key.size();
    for (const SortedStream &s : streams) {
        const qsizetype n = qMin(shared, s.key.size());
        qsizetype i = 0;
        while (i < n && s.key[i] == streams.front().key[i])
            ++i;
        shared = i;
    }
    for (SortedStream &s : streams)
        s.window = windowAt(s.key, shared);
    std::sort(streams.begin(), streams.end(), [](const SortedStream &a, const SortedStream &b) {
        return a.window != b.window ? a.window < b.window : a.key.compare(b.key) < 0;
    });
}

} // namespace

// Every prefixed stream's pending record, in the order of their keys'
// bytes; the streams are kept for reuse.
void LogImporter::flushPrefixedStreams()
{
    std::vector<SortedStream> streams;
    streams.reserve(size_t(m_prefixed.size()));
    for (auto it = m_prefixed.cbegin(); it != m_prefixed.cend(); ++it)
        streams.push_back({0, it.key(), it.value()});
    sortByKeyBytes(streams);
    for (const SortedStream &entry : streams) {
        Stream *stream = static_cast<Stream *>(entry.stream);
        flush(*stream);
        m_spare.push_back(stream);
    }
    m_prefixed.clear();
}

// A file's terminal escapes go first (they may colour the prefix too); a
// BOM at a line's start is a file joined to another ("cat a.txt b.txt").
void LogImporter::addLine(QByteArrayView line)
{
    ++m_stats.lines;
    if (m_fileText && AnsiEscapes::strip(line, &m_plain)) {
        ++m_stats.escapedLines;
        line = m_plain;
    }
    if (line.startsWith(wire::kUtf8Bom))
        line = line.sliced(wire::kUtf8Bom.size());
    SyslogRecordView syslog; // views into `line`: no copy per line
    if (SyslogParser::parseHeader(line, m_referenceDate, &syslog)) {
        ++m_stats.syslogLines;
        if (const qsizetype tag = syslog.app.isEmpty() ? rsyslogTagLength(syslog.text) : 0) {
            syslog.app = syslog.text.first(syslog.text.indexOf('['));
            syslog.text = syslog.text.sliced(tag);
        }
        addPrefixedLine(syslog);
        return;
    }
    feed(m_bare, m_bare.splitter.scanLine(line), -1, Prose::Ignored);
}

// The prefix is gone; what is left is console-log text like any other: a
// record, part of a wrapped one, or another program's message. A record in
// syslog's own form ("DLoad: …" without a time) is taken as it is.
void LogImporter::addPrefixedLine(const SyslogRecordView &syslog)
{
    Stream &stream = streamFor(syslog);
    const QByteArrayView message = syslog.message(&m_retagged);
    const int starts = stream.splitter.scanLine(message);
    if (starts > 0) {
        feed(stream, starts, syslog.timestampMs, Prose::OtherSyslog);
    } else if (ConsoleLogSplitter::findTag(message, 0) >= 0) {
        flush(stream);
        applyRecord(message, stream.origin, syslog.timestampMs, -1);
    } else if (!stream.startTimes.empty()) {
        feed(stream, 0, syslog.timestampMs, Prose::OtherSyslog); // maybe a wrapped record's tail
    } else {
        ++m_stats.otherSyslogLines;
    }
}

// The prefix's host becomes the records' origin, as for syslog received live.
LogImporter::Stream &LogImporter::streamFor(const SyslogRecordView &syslog)
{
    // The key is built in a buffer kept between lines and looked up in a
    // hash: no allocation per line, and no tree walk (issue #17).
    m_key.resize(syslog.host.size() + 1 + syslog.app.size());
    char *key = m_key.data();
    if (!syslog.host.isEmpty())
        std::memcpy(key, syslog.host.data(), size_t(syslog.host.size()));
    key[syslog.host.size()] = '\0';
    if (!syslog.app.isEmpty())
        std::memcpy(key + syslog.host.size() + 1, syslog.app.data(), size_t(syslog.app.size()));
    if (Stream *found = m_prefixed.value(m_key))
        return *found;
    if (size_t(m_prefixed.size()) >= kMaxPrefixedStreams) // bounded: end every pending record
        flushPrefixedStreams();
    if (m_spare.empty()) {
        m_streams.push_back(std::make_unique<Stream>());
        m_spare.push_back(m_streams.back().get());
    }
    Stream &stream = *m_spare.back();
    m_spare.pop_back();
    m_prefixed.insert(m_key, &stream);
    stream.host = syslog.host.toByteArray();
    stream.origin.host = stream.host;
    stream.origin.stream = m_bare.origin.stream;
    return stream;
}

// The line the stream's splitter scanned last (scanLine), which begins
// `starts` records.
void LogImporter::feed(Stream &stream, int starts, qint64 timeMs, Prose prose)
{
    for (int i = 0; i < starts; ++i)
        stream.startTimes.push(timeMs);
    const qint64 ignoredBefore = stream.splitter.ignoredLines();
    const qint64 truncatedBefore = stream.splitter.truncatedRecords();
    StreamSink sink(*this, stream, timeMs);
    stream.splitter.addScannedLine(sink);
    const qint64 ignored = stream.splitter.ignoredLines() - ignoredBefore;
    if (ignored > 0 && prose == Prose::OtherSyslog && starts == 0)
        ++m_stats.otherSyslogLines;
    else
        m_stats.ignoredLines += ignored;
    m_stats.truncatedLines += stream.splitter.truncatedRecords() - truncatedBefore;
}

void LogImporter::flush(Stream &stream)
{
    StreamSink sink(*this, stream, -1);
    stream.splitter.finish(sink);
    stream.startTimes.clear();
}

// While a file is read on its own thread, the record is copied into the
// pipeline's batch there, and parsed and applied on the caller's.
void LogImporter::applyRecord(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs, qint64 timeOfDayUs)
{
    if (m_pipeline) {
        ImportItem &item = m_pipeline->push(record, origin.host);
        item.ms = headerMs;
        item.timeOfDayUs = timeOfDayUs;
        return;
    }
    parseAndApply(record, origin, headerMs, timeOfDayUs);
}

// The model's clock: the syslog header's time when there is one, else the
// trace's own time of day (console logs carry no date).
void LogImporter::parseAndApply(QByteArrayView record, const RecordOrigin &origin, qint64 headerMs, qint64 timeOfDayUs)
{
    DLoadEvent event;
    if (!parseRecord(record, event, timeOfDayUs))
        return;
    const qint64 ms = headerMs >= 0 ? headerMs : qMax<qint64>(event.timeOfDayUs / 1000, 0);
    m_model->apply(event, origin, ms);
    if (m_observer)
        m_observer(record, event, origin, ms);
}

bool LogImporter::parseRecord(QByteArrayView record, DLoadEvent &event, qint64 timeOfDayUs)
{
    if (!DLoadParser::parse(record, event, timeOfDayUs))
        return false;
    ++m_stats.records;
    ++m_stats.byGrammar[size_t(event.grammar)];
    if (event.kind == EventKind::Unknown && m_stats.unknownSamples.size() < kUnknownSamples)
        m_stats.unknownSamples.append(record.toByteArray());
    return true;
}

} // namespace pfs
