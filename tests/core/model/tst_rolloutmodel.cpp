// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/snapshot.h"
#include "logs/logimporter.h"
#include "model/bandwidth.h"
#include "modelinvariants.h"
#include "protocol/dloadparser.h"
#include "protocol/modelledgrammar.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace pfs;
namespace m = pfs::modelled;

namespace {

constexpr quint32 ip(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

// Two components with exact (non-estimated) sizes: the arithmetic below is by hand.
FirmwareCatalogue smallCatalogue()
{
    FirmwareCatalogue catalogue;
    QString error;
    const bool ok = catalogue.loadJson(R"({"schema": "pfsmon.catalogue/1",
        "models": [{"model": "CP-7961G", "pfs": true, "loads": ["L.loads"]},
                   {"model": "CP-7960G", "pfs": false, "loads": ["M.loads"]}],
        "loads": [{"name": "L.loads", "components": [{"file": "a.sbn", "bytes": 1000, "estimate": false},
                                                     {"file": "b.sbn", "bytes": 500, "estimate": false}]},
                  {"name": "M.loads", "components": [{"file": "m.sbn", "bytes": 300, "estimate": false}]}]})",
                                       &error);
    if (!ok)
        qFatal("%s", qPrintable(error));
    return catalogue;
}

class Feeder {
public:
    explicit Feeder(RolloutModel &model)
        : m_model(model)
    {
    }

    void operator()(const QByteArray &host, const QByteArray &body, const char *severity = "INF")
    {
        m_time += 1000;
        const QByteArray record = m::record(severity, m_time, body);
        DLoadEvent e;
        QVERIFY(DLoadParser::parse(record, e));
        RecordOrigin origin;
        origin.host = host;
        m_model.apply(e, origin, m_time / 1000);
    }
    // A whole transfer of `file` (`size` bytes) from `source` (m::kTftp or a peer).
    void transfer(const QByteArray &host, quint32 xid, quint32 self, const char *file, qint64 size, quint32 source)
    {
        (*this)(host, m::transferStart(xid, file, size, source, self));
        (*this)(host, m::transferProgress(xid, file, size / 2, self), "DBG");
        (*this)(host, m::transferDone(xid, file, size, self));
    }
    void hierarchyRoot(const QByteArray &host, quint32 xid, quint32 root, const char *model, const char *file)
    {
        (*this)(host,
                "@@@HROOT:" + m::formatXid(xid) + " H=1 m=" + model + " ROOT=" + m::formatAddress(root) + " /dnld/"
                    + file,
                "NOT");
    }

private:
    RolloutModel &m_model;
    qint64 m_time = 0;
};

} // namespace

class TestRolloutModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The inventory's phone is the one later heard, by its MAC on the wire:
    // one row, its listed address never bound (DHCP may have moved it), its
    // model listed until something better tells.
    void aListedPhoneIsTheOneHeardLater()
    {
        RolloutModel model;
        const quint32 listedAddress = 0x0A140063, realAddress = 0x0A140064;
        model.expectPhones({{"SEP00AABBCCDD01", 0x00AABBCCDD01, QStringLiteral("CP-7961G"),
                             QStringLiteral("SCCP41.9-4-2SR2-2S"), listedAddress, QStringLiteral("Lobby")}});
        QCOMPARE(model.phones().size(), size_t(1));
        const Phone &listed = model.phones()[0];
        QVERIFY(listed.expected);
        QCOMPARE(listed.heardFrom, quint8(0));
        QCOMPARE(listed.modelFrom, Provenance::Listed);
        QCOMPARE(listed.load, QStringLiteral("SCCP41.9-4-2SR2-2S.loads")); // the catalogue's name
        QVERIFY(!listed.components.isEmpty());                             // its load's files, expected
        QCOMPARE(model.phoneByAddress(listedAddress), kNoPhone);
        const PhoneId heard = model.phoneOnWire(realAddress, 0x00AABBCCDD01, 1000);
        QCOMPARE(heard, listed.id);
        QCOMPARE(model.phones().size(), size_t(1));
        QCOMPARE(model.phone(heard)->address, realAddress);
        QVERIFY(model.phone(heard)->heardThrough(Provenance::Wire));
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    void seedBuildsOneConfirmedHierarchy()
    {
        RolloutModel model;
        LogImporter importer(&model);
        QString error;
        QVERIFY2(importer.importFile(test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt")), &error),
                 qPrintable(error));
        QCOMPARE(model.counts().total, 26);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Verified)], 26);
        QCOMPARE(model.hierarchies().size(), size_t(1));
        QCOMPARE(model.hierarchyIds(), QList<HierarchyId>{model.hierarchyByXid(0x080027F8)->id});
        const Hierarchy &h = *model.hierarchyByXid(0x080027F8);
        QCOMPARE(h.model, QStringLiteral("CP-7961G"));
        QCOMPARE(h.file, QStringLiteral("SCCP41.9-4-2SR2-2S.loads"));
        QCOMPARE(h.load, QStringLiteral("SCCP41.9-4-2SR2-2S.loads"));
        QVERIFY(h.hasSubnet);
        QCOMPARE(h.subnet, ip(10, 106, 117, 0));
        QVERIFY(h.rootConfirmed);
        QVERIFY(h.rootSentTftp);
        QCOMPARE(h.advertisements, 4);
        QCOMPARE(h.timeouts, 5);
        QCOMPARE(h.strength, 0x31d4d43du);
        QCOMPARE(h.members.size(), 1);
        const Phone *root = model.phone(h.root);
        QVERIFY(root);
        QCOMPARE(root->address, ip(10, 106, 117, 68));
        QCOMPARE(root->model, QStringLiteral("CP-7961G"));
        QCOMPARE(root->records, 26);
        QCOMPARE(root->components.size(), 8); // the catalogue's SCCP41 load
        QVERIFY(model.anomalies().isEmpty());
        const qsizetype livePhones
            = std::count_if(model.phones().cbegin(), model.phones().cend(), [](const Phone &p) { return !p.merged; });
        QCOMPARE(livePhones, 1);
    }

    // Every fact says where it comes from: the root named by a verified
    // record is a trace; the edges and transfers of pfsmon's own grammar are
    // modelled (the simulator's), never shown as observed; a component not
    // yet heard of has none.
    void factsSayWhereTheyComeFrom()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 0x100, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2);
        feed.hierarchyRoot("R", xid, r, "CP-7961G", "a.sbn");
        feed("A", m::joined(xid, r, a));
        feed.transfer("A", xid, a, "/dnld/a.sbn", 1000, r);
        const Hierarchy &h = *model.hierarchyByXid(xid);
        const PhoneId R = model.phoneByAddress(r), A = model.phoneByAddress(a);
        QCOMPARE(h.edgeProvenance(A), Provenance::Modelled);
        QCOMPARE(h.edgeProvenance(R), Provenance::None); // the root has no edge
        QCOMPARE(model.phone(A)->component(u"a.sbn")->progressFrom, Provenance::Modelled);
        QCOMPARE(model.phone(R)->component(u"a.sbn") ? model.phone(R)->component(u"a.sbn")->progressFrom
                                                     : Provenance::None,
                 Provenance::None);
        QCOMPARE(provenanceOf(Grammar::Verified), Provenance::Trace);
        QCOMPARE(provenanceOf(Grammar::Unknown), Provenance::None);
        QCOMPARE(ProvenanceNames::key(Provenance::Wire), QByteArrayView("wire"));
    }

    void buildsABinaryTree()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 0x100, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3), c = ip(10, 0, 0, 4);
        feed.hierarchyRoot("R", xid, r, "CP-7961G", "a.sbn");
        feed("A", m::joined(xid, r, a));
        feed("B", m::joined(xid, r, b));
        feed("C", m::joined(xid, a, c));
        const Hierarchy &h = *model.hierarchyByXid(xid);
        const PhoneId R = model.phoneByAddress(r), A = model.phoneByAddress(a), B = model.phoneByAddress(b),
                      C = model.phoneByAddress(c);
        QCOMPARE(h.root, R);
        QCOMPARE(h.children(R), (QList<PhoneId>{A, B}));
        QCOMPARE(h.children(A), QList<PhoneId>{C});
        QCOMPARE(h.parent(C), A);
        QCOMPARE(h.parent(R), kNoPhone);
        QCOMPARE(h.members.size(), 4);
        QCOMPARE(h.subnet, ip(10, 0, 0, 0));
        QCOMPARE(model.phone(C)->host, QByteArray("C"));
        QVERIFY(model.anomalies().isEmpty());
    }

    void rejoinMovesTheChild()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 7, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3);
        feed("A", m::joined(xid, r, a));
        feed("B", m::joined(xid, a, b));
        feed("B", m::joined(xid, r, b)); // A vanished: B rejoins at the root
        const Hierarchy &h = *model.hierarchyByXid(xid);
        const PhoneId R = model.phoneByAddress(r), A = model.phoneByAddress(a), B = model.phoneByAddress(b);
        QCOMPARE(h.parent(B), R);
        QVERIFY(h.children(A).isEmpty());
        QCOMPARE(h.children(R), (QList<PhoneId>{A, B}));
    }

    void thirdChildIsFlaggedNotFatal()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 9, r = ip(10, 0, 0, 1);
        for (int i = 2; i <= 4; ++i)
            feed(QByteArray::number(i), m::joined(xid, r, ip(10, 0, 0, i)));
        const Hierarchy &h = *model.hierarchyByXid(xid);
        QCOMPARE(h.children(model.phoneByAddress(r)).size(), 3); // kept, so the view shows what phones say
        QCOMPARE(model.anomalies().size(), 1);
        QCOMPARE(model.anomalies()[0].kind, Anomaly::Kind::ThirdChild);
        QCOMPARE(model.anomalies()[0].other, model.phoneByAddress(r));
        QVERIFY(RolloutModel::anomalyText(model.anomalies()[0], model).contains(QLatin1String("XID00000009")));
    }

    void cyclesAndSelfParentsAreRejected()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 5, a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3), c = ip(10, 0, 0, 4);
        feed("B", m::joined(xid, a, b));
        feed("C", m::joined(xid, b, c));
        feed("A", m::joined(xid, c, a)); // A -> C -> B -> A would loop
        feed("A", m::joined(xid, a, a));
        const Hierarchy &h = *model.hierarchyByXid(xid);
        QCOMPARE(h.parent(model.phoneByAddress(a)), kNoPhone);
        QCOMPARE(model.anomalies().size(), 2);
        QCOMPARE(model.anomalies()[0].kind, Anomaly::Kind::Cycle);
        QCOMPARE(model.anomalies()[1].kind, Anomaly::Kind::SelfParent);
    }

    // Found by fuzzing: a SEP name heard at two addresses is one phone; its
    // entry at one address joining its entry at the other is the phone
    // naming itself, rejected, never a child that no anomaly may name.
    void onePhoneAtTwoAddressesCannotBeItsOwnParent()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 7, r = ip(10, 0, 0, 1);
        feed("SEP00AABBCCDDEE", m::transferProgress(xid, "apps.sbn", 10, r)); // the root's entry
        feed("SEP001122334455", m::joined(xid, r, ip(10, 0, 0, 2)));
        feed("SEP001122334456", m::joined(xid, r, ip(10, 0, 0, 3)));
        feed("SEP00AABBCCDDEE", m::joined(xid, r, ip(10, 0, 0, 9))); // its own entry, elsewhere
        const Hierarchy &h = *model.hierarchyByXid(xid);
        const PhoneId root = model.phoneByAddress(r);
        QCOMPARE(h.children(root).size(), 2);
        QCOMPARE(h.parent(model.phoneByAddress(ip(10, 0, 0, 9))), kNoPhone);
        QCOMPARE(model.anomalies().size(), 1);
        QCOMPARE(model.anomalies()[0].kind, Anomaly::Kind::SelfParent);
    }

    void mismatchesAreFlagged()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        feed("A", m::upgradeStart(ip(10, 0, 0, 2), "CP-7961G", "/dnld/L.loads", true));
        feed("B", m::upgradeStart(ip(10, 0, 1, 3), "CP-7941G", "/dnld/L.loads", true));
        feed("A", m::joined(1, ip(10, 0, 0, 1), ip(10, 0, 0, 2)));
        feed("B", m::joined(1, ip(10, 0, 0, 2), ip(10, 0, 1, 3)));
        QList<Anomaly::Kind> kinds;
        for (const Anomaly &a : model.anomalies())
            kinds.append(a.kind);
        QVERIFY(kinds.contains(Anomaly::Kind::ModelMismatch));
        QVERIFY(kinds.contains(Anomaly::Kind::SubnetMismatch));
    }

    // Traditional: 3 × 1500 + 300 = 4800. PFS: 1500 once + 500 fallback + 300 (no PFS) = 2300.
    void bandwidthMatchesHandFigures()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3), n = ip(10, 0, 0, 9);
        feed("R", m::upgradeStart(r, "CP-7961G", "/dnld/L.loads", true));
        feed("A", m::upgradeStart(a, "CP-7961G", "/dnld/L.loads", true));
        feed("B", m::upgradeStart(b, "CP-7961G", "/dnld/L.loads", true));
        feed("N", m::upgradeStart(n, "CP-7960G", "/dnld/M.loads", true)); // model without PFS
        BandwidthReport before = BandwidthReport::compute(model);
        QCOMPARE(before.overall.traditionalWanBytes, 4800);
        QCOMPARE(before.overall.actualWanBytes, 1800); // nothing fell back yet
        QVERIFY(!before.overall.estimated);

        feed.hierarchyRoot("R", 1, r, "CP-7961G", "a.sbn");
        feed.hierarchyRoot("R", 2, r, "CP-7961G", "b.sbn");
        feed.transfer("R", 1, r, "/dnld/a.sbn", 1000, m::kTftp);
        feed.transfer("R", 2, r, "/dnld/b.sbn", 500, m::kTftp);
        feed("A", m::joined(1, r, a));
        feed("A", m::joined(2, r, a));
        feed("B", m::joined(1, r, b));
        feed.transfer("A", 1, a, "/dnld/a.sbn", 1000, r);
        feed.transfer("A", 2, a, "/dnld/b.sbn", 500, r);
        feed.transfer("B", 1, b, "/dnld/a.sbn", 1000, r);
        feed("B", m::tftpFallback(2, "/dnld/b.sbn", "no-parent", b), "WRN");
        feed.transfer("B", 2, b, "/dnld/b.sbn", 500, m::kTftp);
        feed.transfer("N", 0, n, "/dnld/m.sbn", 300, m::kTftp);

        const BandwidthReport report = BandwidthReport::compute(model);
        QCOMPARE(report.overall.traditionalWanBytes, 4800);
        QCOMPARE(report.overall.actualWanBytes, 2300);
        QCOMPARE(report.overall.savedBytes(), 2500);
        QCOMPARE(report.overall.savedPercent(), 2500.0 * 100.0 / 4800.0);
        QCOMPARE(report.overall.traditionalSeconds(8000), 4.8);
        QCOMPARE(report.overall.pfsSeconds(8000), 2.3);
        QCOMPARE(report.observed.traditionalWanBytes, 4800);
        QCOMPARE(report.observed.actualWanBytes, 2300);
        QCOMPARE(report.byModel.value(QStringLiteral("CP-7960G")).actualWanBytes, 300);
        QCOMPARE(report.byModel.value(QStringLiteral("CP-7961G")).actualWanBytes, 2000);
        QCOMPARE(report.byHierarchy.value(2).traditionalWanBytes, 1500); // R, A, B × b.sbn
        QCOMPARE(report.byHierarchy.value(2).actualWanBytes, 1000);      // root's 500 + B's fallback 500
        const Phone *phoneB = model.phone(model.phoneByAddress(b));
        QCOMPARE(phoneB->fallbacks, 1);
        QCOMPARE(phoneB->component(u"b.sbn")->state, ComponentState::Complete);
        QVERIFY(phoneB->component(u"b.sbn")->fromTftp);
        QCOMPARE(model.phone(model.phoneByAddress(a))->component(u"a.sbn")->peer, r);
        QCOMPARE(report.groups.size(), 2);
    }

    // With an inventory, the projection counts every listed phone, heard or
    // not (see the rule in bandwidth.h); the figures so far count only bytes moved.
    void listedPhonesNotHeardCountInTheProjectionOnly()
    {
        RolloutModel model(smallCatalogue());
        const quint32 r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2);
        const QString pfsModel = QStringLiteral("CP-7961G");
        const QString load = QStringLiteral("L"); // as CUCM writes it: the catalogue's L.loads
        model.expectPhones({
            {"SEP000000000001", 0x1, pfsModel, load, r, {}},
            {"SEP000000000002", 0x2, pfsModel, load, a, {}},
            {"SEP000000000003", 0x3, pfsModel, load, ip(10, 0, 0, 50), {}}, // a child where a tree already is
            {"SEP000000000004", 0x4, pfsModel, load, ip(10, 0, 1, 7), {}},  // alone on its subnet: one fetch
            {"SEP000000000005", 0x5, pfsModel, {}, 0, {}},                  // device default: the heard ones' load
            {"SEP000000000006", 0x6, QStringLiteral("CP-7960G"), QStringLiteral("M"), ip(10, 0, 0, 60), {}},
            {"SEP000000000007", 0x7, QStringLiteral("CP-7970G"), {}, 0, {}}, // nothing tells its size
        });
        const BandwidthReport listedOnly = BandwidthReport::compute(model);
        QCOMPARE(listedOnly.soFar().traditionalWanBytes, 0);
        QCOMPARE(listedOnly.projected().notHeardPhones, 5); // those of a catalogued load
        QCOMPARE(listedOnly.phonesWithoutSize, 2); // the device default's, with no phone heard yet; the CP-7970G
        QVERIFY(listedOnly.projected().estimated);

        Feeder feed(model);
        feed("SEP000000000001", m::upgradeStart(r, "CP-7961G", "/dnld/L.loads", true));
        feed("SEP000000000002", m::upgradeStart(a, "CP-7961G", "/dnld/L.loads", true));
        feed.hierarchyRoot("SEP000000000001", 1, r, "CP-7961G", "a.sbn");
        feed.hierarchyRoot("SEP000000000001", 2, r, "CP-7961G", "b.sbn");
        feed.transfer("SEP000000000001", 1, r, "/dnld/a.sbn", 1000, m::kTftp);
        feed.transfer("SEP000000000001", 2, r, "/dnld/b.sbn", 500, m::kTftp);
        feed("SEP000000000002", m::joined(1, r, a));
        feed("SEP000000000002", m::joined(2, r, a));
        feed.transfer("SEP000000000002", 1, a, "/dnld/a.sbn", 1000, r);
        feed.transfer("SEP000000000002", 2, a, "/dnld/b.sbn", 500, r);
        QCOMPARE(model.phones().size(), size_t(7)); // the heard ones are the listed ones

        const BandwidthReport report = BandwidthReport::compute(model);
        // So far: the two heard phones' 3000 bytes, 1500 of them over the WAN.
        QCOMPARE(report.soFar().traditionalWanBytes, 3000);
        QCOMPARE(report.soFar().actualWanBytes, 1500);
        QCOMPARE(report.soFar().notHeardPhones, 0);
        QVERIFY(!report.soFar().estimated);
        // Projected: 1500 per PFS phone (five), 300 for the one without PFS;
        // PFS fetches each file once on 10.0.0.0/24 and once on 10.0.1.0/24.
        const BandwidthFigures &p = report.projected();
        QCOMPARE(p.traditionalWanBytes, 5 * 1500 + 300);
        QCOMPARE(p.actualWanBytes, 1500 + 1500 + 300);
        QCOMPARE(p.notHeardPhones, 4);
        QCOMPARE(report.phonesWithoutSize, 1); // the CP-7970G
        QVERIFY(p.estimated);
        QCOMPARE(p.traditionalWayPhones, 1);
        QCOMPARE(p.traditionalWayWanBytes, 300);
        QCOMPARE(report.byModel.value(pfsModel).traditionalWanBytes, 5 * 1500);
        QCOMPARE(report.byModel.value(pfsModel).actualWanBytes, 3000);
        QCOMPARE(report.byModel.value(pfsModel).notHeardPhones, 3);
        const auto heardGroup
            = std::find_if(report.groups.cbegin(), report.groups.cend(),
                           [&](const GroupBandwidth &g) { return g.model == pfsModel && g.subnet == ip(10, 0, 0, 0); });
        QVERIFY(heardGroup != report.groups.cend());
        QCOMPARE(heardGroup->pfsPhones, 4); // R, A, the listed child and the one of the default load
        QCOMPARE(heardGroup->figures.actualWanBytes, 1500);
        // Per hierarchy, what was heard only.
        QCOMPARE(report.byHierarchy.value(1).traditionalWanBytes, 2000);
    }

    // Phones upgrading the traditional way are their own part of the WAN
    // bytes, projected and so far: not an error.
    void traditionalWayIsItsOwnPart()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 n = ip(10, 0, 0, 9), d = ip(10, 0, 0, 10);
        feed("N", m::upgradeStart(n, "CP-7960G", "/dnld/M.loads", true));  // model without PFS
        feed("D", m::upgradeStart(d, "CP-7961G", "/dnld/L.loads", false)); // PFS off
        feed.transfer("N", 0, n, "/dnld/m.sbn", 300, m::kTftp);
        feed.transfer("D", 0, d, "/dnld/a.sbn", 1000, m::kTftp);
        const BandwidthReport report = BandwidthReport::compute(model);
        QCOMPARE(report.projected().traditionalWayPhones, 2);
        QCOMPARE(report.projected().traditionalWayWanBytes, 300 + 1500);
        QCOMPARE(report.projected().actualWanBytes, 300 + 1500);
        QCOMPARE(report.soFar().traditionalWayPhones, 2);
        QCOMPARE(report.soFar().traditionalWayWanBytes, 1300);
        QCOMPARE(report.soFar().savedBytes(), 0);
    }

    void failedTransferKeepsItsBytes()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 a = ip(10, 0, 0, 2);
        feed("A", m::transferStart(1, "/dnld/a.sbn", 1000, m::kTftp, a));
        feed("A", m::transferFailed(1, "/dnld/a.sbn", 400, "stalled", a), "ERR");
        feed("A", m::transferStart(1, "/dnld/a.sbn", 1000, m::kTftp, a));
        feed("A", m::transferDone(1, "/dnld/a.sbn", 1000, a));
        const ComponentProgress *c = model.phone(model.phoneByAddress(a))->component(u"a.sbn");
        QCOMPARE(c->state, ComponentState::Complete);
        QCOMPARE(c->wanBytes, 1400); // the retry crossed the WAN again
        QCOMPARE(model.observedWanBytes(), 1400);
    }

    // A console log names its phone only at @@@HROOT: the earlier records are the same phone.
    void hostOnlyPhoneMergesWhenItsAddressAppears()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        feed("SEP001122334455", "XID00000003 TxBdcst ClaimRoot(tent): map=1 strength=2");
        feed("X", m::joined(3, ip(10, 0, 0, 1), ip(10, 0, 0, 2))); // names 10.0.0.1 first
        feed.hierarchyRoot("SEP001122334455", 3, ip(10, 0, 0, 1), "CP-7961G", "a.sbn");
        const PhoneId root = model.phoneByAddress(ip(10, 0, 0, 1));
        const Phone *phone = model.phone(root);
        QCOMPARE(phone->host, QByteArray("SEP001122334455"));
        QCOMPARE(phone->records, 2);
        const Hierarchy &h = *model.hierarchyByXid(3);
        QCOMPARE(h.claimant, root);
        QCOMPARE(h.root, root);
        QCOMPARE(h.members.size(), 2);
        QCOMPARE(
            std::count_if(model.phones().cbegin(), model.phones().cend(), [](const Phone &p) { return !p.merged; }), 2);
    }

    void hostsBehindOneAddressAreDistinctPhones()
    {
        RolloutModel model(smallCatalogue());
        DLoadEvent e;
        QVERIFY(DLoadParser::parse("NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort", e));
        RecordOrigin first{"SEP000000000001", {}, ip(127, 0, 0, 1)};
        RecordOrigin second{"SEP000000000002", {}, ip(127, 0, 0, 1)};
        model.apply(e, first, 1);
        model.apply(e, second, 2);
        model.apply(e, first, 3);
        QCOMPARE(model.phones().size(), size_t(2));
        QCOMPARE(model.phones()[0].records, 2);
        QCOMPARE(model.phones()[0].lastHeardMs, 3);
    }

    // Found by fuzzing: an XID 0 join formed a hierarchy, then "UT:Confirmed"
    // from a phone that never claimed made that phone its root, though no
    // member. Events built by hand: the model must hold whatever the parser gives.
    void xidZeroNeverFormsAHierarchy()
    {
        RolloutModel model(smallCatalogue());
        DLoadEvent join;
        join.kind = EventKind::JoinedParent;
        join.grammar = Grammar::Modelled;
        join.hasXid = true;
        join.xid = 0;
        join.peer = ip(1, 0, 0, 2);
        join.address = ip(0, 0, 0, 4);
        model.apply(join, {}, 1);
        DLoadEvent confirmed;
        QVERIFY(DLoadParser::parse("DLoad:UT:Confirmed root bumping strength", confirmed));
        model.apply(confirmed, {"SEP000000000009", {}, 0}, 2);
        DLoadEvent claim;
        QVERIFY(DLoadParser::parse("DLoad: XID00000000 TxBdcst ClaimRoot(tent): map=1 strength=2", claim));
        model.apply(claim, {"SEP000000000008", {}, 0}, 3);
        model.apply(confirmed, {"SEP000000000008", {}, 0}, 4);
        DLoadEvent root;
        QVERIFY(DLoadParser::parse("DLoad: @@@HROOT:XID00000000 H=1 m=CP-7961G ROOT=10.0.0.2 /dnld/a.sbn", root));
        model.apply(root, {}, 5);
        QVERIFY(model.hierarchies().empty());
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
        QCOMPARE(model.phone(model.phoneByAddress(ip(10, 0, 0, 2)))->model, QStringLiteral("CP-7961G"));
    }

    void rootConfirmedIsAMember()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        feed("R", "XID00000004 TxBdcst ClaimRoot(tent): map=1 strength=2");
        feed("R", "UT:Confirmed root bumping strength", "NOT");
        const Hierarchy &h = *model.hierarchyByXid(4);
        QVERIFY(h.rootConfirmed);
        QVERIFY(h.contains(h.root));
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    // Found by fuzzing: sizes of 999999999999999999 bytes overflowed the byte
    // sums (signed overflow). Sizes are bounded to what a firmware file can
    // be; sums saturate.
    void hugeSizesNeitherOverflowNorExceedTheirTotal()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 a = ip(10, 0, 0, 9);
        const qint64 huge = 999999999999999999;
        for (int i = 0; i < 20; ++i) {
            feed("A", m::transferStart(0, "/dnld/a.sbn", huge, m::kTftp, a));
            feed("A", m::transferProgress(0, "/dnld/a.sbn", huge, a), "DBG");
            const QByteArray other = "/dnld/c" + QByteArray::number(i);
            feed("A", m::transferStart(0, other, huge, m::kTftp, a));
            feed("A", m::transferDone(0, other, huge, a));
        }
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
        const Phone *phone = model.phone(model.phoneByAddress(a));
        const ComponentProgress *c = phone->component(u"a.sbn");
        QCOMPARE(c->bytes, FirmwareCatalogue::kMaxComponentBytes);
        QCOMPARE(c->total, -1); // a size beyond any firmware file is no size: unknown
        QCOMPARE(c->wanBytes, 20 * FirmwareCatalogue::kMaxComponentBytes);
        QCOMPARE(phone->component(u"c7")->total, FirmwareCatalogue::kMaxComponentBytes); // done: what arrived
        QCOMPARE(phone->bytesTotal(), -1);
        QCOMPARE(phone->bytesReceived(), 21 * FirmwareCatalogue::kMaxComponentBytes);
        QCOMPARE(model.observedWanBytes(), 40 * FirmwareCatalogue::kMaxComponentBytes);
        const BandwidthReport report = BandwidthReport::compute(model);
        QVERIFY(report.overall.traditionalWanBytes > 0);
    }

    void progressBeyondTheSizeRaisesTheTotal()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 a = ip(10, 0, 0, 9);
        feed("A", m::transferStart(0, "/dnld/a.sbn", 100, m::kTftp, a));
        feed("A", m::transferProgress(0, "/dnld/a.sbn", 150, a), "DBG");
        const ComponentProgress *c = model.phone(model.phoneByAddress(a))->component(u"a.sbn");
        QCOMPARE(c->bytes, 150);
        QCOMPARE(c->total, 150);
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    // The one definition of progress, on a component: received capped at the
    // size, a complete one whole, a size not known counting in neither sum.
    void componentProgressEdgeCases_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<ComponentState>("state");
        QTest::addColumn<qint64>("doneBytes");
        QTest::addColumn<qint64>("totalBytes");
        QTest::addColumn<double>("fraction");
        QTest::newRow("half") << qint64(500) << qint64(1000) << ComponentState::FromTftp << qint64(500) << qint64(1000)
                              << 0.5;
        QTest::newRow("received beyond the size")
            << qint64(1500) << qint64(1000) << ComponentState::FromPeer << qint64(1000) << qint64(1000) << 1.0;
        QTest::newRow("size unknown") << qint64(500) << qint64(-1) << ComponentState::FromTftp << qint64(0) << qint64(0)
                                      << 0.0;
        QTest::newRow("complete with fewer bytes")
            << qint64(400) << qint64(1000) << ComponentState::Complete << qint64(1000) << qint64(1000) << 1.0;
        QTest::newRow("complete, size unknown")
            << qint64(400) << qint64(-1) << ComponentState::Complete << qint64(0) << qint64(0) << 1.0;
        QTest::newRow("complete, empty file")
            << qint64(0) << qint64(0) << ComponentState::Complete << qint64(0) << qint64(0) << 1.0;
        QTest::newRow("waiting") << qint64(0) << qint64(1000) << ComponentState::Waiting << qint64(0) << qint64(1000)
                                 << 0.0;
        QTest::newRow("failed keeps its bytes")
            << qint64(300) << qint64(1000) << ComponentState::Failed << qint64(300) << qint64(1000) << 0.3;
        QTest::newRow("negative bytes") << qint64(-5) << qint64(1000) << ComponentState::FromTftp << qint64(0)
                                        << qint64(1000) << 0.0;
    }

    void componentProgressEdgeCases()
    {
        QFETCH(qint64, bytes);
        QFETCH(qint64, total);
        QFETCH(ComponentState, state);
        ComponentProgress c;
        c.bytes = bytes;
        c.total = total;
        c.state = state;
        const Progress p = c.progress();
        QTEST(p.doneBytes, "doneBytes");
        QTEST(p.totalBytes, "totalBytes");
        QTEST(p.fraction(), "fraction");
        QCOMPARE(p.components, 1);
        QCOMPARE(p.completeComponents, state == ComponentState::Complete ? 1 : 0);
    }

    // A phone, a hierarchy and the rollout add their components' bytes: a
    // component of unknown size weighs nothing, a complete one its size.
    void progressAddsUpOverPhonesHierarchiesAndTheRollout()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 0x100, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), n = ip(10, 0, 0, 9);
        QCOMPARE(model.overallProgress().fraction(), 0.0);                // nothing known: nothing done
        feed("R", m::upgradeStart(r, "CP-7961G", "/dnld/L.loads", true)); // a.sbn 1000, b.sbn 500
        feed("A", m::upgradeStart(a, "CP-7961G", "/dnld/L.loads", true));
        feed.hierarchyRoot("R", xid, r, "CP-7961G", "a.sbn");
        feed("A", m::joined(xid, r, a));
        feed.transfer("R", xid, r, "/dnld/a.sbn", 1000, m::kTftp);
        feed("A", m::transferStart(xid, "/dnld/a.sbn", 1000, r, a));
        feed("A", m::transferProgress(xid, "/dnld/a.sbn", 250, a), "DBG");
        // Not in the hierarchy, a file of a size no phone stated: it counts in neither sum.
        feed("N", m::transferStart(0, "/dnld/x.sbn", FirmwareCatalogue::kMaxComponentBytes + 1, m::kTftp, n));
        feed("N", m::transferProgress(0, "/dnld/x.sbn", 700, n), "DBG");

        const Phone &root = *model.phone(model.phoneByAddress(r));
        const Phone &child = *model.phone(model.phoneByAddress(a));
        const Phone &other = *model.phone(model.phoneByAddress(n));
        QCOMPARE(root.progress().doneBytes, 1000);
        QCOMPARE(root.progress().totalBytes, 1500);
        QCOMPARE(child.progress().doneBytes, 250);
        QCOMPARE(child.progress().totalBytes, 1500);
        QCOMPARE(other.progress().totalBytes, 0);
        QCOMPARE(other.progress().fraction(), 0.0);

        const Progress tree = model.progress(*model.hierarchyByXid(xid));
        QCOMPARE(tree.doneBytes, 1250);
        QCOMPARE(tree.totalBytes, 2000);
        QCOMPARE(tree.fraction(), 1250.0 / 2000.0);
        const Progress all = model.overallProgress();
        QCOMPARE(all.doneBytes, 1250);
        QCOMPARE(all.totalBytes, 3000);
        QCOMPARE(all.components, 5);
        QCOMPARE(all.completeComponents, 1);

        feed("A", m::transferDone(xid, "/dnld/a.sbn", 600, a)); // done: whole, however few bytes were seen
        QCOMPARE(model.progress(*model.hierarchyByXid(xid)).fraction(), 1.0);
        QCOMPARE(model.phone(model.phoneByAddress(a))->progress().doneBytes, 1000);
    }

    // A tree grows from the effective root, then from every member whose
    // parent is not known, in join order; never from a child.
    void treeRootsAreTheRootThenTheOrphans()
    {
        RolloutModel model(smallCatalogue());
        Feeder feed(model);
        const quint32 xid = 0x200, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3), o = ip(10, 0, 0, 4),
                      c = ip(10, 0, 0, 5);
        feed("B", m::joined(xid, o, b));                          // joins before the root is known
        feed("A", m::transferProgress(xid, "/dnld/a.sbn", 1, a)); // a member with no parent yet
        feed.hierarchyRoot("R", xid, r, "CP-7961G", "a.sbn");
        feed("C", m::joined(xid, r, c));
        const Hierarchy &h = *model.hierarchyByXid(xid);
        const PhoneId R = model.phoneByAddress(r), A = model.phoneByAddress(a), O = model.phoneByAddress(o);
        QCOMPARE(model.treeRoots(h), (QList<PhoneId>{R, O, A}));

        RolloutModel unrooted(smallCatalogue());
        Feeder feedUnrooted(unrooted);
        feedUnrooted("B", m::joined(xid, o, b));
        QCOMPARE(unrooted.treeRoots(*unrooted.hierarchyByXid(xid)), QList<PhoneId>{unrooted.phoneByAddress(o)});
        QCOMPARE(RolloutModel().treeRoots(Hierarchy{}), QList<PhoneId>{});
    }

    // The regression inputs of the fuzz target, through the same invariants.
    void fuzzRegressionsKeepTheInvariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xid 0") << QStringLiteral("xid0-root-not-member.txt");
        QTest::newRow("byte sums") << QStringLiteral("byte-sums-overflow.txt");
    }

    void fuzzRegressionsKeepTheInvariants()
    {
        QFETCH(QString, file);
        QFile input(QStringLiteral(PFSMON_FUZZ_REGRESSIONS "/rolloutmodel/") + file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
        RolloutModel model(smallCatalogue());
        qint64 applied = 0;
        for (QByteArray line : input.readAll().split('\n')) {
            if (line.size() >= 2 && line[1] == '|')
                line = line.mid(2);
            DLoadEvent e;
            if (!DLoadParser::parse(line, e))
                continue;
            model.apply(e, {"SEP001122334455", {}, 0}, ++applied);
            QCOMPARE(test::modelInvariantViolation(model), QByteArray());
        }
        QVERIFY(applied > 3);
    }

    // Same stream, same state: the model has no clock or randomness of its own.
    // The engine's per-tick copy: it shares every phone the model has not
    // changed since, keeps what it had for the ones it changed, and outlives
    // the model it was taken from.
    void aCopySharesTheUnchangedPhonesAndKeepsItsOwn()
    {
        auto model = std::make_unique<RolloutModel>(smallCatalogue());
        Feeder feed(*model);
        const quint32 xid = 0x100, r = ip(10, 0, 0, 1), a = ip(10, 0, 0, 2), b = ip(10, 0, 0, 3);
        feed.hierarchyRoot("R", xid, r, "CP-7961G", "a.sbn");
        feed("A", m::joined(xid, r, a));
        feed("B", m::joined(xid, r, b));
        feed("A", m::transferStart(xid, "/dnld/a.sbn", 1000, r, a));
        feed.hierarchyRoot("R", xid + 1, r, "CP-7961G", "b.sbn");
        const PhoneId R = model->phoneByAddress(r), A = model->phoneByAddress(a), B = model->phoneByAddress(b);

        const RolloutModel copy(*model);
        for (const PhoneId id : {R, A, B})
            QCOMPARE(copy.phone(id), model->phone(id)); // shared, not copied
        QCOMPARE(copy.hierarchyByXid(xid), model->hierarchyByXid(xid));
        feed("A", m::transferProgress(xid, "/dnld/a.sbn", 400, a), "DBG");
        feed("C", m::joined(xid, a, ip(10, 0, 0, 4))); // A gains a child, a new phone appears
        QVERIFY(copy.phone(A) != model->phone(A));     // copied when it changed
        QCOMPARE(copy.phone(B), model->phone(B));
        QCOMPARE(copy.phone(R), model->phone(R));
        QVERIFY(copy.hierarchyByXid(xid) != model->hierarchyByXid(xid));
        QCOMPARE(copy.hierarchyByXid(xid + 1), model->hierarchyByXid(xid + 1));
        QCOMPARE(model->hierarchyByXid(xid)->members.size(), 4);
        QCOMPARE(model->phone(A)->component(u"a.sbn")->bytes, 400);
        QCOMPARE(model->phone(A)->records, 3);
        const Phone *kept = copy.phone(A);
        const Hierarchy *keptTree = copy.hierarchyByXid(xid);
        model.reset(); // the copy outlives the model: what it hands out stays
        QCOMPARE(keptTree->members.size(), 3);
        QCOMPARE(keptTree->children(R).size(), 2);
        QCOMPARE(kept->component(u"a.sbn")->bytes, 0);
        QCOMPARE(kept->records, 2);
        QCOMPARE(copy.phones().size(), size_t(3));
        QCOMPARE(copy.phone(B)->host, QByteArray("B"));
        QCOMPARE(test::modelInvariantViolation(copy), QByteArray());
    }

    // Two models from one copy each go their own way.
    void copiesChangeApart()
    {
        RolloutModel first(smallCatalogue());
        Feeder feedFirst(first);
        const quint32 a = ip(10, 0, 0, 2);
        feedFirst("A", m::transferStart(0, "/dnld/a.sbn", 1000, m::kTftp, a));
        RolloutModel second(first);
        Feeder feedSecond(second);
        feedFirst("A", m::transferProgress(0, "/dnld/a.sbn", 300, a), "DBG");
        feedSecond("A", m::transferProgress(0, "/dnld/a.sbn", 700, a), "DBG");
        QCOMPARE(first.phone(first.phoneByAddress(a))->component(u"a.sbn")->bytes, 300);
        QCOMPARE(second.phone(second.phoneByAddress(a))->component(u"a.sbn")->bytes, 700);
        RolloutModel assigned;
        assigned = first;
        feedFirst("A", m::transferDone(0, "/dnld/a.sbn", 1000, a));
        QCOMPARE(assigned.phone(assigned.phoneByAddress(a))->component(u"a.sbn")->state, ComponentState::FromTftp);
        QCOMPARE(first.phone(first.phoneByAddress(a))->component(u"a.sbn")->state, ComponentState::Complete);
    }

    void sameStreamSameSnapshot()
    {
        auto run = [] {
            RolloutModel model;
            LogImporter importer(&model, QDate(2026, 11, 24));
            importer.addData(test::readData(QStringLiteral("seed-cisco-pfs-fr.txt")));
            importer.finish();
            return QJsonDocument(Snapshot::toJson(model, BandwidthReport::compute(model), {})).toJson();
        };
        const QByteArray first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.contains("\"XID080027F8\""));
    }
};

QTEST_GUILESS_MAIN(TestRolloutModel)
#include "tst_rolloutmodel.moc"
