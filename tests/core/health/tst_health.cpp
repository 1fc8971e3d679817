// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The health checks against the simulator's faults (issue #14): a demo is
// assessed every second of its rollout, as the console would, and every
// phone given a fault is found with the right kind in time, through the
// traces, the wire and both; a fault-free rollout raises nothing.
#include "engine/demofeed.h"
#include "health/health.h"
#include "protocol/dloadparser.h"
#include "protocol/modelledgrammar.h"
#include "sim/simulator.h"

#include <QTest>

#include <map>
#include <set>

using namespace pfs;

namespace {

constexpr qint64 kStepUs = 1'000'000;

struct Seen {
    Finding::Kind kind;
    Finding::Severity severity;
    qint64 firstMs; // when the finding was first raised (model time)
    qint64 sinceMs; // when the finding says it began
};

// Every finding raised at any step, by phone address and kind: the first time.
using Raised = std::map<std::pair<quint32, Finding::Kind>, Seen>;

Raised assessWhileRunning(const sim::Config &config, DemoSources sources, RolloutModel *model, int minutesAfter = 5)
{
    sim::Simulator simulator(config);
    DemoFeed feed(simulator, model, sources);
    Raised raised;
    const auto assess = [&](qint64 nowMs) {
        for (const Finding &f : Health::assess(*model, nowMs)) {
            const Phone *phone = model->phone(f.phone);
            const auto key = std::make_pair(phone ? phone->address : 0u, f.kind);
            if (!raised.count(key))
                raised[key] = {f.kind, f.severity, nowMs, f.sinceMs};
        }
    };
    qint64 untilUs = 0;
    while (!simulator.finished()) {
        untilUs += kStepUs;
        simulator.advanceTo(untilUs, feed);
        assess(config.startUtcMs + untilUs / 1000);
    }
    feed.finish();
    // Then the console stays open a while after the last event: what never came back shows.
    for (int minute = 1; minute <= minutesAfter; ++minute)
        assess(config.startUtcMs + untilUs / 1000 + minute * 60'000);
    return raised;
}

bool raisedFor(const Raised &raised, quint32 address, Finding::Kind kind)
{
    return raised.count({address, kind}) > 0;
}

QString describe(const Raised &raised)
{
    QStringList lines;
    for (const auto &[key, seen] : raised) {
        lines.append(QStringLiteral("%1 %2 at %3")
                         .arg(key.first, 8, 16, QLatin1Char('0'))
                         .arg(QString::fromLatin1(Health::kindKey(key.second)))
                         .arg(seen.firstMs));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHealth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFaultIsFoundWithItsKind_data()
    {
        QTest::addColumn<DemoSources>("sources");
        QTest::newRow("traces") << DemoSources::Traces;
        QTest::newRow("wire") << DemoSources::Wire;
        QTest::newRow("both") << DemoSources::Both;
    }

    void everyFaultIsFoundWithItsKind()
    {
        QFETCH(DemoSources, sources);
        sim::Config config;
        config.phones = 240;
        config.seed = 5;
        config.faults = sim::Faults{2, 2, 2, 2};
        RolloutModel model;
        const Raised raised = assessWhileRunning(config, sources, &model);
        const sim::Simulator reference(config);
        int faults = 0;
        for (const sim::SimPhone &phone : reference.phones()) {
            Finding::Kind expected = Finding::Kind::Stalled;
            switch (phone.fault) {
            case sim::SimPhone::Fault::None: continue;
            case sim::SimPhone::Fault::Vanish: expected = Finding::Kind::Silent; break;
            case sim::SimPhone::Fault::Stall: expected = Finding::Kind::Stalled; break;
            case sim::SimPhone::Fault::KeepTftp: expected = Finding::Kind::KeepsGoingToServer; break;
            case sim::SimPhone::Fault::NeverBack: expected = Finding::Kind::NeverCameBack; break;
            }
            ++faults;
            // A phone that vanished once its own load was in: silent as a phone that never came back.
            const bool found = raisedFor(raised, phone.address, expected)
                || (expected == Finding::Kind::Silent
                    && raisedFor(raised, phone.address, Finding::Kind::NeverCameBack));
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1: no %2 finding; raised:\n%3")
                                    .arg(QString::fromLatin1(phone.host),
                                         QString::fromLatin1(Health::kindKey(expected)), describe(raised))));
        }
        QCOMPARE(faults, 8);
    }

    // The site's inventory lists the demo's phones and two that never take
    // part: those two, and only they, are never heard.
    // What the bandwidth chart marks: fallbacks, and fetches from the server
    // that stopped (stalled, or their phone silent); a phone waiting on its
    // parent is no WAN outage.
    void wanEventsAreFallbacksAndStoppedWanFetches()
    {
        RolloutModel model;
        const quint32 root = 0x0A000001, child = 0x0A000002;
        qint64 time = 0;
        const auto feed = [&](const QByteArray &host, const QByteArray &body) {
            time += 1'000'000;
            DLoadEvent e;
            QVERIFY(DLoadParser::parse(modelled::record("INF", time, body), e));
            RecordOrigin origin;
            origin.host = host;
            model.apply(e, origin, time / 1000);
        };
        feed("ROOT", modelled::transferStart(1, "/dnld/a.sbn", 1000, modelled::kTftp, root));
        feed("ROOT", modelled::transferProgress(1, "/dnld/a.sbn", 500, root));
        feed("CHILD", modelled::transferStart(1, "/dnld/a.sbn", 1000, root, child));
        feed("CHILD", modelled::transferProgress(1, "/dnld/a.sbn", 200, child));
        const auto event = [&](Finding::Kind kind, quint32 address) {
            Finding f;
            f.kind = kind;
            f.phone = model.phoneByAddress(address);
            f.file = QStringLiteral("a.sbn");
            return Health::wanEvent(f, model);
        };
        QCOMPARE(event(Finding::Kind::Stalled, root), WanEvent::Outage);
        QCOMPARE(event(Finding::Kind::Silent, root), WanEvent::Outage);
        QCOMPARE(event(Finding::Kind::Stalled, child), WanEvent::None);
        QCOMPARE(event(Finding::Kind::Silent, child), WanEvent::None);
        QCOMPARE(event(Finding::Kind::FellBackToWan, child), WanEvent::Fallback);
        QCOMPARE(event(Finding::Kind::KeepsGoingToServer, child), WanEvent::Fallback);
        QCOMPARE(event(Finding::Kind::NeverCameBack, root), WanEvent::None);
        QCOMPARE(event(Finding::Kind::Traditional, root), WanEvent::None);
    }

    void listedPhonesNeverHeardAreFound()
    {
        sim::Config config;
        config.phones = 60;
        RolloutModel model;
        QList<ExpectedPhone> listed;
        const sim::Simulator reference(config);
        for (const sim::SimPhone &phone : reference.phones())
            listed.append({phone.host, 0, phone.model, {}, 0, {}});
        listed.append({"SEP00AABBCCDD01", 0x00AABBCCDD01, QStringLiteral("CP-7961G"), {}, 0, {}});
        listed.append({"SEP00AABBCCDD02", 0x00AABBCCDD02, QStringLiteral("CP-7941G"), {}, 0, {}});
        model.expectPhones(listed);
        QCOMPARE(model.phones().size(), size_t(62));
        assessWhileRunning(config, DemoSources::Both, &model, 0);
        QCOMPARE(model.phones().size(), size_t(62)); // every phone heard is one listed: no second row
        QSet<QByteArray> neverHeard;
        for (const Finding &f : Health::assess(model, model.lastEventMs())) {
            if (f.kind == Finding::Kind::NeverHeard)
                neverHeard.insert(model.phone(f.phone)->host);
        }
        QCOMPARE(neverHeard, (QSet<QByteArray>{"SEP00AABBCCDD01", "SEP00AABBCCDD02"}));
    }

    // A fault-free rollout of 1,000 phones: not one warning or error at any
    // second of it, nor once it is over (the phones waiting their turn are
    // waiting, not silent).
    void aFaultFreeRolloutRaisesNothing()
    {
        sim::Config config;
        config.phones = 1000;
        config.seed = 2;
        config.pfsDisabledShare = 0;
        RolloutModel model;
        const Raised raised = assessWhileRunning(config, DemoSources::Traces, &model);
        Raised problems;
        for (const auto &[key, seen] : raised) {
            if (seen.severity != Finding::Severity::Info)
                problems[key] = seen;
        }
        QVERIFY2(problems.empty(), qPrintable(describe(problems)));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
