// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The replay timeline (issue #15): the state it shows at a time is the state
// of a run stopped at that time, for every source, seeking forwards and
// backwards; a seek re-applies at most a checkpoint interval of calls; the
// memory bound lets the oldest part go and says so.
#include "engine/rolloutengine.h"
#include "engine/timeline.h"
#include "logs/logimporter.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <map>

using namespace pfs;

namespace {

// What the views show of a state: every phone's bytes per component, every
// edge, the findings, the counts.
QByteArray fingerprint(const RolloutModel &model, const QList<Finding> &findings)
{
    QByteArray f;
    f += "records " + QByteArray::number(model.counts().total) + " anomalies "
        + QByteArray::number(model.anomalies().size()) + " wan " + QByteArray::number(model.observedWanBytes()) + '\n';
    for (const Phone &p : model.phones()) {
        f += "phone " + QByteArray::number(p.id) + ' ' + p.host + ' ' + QByteArray::number(p.address) + ' '
            + p.model.toUtf8() + " heard " + QByteArray::number(p.lastHeardMs) + '\n';
        for (const ComponentProgress &c : p.components)
            f += "  " + c.file.toUtf8() + ' ' + QByteArray::number(c.bytes) + '/' + QByteArray::number(c.total) + ' '
                + QByteArray::number(int(c.state)) + " wan " + QByteArray::number(c.wanBytes) + " lan "
                + QByteArray::number(c.lanBytes) + '\n';
    }
    for (const Hierarchy &h : model.hierarchies()) {
        f += "hierarchy " + QByteArray::number(h.id) + " root " + QByteArray::number(h.root) + '\n';
        std::map<PhoneId, PhoneId> edges(h.parentOf.keyValueBegin(), h.parentOf.keyValueEnd());
        for (const auto &[child, parent] : edges)
            f += "  " + QByteArray::number(parent) + " -> " + QByteArray::number(child) + '\n';
    }
    for (const Finding &finding : findings)
        f += "finding " + QByteArray::number(int(finding.kind)) + ' ' + QByteArray::number(finding.phone) + ' '
            + QByteArray::number(finding.sinceMs) + '\n';
    return f;
}

QByteArray fingerprint(const EngineSnapshot &s)
{
    return fingerprint(*s.model, s.findings);
}

// Where the first difference is, for a readable failure.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < qMin(la.size(), lb.size()); ++i) {
        if (la[i] != lb[i])
            return "line " + QByteArray::number(i) + ": " + la[i] + " | " + lb[i];
    }
    return la.size() == lb.size() ? QByteArray()
                                  : "lengths " + QByteArray::number(la.size()) + " | " + QByteArray::number(lb.size());
}

// The run stopped at each time: a model's journal that looks at the model
// just before it applies the first call later than the time, i.e. what a
// source read in order up to that time left.
class StopProbe : public ModelJournal {
public:
    StopProbe(RolloutModel *model, QList<qint64> times)
        : m_model(model)
        , m_times(std::move(times))
    {
        std::sort(m_times.begin(), m_times.end());
    }
    void record(ModelCall call) override
    {
        while (m_next < m_times.size() && call.nowMs > m_times[m_next])
            take(m_times[m_next++]);
    }
    void end()
    {
        while (m_next < m_times.size())
            take(m_times[m_next++]);
    }
    QByteArray at(qint64 ms) const { return m_prints.value(ms); }

private:
    void take(qint64 ms)
    {
        m_prints.insert(ms, fingerprint(*m_model, Health::assess(*m_model, m_model->lastEventMs())));
    }
    RolloutModel *m_model;
    QList<qint64> m_times;
    qsizetype m_next = 0;
    QHash<qint64, QByteArray> m_prints;
};

sim::Config smallDemo()
{
    sim::Config config;
    config.phones = 40;
    config.seed = 7;
    return config;
}

