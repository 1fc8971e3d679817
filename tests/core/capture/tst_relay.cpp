// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// A syslog relay (rsyslog, syslog-ng) is a source, never a phone: the model's
// rule, then real daemons relaying pfssim and logger over UDP and TCP.
#include "capture/livesession.h"
#include "export/snapshot.h"
#include "export/textreport.h"
#include "model/bandwidth.h"
#include "protocol/dloadparser.h"
#include "protocol/ipv4.h"
#include "protocol/modelledgrammar.h"
#include "syslogdaemon.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pfs;
using test::SyslogDaemon;
using Channel = ReceivedDatagram::Channel;
using Transport = RecordOrigin::Transport;
using Reason = SyslogSender::RelayReason;
namespace m = pfs::modelled;

namespace {

constexpr quint32 ip(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

constexpr quint32 kRelay = ip(192, 168, 7, 2);
constexpr quint32 kLoopback = ip(127, 0, 0, 1);
constexpr quint32 kSeedRoot = ip(10, 106, 117, 68);
constexpr quint32 kSeedXid = 0x080027F8;

// Records as they reach the model from one sender.
class Sender {
public:
    Sender(RolloutModel &model, quint32 source, Transport transport)
        : m_model(model)
        , m_source(source)
        , m_transport(transport)
    {
    }

    void operator()(const QByteArray &host, const QByteArray &record)
    {
        DLoadEvent e;
        QVERIFY(DLoadParser::parse(record, e));
        RecordOrigin origin;
        origin.host = host;
        origin.source = m_source;
        origin.transport = m_transport;
        origin.stream = "syslog:" + formatIpv4(m_source).toLatin1();
        m_model.apply(e, origin, ++m_ms);
    }
    void body(const QByteArray &host, const QByteArray &text) { (*this)(host, m::record("INF", m_ms * 1000, text)); }

private:
    RolloutModel &m_model;
    quint32 m_source;
    Transport m_transport;
    qint64 m_ms = 0;
};

QList<QByteArray> seedRecords()
{
    QList<QByteArray> records;
    for (const QByteArray &line : test::readData(QStringLiteral("seed-records.txt")).split('\n')) {
        if (!line.trimmed().isEmpty())
            records.append(line);
    }
    return records;
}

bool hasPhoneAt(const RolloutModel &model, quint32 address)
{
    if (model.phoneByAddress(address) != kNoPhone)
        return true;
    return std::any_of(model.phones().cbegin(), model.phones().cend(),
                       [&](const Phone &p) { return !p.merged && p.address == address; });
}

QString anomalies(const RolloutModel &model)
{
    return TextReport::anomalies(model);
}

SessionConfig loopback()
{
    return test::loopbackSession();
}

// rsyslog as a relay: imudp and imtcp on one loopback port, forwarding with
// omfwd to pfsmon. No imuxsock: it never opens /dev/log.
QString rsyslogRelay(quint16 listen, quint16 target, bool tcp, const QString &templ)
{
    const QString forward
        = tcp ? QStringLiteral("protocol=\"tcp\" TCP_Framing=\"octet-counted\"") : QStringLiteral("protocol=\"udp\"");
    return QStringLiteral("global(workDirectory=\"@DIR@\" processInternalMessages=\"on\")\n"
                          "module(load=\"imudp\")\n"
                          "module(load=\"imtcp\")\n"
                          "input(type=\"imudp\" address=\"127.0.0.1\" port=\"%1\" ruleset=\"relay\")\n"
                          "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%1\" ruleset=\"relay\")\n"
                          "ruleset(name=\"relay\" queue.type=\"Direct\") {\n"
                          "  action(type=\"omfwd\" target=\"127.0.0.1\" port=\"%2\" %3 template=\"%4\")\n"
                          "}\n")
        .arg(listen)
        .arg(target)
        .arg(forward, templ);
}

// syslog-ng as a relay. network() reads RFC 3164 unless told
// flags(syslog-protocol); syslog() speaks RFC 5424 with octet counting over TCP.
QString syslogNgRelay(quint16 listen, quint16 target, bool rfc5424In, bool tcpOut)
{
    const QString flags = rfc5424In ? QStringLiteral(" flags(syslog-protocol)") : QString();
    const QString destination = tcpOut
        ? QStringLiteral("syslog(\"127.0.0.1\" port(%1) transport(\"tcp\"))").arg(target)
        : QStringLiteral("network(\"127.0.0.1\" port(%1) transport(\"udp\"))").arg(target);
    return QStringLiteral("@version: 3.38\n"
                          "options { use-dns(no); keep-hostname(yes); stats-freq(0); };\n"
                          "source s_in { network(ip(\"127.0.0.1\") port(%1) transport(\"udp\")%2);\n"
                          "              network(ip(\"127.0.0.1\") port(%1) transport(\"tcp\")%2); };\n"
                          "destination d_pfsmon { %3; };\n"
                          "log { source(s_in); destination(d_pfsmon); };\n")
        .arg(QString::number(listen), flags, destination);
}

} // namespace

class TestRelay : public QObject {
    Q_OBJECT

private:
    // Starts `kind` with `configuration` and waits until it listens on `port`.
    bool startDaemon(SyslogDaemon &daemon, SyslogDaemon::Kind kind, const QString &configuration, quint16 port)
    {
        if (SyslogDaemon::program(kind).isEmpty()) {
            const QString why = kind == SyslogDaemon::Kind::Rsyslog
                ? QStringLiteral("rsyslogd is not installed")
                : QStringLiteral("syslog-ng not found: run .ci/fetch-syslog-ng.sh (unpacks it into "
                                 "~/.cache/pfsmon/syslog-ng) or set PFSMON_SYSLOG_NG");
            QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        QString error;
        if (!daemon.start(configuration, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return false;
        }
        // Polls the daemon's sockets (never a fixed sleep) until both listen, or it exits.
        const auto up = [&] { return SyslogDaemon::listening(port, false) && SyslogDaemon::listening(port, true); };
        const bool settled = QTest::qWaitFor([&] { return !daemon.isRunning() || up(); }, 20000);
        if (!settled || !daemon.isRunning() || !up()) {
            QTest::qFail(qPrintable(SyslogDaemon::name(kind) + QStringLiteral(" did not listen: ") + daemon.output()),
                         __FILE__, __LINE__);
            return false;
        }
        // A test process, not the machine's logger: no /dev/log, no journal, no port below 1024.
        const QList<quint16> ports = daemon.localPorts();
        const QStringList paths = daemon.unixSocketPaths();
        const bool privateOnly
            = ports.contains(port) && std::none_of(ports.cbegin(), ports.cend(), [](quint16 p) { return p < 1024; })
            && std::none_of(paths.cbegin(), paths.cend(), [](const QString &path) {
                   return path.startsWith(QLatin1String("/dev/log")) || path.startsWith(QLatin1String("/run/systemd"));
               });
        if (!privateOnly) {
            QStringList held;
            for (const quint16 p : ports)
                held.append(QString::number(p));
            QTest::qFail(qPrintable(QStringLiteral("%1 holds ports %2 and sockets %3")
                                        .arg(SyslogDaemon::name(kind), held.join(u','), paths.join(u','))),
                         __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    // What must hold whatever relayed the phones: the relay is a source with
    // its counts, no phone has its address, the trees and subnets are the phones'.
    void checkRelayedSimulation(const RolloutModel &model, const test::Expected &expected, int phones, bool overTcp)
    {
        QVERIFY(!hasPhoneAt(model, kLoopback));
        QCOMPARE(model.hierarchies().size(), expected.truth.trees.size());
        for (const sim::GroundTruth::Tree &tree : expected.truth.trees) {
            const Hierarchy *h = model.hierarchyByXid(tree.xid);
            QVERIFY(h);
            QVERIFY(h->hasSubnet);
            QCOMPARE(formatSubnet(h->subnet, 24), formatSubnet(tree.subnet, 24));
            QCOMPARE(model.phone(h->root)->address, tree.root);
        }
        for (const Anomaly &a : model.anomalies())
            QVERIFY2(a.other == kNoPhone || !model.samePhone(a.phone, a.other), qPrintable(anomalies(model)));
        const QList<SyslogSender> relays = model.relays();
        QCOMPARE(relays.size(), 1);
        QCOMPARE(relays[0].address, kLoopback);
        QCOMPARE(relays[0].records, model.counts().total);
        QCOMPARE(relays[0].phones.size(), phones);
        QCOMPARE(relays[0].overTcp, overTcp);
        QCOMPARE(relays[0].overUdp, !overTcp);
        const QJsonArray json
            = Snapshot::toJson(model, BandwidthReport::compute(model), {}).value(QLatin1String("relays")).toArray();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0][QLatin1String("address")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(json[0][QLatin1String("phones")].toInteger(), phones);
    }

private Q_SLOTS:
    // ---- The model's rule -------------------------------------------------

    // The report: one phone through a relay gave two entries, the
    // relay's address to one of them, and "root changed from X to X".
    void seedThroughARelayIsOnePhoneAtItsOwnAddress()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Udp);
        for (const QByteArray &record : seedRecords())
            relay("SEP001122334455", record);
        QVERIFY(!hasPhoneAt(model, kRelay));
        QVERIFY2(model.anomalies().isEmpty(), qPrintable(anomalies(model)));
        const Hierarchy *h = model.hierarchyByXid(kSeedXid);
        QVERIFY(h);
        QCOMPARE(model.phone(h->root)->address, kSeedRoot);
        QCOMPARE(model.phone(h->root)->host, QByteArray("SEP001122334455"));
        QCOMPARE(h->members, QList<PhoneId>{h->root});
        QCOMPARE(formatSubnet(h->subnet, 24), QStringLiteral("10.106.117.0/24"));
        const QList<SyslogSender> relays = model.relays();
        QCOMPARE(relays.size(), 1);
        QCOMPARE(relays[0].address, kRelay);
        QCOMPARE(relays[0].relayReason, Reason::RecordAddress);
        QCOMPARE(relays[0].records, 26);
        QCOMPARE(relays[0].phones.size(), 1);
    }

    // The ambiguous case, decided: a phone sending directly with its SEP name
    // as HOSTNAME, and nothing else to go by. Its source address is its own.
    void directPhoneKeepsItsSourceAddress()
    {
        RolloutModel model;
        const quint32 phoneAddress = ip(10, 1, 2, 30);
        Sender phone(model, phoneAddress, Transport::Udp);
        const QList<QByteArray> seed = seedRecords();
        for (qsizetype i = 0; i + 1 < seed.size(); ++i) // all but @@@HROOT, which names an address
            phone("SEP00AABBCCDDEE", seed[i]);
        QCOMPARE(model.phoneByAddress(phoneAddress), model.hierarchyByXid(kSeedXid)->root);
        QCOMPARE(formatSubnet(model.hierarchyByXid(kSeedXid)->subnet, 24), QStringLiteral("10.1.2.0/24"));
        QVERIFY(model.relays().isEmpty());
        QCOMPARE(model.senders().value(phoneAddress).lentTo, model.hierarchyByXid(kSeedXid)->root);
        // It names its own address: confirmed, still no relay.
        phone("SEP00AABBCCDDEE", m::record("NOT", 0, m::upgradeDone(phoneAddress)));
        QVERIFY(model.relays().isEmpty());
        QCOMPARE(model.senders().value(phoneAddress).lentTo, kNoPhone);
        QVERIFY(model.anomalies().isEmpty());
    }

    // A sender that carried one phone for a while, then another: a relay for
    // good. The address it lent is taken back, with the subnet it gave.
    void secondPhoneMakesARelayAndTakesTheAddressBack()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Udp);
        relay.body("SEP000000000001", "XID00000001 TxBdcst ClaimRoot(tent): map=1 strength=2");
        QCOMPARE(model.phone(model.phoneByAddress(kRelay))->host, QByteArray("SEP000000000001"));
        QCOMPARE(model.hierarchyByXid(1)->subnet, subnetOf(kRelay, 24));
        relay.body("SEP000000000002", "XID00000001 TxBdcst ClaimRoot(tent): map=1 strength=3");
        QVERIFY(!hasPhoneAt(model, kRelay));
        QVERIFY(!model.hierarchyByXid(1)->hasSubnet);
        QCOMPARE(model.relays().value(0).relayReason, Reason::SeveralPhones);
        // The phones' own addresses then give the hierarchy its subnet.
        relay("SEP000000000001", m::record("INF", 0, m::joined(1, ip(10, 9, 8, 7), ip(10, 9, 8, 6))));
        QCOMPARE(formatSubnet(model.hierarchyByXid(1)->subnet, 24), QStringLiteral("10.9.8.0/24"));
        QVERIFY2(model.anomalies().isEmpty(), qPrintable(anomalies(model)));
        QCOMPARE(model.relays().value(0).phones.size(), 2);
    }

    // A subnet mismatch raised only because of a borrowed address goes with it.
    void mismatchFromABorrowedAddressIsWithdrawn()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Udp);
        Sender direct(model, ip(10, 9, 8, 6), Transport::Udp);
        relay.body("SEP000000000001", "XID00000001 TxBdcst ClaimRoot(tent): map=1 strength=2");
        direct("SEP000000000002", m::record("INF", 0, m::joined(1, ip(10, 9, 8, 5), ip(10, 9, 8, 6))));
        QVERIFY(!model.anomalies().isEmpty()); // 10.9.8.x joined a tree in the relay's subnet
        relay("SEP000000000001", m::record("NOT", 0, m::upgradeDone(ip(10, 9, 8, 5))));
        QVERIFY2(model.anomalies().isEmpty(), qPrintable(anomalies(model)));
        QCOMPARE(formatSubnet(model.hierarchyByXid(1)->subnet, 24), QStringLiteral("10.9.8.0/24"));
        QVERIFY(!hasPhoneAt(model, kRelay));
    }

