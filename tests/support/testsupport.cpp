#include "testsupport.h"

#include <QFile>
#include <QTest>

namespace pfs::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(PFSMON_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace pfs::test

#include "modelledgrammar.h"

namespace pfs::test {

static const char *kindName(EventKind kind)
{
    static const char *names[] = {"PeerListening", "UdpPortOpened", "ParentState", "BroadcastOffer",
                                  "TimeoutHandler", "FunctionTrace", "ClaimRoot", "Advertisement",
                                  "Timeout", "RootTftpCommand", "RootConfirmed", "HierarchyRoot",
                                  "UpgradeStart", "UpgradeDone", "JoinedParent", "TransferStart",
                                  "TransferProgress", "TransferDone", "TransferFailed", "TftpFallback",
                                  "Unknown"};
    static_assert(sizeof(names) / sizeof(names[0]) == kEventKindCount);
    return names[int(kind)];
}

QByteArray describe(const DLoadEvent &e)
{
    static const char *grammars[] = {"verified", "modelled", "unknown"};
    QByteArray out = kindName(e.kind);
    out += ' ';
    out += grammars[int(e.grammar)];
    out += " sev=";
    out += EventNames::severityCode(e.severity);
    if (e.severityRepaired)
        out += "(from " + e.severityText.toByteArray() + ')';
    out += " t=" + (e.timeOfDayUs >= 0 ? modelled::formatTime(e.timeOfDayUs) : QByteArray("-"));
    auto add = [&out](const char *key, const QByteArray &value) {
        out += ' ';
        out += key;
        out += '=';
        out += value;
    };
    auto hex = [](quint32 v) { return QByteArray::number(v, 16).rightJustified(8, '0'); };
    if (e.hasXid)
        add("xid", hex(e.xid));
    if (e.kind == EventKind::ClaimRoot || e.kind == EventKind::Advertisement)
        add("tentative", e.tentative ? "1" : "0");
    if (e.kind == EventKind::ClaimRoot) {
        add("map", hex(e.map));
        add("strength", hex(e.strength));
    }
    if (e.kind == EventKind::HierarchyRoot)
        add("H", hex(e.hierarchyHash));
    if (e.kind == EventKind::PeerListening) {
        add("fd", QByteArray::number(e.fd));
        add("port", QByteArray::number(e.port));
    }
    if (e.kind == EventKind::ParentState) {
        add("parentFd", QByteArray::number(e.parentFd));
        add("fd0", QByteArray::number(e.childFd[0]));
        add("fd1", QByteArray::number(e.childFd[1]));
        add("full", e.full ? "1" : "0");
    }
    if (e.adNumber)
        add("ad", QByteArray::number(e.adNumber));
    if (e.address)
        add("address", modelled::formatAddress(e.address));
    if (e.peer)
        add("peer", modelled::formatAddress(e.peer));
    if (e.kind == EventKind::TransferStart)
        add("src", e.fromTftp ? "TFTP" : "peer");
    if (e.size >= 0)
        add("size", QByteArray::number(e.size));
    if (e.bytes >= 0)
        add("bytes", QByteArray::number(e.bytes));
    if (e.kind == EventKind::UpgradeStart)
        add("pfs", e.pfsEnabled ? "on" : "off");
    const std::pair<const char *, QByteArrayView> views[] = {
        {"model", e.model}, {"path", e.path}, {"state", e.state}, {"reason", e.reason},
        {"mac", e.mac}, {"file", e.sourceFile}, {"function", e.function}};
    for (const auto &[key, view] : views) {
        if (!view.isEmpty())
            add(key, '"' + view.toByteArray() + '"');
    }
    if (e.kind == EventKind::Unknown)
        add("body", '"' + e.body.toByteArray() + '"');
    return out;
}

} // namespace pfs::test

namespace pfs::test {

Expected simulate(int phones, quint64 seed)
{
    struct Counter : sim::Sink {
        void record(qint64, const sim::SimPhone &, const QByteArray &) override { ++records; }
        void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { ++broadcasts; }
        qint64 records = 0, broadcasts = 0;
    } counter;
    sim::Config config;
    config.phones = phones;
    config.seed = seed;
    sim::Simulator simulator(config);
    simulator.runToEnd(counter);
    return {counter.records, counter.broadcasts, simulator.truth()};
}

} // namespace pfs::test
