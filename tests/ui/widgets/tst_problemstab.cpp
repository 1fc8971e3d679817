// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Problems tab shows core/health's findings of a rollout with faults:
// one row each, errors first, filtered by any column, the window's tab
// titled with the count of warnings and errors, and a double-click choosing
// the finding's phone.
#include "ui/mainwindow.h"
#include "ui/models/findingmodel.h"
#include "ui/widgets/problemstab.h"

#include "engine/demofeed.h"
#include "engine/rolloutengine.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pfs;

namespace {

// A rollout with two faults of each kind, run to its end, and its findings then.
std::shared_ptr<EngineSnapshot> faultySnapshot()
{
    sim::Config config;
    config.phones = 240;
    config.seed = 5;
    config.faults = sim::Faults{2, 2, 2, 2};
    auto model = std::make_shared<RolloutModel>();
    sim::Simulator simulator(config);
    DemoFeed feed(simulator, model.get(), DemoSources::Traces);
    simulator.runToEnd(feed);
    auto snapshot = std::make_shared<EngineSnapshot>();
    snapshot->findings = Health::assess(*model, model->lastEventMs());
    snapshot->model = model;
    return snapshot;
}

} // namespace

class TestProblemsTab : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<EngineSnapshot> m_snapshot = faultySnapshot();

private Q_SLOTS:
    void listsEveryFindingWorstFirst()
    {
        ProblemsTab tab;
        tab.setSnapshot(m_snapshot);
        const QAbstractItemModel *rows = tab.table()->model();
        QCOMPARE(rows->rowCount(), int(m_snapshot->findings.size()));
        const int problems = int(std::count_if(m_snapshot->findings.cbegin(), m_snapshot->findings.cend(),
                                               [](const Finding &f) { return f.severity != Finding::Severity::Info; }));
        QVERIFY(problems >= 6); // two silent, two keep going to the server, fallbacks
        QCOMPARE(tab.problems(), problems);
        QCOMPARE(rows->index(0, FindingModel::Severity).data().toString(), FindingModel::tr("error"));
        QCOMPARE(rows->index(rows->rowCount() - 1, FindingModel::Severity).data().toString(),
                 FindingModel::tr("information"));
        for (int row = 0; row < rows->rowCount(); ++row)
            QVERIFY(!rows->index(row, FindingModel::Text).data().toString().isEmpty());
    }

    // The Severity, Phone and Problem columns are as wide as their longest
    // words (fitted once, not measured on every snapshot): no cell is cut.
    void columnsHoldTheirWords()
    {
        ProblemsTab tab;
        tab.setSnapshot(m_snapshot);
        tab.resize(1366, 400);
        tab.show();
        const QTableView *table = tab.table();
        const QFontMetrics metrics(table->font());
        const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
        const QAbstractItemModel *rows = table->model();
        QVERIFY(rows->rowCount() > 0);
        for (int row = 0; row < rows->rowCount(); ++row) {
            for (const int column : {int(FindingModel::Severity), int(FindingModel::Phone), int(FindingModel::Kind)}) {
                const QString text = rows->index(row, column).data().toString();
                const int needed = metrics.horizontalAdvance(text) + (column == FindingModel::Severity ? icon : 0);
                QVERIFY2(table->columnWidth(column) > needed, qPrintable(text));
            }
        }
    }

    void filtersByAnyColumn()
    {
        ProblemsTab tab;
        tab.setSnapshot(m_snapshot);
        auto *filter = tab.findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(Health::kindName(Finding::Kind::KeepsGoingToServer));
        QCOMPARE(tab.table()->model()->rowCount(), 2);
        filter->setText(QStringLiteral("CSCus67416")); // in the sentence
        QCOMPARE(tab.table()->model()->rowCount(), 2);
    }

    void aDoubleClickChoosesThePhone()
    {
        ProblemsTab tab;
        tab.resize(900, 300);
        tab.setSnapshot(m_snapshot);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy chosen(&tab, &ProblemsTab::phoneChosen);
        QTableView *table = tab.table();
        const QModelIndex first = table->model()->index(0, FindingModel::Phone);
        const QRect cell = table->visualRect(first);
        // A double click as a user makes it: a press first (QAbstractItemView needs the pressed index).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(chosen.count(), 1);
        const PhoneId phone = chosen.first().first().toInt();
        QCOMPARE(m_snapshot->model->phone(phone)->displayName(), first.data().toString());
    }

    void theWindowsTabCountsTheProblems()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        sim::Config config;
        config.phones = 240;
        config.seed = 5;
        config.faults = sim::Faults{2, 2, 2, 2};
        engine.startDemo(config, 0, DemoSources::Traces);
        engine.runToEnd();
        QTRY_VERIFY(window.problemsTab()->problems() > 0);
        const int index = window.tabs()->indexOf(window.problemsTab());
        QCOMPARE(window.tabs()->tabText(index),
                 MainWindow::tr("Problems (%1)").arg(QLocale().toString(window.problemsTab()->problems())));
    }
};

QTEST_MAIN(TestProblemsTab)
#include "tst_problemstab.moc"
