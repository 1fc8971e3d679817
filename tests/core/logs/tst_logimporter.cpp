// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logfiles.h"
#include "logs/ansiescapes.h"
#include "logs/importpipeline.h"
#include "logs/logimporter.h"
#include "modelinvariants.h"
#include "syslogdaemon.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

#include <zlib.h>

using namespace pfs;

namespace {

const QByteArray kPhone = "SEP001122334455";
const QDate kReference(2026, 12, 1);
const qint64 kTenUtcMs = QDateTime(kReference, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

// What one import gave: the events as golden lines, where they came from, when.
struct Imported {
    std::unique_ptr<RolloutModel> model = std::make_unique<RolloutModel>();
    bool ok = false;
    QString error;
    ImportStats stats;
    QList<QByteArray> events;
    QList<QByteArray> hosts;
    QList<qint64> times;
};

Imported importFile(const QString &path, qint64 maxTextBytes = -1)
{
    Imported r;
    LogImporter importer(r.model.get(), kReference);
    if (maxTextBytes > 0)
        importer.setMaxTextBytes(maxTextBytes);
    importer.setRecordObserver([&r](QByteArrayView, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms) {
        r.events.append(test::describe(event));
        r.hosts.append(origin.host.toByteArray());
        r.times.append(ms);
    });
    r.ok = importer.importFile(path, &r.error);
    r.stats = importer.stats();
    return r;
}

Imported importBytes(const QByteArray &content, qint64 maxTextBytes = -1)
{
    QTemporaryDir dir;
    return importFile(pfs::test::writeFile(dir.filePath(QStringLiteral("input.log")), content), maxTextBytes);
}

QList<QByteArray> golden()
{
    return test::readData(QStringLiteral("seed-events.golden")).trimmed().split('\n');
}

QByteArray seed()
{
    return test::readData(QStringLiteral("seed-cisco-pfs-fr.txt"));
}

// Index in the seed's excerpt of the line a record starts on.
qsizetype excerptLineOf(const QByteArray &needle)
{
    const QList<QByteArray> lines = test::seedExcerptLines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i;
    }
    qFatal("not in the excerpt: %s", needle.constData());
}

// The seed's 26 records, every one, and the root's hierarchy confirmed.
bool recoversTheSeed(const Imported &r)
{
    const QList<QByteArray> expected = golden();
    if (r.events.size() != 26) {
        qWarning("%d events, not 26", int(r.events.size()));
        return false;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (r.events[i] != expected[i]) {
            qWarning("event %d: %s\n   expected %s", int(i), r.events[i].constData(), expected[i].constData());
            return false;
        }
    }
    const Hierarchy *h = r.model->hierarchyByXid(0x080027F8);
    const Phone *root = h ? r.model->phone(h->root) : nullptr;
    return h && h->rootConfirmed && root && root->address == 0x0a6a7544 && h->model == QLatin1String("CP-7961G");
}

// Writes `total` bytes of text made of lines of `lineLength` 'A's with zlib, a
// block at a time: the file is small, the text it holds is not.
QByteArray gzipBomb(qint64 total, qsizetype lineLength)
{
    QByteArray block;
    while (block.size() < 1024 * 1024)
        block += QByteArray(lineLength, 'A') + '\n';
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2");
    QByteArray out, chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < total;) {
        const qsizetype n = qsizetype(qMin<qint64>(block.size(), total - written));
        written += n;
        z.next_in = reinterpret_cast<Bytef *>(block.data());
        z.avail_in = uInt(n);
        const int flush = written >= total ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(chunk.data());
            z.avail_out = uInt(chunk.size());
            deflate(&z, flush);
            out.append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

// Gives at most three bytes a read: every code unit and gzip header cut.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, 3, m_data.size() - m_pos});
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// A log made to be hard on the import's two threads: more hosts than the
// importer follows at once (its bound flushes them all, in key order),
// records wrapped over two prefixed lines, bare records and prose between,
// a line over the line bound, and more records than the pipeline's ring
// holds, so that the reader waits for the model.
QByteArray threadedImportLog()
{
    const QList<QByteArray> lines = test::seedExcerptLines();
    QRandomGenerator random(17);
    QByteArray text;
    for (int i = 0; i < 12000; ++i) {
        const QByteArray host = "SEP" + QByteArray::number(0x001122330000 + random.bounded(1500), 16).toUpper();
        const QByteArray prefix = "Dec  1 10:" + QByteArray::number(10 + i / 1200) + ":00 " + host + " console: ";
        const QByteArray record = "NOT 02:19:" + QByteArray::number(10 + i % 50) + ".000000 DLoad: UPG start self=10.1."
            + QByteArray::number(random.bounded(250)) + '.' + QByteArray::number(1 + random.bounded(250))
            + " m=CP-7961G load=/dnld/SCCP41.loads pfs=on";
        switch (random.bounded(8)) {
        case 0: text += prefix + record.first(30) + '\n' + prefix + record.sliced(30) + '\n'; break;
        case 1: text += record + "\r\n"; break;
        case 2: text += lines[random.bounded(int(lines.size()))] + '\n'; break;
        case 3: text += prefix + "TO\n"; break;
        default: text += prefix + record + '\n'; break;
        }
        if (i == 6000)
            text += prefix + record + ' ' + QByteArray(LogImporter::kMaxLineBytes + 10, 'A') + '\n';
    }
    return text;
}

// Everything the model and the observer were given, in order.
struct Sequence {
    QList<QByteArray> records;
    ImportStats stats;
    QByteArray model;
};

void observeInto(LogImporter &importer, Sequence *s)
{
    importer.setRecordObserver(
        [s](QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms) {
            s->records.append(test::describe(event) + " host=" + origin.host.toByteArray() + " stream=" + origin.stream
                              + " ms=" + QByteArray::number(ms) + " record=" + record.toByteArray());
        });
}

QByteArray modelSummary(const RolloutModel &model)
{
    QByteArray s = "phones=" + QByteArray::number(qsizetype(model.phones().size())) + " hierarchies="
        + QByteArray::number(model.hierarchies().size()) + " events=" + QByteArray::number(model.counts().total);
    for (const Phone &phone : model.phones())
        s += ' ' + phone.host + '/' + QByteArray::number(phone.address, 16);
    return s;
}

QByteArray statsSummary(const ImportStats &s)
{
    return "lines=" + QByteArray::number(s.lines) + " records=" + QByteArray::number(s.records)
        + " syslog=" + QByteArray::number(s.syslogLines) + " other=" + QByteArray::number(s.otherSyslogLines)
        + " ignored=" + QByteArray::number(s.ignoredLines) + " truncated=" + QByteArray::number(s.truncatedLines)
        + " verified=" + QByteArray::number(s.byGrammar[0]) + " modelled=" + QByteArray::number(s.byGrammar[1]);
}

} // namespace

class TestLogImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // importDevice() parses on a thread of its own and applies on the
    // caller's; addData() does both on one. The model must be given the same
    // records, in the same order, with the same origins and times, however
    // the text is cut into pieces (lines cut at every place, the long line
    // cut across pieces).
    void threadedImportIsTheSingleThreadedOne_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("4093 bytes") << qsizetype(4093);
        QTest::newRow("whole") << qsizetype(0);
    }
    void threadedImportIsTheSingleThreadedOne()
    {
        QFETCH(qsizetype, piece);
        static const QByteArray text = threadedImportLog();
        RolloutModel threadedModel;
        LogImporter threaded(&threadedModel, kReference);
        Sequence viaThreads;
        observeInto(threaded, &viaThreads);
        QByteArray bytes = text;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY2(threaded.importDevice(&buffer, "console:log", &error), qPrintable(error));

        RolloutModel singleModel;
        LogImporter single(&singleModel, kReference);
        Sequence onOneThread;
        observeInto(single, &onOneThread);
        single.setSource("console:log");
        const qsizetype step = piece > 0 ? piece : text.size();
        for (qsizetype at = 0; at < text.size(); at += step)
            single.addData(QByteArrayView(text).sliced(at, qMin(step, text.size() - at)));
        single.finish();

        QVERIFY(viaThreads.records.size() > 2 * ImportPipeline::kBatches * ImportPipeline::kBatchRecords);
        QVERIFY(threaded.stats().truncatedLines >= 1); // the long line, and records it made too long
        QCOMPARE(statsSummary(threaded.stats()), statsSummary(single.stats()));
        QCOMPARE(viaThreads.records.size(), onOneThread.records.size());
        for (qsizetype i = 0; i < viaThreads.records.size(); ++i)
            QCOMPARE(viaThreads.records[i], onOneThread.records[i]);
        QCOMPARE(modelSummary(threadedModel), modelSummary(singleModel));
        QCOMPARE(test::modelInvariantViolation(threadedModel), QByteArray());
    }

    // The ring: every record comes out once, in order, with its own text,
    // while at most kBatches batches were ever made (memory bounded
    // whatever the number of records).
    void pipelineKeepsOrderInBoundedMemory()
    {
        ImportPipeline pipeline;
        constexpr int kRecords = 50000;
        std::thread producer([&pipeline] {
            for (int i = 0; i < kRecords; ++i) {
                const QByteArray record = "record " + QByteArray::number(i);
                pipeline.push(record, i % 3 ? QByteArrayView("host") : QByteArrayView()).ms = i;
            }
            pipeline.close();
        });
        int expected = 0;
        bool inOrder = true;
        while (ImportBatch *batch = pipeline.take()) {
            for (const ImportItem &item : batch->items) {
                inOrder = inOrder && item.ms == expected
                    && item.record == QByteArray("record " + QByteArray::number(expected))
                    && item.host.isNull() == (expected % 3 == 0);
                ++expected;
            }
            pipeline.giveBack(batch);
        }
        producer.join();
        QVERIFY(inOrder);
        QCOMPARE(expected, kRecords);
        QVERIFY(pipeline.batchesMade() <= ImportPipeline::kBatches);
    }

    // The seed as a console log captured through syslog or the journal: every
    // physical line of the PDF copy carries a prefix, and the wrapped
    // "strength=", the glued "ClaimRoot(tent)INF", the stray "TO" and the
    // root's "ROOT=" tail still join their records once it is removed.
    void prefixedSeedRecoversEveryRecord_data()
    {
        QTest::addColumn<QByteArray>("date");     // before the time
        QTest::addColumn<QByteArray>("fraction"); // after the seconds
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<QByteArray>("hostAndTag");
        const QByteArray tag = kPhone + " console: ";
        const QByteArray tagPid = kPhone + " console[212]: ";
        QTest::newRow("syslog file") << QByteArray("Dec  1 ") << QByteArray() << QByteArray() << 0 << tag;
        QTest::newRow("syslog file, tag[pid]") << QByteArray("Dec  1 ") << QByteArray() << QByteArray() << 0 << tagPid;
        QTest::newRow("syslog file, no tag")
            << QByteArray("Dec  1 ") << QByteArray() << QByteArray() << 0 << kPhone + ' ';
        QTest::newRow("relayed with <PRI>") << QByteArray("<134>Dec  1 ") << QByteArray() << QByteArray() << 0 << tag;
        QTest::newRow("rsyslog RFC 3339 file format")
            << QByteArray("2026-12-01T") << QByteArray(".123456") << QByteArray("+01:00") << 60 << tag;
        QTest::newRow("rsyslog file of an RFC 5424 message")
            << QByteArray("2026-12-01T") << QByteArray(".123456") << QByteArray("Z") << 0 << kPhone + " console[212] ";
        QTest::newRow("journalctl -o short") << QByteArray("Dec 01 ") << QByteArray() << QByteArray() << 0 << tagPid;
        QTest::newRow("journalctl -o short-iso")
            << QByteArray("2026-12-01T") << QByteArray() << QByteArray("+0100") << 60 << tagPid;
        QTest::newRow("journalctl -o short-precise")
            << QByteArray("Dec 01 ") << QByteArray(".123456") << QByteArray() << 0 << tagPid;
        QTest::newRow("journalctl -o short-iso-precise")
            << QByteArray("2026-12-01T") << QByteArray(".123456") << QByteArray("-0230") << -150 << tagPid;
    }

    void prefixedSeedRecoversEveryRecord()
    {
        QFETCH(QByteArray, date);
        QFETCH(QByteArray, fraction);
        QFETCH(QByteArray, zone);
        QFETCH(int, offsetMinutes);
        QFETCH(QByteArray, hostAndTag);
        const QList<QByteArray> lines = test::seedExcerptLines();
        const QByteArray text = test::prefixLines(lines, [&](int i) -> QByteArray {
            return date + QTime(10, 0).addSecs(i).toString(QStringLiteral("hh:mm:ss")).toLatin1() + fraction + zone
                + ' ' + hostAndTag;
        });
        const Imported r = importBytes(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(recoversTheSeed(r));
        QCOMPARE(r.stats.syslogLines, lines.size());
        QVERIFY(r.stats.damage.isEmpty());
        for (const QByteArray &host : r.hosts)
            QCOMPARE(host, kPhone);
        // Each record keeps the time of the line it began on.
        const qint64 base = kTenUtcMs - qint64(offsetMinutes) * 60000 + (fraction.isEmpty() ? 0 : 123);
        QCOMPARE(r.times.constFirst(), base + excerptLineOf("DBG 02:19:22.634167") * 1000);
        QCOMPARE(r.times[4], base + excerptLineOf("NF 02:19:23.162700") * 1000);
        QCOMPARE(r.times[17], base + excerptLineOf("02:19:34.410208") * 1000);
        QCOMPARE(r.times.constLast(), base + excerptLineOf("@@@HROOT") * 1000);
    }

    // A syslog file holds other programs and other phones between the lines.
    // Past the bound of streams followed at once, every pending record is
    // ended in the byte order of the streams' keys, the model's order of
    // records depends on it: keys sharing a long prefix, of any length,
    // one the start of another, some alike far beyond their shared prefix.
    void streamsAtTheirBoundEndInKeyOrder()
    {
        const int hosts = int(LogImporter::kMaxPrefixedStreams) + 100;
        QList<QByteArray> names;
        QByteArray text;
        for (int i = 0; i < hosts; ++i) {
            // A third share 8 bytes more: keys that differ only past them.
            const QByteArray shared = i % 3 ? "SEP001BD4" : "SEP001BD412345678";
            names.append(shared + QByteArray::number((i * 7919) % 100003));
            text += "<189>Dec  1 10:00:00 " + names.back() + " NOT 10:00:00.000001 DLoad: ^.idl_child.c-openUDPPort\n";
        }
        QList<QByteArray> expected = names.first(qsizetype(LogImporter::kMaxPrefixedStreams));
        std::sort(expected.begin(), expected.end());
        QList<QByteArray> rest = names.sliced(qsizetype(LogImporter::kMaxPrefixedStreams));
        std::sort(rest.begin(), rest.end());
        expected += rest;
        const Imported r = importBytes(text);
        QVERIFY(r.ok);
        QCOMPARE(r.hosts, expected);
    }

    void otherProgramsAndHostsDoNotJoinRecords()
    {
        const QList<QByteArray> lines = test::seedExcerptLines();
        QByteArray text;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            text += "Dec  1 10:00:00 " + kPhone + " console: " + lines[i] + '\n';
            text += "Dec  1 10:00:00 collector kernel: [ 12.345678] eth0: Link is Up - 1Gbps/Full\n";
            text += "Dec  1 10:00:00 SEP00AABBCCDDEE console: TO\n";
            text += "Dec  1 10:00:00 collector CRON[99]: (root) CMD (ROOT=1 /bin/true)\n";
        }
        text += "Dec  1 10:00:01 SEP00AABBCCDDEE console: NOT 02:20:00.000000 DLoad: ^.idl_child.c-openUDPPort\n";
        const Imported r = importBytes(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.events.size(), 27);
        QList<QByteArray> own;
        for (qsizetype i = 0; i < r.events.size(); ++i) {
            if (r.hosts[i] == kPhone)
                own.append(r.events[i]);
        }
        QCOMPARE(own, golden());
        QCOMPARE(r.hosts.count("SEP00AABBCCDDEE"), 1);
        QCOMPARE(r.events[r.hosts.indexOf("SEP00AABBCCDDEE")],
                 QByteArray(
                     "UdpPortOpened verified sev=NOT t=02:20:00.000000 file=\"idl_child.c\" function=\"openUDPPort\""));
        QVERIFY(r.model->hierarchyByXid(0x080027F8)->rootConfirmed);
        const Imported alone = importBytes(
            test::prefixLines(lines, [](int) -> QByteArray { return "Dec  1 10:00:00 " + kPhone + " console: "; }));
        QCOMPARE(r.stats.otherSyslogLines, alone.stats.otherSyslogLines + 3 * lines.size());
    }

    // A console log's own records (no host) and a syslog host that happens to
    // be named like the log are two phones, not one (found by fuzzing).
    void aHostNamedLikeTheLogIsAnotherPhone()
    {
        RolloutModel model(FirmwareCatalogue::builtIn());
        LogImporter importer(&model, QDate(2026, 11, 24));
        importer.addData("NOT 02:20:00.000000 DLoad: ^.idl_child.c-openUDPPort\n"
                         "Nov 24 02:20:01 console NOT 02:20:01.000000 DLoad: ^.idl_child.c-openUDPPort\n");
        importer.finish();
        QCOMPARE(model.counts().total, 2);
        QCOMPARE(qsizetype(model.phones().size()), qsizetype(2));
    }

    // journalctl's own output, made here by journald's tools from a journal
    // holding the excerpt's lines as entries (TZ=UTC).
    void realJournalctlOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("shape"); // how its first line starts
        QTest::newRow("short") << QStringLiteral("short")
                               << QByteArray("Dec 01 10:00:00 SEP001122334455 console[4242]: ");
        QTest::newRow("short-iso") << QStringLiteral("short-iso") << QByteArray("2026-12-01T10:00:00");
        QTest::newRow("short-precise") << QStringLiteral("short-precise") << QByteArray("Dec 01 10:00:00.000000 ");
        QTest::newRow("short-iso-precise")
            << QStringLiteral("short-iso-precise") << QByteArray("2026-12-01T10:00:00.000000");
    }

    void realJournalctlOutput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, shape);
        QString why;
        const QByteArray text
            = test::journalctlOutput(test::seedExcerptLines(), format, kPhone, "console", kTenUtcMs * 1000, &why);
        if (text.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(text.startsWith(shape), text.left(120).constData());
        const Imported r = importBytes(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(recoversTheSeed(r));
        QCOMPARE(r.hosts.count(kPhone), 26);
        QCOMPARE(r.times.constLast(), kTenUtcMs + excerptLineOf("@@@HROOT") * 1000);
    }

    // A console relayed by syslog, as rsyslog (run here with a private
    // configuration, fed by util-linux logger over loopback TCP) writes it
    // in its traditional and its high-precision RFC 3339 file formats.
    void rsyslogFilesOfARelayedConsole()
    {
        using test::SyslogDaemon;
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (SyslogDaemon::program(SyslogDaemon::Kind::Rsyslog).isEmpty() || logger.isEmpty())
            QSKIP("rsyslogd or logger is not installed");
        SyslogDaemon daemon(SyslogDaemon::Kind::Rsyslog);
        const quint16 port = SyslogDaemon::freePort();
        const QString traditional = daemon.dir() + QStringLiteral("/traditional.log");
        const QString precise = daemon.dir() + QStringLiteral("/precise.log");
        const QString config
            = QStringLiteral("global(workDirectory=\"@DIR@\")\n"
                             "module(load=\"imtcp\")\n"
                             "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%1\")\n"
                             "if $programname == 'console' then {\n"
                             "  action(type=\"omfile\" file=\"@DIR@/traditional.log\" "
                             "template=\"RSYSLOG_TraditionalFileFormat\")\n"
                             "  action(type=\"omfile\" file=\"@DIR@/precise.log\" template=\"RSYSLOG_FileFormat\")\n"
                             "}\n")
                  .arg(port);
        QString error;
        QVERIFY2(daemon.start(config, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(SyslogDaemon::listening(port, true), 10000);
        // RFC 3164 gives "console: msg"; RFC 5424 (logger's default) gives
        // "console[4242] msg" in both file formats, and microseconds.
        const QList<QByteArray> lines = test::seedExcerptLines();
        const QStringList forms[]
            = {{QStringLiteral("--rfc3164")}, {QStringLiteral("--rfc5424"), QStringLiteral("--id=4242")}};
        for (const QStringList &form : forms) {
            QProcess sender;
            sender.start(logger,
                         QStringList{QStringLiteral("--tcp"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QString::number(port), QStringLiteral("-t"),
                                     QStringLiteral("console")}
                             + form);
            QVERIFY(sender.waitForStarted());
            sender.write(lines.join('\n') + '\n');
            sender.closeWriteChannel();
            QVERIFY(sender.waitForFinished(10000));
            QCOMPARE(sender.exitCode(), 0);
        }
        const auto lineCount = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : qsizetype(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(lineCount(traditional), 2 * lines.size(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lineCount(precise), 2 * lines.size(), 10000);
        for (const QString &path : {traditional, precise}) {
            QFile written(path);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray firstLine = written.readLine();
            const QByteArray host = firstLine.simplified().split(' ').value(path == precise ? 1 : 3);
            QVERIFY2(!host.isEmpty(), firstLine.constData());
            Imported r = importFile(path);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.hosts.count(host), 52);
            QCOMPARE(r.events.mid(26), golden()); // the RFC 5424 batch
            r.events.resize(26);
            QVERIFY2(recoversTheSeed(r), firstLine.constData());
        }
    }

    void encodingsAndLineEnds_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("encoding");
        const QByteArray text = seed();
        QByteArray crlf = text;
        crlf.replace('\n', "\r\n");
        QByteArray cr = text;
        cr.replace('\n', '\r');
        QTest::newRow("UTF-16 LE, BOM, CRLF (PowerShell Out-File)")
            << test::utf16WithBom(crlf, true) << int(LogTextReader::Encoding::Utf16LE);
        QTest::newRow("UTF-16 BE, BOM") << test::utf16WithBom(text, false) << int(LogTextReader::Encoding::Utf16BE);
        QTest::newRow("UTF-8, BOM") << "\xef\xbb\xbf" + text << int(LogTextReader::Encoding::Utf8Bom);
        QTest::newRow("CRLF") << crlf << int(LogTextReader::Encoding::Utf8);
        QTest::newRow("CR only (old Mac)") << cr << int(LogTextReader::Encoding::Utf8);
        QTest::newRow("UTF-16 LE, journal prefixes, CRLF") << test::utf16WithBom(
            test::prefixLines(test::seedExcerptLines(),
                              [](int) -> QByteArray { return QByteArray("Dec 01 10:00:00 SEP001122334455 c: "); })
                .replace('\n', "\r\n"),
            true) << int(LogTextReader::Encoding::Utf16LE);
    }

    void encodingsAndLineEnds()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, encoding);
        const Imported r = importBytes(content);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(recoversTheSeed(r));
        QCOMPARE(int(r.stats.encoding), encoding);
        QCOMPARE(r.stats.gzipMembers, 0);
    }

    // Two-byte code units, surrogate pairs and the BOM cut between reads.
    void utf16CutAnywhereStillDecodes()
    {
        const QString text = QStringLiteral("DLoad: é ✓ \U0001F600\r\nfin");
        for (const bool little : {true, false}) {
            TrickleDevice device(test::utf16WithBom(text.toUtf8(), little));
            LogTextReader reader(&device);
            QByteArray all, piece;
            while (reader.read(&piece))
                all += piece;
            QCOMPARE(QString::fromUtf8(all), text);
            QVERIFY(reader.damage().isEmpty());
        }
        TrickleDevice gz(test::gzipWithZlib(text.toUtf8()));
        LogTextReader reader(&gz);
        QByteArray all, piece;
        while (reader.read(&piece))
            all += piece;
        QCOMPARE(QString::fromUtf8(all), text);
        QCOMPARE(reader.gzipMembers(), 1);
    }

    void gzip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("members");
        const QByteArray text = seed();
        const QByteArray tool = test::gzipWithTool(text);
        QVERIFY(!tool.isEmpty());
        QTest::newRow("gzip(1)") << tool << 1;
        QTest::newRow("zlib") << test::gzipWithZlib(text) << 1;
        // "cat a.gz b.gz", cut between the glued "ClaimRoot(tent)INF" and its time.
        const qsizetype cut = text.indexOf("ClaimRoot(tent)INF") + int(strlen("ClaimRoot(tent)INF\n"));
        QTest::newRow("concatenated members, cut inside a record")
            << test::gzipWithTool(text.left(cut)) + test::gzipWithZlib(text.mid(cut)) << 2;
        QByteArray perLine;
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines)
            perLine += test::gzipWithZlib(line + '\n');
        QTest::newRow("one member a line") << perLine << int(lines.size());
        const QByteArray journal = test::prefixLines(test::seedExcerptLines(), [](int) -> QByteArray {
            return QByteArray("2026-12-01T10:00:00.123456+0100 SEP001122334455 console[4242]: ");
        });
        QTest::newRow("UTF-16 LE journal, gzip(1)") << test::gzipWithTool(test::utf16WithBom(journal, true)) << 1;
    }

    void gzip()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, members);
        const Imported r = importBytes(content);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(recoversTheSeed(r));
        QCOMPARE(r.stats.gzipMembers, members);
        QVERIFY2(r.stats.damage.isEmpty(), qPrintable(r.stats.damage));
    }

    // The seed's records, then noise that does not compress away.
    void damagedGzipGivesWhatCameBefore_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("damage");
        QByteArray text = test::readData(QStringLiteral("seed-records.txt"));
        QRandomGenerator random(11);
        for (int i = 0; i < 4000; ++i)
            text += "noise " + QByteArray::number(random.generate64(), 16) + '\n';
        const QByteArray gz = test::gzipWithTool(text);
        QTest::newRow("truncated") << gz.left(gz.size() / 2) << QStringLiteral("ends early");
        QByteArray damaged = gz;
        for (qsizetype i = gz.size() / 2; i < gz.size() / 2 + 64; ++i)
            damaged[i] = char(~damaged[i]);
        QTest::newRow("damaged in the middle") << damaged << QStringLiteral("damaged");
        QByteArray crc = gz;
        crc[crc.size() - 6] = char(~crc[crc.size() - 6]); // the CRC-32 of the trailer
        QTest::newRow("bad CRC") << crc << QStringLiteral("damaged");
        QTest::newRow("trailing garbage") << gz + "this is not gzip" << QStringLiteral("data after the end");
    }

    void damagedGzipGivesWhatCameBefore()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, damage);
        const Imported r = importBytes(content);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.events, golden());
        QVERIFY2(r.stats.damage.contains(damage), qPrintable(r.stats.damage));
        QVERIFY2(r.stats.damage.contains(QLatin1String("/input.log: ")), qPrintable(r.stats.damage));
        QVERIFY(!r.stats.damage.contains(QLatin1Char('\n')));
    }

    void gzipCutInItsHeaderSaysSo()
    {
        const Imported r = importBytes(test::gzipWithTool(seed()).left(5));
        QVERIFY(r.ok);
        QCOMPARE(r.events.size(), 0);
        QVERIFY2(r.stats.damage.contains(QLatin1String("ends early")), qPrintable(r.stats.damage));
    }

    // 256 MiB of text in a 0.3 MiB file: streamed, never held.
    void gzipBombStaysInBoundedMemory()
    {
        const qint64 total = qint64(256) << 20;
        const qsizetype lineLength = 100000; // longer than a line may be
        const QByteArray bomb = gzipBomb(total, lineLength);
        QVERIFY(bomb.size() < 2 * 1024 * 1024);
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5"); // resets the peak below to the current size
        clear.close();
        const qint64 before = test::peakRssKib();
        const Imported r = importBytes(bomb);
        const qint64 grown = test::peakRssKib() - before;
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.stats.damage.isEmpty());
        QVERIFY(r.stats.lines > total / (lineLength + 1));
        QVERIFY(r.stats.truncatedLines >= r.stats.lines - 1); // all but the last, shorter one
        QVERIFY2(before > 0 && grown < 48 * 1024, qPrintable(QString::number(grown)));
        qInfo("256 MiB from a %lld-byte gzip file, peak memory grew by %lld KiB", qint64(bomb.size()), grown);
    }

    void textBeyondTheLimitIsCutAndSaid()
    {
        const Imported r = importBytes(gzipBomb(qint64(8) << 20, 100), 1 << 20);
        QVERIFY(r.ok);
        QVERIFY2(r.stats.damage.contains(QLatin1String("stopped after")), qPrintable(r.stats.damage));
        QVERIFY(r.stats.lines <= (1 << 20) / 101 + 1);
    }

    void compressedBinaryIsStillRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("NUL bomb") << gzipBombOfZeros() << QStringLiteral("binary data");
        QTest::newRow("pcap.gz") << test::gzipWithZlib(QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8)
                                                       + QByteArray(100, 'x'))
                                 << QStringLiteral("packet capture");
        QTest::newRow("pcap") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8) << QStringLiteral("packet capture");
    }

    void compressedBinaryIsStillRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const Imported r = importBytes(content);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
        QCOMPARE(r.events.size(), 0);
    }

    // As `grep --color=always DLoad` prints them, and colours on a prefix.
    void colourCodesAreRemoved()
    {
        QProcess grep;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GREP_COLORS"));
        env.remove(QStringLiteral("GREP_COLOR"));
        grep.setProcessEnvironment(env);
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("--color=always"), QStringLiteral("DLoad"),
                    test::dataPath(QStringLiteral("seed-records.txt"))});
        QVERIFY(grep.waitForFinished(10000));
        const QByteArray coloured = grep.readAllStandardOutput();
        QCOMPARE(coloured.count("\x1b[01;31m\x1b[K"), 26);
        const Imported r = importBytes(coloured);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(recoversTheSeed(r));
        QCOMPARE(r.stats.escapedLines, 26);

        const QByteArray prefixed = test::prefixLines(test::seedExcerptLines(), [](int) -> QByteArray {
            return QByteArray("\x1b[2mDec 01 10:00:00\x1b[0m \x1b]8;;https://example.invalid/\x1b\\SEP001122334455"
                              "\x1b]8;;\x07 console: \x1b[1;39m");
        });
        const Imported p = importBytes(prefixed);
        QVERIFY(recoversTheSeed(p));
        QCOMPARE(p.hosts.count(kPhone), 26);
    }

    void escapeSequences_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("grep match") << QByteArray("a \x1b[01;31m\x1b[KDLoad\x1b[m\x1b[K: b")
                                    << QByteArray("a DLoad: b");
        QTest::newRow("CSI with intermediate") << QByteArray("x\x1b[1 qy") << QByteArray("xy");
        QTest::newRow("OSC ended by BEL") << QByteArray("\x1b]0;title\x07text") << QByteArray("text");
        QTest::newRow("OSC ended by ST") << QByteArray("\x1b]8;;http://h/\x1b\\link") << QByteArray("link");
        QTest::newRow("charset designation") << QByteArray("\x1b(Bplain") << QByteArray("plain");
        QTest::newRow("CSI cut by the line's end") << QByteArray("text\x1b[01;3") << QByteArray("text");
        QTest::newRow("OSC cut by the line's end") << QByteArray("text\x1b]0;never ends") << QByteArray("text");
        QTest::newRow("lone ESC at the end") << QByteArray("text\x1b") << QByteArray("text");
    }

    void escapeSequences()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, plain);
        QByteArray out;
        QVERIFY(AnsiEscapes::strip(line, &out));
        QCOMPARE(out, plain);
        QByteArray untouched = "kept";
        QVERIFY(!AnsiEscapes::strip(plain, &untouched));
        QCOMPARE(untouched, QByteArray("kept"));
    }

private:
    static QByteArray gzipBombOfZeros() { return test::gzipWithZlib(QByteArray(64 << 20, '\0')); }
};

QTEST_GUILESS_MAIN(TestLogImporter)
#include "tst_logimporter.moc"
