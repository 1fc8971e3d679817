// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Console-log text (saved or pasted): lines in, normalised records out.
// Every record it gives is a DLoad record the parser accepts, none longer
// than its bound, never more records than "DLoad:" tags in the text, and
// the time of day a record comes with is the one the parser reads from it.
#include "fuzzcheck.h"

#include "logs/consolelogsplitter.h"
#include "protocol/dloadparser.h"

using namespace pfs;

namespace {

struct Collector final : ConsoleLogSplitter::RecordSink {
    QList<QByteArray> records;
    QList<qint64> times;
    void take(QByteArrayView record, qint64 timeOfDayUs) override
    {
        records.append(record.toByteArray());
        times.append(timeOfDayUs);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text = fuzz::input(data, size);
    ConsoleLogSplitter splitter;
    Collector sink;
    qsizetype lines = 0;
    for (qsizetype start = 0; start <= text.size(); ++lines) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        splitter.scanLine(text.sliced(start, end - start));
        splitter.addScannedLine(sink);
        start = end + 1;
    }
    splitter.finish(sink);
    const QList<QByteArray> &records = sink.records;
    fuzz::check(records.size() <= text.count("DLoad:"), "more records than DLoad: tags");
    fuzz::check(splitter.ignoredLines() <= lines, "more ignored lines than lines");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &record = records[i];
        DLoadEvent event;
        fuzz::check(DLoadParser::parse(record, event), "a record lost its DLoad: tag",
                    [&] { return record.left(200).toPercentEncoding(); });
        fuzz::check(sink.times[i] == event.timeOfDayUs, "a record's time of day is not the parser's",
                    [&] { return record.left(200).toPercentEncoding(); });
        // The record's header (severity, time, tag) is at most ~30 bytes on top of its bound.
        fuzz::check(record.size() <= ConsoleLogSplitter::kMaxRecord + 32, "a record longer than its bound",
                    [&] { return QByteArray::number(record.size()); });
        fuzz::check(!record.contains('\n'), "a line break inside a record");
    }
    return 0;
}
