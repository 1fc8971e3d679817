// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfssim: plays a simulated PFS rollout out over real sockets, or into a file.
#include "app/common/simulationoptions.h"
#include "app/pfssim/pcapfilewriter.h"
#include "app/pfssim/simulationsender.h"
#include "sim/wiretraffic.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

struct SimOptions {
    pfs::sim::Config config;
    pfs::SendTargets targets;
    QString pcapFile;
    pfs::sim::WireOptions wire;
};

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "pfssim",
        "Simulates a Cisco PFS firmware rollout and sends what its phones would: DLoad traces over "
        "syslog and PFS broadcasts. It sends only to the addresses given (loopback by default)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("syslog"),
         QCoreApplication::translate("pfssim", "Syslog destination (default 127.0.0.1:5514)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:5514")},
        {QStringLiteral("tcp"),
         QCoreApplication::translate("pfssim", "Send syslog over TCP (RFC 6587 octet counting).")},
        {QStringLiteral("pfs"),
         QCoreApplication::translate("pfssim", "PFS broadcast destination (default 127.0.0.1:4051)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:4051")},
        {QStringLiteral("speed"), QCoreApplication::translate("pfssim", "Pace: N times real time, or max (default 1)."),
         QStringLiteral("N|max"), QStringLiteral("1")},
        {QStringLiteral("rate"),
         QCoreApplication::translate("pfssim",
                                     "At most this many UDP datagrams a second, 0 for no limit (default 20000)."),
         QStringLiteral("N"), QStringLiteral("20000")},
        {QStringLiteral("out"),
         QCoreApplication::translate("pfssim", "Write the syslog lines to this file instead of sending."),
         QStringLiteral("file")},
        {QStringLiteral("pcap"),
         QCoreApplication::translate("pfssim",
                                     "Write what a mirror port on the site's switch would capture (syslog, TFTP, "
                                     "TCP 4051, PFS broadcasts) into this pcap file instead of sending, "
                                     "as fast as possible."),
         QStringLiteral("file")},
        {QStringLiteral("snaplen"),
         QCoreApplication::translate("pfssim",
                                     "With --pcap: keep at most N bytes of each frame (default %1: every header, "
                                     "syslog line, TFTP request and broadcast whole, only the firmware data cut, "
                                     "about 2 MB a phone; 96: every header, half that; 65535: whole frames, "
                                     "about 10 MB a phone). Byte counts survive any cut.")
             .arg(pfs::sim::WireOptions::kDefaultSnapLength),
         QStringLiteral("N"), QString::number(pfs::sim::WireOptions::kDefaultSnapLength)},
        {QStringLiteral("sources"),
         QCoreApplication::translate("pfssim",
                                     "With --pcap: traces (the syslog datagrams), wire (TFTP, TCP 4051, "
                                     "broadcasts), both (default), or site: the wire and only the traces real "
                                     "phones print (the verified root-side lines)."),
         QStringLiteral("traces|wire|both|site"), QStringLiteral("both")},
    });
    pfs::SimulationOptions::add(parser, 200);
}

bool readCaptureOptions(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    options->pcapFile = parser.value(QStringLiteral("pcap"));
    if (!options->pcapFile.isEmpty() && parser.isSet(QStringLiteral("out"))) {
        *error = QCoreApplication::translate("pfssim", "--pcap and --out exclude each other: give one of them");
        return false;
    }
    bool ok = false;
    options->wire.snapLength = parser.value(QStringLiteral("snaplen")).toInt(&ok);
    if (!ok || options->wire.snapLength < pfs::sim::FrameWriter::kMinSnapLength
        || options->wire.snapLength > pfs::sim::FrameWriter::kMaxSnapLength) {
        *error = QCoreApplication::translate("pfssim", "--snaplen takes a number of bytes from %1 to %2")
                     .arg(pfs::sim::FrameWriter::kMinSnapLength)
                     .arg(pfs::sim::FrameWriter::kMaxSnapLength);
        return false;
    }
    const std::optional<pfs::sim::WireSources> sources
        = pfs::sim::wireSourcesFromName(parser.value(QStringLiteral("sources")));
    if (!sources) {
        *error = QCoreApplication::translate("pfssim", "--sources takes traces, wire, both or site");
        return false;
    }
    options->wire.sources = *sources;
    return true;
}

