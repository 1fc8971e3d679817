// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfsmon/commandline.h"
#include "app/pfsmon/headless.h"
#include "capture/capturefeed.h"
#include "capture/pcaprecorder.h"
#include "i18n/language.h"
#include "logfiles.h"
#include "logs/ansiescapes.h"
#include "logs/logimporter.h"
#include "protocol/visibletext.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

using namespace pfs;

class TestHeadless : public QObject {
    Q_OBJECT

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        CommandLine::setUp(parser);
        Options options;
        QString error;
        if (!parser.parse(QStringList{QStringLiteral("pfsmon")} + arguments)
            || !CommandLine::read(parser, &options, &error))
            return {2, {}, error.isEmpty() ? parser.errorText() : error};
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = Headless::run(options, outStream, errStream);
        return {code, out, err};
    }

    // The real executable, for what only a process shows (exit codes, streams).
    static Run runBinary(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PFSMON_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString seed() const { return test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt")); }

    // The real executable's streams as bytes: what a terminal would be sent.
    static QPair<QByteArray, QByteArray> runBinaryBytes(const QStringList &arguments, int *code)
    {
        QProcess process;
        process.start(QStringLiteral(PFSMON_BINARY), arguments);
        *code = process.waitForFinished(60000) ? process.exitCode() : -1;
        return {process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QList<QByteArray> jsonHosts(const QByteArray &json)
    {
        QList<QByteArray> hosts;
        for (const QJsonValue &phone : QJsonDocument::fromJson(json).object().value(QLatin1String("phones")).toArray())
            hosts.append(phone.toObject().value(QLatin1String("host")).toString().toUtf8());
        return hosts;
    }

    // A log with the hostile rollout after more than the importer sniffs of
    // harmless prose: NUL bytes there are data, not a sign of a binary file.
    static bool writeHostileLog(const QString &path, const test::HostileRollout &hostile)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QByteArray prose = "a line of prose before the records, as console logs have\n";
        for (qsizetype written = 0; written <= LogImporter::kSniffBytes; written += prose.size())
            file.write(prose);
        file.write(hostile.lines.join('\n') + '\n');
        return file.error() == QFile::NoError;
    }

private Q_SLOTS:
    // As the program does before it runs: English, with its plural forms.
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void importsTheSeed()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--import"), seed()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains(QLatin1String("Records: 26 (verified 26, modelled 0, unknown 0)")), qPrintable(r.out));
        QVERIFY(r.out.contains(
            QLatin1String("XID080027F8  model CP-7961G  subnet 10.106.117.0/24  file SCCP41.9-4-2SR2-2S.loads")));
        QVERIFY(r.out.contains(QLatin1String("root 10.106.117.68 (confirmed), 1 phone")));
        QVERIFY(r.out.contains(QLatin1String("Bandwidth (estimated")));
        QVERIFY(r.out.contains(QLatin1String("Anomalies: 0")));
    }

    void showsUnknownRecordsRaw()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("log.txt")),
                                             "NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort\n"
                                             "INF 02:19:22.700000 DLoad: XID080027F8 something new\n");
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--import"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("Records: 2 (verified 1, modelled 0, unknown 1)")));
        QVERIFY2(r.out.contains(QLatin1String("unknown: INF 02:19:22.700000 DLoad: XID080027F8 something new")),
                 qPrintable(r.out));
    }

    void hostileTextNeverReachesTheTerminal_data()
    {
        QTest::addColumn<bool>("replay");
        QTest::addColumn<QString>("format");
        QTest::newRow("log, CSV") << false << QStringLiteral("csv");
        QTest::newRow("log, DOT") << false << QStringLiteral("dot");
        QTest::newRow("log, SVG") << false << QStringLiteral("svg");
        QTest::newRow("capture, PNG") << true << QStringLiteral("png");
        QTest::newRow("capture, PDF") << true << QStringLiteral("pdf");
        QTest::newRow("capture, JSON") << true << QStringLiteral("json");
    }

    // Host names, models, file names and records from the network, read from
    // a log or replayed from a capture by the real binary: its output holds
    // them shown, and not one byte a terminal would act on; so does each export.
    void hostileTextNeverReachesTheTerminal()
    {
        QFETCH(bool, replay);
        QFETCH(QString, format);
        const test::HostileRollout hostile = test::hostileRollout();
        QTemporaryDir dir;
        const char *name = replay ? "cap\x1b]0;t\x07.pcap" : "log\x1b[2J\xe2\x80\xae.txt";
        const QString input = dir.filePath(QString::fromUtf8(name));
        QVERIFY(replay ? test::writeSyslogCapture(input, hostile.lines, hostile.senders)
                       : writeHostileLog(input, hostile));
        const QString exported = dir.filePath(QStringLiteral("out\x1b[2J.") + format);
        int code = 0;
        const QStringList arguments{QStringLiteral("--headless"),
                                    replay ? QStringLiteral("--replay") : QStringLiteral("--import"),
                                    input,
                                    QStringLiteral("--speed"),
                                    QStringLiteral("max"),
                                    QStringLiteral("--export"),
                                    format,
                                    QStringLiteral("--output"),
                                    exported};
        const auto [out, err] = runBinaryBytes(arguments, &code);
        QCOMPARE(code, 0);
        QVERIFY2(test::unsafeText(out, "\n").isEmpty(), qPrintable(test::unsafeText(out, "\n")));
        QVERIFY2(test::unsafeText(err, "\n").isEmpty(), qPrintable(test::unsafeText(err, "\n")));
        const QString shown = QString::fromUtf8(out);
        // An import removes terminal escape sequences from a log's lines
        // before reading them (colour codes); what is left is shown visibly.
        const auto asRead = [replay](const QByteArray &raw) {
            QByteArray text = raw;
            if (!replay)
                AnsiEscapes::strip(raw, &text);
            return text;
        };
        if (!replay) // only an import lists the unknown records
            QVERIFY(shown.contains(QLatin1String("unknown: ") + visibleText(asRead(hostile.unknownRecord))));
        QVERIFY(shown.contains(QLatin1String("model ") + visibleText(asRead(hostile.model))));
        QVERIFY(shown.contains(QLatin1String("file ") + visibleText(QString::fromUtf8(asRead(hostile.file)))));
        for (const QByteArray &host : hostile.hosts)
            QVERIFY2(shown.contains(QLatin1Char('(') + visibleText(asRead(host)) + QLatin1Char(')')),
                     qPrintable(visibleText(asRead(host))));
        QVERIFY(shown.contains(visibleText(input)));
        QVERIFY(shown.contains(QLatin1String("Exported ") + format + QLatin1String(" to ") + visibleText(exported)));

        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == QLatin1String("csv") || format == QLatin1String("dot"))
            QVERIFY2(test::unsafeText(bytes, "\n").isEmpty(), qPrintable(test::unsafeText(bytes, "\n")));
        else if (format == QLatin1String("svg"))
            QVERIFY2(test::unsafeText(bytes, "\t\n\r").isEmpty(), qPrintable(test::unsafeText(bytes, "\t\n\r")));
        else if (format == QLatin1String("png"))
            QVERIFY(bytes.startsWith("\x89PNG") && bytes.contains("IEND"));
        else if (format == QLatin1String("pdf"))
            QVERIFY(bytes.startsWith("%PDF"));
        else // JSON is data: the host names come back exactly, controls and NUL included
            QVERIFY(jsonHosts(bytes).contains(hostile.hosts[6]));
    }

    // A file name is shown like any other text: one line, nothing that acts.
    void errorsShowFileNamesVisibly()
    {
        const QString missing = QString::fromUtf8("/nonexistent-dir/log\x1b]0;t\x07\n\xe2\x80\xae.txt");
        int code = 0;
        const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--import"), missing};
        const QByteArray err = runBinaryBytes(arguments, &code).second;
        QCOMPARE(code, 1);
        QVERIFY2(test::unsafeText(err, "\n").isEmpty(), qPrintable(test::unsafeText(err, "\n")));
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(err).contains(visibleText(missing)), err.constData());
    }

    void runsTheDemo()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"),
                           QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("9")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("demo rollout of 60 phones (seed 9)")));
        QVERIFY(r.out.contains(QLatin1String("unknown 0)")));
        QVERIFY(r.out.contains(QLatin1String("Anomalies: 0")));
        QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--import"), seed()}).code,
                 2);
    }

    // The wire's demo takes minutes at a large estate: it says so, and what
    // takes seconds; the traces alone, or a small demo, say nothing.
    void aLargeDemoWithTheWireSaysItTakesAWhile()
    {
        const auto demo = [](const QString &phones, const QString &sources) {
            return run({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"), phones,
                        QStringLiteral("--demo-sources"), sources, QStringLiteral("--at"), QStringLiteral("0")});
        };
        const QLatin1String warning("--demo-sources traces takes seconds");
        const Run large = demo(QStringLiteral("5001"), QStringLiteral("both"));
        QCOMPARE(large.code, 0);
        QVERIFY2(large.err.contains(warning), qPrintable(large.err));
        QVERIFY(large.err.contains(QLocale().toString(5001) + QLatin1String(" phones with the wire take a while")));
        QVERIFY(demo(QStringLiteral("5001"), QStringLiteral("wire")).err.contains(warning));
        QVERIFY(!demo(QStringLiteral("5001"), QStringLiteral("traces")).err.contains(warning));
        QVERIFY(!demo(QStringLiteral("5000"), QStringLiteral("both")).err.contains(warning));
    }

    void replaysACapture()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("seed.pcap"));
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY(recorder.open(capture, &error));
            qint64 us = 1795507200000000;
            for (const QByteArray &record : test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n')) {
                ReceivedDatagram d;
                d.payload = "<189>Nov 24 08:00:00 SEP001122334455 " + record;
                d.source = 0x0A6A7544;
                d.destination = 0x0A000001;
                d.destinationPort = 514;
                d.timeUs = us += 1000;
                recorder.write(d);
            }
        }
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), capture, QStringLiteral("--speed"),
                           QStringLiteral("max")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Capture: 26 packets: 0 PFS, 26 syslog UDP")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Records: 26 (verified 26, modelled 0, unknown 0)")));
        QVERIFY(r.out.contains(QLatin1String("root 10.106.117.68 (SEP001122334455) (confirmed)")));

        // `pfsmon FILE`, as a file manager starts it: the capture is told by its content and replayed.
        const Run given
            = run({QStringLiteral("--headless"), capture, QStringLiteral("--speed"), QStringLiteral("max")});
        QCOMPARE(given.code, 0);
        QCOMPARE(given.out, r.out);

        const QString broken = dir.filePath(QStringLiteral("broken.pcap"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage, not a capture");
        file.close();
        const Run bad = runBinary({QStringLiteral("--headless"), QStringLiteral("--replay"), broken});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("cannot open capture")), qPrintable(bad.err));
    }

    // A capture made with a small snap length: replayed, with a one-line
    // warning saying what it lost (tcpdump on loopback, then `editcap -s 64`).
    void replaysACaptureCutBySnapLength()
    {
        const QLocale locale;
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"),
                           test::dataPath(QStringLiteral("captures/udp-s64.pcap")), QStringLiteral("--speed"),
                           QStringLiteral("max"), QStringLiteral("--pfs-port"), QStringLiteral("24051"),
                           QStringLiteral("--syslog-udp"), QStringLiteral("25514")});
        QCOMPARE(r.code, 0);
        const QString warning
            = QStringLiteral("capture cut at 64 bytes per packet (snap length): %1 packets cut short, "
                             "at least %2 syslog records lost; recapture with `tcpdump -s 0`")
                  .arg(locale.toString(650), locale.toString(554));
        QVERIFY2(r.err.contains(QLatin1String("pfsmon: warning: ") + warning), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(": finished, 96 received - ") + warning), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Snap length 64: %1 packets cut short (96 PFS, %2 syslog UDP, 0 syslog "
                                               "TCP, 0 other)")
                                    .arg(locale.toString(650), locale.toString(554))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Records: 0 (verified 0, modelled 0, unknown 0)")));
    }

    // A capture cut in the middle of its last packet: all before it replayed, the cut reported.
    void replaysACaptureCutShort()
    {
        QTemporaryDir dir;
        const QString path = test::writeCutCopy(QStringLiteral("captures/udp-s0.pcap"), dir.path(), 20);
        QVERIFY(!path.isEmpty());
        const QLocale locale;
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), path, QStringLiteral("--speed"),
                           QStringLiteral("max"), QStringLiteral("--pfs-port"), QStringLiteral("24051"),
                           QStringLiteral("--syslog-udp"), QStringLiteral("25514")});
        QCOMPARE(r.code, 0);
        const QString report = QStringLiteral("capture file ends in the middle of a packet after %1 packets: the rest "
                                              "is lost")
                                   .arg(locale.toString(649));
        QVERIFY2(r.out.contains(QStringLiteral(": finished, %1 received - ").arg(locale.toString(649)) + report),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(report), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Records: %1").arg(locale.toString(553))), qPrintable(r.out));
    }

    // Live and replay summaries say how many records were cut at their length limit.
    void replayCountsRecordsCutAtTheLengthLimit()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("long.pcap"));
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY(recorder.open(capture, &error));
            ReceivedDatagram d;
            d.payload = "<189>Nov 24 08:00:00 SEP001122334455 NOT 02:19:22.634945 DLoad: " + QByteArray(9000, 'x');
            d.source = 0x0A6A7544;
            d.destinationPort = 514;
            d.timeUs = 1795507200000001;
            recorder.write(d);
        }
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), capture, QStringLiteral("--speed"),
                           QStringLiteral("max")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(
                     QStringLiteral("\n1 record cut at its length limit (%1 bytes)\n").arg(QLocale().toString(8192))),
                 qPrintable(r.out));
    }

    void liveOptionsAreChecked()
    {
        QCOMPARE(
            runBinary({QStringLiteral("--headless"), QStringLiteral("--syslog-udp"), QStringLiteral("70000")}).code, 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("--bind"),
                            QStringLiteral("not-an-address")})
                     .code,
                 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("--allow"),
                            QStringLiteral("10.0.0.0/99")})
                     .code,
                 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--replay"),
                            QStringLiteral("x.pcap")})
                     .code,
                 2);
        // A short live run on loopback with free ports prints its sources and stops by itself.
        const Run live = runBinary({QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--pfs-port"), QStringLiteral("0"), QStringLiteral("--syslog-udp"),
                                    QStringLiteral("25514"), QStringLiteral("--duration"), QStringLiteral("0.3")});
        QCOMPARE(live.code, 0);
        QVERIFY2(live.out.contains(QLatin1String("Source Syslog (UDP 25514): listening")),
                 qPrintable(live.out + live.err));
        QVERIFY2(
            live.out.contains(
                QStringLiteral("\n0 records cut at their length limit (%1 bytes)\n").arg(QLocale().toString(8192))),
            qPrintable(live.out));
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Without when each phone or relay was heard: a live capture's own clock, not the file's.
    static QJsonValue withoutReceiveTimes(const QJsonValue &value)
    {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(withoutReceiveTimes(item));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object;
        const QJsonObject original = value.toObject();
        for (auto it = original.begin(); it != original.end(); ++it) {
            if (!it.key().endsWith(QLatin1String("HeardMs")))
                object.insert(it.key(), withoutReceiveTimes(it.value()));
        }
        return object;
    }

    // The model parts of two --report snapshots: the same rollout, read two ways.
    static void compareReports(const QString &actualFile, const QString &expectedFile, bool sameClock = true)
    {
        const auto read = [sameClock](const QString &file) {
            const QJsonObject o = QJsonDocument::fromJson(readAll(file)).object();
            return sameClock ? o : withoutReceiveTimes(o).toObject();
        };
        const QJsonObject actual = read(actualFile);
        const QJsonObject expected = read(expectedFile);
        QVERIFY(!expected.value(QLatin1String("phones")).toArray().isEmpty());
        for (const char *key : {"records", "hierarchies", "phones", "bandwidth", "anomalies", "relays"})
            QVERIFY2(actual.value(QLatin1String(key)) == expected.value(QLatin1String(key)), key);
    }

    static QString replayReport(const QString &capture, const QString &report)
    {
        const Run r = runBinary({QStringLiteral("--headless"), QStringLiteral("--replay"), capture,
                                 QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--report"), report});
        return r.code == 0 ? report : QString();
    }

    // `--replay -`: a capture piped in, read as it arrives, gives the file's replay.
    void replaysFromStandardInput()
    {
        QTemporaryDir dir;
        const QString capture = test::dataPath(QStringLiteral("captures/udp-s0.pcap"));
        const QString expected = replayReport(capture, dir.filePath(QStringLiteral("file.json")));
        QVERIFY(!expected.isEmpty());
        QProcess process;
        process.setStandardInputFile(capture);
        const QString piped = dir.filePath(QStringLiteral("stdin.json"));
        process.start(QStringLiteral(PFSMON_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--replay"), QStringLiteral("-"),
                       QStringLiteral("--report"), piped});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("Source Capture from standard input: finished, 650 received")),
                 qPrintable(out));
        compareReports(piped, expected);
    }

    void captureOptionsAreChecked()
    {
        const Run filter = runBinary({QStringLiteral("--headless"), QStringLiteral("--interface"), QStringLiteral("lo"),
                                      QStringLiteral("--capture-filter"), QStringLiteral("udp or")});
        QCOMPARE(filter.code, 2);
        QVERIFY2(filter.err.startsWith(QLatin1String("pfsmon: invalid capture filter \"udp or\": ")),
                 qPrintable(filter.err));
        QCOMPARE(filter.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--listen"),
                            QStringLiteral("--capture-filter"), QStringLiteral("udp")})
                     .code,
                 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--interface"), QStringLiteral("lo"),
                            QStringLiteral("--capture-with"), QStringLiteral("tcpdump")})
                     .code,
                 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--interface"), QStringLiteral("lo"),
                            QStringLiteral("--replay"), QStringLiteral("x.pcap")})
                     .code,
                 2);
        QCommandLineParser parser;
        CommandLine::setUp(parser);
        QVERIFY(parser.parse({QStringLiteral("pfsmon"), QStringLiteral("--interface"), QStringLiteral("eth1")}));
        Options options;
        QString error;
        QVERIFY2(CommandLine::read(parser, &options, &error), qPrintable(error));
        QCOMPARE(options.listen.capture.filter, QLatin1String(kDefaultCaptureFilter));
        QCOMPARE(options.listen.capture.backend, CaptureOptions::Backend::Auto);
    }

    // Live capture for real, in a network namespace of its own: a veth pair,
    // tcpreplay plays a capture into one end while pfsmon captures on the
    // other (through dumpcap, or libpcap), records it and writes its report;
    // the report is the file replay's, the recording holds every frame sent.
    // No address is configured anywhere: nothing can leave the namespace.
    // 4 phones' rollout as a mirror port sees it (48,000 frames): TFTP, TCP 4051, broadcasts, syslog.
    static QString simulatedCapture(const QString &path)
    {
        QProcess pfssim;
        pfssim.start(QStringLiteral(PFSSIM_BINARY),
                     {QStringLiteral("--phones"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("2"),
                      QStringLiteral("--snaplen"), QStringLiteral("65535"), QStringLiteral("--pcap"), path});
        return pfssim.waitForFinished(60000) && pfssim.exitCode() == 0 ? path : QString();
    }

    void capturesOnAVethInANamespace_data()
    {
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("capture");
        // pfssim: a simulated rollout's traffic, the wire and syslog, whole frames.
        for (const char *with : {"libpcap", "dumpcap"}) {
            for (const char *capture : {"captures/udp-s0.pcap", "captures/tcp-s0.pcap", "pfssim"})
                QTest::addRow("%s, %s", with, capture) << QString::fromLatin1(with) << QString::fromLatin1(capture);
        }
    }

    void capturesOnAVethInANamespace()
    {
        QFETCH(QString, with);
        QFETCH(QString, capture);
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString tcpreplay = QStandardPaths::findExecutable(QStringLiteral("tcpreplay"));
        if (tcpreplay.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("tcpdump")).isEmpty())
            PFSMON_SKIP("tcpreplay or tcpdump is not installed (.ci/setup.sh --tests installs them)");
        if (with == QLatin1String("dumpcap") && QStandardPaths::findExecutable(QStringLiteral("dumpcap")).isEmpty())
            PFSMON_SKIP("dumpcap is not installed (.ci/setup.sh --tests installs tshark)");
        QProcess probe;
        probe.start(unshare,
                    {QStringLiteral("--net"), QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"),
                     QStringLiteral("probeA"), QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                     QStringLiteral("name"), QStringLiteral("probeB")});
        if (unshare.isEmpty() || !probe.waitForFinished(10000) || probe.exitCode() != 0)
            PFSMON_SKIP("cannot create a network namespace with a veth pair here (needs root)");
        QTemporaryDir dir;
        const QString file = capture == QLatin1String("pfssim")
            ? simulatedCapture(dir.filePath(QStringLiteral("rollout.pcap")))
            : test::dataPath(capture);
        QVERIFY(!file.isEmpty());
        const QString expected = replayReport(file, dir.filePath(QStringLiteral("file.json")));
        // A burst of 48,000 frames at top speed outruns dumpcap (it lost a
        // quarter of them here; libpcap none): the simulated rollout is
        // played at a pace a mirror port of a phone VLAN sees.
        const QString pace
            = capture == QLatin1String("pfssim") ? QStringLiteral("--pps=20000") : QStringLiteral("--topspeed");
        QVERIFY(!expected.isEmpty());
        const QString script = QStringLiteral(
            "set -e\n"
            "ip link add vethA mtu 9000 type veth peer name vethB mtu 9000\n"
            "for end in vethA vethB; do\n"
            "  sysctl -qw net.ipv6.conf.$end.disable_ipv6=1 || true\n" // no IPv6 chatter on the link
            "  ip link set $end up\n"
            "done\n"
            "coproc CAPTURE { exec \"$1\" --headless --interface vethB --capture-with \"$2\" "
            "  --capture-filter 'udp or tcp' --record \"$4\" --report \"$5\" 2>&1 >\"$6\"; }\n"
            "exec 3<&\"${CAPTURE[0]}\"\n"
            "pid=$CAPTURE_PID\n"
            // pfsmon says it captures once the capture runs: dumpcap's header came, or libpcap's handle is active.
            "read -r line <&3 || true\n"
            "case \"$line\" in *capturing*) ;; *) echo \"no capture: $line\"; exit 5;; esac\n"
            "tcpreplay \"$7\" --intf1=vethA \"$3\" >/dev/null\n"
            "sent=$(tcpdump -r \"$3\" 2>/dev/null | wc -l)\n"
            // Stopped once every frame sent was captured: dumpcap hands frames
            // over in blocks (within 250 ms) and loses its last block when stopped.
            "for i in $(seq 300); do\n"
            "  [ \"$(tcpdump -r \"$4\" 2>/dev/null | wc -l)\" -ge \"$sent\" ] && break\n"
            "  sleep 0.1\n"
            "done\n"
            "kill -INT $pid\n"
            "cat <&3\n"
            "wait $pid\n"
            // Packets the capturing end transmitted (this namespace's /proc/net/dev): none.
            "echo sent $sent recorded $(tcpdump -r \"$4\" 2>/dev/null | wc -l) "
            "transmitted $(awk '/vethB:/ {sub(/.*:/, \"\"); print $10}' /proc/net/dev)\n");
        const QString recording = dir.filePath(QStringLiteral("captured.pcap"));
        const QString report = dir.filePath(QStringLiteral("captured.json"));
        const QString output = dir.filePath(QStringLiteral("captured.txt"));
        QProcess run;
        run.start(unshare,
                  {QStringLiteral("--net"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                   QStringLiteral("pfsmon-veth"), QStringLiteral(PFSMON_BINARY), with, file, recording, report, output,
                   pace});
        QVERIFY(run.waitForFinished(90000));
        const QString said = QString::fromUtf8(run.readAllStandardOutput() + run.readAllStandardError());
        const QString summary = QString::fromUtf8(readAll(output));
        QVERIFY2(run.exitCode() == 0, qPrintable(said + summary));
        QVERIFY2(summary.contains(QStringLiteral("Source Capture on vethB (%1): listening").arg(with)),
                 qPrintable(summary));
        const QRegularExpression counts(QStringLiteral("sent (\\d+) recorded (\\d+) transmitted (\\d+)"));
        const QRegularExpressionMatch match = counts.match(said);
        QVERIFY2(match.hasMatch(), qPrintable(said));
        QCOMPARE(match.captured(2), match.captured(1));
        QCOMPARE(match.captured(3), QStringLiteral("0")); // passive: nothing went out on the capturing end
        compareReports(report, expected, false);
    }

    // Port 514, where phones send (the field guide), unless told otherwise.
    void listensOnThePhonesSyslogPortByDefault()
    {
        QCommandLineParser parser;
        CommandLine::setUp(parser);
        QVERIFY(parser.parse({QStringLiteral("pfsmon"), QStringLiteral("--headless"), QStringLiteral("--listen")}));
        Options options;
        QString error;
        QVERIFY2(CommandLine::read(parser, &options, &error), qPrintable(error));
        QCOMPARE(options.listen.syslogUdpPort, 514);
        QCOMPARE(sessionConfigFor(options.listen).syslogUdpPort, quint16(514));
        QCOMPARE(SessionConfig().syslogUdpPort, quint16(514));
    }

    // Without the privilege (a user, or root without CAP_NET_BIND_SERVICE)
    // port 514 cannot be bound: one line on stderr says so and what to do,
    // and the other sources listen on.
    void lowPortWithoutPrivilegeSaysWhatToDo()
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const QString pfsPort = QString::number(probe.localPort());
        probe.close();
        QStringList command{QStringLiteral(PFSMON_BINARY),  QStringLiteral("--headless"), QStringLiteral("--bind"),
                            QStringLiteral("127.0.0.1"),    QStringLiteral("--pfs-port"), pfsPort,
                            QStringLiteral("--syslog-udp"), QStringLiteral("514"),        QStringLiteral("--duration"),
                            QStringLiteral("0.2")};
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("root, and no setpriv to drop CAP_NET_BIND_SERVICE");
            command = QStringList{setpriv, QStringLiteral("--bounding-set"), QStringLiteral("-net_bind_service"),
                                  QStringLiteral("--inh-caps"), QStringLiteral("-net_bind_service")}
                + command;
        }
        QProcess process;
        process.start(command.takeFirst(), command);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (out.contains(QLatin1String("Syslog (UDP 514): listening")))
            QSKIP("this system lets anyone bind port 514");
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("Source PFS broadcasts (UDP %1): listening").arg(pfsPort)),
                 qPrintable(out));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.startsWith(QLatin1String("pfsmon: cannot listen for syslog over UDP on port 514: ")),
                 qPrintable(err));
        for (const char *says : {"Ports below 1024 need privileges", "such as 5514", "syslog relay",
                                 "sudo setcap cap_net_bind_service=+ep "})
            QVERIFY2(err.contains(QLatin1String(says)), qPrintable(err));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("phone,host,address");
        QTest::newRow("dot") << QStringLiteral("dot") << QByteArray("digraph pfs {");
    }

    // The real binary: image formats need it to start offscreen by itself.
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, starts);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.") + format);
        const Run r
            = runBinary({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"),
                         QStringLiteral("30"), QStringLiteral("--export"), format, QStringLiteral("--output"), file});
        QCOMPARE(r.code, 0);
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY2(out.read(starts.size()) == starts, qPrintable(format));
    }

    void exportsPartWayThroughWithAt()
    {
        QTemporaryDir dir;
        const QString early = dir.filePath(QStringLiteral("early.json")),
                      late = dir.filePath(QStringLiteral("late.json"));
        const QStringList demo{QStringLiteral("--headless"), QStringLiteral("--demo"),   QStringLiteral("--phones"),
                               QStringLiteral("30"),         QStringLiteral("--export"), QStringLiteral("json"),
                               QStringLiteral("--output")};
        QCOMPARE(run(demo + QStringList{early, QStringLiteral("--at"), QStringLiteral("20")}).code, 0);
        QCOMPARE(run(demo + QStringList{late}).code, 0);
        const auto records = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(f.readAll())
                .object()
                .value(QLatin1String("records"))
                .toObject()
                .value(QLatin1String("total"))
                .toInteger();
        };
        QVERIFY(records(early) > 0);
        QVERIFY(records(early) < records(late));
        QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--export"),
                      QStringLiteral("gif"), QStringLiteral("--output"), early})
                     .code,
                 2);
        const Run unwritable = runBinary(demo + QStringList{QStringLiteral("/nonexistent-dir/x.json")});
        QCOMPARE(unwritable.code, 1);
        QVERIFY(unwritable.err.contains(QLatin1String("/nonexistent-dir/x.json")));
    }

    // --import --at: the state that far into the log, through the timeline's
    // seek as in the window; the summary's records are those up to then.
    void importStopsAtWithAt()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("rollout.log"));
        QProcess pfssim;
        pfssim.start(QStringLiteral(PFSSIM_BINARY),
                     {QStringLiteral("--out"), log, QStringLiteral("--speed"), QStringLiteral("max"),
                      QStringLiteral("--phones"), QStringLiteral("20")});
        QVERIFY(pfssim.waitForFinished(60000));
        QCOMPARE(pfssim.exitCode(), 0);
        const auto recordsAt = [&](const QStringList &at) {
            const QString report = dir.filePath(QStringLiteral("report.json"));
            const Run r = run(QStringList{QStringLiteral("--headless"), QStringLiteral("--import"), log,
                                          QStringLiteral("--export"), QStringLiteral("json"),
                                          QStringLiteral("--output"), report}
                              + at);
            QFile f(report);
            if (r.code != 0 || !f.open(QIODevice::ReadOnly))
                return qint64(-1);
            return QJsonDocument::fromJson(f.readAll())
                .object()
                .value(QLatin1String("records"))
                .toObject()
                .value(QLatin1String("total"))
                .toInteger();
        };
        const qint64 all = recordsAt({});
        const qint64 early = recordsAt({QStringLiteral("--at"), QStringLiteral("30")});
        const qint64 none = recordsAt({QStringLiteral("--at"), QStringLiteral("0")});
        QVERIFY(all > 0);
        QVERIFY(early > none);
        QVERIFY(early < all);
        QVERIFY(none >= 1); // the first record's time is the rollout's start
    }

    // --hierarchy names a capture's own trees (no XID) by their file, and
    // says in one line which to choose from when a name fits none or several.
    void exportsOneHierarchyByItsName()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.json")), dot = dir.filePath(QStringLiteral("h.dot"));
        const QStringList wire{QStringLiteral("--headless"),     QStringLiteral("--demo"),
                               QStringLiteral("--phones"),       QStringLiteral("30"),
                               QStringLiteral("--demo-sources"), QStringLiteral("wire")};
        QCOMPARE(run(wire + QStringList{QStringLiteral("--report"), report}).code, 0);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject chosen = QJsonDocument::fromJson(f.readAll())
                                       .object()
                                       .value(QLatin1String("hierarchies"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QVERIFY(chosen.value(QLatin1String("xid")).isNull());
        const QString file = chosen.value(QLatin1String("file")).toString();
        const QString subnet = chosen.value(QLatin1String("subnet")).toString();
        const QStringList toDot{QStringLiteral("--export"), QStringLiteral("dot"), QStringLiteral("--output"), dot,
                                QStringLiteral("--hierarchy")};
        for (const QString &name : QStringList{file + QLatin1Char('@') + subnet,
                                               QString::number(chosen.value(QLatin1String("id")).toInt())}) {
            QCOMPARE(run(wire + toDot + QStringList{name}).code, 0);
            QFile out(dot);
            QVERIFY(out.open(QIODevice::ReadOnly));
            const QByteArray text = out.readAll();
            QCOMPARE(text.count("subgraph cluster_"), 1);
            QVERIFY2(text.contains(file.toUtf8()), qPrintable(name));
        }
        const Run none = runBinary(wire + toDot + QStringList{file + QStringLiteral("@10.99.0.0/24")});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QLatin1String("no hierarchy distributes")));
        QCOMPARE(none.err.count(QLatin1Char('\n')), 1);
        const Run noXid = runBinary(wire + toDot + QStringList{QStringLiteral("XID080027F8")});
        QCOMPARE(noXid.code, 1);
        QVERIFY(noXid.err.contains(QLatin1String("no hierarchy XID080027F8")));
    }

    // --inventory: the phones a CUCM export lists are expected; the two
    // that never take part are named, as findings and in the report.
    void namesTheListedPhonesNeverHeard()
    {
        QTemporaryDir dir;
        QByteArray csv = "Device Name,Description,Device Pool,Device Type\r\n";
        for (int i = 0; i < 30; ++i)
            csv += "SEP001BD41000" + QByteArray::number(i, 16).rightJustified(2, '0').toUpper() + ",Desk,DP,\r\n";
        csv += "SEP00AABBCCDD01,\"Lobby, ground floor\",DP,Cisco 7961\r\nSEP00AABBCCDD02,Room,DP,Cisco 7941\r\n";
        const QString file = dir.filePath(QStringLiteral("phones.csv")),
                      report = dir.filePath(QStringLiteral("r.json"));
        test::writeFile(file, csv);
        const Run r = runBinary({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"),
                                 QStringLiteral("30"), QStringLiteral("--inventory"), file, QStringLiteral("--report"),
                                 report});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Inventory: 32 phones listed, 2 never heard, 0 heard but not listed")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("never heard: SEP00AABBCCDD01, SEP00AABBCCDD02")));
        QCOMPARE(r.out.count(QLatin1String("is in the site's inventory but has not been heard")), 2);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int neverHeard = 0;
        for (const QJsonValue &finding :
             QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("findings")).toArray())
            neverHeard += finding.toObject().value(QLatin1String("kind")).toString() == QLatin1String("neverHeard");
        QCOMPARE(neverHeard, 2);

        const Run refused
            = runBinary({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"),
                         QStringLiteral("10"), QStringLiteral("--inventory"), report}); // JSON, no CSV
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    }

    void speaksFrenchWhenAsked()
    {
        const Run fr = runBinary({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--headless"),
                                  QStringLiteral("--import"), seed()});
        QCOMPARE(fr.code, 0);
        QVERIFY2(fr.out.contains(QStringLiteral("Enregistrements : 26 (vérifiés 26, modélisés 0, inconnus 0)")),
                 qPrintable(fr.out));
        QVERIFY(fr.out.contains(QStringLiteral("racine 10.106.117.68 (confirmée), 1 téléphone")));
        QVERIFY(fr.out.contains(QStringLiteral("2 000 000 bit/s"))
                || fr.out.contains(QStringLiteral("2\u202f000\u202f000 bit/s")));
        const Run en = runBinary({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--headless"),
                                  QStringLiteral("--import"), seed()});
        QVERIFY(en.out.contains(QStringLiteral("root 10.106.117.68 (confirmed), 1 phone\n")));
        QCOMPARE(runBinary({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--headless"),
                            QStringLiteral("--import"), seed()})
                     .code,
                 2);
    }

    void writesTheJsonSnapshot()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("seed.json"));
        const Run r = run(
            {QStringLiteral("--headless"), QStringLiteral("--import"), seed(), QStringLiteral("--report"), report});
        QCOMPARE(r.code, 0);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("pfsmon.snapshot/3"));
        const QJsonArray hierarchies = root.value(QLatin1String("hierarchies")).toArray();
        QCOMPARE(hierarchies.size(), 1);
        const QJsonObject h = hierarchies[0].toObject();
        QCOMPARE(h.value(QLatin1String("xid")).toString(), QStringLiteral("XID080027F8"));
        QCOMPARE(h.value(QLatin1String("model")).toString(), QStringLiteral("CP-7961G"));
        QCOMPARE(h.value(QLatin1String("subnet")).toString(), QStringLiteral("10.106.117.0/24"));
        QCOMPARE(h.value(QLatin1String("load")).toString(), QStringLiteral("SCCP41.9-4-2SR2-2S.loads"));
        QCOMPARE(h.value(QLatin1String("root")).toString(), QStringLiteral("10.106.117.68"));
        // The root alone: no parent, no children, its progress in phones[] (pfsmon.snapshot/3).
        const QJsonArray members = h.value(QLatin1String("members")).toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members[0].toObject(), QJsonObject({{QLatin1String("address"), QStringLiteral("10.106.117.68")}}));
        const QJsonObject phone = root.value(QLatin1String("phones")).toArray()[0].toObject();
        QCOMPARE(phone.value(QLatin1String("address")).toString(), QStringLiteral("10.106.117.68"));
        const QJsonObject component = phone.value(QLatin1String("components")).toArray()[0].toObject();
        QCOMPARE(component.value(QLatin1String("hierarchy")), h.value(QLatin1String("id")));
        QVERIFY(!component.contains(QLatin1String("name"))); // the hierarchy's file
        QCOMPARE(h.value(QLatin1String("file")).toString(), QStringLiteral("SCCP41.9-4-2SR2-2S.loads"));
        QCOMPARE(component.value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        for (const char *key : {"total", "source", "totalEstimated"})
            QVERIFY2(component.contains(QLatin1String(key)), key);
        QVERIFY(!component.contains(QLatin1String("bytes"))); // 0, the default
        const QJsonObject bw = root.value(QLatin1String("bandwidth")).toObject();
        for (const char *key : {"traditionalWanBytes", "actualWanBytes", "savedBytes", "savedPercent"})
            QVERIFY2(bw.contains(QLatin1String(key)), key);
        // One phone alone: PFS saves nothing, and the figures say so.
        QCOMPARE(bw.value(QLatin1String("savedBytes")).toInteger(), 0);
        QVERIFY(bw.value(QLatin1String("traditionalWanBytes")).toInteger() > 1000000);
        QVERIFY(bw.value(QLatin1String("estimated")).toBool());
    }

    void badInputGivesOneLineErrors_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot open");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01")
                                       .append(QByteArray(8, '\0'))
                                       .append("garbage")
                                << QStringLiteral("binary data");
        QTest::newRow("pcap") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8) << QStringLiteral("packet capture");
        QTest::newRow("no records") << QByteArray("just some text\n") << QStringLiteral("no DLoad record");
        QTest::newRow("pcap.gz") << test::gzipWithTool(QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8))
                                 << QStringLiteral("packet capture");
        QTest::newRow("gzip cut in its header")
            << test::gzipWithTool(test::readData(QStringLiteral("seed-cisco-pfs-fr.txt"))).left(5)
            << QStringLiteral("the gzip data ends early");
    }

    // Files as people have them, through the real program.
    void importsFilesPeopleHave_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reading"); // the line saying how it was read
        const QByteArray text = test::readData(QStringLiteral("seed-cisco-pfs-fr.txt"));
        QByteArray crlf = text;
        crlf.replace('\n', "\r\n");
        QTest::newRow("UTF-16 LE, CRLF (PowerShell)")
            << test::utf16WithBom(crlf, true) << QStringLiteral("Text: UTF-16 LE (by its BOM), read as UTF-8");
        QTest::newRow("rotated .gz") << test::gzipWithTool(text) << QStringLiteral("Decompressed: gzip, 1 member");
        const QByteArray journal = test::prefixLines(test::seedExcerptLines(), [](int i) -> QByteArray {
            return "2026-12-01T10:00:" + QByteArray::number(10 + i % 50) + "+0100 SEP001122334455 console[4242]: ";
        });
        QTest::newRow("journalctl -o short-iso")
            << journal << QStringLiteral("Syslog or journal prefix removed from 73 lines");
        QByteArray coloured;
        for (QByteArray line : test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n'))
            coloured += line.replace("DLoad", "\x1b[01;31m\x1b[KDLoad\x1b[m\x1b[K") + '\n';
        QTest::newRow("grep --color=always")
            << coloured << QStringLiteral("Terminal colour codes removed from 26 lines");
    }

    void importsFilesPeopleHave()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reading);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("input.log")), content);
        const Run r = runBinary({QStringLiteral("--headless"), QStringLiteral("--import"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(reading), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Records: 26 (verified 26, modelled 0, unknown 0)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("XID080027F8  model CP-7961G  subnet 10.106.117.0/24")));
        QVERIFY(r.out.contains(QLatin1String("root 10.106.117.68")));
        QVERIFY(r.out.contains(QLatin1String("(confirmed), 1 phone")));
    }

    // What came before the cut is imported; the cut is said in one line.
    void truncatedGzipImportsWhatCameBefore()
    {
        QByteArray text = test::readData(QStringLiteral("seed-records.txt"));
        for (int i = 0; i < 4000; ++i)
            text += "noise " + QByteArray::number(quint64(i) * 0x9E3779B97F4A7C15ULL, 16) + '\n';
        const QByteArray gz = test::gzipWithTool(text);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("syslog.2.gz")), gz.left(gz.size() * 2 / 3));
        const Run r = runBinary({QStringLiteral("--headless"), QStringLiteral("--import"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Records: 26 (verified 26")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("(confirmed), 1 phone")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("pfsmon: %1: the gzip data ends early").arg(path)), qPrintable(r.err));
    }

    void badInputGivesOneLineErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.log"));
        if (!content.isEmpty())
            test::writeFile(path, content);
        const Run r = runBinary({QStringLiteral("--headless"), QStringLiteral("--import"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.out.isEmpty());
    }

    void unwritableReportFails()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--import"), seed(), QStringLiteral("--report"),
                           QStringLiteral("/nonexistent-dir/x.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot write")));
    }

    // --fail-on: the exit status says whether the rollout ended healthy, apart from 1 (bad input).
    void failOnGivesTheUnhealthyStatus_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("code");
        const QStringList stalls{QStringLiteral("--fault-stall"), QStringLiteral("3")};  // warnings only
        const QStringList vanish{QStringLiteral("--fault-vanish"), QStringLiteral("3")}; // errors too
        QTest::newRow("fault-free, error") << QStringList() << QStringLiteral("error") << 0;
        QTest::newRow("fault-free, warning") << QStringList() << QStringLiteral("warning") << 0;
        QTest::newRow("stalls, warning") << stalls << QStringLiteral("warning") << int(Headless::kUnhealthy);
        QTest::newRow("stalls, error") << stalls << QStringLiteral("error") << 0;
        QTest::newRow("vanished, error") << vanish << QStringLiteral("error") << int(Headless::kUnhealthy);
    }

    void failOnGivesTheUnhealthyStatus()
    {
        QFETCH(QStringList, faults);
        QFETCH(QString, level);
        QFETCH(int, code);
        const Run r = runBinary(QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"),
                                            QStringLiteral("--phones"), QStringLiteral("200")}
                                + faults + QStringList{QStringLiteral("--fail-on"), level});
        QCOMPARE(r.code, code);
        QVERIFY(r.out.contains(QLatin1String("Findings: ")));
        if (code == 0) {
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            return;
        }
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line says why
        QVERIFY2(r.err.startsWith(QLatin1String("pfsmon: failing: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("(--fail-on %1)").arg(level)), qPrintable(r.err));
    }

    void healthOptionsAreChecked()
    {
        const auto error = [](const QStringList &arguments) {
            const Run r = run(arguments);
            return r.code == 2 ? r.err : QStringLiteral("exit status %1").arg(r.code);
        };
        QCOMPARE(error({QStringLiteral("--demo"), QStringLiteral("--fail-on"), QStringLiteral("error")}),
                 QLatin1String("--fail-on goes with --headless"));
        QCOMPARE(error({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--fail-on"),
                        QStringLiteral("info")}),
                 QLatin1String("--fail-on takes error or warning"));
        QCOMPARE(error({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--on-finding"),
                        QStringLiteral("/nonexistent/pager --now")}),
                 QLatin1String("--on-finding: no program /nonexistent/pager can be run"));
        QCOMPARE(
            error({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--on-finding"), QString()}),
            QLatin1String("--on-finding needs a command"));
    }

    // The real binary runs the command (here a shell the test chooses) once per finding at the end of a demo.
    void onFindingSendsEachFindingAsJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString alerts = dir.filePath(QStringLiteral("alerts.jsonl"));
        const Run r
            = runBinary({QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--phones"),
                         QStringLiteral("200"), QStringLiteral("--fault-vanish"), QStringLiteral("2"),
                         QStringLiteral("--on-finding"), QStringLiteral("/bin/sh -c \"cat >> '%1'\"").arg(alerts)});
        QCOMPARE(r.code, 0);
        const QRegularExpressionMatch summary
            = QRegularExpression(QStringLiteral("Alerts \\(--on-finding\\): (\\d+) sent, (\\d+) dropped")).match(r.out);
        QVERIFY2(summary.hasMatch(), qPrintable(r.out));
        QFile file(alerts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(summary.captured(1).toInt() >= 1);
        QCOMPARE(lines.size(), summary.captured(1).toInt()); // every alert sent got there before pfsmon exited
        QSet<QString> kinds;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QLatin1String("rollout")).toString(), QLatin1String("demo"));
            QVERIFY(!o.value(QLatin1String("text")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("severity")).toString() != QLatin1String("info"));
            kinds.insert(o.value(QLatin1String("kind")).toString());
        }
        QVERIFY2(kinds.contains(QLatin1String("silent")), qPrintable(QStringList(kinds.values()).join(u' ')));
    }

    // `pfsmon FILE`: a log is imported (a capture is replayed: replaysACapture);
    // one file at most, and not beside another source.
    void opensTheFileItIsGiven()
    {
        const Run byOption = run({QStringLiteral("--headless"), QStringLiteral("--import"), seed()});
        const Run given = run({QStringLiteral("--headless"), seed()});
        QCOMPARE(given.code, 0);
        QVERIFY2(given.out.contains(QLatin1String("Records: 26")), qPrintable(given.out));
        QCOMPARE(given.out, byOption.out);

        const Run two = run({QStringLiteral("--headless"), seed(), seed()});
        QCOMPARE(two.code, 2);
        QVERIFY2(two.err.contains(QLatin1String("one file at a time")), qPrintable(two.err));
        QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--import"), seed(), seed()}).code, 2);
        QCOMPARE(run({QStringLiteral("--headless"), QStringLiteral("--demo"), seed()}).code, 2);

        QCommandLineParser parser;
        CommandLine::setUp(parser);
        Options options;
        QString error;
        QVERIFY(parser.parse({QStringLiteral("pfsmon"), QStringLiteral("-")}));
        QVERIFY2(CommandLine::read(parser, &options, &error), qPrintable(error));
        QCOMPARE(options.replayFile, QStringLiteral("-")); // standard input: a capture from a pipe
        QVERIFY(options.importFile.isEmpty());
    }

    // No display: the window cannot open, and Qt would abort making it. One
    // line instead, after the command line's own errors.
    void saysSoWhenThereIsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        const auto start = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PFSMON_BINARY), arguments);
            process.waitForFinished(60000);
            return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                       QString::fromUtf8(process.readAllStandardOutput()),
                       QString::fromUtf8(process.readAllStandardError())};
        };
        const Run window = start({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(window.code, Headless::kBadInput);
        QCOMPARE(window.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(window.err.startsWith(QLatin1String("pfsmon: no display to open the window on")),
                 qPrintable(window.err));
        QVERIFY(window.err.contains(QLatin1String("--headless")));
        const Run wrong = start({seed(), seed()});
        QCOMPARE(wrong.code, Headless::kBadCommandLine);
        QVERIFY2(wrong.err.contains(QLatin1String("one file at a time")), qPrintable(wrong.err));
        const Run help = start({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("--headless")));
    }

    void usageErrors()
    {
        QCOMPARE(runBinary({QStringLiteral("--headless")}).code, 2);
        QCOMPARE(runBinary({QStringLiteral("--headless"), QStringLiteral("--import"), seed(),
                            QStringLiteral("--wan-rate"), QStringLiteral("fast")})
                     .code,
                 2);
        const Run version = runBinary({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QLatin1String(PFSMON_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
