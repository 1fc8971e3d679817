// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Phone detail tab lists where each fact of a phone comes from: the
// sources it was heard through, its MAC from the wire, each component's
// source with its provenance, its size observed or estimated, a modelled
// record's claim beside the wire's count, and its edge in its hierarchy.
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/phonedetailtab.h"
#include "ui/widgets/phoneevidence.h"

#include "protocol/ipv4.h"
#include "render/phonestate.h"
#include "testsupport.h"

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
        QVERIFY2(
            component.contains(QStringLiteral("peer 10.20.0.5 (%1)").arg(ProvenanceNames::name(Provenance::Inferred))),
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

    void noPhoneNoEvidence()
    {
        EventLogModel log;
        PhoneDetailTab tab(&log);
        QVERIFY(tab.evidenceText().isEmpty());
    }
};

QTEST_MAIN(TestPhoneDetailTab)
#include "tst_phonedetailtab.moc"
