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
#include "protocol/visibletext.h"
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

// A fault shows within this long of when the finding says it began: two
// minutes, against rollouts of several minutes and phones that stay dark for
// hours. On the wire alone a phone that vanishes while it sends is known
// silent only once its group has moved on without it: the child's reset
// looks the same when its parent merely stalled, so it names no one.
constexpr qint64 kDetectionBoundMs = 120'000;
constexpr qint64 kWireOnlyDetectionBoundMs = 300'000;

// When the phone was first listed with a warning or an error, of any kind.
qint64 firstProblemMs(const Raised &raised, quint32 address)
{
    qint64 first = -1;
    for (const auto &[key, seen] : raised) {
        if (key.first == address && seen.severity != Finding::Severity::Info && (first < 0 || seen.firstMs < first))
            first = seen.firstMs;
    }
    return first;
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

// A file two models share (the 7941G and 7961G run one load): on the wire
// alone neither phone's model is known.
const QString kSharedFile = QStringLiteral("apps41.9-4-2ES26.sbn");

// `phone` fetches kSharedFile whole from the server at `atMs`, as the wire shows it.
void fetchFromServer(RolloutModel &model, PhoneId phone, qint64 atMs)
{
    WireTransfer download;
    download.phone = phone;
    download.file = kSharedFile;
    download.stage = WireTransfer::Stage::Started;
    download.size = 3000;
    model.applyWireTransfer(download, atMs);
    download.stage = WireTransfer::Stage::Complete;
    download.bytes = 3000;
    model.applyWireTransfer(download, atMs + 10);
}

// A root on the wire: it fetched the file from the server and serves it to a child.
PhoneId wireRoot(RolloutModel &model, quint32 root, quint32 child)
{
    const PhoneId r = model.phoneOnWire(root, 0, 1000), c = model.phoneOnWire(child, 0, 1000);
    fetchFromServer(model, r, 1000);
    model.applyWireEdge(c, r, kSharedFile, 1100);
    return c;
}

QList<Finding::Kind> kindsFor(const RolloutModel &model, PhoneId phone, qint64 nowMs)
{
    QList<Finding::Kind> kinds;
    for (const Finding &f : Health::assess(model, nowMs)) {
        if (f.phone == phone)
            kinds.append(f.kind);
    }
    return kinds;
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
            // And in the Problems panel soon after its fault began, under one kind or another.
            const Seen &seen = raised.count({phone.address, expected})
                ? raised.at({phone.address, expected})
                : raised.at({phone.address, Finding::Kind::NeverCameBack});
            const qint64 firstSeen = firstProblemMs(raised, phone.address);
            const qint64 bound = sources == DemoSources::Wire ? kWireOnlyDetectionBoundMs : kDetectionBoundMs;
            QVERIFY2(firstSeen - seen.sinceMs <= bound, qPrintable(QString::fromLatin1(phone.host)));
        }
        QCOMPARE(faults, 8);
        // No error on a phone without a fault: a child losing its parent names the parent only.
        for (const sim::SimPhone &phone : reference.phones()) {
            for (const auto &[key, seen] : raised) {
                QVERIFY2(phone.fault != sim::SimPhone::Fault::None || key.first != phone.address
                             || seen.severity != Finding::Severity::Error,
                         qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(phone.host),
                                                                 QString::fromLatin1(Health::kindKey(key.second)))));
            }
        }
    }

    // Every finding says what it rests on, and where each fact comes from:
    // a stalled transfer its bytes and times, every phone when it was last heard.
    void everyFindingGivesItsEvidence()
    {
        sim::Config config;
        config.phones = 120;
        config.seed = 5;
        config.faults = sim::Faults{1, 2, 1, 0};
        sim::Simulator simulator(config);
        RolloutModel model;
        DemoFeed feed(simulator, &model, DemoSources::Both);
        int stalls = 0;
        for (qint64 untilUs = kStepUs; !simulator.finished(); untilUs += kStepUs) {
            simulator.advanceTo(untilUs, feed);
            for (const Finding &f : Health::assess(model, config.startUtcMs + untilUs / 1000)) {
                const QStringList evidence = Health::evidence(f, model);
                if (f.kind == Finding::Kind::TreeAnomaly)
                    continue;
                QVERIFY2(!evidence.isEmpty(), Health::kindKey(f.kind).data());
                if (f.kind != Finding::Kind::NeverHeard)
                    QVERIFY(evidence.last().startsWith(Health::tr("Last heard at %1, through %2").section(u'%', 0, 0)));
                if (f.kind == Finding::Kind::Stalled) {
                    ++stalls;
                    QVERIFY2(evidence.first().startsWith(visibleText(f.file)), qPrintable(evidence.first()));
                    QVERIFY(evidence.first().contains(Health::timeText(f.sinceMs)));
                }
            }
        }
        QVERIFY(stalls > 0);
    }

    // A phone heard on the demo's subnet (its configuration request) that
    // never gets a file: never joined, once the others have had theirs for
    // long; not before, and no other phone.
    void aPhoneHeardThatTakesNoPartNeverJoined()
    {
        sim::Config config;
        config.phones = 60;
        sim::Simulator simulator(config);
        RolloutModel model;
        DemoFeed feed(simulator, &model, DemoSources::Both);
        simulator.advanceTo(2'000'000, feed);
        const quint32 outsider = 0x0A1400FA; // 10.20.0.250, on the demo's subnet
        const PhoneId id = model.phoneOnWire(outsider, 0x001BD4FFFFFA, config.startUtcMs + 2'000);
        model.applyConfigRequest(id, config.startUtcMs + 2'000);
        const auto neverJoined = [&](qint64 nowMs) {
            QSet<PhoneId> found;
            for (const Finding &f : Health::assess(model, nowMs)) {
                if (f.kind == Finding::Kind::NeverJoined)
                    found.insert(f.phone);
            }
            return found;
        };
        QVERIFY(neverJoined(config.startUtcMs + 2'000).isEmpty()); // everyone is waiting: so is it
        simulator.runToEnd(feed);
        feed.finish();
        QCOMPARE(neverJoined(model.lastEventMs()), QSet<PhoneId>{id});
        QVERIFY(
            Health::text(
                Finding{Finding::Kind::NeverJoined, Finding::Severity::Warning, id, kNoHierarchy, -1, kNoPhone, {}, -1},
                model)
                .contains(model.phone(id)->displayName()));
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
            // The event points into its record: the record lives until the event is applied.
            const QByteArray record = modelled::record("INF", time, body);
            DLoadEvent e;
            QVERIFY(DLoadParser::parse(record, e));
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

    // The wire cannot tell two models that run one load apart: a second
    // phone fetching its file from the server, with no parent in the tree
    // the wire saw, may be the other model's root. Not a fall back, until
    // the wire shows it had a parent for that file.
    void aSecondRootOfASharedLoadDidNotFallBack()
    {
        RolloutModel model;
        wireRoot(model, 0x0A14000A, 0x0A14000B);
        const PhoneId otherRoot = model.phoneOnWire(0x0A14000C, 0, 1200);
        fetchFromServer(model, otherRoot, 1200);
        QVERIFY(!kindsFor(model, otherRoot, 2000).contains(Finding::Kind::FellBackToWan));

        const PhoneId child = model.phoneOnWire(0x0A14000D, 0, 1200);
        model.applyWireEdge(child, model.phoneByAddress(0x0A14000A), kSharedFile, 1300);
        fetchFromServer(model, child, 1400);
        QVERIFY(kindsFor(model, child, 2000).contains(Finding::Kind::FellBackToWan));
    }

    // A fault-free rollout of 1,000 phones: not one warning or error at any
    // second of it, nor once it is over (the phones waiting their turn are
    // waiting, not silent).
    void aFaultFreeRolloutRaisesNothing_data()
    {
        QTest::addColumn<DemoSources>("sources");
        QTest::addColumn<int>("phones");
        QTest::newRow("traces 1000") << DemoSources::Traces << 1000;
        QTest::newRow("both 1000") << DemoSources::Both << 1000;
        QTest::newRow("wire 240") << DemoSources::Wire << 240;
        QTest::newRow("site 240") << DemoSources::Site << 240;
    }

    void aFaultFreeRolloutRaisesNothing()
    {
        QFETCH(DemoSources, sources);
        QFETCH(int, phones);
        sim::Config config;
        config.phones = phones;
        config.seed = 2;
        config.pfsDisabledShare = 0;
        RolloutModel model;
        const Raised raised = assessWhileRunning(config, sources, &model);
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
