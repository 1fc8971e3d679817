// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Broadcasts of an unpublished layout tie their senders to a traced
// hierarchy only once the traced XID is found at one consistent place in
// them (issue #13): found, never assumed; labelled inferred; what does not
// fit is counted.
#include "capture/ingest.h"
#include "capture/xidlocator.h"
#include "modelinvariants.h"
#include "protocol/dloadparser.h"
#include "protocol/verifiedgrammar.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace pfs;

namespace {

constexpr quint32 kXid = 0x080027F8;
constexpr quint32 kOtherXid = 0x1536E79D;
constexpr int kPlace = 13;            // where this made-up layout keeps the XID, little-endian
constexpr quint32 kRoot = 0x0A14000A; // 10.20.0.10

quint32 phoneAddress(int index)
{
    return kRoot + quint32(index);
}

// A payload of a layout pfsmon does not know: a magic of its own, noise, the
// XID little-endian at kPlace, and more noise that may repeat the XID elsewhere.
QByteArray unpublishedPayload(quint32 xid, QRandomGenerator &random, int length = 48)
{
    QByteArray payload(length, '\0');
    for (char &byte : payload)
        byte = char(random.bounded(256));
    payload.replace(0, 4, "CPPD");
    qToLittleEndian<quint32>(xid, payload.data() + kPlace);
    return payload;
}

bool knownXid(quint32 xid)
{
    return xid == kXid || xid == kOtherXid;
}

struct Run {
    XidLocator locator;
    QList<XidLocator::Tie> ties;

    void feed(quint32 sender, const QByteArray &payload, qint64 ms = 0)
    {
        locator.feed(sender, payload, ms, knownXid, &ties);
    }
};

} // namespace