bool read(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    if (!pfs::SimulationOptions::read(parser, &options->config, error))
        return false;
    pfs::SendTargets &t = options->targets;
    if (!pfs::SimulationSender::parseTarget(parser.value(QStringLiteral("syslog")), &t.syslogHost, &t.syslogPort)
        || !pfs::SimulationSender::parseTarget(parser.value(QStringLiteral("pfs")), &t.pfsHost, &t.pfsPort)) {
        *error = QCoreApplication::translate("pfssim",
                                             "--syslog and --pfs take an address and a port, e.g. 127.0.0.1:5514");
        return false;
    }
    t.syslogTcp = parser.isSet(QStringLiteral("tcp"));
    bool ok = false;
    t.maxRate = parser.value(QStringLiteral("rate")).toInt(&ok);
    if (!ok || t.maxRate < 0) {
        *error = QCoreApplication::translate("pfssim", "--rate takes a number of datagrams a second, 0 for no limit");
        return false;
    }
    t.outFile = parser.value(QStringLiteral("out"));
    if (!readCaptureOptions(parser, options, error))
        return false;
    const QString speed = parser.value(QStringLiteral("speed"));
    ok = speed == QLatin1String("max");
    t.speed = ok ? 0.0 : speed.toDouble(&ok);
    if (!ok || t.speed < 0) {
        *error = QCoreApplication::translate("pfssim", "--speed takes a positive number or max");
        return false;
    }
    return true;
}

// The whole rollout at once, no pacing: frames into the file as they come.
int writeCapture(const pfs::sim::Config &config, const pfs::FirmwareCatalogue &catalogue, const SimOptions &options)
{
    QTextStream err(stderr);
    pfs::PcapFileWriter file;
    QString error;
    if (!file.open(options.pcapFile, options.wire.snapLength, &error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    pfs::sim::Simulator simulator(config, catalogue);
    pfs::sim::WireTraffic traffic(simulator, &file, options.wire);
    simulator.runToEnd(traffic);
    traffic.finish();
    if (!file.commit(&error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    const pfs::sim::GroundTruth &truth = simulator.truth();
    QTextStream(stdout) << QCoreApplication::translate("pfssim",
                                                       "pfssim: %1 frames (%2 bytes on the wire) written to %3; "
                                                       "WAN bytes: traditional %4, PFS %5")
                               .arg(traffic.frames())
                               .arg(traffic.wireBytes())
                               .arg(options.pcapFile)
                               .arg(truth.traditionalWanBytes)
                               .arg(truth.actualWanBytes)
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pfssim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PFSMON_VERSION));
    QCommandLineParser parser;
    setUp(parser);
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    SimOptions options;
    QString error;
    if (!read(parser, &options, &error)) {
        err << "pfssim: " << error << Qt::endl;
        return 2;
    }
    const pfs::FirmwareCatalogue catalogue = pfs::FirmwareCatalogue::builtIn();
    error = pfs::sim::Simulator::validate(options.config, catalogue);
    if (!error.isEmpty()) {
        err << "pfssim: " << error << Qt::endl;
        return 2;
    }
    if (!options.pcapFile.isEmpty())
        return writeCapture(options.config, catalogue, options);
    pfs::sim::Simulator simulator(options.config, catalogue);
    pfs::SimulationSender sender(&simulator, options.targets);
    int status = 0;
    QObject::connect(&sender, &pfs::SimulationSender::failed, [&](const QString &message) {
        err << "pfssim: " << message << Qt::endl;
        status = 1;
    });
    QObject::connect(&sender, &pfs::SimulationSender::finished, &app, [&] {
        const pfs::sim::GroundTruth &truth = simulator.truth();
        out << QCoreApplication::translate("pfssim",
                                           "pfssim: %1 records, %2 broadcasts, %3 send errors; "
                                           "WAN bytes: traditional %4, PFS %5")
                   .arg(sender.records())
                   .arg(sender.broadcasts())
                   .arg(sender.sendErrors())
                   .arg(truth.traditionalWanBytes)
                   .arg(truth.actualWanBytes)
            << Qt::endl;
        app.exit(status);
    });
    if (!sender.start(&error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    return app.exec();
}
