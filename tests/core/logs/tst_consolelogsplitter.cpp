// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/consolelogsplitter.h"
#include "protocol/dloadparser.h"
#include "testsupport.h"

#include <QTest>

using pfs::ConsoleLogSplitter;

class TestConsoleLogSplitter : public QObject {
    Q_OBJECT

private:
    static QList<QByteArray> split(const QByteArray &text, ConsoleLogSplitter *splitter = nullptr)
    {
        ConsoleLogSplitter local;
        ConsoleLogSplitter &s = splitter ? *splitter : local;
        QList<QByteArray> records;
        for (const QByteArray &line : text.split('\n'))
            s.addLine(line, &records);
        s.finish(&records);
        return records;
    }

private Q_SLOTS:
    // The seed is a PDF copy: every record of its excerpt must come back whole.
    void recoversEverySeedRecord()
    {
        ConsoleLogSplitter splitter;
        const QList<QByteArray> records
            = split(pfs::test::readData(QStringLiteral("seed-cisco-pfs-fr.txt")), &splitter);
        const QList<QByteArray> expected
            = pfs::test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n');
        QCOMPARE(records.size(), 26);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(records.value(i), expected[i]);
        QVERIFY(splitter.ignoredLines() > 100); // the French prose around the excerpt
        QCOMPARE(splitter.truncatedRecords(), 0);
    }

    // The sink is given views into the splitter's one buffer, reused from
    // record to record (no copy): copied as they come, they are the list's
    // records; and scanLine() counts each record's start once.
    void sinkGivesTheListsRecords()
    {
        struct Copier final : ConsoleLogSplitter::RecordSink {
            QList<QByteArray> records;
            QList<qint64> times;
            void take(QByteArrayView record, qint64 timeOfDayUs) override
            {
                records.append(record.toByteArray());
                times.append(timeOfDayUs);
            }
        } sink;
        const QByteArray text = pfs::test::readData(QStringLiteral("seed-cisco-pfs-fr.txt"));
        ConsoleLogSplitter splitter;
        int starts = 0;
        for (const QByteArray &line : text.split('\n')) {
            starts += splitter.scanLine(line);
            splitter.addScannedLine(sink);
        }
        splitter.finish(sink);
        QCOMPARE(sink.records, split(text));
        QCOMPARE(starts, 26);
        // Each record's time is what the parser reads from it, so the
        // importer can hand it on instead of having it read again.
        for (qsizetype i = 0; i < sink.records.size(); ++i) {
            pfs::DLoadEvent parsed;
            QVERIFY(pfs::DLoadParser::parse(sink.records[i], parsed));
            QCOMPARE(sink.times[i], parsed.timeOfDayUs);
            pfs::DLoadEvent given;
            QVERIFY(pfs::DLoadParser::parse(sink.records[i], given, sink.times[i]));
            QCOMPARE(given.timeOfDayUs, parsed.timeOfDayUs);
            QCOMPARE(given.severityText, parsed.severityText);
            QCOMPARE(int(given.kind), int(parsed.kind));
        }
    }

    void handlesCrLfAndCarriageReturns()
    {
        QByteArray text = pfs::test::readData(QStringLiteral("seed-records.txt"));
        QList<QByteArray> records;
        ConsoleLogSplitter s;
        for (const QByteArray &line : text.replace('\n', "\r\n").split('\n'))
            s.addLine(line, &records); // lines end in \r
        s.finish(&records);
        QCOMPARE(records.size(), 26);
        QVERIFY(!records.first().endsWith('\r'));
    }

