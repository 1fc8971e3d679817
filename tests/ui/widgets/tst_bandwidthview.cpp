// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Bandwidth tab says what was saved so far and what is projected, and
// marks each fallback and WAN outage core/health finds on the time chart:
// one marker per event, tied to its finding (its sentence on hover and
// click), bounded, gone with its finding, cleared with the history.
#include "ui/widgets/bandwidthview.h"

#include "engine/demofeed.h"
#include "export/displayformat.h"
#include "sim/simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace pfs;

namespace {

using EventKey = std::tuple<PhoneId, int, qint64>;

// The engine's snapshot of `model` at the simulator's now, as RolloutEngine::snapshot makes it.
std::shared_ptr<EngineSnapshot> snapshotOf(const RolloutModel &model, qint64 clockMs)
{
    auto snapshot = std::make_shared<EngineSnapshot>();
    snapshot->model = std::make_shared<const RolloutModel>(model);
    snapshot->bandwidth = BandwidthReport::compute(model);
    snapshot->clockMs = clockMs;
    snapshot->findings = Health::assess(model, clockMs);
    return snapshot;
}

// A rollout with stalled transfers (the phones fall back to the WAN) and
// phones that keep going to the server, fed to `view` every 5 s of its
// time; the distinct fallbacks and outages of its last snapshot.
struct FaultyRun {
    std::shared_ptr<EngineSnapshot> last;
    std::set<EventKey> events;
    int fallbackFindings = 0; // in the last snapshot
};

FaultyRun runFaulty(BandwidthView &view)
{
    sim::Config config;
    config.phones = 120;
    config.seed = 5;
    config.faults.stall = 3;
    config.faults.keepTftp = 2;
    RolloutModel model;
    sim::Simulator simulator(config);
    DemoFeed feed(simulator, &model, DemoSources::Traces);
    FaultyRun run;
    for (qint64 us = 0; !simulator.finished(); us += 5'000'000) {
        simulator.advanceTo(us, feed);
        if (simulator.finished())
            feed.finish();
        run.last = snapshotOf(model, config.startUtcMs + simulator.now() / 1000);
        view.setSnapshot(run.last);
    }
    for (const Finding &f : run.last->findings) {
        const WanEvent event = Health::wanEvent(f, *run.last->model);
        if (event != WanEvent::None && f.sinceMs >= 0)
            run.events.insert({f.phone, int(event), f.sinceMs});
    }
    for (const Finding &f : run.last->findings)
        run.fallbackFindings += f.kind == Finding::Kind::FellBackToWan || f.kind == Finding::Kind::KeepsGoingToServer;
    return run;
}

} // namespace

