// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/modelledgrammar.h"
#include "sim/simulator.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace pfs;

namespace {

// Holds the simulator's transport hooks to what sim::Sink promises.
class Checker : public sim::Sink {
public:
    struct Transfer {
        sim::TransferStart start;
        qint64 bytes = 0;
        int ends = 0;
        sim::TransferEnd how = sim::TransferEnd::Complete;
        int abandons = 0;
    };

    void record(qint64 t, const sim::SimPhone &, const QByteArray &record) override
    {
        tick(t);
        const qsizetype body = record.indexOf("DLoad: ");
        if (body >= 0 && record.contains(" Joined "))
            joins.insert(record.mid(body + 7));
    }
    void broadcast(qint64 t, const sim::SimPhone &, const QByteArray &) override { tick(t); }
    void configRequested(qint64 t, const sim::SimPhone &phone) override
    {
        tick(t);
        ++configs[phone.address];
    }
    void transferStarted(qint64 t, const sim::TransferStart &start) override
    {
        tick(t);
        QVERIFY(!transfers.contains(start.id));
        QVERIFY(start.phone && start.size > 0 && start.path.startsWith("/dnld/"));
        QVERIFY(start.parent != start.phone);
        // A child connects to its parent once it has said it joined it: a
        // small file may run down a tree faster than the joins are announced.
        if (start.parent)
            QVERIFY(joins.contains(modelled::joined(start.xid, start.parent->address, start.phone->address)));
        transfers[start.id].start = start;
    }
    void transferProgress(qint64 t, int id, qint64 bytes) override
    {
        tick(t);
        QVERIFY(transfers.contains(id));
        Transfer &transfer = transfers[id];
        QCOMPARE(transfer.ends, 0);
        QVERIFY(bytes >= transfer.bytes && bytes <= transfer.start.size);
        transfer.bytes = bytes;
    }
    void transferEnded(qint64 t, int id, qint64 bytes, sim::TransferEnd how) override
    {
        tick(t);
        QVERIFY(transfers.contains(id));
        Transfer &transfer = transfers[id];
        QVERIFY(bytes >= transfer.bytes && bytes <= transfer.start.size);
        if (how == sim::TransferEnd::Complete)
            QCOMPARE(bytes, transfer.start.size);
        else
            QVERIFY(bytes < transfer.start.size);
        transfer.bytes = bytes;
        transfer.how = how;
        ++transfer.ends;
    }
    void transferAbandoned(qint64 t, int id) override
    {
        tick(t);
        QVERIFY(transfers.contains(id));
        const Transfer &transfer = transfers[id];
        QCOMPARE(transfer.ends, 1);
        QVERIFY(transfer.how == sim::TransferEnd::Stalled || transfer.how == sim::TransferEnd::SenderGone);
        ++transfers[id].abandons;
    }

    QHash<int, Transfer> transfers;
    QHash<quint32, int> configs;
    QSet<QByteArray> joins; // the bodies of the children's "Joined" records
    bool inOrder = true;

private:
    void tick(qint64 t)
    {
        inOrder = inOrder && t >= m_last;
        m_last = t;
    }
    qint64 m_last = 0;
};

} // namespace

class TestTransferHooks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hooksKeepTheirContract_data()
    {
        QTest::addColumn<int>("phones");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("faults");
        QTest::newRow("healthy") << 200 << quint64(1) << false;
        QTest::newRow("faults") << 200 << quint64(6) << true;
        QTest::newRow("faults, other seed") << 150 << quint64(3) << true;
    }
    void hooksKeepTheirContract()
    {
        QFETCH(int, phones);
        QFETCH(quint64, seed);
        QFETCH(bool, faults);
        sim::Config c;
        c.phones = phones;
        c.seed = seed;
        if (faults)
            c.faults = sim::Faults{4, 4, 4, 4};
        sim::Simulator simulator(c);
        Checker checker;
        simulator.runToEnd(checker);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(checker.inOrder);
        const sim::GroundTruth &truth = simulator.truth();
        qint64 wanBytes = 0;
        int stalled = 0;
        for (const Checker::Transfer &t : std::as_const(checker.transfers)) {
            QCOMPARE(t.ends, 1);      // every transfer ends, once
            QVERIFY(t.abandons <= 1); // and is given up at most once
            if (t.how == sim::TransferEnd::Stalled) {
                ++stalled;
                // by its receiver, unless the receiver vanished first
                QVERIFY(t.abandons == 1 || t.start.phone->fault == sim::SimPhone::Fault::Vanish);
            }
            if (!t.start.parent && t.how == sim::TransferEnd::Complete)
                wanBytes += t.start.size;
            if (t.start.parent) { // a peer transfer: within a hierarchy, on one subnet
                QVERIFY(t.start.xid != 0);
                QCOMPARE(t.start.parent->address & 0xffffff00u, t.start.phone->address & 0xffffff00u);
            }
        }
        QCOMPARE(wanBytes, truth.actualWanBytes);
        QCOMPARE(stalled, truth.stalled);
        // Every phone asks for its configuration at boot, and once more after
        // its upgrade unless it never comes back.
        for (const sim::SimPhone &p : simulator.phones()) {
            const int configs = checker.configs.value(p.address);
            QVERIFY(configs == 1 || configs == 2);
            if (p.fault == sim::SimPhone::Fault::NeverBack)
                QCOMPARE(configs, 1);
            if (!faults)
                QCOMPARE(configs, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestTransferHooks)
#include "tst_transferhooks.moc"
