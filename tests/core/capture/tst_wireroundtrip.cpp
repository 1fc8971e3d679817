// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The round trip of issue #13: the capture a SPAN port would make of a
// simulated rollout (pfssim --pcap, the wire only: no syslog, no decodable
// broadcast), replayed through pfsmon's engine as a user opens it, gives the
// simulator's ground truth: the trees' edges that carried data, every
// phone's bytes of every file, and the WAN bytes; with and without faults.
#include "engine/rolloutengine.h"
#include "modelinvariants.h"
#include "sim/simulator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pfs;

namespace {

struct Case {
    int phones = 0;
    quint64 seed = 0;
    sim::Faults faults;
};

QStringList pfssimArguments(const Case &c, const QString &file, int snapLength)
{
    return {QStringLiteral("--phones"),
            QString::number(c.phones),
            QStringLiteral("--seed"),
            QString::number(c.seed),
            QStringLiteral("--fault-vanish"),
            QString::number(c.faults.vanish),
            QStringLiteral("--fault-stall"),
            QString::number(c.faults.stall),
            QStringLiteral("--fault-keep-tftp"),
            QString::number(c.faults.keepTftp),
            QStringLiteral("--fault-never-back"),
            QString::number(c.faults.neverBack),
            QStringLiteral("--sources"),
            QStringLiteral("wire"),
            QStringLiteral("--snaplen"),
            QString::number(snapLength),
            QStringLiteral("--pcap"),
            file};
}

// The edges a capture can show: a child's TCP 4051 connection to the parent
// it last began receiving the file from. A join carries no packet of its
// own, so a child that joined and never received a byte of the file (it
// vanished first, or its parent did), or a root alone, shows no edge.
struct ServedEdges : sim::Sink {
    QHash<quint32, QHash<quint32, quint32>> byXid; // XID -> child -> parent

    void record(qint64, const sim::SimPhone &, const QByteArray &) override { }
    void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
    void transferStarted(qint64, const sim::TransferStart &t) override
    {
        if (t.parent)
            byXid[t.xid].insert(t.phone->address, t.parent->address);
    }
};

struct Truth {
    sim::GroundTruth truth;
    QHash<quint32, QHash<quint32, quint32>> servedByXid;
};

// The ground truth of the same rollout, run here: same configuration, same seed.
Truth truthOf(const Case &c)
{
    sim::Config config;
    config.phones = c.phones;
    config.seed = c.seed;
    config.faults = c.faults;
    sim::Simulator simulator(config);
    ServedEdges served;
    simulator.runToEnd(served);
    return {simulator.truth(), served.byXid};
}

const Hierarchy *hierarchyOf(const RolloutModel &model, const QString &file, quint32 subnet)
{
    for (const Hierarchy &h : model.hierarchies()) {
        if (h.file == file && h.hasSubnet && h.subnet == subnet)
            return &h;
    }
    return nullptr;
}

QString addressText(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

} // namespace

class TestWireRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSimulatedCaptureGivesTheGroundTruth_data()
    {
        QTest::addColumn<int>("phones");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("faults");
        QTest::addColumn<int>("snapLength");
        QTest::newRow("120 phones") << 120 << quint64(7) << false << 256;
        QTest::newRow("120 phones, snap length 96") << 120 << quint64(7) << false << 96;
        QTest::newRow("150 phones, faults") << 150 << quint64(5) << true << 256;
        QTest::newRow("150 phones, faults, snap length 96") << 150 << quint64(5) << true << 96;
        // A parent vanished while the .loads went down a tree faster than the joins were announced.
        QTest::newRow("240 phones, faults, snap length 96") << 240 << quint64(11) << true << 96;
        // A phone vanished mid-step of a transfer it received: no reset, no end in the capture.
        QTest::newRow("200 phones, faults, snap length 96") << 200 << quint64(2) << true << 96;
        // Two subnets, one with a lone CP-7970G (a root alone); a phone joined and vanished unserved.
        QTest::newRow("300 phones, faults, snap length 96") << 300 << quint64(7) << true << 96;
    }

    void aSimulatedCaptureGivesTheGroundTruth()
    {
        QFETCH(int, phones);
        QFETCH(quint64, seed);
        QFETCH(bool, faults);
        QFETCH(int, snapLength);
        const Case c{phones, seed, faults ? sim::Faults{2, 2, 2, 2} : sim::Faults{}};
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rollout.pcap"));
        QProcess pfssim;
        pfssim.start(QStringLiteral(PFSSIM_BINARY), pfssimArguments(c, file, snapLength));
        QVERIFY(pfssim.waitForFinished(120000));
        QCOMPARE(pfssim.exitCode(), 0);

        RolloutEngine engine;
        QVERIFY(engine.startReplay(file, 0));
        engine.runToEnd();
        const RolloutModel &model = engine.model();
        const Truth known = truthOf(c);
        const sim::GroundTruth &truth = known.truth;
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
        QCOMPARE(model.counts().total, 0); // the wire alone: not one record

        // Every phone's bytes of every file, as the last attempt left them.
        int components = 0;
        for (auto phone = truth.componentBytes.cbegin(); phone != truth.componentBytes.cend(); ++phone) {
            const Phone *seen = model.phone(model.phoneByAddress(phone.key()));
            QVERIFY2(seen, qPrintable(addressText(phone.key())));
            for (auto f = phone->cbegin(); f != phone->cend(); ++f, ++components) {
                const ComponentProgress *component = seen->component(f.key());
                QVERIFY2(component, qPrintable(addressText(phone.key()) + QLatin1Char(' ') + f.key()));
                QVERIFY2(component->bytes == *f,
                         qPrintable(QStringLiteral("%1 %2: %3 bytes, truth %4")
                                        .arg(addressText(phone.key()), f.key())
                                        .arg(component->bytes)
                                        .arg(*f)));
            }
        }
        QVERIFY(components > phones * 5);

        // Every edge of every tree that carried data, in the hierarchy of its file on its subnet, observed.
        int edges = 0;
        for (const sim::GroundTruth::Tree &tree : truth.trees) {
            const QHash<quint32, quint32> served = known.servedByXid.value(tree.xid);
            if (served.isEmpty())
                continue;
            const Hierarchy *h = hierarchyOf(model, tree.file, tree.subnet);
            QVERIFY2(h, qPrintable(tree.file));
            for (auto it = served.cbegin(); it != served.cend(); ++it, ++edges) {
                const PhoneId child = model.phoneByAddress(it.key());
                QVERIFY2(h->parent(child) == model.phoneByAddress(*it),
                         qPrintable(QStringLiteral("%1 in %2: parent %3, truth %4")
                                        .arg(addressText(it.key()), tree.file,
                                             model.phone(h->parent(child))
                                                 ? addressText(model.phone(h->parent(child))->address)
                                                 : QStringLiteral("none"),
                                             addressText(*it))));
                QCOMPARE(h->edgeProvenance(child), Provenance::Wire);
            }
        }
        QVERIFY(edges > phones);

        // The WAN: every byte the server sent, each once.
        QCOMPARE(model.observedWanBytes(), truth.actualWanBytes);
    }
};

QTEST_GUILESS_MAIN(TestWireRoundTrip)
#include "tst_wireroundtrip.moc"