// Fractions of the run, in an order that seeks backwards and forwards.
QList<qint64> timesIn(qint64 origin, qint64 end)
{
    QList<qint64> times;
    for (const double fraction : {0.35, 0.8, 0.1, 0.55, 0.2, 0.95, 0.0})
        times.append(origin + qint64(double(end - origin) * fraction));
    return times;
}

// A capture's times are microseconds, the model's milliseconds: the time
// shown at t has every packet of t's millisecond.
qint64 lastMicrosecondOf(qint64 ms)
{
    return ms * 1000 + 999;
}

bool runPfssim(const QStringList &arguments)
{
    QProcess pfssim;
    pfssim.start(QStringLiteral(PFSSIM_BINARY), arguments);
    return pfssim.waitForFinished(120000) && pfssim.exitStatus() == QProcess::NormalExit && pfssim.exitCode() == 0;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoSeekIsTheRunStoppedThere_data()
    {
        QTest::addColumn<int>("sources");
        QTest::newRow("traces") << int(DemoSources::Traces);
        QTest::newRow("both") << int(DemoSources::Both);
        QTest::newRow("wire") << int(DemoSources::Wire);
    }
    // The window's timer steps the demo (the wire's facts come at each
    // step's end): here the steps end at the times sought, and the run
    // stopped there took the same steps.
    void demoSeekIsTheRunStoppedThere()
    {
        QFETCH(int, sources);
        RolloutEngine first;
        QVERIFY(first.startDemo(smallDemo(), 0, DemoSources(sources)));
        first.runToEnd();
        const qint64 origin = first.originMs();
        const QList<qint64> times = timesIn(origin, first.snapshot()->timeline.edgeMs);
        QList<qint64> steps = times;
        std::sort(steps.begin(), steps.end());
        const auto stepTo = [&](RolloutEngine &engine, qint64 until) {
            for (const qint64 step : std::as_const(steps)) {
                if (step < until)
                    engine.stepDemoTo((step - origin) * 1000);
            }
        };

        RolloutEngine whole;
        whole.setTimelineLimits(300, Timeline::kMemoryBound);
        QVERIFY(whole.startDemo(smallDemo(), 0, DemoSources(sources)));
        stepTo(whole, std::numeric_limits<qint64>::max());
        whole.runToEnd();
        QVERIFY(whole.timeline().checkpoints() > 5);
        for (const qint64 t : times) {
            whole.seek(t);
            const auto shown = whole.snapshot();
            QCOMPARE(shown->timeline.shownMs, t);
            QVERIFY(!shown->timeline.live);
            QVERIFY(whole.timeline().lastSeekApplied() <= 300);

            RolloutEngine stopped;
            QVERIFY(stopped.startDemo(smallDemo(), 0, DemoSources(sources)));
            stepTo(stopped, t);
            stopped.runToEnd((t - origin) * 1000);
            const QByteArray expected = fingerprint(*stopped.snapshot());
            const QByteArray got = fingerprint(*shown);
            QVERIFY2(got == expected, firstDifference(got, expected).constData());
            QCOMPARE(shown->clockMs, t);
        }
    }

    void importSeekIsTheRunStoppedThere_data()
    {
        QTest::addColumn<QString>("log");
        QTest::newRow("seed") << test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt"));
        QTest::newRow("pfssim") << QString();
    }
    void importSeekIsTheRunStoppedThere()
    {
        QFETCH(QString, log);
        QTemporaryDir dir;
        if (log.isEmpty()) {
            log = dir.filePath(QStringLiteral("pfssim.log"));
            QVERIFY(runPfssim({QStringLiteral("--out"), log, QStringLiteral("--speed"), QStringLiteral("max"),
                               QStringLiteral("--phones"), QStringLiteral("30"), QStringLiteral("--fault-stall"),
                               QStringLiteral("1")}));
        }
        RolloutEngine whole;
        whole.setTimelineLimits(50, Timeline::kMemoryBound);
        QVERIFY(whole.importFile(log));
        const qint64 origin = whole.originMs();
        const qint64 end = whole.snapshot()->timeline.edgeMs;
        QVERIFY(origin >= 0);
        QVERIFY(end > origin);
        const QList<qint64> times = timesIn(origin, end);

        RolloutModel reference;
        StopProbe probe(&reference, times);
        reference.setJournal(&probe);
        LogImporter importer(&reference);
        QVERIFY(importer.importFile(log, nullptr));
        probe.end();

        for (const qint64 t : times) {
            whole.seek(t);
            QVERIFY(whole.timeline().lastSeekApplied() <= 50);
            const QByteArray got = fingerprint(*whole.snapshot());
            QVERIFY2(got == probe.at(t), firstDifference(got, probe.at(t)).constData());
        }
    }

    // A capture of the phones' syslog replayed through the live path: the
    // state at a time is the replay stopped there.
    void replaySeekIsTheRunStoppedThere()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("syslog.pcap"));
        QVERIFY(runPfssim({QStringLiteral("--pcap"), capture, QStringLiteral("--sources"), QStringLiteral("traces"),
                           QStringLiteral("--phones"), QStringLiteral("20"), QStringLiteral("--seed"),
                           QStringLiteral("3")}));
        RolloutEngine whole;
        whole.setTimelineLimits(400, Timeline::kMemoryBound);
        QVERIFY(whole.startReplay(capture, 0));
        whole.runToEnd();
        const qint64 origin = whole.originMs();
        const qint64 end = whole.snapshot()->timeline.edgeMs;
        QVERIFY(end > origin + 10000);
        for (const qint64 t : timesIn(origin, end)) {
            whole.seek(t);
            QVERIFY(whole.timeline().lastSeekApplied() <= 400);
            const QByteArray got = fingerprint(*whole.snapshot());

            RolloutEngine stopped;
            QVERIFY(stopped.startReplay(capture, 0));
            stopped.runToEnd(lastMicrosecondOf(t) - whole.session()->replayStartUs());
            const QByteArray expected = fingerprint(*stopped.snapshot());
            QVERIFY2(got == expected, firstDifference(got, expected).constData());
        }
    }

    // The wire's byte counts of a transfer under way reach the model when the
    // wire trackers hand them over, and a replay stopped at t hands them all
    // over at t: at a time sought, the records, phones and edges are the
    // stopped replay's, and no component has more bytes than there.
    void wireReplayLagsNeverLeads()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("site.pcap"));
        QVERIFY(runPfssim({QStringLiteral("--pcap"), capture, QStringLiteral("--phones"), QStringLiteral("20"),
                           QStringLiteral("--seed"), QStringLiteral("3")}));
        RolloutEngine whole;
        QVERIFY(whole.startReplay(capture, 0));
        whole.runToEnd();
        const qint64 origin = whole.originMs();
        for (const qint64 t : timesIn(origin, whole.snapshot()->timeline.edgeMs)) {
            whole.seek(t);
            const auto gotSnapshot = whole.snapshot(); // the model lives as long as it
            const RolloutModel &got = *gotSnapshot->model;
            RolloutEngine stopped;
            QVERIFY(stopped.startReplay(capture, 0));
            stopped.runToEnd(lastMicrosecondOf(t) - whole.session()->replayStartUs());
            const auto expectedSnapshot = stopped.snapshot();
            const RolloutModel &expected = *expectedSnapshot->model;
            QCOMPARE(got.counts().total, expected.counts().total);
            QCOMPARE(got.phones().size(), expected.phones().size());
            QVERIFY(got.observedWanBytes() <= expected.observedWanBytes());
            for (size_t i = 0; i < got.phones().size(); ++i) {
                for (const ComponentProgress &c : got.phones()[i].components) {
                    const ComponentProgress *there = expected.phones()[i].component(c.file);
                    QVERIFY(there);
                    QVERIFY(c.wanBytes + c.lanBytes <= there->wanBytes + there->lanBytes);
                }
            }
        }
    }

    // Seeking back starts from the nearest checkpoint, never from the start:
    // each seek re-applies at most the checkpoint interval of calls, over a
    // journal many times longer.
    void seekingBackReappliesAtMostAnInterval()
    {
        RolloutEngine engine;
        constexpr int kEvery = 150;
        engine.setTimelineLimits(kEvery, Timeline::kMemoryBound);
        QVERIFY(engine.startDemo(smallDemo(), 0, DemoSources::Traces));
        engine.runToEnd();
        QVERIFY(engine.timeline().calls() > 20 * kEvery);
        const qint64 origin = engine.originMs();
        const qint64 end = engine.snapshot()->timeline.edgeMs;
        qint64 applied = 0;
        for (int step = 20; step >= 0; --step) { // from the end backwards
            engine.seek(origin + (end - origin) * step / 20);
            QVERIFY(engine.timeline().lastSeekApplied() <= kEvery);
            applied += engine.timeline().lastSeekApplied();
        }
        QVERIFY(applied < engine.timeline().calls());
    }

    // Past the memory bound the oldest part goes, counted and said; what is
    // kept still shows the run stopped there.
    void theMemoryBoundLetsTheOldestGo()
    {
        RolloutEngine engine;
        constexpr qint64 kBound = 2'000'000;
        engine.setTimelineLimits(200, kBound);
        QVERIFY(engine.startDemo(smallDemo(), 0, DemoSources::Traces));
        engine.runToEnd();
        const Timeline &timeline = engine.timeline();
        QVERIFY(timeline.gaveUp());
        QVERIFY(timeline.bytes() <= kBound);
        const auto atEnd = engine.snapshot();
        QVERIFY(atEnd->timeline.gaveUp);
        QVERIFY(atEnd->timeline.earliestMs > atEnd->timeline.originMs);
        QCOMPARE(atEnd->timeline.boundBytes, kBound);

        engine.seek(atEnd->timeline.originMs); // before what is kept: the earliest kept
        QCOMPARE(engine.snapshot()->timeline.shownMs, atEnd->timeline.earliestMs);
        const qint64 t = (atEnd->timeline.earliestMs + atEnd->timeline.edgeMs) / 2;
        engine.seek(t);
        RolloutEngine stopped;
        QVERIFY(stopped.startDemo(smallDemo(), 0, DemoSources::Traces));
        stopped.runToEnd((t - engine.originMs()) * 1000);
        const QByteArray got = fingerprint(*engine.snapshot());
        const QByteArray expected = fingerprint(*stopped.snapshot());
        QVERIFY2(got == expected, firstDifference(got, expected).constData());
    }

    // Findings and events are moments to jump to, before and after the time shown.
    void jumpsFindTheMomentsOfAKind()
    {
        RolloutEngine engine;
        QSignalSpy snapshots(&engine, &RolloutEngine::snapshotReady); // watched: findings noted at checkpoints
        sim::Config config = smallDemo();
        config.faults.stall = 2;
        QVERIFY(engine.startDemo(config, 0, DemoSources::Traces));
        engine.runToEnd();
        const qint64 origin = engine.originMs();
        const std::optional<qint64> stall = engine.timeline().nextMoment(momentOf(Finding::Kind::Stalled), origin);
        QVERIFY(stall);
        engine.seek(origin);
        engine.jump(momentOf(Finding::Kind::Stalled), +1);
        QCOMPARE(engine.snapshot()->timeline.shownMs, *stall);
        const std::optional<qint64> done = engine.timeline().nextMoment(MomentKind::FileCompleted, *stall);
        QVERIFY(done);
        engine.jump(MomentKind::FileCompleted, +1);
        QCOMPARE(engine.snapshot()->timeline.shownMs, *done);
        engine.jump(MomentKind::RootChosen, -1);
        QVERIFY(engine.snapshot()->timeline.shownMs < *done);
        QVERIFY(!engine.snapshot()->timeline.live);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
