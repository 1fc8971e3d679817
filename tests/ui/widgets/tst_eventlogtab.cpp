// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Event log tab follows new records while it is scrolled to the bottom,
// as a terminal does, and stays where the reader scrolled otherwise; a
// double-click on a record chooses its phone; its columns hold a phone's
// host name whole; over the log, a line says what an imported file gave.
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/eventlogtab.h"

#include "logs/logimporter.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pfs;

namespace {

QList<RawRecord> records(int count, int from = 0)
{
    QList<RawRecord> batch;
    for (int i = from; i < from + count; ++i) {
        RawRecord r;
        r.ms = 1000LL * i;
        r.host = "SEP001BD4" + QByteArray::number(100000 + i);
        r.address = 0x0A140000u + quint32(i);
        r.text = "NOT 02:19:22.1 DLoad: record " + QByteArray::number(i);
        r.grammar = Grammar::Verified;
        r.severity = Severity::Notice;
        batch.append(r);
    }
    return batch;
}

} // namespace

class TestEventLogTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsNewRecordsOnlyFromTheBottom()
    {
        EventLogModel log;
        EventLogTab tab(&log);
        tab.resize(700, 300);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QScrollBar *bar = tab.table()->verticalScrollBar();
        log.append(records(200));
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum()); // from the start: at the bottom, following

        const int first = bar->maximum();
        log.append(records(50, 200));
        QTRY_COMPARE(bar->maximum(), first + 50); // the range took the new rows
        QTRY_COMPARE(bar->value(), bar->maximum());

        // Scrolled up, the reader stays where they are.
        bar->setValue(10);
        const int before = bar->maximum();
        log.append(records(50, 250));
        QTRY_COMPARE(bar->maximum(), before + 50);
        QCOMPARE(bar->value(), 10);

        // Back at the bottom, it follows again.
        bar->setValue(bar->maximum());
        log.append(records(50, 300));
        QTRY_COMPARE(bar->maximum(), before + 100);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    // The log is bounded: the oldest records go. Scrolled up, the reader
    // still sees the records they were reading.
    void scrolledUpKeepsItsRecordsWhenTheOldestGo()
    {
        EventLogModel log;
        EventLogTab tab(&log);
        tab.resize(700, 300);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        log.append(records(EventLogModel::kCapacity));
        QScrollBar *bar = tab.table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 1000);
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->setValue(500);
        const QString reading
            = tab.table()->indexAt(QPoint(5, 5)).siblingAtColumn(EventLogModel::ColumnRecord).data().toString();
        QVERIFY(reading.endsWith(QLatin1String("record 500")));
        log.append(records(100, EventLogModel::kCapacity));
        QCOMPARE(log.rowCount(), EventLogModel::kCapacity);
        QCOMPARE(bar->value(), 400);
        QCOMPARE(tab.table()->indexAt(QPoint(5, 5)).siblingAtColumn(EventLogModel::ColumnRecord).data().toString(),
                 reading);
    }

    void doubleClickChoosesTheRecordsPhone()
    {
        EventLogModel log;
        EventLogTab tab(&log);
        tab.resize(700, 300);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        log.append(records(5));
        QSignalSpy chosen(&tab, &EventLogTab::recordChosen);
        QTableView *table = tab.table();
        const QRect cell = table->visualRect(table->model()->index(3, EventLogModel::ColumnRecord));
        QVERIFY(cell.isValid());
        // As a mouse does it: a click, then the second press that makes it a double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toUInt(), 0x0A140003u);
        QCOMPARE(chosen.first().at(1).toByteArray(), QByteArray("SEP001BD4100003"));
    }

    // The seed's console log names its phones by address: a record's phone
    // is found by its host name, else by its address.
    void recordsFindTheirPhone()
    {
        RolloutModel model;
        LogImporter importer(&model);
        QString error;
        QVERIFY2(importer.importFile(test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt")), &error),
                 qPrintable(error));
        const Phone *root = nullptr;
        for (const Phone &phone : model.phones()) {
            if (!phone.merged && phone.address && !root)
                root = &phone;
        }
        QVERIFY(root);
        QCOMPARE(EventLogTab::phoneOf(model, root->address, {}), root->id);
        QCOMPARE(EventLogTab::phoneOf(model, 0, {}), kNoPhone);
        QCOMPARE(EventLogTab::phoneOf(model, 0, "SEP000000000000"), kNoPhone);
    }

    // A phone's host name and a time are shown whole, in English and French
    // column headers alike (the French ones are longer).
    void phoneColumnHoldsAHostName()
    {
        EventLogModel log;
        EventLogTab tab(&log);
        tab.resize(700, 300);
        log.append(records(1));
        QTableView *table = tab.table();
        const QFontMetrics metrics(table->font());
        const int needed = metrics.horizontalAdvance(QStringLiteral("SEP001BD4100000"));
        QVERIFY2(table->columnWidth(EventLogModel::ColumnPhone) >= needed + 8,
                 qPrintable(QStringLiteral("%1 < %2").arg(table->columnWidth(EventLogModel::ColumnPhone)).arg(needed)));
        const int time = metrics.horizontalAdvance(log.index(0, EventLogModel::ColumnTime).data().toString());
        QVERIFY(table->columnWidth(EventLogModel::ColumnTime) >= time + 8);
    }

    void importLineSaysWhatTheFileGave()
    {
        EventLogModel log;
        EventLogTab tab(&log);
        ImportStats stats;
        stats.lines = 360;
        stats.records = 26;
        stats.byGrammar = {20, 6, 0};
        stats.ignoredLines = 330;
        stats.otherSyslogLines = 4;
        stats.truncatedLines = 2;
        QVERIFY(tab.importLine().isEmpty());
        tab.showImport(stats);
        const QString line = tab.importLine();
        for (const QString &part :
             {EventLogTab::tr("%Ln line(s) read", nullptr, 360), EventLogTab::tr("%Ln record(s)", nullptr, 26),
              EventLogTab::tr("%Ln verified", "records", 20), EventLogTab::tr("%Ln modelled", "records", 6),
              EventLogTab::tr("%Ln line(s) without a record", nullptr, 334)})
            QVERIFY2(line.contains(part), qPrintable(line + QLatin1String(" lacks ") + part));
        QVERIFY2(line.contains(EventLogTab::tr("%1; %Ln line(s) or record(s) too long, cut at their limit", nullptr, 2)
                                   .section(QLatin1String("; "), 1)),
                 qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));
        tab.clearImport();
        QVERIFY(tab.importLine().isEmpty());
    }
};

QTEST_MAIN(TestEventLogTab)
#include "tst_eventlogtab.moc"