    void splitsTwoRecordsGluedOnOneLine()
    {
        const QList<QByteArray> records
            = split("INF 02:19:23.912719 DLoad: XID080027F8 TxBdcst Ad 3: ClaimRoot(tent)INF 02:19:34.410208 DLoad: "
                    "XID080027F8 Root sending TFTP XfrCmd on ROOT_WAITING");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0], QByteArray("INF 02:19:23.912719 DLoad: XID080027F8 TxBdcst Ad 3: ClaimRoot(tent)"));
        QCOMPARE(records[1],
                 QByteArray("INF 02:19:34.410208 DLoad: XID080027F8 Root sending TFTP XfrCmd on ROOT_WAITING"));
    }

    void proseEndsARecordAndIsNotJoined()
    {
        const QList<QByteArray> records = split("NOT 02:19:24.412806 DLoad: UT:Confirmed root bumping strength\n"
                                                "\n"
                                                "Le telephone devient la racine\n"
                                                "TO\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0], QByteArray("NOT 02:19:24.412806 DLoad: UT:Confirmed root bumping strength"));
    }

    void closingQuoteEndsARecord()
    {
        const QList<QByteArray> records
            = split("\"DBG 02:19:22.634167 DLoad: +++ fd=7 Listening on peer TCP port 4051\"\n"
                    "ROOT=1.2.3.4\n");
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].endsWith("4051"));
    }

    void typographicQuotesAreDropped()
    {
        const QList<QByteArray> records
            = split("\xe2\x80\x9cNOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort\xe2\x80\x9d");
        QCOMPARE(records, QList<QByteArray>{"NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort"});
    }

    void continuationLinesAreBounded()
    {
        QByteArray text = "NOT 02:19:22.634945 DLoad: XID00000001 Root sending TFTP XfrCmd on A\n";
        for (int i = 0; i < 10; ++i)
            text += "B\n";
        const QList<QByteArray> records = split(text);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].count('B'), ConsoleLogSplitter::kMaxContinuationLines);
    }

    void oversizedRecordIsCutAndCounted()
    {
        ConsoleLogSplitter splitter;
        const QByteArray huge = "NOT 02:19:22.634945 DLoad: " + QByteArray(ConsoleLogSplitter::kMaxRecord * 2, 'x');
        const QList<QByteArray> records = split(huge, &splitter);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].size() <= ConsoleLogSplitter::kMaxRecord + 32);
        QCOMPARE(splitter.truncatedRecords(), 1);
    }

    // Found by fuzzing: blanks of any length between severity, time and tag
    // (or after the tag) pushed "DLoad:" past the record's bound, and the
    // record was lost. The header comes out with single spaces.
    void runsOfBlanksNeverCostTheTag_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray blanks(8000, ' ');
        QTest::newRow("before the tag") << "NOT 02:19:22.634945" + blanks + "DLoad: ^.idl_child.c-openUDPPort";
        QTest::newRow("before the time") << "NOT" + blanks + "02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort";
        QTest::newRow("after the tag") << "NOT 02:19:22.634945 DLoad:" + blanks + "^.idl_child.c-openUDPPort";
        QTest::newRow("tabs") << "NOT\t\t02:19:22.634945\t" + QByteArray(9000, '\t')
                + "DLoad: ^.idl_child.c-openUDPPort";
    }

    void runsOfBlanksNeverCostTheTag()
    {
        QFETCH(QByteArray, line);
        ConsoleLogSplitter splitter;
        const QList<QByteArray> records = split(line, &splitter);
        QCOMPARE(records, QList<QByteArray>{"NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort"});
        QCOMPARE(splitter.truncatedRecords(), 0);
    }

    void longBodyKeepsItsTagWhenCut()
    {
        ConsoleLogSplitter splitter;
        const QList<QByteArray> records
            = split("NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort" + QByteArray(9000, ' ') + "TO", &splitter);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].startsWith("NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort"));
        QVERIFY(records[0].size() <= ConsoleLogSplitter::kMaxRecord + 32);
        QCOMPARE(splitter.truncatedRecords(), 1);
    }

    void textWithoutTimeIsNotARecord()
    {
        ConsoleLogSplitter splitter;
        QVERIFY(split("The DLoad: traces of a phone", &splitter).isEmpty());
        QCOMPARE(splitter.ignoredLines(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsoleLogSplitter)
#include "tst_consolelogsplitter.moc"
