// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The replay timeline's bar in the window (issue #15): seeking back shows
// the past in every view while the demo runs on, Live returns to it; a file
// plays at the speed chosen; a jump to the next finding shows its time; the
// speed box shows the speed the demo runs at.
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/timelinebar.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace pfs;

namespace {

sim::Config demo(int phones)
{
    sim::Config config;
    config.phones = phones;
    config.seed = 5;
    return config;
}

} // namespace

class TestTimelineBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Back to an earlier time while the demo runs on: the window shows that
    // time's state and only the records up to it; Live follows the demo again.
    void seekBackThenLive()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        window.show();
        TimelineBar *bar = window.timelineBar();
        window.startDemo(demo(60), 20);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot()
                                     && window.lastSnapshot()->timeline.edgeMs
                                         > window.lastSnapshot()->timeline.originMs + 60000,
                                 60000);
        QVERIFY(bar->state().live);
        QVERIFY(bar->liveButton()->isChecked());
        const qint64 origin = window.lastSnapshot()->timeline.originMs;
        const qint64 liveRecords = window.lastSnapshot()->model->counts().total;

        bar->slider()->setValue(int(30000 / TimelineBar::kSliderUnitMs)); // as the keyboard or a drag ends
        QTRY_VERIFY(!window.lastSnapshot()->timeline.live);
        const auto past = window.lastSnapshot();
        QCOMPARE(past->timeline.shownMs, origin + 30000);
        QCOMPARE(past->clockMs, origin + 30000);
        QVERIFY(past->model->counts().total < liveRecords);
        QVERIFY(!bar->liveButton()->isChecked());
        QVERIFY(bar->timeText().startsWith(QStringLiteral("00:30 / ")));
        QVERIFY(window.eventLog()->rowCount() > 0);
        for (int row = 0; row < window.eventLog()->rowCount(); ++row)
            QVERIFY(window.eventLog()->index(row, 0).data(EventLogModel::TimeRole).toLongLong() <= origin + 30000);
        // The demo runs on underneath: the edge moves, the time shown stays.
        const qint64 edge = past->timeline.edgeMs;
        QTRY_VERIFY(window.lastSnapshot()->timeline.edgeMs > edge + 5000);
        QCOMPARE(window.lastSnapshot()->timeline.shownMs, origin + 30000);

        QTest::mouseClick(bar->liveButton(), Qt::LeftButton);
        QTRY_VERIFY(window.lastSnapshot()->timeline.live);
        QVERIFY(window.lastSnapshot()->model->counts().total > liveRecords);
        QTRY_VERIFY(bar->liveButton()->isChecked());
    }

    // A rollout read to its end plays from its start at the speed chosen, and
    // pause stops the time shown.
    void playsAtTheSpeed()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        window.show();
        TimelineBar *bar = window.timelineBar();
        window.startDemo(demo(30), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot() && window.lastSnapshot()->finished, 60000);
        const TimelineState atEnd = window.lastSnapshot()->timeline;
        QVERIFY(atEnd.edgeMs > atEnd.originMs + 10000);
        bar->speedBox()->setCurrentIndex(bar->speedBox()->findData(1.0));
        Q_EMIT bar->speedBox()->activated(bar->speedBox()->currentIndex());
        QTest::mouseClick(bar->playButton(), Qt::LeftButton); // at the end: from the start
        QTRY_VERIFY(window.lastSnapshot()->timeline.playing && !window.lastSnapshot()->timeline.live);
        const qint64 started = window.lastSnapshot()->timeline.shownMs;
        QVERIFY(started < atEnd.originMs + 1000);
        QElapsedTimer wall;
        wall.start();
        QTRY_VERIFY(window.lastSnapshot()->timeline.shownMs >= started + 1500);
        const qint64 shown = window.lastSnapshot()->timeline.shownMs - started;
        QVERIFY2(shown <= wall.elapsed() + 500, "played faster than ×1");
        QTest::keyClick(&window, Qt::Key_Space); // pause
        QTRY_VERIFY(!window.lastSnapshot()->timeline.playing);
        const qint64 paused = window.lastSnapshot()->timeline.shownMs;
        QTest::qWait(600); // two ticks: nothing may move (a check that nothing happens, not a synchronisation)
        QCOMPARE(window.lastSnapshot()->timeline.shownMs, paused);
    }

    // The next stall from the start: the window shows the time it was found.
    void jumpToTheNextFindingShowsItsTime()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        window.show();
        TimelineBar *bar = window.timelineBar();
        sim::Config config = demo(40);
        config.faults.stall = 2;
        window.startDemo(config, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot() && window.lastSnapshot()->finished, 60000);
        const qint64 origin = window.lastSnapshot()->timeline.originMs;
        const std::optional<qint64> stall
            = engine.timeline().nextMoment(momentOf(Finding::Kind::Stalled), origin); // the same thread: tests only
        QVERIFY(stall);
        bar->slider()->setValue(0);
        QTRY_COMPARE(window.lastSnapshot()->timeline.shownMs, origin);
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData(int(momentOf(Finding::Kind::Stalled))));
        QTest::mouseClick(bar->nextButton(), Qt::LeftButton);
        QTRY_COMPARE(window.lastSnapshot()->timeline.shownMs, *stall);
        QCOMPARE(bar->slider()->value(), int((*stall - origin) / TimelineBar::kSliderUnitMs));
        // The time it was found: the Problems tab lists it.
        bool stalledShown = false;
        for (const Finding &f : window.lastSnapshot()->findings)
            stalledShown = stalledShown || f.kind == Finding::Kind::Stalled;
        QVERIFY(stalledShown);
    }

    // --speed 4: the box says ×4 (it said ×20); the default is one for the window and --help.
    void speedBoxShowsTheSpeedInUse()
    {
        RolloutEngine engine;
        MainWindow window(&engine);
        TimelineBar *bar = window.timelineBar();
        QCOMPARE(bar->speed(), kDefaultSpeed);
        window.startDemo(demo(20), 4);
        QCOMPARE(bar->speed(), 4.0);
        QCOMPARE(bar->speedBox()->currentText(), QStringLiteral("×4"));
        QTRY_VERIFY(window.lastSnapshot());
        QCOMPARE(window.lastSnapshot()->timeline.speed, 4.0);
        QCOMPARE(bar->speedBox()->currentText(), QStringLiteral("×4"));
    }
};

QTEST_MAIN(TestTimelineBar)
#include "tst_timelinebar.moc"