class TestXidLocator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aConsistentPlaceIsFoundAndTiesEverySighting()
    {
        QRandomGenerator random(1);
        Run run;
        for (int i = 0; i < XidLocator::kMinHits - 1; ++i)
            run.feed(phoneAddress(i % 3), unpublishedPayload(kXid, random), i);
        QVERIFY(!run.locator.place().found()); // one short of enough
        QVERIFY(run.ties.isEmpty());
        run.feed(phoneAddress(4), unpublishedPayload(kXid, random), 100);
        QCOMPARE(run.locator.place().offset, kPlace);
        QCOMPARE(run.locator.place().order, XidPlace::ByteOrder::Little);
        // Every sighting so far, at that place, ties its sender: none is lost to the wait.
        QCOMPARE(run.ties.size(), XidLocator::kMinHits);
        QCOMPARE(run.ties.first().sender, phoneAddress(0));
        QCOMPARE(run.ties.last().sender, phoneAddress(4));
        QCOMPARE(run.ties.last().xid, kXid);
        QCOMPARE(run.ties.last().timeMs, qint64(100));

        run.ties.clear();
        run.feed(phoneAddress(9), unpublishedPayload(kOtherXid, random), 200);
        QCOMPARE(run.ties.size(), 1);
        QCOMPARE(run.ties.first().xid, kOtherXid);
        QCOMPARE(run.locator.stats().ties, qint64(XidLocator::kMinHits + 1));
    }

    void oneSenderProvesNoLayout()
    {
        // One phone's own number at a fixed place may be its address, its MAC, anything.
        QRandomGenerator random(2);
        Run run;
        for (int i = 0; i < 50; ++i)
            run.feed(kRoot, unpublishedPayload(kXid, random));
        QVERIFY(!run.locator.place().found());
        QVERIFY(run.ties.isEmpty());
        QCOMPARE(run.locator.stats().withKnownXid, qint64(50));
    }

    void anXidAtScatteredPlacesTiesNothing()
    {
        QRandomGenerator random(3);
        Run run;
        for (int i = 0; i < 200; ++i) {
            QByteArray payload(48, '\0');
            for (char &byte : payload)
                byte = char(random.bounded(256));
            qToBigEndian<quint32>(kXid, payload.data() + random.bounded(40));
            run.feed(phoneAddress(i % 7), payload);
        }
        QVERIFY(!run.locator.place().found());
        QVERIFY(run.ties.isEmpty());
    }

    void whatDoesNotFitThePlaceIsCounted()
    {
        QRandomGenerator random(4);
        Run run;
        for (int i = 0; i < XidLocator::kMinHits; ++i)
            run.feed(phoneAddress(i), unpublishedPayload(kXid, random));
        QVERIFY(run.locator.place().found());
        run.ties.clear();
        run.feed(phoneAddress(1), unpublishedPayload(0xDEADBEEF, random)); // an XID no trace named
        run.feed(phoneAddress(2), QByteArray("CPPD\x01\x02", 6));          // ends before the place
        run.feed(phoneAddress(3), unpublishedPayload(kXid, random).left(kPlace + 4));
        QCOMPARE(run.locator.stats().unknownAtPlace, qint64(1));
        QCOMPARE(run.locator.stats().tooShort, qint64(1));
        QCOMPARE(run.ties.size(), 1);
        QCOMPARE(run.ties.first().sender, phoneAddress(3));
    }

    void theSightingsKeptWaitingAreBounded()
    {
        // One sender alone never finds a place: what it said waits, within a bound.
        QRandomGenerator random(5);
        Run run;
        for (int i = 0; i < XidLocator::kMaxPending + 10; ++i)
            run.feed(kRoot, unpublishedPayload(kXid, random));
        QCOMPARE(run.locator.stats().pendingDropped, qint64(10));
    }

    void hostileInputNeitherCrashesNorTies()
    {
        Run run;
        const QByteArray allXid = QByteArray(256, '\0').replace(0, 4, "\x08\x00\x27\xF8");
        for (const QByteArray &payload : {QByteArray(), QByteArray(3, 'x'), QByteArray(100000, '\xff'), allXid})
            run.feed(kRoot, payload);
        QVERIFY(!run.locator.place().found());
        QCOMPARE(run.locator.stats().payloads, qint64(4));
    }

    // The whole path: a verified trace names the hierarchy; broadcasts of an
    // unpublished layout from the other phones make them its members, inferred.
    void broadcastsTieTheirSendersToTheTracedHierarchy()
    {
        RolloutModel model;
        DLoadEvent root;
        const QByteArray line = "INF 02:19:34.500000 DLoad: "
            + verified::hierarchyRoot(kXid, 1, "CP-7961G", kRoot, "/dnld/SCCP41.9-4-2SR3-1S.loads");
        QVERIFY(DLoadParser::parse(line, root));
        QCOMPARE(root.grammar, Grammar::Verified);
        model.apply(root, RecordOrigin{"SEP001BD4000001", {}, kRoot}, 1000);
        Ingest ingest(&model);
        QRandomGenerator random(6);
        for (int i = 0; i < 12; ++i) {
            ReceivedDatagram d;
            d.channel = ReceivedDatagram::Channel::Pfs;
            d.source = phoneAddress(i % 4);
            d.payload = unpublishedPayload(kXid, random);
            d.timeUs = qint64(2000 + i) * 1000;
            QVERIFY(ingest.receive(d));
        }
        QCOMPARE(ingest.counters().pfsUndecoded, qint64(12)); // not pfsmon's modelled layout
        QCOMPARE(ingest.counters().xidPlace.offset, kPlace);
        const Hierarchy *h = model.hierarchyByXid(kXid);
        QVERIFY(h);
        QCOMPARE(h->members.size(), qsizetype(4));
        for (int i = 1; i < 4; ++i) {
            const Phone *phone = model.phone(model.phoneByAddress(phoneAddress(i)));
            QVERIFY(phone);
            QVERIFY(h->contains(phone->id));
            QCOMPARE(phone->broadcastXid, kXid);
            QCOMPARE(h->parent(phone->id), kNoPhone); // a member, not an edge: nothing says whose child
            QCOMPARE(phone->model, QStringLiteral("CP-7961G"));
            QCOMPARE(phone->modelFrom, Provenance::Inferred);
            const ComponentProgress *c = phone->component(QStringLiteral("SCCP41.9-4-2SR3-1S.loads"));
            QVERIFY(c);
            QCOMPARE(c->state, ComponentState::Waiting);
            QCOMPARE(c->hierarchy, h->id);
        }
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestXidLocator)
#include "tst_xidlocator.moc"
