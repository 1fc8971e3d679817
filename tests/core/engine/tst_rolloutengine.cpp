// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The engine on its own, without a window: what the window and headless runs
// both rely on. Each source ends in a snapshot that says how it ended, and
// every record that reached the model reaches the event log's signal.
#include "engine/rolloutengine.h"
#include "modelinvariants.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace pfs;

namespace {

std::shared_ptr<const EngineSnapshot> lastOf(const QSignalSpy &snapshots)
{
    return snapshots.isEmpty() ? nullptr
                               : snapshots.constLast().constFirst().value<std::shared_ptr<const EngineSnapshot>>();
}

// The hierarchy a phone's component of `file` came through.
HierarchyId seen(const RolloutModel &model, PhoneId phone, const QString &file)
{
    const Phone *p = model.phone(phone);
    const ComponentProgress *c = p ? p->component(file) : nullptr;
    return c ? c->hierarchy : kNoHierarchy;
}

qsizetype recordsIn(const QSignalSpy &arrivals)
{
    qsizetype n = 0;
    for (const QList<QVariant> &arguments : arrivals)
        n += arguments.constFirst().value<QList<RawRecord>>().size();
    return n;
}

// The phone of that host name, as the views find it; null when there is none.
const Phone *phoneNamed(const RolloutModel &model, QByteArrayView name)
{
    const auto found = std::find_if(model.phones().cbegin(), model.phones().cend(),
                                    [&](const Phone &p) { return !p.merged && p.host == name; });
    return found == model.phones().cend() ? nullptr : &*found;
}

} // namespace

class TestRolloutEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoEndsWithEveryPhoneComplete()
    {
        RolloutEngine engine;
        engine.setTickInterval(10);
        QSignalSpy snapshots(&engine, &RolloutEngine::snapshotReady);
        QSignalSpy records(&engine, &RolloutEngine::recordsArrived);
        sim::Config config;
        config.phones = 30;
        config.seed = 3;
        QVERIFY(engine.startDemo(config, 0)); // as fast as it goes
        QTRY_VERIFY_WITH_TIMEOUT(lastOf(snapshots) && lastOf(snapshots)->finished, 60000);
        const auto last = lastOf(snapshots);
        QCOMPARE(last->source, QStringLiteral("demo"));
        QVERIFY(!last->running);
        QVERIFY(!last->stopped);
        QCOMPARE(qsizetype(last->model->phones().size()), 30);
        for (const Phone &phone : last->model->phones())
            QCOMPARE(phone.progress().fraction(), 1.0);
        QVERIFY(last->bandwidth.overall.savedBytes() > 0);
        QVERIFY(records.size() > 0);
        QCOMPARE(recordsIn(records) + last->rawRecordsNotShown, qsizetype(last->model->counts().total));
    }

    // --demo-sources: the demo's console hearing the traffic a mirror port
    // sees (alone, or beside the records) rebuilds the same rollout as from
    // the records: every phone's bytes of every file, every edge, the WAN;
    // with the wire, the edges are observed, not modelled.
    void theDemoOnTheWireRebuildsTheSameRollout()
    {
        sim::Config config;
        config.phones = 80;
        config.seed = 4;
        const auto run = [&config](DemoSources sources) {
            auto engine = std::make_unique<RolloutEngine>();
            engine->startDemo(config, 0, sources);
            engine->runToEnd();
            return engine;
        };
        const auto traces = run(DemoSources::Traces);
        const RolloutModel &expected = traces->model();
        for (const DemoSources sources : {DemoSources::Wire, DemoSources::Both, DemoSources::Site}) {
            const auto other = run(sources);
            const RolloutModel &model = other->model();
            QCOMPARE(model.observedTraditionalBytes(), expected.observedTraditionalBytes());
            QCOMPARE(model.observedWanBytes(), expected.observedWanBytes());
            QVERIFY(model.anomalies().isEmpty());
            for (const Phone &phone : expected.phones()) {
                const Phone *seen = model.phone(model.phoneByAddress(phone.address));
                QVERIFY(seen);
                for (const ComponentProgress &c : phone.components)
                    QCOMPARE(seen->component(c.file) ? seen->component(c.file)->bytes : -1, c.bytes);
            }
            int edges = 0;
            for (const Hierarchy &h : expected.hierarchies()) {
                for (auto it = h.parentOf.cbegin(); it != h.parentOf.cend(); ++it, ++edges) {
                    const Phone &child = *expected.phone(it.key());
                    const PhoneId seenChild = model.phoneByAddress(child.address);
                    const Hierarchy *where = model.hierarchy(seen(model, seenChild, h.file));
                    QVERIFY2(where, qPrintable(child.displayName() + QLatin1Char(' ') + h.file));
                    QCOMPARE(model.phone(where->parent(seenChild))->address, expected.phone(*it)->address);
                    QCOMPARE(where->edgeProvenance(seenChild), Provenance::Wire);
                }
            }
            QVERIFY(edges > 60);
            // Both, and a real site's verified traces alone: the traces'
            // hierarchies (with their XIDs) carry the wire's edges.
            if (sources != DemoSources::Wire)
                QCOMPARE(model.hierarchies().size(), expected.hierarchies().size());
            if (sources == DemoSources::Site) {
                QCOMPARE(model.counts().byGrammar[size_t(Grammar::Modelled)], 0);
                for (const Hierarchy &h : expected.hierarchies())
                    QCOMPARE(model.hierarchyByXid(h.xid)->members.size(), h.members.size());
                // The broadcasts' XIDs found where the simulator's layout keeps them (pfsdatagram.h).
                QCOMPARE(other->demoFeed()->broadcastIngest()->counters().xidPlace.offset, 8);
            }
        }
    }

    // Every kind of fault, heard through every source: what the wire and
    // the records say of one phone never makes a false anomaly (a parent
    // that moved, a file guessed wrong and taken back, two models sharing
    // a load), and the model stays whole.
    void faultsOnEverySourceRaiseNoFalseAnomaly()
    {
        sim::Config config;
        config.phones = 300;
        config.seed = 1;
        config.faults = sim::Faults{3, 3, 3, 3};
        for (const DemoSources sources : {DemoSources::Wire, DemoSources::Both, DemoSources::Site}) {
            RolloutEngine engine;
            QVERIFY(engine.startDemo(config, 0, sources));
            engine.runToEnd();
            const RolloutModel &model = engine.model();
            QCOMPARE(test::modelInvariantViolation(model), QByteArray());
            QStringList anomalies;
            for (const Anomaly &a : model.anomalies())
                anomalies.append(RolloutModel::anomalyText(a, model));
            QVERIFY2(anomalies.isEmpty(), qPrintable(anomalies.join(QLatin1Char('\n'))));
        }
    }

    void stopEndsTheRunAsStopped()
    {
        RolloutEngine engine;
        engine.setTickInterval(10);
        QSignalSpy snapshots(&engine, &RolloutEngine::snapshotReady);
        sim::Config config;
        config.phones = 30;
        QVERIFY(engine.startDemo(config, 1)); // real time: far from its end
        QTRY_VERIFY(lastOf(snapshots) && lastOf(snapshots)->running);
        engine.stop();
        const auto last = lastOf(snapshots);
        QVERIFY(last->stopped);
        QVERIFY(!last->running);
        QVERIFY(!last->finished);
        QCOMPARE(last->recordsPerSecond, 0.0);
    }

    // File > Import inventory during a run: the listed phones are in the
    // very next snapshot, expected, beside what was heard so far (nothing
    // restarts), and the next run starts with them too.
    void inventoryAppliedMidRunIsExpectedAtOnce()
    {
        RolloutEngine engine;
        engine.setTickInterval(10);
        QSignalSpy snapshots(&engine, &RolloutEngine::snapshotReady);
        sim::Config config;
        config.phones = 30;
        config.seed = 3;
        QVERIFY(engine.startDemo(config, 1)); // real time: far from its end
        QTRY_VERIFY(lastOf(snapshots) && lastOf(snapshots)->model->counts().total > 0);
        const auto before = lastOf(snapshots);
        const auto heard = std::find_if(before->model->phones().cbegin(), before->model->phones().cend(),
                                        [](const Phone &p) { return !p.merged && p.host.startsWith("SEP"); });
        QVERIFY(heard != before->model->phones().cend());
        const QByteArray heardName = heard->host;
        const ExpectedPhone listedHeard{heardName,
                                        heardName.mid(3).toULongLong(nullptr, 16),
                                        QStringLiteral("CP-7961G"),
                                        QString(),
                                        0x0A14000Bu,
                                        QStringLiteral("Accueil")};
        const ExpectedPhone listedSilent{
            QByteArray("SEP00AB00000001"), 0x00AB00000001ULL, QStringLiteral("CP-7962G"), QString(), 0x0A14000Cu,
            QStringLiteral("Labo")};
        const qsizetype published = snapshots.size();
        engine.applyInventory({listedHeard, listedSilent});
        QCOMPARE(snapshots.size(), published + 1); // at once, not at a tick
        const auto after = lastOf(snapshots);
        QVERIFY(!after->finished);
        QVERIFY(after->model->counts().total >= before->model->counts().total); // the run goes on
        const Phone *silent = phoneNamed(*after->model, "SEP00AB00000001");
        QVERIFY(silent);
        QVERIFY(silent->expected);
        QCOMPARE(silent->listedModel, QStringLiteral("CP-7962G"));
        QCOMPARE(silent->listedAddress, 0x0A14000Cu);
        QCOMPARE(silent->description, QStringLiteral("Labo"));
        const Phone *known = phoneNamed(*after->model, heardName);
        QVERIFY(known);
        QVERIFY(known->expected);
        QVERIFY(known->records >= heard->records); // the same row, its records kept
        QCOMPARE(std::count_if(after->model->phones().cbegin(), after->model->phones().cend(),
                               [&](const Phone &p) { return p.host == heardName; }),
                 1);

        QVERIFY(engine.startDemo(config, 1)); // a new run: the inventory is the engine's now
        const Phone *again = phoneNamed(engine.model(), "SEP00AB00000001");
        QVERIFY(again && again->expected);
        engine.stop();
    }

    void importGivesTheFileInOneSnapshot()
    {
        RolloutEngine engine;
        QSignalSpy snapshots(&engine, &RolloutEngine::snapshotReady);
        QSignalSpy records(&engine, &RolloutEngine::recordsArrived);
        QSignalSpy failures(&engine, &RolloutEngine::failed);
        const QString file = test::dataPath(QStringLiteral("seed-records.txt"));
        QVERIFY(engine.importFile(file));
        QVERIFY(failures.isEmpty());
        const auto last = lastOf(snapshots);
        QVERIFY(last && last->finished);
        QVERIFY(last->source.endsWith(QLatin1String("seed-records.txt")));
        QCOMPARE(qsizetype(last->model->phones().size()), 1);
        QCOMPARE(recordsIn(records), 26);
        QCOMPARE(engine.importStats().records, 26);
    }

    void unreadableFileFailsInOneLine()
    {
        RolloutEngine engine;
        QSignalSpy failures(&engine, &RolloutEngine::failed);
        QVERIFY(!engine.importFile(QStringLiteral("/nonexistent/pfsmon.log")));
        QCOMPARE(failures.size(), 1);
        const QString message = failures.constFirst().constFirst().toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }

    // --at: the run stops that far into the simulated rollout, not at its end.
    void runToEndStopsWhereAsked()
    {
        RolloutEngine engine;
        sim::Config config;
        config.phones = 30;
        config.seed = 3;
        QVERIFY(engine.startDemo(config, 0));
        engine.runToEnd(20 * 1000000LL);
        const auto early = engine.snapshot();
        QVERIFY(early->clockMs <= config.startUtcMs + 20 * 1000);
        QVERIFY(early->model->overallProgress().fraction() < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestRolloutEngine)
#include "tst_rolloutengine.moc"