    void hostAddressNamesThePhone()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Udp);
        relay.body("10.20.30.40", "XID00000002 TxBdcst ClaimRoot(tent): map=1 strength=2");
        QVERIFY(!hasPhoneAt(model, kRelay));
        QCOMPARE(model.phone(model.phoneByAddress(ip(10, 20, 30, 40)))->host, QByteArray("10.20.30.40"));
        QCOMPARE(formatSubnet(model.hierarchyByXid(2)->subnet, 24), QStringLiteral("10.20.30.0/24"));
        QCOMPARE(model.relays().value(0).relayReason, Reason::HostAddress);
    }

    // Over TCP the sender is never taken for the phone (a relay, or a
    // collector); it is listed once it speaks for other phones.
    void tcpSenderIsNeverAPhone()
    {
        RolloutModel model;
        Sender tcp(model, kRelay, Transport::Tcp);
        tcp.body("SEP000000000001", "XID00000003 TxBdcst ClaimRoot(tent): map=1 strength=2");
        QVERIFY(!hasPhoneAt(model, kRelay));
        QVERIFY(model.relays().isEmpty());
        tcp.body("SEP000000000002", "XID00000003 TxBdcst ClaimRoot(tent): map=1 strength=3");
        QCOMPARE(model.relays().size(), 1);
        QVERIFY(model.relays()[0].overTcp);
        QVERIFY(!model.relays()[0].overUdp);
    }

    // Records without a HOSTNAME from a relay are one phone's, not a phone each.
    void anonymousRecordsFromARelayAreOnePhone()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Udp);
        relay("SEP000000000001", m::record("NOT", 0, m::upgradeDone(ip(10, 9, 8, 5))));
        for (int i = 0; i < 5; ++i)
            relay({}, "NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort");
        QCOMPARE(model.phones().size(), size_t(2));
        QVERIFY(!hasPhoneAt(model, kRelay));
    }

    // The guard in the one place anomalies are raised: one phone (one SEP
    // name) under two entries, after its address changed, is not flagged
    // against itself; two different phones still are.
    void aPhoneIsNeverFlaggedAgainstItself()
    {
        RolloutModel model;
        Sender feed(model, 0, Transport::None);
        const QByteArray root = "@@@HROOT:XID00000004 H=1 m=CP-7961G ROOT=%1 /dnld/SCCP41.9-4-2SR2-2S.loads";
        feed("SEP001122334455", m::record("NOT", 0, QByteArray(root).replace("%1", "10.0.0.1")));
        feed("SEP001122334455", m::record("NOT", 0, QByteArray(root).replace("%1", "10.0.0.2"))); // new DHCP lease
        QCOMPARE(model.phones().size(), size_t(2));
        QVERIFY(model.samePhone(0, 1));
        QVERIFY2(model.anomalies().isEmpty(), qPrintable(anomalies(model)));
        feed("SEP0011223344AA", m::record("NOT", 0, QByteArray(root).replace("%1", "10.0.0.3")));
        QCOMPARE(model.anomalies().size(), 1);
        QCOMPARE(model.anomalies()[0].kind, Anomaly::Kind::RootChanged);
        QVERIFY(!model.samePhone(model.anomalies()[0].phone, model.anomalies()[0].other));
    }

    void relaysAreInTheSummaryAndTheSnapshot()
    {
        RolloutModel model;
        Sender relay(model, kRelay, Transport::Tcp);
        for (const QByteArray &record : seedRecords())
            relay("SEP001122334455", record);
        const QString text = TextReport::relays(model, QLocale::c());
        QVERIFY2(text.contains(QLatin1String("192.168.7.2 over TCP: 26 records, 1 phone(s)")), qPrintable(text));
        const QJsonObject json = Snapshot::toJson(model, BandwidthReport::compute(model), {});
        const QJsonObject r = json.value(QLatin1String("relays")).toArray().at(0).toObject();
        QCOMPARE(r.value(QLatin1String("address")).toString(), QStringLiteral("192.168.7.2"));
        QCOMPARE(r.value(QLatin1String("records")).toInteger(), 26);
        QCOMPARE(r.value(QLatin1String("phones")).toInteger(), 1);
        QCOMPARE(r.value(QLatin1String("reason")).toString(), QStringLiteral("recordAddress"));
        QCOMPARE(r.value(QLatin1String("transports")).toArray(), QJsonArray{QStringLiteral("tcp")});
        for (const QJsonValue &phone : json.value(QLatin1String("phones")).toArray())
            QVERIFY(phone[QLatin1String("address")].toString() != QLatin1String("192.168.7.2"));
    }

    // ---- Real relays --------------------------------------------------------

    // pfssim's phones (SEP names, RFC 3164 and 5424 mixed) into rsyslog,
    // relayed to pfsmon over UDP or TCP in either format.
    void rsyslogRelaysTheSimulator_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<QString>("templ");
        QTest::newRow("UDP, RFC 3164") << false << QStringLiteral("RSYSLOG_TraditionalForwardFormat");
        QTest::newRow("UDP, RFC 5424") << false << QStringLiteral("RSYSLOG_SyslogProtocol23Format");
        QTest::newRow("TCP octet-counted, RFC 5424") << true << QStringLiteral("RSYSLOG_SyslogProtocol23Format");
        QTest::newRow("TCP octet-counted, RFC 3164") << true << QStringLiteral("RSYSLOG_TraditionalForwardFormat");
    }

    void rsyslogRelaysTheSimulator()
    {
        QFETCH(bool, tcp);
        QFETCH(QString, templ);
        relaySimulation(tcp, templ);
    }

    // util-linux logger's seed records into the relay, which forwards them.
    void loggerThroughARelay_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("tcpOut");
        const int rsyslog = int(SyslogDaemon::Kind::Rsyslog), syslogNg = int(SyslogDaemon::Kind::SyslogNg);
        const QString rfc3164 = QStringLiteral("--rfc3164"), rfc5424 = QStringLiteral("--rfc5424");
        const QString udp = QStringLiteral("-d"), tcp = QStringLiteral("-T");
        QTest::newRow("rsyslog, 3164 in UDP, out UDP") << rsyslog << QStringList{rfc3164, udp} << false;
        QTest::newRow("rsyslog, 5424 in TCP, out TCP")
            << rsyslog << QStringList{rfc5424, tcp, QStringLiteral("--octet-count")} << true;
        QTest::newRow("syslog-ng, 3164 in UDP, out UDP") << syslogNg << QStringList{rfc3164, udp} << false;
        QTest::newRow("syslog-ng, 5424 in UDP, out UDP") << syslogNg << QStringList{rfc5424, udp} << false;
        QTest::newRow("syslog-ng, 5424 in TCP, out TCP") << syslogNg << QStringList{rfc5424, tcp} << true;
    }

    void loggerThroughARelay()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, options);
        QFETCH(bool, tcpOut);
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (logger.isEmpty())
            QSKIP("util-linux logger is not installed");
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 target = session.boundPort(tcpOut ? Channel::SyslogTcp : Channel::SyslogUdp);
        const quint16 listen = SyslogDaemon::freePort();
        const auto k = SyslogDaemon::Kind(kind);
        const bool rfc5424 = options.contains(QStringLiteral("--rfc5424"));
        const QString configuration = k == SyslogDaemon::Kind::Rsyslog
            ? rsyslogRelay(listen, target, tcpOut,
                           tcpOut ? QStringLiteral("RSYSLOG_SyslogProtocol23Format")
                                  : QStringLiteral("RSYSLOG_TraditionalForwardFormat"))
            : syslogNgRelay(listen, target, rfc5424, tcpOut);
        SyslogDaemon daemon(k);
        if (!startDaemon(daemon, k, configuration, listen))
            return;
        QProcess process;
        process.start(logger,
                      options
                          + QStringList{QStringLiteral("-n"), QStringLiteral("127.0.0.1"), QStringLiteral("-P"),
                                        QString::number(listen), QStringLiteral("-f"),
                                        test::dataPath(QStringLiteral("seed-records.txt"))});
        QTRY_COMPARE_WITH_TIMEOUT(model.counts().total, 26, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Verified)], 26);
        QVERIFY(!hasPhoneAt(model, kLoopback));
        QVERIFY2(model.anomalies().isEmpty(), qPrintable(anomalies(model)));
        const Hierarchy *h = model.hierarchyByXid(kSeedXid);
        QVERIFY(h);
        QCOMPARE(h->members.size(), 1);
        QCOMPARE(model.phone(h->root)->address, kSeedRoot);
        QCOMPARE(formatSubnet(h->subnet, 24), QStringLiteral("10.106.117.0/24"));
        const QList<SyslogSender> relays = model.relays();
        QCOMPARE(relays.size(), 1);
        QCOMPARE(relays[0].address, kLoopback);
        QCOMPARE(relays[0].records, 26);
        QCOMPARE(relays[0].phones.size(), 1);
        QCOMPARE(relays[0].overTcp, tcpOut);
    }