class TestBandwidthView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headlineSaysSoFarAndProjected()
    {
        BandwidthView view;
        const FaultyRun run = runFaulty(view);
        const BandwidthReport &bw = run.last->bandwidth;
        const QLocale locale;
        const QString soFar = DisplayFormat::savedSoFar(bw.soFar(), locale);
        const QString projected = DisplayFormat::projected(bw, locale);
        QVERIFY(soFar.startsWith(QLatin1String("Saved so far: ")));
        QVERIFY(projected.startsWith(QLatin1String("Projected at the end")));
        QVERIFY2(view.headline().contains(soFar), qPrintable(view.headline()));
        QVERIFY2(view.headline().contains(projected), qPrintable(view.headline()));
        // The demo's mix has a model without PFS: its phones' bytes are their own part.
        QVERIFY(bw.projected().traditionalWayPhones > 0);
        QVERIFY(bw.projected().traditionalWayWanBytes > 0);
        QVERIFY(view.headline().contains(QLatin1String("upgrading the traditional way")));
        // Fallbacks cost WAN bytes: so far, less than everything was saved.
        QVERIFY(bw.soFar().actualWanBytes > 0);
        QVERIFY(bw.soFar().savedBytes() < bw.soFar().traditionalWanBytes);
    }

    // SI units (1000-based), as DisplayFormat::size gives sizes, named as
    // the locale names them; never MiB.
    void chartUnitsAreSi()
    {
        const QLocale english(QLocale::English), french(QLocale::French);
        QCOMPARE(BandwidthView::sizeUnit(0, english).name, QStringLiteral("kB"));
        QCOMPARE(BandwidthView::sizeUnit(999'999, english).scale, 1e3);
        QCOMPARE(BandwidthView::sizeUnit(25e6, english).scale, 1e6);
        QCOMPARE(BandwidthView::sizeUnit(25e6, english).name, QStringLiteral("MB"));
        QCOMPARE(BandwidthView::sizeUnit(3e9, english).name, QStringLiteral("GB"));
        QCOMPARE(BandwidthView::sizeUnit(3e9, french).name, QStringLiteral("Go"));
        QVERIFY(french.formattedDataSize(3'000'000'000, 1, QLocale::DataSizeSIFormat)
                    .endsWith(BandwidthView::sizeUnit(3e9, french).name));
    }

    // The time chart names its unit, chosen from the data; the legend sits
    // over the axes, never on the curves; the per-model chart names its unit.
    void axesNameTheirUnitAndTheLegendHidesNoCurve()
    {
        BandwidthView view;
        view.resize(1000, 420);
        const FaultyRun run = runFaulty(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QLocale locale;
        const BandwidthReport &bw = run.last->bandwidth;
        const QString unit = BandwidthView::sizeUnit(double(bw.soFar().traditionalWanBytes), locale).name;
        QVERIFY2(view.valueAxisTitle().endsWith(QStringLiteral("(%1)").arg(unit)), qPrintable(view.valueAxisTitle()));
        QVERIFY(!view.valueAxisTitle().contains(QLatin1String("MiB")));
        QVERIFY(!view.barChartTitle().contains(QLatin1String("MiB")));
        QVERIFY(view.barChartTitle().endsWith(QLatin1Char(')')));
        QVERIFY(!view.legendNames().join(u' ').contains(QLatin1String("MiB")));
        QTRY_VERIFY(view.plotArea().width() > 200 && view.legendArea().height() > 0);
        QVERIFY2(!view.legendArea().intersects(view.plotArea()),
                 qPrintable(QStringLiteral("legend %1,%2 %3x%4 on the axes")
                                .arg(view.legendArea().x())
                                .arg(view.legendArea().y())
                                .arg(view.legendArea().width())
                                .arg(view.legendArea().height())));
        QCOMPARE(view.legendNames().size(), 4); // the curves and, with markers, their two shapes
        view.clearHistory();
        QCOMPARE(view.legendNames().size(), 2);
    }

    // A log read at once gives one snapshot, at its end: the time axis
    // still starts with the rollout (0 s) and spans it, never before 0.
    void oneSnapshotSpansTheRollout()
    {
        sim::Config config;
        config.phones = 40;
        config.seed = 5;
        RolloutModel model;
        {
            sim::Simulator simulator(config);
            DemoFeed feed(simulator, &model, DemoSources::Traces);
            simulator.runToEnd(feed);
            feed.finish();
        }
        const auto snapshot = snapshotOf(model, model.lastEventMs());
        qint64 firstTransfer = snapshot->clockMs;
        for (const Phone &phone : model.phones()) {
            for (const ComponentProgress &c : phone.components)
                firstTransfer = c.startedMs >= 0 ? qMin(firstTransfer, c.startedMs) : firstTransfer;
        }
        QVERIFY(firstTransfer < snapshot->clockMs);
        BandwidthView view;
        view.setSnapshot(snapshot);
        const double span = double(snapshot->clockMs - firstTransfer) / 1000;
        QCOMPARE(view.lastTime(), span);
        QCOMPARE(view.timeRange().first, 0.0);
        QVERIFY(view.timeRange().second >= span);
        QVERIFY(view.timeRange().second < span * 1.2 + 10);
    }

    void oneMarkerPerFallbackAndOutage()
    {
        BandwidthView view;
        const FaultyRun run = runFaulty(view);
        QVERIFY(run.fallbackFindings >= 2); // the run has what the test is about
        QVERIFY(run.events.size() <= size_t(BandwidthView::kMaxMarkers));
        QCOMPARE(view.markerCount(), int(run.events.size()));
        QCOMPARE(view.markersNotShown(), 0);
        // Each names its phone and kind, and says the finding's sentence.
        int fallbacks = 0;
        for (int i = 0; i < view.markerCount(); ++i) {
            const QString text = view.markerText(i);
            for (const Finding &f : run.last->findings) {
                if (Health::wanEvent(f, *run.last->model) == WanEvent::Fallback
                    && text.contains(Health::text(f, *run.last->model))) {
                    QVERIFY(text.contains(Health::kindName(f.kind)));
                    QVERIFY(text.contains(run.last->model->phone(f.phone)->displayName()));
                    ++fallbacks;
                }
            }
        }
        QCOMPARE(fallbacks, run.fallbackFindings);
        view.clearHistory();
        QCOMPARE(view.markerCount(), 0);
        QCOMPARE(view.plotItems(), 0);
    }

    void clickingAMarkerShowsItsFinding()
    {
        BandwidthView view;
        view.resize(1000, 500);
        const FaultyRun run = runFaulty(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.plotArea().width() > 200); // the chart laid out: the markers have their pixels
        QVERIFY(view.markerCount() > 0);
        QSignalSpy chosen(&view, &BandwidthView::phoneChosen);
        const QPoint target = view.markerPosition(view.markerCount() - 1);
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, target);
        QCOMPARE(chosen.count(), 1);
        // Markers may share a time: the one chosen is one of those under the pointer.
        int clicked = -1;
        for (int i = 0; i < view.markerCount(); ++i) {
            if (view.markerText(i) == view.chosenMarkerText())
                clicked = i;
        }
        QVERIFY(clicked >= 0);
        QCOMPARE(view.markerPosition(clicked).x(), target.x());
        const PhoneId phone = chosen.first().first().toInt();
        QVERIFY(view.markerText(clicked).startsWith(run.last->model->phone(phone)->displayName()));
        // Away from every marker, a click chooses nothing.
        QPoint away = target;
        const auto free = [&view](int x) {
            for (int j = 0; j < view.markerCount(); ++j) {
                if (std::abs(view.markerPosition(j).x() - x) <= 8)
                    return false;
            }
            return true;
        };
        while (!free(away.x()))
            away.rx() += 3;
        QVERIFY(view.plotArea().contains(away));
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, away);
        QCOMPARE(chosen.count(), 1);
    }

    // Over the bound, the markers are counted, not drawn; a finding that no
    // longer holds (a stall that resumed) loses its marker.
    void markersAreBoundedAndFollowTheFindings()
    {
        BandwidthView view;
        const FaultyRun run = runFaulty(view);
        view.clearHistory();
        QCOMPARE(view.plotItems(), 0);
        auto many = std::make_shared<EngineSnapshot>(*run.last);
        many->findings.clear();
        const qint64 start = run.last->clockMs - 1'000'000;
        for (int i = 0; i < BandwidthView::kMaxMarkers + 50; ++i) {
            Finding f;
            f.kind = Finding::Kind::FellBackToWan;
            f.phone = PhoneId(i % int(run.last->model->phones().size()));
            f.sinceMs = start + i * 1000;
            f.file = QStringLiteral("f.sbn");
            many->findings.append(f);
        }
        view.setSnapshot(many);
        QCOMPARE(view.markerCount(), BandwidthView::kMaxMarkers);
        QCOMPARE(view.markersNotShown(), 50);
        QCOMPARE(view.plotItems(), 2 * BandwidthView::kMaxMarkers); // a line and a point each
        view.setSnapshot(many);                                     // the same findings again: the same markers
        QCOMPARE(view.markerCount(), BandwidthView::kMaxMarkers);
        QCOMPARE(view.plotItems(), 2 * BandwidthView::kMaxMarkers);
        auto fewer = std::make_shared<EngineSnapshot>(*many);
        fewer->findings.remove(0, 100);
        view.setSnapshot(fewer);
        QCOMPARE(view.markerCount(), BandwidthView::kMaxMarkers - 50);
        QCOMPARE(view.markersNotShown(), 0);
        QCOMPARE(view.plotItems(), 2 * (BandwidthView::kMaxMarkers - 50));
        QVERIFY(view.markerText(0).contains(Health::text(fewer->findings.first(), *fewer->model)));
    }
};

QTEST_MAIN(TestBandwidthView)
#include "tst_bandwidthview.moc"
