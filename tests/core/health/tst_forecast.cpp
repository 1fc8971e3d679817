// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The rollout's forecast against the simulator's true end (issue #14): at
// a quarter, a half and three quarters of a demo, the end the console
// forecasts is held against the moment the last phone really got its load.
#include "engine/demofeed.h"
#include "health/forecast.h"
#include "model/bandwidth.h"
#include "sim/simulator.h"

#include <QTest>

#include <cmath>

using namespace pfs;

namespace {

// Only when the last file of the last phone arrived: the truth's end.
class EndSink : public sim::Sink {
public:
    void record(qint64, const sim::SimPhone &, const QByteArray &) override { }
    void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
    void transferEnded(qint64 timeUs, int, qint64, sim::TransferEnd how) override
    {
        if (how == sim::TransferEnd::Complete)
            lastCompleteUs = timeUs;
    }
    qint64 lastCompleteUs = -1;
};

qint64 trueEndUs(const sim::Config &config)
{
    sim::Simulator simulator(config);
    EndSink sink;
    simulator.runToEnd(sink);
    return sink.lastCompleteUs;
}

struct Check {
    int percent = 0;
    qint64 nowUs = 0;
    TimeLeft end;
    RolloutCounts counts;
};

// The forecast made at each quarter of the true duration, as the console makes it.
QList<Check> forecastAtQuarters(const sim::Config &config, DemoSources sources, qint64 endUs)
{
    sim::Simulator simulator(config);
    RolloutModel model;
    DemoFeed feed(simulator, &model, sources);
    QList<Check> checks;
    for (const int percent : {25, 50, 75}) {
        const qint64 atUs = endUs * percent / 100;
        simulator.advanceTo(atUs, feed);
        const qint64 nowMs = config.startUtcMs + atUs / 1000;
        const QList<Finding> findings = Health::assess(model, nowMs);
        const Forecast forecast(model, findings, nowMs);
        checks.append({percent, atUs, forecast.rollout().end, forecast.rollout().counts});
    }
    return checks;
}

} // namespace

class TestForecast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convergesOnTheTrueEnd_data()
    {
        QTest::addColumn<DemoSources>("sources");
        QTest::addColumn<int>("phones");
        QTest::newRow("traces 240") << DemoSources::Traces << 240;
        QTest::newRow("wire 240") << DemoSources::Wire << 240;
        QTest::newRow("both 1000") << DemoSources::Both << 1000;
    }

    void convergesOnTheTrueEnd()
    {
        QFETCH(DemoSources, sources);
        QFETCH(int, phones);
        sim::Config config;
        config.phones = phones;
        config.seed = 3;
        const qint64 endUs = trueEndUs(config);
        QVERIFY(endUs > 0);
        double firstError = -1, error = -1;
        for (const Check &check : forecastAtQuarters(config, sources, endUs)) {
            const double leftS = double(endUs - check.nowUs) / 1e6;
            const double lowS = double(check.end.lowMs) / 1e3, highS = double(check.end.highMs) / 1e3;
            qInfo("%d %%: %.0f s left, forecast %.0f to %.0f s", check.percent, leftS, lowS, highS);
            QVERIFY(check.end.known());
            QCOMPARE(check.counts.total(), phones);
            // The truth lies in the range, give or take a share of the time left that narrows as it goes.
            const double slack = (check.percent == 25 ? 0.3 : check.percent == 50 ? 0.2 : 0.15) * leftS;
            QVERIFY2(lowS - slack <= leftS && leftS <= highS + slack, "the true end is outside the forecast");
            error = std::abs((lowS + highS) / 2 - leftS);
            if (firstError < 0)
                firstError = error;
        }
        QVERIFY2(error < firstError, "the forecast does not converge"); // at three quarters, nearer than at one
    }

    // Nothing crossed the WAN yet: no rate, no guess. Once over, it is over.
    void unknownBeforeTheFirstFetchAndNoneLeftAtTheEnd()
    {
        sim::Config config;
        config.phones = 40;
        sim::Simulator simulator(config);
        RolloutModel model;
        DemoFeed feed(simulator, &model, DemoSources::Both);
        simulator.advanceTo(1'000'000, feed);
        const qint64 earlyMs = config.startUtcMs + 1'000;
        const Forecast early(model, Health::assess(model, earlyMs), earlyMs);
        QVERIFY(!early.rollout().end.known());
        QCOMPARE(early.rollout().wanBytesPerSecond, 0);
        simulator.runToEnd(feed);
        feed.finish();
        const qint64 endMs = model.lastEventMs();
        const Forecast over(model, Health::assess(model, endMs), endMs);
        QCOMPARE(over.rollout().end, (TimeLeft{0, 0}));
        QCOMPARE(over.rollout().counts.done, 40);
        QCOMPARE(over.phone(0).load, (TimeLeft{0, 0}));
    }

    // A phone receiving a file has a time for it and for its load, the
    // second never shorter; a phone done has none left.
    void phonesInProgressHaveTheirOwnTimes()
    {
        sim::Config config;
        config.phones = 60;
        sim::Simulator simulator(config);
        RolloutModel model;
        DemoFeed feed(simulator, &model, DemoSources::Traces);
        simulator.advanceTo(90'000'000, feed);
        const qint64 nowMs = config.startUtcMs + 90'000;
        const Forecast forecast(model, Health::assess(model, nowMs), nowMs);
        int withTimes = 0;
        for (const Phone &phone : model.phones()) {
            const PhoneForecast p = forecast.phone(phone.id);
            if (!p.load.known())
                continue;
            ++withTimes;
            QVERIFY(p.file.lowMs <= p.file.highMs && p.load.lowMs <= p.load.highMs);
            QVERIFY(p.file.highMs <= p.load.highMs);
            QVERIFY(p.load.highMs <= forecast.rollout().end.highMs);
        }
        QVERIFY(withTimes >= 55);
        QVERIFY(forecast.rollout().end.lowMs > 0);
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