private:
    // syslog-ng is not fed pfssim: its network() source parses one format
    // and pfssim's phones mix RFC 3164 and 5424 (logger covers syslog-ng).
    void relaySimulation(bool tcpOut, const QString &templ)
    {
        const SyslogDaemon::Kind kind = SyslogDaemon::Kind::Rsyslog;
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 target = session.boundPort(tcpOut ? Channel::SyslogTcp : Channel::SyslogUdp);
        const quint16 listen = SyslogDaemon::freePort();
        SyslogDaemon daemon(kind);
        if (!startDaemon(daemon, kind, rsyslogRelay(listen, target, tcpOut, templ), listen))
            return;
        const int phones = 20;
        QStringList args{
            QStringLiteral("--phones"), QString::number(phones),
            QStringLiteral("--seed"),   QStringLiteral("5"),
            QStringLiteral("--speed"),  QStringLiteral("max"),
            QStringLiteral("--rate"),   QStringLiteral("1000"),
            QStringLiteral("--syslog"), QStringLiteral("127.0.0.1:%1").arg(listen),
            QStringLiteral("--pfs"),    QStringLiteral("127.0.0.1:%1").arg(session.boundPort(Channel::Pfs))};
        // Over UDP both hops, at pfssim's gentle pace (rsyslog forwards as it
        // receives); over TCP both hops, octet-counted and lossless.
        if (tcpOut)
            args << QStringLiteral("--tcp");
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY), args);
        const test::Expected expected = test::simulate(phones, 5);
        QTRY_COMPARE_WITH_TIMEOUT(model.counts().total, expected.records, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 30000);
        QCOMPARE(sim.exitCode(), 0);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Unknown)], 0);
        checkRelayedSimulation(model, expected, phones, tcpOut);
        QVERIFY2(daemon.isRunning(), qPrintable(daemon.output()));
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
