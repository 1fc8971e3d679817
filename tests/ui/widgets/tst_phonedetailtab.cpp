// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Phone detail tab lists where each fact of a phone comes from: the
// sources it was heard through, its MAC from the wire, each component's
// source with its provenance, its size observed or estimated, a modelled
// record's claim beside the wire's count, and its edge in its hierarchy.
#include "ui/models/componentmodel.h"
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/phonedetailtab.h"
#include "ui/widgets/phoneevidence.h"

#include "engine/demofeed.h"
#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "render/phonestate.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

using namespace pfs;

class TestPhoneDetailTab : public QObject {
    Q_OBJECT

private:
    test::WireRollout m_wire = test::wireRollout();

    QStringList evidenceOf(PhoneId phone)
    {
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = std::make_shared<const RolloutModel>(m_wire.model);
        EventLogModel log;
        PhoneDetailTab tab(&log);
        tab.setSnapshot(snapshot);
        tab.showPhone(phone);
        return tab.evidenceText().split(QLatin1Char('\n'));
    }

    static QString lineStarting(const QStringList &lines, const QString &start)
    {
        const QStringList found = lines.filter(start);
        return found.isEmpty() ? QString() : found.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_wire.hierarchy != kNoHierarchy);
        QVERIFY(!m_wire.model.hierarchy(m_wire.hierarchy)->xid); // known only from the wire
    }

    // A demo phone half-way: its state and for how long, its time left, and
    // a problem the health checks found named with it.
    void statusLineSaysStateTimeLeftAndProblems()
    {
        sim::Config config;
        config.phones = 30;
        auto snapshot = std::make_shared<EngineSnapshot>();
        RolloutModel model;
        {
            sim::Simulator simulator(config);
            DemoFeed feed(simulator, &model, DemoSources::Traces);
            simulator.advanceTo(60'000'000, feed);
        }
        snapshot->model = std::make_shared<const RolloutModel>(model);
        snapshot->clockMs = config.startUtcMs + 60'000;
        snapshot->findings = Health::assess(model, snapshot->clockMs);
        PhoneId receiving = kNoPhone;
        for (const Phone &phone : model.phones()) {
            if (receiving == kNoPhone && phoneState(phone, model, {}) == PhoneState::FromTftp)
                receiving = phone.id;
        }
        QVERIFY(receiving != kNoPhone);
        Finding stalled;
        stalled.kind = Finding::Kind::Stalled;
        stalled.phone = receiving;
        snapshot->findings.append(stalled);
        snapshot->findingIndex = FindingIndex(snapshot->findings);
        snapshot->forecast = Forecast(model, snapshot->findings, snapshot->clockMs);
        EventLogModel log;
        PhoneDetailTab tab(&log);
        tab.setSnapshot(snapshot);
        tab.showPhone(receiving);
        const QString line = tab.statusLine();
        QVERIFY2(line.contains(PhoneStateStyle::name(PhoneState::FromTftp)), qPrintable(line));
        QVERIFY2(line.contains(PhoneDetailTab::tr("%1 · time left: current file %2, whole load %3")
                                   .section(u'·', 1, 1)
                                   .section(u'%', 0, 0)
                                   .trimmed()),
                 qPrintable(line));
        QVERIFY2(!line.contains(DisplayFormat::timeLeft({}, QLocale())), qPrintable(line)); // a time, not "unknown"
        QVERIFY2(line.contains(Health::kindName(Finding::Kind::Stalled)), qPrintable(line));
    }

    void rootShowsObservedSizeAndTheModelledClaim()
    {
        const QStringList lines = evidenceOf(m_wire.root);
        const QLocale locale;
        QCOMPARE(lines.value(0),
                 PhoneEvidence::tr("Heard through: %1")
                     .arg(ProvenanceNames::name(Provenance::Wire) + PhoneEvidence::tr(", ")
                          + ProvenanceNames::name(Provenance::Modelled)));
        QVERIFY2(lines.contains(QStringLiteral("MAC 001BD4000001, name SEP001BD4000001")),
                 qPrintable(lines.join(u'|')));
        const QString component = lineStarting(lines, test::WireRollout::kFile + QLatin1String(": "));
        QVERIFY2(component.contains(QStringLiteral("TFTP (%1)").arg(ProvenanceNames::name(Provenance::Wire))),
                 qPrintable(component));
        QVERIFY2(component.contains(QStringLiteral("size %1 bytes, observed").arg(locale.toString(3000))),
                 qPrintable(component));
        QVERIFY2(component.contains(QStringLiteral("records said %1 bytes, complete (%2)")
                                        .arg(locale.toString(2999), ProvenanceNames::name(Provenance::Modelled))),
                 qPrintable(component));
        const QString edge = lineStarting(lines, QStringLiteral("In "));
        QVERIFY2(edge.contains(RolloutModel::tr("no XID")) || edge.contains(test::WireRollout::kFile),
                 qPrintable(edge));
        QVERIFY2(edge.endsWith(QStringLiteral(": root (%1)").arg(ProvenanceNames::name(Provenance::Inferred))),
                 qPrintable(edge));
    }

    void childShowsItsObservedEdgeAndInferredTransfer()
    {
        const QStringList lines = evidenceOf(m_wire.child);
        QCOMPARE(lines.value(0), PhoneEvidence::tr("Heard through: %1").arg(ProvenanceNames::name(Provenance::Wire)));
        // Only the wire heard it: its MAC can only come from the wire.
        QVERIFY2(lines.contains(QStringLiteral("MAC 001BD4000002, name SEP001BD4000002, seen on the wire")),
                 qPrintable(lines.join(u'|')));
        const QString component = lineStarting(lines, test::WireRollout::kFile + QLatin1String(": "));
        // Its peer named as its edge names its parent: by name and address.
        QVERIFY2(
            component.contains(
                QStringLiteral("peer SEP001BD4000001 10.20.0.5 (%1)").arg(ProvenanceNames::name(Provenance::Inferred))),
            qPrintable(component));
        QVERIFY2(component.contains(QLatin1String("estimated from the firmware catalogue")), qPrintable(component));
        QVERIFY(!component.contains(QLatin1String("records said")));
        const QString edge = lineStarting(lines, QStringLiteral("In "));
        QVERIFY2(edge.endsWith(QStringLiteral(": parent SEP001BD4000001 10.20.0.5, edge %1")
                                   .arg(ProvenanceNames::name(Provenance::Wire))),
                 qPrintable(edge));
        for (const QString &line : lines)
            QVERIFY2(test::hiddenCharacter(line).isEmpty(), qPrintable(line));
    }

    // What a component's cells say is shown whole: a size "(estimate)", a
    // peer's name, in English and in French ("584 octets").
    void componentCellsAreNotCut_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
    }

    void componentCellsAreNotCut()
    {
        QFETCH(QString, locale);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = std::make_shared<const RolloutModel>(m_wire.model);
        EventLogModel log;
        PhoneDetailTab tab(&log);
        tab.resize(1000, 500);
        tab.setSnapshot(snapshot);
        tab.showPhone(m_wire.child);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTableView *components = nullptr;
        for (QTableView *view : tab.findChildren<QTableView *>()) {
            if (qobject_cast<ComponentModel *>(view->model()))
                components = view;
        }
        QVERIFY(components && components->model()->rowCount() > 0);
        bool estimated = false;
        const QFontMetrics metrics(components->font());
        for (int row = 0; row < components->model()->rowCount(); ++row) {
            for (const int column : {int(ComponentModel::ColumnFile), int(ComponentModel::ColumnReceived),
                                     int(ComponentModel::ColumnSize), int(ComponentModel::ColumnSource)}) {
                const QString text = components->model()->index(row, column).data().toString();
                estimated = estimated || text.contains(ComponentModel::tr("%1 (estimate)").section(u' ', 1));
                QVERIFY2(metrics.horizontalAdvance(text) + 6 <= components->columnWidth(column),
                         qPrintable(QStringLiteral("%1: %2 px in %3")
                                        .arg(text)
                                        .arg(metrics.horizontalAdvance(text))
                                        .arg(components->columnWidth(column))));
            }
        }
        QVERIFY(estimated); // the child's size comes from the catalogue
    }

    // When it was last heard, to the second, and how long before the snapshot.
    void statusLineSaysWhenLastHeard()
    {
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = std::make_shared<const RolloutModel>(m_wire.model);
        const Phone &child = *m_wire.model.phone(m_wire.child);
        QVERIFY(child.lastHeardMs >= 0);
        snapshot->clockMs = child.lastHeardMs + 12'400;
        EventLogModel log;
        PhoneDetailTab tab(&log);
        tab.setSnapshot(snapshot);
        tab.showPhone(m_wire.child);
        const QString at
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(child.lastHeardMs).time(), QStringLiteral("HH:mm:ss"));
        QCOMPARE(DisplayFormat::lastHeard(child, snapshot->clockMs, QLocale()),
                 PhoneEvidence::tr("%1, %2").arg(at, PhoneEvidence::tr("%Ln s ago", nullptr, 12)));
        QVERIFY2(tab.statusLine().contains(DisplayFormat::lastHeard(child, snapshot->clockMs, QLocale())),
                 qPrintable(tab.statusLine()));
        // Longer ago: in minutes and seconds.
        QCOMPARE(DisplayFormat::lastHeard(child, child.lastHeardMs + 125'000, QLocale()),
                 PhoneEvidence::tr("%1, %2").arg(
                     at, PhoneEvidence::tr("%1 ago").arg(DisplayFormat::duration(125, QLocale()))));
        QCOMPARE(DisplayFormat::lastHeard(Phone(), snapshot->clockMs, QLocale()), QString());
    }

    // No phone chosen (a new run began): none of the last phone's lines stay.
    void noPhoneNoTraceLines()
    {
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = std::make_shared<const RolloutModel>(m_wire.model);
        EventLogModel log;
        RawRecord line;
        line.address = test::WireRollout::kChild;
        line.text = "NOT 02:19:22.1 DLoad: a line of the child";
        log.append({line, line});
        PhoneDetailTab tab(&log);
        tab.setSnapshot(snapshot);
        const QAbstractItemModel *trace = nullptr;
        for (const QTableView *view : tab.findChildren<QTableView *>()) {
            if (qobject_cast<const EventLogFilter *>(view->model()))
                trace = view->model();
        }
        QVERIFY(trace);
        QCOMPARE(trace->rowCount(), 0);
        tab.showPhone(m_wire.child);
        QCOMPARE(trace->rowCount(), 2);
        tab.showPhone(kNoPhone);
        QCOMPARE(trace->rowCount(), 0);
    }

    void noPhoneNoEvidence()
    {
        EventLogModel log;
        PhoneDetailTab tab(&log);
        QVERIFY(tab.evidenceText().isEmpty());
    }
};

QTEST_MAIN(TestPhoneDetailTab)
#include "tst_phonedetailtab.moc"
