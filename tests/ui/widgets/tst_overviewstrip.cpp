// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The overview strip (issue #15): its figures for a known snapshot (a demo
// run to a time) are the forecast's, the bandwidth report's and the
// model's, formatted the one way; clicking a state's tile lists only its
// phones in the Phones tab, with a chip saying so, and clicking the tile
// again or the chip lists every phone; and nothing in the strip or the
// hierarchy picker is cut at 1366 × 768 in French, nor at 1920 × 1080.

#include "ui/mainwindow.h"
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/widgets/hierarchypicker.h"
#include "ui/widgets/overviewstrip.h"
#include "ui/widgets/phonestab.h"

#include "engine/demofeed.h"
#include "export/displayformat.h"
#include "i18n/language.h"
#include "sim/simulator.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace pfs;

namespace {

// What the engine hands the window, `seconds` into a 200-phone demo.
std::shared_ptr<const EngineSnapshot> demoSnapshot(qint64 seconds, sim::Faults faults = {})
{
    sim::Config config;
    config.phones = 200;
    config.seed = 5;
    config.faults = faults;
    auto model = std::make_shared<RolloutModel>();
    sim::Simulator simulator(config);
    DemoFeed feed(simulator, model.get(), DemoSources::Traces);
    simulator.advanceTo(seconds * 1'000'000, feed);
    auto snapshot = std::make_shared<EngineSnapshot>();
    snapshot->model = model;
    snapshot->bandwidth = BandwidthReport::compute(*model);
    snapshot->clockMs = config.startUtcMs + seconds * 1000;
    snapshot->findings = Health::assess(*model, snapshot->clockMs);
    snapshot->findingIndex = FindingIndex(snapshot->findings);
    snapshot->forecast = Forecast(*model, snapshot->findings, snapshot->clockMs);
    return snapshot;
}

// Every label of `root` shows its whole text: as wide and as high as it asks.
void verifyNothingCut(const QWidget *root)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        const QSize wanted = label->sizeHint();
        QVERIFY2(label->width() >= wanted.width() && label->height() >= wanted.height(),
                 qPrintable(QStringLiteral("\"%1\" is %2 × %3, needs %4 × %5")
                                .arg(label->text())
                                .arg(label->width())
                                .arg(label->height())
                                .arg(wanted.width())
                                .arg(wanted.height())));
    }
}

// Every cell of the picker's tree shown whole: as wide as the cell asks,
// indentation apart (a narrow panel scrolls sideways, it never cuts).
void verifyPickerCutsNothing(const QTreeView *view)
{
    const QAbstractItemModel *model = view->model();
    int cells = 0;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex cell = model->index(row, column, parent);
                const int wanted = view->sizeHintForIndex(cell).width();
                QVERIFY2(view->visualRect(cell).width() >= wanted,
                         qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                        .arg(cell.data().toString())
                                        .arg(wanted)
                                        .arg(view->visualRect(cell).width())));
                ++cells;
            }
            QVERIFY(view->isExpanded(model->index(row, 0, parent))
                    || !model->hasChildren(model->index(row, 0, parent)));
            visit(model->index(row, 0, parent));
        }
    };
    visit({});
    QVERIFY(cells > 4 * HierarchyModel::ColumnCount);
}

// The phone table's sized columns: every row's Received ("9.0 MB of 9.0 MB")
// and Source (a peer with its provenance) whole.
void verifyPhoneColumnsCutNothing(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    QVERIFY(model->rowCount() > 0);
    for (const int column : {int(PhoneTableModel::ColumnReceived), int(PhoneTableModel::ColumnSource)}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, column);
            const int wanted = table->sizeHintForIndex(cell).width();
            QVERIFY2(table->columnWidth(column) >= wanted,
                     qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                    .arg(cell.data().toString())
                                    .arg(wanted)
                                    .arg(table->columnWidth(column))));
        }
    }
}

} // namespace

class TestOverviewStrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("pfsmon-tests")); }

    void showsTheSnapshotsFigures()
    {
        const auto snapshot = demoSnapshot(300);
        OverviewStrip strip;
        strip.setSnapshot(snapshot);
        const QLocale locale;
        const RolloutForecast &forecast = snapshot->forecast.rollout();
        const RolloutCounts &counts = forecast.counts;
        QCOMPARE(counts.total(), 200);
        QVERIFY(counts.inProgress > 0 && counts.done + counts.waiting > 0); // five minutes in: under way
        QCOMPARE(strip.value(OverviewStrip::Phones), locale.toString(200));
        QCOMPARE(strip.value(OverviewStrip::Done), locale.toString(counts.done));
        QCOMPARE(strip.value(OverviewStrip::InProgress), locale.toString(counts.inProgress));
        QCOMPARE(strip.value(OverviewStrip::Waiting), locale.toString(counts.waiting));
        QCOMPARE(strip.value(OverviewStrip::InTrouble), locale.toString(counts.inTrouble));
        QCOMPARE(strip.value(OverviewStrip::NotHeard), locale.toString(0));
        const pfs::Progress progress = snapshot->model->overallProgress();
        QVERIFY2(progress.fraction() > 0.05 && progress.fraction() < 0.95,
                 qPrintable(QString::number(progress.fraction())));
        QCOMPARE(strip.value(OverviewStrip::Progress), DisplayFormat::share(progress.fraction(), locale));
        QCOMPARE(strip.detail(OverviewStrip::Progress),
                 OverviewStrip::tr("%1 of %2")
                     .arg(DisplayFormat::size(progress.doneBytes, locale),
                          DisplayFormat::size(progress.totalBytes, locale)));
        const BandwidthReport &bandwidth = snapshot->bandwidth;
        QVERIFY(bandwidth.soFar().savedBytes() > 0);
        QCOMPARE(strip.value(OverviewStrip::WanUsed), DisplayFormat::size(bandwidth.soFar().actualWanBytes, locale));
        QCOMPARE(strip.value(OverviewStrip::Saved), DisplayFormat::size(bandwidth.soFar().savedBytes(), locale));
        QVERIFY2(strip.detail(OverviewStrip::Saved)
                     .contains(DisplayFormat::size(bandwidth.projected().savedBytes(), locale)),
                 qPrintable(strip.detail(OverviewStrip::Saved)));
        QVERIFY(forecast.elapsedMs > 0);
        QCOMPARE(strip.value(OverviewStrip::Elapsed),
                 DisplayFormat::duration(double(forecast.elapsedMs) / 1000, locale));
        QVERIFY(forecast.end.known());
        QCOMPARE(strip.value(OverviewStrip::TimeLeft), DisplayFormat::timeLeft(forecast.end, locale));
        // Each figure says what it is, and whether it is observed or estimated.
        for (int figure = 0; figure < OverviewStrip::FigureCount; ++figure) {
            const auto f = OverviewStrip::Figure(figure);
            QVERIFY2(!strip.toolTip(f).isEmpty(), qPrintable(strip.label(f)));
            QCOMPARE(strip.label(f), OverviewStrip::labelOf(f));
        }
        QVERIFY(strip.toolTip(OverviewStrip::TimeLeft).contains(QLatin1String("estimate")));
        QVERIFY(strip.toolTip(OverviewStrip::Saved).contains(QLatin1String("observed")));
    }

    void troubleIsCountedAndRed()
    {
        const auto snapshot = demoSnapshot(400, sim::Faults{2, 2, 2, 2});
        OverviewStrip strip;
        strip.setSnapshot(snapshot);
        const int inTrouble = snapshot->forecast.rollout().counts.inTrouble;
        QVERIFY(inTrouble >= 4);
        QCOMPARE(strip.value(OverviewStrip::InTrouble), QLocale().toString(inTrouble));
        const auto *number = strip.tile(OverviewStrip::InTrouble)->findChild<QLabel *>();
        QCOMPARE(number->palette().color(QPalette::WindowText),
                 PhoneStateStyle::severityColour(Finding::Severity::Error));
    }

    // A state's tile limits the Phones tab to its phones and marks itself; the
    // tile again, or the chip, lists every phone.
    void clickingAStateFiltersThePhoneTable()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        window.resize(1366, 768);
        window.show();
        sim::Config config;
        config.phones = 120;
        config.seed = 5;
        config.faults = sim::Faults{1, 1, 1, 1};
        window.startDemo(config, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot() && window.lastSnapshot()->finished, 60000);
        const auto snapshot = window.lastSnapshot();
        const RolloutCounts counts = snapshot->forecast.rollout().counts;
        QVERIFY(counts.inTrouble > 0 && counts.done > 0);
        OverviewStrip *strip = window.overview();
        QTableView *table = window.phoneTable();
        auto *chip = window.findChild<QToolButton *>(QStringLiteral("stateFilterChip"));
        QVERIFY(chip);
        const int every = table->model()->rowCount();
        QCOMPARE(every, counts.total());
        QVERIFY(!chip->isVisible());

        window.tabs()->setCurrentIndex(2); // another tab: the click brings the Phones tab forward
        QTest::mouseClick(strip->tile(OverviewStrip::InTrouble), Qt::LeftButton);
        QCOMPARE(window.tabs()->currentWidget(), table->parentWidget());
        QCOMPARE(table->model()->rowCount(), counts.inTrouble);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(PhoneTableModel::BucketRole).toInt(),
                     int(RolloutBucket::InTrouble));
        QVERIFY(chip->isVisible());
        QVERIFY2(chip->text().contains(PhoneFilterProxy::bucketName(RolloutBucket::InTrouble)),
                 qPrintable(chip->text()));
        QCOMPARE(strip->activeBucket(), std::optional(RolloutBucket::InTrouble));

        QTest::mouseClick(strip->tile(OverviewStrip::InTrouble), Qt::LeftButton); // again: every phone
        QCOMPARE(table->model()->rowCount(), every);
        QVERIFY(!chip->isVisible());
        QCOMPARE(strip->activeBucket(), std::nullopt);

        QTest::mouseClick(strip->tile(OverviewStrip::Done), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), counts.done);
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), every);
        QCOMPARE(strip->activeBucket(), std::nullopt);

        // The text filter and the state's combine.
        QTest::mouseClick(strip->tile(OverviewStrip::Done), Qt::LeftButton);
        auto *filter = table->parentWidget()->findChild<QLineEdit *>();
        filter->setText(QStringLiteral("no phone is called this"));
        QCOMPARE(table->model()->rowCount(), 0);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), counts.done);
    }

    void nothingIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("French, 1366 × 768") << QStringLiteral("fr") << QSize(1366, 768);
        QTest::newRow("English, 1366 × 768") << QStringLiteral("en") << QSize(1366, 768);
        QTest::newRow("French, 1920 × 1080") << QStringLiteral("fr") << QSize(1920, 1080);
    }

    // The window as a laptop shows it, mid-rollout: every label of the strip
    // whole, every cell of the picker whole, the strip on at most two rows.
    void nothingIsCut()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(Language::apply(language));
        RolloutEngine engine;
        MainWindow window(&engine);
        window.setGeometry(QRect(QPoint(0, 0), size));
        window.show();
        sim::Config config;
        config.phones = 200;
        config.seed = 5;
        window.startDemo(config, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot() && window.lastSnapshot()->finished, 60000);
        QApplication::processEvents();
        OverviewStrip *strip = window.overview();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(strip->height() > 0);
        verifyNothingCut(strip);
        const int tileHeight = strip->tile(OverviewStrip::Phones)->height();
        QVERIFY2(strip->height() <= 2 * tileHeight + 8, qPrintable(QString::number(strip->height())));
        auto *picker = window.findChild<HierarchyPicker *>();
        verifyPickerCutsNothing(picker->view());
        verifyPhoneColumnsCutNothing(window.phoneTable());
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestOverviewStrip)
#include "tst_overviewstrip.moc"
